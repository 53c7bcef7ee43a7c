"""Attendance of boards with members, their own staff and outsiders (round 19), written from knowledge of the
genre before reading any failure. Names, towns and bodies are invented.

(a) US boards and commissions head their minutes with a roll block whose labels name the members by the body's
own plural noun ("Commissioners Present:", "Board Members Absent:", "Council Members Present:"), then the
body's staff ("Staff Present:") and the minute-taker ("Recording Secretary:", "Minutes taken by:"). Members
present and staff are attendees, members absent are absent, the minute-taker named in the header is in
attendance (a guest in English minutes), "Also Present:" names outsiders (guests). The corpus lists "Staff
Present:" of US and Canadian boards in attendance (guests), as UK "Officers in attendance". A roll line may put the
plural title before the names ("Present: Chair X, Commissioners A, B and C"). Negatives: "None" or a count
instead of names, an office with no name, a crowd ("members of the public"), an applicant or a public
speaker, who are in no attendance list.

(b) Czech advisory councils and boards with an administration of their own (rady národních parků, správní
rady, porady vedení) list members present ("Přítomní členové rady:", "Členové rady přítomni:"), a member's
substitute ("V zastoupení:"), the excused ("Omluveni:"), the administration's staff ("Dále přítomni:"), guests
("Host:", "Hosté:", "Přizvaní:") and the recorder ("Zapisovatelka:", an attendee in Czech minutes). An
attendance table has a column of participation ("Účast": přítomen / přítomna / online / omluven / omluvena /
nepřítomen). Negatives: "nikdo", a count with a quorum remark, a group with no names, a verifier line.
"""

from __future__ import annotations

import pytest
from docbuild import blocks_doc
from docbuild import heading as _h
from docbuild import para as _p
from docbuild import table as _t
from genre_rows import attendance_lists, expected_lists, meeting_of, named_gap, named_params

_EN_TOP = (_h("Minutes of the Regular Meeting of the Harlow Springs Planning Commission"),
           _p("Date: May 6, 2026"))
_EN_END = (_h("1. Call to Order"), _p("The Chair called the meeting to order at 6:00 p.m."),
           _h("2. Adjournment"), _p("The meeting adjourned at 7:40 p.m."))

# (id, header lines, attendees, absent, guests)
EN_ROLL = [
    ("commissioners-present-absent",
     ["Commissioners Present: Linda Marsh, Tom Okoro, Ray Duffy", "Commissioners Absent: Kim Salas"],
     "Linda Marsh; Tom Okoro; Ray Duffy", "Kim Salas", ""),
    ("staff-present-attendees",
     ["Commissioners Present: Linda Marsh, Tom Okoro", "Staff Present: Greta Lind, Planning Director; "
      "Paul Reyes, Assistant City Attorney"],
     "Greta Lind; Linda Marsh; Paul Reyes; Tom Okoro", "", ""),
    ("recording-secretary-guest",
     ["Commissioners Present: Linda Marsh, Tom Okoro", "Recording Secretary: Dana Whitfield"],
     "Linda Marsh; Tom Okoro", "", "Dana Whitfield"),
    ("also-present-guest",
     ["Commissioners Present: Linda Marsh, Tom Okoro", "Also Present: Victor Hale, State Highway Department"],
     "Linda Marsh; Tom Okoro", "", "Victor Hale"),
    ("upper-case-labels",
     ["COMMISSIONERS PRESENT: Linda Marsh, Tom Okoro", "COMMISSIONERS ABSENT: Ray Duffy",
      "RECORDING SECRETARY: Dana Whitfield"],
     "Linda Marsh; Tom Okoro", "Ray Duffy", "Dana Whitfield"),
    ("board-members-labels",
     ["Board Members Present: Ann Corley, Ben Ruiz", "Board Members Absent: Carl Voss"],
     "Ann Corley; Ben Ruiz", "Carl Voss", ""),
    ("plural-title-before-names",
     ["Present: Chair Linda Marsh, Vice Chair Tom Okoro, Commissioners Ray Duffy and Kim Salas"],
     "Linda Marsh; Tom Okoro; Ray Duffy; Kim Salas", "", ""),
]

# (id, header lines, attendees, absent, guests): the line adds nobody to the list it looks like
EN_NOT = [
    ("absent-none", ["Commissioners Present: Linda Marsh, Tom Okoro", "Commissioners Absent: None"],
     "Linda Marsh; Tom Okoro", "", ""),
    ("staff-office-only", ["Commissioners Present: Linda Marsh, Tom Okoro", "Staff Present: Planning Director"],
     "Linda Marsh; Tom Okoro", "", ""),
    ("public-count", ["Commissioners Present: Linda Marsh, Tom Okoro", "Members of the public: 14"],
     "Linda Marsh; Tom Okoro", "", ""),
    ("public-crowd", ["Commissioners Present: Linda Marsh, Tom Okoro",
                      "Also Present: approximately twenty members of the public"],
     "Linda Marsh; Tom Okoro", "", ""),
    ("applicant-no-guest", ["Commissioners Present: Linda Marsh, Tom Okoro",
                            "Applicant: Ridgeline Homes LLC, represented by Sam Ortiz"],
     "Linda Marsh; Tom Okoro", "", ""),
    ("absent-excused-none", ["Commissioners Present: Linda Marsh, Tom Okoro, Ray Duffy",
                             "Commissioners Absent: none (all present)"],
     "Linda Marsh; Tom Okoro; Ray Duffy", "", ""),
    ("quorum-remark", ["Commissioners Present: Linda Marsh, Tom Okoro, Ray Duffy", "Quorum: 3 of 5 present"],
     "Linda Marsh; Tom Okoro; Ray Duffy", "", ""),
    ("staff-present-none", ["Commissioners Present: Linda Marsh, Tom Okoro", "Staff Present: None"],
     "Linda Marsh; Tom Okoro", "", ""),
    ("also-present-press", ["Commissioners Present: Linda Marsh, Tom Okoro",
                            "Also Present: two reporters from the local paper"],
     "Linda Marsh; Tom Okoro", "", ""),
    named_gap("an office of two capitalised words in a recorder field reads as the recorder's name",
              "recording-secretary-office-only", ["Commissioners Present: Linda Marsh, Tom Okoro",
                                                  "Recording Secretary: Planning Technician"],
              "Linda Marsh; Tom Okoro", "", ""),
]


def _en_meeting(lines: list[str]) -> dict[str, tuple[str, ...]]:
    doc = blocks_doc(*_EN_TOP, *[_p(x) for x in lines], *_EN_END)
    return attendance_lists(meeting_of(doc, "en"))


@pytest.mark.parametrize(("lines", "att", "absent", "guests"), named_params(EN_ROLL))
def test_us_roll_block_labels(lines: list[str], att: str, absent: str, guests: str) -> None:
    assert _en_meeting(lines) == expected_lists(att, absent, guests)


@pytest.mark.parametrize(("lines", "att", "absent", "guests"), named_params(EN_NOT))
def test_us_roll_block_lines_that_add_nobody(lines: list[str], att: str, absent: str, guests: str) -> None:
    assert _en_meeting(lines) == expected_lists(att, absent, guests)


def test_us_roll_block_as_two_column_table() -> None:
    doc = blocks_doc(*_EN_TOP[:1], _t(["Date", "May 6, 2026"], ["Commissioners Present", "Linda Marsh, Tom Okoro"],
                                     ["Commissioners Absent", "Ray Duffy"], ["Staff Present", "Greta Lind, Planner"],
                                     ["Recording Secretary", "Dana Whitfield"]), *_EN_END)
    assert attendance_lists(meeting_of(doc, "en")) == expected_lists(
        "Greta Lind; Linda Marsh; Tom Okoro", "Ray Duffy", "Dana Whitfield")


_CS_TOP = (_h("Zápis z 2. jednání Rady Chráněné krajinné oblasti Modrý les"), _p("Datum: 14. 4. 2026"))
_CS_END = (_h("1. Zahájení"), _p("Jednání zahájil předseda rady."), _h("2. Závěr"), _p("Jednání skončilo ve 12 hodin."))

# (id, header lines, attendees, absent, guests)
CS_ROLL = [
    ("clenove-rady-pritomni",
     ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká, Pavel Sýkora", "Omluveni: RNDr. Eva Suchá"],
     "Petr Malý; Jana Horká; Pavel Sýkora", "Eva Suchá", ""),
    ("clenove-rady-pritomni-inverted",
     ["Členové rady přítomni: Ing. Petr Malý, Mgr. Jana Horká", "Omluvena: RNDr. Eva Suchá"],
     "Petr Malý; Jana Horká", "Eva Suchá", ""),
    ("v-zastoupeni-attendee",
     ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká",
      "V zastoupení: Bc. Tomáš Kříž (za Pavla Sýkoru, na základě plné moci)", "Omluven: Pavel Sýkora"],
     "Petr Malý; Jana Horká; Tomáš Kříž", "Pavel Sýkora", ""),
    ("dale-pritomni-staff",
     ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká",
      "Dále přítomni (Správa CHKO): Ing. Lenka Tichá, ředitelka; Karel Brož, vedoucí strážní služby"],
     "Petr Malý; Jana Horká; Lenka Tichá; Karel Brož", "", ""),
    ("host-and-recorder",
     ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká", "Host: JUDr. Ota Říha (k bodu 3)",
      "Zapisovatelka: Bc. Iva Nová"],
     "Petr Malý; Jana Horká; Iva Nová", "", "Ota Říha"),
]

# (c) Stand-ins and the body's own administration: "X za Y" in a substitutes' line names X (who came for the
# member Y, or for a party); "Za Správu CHKO X:" (or the administration's name alone as the label) lists the
# staff of the administration serving the council named in the title, attendees; another authority's
# ("Za Krajský úřad:") people stay guests.
CS_OWN = [
    ("za-inline-substitute", ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká",
                              "V zastoupení: Bc. Tomáš Kříž za Pavla Sýkoru (plná moc)"],
     "Petr Malý; Jana Horká; Tomáš Kříž", "", ""),
    ("za-sprava-own", ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká",
                       "Za Správu CHKO Modrý les: Ing. Lenka Tichá, ředitelka; Karel Brož"],
     "Petr Malý; Jana Horká; Lenka Tichá; Karel Brož", "", ""),
    ("za-sprava-initialism", ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká",
                              "Za Správu CHKO: Ing. Lenka Tichá, ředitelka; Karel Brož"],
     "Petr Malý; Jana Horká; Lenka Tichá; Karel Brož", "", ""),
    ("sprava-label-alone", ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká",
                            "Správa CHKO: Ing. Lenka Tichá (ředitelka), Karel Brož"],
     "Petr Malý; Jana Horká; Lenka Tichá; Karel Brož", "", ""),
    ("za-krajsky-urad-guest", ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká",
                               "Za Krajský úřad: Ing. Lenka Tichá, referentka"],
     "Petr Malý; Jana Horká", "", "Lenka Tichá"),
    ("za-other-sprava-guest", ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká",
                               "Za Správu silnic kraje: Ing. Lenka Tichá"],
     "Petr Malý; Jana Horká", "", "Lenka Tichá"),
]


@pytest.mark.parametrize(("lines", "att", "absent", "guests"), named_params(CS_OWN))
def test_czech_stand_ins_and_own_administration(lines: list[str], att: str, absent: str, guests: str) -> None:
    assert _cs_meeting(lines) == expected_lists(att, absent, guests)


# (id, item paragraphs): a loose list label going on in lower case to its colon is a part of an item
# ("Staff report:", "Public comment:"), whose people are no attendance list
EN_PARTS = [
    ("staff-report", ["Staff report: the report recommends approval with three conditions."]),
    ("public-comment-list", ["Public comment:", "Ann Beck, 112 Elm Street, opposed the fence.",
                             "Tom Ruiz, 9 Alder Court, supported it."]),
    ("public-hearing-label", ["Public hearing: the Chair opened the hearing at 7 p.m."]),
]


@pytest.mark.parametrize("paras", named_params(EN_PARTS))
def test_item_part_labels_are_no_lists(paras: list[str]) -> None:
    doc = blocks_doc(*_EN_TOP, _p("Commissioners Present: Linda Marsh, Tom Okoro"), _h("1. Variance"),
                     *[_p(x) for x in paras], _h("2. Adjournment"), _p("Adjourned."))
    lists = attendance_lists(meeting_of(doc, "en"))
    assert lists["guests"] == () and lists["attendees"] == ("Linda Marsh", "Tom Okoro"), lists


# (id, header lines, attendees, absent, guests): the line adds nobody
CS_NOT = [
    ("omluveni-nikdo", ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká", "Omluveni: nikdo"],
     "Petr Malý; Jana Horká", "", ""),
    ("pocet-usnasenischopna", ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká",
                               "Přítomno: 11 členů ze 14, rada je usnášeníschopná"],
     "Petr Malý; Jana Horká", "", ""),
    ("hoste-group", ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká", "Hosté: zástupci dotčených obcí"],
     "Petr Malý; Jana Horká", "", ""),
    ("overovatel-line", ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká",
                         "Ověřovatel zápisu: Mgr. Jana Horká"],
     "Petr Malý; Jana Horká", "", ""),
    ("omluveni-zadny", ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká", "Omluveni: žádný člen"],
     "Petr Malý; Jana Horká", "", ""),
    ("program-line", ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká",
                      "Program: 1. Zahájení, 2. Závěr"],
     "Petr Malý; Jana Horká", "", ""),
    ("dale-pritomni-pocet", ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká",
                             "Dále přítomni: 3 zaměstnanci správy"],
     "Petr Malý; Jana Horká", "", ""),
    ("v-zastoupeni-nikdo", ["Přítomní členové rady: Ing. Petr Malý, Mgr. Jana Horká", "V zastoupení: nikdo"],
     "Petr Malý; Jana Horká", "", ""),
]


def _cs_meeting(lines: list[str]) -> dict[str, tuple[str, ...]]:
    doc = blocks_doc(*_CS_TOP, *[_p(x) for x in lines], *_CS_END)
    return attendance_lists(meeting_of(doc, "cs"))


@pytest.mark.parametrize(("lines", "att", "absent", "guests"), named_params(CS_ROLL))
def test_czech_council_roll_labels(lines: list[str], att: str, absent: str, guests: str) -> None:
    assert _cs_meeting(lines) == expected_lists(att, absent, guests)


@pytest.mark.parametrize(("lines", "att", "absent", "guests"), named_params(CS_NOT))
def test_czech_council_lines_that_add_nobody(lines: list[str], att: str, absent: str, guests: str) -> None:
    assert _cs_meeting(lines) == expected_lists(att, absent, guests)


# (id, participation words of three rows, attendees, absent)
CS_TABLE = [
    ("pritomen-omluven", ("přítomen", "přítomna", "omluven"), "Petr Malý; Jana Horká", "Pavel Sýkora"),
    ("online-is-present", ("online", "přítomna", "omluven"), "Petr Malý; Jana Horká", "Pavel Sýkora"),
    ("nepritomen-omluvena", ("přítomen", "omluvena", "nepřítomen"), "Petr Malý", "Jana Horká; Pavel Sýkora"),
    ("all-present", ("ano", "ano", "ano"), "Petr Malý; Jana Horká; Pavel Sýkora", ""),
]


@pytest.mark.parametrize(("marks", "att", "absent"), named_params(CS_TABLE))
def test_czech_participation_column(marks: tuple[str, str, str], att: str, absent: str) -> None:
    rows = [["Jméno", "Zastupuje", "Účast"], ["Ing. Petr Malý", "Obec Dolní Ves", marks[0]],
            ["Mgr. Jana Horká", "Krajský úřad", marks[1]], ["Pavel Sýkora", "spolek Zelený háj", marks[2]]]
    doc = blocks_doc(*_CS_TOP, _t(*rows), *_CS_END)
    lists = attendance_lists(meeting_of(doc, "cs"))
    want = (expected_lists(att)["attendees"], expected_lists(absent)["attendees"])
    assert (lists["attendees"], lists["absent"]) == want
