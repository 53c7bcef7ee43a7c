"""Gazetteers as token-sequence matchers: institutions and places, nominative in the data, inflected in the text.

An abbreviation must match exactly ("MZe", "TA ČR"); a written-out name matches word by word on light stems
(nlp/stem.py), so "Ministerstva pro místní rozvoj" and "Evropské komisi" find their nominative entries
without listing every case. The longest match wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.nlp.stem import stem
from minutes_nlp.nlp.tokens import Token, tokenize
from minutes_nlp.textutil import fold


@dataclass(frozen=True)
class Entry:
    """One institution or place: the name to report, its nominative full name, other names, and kind."""

    name: str
    full_name: str | None
    kind: str
    aliases: tuple[str, ...] = ()
    ambiguous: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Hit:
    entry: Entry
    variant: str  # the gazetteer form that matched
    start: int  # token index
    end: int  # token index, exclusive
    ambiguous: bool = False
    abbreviation: bool = False


@dataclass
class Matcher:
    lang: str
    require_cap: bool = False  # places: "kladen" (laid) is not Kladno
    endings: tuple[str, ...] = ()  # case endings that may follow a stem ("Karlových Varech" -> Karlovy Vary)
    acronym_endings: tuple[str, ...] = ()  # case endings written after an acronym ("SZIFu", "ČEZem")
    _index: dict[str, list[tuple[tuple[str, ...], Entry, str]]] = field(default_factory=dict)
    # a token text's match keys and whether any of them opens an indexed name: every token of every block asks
    _keys_memo: dict[str, tuple[tuple[str, ...], bool]] = field(default_factory=dict, compare=False, repr=False)

    def add(self, entry: Entry, variant: str) -> None:
        keys = _variant_keys(variant, self.lang)
        if keys:
            self._index.setdefault(keys[0], []).append((keys, entry, variant))
            self._keys_memo.clear()

    def finalize(self) -> None:
        for bucket in self._index.values():
            bucket.sort(key=lambda k: -len(k[0]))

    def find(self, tokens: Sequence[Token]) -> list[Hit]:
        """Non-overlapping hits, longest first, left to right; `_longest` is tried only at a token one of whose
        keys opens an indexed name (elsewhere it finds nothing)."""
        memo = self._keys_memo
        known = [memo.get(t.text) or self._keys_of(t.text) for t in tokens]
        keys = [k for k, _ in known]
        hits, i = [], 0
        while i < len(tokens):
            hit = self._longest(keys, i) if known[i][1] and (
                tokens[i].text[:1].isupper() or not self.require_cap) else None
            if hit:
                hits.append(hit)
                i = hit.end
            else:
                i += 1
        return hits

    def _keys_of(self, text: str) -> tuple[tuple[str, ...], bool]:
        if len(self._keys_memo) >= _KEYS_KEPT:
            self._keys_memo.clear()
        keys = _all_keys(text, self.lang, self.endings, self.acronym_endings)
        out = self._keys_memo[text] = (keys, any(k in self._index for k in keys))
        return out

    def _longest(self, keys: list[tuple[str, ...]], i: int) -> Hit | None:
        best: Hit | None = None
        for first in keys[i]:
            for seq, entry, variant in self._index.get(first, ()):
                n = len(seq)
                if n == 1 and seq[0].startswith("~") and not first.startswith("=") and not keys[i][0][1:2].isupper():
                    continue  # a one-word name matched by stem must be capitalised
                fits = i + n <= len(keys) and all(seq[j] in keys[i + j] for j in range(n))
                if fits and (best is None or n > best.end - best.start):
                    best = Hit(entry, variant, i, i + n, variant in entry.ambiguous, _is_abbreviation(variant))
        return best


_KEYS_KEPT = 200_000  # distinct token texts a matcher remembers; a long batch starts afresh past it


def _is_abbreviation(text: str) -> bool:
    """"MMR", "MZe", "TA ČR", "FD ČVUT": a form with a capital after its first letter and no long lower-case word."""
    words = text.split()
    return all(sum(c.isupper() for c in w) >= 2 or len(w) <= 3 for w in words) and any(
        sum(c.isupper() for c in w) >= 2 for w in words)


def _variant_keys(variant: str, lang: str) -> tuple[str, ...]:
    toks = tokenize(variant)
    if _is_abbreviation(variant) or len(toks) == 1 and not toks[0].word.isalpha():
        return tuple("=" + t.word for t in toks)
    return tuple(_word_key(t, lang) for t in toks)


def _word_key(t: Token, lang: str) -> str:
    if not t.word[:1].isalpha():
        return "=" + t.word
    if t.word.isupper() and len(t.word) > 1:
        return "=" + t.word
    return "~" + stem(t.word, lang)


def _token_keys(t: Token, lang: str, endings: tuple[str, ...] = ()) -> tuple[str, ...]:
    return _text_keys(t.text, lang, endings)


@lru_cache(maxsize=100_000)
def _text_keys(text: str, lang: str, endings: tuple[str, ...]) -> tuple[str, ...]:
    """Match keys of a token: as written, its stem, and its stems without each case ending (cached by text)."""
    word = text.rstrip(".")
    keys = ["=" + word]
    if word[:1].isalpha():
        keys.append("~" + stem(word, lang))
        w = fold(word)
        keys += ["~" + w[: len(w) - len(e)] for e in endings if w.endswith(e) and len(w) - len(e) >= 3]
    if text.endswith(".") and text != word:
        keys.append("=" + text)
    return tuple(keys)


@lru_cache(maxsize=100_000)
def _all_keys(text: str, lang: str, endings: tuple[str, ...], acronym_endings: tuple[str, ...]) -> tuple[str, ...]:
    """A token's match keys and its acronym keys in one cached look-up (every token of every block asks)."""
    return _text_keys(text, lang, endings) + _acronym_keys(text, acronym_endings)


def _acronym_keys(text: str, endings: tuple[str, ...]) -> tuple[str, ...]:
    """"SZIFu", "ČEZem": an acronym of three or more capitals with a case ending after it is the acronym."""
    text = text.rstrip(".")
    for e in endings:
        base = text[: len(text) - len(e)]
        if text.endswith(e) and len(base) >= 3 and base.isalpha() and base.isupper():
            return ("=" + base,)
    return ()


def _entries(data: Iterable[dict[str, Any]]) -> list[Entry]:
    return [Entry(d["name"], d.get("full_name"), d.get("kind", "organisation"), tuple(d.get("aliases", ())),
                  frozenset(d.get("ambiguous", ()))) for d in data]


@cache
def institutions(lang: str) -> tuple[Entry, ...]:
    if not langdata.has(lang, "institutions"):
        return ()
    data = langdata.load(lang, "institutions")
    forms = data.get("country_forms", {})
    return tuple(_with_country_forms(e, forms) for e in _entries(data["institutions"]))


def _with_country_forms(entry: Entry, forms: dict[str, str]) -> Entry:
    """"Úřad vlády České republiky" is also written "Úřad vlády ČR" and the other way round (institutions
    "country_forms"): each written-out variant gets the other spelling as an alias, so either is matched."""
    extra: list[str] = []
    for v in (entry.name, entry.full_name, *entry.aliases):
        if not v or _is_abbreviation(v):
            continue
        for full, short in forms.items():
            if v.endswith(" " + full):
                extra.append(v[: -len(full)] + short)
            elif v.endswith(" " + short) and not _is_abbreviation(v[: -len(short)].strip()):
                extra.append(v[: -len(short)] + full)
    known = {entry.name, entry.full_name, *entry.aliases}
    new = tuple(dict.fromkeys(x for x in extra if x not in known))
    return replace(entry, aliases=entry.aliases + new) if new else entry


@cache
def institution_matcher(lang: str) -> Matcher:
    endings = tuple(langdata.load(lang, "institutions").get("case_endings", ())) if langdata.has(
        lang, "institutions") else ()
    acronyms = tuple(langdata.load(lang, "institutions").get("acronym_endings", ())) if langdata.has(
        lang, "institutions") else ()
    m = Matcher(lang, endings=endings, acronym_endings=acronyms)
    for e in institutions(lang):
        for v in (e.name, e.full_name, *e.aliases):
            if v:
                m.add(e, v)
    m.finalize()
    return m


@cache
def places(lang: str) -> tuple[Entry, ...]:
    if not langdata.has(lang, "places"):
        return ()
    data = langdata.load(lang, "places")
    out = []
    for group, kind in (("statutory_cities", "city"), ("towns", "town"), ("regions_and_countries", "region")):
        out += [Entry(n, n, kind) for n in dict.fromkeys(data.get(group, []))]
    for abbr, full in data.get("abbreviations", {}).items():
        out.append(Entry(full, full, "abbreviation", (abbr,)))
    return tuple(out)


@cache
def place_matcher(lang: str) -> Matcher:
    endings = tuple(langdata.load(lang, "places").get("case_endings", ())) if langdata.has(lang, "places") else ()
    m = Matcher(lang, require_cap=True, endings=endings)
    for e in places(lang):
        for v in (e.name, *e.aliases):
            m.add(e, v)
    m.finalize()
    return m


@cache
def place_names(lang: str) -> frozenset[str]:
    """Folded stems of one-word places, to keep "Bílina" or "Jeseníku" from being taken for a surname."""
    return frozenset(stem(e.name, lang) for e in places(lang) if " " not in e.name)


def is_place_word(word: str, lang: str) -> bool:
    return stem(word, lang) in place_names(lang) or fold(word) in place_names(lang)
