"""Questions and the actions that answer them: an answer read as a reported action, a deferred answer done.

Post-passes over the states of a whole series (follow.py): an item extracted both as a question and as a
reported action is the question's answer; the promise right after a question in its paragraph ("the Clerk
will respond in writing") answers it once a later meeting reports it done.
"""

from __future__ import annotations

from dataclasses import replace

from minutes_nlp.tracker.model import OPEN, ItemState, TrackedItem


def answers_read_as_reports(states: dict[str, ItemState], items: list[TrackedItem]) -> None:
    """A reported "action" that is the very sentence of a question ("Na dotaz paní K., zda ..., ředitelka
    odpověděla, že kroužek byl obnoven") is that question's answer, not a second item: it shows the question."""
    questions: dict[tuple[int, int | None, int | None], TrackedItem] = {
        (i.meeting_index, i.block, i.start): i for i in items if i.kind == "question" and i.start is not None}
    for item in items:
        st = states[item.id]
        q = questions.get((item.meeting_index, item.block, item.start))
        if item.kind == "action" and item.reported_status and q and st.status != "report" \
                and (st.status not in OPEN or not st.evidence):  # the answer, though read as a promise
            st.status, st.same_as = "report", q.id


def answered_by_deferred_actions(states: dict[str, ItemState], items: list[TrackedItem]) -> None:
    """ "X asked whether ... County Cllr Mabey said she would raise it with Highways and report back": the action
    right after an unanswered question in its paragraph is its deferred answer. Once a later meeting reports it
    done, the question is answered by that report; once a review line drops the action ("Closed – no longer
    needed"), the question stays unanswered, whatever later sentence touched its topic. (A narrative "the
    application had been withdrawn" may be the very answer: it does not reopen the question.)"""
    actions = sorted((i for i in items if i.kind == "action" and i.start is not None), key=lambda i: i.start or 0)
    for q in items:
        st = states[q.id]
        if q.kind != "question" or q.answered or q.start is None:
            continue
        after = next((a for a in actions if a.meeting_index == q.meeting_index and a.block == q.block
                      and (a.start or 0) > q.start), None)
        deferred = states[after.id] if after and not after.reported_status else None  # a promise, not a report
        if deferred is None or not deferred.evidence:
            continue
        e = deferred.evidence[-1]
        if deferred.status == "done" and e.status == "done" and st.status in OPEN:
            st.evidence.append(replace(e, item_id=q.id, status="answered", method="link:deferred-answer"))
            st.status, st.last_meeting = "answered", e.meeting_id
        elif deferred.status == "cancelled" and st.status == "answered" and (e.source_item or "\t" in e.text):
            st.evidence.append(replace(e, item_id=q.id, status="open", method="link:deferred-answer-dropped"))
            st.status = "open"
