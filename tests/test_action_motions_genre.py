"""Genre inventory of the tasks English motion-style minutes set (Canadian, US, UK, Australian and New Zealand
councils and standing committees), for extract/action_motions.py.

Written from knowledge of how such minutes word a task: a carried motion directing, requesting or authorising
staff or an officer ("THAT staff be directed to ...", "THAT Council direct the ... to", "BE IT RESOLVED THAT
the Clerk be requested to ...", "That Council request the General Manager to ..."), a referral back to staff
or an officer for a report, an officer reporting that staff will act, an undertaking given in answer to an
inquiry, a notice of motion, a report announced for a later meeting. Names and sentences are invented; nothing
is taken from the development corpus. Conventions (corpus/FORMAT.md): "staff" alone gives no owner; a role
the attendance list gives a person is that person; a motion that only recommends to another body, a signing
authority and a referral to another body set no task.
"""

from __future__ import annotations

import pytest
from items_support import doc_from_lines, entities_with_roles

from minutes_nlp.document import Source
from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import Action, MeetingInfo

ROSTER: dict[str, tuple[list[str], str | None]] = {
    "Helen Ward": (["Ms. Ward", "Ms Ward"], "Chief Administrative Officer"),
    "Raj Patel": (["Mr. Patel", "Mr Patel", "R. Patel"], "Director of Finance"),
    "Grace Lee": (["Ms. Lee"], "Clerk"),
    "Mark Dube": (["Mr. Dube", "M. Dube"], "Director of Public Works"),
    "Anna Kowal": (["Ms. Kowal"], "Chief Executive"),
    "Paul Nguyen": (["Mr. Nguyen"], "General Manager"),
    "Tom Brennan": (["Councillor Brennan", "Cllr Brennan", "Councilmember Brennan"], None),
}


def _actions(lines: list[str]) -> list[Action]:
    doc = doc_from_lines(*lines)
    acts = extract_items(doc, "en", MeetingInfo(date="2025-03-04"), [], entities_with_roles(doc, ROSTER)).actions
    return [a for a in acts if a.status is None]


# (lines, owner, due kind or ISO date or None when no deadline is written)
MOTIONS = [
    # directions to staff in the motion text: no owner (FORMAT.md), the deadline it sets
    (["THAT staff be directed to prepare a report on options for a sidewalk snow-clearing program."], None, None),
    (["THAT Council direct staff to report back on the feasibility of a leash-free dog park by June 30, 2025."],
     None, "2025-06-30"),
    (["THAT Report FIN-2025-12 be received; and THAT staff be directed to consult the business community and "
      "report back by September 30, 2025."], None, "2025-09-30"),
    (["NOW THEREFORE BE IT RESOLVED THAT staff be directed to investigate speed cushions on Elm Street."], None,
     None),
    (["THAT staff be authorized to issue a request for proposals for the arena roof replacement."], None, None),
    (["THAT the Committee direct staff to bring forward a draft by-law at the next meeting."], None,
     "next_meeting"),
    (["THAT administration be directed to prepare a policy on the use of drones in municipal parks."], None, None),
    (["That officers be asked to investigate the feasibility of a residents' parking scheme."], None, None),
    (["It was the consensus of Council to direct staff to research a regional transit partnership."], None, None),
    # directions to an officer the attendance list names
    (["RESOLVED, that the General Manager is hereby authorized and directed to solicit bids for the roof repair."],
     "Paul Nguyen", None),
    (["THAT the Director of Finance be directed to prepare a draft 2026 operating budget."], "Raj Patel", None),
    (["THAT the Chief Administrative Officer be requested to meet with the school board on shared use of the "
      "fields."], "Helen Ward", None),
    (["BE IT RESOLVED THAT the Clerk be requested to write to the Minister of Transportation about the bridge."],
     "Grace Lee", None),
    (["That Council request the General Manager to prepare a report on the feasibility of a community garden."],
     "Paul Nguyen", None),
    (["That the Chief Executive be delegated to finalise the submission on the draft regional plan."],
     "Anna Kowal", None),
    (["THAT Council direct the Director of Public Works to review the parking restrictions on Main Street."],
     "Mark Dube", None),
    # referrals back to staff or an officer for a report
    (["THAT the matter be referred back to staff for a report on the cost of the options."], None, None),
    (["THAT the correspondence be referred to staff to review and report back with a recommendation."], None,
     None),
    (["THAT the request be referred to the Director of Public Works for a report back to Committee."],
     "Mark Dube", None),
    # an officer reports that staff will act: the officer answers for it
    (["The Director of Public Works advised that staff will install the new signage in the spring."], "Mark Dube",
     "2025-05-31"),
    (["Ms. Ward indicated that staff would meet with the residents before the next meeting."], "Helen Ward",
     "next_meeting"),
    # undertakings in answer to an inquiry
    (["The Director of Finance undertook to include the reserve balances in the next quarterly report."],
     "Raj Patel", None),
    (["Mr. Dube gave an undertaking to include the culvert in the capital forecast."], "Mark Dube", None),
    # notices of motion
    (["Councillor Brennan gave notice that he will introduce a motion at the next meeting respecting a tree "
      "canopy target."], "Tom Brennan", "next_meeting"),
    (["Councillor Brennan gave notice of motion respecting short-term rental licensing."], "Tom Brennan", None),
    # the subjunctive of a motion, and direction given to staff
    (["THAT staff report back on the cost of a crossing guard at Elm Street."], None, None),
    (["THAT the Director of Finance report back on the reserve balances at the next meeting."], "Raj Patel",
     "next_meeting"),
    (["Direction was given to staff to prepare a report on parking fees."], None, None),
    (["Council gave direction to the General Manager to negotiate a new lease with the curling club."],
     "Paul Nguyen", None),
    # an answer deferred with a promise to give it
    (["Ms. Ward stated that she would confirm this in writing to members."], "Helen Ward", None),
    (["Mr. Patel replied that he would provide the figures to Council."], "Raj Patel", None),
    # a named officer will run something
    (["Mr. Dube will launch the online survey by the end of the month."], "Mark Dube", "2025-03-31"),
    (["The Clerk will host an information session for candidates."], "Grace Lee", None),
    # an officer announces the consultation event staff will hold by a deadline
    (["Ms. Ward advised that a public open house would be held by the end of April."], "Helen Ward",
     "2025-04-30"),
    # a report announced for a later meeting, after the officer's report
    (["Mr. Dube reported that the tenders close on Friday. A report on the award will come to the next meeting."],
     "Mark Dube", "next_meeting"),
]


@pytest.mark.parametrize(("lines", "owner", "due"), MOTIONS)
def test_motion_sets_a_task(lines: list[str], owner: str | None, due: str | None) -> None:
    acts = _actions(lines)
    assert len(acts) == 1, [a.text for a in acts]
    assert acts[0].owner == owner
    got = acts[0].due
    assert (got.kind if due == "next_meeting" else got.iso) == due if got is not None else due is None


NOT_TASKS = [
    # a recommendation to another body directs nobody yet
    ["THAT the Committee recommend to Council that staff be directed to prepare the implementing by-law."],
    # a signing authority
    ["THAT the Mayor and Clerk be authorized to execute the agreement with the County."],
    ["THAT the Mayor and Clerk be authorized to sign the by-law."],
    # receipt, referral to another body, reports of what was done
    ["THAT the report be received for information."],
    ["THAT the matter be referred to the Finance Committee for consideration."],
    ["The Director of Public Works advised that staff had completed the culvert repairs."],
    ["Staff were thanked for their work on the budget."],
    ["THAT the minutes of the meeting held on February 4, 2025 be adopted as circulated."],
    # a member's request or an officer's report of routine is no motion; an event held on a day is arranged
    ["Councillor Brennan requested that staff investigate options for an anti-idling by-law."],
    ["The Director of Public Works advised that staff review the permits annually."],
    ["Ms. Ward advised that the public open house will be held on March 26, 2025 at the library."],
    # "spoke to" an item: addressed it (North American usage)
    ["Councillor Brennan spoke to the motion and asked members to support it."],
    ["Mr. Dube spoke to Report PW-2025-03 on behalf of the applicant."],
    ["The delegation spoke in opposition to the proposed rezoning application."],
]


@pytest.mark.parametrize("lines", NOT_TASKS)
def test_not_a_task(lines: list[str]) -> None:
    assert [a.text for a in _actions(lines)] == []


# A closing "Action Items" table (No. | Action | Lead | Due) restates the body's tasks in a few words: one task
# each, the body sentence its source, the owner and deadline the row adds; a row no body sentence states
# stays a task of its own.
_BODY = ["The Director of Finance undertook to report back at the next meeting.",
         "Staff will bring the draft by-law to the Council meeting of June 10, 2025.",
         "Staff were directed to report back on options for a dog park.",
         "The Director of Public Works advised that the tender would be issued by the end of June."]
_HEAD = ["", "## Action Items", "", "| No. | Action | Lead | Due |", "|---|---|---|---|"]

CLOSING_TABLES = [
    # the same lead and deadline, in other words
    ([_BODY[0]], ["| 1 | Reserve balances report | R. Patel | Next meeting |"], [("Raj Patel", _BODY[0])]),
    ([_BODY[3]], ["| 1 | Issue the arena roof tender | M. Dube | End of June 2025 |"], [("Mark Dube", _BODY[3])]),
    # the same deadline and words; the body names no owner
    ([_BODY[1]], ["| 2 | Draft by-law to Council | M. Dube | June 10, 2025 |"], [("Mark Dube", _BODY[1])]),
    # no deadline: every word of the row is in the body sentence
    ([_BODY[2]], ["| 3 | Options for a dog park | M. Dube | TBD |"], [("Mark Dube", _BODY[2])]),
    # a row no body sentence states stays a task
    ([_BODY[0]], ["| 1 | Reserve balances report | R. Patel | Next meeting |",
                  "| 2 | Tender the arena roof replacement | M. Dube | June 30, 2025 |"],
     [("Raj Patel", _BODY[0]), ("Mark Dube", "Tender the arena roof replacement")]),
    # the same lead and deadline but no word in common: another task (the next meeting's date is no task)
    (["The next meeting will be held on June 30, 2025.", _BODY[3]],
     ["| 1 | Confirm the hall booking | M. Dube | June 30, 2025 |"],
     [("Mark Dube", _BODY[3]), ("Mark Dube", "Confirm the hall booking")]),
    # two body tasks of the same lead and deadline: the row says which one only by its words
    ([_BODY[0], "Mr. Patel will circulate the audit plan before the next meeting."],
     ["| 1 | Audit plan | R. Patel | Next meeting |"],
     [("Raj Patel", _BODY[0]), ("Raj Patel", "Mr. Patel will circulate the audit plan before the next meeting.")]),
]


@pytest.mark.parametrize(("body", "rows", "expected"), CLOSING_TABLES)
def test_closing_table_restates_body_tasks(body: list[str], rows: list[str],
                                           expected: list[tuple[str, str]]) -> None:
    from minutes_nlp.loaders.markdown import load_markdown

    doc = load_markdown("\n\n".join(["# Minutes", *body]) + "\n" + "\n".join(_HEAD + rows) + "\n",
                        Source("t.md", "0", "md"))
    acts = [a for a in extract_items(doc, "en", MeetingInfo(date="2025-03-04"), [],
                                     entities_with_roles(doc, ROSTER)).actions if a.status is None]
    assert [(a.owner, a.text.split("\t")[1] if "\t" in a.text else a.text) for a in acts] == expected
