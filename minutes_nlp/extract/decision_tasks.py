"""Decisions that are tasks: minutes record a body's task sentence ("KŠ ukládá řediteli TS zajistit ... (úkol č.
3/2)", "FV ukládá předsedkyni ...") as an action, not a resolution, when it carries its own task number, or
when the minutes number their resolutions and the sentence has no number and no vote.

Split out of `decisions.py`; the cues are data (`decision_cues.json`: `numbered_resolutions`).
"""

from __future__ import annotations

import re

from minutes_nlp.extract import cues
from minutes_nlp.extract.action_signoff import sign_off_line
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.result import Decision
from minutes_nlp.textutil import fold

_NAME = "decision_cues"


def _sets_task(ctx: Ctx, text: str) -> bool:
    """The body's task verb among the sentence's first words ("FV ukládá", "KŠ ukládá řediteli TS")."""
    tasks = cues.data(ctx.lang, _NAME).get("numbered_resolutions", {}).get("task_verbs", [])
    return any(re.match(rf"^\W*(?:\S+\s+){{0,3}}{t}\b", fold(text)) for t in tasks)


def task_record(ctx: Ctx, d: Decision) -> bool:
    """"KŠ ukládá řediteli TS zajistit kontejnery (úkol č. 3/2), termín: 30. 9.": a body's task that carries its
    own task number, with no resolution number and no vote, is recorded as a task (an action), not a resolution."""
    if d.number or d.vote is not None or not _sets_task(ctx, d.text):
        return False
    marks = cues.data(ctx.lang, _NAME).get("numbered_resolutions", {}).get("task_record", [])
    return cues.any_match(cues.compile_list(ctx.lang, _NAME, marks), fold(d.text)) is not None


def formal_only(ctx: Ctx, out: list[Decision]) -> list[Decision]:
    """Minutes that number their resolutions ("Usnesení FV č. 3/2024: ...") record each one so; there a narrative
    sentence with no number and no vote is no decision of its own when it only sets a task ("FV ukládá
    předsedkyni ...": an action) or leads up to the numbered resolution after it in the same item ("Program byl
    schválen bez připomínek." right before "Usnesení č. 6: schvaluje program"; "X navrhl, aby výbor doporučil")."""
    spec = cues.data(ctx.lang, _NAME).get("numbered_resolutions", {})
    least = spec.get("min_numbered")
    if not least or sum(1 for d in out if d.number and d.vote is not None) < least:
        return out
    keep = []
    for k, d in enumerate(out):
        informal = not d.number and d.vote is None
        nxt = out[k + 1] if k + 1 < len(out) else None
        leads = nxt is not None and nxt.number is not None and nxt.vote is not None and \
            nxt.source.block - d.source.block <= 1  # the numbered resolution is the next paragraph
        sets_task = _sets_task(ctx, d.text)  # "FV ukládá"
        if not (informal and (leads or sets_task)):
            keep.append(d)
    return keep


def signatures_dropped(ctx: Ctx, out: list[Decision]) -> list[Decision]:
    """Decisions read off a sign-off line ("Approved: Ann Z, Chair" under the minutes) are no decisions."""
    at = {s.start: j for j, s in enumerate(ctx.sents)}
    return [d for d in out if d.source.start not in at or len(d.text.split()) > _SIGNATURE_WORDS
            or not sign_off_line(ctx, at[d.source.start])]


_SIGNATURE_WORDS = 8  # "Approved: Ann Z, Chair of the Board": a label, a name and an office, nothing moved
