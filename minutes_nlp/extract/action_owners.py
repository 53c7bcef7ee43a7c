"""Who owns an action: the agent before the verb (or after it, in Czech word order), the object of
"ukládá"/"asked X to", the value of a "Zodpovídá:"/"Owner:" label, the subject of the previous sentence
for pro-drop, the party of the case ("the applicant"), or a document convention (the chair sets the next
agenda; the organising body owns its agentless commitments).
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp.extract import cues, owners, roleholders
from minutes_nlp.extract.action_agents import (
    actor_after,
    actor_before,
    bracketed_person,
    by_role,
    contractor,
    leading_role_holder,
    line_speaker,
    opener,
    passive_agent,
    past_value,
    plan_answerer,
    previous_subject,
    quote_speaker,
    remembered_holder,
    role_holder,
    step_agent,
)
from minutes_nlp.extract.action_agents import leading_actor as leading_actor  # re-exported for actions.py
from minutes_nlp.extract.action_due import parse_due
from minutes_nlp.extract.action_parties import (
    collective,
    collective_subject,
    contracted,
    presenter_body,
    represented,
    trailing_owner,
)
from minutes_nlp.extract.action_promises import (
    announcer,
    answerer_deferral,
    promised_doer,
    promised_infinitive,
    promiser,
    pronoun_speaker,
    ready_body,
    semicolon_speaker,
)
from minutes_nlp.extract.action_subjects import oblique, owner_subject
from minutes_nlp.extract.body_defined import named_by_head, unit_as_written
from minutes_nlp.extract.bracket_owner import bracket_owner
from minutes_nlp.extract.cues import fold_keep
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.nonitems import defers_answer
from minutes_nlp.extract.owner_heads import body_by_head, canonical_body
from minutes_nlp.textutil import cached_rx, fold

_NAME = "action_cues"
_DEFAULT_FACTOR = 0.85  # an owner taken from a document convention is less certain than a named agent


def label_value(ctx: Ctx, i: int) -> tuple[str, int] | None:
    """The owner written after a label (Zodpovídá: X, Owner: X) in the sentence or its block's next lines."""
    hit = _label_hit(ctx, i)
    return (hit[0], hit[1]) if hit is not None else None


def _label_hit(ctx: Ctx, i: int) -> tuple[str, int, int] | None:
    """`label_value` with the value's offset in its sentence ("Action: A/Senior Engineer": not the first "A")."""
    labels = "|".join(re.escape(w) for w in cues.data(ctx.lang, _NAME)["owner_labels"])
    pat = cached_rx(rf"(?<!\w)(?:{labels})\.?\s*[:]\s*([^,;/|\n\t]+)")  # "/ Z: MM / T: 12. 4."
    bracket = cached_rx(rf"\((?:{labels})\s+([^,;/|()\n\t:]+)")  # "(odpovídá MF, termín 30. 6.)"
    semi = _semicolon_label(ctx.lang, labels)
    task = set(cues.data(ctx.lang, _NAME).get("task_labels", []))
    for j in range(i, min(i + 4, len(ctx.sents))):
        if j > i and ctx.sents[j].block > ctx.sents[i].block + 2:
            break
        m = _owner_label_match(ctx, pat, j) or bracket.search(ctx.folded[j]) or (semi and semi.search(ctx.folded[j]))
        value = ctx.sents[j].text[m.start(1):m.end(1)] if m else ""
        if m and not (j == i and _label_word(ctx.folded[j], m) in task and states_task(ctx.lang, value)):
            return value, j, m.start(1)
    return None  # with only a task after the task label, nobody is named


def _semicolon_label(lang: str, labels: str) -> re.Pattern[str] | None:
    """"...; odpovídají Ing. X a pí Y, termín 30. 9.": the owner label without a colon, closing the task after a
    semicolon or dash, when a deadline label follows the names (the bracket form without brackets) or the names
    end the line ("... – odp. hospodářka."); the label may be abbreviated with a dot ("– odp. jednatel, T: ...")."""
    due = cues.data(lang, _NAME).get("due_labels", [])
    if not due:
        return None
    dues = "|".join(re.escape(w) for w in sorted(due, key=len, reverse=True))
    long = "|".join(re.escape(w) for w in cues.data(lang, _NAME)["owner_labels"] if len(w) >= 6)
    label = rf"(?:(?:{labels})\.|{long}|(?:{labels})(?=[^\n]*,\s*(?:{dues})\b))"  # not "– z důvodu ..."
    return cached_rx(rf"(?:[;\u2013\u2014]|\s-)\s*{label}\s+([^,;/|()\n\t:]+?)\s*(?:,\s*(?:{dues})\b|\.?$)")


def states_task(lang: str, value: str) -> bool:
    """"Update the figures for the plan" is a task (a task verb, then words in lower case); "Audit and Risk
    Committee" is a name (every long word capitalised)."""
    words = value.split()
    return bool(words) and fold_keep(words[0]) in _verbs(lang) and \
        any(w[:1].islower() for w in words[1:] if len(w) > 3)


@cache
def _verbs(lang: str) -> frozenset[str]:
    verbs = cues.data(lang, _NAME).get("verbs", {})
    return frozenset(w for key in ("infinitive", "infinitive_broad") for w in verbs.get(key, []))


def _owner_label_match(ctx: Ctx, pat: re.Pattern[str], j: int) -> re.Match[str] | None:
    """"Action: Publish the dashboard – Responsible: IMO – Deadline: 10/04": a task label ('task_labels') opens
    the line with the task; a later owner label in the same line names the owner. Alone, "Action: Clerk" names
    the owner after the task label."""
    found: list[re.Match[str]] = []
    while (m := pat.search(ctx.folded[j], found[-1].start(1) if found else 0)) is not None:
        found.append(m)  # "Action: task – Responsible: X": the task label's value runs over the owner label
    task = set(cues.data(ctx.lang, _NAME).get("task_labels", []))
    later = [m for m in found[1:] if _label_word(ctx.folded[j], m) not in task]
    return later[0] if later and _label_word(ctx.folded[j], found[0]) in task else (found[0] if found else None)


def _label_word(folded: str, m: re.Match[str]) -> str:
    return re.sub(r"[\s.:]+$", "", folded[m.start():m.start(1)])


# "Úkol 8/4: Zpracovat reakci ŘO na ...": a task line that opens with an infinitive has no subject, so a body
# named in it is an attribute of its object, not the doer the label's "ŘO (Ing. X)" repeats
_INFINITIVE_LINE = re.compile(r"^\W*ukol\w*(\s*(c\.|cislo)?\s*[\w/.-]*\d[\w/.-]*)?\s*[:–-]\s*\w+(t|ti)\b")
LABEL_OWNER = re.compile(r"^\W*\w+(?:\s+(?:no\.?\s*|#\s*)?\d[\w/.-]*)?\s*[:–-]\s*([^:\d]{1,40}?)(?:\s+to\s|\s*$|\.$)")
CHECKBOX_OWNER = re.compile(r"^\W*\[\s?\]\s*([^:\[\]]{1,40}):")


def label_owner(ctx: Ctx, i: int) -> tuple[str | None, float] | None:
    """The owner written after a label (Zodpovídá: X), canonical when it is a known actor; None if no label."""
    found = _label_hit(ctx, i)
    if found is None:
        return None
    value, j, offset = found
    start = offset + ctx.sents[j].start
    inside = [a for a in ctx.actors[j] if start <= a.start < start + len(value)]
    if collective(ctx.lang, value):  # "Z: všichni členové", "Action: All members": everyone, no one owner ...
        body = next((a.name for a in inside if a.kind == "institution" and a.resolved), None)
        return body, 1.0  # ... unless the members are those of a named body ("odpovídá: členové OV"): the body
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
    cleaned = re.split(rf"(?:^|\s+)(?:{ends})(?!\w)", value.strip(), maxsplit=1, flags=re.I)[0] if ends else value
    cleaned = cleaned.strip(" .–-")
    if _INITIALS.fullmatch(cleaned):
        return None, 1.0  # "Z: JN", "Action: TQ": initials no attendee has name nobody: empty, not guessed
    return (cleaned, 0.8) if cleaned and len(cleaned.split()) <= 6 else (None, 1.0)


_INITIALS = re.compile(r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2,3}")


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
    if by_role(ctx, i, hit) and (holder := role_holder(ctx, ctx.sents[i].text[m.end():]) or _object_role(ctx, i, m)):
        return holder, 1.0  # "KŠ ukládá tajemníkovi MěÚ zpracovat ...": the member listed as "tajemník MěÚ"
    if hit is None and (asked := _object_role(ctx, i, m) or _asked_office(ctx, i, m)) is not None:
        return asked, 1.0  # "The Committee requested the CECM to ...": the holder of the office asked
    if hit is None and re.search(cues.data(ctx.lang, _NAME).get("object_pronoun", "$^"), m.group(0)):
        hit = previous_subject(ctx, i, person=True)  # "Mr X asked ... . The Board asked him to obtain a quote."
    to = m.group(0).rfind(" to ")
    if before_to and to >= 0 and (hit is None or ctx.local(i, hit)[0] > m.start() + to):
        words = re.findall(r"[a-z]+", m.group(0)[:to])
        nouns = cues.data(ctx.lang, _NAME).get("subject_nouns", [])
        return ("" if words and words[-1] in nouns else None), 1.0  # "Staff to forward ...": unnamed
    return (hit.name, 1.0) if hit else (None, 1.0)


def _object_role(ctx: Ctx, i: int, m: re.Match[str]) -> str | None:
    """"požádal ekonomického náměstka, aby ...": a request cue that spans its object names the role right after
    its verb; the member listed in that role is the one asked."""
    rest = ctx.sents[i].text[m.start():m.end()].split(None, 1)
    return role_holder(ctx, rest[1]) if len(rest) == 2 else None


def _asked_office(ctx: Ctx, i: int, m: re.Match[str]) -> str | None:
    """"asked the Clerk to ...": the office right after the request verb (and its article) names the one person
    this meeting (or the latest earlier one) lists in it; an office nobody holds names no one."""
    rest = ctx.sents[i].text[m.start():m.end()].split(None, 1)
    if len(rest) < 2:
        return None
    role = roleholders.leading_role(re.sub(r"^(?:the|a|an)\s+", "", rest[1], flags=re.I), ctx.lang)
    return remembered_holder(ctx, role) if role is not None else None


def _known_or_named(ctx: Ctx, i: int, name: str | None) -> bool:
    """An owner that is a person or institution of the document, or any name other than the role word the
    sentence opens with (a bare office word kept as written: "Manažerka projektu rozešle ...")."""
    if not name:
        return False
    if any(p.name == name for p in ctx.entities.people) or any(o.name == name for o in ctx.entities.institutions):
        return True
    first = ctx.sents[i].text.split()[:1]
    return not first or fold(name.split()[0]) != fold(first[0])


def _office_as_subject(ctx: Ctx, i: int, m: re.Match[str]) -> str | None:
    """A task sentence whose only subject is an office title ("Tajemnice zajistí ...", "The Treasurer will
    ..."): the person this meeting's lists give that office; names after the verb are objects or addressees,
    and the previous sentence's speaker is no subject."""
    text = ctx.sents[i].text
    phrase = roleholders.leading_span(text[:m.start()], ctx.lang)
    if phrase is None or any(phrase <= ctx.local(i, a)[0] < m.start() and not oblique(ctx, i, a)
                             for a in ctx.actors[i]):
        return None  # "Tajemnice Ing. X zajistí": the name itself decides; "ve spolupráci s X" does not
    words = fold(" ".join(text[:phrase].split()[-2:]))
    inside = [a for a in ctx.actors[i] if ctx.local(i, a)[0] < phrase]
    if any(_holds(ctx, a.name, words) for a in inside):
        return None  # the attendee whose listed role is this very office ("Company Secretary") already decides
    role = roleholders.leading_role(text, ctx.lang)
    if inside and (role is None or role not in roleholders.role_holders(ctx.doc, ctx.lang)):
        return None  # a role word read as someone: overruled only by this document's own holder of the office
    return leading_role_holder(ctx, i, m)


def _holds(ctx: Ctx, name: str, words: str) -> bool:
    """The person's listed role ends with the office's words ("Senate President" holds "The President")."""
    role = next((p.role for p in ctx.entities.people if p.name == name), None)
    last = words.split()[-1:]
    return bool(role and last) and fold(role).split()[-1:] == last


def _office_to(ctx: Ctx, i: int) -> str | None:
    """"The Punong Barangay to write to ...": an office right before the "to" of an instruction names its holder."""
    text = ctx.sents[i].text
    end = roleholders.leading_span(text, ctx.lang)
    if end is None or not re.match(r"\s+to\s", text[end:]):
        return None
    role = roleholders.leading_role(text, ctx.lang)
    return remembered_holder(ctx, role) if role is not None else None


def _outside_clause(ctx: Ctx, i: int, name: str, m: re.Match[str]) -> bool:
    lo, hi = cues.clause_span(ctx.folded[i], m)
    return not any(a.name == name and lo <= ctx.local(i, a)[0] < hi for a in ctx.actors[i])


def _in_apposition(ctx: Ctx, i: int, m: re.Match[str]) -> str | None:
    """The institution named between the party noun and its verb ("the contractor, X Ltd, would start")."""
    hits = [a for a in ctx.actors[i] if a.kind == "institution" and m.start() <= ctx.local(i, a)[0] < m.end()]
    return hits[0].name if hits else None


def owner_for(ctx: Ctx, i: int, cls: cues.CueClass, m: re.Match[str]) -> tuple[str | None, float]:
    """(owner, confidence factor) by the cue class's owner rule; a body named by its head noun alone as the
    subject when the rule found no one ("the Committee resolved to ...", "rozhodne valná hromada")."""
    found = _owner_by_rule(ctx, i, cls, m)
    if found[0] is None and cls.owner not in ("label", "speaker") and (body := body_by_head(ctx, i, m)):
        return body, 1.0
    if found[0] and found[0][:1].isupper() and not any(p.name == found[0] for p in ctx.entities.people):
        return canonical_body(ctx, found[0]), found[1]
    return found


def _owner_by_rule(ctx: Ctx, i: int, cls: cues.CueClass, m: re.Match[str]) -> tuple[str | None, float]:
    if cls.owner == "label":
        return owner_from_label(ctx, i, m)
    if cls.owner == "object" and cls.name == "assigned_to" and (holder := _office_to(ctx, i)) is not None:
        return holder, 1.0  # "The Treasurer to prepare ...": the office holder
    if cls.owner == "object":
        found = owner_object(ctx, i, m, before_to=cls.name == "assigned_to")
        if found[0] is None and cls.name == "body_takes_up":  # "... will be considered by the full Council in June"
            return named_by_head(ctx, re.findall(r"[\w-]+", m.group(0))[-1]) or None, 1.0
        if found[0] is None and cls.name in ("agreed_that", "resolved_task"):  # "... that the Roads section would"
            return unit_as_written(ctx, ctx.sents[i].text[m.start():m.end()]) or None, 1.0
        return found
    if cls.owner in ("subject", "subject_local"):
        if cls.name == "third_party_schedule" and (named := _in_apposition(ctx, i, m)) is not None:
            return named, 1.0  # "she advised that the contractor, X Ltd, would start on ...": the firm's
        if (speaker := pronoun_speaker(ctx, i, m) or semicolon_speaker(ctx, i, m)) is not None:
            return speaker, 1.0  # "X replied that ... and that he would revert": the speaker's own promise
        if (ready := ready_body(ctx, i, m)) is not None:
            return ready, 1.0
        if (doer := promised_doer(ctx, i, m)) is not None:
            return (doer, 1.0) if doer else promiser(ctx, i, m)
        if (answerer := answerer_deferral(ctx, i, m)) is not None:
            return answerer, 1.0  # "X odpověděla, že ... posoudí odbor, a odpověď zašle písemně": hers
        if collective_subject(ctx, i, m):
            return "", 1.0  # "Členové výboru zašlou připomínky": everyone's task, no one owner
        if (holder := _office_as_subject(ctx, i, m)) is not None:
            return holder, 1.0  # "Tajemnice zajistí, aby p. X ...": the office holder, not X nor the last speaker
        if (own := promised_infinitive(ctx, i, cls.name, m)) is not None and not oblique(ctx, i, own):
            return own.name, 1.0  # "... a přislíbil zaslat ŘO podklady": the promiser's, ŘO receives them
        found = owner_subject(ctx, i, m, previous=cls.owner == "subject")
        if found[0] is None and (hit := _label_hit(ctx, i)) is not None and hit[1] == i and \
                (labelled := label_owner(ctx, i)) is not None and labelled[0]:
            return labelled  # "Na rok 2025 připraví oba sekretariáty žádost; odpovídají X a Y, termín ...": the label
        if not _known_or_named(ctx, i, found[0]) and (holder := leading_role_holder(ctx, i, m)) is not None:
            return holder, 1.0  # "Koordinátor shromáždí ...": the coordinator the earlier minutes named
        if cls.owner == "subject_local" and found[0] and (_outside_clause(ctx, i, found[0], m)
                                                          or oblique(ctx, i, found[0])):
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
    if cls.owner == "step_agent":  # "The final inspection by the county building department is scheduled ..."
        return step_agent(ctx, i, m), 1.0
    if cls.owner == "agent":  # "Members would receive a questionnaire from the Secretary": the sender, or none
        return passive_agent(ctx, i, m), 1.0
    if cls.owner == "default" and (agent := passive_agent(ctx, i, m)) is not None:
        return agent, 1.0  # "will be dealt with by the Clerk"
    if cls.owner == "default" and (bracketed := bracket_owner(ctx, i)) is not None:
        return bracketed, 1.0  # "Objednávka bude zajištěna (p. Horák).": the one named in the closing bracket
    if cls.owner == "default" and (firm := contracted(ctx, i)) is not None:
        return firm, _DEFAULT_FACTOR  # "objednána u firmy X a proběhne v květnu": the firm's job
    if cls.owner == "default" and (answerer := plan_answerer(ctx, i)) is not None:  # a deferred answer: the answerer's
        return (None if defers_answer(ctx, i) else represented(ctx, answerer)) or answerer, _DEFAULT_FACTOR
    if cls.owner == "default" and (announced := announcer(ctx, i, m)) is not None:  # "She advised that it would"
        return represented(ctx, announced) or announced, _DEFAULT_FACTOR  # a guest body's plan: the body's
    if cls.owner == "default" and (body := presenter_body(ctx, i)) is not None:
        return body, _DEFAULT_FACTOR
    return ctx.organiser, _DEFAULT_FACTOR  # "default" and "organiser": the body itself

