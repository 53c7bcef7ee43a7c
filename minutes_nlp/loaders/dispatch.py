"""Pick a loader by content, enforce limits, and turn every failure into an InputError naming the file."""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import zipfile
from pathlib import Path

from minutes_nlp.config import Limits
from minutes_nlp.document import Document, Source
from minutes_nlp.errors import InputError, MinutesError
from minutes_nlp.loaders.limits import check_file_size

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODF_MIMETYPES = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.text-template": "odt",
}
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
MD_SUFFIXES = {".md", ".markdown"}
LEGACY = ("doc", "odt", "rtf")


def _sniff_zip(path: Path, data: bytes) -> str:
    """A ZIP is DOCX, ODT or something else; a broken one is called by its suffix so the error names it."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return "odt" if path.suffix.lower() == ".odt" else "docx" if path.suffix.lower() != ".zip" else "zip"
    if "mimetype" in names:
        try:
            mime = zf.read("mimetype")[:100].decode("ascii", "replace").strip()
        except (zipfile.BadZipFile, OSError, ValueError):
            mime = ""
        if mime in ODF_MIMETYPES:
            return ODF_MIMETYPES[mime]
        if mime.startswith("application/vnd.oasis.opendocument"):
            return "odf-other"
    if "word/document.xml" in names or ("[Content_Types].xml" in names and path.suffix.lower() == ".docx"):
        return "docx"
    return "zip"


def _looks_like_text(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16 with a byte-order mark (Notepad's "Unicode")
    head = data[:8192]
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:  # a multi-byte character cut by the 8 KB window
            return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls <= len(head) // 100 and _mostly_words(head.decode("cp1250", "replace"))


def _mostly_words(text: str) -> bool:
    """Legacy-encoded minutes are mostly letters and spaces; random bytes decoded as cp1250 are not."""
    wordish = sum(1 for ch in text if ch.isalnum() or ch.isspace() or ch in ".,;:-–()/\"'„“")
    return wordish >= 0.85 * max(1, len(text))


_MD_LINE = re.compile(rb"^(#{1,6} \S|[-*] \[[ xX]\] |\|.*\|\s*$)", re.MULTILINE)


def _looks_like_markdown(data: bytes) -> bool:
    """Headings, checkbox lists or pipe tables: Markdown even when the file is named .txt or .pdf."""
    return len(_MD_LINE.findall(data[:8192])) >= 2


def sniff_format(path: Path, data: bytes) -> str:
    """The format by content: pdf, docx, odt, doc, rtf, txt, md, zip, odf-other or binary."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _sniff_zip(path, data)
    if data.startswith(OLE2_MAGIC):
        return "doc"
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if _looks_like_text(data):
        return "md" if path.suffix.lower() in MD_SUFFIXES or _looks_like_markdown(data) else "txt"
    return "binary"


def read_input(path: Path, limits: Limits) -> bytes:
    """The bytes of a regular file within the size limit; anything else is a one-line InputError."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", path) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError("is a directory (give files, or use a batch command that walks directories)", path)
    if not stat.S_ISREG(st.st_mode):
        raise InputError("not a regular file", path)
    check_file_size(path, st.st_size, limits)
    if not os.access(path, os.R_OK):
        raise InputError("permission denied (file is not readable)", path)
    try:
        with path.open("rb") as fh:
            data = fh.read(limits.max_file_size + 1)
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", path) from None
    check_file_size(path, len(data), limits)
    return data


def load(path: str | Path, limits: Limits | None = None) -> Document:
    """Load one file into the document model. Every failure is an InputError (or subclass) naming the file."""
    p = Path(path)
    limits = limits or Limits.from_env()
    data = read_input(p, limits)
    if not data.strip():
        raise InputError("empty file", p)
    fmt = sniff_format(p, data)
    source = Source(str(p), hashlib.sha256(data).hexdigest(), fmt, None, len(data))
    try:
        return _load_format(p, data, source, limits)
    except MinutesError as exc:
        if exc.path is None:
            exc.path = str(p)
        raise
    except RecursionError:
        raise InputError("document is nested too deeply to read", p) from None
    except MemoryError:
        raise InputError("document is too large to load in memory", p) from None
    except Exception as exc:  # a file our parsers choke on must not end a batch; --debug shows the cause
        raise InputError(f"could not be read as {fmt} ({type(exc).__name__}: {exc}); please report this file",
                         p) from exc


def _load_format(p: Path, data: bytes, source: Source, limits: Limits) -> Document:
    fmt = source.format
    if fmt in ("txt", "md"):
        from minutes_nlp.loaders.text import load_text

        return load_text(data, source)
    if fmt == "docx":
        from minutes_nlp.loaders.docx import load_docx

        return load_docx(p, data, source, limits)
    if fmt == "pdf":
        from minutes_nlp.loaders.pdf import load_pdf

        return load_pdf(p, data, source, limits)
    if fmt in LEGACY:
        from minutes_nlp.loaders.legacy import load_legacy

        return load_legacy(p, fmt, source, limits)
    if fmt == "zip":
        raise InputError("a ZIP archive that is not a Word document (unpack it first)", p)
    if fmt == "odf-other":
        raise InputError("an OpenDocument file that is not a text document (only .odt is convertible)", p)
    raise InputError("unknown binary file type (not DOCX, PDF, text or Markdown)", p)
