"""The series (the body's canonical name) of crisis-staff, company-board and research-consortium minutes:
declension of the body noun, titles set in capitals, coordinated bodies, numbered bodies, project bodies and
initialisms that leave prepositions out."""

from __future__ import annotations

import pytest
from docbuild import blocks_doc as _doc

from minutes_nlp.extract.metadata import extract_meeting
from minutes_nlp.extract.series import series_from_title, shortens
from minutes_nlp.extract.series_forms import in_document_case, with_project
from minutes_nlp.extract.titles import number_in


@pytest.mark.parametrize(("lang", "title", "series", "number"), [
    ("cs", "Zápis z 2. jednání krizového štábu ORP Lhotice", "Krizový štáb ORP Lhotice", 2),
    ("en", "Minutes – 1st General Assembly and Steering Committee Meeting #3", "Steering Committee", 3),
    ("en", "Kick-off meeting and 1st Steering Committee meeting", "Steering Committee", 1),
    ("en", "Minutes of the Finance and General Purposes Committee", "Finance and General Purposes Committee", None),
    ("cs", "Zápis z 19. řádného jednání rady města Lhotice", "Rada města Lhotice", 19),
    # a municipality named by its kind first is the parent of an English committee, not part of its name
    ("en", "Minutes of the Planning Committee of the Town of Hillbury", "Planning Committee", None),
    ("en", "Minutes of the Regular Meeting of the Parks Committee of the City of Ashport", "Parks Committee", None),
    ("en", "Minutes of the Audit Committee of the County of Wexmoor", "Audit Committee", None),
    ("en", "Minutes of the Works Committee of the Regional Municipality of Dunmore", "Works Committee", None),
    ("en", "Minutes of the Committee of the Whole", "Committee of the Whole", None),
    # a subject coordinated in lower case stays in a Czech body's name, with its parent body
    ("cs", "Zápis ze 3. zasedání Výboru pro dopravu a infrastrukturu Rady kraje", "Výbor pro dopravu a infrastrukturu "
     "Rady kraje", 3),
    ("cs", "Zápis z 5. jednání Komise pro školství a mládež", "Komise pro školství a mládež", 5),
    ("cs", "Zápis ze společného jednání Finančního výboru a Kontrolního výboru", "Finanční výbor", None),
    # a period or the meeting's number after the body's name is no part of it
    ("cs", "Zápis z 2. jednání školské rady ve školním roce 2025/2026", "Školská rada", 2),
    ("cs", "Zápis ze zasedání kontrolního výboru za 2. pololetí 2025", "Kontrolní výbor", None),
    ("cs", "Zápis z 4. jednání Komise pro vzdělávání ve městě Lhotice", "Komise pro vzdělávání", 4),
])
def test_series_and_number_of_a_title(lang: str, title: str, series: str, number: int | None) -> None:
    name = series_from_title(title, lang)
    assert (name.series, name.number) == (series, number)


@pytest.mark.parametrize("title", ["Zápis z jednání finančního výboru č. 7",
                                   "Zápis z jednání Finančního výboru č. 12/2025"])
def test_a_number_after_the_body_is_no_part_of_its_name(title: str) -> None:
    assert series_from_title(title, "cs").series == "Finanční výbor"


def test_the_number_after_a_hash_is_the_meetings() -> None:
    assert number_in(["Minutes – 1st General Assembly and Steering Committee Meeting #3"], "en") == 3


def test_a_name_from_a_title_in_capitals_takes_the_documents_case() -> None:
    assert in_document_case("Krizový štáb orp lhotice nad loučkou", "KRIZOVÝ ŠTÁB\nkrizový štáb ORP Lhotice nad "
                            "Loučkou zasedal") == "Krizový štáb ORP Lhotice nad Loučkou"
    doc = _doc(("heading", "ZÁPIS Z JEDNÁNÍ KRIZOVÉHO ŠTÁBU ORP LHOTICE Č. 4/2025"),
               ("paragraph", "Datum: 6. 10. 2025"), header="Město Lhotice – krizový štáb ORP")
    m = extract_meeting(doc, "cs")
    assert (m.series, m.number) == ("Krizový štáb ORP Lhotice", 4)


@pytest.mark.parametrize(("short", "full", "prepositions", "expected"), [
    ("Krizový štáb ORP Lhotice", "Krizový štáb obce s rozšířenou působností Lhotice", True, True),
    ("Krizový štáb ORP Lhotice", "Krizový štáb obce s rozšířenou působností Lhotice", False, False),
    ("Porada vedení ORR", "Porada vedení odboru regionálního rozvoje KÚ X", False, True),
    ("Krizový štáb ORP Lhotice", "Krizový štáb obce s rozšířenou působností Hrabětice", True, False),
])
def test_an_initialism_may_leave_prepositions_out(short: str, full: str, prepositions: bool, expected: bool) -> None:
    assert shortens(short, full, prepositions) is expected


@pytest.mark.parametrize(("lang", "series", "project", "expected"), [
    ("en", "Steering Committee", "RHIZOMAP – Rhizosphere Mapping (Grant Agreement No. 101159273)",
     "RHIZOMAP Steering Committee"),
    ("en", "Steering Committee", "RHIZOMAP (Grant Agreement No. 101159273)", "RHIZOMAP Steering Committee"),
    ("cs", "Řídicí výbor", "ALFA – Analýza lesů", "Řídicí výbor projektu ALFA"),
    ("en", "RHIZOMAP Steering Committee", "RHIZOMAP", "RHIZOMAP Steering Committee"),
])
def test_a_projects_body_carries_the_projects_name(lang: str, series: str, project: str, expected: str) -> None:
    assert with_project(series, "committee", project, lang) == expected


def test_project_field_names_the_series_and_the_heading_is_the_title() -> None:
    doc = _doc(("heading", "RHIZOMAP Kick-off Meeting – Minutes"),
               ("table", [["Project", "RHIZOMAP – Rhizosphere Mapping"],
                          ["Meeting", "Kick-off meeting and 1st Steering Committee meeting"],
                          ["Date", "21 January 2025, 09:30–17:15"]]))
    m = extract_meeting(doc, "en")
    assert (m.title, m.series, m.number) == ("RHIZOMAP Kick-off Meeting – Minutes", "RHIZOMAP Steering Committee", 1)


def test_a_title_naming_the_body_by_its_initialism_stands_alone() -> None:
    doc = _doc(("heading", "Krizový štáb obce s rozšířenou působností Lhotice"),
               ("heading", "Zápis z jednání KŠ č. 3/2025"), ("paragraph", "Datum: 17. září 2025"))
    m = extract_meeting(doc, "cs")
    assert (m.title, m.number) == ("Zápis z jednání KŠ č. 3/2025", 3)
