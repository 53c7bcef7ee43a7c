"""The words of a period an item is due in ("report to the Committee in Q1 2025/26", "do 2. čtvrtletí 2025"): when,
not what.

A deadline given as a quarter, a half or a (financial) year is written with labels that many later sentences
repeat about other things: "the report for Q4 2024/25 and Q1 2025/26", "rozpočet na rok 2025". An item due in a
period is not reported on by a sentence that shares only those labels and a common verb, so they are left out of
what the item is looked for by, as the words of a dated deadline are (tracker/item_search.py).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold
from minutes_nlp.tracker.keys import keys


@cache
def _labels(lang: str) -> tuple[re.Pattern[str], ...]:
    data = langdata.load(langdata.code(lang), "followup_cues")
    return tuple(re.compile(p) for p in data.get("period_label_keys", ()))


@cache
def _period_words(lang: str) -> frozenset[str]:
    dates = langdata.load(langdata.code(lang), "dates")
    words = [*dates.get("quarter_words", ()), *dates.get("half_words", ()), *dates.get("fiscal_year_prefixes", ())]
    return frozenset(k for w in words for k in keys(w, lang))


@lru_cache(maxsize=20_000)
def period_keys(text: str, lang: str) -> frozenset[str]:
    """Keys of the item's text that label a period (a quarter, a half, a year): its deadline's words."""
    found = keys(text, lang)
    words = _period_words(lang)
    return frozenset(k for k in found if k in words or any(p.match(k) for p in _labels(lang)))


@lru_cache(maxsize=20_000)
def deadline_keys(due_text: str, lang: str) -> frozenset[str]:
    """Keys of the period labels of the deadline as written ("in Q1 2025/26", "do konce 2. čtvrtletí 2025"): when,
    not what. A month or a day stays in what the item is looked for by, as before: it is weighed like any word,
    while a quarter's label is shared by every report on that quarter."""
    return period_keys(due_text, lang) if due_text else frozenset()


@cache
def _period_phrases(lang: str) -> tuple[str, ...]:
    """The quarter and half phrases that say a time on their own ("v první polovině roku", "half-year"), not the
    bare words ("half", "quarter"), which also measure amounts ("half of the costs")."""
    dates = langdata.load(langdata.code(lang), "dates")
    words = [*dates.get("quarter_words", ()), *dates.get("half_words", ())]
    return tuple(fold(w) for w in words if " " in w.strip() or "-" in w)


@lru_cache(maxsize=20_000)
def period_phrase_keys(text: str, lang: str) -> frozenset[str]:
    """Keys of a period phrase anywhere in the item's text ("zpracuje návrh do 31. 12. 2025 a v první polovině roku
    2026 jej předloží"): a second deadline's words are when, not what, as the first's are. "poloviny nákladů"
    (half of the costs) shares its stem with "polovině roku": a later sentence about costs is not about the item."""
    folded = fold(text)
    return frozenset(k for p in _period_phrases(lang) if p in folded for k in keys(p, lang))
