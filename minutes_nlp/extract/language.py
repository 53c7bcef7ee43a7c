"""Language detection per document (placeholder until the structure issue lands)."""

from __future__ import annotations

from minutes_nlp.document import Document


def detect_language(doc: Document) -> str:
    text = doc.text.lower()
    cs = sum(text.count(w) for w in (" je ", " se ", " na ", " že ", "ř", "ě", "ů"))
    en = sum(text.count(w) for w in (" the ", " and ", " of ", " to "))
    return "cs" if cs >= en else "en"
