"""Votes as minutes write them: "Pro: 7, Proti: 0, Zdržel se: 1", "7 – 0 – 1", "jednomyslně",
"carried 5-1", "For 5, Against 1". Notations are data (`vote_cues.json`); this module only reads them.

A result stated in words wins; otherwise counts decide (Czech bodies: more for than against and
abstentions together, as a majority of those present; English: more for than against).
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp.extract import cues
from minutes_nlp.extract.result import Vote
from minutes_nlp.textutil import cached_rx

_NAME = "vote_cues"


@cache
def _label_patterns(lang: str) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    labels = cues.data(lang, _NAME)["labels"]
    out = {}
    for slot, words in labels.items():
        alt = "|".join(words)
        after = re.compile(rf"(?<![\w])(?:{alt})\s*[:=]?\s*[–-]?\s*(?P<n>\d{{1,3}})(?!\d|[./]\d)")
        between = r"(?:hlas\w*\s+|vot(?:es?|ed)\s+|members?\s+(?:voted\s+)?)?"  # "6 voted in favour", "2 hlasy proti"
        before = re.compile(rf"(?<![\d./])(?P<n>\d{{1,3}})\s*{between}(?:{alt})(?!\w)")
        out[slot] = (after, before)
    return out


def _labelled(folded: str, lang: str) -> dict[str, int]:
    """Counts after their labels ("pro 6, proti 0") or before them ("6 pro – 0 proti – 0 se zdrželo"):
    the notation that reads more slots wins, since "pro – 0" in the second is the next count, not this one.
    One slot alone is a tally only under a vote label ("Pro hlasovalo šest členů")."""
    reads: list[dict[str, int]] = [{}, {}]
    voted = False
    for use in (0, 1):
        for slot, pats in _label_patterns(lang).items():
            m = pats[use].search(folded)
            if m:
                reads[use][slot] = int(m.group("n"))
                voted = voted or "hlasoval" in m.group(0) or "voted" in m.group(0)
    best = {**reads[0], **reads[1]} if len(reads[1]) > len(reads[0]) else {**reads[1], **reads[0]}
    return best if len(best) >= 2 or (best and voted) else {}


def _abstentions(folded: str, lang: str) -> int | None:
    """Abstentions stated beside a for/against pair ("carried 5-1, with 1 abstention")."""
    for pat in _label_patterns(lang)["abstain"]:
        m = pat.search(folded)
        if m:
            return int(m.group("n"))
    return None


@cache
def _roll_call_rx(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(slot, label pattern) of the named votes, compiled once per language: every sentence is tried."""
    return tuple((slot, re.compile(rf"(?<![\w])(?:{'|'.join(words)})\s*:\s*([^\d.;:][^.;:]*)"))
                 for slot, words in cues.data(lang, _NAME)["labels"].items())


def _roll_call(text: str, folded: str, lang: str) -> dict[str, int]:
    """Named votes ("Ayes: Delaney, Okafor, Whitfield. Nays: Raman."): the count is the number of names."""
    d = cues.data(lang, _NAME)
    nobody = {w.strip() for w in d.get("nobody", [])}
    found: dict[str, int] = {}
    for slot, rx in _roll_call_rx(lang):
        m = rx.search(folded)
        if m:
            names = [n.strip() for n in re.split(r",|\band\b|\ba\b|&", text[m.start(1):m.end(1)]) if n.strip()]
            found[slot] = 0 if len(names) == 1 and cues.fold_keep(names[0]) in nobody else len(names)
    return found


def _has_vote_word(folded: str, lang: str) -> bool:
    words = cues.data(lang, _NAME)["vote_words"]
    return any(cached_rx(rf"\b{w}").search(folded) for w in words)


def _counts(folded: str, lang: str, text: str = "") -> tuple[int | None, int | None, int | None] | None:
    found = _labelled(folded, lang)
    if found:
        return found.get("for"), found.get("against"), found.get("abstain")
    d = cues.data(lang, _NAME)
    triple = cached_rx(d["triple"]).search(folded)
    paren = cached_rx(d["paren_triple"]).search(folded) if d.get("paren_triple") else None
    if paren:  # "(9/0/0)" after a resolution: a tally even without a vote word
        triple = paren
    if triple and (paren or _has_vote_word(folded, lang)):
        a, b, c = (int(x) for x in triple.groups())
        return a, b, c
    pair = cached_rx(d["pair"]).search(folded) if d.get("pair") else None
    if pair:
        return int(pair.group(3)), int(pair.group(4)), _abstentions(folded, lang)
    pair = cached_rx(d["pair_votes"]).search(folded) if d.get("pair_votes") else None
    if pair:  # "RESOLVED to approve ..., by 5 votes to 1"
        return int(pair.group(1)), int(pair.group(2)), _abstentions(folded, lang)
    named = _roll_call(text, folded, lang) if text else {}
    return (named.get("for"), named.get("against"), named.get("abstain")) if named else None


def _stated_result(folded: str, lang: str) -> str | None:
    if cues.any_match(cues.patterns(lang, _NAME, "failed"), folded):
        return "rejected"
    if cues.any_match(cues.patterns(lang, _NAME, "passed"), folded):
        return "adopted"
    return None


def _by_counts(f: int | None, a: int | None, s: int | None, lang: str) -> str | None:
    if f is None:
        return None
    if cues.data(lang, _NAME).get("majority_rule") == "all_present":
        return "adopted" if f > (a or 0) + (s or 0) else "rejected"
    return "adopted" if f > (a or 0) else "rejected"


def _spelled(folded: str, lang: str) -> str | None:
    """The text with counts written as words in digits ("six in favour, two against" -> "6 in favour, 2
    against"), when it speaks of a vote; None when there is nothing to read so."""
    words: dict[str, int] = cues.data(lang, _NAME).get("number_words", {})
    if not words or not cues.any_match(cues.patterns(lang, _NAME, "number_words_context"), folded):
        return None
    alt = "|".join(sorted(words, key=len, reverse=True))
    out = re.sub(rf"\b({alt})\b", lambda m: str(words[m.group(1)]), re.sub(r"\bno\s+one\b", "nobody", folded))
    return out if out != folded else None


def parse_vote(text: str, lang: str) -> Vote | None:
    """The vote stated in `text`, or None when it states none."""
    folded = cues.fold_keep(text)
    counts = _counts(folded, lang, text)
    if counts is None and (spelled := _spelled(folded, lang)) is not None:
        counts = _counts(spelled, lang)
    unanimous = cues.any_match(cues.patterns(lang, _NAME, "unanimous"), folded)
    if counts is None and not unanimous:
        return None
    f, a, s = counts if counts else (None, None, None)
    if sum(x is not None for x in (f, a, s)) >= 2:  # "carried 4-0": a count not written is zero
        f, a, s = f or 0, a or 0, s or 0
    if unanimous and counts is None:
        a, s = 0, 0
    result = _stated_result(folded, lang) or ("adopted" if unanimous else _by_counts(f, a, s, lang))
    return Vote(for_=f, against=a, abstain=s, result=result, text=text.strip())
