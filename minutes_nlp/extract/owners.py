"""Who does, asks, answers: actor mentions in a sentence mapped to canonical people and institutions.

The entities stage gives canonical names with mention spans; an owner is the mention in the right place
for the cue (subject before the verb, object after "ukládá", label value after "Zodpovídá:"). Names the
entities stage missed are found by their shape (title or initial plus surname, an abbreviation) and mapped
to a canonical entity declension-insensitively; when nothing matches, the name is kept as written.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from minutes_nlp.document import Document
from minutes_nlp.extract.entities import Entities
from minutes_nlp.extract.result import AgendaItem, MeetingInfo
from minutes_nlp.nlp.stem import name_matches
from minutes_nlp.textutil import fold

_UP = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
_LOW = "a-záčďéěíňóřšťúůýž"
_TITLE = r"(?:p\.|pí\.?|pan|pana|panu|paní|pane|Ing\.|Mgr\.|Bc\.|Dr\.|JUDr\.|MUDr\.|PhDr\.|RNDr\.|Prof\.|prof\.|doc\.|Mr\.?|Mrs\.?|Ms\.?|Dr|Cllr\.?|Councillor|Prof)"
_SURNAME = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_NAME_SHAPES = (
    re.compile(rf"\b{_TITLE}\s+(?:{_TITLE}\s+)*(?:[{_UP}]\.\s*)?{_SURNAME}(?:\s+{_SURNAME})?"),
    re.compile(rf"\b[{_UP}]\.\s?{_SURNAME}"),
    re.compile(rf"(?<![\w.])[{_UP}][{_UP}a-z]*[{_UP}][{_UP}a-z]*\b"),
)
_STRIP_TITLE = re.compile(rf"^(?:{_TITLE}\s+)+")


@dataclass(frozen=True)
class Actor:
    """A mention of a person or institution at [start, end) of Document.text, with its canonical name."""

    name: str
    kind: str  # "person" | "institution" | "unknown"
    start: int
    end: int
    resolved: bool = True


def entity_actors(entities: Entities) -> list[Actor]:
    out = [Actor(p.name, "person", m.source.start, m.source.end) for p in entities.people for m in p.mentions]
    out += [Actor(i.name, "institution", m.source.start, m.source.end)
            for i in entities.institutions for m in i.mentions]
    return sorted(out, key=lambda a: (a.start, -a.end))


def resolve_name(surface: str, entities: Entities, lang: str) -> tuple[str, str] | None:
    """Canonical (name, kind) of a surface form, ignoring titles, case, diacritics and inflection."""
    bare = _STRIP_TITLE.sub("", surface.strip()).strip(" ,.;:()")
    if not bare:
        return None
    for inst in entities.institutions:
        keys = {fold(inst.name), fold(inst.full_name or "")} | {fold(a) for a in inst.aliases}
        if fold(bare) in keys:
            return inst.name, "institution"
    for person in entities.people:
        if name_matches(bare, person.name, lang) or name_matches(person.name.split()[-1], bare, lang):
            if _initials_agree(bare, person.name):
                return person.name, "person"
    return None


def _initials_agree(a: str, b: str) -> bool:
    fa, fb = a.split(), b.split()
    if len(fa) < 2 or len(fb) < 2:
        return True
    return fold(fa[0])[:1] == fold(fb[0])[:1]


def shape_actors(text: str, offset: int, entities: Entities, lang: str) -> list[Actor]:
    """Names found by their shape in one sentence (text starts at `offset` of Document.text)."""
    have_entities = bool(entities.people or entities.institutions)
    out: list[Actor] = []
    for pat in _NAME_SHAPES:
        for m in pat.finditer(text):
            hit = resolve_name(m.group(0), entities, lang)
            if hit:
                out.append(Actor(hit[0], hit[1], offset + m.start(), offset + m.end()))
            elif not have_entities or pat is not _NAME_SHAPES[2]:
                bare = _STRIP_TITLE.sub("", m.group(0)).strip()
                kind = "institution" if pat is _NAME_SHAPES[2] else "person"
                out.append(Actor(bare, kind, offset + m.start(), offset + m.end(), resolved=False))
    return out


def sentence_actors(start: int, end: int, text: str, known: list[Actor], entities: Entities,
                    lang: str) -> list[Actor]:
    """Every actor mentioned in [start, end): entity mentions first, shapes only where they add one."""
    inside = [a for a in known if a.start < end and a.end > start]
    for cand in shape_actors(text, start, entities, lang):
        if not any(a.start < cand.end and a.end > cand.start for a in inside):
            inside.append(cand)
    return sorted(inside, key=lambda a: a.start)


def organiser(doc: Document, meeting: MeetingInfo, entities: Entities, lang: str) -> str | None:
    """The body that runs the meeting: named in the running header, else the chair's, else the dominant one.

    Only agentless commitments of the body itself ("bude spuštěna studie") default to it.
    """
    for furn in doc.furniture:
        hit = resolve_name(furn.text, entities, lang)
        if hit and hit[1] == "institution":
            return hit[0]
    for name in (meeting.chair, meeting.approver):
        person = next((p for p in entities.people if name and p.name == name), None)
        if person and person.affiliation:
            hit = resolve_name(person.affiliation, entities, lang)
            return hit[0] if hit else person.affiliation
    counts = Counter({i.name: len(i.mentions) for i in entities.institutions})
    top = counts.most_common(2)
    if top and top[0][1] >= 3 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
        return top[0][0]
    return None


def chair(meeting: MeetingInfo, item: AgendaItem | None, entities: Entities) -> str | None:
    """Who sets the next agenda: the chair, else the single presenter of the current item."""
    if meeting.chair:
        return meeting.chair
    if item is not None and len(item.presenters) == 1:
        return item.presenters[0]
    return None
