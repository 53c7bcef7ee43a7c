"""Names found by their shape as people that real minutes use for something else: a body's name in an
attendance list ("Maureen Pybus, Healthwatch Harrowfield": the second item is where she comes from, a body the
institution rules know), a subject or a team's word capitalised in a heading or a role ("Safeguarding and
Quality Manager", "Executive Leadership Team": one word with an abstract noun's ending, person_shapes
"abstract_endings"), and an initial followed by a function word that opens the next sentence ("třídy C. Na
schůzi ...": person_shapes "function_words"), and a street named after a person in an address ("Na Františku 32",
"U Josefa 5": a capitalised preposition before the name, a house number after it). The classes are data:
lang/<lang>/person_shapes.json.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract.result import Institution, Person
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold


@cache
def _data(lang: str) -> dict[str, Any]:
    return dict(langdata.load(lang, "person_shapes")) if langdata.has(lang, "person_shapes") else {}


def not_a_person(person: Person, institutions: Sequence[Institution], analyses: Sequence[BlockAnalysis],
                 lang: str) -> bool:
    """`person` has a name's shape but is a body, a subject or a sentence's first word after an initial."""
    return _a_body(person, institutions) or _abstract(person, analyses, lang) or _function_word(person, lang) \
        or _street(person, analyses, lang)


def _a_body(person: Person, institutions: Sequence[Institution]) -> bool:
    """The whole name is a name of a body found in the same minutes ("Healthwatch Harrowfield")."""
    key = fold(person.name)
    return any(key in {fold(n) for n in (i.name, i.full_name or "", *i.aliases) if n} for i in institutions)


def _abstract(person: Person, analyses: Sequence[BlockAnalysis], lang: str) -> bool:
    """One word with an abstract noun's ending ("Leadership"; "Safeguarding" when the text also writes it in
    lower case: surnames end in "-ing" too)."""
    word = person.name
    if " " in word or not word[:1].isupper():
        return False
    low = word.lower()
    if low.endswith(tuple(_data(lang).get("abstract_endings", ()))):
        return True
    return low.endswith(tuple(_data(lang).get("abstract_endings_seen_lower", ()))) and any(
        low in a.words for a in analyses)


def _function_word(person: Person, lang: str) -> bool:
    """"C. Na": the last word is a preposition or conjunction capitalised because a sentence starts there."""
    words = person.name.split()
    return len(words) >= 2 and fold(words[-1]) in {fold(w) for w in _data(lang).get("function_words", ())}


def _street(person: Person, analyses: Sequence[BlockAnalysis], lang: str) -> bool:
    """Every mention stands in an address: a capitalised preposition before it ("Na Františku 32") and a house
    number after it."""
    blocks = {a.block.index: a.block for a in analyses}
    preps = {w for w in _data(lang).get("function_words", ()) if w[:1].isupper()}
    def in_address(block_index: int, start: int, end: int) -> bool:
        block = blocks.get(block_index)
        if block is None:
            return False
        before = block.text[:start - block.start].split()
        after = block.text[end - block.start:].lstrip()
        return bool(before) and before[-1] in preps and after[:1].isdigit()
    return bool(person.mentions) and all(in_address(m.source.block, m.source.start, m.source.end)
                                         for m in person.mentions)
