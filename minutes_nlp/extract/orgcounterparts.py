"""A regional counterpart of a national body, named by the national body's name or abbreviation: "Regionální
rada hospodářské a sociální dohody Vltavického kraje" (a regional tripartite, not the national "Rada hospodářské
a sociální dohody"), "RHSD VK" (its abbreviation: the national one's and the region's code), "Krajská rada
ČMKOS". The gazetteer's hit inside such a name would report the national body, which the minutes never name.

Two shapes, as Czech regional bodies are named: a regional adjective right before the national body's name
(org_patterns "regional_adjective_stems": "regionální", "krajská", "okresní", "oblastní"), and the national
abbreviation followed by a short capital code that is no country's (org_patterns "country_codes").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from minutes_nlp.document import Block
from minutes_nlp.extract.orgbase import _joined, _patterns
from minutes_nlp.extract.orgfound import Acc
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold


@cache
def _stems(lang: str) -> tuple[str, ...]:
    return tuple(fold(s) for s in _patterns(lang).get("regional_adjective_stems", ()))


@cache
def _countries(lang: str) -> frozenset[str]:
    return frozenset(_patterns(lang).get("country_codes", ()))


def regional_counterpart(a: BlockAnalysis, start: int, end: int, abbreviation: bool, lang: str) -> bool:
    """The gazetteer's body at tokens [start, end) is named only as part of a regional body's name."""
    stems = _stems(lang)
    if not stems:
        return False
    if start > 0 and _joined(a, start) and fold(a.words[start - 1]).startswith(stems) and a.tokens[start - 1].is_cap \
            and not abbreviation:
        return True  # "Regionální rada hospodářské a sociální dohody", "Krajské rady ČMKOS" (below)
    if not abbreviation or end >= len(a.tokens) or not _joined(a, end):
        return False
    code = a.words[end]
    return code.isupper() and 1 < len(code) <= 4 and code.isalpha() and code not in _countries(lang)


_CODE_AFTER = re.compile(r"[^\S\n\t]+([^\W\d_]{2,4})(?![\w.])")


def with_codes(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc]) -> None:
    """"předseda RHSD VK": an acronym found as an affiliation or an actor that every mention writes with the same
    short capital code after it (no country's) is named with the code ("RHSD VK"), the regional body, not the
    national one its first word would name."""
    blocks = {a.block.index: a.block for a in analyses}
    for key, acc in list(found.items()):
        if not key.startswith("act:") or len(acc.used) != 1 or not acc.mentions:
            continue
        codes = {_code_after(blocks.get(m.source.block), m.source.end, lang) for m in acc.mentions}
        code = codes.pop() if len(codes) == 1 else None
        if code:
            name = f"{next(iter(acc.used))} {code}"
            acc.used = Counter({name: sum(acc.used.values())})
            found.setdefault("act:" + fold(name), acc)
            del found[key]


def _code_after(block: Block | None, end: int, lang: str) -> str | None:
    m = _CODE_AFTER.match(block.text, end - block.start) if block is not None else None
    code = m.group(1) if m else None
    return code if code and code.isupper() and code not in _countries(lang) else None
