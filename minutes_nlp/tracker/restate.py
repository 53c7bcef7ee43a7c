"""A later line that says an open action again is a report on it, not a second promise.

Minutes restate their actions: the closing "Action items" list repeats the body's promises, the next meeting's
review lists them again ("[ ] Tom K.: 0.9.1 by 29 April (carried over)"), and a body sentence restates one
with the news ("Lékárnu Honza nestihl, obvolá ji do příští schůzky"). A later action of the same owner
(tracker/owners.py) that repeats most of the rare content of an open one (IDF of the series, status words
left out) is linked to it: across meetings it reports on the earlier action (carried over, or cancelled by
its cue); in one meeting the second mention becomes a report of the first, so one promise shows open once.
An action's content is its own sentence, its lead-in, its owner's restatements in its meeting and every
sentence reported on it so far ("domains" becomes "quillwort.dev transfer" over two meetings).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from minutes_nlp.textutil import fold
from minutes_nlp.tracker import cues
from minutes_nlp.tracker.deferrals import deferral_keys
from minutes_nlp.tracker.keys import frozen_keys
from minutes_nlp.tracker.mentions import (
    CONTEXT_WEIGHT,
    MentionIndex,
    keys,
    naming_keys,
    when_keys,
)
from minutes_nlp.tracker.model import (
    OPEN,
    Evidence,
    ItemState,
    TrackedItem,
    normalise_status,
    other_tasks,
    status_words,
    task_of,
)
from minutes_nlp.tracker.owners import same_owner
from minutes_nlp.tracker.schedule import is_schedule

TABLE_SHARE = 0.5  # ... for a task table's row whose owner cell cannot be matched to the body's owner
RESTATE_SHARE = 0.5  # share of a restatement's rare content the earlier action must hold (tuned on dev series)
ELLIPTIC = 2  # content keys of a line too short to say what it is about without its lead-in
MIN_SHARED = 2.5  # two shared keys, or one this specific (IDF), as for mentions


@cache
def _not_content(lang: str) -> frozenset[str]:
    """Keys that say how or when, not what: status words ("carried over", "trvá"), deadline words
    ("do příští schůzky", "by the end of March") and the formula of a deferred answer ("to be confirmed outside
    the meeting"); a restatement changes these freely."""
    return frozenset(k for w in status_words() for k in keys(w, lang)) | when_keys(lang, meeting=True)


@cache
def _progress_words(lang: str) -> re.Pattern[str]:
    c = cues.cues(lang)
    return re.compile("|".join(f"(?:{p.pattern})" for p in (*c.not_done, *c.cancelled)))


@lru_cache(maxsize=100_000)
def _cue_word(token: str, lang: str) -> bool:
    """ "nestihl", "pending", "dropped": a word that reports progress, not the work itself."""
    return _progress_words(lang).fullmatch(token) is not None


@lru_cache(maxsize=50_000)
def content(text: str, lang: str, owner: str | None) -> frozenset[str]:
    """The keys a restatement is compared by: no owner name, no status or deadline words, no dates."""
    found = keys(text, lang) - naming_keys(text, lang, owner) - _not_content(lang) - deferral_keys(text, lang)
    cue_keys = {k for t in fold(text).split() if _cue_word(t.strip(".,;:()"), lang) for k in keys(t, lang)}
    return frozenset(k for k in found - cue_keys if not k.startswith("@"))


def overlap(index: MentionIndex, said: frozenset[str], topic: Iterable[str],
            lead: frozenset[str] = frozenset()) -> float:
    """Share of what the later line says (by IDF weight) that the earlier action already holds.

    The line's lead-in (`lead`, the sentences before it in its paragraph) counts half, and at most as much as
    the line itself: "Sponzoři zatím pekárna ..." tells which calls "Lékárnu Honza nestihl" is about. A line of
    one or two content words ("Opravu zajistím do konce září.") is elliptic: its lead-in counts in full half.
    """
    held = set(topic)
    shared = said & held
    if not shared or not (len(shared) >= 2 or any(index.weight(k) >= MIN_SHARED for k in shared)):
        return 0.0
    own = _weight(index, said)
    lead = lead - said
    if len(shared) < 2 <= len(said) and not lead & held:
        return 0.0  # "obtain ... further quotations" and "obtain the signatures": one shared word is not one promise
    around = CONTEXT_WEIGHT * (_weight(index, lead) if len(said) <= ELLIPTIC else min(_weight(index, lead), own))
    lead_share = _weight(index, lead & held) / _weight(index, lead) if lead else 0.0
    return (_weight(index, shared) + around * lead_share) / (own + around)


def _weight(index: MentionIndex, found: Iterable[str]) -> float:
    return math.fsum(index.weight(k) for k in found)  # exact: the same in every process, whatever the set order


def restated_in_meeting(index: MentionIndex, item: TrackedItem, lang: str) -> frozenset[str]:
    """Keys of the lines of the item's own meeting in which its owner says it again ("[ ] Dmitri: move ...")."""
    if item.kind != "action" or not item.owner:
        return frozenset()
    mine = content(item.text + " " + item.context, lang, item.owner)
    out: set[str] = set()
    for i in index.spoken_by(item.meeting_index, item.owner, lang):
        if not index.keys_of(i) & mine:
            continue
        said = content(index.sentences[i].text, lang, item.owner)
        if said and overlap(index, said, mine) >= RESTATE_SHARE:
            out |= said
    return frozenset(out - mine)


def topic(st: ItemState, besides: TrackedItem, meeting_id: int) -> set[str]:
    """What the action is known by so far: its own content and every sentence reported on it but `besides`.

    Reports from earlier meetings are folded into `st.known` once; only this meeting's are looked at again.
    """
    current = len(st.evidence)
    while current > st.absorbed and st.evidence[current - 1].meeting_id == meeting_id:
        current -= 1
    for e in st.evidence[st.absorbed:current]:
        st.known |= frozen_keys(e.text, st.lang)
    st.absorbed = current
    grown = st.topic | st.known
    for e in st.evidence[current:]:
        if e.text != besides.text and e.source_item != besides.id:
            grown |= frozen_keys(e.text, st.lang)
    return grown


def _restated_status(item: TrackedItem, lang: str) -> str:
    """A restatement's report: its own checkbox or status words, else its cue; a promise is never a completion."""
    reported = normalise_status(item.reported_status)
    if reported:
        return reported
    found = cues.classify(item.text, lang, default="carried_over")
    return "carried_over" if found in (None, "done") else found


def _best(index: MentionIndex, item: TrackedItem, said: frozenset[str], lang: str,
          candidates: Iterable[ItemState], meeting_id: int, any_owner: bool = False) -> tuple[ItemState, float] | None:
    lead = content(item.context, lang, item.owner)
    scored = [(st, overlap(index, said, topic(st, item, meeting_id), lead)) for st in candidates
              if _still_open(st, item, meeting_id) and not other_tasks(st.item, item)
              and not checked_by_number(st, meeting_id)
              and (any_owner and _row_and_body(item, st.item) or st.item.owner and item.owner
                   and same_owner(st.item.owner, item.owner, lang))]
    best = max(scored, key=lambda p: p[1], default=None)
    return best if best and best[1] >= (TABLE_SHARE if any_owner else RESTATE_SHARE) else None


def checked_by_number(st: ItemState, meeting_id: int) -> bool:
    """A task this meeting already checked under its number ("úkol č. 3/2 – nesplněno, přesouvá se"): the series
    speaks of it by number, so an unnumbered new task sharing some words ("Úkol: ... předloží návrh rozpočtu na
    rok 2025" against the 3/2 budget outlook) is new work, not that task said again."""
    return any(e.meeting_id == meeting_id and e.method == "link:task-number" for e in st.evidence)


def _row_and_body(a: TrackedItem, b: TrackedItem) -> bool:
    """One is a numbered row of the task table, the other a body action without a number (either order)."""
    return _row_lists(a, b) or _row_lists(b, a)


def _row_lists(row: TrackedItem, body: TrackedItem) -> bool:
    """The row is a task table's or an action list's, and the body action has no number but the one that list
    gave it (task_lists.py numbers a body action by the closing list's line that repeats it)."""
    if _task_row(row):
        return not task_of(body)
    return _list_row(row) and "\t" not in body.text and \
        task_of(body) in (None, row.text.split("\t")[0].strip().rstrip("."))


_RUNNING_NUMBER = re.compile(r"\s*\d{1,3}\.?\s*")
LIST_ROW_CELLS = 3  # number, action, and who or when at least


def _list_row(item: TrackedItem) -> bool:
    """A row of the closing action list numbered afresh ("3 | Confirm funding for the weekend in writing | AS |
    14/03/2025"): the minutes' summary of the actions their body recorded. Its "Who" cell gives initials or an
    office the extractor may not resolve, so, like a task table's row, its content says which body action it
    lists; a row of a later meeting's review table reports on its own (it carries a status)."""
    cells = item.text.split("\t")
    return len(cells) >= LIST_ROW_CELLS and bool(_RUNNING_NUMBER.fullmatch(cells[0])) and not item.reported_status


def _task_row(item: TrackedItem) -> bool:
    """A numbered row of the meeting's closing task table ("4/5 | účast zástupce SS KHK | tajemnice | ...").
    Its owner cell names by office or abbreviation ("OD MMLO" for "Odbor dopravy"), so its owner may not be
    told apart from the body's; its number and its content say which body action it lists."""
    return "\t" in item.text and task_of(item) is not None and not item.reported_status


def link_restatements(index: MentionIndex, new: Sequence[ItemState], earlier: Sequence[ItemState],
                      meeting_id: int) -> None:
    """Each new action still on its own: a report on an open earlier action, or a repeat of one in this meeting."""
    primary: list[ItemState] = []
    for st in new:
        item = st.item
        if item.kind != "action" or st.status not in OPEN or not (item.owner or _task_row(item) or _list_row(item)) \
                or is_schedule(item.text, st.lang):
            continue
        said = content(item.text, st.lang, item.owner)
        if not said:
            continue
        found = _best(index, item, said, st.lang, earlier, meeting_id) if item.owner else None
        if found:
            _report_on(found[0], st, meeting_id, found[1])
            continue
        dated = said | due_key(item)  # in one meeting, the same deadline date is part of what is said again
        found = (_best(index, item, dated, st.lang, primary, meeting_id) if item.owner else None) or (
            _best(index, item, said, st.lang, primary, meeting_id, any_owner=True))
        if found:
            _repeat_of(found[0], st, meeting_id, found[1])
            continue
        primary.append(st)


def due_key(item: TrackedItem) -> frozenset[str]:
    """ "Úkol: Uspořádat seminář ... Termín: 10. 6. 2025" after "seminář se uskuteční 10. 6. 2025": a task line
    closing a discussion names the date the discussion gave; as a key ("@10.6") it joins what the line says."""
    if not item.due or len(item.due) != len("2025-06-10"):
        return frozenset()
    return frozenset({f"@{int(item.due[8:10])}.{int(item.due[5:7])}"})


def _still_open(st: ItemState, item: TrackedItem, meeting_id: int) -> bool:
    """Open, or cancelled by this very item's sentence (then the item is that report). Closed as done by it,
    the item is new work the news brought ("Klíč má pan Kubíček, Péťa si ho u něj vyzvedne"), not a repeat."""
    return st.status in OPEN or (st.status == "cancelled" and _reported_by(st, item, meeting_id))


def _reported_by(st: ItemState, item: TrackedItem, meeting_id: int) -> bool:
    """The narrative pass already read this item's own sentence as news on the earlier action."""
    return any(e.meeting_id == meeting_id and e.text == item.text and e.source_item is None for e in st.evidence)


def _report_on(target: ItemState, st: ItemState, meeting_id: int, score: float) -> None:
    status = _restated_status(st.item, st.lang)
    if not _reported_by(target, st.item, meeting_id):
        target.apply(status, meeting_id, st.item, "link:restated", score)
    if st.item.due and status in ("carried_over", "postponed"):
        target.due = st.item.due
    if not task_of(target.item):
        target.task = target.task or task_of(st.item)  # the task table lists it as "1/4": later checks say "úkol 1/4"
    _as_report(st, target, meeting_id, score)


def _repeat_of(first: ItemState, st: ItemState, meeting_id: int, score: float) -> None:
    """The same promise twice in one meeting (body and closing list): the first stands, taking the list's
    deadline when it has none of its own."""
    first.due = first.due or st.item.due or st.due
    first.task = first.task or task_of(st.item)  # a later "Úkol 4/5 – splněno" reports on the body's action
    first.topic |= st.topic
    _as_report(st, first, meeting_id, score)


def _as_report(st: ItemState, target: ItemState, meeting_id: int, score: float) -> None:
    st.status, st.same_as = "report", target.item.id
    st.evidence.append(Evidence(target.item.id, meeting_id, "report", st.item.text, st.item.id, "link:restated",
                                score))
