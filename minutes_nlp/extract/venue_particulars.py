"""The venue in a particulars line under the title: "Ordinary meeting, War Memorial Hall, 12/05/2026, 5.00pm",
"Riverton College, Tuesday, November 18, 2025, Founders Hall 210, 3:30 p.m.".

Why: US and New Zealand minutes (and many Czech ones: "Řádné zasedání, sál kulturního domu, 3. 3. 2025, 17:00")
caption the title with one unlabelled line of comma-separated particulars: the kind of meeting, the venue, the
date and the time, sometimes the institution first. The venue is the part naming a room or a building
(`physical_cues`); when the institution also names one ("... State University"), the part nearest the date
after it is the room.
"""

from __future__ import annotations

import re

from minutes_nlp.document import Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.attendance import vocab_rx
from minutes_nlp.extract.dates import find_dates
from minutes_nlp.extract.times import find_times

_EDGE_BLOCKS = 6  # blocks under the title searched for the particulars line
_LINE = 200  # a longer line is a sentence


def particulars_place(doc: Document, lang: str) -> str | None:
    """The venue part of the first dated and timed particulars line at the top, or None."""
    for b in doc.blocks[1:_EDGE_BLOCKS]:
        text = b.text.strip()
        if b.is_heading or b.kind.value != "paragraph" or len(text) > _LINE or mf.starts_field(text, lang) \
                or not find_dates(text, lang) or not find_times(text, lang):
            continue
        if not has_particulars(text):
            continue  # "The Board met on ... at 5pm in the Hall and ...": a sentence, read by `venue.place`
        parts = [p.strip() for p in text.split(",") if p.strip()]
        venues = [p for p in parts if vocab_rx(lang, "physical_cues").search(p) and not find_dates(p, lang)
                  and not find_times(p, lang) and p[:1].isupper()]
        if venues:
            return venues[-1]
    return None


def has_particulars(text: str) -> bool:
    """Comma-separated particulars, not a sentence: no verb-like lower-case run of words."""
    return len(re.findall(r"(?<!\S)(?-i:[a-zá-ž]{3,})(?=[\s,]|$)", text)) <= 4
