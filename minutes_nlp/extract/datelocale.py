"""Which country a document's dates follow: the order of numeric dates ("03/11/2025" is 11 March in the UK,
3 November in the US) and the months of the financial year (April, July or October first).

Minutes rarely say their country; they show it: bodies and offices only one country has ("Select Board",
"Shire Council"), its states and agencies, its spellings and its way of writing a date ("March 11, 2025").
The cues are data (`dates.json`, `locales`); a document is read in a country's convention when it shows at
least `min_hits` distinct cues of that country and more than of any other. Otherwise the language's
defaults hold (English: day-first, April-March financial year).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from minutes_nlp import lang as langdata

_TEXT_CAP = 200_000  # enough of a long document to show where it comes from


_Cue = tuple[str, re.Pattern[str]]  # (a literal every match contains, "" for none; the pattern)


@lru_cache(maxsize=4)
def _cues(lang: str) -> tuple[int, tuple[tuple[str, tuple[_Cue, ...]], ...]]:
    """The countries' cues; a phrase carries its own words so a text without them is never searched for it
    (a regex with a look-behind scans every position of a long document)."""
    spec = langdata.load(lang, "dates").get("locales", {}) if lang in langdata.SUPPORTED else {}
    out = []
    for name, entry in spec.items():
        if name.startswith("_") or not isinstance(entry, dict) or "cues" not in entry:
            continue
        words = [(w, re.compile(rf"(?<!\w){re.escape(w)}(?!\w)")) for w in entry["cues"].get("phrases", [])]
        pats = [("", re.compile(p)) for p in entry["cues"].get("patterns", [])]
        out.append((name, tuple(words + pats)))
    return int(spec.get("min_hits", 2)), tuple(out)


@lru_cache(maxsize=16)
def locale(text: str, lang: str) -> str:
    """`lang` with the document's country ("en-US", "en-AU") when its text shows it, else `lang` itself."""
    least, countries = _cues(lang)
    text = text[:_TEXT_CAP]
    hits = sorted(((sum(1 for w, p in pats if w in text and p.search(text)), name) for name, pats in countries),
                  reverse=True)
    if not hits or hits[0][0] < least or len(hits) > 1 and hits[1][0] == hits[0][0]:
        return lang
    return f"{lang}-{hits[0][1]}"


def overlay(data: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """A copy of `data` with the locale's values put in; a dotted key ("seasons.financial_year.months")
    replaces one value deep inside (keys starting with "_" and the detection `cues` are not values)."""
    out = dict(data)
    for dotted, value in over.items():
        if dotted.startswith("_") or dotted == "cues":
            continue
        *path, last = dotted.split(".")
        node = out
        for part in path:
            node[part] = dict(node[part])
            node = node[part]
        node[last] = value
    return out
