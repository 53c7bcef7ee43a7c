"""Decisions: resolutions ("Usnesení č. 5/2021: ZO schvaluje ...", "RESOLVED that"), agreements ("bylo
dohodnuto", "It was agreed"), procedural decisions ("bylo odstoupeno od Tour de Table", the next meeting)
with their vote and outcome. Cue classes are data (`decision_cues.json`).

A vote or outcome line right after a decision ("Pro: 7, Proti: 0", "Usnesení bylo přijato") belongs to
it and is not a decision of its own; a closing summary that repeats a decision is dropped.
"""

from __future__ import annotations

import dataclasses
import re

from rapidfuzz import fuzz

from minutes_nlp.extract import cues, reslists, votes
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.result import Decision, Method, Vote
from minutes_nlp.textutil import fold

VERSION = "1"
_NAME = "decision_cues"
_REPEAT = 85.0  # token-set similarity above which a summary line restates an earlier decision
_FOLLOW = 4  # sentences after a decision that may carry its vote (seconder, tally, names, outcome)
_VOTE_LINE_WORDS = 14  # a vote or outcome line is short ("Hlasování: pro 7, proti 0, zdržel se 1.")
_OUTCOME_WORDS = 3  # an outcome-only line is this short ("Odsouhlaseno všemi.", "The motion carried.")
_OUTCOME_REACH = 2  # sentences back to the decision an outcome line confirms


def _reported(ctx: Ctx, i: int) -> bool:
    """A line under "Kontrola usnesení" / "Matters arising" that states how an earlier resolution was carried
    out ("Usnesení č. 7/2021 – splněno") reports on it; it is not a decision of this meeting."""
    from minutes_nlp.extract.actions import in_follow_up, reported_status

    return in_follow_up(ctx, i) and reported_status(ctx.folded[i], ctx.lang) is not None


def match(ctx: Ctx, i: int) -> tuple[cues.CueClass, re.Match[str]] | None:
    f = ctx.folded[i]
    if cues.any_match(cues.patterns(ctx.lang, _NAME, "report_negative"), f) or _reported(ctx, i):
        return None
    negated = cues.any_match(cues.patterns(ctx.lang, _NAME, "negative"), f) is not None
    for cls in cues.classes(ctx.lang, _NAME):
        if negated and cls.name != "resolution":
            continue
        m = cls.search(f)
        if m and (cls.after is None or _follows(ctx, i, cls.after)):
            return cls, m
    return None


def _follows(ctx: Ctx, i: int, name: str) -> bool:
    """An elliptic sentence ("Na programu bude ...") counts only right after one of class `name`."""
    if i == 0 or ctx.sents[i - 1].block != ctx.sents[i].block:
        return False
    prev = match(ctx, i - 1)
    return prev is not None and prev[0].name == name


def _number(ctx: Ctx, i: int) -> str | None:
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


def _own_number(ctx: Ctx, i: int) -> str | None:
    """The number written in sentence i itself (its vote line "Usnesení č. 3/5/2021 bylo přijato" included)."""
    m = re.search(cues.data(ctx.lang, _NAME)["resolution_number"], ctx.folded[i])
    return ctx.sents[i].text[m.start():m.end()].strip(" :.") if m else None


def _outcome(ctx: Ctx, folded: str) -> bool | None:
    if cues.any_match(cues.patterns(ctx.lang, _NAME, "not_adopted"), folded):
        return False
    if cues.any_match(cues.patterns(ctx.lang, _NAME, "adopted"), folded):
        return True
    return None


def _vote_after(ctx: Ctx, i: int) -> tuple[Vote | None, bool | None, list[int]]:
    """The vote and outcome stated in sentence i or the next few lines, and which lines carried them."""
    vote = votes.parse_vote(ctx.sents[i].text, ctx.lang)
    outcome = _outcome(ctx, ctx.folded[i]) if vote is None else None
    used: list[int] = []
    for j in range(i + 1, min(i + 1 + _FOLLOW, len(ctx.sents))):
        if vote is not None and outcome is not None:
            break
        v = votes.parse_vote(ctx.sents[j].text, ctx.lang)
        if len(ctx.sents[j].text.split()) > _VOTE_LINE_WORDS and (v is None or match(ctx, j) is not None):
            break  # a long line is a proposal of its own, not the vote on this one (a roll call is long too)
        o = _outcome(ctx, ctx.folded[j])
        if v is None and o is None:
            if cues.any_match(cues.patterns(ctx.lang, "vote_cues", "between_lines"), ctx.folded[j]):
                continue  # "Member Whitfield seconded." sits between a motion and its vote
            if match(ctx, j) is not None or len(ctx.sents[j].text.split()) > 2:
                break  # narrative in between: later outcome lines are not about this decision
            continue
        if match(ctx, j) is not None and v is None and len(ctx.sents[j].text.split()) > 6:
            break
        vote, outcome = vote or v, outcome if outcome is not None else o
        used.append(j)
    return vote, outcome, used


def _adopted(cls: cues.CueClass, vote: Vote | None, outcome: bool | None, ctx: Ctx, i: int) -> bool | None:
    if outcome is not None and (vote is None or vote.result is None):
        return outcome
    if vote is not None and vote.result is not None:
        return vote.result == "adopted"
    if outcome is not None:
        return outcome
    proposal = "navrh usneseni" in ctx.folded[i] or "proposed" in ctx.folded[i]
    return None if proposal else True


def _decision(ctx: Ctx, i: int, cls: cues.CueClass) -> tuple[Decision, list[int]]:
    vote, outcome, used = _vote_after(ctx, i)
    s = ctx.sents[i]
    number = _own_number(ctx, i) or next((n for j in used if (n := _own_number(ctx, j))), None) or _number(ctx, i)
    d = Decision(s.text, ctx.prov(i), ctx.item_number(i), number, cls.kind, vote,
                 _adopted(cls, vote, outcome, ctx, i), Method(f"rule:{ctx.lang}.decision.{cls.name}", VERSION),
                 cls.confidence)
    return d, used


def in_summary(ctx: Ctx, i: int) -> bool:
    """Sentence i is in a closing summary ("Přehled úkolů", "Action items", "Decisions")."""
    marks = cues.data(ctx.lang, _NAME).get("summary_sections", [])
    sec = ctx.sections[i].strip(" :")
    return any(sec == m or sec.startswith(m + " ") for m in marks)


def words(text: str) -> str:
    return " ".join(w for w in re.findall(r"\w+", fold(text)) if len(w) > 2)


def is_repeat(text: str, earlier: list[str]) -> bool:
    key = words(text)
    return any(fuzz.token_set_ratio(key, words(e)) >= _REPEAT for e in earlier)


def _outcome_only(ctx: Ctx, i: int) -> bool:
    """A short line that only states an outcome ("Odsouhlaseno všemi.", "The motion carried.")."""
    short = len(ctx.sents[i].text.split()) <= _OUTCOME_WORDS
    return short and (_outcome(ctx, ctx.folded[i]) is not None or votes.parse_vote(ctx.sents[i].text, ctx.lang)
                      is not None)


_OUTCOME_LINE_WORDS = 12  # "Usnesení č. 3/5/2021 bylo přijato.", "The motion was carried unanimously."
_OUTCOME_LINE_REACH = 8  # sentences back to the proposal an outcome line speaks of


def _outcome_of_previous(ctx: Ctx, i: int, out: list[Decision]) -> bool:
    """"Usnesení č. 3/2021 bylo přijato." after the proposal and its vote: part of that decision."""
    if len(ctx.sents[i].text.split()) > _OUTCOME_LINE_WORDS or not out:
        return False
    reach = _OUTCOME_LINE_REACH
    if cues.any_match(cues.patterns(ctx.lang, _NAME, "outcome_line"), ctx.folded[i]) is None:
        restates = cues.any_match(cues.patterns(ctx.lang, _NAME, "outcome_restatement"), ctx.folded[i])
        if restates is None or out[-1].kind != "resolution":
            return False
        reach = _FOLLOW  # "Program zasedání byl schválen." right after the resolution and its vote
    near = {ctx.sents[j].start for j in range(max(0, i - reach), i) if ctx.items[j] is ctx.items[i]}
    return out[-1].source.start in near


def _outcome_line(ctx: Ctx, i: int, out: list[Decision], cls: cues.CueClass) -> Decision | None:
    """An outcome line belongs to the decision just before it; with none, the sentence before it is the
    decision it confirms ("Příspěvky zůstávají 200 Kč. Odsouhlaseno všemi.")."""
    near = {ctx.sents[j].start for j in range(max(0, i - _OUTCOME_REACH), i)}
    if any(d.source.start in near for d in out) or i == 0 or ctx.items[i - 1] is not ctx.items[i]:
        return None
    vote, outcome, _ = _vote_after(ctx, i)
    prev = ctx.sents[i - 1]
    return Decision(prev.text, ctx.prov(i - 1), ctx.item_number(i - 1), _number(ctx, i - 1), cls.kind, vote,
                    _adopted(cls, vote, outcome, ctx, i), Method(f"rule:{ctx.lang}.decision.confirmed", VERSION),
                    round(cls.confidence * 0.9, 2))


def _title_line(ctx: Ctx, i: int, cls: cues.CueClass) -> bool:
    """"Date of next meeting" as the title of the item whose next line states the date: not a decision."""
    title = len(ctx.folded[i].split()) <= _OUTCOME_WORDS * 2 and not ctx.folded[i].rstrip().endswith(".")
    if cls.name != "next_meeting" or not title or re.search(r"\d", ctx.folded[i]) or i + 1 >= len(ctx.sents):
        return False
    nxt = match(ctx, i + 1)
    return nxt is not None and nxt[0].name == cls.name


def _resolution_class(ctx: Ctx) -> cues.CueClass:
    return next(c for c in cues.classes(ctx.lang, _NAME) if c.name == "resolution")


def _list_decision(ctx: Ctx, i: int, line: reslists.ListLine) -> Decision:
    """A list line under a verb heading ("II. schvaluje: 1. ..."): a resolution numbered as its heading."""
    d, _ = _decision(ctx, i, _resolution_class(ctx))
    return dataclasses.replace(d, number=d.number or _number(ctx, line.head),
                               method=Method(f"rule:{ctx.lang}.decision.resolution_list", VERSION))


def extract_decisions(ctx: Ctx) -> list[Decision]:
    out: list[Decision] = []
    consumed: set[int] = set()
    lines = reslists.list_lines(ctx)
    heads = reslists.heads(lines)
    for i in range(len(ctx.sents)):
        if i in consumed or i in heads:
            continue
        found = match(ctx, i)
        if i in lines and (found is None or found[0].name == "resolution"):
            out.append(_list_decision(ctx, i, lines[i]))
            continue
        if found is None:
            continue
        if _outcome_of_previous(ctx, i, out):
            continue
        if _outcome_only(ctx, i):
            confirmed = _outcome_line(ctx, i, out, found[0])
            if confirmed is not None and match(ctx, i - 1) is None:
                out.append(confirmed)
            continue
        repeat = in_summary(ctx, i) and is_repeat(ctx.sents[i].text, [d.text for d in out])
        if repeat or _title_line(ctx, i, found[0]):
            continue
        d, used = _decision(ctx, i, found[0])
        consumed.update(used)
        out.append(d)
    return out
