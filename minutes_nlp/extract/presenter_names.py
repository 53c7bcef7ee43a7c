"""Names around presenters: the name pattern of a sentence subject, the one person a document names with an
office ("Ruth Amble, Licensing Administrator"), a surname or a first name written out where the document
names the person in full once, the presenters an agenda list gives after an item's title ("(TH / MP)"), and
the role phrases that may open a sentence before its subject's name ("Technický ředitel Ing. X", "Ekonomka
školy paní Y"). Split from `presenters` to keep that module small."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract.names import clean_person
from minutes_nlp.extract.roleholders import leading_role
from minutes_nlp.nlp import declension
from minutes_nlp.nlp.name_middles import abbreviated_given
from minutes_nlp.textutil import NAME_UPPER, cached_rx, fold

_UPPER = NAME_UPPER
# a name's words start with a capital; an abbreviation ("TS", "MŽP", "MěÚ") is not a name's first word
_ABBREVIATION = rf"[{_UPPER}]+(?![\w'’.-])|[{_UPPER}]\w{{0,3}}[{_UPPER}](?![\w'’.-])"  # "MŽP", "MěÚ"
NAME = (rf"(?:[{_UPPER}]\.\s?)?(?!{_ABBREVIATION})[{_UPPER}][\w'’-]+"
        rf"(?:(?:\s+[{_UPPER}]\.)?\s+[{_UPPER}][\w'’-]+)?")  # "Linda M. Carrow": a middle initial
_NAME = NAME
_ITEM_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s+")


@lru_cache(maxsize=1024)
def named_with(phrase: str, text: str, lang: str) -> str | None:
    """The one person the document names with `phrase` ("Vedoucí finančního odboru" -> "Mgr. Petra Holubová,
    vedoucí finančního odboru"; "Licensing Administrator" -> "Ruth Amble, Licensing Administrator"; "Ing. Martina
    Holá – finanční ředitelka"; "Eleanor Whitcombe (UTW, coordinator)"; a table row "Name | Partner | Coordinator,
    WP1 lead", where the role opens a later cell of the person's row). Kept per phrase and document text (a
    pure function of them): task tables repeat an owner cell row after row, and the presenter rules ask again
    for each item, each time scanning the whole text with a pattern compiled for the phrase."""
    words = phrase.split()
    if not 1 <= len(words) <= 6 or re.search(r"[,;:()]", phrase):
        return None
    role = re.escape(" ".join(words))
    if not cached_rx(role, re.IGNORECASE).search(text):
        return None  # every shape below has the phrase in it: a literal search rules out most documents
    # "J Featherstone" in "Ms J Featherstone (Head of ...)", "Janice Albright (Town Administrator)"
    loose = rf"(?:[{_UPPER}][\w'’-]+\s)?(?:[{_UPPER}]\.?\s)?[{_UPPER}][\w'’-]+"
    pattern = (rf"(?P<name>{_NAME})(?:,| [–—]) +(?:the +)?(?i:{role})(?!\w)|(?<!\w)(?i:{role}),? +(?P<name2>{_NAME})"
               rf"|(?P<name3>{loose}) *\( *(?:[^()\n,;]{{1,40}}, *)?(?:the +)?(?i:{role}) *[,;)]"
               rf"|^(?P<name4>[^\t\n]{{3,60}})(?:\t[^\t\n]*){{0,2}}\t(?i:{role})(?=[\t,;]|$)")
    found = (next(g for g in n.groups() if g) for n in cached_rx(pattern, re.MULTILINE).finditer(text))
    names = {clean_person(g, lang) for g in found}
    people = {n for n in names if n and len(n.split()) >= 2 and not _spelled_out(n, phrase)}  # "| Clerk | Done."
    return people.pop() if len(people) == 1 else None


def _spelled_out(name: str, abbreviation: str) -> bool:
    """ "Business Manager" before "(SBM)" in "School Business Manager (SBM)": the words an abbreviated role
    stands for, not a person."""
    initials = "".join(w[0] for w in name.split()).upper()
    return abbreviation.isupper() and abbreviation.endswith(initials)


def full_name(name: str, text: str, first_names: frozenset[str]) -> str:
    """A surname alone or with an initial, written out where the document names the person in full once
    ("Delaney" -> "Margaret A. Delaney", "K. Vondráčková" -> "Kateřina Vondráčková")."""
    words = name.split()
    if len(words) > 2 or (len(words) == 2 and not re.fullmatch(r"[^\W\d_]\.?", words[0])):
        return name  # written out; "K. Vondráčková" and "C Hextall" are looked up
    initial = words[0][0] if len(words) == 2 else ""
    given = rf"(?:[{_UPPER}][\w'’-]+\.?[ \u00a0]+)?[{_UPPER}][\w'’-]+(?:\s+[{_UPPER}]\.)?"  # "Mark Anthony D."
    pattern = rf"(?<![\w.])({given})\s+{re.escape(words[-1])}(?!\w)"
    found = {_given(m.group(1), first_names) for m in cached_rx(pattern).finditer(text)} \
        if words[-1] in text else set()  # the surname is written as it stands in the pattern, or nowhere
    found = {f for f in found if _given_first(f, first_names) and (not initial or _given_first(f, first_names)
                                                                    .startswith(initial))}
    if len(found) == 1:
        return f"{found.pop()} {words[-1]}"
    return _first_name_written_out(name, text, first_names) if len(words) == 1 else name


def _given(found: str, first_names: frozenset[str]) -> str:
    """The given names before a surname: two when the first is a given name too or one written abbreviated
    ("Mark Anthony D.", "Ma. Cristina V."), else the last ("Jan" of "Ing. Jan", "Anna" of "Chair Anna")."""
    words = found.split()
    lead = words[0]
    if len(words) > 1 and not re.fullmatch(rf"[{_UPPER}]\.", words[1]) and not (
            fold(lead) in first_names or lead.lower() in _abbreviated_given()):
        return " ".join(words[1:])
    return found


def _given_first(given: str, first_names: frozenset[str]) -> str:
    """The given name the person goes by: "Cristina" of "Ma. Cristina V.", "Mark" of "Mark Anthony"; empty when
    the first word is no given name."""
    words = given.split()
    if words[0].lower() in _abbreviated_given() and len(words) > 1:
        return words[1] if fold(words[1]) in first_names else ""
    return words[0] if fold(words[0]) in first_names else ""


@cache
def _abbreviated_given() -> frozenset[str]:
    return frozenset(w for code in langdata.SUPPORTED for w in abbreviated_given(code))


_PARTICLES = "(?:de|van|von|der|den|di|da|du|del|della|la|le|ter|ten)"  # "Pieter de Ruyter"


def _first_name_written_out(name: str, text: str, first_names: frozenset[str]) -> str:
    """ "Sam (PM) presented" -> "Sam Whitlock": a first name alone, where the document names one person with
    it in full (notes call colleagues by first name once the list has introduced them)."""
    if fold(name) not in first_names:
        return name
    found = set(re.findall(rf"(?<![\w.]){re.escape(name)} +((?:{_PARTICLES} +)?(?-i:[{_UPPER}])[\w'’-]+)(?!\w)", text))
    found = {f for f in found if not f.isupper()}  # "Sam PM" is no surname; a cell after a tab is no surname
    return f"{name} {found.pop()}" if len(found) == 1 else name


def programme_tail(doc: Document, start: int, title: str, lang: str = "en") -> str:
    """The presenters the agenda list at the top gives in parentheses after the item's title, when its heading
    in the body leaves them out: "4. Release 2 delivery update (TH / MP)" over "## 4. Release 2 delivery
    update"; or the presenter column of an agenda table ("| 2 | Finance report | Director of Finance |")."""
    folded = fold(title).rstrip(" .")
    for b in doc.blocks[:start]:
        if b.kind.value == "table" and folded:
            cell = _presenter_cell(b.rows, folded, lang)
            if cell:
                return cell
        text = _ITEM_NUMBER.sub("", b.text).strip()  # a label typed in, as a PDF gives it
        if b.kind.value == "list_item" and folded and fold(text).startswith(folded):
            m = re.fullmatch(r"\((?P<tail>[^()]*(?:\([^()]*\)[^()]*)*)\)", text[len(folded):].strip())
            return m.group("tail") if m else ""
    return ""


def _presenter_cell(rows: tuple[tuple[str, ...], ...], folded: str, lang: str) -> str:
    """The presenter cell of the row titled `folded` in an agenda table whose header names a presenter column
    (`presenter_column_headers` in agenda.json)."""
    heads = [fold(c).rstrip(" :") for c in rows[0]] if rows else []
    data = langdata.load(langdata.code(lang), "agenda")
    labels = {fold(w) for w in data.get("presenter_column_headers", [])}
    col = next((i for i, h in enumerate(heads) if h in labels), None)
    if col is None:
        return ""
    for row in rows[1:]:
        if col < len(row) and any(fold(c).rstrip(" .") == folded for i, c in enumerate(row) if i != col):
            return row[col]
    return ""


def tail_initials(tail: str, initials: dict[str, str]) -> list[str]:
    """ "(TH / MP)", "(SO)": a tail of initials only, each resolved by the meeting's `initials`; else []."""
    parts = [p.strip() for p in re.split(r"[/,;&]|\s+and\s+", tail) if p.strip()]
    if not parts or not all(re.fullmatch(rf"[{_UPPER}]{{2,3}}", p) for p in parts):
        return []
    people = [initials.get(p) for p in parts]
    return [p for p in people if p] if all(people) else []


def role_phrase(text: str, lang: str) -> bool:
    """ "Starosta obce", "Předsedkyně inventarizační komise", "Velitel jednotky": a short phrase opened by an
    officer's role (`agenda.json`) or a role word (`roles.json`), before a name; or a capitalised qualifier
    and then the role word ("Technický ředitel", "Finanční ředitelka", "Člen DR", "Project Officer"); an English
    office with its "of" complement may run longer ("Director of Planning and Development Services")."""
    words = text.split()
    longest = 8 if len(words) > 1 and fold(words[1]) in ("of", "for") else 5  # "Director of Planning and ..."
    if not words or len(words) > longest or re.search(r"[,;:]", text):
        return False
    if leading_role(text, lang) is not None or fold(words[0]) in _role_words(lang):
        return True
    return words[0][:1].isupper() and any(fold(w) in _role_words(lang) for w in words[1:3])  # "Technický ředitel"


def described(before: str, titles: str, lang: str) -> bool:
    """ "Ekonomka školy paní Fialová představila": a short capitalised description opens the sentence and an
    honorific (pan, paní, Mr, Ms) introduces the name after it, or one word and an academic title ("Koordinátorka
    Mgr. Handlová přivítala"): the description is the subject's own."""
    words = before.split()
    first = titles.split()[0] if titles.split() else ""
    titled = fold(first).rstrip(".") in honorifics(lang) or len(words) == 1 and bool(first)  # "Koordinátorka Mgr. X"
    return 0 < len(words) <= 3 and words[0][:1].isupper() and len(words[0]) > 2 \
        and not re.search(r"[,;:()]", before) and titled \
        and not any(declension.case_cue([w]) for w in words)  # "K dotazu paní X", "Podle paní X": no subject


_SEGMENT = rf"[{_UPPER}][\w'’&()./-]*(?:\s+(?:(?:of|and|for|&)\s+)?[{_UPPER}][\w'’&()./-]*)*"
_APPOSITIVE = re.compile(rf"^\s*(?i:the)\s+{_SEGMENT}(?:\s*,\s*{_SEGMENT})*\s*,\s*$")


def appositive_office(before: str, titles: str) -> bool:
    """ "The Chief Officer, Health Services, Dr. X, briefed", "The Fiscal Analyst, Mr. Y, took the Committee
    through": Commonwealth minutes open the subject with the office (and its portfolio after a comma) and give the
    titled name after it in commas; the office is the subject's own, so the name still opens the subject. The
    article opens it: "Helen Venn, Chief Nurse, presented" is a name with its office after it, the other order."""
    return bool(titles.strip()) and _APPOSITIVE.match(before) is not None


@cache
def honorifics(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    return frozenset(fold(k).rstrip(".") for k in langdata.load(code, "titles").get("honorifics", {}))


@cache
def _personal_titles(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    data = langdata.load(code, "titles")
    words = [*data.get("degrees_before", []), *data.get("honorifics", {}), *data.get("ranks", [])]
    return frozenset(fold(w.split()[0]).rstrip(".") for w in words if w.strip())


def personal_title(titles: str | None, lang: str) -> bool:
    """The titles before a name open with one that only a person bears (a degree, an honorific, a rank: "Ing.",
    "pan", "Dr", "Cllr"), not an office ("předseda", "Chair")."""
    first = (titles or "").split()
    return bool(first) and fold(first[0]).rstrip(".") in _personal_titles(lang)


@cache
def _role_words(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    return frozenset(fold(w) for w in langdata.load(code, "roles").get("words", {})) if langdata.has(code, "roles") \
        else frozenset()


def person_like_name(name: str, had_title: bool, v: dict[str, Any]) -> bool:
    """A name read as a person: titled, opened by an initial, or one or two words opening with a known given
    name (`v["first_names"]`)."""
    words = name.split()
    return had_title or re.match(r"^[^\W\d_]\.", name) is not None or (
        len(words) in (1, 2) and fold(words[0]) in v["first_names"])


@cache
def _complements(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    return frozenset(fold(c) for c in langdata.load(code, "agenda")["presenter_roles"]["complements"])


def without_body_word(name: str, lang: str) -> str:
    """ "předsedkyně Výboru J. Hrdličková": a capitalised body word after a role ("Výboru", "Rady") is no first
    name; the name starts after it."""
    words = name.split()
    return " ".join(words[1:]) if len(words) >= 3 and fold(words[0]) in _complements(lang) else name


@cache
def _office_titles(lang: str) -> tuple[str, ...]:
    """`presenter_name_titles`, longest first ("vice president" before "president")."""
    titles = langdata.load(langdata.code(lang), "agenda").get("presenter_name_titles", [])
    return tuple(sorted((fold(t) for t in titles), key=len, reverse=True))


def without_office_title(name: str, lang: str) -> str:
    """ "Senator Okafor", "Town Manager Hill": an office written before a surname is no part of the name (the
    roster then gives the full name); a name that is only the office stays as it is."""
    words = name.split()
    for title in _office_titles(lang):
        n = len(title.split())
        if len(words) > n and fold(" ".join(words[:n])) == title:
            return " ".join(words[n:])
    return name


@cache
def office_words(lang: str) -> frozenset[str]:
    """The one-word offices of `presenter_name_titles` ("President", "Provost"): a capitalised word that opens
    sentences before a surname ("President Whitcomb reported") is no given name."""
    return frozenset(t for t in _office_titles(lang) if " " not in t)
