"""Who does, asks, answers: actor mentions in a sentence mapped to canonical people and institutions.

The entities stage gives canonical names with mention spans; an owner is the mention in the right place
for the cue (subject before the verb, object after "ukládá", label value after "Zodpovídá:"). Names the
entities stage missed are found by their shape (title or initial plus surname, an abbreviation) and mapped
to a canonical entity declension-insensitively; when nothing matches, the name is kept as written.
Titles and honorifics before a name (the title shape, stripping them, the gender they fix) are read in
`honorifics`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract.entities import Entities
from minutes_nlp.extract.honorifics import (
    strip_title,
    title_before_word,
    title_gender,
    title_pattern,
    title_shape_matches,
)
from minutes_nlp.extract.offices import OfficeIndex
from minutes_nlp.extract.owner_buckets import PeopleBuckets
from minutes_nlp.extract.result import AgendaItem, Institution, MeetingInfo, Person
from minutes_nlp.nlp.stem import name_matches, stem
from minutes_nlp.textutil import CS_UPPER, fold, whole_word

_UP = CS_UPPER
_LOW = "a-záčďéěíňóřšťúůýž"
_SURNAME = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_ABBREVIATION = re.compile(rf"[{_UP}]{{2,5}}")  # all capitals: an abbreviation or initials


@cache
def _shapes() -> tuple[re.Pattern[str], ...]:
    t = title_pattern()
    return (
        re.compile(rf"(?<!\w){t}\s+(?:{t}\s+)*(?:[{_UP}]\.\s*)?{_SURNAME}(?:\s+{_SURNAME})?"),
        re.compile(rf"\b[{_UP}]\.\s?{_SURNAME}"),
        re.compile(rf"(?<![\w.])[{_UP}][{_UP}a-z]*[{_UP}][{_UP}a-z]*\b"),
        re.compile(rf"(?<![\w.]){_SURNAME}(?:\s+{_SURNAME})?"),  # a bare name: kept only if it is a known entity
    )


@dataclass(frozen=True)
class Actor:
    """A mention of a person or institution at [start, end) of Document.text, with its canonical name."""

    name: str
    kind: str  # "person" | "institution" | "unknown"
    start: int
    end: int
    resolved: bool = True


@cache
def _generic_bodies(lang: str) -> frozenset[str]:
    """Folded names and abbreviations of the local bodies every municipality has ("Obecní úřad", "OÚ"),
    from lang/<code>/bodies.json: such a name says whose office it is only with its place."""
    code = langdata.code(lang)
    if not lang or not langdata.has(code, "bodies"):
        return frozenset()
    data = langdata.load(code, "bodies")
    local = set(data.get("local", []))
    out: set[str] = set()
    for body in data.get("bodies", []):
        if body.get("name") in local:
            out.update(fold(w) for w in [body["name"], *body.get("abbreviations", [])])
    return frozenset(out)


def display_name(inst: Institution, lang: str) -> str:
    """The name an owner is reported by: the canonical one, except that a bare local body ("OÚ",
    "Obecní úřad") is named with its place when the document writes it so ("Obecní úřad Horní Lhota")."""
    if fold(inst.name) not in _generic_bodies(lang):
        return inst.name
    base = fold(inst.full_name or inst.name)
    placed = [a for a in inst.aliases if fold(a).startswith(base + " ")]
    return max(placed, key=len) if placed else inst.name


def entity_actors(entities: Entities, lang: str = "") -> list[Actor]:
    out = [Actor(p.name, "person", m.source.start, m.source.end) for p in entities.people for m in p.mentions]
    out += [Actor(display_name(i, lang), "institution", m.source.start, m.source.end)
            for i in entities.institutions for m in i.mentions]
    return sorted(out, key=lambda a: (a.start, -a.end))


@lru_cache(maxsize=20_000)
def _word_keys(word: str, lang: str) -> tuple[str, str]:
    """(stem, folded form) of a word: two words are the same word, inflected, when either key agrees."""
    return stem(word, lang), fold(word)


def _same_keys(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0] == b[0] or a[1] == b[1]


class _People:
    """Per-document lookup data for `resolve_name`: the people's first and last words as `_word_keys`,
    the institutions' folded names, and the answers already given (all pure functions of the Entities and
    the language, so computed once per document instead of once per mention)."""

    def __init__(self, entities: Entities, lang: str) -> None:
        self.lang = lang
        self.people: list[tuple[str, tuple[str, str] | None, tuple[str, str] | None, int]] = []
        for person in entities.people:
            parts = person.name.replace(".", ". ").split()
            self.people.append((person.name, _word_keys(parts[-1], lang) if parts else None,
                                _word_keys(parts[0], lang) if parts else None, len(parts)))
        self.institutions: dict[str, str] = {}
        for inst in entities.institutions:
            for key in (inst.name, inst.full_name or "", *inst.aliases):
                self.institutions.setdefault(fold(key), display_name(inst, lang))
        self.buckets = PeopleBuckets(entities, lang)
        self.by_name: dict[str, Person] = {}
        for person in entities.people:
            self.by_name.setdefault(person.name, person)
        self.resolved: dict[tuple[str, bool], tuple[str, str] | None] = {}


_LOOKUP: list[tuple[Entities, _People]] = []


def _lookup(entities: Entities, lang: str) -> _People:
    """The `_People` of this Entities object (identity: the frozen object of the document being read)."""
    for held, index in _LOOKUP:
        if held is entities and index.lang == lang:
            return index
    index = _People(entities, lang)
    _LOOKUP[:] = [*_LOOKUP[-3:], (entities, index)]
    return index


def _strict_person(bare: str, entities: Entities, lang: str) -> str | None:
    """A bare capitalised word is a person only when it IS one's surname or first name, inflected
    ("Whitfield", "Péťa", "Olivy"), never a prefix of one ("Nový" is not "Novák")."""
    words = bare.split()
    if not words:
        return None
    last, first = _word_keys(words[-1], lang), _word_keys(words[0], lang)
    for name, last_part, first_part, n_parts in _lookup(entities, lang).people:
        if last_part is not None and _same_keys(last, last_part) and _initials_agree(bare, name):
            return name
        if len(words) == 1 and n_parts > 1 and first_part is not None and _same_keys(first, first_part):
            return name
    return None


def _by_initials(bare: str, entities: Entities) -> str | None:
    """"JS" for Jane Smith, as English minutes write owners ("ACTION: JS"); only when exactly one fits."""
    if not re.fullmatch(r"[A-Z]{2,3}", bare):
        return None
    fits = {p.name for p in entities.people
            if "".join(w[0] for w in re.findall(r"[^\W\d_][\w'-]*", p.name)).upper() == bare}
    return fits.pop() if len(fits) == 1 else None


def resolve_name(surface: str, entities: Entities, lang: str, strict: bool = False) -> tuple[str, str] | None:
    """Canonical (name, kind) of a surface form, ignoring titles, case, diacritics and inflection."""
    memo = _lookup(entities, lang).resolved
    key = (surface, strict)
    if key not in memo:
        memo[key] = _resolve(surface, entities, lang, strict)
    return memo[key]


def _resolve(surface: str, entities: Entities, lang: str, strict: bool) -> tuple[str, str] | None:
    bare = strip_title(surface).strip(" ,.;:()")
    if not bare:
        return None
    inst_name = _lookup(entities, lang).institutions.get(fold(bare))
    initials = _by_initials(bare, entities)
    if initials is not None and inst_name is not None and fold(inst_name) == fold(bare):
        return initials, "person"  # "FK to send ...": one attendee's initials, not a body only its letters name
    if inst_name is not None:
        return inst_name, "institution"
    if initials is not None and not any(fold(bare) == fold(i.name) for i in entities.institutions):
        return initials, "person"
    if strict:
        hit = _strict_person(bare, entities, lang)
        return (hit, "person") if hit else None
    if _ABBREVIATION.fullmatch(bare):
        return None  # "ŘO", "OS": an abbreviation is a person only by her initials, never a name's first letters
    fits = [p for p in _lookup(entities, lang).buckets.matching(bare) if _initials_agree(bare, p.name) and
            (name_matches(bare, p.name, lang) or name_matches(p.name.split()[-1], bare, lang))]
    gender = title_gender(surface)
    if gender and len(fits) > 1:  # "Mr. Santoro" of Giulia and Marco Santoro: the honorific chooses
        fits = [p for p in fits if p.gender == gender] or fits
    return (fits[0].name, "person") if fits else None


def _initials_agree(a: str, b: str) -> bool:
    fa, fb = a.split(), b.split()
    if len(fa) < 2 or len(fb) < 2:
        return True
    return fold(fa[0])[:1] == fold(fb[0])[:1]


def shape_actors(text: str, offset: int, entities: Entities, lang: str) -> list[Actor]:
    """Names found by their shape in one sentence (text starts at `offset` of Document.text)."""
    have_entities = bool(entities.people or entities.institutions)
    out: list[Actor] = []
    shapes = _shapes()
    for pat in shapes:
        for m in (title_shape_matches(pat, text) if pat is shapes[0] else pat.finditer(text)):
            hit = resolve_name(m.group(0), entities, lang, strict=pat is shapes[3])
            if hit:
                out.append(Actor(hit[0], hit[1], offset + m.start(), offset + m.end()))
            elif pat is not shapes[3] and (not have_entities or pat is not shapes[2]):
                bare = strip_title(m.group(0))
                kind = "institution" if pat is shapes[2] else "person"
                out.append(Actor(bare, kind, offset + m.start(), offset + m.end(), resolved=False))
    return out


@cache
def _role_words(lang: str) -> dict[str, str]:
    """Inflected role word -> nominative role ("starostovi" -> "starosta"), from lang/<code>/roles.json."""
    code = langdata.code(lang)
    if not langdata.has(code, "roles"):
        return {}
    words = langdata.load(code, "roles").get("words", {})
    return {fold(w): str(v.get("role") or w) for w, v in words.items() if isinstance(v, dict)}


@cache
def _offices(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    return frozenset(fold(w) for w in langdata.load(code, "action_cues").get("office_roles", []))


def role_actors(text: str, offset: int, entities: Entities, lang: str) -> list[Actor]:
    """A role word that stands for the one person holding it ("ZO ukládá starostovi", "Starosta: ..."); an
    office nobody known holds is kept as the role itself (unresolved)."""
    roles = _role_words(lang)
    out = []
    for m in re.finditer(r"\w+", text):
        role = roles.get(fold(m.group(0)))
        if not role:
            continue
        holders = {p.name for p in entities.people if p.role and fold(p.role).startswith(fold(role))}
        if len(holders) == 1:
            out.append(Actor(holders.pop(), "person", offset + m.start(), offset + m.end()))
        elif not holders and fold(role) in _offices(lang):
            out.append(Actor(role[:1].upper() + role[1:], "person", offset + m.start(), offset + m.end(),
                             resolved=False))
    return out


def office_actors(text: str, offset: int, index: OfficeIndex, folded: str | None = None) -> list[Actor]:
    """Office words of the sentence as the person holding the office (unresolved when nobody known does)."""
    return [Actor(h.holder or h.office[:1].upper() + h.office[1:], "person", offset + h.start, offset + h.end,
                  resolved=h.holder is not None) for h in index.find(text, folded)]


def sentence_actors(start: int, end: int, text: str, known: list[Actor], entities: Entities,
                    lang: str, offices: OfficeIndex | None = None, folded: str | None = None) -> list[Actor]:
    """Every actor mentioned in [start, end): entity mentions first, then office words (for their holder),
    shapes only where they add one."""
    inside = [_gendered(a, text, start, entities, lang) for a in known if a.start < end and a.end > start]
    found = office_actors(text, start, offices, folded) if offices is not None else []
    for cand in found + shape_actors(text, start, entities, lang) + role_actors(text, start, entities, lang):
        if not any(a.start < cand.end and a.end > cand.start for a in inside):
            inside.append(cand)
    if any(a.resolved and a.kind == "person" for a in inside):  # a named person outranks a bare office word
        # ("release manager"); a named body does not: "Clerk to place the order with KDC" is the Clerk's
        inside = [a for a in inside if a.resolved or fold(a.name) not in _offices(lang)]
    return sorted(inside, key=lambda a: a.start)


def _gendered(actor: Actor, text: str, offset: int, entities: Entities, lang: str) -> Actor:
    """ "Mr. Santoro" where Giulia and Marco Santoro are both known: the honorific before (or opening) the
    mention, or the gendered past-tense verb after it ("Novák odpověděla"), chooses the one of that gender
    among the people sharing the surname."""
    person = _lookup(entities, lang).by_name.get(actor.name) if actor.kind == "person" else None
    if person is None or not person.gender:
        return actor
    before = text[max(0, actor.start - offset - 12):actor.end - offset]
    title = title_before_word().search(before)
    gender = (title_gender(title.group(0)) if title else None) or _verb_gender(text[actor.end - offset:], lang)
    if gender is None or gender == person.gender:
        return actor
    surname = fold(person.name.split()[-1])
    other = [p.name for p in entities.people if p.gender == gender and fold(p.name.split()[-1]) == surname]
    return Actor(other[0], actor.kind, actor.start, actor.end, actor.resolved) if len(other) == 1 else actor


def _verb_gender(after: str, lang: str) -> str | None:
    """The gender a past-tense verb right after a name shows ("odpověděla" f, "uvedl" m; 'verb_gender' in
    lang/<code>/person_refs.json), else None."""
    endings = _verb_endings(lang)
    word = re.match(r"\s*(?:\([^)]*\)\s*)?,?\s*([^\W\d_]+)", after)
    if not endings or word is None or not word.group(1).islower():
        return None
    return next((g for g in ("f", "m") if any(word.group(1).endswith(e) for e in endings.get(g, []))), None)


@cache
def _verb_endings(lang: str) -> dict[str, list[str]]:
    code = langdata.code(lang)
    return dict(langdata.load(code, "person_refs").get("verb_gender", {})) if langdata.has(code, "person_refs") \
        else {}


def _named_in(text: str, entities: Entities) -> str | None:
    """An institution named anywhere in `text` (a running header: "MŽP – Pracovní skupina ...")."""
    folded = fold(text)
    for inst in entities.institutions:
        for key in (inst.name, inst.full_name, *inst.aliases):
            if key and (word := fold(key)) in folded and whole_word(word).search(folded):
                return inst.name
    return None


def affiliation_of(name: str | None, entities: Entities, lang: str) -> str | None:
    """The institution a person is listed with ("Jan Novák (MŽP)"), by its display name, else None."""
    return _affiliation(name, entities, lang)


def _affiliation(name: str | None, entities: Entities, lang: str) -> str | None:
    person = next((p for p in entities.people if name and p.name == name), None)
    if person is None or not person.affiliation:
        return None
    hit = resolve_name(person.affiliation, entities, lang)
    return hit[0] if hit else person.affiliation


def organiser(doc: Document, meeting: MeetingInfo, entities: Entities, lang: str) -> str | None:
    """The body that runs the meeting: named in the running header, else the chair's (approver's,
    recorder's) institution, else a clearly dominant one. Only agentless commitments of the body itself
    ("bude spuštěna studie", the next meeting) default to it."""
    for furn in doc.furniture:
        if furn.kind == "header" and (hit := _named_in(furn.text, entities)):
            return hit
    for name in (meeting.chair, meeting.approver, meeting.recorder):
        if aff := _affiliation(name, entities, lang):
            return aff
    counts = Counter({i.name: len(i.mentions) for i in entities.institutions})
    top = counts.most_common(2)
    if top and top[0][1] >= 3 and (len(top) == 1 or 2 * top[0][1] >= 3 * top[1][1]):
        return top[0][0]
    return None


def chair(meeting: MeetingInfo, item: AgendaItem | None, entities: Entities) -> str | None:
    """Who sets the next agenda: the chair, else the single presenter of the current item."""
    if meeting.chair:
        return meeting.chair
    if item is not None and len(item.presenters) == 1:
        return item.presenters[0]
    return None


def _in_brackets(text: str, start: int) -> bool:
    return text[:start].count("(") > text[:start].count(")")


def subject_before(text: str, placed: list[tuple[Actor, int, int]], pos: int, folded: str = "",
                   clause_marker: str | None = None) -> Actor | None:
    """The subject of the verb at `pos`: the nearest actor before it that is not a bracketed affiliation;
    a person who opens the sentence wins over an institution or place in an apposition after it
    ("Mgr. Klára Dušková (město Písek) se dotázala", "Harold Finnegan, 15 Quarry Road, asked")."""
    before = [(a, s) for a, s, e in placed if e <= pos and not _in_brackets(text, s)]
    if not before:
        return None
    nearest, lead = before[-1][0], before[0]
    own_clause = not (clause_marker and re.search(clause_marker, folded[lead[1]:pos]))
    if nearest.kind != "person" and lead[0].kind == "person" and lead[1] <= 25 and own_clause \
            and not _LEAD_PREPOSITION.search(fold(text[:lead[1]])):
        return lead[0]
    return nearest


# "Na žádost Ing. X ŘO uspořádá", "K dotazu p. Y odbor sdělí": a person in a phrase opened by a preposition
# at the start of the sentence is no subject, so the body after her is not her apposition
_LEAD_PREPOSITION = re.compile(r"\b(na|k|ke|z|ze|od|s|se|podle|dle|po|pro|u|v|ve|o)\b")
