"""Sentences that are never items, whatever task verb they carry: lines of meeting particulars and
sign-off ("Zapsal:", "Schválila:", "Date:", "Approved by:"), questions, and the genre's non-task statements
kept as data (`not_actions` in `action_cues.json`: agenda proposals, cost statements, closing courtesies).
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract import cues
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.textutil import fold

_NAME = "action_cues"


@cache
def _metadata_labels(lang: str) -> frozenset[str]:
    """Labels of meeting particulars and sign-off ("Zapsal:", "Schválila:", "Date:", "Approved by:"):
    a line they open is metadata, never an item. Office words among them ("Clerk:") can open a task line."""
    fields = langdata.load(cues.code(lang), "metadata_labels").get("fields", {})
    d = cues.data(lang, _NAME)
    words = {fold(w) for f, ws in fields.items() if f != "next_meeting" for w in ws}  # "Termín dalšího jednání:"
    words |= {fold(w) for w in d.get("signoff_labels", [])}
    return frozenset(words - {fold(o) for o in d.get("office_roles", [])})


def metadata_line(ctx: Ctx, i: int) -> bool:
    m = re.match(r"^\W*([^:\d]{1,40}?)\s*:", ctx.sents[i].text)
    return m is not None and fold(m.group(1)) in _metadata_labels(ctx.lang)


def is_question(ctx: Ctx, i: int) -> bool:
    return re.search(r"\?[\W]*$", ctx.sents[i].text) is not None


def not_an_item(ctx: Ctx, i: int) -> bool:
    """Metadata lines and the genre's non-task statements kept as data ('not_actions'): procedural
    proposals on the agenda, cost statements, closing courtesies."""
    return metadata_line(ctx, i) or cues.any_match(cues.patterns(ctx.lang, _NAME, "not_actions"),
                                                     ctx.folded[i]) is not None
