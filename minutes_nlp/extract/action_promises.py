"""Whose promise or announcement an action is: the body named as ready to act ("avizovala připravenost MPO
uspořádat"), the subject of a promised clause ("přislíbil, že Policie ČR zašle"), the one who promised, and the
officer who announces an agentless plan ("The Director advised that the plan would be brought to the July
meeting": hers to deliver).

Split out of `action_owners.py` (promises and announcements apart from the grammar of subjects and objects).
"""

from __future__ import annotations

import re

from minutes_nlp.extract import cues, owners, roleholders
from minutes_nlp.extract.action_agents import actor_before, outermost, previous_subject, remembered_holder
from minutes_nlp.extract.action_match import own_undertaking
from minutes_nlp.extract.action_parties import named_body
from minutes_nlp.extract.itemctx import Ctx

_NAME = "action_cues"


def announcer(ctx: Ctx, i: int, m: re.Match[str]) -> str | None:
    """"The Director of Finance advised that the accounts would be presented in September", "He confirmed that
    the policy would be brought back to the Board": an agentless plan an officer announces in a that-clause
    of a reporting verb ('announcing_that') is the announcer's to deliver: the person named before the verb,
    or, for a subject pronoun, the person the sentence before opens with. Nobody when a body announces it."""
    pat = cues.data(ctx.lang, _NAME).get("announcing_that")
    found = list(re.finditer(pat, ctx.folded[i][:m.start()])) if pat else []
    if not found:
        return None
    hit = actor_before(ctx, i, found[-1].start())
    if hit is None and re.match(cues.data(ctx.lang, _NAME).get("pronoun_subject", "$^"), ctx.folded[i]):
        hit = previous_subject(ctx, i, person=True)
    return hit.name if hit is not None and hit.resolved and hit.kind == "person" else None


def ready_body(ctx: Ctx, i: int, m: re.Match[str]) -> str | None:
    """"X avizovala připravenost MPO uspořádat konferenci": the body or person named right after the readiness
    noun ('readiness_holder') is the one ready to act, not the speaker who announces it."""
    pat = cues.data(ctx.lang, _NAME).get("readiness_holder")
    if not pat:
        return None
    lo, hi = m.start(), m.end() + 40
    return next((a.name for a in outermost(ctx.actors[i]) if lo <= ctx.local(i, a)[0] <= hi
                 and re.search(pat, ctx.folded[i][:ctx.local(i, a)[0]])), None)


def promiser(ctx: Ctx, i: int, m: re.Match[str]) -> tuple[str, float]:
    """"Doc. X přislíbil, že univerzita zpracuje ...": a body noun the document names no institution for is
    the promiser's own body, so the promise is his (he speaks for it); nobody ("") when no person promised."""
    hit = actor_before(ctx, i, m.start())
    return (hit.name, 0.8) if hit is not None and hit.resolved and hit.kind == "person" else ("", 1.0)


def promised_doer(ctx: Ctx, i: int, m: re.Match[str]) -> str | None:
    """"X přislíbil, že Policie ČR zašle ...": the named subject of the promised clause does it
    ('promise_clause': the promise verb and its conjunction, right before that subject)."""
    pat = cues.data(ctx.lang, _NAME).get("promise_clause")
    found = re.compile(pat).search(ctx.folded[i], m.start()) if pat else None
    if found is None or found.start() > m.end():
        return None
    doer = next((a.name for a in ctx.actors[i] if found.end() <= ctx.local(i, a)[0] <= found.end() + 1), None)
    if doer is None:  # "přislíbil, že město prověří ...": a body noun as the subject
        first = re.match(r"\w+", ctx.folded[i][found.end():])
        nouns = cues.data(ctx.lang, _NAME).get("subject_nouns", [])
        doer = named_body(ctx, first.group(0)) if first and first.group(0) in nouns else None
    return doer


def promised_infinitive(ctx: Ctx, i: int, cls_name: str, m: re.Match[str]) -> owners.Actor | None:
    """"Doc. X požádal, aby ..., a přislíbil zaslat ŘO podklady": a promise to do something (the promise verb
    with its infinitive) is the promiser's, the person before the verb; a body after the infinitive is who
    receives it, not who acts."""
    if cls_name != "commitment" or ctx.lang != "cs" or not re.search(r"\w(t|ti)$", m.group(0)):
        return None
    hit = actor_before(ctx, i, m.start())
    return hit if hit is not None and hit.kind == "person" and hit.resolved else None


def answerer_deferral(ctx: Ctx, i: int, m: re.Match[str]) -> str | None:
    """"Ing. X odpověděla, že souběh musí posoudit odbor MMR, a odpověď zašle písemně": a clause joined by
    ", a" with no subject of its own after a reply's that-clause, deferring the answer ('deferral_words'), is
    the answerer's promise (corpus/FORMAT.md: the promise to answer is an action of whoever made it), not a
    task of the body the that-clause names."""
    d = cues.data(ctx.lang, _NAME)
    f = ctx.folded[i]
    answer = re.search(d.get("answer_clause") or "(?!)", f[:m.start()])
    joint = list(re.finditer(r",\s+a\s+", f[:m.start()]))
    if answer is None or not joint or joint[-1].start() < answer.end():
        return None
    lo = joint[-1].end()
    if any(lo <= ctx.local(i, a)[0] < m.start() for a in ctx.actors[i]):
        return None  # ", a MMR odpověď zašle": the clause names its own subject
    clause = f[lo:m.end()]
    if not any(w in clause for w in d.get("deferral_words", [])):
        return None
    hit = actor_before(ctx, i, answer.start())
    return hit.name if hit is not None and hit.kind == "person" and hit.resolved else None



def pronoun_speaker(ctx: Ctx, i: int, m: re.Match[str]) -> str | None:
    """"Mr X replied that the decision lies with the Ministry and that he would revert": a that-clause whose
    subject is a personal pronoun ('own_undertaking') is the speaker's own promise: the first person the sentence
    names before the cue (the subject of the reporting verb), else the person the sentence before opens with."""
    if not own_undertaking(ctx.lang, ctx.folded[i][:m.start()]):
        return None
    people = [a for a in ctx.actors[i] if a.kind == "person" and a.resolved and ctx.local(i, a)[0] < m.start()]
    role = None if people else roleholders.leading_role(ctx.sents[i].text, ctx.lang)
    if role is not None and (office := remembered_holder(ctx, role)) is not None:
        return office  # "The Vicar said she would ask ...": the holder of the office the sentence opens with
    hit = people[0] if people else previous_subject(ctx, i, person=True)
    return hit.name if hit is not None and hit.resolved and hit.kind == "person" else None


_SUBJECTLESS_WORDS = 3  # "; prověří ...", "; na rok 2025 prověří ...": at most a few adverbials before the verb
_OPENER_REACH = 25  # the sentence's own subject opens it ("RNDr. X uvedl, že ...")


def semicolon_speaker(ctx: Ctx, i: int, m: re.Match[str]) -> str | None:
    """"RNDr. X uvedl, že by kraj mohl pomoci; prověří možnost příspěvku do 30. 4.": a main clause after a
    semicolon whose verb has no subject of its own (Czech drops it; English note style "; will check") goes on
    with the subject of the sentence, the person who opens it, not with the subject of the reported clause, when
    that clause only states a possibility ('semicolon_hedge': "by mohl", "could"): a body that only might help
    commits to nothing, the speaker does; a body reported at work ("CRR připravuje evaluaci; výstup předloží")
    goes on as the subject."""
    f = ctx.folded[i]
    lo = f.rfind(";", 0, m.start())
    if lo < 0 or len(f[lo + 1:m.start()].split()) > _SUBJECTLESS_WORDS:
        return None
    hedge = cues.data(ctx.lang, _NAME).get("semicolon_hedge")
    if not isinstance(hedge, str) or not re.search(hedge, f[:lo]):
        return None  # "X informovala, že CRR připravuje evaluaci; výstup předloží ...": CRR goes on
    if any(lo < ctx.local(i, a)[0] < m.start() for a in ctx.actors[i]):
        return None  # "; sekretariát připraví ...": a subject of its own
    first = min(ctx.actors[i], key=lambda a: ctx.local(i, a)[0], default=None)
    if first is None or first.kind != "person" or not first.resolved or ctx.local(i, first)[0] > _OPENER_REACH:
        return None
    return first.name
