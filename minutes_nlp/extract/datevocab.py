"""The words of dates: the vocabulary of a language's `dates.json`, looked up by folded form, and the regex
alternation (`alt`) every extractor builds its patterns from.

Kept apart from `dateparts` (the shapes made from these words) so the data side has no regex shapes in it,
and the many modules that only need `alt` depend on nothing but the vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract import datelocale
from minutes_nlp.extract.dategate import fold as case_fold
from minutes_nlp.textutil import fold


def key(text: str | None) -> str:
    """Lookup key: folded, single-spaced, no trailing dot ("Ledna", "ledna" -> "ledna"; "led." -> "led")."""
    return fold(text or "").rstrip(".").strip()


def alt(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, each also without diacritics; spaces match any space.
    A one-pass iterator gives its words without their folded forms (it is read once). Built once per word
    list: many extractors build their patterns per call from the same data."""
    one_pass = iter(words) is words
    return _alt(tuple(words), not one_pass)


@lru_cache(maxsize=2048)
def _alt(words: tuple[str, ...], with_folded: bool) -> str:
    forms = {w.lower() for w in words if w} | ({fold(w) for w in words if w} if with_folded else set())
    parts = [r"\s+".join(re.escape(p) for p in w.split()) for w in sorted(forms, key=len, reverse=True)]
    return "(?:" + "|".join(parts) + ")" if parts else "(?!x)x"


def by_first_letter(alternation: str) -> str:
    """`alt`'s "(?:w1|w2|...)" with the words that open with the same character grouped under it,
    "(?:p(?:řítomni|ředseda)|z(?:apsal|...))", in their order. `re` tries the words of an alternation one by
    one at every position it searches (the field labels are some five hundred, tried at every space of every
    line); grouped, a position whose character opens no label fails once per group. The match is the same:
    where a character can be matched only words opening with it can match, and those keep their order. When
    two opening characters are one under IGNORECASE ("k" and the Kelvin sign) the words stay as they are."""
    words = _alternatives(alternation[3:-1]) if alternation.startswith("(?:") and alternation.endswith(")") else []
    if not words:
        return alternation
    groups: dict[str, list[str]] = {}
    for w in words:
        head = w[:2] if w.startswith("\\") else w[:1]
        groups.setdefault(head, []).append(w[len(head):])
    heads = [h[-1] for h in groups]
    if len({case_fold(h) for h in heads}) < len(heads) or any(h.startswith("\\") and h[1:].isalnum() for h in groups):
        return alternation  # two heads equal under IGNORECASE, or a class escape ("\s") opening a word
    return "(?:" + "|".join(f"{h}(?:{'|'.join(rest)})" for h, rest in groups.items()) + ")"


def _alternatives(body: str) -> list[str]:
    """The words of an alternation of escaped literals ("a\\|b|c" -> ["a\\|b", "c"]); [] when a word holds a
    group or a character class (not an alternation of words)."""
    out, word, i = [], "", 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            word += body[i:i + 2]
            i += 2
            continue
        if ch in "()[]":
            return []
        if ch == "|":
            out.append(word)
            word = ""
        else:
            word += ch
        i += 1
    return [*out, word]


@dataclass(frozen=True)
class Vocab:
    """The parsed `dates.json` of one language with reverse lookups from folded forms."""

    data: dict[str, Any]
    months: dict[str, int]
    order: str

    @classmethod
    def load(cls, lang: str) -> Vocab:
        """`lang` may carry a locale ("en-US", "en-AU"): its `locales` entry in `dates.json` overrides the
        language's defaults (numeric order, the months of the financial year) for a document of that country."""
        base, _, locale = lang.partition("-")
        data = langdata.load(base if base in langdata.SUPPORTED else "en", "dates")
        if locale:
            data = datelocale.overlay(data, data.get("locales", {}).get(locale, {}))
        months = {key(f): int(n) for n, forms in data["months"].items() for f in forms}
        return cls(data, months, data.get("numeric_order", "dmy"))

    def month(self, text: str | None) -> int | None:
        return self.months.get(key(text))

    def ordinal(self, text: str | None) -> int | None:
        table = {key(k): v for k, v in self.data["ordinals"].items()}
        return table.get(key(text)) if text else None

    def part(self, text: str | None) -> str | None:
        return _lookup(self.data["month_parts"], text)

    def period(self, text: str, section: str) -> tuple[str, int]:
        for unit, by_offset in self.data[section].items():
            for offset, forms in by_offset.items():
                if key(text) in {key(f) for f in forms}:
                    return unit, int(offset)
        return "year", 0

    def unit(self, text: str | None, section: str) -> str | None:
        return _lookup(self.data["durations"][section], text)

    def number(self, text: str) -> int | None:
        if text.isdigit():
            return int(text)
        return {key(k): v for k, v in self.data["durations"]["numbers"].items()}.get(key(text))

    def holiday(self, text: str) -> dict[str, Any] | None:
        return next((spec for spec in self.data["holidays"].values()
                     if key(text) in {key(f) for f in spec["forms"]}), None)

    def season(self, text: str | None) -> list[int] | None:
        k = key(text)
        return next((spec["months"] for name, spec in self.data.get("seasons", {}).items()
                     if name != "_about" and k in {key(f) for f in spec["forms"]}), None)

    def weekday(self, text: str | None) -> int | None:
        table = self.data.get("weekday_names", {})
        return next((int(n) for n, forms in table.items() if key(text) in {key(f) for f in forms}), None)

    def year_part(self, text: str | None) -> str | None:
        table = {k: v for k, v in self.data.get("year_parts", {}).items() if k not in ("_about", "nouns")}
        return _lookup(table, text)

    def month_adjective(self, text: str | None) -> int | None:
        spec = self.data.get("month_adjectives", {})
        k = key(text)
        return next((int(n) for n, stem in spec.get("stems", {}).items()
                     if k.startswith(key(stem)) and k[len(key(stem)):] in {key(e) for e in spec["endings"]}), None)

    def season_meeting(self, text: str | None) -> list[int] | None:
        """ "autumn" or "podzimním" before a meeting noun: the months of that season."""
        spec = self.data.get("season_meeting", {})
        k = key(text)
        name = next((n for n, stem in spec.get("adjectives", {}).items()
                     if k.startswith(key(stem)) and k[len(key(stem)):] in {key(e) for e in spec["endings"]}), None)
        if name:
            return list(self.data["seasons"][name]["months"])
        return self.season(text) if any(k in {key(f) for f in self.data["seasons"][n]["forms"]}
                                        for n in spec.get("seasons", [])) else None

    def relative_day(self, text: str | None) -> int | None:
        table = self.data.get("relative_days", {})
        return next((int(n) for n, forms in table.items() if n.isdigit() and key(text) in {key(f) for f in forms}),
                    None)

    def relation(self, text: str) -> str | None:
        return _lookup(self.data["holiday_relations"], text)

    def words(self, *path: str) -> list[str]:
        node: Any = self.data
        for p in path:
            node = node[p]
        if isinstance(node, dict):
            return [w for v in node.values() for w in (v if isinstance(v, list) else _flat(v))]
        return list(node)


def _flat(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [w for v in node.values() for w in _flat(v)]
    return list(node) if isinstance(node, list) else []


def _lookup(table: dict[str, list[str]], text: str | None) -> str | None:
    if not text:
        return None
    k = key(text)
    return next((name for name, forms in table.items() if k in {key(f) for f in forms}), None)
