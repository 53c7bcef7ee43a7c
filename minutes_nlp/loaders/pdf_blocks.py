"""From PDF lines to blocks: furniture removal, column order, and paragraph grouping by spacing and font.

Paragraph breaks are inferred, not read: a PDF only has positioned lines. A break is a wider baseline
distance than the line pitch of that font size, a font change, a bullet, or a short line ending a sentence.
Many exports set paragraphs solid (no spacing), so where lines end and start counts too: a line that ends
although the next line's first word would have fitted, before a capital, number, label or bullet; a
first-line indent; and, only in documents without paragraph spacing, a line opening with "Label:", a
numbered clause or a shouted outcome (pdf_cues).
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass

from minutes_nlp.document import BlockKind, DocumentBuilder
from minutes_nlp.loaders.pdf_cues import (
    continues_a_line,
    enumerated_clause,
    label_of,
    numbered_paragraph,
    numbered_record,
    opens_paragraph,
    shouted_outcome,
)
from minutes_nlp.loaders.pdf_layout import BULLET_GLYPHS, Line, _is_label, split_pieces
from minutes_nlp.loaders.pdf_tables import TableItem
from minutes_nlp.loaders.textjoin import SOFT_HYPHENS, heading_like, join_all

HEADING_SIZE_RATIO = 1.15
_TERMINAL = (".", ":", "!", "?", ";", ")")
FIT_MARGIN = 1.15  # a first word's width estimated from its line's average letter width: this much slack
FIT_SLACK_EM = 0.6  # room for the space before the word and for rounding, in font sizes
GAP_EM, GAP_MIN_PT = 0.2, 1.5  # a baseline distance this much above the line pitch is paragraph spacing
INDENT_EM = 0.8  # a first-line indent is at least this many font sizes
ALIGN_PT = 1.5  # lines starting this close are aligned
_SENTENCE_END = (".", "!", "?", ";")
MAX_GAP_EM = 3.0  # wider distances between same-size lines are blank lines or page regions, not spacing
SPACED_MIN, SPACED_SHARE = 3, 0.1  # a document "uses paragraph spacing" with this many (share of) gaps
FEW_LINES = 6  # a page with fewer body lines than this borrows the document's text edges
_DISPLAY_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf076": "❖", "\uf0d8": "➢", "\uf0fc": "✓", "\uf0a8": "□",
                    "\uf06f": "◦", "\uf02d": "-"}


@dataclass(frozen=True)
class Columns:
    gutter: float


def find_columns(lines: list[Line]) -> Columns | None:
    """A two-column page: a vertical strip near the middle that almost no line crosses, with full lines
    on both sides (a label/value table also has an empty strip, but its left pieces are short labels)."""
    pieces = [p for ln in lines for p in split_pieces(ln)]
    if len(pieces) < 10:
        return None
    left_edge, right_edge = min(p.x0 for p in pieces), max(p.x1 for p in pieces)
    width = right_edge - left_edge
    if sum(1 for p in pieces if p.x1 - p.x0 < 0.7 * width) < 0.6 * len(pieces):
        return None  # most lines run across the page: one column
    best: tuple[int, float] | None = None
    for step in range(30, 71, 2):
        x = left_edge + width * step / 100
        crossing = sum(1 for p in pieces if p.x0 < x - 2 and p.x1 > x + 2)
        if best is None or crossing < best[0]:
            best = (crossing, x)
    assert best is not None
    crossing, gutter = best
    left = [p for p in pieces if p.x1 <= gutter + 2]
    right = [p for p in pieces if p.x0 >= gutter - 2]
    if crossing > 0.15 * len(pieces) or len(left) < 4 or len(right) < 4:
        return None
    left_w = statistics.median(p.x1 - p.x0 for p in left)
    right_w = statistics.median(p.x1 - p.x0 for p in right)
    if left_w < 0.5 * (gutter - left_edge) or right_w < 0.5 * (right_edge - gutter):
        return None
    return Columns(gutter)


def order_columns(lines: list[Line], cols: Columns) -> list[Line]:
    """Read column by column; a line spanning the gutter (a title) closes the band above it."""
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    pieces = sorted((p for ln in lines for p in split_pieces(ln)), key=lambda p: (round(p.top), p.x0))
    for p in pieces:
        if p.x1 <= cols.gutter + 2:
            p.column_right = cols.gutter
            left.append(p)
        elif p.x0 >= cols.gutter - 2:
            right.append(p)
        else:
            out += left + right + [p]
            left, right = [], []
    return out + left + right


@dataclass
class _Open:
    lines: list[Line]
    kind: BlockKind
    label: str | None
    first_text: str


def _bullet(line: Line) -> tuple[str, str] | None:
    """(label, text) when the line starts a list item: a bullet glyph, or a label set apart from its text."""
    first = line.segs[0].text.strip()
    text = line.text.strip()
    if first in BULLET_GLYPHS or (first[:1] in BULLET_GLYPHS and first[1:2] == " "):
        label = first[:1]
        return _DISPLAY_BULLETS.get(label, label), text[1:].strip()
    head = text.split(" ", 1)
    if head[0] in BULLET_GLYPHS and len(head) == 2:
        return _DISPLAY_BULLETS.get(head[0], head[0]), head[1].strip()
    if len(line.segs) > 1 and _is_label([line.segs[0]]) and line.segs[1].x0 - line.segs[0].x1 > 0.4 * line.size:
        return first, text[len(first):].strip()
    return None


class BlockEmitter:
    """Groups lines into paragraphs and list items, and adds them (and tables) to the builder."""

    def __init__(self, builder: DocumentBuilder, lines: list[Line]) -> None:
        self.builder = builder
        self.body_size = _body_size(lines)
        self.pitches = _pitches(lines)
        self.spaced = self._uses_spacing(lines)
        self.heading_levels = _heading_levels(lines, self.body_size)
        self.indents = _indent_stops([ln.x0 for ln in lines if _bullet(ln)])
        self.right, self.left = _page_edges(lines)
        self.open: _Open | None = None

    def table(self, item: TableItem) -> None:
        self.flush()
        self.builder.add_table(item.rows, page=item.page)

    def line(self, line: Line) -> None:
        bullet = _bullet(line)
        if self.open and bullet is None and self._continues(self.open, line):
            self.open.lines.append(line)
            return
        self.flush()
        if bullet:
            self.open = _Open([line], BlockKind.LIST_ITEM, bullet[0], bullet[1])
        else:
            self.open = _Open([line], BlockKind.PARAGRAPH, None, line.text)

    def _right(self, line: Line) -> float:
        return line.column_right if line.column_right is not None else self.right[line.page]

    def _short(self, line: Line) -> bool:
        width = self.right[line.page] - self.left[line.page]
        return line.x1 < self._right(line) - 0.15 * width

    def _ends_early(self, prev: Line, line: Line) -> bool:
        """The first word of `line` would have fitted at the end of `prev`: a word processor wrapping a
        paragraph would have put it there, so `prev` was ended on purpose (paragraph end or line break)."""
        width = line.lead_width
        if width is None:
            word = line.text.split(" ", 1)[0]
            width = FIT_MARGIN * len(word) * (line.x1 - line.x0) / max(len(line.text), 1)
        return self._right(prev) - prev.x1 > width + FIT_SLACK_EM * max(prev.size, 1.0)

    def _continues(self, block: _Open, line: Line) -> bool:
        prev = block.lines[-1]
        if abs(prev.size - line.size) > 0.6 or (prev.bold != line.bold and not _runs_on(prev, line)):
            return False
        ends = prev.text.rstrip()
        if line.page == prev.page and line.baseline < prev.baseline and line.x0 > prev.x1:
            # the top of the next column: a sentence cut at the foot of a column goes on there in lower case
            return line.text[:1].islower() and not ends.endswith(_TERMINAL)
        if self._short(prev) and ends.endswith(_TERMINAL):
            return False
        if block.kind is BlockKind.LIST_ITEM and line.x0 < block.lines[0].x0 - 2:
            return False
        if block.kind is BlockKind.PARAGRAPH and self._new_paragraph(block, prev, line):
            return False
        if line.page != prev.page:
            hyphen = ends.endswith(("-", *SOFT_HYPHENS))
            return line.page == prev.page + 1 and (hyphen or not (self._short(prev) or ends.endswith(_TERMINAL)))
        dy = line.baseline - prev.baseline
        return 0 < dy <= self._pitch(prev.size) + _gap(prev.size)

    def _new_paragraph(self, block: _Open, prev: Line, line: Line) -> bool:
        """A paragraph break with no extra spacing, read from where lines end and start: a line ended early
        before one that opens a paragraph, a first-line indent, or (set solid) a line that opens one by itself."""
        early = self._ends_early(prev, line)
        if early and opens_paragraph(line.text):
            return True
        ends = prev.text.rstrip()
        if _indented(prev, line) and (early or ends.endswith(_TERMINAL) or (
                len(block.lines) > 1 and abs(block.lines[0].x0 - line.x0) < ALIGN_PT)):
            return True
        return not self.spaced and self._solid_opener(prev, line)

    def _solid_opener(self, prev: Line, line: Line) -> bool:
        """Paragraphs set solid: a labelled line ("Omluveni:", "Apologies:", "Starosta:", "Úkol č. 3 –") or a
        numbered clause starts one even after a full line; after a sentence end, so does an outcome line in capitals
        ("CARRIED") or a section number ("5.3 Agreed"). A label that continues task lines ("... k připomínkám.
        Zodpovídá: X. Termín: Y") does not: where it starts a line, only a line ended early says that a
        paragraph ended. Nor does "RESOLVED that" or "ACTION": British minutes run them on in the paragraph."""
        ends = prev.text.rstrip()
        label = label_of(line.text)
        if label is not None:
            return not continues_a_line(label)
        if numbered_record(line.text):
            return True
        if enumerated_clause(line.text) and ends.endswith((*_SENTENCE_END, ":", ",")):
            return True
        if not ends.endswith(_SENTENCE_END):
            return False
        text = line.text
        return shouted_outcome(text) or numbered_paragraph(text)

    def _pitch(self, size: float) -> float:
        return self.pitches.get(round(size * 2) / 2, self.pitches[0.0] * size)

    def _uses_spacing(self, lines: list[Line]) -> bool:
        """Whether paragraphs are set apart by spacing: then lines without it belong together, and the cues of
        solid setting (a line opening with "Label:", a clause number, "CARRIED") are not needed: a wrapped
        line can start with a label ("... Zodpovídá: X. Termín: Y")."""
        pairs = gaps = 0
        for a, b in zip(lines, lines[1:], strict=False):
            dy = b.baseline - a.baseline
            if a.page == b.page and abs(a.size - b.size) < 0.3 and 0 < dy < MAX_GAP_EM * a.size:
                pairs += 1
                gaps += dy > self._pitch(a.size) + _gap(a.size)
        return gaps >= max(SPACED_MIN, SPACED_SHARE * pairs)

    def flush(self) -> None:
        block, self.open = self.open, None
        if block is None:
            return
        texts = [block.first_text] + [ln.text for ln in block.lines[1:]]
        text = join_all(texts)
        first = block.lines[0]
        size = round(max(ln.size for ln in block.lines), 1)
        bold = all(ln.bold for ln in block.lines)
        hint = block.kind is BlockKind.PARAGRAPH and len(block.lines) <= 2 and heading_like(text) and (
            bold or size >= HEADING_SIZE_RATIO * self.body_size)
        level = self.heading_levels.get(size) if hint else None
        if block.kind is BlockKind.LIST_ITEM:
            level = 1 + sum(1 for stop in self.indents if stop < first.x0 - INDENT_STEP / 2)
        self.builder.add(block.kind, text, list_label=block.label, page=first.page, bold=bold, font_size=size,
                         heading_hint=hint, level=level)


INDENT_STEP = 6.0  # points: list labels closer than this are at the same nesting level


def _indent_stops(xs: list[float]) -> list[float]:
    """Distinct left positions of list labels; a label's nesting level is how many stops lie left of it."""
    stops: list[float] = []
    for x in sorted(xs):
        if not stops or x - stops[-1] >= INDENT_STEP:
            stops.append(x)
    return stops


def _heading_levels(lines: list[Line], body_size: float) -> dict[float, int]:
    """Heading level by font size, largest first (1 = biggest), over short lines set bold or large."""
    sizes = {round(ln.size, 1) for ln in lines
             if len(ln.text) <= 150 and (ln.bold or ln.size >= HEADING_SIZE_RATIO * body_size)}
    return {size: rank for rank, size in enumerate(sorted(sizes, reverse=True), start=1)}


def _body_size(lines: list[Line]) -> float:
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[round(ln.size, 1)] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _gap(size: float) -> float:
    return max(GAP_MIN_PT, GAP_EM * size)


def _pitches(lines: list[Line]) -> dict[float, float]:
    """The baseline-to-baseline distance of one paragraph's lines, per font size (half points); key 0.0
    holds it as a multiple of the font size for sizes seen too rarely.

    Not the median: minutes are full of one-line paragraphs, so the most common distance can be the
    paragraph pitch. The smallest distance that recurs is the line pitch."""
    by_size: dict[float, list[float]] = {}
    for a, b in zip(lines, lines[1:], strict=False):
        dy = b.baseline - a.baseline
        if a.page == b.page and abs(a.size - b.size) < 0.3 and a.size > 0 and 0.8 < dy / a.size < 3.0:
            by_size.setdefault(round(a.size * 2) / 2, []).append(dy)
    out = {size: pitch for size, dys in by_size.items() if (pitch := _recurring_min(dys)) is not None}
    ratios = sorted(p / size for size, p in out.items() if size > 0)
    out[0.0] = ratios[len(ratios) // 2] if ratios else 1.25
    return out


def _recurring_min(dys: list[float]) -> float | None:
    """The smallest distance (to a quarter point) seen at least twice and in 5% of the pairs."""
    counts = Counter(round(dy * 4) / 4 for dy in dys)
    need = max(2, len(dys) // 20)
    recurring = [dy for dy, n in counts.items() if n >= need]
    return min(recurring) if recurring else None


def _page_edges(lines: list[Line]) -> tuple[dict[int, float], dict[int, float]]:
    """Right and left text edge per page; a page with few lines (a last page of three short lines) takes
    the document's usual edges, or every line on it would look full."""
    right: dict[int, float] = {}
    left: dict[int, float] = {}
    count: Counter[int] = Counter()
    for ln in lines:
        right[ln.page] = max(right.get(ln.page, ln.x1), ln.x1)
        left[ln.page] = min(left.get(ln.page, ln.x0), ln.x0)
        count[ln.page] += 1
    full = [p for p in right if count[p] >= FEW_LINES]
    if full:
        usual_r = statistics.median(right[p] for p in full)
        usual_l = statistics.median(left[p] for p in full)
        for p in right:
            if count[p] < FEW_LINES:
                right[p], left[p] = max(right[p], usual_r), min(left[p], usual_l)
    return right, left


def _indented(prev: Line, line: Line) -> bool:
    """A first-line indent: the line starts clearly right of the line before it."""
    return line.x0 - prev.x0 > INDENT_EM * max(line.size, 1.0)


def _runs_on(prev: Line, line: Line) -> bool:
    """A bold lead-in wrapped over a line ("- **22 Oak Lane – a new fence in the rear** / **yard.** ARC
    recommended ..."): the line goes on in lower case after a line with no sentence end, so the change of weight is
    inside one paragraph, not a heading ending."""
    return prev.bold and not prev.text.rstrip().endswith((*_TERMINAL, ":")) and line.text[:1].islower()
