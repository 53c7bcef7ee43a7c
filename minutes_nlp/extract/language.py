"""Which language a document is in: Czech, English, or another one we report as unsupported.

Minutes are short and full of names and numbers, so the guess uses the two cheapest robust signals, function
words and distinctive letters (ř/ů tell Czech from Slovak ľ/ô), from profiles in `lang/*/language.json`.
An unsupported language still loads: it is reported with its own code ("sk", "de") or "und" and a warning,
and `rules_language` says which supported rule set extracts it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document

UNDETERMINED = "und"
_MIN_TOKENS = 5  # fewer words than this: no guess
_MIN_SCORE = 0.04  # share of function words below which no profile fits
_LETTER_WEIGHT = 4.0  # distinctive letters are rarer than function words but decisive between neighbours
_SAMPLE = 20000  # characters read: enough for a stable guess, cheap on long documents
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class LanguageGuess:
    code: str  # "cs", "en", another ISO 639-1 code, or "und"
    score: float
    supported: bool
    warning: str | None = None


@cache
def _profiles() -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    profiles: dict[str, dict[str, Any]] = {}
    fallback: dict[str, str] = {}
    for code in langdata.SUPPORTED:
        data = langdata.load(code, "language")
        for name, prof in data["profiles"].items():
            profiles[name] = {"words": frozenset(prof["words"]), "letters": frozenset(prof["letters"])}
        fallback.update(data.get("rules_fallback", {}))
    return profiles, fallback


def _scores(text: str) -> tuple[dict[str, float], int]:
    sample = text[:_SAMPLE].lower()
    tokens = _WORD.findall(sample)
    words_seen, chars = Counter(tokens), Counter(sample)  # count each distinct word and letter once, not per profile
    n_letters = sum(n for c, n in chars.items() if c.isalpha())
    profiles, _ = _profiles()
    scores = {}
    for name, prof in profiles.items():
        words = sum(n for t, n in words_seen.items() if t in prof["words"]) / max(len(tokens), 1)
        marks = sum(n for c, n in chars.items() if c in prof["letters"] and c.isalpha()) / max(n_letters, 1)
        scores[name] = words + _LETTER_WEIGHT * marks
    return scores, len(tokens)


@lru_cache(maxsize=8)
def guess_language(text: str) -> LanguageGuess:
    """The best-fitting profile for `text`, with a warning when it is not a supported language (cached: the
    language and its warnings are asked for the same document text)."""
    scores, n_tokens = _scores(text)
    best = max(scores, key=lambda k: scores[k])
    if n_tokens < _MIN_TOKENS or scores[best] < _MIN_SCORE:
        return LanguageGuess(UNDETERMINED, scores[best], False,
                             "language could not be determined; extracted with English rules")
    if best in langdata.SUPPORTED:
        return LanguageGuess(best, scores[best], True)
    rules = rules_language(best)
    return LanguageGuess(best, scores[best], False,
                         f"language '{best}' is not supported; extracted with {rules} rules, results may be poor")


def rules_language(code: str) -> str:
    """The supported rule set used for a document in language `code` (Slovak is read with Czech rules)."""
    if code in langdata.SUPPORTED:
        return code
    return _profiles()[1].get(code, "en")


def detect_language(doc: Document) -> str:
    """The document's language code (see `guess_language`)."""
    return guess_language(doc.text).code


def language_warnings(doc: Document) -> tuple[str, ...]:
    guess = guess_language(doc.text)
    return (guess.warning,) if guess.warning else ()
