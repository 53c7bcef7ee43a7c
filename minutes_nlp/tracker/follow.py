"""Link later reports to earlier actions and questions, and derive each item's status with its evidence.

Pure functions over plain values: the store gives the items of one series in meeting order (and the
sentences of its meetings) and persists what comes back. Meeting by meeting, an open item is first matched
to explicit reports of that meeting (task numbers, near-verbatim repeats: tracker/item_links.py), then to the
narrative sentence that best reports on it (tracker/narrative.py over tracker/mentions.py; a line speaking for
another owner is vetoed, tracker/owners.py), classified by cue classes (tracker/verdicts.py, tracker/cues.py);
last, the meeting's new actions that restate an open one of the same owner become reports on it
(tracker/restate.py). Overdue is not decided here: it depends on the day you ask, so queries derive it from the
base status and the deadline.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from minutes_nlp.tracker.answers import answered_by_deferred_actions, answers_read_as_reports
from minutes_nlp.tracker.blanket import close_by_blanket
from minutes_nlp.tracker.claims import lead_in
from minutes_nlp.tracker.deadlines import at_due_meeting, moved_deadlines, resolve_next_meeting_dues, with_overdue
from minutes_nlp.tracker.item_links import link_item
from minutes_nlp.tracker.lines import report_sentences
from minutes_nlp.tracker.mentions import MentionIndex, SentenceRef, keys
from minutes_nlp.tracker.model import (
    OPEN,
    Evidence,
    ItemState,
    MeetingSlot,
    Tracked,
    TrackedItem,
    normalise_status,
    number_key,
)
from minutes_nlp.tracker.narrative import follow_meeting
from minutes_nlp.tracker.restate import link_restatements, restated_in_meeting
from minutes_nlp.tracker.schedule import is_schedule
from minutes_nlp.tracker.standing import settle_standing
from minutes_nlp.tracker.task_lists import number_from_record_lines, number_from_task_list
from minutes_nlp.tracker.verdicts import Reported

__all__ = ["Evidence", "MeetingSlot", "Tracked", "TrackedItem", "follow_series", "normalise_status", "with_overdue"]

MAX_SILENT = 12  # meetings without a word about an item before the tracker stops looking (it stays open)


@dataclass(frozen=True)
class _Walk:
    """One walk through a series: what it searches and links by, and the states it fills in as it goes."""
    index: MentionIndex
    reported: Reported
    by_meeting: dict[int, list[TrackedItem]]
    following: dict[int, int]  # a meeting's index -> the next meeting's
    lang_of: dict[int, str]
    states: dict[str, ItemState] = field(default_factory=dict)
    active: dict[str, ItemState] = field(default_factory=dict)  # open and not silent for too long: looked for


def follow_series(meetings: list[MeetingSlot], items: list[TrackedItem],
                  sentences: Sequence[SentenceRef] = ()) -> list[Tracked]:
    """Walk the meetings in order; each later item or sentence reports on, restates, or adds to what is open."""
    ordered = sorted(meetings, key=lambda m: m.index)
    walk = _start(ordered, items, sentences)
    for pos, m in enumerate(ordered):
        _walk_meeting(walk, m, pos)
    resolve_next_meeting_dues(walk.states, ordered)
    settle_standing(walk.states, {m.index: m.meeting_id for m in ordered})
    answers_read_as_reports(walk.states, items)
    answered_by_deferred_actions(walk.states, items, {m.meeting_id: m.index for m in ordered})
    return [_tracked(s, ordered) for s in walk.states.values()]


def _start(ordered: list[MeetingSlot], items: list[TrackedItem], sentences: Sequence[SentenceRef]) -> _Walk:
    """The series' sentences indexed, its items grouped by meeting, and each meeting's successor."""
    lang_of = {m.index: m.language for m in ordered}
    by_meeting: dict[int, list[TrackedItem]] = defaultdict(list)
    for item in items:
        by_meeting[item.meeting_index].append(item)
    following = {a.index: b.index for a, b in zip(ordered, ordered[1:], strict=False)}
    return _Walk(_mention_index(ordered, items, sentences, lang_of), _with_news(items), by_meeting, following,
                 lang_of)


def _mention_index(ordered: list[MeetingSlot], items: list[TrackedItem], sentences: Sequence[SentenceRef],
                   lang_of: dict[int, str]) -> MentionIndex:
    """The meetings' sentences (and report items' lines) indexed, with the owners and task numbers they cite."""
    sentences = [*sentences, *report_sentences(items, sentences, ordered)]
    index = MentionIndex(sentences, lang_of, {i.owner for i in items if i.owner and i.kind == "action"},
                         {m.index: m.date for m in ordered})
    index.number_sentences((i.meeting_index, i.block, i.start, str(number_key(i.task_number)))
                           for i in items if i.task_number and i.kind == "action" and not i.reported_status)
    return index


def _with_news(items: list[TrackedItem]) -> Reported:
    """Reports, and new actions (no news in a promise), by their meeting and text."""
    return {(i.meeting_index, i.text): i for i in items
            if normalise_status(i.reported_status) or (i.kind == "action" and not i.reported_status)}


def _walk_meeting(walk: _Walk, m: MeetingSlot, pos: int) -> None:
    """One meeting: its items linked, earlier items followed in its text, restatements and moved deadlines."""
    before = [s for s in walk.active.values() if not is_schedule(s.item.text, s.lang)]
    open_actions = [s for s in before if s.item.kind == "action" and s.status in OPEN]
    _link_items(walk, m, before)
    follow_meeting(list(walk.active.values()), m, walk.following, walk.index, walk.reported)
    close_by_blanket(open_actions, walk.index.in_meeting(m.index), m.language)
    new = [walk.states[i.id] for i in walk.by_meeting[m.index]]
    number_from_record_lines(walk.index, new, m.index)  # "T: 13. 12., Z: LF (úkol 12/1)" under the task
    number_from_task_list(walk.index, new, m.index)  # "5/1 DIA – přístupové údaje – 6. 6." closing the minutes
    _mark_report_items(walk.states, walk.active, walk.by_meeting[m.index], m.meeting_id)
    link_restatements(walk.index, new, open_actions, m.meeting_id)
    moved_deadlines(open_actions, m, [d for i, d in sorted(walk.index.dates.items()) if i > m.index and d],
                    walk.index.in_meeting(m.index))
    _update_active(walk.active, new, m.meeting_id, pos)


def _link_items(walk: _Walk, m: MeetingSlot, before: list[ItemState]) -> None:
    """Each item of meeting m against the earlier open items of its kind (linking may close one for the next)."""
    lang = walk.lang_of.get(m.index, "cs")
    for item in walk.by_meeting[m.index]:
        earlier = [s for s in before if s.item.kind == item.kind and s.status in OPEN]
        walk.states[item.id] = _known_by(link_item(item, earlier, m.meeting_id, lang, m.date), walk.index)


def _tracked(state: ItemState, ordered: list[MeetingSlot]) -> Tracked:
    """The walk's state of an item as the store keeps it."""
    return Tracked(state.item.id, at_due_meeting(state, ordered), state.carried, state.last_meeting,
                   state.same_as or _same_as(state), state.due, tuple(state.evidence))


def _known_by(st: ItemState, index: MentionIndex) -> ItemState:
    """An action is known by its sentence, its lead-in and its owner's restatements of it in the same meeting."""
    if st.item.kind == "action":
        st.restated = restated_in_meeting(index, st.item, st.lang)
        st.topic = keys(f"{st.item.text} {lead_in(st.item, st.lang)}", st.lang) | st.restated
    return st


def _update_active(active: dict[str, ItemState], new: list[ItemState], meeting_id: int, pos: int) -> None:
    """Keep looking for open items; stop for closed ones and for those nobody mentioned in MAX_SILENT meetings."""
    for st in new:
        st.seen = pos
        active[st.item.id] = st
    for key, st in list(active.items()):
        if st.last_meeting == meeting_id:
            st.seen = pos
        if st.status not in OPEN or pos - st.seen > MAX_SILENT:
            del active[key]


def _same_as(state: ItemState) -> str | None:
    """A report's first evidence names the item it reports on (its `item_id`; `source_item` is the report)."""
    return state.evidence[0].item_id if state.status == "report" and state.evidence else None


def _mark_report_items(states: dict[str, ItemState], active: dict[str, ItemState], items: list[TrackedItem],
                       meeting_id: int) -> None:
    """A report item of this meeting whose sentence was used as evidence is that report, not a new action."""
    used = [e for st in active.values() if st.last_meeting == meeting_id
            for e in reversed(st.evidence[-3:]) if e.meeting_id == meeting_id and e.source_item is None]
    for item in items:
        st = states[item.id]
        if item.reported_status is None or st.status == "report":
            continue
        for e in used:
            if e.text == item.text or (e.block == item.block and e.start is not None and item.start is not None
                                       and item.start <= e.start < (item.end or item.start + len(item.text))):
                st.status, st.same_as = "report", e.item_id
                break
