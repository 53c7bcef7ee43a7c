"""A light stemmer per language, so "Zezůlkovou" finds "Zezůlková" and "databází" finds "databáze".

Search and owner matching need inflection-insensitive keys, not correct lemmas: stripping case endings
from folded words gives one key for all forms of most Czech nouns and surnames, fast and with no model.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold

_WORD = re.compile(r"\w+")


@cache
def _rules(lang: str) -> dict[str, Any]:
    return dict(langdata.load(langdata.code(lang), "stem"))


@lru_cache(maxsize=200_000)
def stem(word: str, lang: str = "cs") -> str:
    rules = _rules(lang)
    w = fold(word)
    if w.isdigit():
        return w
    for suffix in rules["suffixes"]:
        if w.endswith(suffix) and len(w) - len(suffix) >= rules["min_stem"]:
            w = w[: -len(suffix)] + rules.get("replace", {}).get(suffix, "")
            break
    for ending in rules["fleeting_e"]:
        if w.endswith(ending) and len(w) > rules["min_stem"] + 1:
            w = w[:-2] + ending[1]
            break
    return w


def stems(text: str, lang: str = "cs") -> list[str]:
    return [stem(w, lang) for w in _WORD.findall(text)]


@lru_cache(maxsize=100_000)
def name_matches(query: str, name: str | None, lang: str = "cs") -> bool:
    """Every word of the query matches a word of the name, ignoring case, diacritics and inflection
    (memoised: owner matching asks it of the same mention and person for sentence after sentence)."""
    if not name:
        return False
    have = set(stems(name, lang)) | set(stems(name, "en"))
    want = stems(query, lang)
    return bool(want) and all(w in have or any(h.startswith(w) for h in have) for w in want)
