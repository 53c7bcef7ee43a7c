"""Formulas: what every deferred answer says ("to be confirmed outside the meeting", "odpoví písemně") and what
every question says ("se dotazuje", "asked whether").

Two promises of one owner that only share a formula are not the same promise (tracker/restate.py); a later line
that shares only a question's formula with an action answering it is about another question (follow.py).
"""

from __future__ import annotations

from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.tracker.keys import frozen_keys, keys


@cache
def formula_keys(lang: str) -> frozenset[str]:
    """Keys of the words every deferred answer says ("to be confirmed outside the meeting", "odpoví písemně")."""
    data = langdata.load(langdata.code(lang), "followup_cues")
    return frozenset(k for w in data.get("deferral_formula", ()) for k in keys(w, lang))


DEFERRAL_WORDS = 2  # a line saying this many words of the formula is a deferred answer


@lru_cache(maxsize=50_000)
def deferral_keys(text: str, lang: str) -> frozenset[str]:
    """The formula's keys in a deferred answer ("The CFO said that this was to be confirmed outside the
    meeting"); none in a line that only shares one of its words ("Tajemnice zašle pozvánky")."""
    found = frozen_keys(text, lang) & formula_keys(lang)
    return found if len(found) >= DEFERRAL_WORDS else frozenset()


@cache
def question_form_keys(lang: str) -> frozenset[str]:
    """Keys of the words that make a sentence a question ("Zhotovitel se dotazuje, zda ...", "asked whether")."""
    data = langdata.load(langdata.code(lang), "followup_cues")
    return frozenset(k for w in data.get("question_formula", ()) for k in keys(w, lang))
