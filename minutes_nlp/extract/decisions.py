"""Decisions: resolutions ("Usnesení č. 5/2021: ZO schvaluje ...", "RESOLVED that"), agreements ("bylo
dohodnuto", "It was agreed"), procedural decisions ("bylo odstoupeno od Tour de Table", the next meeting) with
their vote and outcome. Cue classes are data (`decision_cues.json`).

A vote or outcome line right after a decision ("Pro: 7, Proti: 0", "Usnesení bylo přijato") belongs to it and
is not a decision of its own; a vote line before an outcome that names what it decided ("Hlasování o programu:
pro 8 ... Program jednání byl schválen.") belongs to that outcome; a closing summary that repeats a decision
is dropped. Not this meeting's decisions: another body's (by `body_types`), a remark in a speaker's debate
turn, an opinion, the next meeting of a body with a fixed schedule or announced after closing. Rows of a table
with a decision column ("Decision: No objection") are decisions; later numbered parts of one resolution ("II.
ukládá ...") are not separate ones.
"""

from __future__ import annotations

import dataclasses
import re

from minutes_nlp.document import BlockKind
from minutes_nlp.extract import cues, decision_clauses, decision_movers, decision_next, reslists, votes
from minutes_nlp.extract.decision_match import match as match  # re-exported: actions.py asks it
from minutes_nlp.extract.decision_numbers import later_part as _later_part
from minutes_nlp.extract.decision_numbers import number as _number
from minutes_nlp.extract.decision_numbers import own_number as _own_number
from minutes_nlp.extract.decision_repeats import in_summary as in_summary  # re-exported: items, action_closing
from minutes_nlp.extract.decision_repeats import is_repeat as is_repeat
from minutes_nlp.extract.decision_repeats import next_again as _next_again
from minutes_nlp.extract.decision_repeats import words as words
from minutes_nlp.extract.decision_tasks import formal_only, signatures_dropped, task_record
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.result import Decision, Method, Vote
from minutes_nlp.textutil import fold

VERSION = "3"
_NAME = "decision_cues"
_FOLLOW = 4  # sentences after a decision that may carry its vote (seconder, tally, names, outcome)
_VOTE_LINE_WORDS = 14  # a vote or outcome line is short ("Hlasování: pro 7, proti 0, zdržel se 1.")
_OUTCOME_WORDS = 3  # an outcome-only line is this short ("Odsouhlaseno všemi.", "The motion carried.")
_OUTCOME_REACH = 2  # sentences back to the decision an outcome line confirms


def _outcome(ctx: Ctx, folded: str) -> bool | None:
    return reslists.outcome(ctx.lang, folded)


def _vote_after(ctx: Ctx, i: int) -> tuple[Vote | None, bool | None, list[int]]:
    """The vote and outcome stated in sentence i or the next few lines, and which lines carried them."""
    vote = votes.parse_vote(ctx.sents[i].text, ctx.lang)
    outcome = _outcome(ctx, ctx.folded[i]) if vote is None else None
    used: list[int] = []
    for j in range(i + 1, min(i + 1 + _FOLLOW, len(ctx.sents))):
        if vote is not None and outcome is not None:
            break
        v = votes.parse_vote(ctx.sents[j].text, ctx.lang)
        o = _outcome(ctx, ctx.folded[j])
        own_next = ctx.sents[j].block == ctx.sents[i].block and match(ctx, j) is None
        if v is None and o is None and (own_next or decision_movers.mover_only(ctx, j) or cues.any_match(
                cues.patterns(ctx.lang, "vote_cues", "between_lines"), ctx.folded[j])):
            continue  # the proposal's own next sentence; "Member Whitfield seconded."; "Zodpovídá: ..."; "II. ukládá"
        if len(ctx.sents[j].text.split()) > _VOTE_LINE_WORDS and (v is None or match(ctx, j) is not None) \
                and not _tally_first(ctx, j, v):
            break  # a long line is a proposal of its own, not the vote on this one (a roll call is long too)
        if v is None and o is None:
            if match(ctx, j) is not None or len(ctx.sents[j].text.split()) > 2:
                break  # narrative in between: later outcome lines are not about this decision
            continue
        mj = match(ctx, j)
        # "Usnesení: AS schvaluje ... (13-0-0)." has a tally of its own; a bare "All in favour." is this one's
        own = mj is not None and mj[0].name == "resolution" and o is None and not _outcome_only(ctx, j)
        if own or mj is not None and v is None and len(ctx.sents[j].text.split()) > 6:
            break  # a resolution with its own tally, or a long proposal of its own
        vote, outcome = vote or v, outcome if outcome is not None else o
        used.append(j)
    return vote, outcome, used


def _tally_first(ctx: Ctx, j: int, v: Vote | None) -> bool:
    """"The minutes were approved 9-0-1, with Mr. X abstaining because he had not attended.": a tally in a
    short first clause, the rest only explains a vote; the line is the outcome of the motion before it."""
    head = re.sub(r"\([^()]*\)", " ", ctx.sents[j].text).split(",")[0]
    return v is not None and votes.parse_vote(head, ctx.lang) is not None and len(head.split()) <= _VOTE_LINE_WORDS


def _adopted(cls: cues.CueClass, vote: Vote | None, outcome: bool | None, ctx: Ctx, i: int) -> bool | None:
    if outcome is not None and (vote is None or vote.result is None):
        return outcome
    if vote is not None and vote.result is not None:
        return vote.result == "adopted"
    if outcome is not None:
        return outcome
    proposal = "navrh usneseni" in ctx.folded[i] or decision_clauses.proposed(ctx.folded[i])
    return None if proposal else True


def _leads_to(ctx: Ctx, j: int) -> bool:
    """"Hlasování o programu: pro 8, proti 0, zdržel se 0. Program jednání byl schválen.", "A vote was taken: six
    in favour ... The proposal to charge for breakfast club was carried.": a vote line followed by the outcome
    stated with its own subject; that sentence is the decision and the vote is its vote (a bare "Usnesení bylo
    přijato." / "The motion was carried." names nothing: the proposal before the vote is the decision)."""
    k = j + 1
    if k >= len(ctx.sents) or ctx.items[k] is not ctx.items[j] or len(ctx.sents[j].text.split()) > _VOTE_LINE_WORDS:
        return False
    if not cues.any_match(cues.patterns(ctx.lang, "vote_cues", "vote_line"), ctx.folded[j]):
        return False
    f = ctx.folded[k]
    states = cues.any_match(cues.patterns(ctx.lang, _NAME, "outcome_restatement"), f) or _outcome(ctx, f) is not None
    generic = cues.any_match(cues.patterns(ctx.lang, _NAME, "outcome_line"), f) is not None and \
        cues.any_match(cues.patterns(ctx.lang, _NAME, "named_outcome"), f) is None
    return states and not generic and votes.parse_vote(ctx.sents[j].text, ctx.lang) is not None \
        and match(ctx, k) is not None


def _decision(ctx: Ctx, i: int, cls: cues.CueClass) -> tuple[Decision, list[int]]:
    vote, outcome, used = _vote_after(ctx, i)
    if vote is None and i > 0 and _leads_to(ctx, i - 1):
        vote = votes.parse_vote(ctx.sents[i - 1].text, ctx.lang)
    s = ctx.sents[i]
    number = _own_number(ctx, i) or next((n for j in used if (n := _own_number(ctx, j))), None) or _number(ctx, i)
    d = Decision(s.text, ctx.prov(i), ctx.item_number(i), number, cls.kind, vote,
                 _adopted(cls, vote, outcome, ctx, i), Method(f"rule:{ctx.lang}.decision.{cls.name}", VERSION),
                 cls.confidence)
    d = next((_with_outcome(ctx, d, j) for j in reversed(used) if _states_outcome(ctx, d, j)
              or _tally_after_motion(ctx, d, j)), d)
    return _with_movers(ctx, i, d), used


def _with_movers(ctx: Ctx, i: int, d: Decision) -> Decision:
    """"Approved. Proposed A, seconded B.": a bare outcome word whose paragraph goes on to name the mover and
    seconder records one decision; its text runs over the mover lines (the outcome alone names nothing)."""
    if len(ctx.sents[i].text.split()) > _OUTCOME_WORDS or d.source.end > ctx.sents[i].end:
        return d
    j = i + 1
    while j < len(ctx.sents) and ctx.sents[j].block == ctx.sents[i].block and decision_movers.mover_only(ctx, j):
        j += 1
    return _with_outcome(ctx, d, j - 1) if j > i + 1 else d


def _tally_after_motion(ctx: Ctx, d: Decision, j: int) -> bool:
    """"X moved to approve the minutes; Y seconded. The minutes were approved unanimously (10-0-0).": a line
    of the decision's own paragraph that carried its vote or outcome states what became of it, whatever its
    subject ("Approved 9-0-1 (...)"); the record of the decision runs to it."""
    return ctx.sents[j].block == d.source.block and ctx.sents[j].start > d.source.start


def _states_outcome(ctx: Ctx, d: Decision, j: int) -> bool:
    """Sentence j states the outcome of decision d in d's own paragraph ("Councillor X moved that ... The
    recommendation was carried (For 7, Against 1).")."""
    return ctx.sents[j].block == d.source.block and ctx.sents[j].start > d.source.start and \
        cues.any_match(cues.patterns(ctx.lang, _NAME, "outcome_line"), ctx.folded[j]) is not None


def _with_outcome(ctx: Ctx, d: Decision, j: int) -> Decision:
    """A motion and its outcome in one paragraph are the record of one decision: its text runs to the outcome."""
    end = ctx.sents[j].end
    return dataclasses.replace(d, text=ctx.doc.text[d.source.start:end],
                               source=dataclasses.replace(d.source, end=end))



def _outcome_only(ctx: Ctx, i: int) -> bool:
    """A short line that only states an outcome ("Odsouhlaseno všemi.", "The motion carried.")."""
    rest = decision_movers.after_tally(ctx, i)  # "Roll call: A – aye; B – nay. Motion carried 5-1."
    if rest != ctx.folded[i]:
        return len(rest.split()) <= _OUTCOME_WORDS and _outcome(ctx, rest) is not None
    short = len(ctx.sents[i].text.split()) <= _OUTCOME_WORDS and not _labelled_object(ctx, i)
    return short and (_outcome(ctx, ctx.folded[i]) is not None or votes.parse_vote(ctx.sents[i].text, ctx.lang)
                      is not None)


def _labelled_object(ctx: Ctx, i: int) -> bool:
    """"Schváleno: program jednání.", "Agreed: budget 2026.": the outcome word is a label and what follows it
    names what was decided, so the line is a decision of its own, not the outcome of the line before."""
    if cues.any_match(cues.patterns(ctx.lang, _NAME, "outcome_objects"), ctx.folded[i]):
        return True  # "Agreed no objection.": the response to an application is what was decided
    _, sep, rest = ctx.sents[i].text.partition(":")
    rest = rest.strip(" .")
    return bool(sep and re.search(r"[^\W\d_]{3}", rest) and votes.parse_vote(rest, ctx.lang) is None
                and _outcome(ctx, fold(rest)) is None)


_OUTCOME_LINE_WORDS = 12  # "Usnesení č. 3/5/2021 bylo přijato.", "The motion was carried unanimously."
_OUTCOME_LINE_REACH = 8  # sentences back to the proposal an outcome line speaks of


def _outcome_of_previous(ctx: Ctx, i: int, out: list[Decision]) -> bool:
    """"Usnesení č. 3/2021 bylo přijato." after the proposal and its vote: part of that decision. The tally in
    brackets does not make the line longer ("The motion was put to the vote and LOST (For 2, Against 3).")."""
    line = re.sub(r"\([^()]*\)", " ", ctx.sents[i].text).rsplit(";", 1)[-1]  # "Podle čl. 14 ...; usnesení přijato."
    if len(line.split()) > _OUTCOME_LINE_WORDS or not out or \
            cues.any_match(cues.patterns(ctx.lang, _NAME, "outcome_objects"), ctx.folded[i]):
        return False
    reach = _OUTCOME_LINE_REACH
    if cues.any_match(cues.patterns(ctx.lang, _NAME, "outcome_line"), ctx.folded[i]) is None:
        restates = cues.any_match(cues.patterns(ctx.lang, _NAME, "outcome_restatement"), ctx.folded[i])
        if restates is None or out[-1].kind != "resolution":
            return False
        reach = _FOLLOW  # "Program zasedání byl schválen." right after the resolution and its vote
    near = {ctx.sents[j].start for j in range(max(0, i - reach), i) if ctx.items[j] is ctx.items[i]}
    return out[-1].source.start in near and not decision_movers.newer_motion(ctx, i, out[-1].source.start)


def _confirmed(ctx: Ctx, i: int, d: Decision) -> Decision:
    """The decision with the vote and outcome its later outcome line states, when it had none of its own."""
    if d.vote is not None:
        return _with_outcome(ctx, d, i) if _states_outcome(ctx, d, i) else d
    if _states_outcome(ctx, d, i):
        d = _with_outcome(ctx, d, i)
    vote, outcome, _ = _vote_after(ctx, i)
    adopted = vote.result == "adopted" if vote is not None and vote.result is not None else outcome
    return dataclasses.replace(d, vote=vote, adopted=d.adopted if adopted is None else adopted)


def _under_heading(ctx: Ctx, i: int) -> bool:
    """"Minutes of the last meeting" / "Minutes approved.": an outcome line right under the item's heading
    has no motion before it to confirm; the line itself records the decision (the heading names its object)."""
    k = decision_movers.content_before(ctx, i)
    return k >= 0 and ctx.sents[k].kind is BlockKind.HEADING


def _outcome_line(ctx: Ctx, i: int, out: list[Decision], cls: cues.CueClass) -> Decision | None:
    """An outcome line belongs to the decision just before it; with none, the sentence before it is the
    decision it confirms ("Příspěvky zůstávají 200 Kč. Odsouhlaseno všemi."), past the lines that only name
    its mover and seconder ("To accept the quote. Proposed: Cllr A. Seconded: Cllr B. All in favour.")."""
    k = decision_movers.content_before(ctx, i)
    near = {ctx.sents[j].start for j in range(max(0, min(k, i - _OUTCOME_REACH)), i)}
    if any(d.source.start in near for d in out) or k < 0:
        return None
    vote, outcome, _ = _vote_after(ctx, i)
    prev = ctx.sents[k]
    d = Decision(prev.text, ctx.prov(k), ctx.item_number(k), _number(ctx, k), cls.kind, vote,
                 _adopted(cls, vote, outcome, ctx, i), Method(f"rule:{ctx.lang}.decision.confirmed", VERSION),
                 round(cls.confidence * 0.9, 2))
    return _with_outcome(ctx, d, i) if prev.block == ctx.sents[i].block else d  # "... The Chair agreed."


def _voted_proposal(ctx: Ctx, i: int, out: list[Decision], cls: cues.CueClass) -> Decision | None:
    """An outcome line ('outcome_line': "Návrh nebyl přijat (hlasování: 2 – 3 – 1).") right after the sentence
    that makes a proposal ('proposal_sentence': "Posl. X navrhl, aby ...") decides that proposal: the decision
    is the proposal with its vote and outcome, not the outcome line alone; in one paragraph its text spans both
    sentences (what was proposed and what became of it)."""
    if i == 0 or ctx.items[i - 1] is not ctx.items[i] or ctx.sents[i - 1].kind is BlockKind.HEADING:
        return None
    if cues.any_match(cues.patterns(ctx.lang, _NAME, "outcome_line"), ctx.folded[i]) is None:
        return None
    if cues.any_match(cues.patterns(ctx.lang, _NAME, "proposal_sentence"), ctx.folded[i - 1]) is None:
        return None
    d = _outcome_line(ctx, i, out, cls)
    if d is None or ctx.sents[i].block != ctx.sents[i - 1].block:
        return d
    text = ctx.doc.text[ctx.sents[i - 1].start:ctx.sents[i].end]  # the proposal with the line that decides it
    return dataclasses.replace(d, text=text, source=dataclasses.replace(d.source, end=ctx.sents[i].end))


def _vote_line_decision(ctx: Ctx, i: int, out: list[Decision]) -> Decision | None:
    """A vote line ("Hlasování: pro 6, proti 0, zdržel se 0.") with no decision before it in its item: the
    sentence just before it is what was voted on ("Výbor požádal starostu o studii."), whatever its verb."""
    s = ctx.sents[i]
    if len(s.text.split()) > _VOTE_LINE_WORDS or votes.parse_vote(s.text, ctx.lang) is None:
        return None
    if not cues.any_match(cues.patterns(ctx.lang, "vote_cues", "vote_line"), ctx.folded[i]):
        return None
    back = range(max(0, i - _OUTCOME_LINE_REACH), i)
    if any(d.source.start == ctx.sents[j].start for d in out for j in back if ctx.items[j] is ctx.items[i]):
        return None
    prev = i - 1
    if prev < 0 or ctx.items[prev] is not ctx.items[i] or ctx.sents[prev].kind is BlockKind.HEADING:
        return None
    if votes.parse_vote(ctx.sents[prev].text, ctx.lang) is not None:
        return None
    return _outcome_line(ctx, i, out, next(c for c in cues.classes(ctx.lang, _NAME) if c.name == "voted"))


def _moved(ctx: Ctx, i: int, out: list[Decision]) -> Decision | None:
    """A mover line with its outcome and no decision before it: the motion is the content line before it,
    unless that line is a decision of its own (then the mover line was its vote) or a heading."""
    k = decision_movers.content_before(ctx, i)
    if k < 0 or ctx.sents[k].kind is BlockKind.HEADING or match(ctx, k) is not None:
        return None
    return _outcome_line(ctx, i, out, _resolution_class(ctx))


def _resolution_class(ctx: Ctx) -> cues.CueClass:
    return next(c for c in cues.classes(ctx.lang, _NAME) if c.name == "resolution")


def _list_decision(ctx: Ctx, i: int, line: reslists.ListLine) -> Decision:
    """A list line under a verb heading ("II. schvaluje: 1. ..."): a resolution numbered as its heading. The
    line states only the object, so under a refusing verb ("V. neschvaluje: 1. dotaci ...") it is not adopted."""
    d, _ = _decision(ctx, i, _resolution_class(ctx))
    refused = line.verb.startswith(tuple(cues.data(ctx.lang, _NAME).get("refusing_verbs", [])))
    return dataclasses.replace(d, number=d.number or _number(ctx, line.head), adopted=False if refused else d.adopted,
                               method=Method(f"rule:{ctx.lang}.decision.resolution_list", VERSION))



def extract_decisions(ctx: Ctx) -> list[Decision]:
    out: list[Decision] = []
    consumed: set[int] = set()
    lines = reslists.list_lines(ctx)
    heads = reslists.heads(lines)
    rows = reslists.table_rows(ctx)
    for i in range(len(ctx.sents)):
        if i in consumed or i in heads:
            continue
        if i in rows:
            out.append(rows[i])
            continue
        if reslists.vote_before_head(ctx, i, heads):
            continue
        found = match(ctx, i)
        if i in lines and (found is None or found[0].name == "resolution"):
            out.append(_list_decision(ctx, i, lines[i]))
            continue
        if found is None:
            if not _leads_to(ctx, i) and (voted := _vote_line_decision(ctx, i, out)) is not None:
                out.append(voted)
            elif decision_movers.mover_outcome(ctx, i) and (moved := _moved(ctx, i, out)) is not None:
                out.append(moved)  # "To accept the quote. Proposed by A, seconded by B and agreed."
            continue
        if _outcome_of_previous(ctx, i, out):
            out[-1] = _confirmed(ctx, i, out[-1])
            continue
        if (proposed := _voted_proposal(ctx, i, out, found[0])) is not None:
            out.append(proposed)  # "X navrhl, aby ... . Návrh nebyl přijat (2-3-1).": the proposal, voted down
            continue
        if _later_part(ctx, i, out):
            continue
        if _outcome_only(ctx, i) and not _under_heading(ctx, i):
            confirmed = _outcome_line(ctx, i, out, found[0])
            if confirmed is not None and match(ctx, decision_movers.content_before(ctx, i)) is None:
                out.append(confirmed)
            continue
        repeat = in_summary(ctx, i) and (is_repeat(ctx.sents[i].text, [d.text for d in out]) or
                                         _next_again(found[0], out))
        if repeat or decision_next.title_line(ctx, i, found[0]) or decision_movers.recorded_later(ctx, i):
            continue
        d, used = _decision(ctx, i, found[0])
        consumed.update(used)
        out.append(d)
    kept = [d for d in reslists.restated_rows(out) if not task_record(ctx, d)]
    return signatures_dropped(ctx, formal_only(ctx, kept))
