"""Pick a loader by content, enforce limits, and turn every failure into an InputError naming the file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from minutes_nlp.document import Document, Source
from minutes_nlp.errors import InputError
from minutes_nlp.loaders import text as text_loader


def sniff_format(path: Path, head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    suffix = path.suffix.lower()
    return "md" if suffix in (".md", ".markdown") else "txt"


def load(path: str | Path) -> Document:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", p) from exc
    if not data.strip():
        raise InputError("empty file", p)
    fmt = sniff_format(p, data[:8])
    source = Source(str(p), hashlib.sha256(data).hexdigest(), fmt, None, len(data))
    if fmt in ("txt", "md"):
        return text_loader.load_text(data, source)
    raise InputError(f"format {fmt} not supported yet", p)
