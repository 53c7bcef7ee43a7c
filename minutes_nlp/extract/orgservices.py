"""A local authority's service named alone as an actor: "Highways had declined the request", "apply to Highways".

English parish and town council minutes call the county's highway authority, its trading standards or its
environmental health service by the service's name alone (org_patterns "service_names"). Such a word is a body
only where it stands alone as an actor: not inside a longer name ("County Council Highways", "National
Highways"), not modifying a noun ("Highways officer"), not a heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from minutes_nlp.extract.orgbase import _joined, _patterns, _prov, _word
from minutes_nlp.extract.orgfound import ACTOR, Acc, add, is_actor
from minutes_nlp.extract.result import Mention
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold


def services(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc]) -> None:
    """Report each service name used alone as an actor, under the name a found body gives it as an alias
    ("County Council Highways") when there is one, else under its own."""
    names = _service_words(lang)
    firsts = {words[0] for words in names if words}
    for a in analyses:
        for i in range(len(a.tokens)):
            j = _end(a, i, names) if a.words[i] in firsts or () in names else None
            if j is None or not _alone(a, i, j) or not _acting(a, i, j, lang):
                continue
            written = a.span_text(i, j)
            add(found, "svc:" + fold(written), Mention(written, _prov(a, i, j)), written, kind="organisation",
                method=ACTOR, confidence=0.6)


@cache
def _service_words(lang: str) -> tuple[tuple[str, ...], ...]:
    """The words of each service name, longest name first (split and sorted once per language)."""
    names = _patterns(lang).get("service_names", ())
    return tuple(tuple(n.split()) for n in sorted(names, key=lambda n: -len(n.split())))


def _end(a: BlockAnalysis, i: int, names: Sequence[tuple[str, ...]]) -> int | None:
    """End of a service name ("Highways", "Trading Standards", given as words) starting at token i."""
    for words in names:
        if tuple(_word(a, i + k) for k in range(len(words))) == words and all(
                _joined(a, i + k) for k in range(1, len(words))):
            return i + len(words)
    return None


def _alone(a: BlockAnalysis, i: int, j: int) -> bool:
    """No capitalised word of the same line right before or after it ("County Council Highways", "Highways
    England"), and not a sentence's or a line's first word followed by nothing (a heading)."""
    before = i > 0 and _joined(a, i) and (a.tokens[i - 1].is_cap or a.tokens[i - 1].is_upper) \
        and i - 1 not in a.sentence_starts
    after = j < len(a.tokens) and _joined(a, j) and (a.tokens[j].is_cap or a.tokens[j].is_upper)
    return not before and not after and j < len(a.tokens)


def _acting(a: BlockAnalysis, i: int, j: int, lang: str) -> bool:
    """After an actor word ("to Highways", "from Trading Standards") or before a verb ("Highways had declined",
    org_patterns "acting_verbs")."""
    return is_actor(a, i, j, lang) or _word(a, j).lower() in _patterns(lang).get("acting_verbs", ())
