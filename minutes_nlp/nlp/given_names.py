"""Given names that are also ordinary words of minutes: months ("April", "June", "May") and offices ("Dean").

The name finder refuses month words as names (`not_names`: "the April figures") and reads an office word before
a surname as the office ("Dean Mills" would be the dean Mills). A given name the lexicon knows as ambiguous
(`first_names.json` ambiguous) is still a given name where the genre writes a person: after an honorific
("Ms June Patel"), or opening a two-word name that acts ("April Jones presented"); an office word is a given name
when no determiner makes it the office ("thanked Dean Mills", unlike "the Dean").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.nlp.name_lexicon import NameLexicon
from minutes_nlp.nlp.tokens import Token


def given_word(tokens: Sequence[Token], j: int, lex: NameLexicon, blocked: frozenset[int], titled: bool) -> bool:
    """Token j is an ambiguous given name followed by a surname: titled, or the pair followed by a verb."""
    if not _ambiguous(tokens, j, lex, blocked) or not _surname_next(tokens, j + 1, lex, blocked):
        return False
    if titled:
        return True
    after = tokens[j + 2].word if j + 2 < len(tokens) else ""
    return after.islower() and (after in _verbs(lex.lang) or after.endswith("ed"))


def given_not_office(tokens: Sequence[Token], j: int, lex: NameLexicon, blocked: frozenset[int]) -> bool:
    """ "The Dean thanked Dean Mills": an office word that is a given name, after a lower-case word that is no
    determiner and before a surname, is the given name."""
    if lex.lang == "cs" or j == 0 or not _ambiguous(tokens, j, lex, frozenset()):
        return False
    prev = tokens[j - 1].word
    return prev.islower() and prev not in _determiners(lex.lang) and _surname_next(tokens, j + 1, lex, blocked)


def _ambiguous(tokens: Sequence[Token], j: int, lex: NameLexicon, blocked: frozenset[int]) -> bool:
    tok = tokens[j]
    return tok.is_cap and j not in blocked and tok.word in lex.ambiguous_first and lex.first_name(tok.word) is not None


def _surname_next(tokens: Sequence[Token], k: int, lex: NameLexicon, blocked: frozenset[int]) -> bool:
    if k >= len(tokens) or k in blocked:
        return False
    w = tokens[k].word
    return tokens[k].is_cap and w not in lex.not_names and w not in lex.org_heads and w not in lex.place_after \
        and w not in lex.legal_forms and lex.role(tokens[k]) is None and w.lower() not in lex.labels \
        and w not in lex.ambiguous_first


@cache
def _verbs(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    return frozenset(langdata.load(code, "org_patterns").get("acting_verbs", ()))


@cache
def _determiners(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    return frozenset(langdata.load(code, "titles").get("office_determiners", ()))
