"""Questions recorded in a table ("Tazatel | Dotaz | Odpověď", "Questioner | Question | Response"), as
councils record public questions and school boards their challenge log: each data row is one question; the
asker is the asker column's person (else the first person in the question cell), the answerer the first
person in the answer cell (or its "odpovídá / answered by" column); an empty or only promised answer cell
leaves the question open. The header words are data (`question_cues`: `table_headers`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes_nlp.document import BlockKind
from minutes_nlp.extract import cues, owners
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.questions_answers import promised
from minutes_nlp.extract.result import Method, Question
from minutes_nlp.textutil import fold

VERSION = "1"


@dataclass(frozen=True)
class Columns:
    question: int
    answer: int
    asker: int | None
    answerer: int | None


def _column(ctx: Ctx, header: list[str], key: str) -> int | None:
    pats = cues.compile_list(ctx.lang, "question_cues", cues.data(ctx.lang, "question_cues")["table_headers"][key])
    return next((k for k, cell in enumerate(header) if cues.any_match(pats, fold(cell).strip())), None)


def columns(ctx: Ctx, i: int) -> Columns | None:
    """The question table's columns, read from the header row of sentence i's table; None for other tables."""
    s = ctx.sents[i]
    if s.kind is not BlockKind.TABLE or "table_headers" not in cues.data(ctx.lang, "question_cues"):
        return None
    first = i
    while first > 0 and ctx.sents[first - 1].block == s.block:
        first -= 1
    if first == i:
        return None  # the header row itself
    header = ctx.sents[first].text.split("\t")
    q, a = _column(ctx, header, "question"), _column(ctx, header, "answer")
    if q is None or a is None or q == a:
        return None
    return Columns(q, a, _column(ctx, header, "asker"), _column(ctx, header, "answerer"))


def _cells(ctx: Ctx, i: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of row sentence i, relative to the sentence."""
    out, at = [], 0
    for cell in ctx.sents[i].text.split("\t"):
        out.append((at, at + len(cell)))
        at += len(cell) + 1
    return out


def _person_in(ctx: Ctx, i: int, span: tuple[int, int] | None) -> owners.Actor | None:
    if span is None:
        return None
    return next((a for a in ctx.actors[i] if span[0] <= ctx.local(i, a)[0] < span[1]), None)


def table_question(ctx: Ctx, i: int) -> Question | None:
    """The question of table row sentence i, when its table is a question table."""
    cols = columns(ctx, i)
    if cols is None:
        return None
    cells = _cells(ctx, i)
    text = ctx.sents[i].text

    def span(k: int | None) -> tuple[int, int] | None:
        return cells[k] if k is not None and k < len(cells) else None

    q_span, a_span = span(cols.question), span(cols.answer)
    if q_span is None or not re.search(r"\w", text[q_span[0]:q_span[1]]):
        return None
    asker = _person_in(ctx, i, span(cols.asker)) or _person_in(ctx, i, q_span)
    answer = text[a_span[0]:a_span[1]].strip() if a_span is not None else ""
    open_ = not re.search(r"\w", answer) or promised(ctx, fold(answer))
    who = None if open_ else (_person_in(ctx, i, span(cols.answerer)) or _person_in(ctx, i, a_span))
    return Question(text[q_span[0]:q_span[1]].strip(), asker.name if asker else None,
                    who.name if who else None, not open_, answer or None, ctx.prov(i), ctx.item_number(i),
                    Method(f"rule:{ctx.lang}.question.table", VERSION), 0.8 if asker else 0.6)
