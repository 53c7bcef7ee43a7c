"""Joining wrapped lines back into paragraphs, and recognising page-number furniture.

Shared by the PDF and text loaders: both see lines broken by a renderer, with hyphenation that must be
undone ("ministe-" + "riádě") except where the hyphen is part of the word ("bude-li", "Frýdek-Místek").
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang

SOFT_HYPHENS = "\ufffe\x02\u00ad"
_TRAILING_WORD = re.compile(r"(\w+)( ?)-$")
_LEADING_WORD = re.compile(r"^(\w+)")


@cache
def _layout() -> dict[str, set[str]]:
    """Layout words of every supported language merged: the language is not known while loading."""
    merged: dict[str, set[str]] = {}
    for code in lang.SUPPORTED:
        if not lang.has(code, "layout"):
            continue
        for key, values in lang.load(code, "layout").items():
            if key != "_about":
                merged.setdefault(key, set()).update(v.lower() for v in values)
    return merged


def layout_words(key: str) -> set[str]:
    """One key of the layout data, lower case, every language merged."""
    return _layout().get(key, set())


def _real_hyphen(left_word: str, right_word: str) -> bool:
    data = _layout()
    lw, rw = left_word.lower(), right_word.lower()
    return (f"{lw}-{rw}" in data.get("hyphen_compounds", set()) or rw in data.get("hyphen_keep_after", set())
            or lw in data.get("hyphen_keep_before", set()))


def join_lines(left: str, right: str) -> str:
    """`left` + `right` as one text, undoing end-of-line hyphenation (also "word -" with a stray space)."""
    left, right = left.rstrip(), right.strip()
    if not left or not right:
        return left or right
    if left[-1] in SOFT_HYPHENS:  # pdfium reports every line-end hyphen so, soft or typed: decide by words
        left = left[:-1].rstrip(SOFT_HYPHENS) + "-"
    m = _TRAILING_WORD.search(left[-80:]) if left.endswith("-") else None
    if m and right[0].isdigit() and not m.group(2):
        return left + right
    if m and right[0].isalpha():
        lead = _LEADING_WORD.match(right)
        right_word = lead.group(1) if lead else right
        spaced = bool(m.group(2))
        if right[0].islower() and not _real_hyphen(m.group(1), right_word):
            return left[: -2 if spaced else -1] + right
        if not spaced:
            return left + right
    return left + " " + right


_DROP_SOFT = str.maketrans("", "", SOFT_HYPHENS)


def join_all(lines: list[str]) -> str:
    """Lines joined pairwise, built as a list: re-joining a growing string would be quadratic."""
    parts: list[str] = []
    for line in lines:
        if not parts:
            parts.append(line.strip())
            continue
        joined = join_lines(parts[-1], line)
        if len(joined) > 400:  # a join only looks at the end: freeze the head, keep a short open tail
            parts[-1] = joined[:-200]
            parts.append(joined[-200:])
        else:
            parts[-1] = joined
    return "".join(parts).translate(_DROP_SOFT)


@cache
def _page_number_re() -> re.Pattern[str]:
    data = _layout()
    words = "|".join(re.escape(w) for w in sorted(data.get("page_words", set()), key=len, reverse=True))
    ofs = "|".join(re.escape(w) for w in sorted(data.get("of_words", set()), key=len, reverse=True))
    number = r"\d{1,4}"
    forms = [
        rf"{number}",
        rf"{number}\s*/\s*{number}",
        rf"[-–—]\s*{number}\s*[-–—]",
        rf"\[\s*{number}\s*\]",
        rf"(?:{words})\s*{number}(?:\s*(?:{ofs})\s*{number})?",
        rf"{number}\s*(?:{ofs})\s*{number}",
    ]
    return re.compile(r"^(?:" + "|".join(forms) + r")\.?$", re.IGNORECASE)


def is_page_number(text: str) -> bool:
    """'2', '1/4', '- 3 -', 'strana 2 z 5', 'Page 2 of 5': a line that only numbers the page."""
    return bool(_page_number_re().match(" ".join(text.split())))


def furniture_key(text: str) -> str:
    """Running headers repeat with a changing page number: compare them with digits masked."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def heading_like(text: str) -> bool:
    """Short enough for a heading, and not a sentence: a bold statement ending in a full stop is emphasis
    (a resolution, a deadline), unless it is as short as headings are ("Ad 1) Zahájení.")."""
    stripped = text.strip()
    if not 0 < len(stripped) <= 150 or "\n" in stripped:
        return False
    return not stripped.endswith((".", ";", ",")) or len(stripped) <= 60
