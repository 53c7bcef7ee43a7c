"""Initials and stated roles that name a person: "Z: JN", "→ OS předloží", "Action: Dean of Education"."""

from __future__ import annotations

from pathlib import Path

import pytest
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract import offices, personrefs
from minutes_nlp.extract.entities import Entities
from minutes_nlp.extract.owners import Actor
from minutes_nlp.extract.pipeline import extract
from minutes_nlp.extract.result import MeetingInfo, Person
from minutes_nlp.loaders import load

CS_LIST = ("Přítomni: Ing. Radek Hrubý (RH, vedoucí odboru), Mgr. Alena Šťastná (AŠ, referentka), "
           "Bc. Tomáš Kubát (OSM)")
CS_PEOPLE = {"Radek Hrubý": ["Ing. Radek Hrubý"], "Alena Šťastná": ["Mgr. Alena Šťastná"],
             "Tomáš Kubát": ["Bc. Tomáš Kubát"]}
EN_LIST = ("Present: Professor Nadia Quill, Pro-Vice-Chancellor (Chair); Dr Emil Ferrand, Dean of Science; "
           "Mr Otto Vane, Academic Registrar; Dr Lia Moss, Associate Dean; Dr Ivo Park, Associate Dean")
EN_PEOPLE = {"Nadia Quill": ["Professor Nadia Quill"], "Emil Ferrand": ["Dr Emil Ferrand"],
             "Otto Vane": ["Mr Otto Vane"], "Lia Moss": ["Dr Lia Moss"], "Ivo Park": ["Dr Ivo Park"]}


@pytest.mark.parametrize(("ref", "who"), [
    ("RH", "Radek Hrubý"),  # defined in brackets
    ("AŠ", "Alena Šťastná"),
    ("TK", "Tomáš Kubát"),  # the unambiguous initials of a listed name
    ("OSM", None),  # his institution's abbreviation, not his initials
    ("vedoucí odboru", "Radek Hrubý"),  # the role stated with the initials
    ("referentka", "Alena Šťastná"),
    ("XY", None),
])
def test_czech_initials_and_roles(ref: str, who: str | None) -> None:
    doc = doc_from_lines(CS_LIST, "Z: RH")
    refs = personrefs.build(doc, entities_for(doc, CS_PEOPLE), "cs")
    assert refs.resolve(ref) == who


@pytest.mark.parametrize(("ref", "who"), [
    ("Dean of Science", "Emil Ferrand"),
    ("the Academic Registrar", "Otto Vane"),
    ("Pro-Vice-Chancellor", "Nadia Quill"),
    ("Chair", "Nadia Quill"),  # the bracket after the role
    ("Associate Dean", None),  # two people hold it: nobody is meant
    ("Dean of Arts", None),
])
def test_english_stated_roles(ref: str, who: str | None) -> None:
    doc = doc_from_lines(EN_LIST)
    refs = personrefs.build(doc, entities_for(doc, EN_PEOPLE), "en")
    assert refs.resolve(ref) == who


def test_role_acronym_of_a_stated_role() -> None:
    doc = doc_from_lines("In attendance: Rita Holm (Chief Operating Officer), Sam Beck (Director of Estates)",
                         "The COO to report in May.")
    refs = personrefs.build(doc, entities_for(doc, {"Rita Holm": [], "Sam Beck": []}), "en")
    assert refs.resolve("COO") == "Rita Holm"
    assert [a.name for a in refs.actors("The COO to report in May.", 0)] == ["Rita Holm"]


@pytest.mark.parametrize(("short", "who"), [
    ("DoE", "Sam Beck"),  # Director of Estates: capitals, the function word as its lower-case letter
    ("CoSec", "Tess Lund"),  # Company Secretary: the beginnings of its words
    ("DE", None),  # not written in the text: nothing to resolve
    ("DoF", None),  # no stated role reads so
])
def test_clipped_short_form_of_a_stated_role(short: str, who: str | None) -> None:
    lines = ["In attendance: Rita Holm (Chief Operating Officer); Sam Beck (Director of Estates); "
             "Tess Lund (Company Secretary)", "Actions | Owner", "Renew the lease | DoE", "File the return | CoSec",
             "Close the ledger | DoF"]
    doc = doc_from_lines(*lines)
    refs = personrefs.build(doc, entities_for(doc, {"Rita Holm": [], "Sam Beck": [], "Tess Lund": []}), "en")
    assert refs.resolve(short) == who
    text = lines[-3:]
    got = [a.name for line in text for a in refs.actors(line, 0)]
    assert got == [n for n in ("Sam Beck", "Tess Lund") if n in got]  # only stated roles become people


def test_two_people_with_the_same_initials_name_no_one() -> None:
    doc = doc_from_lines("Přítomni: Jana Malá, Josef Mráz", "Z: JM")
    refs = personrefs.build(doc, entities_for(doc, {"Jana Malá": [], "Josef Mráz": []}), "cs")
    assert refs.resolve("JM") is None


@pytest.mark.parametrize(("line", "owner"), [
    ("Vedoucí odboru zajistí sál pro seminář do 5. 5.", "Radek Hrubý"),  # the role stated with the initials
    ("Úkol: připravit podklady pro radu / Z: AŠ / T: 12. 5.", "Alena Šťastná"),
])
def test_initials_own_actions_end_to_end(tmp_path: Path, line: str, owner: str) -> None:
    path = tmp_path / "porada-01.txt"
    path.write_text("Zápis z porady odboru\nDatum: 3. 4. 2023\n" + CS_LIST + "\n" + line + "\n", encoding="utf-8")
    actions = extract(load(path)).actions
    assert [a.owner for a in actions] == [owner]


def test_initials_defined_by_an_earlier_meeting_of_the_folder(tmp_path: Path) -> None:
    (tmp_path / "porada-01.txt").write_text("Zápis z porady odboru\nDatum: 3. 4. 2023\n" + CS_LIST + "\n",
                                            encoding="utf-8")
    later = tmp_path / "porada-02.txt"
    later.write_text("Zápis z porady odboru\nDatum: 17. 4. 2023\nPřítomni: RH, AŠ\n"
                     "Úkol: připravit podklady pro radu / Z: AŠ / T: 24. 4.\n", encoding="utf-8")
    actions = extract(load(later)).actions
    assert [a.owner for a in actions] == ["Alena Šťastná"]


def test_stated_roles_own_actions_and_answer_questions(tmp_path: Path) -> None:
    path = tmp_path / "ltc-01.txt"
    path.write_text("Minutes of the Committee held on 3 October 2023\n" + EN_LIST + "\n"
                    "3.1 The Dean of Science would bring a proposal to the November meeting.\n"
                    "3.2 Dr Moss asked whether the scale would apply. The Academic Registrar replied that it would.\n",
                    encoding="utf-8")
    record = extract(load(path))
    assert [a.owner for a in record.actions] == ["Emil Ferrand"]
    assert [q.answerer for q in record.questions] == ["Otto Vane"]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Vedoucí odboru investic Ing. Hrubý zajistí nabídky.", ["Radek Hrubý"]),
    ("Rada ukládá vedoucímu odboru investic zajistit nabídky.", ["Radek Hrubý"]),  # another case form
    ("Vedoucí odboru dopravy zajistí nabídky.", []),  # another department's head
])
def test_czech_stated_role_in_any_case_form(sentence: str, who: list[str]) -> None:
    doc = doc_from_lines("Dále přítomni: Ing. Radek Hrubý – vedoucí odboru investic; Mgr. Alena Šťastná", sentence)
    refs = personrefs.build(doc, entities_for(doc, {"Radek Hrubý": ["Ing. Radek Hrubý"], "Alena Šťastná": []}),
                            "cs")
    assert [a.name for a in refs.actors(sentence, 0)][:1] == who


def test_initials_in_brackets_after_a_body_name_the_person_acting_for_it() -> None:
    line = "Campaign\tStudents' Union (DK)\t30 April"
    doc = doc_from_lines("Present: Mr Dev Kumar, Ms Ann Lowe", line)
    entities = entities_for(doc, {"Dev Kumar": ["Mr Dev Kumar"], "Ann Lowe": ["Ms Ann Lowe"]},
                            {"Students' Union": ["Students' Union"]})
    refs = personrefs.build(doc, entities, "en")
    start = doc.text.index(line)
    body = Actor("Students' Union", "institution", start + 9, start + 24)
    merged = personrefs.merge([body], refs.actors(line, start), line, start)
    assert [a.name for a in merged] == ["Dev Kumar"]


@pytest.mark.parametrize(("sentence", "who"), [
    ("The Chair replied that it would.", ["Nadia Quill"]),
    ("The Deputy Chair replied that it would.", [None]),  # another office
    ("The Deputy Dean of Science replied that it would.", []),
])
def test_stated_roles_in_the_office_index(sentence: str, who: list[str | None]) -> None:
    doc = doc_from_lines(EN_LIST, sentence)
    entities = entities_for(doc, EN_PEOPLE)
    refs = personrefs.build(doc, entities, "en")
    index = personrefs.with_roles(offices.build("en", entities, MeetingInfo(), doc.text), refs)
    hits = [h.holder for h in index.find(sentence)] + [a.name for a in refs.actors(sentence, 0)]
    assert hits == who


def test_initials_that_name_a_body_are_not_derived() -> None:
    doc = doc_from_lines("Přítomni: Roman Malý, Eva Dolejší", "RM schvaluje rozpočet.")
    refs = personrefs.build(doc, entities_for(doc, {"Roman Malý": [], "Eva Dolejší": []}), "cs")
    assert (refs.resolve("RM"), refs.resolve("ED")) == (None, "Eva Dolejší")


GOV_LIST = ("Present: Helen Marsh (HM) – Chair, Co-opted Governor; Clara Ost (CO) – Headteacher; "
            "Karl Pugh (KP) – School Business Manager (SBM); Tom Alder (TA) – Deputy Headteacher")
GOV_PEOPLE = {"Helen Marsh": ["Helen Marsh"], "Clara Ost": ["Clara Ost"], "Karl Pugh": ["Karl Pugh"],
              "Tom Alder": ["Tom Alder"]}


@pytest.mark.parametrize(("ref", "who"), [
    ("SBM", "Karl Pugh"),  # the short form in brackets after the role
    ("School Business Manager", "Karl Pugh"),
    ("Headteacher", "Clara Ost"),  # the role written after the bracketed initials
    ("Chair", "Helen Marsh"),  # "Chair, Co-opted Governor": the first part is the role
    ("Deputy Headteacher", "Tom Alder"),
    ("Co-opted Governor", None),  # a role many hold
])
def test_role_written_after_the_bracketed_initials(ref: str, who: str | None) -> None:
    doc = doc_from_lines(GOV_LIST)
    refs = personrefs.build(doc, entities_for(doc, GOV_PEOPLE), "en")
    assert refs.resolve(ref) == who


def test_role_in_the_table_cell_after_the_initials_and_a_role_named_person() -> None:
    doc = doc_from_lines("Helen Marsh (HM)\tCo-opted – Chair\tPresent", "Clara Ost (CO)\tHeadteacher\tPresent",
                         "Also present: Fiona Leck, Governance Professional (GP), who took the minutes.")
    people = {"Helen Marsh": ["Helen Marsh"], "Clara Ost": ["Clara Ost"], "Fiona Leck": ["Fiona Leck"],
              "Governance Professional": ["Governance Professional"]}  # a role the people stage took for a name
    refs = personrefs.build(doc, entities_for(doc, people), "en")
    assert (refs.resolve("Chair"), refs.resolve("Headteacher"), refs.resolve("GP")) == \
        ("Helen Marsh", "Clara Ost", "Fiona Leck")


def test_a_stated_chair_beats_the_person_named_near_opened_the_meeting(tmp_path: Path) -> None:
    path = tmp_path / "fgb-01.txt"
    path.write_text("Minutes of the Full Governing Board held on 7 March 2023\n" + GOV_LIST + "\n"
                    "The Chair opened the meeting and welcomed everyone, in particular Mr Alder.\n"
                    "ACTION: HT to cost the SENCo time. The Chair will write to the council.\n"
                    "SBM to obtain three quotes.\n", encoding="utf-8")
    assert [a.owner for a in extract(load(path)).actions] == ["Clara Ost", "Helen Marsh", "Karl Pugh"]


@pytest.mark.parametrize(("line", "who"), [
    ("Velitel MP se dotázal, kdo zajistí ochranu domů.", ["Jiří Sedláček"]),
    ("Úkol uložen veliteli MP.", ["Jiří Sedláček"]),  # another case of the role head
    ("Ředitel TS a zástupce HZS informovali.", ["Zdeněk Růžička"]),  # HZS: two people, nobody meant
    ("Strážníci MP hlídkují.", []),  # no role head before the body
])
def test_role_head_and_the_body_one_listed_person_comes_from(line: str, who: list[str]) -> None:
    doc = doc_from_lines("Přítomni: Jiří Sedláček (MP), Zdeněk Růžička (TS), Radim Koubek (HZS), Jan Bednář (HZS)",
                         line)
    people = tuple(Person(n, (), affiliation=a) for n, a in (("Jiří Sedláček", "MP"), ("Zdeněk Růžička", "TS"),
                                                          ("Radim Koubek", "HZS"), ("Jan Bednář", "HZS")))
    refs = personrefs.build(doc, Entities(people), "cs")
    assert [a.name for a in refs.actors(line, 0)] == who


def test_role_in_a_later_cell_of_the_persons_row() -> None:
    row = "Dr Henrik Berg\tEuropean Research Executive Agency (REA)\tProject Officer (online, items 1–3)"
    doc = doc_from_lines(row, "The PO asked whether the plan covers raw data.")
    refs = personrefs.build(doc, entities_for(doc, {"Henrik Berg": ["Dr Henrik Berg"]}), "en")
    assert refs.resolve("Project Officer") == "Henrik Berg"
    assert refs.resolve("PO") == "Henrik Berg"
