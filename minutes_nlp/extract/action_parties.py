"""The body a noun stands for in a task sentence: a subject noun ("Obec podá ...", "zhotovitel doloží")
named by the one known institution it heads (or a party label in the header), and the party of the case
("the applicant", "the supplier": the institution the case heading names, or the one company of the project),
and the body a member speaks for (an agentless plan she reports or presents is her body's).

Split out of `action_owners.py`, which applies these readings by each cue class's owner rule.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract import cues, owners
from minutes_nlp.extract.action_agents import leading_actor
from minutes_nlp.extract.body_defined import defined_body
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.textutil import fold

_NAME = "action_cues"


def subject_noun(ctx: Ctx, i: int, m: re.Match[str], after_verb: bool = False) -> str | None:
    """A body noun before the verb in its clause ("Obec podá ...", "Firma dokončí ..."), or right after it
    ("... zajistí technické služby"): the one known institution whose name starts with it, else "" (a
    subject, but nobody to name)."""
    nouns = cues.data(ctx.lang, _NAME).get("subject_nouns", [])
    lo, hi = cues.clause_span(ctx.folded[i], m)
    words = re.findall(r"\w+", ctx.folded[i][lo:m.start()])
    if after_verb:
        words = re.findall(r"\w+", ctx.folded[i][m.end():hi])[:4]
    head = " " + " ".join(words) + " "
    noun = next((n for n in sorted(nouns, key=len, reverse=True) if f" {n} " in head), None)
    if noun is None:
        return None
    return named_body(ctx, noun) or _by_legal_form(ctx, noun) or _speakers_body(ctx, i, noun) or \
        defined_body(ctx, noun)


def _by_legal_form(ctx: Ctx, noun: str) -> str:
    """"Spolek částku vrátí": the one institution whose name ends in the legal form of that noun ("TJ Sokol
    X, z. s."; 'noun_legal_forms' in the data), else ""."""
    forms = [fold(f) for f in cues.data(ctx.lang, _NAME).get("noun_legal_forms", {}).get(noun, [])]
    named = {owners.display_name(inst, ctx.lang) for inst in ctx.entities.institutions if inst.mentions
             and any(fold(n).rstrip(" .,").endswith(f.rstrip(".")) for n in (inst.name, *inst.aliases) for f in forms)}
    return named.pop() if len(named) == 1 else ""


def _speakers_body(ctx: Ctx, i: int, noun: str) -> str:
    """"Ing. X z Národního úřadu pro ... (NÚKIB) sdělil, že úřad připravuje stanovisko": a body noun in the
    speaker's own sentence that the name of the speaker's body contains stands for that body, else ""."""
    lead = leading_actor(ctx, i)
    body = owners.affiliation_of(lead.name, ctx.entities, ctx.lang) if lead and lead.kind == "person" else None
    inst = next((x for x in ctx.entities.institutions if body and owners.display_name(x, ctx.lang) == body), None)
    if inst is None:
        return ""
    word = re.compile(rf"(?<!\w){re.escape(noun)}\w{{0,3}}(?!\w)")
    return body or "" if any(word.search(cues.fold_keep(n)) for n in (inst.name, inst.full_name or "", *inst.aliases)) \
        else ""


def named_body(ctx: Ctx, noun: str) -> str:
    """The one known institution a body noun stands for ("obec" -> "Obec Horní Lhota"), else ""."""
    heads = cues.data(ctx.lang, _NAME).get("noun_bodies", {}).get(noun, [noun])  # "zřizovatel": the town
    named = {owners.display_name(inst, ctx.lang) for inst in ctx.entities.institutions
             if any(cues.fold_keep(n).startswith(h + " ") or cues.fold_keep(n) == h
                    for n in (inst.name, inst.full_name or "") for h in heads)}
    if len(named) == 1:
        return named.pop()
    labelled = _labelled_party(ctx, noun)
    supplier = noun in cues.data(ctx.lang, _NAME).get("supplier_nouns", [])
    return labelled or (_named_company(ctx) if supplier else "") or home_municipality(ctx, noun)


# the place a local body is named after, at the end of its name: "Lhotka pod Kavčinou", "Horní Ves"
_PLACE_TAIL = re.compile(r"(?<!\S)(\S+)\s+((?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+)"
                         r"(?:\s+(?:(?:pod|nad|u|na|v|ve)\s+)?(?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+)){0,3})$")


def home_municipality(ctx: Ctx, noun: str) -> str:
    """"Nákup zajistí obec" in the minutes of a local body named after its municipality ("Výbor SDH Horní
    Ves"): that municipality, "Obec Horní Ves" ('home_municipality' in the data), else ""."""
    prefix = cues.data(ctx.lang, _NAME).get("home_municipality", {}).get(noun)
    m = _PLACE_TAIL.search((ctx.meeting.series or "").strip()) if prefix else None
    if m is None or fold(m.group(1)) in cues.data(ctx.lang, _NAME).get("home_municipality", {}) \
            or fold(m.group(1)) in ("obce", "mesta", "mestyse"):
        return ""  # "Rada města Brna": a genitive place, not the municipality's name
    return f"{prefix} {m.group(2)}"


def trade_firm(ctx: Ctx, owner: str | None) -> str | None:
    """A hired firm called by its trade ("Management to post the rules", "the Auditors will report"): US
    associations and many boards name their managing agent, auditor or engineer by the trade noun of its name
    ("Bramblecrest Association Management, Inc."). The one known institution whose name holds that noun
    (`firm_trade_nouns`) owns the task; none or several leave the owner as it was."""
    nouns = cues.data(ctx.lang, _NAME).get("firm_trade_nouns", [])
    key = cues.fold_keep(owner or "").strip()
    key = key[4:] if key.startswith("the ") else key
    if key not in nouns:
        return owner
    named = {owners.display_name(inst, ctx.lang) for inst in ctx.entities.institutions
             if re.search(rf"\b{re.escape(key)}\b", cues.fold_keep(inst.name))}
    return named.pop() if len(named) == 1 else owner


def _named_company(ctx: Ctx) -> str:
    """The one company of the project (`_one_company`), when the minutes name it at all."""
    firm = _one_company(ctx)
    return firm if firm and any(inst.name == firm and inst.mentions for inst in ctx.entities.institutions) else ""


def _labelled_party(ctx: Ctx, noun: str) -> str:
    """"Zhotovitel: STAVKOM s.r.o." in the header of a construction meeting's minutes: the party label names
    the one institution the noun stands for in the body ("Zhotovitel předloží ..."), else nobody ("")."""
    label = re.compile(rf"^\W*{re.escape(noun)}\W*:\s*\S")
    for i, f in enumerate(ctx.folded):
        if label.match(f):
            found = {a.name for a in ctx.actors[i] if a.kind == "institution" and a.resolved}
            return found.pop() if len(found) == 1 else ""
    return ""


@lru_cache(maxsize=1024)
def _word_rx(word: str) -> re.Pattern[str]:
    """A party noun as a whole word, compiled once per noun (the nouns come from language data; every
    sentence with a task asks, and re's own cache kept dropping them)."""
    return re.compile(rf"\b{re.escape(word)}\b")


@lru_cache(maxsize=1024)
def _opening_rx(word: str) -> re.Pattern[str]:
    """A collective owner opening a value, compiled once per word of language data."""
    return re.compile(rf"{re.escape(word)}(?!\w)")


def party(ctx: Ctx, i: int, m: re.Match[str]) -> owners.Actor | None:
    """"The applicant shall ...", "žadatel doloží ...": the institution the case heading names ("Case
    2025-015 – Bright Harbor Brewing Company LLC"), else the one last named in this agenda item."""
    words = cues.data(ctx.lang, _NAME).get("party_nouns", [])
    head = ctx.folded[i][:m.start()]
    if not any(_word_rx(w).search(head) for w in words):
        return None
    heading = ctx.sections[i]
    named = [inst.name for inst in ctx.entities.institutions if len(inst.name) > 3 and
             cues.fold_keep(inst.name) in heading]
    supplier = _named_company(ctx) if any(_word_rx(w).search(head) for w in
                                        cues.data(ctx.lang, _NAME).get("supplier_nouns", [])) else None
    if named or supplier:
        return owners.Actor(supplier or max(named, key=len), "institution", ctx.sents[i].start, ctx.sents[i].start)
    for j in range(i - 1, max(-1, i - 30), -1):
        if ctx.items[j] is not ctx.items[i]:
            break
        found = [a for a in ctx.actors[j] if a.kind == "institution" and a.resolved]
        if found:
            return found[0]
    return None


@cache
def _legal_forms(lang: str) -> frozenset[str]:
    forms = langdata.load(langdata.code(lang), "org_patterns").get("legal_forms", [])
    return frozenset(fold(f).rstrip(".") for f in forms)


def _one_company(ctx: Ctx) -> str | None:
    """ "The supplier will confirm ...": the one company (a name with a legal form, 'Ltd', 's.r.o.') the
    minutes name (of several, the one whose staff attend, else the one named more often than all the others
    together) is the supplier of the project they record; None when no company stands out."""
    forms = _legal_forms(ctx.lang)
    firms = {inst.name: len(inst.mentions) for inst in ctx.entities.institutions
             if any(fold(n).rstrip(".").endswith(" " + f) or fold(n).endswith(", " + f)
                    for f in forms for n in (inst.name, *inst.aliases))}  # "DATAKOR Systems" (alias "... a.s.")
    staff = set(firms) & {p.affiliation for p in ctx.entities.people if p.affiliation}
    if len(firms) > 1 and len(staff) == 1:
        return staff.pop()  # several firms named: the supplier is the one whose staff attend
    ranked = sorted(firms.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > sum(n for _, n in ranked[1:])):
        return ranked[0][0]  # or the one the minutes speak of more than of all the others together
    return None


def represented(ctx: Ctx, person: str) -> str | None:
    """The body a member speaks for ("Mgr. Kalous (SMO ČR) informoval, že ... bude spuštěna druhá vlna
    šetření"): an agentless plan a body's representative reports is that body's, when the document names
    the body (his affiliation) and it is not the meeting's own organiser."""
    body = owners.affiliation_of(person, ctx.entities, ctx.lang)
    return body if body and body != ctx.organiser and any(
        owners.display_name(inst, ctx.lang) == body for inst in ctx.entities.institutions) else None


def contracted(ctx: Ctx, i: int) -> str | None:
    """"Oprava byla objednána u firmy X a proběhne v květnu", "the contract was awarded to X Ltd; works start
    in May": the institution named right after the ordering words ('contracted_party') does the scheduled work."""
    pat = cues.data(ctx.lang, _NAME).get("contracted_party")
    m = re.search(pat, ctx.folded[i]) if pat else None
    if m is None:
        return None
    return next((a.name for a in ctx.actors[i] if a.kind == "institution" and a.resolved
                 and m.end() <= ctx.local(i, a)[0] <= m.end() + _CONTRACT_REACH), None)


_CONTRACT_REACH = 25  # "u firmy", "společnosti": a noun or two between the ordering words and the firm's name


def presenter_body(ctx: Ctx, i: int) -> str | None:
    """"Ing. X (SFŽP ČR) informovala o přípravě výzev. Výzva ... by měla být vyhlášena ve 3. čtvrtletí": an
    agentless plan in the paragraph a member opens by presenting her body's work ('presentation_verbs') is that
    body's."""
    pat = cues.data(ctx.lang, _NAME).get("presentation_verbs")
    j = i - 1  # the paragraph's opening sentence: "Ing. X (ČÚZK) informovala, že ... . Verze 1.5 je ... . V dubnu
    while j > 0 and ctx.sents[j - 1].block == ctx.sents[i].block:  # bude spuštěna ...": still her report
        j -= 1
    if not pat or j < 0 or ctx.sents[j].block != ctx.sents[i].block:
        return None
    lead = leading_actor(ctx, j)
    verb = re.search(pat, ctx.folded[j])
    if lead is None or lead.kind != "person" or verb is None or ctx.local(j, lead)[1] > verb.start():
        return None
    return represented(ctx, lead.name)


def trailing_owner(ctx: Ctx, i: int) -> str | None:
    """"Circulate the minutes – JB", "... [KL/MP]": the resolved actor after the last dash or bracket."""
    text = ctx.sents[i].text
    cut = max(text.rfind(c) for c in "–-[(")
    hit = next((a for a in ctx.actors[i] if ctx.local(i, a)[0] > cut and a.resolved), None)
    return hit.name if hit is not None else None


def collective(lang: str, value: str) -> bool:
    """An owner value naming a collective ('collective_owners': "všichni členové", "All members"): the task
    is everyone's, so no person or institution owns it (corpus/FORMAT.md) and a code after it ("PS") is
    nobody's initials."""
    words = cues.data(lang, _NAME).get("collective_owners", [])
    folded = fold(value).strip(" .:–-")
    return any(_opening_rx(w).match(folded) for w in words)


def collective_subject(ctx: Ctx, i: int, m: re.Match[str]) -> bool:
    """"Členové výboru zašlou připomínky", "Starostové obcí předají podklady", "Všichni přítomní prostudují":
    a collective in the plural opens the verb's clause ('collective_subjects'): the task is each member's, so no
    person or institution owns it (corpus/FORMAT.md), not even the body the members belong to."""
    words = cues.data(ctx.lang, _NAME).get("collective_subjects", [])
    lo, _ = cues.clause_span(ctx.folded[i], m)
    head = re.findall(r"\w+", ctx.folded[i][lo:m.start()])
    head = head[1:] if head[:1] in (["ze"], ["aby"], ["a"]) else head
    return 0 < len(head) <= _COLLECTIVE_WORDS and head[0] in words


_COLLECTIVE_WORDS = 4  # "Všichni členové komise PS zašlou": a longer run before the verb is another clause

