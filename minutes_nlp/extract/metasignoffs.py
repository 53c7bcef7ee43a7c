"""Sign-offs as minutes write them at their end: a signer's line that goes on with a second sign-off ("Zapsala:
Eva X dne 4. 3. 2025, schválil: Ing. Jan Y dne 5. 3. 2025"), an office in brackets before the name ("Signed
……… (Chair) Jane X"), and a sign-off table with the signatures in columns and its rows labelled ("| | Zapsal |
Schválil |" over "| Jméno | Eva X | Jan Y |"). Kept apart from `metafields`, which scans the labels, so the
sign-off conventions are one small module.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract.dates import find_dates
from minutes_nlp.extract.metalabels import labels, norm
from minutes_nlp.extract.signoffs import without_signing_date

_SIGNATURES = ("recorder", "approver")
_LEADING_ROLE = re.compile(r"^\s*\([^()]{1,40}\)\s*(?=\S)")  # "Signed ……… (Chair) Jane X": the office before the name


def undated_signature(value: str, lang: str) -> str:
    """The signer without the signing date, a field after it kept for the embedded-field split ("Eva X dne 4.
    3. 2025, schválil: Ing. Jan Y dne 5. 3. 2025": each sign-off has its own date)."""
    words = tuple(labels(lang).data.get("signing_date_words") or ())
    m = next((m for m in labels(lang).embedded.finditer(value) if m.group("pre").strip()), None)
    if m is None:
        return _LEADING_ROLE.sub("", without_signing_date(value, words))
    head = _LEADING_ROLE.sub("", without_signing_date(value[:m.start()], words))
    return f"{head}{m.group('pre')} {value[m.start() + 1:].lstrip()}"


def signature_columns(rows: Sequence[Sequence[str]], names: list[str | None],
                      lang: str) -> list[tuple[str, str, str]] | None:
    """(field, signer, label) of a sign-off table with the signatures in columns and the rows labelled ("| |
    Zapsal | Schválil |" over "| Jméno | Eva X | Jan Y |", "| Datum | ... |", "| Podpis | |"): the signers
    stand in the name row (`name_column_headers`); None for any other table."""
    head = rows[0] if rows else []
    if len(head) < 3 or head[0].strip() and names[0] is not None or not all(n in _SIGNATURES for n in names[1:]):
        return None
    headers = {norm(h) for h in labels(lang).data.get("name_column_headers", [])}
    row = next((r for r in rows[1:] if r and norm(r[0].strip(" *").rstrip(":： ")) in headers), None)
    if row is None:
        return None
    return [(n, row[c].strip(), head[c]) for c, n in enumerate(names) if n and c < len(row) and row[c].strip()]


@cache
def _body_word(lang: str) -> re.Pattern[str]:
    """A meeting noun or a body's head noun in any form (`meeting_nouns`, `head_nouns` of `series.json`)."""
    words = [*(labels(lang).data.get("meeting_nouns") or []),
             *(langdata.load(langdata.code(lang), "series").get("head_nouns") or {})]
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})(?!\w)",
                      re.IGNORECASE)


_BY_WHOM = re.compile(r"^(?P<by>[^:]{3,80}):\s*(?P<signer>(?-i:[A-ZÁ-Ž])[^:]{2,80})$")


def signer_after_body(value: str, lang: str) -> str | None:
    """ "Approved by the Board of Directors on July 18, 2024: Gregory X, President", "Schváleno radou dne 4. 3.
    2025: Ing. Jan Y, předseda": after an approval label the approving body or the day it approved, then a
    colon and the one who signed for it; the signer is the value. None for any other shape."""
    m = _BY_WHOM.match(value.strip())
    if m is None:
        return None
    by = m.group("by")
    dated = any(v.kind == "date" for _s, _e, v in find_dates(by, lang))
    bodied = _body_word(lang).search(by) is not None
    return m.group("signer").strip() if dated or bodied else None
