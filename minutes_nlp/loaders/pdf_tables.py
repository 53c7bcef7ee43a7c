"""Tables in PDF pages: ruled tables found by pdfplumber, label/value tables found from alignment.

pdfplumber is slow (~10 pages/s), so it runs only on pages whose vector graphics contain enough ruling
lines to make a grid; the cell text still comes from pdfium's segments so spacing and hyphens match the rest.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pypdfium2.raw as pdfium_c

from minutes_nlp.loaders.pdf_layout import Frame, Line, Seg, split_pieces

RULE_THICKNESS = 2.5  # points: thinner than this is a line, not a filled shape
MAX_PAGE_OBJECTS = 20_000


@dataclass
class TableItem:
    rows: list[list[str]]
    page: int
    top: float


@dataclass(frozen=True)
class Rules:
    """Thin horizontal and vertical strokes of a page, top-down coordinates: (y, x0, x1) and (x, top, bottom)."""

    horizontal: tuple[tuple[float, float, float], ...]
    vertical: tuple[tuple[float, float, float], ...]

    @property
    def suggests_table(self) -> bool:
        return len(self.horizontal) >= 2 and len(self.vertical) >= 2


def page_rules(page: Any, frame: Frame) -> Rules:
    """Ruling lines from the page's path objects (rectangles count as their four edges)."""
    count = pdfium_c.FPDFPage_CountObjects(page.raw)
    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    if count > MAX_PAGE_OBJECTS:
        return Rules((), ())
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for i in range(count):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        x0, y0, x1, y1 = frame.box(left.value, bottom.value, right.value, top.value)
        if y1 - y0 <= RULE_THICKNESS and x1 - x0 >= 15:
            horizontal.append(((y0 + y1) / 2, x0, x1))
        elif x1 - x0 <= RULE_THICKNESS and y1 - y0 >= 8:
            vertical.append(((x0 + x1) / 2, y0, y1))
        elif x1 - x0 >= 15 and y1 - y0 >= 8:
            horizontal += [(y0, x0, x1), (y1, x0, x1)]
            vertical += [(x0, y0, y1), (x1, y0, y1)]
    return Rules(tuple(horizontal), tuple(vertical))


Bbox = tuple[float, float, float, float]
SNAP = 2.0


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SNAP:
            out.append(v)
    return out


def _regions(rules: Rules) -> list[Bbox]:
    """Bounding boxes of groups of rules that touch each other (one per table)."""
    boxes = [(x0, y - SNAP, x1, y + SNAP) for y, x0, x1 in rules.horizontal]
    boxes += [(x - SNAP, y0, x + SNAP, y1) for x, y0, y1 in rules.vertical]
    merged: list[Bbox] = []
    for box in sorted(boxes, key=lambda b: (b[1], b[0])):
        for k, m in enumerate(merged):
            if box[0] <= m[2] + SNAP and box[2] >= m[0] - SNAP and box[1] <= m[3] + SNAP and box[3] >= m[1] - SNAP:
                merged[k] = (min(m[0], box[0]), min(m[1], box[1]), max(m[2], box[2]), max(m[3], box[3]))
                break
        else:
            merged.append(box)
    return merged


def _covered(segments: list[tuple[float, float, float]], at: float, lo: float, hi: float) -> bool:
    """Is there a rule at coordinate `at` spanning the middle of [lo, hi]?"""
    mid = (lo + hi) / 2
    return any(abs(pos - at) <= SNAP and a - SNAP <= mid <= b + SNAP for pos, a, b in segments)


def grids_from_rules(rules: Rules) -> list[list[list[Bbox | None]]]:
    """Tables as rows of cell boxes, rebuilt from the ruling lines; a missing inner vertical rule merges
    the cells on both sides (a spanned cell is one cell, as in the DOCX)."""
    out = []
    for region in _regions(rules):
        inside_h = [h for h in rules.horizontal if region[1] - SNAP <= h[0] <= region[3] + SNAP]
        inside_v = [v for v in rules.vertical if region[0] - SNAP <= v[0] <= region[2] + SNAP]
        ys, xs = _snap([h[0] for h in inside_h]), _snap([v[0] for v in inside_v])
        if len(ys) < 2 or len(xs) < 3:
            continue
        rows: list[list[Bbox | None]] = []
        for top, bottom in zip(ys, ys[1:], strict=False):
            if not _covered(inside_v, xs[0], top, bottom):
                continue
            row: list[Bbox | None] = []
            start = xs[0]
            for x in xs[1:]:
                if _covered(inside_v, x, top, bottom):
                    row.append((start, top, x, bottom))
                    start = x
            if row:
                rows.append(row)
        if rows and max(len(r) for r in rows) >= 2:
            out.append(rows)
    return out


def ruled_tables(plumber_page: Any) -> list[list[list[Bbox | None]]]:
    """Fallback: cell boxes per row of each table pdfplumber finds from the ruling lines (slow)."""
    tables = plumber_page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"})
    out = []
    for table in tables:
        rows = [list(row.cells) for row in table.rows]
        if len(rows) >= 1 and max(len(r) for r in rows) >= 2:
            out.append(rows)
    return out


def _inside(seg: Seg, box: Bbox) -> bool:
    cx, cy = (seg.x0 + seg.x1) / 2, (seg.top + seg.bottom) / 2
    return box[0] - 1 <= cx <= box[2] + 1 and box[1] - 1 <= cy <= box[3] + 1


def carve_tables(lines: list[Line], grids: list[list[list[Bbox | None]]],
                 join: Callable[[list[Line]], str]) -> list[Line | TableItem]:
    """Replace the segments inside each grid by one TableItem placed where the table's first line was."""
    items: list[Line | TableItem] = []
    placeholders: dict[int, TableItem] = {}
    cells: dict[tuple[int, int, int], list[tuple[int, Line]]] = {}
    for n, line in enumerate(lines):
        rest: list[Seg] = []
        for seg in line.segs:
            hit = _find_cell(seg, grids)
            if hit is None:
                rest.append(seg)
                continue
            bucket = cells.setdefault(hit, [])
            if bucket and bucket[-1][0] == n:
                bucket[-1][1].segs.append(seg)
            else:
                bucket.append((n, Line([seg], line.page)))
            if hit[0] not in placeholders:
                placeholders[hit[0]] = TableItem([], line.page, seg.top)
                items.append(placeholders[hit[0]])
        if any(not s.blank for s in rest):
            items.append(Line(rest, line.page))
    for t, item in placeholders.items():
        item.rows = _grid_rows(t, grids[t], cells, join)
    return items


def _find_cell(seg: Seg, grids: list[list[list[Bbox | None]]]) -> tuple[int, int, int] | None:
    if seg.blank:
        return None
    for t, grid in enumerate(grids):
        for r, row in enumerate(grid):
            for c, box in enumerate(row):
                if box is not None and _inside(seg, box):
                    return t, r, c
    return None


def _grid_rows(t: int, grid: list[list[Bbox | None]], cells: dict[tuple[int, int, int], list[tuple[int, Line]]],
               join: Callable[[list[Line]], str]) -> list[list[str]]:
    rows = []
    for r, row in enumerate(grid):
        texts = []
        for c, box in enumerate(row):
            if box is None:
                continue  # a merged cell: its text is in the cell that spans it
            parts = [line for _, line in cells.get((t, r, c), [])]
            for part in parts:
                part.refresh()
            texts.append(join(_merge_same_line(parts)))
        rows.append(texts)
    return rows


def _merge_same_line(parts: list[Line]) -> list[Line]:
    """Segments of one cell that sit on the same baseline form one line."""
    out: list[Line] = []
    for part in parts:
        if out and abs(out[-1].top - part.top) < 0.5 * max(part.size, 1.0):
            out[-1].segs.extend(part.segs)
            out[-1].refresh()
        else:
            out.append(part)
    return out


def label_value_rows(lines: list[Line], join: Callable[[list[Line]], str]) -> list[Line | TableItem]:
    """Runs of lines whose pieces sit in the same columns ("label   value", or a table drawn without
    rules) become one table; the rest stay lines."""
    items: list[Line | TableItem] = []
    i = 0
    while i < len(lines):
        end, rows = _aligned_run(lines, i, join)
        if len(rows) >= 2:
            items.append(TableItem(rows, lines[i].page, lines[i].top))
            i = end
        else:
            items.append(lines[i])
            i += 1
    return items


ALIGN = 4.0  # points: pieces starting this close share a column


def _columns_of(pieces: list[Line], columns: list[float]) -> list[int] | None:
    """The column index of each piece, or None when a piece starts off every column."""
    out: list[int] = []
    for piece in pieces:
        hit = next((c for c, x in enumerate(columns) if abs(piece.x0 - x) < ALIGN), None)
        if hit is None or (out and hit <= out[-1]):
            return None
        out.append(hit)
    return out


def _aligned_run(lines: list[Line], start: int, join: Callable[[list[Line]], str]) -> tuple[int, list[list[str]]]:
    first = split_pieces(lines[start])
    if len(first) < 2 or not _row_like(first):
        return start, []
    columns = [p.x0 for p in first]
    rows: list[list[list[Line]]] = [[[p] for p in first]]
    last_bottom = lines[start].bottom
    i = start + 1
    while i < len(lines) and lines[i].page == lines[start].page:
        pieces = split_pieces(lines[i])
        where = _columns_of(pieces, columns)
        if where is None:
            break
        if len(pieces) == len(columns) and _row_like(pieces):
            rows.append([[p] for p in pieces])
        elif len(pieces) < len(columns) and lines[i].top - last_bottom < 1.2 * lines[i].size:
            if 0 in where and not pieces[0].text.lstrip()[:1].islower():
                rows.append([[] for _ in columns])  # a new row with empty cells
            for piece, c in zip(pieces, where, strict=True):
                rows[-1][c].append(piece)  # else a wrapped cell continues on the next line
        else:
            break
        last_bottom = lines[i].bottom
        i += 1
    return i, [[join(cell) for cell in row] for row in rows]


def _row_like(pieces: list[Line]) -> bool:
    """Cells apart by a real gutter; with two columns the first must be a short label."""
    apart = all(a.x1 < b.x0 and b.x0 - a.x0 >= 50 for a, b in zip(pieces, pieces[1:], strict=False))
    return apart and (len(pieces) > 2 or len(pieces[0].text.strip()) <= 40)
