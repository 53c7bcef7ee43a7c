"""Where a body's name found by its kind (bodies.py) ends, by two conventions of Czech text: an all-capitals
acronym takes no period of its own, so one written with a period ends the sentence; and a body named after a
word that attaches an association to it ("Spolek rodičů při ZŠ Lipnice, z. s.") is part of the association's
name, whose legal form is not the body's.
"""

from __future__ import annotations

from collections.abc import Iterable

from minutes_nlp.nlp.pipeline import BlockAnalysis


def attached(a: BlockAnalysis, i: int, words: Iterable[str]) -> bool:
    """"Spolek rodičů při ZŠ Lipnice, z. s.": the body at token i follows a word that attaches an association to
    it (bodies "attached_before": "při"); the legal form after it is the association's (zákon č. 89/2012 Sb.)."""
    return i > 0 and a.words[i - 1] in set(words)


def closed_abbreviation(a: BlockAnalysis, k: int) -> bool:
    """An all-capitals acronym ("KÚ", "MŠ", "HZS") right before token k written with a period after it
    ("učitelkami MŠ. Schůzku svolá …") ends a sentence, so the capitalised word at k opens the next."""
    if k == 0 or k > len(a.tokens):
        return False
    prev = a.tokens[k - 1]
    nxt = a.tokens[k].text if k < len(a.tokens) else ""
    return prev.is_upper and len(prev.word) >= 2 and (prev.text.endswith(".") or nxt == ".")
