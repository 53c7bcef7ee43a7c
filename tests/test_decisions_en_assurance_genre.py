"""Decisions of English board and committee minutes (NHS trusts, charities, housing associations, universities,
UK councils), written from the genre, not from the corpus: a committee's own capitalised decision verbs ("The
Committee APPROVED / RATIFIED / ENDORSED ... for approval by the Board"), the body named by the document's title
line when the series was read as its parent trust, the approval of minutes with a correction ("should read"),
and the look-alikes that decide nothing: "carried out / forward / over", a decision word inside an indirect
question, receiving or noting a report."""

from __future__ import annotations

import pytest
from docbuild import blocks_doc, heading, para
from items_support import doc_from_lines, entities_for

from minutes_nlp.document import Document
from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import Decision, MeetingInfo


def _decisions(doc: Document, meeting: MeetingInfo | None = None) -> list[Decision]:
    return extract_items(doc, "en", meeting or MeetingInfo(), [], entities_for(doc, {})).decisions


def _one(line: str) -> list[Decision]:
    return list(_decisions(doc_from_lines(line)))


@pytest.mark.parametrize("line", [
    "The Committee APPROVED the revised terms of reference.",
    "The Board RATIFIED the decision taken by Chair's action on 3 March.",
    "The Committee ENDORSED the annual report for approval by the Board.",
    "The Committee SUPPORTED the business case for submission to NHS England.",
    "The Committee RECOMMENDED the annual accounts to the Board for approval.",
    "The Committee endorsed the draft strategy for onward submission to the Council of Governors.",
    "The Committee endorsed the Board Assurance Framework for final approval by the Board of Directors, "
    "subject to the changes agreed.",
    "The Panel supported the revised scheme of delegation for ratification by the Trustees.",
    "The Committee AGREED to escalate the staffing position to the Board.",
    "The Board APPROVED the policy subject to the amendments discussed.",
])
def test_a_committees_own_decision_verb_is_a_decision(line: str) -> None:
    assert [d.adopted for d in _one(line)] == [True]


@pytest.mark.parametrize("line", [
    "The minutes of the meeting held on 12 March were APPROVED as a correct record, subject to one amendment: "
    "the figure in item 4 should read 82%.",
    "The minutes were approved as an accurate record subject to the following amendment: page 2, paragraph 3 "
    "should have read \"six weeks\".",
    "The minutes were agreed as a true record, with the correction that the date in item 7 should read 14 May.",
    "The minutes of the last meeting were approved, subject to the attendance list, which should have shown "
    "Cllr Price as present.",
])
def test_minutes_approved_with_a_correction_are_a_decision(line: str) -> None:
    assert [d.adopted for d in _one(line)] == [True]


@pytest.mark.parametrize("line", [
    "The audit found that the checks had not been carried out on two wards.",
    "She asked what checks were carried out before agency staff started.",
    "Action 12 was carried forward to the next meeting.",
    "Carried forward.",
    "Carried forward to July.",
    "The work was carried over from last year.",
    "The inspections were carried through as planned.",
    "Cllr Jones asked whether the grant had been approved.",
    "He asked whether the application was approved by the planning authority.",
    "Members asked why the policy was adopted without consultation.",
    "A governor queried how the budget was agreed with the academy trust.",
    "The Committee RECEIVED the report and took reasonable assurance.",
    "The Committee NOTED the update.",
])
def test_phrasal_verbs_questions_and_noting_decide_nothing(line: str) -> None:
    assert _one(line) == [], line


@pytest.mark.parametrize("line", [
    "The Chair asked whether members were content to approve the minutes; this was agreed.",
    "The motion was carried unanimously.",
])
def test_an_outcome_after_the_question_is_still_a_decision(line: str) -> None:
    assert [d.adopted for d in _one(line)] == [True]


@pytest.mark.parametrize(("title", "series"), [
    ("Northvale Hospitals NHS Foundation Trust: Quality and Safety Committee",
     "Northvale Hospitals NHS Foundation Trust"),
    ("Riverside Homes Limited – Audit and Risk Committee", "Riverside Homes Limited"),
    ("University of Eastbridge Finance Committee", "University of Eastbridge"),
])
def test_the_title_line_names_the_committee_when_the_series_is_its_parent(title: str, series: str) -> None:
    doc = blocks_doc(heading(title), para("Minutes of the meeting held on 22 May 2025"),
                     heading("1. Policies"), para("The Committee APPROVED the Consent Policy (version 7)."))
    meeting = MeetingInfo(series=series, title="Minutes of the meeting held on 22 May 2025", body_type="board")
    assert [d.text for d in _decisions(doc, meeting)] == ["The Committee APPROVED the Consent Policy (version 7)."]


def test_another_body_named_in_the_title_line_is_still_another_body() -> None:
    doc = blocks_doc(heading("Northvale Hospitals NHS Foundation Trust: Quality Committee"), heading("1. Updates"),
                     para("The County Council approved the new parking scheme at the hospital."))
    meeting = MeetingInfo(series="Northvale Hospitals NHS Foundation Trust", body_type="board")
    assert list(_decisions(doc, meeting)) == []


@pytest.mark.parametrize("head", [
    "RESOLVED:",
    "RESOLVED – that the Board:",
    "The Board RESOLVED to:",
    "The Committee RESOLVED that:",
    "It was RESOLVED that:",
    "The Trust Board AGREED:",
    "Governors agreed that:",
])
def test_each_line_under_a_resolved_lead_in_is_a_decision(head: str) -> None:
    doc = doc_from_lines(head, "- approve the annual report and accounts for 2024/25;",
                         "- delegate authority to the Audit Committee to approve the letter of representation.")
    assert [d.text[:7] for d in _decisions(doc)] == ["approve", "delegat"]


@pytest.mark.parametrize("line", [
    "The Board gave its support to the proposed collaboration with the ICB.",
    "The Committee gave its full backing to the recovery plan.",
    "The Board APPROVED the proposed budget for 2025/26.",
])
def test_support_given_by_the_body_is_an_adopted_decision(line: str) -> None:
    assert [d.adopted for d in _one(line)] == [True]


@pytest.mark.parametrize("line", [
    "Cllr Jones gave his support to the scheme.",
    "Residents gave their support to the proposal.",
])
def test_support_given_by_someone_is_no_decision(line: str) -> None:
    assert _one(line) == []
