"""Closing task lists and tables that restate the body's tasks in a few words of their own ("reklamace
osvětlení – Z: J. Novák, T: 14. 3.", "| 3/1 | zjednodušit formulář | OŠMT | do vyhlášení |", "| 7 | Availability
poll | Ms. X | March 31 |"): corpus/FORMAT.md anchors such a task at the body sentence, the row adding its owner,
deadline and number. The earlier passes (items._dedupe_actions, action_motions.restating_rows) merge a row
into a body action only when wording, owner and deadline all agree; real closing lists shorten the task to a
noun phrase, name the person where the body names the office, and give a deadline the body gave in other
words. This pass takes what is left: a row whose deadline and owner, or deadline and half its task words,
or owner and half its task words tie it to exactly one body action is merged into it (never into a body
action with another deadline). A row no body action restates stays the action's source (the list states the
task alone; re-anchoring such rows at body sentences that name the topic was tried and dropped: in lists
that are the primary record, the body sentence is an offer, a presentation or a proposal, not the task).
"""

from __future__ import annotations

import dataclasses
import re

from minutes_nlp.extract import cues
from minutes_nlp.extract.action_due import restated_due
from minutes_nlp.extract.decisions import in_summary
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.result import Action
from minutes_nlp.textutil import STEM, fold, prefix_stems

VERSION = "3"
_MIN_WORD = 4  # "poll", "gaps", "dotaz": short content words still name the task
_UNOWNED = 2  # task words a row shares with a body sentence that names nobody ("The notice must go out ...")
_PIECES = re.compile(r"\t|\s[–—-]\s|:\s")  # cells, "– Z: owner", "DFO: task"
_LINES = (".task_list", ".explicit_task", ".table")


def _stop(lang: str) -> frozenset[str]:
    return frozenset(cues.data(lang, "action_cues").get("closing_row_stopwords", []))


def _stems(text: str, stop: frozenset[str]) -> set[str]:
    return prefix_stems(re.findall(r"[^\W\d_]+", fold(text)), STEM, _MIN_WORD, stop)


def _task_words(row: Action, stop: frozenset[str]) -> set[str]:
    """The stems of the row's task: its longest piece (the task cell, not the owner, deadline or number)."""
    pieces = [p for p in _PIECES.split(row.text) if p.strip()]
    return _stems(max(pieces, key=len) if pieces else row.text, stop)


def _closing_row(ctx: Ctx, a: Action, i: int | None) -> bool:
    if a.status is not None or i is None or not a.method.name.endswith(_LINES):
        return False
    return a.method.name.endswith(".table") or in_summary(ctx, i) or _card(ctx, a, i)


def _card(ctx: Ctx, a: Action, i: int) -> bool:
    """A numbered task card in the body ("Úkol č. 2/2: rozeslat pozvánky. Zodp.: X. Termín: 2. 5."), which
    restates the task the paragraph before it states in a sentence (merged only into that paragraph)."""
    if not cues.data(ctx.lang, "action_cues").get("task_card_restates_body"):
        return False
    return a.method.name.endswith(".explicit_task") and bool(a.task_number) and not in_summary(ctx, i)


def _same_due(a: Action, b: Action) -> bool:
    return a.due is not None and b.due is not None and a.due.latest is not None and a.due.latest == b.due.latest


def _fits_due(row: Action, body: Action) -> bool:
    """The row's deadline is the body's: the same day, or the day the row gives inside the month or window the
    body names ("will present the quotes in November" with "| Roof quotes | Director | Nov. 18 |"): the list
    makes the body's deadline precise (often the next meeting's date)."""
    if _same_due(row, body):
        return True
    r, b = row.due, body.due
    return r is not None and b is not None and r.kind == "date" and r.latest is not None and b.kind != "date" \
        and b.earliest is not None and b.latest is not None and b.earliest <= r.latest <= b.latest


def _unique_best(scores: list[tuple[int, int]], least: int) -> int | None:
    """The index with the highest score when it reaches `least` and no other ties it."""
    good = sorted((s for s in scores if s[0] >= least), reverse=True)
    if not good or len(good) > 1 and good[1][0] == good[0][0]:
        return None
    return good[0][1]


def _absorb(body: Action, row: Action) -> Action:
    """The body action with what the row adds: owner, deadline and number where the body gave none."""
    return dataclasses.replace(body, owner=body.owner or row.owner, due=restated_due(body.due, row.due),
                               task_number=body.task_number or row.task_number)


def _body_action(row: Action, task: set[str], body: list[tuple[int, Action]], stop: frozenset[str],
                 near: bool = False) -> int | None:
    """The one body action the row restates: the same deadline with the same owner or half the task's words,
    or the same owner with half the task's words (two or more) or with a shared word under the minute the row
    names, or the same deadline or half the task's words (two words or more) when the body sentence names nobody (the
    row names the owner the discussion left implicit); never a body action with another deadline. A task card
    (`near`) takes only the paragraph before it, where one shared word with its day or its owner suffices.
    Returns its position in `body`."""
    scores, ref = [], _row_item(row)
    for k, (_, e) in enumerate(body):
        if e.source.start >= row.source.start or e.task_number and e.task_number != row.task_number:
            continue
        if near and e.source.block < row.source.block - 1:
            continue  # a card restates the paragraph right before it, never an earlier one
        due = _fits_due(row, e)
        if row.due is not None and e.due is not None and not due:
            continue  # "Veřejné projednání se uskuteční 12. 11." is not the row due on 31. 10.
        shared = len(task & _stems(e.text, stop))
        owner, half = bool(row.owner) and row.owner == e.owner, 2 * shared >= len(task)
        item = ref is not None and ref == fold(e.agenda_item or "")
        unowned = e.owner is None and "\t" not in e.text and (half or due) and shared >= _UNOWNED  # nobody named
        adjacent = near and (due or owner)  # the card right after the sentence, with its day or its owner
        if shared >= 1 and (due and (owner or half) or owner and (half and shared >= 2 or item) or unowned
                            or adjacent):
            scores.append((shared + 2 * due + owner + 2 * item, k))
    return _unique_best(scores, 1)


def _row_item(row: Action) -> str | None:
    """The minute or item number an action table's first cell gives ("| 24/44 | Find out ... | TK |"): UK parish
    and charity minutes list each action under the minute it arose in, so the row restates a task of that item."""
    first = row.text.split("\t", 1)[0].strip() if "\t" in row.text else ""
    return fold(first) if _ITEM_REF.match(first) else None


_ITEM_REF = re.compile(r"^[A-Za-z]{0,3}\s?\d{1,4}(?:[./]\d{1,4}){0,2}\.?$")


def anchor_closing_rows(ctx: Ctx, acts: list[Action]) -> list[Action]:
    """The actions with each closing-list row merged into the one body task it restates, if any."""
    index = {s.start: i for i, s in enumerate(ctx.sents)}
    stop = _stop(ctx.lang)
    rows = [a for a in acts if _closing_row(ctx, a, index.get(a.source.start))]
    if not rows:
        return acts
    row_ids = {id(a) for a in rows}
    body = [(k, a) for k, a in enumerate(acts) if id(a) not in row_ids and a.status is None]
    out: list[Action | None] = list(acts)
    for row in rows:
        task = _task_words(row, stop)
        near = not row.method.name.endswith(".table") and not in_summary(ctx, index[row.source.start])
        hit = _body_action(row, task, body, stop, near)
        if hit is not None:
            k, e = body.pop(hit)
            out[k], out[acts.index(row)] = _absorb(e, row), None
    return sorted((a for a in out if a is not None), key=lambda a: a.source.start)
