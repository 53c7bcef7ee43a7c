"""The entries of a programme written in one line ("Program: 1. Zahájení; 2. Kontrola úkolů ze 7. zasedání; 3.
Různé"), split by their running numbers. Split out of `agenda`, which links the programme with the body.
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"((?:^|[\s;,])(\d{1,2})[.)]\s+)")


def inline_numbered(text: str) -> list[tuple[str, str]]:
    """(number, title) of each entry; a number that does not count on from the entry before ("ze 7. zasedání",
    "k 30. 6.") belongs to that entry's title, as real programmes write dates and ordinals inside titles."""
    parts = _NUMBER.split(text)
    entries: list[list[str]] = []
    for i in range(1, len(parts) - 2, 3):
        if not entries or int(parts[i + 1]) == int(entries[-1][0]) + 1:
            entries.append([parts[i + 1], parts[i + 2]])
        else:
            entries[-1][1] += parts[i] + parts[i + 2]
    return [(n, t) for n, t in entries]
