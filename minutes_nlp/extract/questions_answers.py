"""The answer to a question and whether it stands: the answer in the question's own sentence (after a
clause break for "X asked whether ..."), else in one of the next sentences or speaker turns of the same
item. Deferred answers ("odpoví písemně", "to be picked up offline", "will report back") keep the question
open, also when they come later in the answering turn or in a reply nested under the question; by the
corpus convention (corpus/FORMAT.md) a deferred answer has no answerer: the promise is an action of
whoever made it. A withheld answer ("had no information", "zatím není známo") keeps it open too, but
whoever replied so gave the answer the minutes record.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from minutes_nlp.document import BlockKind
from minutes_nlp.extract import cues, owners
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.questions_ask import SPEAKER, Ask, definite, find_ask, gender_of, pats, speaker, turn


@dataclass(frozen=True)
class Answer:
    answerer: str | None
    text: str | None
    answered: bool
    sentence: int



def _answer_tail(text: str, folded: str, pos: int, ctx: Ctx) -> str | None:
    """The answer as written: what follows "že"/"that"/":" after the answer cue, else the rest."""
    for p in pats(ctx, "answer_intro"):
        m = p.search(folded, pos)
        if m and m.start() - pos <= 40:
            tail = text[m.end():].strip(" ,:–-")
            return tail or None
    tail = text[pos:].strip(" ,:–-")
    return tail or None


def _answerer_near(ctx: Ctx, i: int, m: re.Match[str], asker: owners.Actor | None,
                   passive: bool) -> owners.Actor | None:
    def ok(a: owners.Actor) -> bool:  # a mention begun in the sentence before is not this sentence's subject
        return (asker is None or a.name != asker.name) and (a.resolved or a.kind == "person") and \
            ctx.local(i, a)[0] >= 0

    after = [a for a in ctx.actors[i] if 0 <= ctx.local(i, a)[0] - m.end() <= 25 and ok(a)]
    if passive:
        return after[0] if after else None  # "zodpovězen p. Y", "answered by the Clerk"
    placed = [(a, *ctx.local(i, a)) for a in ctx.actors[i] if ok(a) and m.start() - ctx.local(i, a)[1] <= 40]
    before = owners.subject_before(ctx.sents[i].text, placed, m.start()) or _coordinated_subject(ctx, i, m, ok) \
        or _pronoun_subject(ctx, i, m, ok)
    before = _first_coordinated(ctx, i, _affiliated_person(ctx, i, before, ok), ok)
    inverted = cues.data(ctx.lang, "action_cues").get("subject_after_verb")
    if after and ctx.local(i, after[0])[0] - m.end() <= 3 and (inverted or before is None):
        return after[0]  # "odpověděla K. Vondráčková"; but "Ms. X said MEMA expects ...": MEMA is the clause's
    if before is not None or not after:
        return before
    gap = ctx.folded[i][m.end():ctx.local(i, after[0])[0]]  # "replied that Hallam Ltd had ...": the answer's content
    return None if any(p.search(gap) for p in pats(ctx, "answer_intro")[:-1]) else after[0]


def _affiliated_person(ctx: Ctx, i: int, found: owners.Actor | None,
                       ok: Callable[[owners.Actor], bool]) -> owners.Actor | None:
    """"Ing. X z Národního úřadu ... (NÚKIB) sdělil", "Ms X from the regulator said": the body is the
    person's affiliation, the person answers, however long the body's name runs."""
    if found is None or found.kind == "person":
        return found
    start = ctx.local(i, found)[0]
    for a in ctx.actors[i]:
        end = ctx.local(i, a)[1]
        if a.kind == "person" and end <= start and ok(a) and \
                cues.any_match(pats(ctx, "affiliation_link"), ctx.folded[i][end:start]):
            return a
    return found


def _first_coordinated(ctx: Ctx, i: int, found: owners.Actor | None,
                       ok: Callable[[owners.Actor], bool]) -> owners.Actor | None:
    """"Ing. Beneš i Ing. Dvořák shodně uvedli", "Mr Ellis and Dr Shah confirmed": of people answering together
    the first named stands for the answer (the answerer is one name)."""
    while found is not None:
        start = ctx.local(i, found)[0]
        prev = next((a for a in ctx.actors[i] if ctx.local(i, a)[1] <= start and ok(a) and
                     cues.any_match(pats(ctx, "coordinated_subjects"), ctx.folded[i][ctx.local(i, a)[1]:start])), None)
        if prev is None:
            return found
        found = prev
    return found


def _pronoun_subject(ctx: Ctx, i: int, m: re.Match[str],
                     ok: Callable[[owners.Actor], bool]) -> owners.Actor | None:
    """"The Chair asked Mr Okafor whether ...; he confirmed that ...": a pronoun answering in the question's
    sentence stands for the other person it names (the one asked), of the pronoun's gender when known."""
    p = cues.any_match(pats(ctx, "pronoun_subject"), ctx.folded[i][:m.start()])
    if p is None:
        return None
    gender = (cues.data(ctx.lang, "question_cues").get("carried_subject") or {}).get(p.group("pron"))
    fits = [a for a in ctx.actors[i] if a.kind == "person" and ok(a) and ctx.local(i, a)[1] <= p.start()
            and gender_of(ctx, a.name) in (None, gender)]
    return fits[-1] if fits else None


_OPENER = 4  # an actor that starts this close to the sentence start is its subject


def _coordinated_subject(ctx: Ctx, i: int, m: re.Match[str],
                         ok: Callable[[owners.Actor], bool]) -> owners.Actor | None:
    """"The Chairman apologised that no written reply had been sent and said that ...": the answer verb is a
    second predicate of the actor that opens the sentence, however long the first predicate runs."""
    if not cues.any_match(pats(ctx, "coordinated_predicate"), ctx.folded[i][:m.start()]):
        return None
    first = min(((ctx.local(i, a)[0], k) for k, a in enumerate(ctx.actors[i])), default=None)
    if first is None or first[0] > _OPENER:
        return None
    opener = ctx.actors[i][first[1]]
    return opener if ok(opener) else None


def open_cues(ctx: Ctx) -> tuple[re.Pattern[str], ...]:
    """Everything that leaves a question open: an answer promised later or one withheld."""
    return pats(ctx, "deferred") + pats(ctx, "withheld")


def promised(ctx: Ctx, folded: str) -> bool:
    """The answer is only promised ("odpoví písemně", "will report back"), or the reply says the source lacks
    what was asked and someone will produce it ("zpráva takové členění neobsahuje; koordinátorka zajistí
    zpracování rozboru"): by the corpus convention nobody answered it; the promise is an action of whoever
    made it."""
    if cues.any_match(pats(ctx, "deferred"), folded) is not None:
        return True
    return cues.any_match(pats(ctx, "answer_lacking"), folded) is not None and \
        cues.any_match(pats(ctx, "deferred_production"), folded) is not None


def _scope(ctx: Ctx, i: int, start: int, verb_end: int) -> int:
    """Where the answer given at `verb_end` stops for judging whether it stands: before a further promise
    about its content ("..., o jehož podobě bude RSK informovat", "confirmed that it would, and undertook
    to send ...") when the content itself withholds nothing; else the sentence end."""
    f = ctx.folded[i]
    m = cues.any_match(pats(ctx, "extra_promise"), f[verb_end:])
    if m is None or not re.search(r"\w", f[verb_end:verb_end + m.start()]):
        return len(f)
    cut = verb_end + m.start()
    left_open = cues.any_match(open_cues(ctx) + pats(ctx, "answer_unknown"), f[start:cut])
    return len(f) if left_open is not None else cut


def _settled(ctx: Ctx, i: int, start: int, who: owners.Actor | None, text: str | None,
             verb_end: int | None = None) -> Answer:
    """An answer given by `who`, left open by a promise (up to a further promise about its content) or by
    a withheld reply in the rest of the sentence."""
    rest = ctx.folded[i][start:]
    if promised(ctx, rest[:_scope(ctx, i, start, verb_end) - start] if verb_end is not None else rest):
        return Answer(None, text, False, i)
    withheld = cues.any_match(pats(ctx, "withheld") + pats(ctx, "answer_unknown"), rest) is not None
    return Answer(who.name if who else None, text, not withheld, i)


def _postposed(ctx: Ctx, i: int, start: int, asker: owners.Actor | None) -> Answer | None:
    """"The ICB had confirmed its agreement, Mr Okafor said.", "..., dodal Ing. Beneš.": a reporting clause after
    the content names who answered; a body named in the content is what the answer is about. In telegraphic
    minutes a turn after a semicolon ("X – dotaz na metodiku; Ing. Beneš – bude upravena") is the reply."""
    for p in pats(ctx, "postposed_speaker") + pats(ctx, "inline_turn"):
        m = p.search(ctx.folded[i], start)
        if m is None:
            continue
        who = next((a for a in ctx.actors[i] if a.kind == "person" and m.start("who") <= ctx.local(i, a)[0] < m.end()
                    and (asker is None or a.name != asker.name)), None)
        if who is not None:
            return _settled(ctx, i, start, who, ctx.sents[i].text[start:m.start()].strip(" ,") or None)
    return None


def _answer_in(ctx: Ctx, i: int, start: int, asker: owners.Actor | None) -> Answer | None:
    f, text = ctx.folded[i], ctx.sents[i].text
    if (post := _postposed(ctx, i, start, asker)) is not None:
        return post
    for key, passive in (("answer_passive", True), ("answer_active", False)):
        for p in pats(ctx, key):
            m = p.search(f, start)
            if m:
                who = definite(ctx, i, _answerer_near(ctx, i, m, asker, passive))
                return _settled(ctx, i, start, who, _answer_tail(text, f, m.end(), ctx), m.end())
    for p in pats(ctx, "answer_unknown"):
        m = p.search(f, start)
        if m:  # "Péťa neví": Péťa answers, but the question stays open
            who = _answerer_near(ctx, i, m, asker, passive=False)
            return _settled(ctx, i, start, who, _answer_tail(text, f, m.start(), ctx))
    for p in pats(ctx, "answer_attribution"):
        m = p.search(f, start) if start == 0 else None
        if m:  # "Dle Ing. Pospíšilové nikoli, ...": the named person answers
            who = _answerer_near(ctx, i, m, asker, passive=True)
            if who is not None:
                return _settled(ctx, i, start, who, text[ctx.local(i, who)[1]:].strip(" ,:–-") or None)
    for p in pats(ctx, "answer_label"):
        m = p.search(f)
        if m and m.start() >= start:  # "A: The Clerk said ...", "Odpověď (starostka): ..."
            who = next((a for a in ctx.actors[i] if ctx.local(i, a)[0] >= m.start()), None)
            return _settled(ctx, i, start, who, text[m.end():].strip() or None)
    return _open_reply(ctx, i, start, asker)


def _open_reply(ctx: Ctx, i: int, start: int, asker: owners.Actor | None) -> Answer | None:
    """"Starosta odpoví písemně", "The Clerk will report back": promised, nobody answered; "Starosta
    nemá informace": withheld, the one who says so replied."""
    rest = ctx.folded[i][start:]
    if promised(ctx, rest):
        return Answer(None, None, False, i)
    if cues.any_match(pats(ctx, "withheld") + pats(ctx, "answer_unknown"), rest) is None:
        return None
    who = _deferring_subject(ctx, i, start, asker)
    return Answer(who.name if who else None, None, False, i)


_SUBJECT_REACH = 25  # characters from the clause start within which a deferring answerer is named


def _deferring_subject(ctx: Ctx, i: int, start: int, asker: owners.Actor | None) -> owners.Actor | None:
    """Who promises the answer: a person named early in the clause ("; the Clerk will report back"), or a
    body that opens it ("Investor odpoví do příštího KD"); a body further on is the answer's content."""
    for a in ctx.actors[i]:
        at = ctx.local(i, a)[0] - start
        if 0 <= at <= _SUBJECT_REACH and a.resolved and (asker is None or a.name != asker.name) and \
                (a.kind == "person" or at <= _OPENER):
            return a
    return None


def _speaker_answer(ctx: Ctx, j: int, asker: owners.Actor | None) -> Answer | None:
    who = speaker(ctx, j)
    if who is None or (asker is not None and who.name == asker.name):
        return None
    m = SPEAKER.match(ctx.sents[j].text)
    rest = [ctx.folded[k] for k in turn(ctx, j) if k >= j]
    if any(promised(ctx, f) for f in rest):
        return Answer(None, ctx.sents[j].text[m.end() - 1:].strip() if m else None, False, j)
    withheld = any(cues.any_match(pats(ctx, "withheld"), f) for f in rest)
    return Answer(who.name, ctx.sents[j].text[m.end() - 1:].strip() if m else None, not withheld, j)


def _collective_answer(ctx: Ctx, i: int, j: int) -> Answer | None:
    """"Has anyone heard back? Nobody had.": the note-taker's reply in the asker's own line answers it."""
    if ctx.sents[j].block != ctx.sents[i].block or not cues.any_match(pats(ctx, "answer_collective"), ctx.folded[j]):
        return None
    left_open = cues.any_match(open_cues(ctx) + pats(ctx, "answer_unknown"), ctx.folded[j]) is not None
    return Answer(None, ctx.sents[j].text.strip(), not left_open, j)


def _left_open(ctx: Ctx, i: int, ans: Answer) -> str | None:
    """The discussion after an answer leaves the question open: a later sentence of the answer's turn
    ("..., odpovím vám písemně") or a reply nested under the question ("No agreement; we'll come back to
    it.") defers it ("promised") or leaves it unresolved ("open"). Stops at the next question."""
    level = ctx.doc.blocks[ctx.sents[i].block].level or 0
    for k in range(ans.sentence + 1, min(ans.sentence + 6, len(ctx.sents))):
        same_turn = ctx.sents[k].block == ctx.sents[ans.sentence].block
        nested = ctx.sents[k].kind is ctx.sents[i].kind is BlockKind.LIST_ITEM and \
            (ctx.doc.blocks[ctx.sents[k].block].level or 0) > level
        if not (same_turn or nested) or ctx.items[k] is not ctx.items[i] or find_ask(ctx, k) is not None:
            return None
        if not nested and any(a.kind == "person" and a.name != ans.answerer for a in ctx.actors[k]):
            return None  # "Cllr Okoro agreed to ... and report back": another person's task, not the answer's
        if promised(ctx, ctx.folded[k]):
            return "promised"
        if cues.any_match(pats(ctx, "withheld") + pats(ctx, "unresolved"), ctx.folded[k]):
            return "open"
    return None


def _answer_start(ctx: Ctx, i: int, ask: Ask) -> int:
    """Where an answer may begin in the question's own sentence: after the asker's cue ("Na dotaz X, ...,
    Y odpověděl"), but for "X asked whether ..." only after a clause break (the rest is the question)."""
    f = ctx.folded[i]
    if ask.match is None:
        return len(f)
    if ask.mode == "after":
        return 0 if _reply_before(ctx, f, ask.match.start()) else ask.match.end()
    if ask.mode not in ("before", "passive"):  # a labelled question ending in "?" holds no answer ("Q. How are
        return len(f) if ask.mode == "label" and f.rstrip().endswith("?") else ask.match.end()  # we assured ...?")
    brk = re.search(r"[;–]|\s-\s", f[ask.match.end():])
    if brk:
        return ask.match.end() + brk.end()
    breaks = pats(ctx, "answer_break") + (pats(ctx, "answer_break_passive") if ask.mode == "passive" else ())
    told = cues.any_match(breaks, f[ask.match.end():])
    if told:  # "X asked about the roof and was told that ...": the answer is the second predicate
        return ask.match.end() + told.start()
    for comma in re.finditer(r",", f[ask.match.end():]):  # "X vznesl dotaz na ..., starosta odpověděl, že"
        at = ask.match.end() + comma.end()
        if cues.any_match(pats(ctx, "question_clause"), f[at:]):
            continue  # ", zda DIA již potvrdila ...": the question's own content, not a reply
        named = any(0 <= ctx.local(i, a)[0] - at <= 40 for a in ctx.actors[i])
        if named and any(p.search(f[at:at + 40]) for p in pats(ctx, "answer_active") + pats(ctx, "answer_passive")):
            return at
    return len(f)


def _reply_before(ctx: Ctx, f: str, cue: int) -> bool:
    """"Ing. Beneš odpověděl na dotaz Mgr. X, že ...": the answer verb governs the cue; the sentence answers
    the question it names, from its start."""
    return any(m.end() >= cue - 1 for p in pats(ctx, "answer_active") for m in p.finditer(f, 0, cue))


def same_turn(ctx: Ctx, i: int, j: int) -> bool:
    """Sentence j is another question in the same speaker's line as question i."""
    return j < len(ctx.sents) and ctx.sents[j].block == ctx.sents[i].block and \
        ctx.sents[j].text.rstrip().endswith("?")


def find_answer(ctx: Ctx, i: int, ask: Ask) -> Answer:
    found = _find_answer(ctx, i, ask)
    left = _left_open(ctx, i, found) if found.answered else None
    if left is not None:
        return Answer(None if left == "promised" else found.answerer, found.text, False, found.sentence)
    return found


def _find_answer(ctx: Ctx, i: int, ask: Ask) -> Answer:
    start = _answer_start(ctx, i, ask)
    found = _answer_in(ctx, i, start, ask.asker)
    if found is not None:
        return found
    last = i
    while same_turn(ctx, i, last + 1):
        last += 1  # "X: Kdy bude opravena silnice? Bude to letos?": one turn, the answer comes after it
    for j in range(last + 1, min(last + 3, len(ctx.sents))):
        if ctx.items[j] is not ctx.items[i] or find_ask(ctx, j) is not None:
            break
        found = _answer_in(ctx, j, 0, ask.asker)
        if found is None:  # "Starosta: Oprava je objednána." answers whatever was asked before it
            found = _speaker_answer(ctx, j, ask.asker) or _collective_answer(ctx, i, j)
        if found is not None:
            return found
    return Answer(None, None, False, i)
