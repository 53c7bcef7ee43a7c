"""Agenda items (placeholder until the structure issue lands)."""

from __future__ import annotations

from minutes_nlp.document import Document
from minutes_nlp.extract.result import AgendaItem


def extract_agenda(doc: Document, lang: str) -> list[AgendaItem]:
    return []
