"""Who acts in a sentence of the minutes: the actor before or after a position, the subject a sentence starts
with (or the previous one, for pro-drop), the speaker of a line or of a quotation, the agent of a passive,
the contract's other party, who answers with a plan, who opened the meeting.

Split out of `action_owners.py`, which applies these readings by each cue class's owner rule.
"""

from __future__ import annotations

import re

from minutes_nlp.extract import cues, offices, owners, roleholders
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.textutil import fold

_NAME = "action_cues"
_SPEAKER_END = re.compile(r"\s*(\([^)]*\))?\s*(?::|[–-]\s)")  # "Starosta: ...", "p. Novák (občan) – ..."


def actor_before(ctx: Ctx, i: int, pos: int) -> owners.Actor | None:
    marker = cues.data(ctx.lang, _NAME).get("clause_marker")
    placed = [(a, *ctx.local(i, a)) for a in outermost(ctx.actors[i])]
    hit = owners.subject_before(ctx.sents[i].text, placed, pos, ctx.folded[i], marker)
    return _first_conjunct(ctx.folded[i], placed, hit) if hit is not None else None


# "," also ends clauses; "the Treasurer and the Secretary": the second office noun keeps its article
_COORDINATION = re.compile(r"\s*(?:&|/|\+|and|a|i|spolu\s+s|together\s+with)\s*(?:the\s+)?")


def _first_conjunct(folded: str, placed: list[tuple[owners.Actor, int, int]], hit: owners.Actor) -> owners.Actor:
    """"GLE and LB will deliver ...", "Ing. Novák a Ing. Veselá připraví ...": of subjects joined by "and"/"a"
    the first named leads the task and owns it (minutes list the lead first); the verb's nearest is the last."""
    k = next((n for n, (a, _s, _e) in enumerate(placed) if a is hit), None)
    while k and placed[k - 1][0].kind == hit.kind and _COORDINATION.fullmatch(folded[placed[k - 1][2]:placed[k][1]]):
        k -= 1
    return placed[k][0] if k is not None else hit


def outermost(actors: tuple[owners.Actor, ...] | list[owners.Actor]) -> list[owners.Actor]:
    """Actors not nested in a longer one: in "Sekretariát RSK rozešle" the body is the secretariat, not the
    conference whose abbreviation its name contains."""
    return [a for a in actors if not any(b.start <= a.start and a.end <= b.end and b.end - b.start > a.end - a.start
                                         for b in actors)]


def actor_after(ctx: Ctx, i: int, pos: int, window: int = 60) -> owners.Actor | None:
    first = next((a for a in ctx.actors[i] if pos <= ctx.local(i, a)[0] <= pos + window), None)
    return None if first is None else most_recent(ctx, i, [a for a in ctx.actors[i] if a.start == first.start])


def most_recent(ctx: Ctx, i: int, same: list[owners.Actor]) -> owners.Actor:
    """Of several people one mention may stand for ("JM to publish ..." with a J. Morrow and a J. Mayhew
    present), the one the minutes last spoke of in the same agenda item; the first when none was."""
    names = {a.name for a in same}
    for j in range(i - 1, -1, -1) if len(names) > 1 else ():
        if ctx.items[j] is not ctx.items[i]:
            break
        spoken = [a for a in ctx.actors[j] if a.name in names
                  and sum(1 for b in ctx.actors[j] if b.start == a.start) == 1]  # not itself ambiguous
        if spoken:
            return next(a for a in same if a.name == spoken[-1].name)
    return same[0]


def leading_actor(ctx: Ctx, j: int) -> owners.Actor | None:
    """The actor a sentence starts with (its subject in minutes style), if any."""
    first = ctx.actors[j][0] if ctx.actors[j] else None
    return first if first is not None and ctx.local(j, first)[0] <= 25 and first.kind != "unknown" else None


def previous_subject(ctx: Ctx, i: int, person: bool = False) -> owners.Actor | None:
    """Subject of a pro-drop sentence ("Avizoval též ..."): the actor the previous sentence starts with;
    for a personal pronoun ("She will send ...") the nearest such actor that is a person."""
    for j in (i - 1, i - 2):
        if j < 0 or ctx.items[j] is not ctx.items[i] or ctx.sents[j].block < ctx.sents[i].block - 1:
            return None
        lead = leading_actor(ctx, j)
        if lead is not None and (not person or lead.kind == "person"):
            return lead
    return None


def contractor(ctx: Ctx, i: int) -> str | None:
    """The contract's other party: the institution named right after "se společností", "zhotovitel"."""
    cue = str(cues.data(ctx.lang, _NAME).get("contractor_cue") or "")
    for a in ctx.actors[i] if cue else ():
        lo = ctx.local(i, a)[0]
        if a.kind == "institution" and re.search(cue, ctx.folded[i][max(0, lo - 30):lo]):
            return a.name
    return None


def passive_agent(ctx: Ctx, i: int, m: re.Match[str]) -> str | None:
    """The agent of a passive, written after it ("will be circulated by the Clerk"; 'passive_agent')."""
    pat = cues.data(ctx.lang, _NAME).get("passive_agent")
    _, hi = cues.clause_span(ctx.folded[i], m)
    found = re.match(pat, ctx.folded[i][m.end():hi]) if pat else None
    if found is None:
        return None
    at = m.end() + found.end()
    hit = next((a for a in ctx.actors[i] if ctx.local(i, a)[0] in (at, at + 4)), None)  # "by (the) Clerk"
    office = offices.leading_office(ctx.lang, ctx.folded[i][at:hi])
    return hit.name if hit is not None else (office[:1].upper() + office[1:] if office else None)


def step_agent(ctx: Ctx, i: int, m: re.Match[str]) -> str | None:
    """The party a scheduled work step names as its agent inside its own noun phrase ("the final inspection by the
    county building department is scheduled ...", 'step_agent' in the data), else nobody."""
    pat = cues.data(ctx.lang, _NAME).get("step_agent")
    for found in re.finditer(pat, ctx.folded[i][m.start():m.end()]) if pat else ():
        lo, at = m.start() + found.start(), m.start() + found.end()
        hit = next((a for a in ctx.actors[i] if a.resolved and a.kind == "institution"
                    and lo < ctx.local(i, a)[0] <= at + 4), None)  # "by (the) county ...", right after the "by"
        if hit is not None:
            return hit.name
    return None


def plan_answerer(ctx: Ctx, i: int) -> str | None:
    """Who states an agentless plan in answer ("Starosta: Oprava bude provedena v létě.", "Starosta
    odpověděl, že oprava bude provedena v létě."): the plan is theirs, as a plan stated in reply to a
    question is the replier's."""
    speaker = line_speaker(ctx, i)
    if speaker is not None:
        return speaker
    m = cues.any_match(cues.patterns(ctx.lang, "question_cues", "answer_active"), ctx.folded[i])
    hit = actor_before(ctx, i, m.start()) if m is not None else None
    return hit.name if hit is not None and hit.resolved and hit.kind == "person" else None


def line_speaker(ctx: Ctx, i: int) -> str | None:
    """Who speaks the line sentence i is in ("Starosta: Opravu zajistím ...", "p. Novák – prověřím to")."""
    j = i
    while j > 0 and ctx.sents[j - 1].block == ctx.sents[i].block:
        j -= 1
    first = ctx.actors[j][0] if ctx.actors[j] else None
    if first is None or ctx.local(j, first)[0] > 12:
        return None
    return first.name if _SPEAKER_END.match(ctx.sents[j].text, ctx.local(j, first)[1]) else None


_QUOTE = re.compile(r"[„“\"»«]([^„“”\"»«]*)[“”\"«»]?")


def quote_speaker(ctx: Ctx, i: int, m: re.Match[str]) -> str | None:
    """Who says the quoted words a first-person promise is in: 'Starosta uvedl: „Zajistím ...“', '„Zajistím
    ...,“ uvedl tajemník', 'Dodala: „Připravím ...“' (the subject of the sentence before)."""
    text = ctx.sents[i].text
    quote = next((q for q in _QUOTE.finditer(text) if q.start() <= m.start() < q.end()), None)
    if quote is None:
        return None
    people = [a for a in ctx.actors[i] if a.kind == "person" and a.resolved
              and not quote.start() <= ctx.local(i, a)[0] < quote.end()]
    before = [a for a in people if ctx.local(i, a)[0] < quote.start()]
    if people:
        return (before or people)[0].name
    lead = previous_subject(ctx, i)
    return lead.name if lead is not None and lead.kind == "person" else None


def opener(ctx: Ctx) -> str | None:
    """Who opened the meeting ("zahájila jednání", "opened the meeting"): the chair when none is named."""
    pats = cues.compile_list(ctx.lang, _NAME, cues.data(ctx.lang, _NAME).get("chair_cues", []))
    for i in range(len(ctx.sents)):
        if (m := cues.any_match(pats, ctx.folded[i])) is not None:
            person = _cue_subject(ctx, i, m)
            if person is not None:
                return person.name
            role = roleholders.leading_role(ctx.sents[i].text[:m.start()], ctx.lang)
            if role is not None:
                return remembered_holder(ctx, role)
    return None


def leading_role_holder(ctx: Ctx, i: int, m: re.Match[str]) -> str | None:
    """"Manažerka projektu rozešle harmonogram ...", "The Coordinator will circulate ...": a task sentence that
    opens with a role names its holder: the one person this document or the latest earlier minutes of the folder
    introduced in that role, when that person is on this meeting's lists (`remembered_holder`)."""
    before = ctx.sents[i].text[:m.start()]
    if _CLAUSE_BREAK.search(before):
        return None  # "Starosta: ...", "The Clerk reported that KDC would ...": the role is no subject of the cue
    role = roleholders.leading_role(before, ctx.lang)
    return remembered_holder(ctx, role) if role is not None else None


_CLAUSE_BREAK = re.compile(r"[,:;()–]|\b(?:že|aby|kter\w+|that|which|who|whether)\b", re.IGNORECASE)


def remembered_holder(ctx: Ctx, role: str) -> str | None:
    """"Předsedkyně PS zahájila jednání": the one person this document, or else the latest earlier meeting
    of the folder, names in that office, when that person is on this meeting's lists (no guessing)."""
    here = {fold(p.name.split()[-1]): p.name for p in ctx.entities.people if p.name.split()}
    for holders in [roleholders.role_holders(ctx.doc, ctx.lang), *roleholders.previous_holders(ctx.doc, ctx.lang)]:
        holder = holders.get(role)
        if holder is not None:
            return here.get(fold(holder.split()[-1]))
    return None


def qualified_holder(ctx: Ctx, role: str) -> str | None:
    """The one person this document names in a qualified office whose head is `role` ("Library Director" for "the
    Director"), when no office is written bare; only a person on this meeting's lists."""
    holders = roleholders.role_holders(ctx.doc, ctx.lang)
    holder = None if role in holders else _qualified_holder(holders, role)
    here = {fold(p.name.split()[-1]): p.name for p in ctx.entities.people if p.name.split()}
    return here.get(fold(holder.split()[-1])) if holder else None


def _qualified_holder(holders: dict[str, str], role: str) -> str | None:
    """"Library Director Jane X" in the staff list, then "The Director will ...": minutes shorten a qualified office
    to its head once the reader knows it; the one person holding an office with that head holds the bare role
    (two, "Business Manager" and "Facilities Manager", name nobody)."""
    names = {name for key, name in holders.items() if key.endswith(" " + role)}
    return names.pop() if len(names) == 1 else None


def _cue_subject(ctx: Ctx, i: int, m: re.Match[str]) -> owners.Actor | None:
    """The person who does what the cue says: named before it ("Cllr X chaired the meeting"), or after it
    with no clause between ("Jednání zahájil a řídil předseda Ing. X"); not one a that-clause after it
    speaks of ("Předsedkyně zahájila jednání a informovala, že NM Šimek ukončil ...")."""
    people = [a for a in ctx.actors[i] if a.kind == "person" and a.resolved]
    before = [a for a in people if ctx.local(i, a)[1] <= m.start()]
    if before:
        return before[-1]
    marker = cues.data(ctx.lang, _NAME).get("clause_marker") or "(?!)"
    for a in people:
        gap = ctx.folded[i][m.end():ctx.local(i, a)[0]]
        if ctx.local(i, a)[0] >= m.end() and not re.search(rf"[,;:]|{marker}", gap):
            return a
    return None


def role_holder(ctx: Ctx, text: str) -> str | None:
    """The member whose listed role `text` names ("velitel MP", "tajemníkovi MěÚ zpracovat ..."), by this
    document's roles or, for those it omits, the earlier minutes' attendance lines (`roleholders.holder_of`)."""
    people = [(p.name, p.role) for p in ctx.entities.people]
    return roleholders.holder_of(text.strip(), people) or \
        roleholders.holder_of(text.strip(), roleholders.listed_roles(ctx.doc, people))


def bracketed_person(ctx: Ctx, i: int, hit: owners.Actor | None) -> owners.Actor | None:
    """"HELV (Jana) to ship ...", "odbor investic (Ing. Malá) zajistí": a body with one of its people in brackets
    right after it; the task given to "Body (Person)" belongs to the person (corpus/FORMAT.md)."""
    if hit is None or hit.kind != "institution":
        return None
    text = ctx.sents[i].text
    end = ctx.local(i, hit)[1]
    return next((a for a in ctx.actors[i] if a.kind == "person" and a.resolved
                 and re.fullmatch(r"\s*\(\s*", text[end:ctx.local(i, a)[0]])
                 and re.match(r"\s*\)", text[ctx.local(i, a)[1]:])), None)


def past_value(ctx: Ctx, i: int, m: re.Match[str], box: re.Match[str]) -> bool:
    """The first actor after the label stands beyond the label's value ("AP: ECT to send the plan to the SC"
    with ECT no known name): it is the task's object or addressee, and the value before "to" is the owner."""
    hit = actor_after(ctx, i, m.start(), 80 + m.end() - m.start())
    return hit is not None and ctx.local(i, hit)[0] >= box.end(1)


def by_role(ctx: Ctx, i: int, hit: owners.Actor | None) -> bool:
    """Nobody named, or a mention written as a role ("tajemníkovi MěÚ"), whose holder the listed roles decide."""
    lo, _ = ctx.local(i, hit) if hit is not None else (0, 0)
    return hit is None or not hit.resolved or ctx.sents[i].text[lo:lo + 1].islower()
