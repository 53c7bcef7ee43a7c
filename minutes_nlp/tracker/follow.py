"""Link later reports to earlier actions and questions, and derive each item's status with its evidence.

Pure functions over plain values: the store gives the items of one series in meeting order and persists
what comes back. Overdue is not decided here: it depends on the day you ask, so queries derive it from
the base status and the deadline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold

LINK_THRESHOLD = 62.0  # token-set similarity (0-100) of a report to an earlier action, owner unknown
REPEAT_THRESHOLD = 85.0  # a new item this close to an open earlier one is the same item restated


@dataclass(frozen=True)
class MeetingSlot:
    index: int
    meeting_id: int
    date: str | None
    number: int | None = None
    agenda_titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class TrackedItem:
    id: str
    kind: str  # "action" | "question"
    meeting_index: int
    text: str
    owner: str | None = None
    due: str | None = None
    due_kind: str | None = None
    task_number: str | None = None
    reported_status: str | None = None
    refers_to: str | None = None
    answered: bool | None = None


@dataclass(frozen=True)
class Evidence:
    item_id: str
    meeting_id: int
    status: str
    text: str
    source_item: str | None
    method: str
    score: float | None = None


@dataclass(frozen=True)
class Tracked:
    item_id: str
    status: str  # open | done | carried_over | cancelled | answered | report
    carried_over: int = 0
    last_meeting_id: int | None = None
    same_as: str | None = None
    due: str | None = None
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)


@cache
def _status_words() -> tuple[tuple[str, str], ...]:
    pairs: list[tuple[str, str]] = []
    for code in langdata.SUPPORTED:
        data = langdata.load(code, "status_words")
        pairs += [(fold(w), status) for status, words in data.items() if status != "_about" for w in words]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def normalise_status(raw: str | None) -> str | None:
    """Map a reported status as written ("splněno", "termín posunut", "ongoing") to a tracker status."""
    if not raw:
        return None
    text = fold(raw)
    if text in ("done", "open", "carried_over", "cancelled", "postponed"):
        return text
    for word, status in _status_words():
        if word in text:
            return status
    return None


def _task_key(value: str | None) -> str | None:
    if not value:
        return None
    m = re.search(r"\d+(?:\s*/\s*\d+)?", value)
    return re.sub(r"\s+", "", m.group(0)) if m else fold(value)


def _words(text: str) -> str:
    return " ".join(w for w in re.findall(r"\w+", fold(text)) if len(w) > 2)


def _similarity(a: TrackedItem, b: TrackedItem) -> float:
    score = fuzz.token_set_ratio(_words(a.text), _words(b.text))
    if a.owner and b.owner:
        score += 8 if fold(a.owner) == fold(b.owner) else -15
    return float(score)


@dataclass
class _State:
    item: TrackedItem
    status: str = "open"
    carried: int = 0
    last_meeting: int | None = None
    due: str | None = None
    evidence: list[Evidence] = field(default_factory=list)

    def apply(self, status: str, meeting_id: int, source: TrackedItem, method: str, score: float | None) -> None:
        if status == "postponed":
            status = "carried_over"
            self.due = source.due or self.due
        if status == "carried_over":
            self.carried += 1
        self.status = status
        self.last_meeting = meeting_id
        self.evidence.append(Evidence(self.item.id, meeting_id, status, source.text, source.id, method, score))


def _find_target(report: TrackedItem, open_states: list[_State], threshold: float) -> tuple[_State, str, float] | None:
    key = _task_key(report.refers_to) or _task_key(report.task_number)
    if key:
        for st in open_states:
            if _task_key(st.item.task_number) == key:
                return st, "link:task-number", 100.0
    best = max(((st, _similarity(report, st.item)) for st in open_states), key=lambda p: p[1], default=None)
    if best and best[1] >= threshold:
        return best[0], "link:similarity", best[1]
    return None


def follow_series(meetings: list[MeetingSlot], items: list[TrackedItem]) -> list[Tracked]:
    """Walk the meetings in order; each later item either reports on, restates, or adds to what is open."""
    by_meeting = {m.index: m for m in meetings}
    states: dict[str, _State] = {}
    for item in sorted(items, key=lambda i: i.meeting_index):
        earlier = [s for s in states.values() if s.item.meeting_index < item.meeting_index
                   and s.item.kind == item.kind and s.status not in ("done", "cancelled", "answered", "report")]
        meeting_id = by_meeting[item.meeting_index].meeting_id
        states[item.id] = _link(item, earlier, meeting_id)
    _resolve_next_meeting_dues(states, meetings)
    return [Tracked(s.item.id, s.status, s.carried, s.last_meeting, _same_as(s), s.due, tuple(s.evidence))
            for s in states.values()]


def _same_as(state: _State) -> str | None:
    return state.evidence[0].source_item if state.status == "report" and state.evidence else None


def _link(item: TrackedItem, earlier: list[_State], meeting_id: int) -> _State:
    own = _State(item, due=item.due)
    reported = normalise_status(item.reported_status)
    if item.kind == "question":
        return _link_question(item, own, earlier, meeting_id)
    threshold = LINK_THRESHOLD if reported else REPEAT_THRESHOLD
    target = _find_target(item, earlier, threshold) if earlier else None
    if target is None:
        if reported:
            own.status = reported if reported != "postponed" else "carried_over"
        return own
    st, method, score = target
    st.apply(reported or "carried_over", meeting_id, item, method, score)
    if item.due and reported in (None, "postponed", "carried_over"):
        st.due = item.due
    own.status = "report"
    own.evidence.append(Evidence(st.item.id, meeting_id, "report", item.text, item.id, method, score))
    return own


def _link_question(item: TrackedItem, own: _State, earlier: list[_State], meeting_id: int) -> _State:
    own.status = "answered" if item.answered else "open"
    target = _find_target(item, earlier, REPEAT_THRESHOLD) if earlier else None
    if target is None:
        return own
    st, method, score = target
    st.apply("answered" if item.answered else "carried_over", meeting_id, item, method, score)
    own.status = "report"
    own.evidence.append(Evidence(st.item.id, meeting_id, "report", item.text, item.id, method, score))
    return own


def _resolve_next_meeting_dues(states: dict[str, _State], meetings: list[MeetingSlot]) -> None:
    """"Do příštího jednání" means the date of the next meeting of the series, once that meeting is known."""
    dated = sorted((m.index, m.date) for m in meetings if m.date)
    for st in states.values():
        if st.item.due_kind != "next_meeting" or st.due:
            continue
        later = [d for idx, d in dated if idx > st.item.meeting_index]
        if later:
            st.due = later[0]


def with_overdue(status: str, due: str | None, as_of: str) -> str:
    """The status a person sees on `as_of`: open or carried-over work past its deadline is overdue."""
    if status in ("open", "carried_over") and due and due < as_of:
        return "overdue"
    return status

