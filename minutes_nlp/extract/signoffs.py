"""The date a signer signed on, written after the name in a sign-off: "Zápis vyhotovila Mgr. Petra X dne 18. 9.
2025.", "Zapsala: H. Y, 4. 4. 2023 | Schválil: JN", "Minutes approved for circulation by the Chair: Z, 17/09/2024",
"Approved by: Z on 3 June 2025". The words that introduce it are language data (`signing_date_words` in
metadata_labels.json); a date after a comma needs none. Kept apart from `metafields`, which reads the labels.
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp.extract.dateparts import alt

# a numeric date ("18. 9. 2025", "17/09/2024") or a day and a month name ("3 June", "12. května", "3rd June")
_DATE = r"\d{1,4}(?:\s*[./-]\s*\d{1,2}|\.?\s*[^\W\d_]{3,}|(?:st|nd|rd|th)\s+[^\W\d_]{3,})"


@cache
def _signing_date(words: tuple[str, ...]) -> re.Pattern[str]:
    cue = rf"(?:,\s*|\s+)(?:(?:{alt(words)})\s*:?\s*)?" if words else r",\s*"
    bare = rf"|\s+(?:{alt(words)})\s*:?[\s._…]*$" if words else ""  # "Jan Novák dne ......" left blank
    return re.compile(rf"{cue}{_DATE}[^|;\n]*{bare}", re.IGNORECASE)  # up to the next field ("| Schválil: JN")


_SIGNATURE_LINE = re.compile(r"[.…_]{3,}")  # the dotted or ruled line a signature goes on


def without_signing_date(value: str, words: tuple[str, ...]) -> str:
    """ "Mgr. Petra X dne 18. 9. 2025." -> "Mgr. Petra X", "Margaret Y, 17/09/2024" -> "Margaret Y"; a signing
    date before the name ("Schválil dne 17. 3. 2025: Ing. Jan X") and the signature line around the name
    ("Zapsala: ………… Bc. Hana Y") go too."""
    value = _SIGNATURE_LINE.sub(" ", value)
    before = re.match(rf"^\s*(?:(?:{alt(words)})\s+)?{_DATE}[^:|;\n]*:\s*(?=\S)", value, re.IGNORECASE) \
        if words else None
    value = value[before.end():] if before else value
    return re.sub(r" {2,}", " ", _signing_date(words).sub(" ", value)).strip(" ,")


def signature_line(text: str) -> bool:
    """A line that is only the line to sign on ("…………………………", "______________")."""
    return bool(_SIGNATURE_LINE.search(text)) and not _SIGNATURE_LINE.sub("", text).strip(" \t:")
