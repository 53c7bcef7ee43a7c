"""Questions from the floor and their answers: "Na dotaz X ... odpověděl Y", "Dotaz p. X ... zodpovězen
p. Y", "X se dotázala, zda", "X asked whether", "Q:/A:" and speaker lines ending in "?".

The asker sits where the cue says (after "na dotaz", before "se dotázal"); the answer is in the same
sentence or one of the next two; "bude zodpovězeno písemně" or "will report back" leaves it open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes_nlp.extract import cues, owners
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.result import Method, Question

VERSION = "1"
_NAME = "question_cues"
_SPEAKER = re.compile(r"^\W*([^:?!–]{2,40}?)\s*(\([^)]*\))?\s*(?::|\s[–-])\s*\S")  # "X: ...", "X – ..."


@dataclass(frozen=True)
class Answer:
    answerer: str | None
    text: str | None
    answered: bool
    sentence: int


def _pats(ctx: Ctx, key: str) -> tuple[re.Pattern[str], ...]:
    return cues.patterns(ctx.lang, _NAME, key)


@dataclass(frozen=True)
class Ask:
    mode: str  # "after" | "before" | "label" | "speaker"
    match: re.Match[str] | None
    asker: owners.Actor | None


def _speaker(ctx: Ctx, i: int) -> owners.Actor | None:
    """The actor a speaker line starts with ("p. Novák (občan): ...")."""
    m = _SPEAKER.match(ctx.sents[i].text)
    if m is None:
        return None
    return next((a for a in ctx.actors[i] if ctx.local(i, a)[0] <= m.end(1) and ctx.local(i, a)[1] <= m.end(1) + 1),
                None)


_MIN_WORDS = 3  # "?" or "Q:" alone asks nothing


def find_ask(ctx: Ctx, i: int) -> Ask | None:
    f = ctx.folded[i]
    if len(re.findall(r"[^\W\d_]+", f)) < _MIN_WORDS or cues.any_match(_pats(ctx, "negative"), f):
        return None
    for p in cues.compile_list(ctx.lang, _NAME, cues.data(ctx.lang, _NAME)["ask"]["after"]):
        m = p.search(f)
        if m:
            hit = next((a for a in ctx.actors[i] if 0 <= ctx.local(i, a)[0] - m.end() <= 40), None)
            if _answers_directly(ctx, f, m.end()):
                return None  # "Na dotaz odpověděla místostarostka": the answer to the question before
            return Ask("after", m, hit)
    for p in cues.compile_list(ctx.lang, _NAME, cues.data(ctx.lang, _NAME)["ask"]["before"]):
        m = p.search(f)
        if m:
            placed = [(a, *ctx.local(i, a)) for a in ctx.actors[i]]
            return Ask("before", m, owners.subject_before(ctx.sents[i].text, placed, m.start()))
    for p in cues.compile_list(ctx.lang, _NAME, cues.data(ctx.lang, _NAME)["ask"]["label"]):
        m = p.search(f)
        if m:  # "p. Novák – dotaz, kdy ...": the speaker asks; "Q: ... (Name)": the name after the label
            speaker = _speaker(ctx, i)
            if speaker is not None and ctx.local(i, speaker)[1] <= m.end():
                return Ask("label", m, speaker)  # "p. Novák – dotaz na ...": the speaker asks
            return Ask("label", m, next((a for a in ctx.actors[i] if ctx.local(i, a)[0] >= m.end()), None))
    if ctx.sents[i].text.rstrip().endswith("?"):
        return Ask("speaker", None, _block_speaker(ctx, i))  # a direct question; the line's speaker asks
    return None


def _answers_directly(ctx: Ctx, f: str, pos: int) -> bool:
    return any(p.match(f, pos + len(f[pos:]) - len(f[pos:].lstrip(" ,"))) for p in _pats(ctx, "answer_active"))


def _block_speaker(ctx: Ctx, i: int) -> owners.Actor | None:
    """The speaker of the line sentence i is in ("Jo: ... Do we have enough people?")."""
    j = i
    while j > 0 and ctx.sents[j - 1].block == ctx.sents[i].block:
        j -= 1
    return _speaker(ctx, j)


def _answer_tail(text: str, folded: str, pos: int, ctx: Ctx) -> str | None:
    """The answer as written: what follows "že"/"that"/":" after the answer cue, else the rest."""
    for p in _pats(ctx, "answer_intro"):
        m = p.search(folded, pos)
        if m and m.start() - pos <= 40:
            tail = text[m.end():].strip(" ,:–-")
            return tail or None
    tail = text[pos:].strip(" ,:–-")
    return tail or None


def _answerer_near(ctx: Ctx, i: int, m: re.Match[str], asker: owners.Actor | None,
                   passive: bool) -> owners.Actor | None:
    def ok(a: owners.Actor) -> bool:
        return (asker is None or a.name != asker.name) and (a.resolved or a.kind == "person")

    after = [a for a in ctx.actors[i] if 0 <= ctx.local(i, a)[0] - m.end() <= 25 and ok(a)]
    if passive or (after and ctx.local(i, after[0])[0] - m.end() <= 3):
        return after[0] if after else None  # "zodpovězen p. Y", "odpověděla K. Vondráčková"
    placed = [(a, *ctx.local(i, a)) for a in ctx.actors[i] if ok(a) and m.start() - ctx.local(i, a)[1] <= 40]
    before = owners.subject_before(ctx.sents[i].text, placed, m.start())
    return before or (after[0] if after else None)


def _answer_in(ctx: Ctx, i: int, start: int, asker: owners.Actor | None) -> Answer | None:
    f, text = ctx.folded[i], ctx.sents[i].text
    deferred = cues.any_match(_pats(ctx, "deferred"), f[start:]) is not None
    for key, passive in (("answer_passive", True), ("answer_active", False)):
        for p in _pats(ctx, key):
            m = p.search(f, start)
            if m:
                who = _answerer_near(ctx, i, m, asker, passive)
                return Answer(who.name if who else None, _answer_tail(text, f, m.end(), ctx), not deferred, i)
    for p in _pats(ctx, "answer_unknown"):
        m = p.search(f, start)
        if m:  # "Péťa neví, ... zjistí to": Péťa answers, but the question stays open
            who = _answerer_near(ctx, i, m, asker, passive=False)
            return Answer(who.name if who else None, _answer_tail(text, f, m.start(), ctx), False, i)
    for p in _pats(ctx, "answer_attribution"):
        m = p.search(f, start) if start == 0 else None
        if m:  # "Dle Ing. Pospíšilové nikoli, ...": the named person answers
            who = _answerer_near(ctx, i, m, asker, passive=True)
            if who is not None:
                return Answer(who.name, text[ctx.local(i, who)[1]:].strip(" ,:–-") or None, not deferred, i)
    for p in _pats(ctx, "answer_label"):
        m = p.search(f)
        if m and m.start() >= start:
            who = next((a for a in ctx.actors[i] if ctx.local(i, a)[0] >= m.end()), None)
            return Answer(who.name if who else None, text[m.end():].strip() or None, not deferred, i)
    if deferred:  # "Starosta odpoví písemně", "The Clerk will report back": who will answer, still open
        who = next((a for a in ctx.actors[i] if ctx.local(i, a)[0] <= 25 and a.resolved and a.kind == "person"
                    and (asker is None or a.name != asker.name)), None)
        return Answer(who.name if who else None, None, False, i)
    return None


def _speaker_answer(ctx: Ctx, j: int, asker: owners.Actor | None) -> Answer | None:
    who = _speaker(ctx, j)
    if who is None or (asker is not None and who.name == asker.name):
        return None
    m = _SPEAKER.match(ctx.sents[j].text)
    deferred = cues.any_match(_pats(ctx, "deferred"), ctx.folded[j]) is not None
    return Answer(who.name, ctx.sents[j].text[m.end() - 1:].strip() if m else None, not deferred, j)


def _answer_start(ctx: Ctx, i: int, ask: Ask) -> int:
    """Where an answer may begin in the question's own sentence: after the asker's cue ("Na dotaz X, ...,
    Y odpověděl"), but for "X asked whether ..." only after a clause break (the rest is the question)."""
    f = ctx.folded[i]
    if ask.match is None:
        return len(f)
    if ask.mode != "before":
        return ask.match.end()
    brk = re.search(r"[;–]|\s-\s", f[ask.match.end():])
    if brk:
        return ask.match.end() + brk.end()
    for comma in re.finditer(r",", f[ask.match.end():]):  # "X vznesl dotaz na ..., starosta odpověděl, že"
        at = ask.match.end() + comma.end()
        named = any(0 <= ctx.local(i, a)[0] - at <= 40 for a in ctx.actors[i])
        if named and any(p.search(f[at:at + 40]) for p in _pats(ctx, "answer_active") + _pats(ctx, "answer_passive")):
            return at
    return len(f)


def _same_turn(ctx: Ctx, i: int, j: int) -> bool:
    """Sentence j is another question in the same speaker's line as question i."""
    return j < len(ctx.sents) and ctx.sents[j].block == ctx.sents[i].block and \
        ctx.sents[j].text.rstrip().endswith("?")


def find_answer(ctx: Ctx, i: int, ask: Ask) -> Answer:
    start = _answer_start(ctx, i, ask)
    found = _answer_in(ctx, i, start, ask.asker)
    if found is not None:
        return found
    last = i
    while _same_turn(ctx, i, last + 1):
        last += 1  # "X: Kdy bude opravena silnice? Bude to letos?": one turn, the answer comes after it
    for j in range(last + 1, min(last + 3, len(ctx.sents))):
        if ctx.items[j] is not ctx.items[i] or find_ask(ctx, j) is not None:
            break
        found = _answer_in(ctx, j, 0, ask.asker)
        if found is None:  # "Starosta: Oprava je objednána." answers whatever was asked before it
            found = _speaker_answer(ctx, j, ask.asker)
        if found is not None:
            return found
    return Answer(None, None, False, i)


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
        while ask.mode == "speaker" and _same_turn(ctx, i, j + 1):
            j += 1
            answer_lines.add(j)  # the rest of the same turn is this question, not another
        conf = 0.85 if ask.asker is not None else 0.6
        out.append(Question(s.text, ask.asker.name if ask.asker else None, ans.answerer, ans.answered, ans.text,
                            ctx.prov(i), ctx.item_number(i), Method(f"rule:{ctx.lang}.question.{ask.mode}",
                                                                    VERSION), conf))
    return out
