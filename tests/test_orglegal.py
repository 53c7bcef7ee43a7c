"""Firm names by their legal form: European legal forms, a kind of firm named by adjectives before the company
word, nouns like "audit" inside a name; and head words of foreign institutions, a role after "statutární",
a date after a council's name."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.result import MeetingInfo


def _names(lang: str, *paragraphs: str) -> set[str]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    for p in paragraphs:
        b.add(BlockKind.PARAGRAPH, p)
    return {o.name for o in extract_entities(b.build(), lang, MeetingInfo(), ()).institutions}


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "The sensors are built by Lindholm Robotics AB and tested with Brevik Data Oy.", "Lindholm Robotics AB"),
    ("en", "The sensors are built by Lindholm Robotics AB and tested with Brevik Data Oy.", "Brevik Data Oy"),
    ("en", "Field work is led by Agrovia Consulting S.L. in Spain.", "Agrovia Consulting S.L."),
    ("en", "The living labs are run by Stichting Groenveld Oost with local farmers.", "Stichting Groenveld Oost"),
    ("en", "Samples go to the Istituto di Scienze Agrarie di Monteverde for analysis.",
     "Istituto di Scienze Agrarie di Monteverde"),
    ("en", "Pieter reported that Noordkamp Andelsselskab wishes to join.", "Noordkamp Andelsselskab"),
    ("cs", "Pohledávku splácí Stavební bytové družstvo Rozkvět podle kalendáře.", "Stavební bytové družstvo Rozkvět"),
    ("cs", "Nabídku předložila společnost Kovář & partneři audit s.r.o. včas.", "Kovář & partneři audit s.r.o."),
    ("cs", "Zápis z jednání dozorčí rady společnosti Podhorská vodárenská společnost Lipno, a.s.",
     "Podhorská vodárenská společnost Lipno, a.s."),
    ("cs", "Nová společnost Alfa Stav s.r.o. podala nabídku.", "Alfa Stav s.r.o."),
])
def test_firm_and_foreign_names(lang: str, text: str, name: str) -> None:
    assert name in _names(lang, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Host: Ing. Věra Malá, statutární auditorka, AUDIT PLUS s.r.o.", "statutární auditorka"),
    ("Zpráva byla předána Radě města 17. 6. 2025 k projednání.", "Rada města 17"),
])
def test_roles_and_dates_are_not_names(text: str, absent: str) -> None:
    assert absent not in _names("cs", text)
