"""Resolutions written as a verb heading over a list ("Zastupitelstvo obce I. schvaluje: 1. program ...
2. ...  II. ukládá: 1. starostovi zajistit ...", "RESOLVED: (a) to approve ...; (b) that the Clerk ...").

Each list line under such a heading is one resolution with the heading's verb; under "ukládá"/"pověřuje"
it is also a task for the person or body the line names. The heading patterns and the verbs that assign
tasks are data (`decision_cues.json`: `list_head`, `list_task_verbs`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes_nlp.document import BlockKind
from minutes_nlp.extract import cues
from minutes_nlp.extract.itemctx import Ctx

_NAME = "decision_cues"
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
