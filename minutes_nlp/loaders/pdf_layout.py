"""PDF page geometry from pypdfium2: text segments with boxes and fonts, grouped into lines.

Speed is the reason for this shape: pdfium already joins characters into runs ("rects") and inserts word
spaces, so we ask it for one rect per run (tens per page) instead of one box per character (thousands).
Character boxes are read only for a run that looks glued ("wordsgluedtogether"), to put the spaces back.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass, field
from typing import Any

import pypdfium2.raw as pdfium_c

SOFT_HYPHENS = "\ufffe\x02\u00ad"
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|extrab|ultrab", re.IGNORECASE)
GLUED_MIN_CHARS = 20  # a run this long without a space is checked against its character positions
SPACE_GAP_EM = 0.1  # a gap this much wider (in font sizes) than the usual letter gap is a word space


@dataclass
class Seg:
    """One run of text on one line, in top-down page coordinates (points)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    start: int = 0
    baseline: float | None = None  # top-down y of the line's text origin; ink boxes vary by glyph
    lead_width: float | None = None  # width of the run's first word: would it have fitted on the line above?
    respaced: bool = False  # spaces were put back into the text: character offsets no longer match

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass
class Line:
    """Segments on one baseline. Geometry and font are computed once in `refresh` (call it after editing
    `segs`): block grouping reads them many times."""

    segs: list[Seg]
    page: int
    furniture: str | None = None
    column_right: float | None = None  # right edge of the text column when the page has two columns
    text: str = field(init=False, default="")
    x0: float = field(init=False, default=0.0)
    x1: float = field(init=False, default=0.0)
    top: float = field(init=False, default=0.0)
    bottom: float = field(init=False, default=0.0)
    size: float = field(init=False, default=0.0)
    bold: bool = field(init=False, default=False)
    baseline: float = field(init=False, default=0.0)
    lead_width: float | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        parts: list[str] = []
        prev: Seg | None = None
        for seg in self.segs:
            if prev is not None and _needs_space(prev, seg):
                parts.append(" ")
            parts.append(seg.text)
            prev = seg
        self.text = "".join(parts).replace("\r", "").replace("\n", " ").rstrip()
        self.x0 = min(s.x0 for s in self.segs)
        self.x1 = max(s.x1 for s in self.segs)
        ink = [s for s in self.segs if not s.blank and s.text.strip() not in SOFT_HYPHENS] or self.segs
        self.top = min(s.top for s in ink)
        self.bottom = max(s.bottom for s in ink)
        words = [s for s in ink if s.text.strip() not in BULLET_GLYPHS and s.text.strip(SOFT_HYPHENS)]
        self.size = max((s.size for s in words), default=self.segs[0].size)
        self.bold = bool(words) and all(s.bold for s in words)
        self.baseline = next((s.baseline for s in self.segs if s.baseline is not None), self.bottom)
        self.lead_width = next((s.lead_width for s in self.segs if not s.blank), None)


BULLET_GLYPHS = {"\uf0b7", "\uf0a7", "\uf076", "\uf0d8", "\uf0fc", "•", "·", "▪", "◦", "‣", "●", "■", "□", "○",
                 "❖", "➢", "►", "\uf0a8", "\uf06f", "\uf02d"}


def _needs_space(prev: Seg, seg: Seg) -> bool:
    """pdfium's own text already has spaces; add one only where a visible gap has none."""
    if prev.text.endswith((" ", "\n", "\t")) or seg.text.startswith(" ") or prev.text[-1:] in SOFT_HYPHENS:
        return False
    if seg.text.strip() in SOFT_HYPHENS or not prev.text:
        return False
    return seg.x0 - prev.x1 > SPACE_GAP_EM * max(min(prev.size, seg.size), 1.0)


def _font(tp: Any, idx: int, buf: Any, flags: Any) -> tuple[float, bool]:
    size = float(pdfium_c.FPDFText_GetFontSize(tp, idx))
    weight = pdfium_c.FPDFText_GetFontWeight(tp, idx)
    pdfium_c.FPDFText_GetFontInfo(tp, idx, buf, len(buf), flags)
    name = buf.value.decode("latin-1", "replace")
    return size, weight >= 600 or bool(_BOLD_NAME.search(name))


@dataclass(frozen=True)
class Frame:
    """Maps PDF user space (y up) to the page as displayed (y down), honouring /Rotate, so a landscape
    page whose text is drawn rotated still reads left to right, top to bottom."""

    rotation: int
    left: float
    bottom: float
    width: float
    height: float

    @classmethod
    def of(cls, page: Any) -> Frame:
        left, bottom, right, top = page.get_mediabox()
        return cls(page.get_rotation() % 360, left, bottom, right - left, top - bottom)

    @property
    def display_height(self) -> float:
        return self.width if self.rotation in (90, 270) else self.height

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        """(x0, top, x1, bottom) on the displayed page for a user-space box."""
        x0, x1, y0, y1 = left - self.left, right - self.left, bottom - self.bottom, top - self.bottom
        if self.rotation == 90:
            return y0, x0, y1, x1
        if self.rotation == 180:
            return self.width - x1, y0, self.width - x0, y1
        if self.rotation == 270:
            return self.height - y1, self.width - x1, self.height - y0, self.width - x0
        return x0, self.height - y1, x1, self.height - y0


def _rect_starts(textpage: Any, text: str, frame: Frame) -> list[tuple[int, tuple[float, float, float, float]]]:
    """(first char index, top-down box) per pdfium rect, in character order.

    Rects are counted per text line, and each rect's first character is found by a galloping search on
    the rect count of a character range: asking pdfium which character sits at a point would scan the
    whole page on every call."""
    tp = textpage.raw
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    out: list[tuple[int, tuple[float, float, float, float]]] = []
    pos = 0
    for line in text.split("\r\n"):
        start, end = pos, pos + len(line)
        pos = end + 2
        if end <= start:
            continue
        count = pdfium_c.FPDFText_CountRects(tp, start, end - start)
        boxes = []
        for i in range(count):
            pdfium_c.FPDFText_GetRect(tp, i, left, top, right, bottom)
            boxes.append(frame.box(left.value, bottom.value, right.value, top.value))
        first = start
        for j, box in enumerate(boxes):
            if j:
                first = _next_rect(tp, text, first, end)
            if not out or first > out[-1][0]:
                out.append((first, box))
    return out


def _next_rect(tp: Any, text: str, prev: int, end: int) -> int:
    """The first character after `prev` (a rect's first character) that starts the next rect.

    Runs usually break after a space, so that guess is checked first (two calls) before searching."""
    def two(k: int) -> bool:
        return pdfium_c.FPDFText_CountRects(tp, prev, k - prev + 1) >= 2

    guess = text.find(" ", prev + 1, end)
    while 0 < guess < end - 1 and text[guess] == " ":
        guess += 1
    if prev < guess < end and two(guess) and not two(guess - 1):
        return guess

    lo, step = prev + 1, 1
    hi = min(prev + step, end - 1)
    while hi < end - 1 and not two(hi):
        lo, step = hi + 1, step * 2
        hi = min(prev + step, end - 1)
    while lo < hi:
        mid = (lo + hi) // 2
        if two(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


def _new_line(current: list[Seg], seg: Seg) -> bool:
    """pdfium keeps a hyphenated line and the next one together; split where the baseline moves."""
    if seg.blank or seg.text.strip() in SOFT_HYPHENS:
        return False
    ref = next((s for s in current if not s.blank and s.text.strip() not in SOFT_HYPHENS), None)
    if ref is None:
        return False
    centre, slack = (seg.top + seg.bottom) / 2, 0.3 * (ref.bottom - ref.top)
    return not (ref.top - slack <= centre <= ref.bottom + slack)


def page_lines(page: Any, page_no: int) -> list[Line]:
    """The lines of one page in pdfium's reading order, each made of font-homogeneous segments."""
    textpage = page.get_textpage()
    tp = textpage.raw
    text = textpage.get_text_range()
    frame = Frame.of(page)
    buf, flags = ctypes.create_string_buffer(128), ctypes.c_int()
    starts = _rect_starts(textpage, text, frame)
    lines: list[Line] = []
    current: list[Seg] = []
    for k, (idx, (x0, top, x1, bottom)) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        chunk = text[idx:end]
        size, bold = _font(tp, idx, buf, flags)
        pieces = chunk.split("\r\n") if "\r\n" in chunk else [chunk]
        seg = Seg(pieces[0], x0, top, x1, bottom, size, bold, idx)
        if _looks_glued(seg.text):
            seg.text = respace(tp, idx, seg.text, size, frame)
            seg.respaced = True
        if current and _new_line(current, seg):
            lines.append(Line(current, page_no))
            current = []
        current.append(seg)
        at = idx + len(pieces[0]) + 2
        for extra in pieces[1:]:
            lines.append(Line(current, page_no))
            current = [Seg(extra, x0, top, x1, bottom, size, bold, at)] if extra.strip() else []
            at += len(extra) + 2
    if current:
        lines.append(Line(current, page_no))
    lines = [ln for ln in lines if ln.text.strip()]
    _measure(lines, tp, frame)
    textpage.close()
    return lines


def _measure(lines: list[Line], tp: Any, frame: Frame) -> None:
    """Baselines (one call per line; every run of the line gets it, so column pieces keep it) and, after a
    line that ends short of the page's right edge, the width of the next line's first word."""
    right = max((ln.x1 for ln in lines), default=0.0)
    origin = (ctypes.c_double(), ctypes.c_double())
    box = (ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double())
    prev: Line | None = None
    for ln in lines:
        body = next((s for s in ln.segs if not s.blank and s.size == ln.size
                     and s.text.strip() not in BULLET_GLYPHS and s.text.strip(SOFT_HYPHENS)), None)
        base = _baseline(tp, body.start, frame, origin) if body is not None else None
        if base is not None:
            for seg in ln.segs:
                seg.baseline = base
            ln.baseline = base
        lead = next((s for s in ln.segs if not s.blank), None)
        if prev is not None and lead is not None and not lead.respaced and _may_fit(right - prev.x1, ln):
            lead.lead_width = ln.lead_width = _lead_width(tp, lead, frame, box)
        prev = ln


def _may_fit(room: float, line: Line) -> bool:
    """Whether the line's first word might fit into `room`: measured only then. The estimate from the
    line's average letter width is off by far less than the factor of two allowed here."""
    word = line.text.find(" ")
    letters = word if word > 0 else len(line.text)
    return room > 0.5 * letters * (line.x1 - line.x0) / max(len(line.text), 1) + 0.5 * line.size


def _baseline(tp: Any, idx: int, frame: Frame, origin: tuple[Any, Any]) -> float | None:
    """The displayed y of a character's origin: line pitch measured on baselines is exact, where ink tops
    move with accents and capitals ("Ž" vs "a") by a point or two."""
    x, y = origin
    if not pdfium_c.FPDFText_GetCharOrigin(tp, idx, ctypes.byref(x), ctypes.byref(y)):
        return None
    return frame.box(x.value, y.value, x.value, y.value)[1]


def _lead_width(tp: Any, seg: Seg, frame: Frame, box: tuple[Any, Any, Any, Any]) -> float | None:
    """Width of the first word of a run: from the run's left edge to its last character's box (one call)."""
    word = seg.text.lstrip()
    skipped = len(seg.text) - len(word)
    first = seg.start + skipped
    last = first + len(word.split(maxsplit=1)[0]) - 1
    left, right, bottom, top = box
    edges = [seg.x0] if not skipped else []
    for k in ([first] if skipped else []) + [last]:
        if not pdfium_c.FPDFText_GetCharBox(tp, k, left, right, bottom, top):
            return None
        x0, _, x1, _ = frame.box(left.value, bottom.value, right.value, top.value)
        edges += [x0, x1]
    return max(edges) - min(edges)


def _looks_glued(text: str) -> bool:
    """A "word" longer than any real one (URLs aside, which respacing leaves alone) means lost spaces."""
    return any(len(token) >= GLUED_MIN_CHARS for token in text.split())


def respace(tp: Any, start: int, text: str, size: float, frame: Frame) -> str:
    """Insert spaces where characters leave a gap clearly wider than the run's usual letter gap.

    The usual gap (median) absorbs letter-spacing and kerning, so tight tracking does not hide word gaps.
    """
    rect = pdfium_c.FS_RECTF()
    boxes: list[tuple[float, float] | None] = []
    for offset, ch in enumerate(text):
        ok = ch not in "\r\n " and pdfium_c.FPDFText_GetLooseCharBox(tp, start + offset, rect)
        x0, _, x1, _ = frame.box(rect.left, rect.bottom, rect.right, rect.top)
        boxes.append((x0, x1) if ok else None)
    gaps = [b[0] - a[1] for a, b in zip(boxes, boxes[1:], strict=False) if a and b]
    if not gaps:
        return text
    usual = sorted(gaps)[len(gaps) // 2]
    threshold = usual + SPACE_GAP_EM * max(size, 1.0)
    out: list[str] = [text[0]]
    for k in range(1, len(text)):
        a, b = boxes[k - 1], boxes[k]
        if a and b and b[0] - a[1] > threshold and text[k] != " " and text[k - 1] != " ":
            out.append(" ")
        out.append(text[k])
    return "".join(out)


def split_pieces(line: Line, min_gap_em: float = 1.6) -> list[Line]:
    """Split a line at wide horizontal gaps (table columns, a second text column) into separate pieces.

    A bullet glyph or a short list label ("1.", "a)") keeps its text: the gap after it is an indent.
    """
    pieces: list[list[Seg]] = [[line.segs[0]]]
    for prev, seg in zip(line.segs, line.segs[1:], strict=False):
        gap = seg.x0 - prev.x1
        if gap > min_gap_em * max(prev.size, seg.size, 1.0) and not seg.blank and not _is_label(pieces[-1]):
            pieces.append([seg])
        else:
            pieces[-1].append(seg)
    if len(pieces) == 1:
        return [line]
    return [Line(p, line.page) for p in pieces if "".join(s.text for s in p).strip()]


_LABEL = re.compile(r"^(?:\d{1,2}[.)]|[a-zA-Z][.)]|[ivxIVX]{1,4}[.)])$")


def _is_label(segs: list[Seg]) -> bool:
    text = "".join(s.text for s in segs).strip()
    return text in BULLET_GLYPHS or bool(_LABEL.match(text))
