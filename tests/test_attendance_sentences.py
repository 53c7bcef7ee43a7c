"""Attendance conventions written from the genre: a narrative attendance paragraph (members, the body's own
staff, guests, apologies said in sentences), the body's own office listed under its own label, register tables
with an apology or the minute-taker's role as the status, two people joined in one entry, and group nouns that
are no late arrivals."""

from __future__ import annotations

import pytest
from docbuild import blocks_doc as _doc

from minutes_nlp.extract.attendance_lists import listed
from minutes_nlp.extract.attendance_sentences import narrative_names
from minutes_nlp.extract.metadata import extract_meeting
from minutes_nlp.extract.metafields import Field


def _meeting(lang: str, *paragraphs: str, title: str = "Zápis z jednání výboru"):  # type: ignore[no-untyped-def]
    blocks = [("heading", title), *(("paragraph", p) for p in paragraphs), ("heading", "1. Zahájení"),
              ("paragraph", "Jednání zahájil předseda." if lang == "cs" else "The Chair opened the meeting.")]
    return extract_meeting(_doc(*blocks), lang)


@pytest.mark.parametrize(("text", "names"), [
    ("členové výboru Ing. Jan Novák, Mgr. Eva Malá a Petr Černý", ["Jan Novák", "Eva Malá", "Petr Černý"]),
    ("Ing. Jan Novák, Ph.D., Bc. Eva Malá", ["Jan Novák", "Eva Malá"]),
    ("zástupci obcí Josef Dvořák a Marie Horáková", ["Josef Dvořák", "Marie Horáková"]),
    ("Ing. Vladimír Beneš z krajského úřadu", ["Vladimír Beneš"]),
    ("všichni členové kromě předsedy", []),
    ("členové výboru a zástupci veřejnosti", []),
])
def test_a_narrative_list_opens_with_the_group_its_people_form(text: str, names: list[str]) -> None:
    assert narrative_names(text, "cs") == names


@pytest.mark.parametrize(("paragraph", "attendees", "absent", "guests"), [
    ("Jednání se zúčastnili členové komise Ing. Jan Novák, Mgr. Eva Malá a Petr Černý. Ing. Josef Dvořák a "
     "Mgr. Marie Horáková se omluvili. Za sekretariát byla přítomna Bc. Lenka Bílá, jako host Ing. Karel Vávra "
     "z odboru dopravy.",
     ("Jan Novák", "Eva Malá", "Petr Černý", "Lenka Bílá"), ("Josef Dvořák", "Marie Horáková"), ("Karel Vávra",)),
    ("Přítomni byli Ing. Jan Novák, Eva Malá a Petr Černý. Omluvena byla Mgr. Jana Veselá.",
     ("Jan Novák", "Eva Malá", "Petr Černý"), ("Jana Veselá",), ()),
    ("Zasedání se zúčastnili Jan Novák, Eva Malá a Petr Černý, hostem byl Ing. Pavel Kos.",
     ("Jan Novák", "Eva Malá", "Petr Černý"), (), ("Pavel Kos",)),
    ("Na jednání byli přítomni Ing. Jan Novák a Mgr. Eva Malá. Dále byli přizváni Ing. Pavel Kos a Jana Veselá.",
     ("Jan Novák", "Eva Malá"), (), ("Pavel Kos", "Jana Veselá")),
])
def test_czech_narrative_attendance(paragraph: str, attendees: tuple[str, ...], absent: tuple[str, ...],
                                    guests: tuple[str, ...]) -> None:
    m = _meeting("cs", paragraph)
    assert (m.attendees, m.absent, m.guests) == (attendees, absent, guests)


@pytest.mark.parametrize(("paragraph", "attendees", "guests"), [
    ("Present were Cllr Ann Rowe, Cllr Tom Marsh and Cllr Liz Hardy. Also present were Mrs Jane Poe (Clerk) "
     "and Mr Paul Kent.", ("Ann Rowe", "Tom Marsh", "Liz Hardy"), ("Jane Poe", "Paul Kent")),
    ("The meeting was attended by Cllr Ann Rowe and Cllr Tom Marsh. Also in attendance was Mr Paul Kent.",
     ("Ann Rowe", "Tom Marsh"), ("Paul Kent",)),
])
def test_english_narrative_attendance(paragraph: str, attendees: tuple[str, ...], guests: tuple[str, ...]) -> None:
    m = _meeting("en", paragraph, title="Minutes of the Finance Committee")
    assert (m.attendees, m.guests) == (attendees, guests)


@pytest.mark.parametrize("label", ["Za kancelář MAS", "Kancelář MAS", "Za sekretariát komise", "Sekretariát",
                                   "Pracovníci kanceláře", "Organizační zajištění"])
def test_the_bodys_own_office_attends(label: str) -> None:
    doc = _doc(("heading", "Zápis z jednání programového výboru"),
               ("table", [["Přítomni", "Ing. Jan Novák, Mgr. Eva Malá"], [label, "Bc. Lenka Bílá; Ing. Petr Kos"]]),
               ("heading", "1. Zahájení"))
    m = extract_meeting(doc, "cs")
    assert (m.attendees, m.guests) == (("Jan Novák", "Eva Malá", "Lenka Bílá", "Petr Kos"), ())


@pytest.mark.parametrize("label", ["Za představenstvo", "Za vedení školy", "Za zhotovitele"])
def test_people_attending_for_another_party_stay_guests(label: str) -> None:
    doc = _doc(("heading", "Zápis z jednání dozorčí rady"),
               ("table", [["Přítomni", "Ing. Jan Novák, Mgr. Eva Malá"], [label, "Ing. Petr Kos"]]),
               ("heading", "1. Zahájení"))
    assert extract_meeting(doc, "cs").guests == ("Petr Kos",)


@pytest.mark.parametrize(("status", "listed_as"), [
    ("Apology", "absent"), ("Apologies", "absent"), ("Apology received", "absent"), ("Leave of absence", "absent"),
    ("Present", "attendees"), ("In attendance", "guests"), ("Minute taker", "guests"), ("Minute secretary", "guests"),
])
def test_a_register_status_cell(status: str, listed_as: str) -> None:
    doc = _doc(("heading", "Audit Committee minutes"),
               ("table", [["Name", "Position", "Attendance"], ["Ann Rowe", "Chair", "Present"],
                          ["Kylie Marsh", "Officer", status]]),
               ("heading", "1. Welcome"))
    m = extract_meeting(doc, "en")
    assert "Kylie Marsh" in getattr(m, listed_as)


def test_a_minute_takers_row_alone_is_no_register() -> None:
    doc = _doc(("heading", "Audit Committee minutes"), ("paragraph", "Present: Ann Rowe, Tom Marsh"),
               ("heading", "1. Welcome"), ("table", [["Kylie Marsh", "Minute taker"], ["Ann Rowe", "Chair"]]))
    assert "Kylie Marsh" not in extract_meeting(doc, "en").guests


@pytest.mark.parametrize(("value", "names"), [
    ("Rebecca Tan (RT), Marlow Audit Pty Ltd, and Owen Lacey (OL), Sector Director, Audit Office\n"
     "Kylie Barnett (KB), Governance Officer", ("Rebecca Tan", "Owen Lacey", "Kylie Barnett")),
    ("Jan Novák, ředitel, a Eva Malá, ekonomka\nPetr Kos, technik", ("Jan Novák", "Eva Malá", "Petr Kos")),
])
def test_two_people_joined_in_one_entry(value: str, names: tuple[str, ...]) -> None:
    lang = "en" if "Pty" in value else "cs"
    assert listed([Field("guests", value, 0, "guests")], "guests", lang, value) == names


@pytest.mark.parametrize(("sentence", "late"), [
    ("Officers re-joined the meeting at 4.15pm.", ()),
    ("Members joined the meeting at 7.05pm.", ()),
    ("Cllr Hardy joined the meeting at 7.05pm.", ("Liz Hardy",)),
])
def test_a_group_noun_is_no_late_arrival(sentence: str, late: tuple[str, ...]) -> None:
    m = _meeting("en", "Present: Cllr Ann Rowe, Cllr Liz Hardy", sentence, title="Minutes of the Finance Committee")
    assert m.attendees == ("Ann Rowe", "Liz Hardy") + tuple(p for p in late if p not in ("Liz Hardy",))


@pytest.mark.parametrize(("lang", "status", "listed_as"), [
    ("en", "Attended", "attendees"), ("en", "Attended online", "attendees"), ("en", "Sent apologies", "absent"),
    ("en", "Did not attend", "absent"), ("en", "Observer", "guests"), ("en", "Present – joined at 10:15", "attendees"),
    ("cs", "distančně", "attendees"), ("cs", "online", "attendees"), ("cs", "nezúčastnil se", "absent"),
    ("cs", "omluven", "absent"), ("cs", "host", "guests"),
])
def test_register_statuses_that_label_no_list(lang: str, status: str, listed_as: str) -> None:
    head = ["Name", "Role", "Status"] if lang == "en" else ["Jméno", "Funkce", "Účast"]
    first = "Present" if lang == "en" else "přítomen"
    doc = _doc(("heading", "Minutes" if lang == "en" else "Zápis"),
               ("table", [head, ["Ann Rowe", "Chair", first], ["Petr Kos", "Member", status]]),
               ("heading", "1. Welcome" if lang == "en" else "1. Zahájení"))
    assert "Petr Kos" in getattr(extract_meeting(doc, lang), listed_as)
