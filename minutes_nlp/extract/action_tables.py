"""Task tables: a table whose header names a task column and an owner or deadline column is a list of
actions, one per row (the owner cell may name a body with the person acting for it in brackets).

Split out of `actions.py`.
"""

from __future__ import annotations

import re

from minutes_nlp.document import BlockKind
from minutes_nlp.extract import cues, owners
from minutes_nlp.extract.action_due import parse_due
from minutes_nlp.extract.action_parties import collective
from minutes_nlp.extract.action_status import in_follow_up, reported_status
from minutes_nlp.extract.action_subjects import oblique
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.result import Action, Method
from minutes_nlp.textutil import fold

VERSION = "1"
_NAME = "action_cues"


def table_header(ctx: Ctx, block: int) -> dict[str, int] | None:
    """Column index per role (task, owner, due, status, number) when a table is a task table."""
    rows = ctx.doc.blocks[block].rows
    if not rows:
        return None
    cols = cues.data(ctx.lang, _NAME)["table_columns"]
    found: dict[str, int] = {}
    for c, cell in enumerate(rows[0]):
        role = _column_role(cols, fold(cell) + " ")
        if role == "owner" and "owner" in found and "due" not in found:
            if _bare(ctx.lang, cell):
                role = "due"  # "Action | Who | By": with the owner named, a bare "By" is the deadline
            elif _bare(ctx.lang, rows[0][found["owner"]]):
                found["due"] = found.pop("owner")  # "Action | By | Owner"
        if role and role not in found:
            found[role] = c
    if "task" not in found and "item" in found:  # "Item | Owner | Due": the item is the task
        found["task"] = found.pop("item")
    return found if "task" in found and ("owner" in found or "due" in found) else None


def _column_role(cols: dict[str, list[str]], key: str) -> str | None:
    """The role of the longest header word the cell starts with: "Action by" names the owner column, though
    "Action" alone heads the task column."""
    hits = [(len(w), r) for r, words in cols.items() if not r.endswith("_about")
            for w in words if key.startswith(w)]
    return max(hits)[1] if hits else None


def table_actions(ctx: Ctx) -> list[Action]:
    out: list[Action] = []
    for i, s in enumerate(ctx.sents):
        if s.kind is not BlockKind.TABLE:
            continue
        header = table_header(ctx, s.block)
        rows = ctx.doc.blocks[s.block].rows
        row_no = next((r for r, row in enumerate(rows) if "\t".join(row) == s.text), None)
        if header is None or not row_no or _points_elsewhere(ctx.lang, _cell(rows[row_no], header.get("status"))):
            continue  # "| ... | TK | See item 7 |": the item it points to reports on the task
        out.append(_row_action(ctx, i, rows[row_no], header))
    return out


def _row_action(ctx: Ctx, i: int, row: tuple[str, ...], header: dict[str, int]) -> Action:
    def cell(role: str) -> str:
        c = header.get(role)
        return row[c].strip() if c is not None and c < len(row) else ""

    s = ctx.sents[i]
    owner_cell = cell("owner")
    hit = owners.resolve_name(owner_cell, ctx.entities, ctx.lang) if owner_cell else None
    person = _cell_actor(ctx, i, row, header.get("owner"), person=True)  # "Students' Union (DA)": DA acts
    owner = person or (hit[0] if hit else (_cell_actor(ctx, i, row, header.get("owner")) or owner_cell or None))
    owner = None if owner_cell and collective(ctx.lang, owner_cell) else owner  # "Všichni členové", "All": nobody
    status = reported_status(cues.fold_keep(cell("status")), ctx.lang) if cell("status") else \
        _noted_status(ctx, cell("task"))
    num = cell("number") or None
    due = parse_due(cell("due"), ctx, cell=True) if cell("due") else None
    if status is None and due is None and cell("due"):  # "| Kontakty na komise | starostové | trvá |"
        status = reported_status(cues.fold_keep(cell("due")), ctx.lang)  # a state where a deadline stands
    return Action(s.text, owner, due, ctx.prov(i), ctx.item_number(i), num, status,
                  num if status and in_follow_up(ctx, i) else None,
                  Method(f"rule:{ctx.lang}.action.table", VERSION), 0.9)


def _cell_actor(ctx: Ctx, i: int, row: tuple[str, ...], col: int | None, person: bool = False) -> str | None:
    """A known holder of the office or role written in a cell ("Secretary", "Dean of Education"); with
    `person`, only a person the cell names (initials in brackets after a body: the person acting for it)."""
    if col is None or col >= len(row):
        return None
    lo = sum(len(c) + 1 for c in row[:col])
    return next((a.name for a in ctx.actors[i] if a.resolved and lo <= ctx.local(i, a)[0] < lo + len(row[col])
                 and (a.kind == "person" and not oblique(ctx, i, a) or not person)), None)  # "ŘO ve spolupráci s X"


def _cell(row: tuple[str, ...], col: int | None) -> str:
    return row[col].strip() if col is not None and col < len(row) else ""


def _points_elsewhere(lang: str, status_cell: str) -> bool:
    """"See item 7", "On this agenda (item 5)", "viz bod 4": an action log's status cell that points to where the
    earlier action is taken up at this meeting ('status_cell_pointers'): the row sets no new task and gives no
    verdict of its own (the item it points to says how the task stands), so it is no item at all."""
    return bool(status_cell) and cues.any_match(cues.patterns(lang, _NAME, "status_cell_pointers"),
                                                fold(status_cell)) is not None


def _noted_status(ctx: Ctx, task: str) -> str | None:
    """"Outcome of the investigation (carried forward from 03/12/2024)": a table without a status column
    notes an earlier action's state in brackets after its text; such a row reports on it, it is no new task."""
    notes = [reported_status(cues.fold_keep(n), ctx.lang) for n in re.findall(r"\(([^()]{3,80})\)", task)]
    return next((n for n in notes if n), None)


def _bare(lang: str, cell: str) -> bool:
    """A header that is only the owner-or-deadline preposition ("By"): UK action logs write "Who | By" (by when)
    as often as "Action | By" (by whom); which one it is depends on whether another column names the owner."""
    return fold(cell).strip(" :.") in cues.data(lang, _NAME).get("table_owner_or_due", [])
