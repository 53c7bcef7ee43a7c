"""Given names followed by middle initials, and abbreviated given names, split out of `names`.

Philippine, US and much Commonwealth usage writes a person as given name(s), a middle initial and the surname
("Hon. Teresita L. Bautista", "Liza Mae C. Soriano", "Margaret A. Delaney"); Spanish-derived usage abbreviates a
given name ("Ma." for María, "Fco." for Francisco; older English minutes "Wm.", "Thos.") and joins two given names
("Jose Ma. Lim", "Ma. Cristina Reyes"). The surname may open with a particle written in lower or upper case ("dela
Paz", "De los Reyes"). After an honorific or title the given name need not be one the lexicon knows: the title
already says a person follows, and the initial says where the given names end."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.nlp.name_initials import free_standing, glued_abbreviation, name_word
from minutes_nlp.nlp.name_lexicon import NameLexicon, NameSpan
from minutes_nlp.nlp.tokens import Token

_MAX_GIVEN = 2
_MAX_INITIALS = 2


@cache
def abbreviated_given(lang: str) -> frozenset[str]:
    """Abbreviated given names with their dot (`first_names.json` `abbreviated`), folded to lower case."""
    data = langdata.load(langdata.code(lang), "first_names")
    return frozenset(w.lower() for w in data.get("abbreviated", ()))


def _abbreviated(tok: Token, lex: NameLexicon) -> bool:
    return tok.text.lower() in abbreviated_given(lex.lang) and tok.word[:1].isupper()


def _given_end(tokens: Sequence[Token], j: int, lex: NameLexicon, blocked: frozenset[int], titled: bool) -> int:
    """Index after the given names from j (one or two words, an abbreviation counting as one); j when none."""
    first = tokens[j]
    if not (lex.first_name(first.word) or _abbreviated(first, lex)
            or titled and name_word(first, lex, blocked, j) and not first.text.endswith(".")):
        return j
    k = j + 1
    if k < len(tokens) and len(tokens[k].word) > 1 and not tokens[k].is_initial and (
            _abbreviated(tokens[k], lex) or _abbreviated(first, lex) and name_word(tokens[k], lex, blocked, k)
            or name_word(tokens[k], lex, blocked, k) and not tokens[k].text.endswith(".")
            and (lex.first_name(tokens[k].word) or titled)):
        k += 1  # "Liza Mae", "Jose Ma.", "Ma. Cristina"
    return k


def _initials_end(tokens: Sequence[Token], k: int) -> int:
    n = k
    while n < len(tokens) and n - k < _MAX_INITIALS and tokens[n].is_initial and free_standing(tokens, n) \
            and not glued_abbreviation(tokens, n):
        n += 1
    return n


def _surname(tokens: Sequence[Token], k: int, lex: NameLexicon, blocked: frozenset[int],
             capitals: bool) -> tuple[int, str] | None:
    """(end, surname) from k: particles ("dela", "De los", "van der") then a capitalised name word, or (after a
    middle initial, `capitals`) a surname written in capitals ("Maria L. SANTOS", as signature blocks and
    international lists write it)."""
    n = k
    while n < len(tokens) and n - k < 2 and tokens[n].word.lower() in _particles(lex) and n + 1 < len(tokens):
        n += 1
    if n >= len(tokens) or lex.role(tokens[n]) or tokens[n].word in lex.place_after:
        return None
    if not (name_word(tokens[n], lex, blocked, n) or capitals and _capitals_surname(tokens[n], lex, blocked, n)):
        return None
    return n + 1, " ".join(t.word if not t.word.isupper() else t.word.title() for t in tokens[k:n + 1])


def _capitals_surname(tok: Token, lex: NameLexicon, blocked: frozenset[int], i: int) -> bool:
    w = tok.word
    return len(w) >= 3 and w.isalpha() and w.isupper() and i not in blocked and w.title() not in lex.not_names \
        and w.title() not in lex.org_heads


_ENTRY_OPENERS = frozenset({":", ";", ",", "(", "/", "-", "–", "—", "•", "and", "&"})
_ENTRY_CLOSERS = frozenset({";", ",", "(", ")", "/", "-", "–", "—", "and", "&"})


def _list_entry(tokens: Sequence[Token], j: int, end: int) -> bool:
    """The name is an entry of a list or a table cell: it opens a segment or follows list punctuation, and ends
    the segment or is followed by list punctuation ("Romeo G. Castillo – Chief Tanod"; "Present: ..., ...")."""
    opens = j == 0 or tokens[j - 1].text in _ENTRY_OPENERS
    closes = end >= len(tokens) or tokens[end].text in _ENTRY_CLOSERS
    return opens and closes


def _particles(lex: NameLexicon) -> frozenset[str]:
    return frozenset(p.lower() for p in lex.particles)


def middle_initial_span(tokens: Sequence[Token], i: int, j: int, titles: list[str], role: dict[str, Any] | None,
                        gender: str | None, lex: NameLexicon, blocked: frozenset[int]) -> NameSpan | None:
    """ "Hon. Teresita L. Bautista", "Liza Mae C. Soriano", "Ma. Cristina V. Reyes", "Jose Ma. Lim": given
    names, then middle initials (or none after an abbreviated given name), then the surname."""
    if lex.lang == "cs":
        return None
    role_name = (role or {}).get("role")
    titled = bool(titles or role_name)
    k = _given_end(tokens, j, lex, blocked, True)
    if k == j or k >= len(tokens):
        return None
    n = _initials_end(tokens, k)
    abbreviated = any(_abbreviated(t, lex) for t in tokens[j:k])
    if n == k and not (abbreviated and k - j == _MAX_GIVEN) \
            and not (tokens[k].word in _particles(lex) and k - j == _MAX_GIVEN):
        return None  # no initial: only "Ma. Cristina Reyes" or "Siti Aminah binti Abdullah" go on
    found = _surname(tokens, n, lex, blocked, n > k)
    if found is None:
        return None
    end, surname = found
    known = lex.first_name(tokens[j].word) or abbreviated
    if not (titled or known or _list_entry(tokens, j, end)):
        return None  # "Romeo G. Castillo" unknown to the lexicon: a person only as an entry of a list
    first = " ".join(t.text if _abbreviated(t, lex) else t.word for t in tokens[j:k])
    trigger = "title" if titles else "role" if role_name else "first_name"
    return NameSpan(i, end, j, first, None, surname, False, tuple(titles), role_name, gender, trigger)


def nickname(tokens: Sequence[Token], k: int, lex: NameLexicon, blocked: frozenset[int]) -> bool:
    """ "Patrick (Paddy) Walsh", 'Eduardo "Eddie" Ramos': a familiar name in brackets or quotes between the given
    name and the surname."""
    return k + 3 < len(tokens) and tokens[k].text in "(\"“'‘" and tokens[k + 2].text in ")\"”'’" \
        and name_word(tokens[k + 1], lex, frozenset(), k + 1) and not lex.role(tokens[k + 1]) \
        and name_word(tokens[k + 3], lex, blocked, k + 3)
