"""The previous meeting of the same series, for what informal notes leave to the reader's memory.

Notes of a club or a team often write "Výbor 31. 3." without the year or "Byli všichni kromě Jirky K. a Lucky"
without saying who "všichni" are. A reader takes the year and the members from the notes before it in the same
folder (an archive of one body's minutes). This module finds that file: same folder and format, the nearest
one whose name sorts before this one. Nothing is read when the document has no file on disk.

Several stages ask for the same neighbours, and a batch ingest walks a folder in name order, so the folder
listing and the loaded neighbours are cached per process (keyed by modification time and size, so a changed
file is read again).
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

from minutes_nlp.document import Document
from minutes_nlp.errors import MinutesError
from minutes_nlp.loaders import load

MAX_BACK = 3  # earlier files tried when the nearest one does not help either
CACHED_DOCUMENTS = 16  # a batch only ever looks a few files back


def previous_files(doc: Document) -> list[Path]:
    """Earlier files of the same folder and format, nearest first (at most MAX_BACK)."""
    path = Path(doc.source.path)
    if not path.name or not path.is_file():
        return []
    names = _listing(str(path.parent), path.parent.stat().st_mtime_ns, path.suffix)
    at = bisect.bisect_left(names, path.name)
    return [path.parent / n for n in names[max(0, at - MAX_BACK):at][::-1]]


def load_previous(doc: Document) -> list[Document]:
    """The earlier documents of `previous_files`, loaded; files that fail to load are skipped."""
    out: list[Document] = []
    for path in previous_files(doc):
        try:
            out.append(load_file(path))
        except (MinutesError, OSError):
            continue
    return out


@lru_cache(maxsize=8)
def _listing(folder: str, _mtime_ns: int, suffix: str) -> tuple[str, ...]:
    """Sorted names of the folder's files with this suffix."""
    return tuple(sorted(p.name for p in Path(folder).iterdir() if p.suffix == suffix and p.is_file()))


_LOADED: OrderedDict[tuple[str, int, int], Document] = OrderedDict()


def load_file(path: str | Path) -> Document:
    """Load a file through the neighbour cache, so that the next file of a batch finds this one already read
    when it asks for its previous minutes (each file would otherwise be parsed twice). Errors propagate."""
    try:
        stat = Path(path).stat()
    except OSError:
        return load(Path(path))  # the loader says why, in its own words
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key in _LOADED:
        _LOADED.move_to_end(key)
        return _LOADED[key]
    doc = load(Path(path))
    _LOADED[key] = doc
    while len(_LOADED) > CACHED_DOCUMENTS:
        _LOADED.popitem(last=False)
    return doc

