"""Bodies named by codes: US state agencies ("NJDEP", "Vermont DEC", "PEMA") and school districts ("MSAD 17");
and the English name shapes around them (counties, "Bros." inside a firm's name, programmes after a head)."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.result import Institution, MeetingInfo


def _orgs(*paragraphs: str, meeting: MeetingInfo = MeetingInfo()) -> dict[str, Institution]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    for p in paragraphs:
        b.add(BlockKind.PARAGRAPH, p)
    return {o.name: o for o in extract_entities(b.build(), "en", meeting, ()).institutions}


@pytest.mark.parametrize(("text", "name", "full"), [
    ("The Clerk will forward the culvert permit to PennDOT before June.", "PennDOT",
     "Pennsylvania Department of Transportation"),
    ("Staff met with Vermont DEC about the stormwater permit on Tuesday.", "Vermont DEC",
     "Vermont Department of Environmental Conservation"),
    ("NJDEP issued a notice of violation for the transfer station.", "NJDEP",
     "New Jersey Department of Environmental Protection"),
    ("The Manager said PEMA will reimburse the storm costs in the fall.", "PEMA", None),
    ("The New Hampshire DOT crew repaved the bridge deck.", "New Hampshire DOT",
     "New Hampshire Department of Transportation"),
])
def test_state_agencies_named_by_code(text: str, name: str, full: str | None) -> None:
    orgs = _orgs(text)
    assert name in orgs
    assert orgs[name].full_name == full


@pytest.mark.parametrize(("text", "name"), [
    ("The Superintendent of MSAD 17 presented the budget to the Board.", "MSAD 17"),
    ("Member Hale reported that SAU 39 will close its offices on Friday.", "SAU 39"),
])
def test_school_districts_named_by_code_and_number(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_defined_district_code_joins_its_full_name() -> None:
    orgs = _orgs("Member Hale said the Lakeview Regional School Unit (RSU 41) board meets on May 2.",
                 "The RSU 41 assessment rises by 3 percent.")
    assert "Lakeview Regional School Unit" in orgs
    assert "RSU 41" in orgs["Lakeview Regional School Unit"].aliases
    assert "RSU 41" not in orgs


@pytest.mark.parametrize(("text", "absent"), [
    ("The invoice of USD 500 was paid.", "USD 500"),
    ("The SCHEMA of the database was changed.", "SCHEMA"),
])
def test_codes_that_are_no_bodies(text: str, absent: str) -> None:
    assert absent not in _orgs(text)


def test_county_named_by_its_place() -> None:
    orgs = _orgs("The Chair asked whether the Cumberland County dispatch charge was final.")
    assert "Cumberland County" in orgs


def test_firm_with_an_abbreviation_inside_ends_with_its_sentence() -> None:
    orgs = _orgs("Quotes came from Harlow Paving Co. and Ames Bros. Excavation LLC. He will seek a third.")
    assert "Ames Bros. Excavation LLC" in orgs
    assert not any(n.endswith("He") for n in orgs)


def test_programme_after_a_head_is_no_body() -> None:
    orgs = _orgs("The bridge is eligible for the State Municipal Partnership Initiative funding this year.")
    assert not any("Partnership" in n for n in orgs)


def test_building_in_the_meeting_place_is_no_body() -> None:
    meeting = MeetingInfo(place="Greenfield Town Office, 2 Elm Street")
    orgs = _orgs("Greenfield Town Office, 2 Elm Street", "The Board met at 7 p.m.", meeting=meeting)
    assert "Greenfield Town Office" not in orgs


def test_building_opening_an_address_line_is_no_body() -> None:
    orgs = _orgs("Greenfield Town Office, Selectmen's Meeting Room, 2 Elm Street", "The Board met at 7 p.m.")
    assert "Greenfield Town Office" not in orgs
