"""Where a body's name found by its kind (bodies.py) ends, by two conventions of Czech text: an all-capitals
acronym takes no period of its own, so one written with a period ends the sentence; and a body named after a
word that attaches an association to it ("Spolek rodičů při ZŠ Lipnice, z. s.") is part of the association's
name, whose legal form is not the body's.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from minutes_nlp import lang as langdata
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


def _joined(a: BlockAnalysis, k: int) -> bool:
    gap = a.block.text[a.tokens[k - 1].end - a.block.start: a.tokens[k].start - a.block.start]
    return "\n" not in gap and "\t" not in gap


@cache
def _legal_forms(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    return frozenset(f.replace(" ", "") for f in langdata.load(code, "org_patterns")["legal_forms"])


def legal_end(a: BlockAnalysis, k: int, lang: str) -> int:
    """After a name, ", s.r.o." or " z. s." belongs to it: the index after the legal form, else k."""
    s = k + 1 if k < len(a.tokens) and a.tokens[k].text == "," else k
    for n in range(4, 0, -1):
        if s + n <= len(a.tokens) and "".join(t.text for t in a.tokens[s:s + n]) in _legal_forms(lang) and all(
                _joined(a, m) for m in range(k + 1, s + n)):
            return s + n
    return k
