"""Round 13 inventory, from knowledge of real minutes, of two things the tracker needs across a series:

- one body named differently from meeting to meeting with a qualifier inside and a meeting word after it
  ("Riverside Food Network" and "Riverside Regional Food Network Coordination Meeting"): the same folder's series;
  peer bodies that differ in a word the other lacks stay apart;
- a review table that numbers its rows afresh and shortens each task to its object ("| 2 | Translate the leaflet
  into Polish (12/03) | PL | Done |"): the row reports on the open task whose words cover its task cell, not on
  the task that happens to carry its running number. Rows numbered as the tasks were ("3/6") and rows of a
  task-control list without numbers are linked as before.
Names and sentences are invented.
"""

from __future__ import annotations

import pytest

from minutes_nlp.store.folder_ties import ties
from minutes_nlp.tracker.follow import MeetingSlot, TrackedItem, follow_series
from minutes_nlp.tracker.row_links import task_cell


@pytest.mark.parametrize(("a", "b", "lang"), [
    ("Riverside Food Network", "Riverside Regional Food Network Coordination Meeting", "en"),
    ("Kestrel Shelter Cluster", "Kestrel Sub-national Shelter Cluster Coordination Meeting", "en"),
    ("Northfield Health Partnership", "Northfield Community Health Partnership Meeting", "en"),
])
def test_a_name_framed_by_a_qualifier_and_a_meeting_word_is_the_same_body(a: str, b: str, lang: str) -> None:
    assert ties(a, b, lang) and ties(b, a, lang)


@pytest.mark.parametrize(("a", "b", "lang"), [
    ("Kestrel Finance Committee", "Kestrel Audit Committee", "en"),
    ("Kestrel Town Council", "Kestrel Town Council Planning Committee", "en"),
    ("Riverside Food Network", "Riverside Housing Network Coordination Meeting", "en"),
    ("Kestrel Health Cluster", "Kestrel Shelter Cluster Coordination Meeting", "en"),
])
def test_peer_bodies_are_not_tied(a: str, b: str, lang: str) -> None:
    assert not ties(a, b, lang)


@pytest.mark.parametrize(("row", "cell"), [
    ("2\tTranslate the leaflet into Polish (12/03)\tPL\t21/03/2025\tDone", "Translate the leaflet into Polish"),
    ("3/6\tředitel TS\tzrušeno", None),  # numbered as the task was: its number links it
    ("Oprava střechy nad vchodem\tP. Novák\tsplněno", None),  # a control list without running numbers
    ("The Clerk will write to the council.", None),
])
def test_the_task_cell_of_a_renumbered_review_row(row: str, cell: str | None) -> None:
    assert task_cell(row) == cell


EN2 = [MeetingSlot(0, 10, "2025-03-12", language="en"), MeetingSlot(1, 11, "2025-04-16", language="en")]


def _row(text: str, status: str, number: str) -> TrackedItem:
    return TrackedItem("R1", "action", 1, text, None, None, task_number=number, reported_status=status,
                       refers_to=number)


@pytest.mark.parametrize(("row", "expected"), [
    # the row's running number is another task's; its words are the translation's
    (_row("2\tTranslate the leaflet into Polish (12/03)\tPL\t21/03/2025\tDone – shared on 02/04", "done", "2"),
     {"A1": "done", "A2": "open"}),
    (_row("1\tCirculate the revised map (12/03)\tIMO\t14/03/2025\tDropped – superseded", "cancelled", "1"),
     {"A1": "open", "A2": "cancelled"}),
])
def test_a_renumbered_review_row_reports_on_the_task_it_names(row: TrackedItem, expected: dict[str, str]) -> None:
    a1 = TrackedItem("A1", "action", 0, "PL will translate the leaflet into Polish and share it with partners.",
                     "Peter Lane", "2025-05-30")
    a2 = TrackedItem("A2", "action", 0, "The IMO will circulate the revised gap map to all partners.", "Ian Moss",
                     "2025-05-30", task_number="2")
    a1 = TrackedItem(a1.id, a1.kind, a1.meeting_index, a1.text, a1.owner, a1.due, task_number="1")
    got = {t.item_id: t.status for t in follow_series(EN2, [a1, a2, row])}
    assert {k: got[k] for k in expected} == expected
