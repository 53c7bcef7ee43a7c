"""A local authority's service named alone as the body that acts ("Highways had declined", "apply to Highways")."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.result import MeetingInfo


def _names(text: str) -> set[str]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    b.add(BlockKind.PARAGRAPH, text)
    return {o.name for o in extract_entities(b.build(), "en", MeetingInfo(), ()).institutions}


@pytest.mark.parametrize(("text", "name"), [
    ("The written report stated that Highways had declined the request for a sign on Elm Lane.", "Highways"),
    ("It was agreed that the Clerk would apply to Highways for a weight limit plate.", "Highways"),
    ("The Clerk reported the dog fouling to Environmental Health on 3rd May.", "Environmental Health"),
])
def test_service_acting_alone(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "The Highways officer visited the site on Elm Lane.",
    "Members discussed Highways matters at length.",
    "A letter was sent to Bramley County Council Highways about the gully.",
])
def test_service_not_alone_or_not_acting(text: str) -> None:
    assert "Highways" not in _names(text)
