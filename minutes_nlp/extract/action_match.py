"""Which action cue class fires on a sentence: the cue classes of `action_cues.json` in their order, less
the uses the genre shows are no task (hedged or conditional clauses, "moved to approve", a verb that only
folds to a task verb, "že to zkusíme", a reply that only defers a question's answer).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from minutes_nlp.extract import cues
from minutes_nlp.extract.itemctx import Ctx

_NAME = "action_cues"


def _negated(ctx: Ctx, i: int, m: re.Match[str]) -> bool:
    """A hedge or conditional in the clause of the cue ("možná", "would like", "if")."""
    f = ctx.folded[i]
    lo, hi = cues.clause_span(f, m)
    clause = f[lo:hi]
    cut = _coordinated_start(ctx.lang, f, lo, m.start()) - lo
    frame = cues.any_match(cues.patterns(ctx.lang, _NAME, "negative_frame"), clause) is not None \
        and not own_undertaking(ctx.lang, f[:m.start()]) and not _promise_verb(ctx.lang, f[m.start():])
    own = _own_predicate(ctx.lang, clause, m.end() - lo)
    asked = _question_start(ctx.lang, clause, m.start() - lo)
    local = frame or any(cut <= h.start() < asked and not _asked(ctx.lang, clause, h) and not own(h) for p in
                         cues.patterns(ctx.lang, _NAME, "negative") for h in p.finditer(clause))
    whole = cues.any_match(cues.patterns(ctx.lang, _NAME, "negative_sentence"), f) is not None
    proviso = cues.any_match(cues.patterns(ctx.lang, _NAME, "negative_before_clause"), f[max(0, lo - 30):lo])
    return local or whole or proviso is not None or f.rstrip().endswith("?")


def own_undertaking(lang: str, before: str) -> bool:
    """"X stated that the round was closed but that he would raise it with the agency": a that-clause whose
    subject is a personal pronoun right before the cue is the speaker's own promise, which a reporting frame
    does not make a description ('own_undertaking')."""
    pat = cues.data(lang, _NAME).get("own_undertaking")
    return isinstance(pat, str) and re.search(pat, before) is not None


def _promise_verb(lang: str, cue: str) -> bool:
    """"The Director stated that no reply had been received and undertook to follow up": a promise verb opening
    the cue is the main subject's second predicate, outside the reported clause ('own_promise_verbs')."""
    verbs = cues.data(lang, _NAME).get("own_promise_verbs", [])
    return bool(verbs) and re.match(rf"(?:{'|'.join(map(re.escape, verbs))})\s+to\b", cue) is not None


def _own_predicate(lang: str, clause: str, after: int) -> Callable[[re.Match[str]], bool]:
    """"Work will start on 24 July and should be finished by September": a hedge right after a conjunction
    that follows the cue opens a second predicate with its own modal; it does not hedge the cue's."""
    words = "|".join(re.escape(w) for w in cues.data(lang, _NAME).get("clause_conjunctions", []))
    joined = re.compile(rf"\b(?:{words})\s+$") if words else None
    return lambda h: joined is not None and h.start() > after and joined.search(clause[after:h.start()]) is not None


def _asked(lang: str, clause: str, hit: re.Match[str]) -> bool:
    """"will ask the PO whether ...": a question word after a verb of finding out and its addressee is the
    task's object, not a hedge ('indirect_question' in the data)."""
    spec = cues.data(lang, _NAME).get("indirect_question")
    if not spec or hit.group(0).strip() not in spec.get("words", []):
        return False
    verbs = "|".join(re.escape(v) for v in spec.get("verbs", []))
    return re.search(rf"\b(?:{verbs})\s+(?:[\w.'-]+\s+){{0,{spec.get('reach', 0)}}}$", clause[:hit.start()]) is not None


def _question_start(lang: str, clause: str, cue: int) -> int:
    """Where the indirect question a task verb takes begins ("agreed to ask the team whether new signs could be
    installed"): a hedge after it is part of what is to be found out, not a hedge on the task. The clause's
    length when there is none."""
    spec = cues.data(lang, _NAME).get("indirect_question")
    words = "|".join(re.escape(w) for w in (spec or {}).get("words", []))
    if not words:
        return len(clause)
    hits = (h for h in re.finditer(rf"\b(?:{words})\b", clause) if h.start() > cue and _asked(lang, clause, h))
    return next((h.start() for h in hits), len(clause))


def _coordinated_start(lang: str, folded: str, lo: int, cue: int) -> int:
    """"did not know whether ... and will find out": a clause joined by a conjunction ('clause_conjunctions')
    right before the cue starts after it; a hedge before the conjunction is the other clause's."""
    words = cues.data(lang, _NAME).get("clause_conjunctions", [])
    if not words:
        return lo
    alt = "|".join(re.escape(w) for w in words)
    joins = list(re.finditer(rf"\b(?:{alt})\s+", folded[lo:cue]))
    return lo + joins[-1].end() if joins else lo


def _blocked_assignment(ctx: Ctx, cls: cues.CueClass, m: re.Match[str]) -> bool:
    """"moved to approve", "Consensus to keep", "expects to circulate": not "NAME to do"."""
    if cls.name != "assigned_to":
        return False
    before = re.findall(r"[\w'-]+", m.group(0).rsplit(" to ", 1)[0])
    return bool(before) and before[-1] in cues.data(ctx.lang, _NAME).get("assigned_to_blocked", [])


def _false_friend(ctx: Ctx, i: int, m: re.Match[str]) -> bool:
    """"p. X žádá 50 tisíc": a word that folds to a task verb ("zadá") but is written as another verb."""
    words = cues.data(ctx.lang, _NAME).get("not_verbs", [])
    span = ctx.sents[i].text[m.start():m.end()].lower()
    return bool(words) and any(w in words for w in re.findall(r"\w+", span))


def _bare_modal(ctx: Ctx, i: int, m: re.Match[str]) -> bool:
    """"že to zkusíme," with nothing tried after it: a decision to try, not a task ("zkusíme získat
    dotaci", "zkusí stavebniny Moravec" name what is to be done)."""
    d = cues.data(ctx.lang, _NAME)
    words = d.get("needs_object", [])
    if not words or not any(w in words for w in re.findall(r"\w+", ctx.folded[i][m.start():m.end()])):
        return False
    _, hi = cues.clause_span(ctx.folded[i], m)
    rest = [w for w in re.findall(r"\w+", ctx.folded[i][m.end():hi]) if w not in d.get("pronouns", [])]
    return not rest


def deferred_answer(ctx: Ctx, i: int, m: re.Match[str]) -> bool:
    """"X asked whether the lease was signed. Mr Y said that it was and offered to provide a copy.": a reply
    that answers and only offers the paper behind the answer is no action (data: 'deferred_answer',
    'question_before'). A reply that defers the answer ("would check and report back") is one (FORMAT.md)."""
    d = cues.data(ctx.lang, _NAME)
    if not d.get("deferred_answer") or i == 0:
        return False
    labelled = re.match(d.get("answer_label", "$^"), ctx.folded[i]) is not None  # "Q: ... ?" / "A: ..."
    if ctx.sents[i - 1].block != ctx.sents[i].block and not (labelled and
                                                             ctx.sents[i - 1].block >= ctx.sents[i].block - 1):
        return False
    if not re.search(d.get("question_before", "$^"), ctx.folded[i - 1]):
        return False
    f = ctx.folded[i]
    starts = [w.start() for w in re.finditer(r"\b\w", f[:m.end()]) if w.start() >= m.start()]
    return any(re.match(d["deferred_answer"], f[k:].strip()) for k in starts)  # from any word of the cue on


def _follows(ctx: Ctx, i: int, name: str) -> bool:
    """"Termín dalšího jednání: 21. 6. Na programu bude ...": an elliptic sentence is about the next
    meeting only right after one that names it, in the same paragraph or the paragraph before."""
    if i == 0 or ctx.sents[i - 1].block < ctx.sents[i].block - 1:
        return False
    prev = match(ctx, i - 1)
    return prev is not None and prev[0].name == name


def _progress_only(ctx: Ctx, i: int, cls: cues.CueClass) -> bool:
    """A class the data marks 'not_in_follow_up' ("Work is due to start on 4 August" under Matters arising):
    there it reports how an earlier task is going, not a new task of this meeting."""
    from minutes_nlp.extract.actions import in_follow_up

    spec = cues.data(ctx.lang, _NAME).get("classes", {}).get(cls.name, {})
    return bool(spec.get("not_in_follow_up")) and in_follow_up(ctx, i)


def match(ctx: Ctx, i: int, companions: bool = False, folded: str | None = None) \
        -> tuple[cues.CueClass, re.Match[str]] | None:
    """The first action cue class that fires on sentence i (hedged future/obligation cues do not);
    with `companions`, the first of the classes that state a second action beside the main one ('also').
    `folded`: the sentence with parts blanked out (same offsets), to look for a cue in the rest. Several
    passes ask about the same sentence (the action pass, clauses, companions, the next sentence's `after`):
    the answer is kept on the document's Ctx."""
    key = ("action", i, companions, folded)
    if key not in ctx.answers:
        ctx.answers[key] = _match(ctx, i, companions, folded)
    found: tuple[cues.CueClass, re.Match[str]] | None = ctx.answers[key]
    return found


def _match(ctx: Ctx, i: int, companions: bool, folded: str | None) -> tuple[cues.CueClass, re.Match[str]] | None:
    for cls in (c for c in cues.classes(ctx.lang, _NAME) if c.also == companions):
        m = cls.search(ctx.folded[i] if folded is None else folded)
        if m is None:
            continue
        if _blocked_assignment(ctx, cls, m) or cls.after and not _follows(ctx, i, cls.after) \
                or cls.owner != "object" and _false_friend(ctx, i, m) or _bare_modal(ctx, i, m) \
                or _progress_only(ctx, i, cls):
            continue
        if not cls.strong and _negated(ctx, i, m):
            return None
        return cls, m
    return None
