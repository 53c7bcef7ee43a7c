"""Actions, questions and decisions (placeholder until the actions issue lands)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from minutes_nlp.document import Document
from minutes_nlp.extract.entities import Entities
from minutes_nlp.extract.result import Action, AgendaItem, Decision, MeetingInfo, Question


@dataclass(frozen=True)
class Items:
    actions: tuple[Action, ...] = ()
    questions: tuple[Question, ...] = ()
    decisions: tuple[Decision, ...] = ()
    method: str = "rules"


def extract_items(doc: Document, lang: str, meeting: MeetingInfo, agenda: Sequence[AgendaItem],
                  entities: Entities) -> Items:
    return Items()
