"""A task line that restates the resolution right before it ("Usnesení č. 43: Výbor žádá agenturu, aby do
15. 11. zveřejnila specifikaci. / Úkol: zveřejnit specifikaci / Odpovídá: agentura – Ing. X / Termín: 15. 11."):
minutes that follow each resolution with its task card say the task twice. It is one action, anchored at the
resolution (corpus/FORMAT.md: a task repeated in a task line or table is anchored at the body sentence), and the
line's owner and deadline apply to it, since the card names who answers for the task.
A marked task line right after a promise given in reply to a question repeats that promise the same way
(`fold_marked_into_replies`): one action, anchored at the reply.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.result import Action
from minutes_nlp.textutil import fold, prefix_stems

RESOLUTIONS = ("resolution_task", "resolved_task", "resolution_list", "body_request")  # the body's own act
_LINES = ("explicit_task", "task_list")  # a marked task line or card
_REACH = 2  # sentences between the resolution and its task card
_STEM = 5  # leading letters that stand for a word's stem across inflection
_SHARED = 2  # content stems the card shares with the resolution it restates


def _stems(text: str) -> set[str]:
    return prefix_stems(re.findall(r"\w+", fold(text)), _STEM, _STEM)


def _restates(ctx: Ctx, line: Action, i: int, res: Action, j: int) -> bool:
    """The card comes right after the resolution in the same agenda item and says its content words."""
    return 0 < i - j <= _REACH and ctx.items[i] is ctx.items[j] and \
        len(_stems(line.text) & _stems(res.text)) >= _SHARED


def merge_task_cards(ctx: Ctx, acts: list[Action]) -> list[Action]:
    """The actions with each resolution's task card folded into the resolution (owner and deadline from it)."""
    index = {s.start: k for k, s in enumerate(ctx.sents)}
    out: list[Action] = []
    for a in acts:
        i = index.get(a.source.start, -99)
        prev = out[-1] if out and a.status is None and a.method.name.endswith(_LINES) else None
        j = index.get(prev.source.start, -99) if prev is not None else -99
        if prev is not None and prev.method.name.endswith(RESOLUTIONS) and min(i, j) >= 0 \
                and _restates(ctx, a, i, prev, j):
            out[-1] = dataclasses.replace(prev, owner=a.owner or prev.owner, due=a.due or prev.due,
                                          task_number=prev.task_number or a.task_number)
            continue
        out.append(a)
    return out


_MARKED = ("explicit_task", "task_list")  # "Úkol 1/3: ...", "ACTION: X to ...": the line the minutes mark
_REPLY_REACH = 3  # sentences between a reply's promise and the marked line that repeats it
_REPLY_SHARED = 3  # content stems they share ("the Clerk ... the meeting" alone is not the same task)


def fold_marked_into_replies(ctx: Ctx, acts: list[Action], replies: Callable[[int], bool]) -> list[Action]:
    """"X asked whether ... Y replied that she would check with the department. / Úkol 1/3: Prověřit ...":
    the promise given in reply is the task, the marked line after it repeats it for the record (corpus/FORMAT.md:
    a repeated task is anchored at the body sentence). The reply keeps the line's deadline and number; a marked
    line with another owner or other words stays an action of its own."""
    index = {s.start: k for k, s in enumerate(ctx.sents)}
    out: list[Action | None] = list(acts)
    for m, line in enumerate(acts):
        i = index.get(line.source.start, -99)
        if line.status is not None or not line.method.name.endswith(_MARKED) or i < 0 or not line.owner:
            continue
        hit = next((k for k, e in enumerate(out) if e is not None and e is not line and _reply_of(ctx, e, line, i,
                                                                                               index, replies)), None)
        if hit is not None:
            e = out[hit]
            assert e is not None
            out[hit] = dataclasses.replace(e, due=e.due or line.due, task_number=e.task_number or line.task_number)
            out[m] = None
    return [a for a in out if a is not None]


def _reply_of(ctx: Ctx, e: Action, line: Action, i: int, index: dict[int, int], replies: Callable[[int], bool]) -> bool:
    j = index.get(e.source.start, -99)
    return 0 < i - j <= _REPLY_REACH and ctx.items[i] is ctx.items[j] and e.status is None and \
        e.owner == line.owner and not e.method.name.endswith(_MARKED) and replies(j) and \
        len(_stems(line.text) & _stems(e.text)) >= _REPLY_SHARED
