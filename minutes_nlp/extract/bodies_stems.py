"""Stems of a Czech case form without its ending, split from bodies.py (which matches body kinds by stem)."""

from __future__ import annotations

from collections.abc import Iterable

from minutes_nlp.nlp.stem import stem
from minutes_nlp.textutil import fold


def bare_stems(word: str, endings: Iterable[str], lang: str) -> frozenset[str]:
    """The stem of the word without each case ending: "inspektorátu" -> "inspektorát" -> the stem a head in the
    nominative has ("inspektor"), where the stemmer cuts a nominative deeper than its case forms; a masculine
    noun's nominative is its case form without the ending, so every case of the head meets its base."""
    w = fold(word)
    return frozenset(stem(word[: len(word) - len(e)], lang) for e in endings
                     if e and w.endswith(e) and len(w) - len(e) >= 4)
