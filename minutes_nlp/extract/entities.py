"""People, institutions and places (placeholder until the entities issue lands)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from minutes_nlp.document import Document
from minutes_nlp.extract.result import AgendaItem, Institution, MeetingInfo, Person, Place


@dataclass(frozen=True)
class Entities:
    people: tuple[Person, ...] = ()
    institutions: tuple[Institution, ...] = ()
    places: tuple[Place, ...] = ()


def extract_entities(doc: Document, lang: str, meeting: MeetingInfo, agenda: Sequence[AgendaItem]) -> Entities:
    return Entities()
