"""Places of one document: gazetteer places, and municipalities the gazetteer does not know, named after
their kind ("obce Dolní Lhota", "k. ú. Horní Vrbice"). Places are reported as places, never as people or
institutions.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from minutes_nlp.extract.orgnames import _joined, _patterns, _prov
from minutes_nlp.extract.result import Mention, Place
from minutes_nlp.nlp.names import lexicon
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.nlp.tokens import Token


def extract_places(analyses: Sequence[BlockAnalysis], lang: str = "cs") -> list[Place]:
    """Gazetteer places, and municipalities the gazetteer does not know named after their kind ("obce Dolní
    Lhota", "k. ú. Horní Vrbice"): the name in apposition is in the nominative."""
    found: dict[str, list[Mention]] = {}
    for a in analyses:
        for h in a.places:
            found.setdefault(h.entry.name, []).append(Mention(a.span_text(h.start, h.end), _prov(a, h.start, h.end)))
        for s, e in _named_municipalities(a, lang):
            found.setdefault(a.span_text(s, e).rstrip("."), []).append(Mention(a.span_text(s, e), _prov(a, s, e)))
    return [Place(name, tuple(ms)) for name, ms in found.items()]


@cache
def _municipality_nouns(lang: str) -> dict[str, list[tuple[str, ...]]]:
    """"obce", "k. ú." by their first token, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for n in sorted(_patterns(lang).get("municipality_nouns", ()), key=lambda n: -len(n.split())):
        out.setdefault(n.split()[0], []).append(tuple(n.split()))
    return out


def _person_word(t: Token, lang: str) -> bool:
    """A degree or a given name after a municipality's name opens a person ("obce Lhotka Josef Brabec")."""
    lex = lexicon(lang)
    return lex.is_degree(t) or bool(lex.first_name(t.word))


def _named_municipalities(a: BlockAnalysis, lang: str) -> list[tuple[int, int]]:
    nouns = _municipality_nouns(lang)
    taken = {i for h in (*a.orgs, *a.places) for i in range(h.start, h.end)}
    names = {i for sp in a.names for i in range(sp.name_start, sp.end)}
    out = []
    for i, t in enumerate(a.tokens):
        n = next((len(x) for x in nouns.get(t.text, ()) if tuple(u.text for u in a.tokens[i:i + len(x)]) == x), 0)
        k = i + n
        while n and k < len(a.tokens) and k - i - n < 4 and k not in taken | names and _joined(a, k) and (
                a.tokens[k].is_cap or a.words[k] in ("nad", "pod", "u") and k + 1 < len(a.tokens)) and not (
                k > i + n and _person_word(a.tokens[k], lang)):
            k += 1
            if a.tokens[k - 1].text.endswith("."):
                break  # "obce Lhotka. Příští ...": the sentence ends with the name
        if n and k > i + n and a.tokens[k - 1].is_cap:
            out.append((i + n, k))
    return out
