"""The subject of an action's verb: the actor before it (or after it, in Czech word order), read past
names after a preposition, genitive attributes and speakers of a that-clause; else a subject noun, initials,
or (pro-drop, a pronoun) the subject of the previous sentence. Apart from action_owners.py, which picks the
owner rule by cue class, because reading a clause's subject is a grammar of its own.
"""

from __future__ import annotations

import re

from minutes_nlp.extract import cues, offices, owners
from minutes_nlp.extract.action_agents import (
    _SPEAKER_END,
    actor_after,
    actor_before,
    leading_actor,
    outermost,
    previous_subject,
)
from minutes_nlp.extract.action_parties import named_body, party, subject_noun
from minutes_nlp.extract.case_forms import declined_body
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.textutil import cached_rx, fold

_NAME = "action_cues"


def oblique(ctx: Ctx, i: int, actor: owners.Actor | str) -> bool:
    """The actor stands after a preposition ("v souvislosti s doporučeními ČŠI", "se společností X"): not
    a subject. A name is looked up at its first mention; letters of an abbreviation ("s.r.o.") are no word."""
    a = actor if isinstance(actor, owners.Actor) else next((x for x in ctx.actors[i] if x.name == actor), None)
    if a is None:
        return False
    if declined_body(ctx, i, a):
        return True  # "... a odboru správy majetku zašle J. K.": a body in the dative or genitive is no subject
    head = re.split(r"[,;:]\s", ctx.sents[i].text[:ctx.local(i, a)[0]])[-1]  # "do RSK, doc. X": X is no object
    words = [w for w in re.findall(r"[^\W\d]+\.?", head.lower()) if not w.endswith(".")][-2:]  # titles aside
    return any(_PREPOSITIONS.fullmatch(fold(w)) for w in words if not _marker(ctx, w))  # "Na žádost Ing. X ŘO ..."


def _marker(ctx: Ctx, word: str) -> bool:
    """"že" is a clause marker that folds to the preposition "ze": the written accent tells them apart."""
    marker = cues.data(ctx.lang, _NAME).get("clause_marker") or "(?!)"
    return fold(word) != word and re.fullmatch(marker, fold(word)) is not None


def owner_subject(ctx: Ctx, i: int, m: re.Match[str], previous: bool = True) -> tuple[str | None, float]:
    """The agent: the actor before the verb, else right after it (Czech "zajistí p. X"), else (pro-drop or
    a pronoun) the subject of the previous sentence."""
    d = cues.data(ctx.lang, _NAME)
    hit = None
    pronoun = re.match(d.get("pronoun_subject", "$^"), ctx.folded[i]) is not None
    previous = previous and (pronoun or bool(d.get("pro_drop")))  # English has no pro-drop: "It will ..."
    if not pronoun and (main := _coordinated_main(ctx, i, m)) is not None:
        return main.name, 1.0  # "Ředitel odpověděl, že ... MŽP ..., a přislíbil, že ...": the main subject's
    if not pronoun:
        hit = _not_oblique(ctx, i, actor_before(ctx, i, m.start()), m)
        if hit is not None and (_other_subject(ctx, i, hit, m) or _reported_plan(ctx, i, hit)):
            office = _office_subject(ctx, i, hit, m)  # "The Chair said that the Clerk would write ...": hers
            return (office, 0.8) if office else (None, 1.0)  # "... that the contractor will ...": nobody's
        speaker = hit is not None and _SPEAKER_END.match(ctx.sents[i].text, ctx.local(i, hit)[1]) is not None
        if hit is not None and not speaker and _earlier_clause(ctx, i, hit, m) \
                and (noun := subject_noun(ctx, i, m)) is not None:
            return noun, 0.8  # "X uvedl, že zřizovatel vyhlásí volby": the clause's own subject ("" if unnamed)
        if speaker and (noun := subject_noun(ctx, i, m)):
            return noun, 0.8  # "Starosta: Dobře, obecní úřad požádá ...": the office's task, not the speaker's
        after = actor_after(ctx, i, m.end(), 40) if d.get("subject_after_verb") else None
        after = None if after is not None and (_dative(ctx, i, m) or _opens_clause(ctx, m) or
                                               _in_subclause(ctx, i, m, after)) else after
        if after is not None and declined_body(ctx, i, after):  # "sepíše a odboru X zašle J. K.": past the object
            after = actor_after(ctx, i, ctx.local(i, after)[1], 40)
        own_subject = hit is not None and hit.resolved and not speaker and not _earlier_clause(ctx, i, hit, m)
        if after is not None and not own_subject and (noun := _noun_first(ctx, i, m, after)) is not None:
            return noun, 0.8  # "přizve zhotovitel VaK k tlakové zkoušce" (not "Tajemnice KŠ předá oddělení ...")
        if after is not None and hit is not None and not speaker and oblique(ctx, i, hit):
            hit = after  # "jednání se společností X zajistí předseda": X is no subject, the name after the verb is
        elif after is not None and hit is not None and not speaker and _inverted(ctx, i, hit, m, after):
            hit = after  # "Plakáty udělá Lucka, texty pošle Péťa": the second clause's subject follows its verb
        if after is not None and hit is None and (noun := subject_noun(ctx, i, m)):
            return noun, 0.8  # "Obec objedná opravu u firmy X": the body noun before the verb, not the firm
        if after is not None and (hit is None or speaker and after.kind == "person"):
            hit = after  # "zajistí p. X"; "Starosta: ... připraví místostarostka" is hers, not the speaker's
        elif speaker and (noun := subject_noun(ctx, i, m, after_verb=True)) is not None:
            return noun, 0.8  # "Starosta: Opravu zajistí technické služby": not the speaker's
    if hit is None:
        hit = party(ctx, i, m)
    noun = subject_noun(ctx, i, m) if hit is None else None
    if noun is not None:
        return noun, 0.8  # "Obec podá žádost": the municipality, not the person of the sentence before
    if hit is None and (initials := _initials_subject(ctx, i, m)) is not None:
        return initials, 0.8  # "OS předloží plán": staff named by initials the document does not expand
    if hit is None and d.get("subject_after_verb") and not verb_first(ctx, i, m) and \
            (noun := subject_noun(ctx, i, m, after_verb=True)) is not None:
        return noun, 0.8  # "Zbývající vady odstraní dodavatel do 31. 7.": the object first, the party after the verb
    if hit is None and not pronoun and (noun := _fronted_object(ctx, i, m)):
        return noun, 0.8  # "Nákup zajistí obec": the object fronted, the body right after the verb
    if hit is None and previous and (pronoun or verb_first(ctx, i, m)):
        personal = re.match(d.get("personal_pronoun", "$^"), ctx.folded[i]) is not None
        hit = previous_subject(ctx, i, person=personal)
    return (hit.name, 1.0 if hit.resolved else 0.8) if hit else (None, 1.0)


def _not_oblique(ctx: Ctx, i: int, hit: owners.Actor | None, m: re.Match[str]) -> owners.Actor | None:
    """"Mapy CzechGlobe ve spolupráci s ČHMÚ zpřístupní ...": the nearest actor before the verb stands
    after a preposition; an earlier one of the same clause that does not is the subject."""
    if hit is None or not oblique(ctx, i, hit):
        return hit
    lo, _ = cues.clause_span(ctx.folded[i], m)
    earlier = [a for a in ctx.actors[i] if lo <= ctx.local(i, a)[0] and ctx.local(i, a)[1] <= ctx.local(i, hit)[0]
               and a.name != hit.name and not oblique(ctx, i, a)]
    if not earlier:  # a bracket ("(dále jen „API“)") closed the clause span: read back to a colon or a marker
        lo = _clause_start(ctx, i, ctx.local(i, hit)[0])
        text = ctx.sents[i].text
        earlier = [a for a in outermost(ctx.actors[i]) if lo <= ctx.local(i, a)[0] and ctx.local(i, a)[1]
                   <= ctx.local(i, hit)[0] and a.name != hit.name and not oblique(ctx, i, a)
                   and text.count("(", 0, ctx.local(i, a)[0]) == text.count(")", 0, ctx.local(i, a)[0])]
    if earlier:
        return earlier[-1]
    return _speaker_of_clause(ctx, i, m, hit) or hit


def _speaker_of_clause(ctx: Ctx, i: int, m: re.Match[str], hit: owners.Actor) -> owners.Actor | None:
    """"Mgr. X uvedla, že jednání s Evropskou komisí probíhají a odpověď přinese ...": with every name of the
    that-clause right after a preposition, a pro-drop verb in it is the speaker's (the person before the marker)."""
    d = cues.data(ctx.lang, _NAME)
    found = re.search(d["clause_marker"], ctx.folded[i][:m.start()]) if d.get("clause_marker") else None
    if not d.get("pro_drop") or found is None:
        return None
    lead = leading_actor(ctx, i)
    ok = lead is not None and lead.kind == "person" and ctx.local(i, lead)[1] <= found.start()
    return lead if ok and _PREPOSITIONS.search(ctx.folded[i][:ctx.local(i, hit)[0]]) else None


def _clause_start(ctx: Ctx, i: int, pos: int) -> int:
    """Where the clause holding `pos` starts, brackets read through: after the last colon or clause marker."""
    marker = cues.data(ctx.lang, _NAME).get("clause_marker") or "(?!)"
    ends = [x.end() for x in re.finditer(rf":|{marker}", ctx.folded[i][:pos])]
    return ends[-1] if ends else 0


_INITIALS = re.compile(r"([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2,3})\s+(?:\w+\s+)?$")


def _initials_subject(ctx: Ctx, i: int, m: re.Match[str]) -> str | None:
    """Initials right before the verb at the start of its clause ("→ OS zašle ...", "JN prověří ...")."""
    lo, _ = cues.clause_span(ctx.folded[i], m)
    head = ctx.sents[i].text[lo:m.start()]
    found = _INITIALS.search(head)
    return found.group(1) if found and not re.search(r"[^\W\d_]", head[:found.start()]) else None


def _noun_first(ctx: Ctx, i: int, m: re.Match[str], after: owners.Actor) -> str | None:
    """A subject noun (nominative) right after the verb and before the actor after it: that noun is the
    subject and the actor its object."""
    words = re.findall(r"\w+", ctx.folded[i][m.end():ctx.local(i, after)[0]])
    nouns = cues.data(ctx.lang, _NAME).get("subject_nouns", [])
    return named_body(ctx, words[0]) if words and words[0] in nouns else None


def _opens_clause(ctx: Ctx, m: re.Match[str]) -> bool:
    """A cue that takes in the opening of its that-clause ("přislíbil, že doporučení NÚKIB doplní"): a name
    right after it is an attribute in that clause (whose own subject the promise rule reads), not the subject."""
    marker = cues.data(ctx.lang, _NAME).get("clause_marker")
    return isinstance(marker, str) and re.search(marker, m.group(0)) is not None


def _in_subclause(ctx: Ctx, i: int, m: re.Match[str], after: owners.Actor) -> bool:
    """"Tajemnice zajistí, aby p. X podepsal prohlášení": a name after the verb inside a clause the verb governs
    (after a comma and a subordinator, 'subordinators') is that clause's subject, not the task's owner."""
    words = cues.data(ctx.lang, _NAME).get("subordinators", [])
    between = ctx.folded[i][m.end():ctx.local(i, after)[0]]
    return bool(words) and cached_rx(rf",\s*(?:{'|'.join(words)})\b").search(between) is not None


def _dative(ctx: Ctx, i: int, m: re.Match[str]) -> bool:
    """"... podá Národnímu akreditačnímu úřadu (NAÚ)", "předá starostovi": the word right after the verb is
    in the dative, so the actor after the verb is the task's recipient, never its subject (`dative_object`)."""
    pat = cues.data(ctx.lang, _NAME).get("dative_object")
    return isinstance(pat, str) and re.match(pat, ctx.folded[i][m.end():]) is not None


def _earlier_clause(ctx: Ctx, i: int, hit: owners.Actor, m: re.Match[str]) -> bool:
    return ctx.local(i, hit)[1] <= cues.clause_span(ctx.folded[i], m)[0]


_PREPOSITIONS = re.compile(r"\b(pro|s|se|k|ke|u|od|do|na|v|ve|za|o|po|z|ze|pred|pri|mezi|nad|pod)\s*$")


def _inverted(ctx: Ctx, i: int, hit: owners.Actor, m: re.Match[str], after: owners.Actor) -> bool:
    """Czech object-verb-subject order: the actor before the verb stands in an earlier clause and a name
    follows the verb at once (at most one word between, no preposition): that name is the subject."""
    f = ctx.folded[i]
    lo_clause, _ = cues.clause_span(f, m)
    gap = f[m.end():ctx.local(i, after)[0]]
    return (ctx.local(i, hit)[1] <= lo_clause or _attribute(ctx, i, hit, lo_clause)) \
        and len(re.findall(r"\w+", gap)) <= 1 and _PREPOSITIONS.search(gap) is None


def _attribute(ctx: Ctx, i: int, hit: owners.Actor, lo: int) -> bool:
    """"Dotaz p. Černé prověří MMR", "Stanovisko MMR zašle členům Ing. X": a name right after the fronted
    object noun that opens the clause is that noun's genitive attribute, not the subject (no preposition or
    office word before it: "Starosta p. X zašle ..." is the mayor himself)."""
    words = re.findall(r"\w+", ctx.folded[i][lo:ctx.local(i, hit)[0]])
    roles = {fold(w) for w in cues.data(ctx.lang, _NAME).get("office_roles", [])}
    return len(words) == 1 and _PREPOSITIONS.search(words[0]) is None and words[0] not in roles \
        and ctx.lang == "cs"


def _office_subject(ctx: Ctx, i: int, hit: owners.Actor, m: re.Match[str]) -> str | None:
    """An office word opening the that-clause of the verb: the office is the subject (its holder, when the
    document names one, is an actor of the sentence already; otherwise the office as written)."""
    marker = cues.data(ctx.lang, _NAME).get("clause_marker")
    between = ctx.folded[i][ctx.local(i, hit)[1]:m.start()]
    marks = list(re.finditer(marker, between)) if marker else []
    if not marks:
        return None
    office = offices.leading_office(ctx.lang, between[marks[-1].end():])
    return office[:1].upper() + office[1:] if office else None


def _reported_plan(ctx: Ctx, i: int, hit: owners.Actor) -> bool:
    """"The Clerk reported that KDC would supply a bin": a named third party's plan that someone reports
    ('reported_that' in the data) is no one's task in the meeting; "said she would" stays the speaker's."""
    pat = cues.data(ctx.lang, _NAME).get("reported_that")
    before = ctx.folded[i][:ctx.local(i, hit)[0]]
    found = re.search(pat, before) if pat else None
    return found is not None and re.search(r"\w", before[:found.start()]) is not None


def _other_subject(ctx: Ctx, i: int, hit: owners.Actor, m: re.Match[str]) -> bool:
    """A language that always states its subject ("that the contractor will ...") puts one between a
    clause marker after the actor and the verb; a pronoun there ("that she will") is the actor again."""
    d = cues.data(ctx.lang, _NAME)
    if d.get("pro_drop") or not d.get("clause_marker"):
        return False
    between = ctx.folded[i][ctx.local(i, hit)[1]:m.start()]
    marks = list(re.finditer(d["clause_marker"], between))
    if not marks:
        return False
    rest = re.findall(r"[a-z']+", between[marks[-1].end():])
    pronouns = set(d.get("subject_pronouns", []))
    lo = ctx.local(i, hit)[1]
    between_actor = any(lo < ctx.local(i, a)[0] < m.start() for a in ctx.actors[i])
    return bool(rest) and rest[0] not in pronouns and not between_actor


def _coordinated_main(ctx: Ctx, i: int, m: re.Match[str]) -> owners.Actor | None:
    """A verb coordinated with the main verb after a reported clause ("X odpověděl, že ..., a přislíbil, že",
    "X said that ... and undertook to ...") shares the main clause's subject: the actor the sentence opens
    with, not one named inside the reported clause between them."""
    before = ctx.folded[i][:m.start()]
    lead = leading_actor(ctx, i)
    conj = cues.data(ctx.lang, _NAME).get("coordinated_after_report")
    if lead is None or not conj or not re.search(str(conj), before):
        return None
    return lead if lead.kind == "person" and ctx.local(i, lead)[1] < m.start() else None


def _fronted_object(ctx: Ctx, i: int, m: re.Match[str]) -> str:
    """Czech word order puts the object first and the subject after the verb ("Nákup zajistí obec", "Opravu
    provede firma"): a body noun right after the verb, with words before it, is the subject the noun names
    ("" when no known body); a verb opening its clause ("Požádá obec, aby ...") has its object there instead."""
    lo, _ = cues.clause_span(ctx.folded[i], m)
    if not re.search(r"\w", ctx.folded[i][lo:m.start()]) or not cues.data(ctx.lang, _NAME).get("subject_after_verb"):
        return ""
    nouns = cues.data(ctx.lang, _NAME).get("subject_nouns", [])
    after = ctx.folded[i][m.end():]
    if not any(re.match(rf"\s+{re.escape(n)}(?!\w)", after) for n in nouns):
        return ""
    return subject_noun(ctx, i, m, after_verb=True) or ""


def verb_first(ctx: Ctx, i: int, m: re.Match[str]) -> bool:
    """The verb opens its clause ("Avizoval též ...", "Dále připraví ..."): its subject is in the sentence
    before. With a noun before it ("Nový systém zajistí ...") the subject is that noun, not a person."""
    lo, _ = cues.clause_span(ctx.folded[i], m)
    limit = int(cues.data(ctx.lang, _NAME).get("pro_drop_max_words", 2))
    return len(re.findall(r"\w+", ctx.folded[i][lo:m.start()])) <= limit
