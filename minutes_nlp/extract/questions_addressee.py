"""The one asked answers: "Cllr X asked the Clerk whether the invoice had been paid. She confirmed it had.",
"Ing. X se zeptal starostky, zda ... Odpověděla, že ...". A reply in the next sentence whose subject is only a
pronoun (or, in Czech, dropped) is given by the person the question was put to, named right after the ask
verb; the pronoun forms are data (`question_cues`: `pronoun_reply`). Also the "A." line after a "Q." line.
"""

from __future__ import annotations

import dataclasses

from minutes_nlp.extract import cues
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.questions_answers import Answer, promised
from minutes_nlp.extract.questions_ask import Ask

_REACH = 6  # characters between the ask verb and the person asked ("asked the Clerk", "se zeptal starostky")


def fill_addressee(ctx: Ctx, i: int, ask: Ask, ans: Answer) -> Answer:
    """The answer of a pronoun reply gets the person the question was put to as its answerer."""
    if not ans.answered or ans.answerer is not None or ans.sentence == i or ask.match is None:
        return ans
    if cues.any_match(cues.patterns(ctx.lang, "question_cues", "pronoun_reply"), ctx.folded[ans.sentence]) is None:
        return ans
    who = addressee(ctx, i, ask)
    return dataclasses.replace(ans, answerer=who) if who is not None else ans


def addressee(ctx: Ctx, i: int, ask: Ask) -> str | None:
    """The person named right after the ask verb of sentence i, other than the asker."""
    if ask.match is None or ask.mode != "before":
        return None
    end = ask.match.end()
    for a in ctx.actors[i]:
        at = ctx.local(i, a)[0] - end
        if 0 <= at <= _REACH and a.kind == "person" and a.resolved and \
                (ask.asker is None or a.name != ask.asker.name):
            return a.name
    return None


def dotted_answer(ctx: Ctx, i: int, ask: Ask, ans: Answer) -> Answer:
    """"Q. How do governors know ...?" answered by the next line "A. The Headteacher reports termly ...": an "A."
    label answers a labelled question (only there: elsewhere "A." is a name's initial). The sentence splitter
    may leave the label "A." as a sentence of its own; the answer is then the next sentence of its line."""
    j = i + 1
    if ans.answered or ask.mode != "label" or j >= len(ctx.sents) or ctx.items[j] is not ctx.items[i]:
        return ans
    m = cues.any_match(cues.patterns(ctx.lang, "question_cues", "answer_label_dotted"), ctx.folded[j])
    if m is None:
        return ans
    k, at = j, m.end()
    if not ctx.folded[j][at:].strip() and j + 1 < len(ctx.sents) and ctx.sents[j + 1].block == ctx.sents[j].block:
        k, at = j + 1, 0  # "A." | "The Headteacher reports ...": the label split off
    text = ctx.sents[k].text[at:].strip() or None
    if promised(ctx, ctx.folded[k]):
        return Answer(None, text, False, k)
    who = next((a.name for a in ctx.actors[k] if ctx.local(k, a)[0] >= at), None)
    return Answer(who, text, True, k)
