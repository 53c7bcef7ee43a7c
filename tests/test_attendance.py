"""Attendance lists in the styles of crisis staffs, company boards and research consortia: labels narrowed
after a dash or naming the body, one person a line or ';' group with the role after it, sub-lists by mode of
attendance, substitutes, and people attending for some agenda items only (guests)."""

from __future__ import annotations

import pytest
from docbuild import blocks_doc as _doc

from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.attendance import item_guests, substitutes
from minutes_nlp.extract.attendance_lists import listed
from minutes_nlp.extract.metadata import extract_meeting


def _field(name: str, value: str) -> mf.Field:
    return mf.Field(name, value, 0, name)


def test_a_list_label_narrowed_after_a_dash_opens_the_list_below() -> None:
    doc = _doc(("heading", "Zápis z jednání komise"), ("paragraph", "Přítomni – členové komise:"),
               ("bullet", "Ing. Jan Novák – předseda komise"), ("bullet", "Mgr. Eva Malá – tajemnice"),
               ("paragraph", "Omluvena: Petra Černá"), ("heading", "1. Zahájení"))
    m = extract_meeting(doc, "cs")
    assert (m.attendees, m.absent) == (("Jan Novák", "Eva Malá"), ("Petra Černá",))


@pytest.mark.parametrize(("label", "field"), [
    ("Členové KŠ přítomni", "attendees"),
    ("Předseda KŠ:", "chair"),
    ("Předsedkyně komise", "chair"),
    ("Přítomni", "attendees"),
])
def test_a_row_label_may_name_the_body_by_its_initialism(label: str, field: str) -> None:
    doc = _doc(("heading", "Zápis"), ("table", [[label, "Ing. Jan Novák"], ["Místo", "radnice"]]))
    assert mf.first(mf.scan_fields(doc, "cs"), field) is not None


def test_the_bodys_secretary_named_by_a_role_line_attends() -> None:
    doc = _doc(("heading", "Zápis z 3. jednání Komise pro dopravu"),
               ("paragraph", "Přítomni: Ing. Jan Novák, Eva Malá"),
               ("paragraph", "Tajemnice komise: Bc. Markéta Zelená (odbor dopravy)"),
               ("paragraph", "Předseda svazku zahájil jednání."))
    assert extract_meeting(doc, "cs").attendees == ("Jan Novák", "Eva Malá", "Markéta Zelená")


def test_people_attending_for_a_party_in_a_table_row_are_guests() -> None:
    doc = _doc(("heading", "Zápis z 15. zasedání dozorčí rady"),
               ("table", [["Přítomni", "Ing. Karel Dvořák – předseda DR; Josef Malý"],
                          ["Za představenstvo", "Ing. Radim Hora – předseda představenstva; Ing. Jana Holá"]]))
    m = extract_meeting(doc, "cs")
    assert m.guests == ("Radim Hora", "Jana Holá")


@pytest.mark.parametrize(("lang", "value", "names"), [
    ("cs", "Ing. Karel Jirout – provozní ředitel, Vodovody a kanalizace Lhota, a.s.\nBc. Eva Malá – tajemnice",
     ("Karel Jirout", "Eva Malá")),
    ("cs", "Mgr. Hana Vrbová, místostarostka; kpt. Ing. Radim Koubek, HZS Kraje Vysočina; Zdeněk Růžička, TS",
     ("Hana Vrbová", "Radim Koubek", "Zdeněk Růžička")),
    ("cs", "akademičtí pracovníci: doc. Horáková, prof. Zedník; studenti: Bc. Pešek, Nedomová",
     ("Horáková", "Zedník", "Pešek", "Nedomová")),
    ("en", "Councillor Ellingham (Chair); Councillors Brannigan, Kowalczyk and Quayle",
     ("Ellingham", "Brannigan", "Kowalczyk", "Quayle")),
    ("en", "REA: Dr Henrik Sørlie, Project Officer\nHELV: Jana Pfister", ("Henrik Sørlie", "Jana Pfister")),
])
def test_one_person_an_entry_with_the_role_after_it(lang: str, value: str, names: tuple[str, ...]) -> None:
    assert listed([_field("attendees", value)], "attendees", lang, value) == names


@pytest.mark.parametrize(("lang", "lines", "attendees"), [
    ("cs", ["Přítomni (osobně): Ing. Jan Novák, Eva Malá", "Přítomni (online): Petr Černý"],
     ("Jan Novák", "Eva Malá", "Petr Černý")),
    ("en", ["Present (in person): Ann Bell, Tom Hale", "Present (online): Jo Pike"],
     ("Ann Bell", "Tom Hale", "Jo Pike")),
])
def test_a_list_label_narrowed_in_brackets(lang: str, lines: list[str], attendees: tuple[str, ...]) -> None:
    doc = _doc(("heading", "Zápis z jednání výboru" if lang == "cs" else "Minutes of the Audit Committee"),
               *[("paragraph", line) for line in lines])
    assert extract_meeting(doc, lang).attendees == attendees


def test_sub_lists_by_mode_of_attendance_continue_the_list() -> None:
    doc = _doc(("heading", "Minutes – Steering Committee Meeting #3"), ("heading", "Participants"),
               ("paragraph", "In person:"), ("bullet", "UTW: Prof. Ann Whitby (coordinator), Dr Tom Brannigan"),
               ("paragraph", "Online:"), ("bullet", "KSA: Mikko Aaltonen (WP4 lead)"),
               ("paragraph", "Apologies: Sanna Virtala (KSA)."), ("heading", "Agenda"))
    m = extract_meeting(doc, "en")
    assert m.attendees == ("Ann Whitby", "Tom Brannigan", "Mikko Aaltonen")
    assert m.absent == ("Sanna Virtala",)


@pytest.mark.parametrize(("lang", "value", "substitute"), [
    ("cs", "Jiří Sedláček, MP (zastoupen zástupcem velitele Romanem Kratochvílem); MUDr. Alena Bartáková",
     ("Roman Kratochvíl",)),
    ("en", "Cllr Ross (represented by Ms Jane Hart), Cllr Bell", ("Jane Hart",)),
    ("cs", "Jiří Sedláček (dovolená); MUDr. Alena Bartáková", ()),
])
def test_who_stood_in_for_an_absent_member_attended(lang: str, value: str, substitute: tuple[str, ...]) -> None:
    assert substitutes([_field("absent", value)], lang) == substitute


@pytest.mark.parametrize(("lang", "text", "guests"), [
    ("en", "Dr Henrik Sørlie European Research Executive Agency (REA) Project Officer (online, items 1–3)",
     ("Henrik Sørlie",)),
    ("en", "REA: Dr Henrik Sørlie, Project Officer (items 1–4)\nDr Birgit Holmqvist (items 3 and 5)",
     ("Henrik Sørlie", "Birgit Holmqvist")),
    ("cs", "Ing. Jan Novák; Karel Straka, ředitel TS (k bodu 4)", ("Karel Straka",)),
    ("cs", "Ing. Jan Novák (odešel po bodu 5); Karel Straka", ()),
    ("en", "Cllr Ann Ross (left after item 5), Cllr Tom Bell", ()),
])
def test_attendance_for_some_items_only_makes_a_guest(lang: str, text: str, guests: tuple[str, ...]) -> None:
    names = ("Jan Novák", "Karel Straka", "Henrik Sørlie", "Birgit Holmqvist", "Ann Ross", "Tom Bell")
    assert item_guests(names, [text], lang) == guests


def test_item_limited_attendee_of_a_presence_table_is_a_guest() -> None:
    doc = _doc(("heading", "RHIZOMAP Kick-off Meeting – Minutes"),
               ("table", [["Name", "Partner", "Role"], ["Prof. Ann Whitby", "University of Tarnwick", "Coordinator"],
                          ["Dr Henrik Sørlie", "Research Executive Agency", "Project Officer (online, items 1–3)"]]))
    m = extract_meeting(doc, "en")
    assert (m.attendees, m.guests) == (("Ann Whitby",), ("Henrik Sørlie",))
