"""Resolutions written as a verb heading over a list ("Zastupitelstvo obce I. schvaluje: 1. program ...
2. ...  II. ukládá: 1. starostovi zajistit ...", "RESOLVED: (a) to approve ...; (b) that the Clerk ...").

Each list line under such a heading is one resolution with the heading's verb; under "ukládá"/"pověřuje"
it is also a task for the person or body the line names. The heading patterns and the verbs that assign
tasks are data (`decision_cues.json`: `list_head`, `list_task_verbs`). Rows of a table whose header names a
decision column ("Proposal | Decision: No objection") are resolutions too (`decision_columns`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes_nlp.document import BlockKind
from minutes_nlp.extract import cues
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.result import Decision, Method

_NAME = "decision_cues"
VERSION = "3"  # of the decision rules (decisions.VERSION)
_REACH = 40  # list lines a heading may govern
_ENUM = re.compile(r"^\W*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*[.)]\s*\S")


@dataclass(frozen=True)
class ListLine:
    head: int  # sentence index of the verb heading
    verb: str  # the heading's verb, folded ("schvaluje", "uklada", "resolved")
    task: bool  # the verb assigns a task ("ukládá", "pověřuje")


def _head(ctx: Ctx, i: int) -> str | None:
    pat = cues.data(ctx.lang, _NAME).get("list_head")
    if not pat:
        return None
    m = cues.compile_one(ctx.lang, _NAME, pat).search(ctx.folded[i])
    return re.sub(r"\s+", " ", m.group("verb")) if m else None


def _listish(ctx: Ctx, j: int, first: bool) -> bool:
    """A line of the list: a list item, an enumerated line, or (right after the heading) any paragraph."""
    if ctx.sents[j].kind is BlockKind.LIST_ITEM or _ENUM.match(ctx.folded[j]):
        return True
    return first and ctx.sents[j].kind is BlockKind.PARAGRAPH


def _stops(ctx: Ctx, j: int) -> bool:
    """A vote, an outcome, a new resolution number or a heading ends the list."""
    from minutes_nlp.extract import votes

    stop = cues.patterns(ctx.lang, _NAME, "list_end")
    return (ctx.sents[j].kind is BlockKind.HEADING or votes.parse_vote(ctx.sents[j].text, ctx.lang) is not None
            or cues.any_match(stop, ctx.folded[j]) is not None)


def list_lines(ctx: Ctx) -> dict[int, ListLine]:
    """Sentence index -> the heading it is a resolution under (first sentence of each list line only)."""
    out: dict[int, ListLine] = {}
    tasks = tuple(cues.data(ctx.lang, _NAME).get("list_task_verbs", []))
    i = 0
    while i < len(ctx.sents):
        verb = _head(ctx, i)
        if verb is None:
            i += 1
            continue
        j, first = i + 1, True
        while j < min(len(ctx.sents), i + _REACH) and _head(ctx, j) is None and not _stops(ctx, j):
            if ctx.sents[j].block == ctx.sents[j - 1].block and j - 1 != i:
                j += 1  # a second sentence of the same list line
                continue
            if not _listish(ctx, j, first):
                break
            out[j] = ListLine(i, verb, verb.startswith(tasks))
            j, first = j + 1, False
        i = j
    return out


def heads(lines: dict[int, ListLine]) -> set[int]:
    return {line.head for line in lines.values()}


_HEAD_REACH = 2  # sentences from a vote to the resolution heading it is the vote on


def vote_before_head(ctx: Ctx, i: int, heads: set[int]) -> bool:
    """"The recommendation was put to the vote: 5 in favour, 1 against. / RESOLUTION ISPC 06/2025 / That ...":
    South African and other Commonwealth minutes give the vote before the resolution block it carried; the
    resolution under the heading is the decision, the vote line is its record, not another decision."""
    from minutes_nlp.extract import votes

    if votes.parse_vote(ctx.sents[i].text, ctx.lang) is None:
        return False
    after = range(i + 1, min(len(ctx.sents), i + 1 + _HEAD_REACH))
    return any(k in heads and ctx.items[k] is ctx.items[i] for k in after)


def outcome(lang: str, folded: str) -> bool | None:
    """The outcome a text states: False for "nebylo přijato" / "defeated", True for "schváleno" / "carried"."""
    if cues.any_match(cues.patterns(lang, _NAME, "not_adopted"), folded):
        return False
    if cues.any_match(cues.patterns(lang, _NAME, "adopted"), folded):
        return True
    return None


def _table_decision(ctx: Ctx, i: int, column: int) -> Decision | None:
    """A row of a table with a decision column ("Proposal | Decision: No objection"): that row's decision."""
    cells = ctx.sents[i].text.split("\t")
    value = cues.fold_keep(cells[column]).strip(" -–.") if column < len(cells) else ""
    if not value:
        return None
    adopted = outcome(ctx.lang, value)
    return Decision(ctx.sents[i].text, ctx.prov(i), ctx.item_number(i), None, "resolution", None,
                    True if adopted is None else adopted, Method(f"rule:{ctx.lang}.decision.table", VERSION), 0.75)


def _decision_column(ctx: Ctx, i: int) -> int | None:
    """The column of a table header row that holds decisions ("Decision", "Stanovisko"), if any."""
    heads = [cues.fold_keep(c).strip() for c in ctx.sents[i].text.split("\t")]
    if any(cues.any_match(cues.patterns(ctx.lang, _NAME, "task_columns"), h) for h in heads):
        return None  # an action table ("Action | Owner | Outcome"): its rows are tasks
    pats = cues.patterns(ctx.lang, _NAME, "decision_columns")
    return next((k for k, h in enumerate(heads) if k and cues.any_match(pats, h)), None)


def table_rows(ctx: Ctx) -> dict[int, Decision]:
    """Decisions listed in tables whose header names a decision column; follow-up tables report, not decide."""
    from minutes_nlp.extract.actions import in_follow_up

    out: dict[int, Decision] = {}
    column: int | None = None
    for i, s in enumerate(ctx.sents):
        if s.kind is not BlockKind.TABLE:
            continue
        if i == 0 or ctx.sents[i - 1].block != s.block:
            column = None if in_follow_up(ctx, i) else _decision_column(ctx, i)
        elif column is not None and (d := _table_decision(ctx, i, column)) is not None:
            out[i] = d
    return out


def restated_rows(out: list[Decision]) -> list[Decision]:
    """A table row whose reference ("23/00012/FUL") a resolution of the same item states again: the
    resolution is the decision, the row only lists it."""
    def restated(d: Decision) -> bool:
        ref = d.text.split("\t")[0].strip()
        return any(ref in e.text for e in out if e is not d and e.agenda_item == d.agenda_item
                   and not e.method.name.endswith(".table"))

    return [d for d in out if not (d.method.name.endswith(".table") and re.search(r"\d", d.text.split("\t")[0])
                                   and restated(d))]
