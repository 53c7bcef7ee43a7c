"""A body's unit named after its owner in the possessive is the unit, not a longer name.

"Kestrel Borough Council's Planning Committee", "Kestrel Teaching Hospitals NHS Trust's Board", "Kestrel ICB's
Quality Committee": a capitalised run closed by a head holds an owner that ends in a head of its own (or is an
abbreviation) and a possessive; the owner is a body of its own, found by its own rule, and the name closed by
the later head starts after the possessive ("Planning Committee"), as it does after a generic owner ("the
Shire's Occupational Health and Safety Committee": org_patterns "possessive_owners").
"""

from __future__ import annotations

from typing import Any

from minutes_nlp.nlp.pipeline import BlockAnalysis


def after_owner(a: BlockAnalysis, k: int, i: int, pat: dict[str, Any]) -> int:
    """Start of the name closed by the head at i when the run from k holds "<Owner>'s" before it."""
    heads = set(pat.get("heads_end", ())) | set(pat.get("possessive_owners", ()))
    for j in range(i - 2, k, -1):
        owner = a.tokens[j - 1]
        if a.tokens[j].word in ("'", "’") and a.tokens[j + 1].word == "s" and j + 2 <= i \
                and (owner.word in heads or (owner.word.isupper() and len(owner.word) > 1)):
            return j + 2
    return k
