"""Fallback presenters of an item no presenting sentence names: a delegation titled by its speaker ("Arjun
Patel, Elmbridge Falls Home Builders' Association – Draft Tree By-law"), the first speaker of speaker-prefixed
notes speaking in the first person ("Starosta: Předkládám ..."), and a person introduced by affiliation who opens
the item ("R. Ševčík (Smart City Innovations Institut) ..."); and an officer's report titled by the office
("Licensing Administrator's Report") is its holder's."""

from __future__ import annotations

import re
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract.names import clean_person
from minutes_nlp.extract.presenter_names import named_with, person_like_name
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
        holder = roles.get(role_of(who, lang) or "") or (initials or {}).get(who.strip())
        if holder and b.index == start + 1:
            return [holder]  # an officer opening the item ("Starosta: Komunikace je v havarijním stavu ...")
        if not v["first_person"].search(m.group("said")[:_SUBJECT_GAP]):
            return []
        name = clean_person(who, lang)
        if name and person_like_name(name, bool(v["titles"].match(who)), v):
            return [name]
        return [holder] if holder else []
    return []


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
