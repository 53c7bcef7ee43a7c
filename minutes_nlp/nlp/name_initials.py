"""Initials in personal names, split out of `names`: several initials before a surname ("K. R. Menon", "T. G.
Novák"), initials before a two-word personal name ("Dr. M. Anand Kumar"), and a capital letter glued to an
abbreviated word ("M.Sc.", "B.Ed."), which is a degree or a course, no initial. Also the word tests the name
finder and these rules share (a name word, a free-standing initial, a word that closes a phrase)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.nlp.name_lexicon import NameLexicon
from minutes_nlp.nlp.tokens import Token


def name_word(tok: Token, lex: NameLexicon, blocked: frozenset[int], i: int) -> bool:
    """A capitalised word that may be part of a name: not a place, institution, label or known non-name."""
    w = tok.word
    return tok.is_cap and i not in blocked and w not in lex.not_names and w.lower() not in lex.labels \
        and w not in lex.org_heads


def free_standing(tokens: Sequence[Token], j: int) -> bool:
    """An initial is a word of its own: "°C. Plošné" and "3D. Model" are not initials."""
    return j == 0 or tokens[j - 1].end < tokens[j].start or tokens[j - 1].text in "(„\"“'"


def ends_a_phrase(tok: Token, lex: NameLexicon) -> bool:
    """A word that closes a title-case phrase, never a surname: "Trophy", "Ltd", "Partnership", "Park"."""
    return tok.word in lex.not_names or tok.word in lex.org_heads or tok.word in lex.legal_forms \
        or tok.word in lex.place_after


def role_then_name(tokens: Sequence[Token], k: int, lex: NameLexicon, blocked: frozenset[int]) -> bool:
    """ "... v budově B. Proděkanka Pokorná odpověděla": after a letter a capitalised office word and a name
    open a new sentence; the letter is no initial of the office word. "... má stav V. Ing. Holub odpověděl": a
    dotted title after the letter opens the next name too."""
    if lex.is_degree(tokens[k]) and tokens[k].text.endswith("."):
        return True
    return lex.role(tokens[k]) is not None and k + 1 < len(tokens) and name_word(tokens[k + 1], lex, blocked, k + 1)


def glued_abbreviation(tokens: Sequence[Token], j: int) -> bool:
    """ "M.Sc.", "B.Ed.", "Ph.D.": a capital letter and its dot glued to a longer abbreviated word is a degree or a
    course, not an initial before a surname ("T.G. Novák" glues two initials, which stay initials)."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is not None and nxt.start == tokens[j].end and nxt.text.endswith(".") and not nxt.is_initial


def initials_run(tokens: Sequence[Token], j: int, lex: NameLexicon, blocked: frozenset[int]) -> int:
    """Index after two or more dotted initials that a name word follows ("K. R. Menon", "A. K. Sharma",
    "T. G. Novák"): the name keeps all of them; j when there is no such run."""
    k = j
    while k < len(tokens) and tokens[k].is_initial and (k == j and free_standing(tokens, j) or k > j):
        k += 1
    if k - j < 2 or k >= len(tokens) or not name_word(tokens[k], lex, blocked, k) \
            or glued_abbreviation(tokens, k - 1) or role_then_name(tokens, k, lex, blocked) \
            or _glued_abbreviation_word(tokens, j, k, lex):
        return j
    return k


def _glued_abbreviation_word(tokens: Sequence[Token], j: int, k: int, lex: NameLexicon) -> bool:
    """ "2:00 A.M. PSSg. Bernal", "the U.S. Embassy": glued capital letters that spell an abbreviation of the
    language (abbreviations.json `no_break_after`: "a.m", "p.m", "u.s") are a time marker or a country, no
    initials."""
    if any(tokens[n].start != tokens[n - 1].end for n in range(j + 1, k)):
        return False
    return "".join(t.text for t in tokens[j:k]).lower().rstrip(".") in _abbreviations(lex.lang)


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    return frozenset(langdata.load(code, "abbreviations")["no_break_after"]) if langdata.has(code, "abbreviations") \
        else frozenset()


def initials_then_two_words(tokens: Sequence[Token], j: int, lex: NameLexicon, blocked: frozenset[int]) -> bool:
    """ "Dr. M. Anand Kumar", "K. Venkatesh Murthy": South Indian names write the initials (of the father's name
    or the place) first and the personal name after them, often of two words; two capitalised name words after
    initials are one name when a title or honorific stands before them, no third word follows and the second is no
    office, degree or phrase end ("B. Safe Routes to School": a lettered item, no title). English only (Czech
    writes a surname after an initial, and a capitalised word after it opens the next phrase)."""
    if lex.lang == "cs" or j + 1 >= len(tokens) or not name_word(tokens[j + 1], lex, blocked, j + 1):
        return False
    nxt = tokens[j + 1]
    if lex.role(nxt) or ends_a_phrase(nxt, lex) or nxt.word.lower() in lex.degrees_after \
            or lex.is_degree(nxt) or lex.honorific(nxt)[0]:
        return False
    return not (j + 2 < len(tokens) and (tokens[j + 2].is_cap or tokens[j + 2].is_upper))
