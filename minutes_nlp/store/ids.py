"""Stable item IDs: an action keeps its ID when its document is re-ingested, renamed, or edited elsewhere.

The ID hashes what identifies the item to a person (series, meeting date or number, kind, the folded
sentence) rather than a row number or an offset, so unrelated edits to the document do not move it.
"""

from __future__ import annotations

import hashlib
import re

from minutes_nlp.textutil import fold

_PREFIX = {"action": "A", "question": "Q", "decision": "D"}


__all__ = ["fold", "item_id"]


def item_id(kind: str, series_key: str, meeting_key: str, text: str, duplicate: int = 0) -> str:
    words = re.sub(r"[^\w]+", " ", fold(text)).strip()
    digest = hashlib.sha1(f"{series_key}|{meeting_key}|{kind}|{words}|{duplicate}".encode()).hexdigest()
    return f"{_PREFIX[kind]}-{digest[:8]}"
