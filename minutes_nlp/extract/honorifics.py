"""Titles and honorifics before a name ("Ing.", "paní", "Mr.", "plk."): the pattern that finds them, the
bare name without them, and the gender an honorific fixes.

Split out of `owners`, which finds and resolves actor mentions: the titles of every supported language
(lang/<code>/titles.json) are one alternation of ~290 words, compiled once and shared by the shape patterns
there; the name's title is dropped before it is matched to a canonical entity, and its honorific chooses
between people sharing a surname.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold


@cache
def _title_words() -> frozenset[str]:
    """Titles and honorifics of every supported language (lang/<code>/titles.json), trailing dot dropped."""
    words: set[str] = set()
    for code in langdata.SUPPORTED:
        data = langdata.load(code, "titles")
        words.update(w.rstrip(".") for w in data.get("degrees_before", []))
        words.update(w.rstrip(".") for w in data.get("honorifics", {}))
        words.update(w.rstrip(".") for w in data.get("ranks", []))
    return frozenset(w for w in words if w)


@cache
def title_pattern() -> str:
    """Titles and honorifics of every supported language (lang/<code>/titles.json), as one alternation."""
    alt = "|".join(re.escape(w) for w in sorted(_title_words(), key=len, reverse=True))
    return rf"(?:(?i:{alt})\.?)"  # "Paní Nová" opens a sentence as often as "paní Nová" sits inside one


_WORD = re.compile(r"\w+")
# Characters whose case-insensitive regex equivalents are exactly str.lower() pairs (no ſ, K-sign, ı ...).
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_áčďéěíňóřšťúůýž" + "ABCDEFGHIJKLMNOPQRSTUVWXYZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ")


@cache
def _title_heads() -> frozenset[str]:
    """Lower-cased first word of every title: the only words a title-shape match can start at.

    Titles are word characters ("Ing. arch" starts with one), follow a non-word character and are
    followed by a dot or a space, so a match spans exactly the whole word at its start.
    """
    heads = {_WORD.match(w) for w in _title_words()}
    if None in heads or any(not set(w) <= _PLAIN | {".", " "} for w in _title_words()):
        raise ValueError("a title does not start with a plain word")  # the gate below would be unsafe
    return frozenset(h.group(0).lower() for h in heads if h)


def title_shape_matches(pat: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """pat.finditer(text) for the title shape, tried only at words that are titles.

    The ~290-word alternation tried at every position was the bulk of owners.shape_actors; a set lookup of
    the word at each position rules out almost all of them with identical results.
    """
    heads = _title_heads()
    out: list[re.Match[str]] = []
    end = 0
    for w in _WORD.finditer(text):
        start = w.start()
        if start < end:
            continue
        word = w.group(0)
        if word.lower() not in heads and set(word) <= _PLAIN:
            continue
        m = pat.match(text, start)
        if m:
            out.append(m)
            end = m.end()
    return out


@cache
def _leading_titles() -> re.Pattern[str]:
    return re.compile(rf"^(?:{title_pattern()}\s+)+")


@cache
def title_before_word() -> re.Pattern[str]:
    """A title right before the last word of a text ("... paní Nová")."""
    return re.compile(rf"(?<!\w)({title_pattern()})\s+[^\s]+\s*$")


@lru_cache(maxsize=50_000)
def strip_title(text: str) -> str:
    """The name without the titles opening it ("Ing. arch. Jan Novák" -> "Jan Novák"), as entities name people;
    cached because every shape match of every sentence is stripped before it is resolved."""
    return _leading_titles().sub("", text.strip())


@cache
def _honorific_genders() -> dict[str, str]:
    """Honorific (folded, without its dot) -> the gender it fixes ("Mr" m, "paní" f), every supported language."""
    out: dict[str, str] = {}
    for code in langdata.SUPPORTED:
        for word, gender in langdata.load(code, "titles").get("honorifics", {}).items():
            if gender:
                out[fold(word.rstrip("."))] = gender
    return out


def title_gender(surface: str) -> str | None:
    """The gender the honorific opening a name fixes ("Mr. Santoro" m, "paní Nová" f), else None."""
    first = re.match(r"\s*([^\W\d_]+)\.?\s", surface)
    return _honorific_genders().get(fold(first.group(1))) if first else None
