"""Offices that stand for a person: "ZO pověřuje starostu", "The Clerk replied", "Action: RFO to ...".

Council and committee minutes name an office instead of its holder once the attendance list has said who
holds it ("Jan Novák (starosta)", "In attendance: Mrs X (Town Clerk)"). The office forms are data
(`lang/<code>/role_refs.json`); this module maps each office to the one person whose role names it, built
once per document, and finds office mentions in a sentence with one compiled pattern. An office nobody (or
more than one person) holds stays unresolved: owners are left empty rather than guessed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract.cues import fold_keep
from minutes_nlp.extract.entities import Entities
from minutes_nlp.extract.result import MeetingInfo
from minutes_nlp.textutil import NAME_UPPER

_NAME = "role_refs"


@dataclass(frozen=True)
class OfficeHit:
    office: str
    holder: str | None  # canonical person name, or None when the document does not say who holds it
    start: int  # offsets relative to the searched text
    end: int


@dataclass(frozen=True)
class OfficeIndex:
    pattern: re.Pattern[str] | None = None
    form_office: dict[str, str] = field(default_factory=dict)
    holders: dict[str, str] = field(default_factory=dict)
    subordinate: re.Pattern[str] | None = None
    stated: dict[str, str] = field(default_factory=dict)  # folded role as the document states it -> holder
    groups: tuple[frozenset[str], ...] = ()  # offices that are one office (`same_office`)

    def find(self, text: str, folded: str | None = None) -> list[OfficeHit]:
        """Office mentions in `text` ("deputy clerk" is its own office; "zástupce starosty" is no one's),
        and the roles the document gives one person each ("the Dean of Education", "Head of Quality
        Assurance"); `folded` is `fold_keep(text)` when the caller has it already."""
        folded = fold_keep(text) if folded is None else folded
        out = self._stated_hits(folded)
        for m in self.pattern.finditer(folded) if self.pattern is not None else ():
            if self.subordinate is not None and self.subordinate.search(folded[max(0, m.start() - 14):m.start()]):
                continue
            if any(h.start <= m.start() < h.end for h in out):
                continue  # "Director of Library Services" is that role, not the office "director"
            office = self.form_office[m.group(0)]
            out.append(OfficeHit(office, self.holders.get(office), m.start(), m.end()))
        return sorted(out, key=lambda h: h.start)

    def _stated_hits(self, folded: str) -> list[OfficeHit]:
        out: list[OfficeHit] = []
        for role, holder in self._stated_longest_first:
            if role not in folded:
                continue  # the pattern is the role itself between word edges: nothing to find
            for m in _whole_phrase(role).finditer(folded):
                if not any(h.start < m.end() and m.start() < h.end for h in out):
                    out.append(OfficeHit(role, holder, m.start(), m.end()))
        return out

    @cached_property
    def _stated_longest_first(self) -> list[tuple[str, str]]:
        """`stated` ordered once per index (every sentence asks `find`); the fields are frozen."""
        return sorted(self.stated.items(), key=lambda kv: -len(kv[0]))

    def offices(self) -> frozenset[str]:
        return frozenset(self.form_office.values())

    def same(self, office: str) -> set[str]:
        """The office with its other names and genders (`same_office`)."""
        return {o for group in self.groups for o in group if office in group} | {office}


@lru_cache(maxsize=4096)
def _whole_phrase(phrase: str) -> re.Pattern[str]:
    """A folded phrase between word edges, compiled once per phrase (not once per sentence)."""
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")


@cache
def _data(lang: str) -> dict[str, Any]:
    code = langdata.code(lang)
    return dict(langdata.load(code, _NAME)) if langdata.has(code, _NAME) else {}


def _phrase(words: list[str]) -> str:
    alt = "|".join(re.escape(fold_keep(w)).replace("\\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
    return rf"(?<![\w-])(?:{alt})(?![\w-])"


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str], re.Pattern[str] | None]:
    d = _data(lang)
    offices: dict[str, list[str]] = d.get("offices", {})
    form_office = {fold_keep(f): o for o, forms in offices.items() for f in forms}
    if not form_office:
        return None, {}, None
    sub = d.get("subordinate", [])
    subordinate = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(fold_keep(w)) for w in sub)})\s*$") if sub else None
    return re.compile(_phrase(list(form_office))), form_office, subordinate


def leading_office(lang: str, folded: str) -> str | None:
    """The office a clause opens with ("the clerk would write ...", "starosta zajistí ..."), if any."""
    pattern, form_office, _ = _patterns(lang)
    m = pattern.match(re.sub(r"^\s*(?:the\s+)?", "", folded)) if pattern is not None else None
    return form_office[m.group(0)] if m else None


def _group(lang: str, office: str) -> set[str]:
    """The office and the ones the data says are the same office under another name or gender."""
    out = {office}
    for group in _data(lang).get("same_office", []):
        if office in group:
            out.update(group)
    return out


_ABBREVIATION = re.compile(r"\w+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w*")  # a capital inside the word: "MěÚ", "SDH"


@cache
def _own_body(lang: str) -> re.Pattern[str]:
    """Abbreviations of the local bodies whose offices these are ("tajemník MěÚ Ing. X"): they may stand
    between an office and its holder's name (lang/<code>/bodies.json, 'local')."""
    code = langdata.code(lang)
    data = langdata.load(code, "bodies") if langdata.has(code, "bodies") else {}
    local = set(data.get("local", []))
    words = [a for b in data.get("bodies", []) if b.get("name") in local for a in b.get("abbreviations", [])]
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)" if words else r"(?!)")


def _fits(lang: str, office: str, gender: str | None) -> bool:
    """A feminine office form ("místostarostka") is never held by a man: a role the attendance list put
    next to the wrong name ("starosta Ing. X, místostarostka Mgr. Y") does not make him hold it."""
    return not (gender == "m" and office in _data(lang).get("feminine", []))


def qualified_office(lang: str, before: str) -> bool:
    """ "technický ředitel", "finanční ředitelka": an adjective before the office word makes it another office
    (lang titles.json 'office_qualifier_endings'); the bare "Ředitel" is the one who holds it unqualified."""
    code = langdata.code(lang)
    endings = tuple(langdata.load(code, "titles").get("office_qualifier_endings", ()))
    words = before.split()
    if body_qualified(before):
        return True
    return bool(endings and words) and len(words[-1]) > 2 and words[-1].lower().endswith(endings)


def body_qualified(before: str) -> bool:
    """"SK Chairperson", "PTA Chair", "ASG President": a body's abbreviation before the office word makes it
    the head of that other body, never the bare office (not even when nobody else holds the bare one)."""
    words = before.split()
    return bool(words) and _BODY_ABBREVIATION.fullmatch(words[-1].lstrip("([|")) is not None


_BODY_ABBREVIATION = re.compile(rf"[{NAME_UPPER}]{{2,6}}")


def _holders(lang: str, entities: Entities, meeting: MeetingInfo) -> dict[str, str]:
    """Office -> the one person whose stated role names it (a combined "Clerk & RFO" holds both)."""
    pattern, form_office, subordinate = _patterns(lang)
    if pattern is None:
        return {}
    seen: dict[str, set[str]] = {}
    qualified: dict[str, set[str]] = {}  # "technický ředitel": holds the bare office only if nobody else does
    for person in entities.people:
        if not person.role or _ABBREVIATION.fullmatch(person.name):
            continue  # "MěÚ" is a body's abbreviation, not a person
        for hit in OfficeIndex(pattern, form_office, {}, subordinate).find(person.role):
            if not _fits(lang, hit.office, person.gender):
                continue
            into = qualified if qualified_office(lang, person.role[:hit.start]) else seen
            for office in _group(lang, hit.office):
                if _fits(lang, office, person.gender):
                    into.setdefault(office, set()).add(person.name)
    seen = {**qualified, **seen}
    return {o: names.pop() for o, names in seen.items() if len(names) == 1}


def _opener(lang: str, text: str, folded: str, entities: Entities) -> str | None:
    """Who opened or chaired the meeting ("Zasedání zahájil a řídil Ing. X", "Cllr X chaired the meeting")."""
    cues = _data(lang).get("chair_cues", [])
    m = next((m for c in cues if (m := re.search(c, folded))), None)
    if m is None:
        return None
    near = [(abs(ms.source.start - m.end()), p.name) for p in entities.people for ms in p.mentions
            if -60 <= ms.source.start - m.end() <= 60 and "\n" not in text[min(ms.source.start, m.end()):
                                                                          max(ms.source.start, m.end())]]
    return min(near)[1] if near else None


def _chair_offices(lang: str, holders: dict[str, str], chair: str | None) -> None:
    """The chair holds the chair offices, and (by the genre's rule) the usual chair's office nobody else holds."""
    if chair is None:
        return
    d = _data(lang)
    for office in d.get("chair_offices", []):
        holders.setdefault(office, chair)
    usual = d.get("chair_usual_offices", [])
    if usual and not any(o in holders for o in usual):
        for office in usual:
            holders[office] = chair


_BODY_GENITIVE = r"obce|mesta|mestyse|obvodu|kraje|(?:[a-z]+(?:e|i|eho)\s+)?(?:rady|komise|vyboru|skupiny|spolku)"
_GLUE = re.compile(rf"^[\s:(–-]*(?:(?:(?:{_BODY_GENITIVE})(?:\s+[a-z]+){{0,3}}?|of\s+the\s+\w+|town|"
                   r"parish|pro\s+[a-z]+|p\.|pan|pani|pí|mr|mrs|ms|miss|dr|cllr|councillor|ing|arch|mgr|bc|judr|mudr|phdr|rndr|"
                   r"paeddr|thdr|prof|doc)"
                   r"\.?[\s:]*)*$")  # what may stand between an office and its holder's name


def _glued(lang: str, gap: str) -> bool:
    """Only titles, the office's body ("obce X", "MěÚ") or a label colon stand between office and name."""
    return bool(_GLUE.match(fold_keep(_own_body(lang).sub(" ", gap)))) and ("\n" not in gap or
                                                                          gap.strip().endswith(":"))


def _speech(gap: str, text: str, end: int) -> bool:
    """"Starosta: Pan Mach nabízí ...": an office with a colon opens a speaker's line; the name after it is
    someone the speaker talks about. Only a line that ends with the name ("Starosta: Ing. Jan Novák", a
    signature) says who holds the office."""
    if ":" not in gap:
        return False
    rest = text[end:].split("\n", 1)[0]
    return bool(re.search(r"\w", re.sub(r"^[\s,]*(?:v\.\s*r\.)?", "", rest)))


# between a name and the office after it: a signature's "v. r.", a comma or bracket, and in English attendance
# lines a bracketed affiliation and one qualifier ("Jane Roe (ACME), Cluster Coordinator", "X, Sub-national ...")
_APPOSED_REACH = 40
_APPOSED_GAP = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:v\.\s*r\.)?\s*[,(–-]?\s*(?:[A-Z][\w/-]+\s+)?")


def _apposed_gap(gap: str, after: str) -> bool:
    """"Jan Novák, starosta", "Jane Roe (Clerk)"; and, for an office that is not another body's ("chair of the
    TWG"), "Jane Roe (ACME), Cluster Coordinator" or "Jane Roe, Sub-national Cluster Coordinator"."""
    if len(gap) <= 10 and re.fullmatch(r"\s*(?:v\.\s*r\.)?\s*[,(–-]?\s*", gap):
        return True
    return _APPOSED_GAP.fullmatch(gap) is not None and not re.match(r"\s+of\b", after)


def _apposed(lang: str, text: str, folded: str, entities: Entities) -> dict[str, str]:
    """Office -> person from the text itself: "Starosta obce Ing. Jan Novák zahájil", "Starosta: Jan Novák",
    "Jan Novák, starosta", "Mrs Jane Roe (Clerk)". Only offices one person is named in."""
    pattern, form_office, subordinate = _patterns(lang)
    index = OfficeIndex(pattern, form_office, {}, subordinate)
    mentions = sorted((m.source.start, m.source.end, p.name) for p in entities.people for m in p.mentions)
    starts = [m[0] for m in mentions]
    seen: dict[str, set[str]] = {}
    for hit in index.find(text, folded):
        k = bisect.bisect_left(starts, hit.end)
        after = mentions[k] if k < len(mentions) and mentions[k][0] - hit.end <= 30 else None
        before = mentions[k - 1] if k > 0 and 0 <= hit.start - mentions[k - 1][1] <= _APPOSED_REACH else None
        gap = text[hit.end:after[0]] if after is not None else ""
        if after is not None and _glued(lang, gap) and not _speech(gap, text, after[1]):
            seen.setdefault(hit.office, set()).add(after[2])
        elif before is not None and _apposed_gap(text[before[1]:hit.start], text[hit.end:hit.end + 5]):
            seen.setdefault(hit.office, set()).add(before[2])
    out: dict[str, str] = {}
    genders = {p.name: p.gender for p in entities.people}
    for office, names in seen.items():
        if len(names) == 1:
            name = next(iter(names))
            for same in _group(lang, office):
                if _fits(lang, same, genders.get(name)):
                    out.setdefault(same, name)
    return out


def build(lang: str, entities: Entities, meeting: MeetingInfo, text: str = "") -> OfficeIndex:
    """The office index of one document (built once; searching a sentence is one regex pass). Roles the
    entities stage gave people win; offices it left without a holder are looked up in the text."""
    pattern, form_office, subordinate = _patterns(lang)
    holders = _holders(lang, entities, meeting)
    folded = fold_keep(text)
    for office, name in _apposed(lang, text, folded, entities).items() if text else ():
        holders.setdefault(office, name)
    _chair_offices(lang, holders, meeting.chair or (_opener(lang, text, folded, entities) if text else None))
    return OfficeIndex(pattern, form_office, holders, subordinate, _stated_roles(lang, entities),
                       tuple(frozenset(g) for g in _data(lang).get("same_office", [])))


def _stated_roles(lang: str, entities: Entities) -> dict[str, str]:
    """Roles the attendance list gives exactly one person each ("Dr X, Dean of Education"): the body text
    names that person by the role ("The Dean of Education would bring ..."). A role of one word must be an
    office of the lexicon; roles many hold ("member", "radní") name no one."""
    pattern, _, _ = _patterns(lang)
    stop = {fold_keep(w) for w in _data(lang).get("member_roles", [])}
    by_role: dict[str, set[str]] = {}
    for person in entities.people:
        role = fold_keep(re.sub(r"\s+", " ", person.role or "")).strip(" ,.;:()–-")
        if role and not _ABBREVIATION.fullmatch(person.name) and role not in stop:
            by_role.setdefault(role, set()).add(person.name)
    return {role: names.pop() for role, names in by_role.items() if len(names) == 1 and
            (len(role.split()) >= 2 or pattern is not None and pattern.fullmatch(role))}
