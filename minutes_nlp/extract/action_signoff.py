"""Where a list of tasks at the end of minutes stops: minutes close with the meeting's end ("Předseda ukončil
jednání v 18:40", "The Chair closed the meeting at 9.05 pm") and the sign-off block (recorder, verifiers,
approver, then often an unlabelled signature "Jana X, předsedkyně"). A task-list heading has no closing
heading of its own, so every line after the first sign-off or closing line would otherwise read as a task line
of the list above it. Which metadata fields sign the minutes is data ('sign_off_fields' in `action_cues.json`).
"""

from __future__ import annotations

import re

from minutes_nlp import lang as langdata
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.metalabels import labels, norm
from minutes_nlp.textutil import fold

_TITLES_BEFORE = 24  # "Zapsala: prof. RNDr. Eva X": degrees before the name
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")  # the time the meeting closed


def signed_off(ctx: Ctx, i: int) -> bool:
    """A sign-off or closing line stands between sentence i and the start of its section (i itself included)."""
    sec, j = ctx.sections[i], i
    while j >= 0 and ctx.sections[j] == sec:
        if _sign_off_line(ctx, j) or _closing_line(ctx, j):
            return True
        j -= 1
    return False


def _sign_off_line(ctx: Ctx, j: int) -> bool:
    """"Zapsala: Eva X", "Ověřil: Jan Y", "Minutes prepared by Ann Z": a signing field's label with a colon, or
    one of the "... by" labels, which are written without, and a person right after it (an office that is also
    a recorder's label heads a task line instead: "Clerk: circulate the draft")."""
    lab = labels(ctx.lang)
    m = lab.line.match(ctx.sents[j].text)
    if m is None or not m.group("value").strip():
        return False
    fields = langdata.load(langdata.code(ctx.lang), "action_cues").get("sign_off_fields", [])
    label = norm(m.group("label"))
    if lab.by_label.get(label) not in fields or not (":" in m.group("sep") or label.endswith(" by")):
        return False
    return any(0 <= ctx.local(j, a)[0] - m.start("value") <= _TITLES_BEFORE for a in ctx.actors[j])


def sign_off_line(ctx: Ctx, j: int) -> bool:
    """Sentence j signs the minutes ("Approved: Ann Z, Chair", "Zapsala: Eva X"): the approver's label is an
    outcome word, but the line records who signed, no decision."""
    return _sign_off_line(ctx, j)


def _closing_line(ctx: Ctx, j: int) -> bool:
    """"Kolegium ukončil ředitel v 11:20 hod.": a closing verb of the agenda data with the clock time."""
    words = langdata.load(langdata.code(ctx.lang), "agenda").get("closing_cues", [])
    text = ctx.folded[j]
    return _CLOCK.search(text) is not None and any(
        re.search(rf"\b{re.escape(fold(w))}\b", text) for w in words)
