"""A firm the earlier minutes of the series name in full, written here by its first word only: a programme board
names its supplier "Corvalis Digital Ltd" once and then "TH (Corvalis)", "re-run by Altmore". A capitalised word
that stands where an actor stands (after an actor word, in brackets after a person's initials, alone in a table
cell) and opens the name of exactly one firm with a legal form in the earlier minutes is that firm, reported as
written with the firm's name as its full name. Earlier minutes are read only when such a word occurs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from minutes_nlp.extract.orgbase import _patterns, _prov, _word
from minutes_nlp.extract.orgfound import ACTOR, Acc, add
from minutes_nlp.extract.result import Mention
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold


@cache
def _firm_pattern(lang: str) -> re.Pattern[str] | None:
    """Capitalised words closed by a legal form ("Corvalis Digital Ltd", "Altmore Systems Ltd")."""
    forms = sorted(_patterns(lang).get("legal_forms", ()), key=len, reverse=True)
    if not forms:
        return None
    alt = "|".join(re.escape(f) for f in forms)
    return re.compile(r"(?<![\w&])((?:[A-Z][\w&'’-]*[ \t]+){1,3})(?:" + alt + r")(?![\w])")


def _cell_alone(a: BlockAnalysis, i: int) -> bool:
    """Token i fills its table cell or line ("| Corvalis |")."""
    text = a.block.text
    before = text[:a.tokens[i].start - a.block.start].rsplit("\n", 1)[-1].rsplit("\t", 1)[-1]
    after = text[a.tokens[i].end - a.block.start:].split("\n", 1)[0].split("\t", 1)[0]
    return "\t" in text and not before.strip() and not after.strip()


def _actor_slot(a: BlockAnalysis, i: int, cues: set[str]) -> bool:
    """After an actor word, in brackets after a person's initials ("TH (Corvalis)"), or alone in a cell."""
    nxt = a.tokens[i + 1] if i + 1 < len(a.tokens) else None
    gap = a.block.text[a.tokens[i].end - a.block.start:nxt.start - a.block.start] if nxt else ""
    if nxt is not None and (nxt.is_cap or nxt.is_upper) and not gap.strip() and not a.tokens[i].text.endswith("."):
        return False  # "Altmore Systems": the first word of a longer name
    if _word(a, i - 1).lower() in cues and i not in a.sentence_starts:
        return True
    bracket = _word(a, i - 1) == "(" and _word(a, i + 1) == ")" and i >= 2 and a.tokens[i - 2].is_upper
    return bracket or _cell_alone(a, i)


def _candidates(analyses: Sequence[BlockAnalysis], lang: str,
                found: dict[str, Acc]) -> list[tuple[BlockAnalysis, int]]:
    cues = set(_patterns(lang).get("repeated_actor_words", ()))
    known = {w for acc in found.values() for f in (*acc.used, *acc.aliases, acc.full_name or "") for w in f.split()}
    out = []
    for a in analyses:
        taken = {i for h in (*a.orgs, *a.places) for i in range(h.start, h.end)} | {
            i for n in a.names for i in range(n.start, n.end)}
        out += [(a, i) for i, t in enumerate(a.tokens) if i not in taken and len(w := t.word) > 2  # cheap tests first
                and w not in known and t.is_cap and _actor_slot(a, i, cues)]
    return out


def series_firms(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc],
                 previous: Callable[[], Sequence[str]] | None) -> None:
    """Add the firms of the earlier minutes named here by their first word (`previous` gives their texts)."""
    pattern = _firm_pattern(lang)
    uses = _candidates(analyses, lang, found) if pattern and previous else []
    if not uses or pattern is None or previous is None:
        return
    firms: dict[str, set[str]] = {}
    for text in previous():
        for m in pattern.finditer(text):
            name = " ".join(m.group(0).split())
            firms.setdefault(name.split()[0], set()).add(name)
    for a, i in uses:
        word = a.words[i]
        names = firms.get(word, set())
        if len(names) == 1:
            full = next(iter(names))
            add(found, "ser:" + fold(full), Mention(word, _prov(a, i, i + 1)), word, full_name=full,
                kind="organisation", method=ACTOR, confidence=0.6)


def generic_reference(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc],
                      previous: Callable[[], Sequence[str]] | None) -> None:
    """"processor for the council", "how the council holds the supplier to account": a common noun after "the"
    that stands for the one body of its kind (org_patterns "generic_references": noun -> head) is the body of
    that kind the document names, or else the one its earlier minutes name ("Westmarsh County Council"); not
    where a common noun modifies a noun ("the council tax system"); an acronym names its body also as a
    modifier ("trusts in the ICB area", "the ICB plan": the ICB's area, its plan)."""
    refs = {k: v for k, v in _patterns(lang).get("generic_references", {}).items()}
    uses = [(a, i) for a in analyses for i, t in enumerate(a.tokens)
            if t.word in refs and _word(a, i - 1).lower() == "the" and (t.is_upper or not _modifies(a, i, lang))]
    for head in {refs[a.words[i]] for a, i in uses}:
        mine = [(a, i) for a, i in uses if refs[a.words[i]] == head]
        here = {f for acc in found.values() for f in acc.used if len(f.split()) >= 2 and f.split()[-1] == head}
        names = here or (_named(previous(), head) if previous else set())
        if len(names) != 1:
            continue
        full = next(iter(names))
        own = {"act:" + fold(a.words[i]) for a, i in mine} & set(found)  # "(Director of Place, ICB)"
        key = next((k for k, acc in found.items() if full in acc.used), next(iter(own), "ser:" + fold(full)))
        for a, i in mine:
            add(found, key, Mention(a.words[i], _prov(a, i, i + 1)), None, full_name=full,
                kind="organisation", method=ACTOR, confidence=0.6)


def _modifies(a: BlockAnalysis, i: int, lang: str) -> bool:
    """"the council tax": a lower-case word after the noun that is no verb (org_patterns "actor_followers",
    "actor_verb_endings") makes the noun its modifier."""
    pat = _patterns(lang)
    nxt = _word(a, i + 1)
    if a.tokens[i].text.endswith((".", ",", ";", ":")) or not nxt.isalpha() or not nxt.islower():
        return False
    return nxt not in pat.get("actor_followers", ()) and not nxt.endswith(tuple(pat.get("actor_verb_endings", ())))


def _named(texts: Sequence[str], head: str) -> set[str]:
    """Names of two to four capitalised words closed by `head` in the texts ("Westmarsh County Council"); a head
    of several words ("Integrated Care Board") may follow areas joined by "and" ("NHS Fernbridge and Harrowfield
    Integrated Care Board")."""
    joined = r"(?:and |& )?" if " " in head else ""
    pattern = re.compile(r"(?<![\w])((?:" + joined + r"[A-Z][\w'’-]+ ){1,3})" + re.escape(head) + r"\b")
    return {" ".join(m.group(0).split()) for t in texts for m in pattern.finditer(t)}
