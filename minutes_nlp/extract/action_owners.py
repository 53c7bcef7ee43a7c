"""Who owns an action: the agent before the verb (or after it, in Czech word order), the object of
"ukládá"/"asked X to", the value of a "Zodpovídá:"/"Owner:" label, the subject of the previous sentence
for pro-drop, the party of the case ("the applicant"), or a document convention (the chair sets the next
agenda; the organising body owns its agentless commitments).
"""

from __future__ import annotations

import re

from minutes_nlp.extract import cues, offices, owners
from minutes_nlp.extract.action_agents import (
    _SPEAKER_END,
    actor_after,
    actor_before,
    bracketed_person,
    by_role,
    contractor,
    line_speaker,
    opener,
    outermost,
    passive_agent,
    past_value,
    plan_answerer,
    previous_subject,
    quote_speaker,
    role_holder,
)
from minutes_nlp.extract.action_agents import leading_actor as leading_actor  # re-exported for actions.py
from minutes_nlp.extract.action_due import parse_due
from minutes_nlp.extract.action_parties import (
    collective,
    collective_subject,
    named_body,
    party,
    presenter_body,
    represented,
    subject_noun,
    trailing_owner,
)
from minutes_nlp.extract.action_promises import (
    announcer,
    answerer_deferral,
    promised_doer,
    promised_infinitive,
    promiser,
    ready_body,
)
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.nonitems import defers_answer
from minutes_nlp.textutil import fold

_NAME = "action_cues"
_DEFAULT_FACTOR = 0.85  # an owner taken from a document convention is less certain than a named agent


def label_value(ctx: Ctx, i: int) -> tuple[str, int] | None:
    """The owner written after a label (Zodpovídá: X, Owner: X) in the sentence or its block's next lines."""
    labels = "|".join(re.escape(w) for w in cues.data(ctx.lang, _NAME)["owner_labels"])
    pat = re.compile(rf"(?<!\w)(?:{labels})\.?\s*[:]\s*([^,;/|\n\t]+)")  # "/ Z: MM / T: 12. 4."
    bracket = re.compile(rf"\((?:{labels})\s+([^,;/|()\n\t:]+)")  # "(odpovídá MF, termín 30. 6.)"
    for j in range(i, min(i + 4, len(ctx.sents))):
        if j > i and ctx.sents[j].block > ctx.sents[i].block + 2:
            break
        m = pat.search(ctx.folded[j]) or bracket.search(ctx.folded[j])
        if m:
            return ctx.sents[j].text[m.start(1):m.end(1)], j
    return None


# "Úkol 8/4: Zpracovat reakci ŘO na ...": a task line that opens with an infinitive has no subject, so a body
# named in it is an attribute of its object, not the doer the label's "ŘO (Ing. X)" repeats
_INFINITIVE_LINE = re.compile(r"^\W*ukol\w*(\s*(c\.|cislo)?\s*[\w/.-]*\d[\w/.-]*)?\s*[:–-]\s*\w+(t|ti)\b")
LABEL_OWNER = re.compile(r"^\W*\w+(?:\s+(?:no\.?\s*|#\s*)?\d[\w/.-]*)?\s*[:–-]\s*([^:\d]{1,40}?)(?:\s+to\s|\s*$|\.$)")
CHECKBOX_OWNER = re.compile(r"^\W*\[\s?\]\s*([^:\[\]]{1,40}):")


def label_owner(ctx: Ctx, i: int) -> tuple[str | None, float] | None:
    """The owner written after a label (Zodpovídá: X), canonical when it is a known actor; None if no label."""
    found = label_value(ctx, i)
    if found is None:
        return None
    value, j = found
    if collective(ctx.lang, value):
        return None, 1.0  # "Z: všichni členové PS", "Action: All members": everyone, no one owner
    start = ctx.sents[j].text.find(value) + ctx.sents[j].start
    inside = [a for a in ctx.actors[j] if start <= a.start < start + len(value)]
    first = i if j > i else max(0, i - 2)  # the task sentence, or the ones before a label line of its own
    near = [a for k in range(first, j + 1) if ctx.items[k] is ctx.items[j] for a in ctx.actors[k] if a.end <= start]
    named = bool(inside) and any(a.name == inside[0].name for a in near) \
        and not _INFINITIVE_LINE.match(ctx.folded[i])  # the task's own subject, unless the task has none
    hit = (None if named else _acting_person(ctx, inside)) or (inside[0] if inside else None)
    if (hit is None or hit.kind != "person" or not hit.resolved) and (holder := role_holder(ctx, value)):
        return holder, 1.0  # "Z: velitel MP", "Z: vedoucí OŽP": the listed member who holds that role
    if hit is not None:
        return hit.name, 1.0
    ends = "|".join(re.escape(w) for w in cues.data(ctx.lang, _NAME).get("owner_value_end", []))
    cleaned = re.split(rf"\s+(?:{ends})(?!\w)", value.strip(), maxsplit=1, flags=re.I)[0] if ends else value
    cleaned = cleaned.strip(" .–-")
    return (cleaned, 0.8) if cleaned and len(cleaned.split()) <= 6 else (None, 1.0)


def _agenda_presenter(ctx: Ctx, i: int) -> str | None:
    """"Na příštím jednání bude MMR informovat o stavu výzev": a topic of the next meeting with a named
    subject of a task verb is that subject's task; the chair owns only the topics nobody is named for."""
    for cls in cues.classes(ctx.lang, _NAME):
        m = cls.search(ctx.folded[i]) if cls.name in ("future_task", "future_infinitive") else None
        if m is not None:
            inside = next((a for a in ctx.actors[i] if m.start() <= ctx.local(i, a)[0] < m.end()), None)
            return inside.name if inside is not None else owner_subject(ctx, i, m, previous=False)[0] or None
    return None


def _acting_person(ctx: Ctx, inside: list[owners.Actor]) -> owners.Actor | None:
    """ "Odpovídá: sekretariát KV (Mgr. Horáková)", "Owner: Finance team (JS)", "Odpovídá: DIA – Ing. X": a
    body with a named person in brackets or after a dash after it; the person acts for the body and owns the
    task (unless the task sentence itself makes the body its subject: "Městská policie provede ... Zodp.:
    Městská policie (Mgr. Brázda)")."""
    if not inside or inside[0].kind != "institution":
        return None
    text = ctx.doc.text
    return next((a for a in inside[1:] if a.resolved and a.kind == "person"
                 and (text.count("(", inside[0].start, a.start) > text.count(")", inside[0].start, a.start)
                      or _ACTING.fullmatch(text[inside[0].end:a.start]))), None)


_ACTING = re.compile(r"\s*[–—-]\s*")  # "Odpovídá: DIA – Ing. Cibulka": the person named for the body after a dash


def owner_from_label(ctx: Ctx, i: int, m: re.Match[str]) -> tuple[str | None, float]:
    labelled = label_owner(ctx, i)
    if labelled is not None:
        return labelled
    owner = owner_object(ctx, i, m)
    box = CHECKBOX_OWNER.match(ctx.sents[i].text) or LABEL_OWNER.match(ctx.sents[i].text)
    if box and len(box.group(1).split()) <= 3 and (owner[0] is None or past_value(ctx, i, m, box)):
        return box.group(1).strip(), 0.8  # "- [ ] Name: task", "ACTION: Clerk to ...", "AP: ECT to send ... to the SC"
    return owner


def owner_object(ctx: Ctx, i: int, m: re.Match[str], before_to: bool = False) -> tuple[str | None, float]:
    """The first actor from the cue on: "ukládá p. X", "asked Jane to", "Jane to circulate"; with
    `before_to`, one named before the cue's "to" ("Its recommendation to close ... would go to the Board"
    names nobody who is to close)."""
    hit = actor_after(ctx, i, m.start(), 80 + m.end() - m.start())
    hit = bracketed_person(ctx, i, hit) or hit
    if hit is None and re.search(cues.data(ctx.lang, _NAME).get("passive_assignment", "$^"), m.group(0)):
        hit = actor_before(ctx, i, m.start())  # "Ing. Kučerovi bylo uloženo připravit ...": the dative before it
    if hit is None and collective(ctx.lang, m.group(0).split(None, 1)[-1]) and parse_due(ctx.sents[i].text, ctx):
        return "", 1.0  # "požádala členy, aby zaslali ... do 15. 5.": everyone's task (no deadline: an appeal)
    if by_role(ctx, i, hit) and (holder := role_holder(ctx, ctx.sents[i].text[m.end():])):
        return holder, 1.0  # "KŠ ukládá tajemníkovi MěÚ zpracovat ...": the member listed as "tajemník MěÚ"
    if hit is None and re.search(cues.data(ctx.lang, _NAME).get("object_pronoun", "$^"), m.group(0)):
        hit = previous_subject(ctx, i, person=True)  # "Mr X asked ... . The Board asked him to obtain a quote."
    to = m.group(0).rfind(" to ")
    if before_to and to >= 0 and (hit is None or ctx.local(i, hit)[0] > m.start() + to):
        words = re.findall(r"[a-z]+", m.group(0)[:to])
        nouns = cues.data(ctx.lang, _NAME).get("subject_nouns", [])
        return ("" if words and words[-1] in nouns else None), 1.0  # "Staff to forward ...": unnamed
    return (hit.name, 1.0) if hit else (None, 1.0)


def _oblique(ctx: Ctx, i: int, actor: owners.Actor | str) -> bool:
    """The actor stands after a preposition ("v souvislosti s doporučeními ČŠI", "se společností X"): not
    a subject. A name is looked up at its first mention; letters of an abbreviation ("s.r.o.") are no word."""
    a = actor if isinstance(actor, owners.Actor) else next((x for x in ctx.actors[i] if x.name == actor), None)
    if a is None:
        return False
    head = re.split(r"[,;:]\s", ctx.sents[i].text[:ctx.local(i, a)[0]])[-1]  # "do RSK, doc. X": X is no object
    words = [w for w in re.findall(r"[^\W\d]+\.?", head.lower()) if not w.endswith(".")][-2:]  # titles aside
    return any(_PREPOSITIONS.fullmatch(fold(w)) for w in words if not _marker(ctx, w))  # "Na žádost Ing. X ŘO ..."


def _marker(ctx: Ctx, word: str) -> bool:
    """"že" is a clause marker that folds to the preposition "ze": the written accent tells them apart."""
    marker = cues.data(ctx.lang, _NAME).get("clause_marker") or "(?!)"
    return fold(word) != word and re.fullmatch(marker, fold(word)) is not None


def _outside_clause(ctx: Ctx, i: int, name: str, m: re.Match[str]) -> bool:
    lo, hi = cues.clause_span(ctx.folded[i], m)
    return not any(a.name == name and lo <= ctx.local(i, a)[0] < hi for a in ctx.actors[i])


def owner_subject(ctx: Ctx, i: int, m: re.Match[str], previous: bool = True) -> tuple[str | None, float]:
    """The agent: the actor before the verb, else right after it (Czech "zajistí p. X"), else (pro-drop or
    a pronoun) the subject of the previous sentence."""
    d = cues.data(ctx.lang, _NAME)
    hit = None
    pronoun = re.match(d.get("pronoun_subject", "$^"), ctx.folded[i]) is not None
    previous = previous and (pronoun or bool(d.get("pro_drop")))  # English has no pro-drop: "It will ..."
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
        after = None if after is not None and (_dative(ctx, i, m) or _opens_clause(ctx, m)) else after
        own_subject = hit is not None and hit.resolved and not speaker and not _earlier_clause(ctx, i, hit, m)
        if after is not None and not own_subject and (noun := _noun_first(ctx, i, m, after)) is not None:
            return noun, 0.8  # "přizve zhotovitel VaK k tlakové zkoušce" (not "Tajemnice KŠ předá oddělení ...")
        if after is not None and hit is not None and not speaker and _oblique(ctx, i, hit):
            hit = after  # "jednání se společností X zajistí předseda": X is no subject, the name after the verb is
        elif after is not None and hit is not None and not speaker and _inverted(ctx, i, hit, m, after):
            hit = after  # "Plakáty udělá Lucka, texty pošle Péťa": the second clause's subject follows its verb
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
    if hit is None and previous and (pronoun or verb_first(ctx, i, m)):
        personal = re.match(d.get("personal_pronoun", "$^"), ctx.folded[i]) is not None
        hit = previous_subject(ctx, i, person=personal)
    return (hit.name, 1.0 if hit.resolved else 0.8) if hit else (None, 1.0)


def _not_oblique(ctx: Ctx, i: int, hit: owners.Actor | None, m: re.Match[str]) -> owners.Actor | None:
    """"Mapy CzechGlobe ve spolupráci s ČHMÚ zpřístupní ...": the nearest actor before the verb stands
    after a preposition; an earlier one of the same clause that does not is the subject."""
    if hit is None or not _oblique(ctx, i, hit):
        return hit
    lo, _ = cues.clause_span(ctx.folded[i], m)
    earlier = [a for a in ctx.actors[i] if lo <= ctx.local(i, a)[0] and ctx.local(i, a)[1] <= ctx.local(i, hit)[0]
               and a.name != hit.name and not _oblique(ctx, i, a)]
    if not earlier:  # a bracket ("(dále jen „API“)") closed the clause span: read back to a colon or a marker
        lo = _clause_start(ctx, i, ctx.local(i, hit)[0])
        text = ctx.sents[i].text
        earlier = [a for a in outermost(ctx.actors[i]) if lo <= ctx.local(i, a)[0] and ctx.local(i, a)[1]
                   <= ctx.local(i, hit)[0] and a.name != hit.name and not _oblique(ctx, i, a)
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


def verb_first(ctx: Ctx, i: int, m: re.Match[str]) -> bool:
    """The verb opens its clause ("Avizoval též ...", "Dále připraví ..."): its subject is in the sentence
    before. With a noun before it ("Nový systém zajistí ...") the subject is that noun, not a person."""
    lo, _ = cues.clause_span(ctx.folded[i], m)
    limit = int(cues.data(ctx.lang, _NAME).get("pro_drop_max_words", 2))
    return len(re.findall(r"\w+", ctx.folded[i][lo:m.start()])) <= limit


def owner_for(ctx: Ctx, i: int, cls: cues.CueClass, m: re.Match[str]) -> tuple[str | None, float]:
    """(owner, confidence factor) by the cue class's owner rule."""
    if cls.owner == "label":
        return owner_from_label(ctx, i, m)
    if cls.owner == "object":
        return owner_object(ctx, i, m, before_to=cls.name == "assigned_to")
    if cls.owner in ("subject", "subject_local"):
        if (ready := ready_body(ctx, i, m)) is not None:
            return ready, 1.0
        if (doer := promised_doer(ctx, i, m)) is not None:
            return (doer, 1.0) if doer else promiser(ctx, i, m)
        if (answerer := answerer_deferral(ctx, i, m)) is not None:
            return answerer, 1.0  # "X odpověděla, že ... posoudí odbor, a odpověď zašle písemně": hers
        if collective_subject(ctx, i, m):
            return "", 1.0  # "Členové výboru zašlou připomínky": everyone's task, no one owner
        if (own := promised_infinitive(ctx, i, cls.name, m)) is not None and not _oblique(ctx, i, own):
            return own.name, 1.0  # "... a přislíbil zaslat ŘO podklady": the promiser's, ŘO receives them
        found = owner_subject(ctx, i, m, previous=cls.owner == "subject")
        if cls.owner == "subject_local" and found[0] and (_outside_clause(ctx, i, found[0], m)
                                                          or _oblique(ctx, i, found[0])):
            return None, 1.0  # "Ředitelka uvedla, že bude nutné aktualizovat ...": a need she reports, not her task
        if cls.name.startswith("obligation") and found[0] and found[0] == line_speaker(ctx, i):
            return None, 1.0  # "Starosta: Je třeba opravit most.": a need the speaker states, not their task
        return found
    if cls.owner == "trailing":
        return trailing_owner(ctx, i), 1.0
    if cls.owner == "promiser":  # "The Clerk said that his question would be passed to ...": who said so
        said, factor = promiser(ctx, i, m)
        return said or None, factor
    if cls.owner == "subject_or_default":
        found = owner_subject(ctx, i, m, previous=False)
        return found if found[0] else (ctx.organiser, _DEFAULT_FACTOR)
    if cls.owner == "contractor":
        return contractor(ctx, i), 1.0
    if cls.owner == "speaker":
        return line_speaker(ctx, i) or quote_speaker(ctx, i, m), 1.0
    if cls.owner == "chair" and (presenter := _agenda_presenter(ctx, i)) is not None:
        return presenter, 1.0
    if cls.owner == "chair":
        name = owners.chair(ctx.meeting, ctx.items[i], ctx.entities) or opener(ctx) or ctx.organiser
        return name, _DEFAULT_FACTOR
    if cls.owner == "agent":  # "Members would receive a questionnaire from the Secretary": the sender, or none
        return passive_agent(ctx, i, m), 1.0
    if cls.owner == "default" and (agent := passive_agent(ctx, i, m)) is not None:
        return agent, 1.0  # "will be dealt with by the Clerk"
    if cls.owner == "default" and (answerer := plan_answerer(ctx, i)) is not None:  # a deferred answer: the answerer's
        return (None if defers_answer(ctx, i) else represented(ctx, answerer)) or answerer, _DEFAULT_FACTOR
    if cls.owner == "default" and (announced := announcer(ctx, i, m)) is not None:  # "She advised that it would"
        return announced, _DEFAULT_FACTOR
    if cls.owner == "default" and (body := presenter_body(ctx, i)) is not None:
        return body, _DEFAULT_FACTOR
    return ctx.organiser, _DEFAULT_FACTOR  # "default" and "organiser": the body itself

