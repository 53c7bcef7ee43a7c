"""Names of people inside the names of other things, and given names that are also ordinary words.

Written from knowledge of the genre (variants of each class beyond the inventory rows): streets and embankments
named with a title or rank, estates and events in oblique cases, churches, holidays, ships, products, possessive
laws, offices addressed by an honorific, graded offices in staff lists, and given names that are months or offices.
"""

from __future__ import annotations

import pytest
from docbuild import blocks_doc, paragraphs_doc

from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.result import MeetingInfo


def _names(text: str, lang: str) -> set[str]:
    return {p.name for p in extract_entities(paragraphs_doc(text), lang, MeetingInfo(), ()).people}


@pytest.mark.parametrize(("text", "names"), [
    ("Chodník na nám. Generála Píky opraví TS, uvedl Ing. Petr Kos.", {"Petr Kos"}),
    ("Uzavírka ulice Gen. Svobody potrvá týden.", set()),
    ("Výsadba na sídlišti Jana Palacha proběhne na jaře.", set()),
    ("Memoriálu Jana Nováka se zúčastnilo 40 závodníků.", set()),
    ("Festivalu Leoše Janáčka přispěje město částkou 50 000 Kč.", set()),
    ("Oprava kostela sv. Václava začne v dubnu, informovala paní Dvořáková.", {"Dvořáková"}),
    ("Výročí narození Karla Čapka připomene výstava.", set()),
    ("Oprava ul. Cyrila a Metoděje skončí v květnu.", set()),
    ("Institut klinické a experimentální medicíny J. Nováka zaslal vyjádření.", set()),
    ("Projekt představil Jan Novák.", {"Jan Novák"}),
    ("Podle p. Účetní je rozpočet vyrovnaný, doplnila Mgr. Eva Malá.", {"Eva Malá"}),
    ("Účetní Jana Horká předložila rozvahu.", {"Jana Horká"}),
])
def test_czech_eponyms(text: str, names: set[str]) -> None:
    assert _names(text, "cs") == names


@pytest.mark.parametrize(("text", "names"), [
    ("HMS Queen Elizabeth visited the port.", set()),
    ("Clare's Law requests were reported by Ms Ann Cole.", {"Ann Cole"}),
    ("Jack's Law applies to bereavement leave.", set()),
    ("The Bakerloo Line and Waterloo Station were closed.", set()),
    ("The Marmot Review was discussed.", set()),
    ("Siri was mentioned by Dr Ben Hart.", {"Ben Hart"}),
    ("Alexa Brown presented the report.", {"Alexa Brown"}),
    ("Mr Mayor thanked the members.", set()),
    ("Madam Chairman opened the meeting.", set()),
    ("The Chief Midwife reported.", set()),
    ("Staff: Jo Lee, Chief Financial Officer; Sam Ray, Senior Planner, Heritage", {"Jo Lee", "Sam Ray"}),
    ("Also present: Fiona Hale, Governance Professional (GP), who took the minutes.", {"Fiona Hale"}),
    ("Ms May Lin reported on the budget.", {"May Lin"}),
    ("The May figures were noted.", set()),
    ("The Dean welcomed members.", set()),
    ("As Dean, Professor Ann Cole chaired.", {"Ann Cole"}),
])
def test_english_eponyms(text: str, names: set[str]) -> None:
    assert _names(text, "en") == names


@pytest.mark.parametrize(("lang", "rows", "names"), [
    ("cs", [["Titul", "Jméno", "Příjmení", "Funkce"], ["Ing.", "Karel", "Sova", "předseda"],
            ["", "Petr", "Novák", "člen"]], {"Karel Sova", "Petr Novák"}),
    ("cs", [["Příjmení", "Jméno", "Podpis"], ["Malá", "Jana", ""]], {"Jana Malá"}),
    ("en", [["Title", "First name", "Surname", "Role"], ["Dr", "Ann", "Cole", "Chair"], ["", "Ben", "Hart", "Clerk"]],
     {"Ann Cole", "Ben Hart"}),
])
def test_name_split_over_columns(lang: str, rows: list[list[str]], names: set[str]) -> None:
    people = extract_entities(blocks_doc(("table", rows)), lang, MeetingInfo(), ()).people
    assert {p.name for p in people} == names
