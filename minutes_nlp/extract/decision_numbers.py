"""Resolution numbers ("Usnesení č. 5/2021") and the later numbered parts of one resolution ("II. ukládá
..."): the number a decision is recorded under, and which numbered lines go on with it rather than starting
another decision.

Split out of `decisions.py`; the number pattern is data (`decision_cues.json`: `resolution_number`).
"""

from __future__ import annotations

import re

from minutes_nlp.extract import cues
from minutes_nlp.extract.decision_match import match
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.result import Decision

_NAME = "decision_cues"


def number(ctx: Ctx, i: int) -> str | None:
    """The resolution number as written, in the sentence or a label line just before it."""
    pat = re.compile(cues.data(ctx.lang, _NAME)["resolution_number"])
    for j in (i, i - 1, i - 2):
        if j < 0 or (j < i and (ctx.sents[j].block < ctx.sents[i].block - 2 or ctx.items[j] is not ctx.items[i]
                                or match(ctx, j) is not None)):
            break
        m = pat.search(ctx.folded[j])
        if m:
            return ctx.sents[j].text[m.start():m.end()].strip(" :.")
    return None


def own_number(ctx: Ctx, i: int) -> str | None:
    """The number written in sentence i itself (its vote line "Usnesení č. 3/5/2021 bylo přijato" included)."""
    m = re.search(cues.data(ctx.lang, _NAME)["resolution_number"], ctx.folded[i])
    return ctx.sents[i].text[m.start():m.end()].strip(" :.") if m else None


_PART = re.compile(r"^\W*(?:ii|iii|iv|vi{0,3}|[2-9]|[b-h])\s*[.)]\s*(?=\w)")
_PART_REACH = 3  # sentences from the first part of a resolution to a later part


def later_part(ctx: Ctx, i: int, out: list[Decision]) -> bool:
    """"Rada města I. schvaluje smlouvu, II. ukládá vedoucí odboru zajistit podpis": a later numbered part
    that goes on with the first part's subject (a lower-case verb, no label of its own) is the same
    resolution, not another decision (its task is an action)."""
    m = _PART.match(ctx.folded[i])
    if m is None or not out or not ctx.sents[i].text[m.end():m.end() + 1].islower():
        return False
    own = own_number(ctx, i)
    if own is not None and own != out[-1].number:
        return False  # "b) schvaluje ... (usnesení č. 16/2024/P, hlasování 6/0/0)": a resolution of its own
    back = range(i - 1, max(-1, i - 1 - _PART_REACH), -1)
    first = next((j for j in back if ctx.sents[j].start == out[-1].source.start), None)
    return first is not None and ctx.items[first] is ctx.items[i]
