"""Parse a corpus source (front matter + the small Markdown subset of corpus/FORMAT.md) into render blocks.

Both renderers (DOCX, PDF) consume the same block list, so the two renderings of a document carry the same
words by construction; list numbering is computed here once, so the PDF's typed labels equal what Word
shows from numbering.xml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

FOOTERS = ("page-of", "page", "strana", "page-x-of-y", "none")
LAYOUTS = ("one-column", "two-column")
FORMATS = ("docx", "pdf", "md")
LOCALES = {"cs": "cs-CZ", "en": "en-GB"}

_HEADING = re.compile(r"^(#{1,3})\s+(.*\S)\s*$")
_BULLET = re.compile(r"^( *)[-*]\s+(.*\S)\s*$")
_NUMBER = re.compile(r"^( *)(\d+)\.\s+(.*\S)\s*$")
_RULE_ROW = re.compile(r"^\|[\s:|-]*-{3,}[\s:|-]*\|?\s*$")
_INLINE = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*")
_COMMENT = re.compile(r"\s+#.*$")


class SourceError(ValueError):
    """A source file that does not follow corpus/FORMAT.md; the message names the file and line."""


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Block:
    """kind: title | h1 | h2 | para | bullet | number | table.

    `level` is the list nesting (0 = top); `number` the label value of a numbered item; `restart` marks the
    first item of a numbered sequence (DOCX starts a new w:num there). Tables keep rows of run lists.
    """

    kind: str
    runs: tuple[Run, ...] = ()
    level: int = 0
    number: int = 0
    restart: bool = False
    rows: tuple[tuple[tuple[Run, ...], ...], ...] = ()


@dataclass(frozen=True)
class Source:
    path: Path
    meta: dict[str, str]
    body: str
    blocks: tuple[Block, ...]

    @property
    def doc_id(self) -> str:
        return self.meta["id"]

    @property
    def series(self) -> str:
        return self.meta["series"]

    @property
    def formats(self) -> tuple[str, ...]:
        return tuple(f.strip() for f in self.meta.get("formats", "docx, pdf").split(",") if f.strip())

    @property
    def language(self) -> str:
        return self.meta.get("language", "cs")

    @property
    def locale(self) -> str:
        """Document language tag: front matter `locale:` (e.g. en-US), else cs-CZ / en-GB by `language:`."""
        return self.meta.get("locale") or LOCALES.get(self.language, self.language)

    @property
    def layout(self) -> str:
        return self.meta.get("layout", "one-column")

    @property
    def header(self) -> str:
        return self.meta.get("header", "")

    @property
    def footer(self) -> str:
        return self.meta.get("footer", "page-of")

    @property
    def title(self) -> str:
        for b in self.blocks:
            if b.kind == "title":
                return "".join(r.text for r in b.runs)
        return self.doc_id


def parse_inline(text: str) -> tuple[Run, ...]:
    """`**bold**` and `*italic*` spans; everything else is literal text."""
    runs: list[Run] = []
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            runs.append(Run(text[pos:m.start()]))
        runs.append(Run(m.group(1), bold=True) if m.group(1) is not None else Run(m.group(2), italic=True))
        pos = m.end()
    if pos < len(text):
        runs.append(Run(text[pos:]))
    return tuple(runs)


def split_front_matter(raw: str, path: Path) -> tuple[dict[str, str], str]:
    lines = raw.splitlines()
    if not lines or lines[0].strip() != "---":
        raise SourceError(f"{path}: missing front matter (first line must be '---')")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise SourceError(f"{path}: front matter is not closed by '---'") from None
    meta: dict[str, str] = {}
    for n, line in enumerate(lines[1:end], start=2):
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise SourceError(f"{path}:{n}: front matter line is not 'key: value'")
        meta[key.strip()] = _COMMENT.sub("", value).strip()
    body = "\n".join(lines[end + 1:]).strip("\n") + "\n"
    return meta, body


def _table_row(line: str) -> tuple[tuple[Run, ...], ...]:
    cells = line.strip().strip("|").split("|")
    return tuple(parse_inline(c.strip()) for c in cells)


@dataclass
class _Parser:
    blocks: list[Block] = field(default_factory=list)
    para: list[str] = field(default_factory=list)
    table: list[tuple[tuple[Run, ...], ...]] = field(default_factory=list)
    counters: dict[int, int] = field(default_factory=dict)
    in_list: bool = False

    def flush(self) -> None:
        if self.para:
            self.blocks.append(Block("para", parse_inline(" ".join(self.para))))
            self.para = []
        if self.table:
            width = max(len(r) for r in self.table)
            rows = tuple(r + ((),) * (width - len(r)) for r in self.table)
            self.blocks.append(Block("table", rows=rows))
            self.table = []

    def end_list(self) -> None:
        self.in_list = False
        self.counters.clear()

    def list_item(self, kind: str, indent: str, text: str, typed: int) -> None:
        self.flush()
        level = min(len(indent) // 2, 1)
        if not self.in_list:
            self.counters.clear()
        self.in_list = True
        for deeper in [lv for lv in self.counters if lv > level]:
            del self.counters[deeper]
        if kind == "bullet":
            self.counters.pop(level, None)
            self.blocks.append(Block("bullet", parse_inline(text), level=level))
            return
        restart = level not in self.counters
        self.counters[level] = typed if restart else self.counters[level] + 1
        self.blocks.append(Block("number", parse_inline(text), level=level, number=self.counters[level],
                                 restart=restart))

    def line(self, line: str) -> None:
        if not line.strip():
            self.flush()
            self.end_list()
            return
        if line.lstrip().startswith("|"):
            if self.para:
                self.flush()
            self.end_list()
            if not _RULE_ROW.match(line.strip()):
                self.table.append(_table_row(line))
            return
        if self.table:
            self.flush()
        self._text_line(line)

    def _text_line(self, line: str) -> None:
        heading = _HEADING.match(line)
        bullet = _BULLET.match(line)
        number = _NUMBER.match(line)
        if heading:
            self.flush()
            self.end_list()
            kind = ("title", "h1", "h2")[len(heading.group(1)) - 1]
            self.blocks.append(Block(kind, parse_inline(heading.group(2))))
        elif bullet and not line.lstrip().startswith("**"):
            self.list_item("bullet", bullet.group(1), bullet.group(2), 0)
        elif number:
            self.list_item("number", number.group(1), number.group(3), int(number.group(2)))
        else:
            if self.in_list and not self.para:
                self.end_list()
            self.para.append(line.strip())


def parse_body(body: str) -> tuple[Block, ...]:
    parser = _Parser()
    for line in body.splitlines():
        parser.line(line)
    parser.flush()
    return tuple(parser.blocks)


def read_source(path: Path) -> Source:
    raw = path.read_text(encoding="utf-8")
    meta, body = split_front_matter(raw, path)
    for key in ("id", "series", "language"):
        if key not in meta:
            raise SourceError(f"{path}: front matter lacks '{key}'")
    if meta["id"] != path.stem:
        raise SourceError(f"{path}: id '{meta['id']}' does not match the file name")
    src = Source(path, meta, body, parse_body(body))
    _validate(src)
    return src


def _validate(src: Source) -> None:
    bad = [f for f in src.formats if f not in FORMATS]
    if bad:
        raise SourceError(f"{src.path}: unknown format(s) {bad}; use {FORMATS}")
    if src.footer not in FOOTERS:
        raise SourceError(f"{src.path}: footer '{src.footer}' unknown; use one of {FOOTERS}")
    if src.layout not in LAYOUTS:
        raise SourceError(f"{src.path}: layout '{src.layout}' unknown; use one of {LAYOUTS}")
    if "md" in src.formats and len(src.formats) > 1:
        raise SourceError(f"{src.path}: 'md' cannot be combined with other formats")
