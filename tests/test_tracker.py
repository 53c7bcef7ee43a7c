"""The follow-up tracker on small series built by hand: reports, repeats, carry-overs and deadlines."""

from __future__ import annotations

import pytest

from minutes_nlp.tracker.follow import MeetingSlot, TrackedItem, follow_series, normalise_status, with_overdue

MEETINGS = [MeetingSlot(0, 10, "2021-01-10"), MeetingSlot(1, 11, "2021-03-10"), MeetingSlot(2, 12, "2021-06-10")]


def _status(items: list[TrackedItem]) -> dict[str, tuple[str, int]]:
    return {t.item_id: (t.status, t.carried_over) for t in follow_series(MEETINGS, items)}


@pytest.mark.parametrize(("raw", "expected"), [
    ("splněno", "done"), ("Úkol trvá", "carried_over"), ("zrušen", "cancelled"),
    ("termín posunut na 30. 6.", "postponed"), ("Done.", "done"), ("ongoing", "carried_over"),
    ("dropped by the committee", "cancelled"), ("deferred to May", "postponed"), (None, None), ("", None),
])
def test_normalise_status(raw: str | None, expected: str | None) -> None:
    assert normalise_status(raw) == expected


def test_report_by_task_number_closes_action() -> None:
    items = [
        TrackedItem("A1", "action", 0, "Sekretariát rozešle podklady členům PS.", "MMR", "2021-02-28",
                    task_number="1/2021"),
        TrackedItem("R1", "action", 1, "Úkol č. 1/2021 – splněno.", None, reported_status="splněno",
                    refers_to="1/2021"),
    ]
    assert _status(items) == {"A1": ("done", 0), "R1": ("report", 0)}


def test_carried_over_twice_then_done_with_evidence() -> None:
    items = [
        TrackedItem("A1", "action", 0, "MPO připraví analýzu pokrytí sítěmi 5G v obcích.", "MPO", "2021-02-28"),
        TrackedItem("R1", "action", 1, "Analýza pokrytí sítěmi 5G v obcích – trvá.", "MPO", reported_status="trvá"),
        TrackedItem("R2", "action", 2, "Analýza pokrytí sítěmi 5G v obcích – splněno.", "MPO",
                    reported_status="splněno"),
    ]
    tracked = {t.item_id: t for t in follow_series(MEETINGS, items)}
    assert (tracked["A1"].status, tracked["A1"].carried_over) == ("done", 1)
    assert [e.status for e in tracked["A1"].evidence] == ["carried_over", "done"]
    assert tracked["A1"].evidence[-1].meeting_id == 12


def test_unrelated_report_does_not_close_action() -> None:
    items = [
        TrackedItem("A1", "action", 0, "MPO připraví analýzu pokrytí sítěmi 5G v obcích.", "MPO"),
        TrackedItem("R1", "action", 1, "Úprava webových stránek skupiny – splněno.", "MMR", reported_status="splněno"),
    ]
    assert _status(items)["A1"] == ("open", 0)


def test_postponed_moves_deadline_and_counts_as_carried_over() -> None:
    items = [
        TrackedItem("A1", "action", 0, "Obec podá žádost o dotaci na chodník.", "Obec", "2021-02-01"),
        TrackedItem("R1", "action", 1, "Žádost o dotaci na chodník – termín posunut.", "Obec", "2021-05-31",
                    reported_status="termín posunut"),
    ]
    tracked = {t.item_id: t for t in follow_series(MEETINGS, items)}
    assert (tracked["A1"].status, tracked["A1"].carried_over, tracked["A1"].due) == ("carried_over", 1, "2021-05-31")


def test_next_meeting_deadline_resolves_to_next_meeting_date() -> None:
    items = [TrackedItem("A1", "action", 0, "p. Novák připraví návrh rozpočtu.", "Novák", None, "next_meeting")]
    assert follow_series(MEETINGS, items)[0].due == "2021-03-10"


def test_question_answered_later() -> None:
    items = [
        TrackedItem("Q1", "question", 0, "Dotaz na termín opravy mostu v obci Lhota.", None, answered=False),
        TrackedItem("Q2", "question", 1, "Dotaz na termín opravy mostu v obci Lhota – oprava bude v květnu.",
                    None, answered=True),
    ]
    assert _status(items)["Q1"] == ("answered", 0)


@pytest.mark.parametrize(("status", "due", "as_of", "expected"), [
    ("open", "2021-01-31", "2021-02-01", "overdue"), ("open", "2021-01-31", "2021-01-31", "open"),
    ("carried_over", "2021-01-31", "2022-01-01", "overdue"), ("done", "2021-01-31", "2022-01-01", "done"),
    ("open", None, "2022-01-01", "open"),
])
def test_overdue_is_judged_on_the_day_asked(status: str, due: str | None, as_of: str, expected: str) -> None:
    assert with_overdue(status, due, as_of) == expected
