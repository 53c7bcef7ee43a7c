"""Text keys shared by every layer: folding for diacritics- and case-insensitive matching."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from functools import lru_cache

# Capital letters of Czech (and the German umlauts names in Czech minutes carry), for regex character classes.
CS_UPPER = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
NAME_UPPER = CS_UPPER + "ÄÖÜ"


STEM = 5  # leading letters that stand for a word's stem across Czech and English inflection


def prefix_stems(words: Iterable[str], length: int = STEM, shortest: int = 0, stop: Collection[str] = ()) -> set[str]:
    """The words' leading letters, the cheap key by which matchers compare two wordings of one thing
    ("schvaluje" / "schválil", "report" / "reports"): a stemmer per language would cost more and agree here."""
    return {w[:length] for w in words if len(w) >= shortest and w not in stop}


_SPACES = re.compile(r"\s+")

# `re.search(r"...", text)` and friends keep their compiled patterns in re's own cache, 512 entries dropped oldest
# first; every pattern built from a document's words (names, roles, offices; also through `cached_rx`) is put there
# too, so a batch pushed the rules' fixed patterns out and compiled them again every few documents. A larger
# cache holds both (CPython reads this module global at each miss; elsewhere it is an unused attribute).
RE_CACHE = 8192
if getattr(re, "_MAXCACHE", RE_CACHE) < RE_CACHE:
    re._MAXCACHE = RE_CACHE  # type: ignore[attr-defined]


@lru_cache(maxsize=16_384)
def cached_rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` kept (bounded): patterns built from a document's own words or from the language
    data are asked for again and again, by more sites than re's own cache of 512 keeps between documents."""
    return re.compile(pattern, flags)


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case, strip diacritics and collapse spaces: "Zezůlková" and "zezulkova" get one key."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", bare).strip().lower()


@lru_cache(maxsize=4096)
def whole_word(word: str) -> re.Pattern[str]:
    """`word` standing alone (no word character on either side), compiled once per word: rules that look for a
    document's own names, initialisms and acronyms ask for many different words, more than re's own cache keeps."""
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
