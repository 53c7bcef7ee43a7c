"""Markdown minutes (notes kept in a wiki or repository): the block structure of CommonMark's common subset.

Headings, nested bullets, numbered lists, pipe tables and paragraphs; a line that is bold and nothing else
is how many people write a heading, so it gets a heading hint.
"""

from __future__ import annotations

import re

from minutes_nlp.document import BlockKind, Document, DocumentBuilder, Source
from minutes_nlp.loaders.text import BOOKMARK

_ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_BULLET = re.compile(r"^( *)([-*+•·])\s+(.*)$")
_NUMBER = re.compile(r"^( *)(\d{1,3}[.)])\s+(.*)$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_BOLD_LINE = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__):?$")
_EMPHASIS = (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?!\w)"))
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def inline(text: str) -> str:
    """Markup dropped, words kept: **bold**, *italic*, `code`, [text](url) -> text (url)."""
    text = _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})", text)
    for pattern in _EMPHASIS:
        text = pattern.sub(r"\2", text)
    return text.replace("`", "").replace("\\*", "*").replace("\\_", "_")


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [inline(c.strip()) for c in re.split(r"(?<!\\)\|", inner)]


def _strip_front_matter(lines: list[str]) -> list[str]:
    if lines and lines[0].strip() == "---":
        for i in range(1, min(len(lines), 80)):
            if lines[i].strip() == "---":
                return lines[i + 1:]
    return lines


class _Markdown:
    def __init__(self, builder: DocumentBuilder) -> None:
        self.b = builder
        self.para: list[str] = []
        self.item: tuple[str, int, list[str]] | None = None  # an open list item: label, level, lines

    def flush(self) -> None:
        if self.item:
            label, level, lines = self.item
            self.b.add(BlockKind.LIST_ITEM, inline(" ".join(s.strip() for s in lines)), list_label=label, level=level)
            self.item = None
        if self.para:
            text = " ".join(s.strip() for s in self.para)
            m = _BOLD_LINE.match(text)
            if m and len(self.para) == 1 and "**" not in m.group(1):
                self.b.add(BlockKind.PARAGRAPH, inline(text), bold=True, heading_hint=True)
            else:
                self.b.add(BlockKind.PARAGRAPH, inline(text))
        self.para = []

    def run(self, lines: list[str]) -> None:
        i = 0
        while i < len(lines):
            i = self.step(lines, i)
        self.flush()

    def step(self, lines: list[str], i: int) -> int:
        line = lines[i]
        if not line.strip():
            self.flush()
            return i + 1
        if _FENCE.match(line):
            return self.fence(lines, i)
        if line.lstrip().startswith("|") and i + 1 < len(lines) and _TABLE_SEP.match(lines[i + 1]):
            return self.table(lines, i)
        if self.para and _SETEXT.match(line) and len(self.para) == 1:
            level = 1 if line.strip().startswith("=") else 2
            self.b.add(BlockKind.HEADING, inline(self.para[0].strip()), level=level)
            self.para = []
            return i + 1
        return self.simple(line, i)

    def simple(self, line: str, i: int) -> int:
        m = _ATX.match(line)
        if m:
            self.flush()
            self.b.add(BlockKind.HEADING, inline(m.group(2)), level=len(m.group(1)))
            return i + 1
        m = _BULLET.match(line) or _NUMBER.match(line)
        if m and not (line.strip().startswith(("---", "***")) and set(line.strip()) <= {"-", "*", " "}):
            self.flush()
            level = len(m.group(1).expandtabs(4)) // 2 + 1
            self.item = (m.group(2), level, [m.group(3)])
            return i + 1
        if set(line.strip()) <= {"-", "*", "_", " "} and len(line.strip()) >= 3:
            self.flush()  # a thematic break
            return i + 1
        if self.item:  # a wrapped list item continues until a blank line or the next block
            self.item[2].append(line)
        else:
            self.para.append(line)
        return i + 1

    def table(self, lines: list[str], i: int) -> int:
        self.flush()
        rows = [_cells(lines[i])]
        j = i + 2
        while j < len(lines) and lines[j].lstrip().startswith("|"):
            rows.append(_cells(lines[j]))
            j += 1
        self.b.add_table(rows)
        return j

    def fence(self, lines: list[str], i: int) -> int:
        self.flush()
        j = i + 1
        while j < len(lines) and not _FENCE.match(lines[j]):
            j += 1
        self.b.add(BlockKind.PARAGRAPH, "\n".join(lines[i + 1:j]))
        return j + 1


def load_markdown(text: str, source: Source) -> Document:
    builder = DocumentBuilder(source)
    lines = [BOOKMARK.sub("", ln).rstrip() for ln in text.replace("\r\n", "\n").split("\n")]
    _Markdown(builder).run(_strip_front_matter(lines))
    return builder.build()
