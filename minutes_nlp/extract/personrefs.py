"""Who is meant when minutes name a person by initials or by a role the attendance list gave them.

Team and committee minutes introduce people once ("Ing. Jan Novák (JN, vedoucí odboru)", "Dr Jane Roe,
Dean of Education; Mr Tom Hale, Academic Registrar", "Name | Role" tables) and then write "Z: JN",
"→ JN zajistí", "Action: Dean of Education". This module builds, once per document, a map from initials and
from stated role phrases to the one person the document ties to them, and resolves a text against it.
Nothing is guessed: initials count when the document defines them (in brackets after the name), when they
are the unambiguous initials of a listed name and no body's abbreviation, or when an earlier meeting of the
same folder defined them for a name with those initials; a role counts when exactly one person is stated in
it, here or (for a person on this meeting's lists) in an earlier meeting of the folder. Language knowledge
(role head words, roles many people hold, whether roles inflect) is data: `lang/<code>/person_refs.json`.
`itemctx.build` wires it in: the stated roles join the office index, the actors join each sentence's actors.
Three role conventions ride along: a contract party's word ("Dotaz investora") is the body a party label
names (`roleholders.contract_parties`), an office nobody here holds is the one an earlier meeting of the
series gave a person on this meeting's lists (`roleholders.earlier_holders`), and a shortened title ("The
Director") is the holder last named in full (`shorttitles`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract import neighbours, roleholders, shorttitles
from minutes_nlp.extract.cues import fold_keep
from minutes_nlp.extract.entities import Entities
from minutes_nlp.extract.offices import OfficeIndex
from minutes_nlp.extract.orgroles import CODE_LETTERS, person_code
from minutes_nlp.extract.owners import Actor
from minutes_nlp.extract.personcodes import (
    _acronyms,
    _bare_body,
    _body_word,
    _claimed,
    _clipped_roles,
    _data,
    _derived,
    _fits,
    _folded,
    _from_earlier,
    _is_role,
    _norm_role,
    _unique,
)
from minutes_nlp.extract.personcodes import initials_of as initials_of  # re-exported
from minutes_nlp.textutil import CS_UPPER, cached_rx

_UP = CS_UPPER
_TOKEN = re.compile(rf"(?<![\w.&/-])[{_UP}]{{2,3}}(?![\w&/-])")
# "(JN)", "(JN, vedoucí odboru)" right after a name
_BRACKET_INITIALS = re.compile(rf"\s*\(\s*(?P<ini>[{_UP}]{{2,3}})\s*(?:[,;–-]\s*(?P<role>[^()\n]*?))?\s*\)")
# "(Chief Operating Officer, Harrowfield Hospitals NHS Foundation Trust)": a role and the body it serves
_BRACKET_ROLE = re.compile(r"\s*\(\s*(?P<role>[^()\n\d]{3,120}?)\s*\)")
_COMMA_ROLE = re.compile(r"\s*(?:,|\s[–—-])\s*(?P<role>[^;,()\n\t|\d]{3,80}?)\s*(?=[;(\n\t|,]|$)")
_CELL_ROLE = re.compile(r"[ ]*(?:\t|\s\|\s)\s*(?P<role>[^\t|\n\d]{3,60}?)\s*(?=[\t|\n]|$)")
_LABEL_BEFORE = re.compile(r"(?:^|\n)\s*(?P<role>[^:\n]{3,40}):\s*(?:[\w.]+\.\s+|(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\s+)*$")
# "DoH", "CoSec", "HoF": a role's short form written in mixed case (two capitals at least)
_ACRONYM = re.compile(rf"(?<![\w.&/-])[{_UP}]{{4,5}}(?![\w&/-])")  # "DASS", "DIPSS": a long role's capitals
_CLIPPED = re.compile(r"(?<![\w.&/-])(?=[A-Za-z]*[a-z])[A-Z][a-z]{0,3}(?:[a-z]?[A-Z][a-z]{0,3}){1,3}(?![\w&/-])")
_WINDOW = 160
_ROLE_PARTS = re.compile(r",|\s[–—-]\s")  # "Co-opted – Chair": a category and a role, each tried alone


@dataclass(frozen=True)
class PersonRefs:
    """Initials ("JN") and stated role phrases (folded: "dean of education") -> canonical person name."""

    initials: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    inflected: bool = False  # Czech: a stated role of several words is found in any case form
    subordinate: re.Pattern[str] = re.compile(r"(?!)")  # words that make a role another one ("deputy")
    parties: dict[str, str] = field(default_factory=dict)  # folded "investora" -> the body (`contract_parties`)
    earlier: dict[str, str] = field(default_factory=dict)  # role key -> holder an earlier meeting named
    short: dict[str, tuple[tuple[int, str], ...]] = field(default_factory=dict)  # "director" -> (pos, holder) of
    # each full role mention ("Director of Place") in the document, for a head word several people share
    bodies: re.Pattern[str] | None = None  # "velitel MP": a role head before the abbreviation of a body ...
    body_holders: dict[str, str] = field(default_factory=dict)  # ... one listed person is affiliated with

    def resolve(self, text: str) -> str | None:
        """The person a short reference names ("JN", "Dean of Education", "the Academic Registrar")."""
        bare = re.sub(r"^(?:the|pan|paní)\s+", "", " ".join(text.split()).strip(" ,.;:()"), flags=re.I)
        if bare in self.initials:
            return self.initials[bare]
        return self.roles.get(fold_keep(bare))

    def actors(self, text: str, offset: int) -> list[Actor]:
        """Initials and stated roles in a sentence (text starts at `offset` of Document.text) as the people
        they stand for ("Company Secretary to file ..." is Mr X even where the orgs stage took it for a body)."""
        out = [Actor(who, "person", offset + m.start(), offset + m.end())
               for pat in (_TOKEN, _ACRONYM, _CLIPPED) for m in pat.finditer(text) if m.group(0) in self.initials
               if (who := self._deputy_of(text[:m.start()], self.initials[m.group(0)])) is not None]
        folded = fold_keep(text) if self.roles else ""
        for role, name in sorted(self.roles.items(), key=lambda kv: -len(kv[0])):
            if " " not in role:
                continue  # one word ("chair", "cfo"): the office index finds it, minding "Deputy Chair"
            rx, pieces = _role_rx(role, self.inflected)
            if not all(p in folded for p in pieces):
                continue  # a fixed piece of the pattern is missing: it cannot match
            for m in rx.finditer(folded):
                if self.subordinate.search(folded[max(0, m.start() - 14):m.start()]):
                    continue  # "zástupce vedoucí odboru", "Deputy Head of Finance": another person
                if not any(a.start < offset + m.end() and offset + m.start() < a.end for a in out):
                    out.append(Actor(name, "person", offset + m.start(), offset + m.end()))
        out += self._body_actors(text, offset, out)
        out += shorttitles.short_actors(self.short, text, offset, folded or fold_keep(text), out)
        return out + roleholders.party_actors(self.parties, text, offset)


    def _deputy_of(self, before: str, name: str) -> str | None:
        """"Action: Deputy COO": a subordinate word before a role's acronym names the deputy, not the holder;
        the one the list states in "deputy <that role>" (else nobody: the deputy is not guessed)."""
        m = self.subordinate.search(fold_keep(before[-14:]))
        if m is None:
            return name
        word = m.group(0).strip()
        roles = [r for r, n in self.roles.items() if n == name and " " in r]
        return next((self.roles[k] for r in roles if (k := f"{word} {r}") in self.roles), None)

    def _body_actors(self, text: str, offset: int, taken: list[Actor]) -> list[Actor]:
        """ "Velitel MP se dotázal", "zástupce HZS": a role head and the abbreviation of the body the list gives
        one person as their affiliation ("Jiří Sedláček (MP)") name that person."""
        if self.bodies is None:
            return []
        return [Actor(self.body_holders[m.group("body")], "person", offset + m.start(), offset + m.end())
                for m in self.bodies.finditer(text)
                if not any(a.start < offset + m.end() and offset + m.start() < a.end for a in taken)]


@cache
def _role_pattern(role: str, inflected: bool) -> str:
    """A folded role phrase as a pattern; inflected, each word of a phrase of several words may change its
    ending ("vedoucí finančního odboru" -> "vedoucího finančního odboru", "vedoucí finančnímu odboru")."""
    words = role.split()
    if not inflected or len(words) < 2:
        return rf"(?<![\w-]){re.escape(role)}(?![\w-])"
    parts = [re.escape(w[:len(w) - 2]) + r"\w{0,4}" if len(w) > 4 else re.escape(w) for w in words]
    return r"(?<![\w-])" + r"\s+".join(parts) + r"(?![\w-])"


@lru_cache(maxsize=4096)
def _role_rx(role: str, inflected: bool) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """`_role_pattern` compiled once per role, with the fixed text every match contains (each word, or its
    stem when its ending may change), for a cheap test before the regex scan of a sentence."""
    words = role.split()
    stems = (w[:len(w) - 2] if len(w) > 4 else w for w in words)
    pieces = (role,) if not inflected or len(words) < 2 else tuple(stems)
    return re.compile(_role_pattern(role, inflected)), pieces


def _mentions_after(entities: Entities, lang: str) -> list[tuple[str, int, int]]:
    """(person, mention start, mention end) of every person mention, longest mention per end first; a
    "person" whose name is a role phrase ("Governance Professional (GP)") is the role, not someone."""
    out = {(m.source.end, p.name): m.source.start for p in entities.people for m in p.mentions
           if not _is_role(_norm_role(p.name), lang)}
    return sorted(((name, start, end) for (end, name), start in out.items()), key=lambda t: t[1])


def _stated(doc: Document, entities: Entities, lang: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Initials and roles written next to each person mention: after it in brackets, after a comma or in
    the next table cell, or as the label the line opens with ("Secretary: Ms X")."""
    text = doc.text
    inits: dict[str, set[str]] = {}
    roles: dict[str, set[str]] = {}
    surnames = _surnames(entities, lang)
    for name, start, end in _mentions_after(entities, lang):
        after = text[end:end + _WINDOW]
        found: list[str | None] = []
        if (m := _BRACKET_INITIALS.match(after)) and _fits(m.group("ini"), name):
            inits.setdefault(m.group("ini"), set()).add(name)
            found.append(m.group("role"))
            found += _role_after(after, m.end()) if m.group("role") is None else []
        elif m := _BRACKET_ROLE.match(after):
            found.append(m.group("role"))
        elif m := _COMMA_ROLE.match(after) or _CELL_ROLE.match(after):
            found.append(m.group("role"))
            if b := _BRACKET_ROLE.match(after, m.end()):
                found.append(b.group("role"))  # "Deputy Vice-Chancellor (Chair)"
        found += _later_cells(after)
        if lab := _LABEL_BEFORE.search(text, max(0, start - 60), start):
            found.append(lab.group("role"))
        for raw in (part for r in found for part in _ROLE_PARTS.split(r or "")):  # "(Company Secretary, minutes)"
            role = _norm_role(raw)
            if _is_role(role, lang) and not surnames.intersection(role.split()):
                roles.setdefault(role, set()).add(name)
    return inits, roles


def _surnames(entities: Entities, lang: str) -> frozenset[str]:
    """Folded surnames of the listed people, role words aside ("Head", "Dean"): a "role" after a comma that holds
    one is the next person of a list ("Councillor Gordon Mack, Deputy Mayor Janet Kowal"), not a role."""
    heads = _folded(lang, "role_heads")
    return frozenset(w for p in entities.people if len(p.name.split()) >= 2
                     if (w := fold_keep(p.name.split()[-1])) not in heads)


_ROW_CELLS = 3  # cells after the name cell read for the person's role


def _later_cells(after: str) -> list[str | None]:
    """ "Dr X | European Research Executive Agency (REA) | Project Officer (online, items 1–3)": in a table row
    the role may stand in a later cell than the next one, a remark in brackets after it."""
    if not after.startswith("\t"):
        return []
    cells = after.split("\n", 1)[0].split("\t")[1:_ROW_CELLS + 1]
    return [re.split(r"\s*\(", c, maxsplit=1)[0].strip() or None for c in cells[1:]]


def _role_after(text: str, pos: int) -> list[str | None]:
    """"Karen Pugh (KP) – School Business Manager (SBM)", "Claire Ostrowski (CO) | Headteacher": the role
    written (or in the next table cell) after the bracketed initials, and its short form in brackets after it."""
    m = _COMMA_ROLE.match(text, pos) or _CELL_ROLE.match(text, pos)
    if m is None:
        return []
    b = _BRACKET_ROLE.match(text, m.end())
    return [m.group("role")] + ([b.group("role")] if b else [])


_EARLIER_ROLE = re.compile(rf"(?P<name>[{_UP}][\w'’-]*\.?\s+[{_UP}][\w'’-]+)\s*"
                           rf"(?:(?:,|\s[–—-])\s*(?P<role>[^;,()\n\t|\d]{{3,80}}?)"
                           rf"\s*(?=[;(\n\t,]|$)|\(\s*(?P<bracket>[^()\n\d]{{3,60}}?)\s*\))")


def _earlier_roles(doc: Document, entities: Entities, lang: str, have: set[str]) -> dict[str, set[str]]:
    """Roles an earlier meeting of the folder stated ("Mr Tom Hale, Academic Registrar") that this document
    uses without stating them, for a person on this meeting's lists (matched by surname)."""
    folded = fold_keep(doc.text)
    clipped = {m.group(0) for m in _CLIPPED.finditer(doc.text)}
    by_surname: dict[str, set[str]] = {}
    for p in entities.people:
        by_surname.setdefault(fold_keep(p.name.split()[-1]), set()).add(p.name)
    out: dict[str, set[str]] = {}
    for prev in neighbours.load_previous(doc):
        for m in _EARLIER_ROLE.finditer(prev.text):
            role = _norm_role(m.group("role") or m.group("bracket"))
            here = by_surname.get(fold_keep(m.group("name").split()[-1]), set())
            if role in have or len(here) != 1 or not _is_role(role, lang) or \
                    not (cached_rx(rf"(?<![\w-]){re.escape(role)}(?![\w-])").search(folded) or
                         _clipped_roles(clipped, {role: ""}, lang)):
                continue
            out.setdefault(role, set()).update(here)
        if out:
            break
    return out


def build(doc: Document, entities: Entities, lang: str) -> PersonRefs:
    """The initials and role maps of one document (built once per document)."""
    inits, roles = _stated(doc, entities, lang)
    initials = _unique(inits)
    derived = _unique({k: v for k, v in _derived(entities, set(inits), lang).items()
                       if not _body_word(k, entities, lang)})
    initials |= {k: v for k, v in derived.items() if k not in initials}
    initials |= {k: v for k, v in _office_codes(doc, entities, lang).items() if k not in initials}
    used = {m.group(0) for m in _TOKEN.finditer(doc.text)}
    capitals = {m.group(0) for m in _ACRONYM.finditer(doc.text)}  # "DASS": a role's capitals may be longer
    wanted = {t for t in used - initials.keys() if not _claimed(t, doc, entities) and _listed(t, doc)}
    initials |= {k: _local(v, entities) for k, v in _unique(_from_earlier(doc, wanted)).items()}
    stated = _unique(roles) | _unique(_earlier_roles(doc, entities, lang, set(roles)))
    taken = set(initials) | set(_derived(entities, set(), lang))
    clipped = {m.group(0) for m in _CLIPPED.finditer(doc.text)}
    acronyms = {a: n for a, n in (_acronyms(stated, lang) | _clipped_roles(clipped, stated, lang)).items()
                if (a in used or a in clipped or a in capitals) and a not in taken and
                (not _claimed(a, doc, entities) or _bare_body(a, entities))}
    bodies, body_holders = _body_refs(entities, lang)
    return PersonRefs(initials | acronyms, stated, bool(_data(lang).get("inflected_roles")), _subordinate(lang),
                      {fold_keep(f): b for f, b in roleholders.contract_parties(doc, entities, lang).items()},
                      {k: _local(v, entities) for k, v in
                       roleholders.earlier_holders(doc, lang, [p.name for p in entities.people]).items()},
                      shorttitles.short_forms(doc, stated, _folded(lang, "title_links"), lang), bodies, body_holders)


def _office_codes(doc: Document, entities: Entities, lang: str) -> dict[str, str]:
    """"Mgr. H. Vondráčková (NOP)" beside "(Ř)", "(EN)": an office's code the list writes after one person's name
    stands for that person ("NOP zajistí", "Z: NOP"); the orgs stage does not take it for a body (orgroles)."""
    found: dict[str, set[str]] = {}
    for p in entities.people:
        code = (p.affiliation or "").strip()
        if code.isupper() and len(code) <= CODE_LETTERS and person_code(code, doc.text, lang):
            found.setdefault(code, set()).add(p.name)
    return _unique(found)


_ABBREVIATED = re.compile(rf"[{_UP}][\w{_UP}]{{0,6}}")
_HEAD_ENDING = 3  # letters a role head may add in another case ("velitele", "ředitelem")


def _body_refs(entities: Entities, lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The pattern of a role head followed by the abbreviation of a body exactly one listed person is
    affiliated with ("Jiří Sedláček (MP)" makes "Velitel MP", "velitele MP" him), and abbreviation -> person."""
    found: dict[str, set[str]] = {}
    for p in entities.people:
        body = (p.affiliation or "").strip()
        if _ABBREVIATED.fullmatch(body) and sum(c.isupper() for c in body) >= 2:
            found.setdefault(body, set()).add(p.name)
    holders = _unique(found)
    heads = sorted(_data(lang).get("role_heads", []), key=len, reverse=True)
    if not holders or not heads:
        return None, {}
    head = "|".join(re.escape(h) for h in heads)
    bodies = "|".join(re.escape(b) for b in sorted(holders, key=len, reverse=True))
    return cached_rx(rf"(?<![\w-])(?i:{head})\w{{0,{_HEAD_ENDING}}}\s+(?P<body>{bodies})(?![\w-])"), holders


@cache
def _subordinate(lang: str) -> re.Pattern[str]:
    """The office lexicon's subordinate words (lang/<code>/role_refs.json), as a pattern ending the text."""
    code = langdata.code(lang)
    words = langdata.load(code, "role_refs").get("subordinate", []) if langdata.has(code, "role_refs") else []
    alt = "|".join(re.escape(fold_keep(w)) for w in words)
    return re.compile(rf"(?<![\w-])(?:{alt})\s*$") if alt else re.compile(r"(?!)")


def _local(name: str, entities: Entities) -> str:
    """An earlier meeting's name as this document's canonical one ("Marek" for "Martin Marek") when one
    person here has that surname."""
    same = {p.name for p in entities.people if fold_keep(p.name.split()[-1]) == fold_keep(name.split()[-1])}
    return same.pop() if len(same) == 1 else name


def _listed(token: str, doc: Document) -> bool:
    """The code is used at least twice (a list "Přítomni: JN, PH" and an owner "Z: JN"): worth looking up."""
    hits = [m.start() for m in cached_rx(rf"(?<![\w.&/-]){token}(?![\w&/-])").finditer(doc.text)]
    return len(hits) >= 2


def with_roles(index: OfficeIndex, refs: PersonRefs) -> OfficeIndex:
    """The office index with the one-word stated roles added ("CFO"; roles the entities stage stated win);
    a stated role that is an office of the lexicon gives that office its holder, so every case form of it
    resolves ("místostarostka" stated, "ZO pověřuje místostarostku" in the text). The role written next to
    one name in the attendance list ("Helen Marsden (HM) – Chair") beats a holder inferred from the text
    (whoever is named near "opened the meeting")."""
    extra = {r: n for r, n in refs.roles.items()  # several words: `PersonRefs.actors` (minds "Deputy ...")
             if r not in index.stated and r not in index.form_office and " " not in r}
    held = {index.form_office[r]: n for r, n in refs.roles.items()
            if r in index.form_office and index.holders.get(index.form_office[r]) != n}
    held |= _earlier_offices(index, refs, held)
    contested = _contested(index, refs)
    if not extra and not held and not contested:
        return index
    holders = {o: n for o, n in {**index.holders, **held}.items() if o not in contested}
    return replace(index, stated={**index.stated, **extra}, holders=holders)


def _contested(index: OfficeIndex, refs: PersonRefs) -> set[str]:
    """Offices two people hold under longer titles ("Director of Place", "Director of Adult Social
    Services") and nobody under the bare word: "the Director" alone names neither, so nobody is guessed."""
    by_office: dict[str, set[str]] = {}
    for role, name in refs.roles.items():
        m = index.pattern.match(role) if index.pattern is not None else None
        if m is not None and m.end() < len(role):
            by_office.setdefault(index.form_office[m.group(0)], set()).add(name)
    bare = {index.form_office.get(r) for r in refs.roles}
    return {o for o, names in by_office.items() if len(names) > 1 and o not in bare}


def _earlier_offices(index: OfficeIndex, refs: PersonRefs, held: dict[str, str]) -> dict[str, str]:
    """Offices nobody here holds that an earlier meeting of the series gave one person still on the lists
    ("předsedkyně Horáková" there, "Předsedkyně konstatovala" here), with the office's other forms."""
    out: dict[str, str] = {}
    for key, name in refs.earlier.items():
        office = index.form_office.get(fold_keep(key))
        for o in index.same(office) if office else ():
            if o not in index.holders and o not in held and o in index.offices():
                out[o] = name
    return out


def merge(actors: list[Actor], own: list[Actor], text: str = "", offset: int = 0) -> list[Actor]:
    """Sentence actors with the initials and role ones in place of whatever overlapped them (an unresolved
    "LD", an institution alias the orgs stage derived); a body with a person's initials in brackets after
    it ("Students' Union (DA)", `text` starting at `offset`) is that person acting for it."""
    if not own:
        return actors
    kept = [a for a in actors if not any(o.start < a.end and a.start < o.end for o in own)
            and not (a.kind == "institution" and any(_bracketed(text, offset, a, o) for o in own))]
    return sorted(kept + own, key=lambda a: a.start)


def _bracketed(text: str, offset: int, body: Actor, person: Actor) -> bool:
    gap = text[body.end - offset:person.start - offset]
    return bool(text) and 0 < person.start - body.end <= 3 and re.fullmatch(r"\s*\(\s*", gap) is not None \
        and text[person.end - offset:person.end - offset + 1] == ")"
