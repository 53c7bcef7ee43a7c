"""Meeting metadata (placeholder until the structure issue lands)."""

from __future__ import annotations

from minutes_nlp.document import Document
from minutes_nlp.extract.result import MeetingInfo


def extract_meeting(doc: Document, lang: str) -> MeetingInfo:
    return MeetingInfo()
