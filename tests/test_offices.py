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
])
def test_office_mentions_in_a_sentence(lang: str, text: str, found: list[str]) -> None:
    doc = doc_from_lines(text)
    index = offices.build(lang, entities_with_roles(doc, {}), MeetingInfo(), doc.text)
    assert [h.office for h in index.find(text)] == found
