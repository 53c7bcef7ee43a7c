"""A region's organ named generically after the document named it in full is the same body: "Rada Podlipského
kraje ... Rada kraje", "Zastupitelstvu Sázavského kraje ... zastupitelstvo kraje".

Regional minutes name the region's council, assembly or office once with the region and then as "Rada kraje",
"Zastupitelstvo kraje", "Krajský úřad" of "the" region. The short form is merged into the one full name with the
same head ("Rada", "Zastupitelstvo") and the same region noun, kept as an alias; with two candidates (two
regions named) the short form stays as it is.
"""

from __future__ import annotations

import re

from minutes_nlp.extract.orgfound import Acc
from minutes_nlp.textutil import fold

_REGION_NOUNS = ("kraje", "kraji", "krajem", "kraj")


def _name(acc: Acc) -> str:
    return acc.used.most_common(1)[0][0] if acc.used else ""


def _generic(name: str) -> tuple[str, str] | None:
    """ "Rada kraje" -> ("rada", "kraje"): a head and the region noun, nothing between."""
    m = re.fullmatch(r"(\w+)\s+(\w+)", name.strip())
    return (fold(m.group(1)), fold(m.group(2))) if m and fold(m.group(2)) in _REGION_NOUNS else None


def _full(name: str) -> tuple[str, str] | None:
    """ "Rada Podlipského kraje" -> ("rada", "kraje"): a head, a capitalised adjective, the region noun."""
    m = re.fullmatch(r"(\w+)\s+[A-ZÁ-Ž]\w+\s+(\w+)", name.strip())
    return (fold(m.group(1)), fold(m.group(2))) if m and fold(m.group(2)) in _REGION_NOUNS else None


def merge_generic_region_organs(found: dict[str, Acc]) -> None:
    """Fold each generic organ of "the region" into the one full name of it."""
    for key in [k for k, acc in found.items() if _generic(_name(acc))]:
        head = _generic(_name(found[key]))
        targets = [k for k, acc in found.items() if k != key and head is not None
                   and (full := _full(_name(acc))) is not None and full[0] == head[0]]
        if len(targets) != 1:
            continue
        acc = found.pop(key)
        target = found[targets[0]]
        target.mentions.extend(acc.mentions)
        target.aliases |= set(acc.used) | acc.aliases
