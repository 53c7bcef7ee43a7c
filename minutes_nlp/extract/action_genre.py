"""Sentences shaped like a new task that real minutes use for something else ('not_new_tasks' in
`action_cues.json`): a task set at an earlier meeting reported now, the choice of the meeting's own officers
(tellers, verifiers of the minutes), a standing conditional ("dle potřeby", "as required"), a deliberation put
off until an undated event (corpus/FORMAT.md), a document's content, hopes, and a request that the meeting's own
body consider something. Apart from nonitems.py because these are checked only after the follow-up rules have
read a status report in them, and never on a line the minutes mark as a task ("Úkol:", "ACTION:").
"""

from __future__ import annotations

import re

from minutes_nlp.extract import cues
from minutes_nlp.extract.itemctx import Ctx

_NAME = "action_cues"


def not_a_new_task(ctx: Ctx, i: int) -> bool:
    """Sentence i is one of the genre's task look-alikes (see the module docstring)."""
    return cues.any_match(cues.patterns(ctx.lang, _NAME, "not_new_tasks"), ctx.folded[i]) is not None


def renewed_promise(ctx: Ctx, i: int) -> bool:
    """"Pan X uvedl, že dosud nedostal odpověď. Předseda se omluvil, dopis odešle do konce dubna.": an apology
    for a task not yet done, with a new promise, reports that an earlier action is carried over (its new
    deadline goes with it); it is no new action. The failure ('unmet') is in the sentence or the one before it."""
    spec = cues.data(ctx.lang, _NAME).get("renewed_promise", {})
    if not spec or re.search(spec["apology"], ctx.folded[i]) is None:
        return False
    if re.search(spec["unmet"], ctx.folded[i]):
        return True
    return i > 0 and ctx.sents[i - 1].block >= ctx.sents[i].block - 1 and \
        re.search(spec["unmet"], ctx.folded[i - 1]) is not None
