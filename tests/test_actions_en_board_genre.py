"""Actions of English NHS trust, charity and company board minutes, written from the genre (names and sentences
invented, nothing from the corpus): an executive named by role only ("The Chief Nurse said that she would
circulate ...", "ACTION: Chief Pharmacist") is the member the attendance list gives that role; "Deputy COO"
is the deputy, never the COO; "to the Committee in March" names the body's March meeting (the next meeting);
a bracketed acronym inside the task's object ("the Perinatal Mortality Review Tool (PMRT) report") does not
cut the task's clause off from its deadline."""

from __future__ import annotations

import datetime as dt

import pytest
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract import dates
from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import Action, MeetingInfo

_ROSTER = {
    "Joanne Whitby": "Chief Nurse",
    "Andrew Okoye": "Medical Director",
    "Owen Treloar": "Chief Pharmacist",
    "Abigail Rowe": "Director of Midwifery",
    "Priya Nandra": "General Counsel",
    "Colin Marsh": "Freedom to Speak Up Guardian",
    "Rachel Dunn": "Chief Operating Officer",
    "Tom Hale": "Deputy Chief Operating Officer",
    "Carol Ashby": "Deputy Chief Nurse",
}


def _actions(*body: str) -> list[Action]:
    listed = [f"- {name} ({''.join(w[0] for w in name.split())}), {role}" for name, role in _ROSTER.items()]
    doc = doc_from_lines("Members present:", *listed, "1. Quality report", *body)
    ents = entities_for(doc, {name: [name] for name in _ROSTER})
    meeting = MeetingInfo(date="2025-01-23")
    return list(extract_items(doc, "en", meeting, [], ents).actions)


@pytest.mark.parametrize(("sentence", "owner"), [
    ("The Chief Nurse said that she would circulate a note on the checks before the next meeting.", "Joanne Whitby"),
    ("The Chief Nurse said that the data would be circulated to members by the end of the month.", "Joanne Whitby"),
    ("The Chief Pharmacist would report the outcome of the audit to the next meeting.", "Owen Treloar"),
    ("The Director of Midwifery agreed to bring the maternity dashboard to the March meeting.", "Abigail Rowe"),
    ("General Counsel to circulate the revised scheme of delegation by 28 February.", "Priya Nandra"),
    ("The Freedom to Speak Up Guardian would present the annual report to the next meeting.", "Colin Marsh"),
    ("The Deputy Chief Nurse will circulate the safer staffing review by 31 March.", "Carol Ashby"),
])
def test_an_executive_named_by_role_is_the_listed_holder(sentence: str, owner: str) -> None:
    assert [a.owner for a in _actions(sentence)] == [owner]


@pytest.mark.parametrize(("line", "owner"), [
    ("Deputy COO to present the revised policy at the next meeting.", "Tom Hale"),
    ("COO to present the winter plan at the next meeting.", "Rachel Dunn"),
])
def test_a_deputy_before_an_acronym_is_the_deputy(line: str, owner: str) -> None:
    assert [a.owner for a in _actions(line)] == [owner]


def test_a_deputy_nobody_is_listed_as_is_not_the_holder() -> None:
    owners = [a.owner for a in _actions("Deputy MD to present the mortality review at the next meeting.")]
    assert "Andrew Okoye" not in owners


_REF = dt.date(2025, 1, 23)


@pytest.mark.parametrize("sentence", [
    "The Medical Director would present the findings to the Committee in March.",
    "Officers will report back to Cabinet in June.",
    "The Director of Finance will bring the revised plan back to the Board in April.",
    "The Clerk will report to Full Council in May.",
    "The strategy would come back before the Trustees in September.",
    "The Registrar will present the data to Senate in June.",
])
def test_the_body_in_a_month_is_its_next_meeting(sentence: str) -> None:
    due = dates.parse_due(sentence, "en", _REF)
    assert due is not None and due.kind == "next_meeting", due


@pytest.mark.parametrize("sentence", [
    "The contractor will start on site in March.",
    "The board in the reception area will be replaced in March.",
])
def test_a_month_without_the_body_is_a_plain_window(sentence: str) -> None:
    due = dates.parse_due(sentence, "en", _REF)
    assert due is not None and due.kind != "next_meeting", due


@pytest.mark.parametrize("sentence", [
    "Action: AR to present the Q4 2024/25 Perinatal Mortality Review Tool (PMRT) report to the March meeting.",
    "Action: JW to share the Care Quality Commission (CQC) action plan at the March meeting.",
    "Action: AO to present the Learning from Deaths (LfD) quarterly report to the March meeting.",
])
def test_a_bracketed_acronym_does_not_cut_the_task_from_its_deadline(sentence: str) -> None:
    found = _actions(sentence)
    assert len(found) == 1 and found[0].due is not None and found[0].due.kind == "next_meeting", found


def _lines_actions(*lines: str) -> list[Action]:
    doc = doc_from_lines(*lines)
    ents = entities_for(doc, {"Jane Booth": ["JB", "Jane Booth"], "Martin Grant": ["Ms. Grant", "Martin Grant"]})
    return list(extract_items(doc, "en", MeetingInfo(date="2025-02-10"), [], ents).actions)


@pytest.mark.parametrize("line", [
    "The budget workshop is scheduled for March 18.",
    "It was agreed that the first General Assembly, combined with the third Steering Committee meeting, will take "
    "place in Lisbon on 14 October 2025.",
    "The AGM will be held on 12 June at the Village Hall.",
    "Ms. Grant reported that the annual town meeting will be held on Saturday, June 14, 2025.",
    "The Board away day has been arranged for 9 May at the Trust headquarters.",
    "The public hearing on the zoning amendment is scheduled for April 3.",
    "The handover will take place once the keys are returned.",
])
def test_an_event_on_the_calendar_is_no_task(line: str) -> None:
    assert _lines_actions(line) == []


@pytest.mark.parametrize("line", [
    "The Clerk advised that a public open house would be held by the end of March.",
    "The training session will take place on 3 May and the Clerk will circulate the joining details.",
    "The consultation event will be held on 4 April; JB to book the hall.",
    "The contractor will start on site on 3 March.",
    "The Clerk will arrange a meeting with the landowner by 30 April.",
])
def test_a_task_next_to_an_event_is_still_a_task(line: str) -> None:
    assert len(_lines_actions(line)) == 1


@pytest.mark.parametrize("line", [
    "Work on the roof will start on 24 July.",
    "Work on the KS1 roof will start on 24 July and should be finished before the autumn term.",
    "The resurfacing works are due to commence in March.",
    "Repairs to the boundary wall will be completed by 30 September.",
    "Construction of the new pavilion is expected to begin in May 2026.",
    "The refurbishment is scheduled to start on 2 June.",
])
def test_an_agentless_schedule_of_works_is_an_action(line: str) -> None:
    found = _lines_actions(line)
    assert len(found) == 1 and found[0].owner is None and found[0].due is not None, found


@pytest.mark.parametrize("lines", [
    ["Work on the strategy will continue."],
    ["The building works had started on 3 March."],
    ["Matters arising", "- Minute 8, pavilion roof: the roofer was instructed on 22 May. Work is due to start on "
     "4 August."],
])
def test_works_without_a_date_or_in_a_progress_report_are_no_new_action(lines: list[str]) -> None:
    assert [a for a in _lines_actions(*lines) if "Work" in a.text] == []


@pytest.mark.parametrize(("line", "owner"), [
    ("JB will come back to the Board with options in September.", "Jane Booth"),
    ("JB would come back to the Committee on the capital programme at the next meeting.", "Jane Booth"),
    ("JB agreed to come back with costings by the end of May.", "Jane Booth"),
    ("JB will find a venue for the summer fair by the end of April.", "Jane Booth"),
])
def test_coming_back_with_something_and_finding_are_promises(line: str, owner: str) -> None:
    assert [a.owner for a in _lines_actions(line)] == [owner]


@pytest.mark.parametrize("line", [
    "The Chair said they would come back to this at the next meeting.",
    "We will come back to it later.",
    "Members would find it helpful to have the figures earlier.",
    "Members will find attached the revised terms of reference.",
])
def test_revisiting_a_matter_or_finding_it_useful_is_no_task(line: str) -> None:
    assert _lines_actions(line) == []
