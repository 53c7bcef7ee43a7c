"""The one document model that every loader produces and all extraction reads.

Extraction never touches DOCX or PDF internals: it sees blocks of normalised text with their kind, level,
page and character span in `Document.text`, so the same rules work on every input format.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"


@dataclass(frozen=True)
class Source:
    path: str
    sha256: str
    format: str  # "docx" | "pdf" | "txt" | "md"
    pages: int | None = None
    size: int = 0


@dataclass(frozen=True)
class Cell:
    text: str
    row: int
    col: int


@dataclass(frozen=True)
class Block:
    """One unit of content: a heading, paragraph, list item or table.

    `text` is NFC with no-break and other exotic spaces turned into plain spaces (so rules can match);
    `raw_text` keeps the original. For a table, `text` is the rows joined by newlines and cells by tabs,
    and `rows` holds the cells.
    """

    index: int
    kind: BlockKind
    text: str
    start: int
    end: int
    raw_text: str = ""
    style: str | None = None
    level: int | None = None
    list_label: str | None = None
    page: int | None = None
    rows: tuple[tuple[str, ...], ...] = ()
    heading_hint: bool = False
    bold: bool = False
    font_size: float | None = None

    @property
    def is_heading(self) -> bool:
        return self.kind is BlockKind.HEADING or self.heading_hint


@dataclass(frozen=True)
class PageFurniture:
    """Running headers, footers and page numbers: kept apart from the body, never mixed into it."""

    kind: str  # "header" | "footer" | "page_number"
    text: str
    page: int | None = None


@dataclass(frozen=True)
class Document:
    source: Source
    blocks: tuple[Block, ...]
    furniture: tuple[PageFurniture, ...] = ()
    warnings: tuple[str, ...] = ()

    @cached_property
    def text(self) -> str:
        """The body text; every block's [start, end) indexes into it. Blocks are joined by a newline. Worked
        out once per document (the fields are frozen): stages ask for it thousands of times, and one string
        object also hashes once where it keys a cache."""
        return "\n".join(b.text for b in self.blocks)

    def block_at(self, offset: int) -> Block | None:
        for b in self.blocks:
            if b.start <= offset < b.end or (offset == b.end and b.start == b.end):
                return b
        return None


_SPACES = {"\u00a0", "\u2007", "\u202f", "\u2009", "\u200a", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006"}
_INVISIBLE = {"\u00ad", "\u200b", "\ufeff", "\u200c", "\u200d"}


_TABLE = str.maketrans({**{c: " " for c in _SPACES}, **{c: None for c in _INVISIBLE}})


def normalise_text(raw: str) -> str:
    """NFC, exotic spaces to ' ', soft hyphens and zero-width characters dropped, tabs kept."""
    return unicodedata.normalize("NFC", raw).translate(_TABLE)


@dataclass
class DocumentBuilder:
    """Collects blocks in reading order and assigns index and span, so loaders cannot get offsets wrong."""

    source: Source
    _blocks: list[Block] = field(default_factory=list)
    _furniture: list[PageFurniture] = field(default_factory=list)
    _warnings: list[str] = field(default_factory=list)
    _offset: int = 0

    def add(self, kind: BlockKind, raw_text: str, **attrs: object) -> Block | None:
        text = normalise_text(raw_text).strip("\n")
        if not text.strip() and kind is not BlockKind.TABLE:
            return None
        start = self._offset
        block = Block(index=len(self._blocks), kind=kind, text=text, start=start, end=start + len(text),
                      raw_text=raw_text, **attrs)  # type: ignore[arg-type]
        self._blocks.append(block)
        self._offset = block.end + 1
        return block

    def add_table(self, rows: list[list[str]], **attrs: object) -> Block | None:
        clean = tuple(tuple(normalise_text(c).strip() for c in row) for row in rows)
        clean = tuple(r for r in clean if any(r))
        if not clean:
            return None
        raw = "\n".join("\t".join(r) for r in clean)
        return self.add(BlockKind.TABLE, raw, rows=clean, **attrs)

    def furniture(self, kind: str, text: str, page: int | None = None) -> None:
        text = normalise_text(text).strip()
        if text:
            self._furniture.append(PageFurniture(kind, text, page))

    def warn(self, message: str) -> None:
        self._warnings.append(message)

    def build(self) -> Document:
        return Document(self.source, tuple(self._blocks), tuple(self._furniture), tuple(self._warnings))
