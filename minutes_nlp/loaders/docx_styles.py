"""DOCX styles and list numbering, read straight from styles.xml and numbering.xml.

Word stores list labels as a recipe (format + level text like "%1.") and a paragraph may get its numbering
from its style, so the label a reader sees must be rebuilt here: python-docx does not render it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.styles import BabelFish

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Symbol/Wingdings private-use bullets and their plain Unicode look-alikes.
_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf076": "❖", "\uf0fc": "✓", "\uf0a8": "□",
            "\uf06f": "◦", "\uf0e0": "→", "\uf02d": "-", "o": "◦", "": "•"}


def bullet_char(text: str) -> str:
    """A bullet's visible character: private-use symbol-font codes become their Unicode look-alike."""
    if text in _BULLETS:
        return _BULLETS[text]
    if len(text) == 1 and 0xF000 <= ord(text) <= 0xF0FF:
        return "•"
    return text


def _val(el: Any, tag: str) -> str | None:
    child = el.find(W + tag) if el is not None else None
    return child.get(W + "val") if child is not None else None


def is_on(el: Any) -> bool | None:
    """A toggle property (<w:b/>, <w:b w:val="0"/>): True, False, or None when absent."""
    if el is None:
        return None
    return el.get(W + "val", "true").lower() not in ("0", "false", "off", "none")


@dataclass(frozen=True)
class StyleInfo:
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None
    bold: bool | None


def _style_info(el: Any) -> StyleInfo:
    ppr, rpr = el.find(W + "pPr"), el.find(W + "rPr")
    numpr = ppr.find(W + "numPr") if ppr is not None else None
    ilvl = _val(numpr, "ilvl") if numpr is not None else None
    outline = _val(ppr, "outlineLvl") if ppr is not None else None
    return StyleInfo(
        name=BabelFish.internal2ui(_val(el, "name") or el.get(W + "styleId", "")),
        based_on=_val(el, "basedOn"),
        num_id=_val(numpr, "numId") if numpr is not None else None,
        ilvl=int(ilvl) if ilvl and ilvl.isdigit() else None,
        outline=int(outline) if outline and outline.isdigit() else None,
        bold=is_on(rpr.find(W + "b")) if rpr is not None else None,
    )


@dataclass
class Styles:
    """Paragraph and character styles by id, with inherited properties resolved along `basedOn`.

    Style elements are indexed up front but read only when used: a template defines hundreds of styles
    and a document uses a handful."""

    elements: dict[str, Any] = field(default_factory=dict)
    default_para: str | None = None
    _cache: dict[str, StyleInfo] = field(default_factory=dict)

    @classmethod
    def from_element(cls, root: Any) -> Styles:
        styles = cls()
        if root is None:
            return styles
        for el in root.iterchildren(W + "style"):
            sid = el.get(W + "styleId")
            if sid:
                styles.elements[sid] = el
                if el.get(W + "type") == "paragraph" and el.get(W + "default") in ("1", "true"):
                    styles.default_para = sid
        return styles

    def info(self, sid: str) -> StyleInfo | None:
        if sid not in self._cache:
            el = self.elements.get(sid)
            if el is None:
                return None
            self._cache[sid] = _style_info(el)
        return self._cache[sid]

    def chain(self, sid: str | None) -> list[StyleInfo]:
        out: list[StyleInfo] = []
        while sid and len(out) < 20:
            info = self.info(sid)
            if info is None:
                break
            out.append(info)
            sid = info.based_on
        return out

    def first(self, sid: str | None, attr: str) -> Any:
        for info in self.chain(sid or self.default_para):
            value = getattr(info, attr)
            if value is not None:
                return value
        return None

    def name(self, sid: str | None) -> str | None:
        info = self.info(sid or self.default_para or "")
        return info.name if info else sid


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    """Word's letter numbering: a..z, then aa..zz (letter repeated), not spreadsheet-style."""
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = _letters(n)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s.upper() if fmt == "upperRoman" else s
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


@dataclass(frozen=True)
class Level:
    fmt: str
    text: str
    start: int


@dataclass
class Numbering:
    """List definitions plus running counters per list instance (numId) and level."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def from_element(cls, root: Any) -> Numbering:
        num = cls()
        if root is None:
            return num
        abstract = {a.get(W + "abstractNumId"): _levels(a) for a in root.iter(W + "abstractNum")}
        for n in root.iter(W + "num"):
            levels = dict(abstract.get(_val(n, "abstractNumId"), {}))
            for override in n.iter(W + "lvlOverride"):
                ilvl = int(override.get(W + "ilvl", "0"))
                start = _val(override, "startOverride")
                if ilvl in levels and start and start.isdigit():
                    old = levels[ilvl]
                    levels[ilvl] = Level(old.fmt, old.text, int(start))
            num.levels[n.get(W + "numId", "")] = levels
        return num

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counter of (list, level), reset deeper levels, and render the level text."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return None
        lvl = levels[ilvl]
        counts = self.counters.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, lvl.start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if lvl.fmt == "bullet":
            return bullet_char(lvl.text)
        text = lvl.text
        for k in range(9):
            if f"%{k + 1}" in text:
                sub = levels.get(k, lvl)
                text = text.replace(f"%{k + 1}", format_number(counts.get(k, sub.start), sub.fmt))
        return text.strip() or None


def _levels(abstract: Any) -> dict[int, Level]:
    out: dict[int, Level] = {}
    for lvl in abstract.iter(W + "lvl"):
        start = _val(lvl, "start") or "1"
        out[int(lvl.get(W + "ilvl", "0"))] = Level(
            fmt=_val(lvl, "numFmt") or "decimal",
            text=_val(lvl, "lvlText") or "",
            start=int(start) if start.lstrip("-").isdigit() else 1,
        )
    return out
