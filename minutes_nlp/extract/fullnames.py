"""Full names for people the text names only in part, from the meeting's lists and the earlier minutes.

A secretary writes a person in full once, in the attendance list or in the first minutes where they appear,
and afterwards by initials ("JN upozornil") or by surname ("na dotaz p. Šťastné"). A reader of the archive
knows who that is; so do we when the name is unambiguous: exactly one full name with that surname in this
meeting's lists, else exactly one in the earlier minutes of the same folder. Notes call colleagues by their
first name too ("Sam (PM) to reissue the plan"): a first name alone is the one listed person who has it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import cache, lru_cache

from minutes_nlp.extract.mentions import RawMention
from minutes_nlp.extract.names import name_initials
from minutes_nlp.extract.result import Person, Provenance
from minutes_nlp.nlp.names import lexicon
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import NAME_UPPER, fold


def locate_initials(name: str, analyses: Sequence[BlockAnalysis]) -> list[RawMention]:
    """The first "JN" in the text for a listed "Jaroslav Nedoma" (two or three names written out) whose name
    the text never writes out."""
    short = name_initials(name)
    if short is None or len(short) > 3 or any(w.endswith(".") for w in name.split()):
        return []
    words = name.split()
    for a in analyses:
        for t in a.tokens:
            if t.text == short:
                src = Provenance(a.block.index, t.start, t.end, a.block.page)
                return [RawMention(t.text, src, words[-1], words[0], None, None, None, None, None, 0.8)]
    return []


def complete(people: Sequence[Person], roster: Iterable[str], earlier: Callable[[], Sequence[str]],
             lang: str) -> list[Person]:
    """Give a bare surname the full name the roster or the earlier minutes have for it; merge what then
    turns out to be one person. `earlier` is called (the earlier files read) only when the roster does not
    settle a bare surname."""
    full = [n for n in roster if n and len(n.split()) >= 2 and "." not in n]
    earlier = cache(earlier)  # read once, however many bare surnames need it
    out: dict[str, Person] = {}
    for p in people:
        name = _full_name(p, full, earlier, lang) if len(p.name.split()) == 1 else None
        q = replace(p, name=name) if name else p
        if q.name in out:
            kept = out[q.name]
            mentions = tuple(sorted(kept.mentions + q.mentions, key=lambda m: m.source.start))
            out[q.name] = replace(kept, mentions=mentions, role=kept.role or q.role,
                                  affiliation=kept.affiliation or q.affiliation)
        else:
            out[q.name] = q
    return list(out.values())


def _full_name(p: Person, roster: Sequence[str], earlier: Callable[[], Sequence[str]], lang: str) -> str | None:
    surname = fold(p.name)
    listed = {n for n in roster if fold(n.split()[-1]) == surname}
    if listed:
        return listed.pop() if len(listed) == 1 else None
    first = {n for n in roster if fold(n.split()[0]) == surname} if lexicon(lang).first_name(p.name) else set()
    if first:
        return first.pop() if len(first) == 1 else None  # "Sam (PM)" for the one listed Sam Whitlock
    gender = _marked_gender(p.name, lang)
    found = {f"{first} {p.name}" for text in earlier() for first in _firsts_before(p.name, gender, text, lang)}
    return found.pop() if len(found) == 1 else None


def _marked_gender(surname: str, lang: str) -> str | None:
    """The gender a Czech surname itself shows (-ová, -ská, -á are women's); context guesses are not used."""
    return "f" if lang == "cs" and surname.endswith("á") else None


@lru_cache(maxsize=4096)
def _before_surname(surname: str) -> re.Pattern[str]:
    """A capitalised word right before `surname`, compiled once per surname (bounded): re's own cache kept
    dropping these per-document patterns."""
    return re.compile(rf"\b([{NAME_UPPER}][^\W\d_]+)\s+{re.escape(surname)}\b")


def _firsts_before(surname: str, gender: str | None, text: str, lang: str) -> set[str]:
    """Nominative first names written right before the nominative surname in an earlier minute."""
    lex = lexicon(lang)
    out = set()
    for m in _before_surname(surname).finditer(text):
        reading = lex.first_name(m.group(1))
        if reading and reading[0] == m.group(1) and (gender is None or reading[1] in (gender, "")):
            out.add(m.group(1))
    return out
