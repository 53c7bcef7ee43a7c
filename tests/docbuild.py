"""Small documents built by hand for the extraction tests: one builder instead of a near-copy per test file."""

from __future__ import annotations

from typing import Any

from minutes_nlp.document import BlockKind, Document, DocumentBuilder, Source

Block = tuple[str, Any]


def heading(text: str) -> Block:
    """A heading block for `blocks_doc`."""
    return ("heading", text)


def para(text: str) -> Block:
    """A paragraph block for `blocks_doc`."""
    return ("paragraph", text)


def bullet(text: str) -> Block:
    """A list-item block for `blocks_doc`."""
    return ("bullet", text)


def table(*rows: list[str]) -> Block:
    """A table block for `blocks_doc`, one list of cells per row."""
    return ("table", [list(r) for r in rows])


def blocks_doc(*blocks: tuple[str, Any], header: str = "") -> Document:
    """A DOCX-like document from (kind, content) pairs: a BlockKind value with its text, "table" with rows,
    or "bullet" for a list item; `header` becomes the running header."""
    builder = DocumentBuilder(Source("x.docx", "0", "docx"))
    for kind, content in blocks:
        if kind == "table":
            builder.add_table(content)
        elif kind == "bullet":
            builder.add(BlockKind.LIST_ITEM, str(content), list_label="•")
        else:
            builder.add(BlockKind(kind), str(content))
    if header:
        builder.furniture("header", header)
    return builder.build()


def paragraphs_doc(*paragraphs: str) -> Document:
    """A plain-text document, one paragraph per argument."""
    builder = DocumentBuilder(Source("t.txt", "0", "txt"))
    for text in paragraphs:
        builder.add(BlockKind.PARAGRAPH, text)
    return builder.build()
