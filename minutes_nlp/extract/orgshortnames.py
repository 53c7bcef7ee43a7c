"""A firm the earlier minutes of the series name in full ("Castlegate Insurance Services", "Harland Ferris
Investment Management Ltd", "Golden Wok Express Inc."), written in later minutes by its leading words: "confirmed
to Castlegate", "the mandate with Harland Ferris", "posted at Golden Wok Express", "the Medivane system". Real
minutes shorten a supplier's, broker's or licensee's name once the body is familiar. orgseries.series_firms takes
a first word in an actor's place; this takes the leading one to three words anywhere they stand alone (not opening
a longer capitalised name), when they begin exactly one firm of the earlier minutes. A firm is a run of
capitalised words closed by a legal form or by a firm's head noun (org_patterns "short_name_firm_heads": "Services",
"Analytics", "Surveyors"). One leading word must not be a common word of names (org_patterns
"short_name_not": "North", "National", "Community").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract.orgbase import _patterns, _prov
from minutes_nlp.extract.orgfound import ACTOR, Acc, add
from minutes_nlp.extract.result import Mention
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import cached_rx, fold


@cache
def _firm_pattern(lang: str) -> re.Pattern[str] | None:
    """One to four capitalised words (an "&" between partners' names among them), then a legal form (after a
    comma or not: "Greystone Grounds, Inc.") or a firm's head noun."""
    pat = _patterns(lang)
    ends = sorted((*pat.get("legal_forms", ()), *pat.get("short_name_firm_heads", ())), key=len, reverse=True)
    if not pat.get("short_name_firm_heads"):
        return None
    alt = "|".join(re.escape(f) for f in ends)
    return re.compile(r"(?<![\w&])(?<!& )((?:(?:[A-Z][\w&'’-]*|&),? +){1,5})(?:" + alt + r")(?![\w])")


def _firms(texts: Sequence[str], lang: str) -> list[str]:
    """The firms the texts name, without public bodies' names a firm's head happens to close ("Kestrel County
    Council Digital Services": a council's service; org_patterns "short_name_body_words")."""
    pattern = _firm_pattern(lang)
    if pattern is None:
        return []
    bodies = {fold(w) for w in _patterns(lang).get("short_name_body_words", ())}
    names = {_undotted(" ".join(m.group(0).split()), t[m.end():], lang) for t in texts for m in pattern.finditer(t)}
    return sorted(n for n in names if not bodies & {fold(w) for w in n.split()})


def _undotted(name: str, after: str, lang: str) -> str:
    """"... Management Ltd. The next ...": a dot that also ends the sentence belongs to the sentence when the
    legal form is written without it too."""
    forms = set(_patterns(lang).get("legal_forms", ()))
    last = name.rsplit(" ", 1)[-1]
    at_end = not after.strip() or after[:1].isspace() and after.lstrip()[:1].isupper()
    return name[:-1] if at_end and last.endswith(".") and last[:-1] in forms else name


def _runs(a: BlockAnalysis, taken: set[int]) -> list[tuple[int, int]]:
    """Runs of one to three capitalised words, without a sentence's first word, not part of a found name, and
    not going on into another capitalised word."""
    out, i = [], 0
    while i < len(a.tokens):
        j = i
        while j < len(a.tokens) and j - i < 4 and (a.tokens[j].is_cap or _partners(a, i, j)) and j not in taken and (
                j == i or a.block.text[a.tokens[j - 1].end - a.block.start:a.tokens[j].start - a.block.start] == " "):
            j += 1
        start = i + 1 if i in a.sentence_starts else i  # "Can Brightwater pull ...": the sentence's first word
        if j > start and j - start <= 3:
            out.append((start, j))
        i = max(j, i + 1)
    return out


def _partners(a: BlockAnalysis, i: int, j: int) -> bool:
    """"Porter & Finch": an ampersand between two capitalised words joins partners' names into one firm's."""
    return i < j < len(a.tokens) - 1 and a.words[j] == "&" and a.tokens[j + 1].is_cap


def short_names(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc],
                previous: Callable[[], Sequence[str]] | None) -> None:
    """Add the firms of the earlier minutes that this document names by their leading words."""
    if previous is None or _firm_pattern(lang) is None:
        return
    here = " ".join(a.block.text for a in analyses)
    firms = [f for f in _firms(previous(), lang) if f not in here]
    if not firms:
        return
    inside = [f" {fold(n)} " for acc in found.values() for n in (*acc.used, acc.full_name or "") if n]
    for a in analyses:
        taken = {i for h in (*a.orgs, *a.places) for i in range(h.start, h.end)} | {
            i for n in a.names for i in range(n.start, n.end)}
        for i, j in _runs(a, taken):
            words = list(a.words[i:j])
            if not _may_shorten(words, here, inside, lang):
                continue
            hits = [f for f in firms if [w.rstrip(",") for w in f.split()[:j - i]] == words and len(f.split()) > j - i]
            if len(hits) == 1:
                add(found, "ser:" + fold(hits[0]), Mention(a.span_text(i, j), _prov(a, i, j)), a.span_text(i, j),
                    full_name=hits[0], kind="organisation", method=ACTOR, confidence=0.6)


def _may_shorten(words: list[str], text: str, inside: list[str], lang: str) -> bool:
    """Leading words that can stand for a firm: not a word opening many names ("North", "Community"), a given
    name, an office ("Associate Deans") or a common noun the text also writes in lower case ("Risk"), and not
    words of a body found here ("Carrow Falls" of "Town of Carrow Falls", "Maine" of "Maine DEP")."""
    key = f" {fold(' '.join(words))} "
    if any(key in n for n in inside) or any(fold(w).rstrip("s") in _roles(lang) for w in words) \
            or fold(words[0]) in _given_names(lang):
        return False  # "Lucía Montalbán": a person, whose name may also open a firm's
    if len(words) > 1:
        return True
    word = words[0]
    return fold(word) not in _never(lang) and cached_rx(r"\b" + re.escape(word.lower()) + r"\b").search(text) is None


@cache
def _never(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _patterns(lang).get("short_name_not", ()))


@cache
def _roles(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in langdata.load(lang, "roles").get("words", {}))


@cache
def _given_names(lang: str) -> frozenset[str]:
    data = langdata.load(lang, "first_names")
    return frozenset(fold(n) for key in ("f", "m", "ambiguous") for n in data.get(key, ()))
