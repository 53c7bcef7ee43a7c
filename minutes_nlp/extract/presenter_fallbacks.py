"""Fallback presenters of an item no presenting sentence names: a delegation titled by its speaker ("Arjun
Patel, Elmbridge Falls Home Builders' Association – Draft Tree By-law"), the first speaker of speaker-prefixed
notes speaking in the first person ("Starosta: Předkládám ..."), and a person introduced by affiliation who opens
the item ("R. Ševčík (Smart City Innovations Institut) ..."); and an officer's report titled by the office
("Licensing Administrator's Report") is its holder's; an opening item is presented by the agent of a passive
opening ("The meeting was called to order at 10.20 a.m. by the Chairperson")."""

from __future__ import annotations

import re
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract.names import clean_person
from minutes_nlp.extract.presenter_names import honorifics, named_with, person_like_name
from minutes_nlp.extract.roleholders import inflected_role, leading_role, role_of
from minutes_nlp.textutil import fold

_SPEAKER_BLOCKS = 2  # blocks at the top of an item searched for its first speaker
_SUBJECT_GAP = 120  # characters of a speaker's line searched for a first-person presenting verb


def delegate(title: str, v: dict[str, Any], lang: str) -> list[str]:
    """ "Arjun Patel, Elmbridge Falls Home Builders' Association – Draft Tree By-law": a delegation or deputation
    titled by who addresses the meeting, then whom they represent; the speaker presents it."""
    m = re.match(r"^(?P<who>[^,–—(]{3,40}),\s+(?=[A-ZÁ-Ž])", title)
    name = clean_person(m.group("who"), lang) if m else None
    return [name] if name and len(name.split()) == 2 and person_like_name(name, False, v) else []


def first_speaker(doc: Document, start: int, end: int, v: dict[str, Any], lang: str,
                   roles: dict[str, str], initials: dict[str, str] | None = None) -> list[str]:
    """Speaker-prefixed notes: the item's first speaker presents when speaking in the first person of a
    presenting verb ("Starosta: Předkládám návrh ...", "Dmitri: I'd like to present ..."), or when the notes
    open the item with an officer's line or a colleague's initials ("MM: analytická část je hotová ...":
    terse internal notes label each report with its reporter's initials)."""
    for b in doc.blocks[start + 1: min(end, start + _SPEAKER_BLOCKS) + 1]:
        m = re.match(r"^\s*(?P<who>[^:\n]{2,60}):\s+(?P<said>.+)", b.text, re.DOTALL)
        if not m:
            continue
        who = m.group("who")
        said = m.group("said")[:_SUBJECT_GAP]
        asks = bool(v["question"].search(said)) or "?" in said
        holder = roles.get(role_of(who, lang) or "") or (initials or {}).get(who.strip()) \
            or (None if asks else _officer_named(who, v, lang))  # "Ing. X: Mám dotaz ..." asks, presents not
        if holder and b.index == start + 1:
            return [holder]  # an officer opening the item ("Starosta: Komunikace je v havarijním stavu ...")
        if not v["first_person"].search(m.group("said")[:_SUBJECT_GAP]):
            return []
        name = clean_person(who, lang)
        if name and person_like_name(name, bool(v["titles"].match(who)), v):
            return [name]
        return [holder] if holder else []
    return []


def _officer_named(who: str, v: dict[str, Any], lang: str) -> str | None:
    """ "Hospodářka ses. Marešová", "Br. Dvořák", "Treasurer Mr Hale": a speaker label that is an office and a
    titled name, or a name after a form of address (brother, sister, Mr, paní; not a degree alone, "Ing. X:" may
    be anyone speaking); notes of clubs and brigades open each officer's report so."""
    m = re.match(rf"\s*(?:{v['role']})\s+(?=\S)", who, re.IGNORECASE)
    rest = who[m.end():] if m else who
    n = v["initial"].match(rest)
    if n is None or not n.group("titles") or rest[n.end("name"):].strip():
        return None
    if m is None and fold(n.group("titles").split()[0]).rstrip(".") not in honorifics(lang):
        return None
    name = clean_person(n.group("name"), lang)
    return name if name and person_like_name(name, True, v) else None


def opening_initials(text: str, v: dict[str, Any], initials: dict[str, str]) -> list[str]:
    """ "SR had quotes from two suppliers ...", "JB said ...", "SR's report (by email): ...": terse club and
    project notes open an officer's item with the officer's initials as the first word, whatever the verb; the one
    they stand for (`initials` of the lists, a listed person's) presents, unless the sentence asks ("LF asked
    whether ...") or records attendance ("GH left the meeting", `movement_verbs`)."""
    m = re.match(r"^\s*(?P<who>(?-i:[A-Z]{2,3}))(?:(?:'s|’s)\s|\s+(?-i:[a-z]))", text)  # not "LD – podklady"
    holder = initials.get(m.group("who")) if m else None
    holder = holder if holder and fold(holder.split()[0]) in v["first_names"] else None  # "SC" -> a committee
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    moves = v["data"].get("movement_verbs") or []  # "GH left the meeting": attendance, no report
    if m and holder and moves and re.match(rf"\s*(?:{'|'.join(map(re.escape, moves))})(?!\w)", first[m.end("who"):],
                                       re.IGNORECASE):
        return []
    return [holder] if holder and not v["question"].search(first) and "?" not in first else []


def passive_opener(text: str, v: dict[str, Any], lang: str, roles: dict[str, str]) -> list[str]:
    """ "The meeting was called to order at 10.20 a.m. by the Chairperson": the agent after "by" in the sentence of
    a passive opening cue (`passive_opening_cues`), a role the document ties to one person or a titled name."""
    cues = v["data"].get("passive_opening_cues") or []
    m = re.search(rf"(?<!\w)(?:{'|'.join(re.escape(c) for c in cues)})(?!\w)[^;]{{0,40}}?\bby\s+(?P<agent>[^;]+)",
                  text, re.IGNORECASE) if cues else None
    if m is None:
        return []
    agent = m.group("agent")
    holder = roles.get(leading_role(agent, lang) or "")
    if holder:
        return [holder]
    n = v["initial"].match(agent)
    name = clean_person(n.group("name"), lang) if n and n.group("titles") else None
    return [name] if name and person_like_name(name, True, v) else []


def opening_person(text: str, v: dict[str, Any], lang: str) -> list[str]:
    """ "R. Ševčík (Smart City Innovations Institut) ..." opens the item: a person introduced by affiliation
    presents; "Pan Josef Vondráček, bytem ..., požádal" is an applicant, so a comma is not enough."""
    m = v["initial"].match(text)
    if not m or "(" not in (m.group("after") or ""):
        return []
    name = clean_person(m.group("name"), lang)
    return [name] if name and person_like_name(name, bool(m.group("titles")), v) else []


_DOMAIN_WORDS = 3  # words of a title that may name an officer's area ("BOZP", "Finance", "Health and Safety")


def domain_officer(title: str, lang: str, roles: dict[str, str]) -> list[str]:
    """A standing item titled by an officer's area ("BOZP" on a site's control day, "Finance") and presented by
    nobody the text names: the one person the document ties to the office of that area ("koordinátor BOZP",
    "Director of Finance") reports on it."""
    words = fold(re.sub(r"^[\d.\s]+", "", title)).split()
    if not 1 <= len(words) <= _DOMAIN_WORDS:
        return []
    code = langdata.code(lang)
    forms = langdata.load(code, "agenda")["presenter_roles"]["roles"]
    held = {roles[k] for k, fs in forms.items() if k in roles
            for f in fs if len(fold(f).split()) > len(words) and _contains(fold(f).split(), words)}
    return [held.pop()] if len(held) == 1 else []


def _contains(form: list[str], words: list[str]) -> bool:
    return any(form[i: i + len(words)] == words for i in range(1, len(form) - len(words) + 1))


def report_holder(title: str, doc: Document, lang: str, v: dict[str, Any], roles: dict[str, str]) -> list[str]:
    """ "Licensing Administrator's Report", "Informace starosty": the one person the document names with that
    role ("Dana Kowalczyk, Licensing Administrator"), or the holder of that officer's role."""
    m = next((m for rx in v["report_titles"] if (m := rx.match(title.strip()))), None)
    if not m:
        return []
    named = named_with(m.group("role"), doc.text, lang)
    if named:
        return [named]
    holder = roles.get(leading_role(m.group("role"), lang) or inflected_role(m.group("role"), lang) or "")
    return [holder] if holder else []
