"""Limit checks that run before a parser touches the content, so hostile files fail cheaply."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from minutes_nlp.config import Limits
from minutes_nlp.errors import InputError, LimitExceededError


def _mb(n: int) -> str:
    """A size people read at a glance: bytes, KB or MB."""
    if n < 10 * 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def check_file_size(path: Path, size: int, limits: Limits) -> None:
    if size > limits.max_file_size:
        raise LimitExceededError(
            f"file is {_mb(size)}, over the limit of {_mb(limits.max_file_size)} (set MINUTES_MAX_FILE_SIZE)",
            path)


def check_pages(path: Path, pages: int, limits: Limits) -> None:
    if pages > limits.max_pages:
        raise LimitExceededError(
            f"document has {pages} pages, over the limit of {limits.max_pages} (set MINUTES_MAX_PAGES)", path)


def open_zip(path: Path, data: bytes, what: str) -> zipfile.ZipFile:
    """Open a ZIP container; a broken central directory becomes an InputError naming the format."""
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise InputError(f"corrupt or truncated {what} (not a readable ZIP container: {exc})", path) from None


def check_zip(path: Path, zf: zipfile.ZipFile, compressed_size: int, limits: Limits) -> None:
    """Refuse a ZIP bomb from its directory alone: total declared size and overall compression ratio.

    The declared sizes can lie, so readers must also stop at the limit while inflating (see `read_member`).
    """
    total = sum(max(info.file_size, 0) for info in zf.infolist())
    if total > limits.max_decompressed_size:
        raise LimitExceededError(
            f"ZIP content would expand to {_mb(total)}, over the limit of {_mb(limits.max_decompressed_size)} "
            "(possible ZIP bomb; set MINUTES_MAX_DECOMPRESSED_SIZE)", path)
    ratio = total / max(compressed_size, 1)
    if total > 10 * 1024 * 1024 and ratio > limits.max_compression_ratio:
        raise LimitExceededError(
            f"ZIP content is compressed {ratio:.0f}:1, over the limit of {limits.max_compression_ratio}:1 "
            "(possible ZIP bomb; set MINUTES_MAX_COMPRESSION_RATIO)", path)


def read_member(path: Path, zf: zipfile.ZipFile, name: str, limits: Limits) -> bytes:
    """Inflate one member but never more than the decompressed-size limit, whatever the directory claims."""
    cap = limits.max_decompressed_size
    try:
        with zf.open(name) as fh:
            data = fh.read(cap + 1)
    except KeyError:
        raise InputError(f"not a valid document: the ZIP has no {name}", path) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise InputError(f"corrupt or truncated file ({name}: {exc})", path) from None
    if len(data) > cap:
        raise LimitExceededError(f"{name} expands beyond {_mb(cap)} (possible ZIP bomb)", path)
    return data
