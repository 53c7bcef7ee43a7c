"""PDF loader: pypdfium2 for text and positions (fast), pdfplumber only for pages that draw a table grid.

Scanned PDFs have no text layer; we say so, and run `ocrmypdf` first when it is installed.
"""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from minutes_nlp.config import Limits
from minutes_nlp.document import Document, DocumentBuilder, Source
from minutes_nlp.errors import InputError, NoTextError
from minutes_nlp.loaders.limits import check_pages
from minutes_nlp.loaders.pdf_blocks import BlockEmitter, find_columns, order_columns
from minutes_nlp.loaders.pdf_furniture import mark_furniture
from minutes_nlp.loaders.pdf_layout import Frame, Line, page_lines
from minutes_nlp.loaders.pdf_tables import (
    Rules,
    TableItem,
    carve_tables,
    grids_from_rules,
    label_value_rows,
    page_rules,
    ruled_tables,
)
from minutes_nlp.loaders.textjoin import join_all

OCR_TIMEOUT_S = 600
MIN_CHARS_PER_PAGE = 5


@dataclasses.dataclass
class _Pages:
    lines: list[list[Line]]
    heights: list[float]
    rules: list[Rules]


def _open(path: Path, data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text:
            raise InputError("encrypted PDF: it needs a password to open (decrypt it first, e.g. "
                             "`qpdf --decrypt --password=... in.pdf out.pdf`)", path) from None
        raise InputError(f"corrupt or truncated PDF ({exc})", path) from None


def _read_pages(pdf: pdfium.PdfDocument) -> _Pages:
    pages = _Pages([], [], [])
    for i in range(len(pdf)):
        page = pdf[i]
        try:
            pages.lines.append(page_lines(page, i + 1))
            frame = Frame.of(page)
            pages.heights.append(frame.display_height)
            pages.rules.append(page_rules(page, frame))
        finally:
            page.close()
    return pages


def _text_chars(pages: _Pages) -> int:
    return sum(len(ln.text.strip()) for lines in pages.lines for ln in lines)


def load_pdf(path: Path, data: bytes, source: Source, limits: Limits, ocr_done: bool = False) -> Document:
    pdf = _open(path, data)
    try:
        count = len(pdf)
        check_pages(path, count, limits)
        if count == 0:
            raise InputError("PDF has no pages", path)
        pages = _read_pages(pdf)
    finally:
        pdf.close()
    if _text_chars(pages) < MIN_CHARS_PER_PAGE * count:
        return _scanned(path, data, source, limits, ocr_done)
    return _assemble(pages, data, dataclasses.replace(source, pages=count))


def _scanned(path: Path, data: bytes, source: Source, limits: Limits, ocr_done: bool) -> Document:
    exe = shutil.which("ocrmypdf")
    if exe is None or ocr_done:
        raise NoTextError("PDF has no text layer (it looks scanned); add one with OCR, e.g. "
                          f"`ocrmypdf -l ces+eng {path.name} out.pdf`, and load out.pdf", path)
    with tempfile.TemporaryDirectory(prefix="minutes-ocr-") as tmp:
        out = Path(tmp) / "ocr.pdf"
        cmd = [exe, "--quiet", "-l", "ces+eng", "--skip-text", str(path), str(out)]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=OCR_TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise NoTextError(f"PDF has no text layer and ocrmypdf failed ({type(exc).__name__})", path) from None
        if proc.returncode != 0 or not out.is_file():
            raise NoTextError("PDF has no text layer (it looks scanned) and ocrmypdf could not add one", path)
        doc = load_pdf(path, out.read_bytes(), source, limits, ocr_done=True)
    return dataclasses.replace(doc, warnings=("text from OCR (ocrmypdf): expect recognition errors",
                                              *doc.warnings))


class _Plumber:
    """pdfplumber opened lazily, once, and only if some page has a table grid."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pdf: Any = None

    def grids(self, page_no: int) -> list[Any]:
        import pdfplumber

        if self.pdf is None:
            self.pdf = pdfplumber.open(io.BytesIO(self.data))
        return ruled_tables(self.pdf.pages[page_no - 1])

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def _join(lines: list[Line]) -> str:
    return join_all([ln.text for ln in lines])


def _page_items(lines: list[Line], rules: Rules, plumber: _Plumber) -> list[Line | TableItem]:
    """One page's body in reading order: table grids carved out, columns read one after the other.

    Grids come from the page's own ruling lines; pdfplumber is asked only when there are clearly enough
    rules for a table that could not be rebuilt from them."""
    if not lines:
        return []
    if rules.suggests_table:
        grids: list[Any] = grids_from_rules(rules)
        if not grids and len(rules.horizontal) >= 3 and len(rules.vertical) >= 3:
            grids = plumber.grids(lines[0].page)
        if grids:
            return carve_tables(lines, grids, _join)
    cols = find_columns(lines)
    if cols is not None:
        return list(order_columns(lines, cols))
    return label_value_rows(lines, _join)


def _join_split_tables(items: list[Line | TableItem]) -> list[Line | TableItem]:
    """A table that ends one page and starts the next with the same columns is one table; a header row
    repeated on the new page is dropped."""
    out: list[Line | TableItem] = []
    for item in items:
        prev = out[-1] if out else None
        if isinstance(item, TableItem) and isinstance(prev, TableItem) and item.page == prev.page + 1 \
                and item.rows and prev.rows and len(item.rows[0]) == len(prev.rows[0]):
            rows = item.rows[1:] if item.rows[0] == prev.rows[0] else item.rows
            prev.rows = prev.rows + rows
            continue
        out.append(item)
    return out


def _assemble(pages: _Pages, data: bytes, source: Source) -> Document:
    mark_furniture(pages.lines, pages.heights)
    builder = DocumentBuilder(source)
    plumber = _Plumber(data)
    items: list[Line | TableItem] = []
    try:
        for lines, rules in zip(pages.lines, pages.rules, strict=True):
            items += _page_items([ln for ln in lines if not ln.furniture], rules, plumber)
    finally:
        plumber.close()
    empty = [n for n, lines in enumerate(pages.lines, start=1) if not lines]
    if empty:
        builder.warn(f"page(s) {', '.join(map(str, empty))} have no text layer (scanned or images only); "
                     "their content is missing unless OCRed (ocrmypdf)")
    items = _join_split_tables(items)
    emitter = BlockEmitter(builder, [it for it in items if isinstance(it, Line)])
    for item in items:
        if isinstance(item, TableItem):
            emitter.table(item)
        else:
            emitter.line(item)
    emitter.flush()
    for lines in pages.lines:
        for ln in lines:
            if ln.furniture:
                builder.furniture(ln.furniture, ln.text, ln.page)
    return builder.build()
