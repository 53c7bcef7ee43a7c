"""Who holds a role in this meeting, so that "Starosta seznámil přítomné ..." or "The Clerk reported ..." can
name the presenter.

Minutes introduce an officer once with a name ("Předsedající: Ing. Jan Novák, starosta", "zahájil starosta
obce Ing. Jan Novák", "Gail Fenwick (Town Clerk)") and afterwards refer to the role alone. A role is resolved
only when the document ties exactly one person to it; otherwise it stays unresolved (no guessing). Role
forms are data: `presenter_roles` in `lang/<lang>/agenda.json`; the chair field fills the chair roles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, NamedTuple

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract import neighbours, offices
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.datevocab import by_first_letter
from minutes_nlp.extract.listed_roles import holder_of, listed_roles  # noqa: F401 (re-exported)
from minutes_nlp.extract.names import clean_person, name_titles, person_like, split_people
from minutes_nlp.extract.partylabels import _party_labels, contract_parties, party_actors  # noqa: F401 (re-exported)
from minutes_nlp.nlp.name_middles import abbreviated_given
from minutes_nlp.textutil import NAME_UPPER, fold

_UPPER = NAME_UPPER
_WINDOW = 80  # characters around a role word searched for its holder's name
# "Jan Novák", "Jan K. Novák", the English "C Hextall" (an initial without its dot), and a middle name written
# out on the same line ("Amina Wanjiru Otieno", as East African and Iberian lists write people)
_MIDDLE = rf"(?:[^\S\n]+[{_UPPER}][a-zà-ž'’-]+(?=[^\S\n]+[{_UPPER}][\w'’-]))?"
_NAME = rf"(?-i:[{_UPPER}](?:[\w'’-]+|\.?){_MIDDLE}(?:\s+[{_UPPER}]\.)?\s+[{_UPPER}][\w'’-]+)"


@dataclass(frozen=True)
class Context:
    """What the presenter rules know about the meeting's people: role holders and the first words of the
    names the attendance lists give ("Guest: Lena (Hartwell Analytics)" makes "Lena presented" a person)."""

    roles: dict[str, str]
    known: frozenset[str] = frozenset()
    initials: dict[str, str] = field(default_factory=dict)  # "LD" -> "Lucie Dvořáková" (see `_initials`)


_LISTED = ("attendees", "guests", "absent", "chair")


def meeting_context(doc: Document, lang: str, fields: list[mf.Field]) -> Context:
    chair = mf.first(fields, "chair")
    names = [n for f in fields if f.name in _LISTED for n in split_people(f.value, lang)]
    known = frozenset(fold(n.split()[0]) for n in names if n.split())
    holders = role_holders(doc, lang, clean_person(chair.value.split("\n")[0], lang) if chair else None)
    recorders = [n for f in fields if f.name == "recorder" for n in split_people(f.value, lang)[:1]]
    return Context({**_remembered(doc, lang, holders, names + recorders), **holders}, known,
                   _initials(doc, lang, names))


_INITIALS_SUBJECT = re.compile(rf"(?m)(?:^|[.:]\s)\s*(?:\d{{1,3}}(?:\.\d{{1,3}})+\s+)?"  # "5.1 PV reported"
                               rf"(?-i:[{_UPPER}]{{2,3}})(?:'s|’s)?\s+(?-i:[a-zá-ž])"  # "SR's report"
                               rf"|\((?-i:[{_UPPER}]{{2,3}})(?:\s*/\s*(?-i:[{_UPPER}]{{2,3}}))*\)$")  # "Finance (KL)"


def _initials(doc: Document, lang: str, names: list[str]) -> dict[str, str]:
    """Initials -> person, when the minutes write subjects as initials ("LD informovala ...", "DA presented
    ...") or an agenda line's presenters ("Finance (KL)"): as this document or the earlier minutes of the
    folder define them ("Ing. Lucie Dvořáková (LD, ...)"), else the unambiguous initials of a listed name
    (`attendance.initials_of`)."""
    if not _INITIALS_SUBJECT.search(doc.text):
        return {}
    from minutes_nlp.extract.attendance import initials_of  # attendance reads titles, which read the agenda

    texts = [doc.text] + [d.text for d in neighbours.load_previous(doc)]
    return initials_of(texts, tuple(n for n in names if len(n.split()) >= 2), lang)


def _remembered(doc: Document, lang: str, holders: dict[str, str], names: list[str]) -> dict[str, str]:
    """Roles the minutes use as subjects ("Předsedkyně PS zahájila", "Místostarostka představila") without
    naming their holder, as the previous meeting of the folder named them, when that person is on this
    meeting's lists or records it ("Zápis vyhotovila: Marta Š." then "Účetní svazku předložila": the series'
    officers are introduced once, in earlier minutes)."""
    missing = _subject_roles(doc, lang) - holders.keys()
    if not missing or not names:
        return {}
    return _from_earlier(doc, lang, missing, names)


def _subject_roles(doc: Document, lang: str) -> set[str]:
    """Role keys written with a capital at the start of a sentence or block (a role as a sentence subject) or
    after "the" (English capitalises an office it refers to: "received a report from the Academic Registrar")."""
    v = _vocab(lang)
    out: set[str] = set()
    for b in doc.blocks:
        for r in role_hits(b.text, lang):
            starts = r.start() == 0 or b.text[max(0, r.start() - 2): r.start()] in (". ", ": ") \
                or b.text[max(0, r.start() - 4): r.start()].lower() == "the "  # "a report from the Academic Registrar"
            if starts and r.group(0)[:1].isupper():
                out.add(v.forms.get(fold(" ".join(r.group(0).split())), ""))
    return out - {""}


@dataclass(frozen=True)
class _RoleVocab:
    forms: dict[str, str]  # folded surface form -> role key
    role: str  # the alternation of the forms
    any_role: re.Pattern[str]
    chair_roles: frozenset[str]
    after: re.Pattern[str]  # "starosta obce Ing. Jan Novák"
    before: re.Pattern[str]  # "Ing. Jan Novák, starosta" / "Gail Fenwick (Town Clerk)"
    subject: re.Pattern[str]  # a sentence part that is only a role: "Starosta obce", "The Clerk"
    alias: re.Pattern[str]  # "(dále jen „předsedající“)"
    stems: dict[str, str]  # folded stem of a one-word role form -> that form, folded (any case ending)
    other_body: re.Pattern[str] = re.compile("(?!)")  # "předseda představenstva": another body's office


class RoleHit(NamedTuple):
    """Where `any_role` matched: `start()`, `end()` and `group(0)` as on the match."""

    at: int
    to: int
    text: str

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to

    def group(self, _: int = 0) -> str:
        return self.text


@lru_cache(maxsize=8192)
def role_hits(text: str, lang: str) -> tuple[RoleHit, ...]:
    """`any_role.finditer(text)`, kept by text (bounded): the role holders, the subject roles and the
    earlier meetings' holders scan the same blocks with this long alternation, document after document."""
    return tuple(RoleHit(r.start(), r.end(), r.group(0)) for r in _vocab(lang).any_role.finditer(text))


@cache
def _vocab(lang: str) -> _RoleVocab:
    code = langdata.code(lang)
    data: dict[str, Any] = langdata.load(code, "agenda")["presenter_roles"]
    titles = name_titles(code)
    forms = {fold(f): key for key, fs in data["roles"].items() for f in fs}
    role = by_first_letter(alt([f for fs in data["roles"].values() for f in fs]))  # hundreds of forms
    # "starosta obce", "předsedkyně PS", "tajemník MěÚ": a complement or the body's abbreviation
    cap = "[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]"
    of = rf"(?:\s+(?:{alt(data['complements'])}|(?-i:{cap}{{2,6}}|{cap}\w{{0,3}}{cap})))?"
    title_rx = rf"(?:(?:{alt(titles)})\.?,?\s+)*"
    fillers = alt(data["fillers"])
    return _RoleVocab(
        forms, role, re.compile(rf"(?<![\w-]){role}(?![\w-])", re.IGNORECASE),  # "Vice-Chair" holds no "Chair"
        frozenset(data["chair_roles"]),
        after=re.compile(rf"(?<!\w)(?P<role>{role}){of}(?:[^\S\n]*[,:]?\s+|\s*\(\s*)(?<!\n){title_rx}(?P<name>{_NAME})",
                         re.IGNORECASE),  # "starosta obce Ing. Jan Novák", "the Clerk (Mrs C Hextall)"
        before=re.compile(rf"(?P<name>{_NAME})(?:\s*\((?-i:[A-Z]{{2,4}})\))?(?:,?\s+[\w.]+\.)*\s*(?:,\s*|,\s*[^(),;\n]{{1,40}}?\s*\(\s*|\(\s*(?:[^(),\n]{{1,40}},\s*)?|\s+[–—-]\s+)"
                          rf"(?P<role>{role})$", re.IGNORECASE),  # "Sarah Okafor (SRO, Chair)", "Karen Pugh (KP) –
        # SBM", "Helen Marchbank, Deputy Vice-Chancellor (Chair)"
        subject=re.compile(rf"^\s*(?:(?:{fillers})\s+)?(?:(?:the|pan|paní)\s+)?(?P<role>{role}){of}\s*,?\s*$",
                           re.IGNORECASE),
        alias=re.compile(rf"\(\s*(?:{alt(data.get('alias_cues') or ['(?!)'])})\s+[„“\"']?"
                         rf"(?P<alias>[^„“”\"')]+)[“”\"']?\s*\)", re.IGNORECASE),
        stems={f[:-1]: f for f in forms if " " not in f and len(f) > 5},
        other_body=re.compile(rf"\s+(?:{alt(data.get('other_body_complements') or ['(?!)'])})(?!\w)", re.IGNORECASE),
    )


def _person(raw: str, lang: str, titled: bool = False) -> str | None:
    name = clean_person(raw, lang)
    initial = bool(name and re.fullmatch(rf"[{_UPPER}]\s+\S{{2,}}", name))  # "C Hextall"
    return name if name and len(name.split()) >= 2 and (initial or person_like(name, titled, lang)) else None


@cache
def _title_before(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w\t])(?:{alt(name_titles(langdata.code(lang)))})\.?[^\S\n\t]+$", re.IGNORECASE)


def _titled(text: str, start: int, lang: str) -> bool:
    """ "Hon. Rodolfo M. Macaraeg – Punong Barangay": a title right before the name vouches for a person whose
    given name no list knows; only within one cell or line (a tab or line break ends the title's reach)."""
    return _title_before(lang).search(text, max(0, start - 12), start) is not None


def role_holders(doc: Document, lang: str, chair: str | None = None) -> dict[str, str]:
    """Role key -> the one person the document ties to it ("starosta" -> "Jan Novák")."""
    v = _vocab(lang)
    found: dict[str, set[str]] = {}
    qualified: dict[str, set[str]] = {}  # "technický ředitel Ing. X": the bare role only if nobody else holds it
    listed: dict[str, set[str]] = {}  # the same, in the header above the first item
    header_end = _header_end(doc)
    own = _title_words(doc)
    for b in doc.blocks:
        text = mf.line_text(b)
        for r in role_hits(text, lang):  # cheap literal search first, the name patterns around it
            key = v.forms.get(fold(" ".join(r.group(0).split())))
            after = v.after.match(text, r.start(), min(len(text), r.end() + _WINDOW))
            before = v.before.search(text, max(0, r.start() - _WINDOW), r.end())
            if before and _named_between(text[before.end("name"):before.start("role")], lang):
                before = v.before.search(text, before.end("name") + 1, r.end())  # "Bronwen Ellery, Daniel Reeve
                # (Chief Executive)": the role is the second person's
            if _of_other_body(text[r.end():], own) or v.other_body.match(text, r.end()):
                continue  # "Geoffrey Tull, Chair of the Audit and Risk Committee": another body's office
            # "technický ředitel", "ASG President Jo Brooks": another office, or another body's head
            into = qualified if offices.qualified_office(lang, text[:r.start()]) else found
            for m in (after, before):
                cell = re.split(r"[\t\n]", m.group("name"))[-1] if m else ""  # "Presiding<tab>Dana Whitcomb"
                given = _abbreviated_before(text, m.end("name") - len(cell), lang) if m else ""  # "Ma. Cristina"
                titled = bool(given) or (m is not None and _titled(text, m.end("name") - len(cell), lang))
                name = _person(f"{given} {cell}".strip(), lang, titled) if m else None
                if name and key and not _inside_a_form(fold(name), lang):  # "School Business Manager"
                    into.setdefault(key, set()).add(name)
                    if into is found and b.index < header_end:
                        listed.setdefault(key, set()).add(name)
    for key, name in _table_rows(doc, lang):
        found.setdefault(key, set()).add(name)
    found = {**qualified, **found}
    holders = {key: next(iter(names)) for key, names in found.items() if len(_surnames(names)) == 1}
    for key, names in listed.items():  # "Presiding: D. Whitcomb, President" over "University President X" later
        if key not in holders and len(_surnames(names)) == 1:
            holders[key] = next(iter(names))
    for alias, key in _aliases(doc, lang):
        if alias not in holders and key in holders:
            holders[alias] = holders[key]
    for key in v.chair_roles:
        if chair and key not in found:
            holders[key] = chair
    return holders


@lru_cache(maxsize=4096)
def _inside_a_form(folded: str, lang: str) -> bool:
    """The folded text is part of a role form ("business manager" of "school business manager"): asked of
    every name found next to a role, answered once per name instead of scanning all forms each time."""
    return any(folded in form for form in _vocab(lang).forms)


def _named_between(gap: str, lang: str) -> bool:
    """The text between a name and "(role)" is another person's name: "X, Daniel Reeve (Chief Executive)"."""
    m = re.fullmatch(r"\s*(?:\(\s*[A-ZÁ-Ž]{2,4}\s*\)\s*)?,\s*([^(),;\n]+?)\s*\(\s*", gap)  # "Kos (AD), Ing. X ("
    name = clean_person(m.group(1), lang) if m else None
    return bool(name) and person_like(name or "", False, lang)


def _table_rows(doc: Document, lang: str) -> list[tuple[str, str]]:
    """(role, person) of attendance table rows "| Ing. Martin Hájek | STAVKOM s.r.o. | stavbyvedoucí |": a
    cell that is only a role, or whose remark is ("Senior Responsible Owner (Chair)") or whose part after a
    dash is ("Co-opted – Chair"), names the person in the row's first cell."""
    v = _vocab(lang)
    out: list[tuple[str, str]] = []
    for b in doc.blocks:
        by_layout = bool(b.rows) and _name_column(b.rows[0][0] if b.rows[0] else "", lang)
        for row in b.rows[1:] if b.rows else ():
            parts = [p for c in row[1:] for p in [c, *re.findall(r"\(([^()]*)\)", c), *re.split(r"\s[–—-]\s", c)[1:]]]
            keys = [v.forms.get(fold(" ".join(c.split()))) for c in parts]
            name = (_person(row[0], lang) or (_listed(row[0], lang) if by_layout else None)) if row else None
            out += [(k, name) for k in keys if k and name]
    return out


def _name_column(header: str, lang: str) -> bool:
    """A table whose first column is headed "Name", "Jméno a příjmení" (metadata_labels 'name_column_headers')
    lists a person in each row's first cell by layout: a first name the gazetteer lacks does not matter."""
    heads = langdata.load(langdata.code(lang), "metadata_labels").get("name_column_headers", [])
    return fold(" ".join(header.split())) in {fold(h) for h in heads}


def _listed(raw: str, lang: str) -> str | None:
    """The cleaned first cell of a name-column row, when it is two or more capitalised words."""
    name = clean_person(raw, lang)
    words = name.split() if name else []
    return name if len(words) >= 2 and all(w[:1].isupper() for w in words) else None


def _aliases(doc: Document, lang: str) -> list[tuple[str, str]]:
    """(alias role, role) pairs of "starostou obce Ing. Pavlem Šimkem (dále jen „předsedající“)": the role
    named in any case form shortly before the definition takes the alias too."""
    v = _vocab(lang)
    out: list[tuple[str, str]] = []
    for m in v.alias.finditer(doc.text):
        alias = v.forms.get(fold(" ".join(m.group("alias").split())))
        roles = [r for w in re.findall(r"\w+", doc.text[max(0, m.start() - _WINDOW): m.start()])
                 if (r := inflected_role(w, lang))]
        if alias and roles:
            out.append((alias, roles[-1]))
    return out


def inflected_role(word: str, lang: str) -> str | None:
    """The role key of a one-word role in any case form ("starostou", "předsedkyní" -> its role)."""
    v = _vocab(lang)
    words = word.split()
    if len(words) != 1:
        return None
    folded = fold(words[0])
    return next((v.forms[form] for stem, form in v.stems.items()
                 if folded.startswith(stem) and len(folded) - len(stem) <= 3), None)


_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|for|the))*)")


def _of_other_body(after: str, own: frozenset[str]) -> bool:
    """ "Chair of the Audit and Risk Committee": an office of another body, unless the body is the one the
    document's title names ("President of the Faculty Senate" in the Faculty Senate's minutes)."""
    m = _OF_BODY.match(after)
    if not m:
        return False
    words = {fold(w) for w in re.findall(r"[A-Z][\w'’-]*", m.group("body"))}
    return not (words and words <= own)


def _title_words(doc: Document) -> frozenset[str]:
    """The capitalised words of the document's first heading (the body whose minutes these are)."""
    first = next((b for b in doc.blocks if b.is_heading), None)
    return frozenset(fold(w) for w in re.findall(r"\b[A-Z][\w'’-]*", first.text)) if first else frozenset()


def _abbreviated_before(text: str, start: int, lang: str) -> str:
    """ "Ma." of "Ma. Cristina V. Reyes": an abbreviated given name (`first_names.json` 'abbreviated') right
    before the name found; it belongs to the name and vouches for a person as a title does."""
    m = re.search(r"(?:^|(?<=[\s(]))(\S+\.)[^\S\n\t]+$", text[max(0, start - 10):start])
    return m.group(1) if m and m.group(1).lower() in abbreviated_given(lang) else ""


def _header_end(doc: Document) -> int:
    """The first heading after some text: the header above it (attendance, "Presiding:") states each role's
    holder for the whole document, so a role the body also gives to another body's officer ("University
    President X", "President of the Union") stays the one the header lists."""
    seen_text = False
    for b in doc.blocks:
        if b.is_heading and seen_text:
            return b.index
        seen_text = seen_text or not b.is_heading
    return 0


def _surnames(names: set[str]) -> set[str]:
    return {fold(n.split()[-1]) for n in names}


def role_of(text: str, lang: str) -> str | None:
    """The role key when `text` (a sentence subject) is just a role: "Starosta obce", "The Town Clerk"."""
    m = _vocab(lang).subject.match(text)
    return _vocab(lang).forms.get(fold(" ".join(m.group("role").split()))) if m else None


def leading_role(text: str, lang: str) -> str | None:
    """The role key of a role phrase that opens `text` ("starosta obce a poté ..." after a Czech verb)."""
    v = _vocab(lang)
    m = _leading_rx(lang).match(text)
    return v.forms.get(fold(" ".join(m.group("role").split()))) if m else None


def leading_span(text: str, lang: str) -> int | None:
    """Where the role phrase opening `text` ends, or None: the words a role-word actor may stand on."""
    m = _leading_rx(lang).match(text)
    return m.end() if m else None


@cache
def _leading_rx(lang: str) -> re.Pattern[str]:
    """The pattern of leading_role, compiled once per language: the role alternation is long and re's own
    cache, full of per-document patterns, kept dropping it."""
    return re.compile(rf"\s*(?:(?:the|pan|paní)\s+)?(?P<role>{_vocab(lang).role})(?!\w)", re.IGNORECASE)


def earlier_holders(doc: Document, lang: str, names: list[str]) -> dict[str, str]:
    """Role key -> holder, for the roles this document uses ("Předsedkyně konstatovala", "the Director") as
    the nearest earlier meeting of the series named their holder, when that person (by surname) is on this
    meeting's lists: a series introduces its officers once."""
    used = {_vocab(lang).forms.get(fold(" ".join(r.group(0).split())), "")
            for r in role_hits(doc.text, lang)} - {""}
    return _from_earlier(doc, lang, used, names) if used else {}


def _from_earlier(doc: Document, lang: str, wanted: set[str], names: list[str]) -> dict[str, str]:
    """The holders of the `wanted` roles as the nearest earlier minutes name them, kept only when that person
    (by surname) is among this meeting's `names`: nothing is guessed for someone not here."""
    surnames = {fold(n.split()[-1]) for n in names if n.split()}
    out: dict[str, str] = {}
    for earlier in previous_holders(doc, lang) if surnames else []:
        out |= {k: v for k, v in earlier.items() if k in wanted - out.keys() and fold(v.split()[-1]) in surnames}
        if not wanted - out.keys():
            break
    return out


def previous_holders(doc: Document, lang: str) -> list[dict[str, str]]:
    """`role_holders` of each earlier minutes of the folder, nearest first. Several stages ask for them for
    every document, so each file's holders are computed once (keyed by its content hash); read-only."""
    return [_file_holders(prev.source.path, prev.source.sha256, lang) for prev in neighbours.load_previous(doc)]


@lru_cache(maxsize=32)
def _file_holders(path: str, sha256: str, lang: str) -> dict[str, str]:
    """One file's role holders; `sha256` is part of the key so that a changed file is read again."""
    return role_holders(neighbours.load_file(path), lang)
