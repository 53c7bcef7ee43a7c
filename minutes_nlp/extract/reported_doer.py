"""Who acts in a reported clause: "Ing. X uvedl, že MZe zřídí ...", "Ms Y replied that the District Municipality
would pay ...". Minutes report what another party will do through a speaker; the sentence opens with the speaker,
but the task is the party's named as the subject of the that-/že-clause (the reporting verbs are the closed class
'reported_doer_frame' of the language's action cues). A clause with no named subject (Czech pro-drop "uvedl, že
prověří", a pronoun "said she would", an agentless "said that the works would start") stays the speaker's: this
module then names nobody. A name after a preposition or in an oblique case ("že s MAS připraví", "podle MMR")
is no subject.
"""

from __future__ import annotations

import re

from minutes_nlp.extract import cues, owners
from minutes_nlp.extract.action_subjects import oblique
from minutes_nlp.extract.itemctx import Ctx

_NAME = "action_cues"
_CLAUSE_END = re.compile(r"[;:]|\s[–—-]\s|\(")  # the reported clause ends at a semicolon, a colon or a dash


def reported_doer(ctx: Ctx, i: int, speaker_end: int) -> str | None:
    """The named subject of the reported clause that follows the speaker (local offset `speaker_end`), or None.
    The reporting verb must come right after the speaker (a few words: "X z odboru Y uvedla, že", "the Director
    replied that"), so a that-clause deeper in the sentence is not read as the speaker's report."""
    pat = cues.data(ctx.lang, _NAME).get("reported_doer_frame")
    folded = ctx.folded[i]
    frame = re.compile(pat).search(folded, speaker_end) if pat else None
    if frame is None or len(folded[speaker_end:frame.start()].split()) > 6:
        return None
    stop = _CLAUSE_END.search(folded, frame.end())
    hi = stop.start() if stop else len(folded)
    first = next((a for a in ctx.actors[i] if frame.end() <= ctx.local(i, a)[0] < hi), None)
    if first is not None and _clause_subject(ctx, i, first, frame.end()):
        return first.name
    return first.name if first is not None and _after_verb(ctx, i, first, frame.end()) else None


def _after_verb(ctx: Ctx, i: int, a: owners.Actor, opened: int) -> bool:
    """Free word order ('subject_after_verb'): "uvedl, že výkop opraví Technické služby X": the object first, then
    the task verb, then the subject. The mention stands right after a future task verb of the data, is a name of
    several words (a lone abbreviation shows no case: "zprávu zašle NÚKIB" sends it to the office), in no oblique
    case, and nothing but that verb and its object stand between the marker and it."""
    d = cues.data(ctx.lang, _NAME)
    if not d.get("subject_after_verb") or not a.resolved or a.kind == "unknown":
        return False
    lo, hi = ctx.local(i, a)
    before = ctx.folded[i][opened:lo].split()
    if not before or before[-1] not in set(d.get("verbs", {}).get("future", [])) or "," in ctx.folded[i][opened:lo]:
        return False
    written = ctx.sents[i].text[lo:hi].strip()
    return " " in written and not re.match(d.get("reported_subject_passive", "$^"), ctx.folded[i][hi:]) \
        and not oblique(ctx, i, a)


def _clause_subject(ctx: Ctx, i: int, a: owners.Actor, opened: int) -> bool:
    """The mention opens the clause (only an article may stand before it), is a named person or body (not a lone
    lower-case kind noun: "že kraj zvažuje", "that the council would": the speaker answers for his side), is in
    no oblique case, and no passive follows it ("že DDM bude přizváno": DDM is invited, it does not act)."""
    d = cues.data(ctx.lang, _NAME)
    lo, hi = ctx.local(i, a)
    written = ctx.sents[i].text[lo:hi]
    if not a.resolved or a.kind == "unknown" or (" " not in written.strip() and written[:1].islower()):
        return False
    if not re.match(d.get("reported_subject_lead", "$^"), ctx.folded[i][opened:lo]):
        return False
    return not re.match(d.get("reported_subject_passive", "$^"), ctx.folded[i][hi:]) and not oblique(ctx, i, a)
