"""The parts of an attendance list that count people instead of naming them, and the dashes inside an entry's
remark. "Public: Jane Doe and three members of the public", "Hosté: Ing. Jan X a další 4 občané", "Also present:
J. Roe; two members of the public": a count closing the list names nobody, and its "and" must not join it to
the last name. "Fern X (Governance Advisor – minutes)": a dash inside the bracket separates the remark's parts,
not a name from an office. The count words and nouns are data (metadata_labels.json "count_tails").
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.dateparts import alt

_BRACKET = re.compile(r"\([^()]*\)")


def without_counts(value: str, lang: str) -> str:
    """The list without counted people ("and three members of the public") and with plain remark parts."""
    value = _BRACKET.sub(lambda m: re.sub(r"\s+[–—-]\s+", ", ", m.group(0)), value)
    rx = _count_rx(lang)
    return rx.sub("", value) if rx is not None else value


@cache
def _count_rx(lang: str) -> re.Pattern[str] | None:
    """A joiner, a number (digits or a word) and what is counted, up to the end of the list's line."""
    data = mf.labels(lang).data.get("count_tails") or {}
    numbers, joiners = data.get("numbers") or [], data.get("joiners") or []
    if not numbers or not joiners:
        return None
    number = rf"(?:\d{{1,3}}|{alt(numbers)})"
    return re.compile(rf"(?i)(?:\s*[,;]\s*|\s+)(?:(?:{alt(joiners)})\s+)?(?:{alt(data.get('fillers') or ['x'])}\s+)?"
                      rf"{number}\s+(?:{alt(data.get('nouns') or [])})\b[^\n;]*$", re.MULTILINE)
