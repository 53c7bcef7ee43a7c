"""More than one action in a sentence: one per clause with a cue and an agent of its own ("MŽP zajistí
zabezpečení, SMO ČR připraví program"), and companion actions ('also' classes: the contractor's deadline in
a resolution that approves the contract and mandates the mayor to sign it).
"""

from __future__ import annotations

import dataclasses
import re

from minutes_nlp.extract import action_owners as who
from minutes_nlp.extract import cues, dateadvance
from minutes_nlp.extract.action_due import parse_due
from minutes_nlp.extract.action_match import match
from minutes_nlp.extract.datecontext import defers_to_sentence
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.result import Action, DateValue, Method
from minutes_nlp.textutil import fold

VERSION = "1"
_NAME = "action_cues"
_MAX_CLAUSES = 3  # further actions one sentence may state in clauses of their own


def clause_actions(ctx: Ctx, i: int, first: Action) -> list[Action]:
    """"MŽP zajistí zabezpečení konference, SMO ČR připraví program.": each clause with a cue of its own
    states an action of its own, kept when its owner or deadline differs from the one before it. Returns
    the sentence's actions in the order of their clauses, `first` (the action of the first class that
    fires) among them, with its own clause's deadline when another clause's was taken for it."""
    found = match(ctx, i)
    if found is None or first.status is not None or first.method.name.endswith("task_list"):
        return [first]
    spans = [cues.clause_span(ctx.folded[i], found[1])]
    last = (first.owner, _clause_due(ctx, i, found[1]))
    placed: list[tuple[int, Action]] = []
    while len(placed) < _MAX_CLAUSES:
        nxt = match(ctx, i, folded=_blank(ctx.folded[i], spans))
        if nxt is None or not nxt[1].group(0).strip():
            break
        extra = _clause_action(ctx, i, nxt, spans, last)
        if extra is not None:
            placed.append((nxt[1].start(), extra))
            last = (extra.owner, extra.due)
    if any(a.due is not None and a.due == first.due for _, a in placed):
        first = dataclasses.replace(first, due=_clause_due(ctx, i, found[1]))
    first = _same_agent_due(first, placed)
    if first.method.name.endswith(_DATE_ONLY) or not first.owner:
        # the meeting's date, or an ownerless clause's ("The Committee agreed to add X to the work programme
        # for the June meeting, and asked the Officer to invite Y"), dates the tasks of the other clauses too
        placed = [(k, dataclasses.replace(a, due=a.due or first.due)) for k, a in placed]
    if first.method.name.endswith(_DATE_ONLY):
        first = _fixed_by(first, placed)
    # in reading order, as minutes list them ("Příští zasedání se uskuteční v lednu, přesný termín oznámí
    # předsedkyně": the meeting's date, then the announcement); a clause nobody is named for ("The Committee
    # agreed to add X, and asked the Officer to invite Y") after the one whose owner is named
    ordered = [a for _, a in sorted(placed + [(found[1].start(), first)], key=lambda p: p[0])]
    return sorted(ordered, key=lambda a: a.owner is None and len(ordered) > 1)


_DATE_ONLY = "next_meeting_date"  # "Příští jednání se uskuteční 7. 11., pozvánku rozešle tajemnice": the
# sentence's task is the invitation, due by that meeting; the meeting's date stays a second, ownerless item


def _same_agent_due(first: Action, placed: list[tuple[int, Action]]) -> Action:
    """"X prověří ..., a výsledek sdělí do konce dubna", "will check ... and report back by Friday": the same
    agent's later step closes the task, so its deadline is the first step's too when that has none."""
    if first.due is not None or not first.owner:
        return first
    later = next((a.due for _, a in placed if a.owner == first.owner and a.due is not None), None)
    return dataclasses.replace(first, due=later) if later else first


def _fixed_by(date: Action, placed: list[tuple[int, Action]]) -> Action:
    """"Příští jednání se uskuteční v květnu, přesný termín oznámí koordinátorka": the one who is to fix the
    exact date owns the arrangement of that meeting too (the body's default owner is only a convention)."""
    named = next((a.owner for _, a in placed if a.owner), None)
    return dataclasses.replace(date, owner=named) if named else date


def _clause_action(ctx: Ctx, i: int, found: tuple[cues.CueClass, re.Match[str]], spans: list[tuple[int, int]],
                   last: tuple[str | None, DateValue | None]) -> Action | None:
    cls, m = found
    lo, hi = cues.clause_span(ctx.folded[i], m)
    spans.append((lo, hi))
    own = any(lo <= ctx.local(i, a)[0] < hi for a in ctx.actors[i])
    if cls.owner in ("subject", "subject_local") and not own:
        return None  # "..., a výsledek předloží ...": the same agent goes on, not a task of its own
    proviso = cues.data(ctx.lang, _NAME).get("same_task_clause")
    if proviso and re.search(proviso, ctx.folded[i][max(0, lo - 20):m.start()]):
        return None  # "pověřuje starostu ..., s tím, že zastupitelstvo bude informováno": a term of that task
    owner, factor = who.owner_for(ctx, i, cls, m) if own or cls.owner != "subject_or_default" \
        else (ctx.organiser, 0.85)  # nobody named in this clause: the body's plan, not the next clause's agent
    due = _clause_due(ctx, i, m)
    if not owner or (owner, due) == last:
        return None  # a further action is one with someone to do it
    s = ctx.sents[i]
    return Action(s.text, owner or None, due, ctx.prov(i), ctx.item_number(i), None, None, None,
                  Method(f"rule:{ctx.lang}.action.{cls.name}", VERSION), round(cls.confidence * factor, 2))


def _blank(folded: str, spans: list[tuple[int, int]]) -> str:
    chars = list(folded)
    for lo, hi in spans:
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


def _clause_due(ctx: Ctx, i: int, m: re.Match[str]) -> DateValue | None:
    """The deadline written in the clause of the cue alone (a period the clause states is none)."""
    from minutes_nlp.extract.actions import parse_due  # the deadline reader of the action rules

    lo, hi = cues.clause_span(ctx.folded[i], m)
    text = ctx.sents[i].text
    due = parse_due(text[lo:hi], ctx)
    if due is None and dateadvance.has_lead_time(text[lo:hi], ctx.lang):
        due = parse_due(text[:hi], ctx)  # "..., pozvánky rozešle 14 dní předem": counted from the earlier day
    if due is not None and defers_to_sentence(due, ctx.lang):
        return parse_due(text, ctx) if due.kind == "continuous" else None  # "podle potřeby": the sentence's date
    return due


_GAPPED_WORDS = 14  # "..., and the 2025 coupon books by 12/15/2024": a second object and its deadline, no verb


def gapped_action(ctx: Ctx, i: int, first: Action) -> list[Action]:
    """"Management will distribute the budget by 11/30, and the coupon books by 12/15": the verb is said once
    and a second object follows with a deadline of its own (gapping, 'gapping' in the data): a second task of
    the same owner, due then, and the first is due by the first date. A second part with a verb of its own is a
    clause (`clause_actions`), not this. Returns the sentence's tasks ([first] when there is no gapping)."""
    from minutes_nlp.extract.actions import parse_due

    spec = cues.data(ctx.lang, _NAME).get("gapping") or {}
    text = ctx.sents[i].text
    parts = list(re.finditer(spec["pattern"], text)) if spec and first.due is not None and not first.status else []
    if not parts:
        return [first]
    rest = text[parts[-1].end():]
    words = set(re.findall(r"[^\W\d_][\w'-]*", fold(rest)))
    verbs = cues.data(ctx.lang, _NAME).get("verbs", {})
    stop = {w for key in ("infinitive", "infinitive_broad", "future", "participle") for w in verbs.get(key, [])}
    own = any(ctx.local(i, a)[0] >= len(text) - len(rest) for a in ctx.actors[i])  # "... and the Clerk by June"
    if len(words) > _GAPPED_WORDS or words & (stop | set(spec.get("stop", []))) or own:
        return [first]
    due, before = parse_due(rest, ctx), parse_due(text[:parts[-1].start()], ctx)
    if due is None or before is None or due == before:
        return [first]
    second = dataclasses.replace(first, due=due, method=Method(f"rule:{ctx.lang}.action.gapped", VERSION),
                                 confidence=round(first.confidence * 0.9, 2))
    return [dataclasses.replace(first, due=before), second]


def companion_action(ctx: Ctx, i: int, first: Action | None, head: str = "") -> Action | None:
    """A second action of sentence i from a companion class ('also'): "ZO schvaluje smlouvu o dílo se
    společností X s termínem dokončení do 30. 9. a pověřuje starostu podpisem" is the mayor's task to
    sign and the contractor's to finish by 30. 9. It holds only when the body approves (the sentence or
    the heading `head` of its resolution list says so), not when a party asks for it."""
    from minutes_nlp.extract.actions import _due_for  # the deadline rules of the action rules

    found = match(ctx, i, companions=True)
    approval = cues.data(ctx.lang, _NAME).get("approval", "$^")
    if found is None or not (re.search(approval, ctx.folded[i]) or re.search(approval, head)):
        return None
    cls, m = found
    owner, factor = who.owner_for(ctx, i, cls, m)
    if not owner or first is not None and owner == first.owner:
        return None
    s = ctx.sents[i]
    return Action(s.text, owner, _due_for(ctx, i, cls, m), ctx.prov(i), ctx.item_number(i), None, None, None,
                  Method(f"rule:{ctx.lang}.action.{cls.name}", VERSION), round(cls.confidence * factor, 2))


def accepted_proposal(ctx: Ctx, i: int) -> Action | None:
    """"Mgr. X navrhla, aby představenstvo do konce roku informovalo členy DR ... Ředitel s tím souhlasil.": a
    proposal that someone act, accepted in the next sentence by whoever is to act or speaks for them, is a task
    of the one the proposal names ('accepted_proposal' in the data); a proposal nobody accepts is none."""
    spec = cues.data(ctx.lang, _NAME).get("accepted_proposal")
    if not spec or i + 1 >= len(ctx.sents) or ctx.sents[i + 1].block != ctx.sents[i].block:
        return None
    m = re.search(spec["proposal"], ctx.folded[i])
    if m is None or re.search(spec["acceptance"], ctx.folded[i + 1]) is None:
        return None
    owner, _ = who.owner_object(ctx, i, m)
    owner = owner or _named_by_word(ctx, ctx.folded[i][m.end():])
    first = re.findall(r"\w+", ctx.folded[i][m.end():])[:1]
    noun = bool(first) and first[0] in cues.data(ctx.lang, _NAME).get("subject_nouns", [])
    if not owner and not noun:
        return None  # "navrhl, aby se ..." names nobody to act
    s = ctx.sents[i]
    return Action(s.text, owner or None, parse_due(s.text[m.end():], ctx), ctx.prov(i), ctx.item_number(i), None, None,
                  None, Method(f"rule:{ctx.lang}.action.accepted_proposal", VERSION), 0.6)


_STEM = 5  # leading letters of a body's first word that survive its case ending


def _named_by_word(ctx: Ctx, rest: str) -> str | None:
    """The one known institution whose name starts with the word `rest` opens ("aby představenstvo ...")."""
    word = re.match(rf"\s*(\w{{{_STEM},}})", rest)
    if word is None:
        return None
    names = {inst.name for inst in ctx.entities.institutions
             if cues.fold_keep(inst.name).split()[:1] == [word.group(1)] or
             cues.fold_keep(inst.name)[:_STEM] == word.group(1)[:_STEM] and " " not in inst.name}
    return names.pop() if len(names) == 1 else None
