"""A region named by its shape where the gazetteer does not know it, split out of `bodies`: a capitalised adjective
and "kraje" ("Sázavského kraje"), as the organs of a region are named ("Zastupitelstvo Sázavského kraje")."""

from __future__ import annotations

from minutes_nlp.nlp.pipeline import BlockAnalysis


def _joined(a: BlockAnalysis, k: int) -> bool:
    gap = a.block.text[a.tokens[k - 1].end - a.block.start: a.tokens[k].start - a.block.start]
    return "\n" not in gap and "\t" not in gap


_KRAJ_FORMS = frozenset({"kraje", "kraji", "krajem", "kraj"})


def region_shape(a: BlockAnalysis, k: int) -> int | None:
    """End of a region named by its shape where the gazetteer does not know it: a capitalised adjective and
    "kraje" ("Sázavského kraje", "Podlipskému kraji"), as a region's organs are named ("Zastupitelstvo
    Sázavského kraje", "Rada Podlipského kraje"); a municipality is never named so."""
    if k + 1 >= len(a.tokens) or not a.tokens[k].is_cap or not _joined(a, k + 1):
        return None
    w = a.tokens[k].word
    if not w.endswith(("ého", "ému", "ém", "ým", "ý", "ský")) or a.words[k + 1] not in _KRAJ_FORMS:
        return None
    return k + 2
