"""Loading many files: walk directories safely, and record each file's failure instead of stopping.

An archive has thousands of files and some are always broken; one bad file must cost one line of output,
not the run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from minutes_nlp.config import Limits
from minutes_nlp.document import Document
from minutes_nlp.errors import InputError, MinutesError
from minutes_nlp.loaders.dispatch import load, sniff_format

SUPPORTED_SUFFIXES = {".docx", ".pdf", ".txt", ".md", ".markdown", ".doc", ".odt", ".rtf"}
SNIFFED = {"docx", "pdf", "doc", "odt", "rtf"}
SNIFF_BYTES = 8192


@dataclass(frozen=True)
class LoadResult:
    path: Path
    document: Document | None
    error: MinutesError | None = None

    @property
    def ok(self) -> bool:
        return self.document is not None


@dataclass(frozen=True)
class FoundFile:
    """A file to load, or a problem met while walking (then `error` is its one-line message)."""

    path: Path
    error: str | None = None


def _sniffable(path: Path) -> bool:
    """A file without a known suffix is taken when its content is a document format (not any text)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError:
        return False
    return sniff_format(path, head) in SNIFFED


def _walk(root: Path, seen: set[tuple[int, int]], errors: list[InputError]) -> Iterator[Path]:
    """Files under root, sorted; hidden entries skipped; a directory reached twice (symlink loop) is not
    entered again."""
    try:
        st = root.stat()
    except OSError as exc:
        errors.append(InputError(f"cannot read directory ({exc.strerror or exc})", root))
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        errors.append(InputError("directory visited twice (symlink loop); skipped", root))
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        errors.append(InputError(f"cannot list directory ({exc.strerror or exc})", root))
        return
    for entry in entries:
        if entry.name.startswith((".", "~$")):
            continue  # hidden entries, and Office lock files ("~$zapis.docx") next to open documents
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, seen, errors)
        elif path.suffix.lower() in SUPPORTED_SUFFIXES or (entry.is_file() and _sniffable(path)):
            yield path


def iter_files(paths: Iterable[str | Path]) -> Iterator[FoundFile]:
    """Files named directly (always yielded, so their load errors are reported) and supported files found
    under named directories, in order; walk problems (symlink loops, unreadable directories) come as
    FoundFile entries with an error, so a caller reports them and goes on."""
    seen: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield FoundFile(path)
            continue
        errors: list[InputError] = []
        for found in _walk(path, seen, errors):
            yield from _drain(errors)
            yield FoundFile(found)
        yield from _drain(errors)


def load_many(paths: Iterable[str | Path], limits: Limits | None = None) -> Iterator[LoadResult]:
    """Load every file; a failure becomes a LoadResult with the error, and the batch goes on."""
    limits = limits or Limits.from_env()
    for found in iter_files(paths):
        if found.error is not None:
            yield LoadResult(found.path, None, InputError(found.error.split(": ", 1)[-1], found.path))
            continue
        try:
            yield LoadResult(found.path, load(found.path, limits))
        except MinutesError as exc:
            yield LoadResult(found.path, None, exc)


def _drain(errors: list[InputError]) -> Iterator[FoundFile]:
    while errors:
        err = errors.pop(0)
        yield FoundFile(Path(err.path or ""), err.one_line())
