"""Mover and seconder lines of English motions ("Proposed by Cllr A, seconded by Cllr B and agreed.",
"Proposed: Cllr A. Seconded: Cllr B. All in favour."): they name who put the motion and who backed it, never
what was decided. What was decided is the content line before them ("To accept the quotation for grass
cutting."), so an outcome after them confirms that line, not the seconder's name. The cue data is
`mover_lines` of `decision_cues.json` (a language without such lines has none).
"""

from __future__ import annotations

from minutes_nlp.document import BlockKind
from minutes_nlp.extract import cues, reslists, votes
from minutes_nlp.extract.itemctx import Ctx

_NAME = "decision_cues"
_MOVER_WORDS = 16  # "Proposed by Councillor Anne Smith, seconded by Councillor Peter Jones and carried unanimously."
_MOVER_REACH = 3  # mover, seconder and outcome lines between a motion's content and its result


def after_tally(ctx: Ctx, i: int) -> str:
    """Sentence i (folded) past the roll-call segments that open it ('tally_lines': "Roll call: A – aye; B – nay.",
    "AYES: A, B. NAYS: None."): what is left is the outcome ("Motion carried 5-1.") or nothing."""
    text, pats = ctx.folded[i], cues.patterns(ctx.lang, _NAME, "tally_lines")
    while pats and text and (m := cues.any_match(pats, text)) is not None and m.end() > 0:
        text = text[m.end():]
    return text


def newer_motion(ctx: Ctx, i: int, start: int) -> bool:
    """A motion ('proposal_sentence': "MOTION (A/B) to deny ...") put after the decision at `start` and before
    the outcome line i: the outcome is that newer motion's, not the earlier decision's (a failed motion followed
    by a motion to the contrary, each with its own roll call)."""
    pats = cues.patterns(ctx.lang, _NAME, "proposal_sentence")
    return any(ctx.sents[j].start > start and cues.any_match(pats, ctx.folded[j]) is not None
               and not mover_only(ctx, j) and not tally_only(ctx, j)
               for j in range(max(0, i - _MOVER_REACH - 1), i))


def tally_only(ctx: Ctx, i: int) -> bool:
    """Sentence i only says who voted how ("AYES: A, B.", "Roll call: A – aye; B – nay."): no content."""
    return not after_tally(ctx, i).strip()


def mover_only(ctx: Ctx, i: int) -> bool:
    """Sentence i only names a mover or seconder (an outcome word after them allowed), no content."""
    if len(ctx.sents[i].text.split()) > _MOVER_WORDS:
        return False
    return cues.any_match(cues.patterns(ctx.lang, _NAME, "mover_lines"), ctx.folded[i]) is not None


def content_before(ctx: Ctx, i: int) -> int:
    """The sentence before i that states what was moved: the one just before, past mover/seconder lines of
    the same item (-1 when there is none)."""
    j = i - 1
    while j >= 0 and j >= i - _MOVER_REACH and ctx.items[j] is ctx.items[i] and (mover_only(ctx, j)
                                                                              or tally_only(ctx, j)):
        j -= 1
    return j if j >= 0 and ctx.items[j] is ctx.items[i] else -1


def mover_outcome(ctx: Ctx, i: int) -> bool:
    """A mover line that also states the outcome ("Proposed by A, seconded by B and agreed."): the result of
    the motion stated before it."""
    if not mover_only(ctx, i):
        return False
    return reslists.outcome(ctx.lang, ctx.folded[i]) is not None or votes.parse_vote(ctx.sents[i].text,
                                                                                     ctx.lang) is not None


_RECORD_REACH = 3  # sentences from a motion to the resolution that records it


def recorded_later(ctx: Ctx, i: int) -> bool:
    """"Cllr A proposed and Cllr B seconded that X be elected Chair. There were no other nominations.
    RESOLVED that X be elected Chair.": the motion and the resolution that records its passing are one
    decision, and the record is the resolution ('resolution_record'), so the motion is not a second one."""
    if cues.any_match(cues.patterns(ctx.lang, _NAME, "proposal_sentence"), ctx.folded[i]) is None:
        return False
    record = cues.patterns(ctx.lang, _NAME, "resolution_record")
    for j in range(i + 1, min(i + 1 + _RECORD_REACH, len(ctx.sents))):
        if ctx.items[j] is not ctx.items[i] or ctx.sents[j].kind is BlockKind.HEADING:
            return False
        if cues.any_match(record, ctx.folded[j]) is not None:
            return True
    return False
