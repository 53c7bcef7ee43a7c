"""Sentences that are never items, whatever task verb they carry: lines of meeting particulars and
sign-off ("Zapsal:", "Schválila:", "Date:", "Approved by:"), questions, and the genre's non-task statements
kept as data (`not_actions` in `action_cues.json`: agenda proposals, cost statements, closing courtesies).
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract import cues
from minutes_nlp.extract.action_match import own_undertaking
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.owners import Actor
from minutes_nlp.extract.result import DateValue
from minutes_nlp.textutil import cached_rx, fold

_NAME = "action_cues"


@cache
def _metadata_labels(lang: str) -> frozenset[str]:
    """Labels of meeting particulars and sign-off ("Zapsal:", "Schválila:", "Date:", "Approved by:"):
    a line they open is metadata, never an item. Office words among them ("Clerk:") can open a task line."""
    fields = langdata.load(langdata.code(lang), "metadata_labels").get("fields", {})
    d = cues.data(lang, _NAME)
    words = {fold(w) for f, ws in fields.items() if f != "next_meeting" for w in ws}  # "Termín dalšího jednání:"
    words |= {fold(w) for w in d.get("signoff_labels", [])}
    return frozenset(words - {fold(o) for o in d.get("office_roles", [])})


def metadata_line(ctx: Ctx, i: int) -> bool:
    m = re.match(r"^\W*([^:\d]{1,40}?)\s*:", ctx.sents[i].text)
    label = re.sub(r"\s*\([^)]*\)\s*", " ", m.group(1)).strip() if m else ""  # "Signed (Chair):"
    labels = _metadata_labels(ctx.lang)
    return m is not None and (fold(m.group(1)) in labels or fold(label) in labels)


def is_question(ctx: Ctx, i: int) -> bool:
    return re.search(r"\?[\W]*$", ctx.sents[i].text) is not None


def not_an_item(ctx: Ctx, i: int) -> bool:
    """Metadata lines and the genre's non-task statements kept as data ('not_actions'): procedural
    proposals on the agenda, cost statements, closing courtesies."""
    return metadata_line(ctx, i) and not _owner_labelled(ctx, i) or \
        cues.any_match(cues.patterns(ctx.lang, _NAME, "not_actions"), ctx.folded[i]) is not None


def opens_meeting(ctx: Ctx, i: int) -> bool:
    """The chair's sentence opening the meeting ('meeting_openings'): it names who opened and whom they welcomed,
    and a model that learnt "a named person + a verb + the body" as a decision reads it as one."""
    return cues.any_match(cues.patterns(ctx.lang, _NAME, "meeting_openings"), ctx.folded[i]) is not None


def _owner_labelled(ctx: Ctx, i: int) -> bool:
    """"Termín: ihned, zodpovídá: tajemník": a label that also opens the meeting's particulars ("Termín:" is
    the date of the meeting in a header) is a task's deadline when the line names an owner label too."""
    labels = "|".join(re.escape(w) for w in cues.data(ctx.lang, _NAME).get("owner_labels", []))
    return bool(labels) and re.search(rf"[,;]\s*(?:{labels})\.?\s*:", ctx.folded[i]) is not None


def timing_answer(ctx: Ctx, i: int, cls_name: str) -> bool:
    """"Kdy bude hotový projekt kanalizace?" - "Projekt má být hotový do konce června.": the reply to a
    when-question that states an expected timing ('timing_answer_classes': plans, "má být", "se předpokládá")
    answers the question; it is no task of the meeting. A promise in the reply ("slíbili opravu") stays one."""
    d = cues.data(ctx.lang, _NAME)
    pat = d.get("when_question")
    if not pat or cls_name not in d.get("timing_answer_classes", []):
        return False
    inline = d.get("answer_to_question")  # "X k dotazu Y z minulé schůze sdělil, že ... bude dokončena do ..."
    if inline and cached_rx(inline).search(ctx.folded[i]):
        return True
    return i > 0 and cached_rx(pat).search(ctx.folded[i - 1]) is not None and \
        ctx.sents[i - 1].block >= ctx.sents[i].block - 1


def _reporter(ctx: Ctx, i: int, end: int) -> str | None:
    """The person who speaks in sentence i: the last person named before offset `end` (the report verb)."""
    names = [a.name for a in ctx.actors[i] if a.kind == "person" and ctx.local(i, a)[1] <= end]
    return names[-1] if names else None


def _own_body(ctx: Ctx, person: str, owner: str) -> bool:
    affiliation = next((p.affiliation for p in ctx.entities.people if p.name == person), None)
    organ = fold(owner).split()[0] in cues.data(ctx.lang, _NAME).get("own_organs", []) if owner.strip() else False
    organ = organ or fold(owner).strip() in cues.data(ctx.lang, _NAME).get("own_organs_whole", [])  # bare "ŘO"
    return organ or owner in (person, ctx.organiser) or bool(affiliation) and fold(owner) == fold(affiliation or "")


def reported_plan(ctx: Ctx, i: int, cls_name: str, m: re.Match[str], owner: str | None) -> bool:
    """"Starosta informoval, že ...; kraj spoje od prosince obnoví": another body's plan that a member
    reports ('report_clause' in the data) is information for the meeting, not its task. The reporter's
    own body, the meeting's body and a person named in the clause keep it a task ("Horáková (MMR) uvedla,
    že MMR prověří ..."); so does a promise (other classes)."""
    d = cues.data(ctx.lang, _NAME)
    if cls_name in d.get("report_clause_passive", []):
        return _reported_passive(ctx, i, m)
    pat = d.get("report_clause" if owner else "report_clause_news")
    if not pat or cls_name not in d.get("report_clause_classes", []) or owner is None:
        return False
    found = list(cached_rx(pat).finditer(ctx.folded[i][:m.start()]))
    starts, ends = [r.start() for r in found], [r.end() for r in found]
    reporter = _reporter(ctx, i, starts[-1]) if starts else None
    if reporter is None or deferred_reply(ctx, i, ends[-1]):
        return False
    party = next((a for a in ctx.actors[i] if a.name == owner), None)
    if owner and (party is None or party.kind == "person"):
        return False
    if not owner and _heads_the_body(ctx, reporter, ctx.folded[i][ends[-1]:m.start()]):
        return False  # "Ing. X (předseda revizní komise) informoval, že revizní komise provede ...": his body's
    return not owner or not _own_body(ctx, reporter, owner)


_BODY_WORD = 4  # a content word of a body's name ("revizní", "komise", "audit"), not "of", "the", "za"


def _heads_the_body(ctx: Ctx, person: str, clause: str) -> bool:
    """The reporter's role names the body the clause makes the subject of the plan ("předseda revizní komise"
    reporting what "revizní komise" will do; "Chair of the Audit Committee" on "the Committee will ..."): the
    body's own commitment, announced by its head or member, not news of another body."""
    role = next((p.role for p in ctx.entities.people if p.name == person), None)
    words = [w[:5] for w in re.findall(r"[^\W\d_]+", fold(role or ""))[1:] if len(w) >= _BODY_WORD]
    return bool(words) and all(re.search(rf"\b{re.escape(w)}", clause) for w in words)


def _reported_passive(ctx: Ctx, i: int, m: re.Match[str]) -> bool:
    """"Ing. Pokorná upozornila, že ŘO IROP mění pravidla; nová verze bude zveřejněna": a passive plan in
    news about another body named between the report verb and the plan is that body's, not the meeting's."""
    pat = cues.data(ctx.lang, _NAME).get("report_clause_news")
    found = list(cached_rx(pat).finditer(ctx.folded[i][:m.start()])) if pat else []
    reporter = _reporter(ctx, i, found[-1].start()) if found else None
    if reporter is None:
        return False
    bodies = [a.name for a in ctx.actors[i] if a.kind == "institution"
              and found[-1].end() <= ctx.local(i, a)[0] < m.start() and not _nested(ctx, i, a)]
    return bool(bodies) and not _own_body(ctx, reporter, bodies[-1])


def _nested(ctx: Ctx, i: int, a: Actor) -> bool:
    """"ŘO" inside "ŘO IROP": a shorter name within a longer one is part of it, not a body of its own."""
    return any(b.start <= a.start and a.end <= b.end and b.end - b.start > a.end - a.start for b in ctx.actors[i])


def plain_answer(ctx: Ctx, i: int, m: re.Match[str], owner: str | None, due: DateValue | None) -> bool:
    """"Pan Pokorný odpověděl, že vůz bude pořízen formou leasingu": a reply that states how something will be
    arranged answers the question; it is no task unless it sets a deadline, defers the answer ("údaj ověří",
    "odpověď zašle písemně": 'deferral_words') or names the answerer's own body as the doer ('answer_clause')."""
    d = cues.data(ctx.lang, _NAME)
    pat = d.get("answer_clause")
    found = [r for r in cached_rx(pat).finditer(ctx.folded[i][:m.start()])] if pat else []
    if not found or due is not None or own_undertaking(ctx.lang, ctx.folded[i][:m.start()]):
        return False  # "replied that she would contact the school": the answerer's own promise
    reply = ctx.folded[i][found[-1].end():]
    stems = "|".join(re.escape(w) for w in d.get("deferral_words", []))
    if stems and cached_rx(rf"\b(?:{stems})").search(reply):
        return False
    answerer = _reporter(ctx, i, found[-1].start())
    party = next((a for a in ctx.actors[i] if a.name == owner), None)
    own = answerer is not None and party is not None and party.kind == "institution" and \
        _own_body(ctx, answerer, owner or "")
    return not own


def deferred_reply(ctx: Ctx, i: int, start: int) -> bool:
    """"Ředitel TS se zeptal, z jakých prostředků ... Předseda uvedl, že tuto otázku posoudí finanční odbor": a
    reply (from `start`, after its report verb) to the question just before that defers the answer
    ('deferral_words') promises it."""
    d = cues.data(ctx.lang, _NAME)
    pat, stems = d.get("question_before"), d.get("deferral_words", [])
    if not pat or not stems or i == 0 or ctx.sents[i - 1].block != ctx.sents[i].block:
        return False
    alt = "|".join(re.escape(w) for w in stems)
    asked = cached_rx(pat).search(ctx.folded[i - 1]) is not None
    return asked and cached_rx(rf"\b(?:{alt})").search(ctx.folded[i][start:]) is not None


def defers_answer(ctx: Ctx, i: int) -> bool:
    """"The PO said that he needed to check ... and that this would be clarified by email": the sentence defers
    an answer ('deferral_words'); the promise is the answerer's own, not the body's he represents (FORMAT.md)."""
    stems = cues.data(ctx.lang, _NAME).get("deferral_words", [])
    alt = "|".join(re.escape(w) for w in stems)
    verb = cues.any_match(cues.patterns(ctx.lang, "question_cues", "answer_active"), ctx.folded[i])
    reply = ctx.folded[i][verb.end():] if verb is not None else ctx.folded[i]  # "odpověděl, že": not the reply
    return bool(stems) and cached_rx(rf"\b(?:{alt})").search(reply) is not None
