"""The clause of a long action sentence that holds its promise: what is promised, apart from its circumstances.

"Pan Vlasák, který ..., odpověděl, že oprava je zahrnuta v plánu a zřizovatel zajistí výměnu osvětlení" is known
by "zřizovatel zajistí výměnu osvětlení"; the rest is its lead-in (tracker/mentions.py).
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold
from minutes_nlp.tracker.keys import keys

_CLAUSE = re.compile(r"[,;:()]|\s[–-]\s")
LONG_ITEM = 3  # clauses: a longer item sentence is known by the clause with its promise, the rest is lead-in


@cache
def _promise_verbs(lang: str) -> frozenset[str]:
    verbs = langdata.load(langdata.code(lang), "action_cues").get("verbs", {})
    return frozenset(fold(v) for v in verbs.get("future", ()) if isinstance(v, str))


def promise_clause(text: str, lang: str) -> tuple[str, str]:
    """ "Pan Vlasák, který ..., odpověděl, že oprava je zahrnuta v plánu a zřizovatel zajistí výměnu osvětlení":
    what is promised is the clause with the promise verb; the other clauses tell the circumstances."""
    parts = [p for p in _CLAUSE.split(text) if p and p.strip()]
    if len(parts) < LONG_ITEM:
        return text, ""
    verbs = _promise_verbs(lang)
    hits = [i for i, p in enumerate(parts) if any(w in verbs for w in fold(p).split())]
    if len(hits) != 1:
        return text, ""
    return parts[hits[0]], " ".join(p for i, p in enumerate(parts) if i != hits[0])


def promise_verb_keys(text: str, lang: str) -> frozenset[str]:
    """Keys of the promise verbs an action says ("projedná", "doplní"): how it is promised, not what."""
    verbs = _promise_verbs(lang)
    return frozenset(k for w in re.findall(r"\w+", fold(text)) if w in verbs for k in keys(w, lang))


def owners_clause(text: str, lang: str, owner: str | None) -> tuple[str, str] | None:
    """ "Mgr. B. připraví leták s pokyny; MUDr. K. dodá podklady za KHS": one sentence, two owners' promises. The
    action of one owner is the part naming them; the other's promise is another task, not even its lead-in: a
    later report on the leaflet is no news about the documents."""
    parts = [p for p in re.split(r";\s+", text) if p.strip()]
    if not owner or len(parts) < 2:  # noqa: PLR2004
        return None
    verbs = _promise_verbs(lang)
    if sum(any(w in verbs for w in fold(p).split()) for p in parts) < len(parts):
        return None
    named = keys(owner, lang)
    mine = [i for i, p in enumerate(parts) if keys(p, lang) & named]
    if len(mine) != 1:
        return None
    return parts[mine[0]], ""

