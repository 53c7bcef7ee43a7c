"""Attendance lists written body first, the body's people in brackets after it: "IOM (A. Rossi); OCHA (T. Nowak);
Kelby Relief International – KRI (G. Nyame, P. Lutz); ECHO (L. Fonte, online)", "Obec Lhota (Jan Novák, Eva
Malá); MAS Podlesí (Petr Lom)".

Coordination meetings (humanitarian clusters, inter-agency groups, partnerships, Czech "platformy" and MAP/MAS
steering groups) list participants by organisation: each ';' or line entry is a body, and the people who came for
it stand in the bracket, with remarks of their own ("online", "Chair"). The body is no person, so read as
"Name (ORG)" the entry would yield the body as a name and lose the people. Here an entry counts only when its head
names nobody and its bracket names at least one person (an initial and a surname, or a known first name);
remarks in the bracket are dropped. All entries must have that shape, else the list is left to the other readers.
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.names import clean_person, person_like
from minutes_nlp.textutil import fold

_ENTRY = re.compile(r"^\s*(?P<head>[^()]{2,120}?)\s*\((?P<inner>[^()]{2,160})\)\s*[.,]?\s*$")


def _person(text: str, lang: str) -> str | None:
    """The person a bracket part names: two words at least, shaped as a person (initial, title or first name)."""
    titled = re.match(r"\s*\S+\.?\s", text) is not None
    name = clean_person(text, lang)
    if not name or len(name.split()) < 2:
        return None
    return name if person_like(name, False, lang) or (titled and person_like(name, True, lang)
                                                      and re.match(r"^[^\W\d_]\.", name)) else None


def _head_names_someone(head: str, lang: str) -> bool:
    """ "Jane Doe (UNHCR)": the head is a person; a body's head ("IOM", "Kelby Relief International – KRI",
    "Baraka Relief Trust" though "Baraka" is a first name) is not: an initialism after a dash or a body word
    (`office_words`: trust, association, council...) makes it a body."""
    first, *after = re.split(r"\s[–—-]\s", head)
    if any(re.fullmatch(r"\s*[A-Z][A-Za-z&]{1,7}\s*", a) and sum(c.isupper() for c in a) >= 2 for a in after):
        return False
    if any(fold(w) in _body_words(lang) for w in re.findall(r"[^\W\d_]+", first)):
        return False
    name = clean_person(first, lang)
    return bool(name) and len((name or "").split()) >= 2 and person_like(name or "", False, lang)


@cache
def _body_words(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in mf.labels(lang).data.get("office_words", []))


def org_first_people(value: str, lang: str) -> list[str]:
    """The people of a list whose every entry is "Body (Person[, Person][, remark])"; [] for any other list."""
    entries = [e for e in re.split(r"[;\n]", value) if e.strip()]
    if len(entries) < 2:
        return []
    out: list[str] = []
    for entry in entries:
        m = _ENTRY.match(entry)
        if m is None or _head_names_someone(m.group("head"), lang):
            return []
        people = [p for part in m.group("inner").split(",") if (p := _person(part, lang))]
        if not people:
            return []
        out.extend(p for p in people if p not in out)
    return out
