"""One person written several ways in the same minutes: merge what clustering by surname left apart.

Clustering groups mentions by the nominative surname, so a later form that was read with another surname, or
with none, stays a person of its own and counts twice. Minutes shorten names by fixed conventions:
- a double surname to one of its parts ("Ing. Tereza Malá Nováková" then "Ing. Malá Nováková" read as "Malá";
  "Dr. Maria Gonzalez-Ruiz" then "Dr. Gonzalez"),
- a surname that is also a given name is read as the given name in an oblique case ("Ing. Stanislav Vojtěch"
  then "Místostarostovi Vojtěchovi"),
- British knights and dames are called by title and given name ("Sir Mark Dale" then "Sir Mark"; titles.json
  `given_name_styles`),
- surname-first lists put the initial after the surname ("Novák J., Malá P.", "Smith J (Chair), Jones M"): the
  canonical form is "J. Novák", as for "J. Novák" written the usual way,
- English surname-first lists write "Smith, John; Jones, Mary": a bare surname, a comma and a bare given name
  are one person "John Smith",
- attendance lists write the surname in capitals ("Ing. Jan NOVÁK", "SMITH, John"): the given name and the
  capitalised surname are one person "Jan Novák", "John Smith",
- English minutes write a listed person's given name in its short form ("Robert Cole" then "Rob Cole",
  "William Hart" then "Bill Hart"; first_names.json `short_forms`).
A bare form is merged only into the one person it fits; two candidates leave it alone (owners are never guessed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract.result import Person
from minutes_nlp.nlp import declension
from minutes_nlp.nlp.names import lexicon
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold

_INITIAL_AFTER = re.compile(r"^([^\W\d_][\w'-]+) ([^\W\d_])\.$")


def merge(people: Sequence[Person], lang: str, analyses: Sequence[BlockAnalysis] = ()) -> list[Person]:
    """`people` with initials put first and every bare form that fits exactly one fuller person merged into it."""
    named = [_initial_first(_undotted_initial(p, analyses, lang), lang) for p in people]
    named = _surname_comma_given(_caps_surnames(named, analyses, lang), analyses, lang)
    out: list[Person] = []
    absorbed: dict[int, int] = {}
    for i, p in enumerate(named):
        home = _home(p, named, lang)
        if home is None:
            home = _short_form_home(p, named, lang)
        if home is not None and home not in absorbed:
            absorbed[i] = home
    for i, p in enumerate(named):
        if i in absorbed:
            continue
        extra = [named[j] for j, h in absorbed.items() if h == i]
        out.append(_join(p, extra) if extra else p)
    return out


def _initial_first(p: Person, lang: str) -> Person:
    """ "Novák J." (surname-first list with an initial) is the person "J. Novák"; "Tom K." (a given name with
    the surname's initial, as informal minutes write) stays as written."""
    m = _INITIAL_AFTER.match(p.name)
    if not m or not m.group(1)[:1].isupper() or lexicon(lang).first_name(m.group(1)):
        return p
    return replace(p, name=f"{m.group(2)}. {m.group(1)}")


_BARE_INITIAL = re.compile(r"^ ([^\W\d_a-z])(?=$|[,;)\t\n]| \(| –| -)")


def _undotted_initial(p: Person, analyses: Sequence[BlockAnalysis], lang: str) -> Person:
    """ "Smith J (Chair), Jones M": a bare surname followed by one capital letter closing the list entry is
    "Smith J." (then "J. Smith"); a given name is no surname ("Tom K" stays for `_initial_first` to judge)."""
    if len(p.name.split()) != 1 or not analyses or lexicon(lang).first_name(p.name):
        return p
    texts = {a.block.index: (a.block.start, a.block.text) for a in analyses}
    for m in p.mentions:
        start, text = texts.get(m.source.block, (0, ""))
        found = _BARE_INITIAL.match(text[m.source.end - start:])
        if found and found.group(1).isupper():
            return replace(p, name=f"{p.name} {found.group(1)}.")
    return p


def _home(p: Person, people: Sequence[Person], lang: str) -> int | None:
    """The index of the one fuller person a bare one-word name `p` is a short form of, or None."""
    if len(p.name.split()) != 1:
        return None
    word = fold(p.name)
    if any(fold(q.name.split()[-1]) == word for q in people if q is not p and len(q.name.split()) == 1):
        return None  # another bare person with the same word: nothing to choose
    parts = [i for i, q in enumerate(people) if q is not p and _gender_fits(p, q) and word in _surname_parts(q)]
    if len(parts) == 1:
        return parts[0]
    if parts or not _given_name_style(p, lang):
        return None
    given = [i for i, q in enumerate(people) if q is not p and len(q.name.split()) >= 2
             and fold(q.name.split()[0]) == word]
    return given[0] if len(given) == 1 else None


def _surname_parts(q: Person) -> set[str]:
    """The words and hyphen parts of the surname of a person named with a given name (or initial) first."""
    words = q.name.split()
    if len(words) < 2:
        return set()
    return {fold(part) for w in words[1:] for part in w.split("-") if part}


def _gender_fits(p: Person, q: Person) -> bool:
    return not (p.gender and q.gender and p.gender != q.gender)


def _given_name_style(p: Person, lang: str) -> bool:
    """Every mention of `p` is a title that takes the given name ("Sir David", "Dame Emma")."""
    styles = _styles(lang)
    return bool(styles) and bool(p.mentions) and all(
        m.text.split()[0].lower() in styles for m in p.mentions if m.text.split())


@cache
def _styles(lang: str) -> frozenset[str]:
    return frozenset(s.lower() for s in langdata.load(lang, "titles").get("given_name_styles", ()))


def _join(kept: Person, extra: Sequence[Person]) -> Person:
    mentions = tuple(sorted(kept.mentions + tuple(m for p in extra for m in p.mentions),
                            key=lambda m: m.source.start))
    return replace(kept, mentions=mentions, role=kept.role or next((p.role for p in extra if p.role), None),
                   affiliation=kept.affiliation or next((p.affiliation for p in extra if p.affiliation), None),
                   confidence=max([kept.confidence, *(p.confidence for p in extra)]))


def _surname_comma_given(people: list[Person], analyses: Sequence[BlockAnalysis], lang: str) -> list[Person]:
    """ "Present: Smith, John; Jones, Mary": a bare surname person written right before ", <given name>" of a
    bare given-name person is that person ("John Smith"); the given-name person is merged into it."""
    if lang == "cs" or not analyses:
        return people
    texts = {a.block.index: (a.block.start, a.block.text) for a in analyses}
    lex = lexicon(lang)
    out = list(people)
    for i, given in enumerate(people):
        if len(given.name.split()) != 1 or not lex.first_name(given.name):
            continue
        for j, sur in enumerate(out):
            if j == i or len(sur.name.split()) != 1 or lex.first_name(sur.name) or not _comma_before(sur, given, texts):
                continue
            out[j] = replace(_join(sur, [given]), name=f"{given.name} {sur.name}")
            out[i] = replace(given, name="", mentions=())
            break
    return [p for p in out if p.name]


def _comma_before(sur: Person, given: Person, texts: dict[int, tuple[int, str]]) -> bool:
    """A mention of `sur` is followed by a comma (and a space), then by a mention of `given`."""
    for m in sur.mentions:
        start, text = texts.get(m.source.block, (0, ""))
        after = text[m.source.end - start: m.source.end - start + 2]
        gap = 2 if after == ", " else 1 if after[:1] == "," else 0
        if gap and any(g.source.block == m.source.block and g.source.start == m.source.end + gap
                       and _list_entry_end(text[g.source.end - start:]) for g in given.mentions):
            return True
    return False


def _list_entry_end(rest: str) -> bool:
    """The given name closes one entry of a surname-first list: a semicolon, a bracket, a cell or line end
    ("Smith, John; Jones, Mary"), not "and" or another comma ("Councillors Hart, Lee and Ng")."""
    return rest == "" or rest[:1] in (";", "\n", "\t") or rest.startswith(" (") or rest.startswith(" –")


def _short_form_home(p: Person, people: Sequence[Person], lang: str) -> int | None:
    """The one person whose given name `p`'s given name is a short form of, with the same surname ("Rob Cole"
    beside "Robert Cole"); English only (Czech short forms are listed as nicknames and name the person alone)."""
    words = p.name.split()
    if lang == "cs" or len(words) != 2:
        return None
    same = [i for i, q in enumerate(people) if q is not p and len(q.name.split()) == 2
            and fold(q.name.split()[1]) == fold(words[1])]
    longer = [i for i in same if _short_of(words[0], people[i].name.split()[0], lang)
              and not {m.source.block for m in p.mentions} & {m.source.block for m in people[i].mentions}]
    return longer[0] if len(same) == 1 and len(longer) == 1 else None  # both in one list: two people


def _short_of(short: str, full: str, lang: str) -> bool:
    a, b = fold(short), fold(full)
    if len(a) >= len(b) or a == b:
        return False
    if b in _short_forms(lang).get(a, ()):
        return True
    lex = lexicon(lang)
    ga, gb = (lex.first_name(short) or ("", None))[1], (lex.first_name(full) or ("", None))[1]
    return len(a) >= 2 and b.startswith(a) and not (ga in ("f", "m") and gb in ("f", "m") and ga != gb)


@cache
def _short_forms(lang: str) -> dict[str, frozenset[str]]:
    data = langdata.load(lang, "first_names").get("short_forms", {})
    return {fold(k): frozenset(fold(x) for x in v) for k, v in data.items()}


_CAPS_AFTER = re.compile(r"^ ([^\W\d_]{2,}(?:-[^\W\d_]{2,})?)(?![\w.])")
_CAPS_BEFORE = re.compile(r"(?<![\w.])([^\W\d_]{2,}(?:-[^\W\d_]{2,})?), $")


def _caps_surnames(people: list[Person], analyses: Sequence[BlockAnalysis], lang: str) -> list[Person]:
    """ "Ing. Jan NOVÁK", "SMITH, John": a person read as a bare given name whose mention has a surname in
    capitals right after it (or, in English, before it and a comma) is that person; a bare person of the same
    surname written normally elsewhere ("Ing. Novák") is merged into it."""
    if not analyses:
        return people
    texts = {a.block.index: (a.block.start, a.block.text) for a in analyses}
    lex = lexicon(lang)
    out = list(people)
    for i, given in enumerate(people):
        surname = _caps_surname(given, texts, lang) if len(given.name.split()) == 1 and lex.first_name(
            given.name) else None
        same = [j for j, q in enumerate(out) if surname and j != i and q.name and len(q.name.split()) == 1
                and _same_surname(q.name, surname, lang)]
        if not surname or len(surname) < 4 and not same:
            continue  # "Petra ODS": a short word in capitals needs the surname written elsewhere
        full = replace(_join(given, [out[j] for j in same]), name=f"{given.name} {surname}")
        out[i] = full
        for j in same:
            out[j] = replace(out[j], name="", mentions=())
    return [p for p in out if p.name]


def _same_surname(form: str, nominative: str, lang: str) -> bool:
    """ "Dvořáka" is a case form of "Dvořák" (Czech declension); elsewhere the very word."""
    if fold(form) == fold(nominative):
        return True
    return lang == "cs" and any(fold(c.lemma) == fold(nominative) for c in declension.candidates(form))


def _caps_surname(given: Person, texts: dict[int, tuple[int, str]], lang: str) -> str | None:
    for m in given.mentions:
        start, text = texts.get(m.source.block, (0, ""))
        after = _CAPS_AFTER.match(text[m.source.end - start:])
        before = _CAPS_BEFORE.search(text[:m.source.start - start]) if lang != "cs" else None
        found = after or before
        word = found.group(1) if found else ""
        if len(word) >= 3 and word.isupper() and any(c in "AEIOUYÁÉĚÍÓÚŮÝ" for c in word):
            return "-".join(part.capitalize() for part in word.split("-"))
    return None
