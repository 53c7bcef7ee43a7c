"""Ad-hoc acronyms of a series' minutes: "VO" for "veřejné osvětlení", "MK" for "místní komunikace", "ToR" for
"terms of reference".

Minutes abbreviate the things they deal with again and again, and a task-control list names a task by the
acronym of words its promise (or the paragraph it was made in) spelt out: "VO u zastávky – reklamace odeslána"
reports on "nesvítí lampy veřejného osvětlení ... Předseda pošle reklamaci". An acronym is read as those words
only when their initials, in order, spell it; short linking words between them ("of", "a", "pro") may be left out
of the acronym.
"""

from __future__ import annotations

import re
from functools import lru_cache

from minutes_nlp.textutil import fold
from minutes_nlp.tracker.mentions import keys

_ACRONYM = re.compile(r"\b[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][A-Za-zÁČĎÉĚÍŇÓŘŠŤÚŮÝŽáčďéěíňóřšťúůýž]{0,3}\b")
LINKING = 3  # letters: a shorter word between the spelt-out ones ("of", "pro", "a") may be skipped


def acronym_keys(topic: str, source: str, lang: str) -> set[str]:
    """Keys of the acronyms in a review line's task name that the item's own words spell out."""
    found: set[str] = set()
    for m in _ACRONYM.finditer(topic):
        word = m.group(0)
        if sum(ch.isupper() for ch in word) >= 2 and spelt_out(fold(word), fold(source)):  # noqa: PLR2004
            found |= keys(word, lang)
    return found


@lru_cache(maxsize=20_000)
def spelt_out(acronym: str, text: str) -> bool:
    """Whether consecutive words of `text` (skipping short linking words) have the acronym's capitals as initials."""
    letters = [ch for ch in acronym if ch.isalpha()]
    words = re.findall(r"\w+", text)
    return bool(letters) and any(_spells(letters, words[start:]) for start, w in enumerate(words)
                                 if w[0] == letters[0])


def _spells(letters: list[str], words: list[str]) -> bool:
    at = 0
    for w in words:
        if at == len(letters):
            return True
        if w[0] == letters[at]:
            at += 1
        elif len(w) > LINKING or at == 0:
            return False
    return at == len(letters)
