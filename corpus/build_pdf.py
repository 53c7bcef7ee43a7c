"""Render a parsed corpus source to PDF with reportlab platypus, like a word processor's export.

DejaVu fonts for full Czech coverage; typed list labels (a PDF has no numbering.xml); running header and
footer drawn on every page; two frames per page for `layout: two-column`; no hyphenation and no split
words, so every annotation anchor survives; `invariant=1` so a rebuild gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from build_source import Block, Run, Source
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "DejaVuSans": "DejaVuSans.ttf", "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    "DejaVuSerif": "DejaVuSerif.ttf", "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
    "DejaVuSerif-Italic": "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic": "DejaVuSerif-BoldItalic.ttf",
}
MARGIN = 25 * mm
GAP = 8 * mm
FOOTER_TEXT: dict[str, Callable[[int, int], str]] = {
    "page-of": lambda p, n: f"{p}/{n}",
    "page": lambda p, n: str(p),
    "strana": lambda p, n: f"strana {p} z {n}",
    "page-x-of-y": lambda p, n: f"Page {p} of {n}",
    "none": lambda p, n: "",
}


class FontsMissing(RuntimeError):
    """The DejaVu TrueType fonts are not installed (Debian/Ubuntu: apt-get install fonts-dejavu-core)."""


def register_fonts(font_dir: Path = FONT_DIR) -> None:
    missing = [f for f in FONTS.values() if not (font_dir / f).is_file()]
    if missing:
        raise FontsMissing(f"DejaVu fonts missing in {font_dir}: {', '.join(missing)} "
                           "(install fonts-dejavu-core + fonts-dejavu-extra; committed PDFs need no rebuild)")
    if "DejaVuSerif" in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, str(font_dir / file)))
    pdfmetrics.registerFontFamily("DejaVuSerif", normal="DejaVuSerif", bold="DejaVuSerif-Bold",
                                  italic="DejaVuSerif-Italic", boldItalic="DejaVuSerif-BoldItalic")
    pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                                  italic="DejaVuSans-Oblique", boldItalic="DejaVuSans-BoldOblique")


def _style(name: str, font: str, size: float, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {"fontName": font, "fontSize": size, "leading": size * 1.3,
                               "splitLongWords": 0, "hyphenationLang": "", "embeddedHyphenation": 0,
                               "uriWasteReduce": 0, "allowWidows": 0, "allowOrphans": 0}
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": _style("title", "DejaVuSans-Bold", 16, spaceAfter=10, spaceBefore=0),
        "h1": _style("h1", "DejaVuSans-Bold", 12.5, spaceBefore=10, spaceAfter=5, keepWithNext=1),
        "h2": _style("h2", "DejaVuSans-Bold", 11, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "para": _style("para", "DejaVuSerif", 10, spaceAfter=6),
        "cell": _style("cell", "DejaVuSerif", 9.5),
        "list0": _style("list0", "DejaVuSerif", 10, leftIndent=18, bulletIndent=5, spaceAfter=3,
                        bulletFontName="DejaVuSans"),
        "list1": _style("list1", "DejaVuSerif", 10, leftIndent=36, bulletIndent=23, spaceAfter=3,
                        bulletFontName="DejaVuSans"),
    }


def _markup(runs: tuple[Run, ...]) -> str:
    parts = []
    for r in runs:
        text = escape(r.text)
        if r.italic:
            text = f"<i>{text}</i>"
        if r.bold:
            text = f"<b>{text}</b>"
        parts.append(text)
    return "".join(parts)


def _col_widths(block: Block, width: float, style: ParagraphStyle) -> list[float] | None:
    """Autofit like a word processor: each column gets at least its longest word, the rest of the width
    is shared by how much more each column would need to hold its longest cell on one line."""
    pad = 12.0
    cols = len(block.rows[0])
    minimum, natural = [], []
    for c in range(cols):
        texts = ["".join(r.text for r in row[c]) for row in block.rows]
        words = [w for t in texts for w in t.split()] or [""]
        minimum.append(pad + max(stringWidth(w, "DejaVuSerif-Bold", style.fontSize) for w in words))
        natural.append(pad + max(stringWidth(t, "DejaVuSerif-Bold", style.fontSize) for t in texts))
    spare = width - sum(minimum)
    extra = [n - m for n, m in zip(natural, minimum, strict=True)]
    if spare < 0:
        return None
    if sum(extra) == 0:
        return [width * m / sum(minimum) for m in minimum]
    if sum(extra) <= spare:
        share = [e + (spare - sum(extra)) / cols for e in extra]
    else:
        share = [spare * e / sum(extra) for e in extra]
    return [m + s for m, s in zip(minimum, share, strict=True)]


def _table(block: Block, styles: dict[str, ParagraphStyle], width: float, doc_id: str) -> Table:
    """Shrink the cell font (9.5 -> 7 pt) until every column holds its longest word; fail loudly rather
    than let words overflow into the next cell, which would garble the extracted text."""
    for size in (9.5, 9.0, 8.5, 8.0, 7.5, 7.0):
        style = ParagraphStyle(f"cell{size}", parent=styles["cell"], fontSize=size, leading=size * 1.25)
        widths = _col_widths(block, width, style)
        if widths is not None:
            break
    else:
        first = "".join(r.text for r in block.rows[0][0])
        raise RuntimeError(f"{doc_id}: table starting '{first}' is too wide even at 7 pt; "
                           "use fewer columns or shorter words")
    data = [[Paragraph(_markup(cell), style) for cell in row] for row in block.rows]
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=0)
    table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])
    return table


def flowables(src: Source, width: float) -> list[Flowable]:
    styles = _styles()
    out: list[Flowable] = []
    for block in src.blocks:
        if block.kind == "table":
            out.append(_table(block, styles, width, src.doc_id))
            out.append(Spacer(1, 6))
        elif block.kind in ("bullet", "number"):
            label = "\u2022" if block.kind == "bullet" else f"{block.number}."
            out.append(Paragraph(_markup(block.runs), styles[f"list{block.level}"], bulletText=label))
        else:
            out.append(Paragraph(_markup(block.runs), styles[block.kind]))
    return out


def _frames(layout: str) -> list[Frame]:
    width, height = A4
    inner_w, inner_h = width - 2 * MARGIN, height - 2 * MARGIN
    if layout == "two-column":
        col = (inner_w - GAP) / 2
        return [Frame(MARGIN, MARGIN, col, inner_h, id="left", leftPadding=0, rightPadding=0),
                Frame(MARGIN + col + GAP, MARGIN, col, inner_h, id="right", leftPadding=0, rightPadding=0)]
    return [Frame(MARGIN, MARGIN, inner_w, inner_h, id="body", leftPadding=0, rightPadding=0)]


def _page_decorator(src: Source, total: int) -> Callable[[Canvas, BaseDocTemplate], None]:
    width, height = A4

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont("DejaVuSans", 8)
        if src.header:
            canvas.drawString(MARGIN, height - MARGIN + 8 * mm, src.header)
        footer = FOOTER_TEXT[src.footer](doc.page, total)
        if footer:
            canvas.drawCentredString(width / 2, MARGIN - 10 * mm, footer)
        canvas.restoreState()

    return draw


def _build(src: Source, total: int) -> tuple[bytes, int]:
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN, title=src.title, author="minutes-nlp corpus",
                          subject=src.series, creator="minutes-nlp corpus/build.py", invariant=1,
                          lang=src.locale)
    frames = _frames(src.layout)
    doc.addPageTemplates([PageTemplate(id="page", frames=frames, onPage=_page_decorator(src, total))])
    doc.build(flowables(src, frames[0].width))
    return buf.getvalue(), doc.page


def render_pdf(src: Source) -> tuple[bytes, int]:
    """Two passes: the first counts the pages so the footer can say 'n/N'. Returns (bytes, pages)."""
    register_fonts()
    _, pages = _build(src, 0)
    data, pages_again = _build(src, pages)
    if pages_again != pages:
        raise RuntimeError(f"{src.doc_id}: page count changed between passes ({pages} -> {pages_again})")
    return data, pages
