"""Bodies named only in the title of an EU act are not mentions of them.

Minutes of EU-funds bodies cite the Union's acts by their titles, which name the institutions that adopted them:
"nařízení Evropského parlamentu a Rady (EU) 2021/1060", "Směrnice Evropského parlamentu a Rady 2014/24/EU",
"Regulation (EU) 2021/1060 of the European Parliament and of the Council", "Directive 2014/24/EU of the
European Parliament". Such a title names a law, not the body acting in the meeting. The act nouns and the
tokens of its designation are data (org_patterns "act_nouns", "act_designation_words").
"""

from __future__ import annotations

import re

from minutes_nlp.extract.orgnames import _patterns, _word
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold

_NUMBER = re.compile(r"^(\d+([/.]\d+)*(/[A-Z]+)?|[IVX]+)$")


def _designation(w: str, words: frozenset[str]) -> bool:
    return bool(_NUMBER.match(w)) or w in words or fold(w) in words


def in_act_title(a: BlockAnalysis, start: int, end: int, lang: str) -> bool:
    """The body at tokens [start, end) is named inside an EU act's title: right after the act's noun
    ("nařízení Evropského parlamentu") with the act's designation after it ("(EU)", "2014/24/EU"), or after the
    act's noun and its designation joined by "of the" ("Regulation (EU) 2021/1060 of the European Parliament")."""
    pat = _patterns(lang)
    nouns = frozenset(fold(w) for w in pat.get("act_nouns", ()))
    words = frozenset(pat.get("act_designation_words", ()))
    if not nouns:
        return False
    k = start - 1
    while k >= 0 and start - k <= 12 and (_designation(_word(a, k), words) or _word(a, k) in ("(", ")", ",", "/")):
        k -= 1
    if k < 0 or fold(_word(a, k)) not in nouns:
        return False
    marks = ("EU", "ES", "EHS", "EC", "EEC", "/")
    if k == start - 1:  # the body right after the noun: its designation must follow
        return any(_word(a, j) in marks for j in range(end, min(end + 8, len(a.tokens))))
    return any(_word(a, j) in marks for j in range(k + 1, start))
