"""Institution forms of municipal and project minutes, written from knowledge of the genre: plural possessives
inside a name, a municipality's corporate style, firms named "... Group" after a trade word, facilities of a water
utility, departments named by an apposition, national agencies by abbreviation, and project roles in capitals."""

from __future__ import annotations

import pytest
from docbuild import paragraphs_doc

from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.result import MeetingInfo


def _orgs(text: str, lang: str) -> set[str]:
    return {o.name for o in extract_entities(paragraphs_doc(text), lang, MeetingInfo(), ()).institutions}


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("A letter from the Eastfield Farmers' Union was received.", {"Eastfield Farmers' Union"}, {"Eastfield Farmers"}),
    ("Minutes of the Corporation of the Town of Brockhurst meeting.", {"Town of Brockhurst"}, {"Corporation"}),
    ("The Corporation of the City of Ashmoor", {"City of Ashmoor"}, {"The Corporation", "Corporation"}),
    ("The study was prepared by Harbour Engineering Group.", {"Harbour Engineering Group"}, set()),
    ("The Steering Group agenda was circulated.", set(), {"Steering Group"}),
    ("An upgrade of the Kelby Water Treatment Plant was approved.", set(), {"Kelby Water"}),
])
def test_english_forms(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text, "en")
    assert present <= found and not absent & found


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Odbor kancelář hejtmana připraví podklady pro jednání.", {"odbor kancelář hejtmana"}, set()),
    ("Stanovisko DIA k napojení na Portál občana dosud nepřišlo, DIA odpoví do konce měsíce.",
     {"DIA"}, set()),
    ("Bc. Eva Malá (MKB) a Ing. Petr Kos (PM objednatele) potvrdili termín UAT.", set(), {"MKB", "PM", "UAT"}),
])
def test_czech_forms(text: str, present: set[str], absent: set[str]) -> None:
    found = _orgs(text, "cs")
    assert present <= found and not absent & found
