"""Running headers, footers and page numbers of a PDF: lines at a page edge that recur on most pages.

A PDF has no header part as DOCX has; furniture is recognised by repetition at the page edges, comparing lines
with their numbers masked ("Zápis č. 4/2025 – strana 2 z 4"). Masking alone also makes two vote lines that
happen to open or close a page look alike ("Hlasování o usnesení č. 3/2025: 9 pro, 0 proti" and "... č. 7/2025:
...") and would drop them from the body, so a recurring line's numbers must either stay the same or follow the
page number; and a header is compared with headers, a footer with footers.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from minutes_nlp.loaders.pdf_layout import Line
from minutes_nlp.loaders.textjoin import furniture_key, is_page_number

ZONE = 0.12  # top/bottom fraction of the page where running headers and footers live
EDGE_LINES = 3  # only this many lines at the top/bottom of a page can be furniture
PAGE_SLACK = 3  # a bare number this far from the page's position can still number it
_DIGITS = re.compile(r"\d+")


def _edge_lines(lines: list[Line], height: float) -> list[tuple[Line, str]]:
    by_top = sorted(lines, key=lambda ln: ln.top)
    out = [(ln, "header") for ln in by_top[:EDGE_LINES] if ln.bottom <= height * ZONE]
    out += [(ln, "footer") for ln in by_top[-EDGE_LINES:] if ln.top >= height * (1 - ZONE)]
    return out


def mark_furniture(pages: list[list[Line]], heights: list[float]) -> None:
    """Page numbers at a page edge, and edge lines recurring on most pages, become furniture."""
    edges = [_edge_lines(lines, h) for lines, h in zip(pages, heights, strict=True)]
    running = _running_keys(edges, need=max(2, (len(pages) + 1) // 2))
    offsets = _page_offsets(edges)
    for page_no, page_edges in enumerate(edges, start=1):
        for ln, zone in page_edges:
            if _numbers_page(ln.text, page_no, offsets):
                ln.furniture = "page_number"
            elif len(pages) >= 2 and (zone, furniture_key(ln.text)) in running:
                ln.furniture = zone


def _running_keys(edges: list[list[tuple[Line, str]]], need: int) -> set[tuple[str, str]]:
    """(zone, masked text) of the lines that recur on at least `need` pages."""
    found: defaultdict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for page_no, page_edges in enumerate(edges, start=1):
        for ln, zone in page_edges:
            found[(zone, furniture_key(ln.text))].append((page_no, ln.text))
    return {key for key, lines in found.items() if _recurring_pages(lines) >= need}


def _recurring_pages(lines: list[tuple[int, str]]) -> int:
    """On how many pages one running line recurs: all of them when its numbers stay or follow the page,
    else only those where the very same text comes back."""
    if _numbers_agree(lines):
        return len({page for page, _ in lines})
    by_text: defaultdict[str, set[int]] = defaultdict(set)
    for page, text in lines:
        by_text[" ".join(text.lower().split())].add(page)
    return max(len(pages) for pages in by_text.values())


def _numbers_agree(lines: list[tuple[int, str]]) -> bool:
    """Each number of the line is the same on every page ("2025") or moves with the page ("strana 2 z 4")."""
    rows = [(page, [int(n) for n in _DIGITS.findall(text)]) for page, text in lines]
    for j in range(len(rows[0][1])):
        if len({nums[j] for _, nums in rows}) > 1 and len({nums[j] - page for page, nums in rows}) > 1:
            return False
    return True


def _bare_number(text: str) -> int | None:
    """The value of a line that is only a number ("2", "- 3 -", "[4]", "2024."), else None."""
    compact = "".join(text.split()).strip("-–—[].")
    return int(compact) if compact.isdigit() and len(compact) <= 4 else None


def _page_offsets(edges: list[list[tuple[Line, str]]]) -> set[int]:
    """Offsets (number minus page position) that number pages: near zero, or repeated on two pages or more
    (an excerpt whose pages are numbered 37, 38, ...)."""
    seen: Counter[int] = Counter()
    for page_no, page_edges in enumerate(edges, start=1):
        seen.update({n - page_no for ln, _ in page_edges if (n := _bare_number(ln.text)) is not None})
    return {off for off, count in seen.items() if abs(off) <= PAGE_SLACK or count >= 2}


def _numbers_page(text: str, page_no: int, offsets: set[int]) -> bool:
    """A page number, and for a bare number one that fits the page: "2024." at the top of a page is the end
    of a date that wrapped from the page before."""
    if not is_page_number(text):
        return False
    n = _bare_number(text)
    return n is None or n - page_no in offsets
