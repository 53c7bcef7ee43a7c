"""The next meeting as a procedural decision: a genre convention of Czech minutes ("Příští jednání komise se
uskuteční 18. 4.", "Příští porada: 3. 4. v 9:00", "Na příštím jednání budou zařazena témata ..."): the meeting
sets the date of its next meeting and the topics for it, so the sentence is both an action and a decision.

The date cues are the action lexicon's (`next_meeting_convention.date_cues` in `decision_cues.json` names the
class), so both extractors read the same sentences. A mention of the next meeting as a deadline ("odpověď
přinese na příštím jednání", "bude projednáno na příštím jednání") sets neither date nor programme: no
decision. Languages whose convention is otherwise (English: "Date of next meeting" is information) have no
`next_meeting_convention` and keep their exclusion of a body with a fixed schedule, which announces it; in
every language the date given after the chair closed the meeting is an announcement.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from minutes_nlp.extract import cues
from minutes_nlp.extract.itemctx import Ctx

_NAME = "decision_cues"
_TITLE_WORDS = 6  # "Termín dalšího jednání" as an item title: short, no date, no full stop


def _convention(lang: str) -> dict[str, Any]:
    return dict(cues.data(lang, _NAME).get("next_meeting_convention", {}))


def _date_class(lang: str) -> cues.CueClass | None:
    """The cue class that states the next meeting's date, in the lexicon the convention names."""
    ref = _convention(lang).get("date_cues")
    if not ref:
        return None
    return next((c for c in cues.classes(lang, ref["lexicon"]) if c.name == ref["class"]), None)


def search(lang: str, cls: cues.CueClass, folded: str) -> re.Match[str] | None:
    """The class's own cues; for the convention's class also the next meeting's date cues."""
    m = cls.search(folded)
    if m is not None or cls.name != _convention(lang).get("class"):
        return m
    date = _date_class(lang)
    return date.search(folded) if date is not None else None


def not_this_meeting(ctx: Ctx, i: int, m: re.Match[str]) -> bool:
    """Once the chair has closed the meeting, the next one's date is an announcement (`meeting_closed`).
    Without the convention the next meeting is decided only by a body that meets when it decides to (a working
    group), not announced by one with a fixed schedule (`scheduled_bodies`)."""
    scheduled = cues.data(ctx.lang, _NAME).get("scheduled_bodies", [])
    if not _convention(ctx.lang) and ctx.meeting.body_type in scheduled:
        return True
    closed = cues.patterns(ctx.lang, _NAME, "meeting_closed")
    before = [ctx.folded[j] for j in range(i) if ctx.sents[j].block == ctx.sents[i].block]
    return any(cues.any_match(closed, f) for f in [*before, ctx.folded[i][:m.start()]])


def title_line(ctx: Ctx, i: int, cls: cues.CueClass) -> bool:
    """"Termín dalšího jednání" / "Date of next meeting" as a title (short, no date, no full stop): the item's
    name, not a decision."""
    f = ctx.folded[i]
    title = len(f.split()) <= _TITLE_WORDS and not f.rstrip().endswith(".")
    return cls.name == "next_meeting" and title and not re.search(r"\d", f)


_FOLLOW_BLOCKS = 2  # a topics line may be the next paragraph after the date line (or one page break later)


Matcher = Callable[[Ctx, int], tuple[cues.CueClass, re.Match[str]] | None]


def follows(ctx: Ctx, i: int, name: str, match: Matcher) -> bool:
    """An elliptic sentence ("Na programu bude ...", "Hlavním bodem programu bude ...") counts only right after
    one of class `name`: in the same paragraph or the next one of the same item ("Příští jednání se uskuteční
    do konce dubna." / "Na programu bude návrh akčního plánu.")."""
    if i == 0 or ctx.items[i - 1] is not ctx.items[i]:
        return False
    if ctx.sents[i].block - ctx.sents[i - 1].block > _FOLLOW_BLOCKS:
        return False
    prev = match(ctx, i - 1)
    return prev is not None and prev[0].name == name
