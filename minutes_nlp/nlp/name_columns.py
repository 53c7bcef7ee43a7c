"""Attendance tables that split a person's name into columns ("Titul | Jméno | Příjmení", "Title | First name |
Surname"): the cells of one row's name columns are one name, so the name finder may run across the cell
boundaries between them (elsewhere a cell boundary ends a name). The header words are data (`roles.json`
"name_part_columns")."""

from __future__ import annotations

from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold


def joined_tabs(text: str, lang: str) -> frozenset[int]:
    """Offsets of the tabs between two name-part cells of the rows under such a header."""
    lines = text.split("\n")
    parts = _columns(lang)
    if len(lines) < 2 or not parts:
        return frozenset()
    header = [fold(c).strip().rstrip(":") for c in lines[0].split("\t")]
    pairs = {c for c in range(len(header) - 1) if header[c] in parts and header[c + 1] in parts}
    out: set[int] = set()
    offset = len(lines[0]) + 1
    for line in lines[1:]:
        pos = offset
        for c, cell in enumerate(line.split("\t")):
            pos += len(cell)
            if c in pairs:
                out.add(pos)
            pos += 1
        offset += len(line) + 1
    return frozenset(out)


@cache
def _columns(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    return frozenset(fold(w) for w in langdata.load(code, "roles").get("name_part_columns", ()))
