"""The narrative pass: earlier open items that meeting m did not report on explicitly, followed in its text.

An item is followed by the meeting itself (a schedule item is done when the meeting is held), by its agenda (a
promised topic is covered or dropped) or by the sentence that best reports on it; when several items want one
sentence, claims.py decides. Split out of follow.py, which walks the meetings and calls `follow_meeting` once
for each.
"""

from __future__ import annotations

from minutes_nlp.tracker import cues
from minutes_nlp.tracker.claims import Judged, unclaimed
from minutes_nlp.tracker.item_search import MIN_SHARED, by_question, found_by_any, probe_of, with_reports
from minutes_nlp.tracker.keys import frozen_keys
from minutes_nlp.tracker.lines import heading, names_other_task, names_task, other_owners_row, title_line
from minutes_nlp.tracker.mention_filters import credible, without_promise_verb
from minutes_nlp.tracker.mentions import TASK_SCORE, MentionIndex, Probe, SentenceRef, task_key
from minutes_nlp.tracker.model import OPEN, ItemState, MeetingSlot, normalise_status
from minutes_nlp.tracker.pointers import points_elsewhere
from minutes_nlp.tracker.schedule import agenda_coverage, is_agenda_promise, is_schedule
from minutes_nlp.tracker.verdicts import Reported, judge, new_promise

MENTION_THRESHOLD = 0.2  # share of an item's specific content a later sentence must repeat (tuned on dev series)
NUMBERED_THRESHOLD = 0.4  # for tasks with a number: the series reports them by number
QUESTION_THRESHOLD = 0.25  # an answer shares a little more with its question (tuned on dev series)
LAST_WORD_KEYS = 2  # content words a cancellation after the news must share with the task to be about it
CUE_BONUS = 0.05  # preference for a sentence with a status cue over a bare mention scoring about the same
OWN_LINE_BONUS = 0.1  # preference for the owner's own line ("[ ] Dmitri: ...") over others' on the same topic
REVIEW_LINE_BONUS = 0.5  # a task-control line naming the task by its short name ("Podklady k hlasování per rollam –
# splněno") is the record of its state: it outranks a narrative sentence elsewhere sharing more of the item's words
REVIEW_LINE_FLOOR = 0.03  # a control line's short name shares few of a long item's words: found from this score,
# kept only when it names the task (lines.names_task)


def follow_meeting(states: list[ItemState], m: MeetingSlot, following: dict[int, int],
                   index: MentionIndex, reported: Reported) -> None:
    """Earlier open items not reported on explicitly in meeting m: the meeting itself, its agenda, its text."""
    ranked: list[tuple[ItemState, list[Judged]]] = []
    for st in states:
        judged = _follow_item(st, m, following, index, reported)
        if judged:
            ranked.append((st, judged))
    for st, judged in ranked:
        best = unclaimed(st, judged, ranked)
        if best is not None:
            _take(st, best, m, reported)


def _follow_item(st: ItemState, m: MeetingSlot, following: dict[int, int], index: MentionIndex,
                 reported: Reported) -> list[Judged]:
    """One earlier item in meeting m: settled by the meeting or its agenda at once, else the sentences on it."""
    if st.item.meeting_index < m.index and st.status == "carried_over" and st.last_meeting == m.meeting_id:
        _settled_by_number(st, m, index, reported)
    if st.item.meeting_index >= m.index or st.status not in OPEN or st.last_meeting == m.meeting_id:
        return []
    first_after = following.get(st.item.meeting_index) == m.index
    if st.item.kind == "action" and is_schedule(st.item.text, st.lang):
        if first_after:
            _meeting_held(st, m, index)
        return []
    if st.item.kind == "action" and first_after and is_agenda_promise(st.item.text, st.lang):
        _check_agenda(st, m, index)
        return []
    return _follow_text(st, m, index, reported)


def _meeting_held(st: ItemState, m: MeetingSlot, index: MentionIndex) -> None:
    """A scheduled meeting is done when the next meeting is held: its opening sentence is the evidence."""
    opening = next(iter(index.in_meeting(m.index)), None)
    st.mention("done", opening or SentenceRef(m.index, m.meeting_id, m.date or ""), "schedule:meeting-held", 1.0)


def _check_agenda(st: ItemState, m: MeetingSlot, index: MentionIndex) -> None:
    """Promised topics against the next meeting's agenda (its text when no agenda was extracted)."""
    agenda = m.agenda or tuple(index.in_meeting(m.index))
    covered, promised = agenda_coverage(st.item.text, agenda, st.lang)
    for ref in covered:
        st.mention("done", ref, f"agenda:covered {len(covered)}/{promised}", len(covered) / max(promised, 1))
    if len(covered) < promised:
        st.mention("dropped", SentenceRef(m.index, m.meeting_id,
                   f"{promised - len(covered)} of {promised} promised topics not on the agenda"),
                   "agenda:dropped", None)


def _settled_by_number(st: ItemState, m: MeetingSlot, index: MentionIndex, reported: Reported) -> None:
    """A task a line of this meeting carried over ("K úkolu 6/1 doplnila, že hlasování bylo ukončeno se
    zpožděním") that the meeting's review table closes under its number ("6/1 | ... | splněno"): the table's
    row is the record of the task's state, the line a comment on it."""
    probe_now = probe_of(st)
    if probe_now.task is None:
        return
    for found in index.found(probe_now, m.index, TASK_SCORE, MIN_SHARED):
        if task_key(found.sentence.text) != probe_now.task:
            continue  # its paragraph's number ("Úkol 2/3 se plní průběžně. Starosta informoval ..."), not its own
        status, method = judge(st, found, m, reported)
        if status in ("done", "cancelled") and found.sentence.text not in {e.text for e in st.evidence}:
            st.mention(status, found.sentence, method, found.score)
            return


def _follow_text(st: ItemState, m: MeetingSlot, index: MentionIndex, reported: Reported) -> list[Judged]:
    """The sentences of meeting m that report on the item, with what each says, the preferred first."""
    # numbered tasks are reported by number, prose must be clearer; unless the meeting checks tasks in prose only
    numbered = probe_of(st).task is not None and index.cites_earlier_tasks(m.index)
    probe_now = with_reports(st, m)
    limit = NUMBERED_THRESHOLD if numbered else QUESTION_THRESHOLD if st.item.kind == "question" or \
        by_question(st) else MENTION_THRESHOLD
    found_all = found_by_any(index, [probe_now, probe_of(st)], m.index, REVIEW_LINE_FLOOR)
    pool = probe_now.own | probe_now.context | probe_of(st).own | probe_of(st).context | probe_now.owner
    found_all = [f for f in found_all
                 if f.score >= TASK_SCORE or not names_other_task(f.sentence.text, pool, m.language)]
    inquiry = st.item.kind == "action" and cues.is_inquiry(st.item.text, st.lang)
    named = {f.sentence for f in found_all
             if names_task(f.sentence.text, probe_now.own, m.language, probe_now.context, _source(st), inquiry)}
    judged = [(found, judge(st, found, m, reported)) for found in found_all  # a control line's short name is clear
              if found.score >= limit or found.sentence in named
              or numbered and found.score >= MENTION_THRESHOLD and in_review_prose(found.sentence)]
    judged = [(f, v) for f, v in judged if f.score >= limit or v[1] != "mention:no-cue" or f.sentence in named]
    judged = _believed(st, judged, m, index, reported)
    ranked = sorted(_without_bare_mentions(st, judged, m, index, probe_now),
                    key=lambda j: _preference(j) + (REVIEW_LINE_BONUS if j[0].sentence in named else 0), reverse=True)
    return _body_has_last_word(st, ranked)


def _body_has_last_word(st: ItemState, ranked: list[Judged]) -> list[Judged]:
    """A matters-arising paragraph tells the news on a task and then what the body made of it ("... had been
    included in the district's programme. The Committee agreed that the task be withdrawn."; "Úkol se ruší."):
    a cancellation later in the chosen sentence's own paragraph, naming the task in its own words (not another
    matter's withdrawal told beside it), is the final word on the task."""
    if not ranked or ranked[0][1][0] == "cancelled":
        return ranked
    top, own = ranked[0][0].sentence, frozen_keys(st.item.text, st.lang)
    later = [j for j in ranked[1:] if j[1][0] == "cancelled" and j[0].sentence.block == top.block
             and j[0].sentence.meeting_index == top.meeting_index and (j[0].sentence.start or 0) > (top.start or 0)
             and len(frozen_keys(j[0].sentence.text, st.lang) & own) >= LAST_WORD_KEYS]
    return later[:1] + [j for j in ranked if j not in later[:1]] if later else ranked


def _source(st: ItemState) -> str:
    """The words an item was recorded in, its paragraph's included: what a control line's acronym spells out."""
    return f"{st.item.context} {st.item.text}"


def in_review_prose(sentence: SentenceRef) -> bool:
    """A sentence of a review paragraph that cites other tasks by number ("Testovací prostředí zpřístupnila DIA
    (úkol 7/1 splněn). Dotazník pro obce byl rozeslán až 14. 11."): the paragraph names some tasks by number and
    reports on others by their words, so a numbered task may be reported on there in words, with a status cue."""
    block = sentence.block_text
    return bool(block) and task_key(sentence.text) is None and task_key(block.replace(sentence.text, " ")) is not None


def _believed(st: ItemState, judged: list[Judged], m: MeetingSlot, index: MentionIndex,
              reported: Reported) -> list[Judged]:
    """Found sentences that can be news about the item: no title line, no row of another owner, credible, and
    no new promise taken for a bare mention."""
    return [(found, verdict) for found, verdict in judged if not title_line(found.sentence, index, m)
            and not (verdict[1] == "mention:no-cue" and points_elsewhere(found.sentence.text, m.language))
            and not other_owners_row(st, found, reported.get((m.index, found.sentence.text)), m.language)
            and credible(st, found, verdict, m.language)
            and not (verdict[1] == "mention:no-cue" and new_promise(reported.get((m.index, found.sentence.text))))]


def _without_bare_mentions(st: ItemState, judged: list[Judged], m: MeetingSlot, index: MentionIndex,
                           probe_now: Probe) -> list[Judged]:
    """Bare mentions (no status cue) must repeat more than the promising verb, and a heading counts as one only
    when no sentence with a cue speaks of the item."""
    if any(verdict[1] == "mention:no-cue" for _, verdict in judged) and st.item.kind == "action":
        judged = without_promise_verb(st, judged, m, index, probe_now)
    if any(verdict[1] != "mention:no-cue" for _, verdict in judged):
        judged = [(f, v) for f, v in judged if v[1] != "mention:no-cue" or not heading(f.sentence, m)]
    return judged


def _take(st: ItemState, judged: Judged, m: MeetingSlot, reported: Reported) -> None:
    """The chosen sentence becomes the item's evidence; a report moving the deadline moves the item's."""
    found, (status, method) = judged
    if st.item.kind == "action":
        report = reported.get((m.index, found.sentence.text))
        if report and report.due and status == "carried_over" and \
                normalise_status(report.reported_status) in ("postponed", "carried_over"):
            st.due = report.due  # "termín posunut na 30. 6."
    st.mention(status, found.sentence, method, found.score)


def _preference(judged: Judged) -> float:
    """A sentence with a status cue beats a slightly closer bare mention; the owner's own line beats both."""
    found, (_, method) = judged
    return found.score + (CUE_BONUS if method != "mention:no-cue" else 0) + (OWN_LINE_BONUS if found.own_line else 0) \
        + (REVIEW_LINE_BONUS if method == "mention:attended" else 0)  # the guest's presence is the record
