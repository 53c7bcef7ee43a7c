"""Plain text: one block per line (or per paragraph when the text is hard-wrapped), minus conversion residue.

Text minutes are mostly what a DOCX converter left behind: "[bookmark: ...]" markers, the header table
flattened into tab-indented label/value lines, and the page headers and footers dumped at the end. We undo
those so the text reads like the DOCX rendering of the same minutes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes_nlp.document import BlockKind, Document, DocumentBuilder, Source
from minutes_nlp.errors import InputError
from minutes_nlp.loaders.textjoin import is_page_number, join_all

BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")
_BULLET = re.compile(r"^([-*·•▪◦‣●■–\uf0b7])\s+(?=\S)")
_NUMBERED = re.compile(r"^(\d{1,2})([.)])\s+(?=[^\d\s])")
_LETTERED = re.compile(r"^([a-z])\)\s+(?=\S)")
_IMAGE_NAME = re.compile(r"^image\d+\.(?:jpe?g|png|gif|emf|wmf|bmp|tiff?)$", re.IGNORECASE)
_TAIL_MAX_CHARS = 40
WRAP_MIN, WRAP_MAX = 55, 100


def decode(data: bytes, source: Source) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for enc in ("utf-8-sig", "cp1250"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError("not a text file (cannot decode as UTF-8 or Windows-1250)", source.path)


def clean_lines(text: str) -> list[str]:
    """Lines with bookmark markers removed and line endings normalised; leading tabs kept (they mean cells)."""
    return [BOOKMARK.sub("", line).rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _residue(line: str) -> bool:
    s = line.strip()
    return bool(s) and (is_page_number(s) or bool(_IMAGE_NAME.match(s)))


def split_tail(lines: list[str]) -> tuple[list[str], list[str]]:
    """(body, furniture): the trailing run that starts at a page number or image name and holds only short
    lines (page numbers, running header words) is page furniture the converter appended."""
    start = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        s = lines[i].strip()
        if not s:
            continue
        if len(s) > _TAIL_MAX_CHARS:
            break
        if _residue(s):
            start = i
    return lines[:start], [ln.strip() for ln in lines[start:] if ln.strip()]


def _tabbed(line: str) -> bool:
    return line.lstrip(" ").startswith("\t") and bool(line.strip())


def _is_value_line(line: str) -> bool:
    bare = line.lstrip(" ")
    return bare.startswith("\t") and bare[1:2] in (" ", "\t") and bool(bare.strip())


def label_value_table(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """Rows of a flattened header table starting at line i, and where it ends: a tab-indented short label
    line ("\tnázev") directly followed by its tab-indented value line(s) ("\t  19. jednání ...")."""
    rows: list[list[str]] = []
    j = i
    while j < len(lines):
        if not lines[j].strip():
            j += 1
            continue
        label = lines[j].strip()
        if not _tabbed(lines[j]) or _is_value_line(lines[j]) or len(label) > _TAIL_MAX_CHARS:
            break
        k = j + 1
        if k >= len(lines) or not _tabbed(lines[k]):
            break
        values = [lines[k].strip()]
        k += 1
        while k < len(lines) and _is_value_line(lines[k]):
            values.append(lines[k].strip())
            k += 1
        rows.append([label, join_all(values)])
        j = k
    return rows, j


@dataclass
class _ListState:
    last_number: int | None = None


def list_label(text: str, state: _ListState) -> tuple[str, str] | None:
    """(label, rest) for a list line. A number counts only as "1." or the next in a running list, so an
    ordinal like "19. jednání" or a date "15. 12." stays a paragraph."""
    m = _BULLET.match(text)
    if m:
        return m.group(1), text[m.end():]
    m = _NUMBERED.match(text)
    if m:
        n = int(m.group(1))
        if n == 1 or state.last_number == n - 1:
            state.last_number = n
            return m.group(1) + m.group(2), text[m.end():]
    m = _LETTERED.match(text)
    if m:
        return m.group(1) + ")", text[m.end():]
    return None


def _is_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped text (most lines of similar, mid length, with blank lines between paragraphs)."""
    body = [ln for ln in lines if ln.strip()]
    if len(body) < 5 or len(body) == len(lines):
        return False
    mid = sum(1 for ln in body if WRAP_MIN <= len(ln.strip()) <= WRAP_MAX)
    return mid >= 0.6 * len(body)


def load_text(data: bytes, source: Source) -> Document:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("binary file of unknown type", source.path)
    text = decode(data, source)
    if source.format == "md":
        from minutes_nlp.loaders.markdown import load_markdown

        return load_markdown(text, source)
    builder = DocumentBuilder(source)
    body, tail = split_tail(clean_lines(text))
    wrapped = _is_wrapped(body)
    state = _ListState()
    i = 0
    while i < len(body):
        rows, end = label_value_table(body, i)
        if len(rows) >= 2:
            builder.add_table(rows)
            i = end
            continue
        line = body[i]
        i += 1
        if not line.strip():
            continue
        if wrapped:
            group = [line]
            while i < len(body) and body[i].strip() and not list_label(body[i].strip(), _ListState(state.last_number)):
                group.append(body[i])
                i += 1
            line = join_all(group)
        _add_line(builder, line.strip(), state)
    for line in tail:
        builder.furniture("page_number" if is_page_number(line) else "header", line)
    return builder.build()


def _add_line(builder: DocumentBuilder, text: str, state: _ListState) -> None:
    if is_page_number(text) and "/" in text:
        builder.furniture("page_number", text)
        return
    label = list_label(text, state)
    if label:
        builder.add(BlockKind.LIST_ITEM, label[1], list_label=label[0])
    else:
        builder.add(BlockKind.PARAGRAPH, text)
