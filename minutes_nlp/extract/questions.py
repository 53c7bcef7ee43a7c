"""Questions from the floor and their answers: "Na dotaz X ... odpověděl Y", "Dotaz p. X ... zodpovězen
p. Y", "X se dotázala, zda", "X asked whether", "Q:/A:" and speaker lines ending in "?".

The asker sits where the cue says (after "na dotaz", before "se dotázal"); the answer is in the same
sentence or one of the next two; "bude zodpovězeno písemně" or "will report back" leaves it open, also
later in the answering turn or in a reply nested under the question ("No agreement; we'll come back to it"),
and by the corpus convention a deferred answer has no answerer (the promise is an action).
Debate turns ("Jméno: ...", "JNovák: ...") are asked and answered by their speakers; a citizen's remark
("p. X (občan): ...") answered by the next turn counts as a question (podnět) even without "?".
Governance scrutiny ("Governors challenged the Headteacher on ...") asks too; a sentence that opens as a
reply ("The Chair replied that ...", "uvedl, že na dotaz odpoví písemně") answers, it never asks.
"""

from __future__ import annotations

import dataclasses
import re

from minutes_nlp.extract import cues
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.questions_addressee import dotted_answer, fill_addressee
from minutes_nlp.extract.questions_answers import Answer, find_answer, same_turn
from minutes_nlp.extract.questions_ask import Ask, find_ask, pats, speaker, turn
from minutes_nlp.extract.questions_tables import columns, table_question
from minutes_nlp.extract.result import Method, Question

__all__ = ["extract_questions", "speaker", "turn"]

VERSION = "6"


def extract_questions(ctx: Ctx) -> list[Question]:
    out: list[Question] = []
    answer_lines: set[int] = set()
    unanswered: tuple[int, int] | None = None  # (sentence, index in out) of the question just before, left open
    for i, s in enumerate(ctx.sents):
        if i in answer_lines:
            continue
        if (row := table_question(ctx, i)) is not None or columns(ctx, i) is not None:
            out.extend([row] if row is not None else [])
            continue  # a question table's row is its own question and answer
        ask = find_ask(ctx, i)
        if ask is None:
            _answer_back(ctx, i, out)
            continue
        ans = dotted_answer(ctx, i, ask, fill_addressee(ctx, i, ask, find_answer(ctx, i, ask)))
        if unanswered is not None and joint_answer(ctx, unanswered[0], i, ans):
            k = unanswered[1]
            out[k] = dataclasses.replace(out[k], answerer=ans.answerer, answered=True, answer=ans.text)
        unanswered = (i, len(out)) if ans.sentence == i and ans.text is None and not ans.answered else None
        if ans.sentence != i:
            answer_lines.add(ans.sentence)
        j = i
        while ask.mode == "speaker" and same_turn(ctx, i, j + 1):
            j += 1
            answer_lines.add(j)  # the rest of the same turn is this question, not another
        conf = 0.85 if ask.asker is not None else 0.6
        out.append(Question(s.text, ask.asker.name if ask.asker else None, ans.answerer, ans.answered, ans.text,
                            ctx.prov(i), ctx.item_number(i), Method(f"rule:{ctx.lang}.question.{ask.mode}",
                                                                    VERSION), conf))
    return out


_SHARED = 2  # content words the reply repeats from the earlier question when it answers both
_CONTENT = re.compile(r"[^\W\d_]{4,}")


def joint_answer(ctx: Ctx, prev: int, i: int, ans: Answer) -> bool:
    """"Mr X asked whether the target was realistic. Cllr Y asked when it would be reviewed. Dr Z said that the
    target was realistic and would be reviewed in June.": two questions in a row, the first left with nothing
    after it but the second; the reply right after the second answers the first too when it repeats the
    first question's words."""
    if prev != i - 1 or not ans.answered or ans.answerer is None or ans.sentence != i + 1 or \
            ctx.sents[prev].block != ctx.sents[i].block:
        return False
    asked = set(_CONTENT.findall(ctx.folded[prev])) - set(_CONTENT.findall(ctx.folded[i]))
    return len(asked & set(_CONTENT.findall(ctx.folded[ans.sentence]))) >= _SHARED


_BACK_REACH = 30  # characters after "K dotazu" within which the asker of the earlier question is named


def _answer_back(ctx: Ctx, i: int, out: list[Question]) -> None:
    """"K dotazu Mgr. X z bodu 2 uvedla Ing. Y, že ...": a reply that names the asker of a question recorded
    earlier in the minutes (left without an answerer there, "Odpověď byla přesunuta do bodu 4") answers it."""
    m = cues.any_match(pats(ctx, "reply_back"), ctx.folded[i])
    if m is None:
        return
    asker = next((a for a in ctx.actors[i] if m.end() <= ctx.local(i, a)[0] <= m.end() + _BACK_REACH), None)
    k = next((k for k in range(len(out) - 1, -1, -1) if asker is not None and out[k].asker == asker.name), None)
    if k is None or out[k].answerer is not None:
        return
    ans = find_answer(ctx, i, Ask("after", m, asker))
    if ans.sentence == i and ans.answerer is not None:
        out[k] = dataclasses.replace(out[k], answerer=ans.answerer, answered=ans.answered, answer=ans.text)
