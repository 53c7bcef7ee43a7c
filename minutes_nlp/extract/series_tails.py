"""What a body's name carries in a title but its series does not: the period the body was set up for ("Hodnoticí
komise dotačního programu X pro rok 2025", "Grants Panel for 2025/26": the same body meets again for the next
year's round) and the legal form of a contributory organisation ("Kolegium ředitele Správy silnic X, p. o."):
series.json `period_tails` (the words before the year) and `form_tails` (as written, closing the name)."""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract.dateparts import alt

_YEAR = r"(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?"  # "2025", "2024/25", "2024–2025"


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = langdata.load(langdata.code(lang), "series")
    periods, forms = data.get("period_tails") or [], data.get("form_tails") or []
    period = re.compile(rf",?\s+(?:{alt(periods)})\s+{_YEAR}\s*$", re.IGNORECASE) if periods else None
    form = re.compile(rf"\s*(?:{alt(forms)})\s*$", re.IGNORECASE) if forms else None
    return period, form


def without_tails(series: str | None, lang: str) -> str | None:
    """The series without a closing period or contributory organisation's legal form; never empty."""
    if not series:
        return series
    period, form = _patterns(lang)
    out = series
    for rx in (period, form):
        cut = rx.sub("", out) if rx else out
        out = cut if len(cut.split()) >= 2 else out
    return out
