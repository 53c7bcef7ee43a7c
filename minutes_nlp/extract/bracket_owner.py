"""The owner written in brackets at the end of an agentless task: "Objednávka bude zajištěna do konce dubna
(p. Horák).", "The report will be circulated before the next meeting (GE)." Real minutes close a passive or
impersonal task with the one who sees to it in brackets, the way an action log writes its owner column; the
sentence itself names nobody, so without this the owner would fall to the body holding the meeting.

Only a bracket that closes the sentence and holds nothing but a known actor (a title before the name, a
deadline or a second owner after it) counts: "(podnět p. Horáka)", "(see annex 2)" or a body's acronym after
its name in the running text are no owners.
"""

from __future__ import annotations

import re

from minutes_nlp.extract.itemctx import Ctx

_CLOSING = re.compile(r"\(([^()]{1,80})\)\W*$")
_LEAD_CHARS = 6  # "p. ", "Ing. ", "odp. ": what may stand in the bracket before the owner's mention
_AFTER_OWNER = re.compile(r"\s*(?:[),;/]|$|(?:a|and|&)\s)")


def bracket_owner(ctx: Ctx, i: int) -> str | None:
    """The resolved actor that alone fills the bracket closing sentence i, else None."""
    text = ctx.sents[i].text
    m = _CLOSING.search(text)
    if m is None:
        return None
    for actor in ctx.actors[i]:
        lo, hi = ctx.local(i, actor)
        if not actor.resolved or lo < m.start(1) or hi > m.end(1):
            continue
        lead = text[m.start(1):lo]
        if len(lead) <= _LEAD_CHARS and len(lead.split()) <= 1 and _AFTER_OWNER.match(text[hi:m.end(1)] or ""):
            return actor.name
        return None  # the first actor in the bracket is not its whole content
    return None
