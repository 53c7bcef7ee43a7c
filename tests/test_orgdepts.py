"""Departments named by an adjective before their head ("finanční odbor"): a body where it acts, a task is left
to it or it is a person's affiliation; not a common adjective ("příslušný odbor") nor a role ("vedoucí odborů")."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.result import MeetingInfo


def _names(*paragraphs: str) -> set[str]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    for p in paragraphs:
        b.add(BlockKind.PARAGRAPH, p)
    return {o.name for o in extract_entities(b.build(), "cs", MeetingInfo(), ()).institutions}


@pytest.mark.parametrize(("text", "name"), [
    ("Předseda uvedl, že tuto otázku posoudí stavební odbor.", "stavební odbor"),
    ("Přítomni: Ing. Petra Malá, majetkový odbor; Jan Novák, starosta", "majetkový odbor"),
    ("Podklady připraví ekonomický odbor do příští porady.", "ekonomický odbor"),
])
def test_adjective_departments_that_act(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "Žádost předá příslušný odbor dál.",
    "Porady se účastní vedoucí odborů.",
])
def test_common_adjectives_name_no_department(text: str) -> None:
    assert not any(n.endswith(("odbor", "odborů")) for n in _names(text))
