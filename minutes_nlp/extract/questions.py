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

from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.questions_answers import find_answer, same_turn
from minutes_nlp.extract.questions_ask import find_ask, speaker, turn
from minutes_nlp.extract.result import Method, Question

__all__ = ["extract_questions", "speaker", "turn"]

VERSION = "5"


def extract_questions(ctx: Ctx) -> list[Question]:
    out: list[Question] = []
    answer_lines: set[int] = set()
    for i, s in enumerate(ctx.sents):
        if i in answer_lines:
            continue
        ask = find_ask(ctx, i)
        if ask is None:
            continue
        ans = find_answer(ctx, i, ask)
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
