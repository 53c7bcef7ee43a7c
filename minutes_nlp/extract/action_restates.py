"""A task line that restates the resolution right before it ("Usnesení č. 43: Výbor žádá agenturu, aby do
15. 11. zveřejnila specifikaci. / Úkol: zveřejnit specifikaci / Odpovídá: agentura – Ing. X / Termín: 15. 11."):
minutes that follow each resolution with its task card say the task twice. It is one action, anchored at the
resolution (corpus/FORMAT.md: a task repeated in a task line or table is anchored at the body sentence), and the
line's owner and deadline apply to it, since the card names who answers for the task.
"""

from __future__ import annotations

import dataclasses
import re

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
