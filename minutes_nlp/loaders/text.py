"""Plain text and Markdown: one block per paragraph (blank-line or line separated)."""

from __future__ import annotations

import re

from minutes_nlp.document import BlockKind, Document, DocumentBuilder, Source
from minutes_nlp.errors import InputError

_BULLET = re.compile(r"^\s*([-*·•▪◦]|\d+[.)]|[a-z][.)])\s+")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def _decode(data: bytes, source: Source) -> str:
    for enc in ("utf-8-sig", "cp1250"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError("not a text file (cannot decode as UTF-8 or Windows-1250)", source.path)


def load_text(data: bytes, source: Source) -> Document:
    if b"\x00" in data[:4096]:
        raise InputError("binary file of unknown type", source.path)
    builder = DocumentBuilder(source)
    for line in _decode(data, source).splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        heading = _MD_HEADING.match(stripped) if source.format == "md" else None
        bullet = _BULLET.match(stripped)
        if heading:
            builder.add(BlockKind.HEADING, heading.group(2), level=len(heading.group(1)))
        elif bullet:
            builder.add(BlockKind.LIST_ITEM, stripped[bullet.end():], list_label=bullet.group(1))
        else:
            builder.add(BlockKind.PARAGRAPH, stripped)
    return builder.build()
