"""The regional office of the document's region: Czech municipal minutes write "krajský úřad" for the one office
of the region the municipality lies in ("přezkoumání provedl krajský úřad"). Where a body of that kind is named
by its kind alone and the document (or, naming none, its earlier minutes) names exactly one region (in a
body's name: "Finanční úřad pro Kraj Vysočina", "Kraj Vysočina"), it is that region's office from the gazetteer
("Krajský úřad Kraje Vysočina").
The bare kinds and the gazetteer kind they stand for are data (org_patterns "regional_kinds").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from minutes_nlp.extract.orgbase import _patterns
from minutes_nlp.extract.orgfound import Acc
from minutes_nlp.nlp.gazetteer import Entry, institutions
from minutes_nlp.nlp.stem import stems
from minutes_nlp.textutil import fold


def _holds(words: Sequence[str], part: Sequence[str]) -> bool:
    n = len(part)
    return n > 0 and any(list(words[k:k + n]) == list(part) for k in range(len(words) - n + 1))


def _regions(found: dict[str, Acc], lang: str) -> set[Entry]:
    """Regions of the gazetteer whose name (in any case) stands inside a name the document uses."""
    regions = [e for e in institutions(lang) if e.kind == "region" and e.full_name]
    names = [stems(f, lang) for acc in found.values() for f in (*acc.used, acc.full_name or "") if f]
    return {r for r in regions if any(_holds(n, stems(r.full_name or "", lang)) for n in names)}


def _earlier_regions(lang: str, previous: Callable[[], Sequence[str]] | None) -> set[Entry]:
    """Regions the earlier minutes of the series name, read only when this document names none."""
    if previous is None:
        return set()
    words = [w for text in previous() for w in stems(text, lang)]
    return {r for r in institutions(lang) if r.kind == "region" and r.full_name
            and _holds(words, stems(r.full_name, lang))}


def regional_office(found: dict[str, Acc], lang: str, previous: Callable[[], Sequence[str]] | None = None) -> None:
    """A bare "krajský úřad" in a document of one region is that region's office, under its full name; where
    the document names no region, the region its earlier minutes name ("od krajského úřadu" in the minutes of
    a town's company whose first minutes name "Krajský úřad Plzeňského kraje")."""
    kinds = {fold(k): v for k, v in _patterns(lang).get("regional_kinds", {}).items()}
    bare = [k for k, acc in found.items() if k.startswith("body:") and fold(acc.full_name or "") in kinds
            and all(fold(u) == fold(acc.full_name or "") for u in acc.used)]
    if not bare:
        return
    regions = _regions(found, lang) or _earlier_regions(lang, previous)
    if len(regions) != 1:
        return
    region = stems(next(iter(regions)).full_name or "", lang)
    for key in bare:
        acc = found[key]
        kind = kinds[fold(acc.full_name or "")]
        office = next((e for e in institutions(lang) if e.kind == kind and _holds(stems(e.full_name or "", lang),
                                                                                  region)), None)
        if office is None or office.full_name is None:
            continue
        acc.full_name, acc.kind = office.full_name, office.kind
        acc.aliases |= {office.name, *office.aliases, *acc.used}
        acc.used.clear()
        acc.used[office.full_name] += 1
