"""The approver of minutes signed with a conformed signature: "I hereby certify that ... the foregoing minutes are an
accurate and complete summary ..." then "/s/ Miriam Kessendorf, Ph.D., Chair – April 18, 2025".

US federal advisory committees (FACA: the chair certifies the minutes within 90 days) and many US boards sign
electronically filed minutes with "/s/" before the typed name (`conformed_signature_marks`). The signer approves
the minutes when the signature gives a chair's office (`approver_chair_offices`) or a certification sentence
stands right above it (`certification_cues`); a "/s/" under "Respectfully submitted" is the recorder's.
"""

from __future__ import annotations

import re
from typing import Any

from minutes_nlp.document import Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.names import clean_person
from minutes_nlp.textutil import fold

_TAIL_BLOCKS = 15  # a signature stands at the end of the minutes


def certified(doc: Document, lang: str) -> str | None:
    """The person whose conformed signature approves the minutes, or None."""
    data = mf.labels(lang).data
    marks = data.get("conformed_signature_marks") or []
    if not marks:
        return None
    blocks = doc.blocks[-_TAIL_BLOCKS:]
    for k, b in enumerate(blocks):
        mark = next((m for m in marks if b.text.lstrip().startswith(m)), None)
        if mark is None:
            continue
        signed = b.text.lstrip()[len(mark):]
        name = clean_person(re.split(r",|\s[–—-]\s|\n", signed)[0], lang)
        before = " ".join(x.text for x in blocks[max(0, k - 2):k])
        if name and (_chair_signed(signed, data) or _certifies(before, data)):
            return name
    return None


def _chair_signed(signed: str, data: dict[str, Any]) -> bool:
    offices = {fold(str(o)) for o in data.get("approver_chair_offices") or []}
    parts = [fold(p).strip(" .") for p in re.split(r",|\s[–—-]\s", signed)[1:]]
    return any(p in offices for p in parts)


def _certifies(text: str, data: dict[str, Any]) -> bool:
    cues = data.get("certification_cues") or []
    low = fold(text)
    return any(fold(str(c)) in low for c in cues)
