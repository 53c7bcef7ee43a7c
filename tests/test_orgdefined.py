"""Abbreviations defined in earlier minutes of the series: a body's stays a body, a document's never is one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract import people
from minutes_nlp.extract.orgdefined import definitions, series_defined
from minutes_nlp.extract.orgfound import Acc
from minutes_nlp.extract.orgs import extract_institutions
from minutes_nlp.extract.result import MeetingInfo
from minutes_nlp.nlp.pipeline import analyse

_EARLIER = ("Borovské centrum sociálních služeb, z. ú. (dále jen „BCSS“) připravuje šetření. Byl představen "
            "harmonogram Místního akčního plánu Borovska (dále jen „MAPB“). Ministerstvo kultury (dále též „MKU“) "
            "se omluvilo.")


@pytest.mark.parametrize(("abbr", "full"), [
    ("BCSS", "Borovské centrum sociálních služeb, z. ú."),
    ("MAPB", None),
    ("MKU", "Ministerstvo kultury"),
])
def test_definitions(abbr: str, full: str | None) -> None:
    assert definitions([_EARLIER], "cs")[abbr] == full


def _found(text: str) -> dict[str, Acc]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    b.add(BlockKind.PARAGRAPH, text)
    found: dict[str, Acc] = {}
    series_defined(analyse(b.build(), "cs"), "cs", set(), found, lambda: [_EARLIER])
    return found


def test_body_defined_earlier_is_reported_with_its_name() -> None:
    found = _found("Program byl rozšířen na žádost BCSS o bod Sociální bydlení.")
    assert found["act:bcss"].full_name == "Borovské centrum sociálních služeb, z. ú."


@pytest.mark.parametrize(("previous", "present"), [(None, True), (lambda: [_EARLIER], False)])
def test_document_defined_earlier_is_no_body(previous: Callable[[], list[str]] | None, present: bool) -> None:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    b.add(BlockKind.PARAGRAPH, "U devíti projektů dochází k překryvu s MAPB.")
    analyses = analyse(b.build(), "cs")
    raw = people.raw_mentions(analyses, "cs", MeetingInfo())
    names = {o.name for o in extract_institutions(analyses, "cs", MeetingInfo(), raw, previous)}
    assert ("MAPB" in names) is present


@pytest.mark.parametrize(("text", "abbr", "full"), [
    ("Present: Ann Hale – Head of Operations South, Oakmere Ambulance Service NHS Trust (OAS).", "OAS",
     "Oakmere Ambulance Service NHS Trust"),
    ("the joint report of the Brayton Housing Association (BHA) was noted", "BHA", "Brayton Housing Association"),
])
def test_initials_in_brackets_define_a_body(text: str, abbr: str, full: str) -> None:
    assert definitions([text], "en")[abbr] == full


@pytest.mark.parametrize("text", [
    "The Treasury Management Strategy (TMS) was approved.",
    "Ann Hale – Head of Operations South (HOS) attended.",
])
def test_brackets_after_no_body_define_nothing(text: str) -> None:
    assert definitions([text], "en") == {}
