"""Recorders named at the end of the minutes or by a stand-in sentence, split out of `metapeople`: a signature block
closing the minutes with a minute-keeping office ("Ann Poe" over "Clerk to the Council", "Susan X, PCC Secretary"),
and a sentence naming who took the minutes in the secretary's absence ("MH agreed to take the minutes")."""

from __future__ import annotations

import re
from collections.abc import Callable

from minutes_nlp.document import Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.names import clean_person
from minutes_nlp.textutil import fold

_SIGNATURE_TAIL = 8  # closing blocks searched for a signature block


def signature_recorder(doc: Document, lang: str) -> str | None:
    """A signature block closing the minutes: the name on one line, the minute-taking office under it ("Ann
    Poe" over "Clerk to the Council", "Jana Malá" over "zapisovatelka"; `recorder_offices`,
    `recorder_bracket_offices`, the recorder's labels), or both on one line ("Ann Poe, Clerk to the Council")."""
    data = mf.labels(lang).data
    offices = {fold(o) for key in ("recorder_offices", "recorder_bracket_offices")
               for o in data.get(key, [])} | {fold(o) for o in data["fields"]["recorder"] if " " not in o}
    blocks = doc.blocks[-_SIGNATURE_TAIL:]
    for prev, b in zip([None, *blocks[:-1]], blocks, strict=True):
        name, _, office = b.text.strip().rpartition(",")
        if name and _minute_office(office, offices) and clean_person(name, lang):
            return clean_person(name, lang)
        if prev is not None and fold(b.text.strip(" .:")) in offices and len(prev.text) <= _SHORT_NAME:
            person = clean_person(prev.text.strip(), lang)
            if person and len(person.split()) >= 2:
                return person
    return None


_SHORT_NAME = 60
_QUALIFIED_OFFICE = 3  # words of a qualified minute-taking office: "PCC Secretary", "Parish Council Clerk"


def _minute_office(office: str, offices: set[str]) -> bool:
    """A minute-taking office, listed or qualified by the body before its last word ("PCC Secretary", "Parish
    Clerk", "Board Secretary"): a signature closing the minutes with one is the recorder's."""
    words = fold(office.strip(" .")).split()
    return " ".join(words) in offices or 1 < len(words) <= _QUALIFIED_OFFICE and words[-1] in offices


def stand_in_recorder(doc: Document, lang: str, initials: Callable[[], dict[str, str]]) -> str | None:
    """ "MH agreed to take the minutes in her absence", "Jane Roe kindly took the notes": the person named before a
    cue (`recorder_cues_after_name`) took the minutes; initials resolve against the people listed."""
    cues = mf.labels(lang).data.get("recorder_cues_after_name")
    if not cues:
        return None
    rx = re.compile(rf"(?P<name>(?-i:[A-ZÁ-Ž][\w'’.-]*(?:\s+[A-ZÁ-Ž][\w'’-]*){{0,2}}))\s+(?:{alt(cues)})(?!\w)",
                    re.IGNORECASE)
    for b in doc.blocks:
        m = rx.search(b.text)
        if m and re.fullmatch(r"[A-ZÁ-Ž]{2,4}", m.group("name")):
            return initials().get(m.group("name"))
        if m and clean_person(m.group("name"), lang):
            return clean_person(m.group("name"), lang)
    return None
