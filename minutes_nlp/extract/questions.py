"""Questions from the floor and their answers: "Na dotaz X ... odpověděl Y", "Dotaz p. X ... zodpovězen
p. Y", "X se dotázala, zda", "X asked whether", "Q:/A:" and speaker lines ending in "?".

The asker sits where the cue says (after "na dotaz", before "se dotázal"); the answer is in the same
sentence or one of the next two; "bude zodpovězeno písemně" or "will report back" leaves it open, also
later in the answering turn or in a reply nested under the question ("No agreement; we'll come back to it").
Debate turns ("Jméno: ...", "JNovák: ...") are asked and answered by their speakers; a citizen's remark
("p. X (občan): ...") answered by the next turn counts as a question (podnět) even without "?".
Governance scrutiny ("Governors challenged the Headteacher on ...") asks too; a sentence that opens as a
reply ("The Chair replied that ...", "uvedl, že na dotaz odpoví písemně") answers, it never asks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from minutes_nlp.document import BlockKind
from minutes_nlp.extract import cues, owners
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.result import Method, Question
from minutes_nlp.textutil import fold

VERSION = "3"
_NAME = "question_cues"
# "X: ...", "X – ..."; a colon between digits is a clock time ("zahájil v 17:00"), not a speaker's
_SPEAKER = re.compile(r"^\W*([^:?!–]{2,40}?)\s*(\([^)]*\))?\s*(?::(?!\d)|\s[–-])\s*\S")


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


def speaker(ctx: Ctx, i: int) -> owners.Actor | None:
    """The actor a speaker line starts with ("p. Novák (občan): ...", "JNovák: ...")."""
    m = _SPEAKER.match(ctx.sents[i].text)
    if m is None:
        return None
    hit = next((a for a in ctx.actors[i] if ctx.local(i, a)[0] <= m.end(1) and ctx.local(i, a)[1] <= m.end(1) + 1),
               None)
    return hit or _glued_initial(ctx, i, m) or _initials_label(ctx, i, m)


def _initials_label(ctx: Ctx, i: int, m: re.Match[str]) -> owners.Actor | None:
    """A speaker written as initials only ("MM: ano, ..."), as terse internal minutes label turns."""
    label = m.group(1).strip()
    return _initials_actor(ctx, label, ctx.sents[i].start + m.start(1) + m.group(1).find(label))


def _initials_actor(ctx: Ctx, label: str, start: int) -> owners.Actor | None:
    """Initials standing for a person ("MM", "JN"): the person with those initials when the document names
    them ("Bc. Martin Marek", or only "Bc. Marek" when no one else's surname starts so), else the initials
    as written (still a person's turn, whoever it is)."""
    if not re.fullmatch(r"[^\W\d_]{2,3}", label) or not label.isupper():
        return None
    hit = owners.resolve_name(label, ctx.entities, ctx.lang)
    if hit is not None:
        return owners.Actor(hit[0], hit[1], start, start + len(label)) if hit[1] == "person" else None
    fits = {p.name for p in ctx.entities.people if _initials_fit(label, p.name)}
    if len(fits) == 1:
        return owners.Actor(fits.pop(), "person", start, start + len(label))
    return owners.Actor(label, "person", start, start + len(label), resolved=False)


def _initials_fit(label: str, name: str) -> bool:
    """Initials agree with a name known only in part: the surname's initial is the last letter, and a
    given name or initial written ("J. Nedoma") agrees with the first."""
    words = [w for w in re.findall(r"[^\W\d_]+", name)]
    if not words or fold(words[-1])[:1] != fold(label[-1]):
        return False
    return len(words) == 1 or fold(words[0])[:1] == fold(label[0])


def _glued_initial(ctx: Ctx, i: int, m: re.Match[str]) -> owners.Actor | None:
    """A speaker written as initial and surname in one word ("JNovák:", "AProcházková:"), as council minutes
    label debate turns: the person with that surname and initial, when the document names them."""
    label = m.group(1).strip()
    shaped = len(label) >= 4 and label.isalpha() and label[:2].isupper() and label[2:].islower()
    hit = owners.resolve_name(f"{label[0]}. {label[1:]}", ctx.entities, ctx.lang) if shaped else None
    if hit is None or hit[1] != "person":
        return None
    start = ctx.sents[i].start + m.start(1)
    return owners.Actor(hit[0], "person", start, start + len(label))


_MIN_WORDS = 3  # "?" or "Q:" alone asks nothing


def find_ask(ctx: Ctx, i: int) -> Ask | None:
    f = ctx.folded[i]
    if len(re.findall(r"[^\W\d_]+", f)) < _MIN_WORDS or cues.any_match(_pats(ctx, "negative"), f):
        return None
    ask = _find_ask(ctx, i, f)
    reply = cues.any_match(_pats(ctx, "reply_first"), f)
    verb = reply.start(reply.re.groups and 1) if reply is not None else 0  # the reply verb, not the line start
    if ask is not None and reply is not None and (ask.match is None or verb < ask.match.start()):
        return None  # "The Chair replied that she ... had been asked about ...": an answer, asking nothing
    return ask


def _find_ask(ctx: Ctx, i: int, f: str) -> Ask | None:
    for p in cues.compile_list(ctx.lang, _NAME, cues.data(ctx.lang, _NAME)["ask"]["after"]):
        m = p.search(f)
        if m:
            if _answers_directly(ctx, f, m.end()):
                return None  # "Na dotaz odpověděla místostarostka": the answer to the question before
            return Ask("after", m, _asker_after(ctx, i, m))
    for p in cues.compile_list(ctx.lang, _NAME, cues.data(ctx.lang, _NAME)["ask"]["before"]):
        m = p.search(f)
        if m:
            placed = [(a, *ctx.local(i, a)) for a in ctx.actors[i]]
            return Ask("before", m, owners.subject_before(ctx.sents[i].text, placed, m.start()))
    for p in cues.compile_list(ctx.lang, _NAME, cues.data(ctx.lang, _NAME)["ask"]["label"]):
        m = p.search(f)
        if m:  # "p. Novák – dotaz, kdy ...": the speaker asks; "Q: ... (Name)": the name after the label
            who = speaker(ctx, i)
            if who is not None and ctx.local(i, who)[1] <= m.end():
                return Ask("label", m, who)  # "p. Novák – dotaz na ...": the speaker asks
            after = next((a for a in ctx.actors[i] if ctx.local(i, a)[0] >= m.start()), None)
            return Ask("label", m, after or _trailing_name(ctx, i))
    if ctx.sents[i].text.rstrip().endswith("?"):
        return Ask("speaker", None, _block_speaker(ctx, i))  # a direct question; the line's speaker asks
    return _citizen_remark(ctx, i)


_ASKER_REACH = 40  # characters after "na dotaz" / "Dotaz" where the asker is named


def _asker_after(ctx: Ctx, i: int, m: re.Match[str]) -> owners.Actor | None:
    """The asker named right after the cue ("Na dotaz p. Nováka", "Dotaz MM: ..."); in a label ("Dotaz LD:
    bude CRR ...?") only before its colon: what follows is the question, not who asked it."""
    f = ctx.folded[i]
    colon = re.match(r"[^:?]{1,40}:", f[m.end():])
    reach = m.end() + (colon.end() - 1 if colon else _ASKER_REACH)
    hit = next((a for a in ctx.actors[i] if m.end() <= ctx.local(i, a)[0] <= reach), None)
    if hit is not None or colon is None:
        return hit
    label = ctx.sents[i].text[m.end():reach].strip()
    start = ctx.sents[i].start + m.end() + ctx.sents[i].text[m.end():reach].find(label)
    return _initials_actor(ctx, label, start)


def _trailing_name(ctx: Ctx, i: int) -> owners.Actor | None:
    """"Q: When will the path be repaired? (Cllr Ortiz)": the bracketed name after the question, which the
    sentence splitter leaves as a sentence of its own in the same line."""
    j = i + 1
    if j >= len(ctx.sents) or ctx.sents[j].block != ctx.sents[i].block:
        return None
    bracketed = re.fullmatch(r"\(([^()]{2,60})\)\.?", ctx.sents[j].text.strip())
    return next(iter(ctx.actors[j]), None) if bracketed else None


def turn(ctx: Ctx, i: int) -> range:
    """The sentences of the block (speaker turn, paragraph) sentence i is in."""
    start, end = i, i
    while start > 0 and ctx.sents[start - 1].block == ctx.sents[i].block:
        start -= 1
    while end + 1 < len(ctx.sents) and ctx.sents[end + 1].block == ctx.sents[i].block:
        end += 1
    return range(start, end + 1)


def _citizen_remark(ctx: Ctx, i: int) -> Ask | None:
    """"p. Novák (občan): Na návsi nesvítí lampa." answered by an official's turn: a member of the public
    raises a matter (podnět) the council answers, recorded like a question even without "?"."""
    lines = turn(ctx, i)
    if lines.start != i or not cues.any_match(_pats(ctx, "citizen_label"), ctx.folded[i]):
        return None
    if any(ctx.sents[k].text.rstrip().endswith("?") for k in lines) or lines.stop >= len(ctx.sents):
        return None
    asker, replier = speaker(ctx, i), speaker(ctx, lines.stop)
    if replier is None or ctx.items[lines.stop] is not ctx.items[i] or (asker and replier.name == asker.name):
        return None
    return Ask("speaker", None, asker)


def _answers_directly(ctx: Ctx, f: str, pos: int) -> bool:
    """"Na dotaz odpověděla ...", "na dotaz nemohli odpovědět", "uvedl, že na dotaz odpoví písemně": an answer
    (or none, or one promised) to the question before."""
    at = pos + len(f[pos:]) - len(f[pos:].lstrip(" ,"))
    return any(p.match(f, at) for p in _pats(ctx, "answer_active") + _pats(ctx, "answer_unknown")
               + _pats(ctx, "deferred"))


def _block_speaker(ctx: Ctx, i: int) -> owners.Actor | None:
    """The speaker of the line sentence i is in ("Jo: ... Do we have enough people?")."""
    return speaker(ctx, turn(ctx, i).start)


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
    if passive:
        return after[0] if after else None  # "zodpovězen p. Y", "answered by the Clerk"
    placed = [(a, *ctx.local(i, a)) for a in ctx.actors[i] if ok(a) and m.start() - ctx.local(i, a)[1] <= 40]
    before = owners.subject_before(ctx.sents[i].text, placed, m.start()) or _coordinated_subject(ctx, i, m, ok)
    inverted = cues.data(ctx.lang, "action_cues").get("subject_after_verb")
    if after and ctx.local(i, after[0])[0] - m.end() <= 3 and (inverted or before is None):
        return after[0]  # "odpověděla K. Vondráčková"; but "Ms. X said MEMA expects ...": MEMA is the clause's
    if before is not None or not after:
        return before
    gap = ctx.folded[i][m.end():ctx.local(i, after[0])[0]]  # "replied that Hallam Ltd had ...": the answer's content
    return None if any(p.search(gap) for p in _pats(ctx, "answer_intro")[:-1]) else after[0]


_OPENER = 4  # an actor that starts this close to the sentence start is its subject


def _coordinated_subject(ctx: Ctx, i: int, m: re.Match[str],
                         ok: Callable[[owners.Actor], bool]) -> owners.Actor | None:
    """"The Chairman apologised that no written reply had been sent and said that ...": the answer verb is a
    second predicate of the actor that opens the sentence, however long the first predicate runs."""
    if not cues.any_match(_pats(ctx, "coordinated_predicate"), ctx.folded[i][:m.start()]):
        return None
    first = min(((ctx.local(i, a)[0], k) for k, a in enumerate(ctx.actors[i])), default=None)
    if first is None or first[0] > _OPENER:
        return None
    opener = ctx.actors[i][first[1]]
    return opener if ok(opener) else None


def _answer_in(ctx: Ctx, i: int, start: int, asker: owners.Actor | None) -> Answer | None:
    f, text = ctx.folded[i], ctx.sents[i].text
    deferred = cues.any_match(_pats(ctx, "deferred") + _pats(ctx, "answer_unknown"), f[start:]) is not None
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
        if m and m.start() >= start:  # "A: The Clerk said ...", "Odpověď (starostka): ..."
            who = next((a for a in ctx.actors[i] if ctx.local(i, a)[0] >= m.start()), None)
            return Answer(who.name if who else None, text[m.end():].strip() or None, not deferred, i)
    if deferred:  # "Starosta odpoví písemně", "The Clerk will report back": who will answer, still open
        who = next((a for a in ctx.actors[i] if ctx.local(i, a)[0] <= 25 and a.resolved and a.kind == "person"
                    and (asker is None or a.name != asker.name)), None)
        return Answer(who.name if who else None, None, False, i)
    return None


def _speaker_answer(ctx: Ctx, j: int, asker: owners.Actor | None) -> Answer | None:
    who = speaker(ctx, j)
    if who is None or (asker is not None and who.name == asker.name):
        return None
    m = _SPEAKER.match(ctx.sents[j].text)
    deferred = any(cues.any_match(_pats(ctx, "deferred"), ctx.folded[k]) for k in turn(ctx, j) if k >= j)
    return Answer(who.name, ctx.sents[j].text[m.end() - 1:].strip() if m else None, not deferred, j)


def _collective_answer(ctx: Ctx, i: int, j: int) -> Answer | None:
    """"Has anyone heard back? Nobody had.": the note-taker's reply in the asker's own line answers it."""
    if ctx.sents[j].block != ctx.sents[i].block or not cues.any_match(_pats(ctx, "answer_collective"), ctx.folded[j]):
        return None
    deferred = cues.any_match(_pats(ctx, "deferred") + _pats(ctx, "answer_unknown"), ctx.folded[j]) is not None
    return Answer(None, ctx.sents[j].text.strip(), not deferred, j)


def _left_open(ctx: Ctx, i: int, ans: Answer) -> bool:
    """The discussion after an answer leaves the question open: a later sentence of the answer's turn
    ("..., odpovím vám písemně") or a reply nested under the question ("No agreement; we'll come back to
    it.") defers it. Stops at the next question."""
    level = ctx.doc.blocks[ctx.sents[i].block].level or 0
    for k in range(ans.sentence + 1, min(ans.sentence + 6, len(ctx.sents))):
        same_turn = ctx.sents[k].block == ctx.sents[ans.sentence].block
        nested = ctx.sents[k].kind is ctx.sents[i].kind is BlockKind.LIST_ITEM and \
            (ctx.doc.blocks[ctx.sents[k].block].level or 0) > level
        if not (same_turn or nested) or ctx.items[k] is not ctx.items[i] or find_ask(ctx, k) is not None:
            return False
        if not nested and any(a.kind == "person" and a.name != ans.answerer for a in ctx.actors[k]):
            return False  # "Cllr Okoro agreed to ... and report back": another person's task, not the answer's
        if cues.any_match(_pats(ctx, "deferred") + _pats(ctx, "unresolved"), ctx.folded[k]):
            return True
    return False


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
    told = cues.any_match(_pats(ctx, "answer_break"), f[ask.match.end():])
    if told:  # "X asked about the roof and was told that ...": the answer is the second predicate
        return ask.match.end() + told.start()
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
    found = _find_answer(ctx, i, ask)
    if found.answered and _left_open(ctx, i, found):
        return Answer(found.answerer, found.text, False, found.sentence)
    return found


def _find_answer(ctx: Ctx, i: int, ask: Ask) -> Answer:
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
            found = _speaker_answer(ctx, j, ask.asker) or _collective_answer(ctx, i, j)
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
