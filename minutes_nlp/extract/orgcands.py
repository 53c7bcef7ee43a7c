"""Where an institution-name rule can fire at all: the tokens `orgnames._span_at` need not try.

Every rule of `_span_at` starts from a word of its own at token i (a legal form's first part, a company word,
a department head, a head word that closes or opens a name, a kind named after its area, an office "of"), so a
block's candidate positions are found in one pass over its words against one set per language; at every other
token each rule would return None. Trying the rules only at the candidates gives the same names in the same
order at a fraction of the cost (the rules are tried at few tokens of a block).
"""

from __future__ import annotations

from functools import cache

from minutes_nlp.extract.orgbase import _patterns
from minutes_nlp.extract.orglegal import _form_prefixes
from minutes_nlp.nlp.pipeline import BlockAnalysis


@cache
def _opening_words(lang: str) -> frozenset[str]:
    """Words at which a head, company-word or department rule may start (org_patterns)."""
    pat = _patterns(lang)
    keys = ("company_cues", "department_heads", "heads_end", "compound_heads", "head_abbreviations",
            "heads_end_lowercase", "heads_named_after", "heads_start")
    return frozenset(w for k in keys for w in pat.get(k, ()))


@cache
def _lower_cues(lang: str) -> frozenset[str]:
    """Company words and office words before "of", compared in lower case (a sentence's first word)."""
    pat = _patterns(lang)
    return frozenset(pat.get("company_cues", ())) | frozenset(pat.get("member_of", ()))


def candidates(a: BlockAnalysis, lang: str) -> list[int]:
    """Token indexes, ascending, where some rule of `_span_at` may find a name; None is certain elsewhere."""
    words, opening, lower, forms = a.words, _opening_words(lang), _lower_cues(lang), _form_prefixes(lang)
    out = []
    for i, w in enumerate(words):
        text = a.tokens[i].text
        if w in opening or text in forms or text[:-1] in forms or w.lower() in lower:
            out.append(i)
    return out
