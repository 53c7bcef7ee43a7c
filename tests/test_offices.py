"""Offices that stand for their holder: "ZO pověřuje starostu", "The Clerk replied", "Action: RFO to ..."."""

from __future__ import annotations

import pytest
from items_support import doc_from_lines, entities_with_roles

from minutes_nlp.extract import offices
from minutes_nlp.extract.result import MeetingInfo

CS_PEOPLE = {"Jan Kolář": (["Jan Kolář"], None), "Věra Pokorná": (["Věra Pokorná", "Mgr. Věra Pokorná"], None),
             "Petr Sýkora": (["Petr Sýkora"], None)}


@pytest.mark.parametrize(("lines", "roles", "office", "holder"), [
    # the entities stage gave the role ("Jan Kolář (starosta)")
    (["Přítomni: Jan Kolář, Věra Pokorná"], {"Jan Kolář": "starosta"}, "starosta", "Jan Kolář"),
    (["Přítomni: Jan Kolář, Věra Pokorná"], {"Věra Pokorná": "místostarostka obce"}, "místostarosta",
     "Věra Pokorná"),
    # the text sets the office next to the name
    (["Zasedání zahájil starosta obce Horní Lhota Jan Kolář v 18:00."], {}, "starosta", "Jan Kolář"),
    (["Přítomni: Jan Kolář – starosta, Věra Pokorná – místostarostka, Petr Sýkora"], {}, "místostarostka",
     "Věra Pokorná"),
    (["Přítomni: Jan Kolář – starosta, Věra Pokorná – místostarostka, Petr Sýkora"], {}, "starosta", "Jan Kolář"),
    (["Zapsal: Petr Sýkora", "Jan Kolář v. r., starosta"], {}, "starosta", "Jan Kolář"),
    (["Starosta: Mgr. Věra Pokorná"], {}, "starostka", "Věra Pokorná"),
    (["Přítomni: starosta Jan Kolář, místostarostka Věra Pokorná"], {}, "místostarostka", "Věra Pokorná"),
    (["Jan Kolář, starosta", "Věra Pokorná, místostarostka"], {}, "starosta", "Jan Kolář"),  # a signature block
    # nobody, or two people: no holder
    (["Přítomni: Jan Kolář, Věra Pokorná"], {}, "starosta", None),
    (["Přítomni: Jan Kolář, Věra Pokorná"], {"Jan Kolář": "starosta", "Věra Pokorná": "starostka"}, "starosta",
     None),
    (["Zástupce starosty Petr Sýkora přivítal hosty."], {}, "starosta", None),
])
def test_czech_office_holders(lines: list[str], roles: dict[str, str], office: str, holder: str | None) -> None:
    doc = doc_from_lines(*lines)
    people = {name: (forms, roles.get(name)) for name, (forms, _) in CS_PEOPLE.items()}
    index = offices.build("cs", entities_with_roles(doc, people), MeetingInfo(), doc.text)
    assert index.holders.get(office) == holder


EN_PEOPLE = {"Karen Whitby": ["Mrs Karen Whitby"], "David Oyelaran": ["Mr David Oyelaran"],
             "Helen Marsh": ["Cllr Helen Marsh"]}


@pytest.mark.parametrize(("roles", "chair", "office", "holder"), [
    ({"Karen Whitby": "Town Clerk"}, None, "clerk", "Karen Whitby"),
    ({"David Oyelaran": "Responsible Financial Officer"}, None, "responsible financial officer", "David Oyelaran"),
    ({"Karen Whitby": "Clerk & RFO"}, None, "responsible financial officer", "Karen Whitby"),
    ({"Karen Whitby": "Deputy Clerk"}, None, "clerk", None),
    ({"Helen Marsh": "Chairman"}, None, "chair", "Helen Marsh"),
    ({}, "Helen Marsh", "chair", "Helen Marsh"),  # the meeting's chair, named in the header
    ({}, None, "clerk", None),
])
def test_english_office_holders(roles: dict[str, str], chair: str | None, office: str, holder: str | None) -> None:
    doc = doc_from_lines("In attendance: Mrs Karen Whitby, Mr David Oyelaran, Cllr Helen Marsh")
    people = {name: (forms, roles.get(name)) for name, forms in EN_PEOPLE.items()}
    index = offices.build("en", entities_with_roles(doc, people), MeetingInfo(chair=chair), doc.text)
    assert index.holders.get(office) == holder


@pytest.mark.parametrize(("lang", "text", "found"), [
    ("cs", "ZO pověřuje starostu podpisem smlouvy.", ["starosta"]),
    ("cs", "ZO ukládá místostarostce zajistit nabídky.", ["místostarostka"]),
    ("cs", "Starostovi bylo uloženo svolat schůzku.", ["starosta"]),
    ("cs", "Zástupce starosty přivítal hosty.", []),
    ("en", "The Clerk will report back.", ["clerk"]),
    ("en", "Action: RFO to circulate the policy.", ["responsible financial officer"]),
    ("en", "The Deputy Clerk took the minutes.", ["deputy clerk"]),
    ("en", "The clerkship was advertised.", []),
    ("en", "Governors asked the Headteacher to share the data.", ["headteacher"]),  # a school governing board
    ("en", "The Deputy Head will update the website.", ["deputy headteacher"]),
    ("en", "The Chair of Governors will write to parents.", ["chair"]),
])
def test_office_mentions_in_a_sentence(lang: str, text: str, found: list[str]) -> None:
    doc = doc_from_lines(text)
    index = offices.build(lang, entities_with_roles(doc, {}), MeetingInfo(), doc.text)
    assert [h.office for h in index.find(text)] == found


def test_a_speakers_line_does_not_name_the_office_holder() -> None:
    """"Starosta: Pan X nabízí ..." is the mayor speaking about X; "Starosta: Ing. Y" (a signature) names Y."""
    doc = doc_from_lines("Starostka: Pan Petr Sýkora nabízí 5 000 Kč měsíčně.", "Starostka: Mgr. Věra Pokorná")
    people = {name: (forms, None) for name, (forms, _) in CS_PEOPLE.items()}
    index = offices.build("cs", entities_with_roles(doc, people), MeetingInfo(), doc.text)
    assert index.holders.get("starostka") == "Věra Pokorná"


@pytest.mark.parametrize(("lines", "genders", "office", "holder"), [
    # a role misplaced next to the wrong name: a man never holds a feminine office form
    (["Přítomni: starosta Jan Kolář, místostarostka Věra Pokorná"], {"Jan Kolář": "m", "Věra Pokorná": "f"},
     "místostarosta", "Věra Pokorná"),
    (["Dále přítomni: tajemník MěÚ Ing. Petr Sýkora"], {"Petr Sýkora": "m"}, "tajemník", "Petr Sýkora"),
])
def test_holders_by_gender_and_through_the_offices_body(lines: list[str], genders: dict[str, str], office: str,
                                                       holder: str) -> None:
    from minutes_nlp.extract.result import Person

    doc = doc_from_lines(*lines)
    base = entities_with_roles(doc, {name: (forms, None) for name, (forms, _) in CS_PEOPLE.items()})
    people = tuple(Person(p.name, p.mentions, role="místostarostka" if p.name == "Jan Kolář" else None,
                          gender=genders.get(p.name)) for p in base.people)
    index = offices.build("cs", type(base)(people, base.institutions), MeetingInfo(), doc.text)
    assert index.holders.get(office) == holder


def test_an_office_before_its_bracketed_holder() -> None:
    doc = doc_from_lines("Also present: the Clerk (Mrs Karen Whitby), Cllr Helen Marsh")
    people = {name: (forms, None) for name, forms in EN_PEOPLE.items()}
    index = offices.build("en", entities_with_roles(doc, people), MeetingInfo(), doc.text)
    assert index.holders.get("clerk") == "Karen Whitby"


def test_stated_roles_of_one_person_are_found_and_shared_roles_are_not() -> None:
    doc = doc_from_lines("Present: Dr Karen Whitby, Head of Quality Assurance; Mr David Oyelaran, member; "
                         "Cllr Helen Marsh, member")
    roles = {"Karen Whitby": "Head of Quality Assurance", "David Oyelaran": "member", "Helen Marsh": "member"}
    people = {name: (forms, roles[name]) for name, forms in EN_PEOPLE.items()}
    index = offices.build("en", entities_with_roles(doc, people), MeetingInfo(), doc.text)
    hits = index.find("The Head of Quality Assurance would collate the plans; a member asked why.")
    assert [(h.office, h.holder) for h in hits] == [("head of quality assurance", "Karen Whitby")]


@pytest.mark.parametrize(("roles", "office", "holder"), [
    # "technický ředitel" is another office than the bare "ředitel" the company's director holds
    ({"Jan Kolář": "předseda představenstva a ředitel společnosti", "Petr Sýkora": "technický ředitel"},
     "ředitel", "Jan Kolář"),
    # nobody holds the bare office: the one qualified holder is meant by it ("Auditorka odpověděla")
    ({"Věra Pokorná": "statutární auditorka"}, "auditorka", "Věra Pokorná"),
    ({"Jan Kolář": "technický ředitel", "Petr Sýkora": "provozní ředitel"}, "ředitel", None),
])
def test_qualified_office_is_not_the_bare_office(roles: dict[str, str], office: str, holder: str | None) -> None:
    doc = doc_from_lines("Přítomni: Jan Kolář, Věra Pokorná, Petr Sýkora")
    people = {name: (forms, roles.get(name)) for name, (forms, _) in CS_PEOPLE.items()}
    assert offices.build("cs", entities_with_roles(doc, people), MeetingInfo(), doc.text).holders.get(office) == holder
