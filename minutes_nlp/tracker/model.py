"""The tracker's values: meetings and items in, statuses with evidence out, and the state of one item meanwhile.

Kept apart from the matching passes (follow.py, restate.py) so each pass is a small module over the same state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold
from minutes_nlp.tracker.mentions import Probe, SentenceRef, task_key
from minutes_nlp.tracker.numbers import without_label

OPEN = ("open", "carried_over")


@dataclass(frozen=True)
class MeetingSlot:
    index: int
    meeting_id: int
    date: str | None
    number: int | None = None
    agenda_titles: tuple[str, ...] = ()
    language: str = "cs"
    agenda: tuple[SentenceRef, ...] = ()  # agenda items with provenance (titles for coverage checks)


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
    asker: str | None = None
    context: str = ""  # the sentences before it in its paragraph: what "it" in "Marek will keep owning it" is
    block: int | None = None
    start: int | None = None
    end: int | None = None
    page: int | None = None
    minute: str | None = None  # the numbered minute it was recorded under ("23/005"): review tables cite it
    due_text: str = ""  # the deadline as written ("in Q1 2025/26"): its words say when, not what


@dataclass(frozen=True)
class Evidence:
    item_id: str
    meeting_id: int
    status: str
    text: str
    source_item: str | None
    method: str
    score: float | None = None
    block: int | None = None
    page: int | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Tracked:
    item_id: str
    status: str  # open | done | carried_over | cancelled | answered | report
    carried_over: int = 0
    last_meeting_id: int | None = None
    same_as: str | None = None
    due: str | None = None
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)


@lru_cache(maxsize=50_000)
def number_key(value: str | None) -> str | None:
    """A task or resolution number as a comparable key ("Usnesení č. 4/3/2021" -> "4/3/21", "ACTION 7.3" -> "7.3":
    the review table lists it as "7.3"). Memoised: every new item is compared with every open one by number."""
    if not value:
        return None
    return task_key(value) or re.sub(r"\s+", "", without_label(fold(value))) or None


def task_of(item: TrackedItem) -> str | None:
    """The numbered task an item is (or reports on): its reference, its own number, a number in its text."""
    return number_key(item.refers_to) or number_key(item.task_number) or task_key(item.text)


def other_tasks(a: TrackedItem, b: TrackedItem) -> bool:
    """Two items with different task numbers are two tasks, however alike their words."""
    ka, kb = task_of(a), task_of(b)
    return bool(ka and kb and ka != kb)


@cache
def _status_words() -> tuple[tuple[str, str], ...]:
    pairs: list[tuple[str, str]] = []
    for code in langdata.SUPPORTED:
        data = langdata.load(code, "status_words")
        pairs += [(fold(w), status) for status, words in data.items() if status != "_about" for w in words]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def status_words() -> tuple[str, ...]:
    """Every word that reports a state ("trvá", "carried over"): not content when comparing restatements."""
    return tuple(w for w, _ in _status_words())


def normalise_status(raw: str | None) -> str | None:
    """Map a reported status as written ("splněno", "termín posunut", "ongoing") to a tracker status."""
    if not raw:
        return None
    text = fold(raw)
    if text in ("done", "open", "carried_over", "cancelled", "postponed"):
        return text
    for word, status in _status_words():
        if _word_start(word).search(text):
            return status
    return None


@cache
def _word_start(word: str) -> re.Pattern[str]:
    """A status word where a word begins: a folded prefix still takes its endings ("splnen" in "splněno"), but a
    word inside another word is no state ("chased" in "purchased", "sent" in "presented", "realizovan" in
    "nerealizováno", which says the opposite)."""
    if word.endswith("$"):  # "obe$", "continuing$": a whole word only ("Obec ...", "Continuing education")
        return re.compile(r"(?<!\w)" + re.escape(word[:-1]) + r"(?!\w)")
    return re.compile(r"(?<!\w)" + re.escape(word))


STATUS_CELL_WORDS = 6  # "Open – on track", "Complete – circulated 3 May": a status cell is short


def log_status_cell(text: str) -> str:
    """An action log row's status cell: its last cell, unless that is an update or comment and a short cell
    before it, after the action's own text, opens with a status word ("Clerk | In progress | Two of three quotes
    received": the Status column comes before the Update column)."""
    cells = [c.strip() for c in text.split("\t")]
    while len(cells) > 1 and not cells[-1]:
        cells.pop()  # an Update column left empty
    if leading_status(cells[-1]):
        return cells[-1]
    return next((c for c in reversed(cells[2:-1]) if leading_status(c) and len(c.split()) <= STATUS_CELL_WORDS),
                cells[-1])


def leading_status(text: str) -> tuple[str, str] | None:
    """The status word a status cell opens with ("Complete. Circulated on 12 April." -> ("complete", "done"))."""
    folded = fold(text).lstrip(" *-–•([")
    return next(((w, st) for w, st in _status_words() if folded.startswith(w)
                 and not folded[len(w):len(w) + 1].isalnum()), None)


@dataclass
class ItemState:
    """One item while the series is walked: its status so far, its evidence, and what it is known by."""

    item: TrackedItem
    lang: str = "cs"
    status: str = "open"
    carried: int = 0
    last_meeting: int | None = None
    due: str | None = None
    same_as: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    probe: Probe | None = None
    seen: int = 0  # position of the last meeting that created or mentioned the item
    restated: frozenset[str] = frozenset()  # keys of its restatements in its own meeting ("Action items" list)
    topic: set[str] = field(default_factory=set)  # its own keys: sentence, lead-in, restatements
    known: set[str] = field(default_factory=set)  # keys of the reports on it from earlier meetings (restate.py)
    absorbed: int = 0  # how many of its evidence entries `known` holds
    task: str | None = None  # the number its meeting's task table gave it ("4/5"), when its own text has none

    def apply(self, status: str, meeting_id: int, source: TrackedItem, method: str, score: float | None) -> None:
        if status == "postponed":
            status = "carried_over"
            self.due = source.due or self.due
        self._set(status, meeting_id)
        self.evidence.append(Evidence(self.item.id, meeting_id, status, source.text, source.id, method, score,
                                      source.block, source.page, source.start, source.end))

    def mention(self, status: str, s: SentenceRef, method: str, score: float | None) -> None:
        self._set(status, s.meeting_id)
        self.evidence.append(Evidence(self.item.id, s.meeting_id, status, s.text, None, method, score,
                                      s.block, s.page, s.start, s.end))

    def _set(self, status: str, meeting_id: int) -> None:
        if status == "carried_over" and self.last_meeting != meeting_id:
            self.carried += 1  # one meeting carries an item over once, however many lines say so
        if status != "dropped":
            self.status = status
        self.last_meeting = meeting_id
