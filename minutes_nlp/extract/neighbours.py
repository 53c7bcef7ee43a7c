"""The previous meeting of the same series, for what informal notes leave to the reader's memory.

Notes of a club or a team often write "Výbor 31. 3." without the year or "Byli všichni kromě Jirky K. a Lucky"
without saying who "všichni" are. A reader takes the year and the members from the notes before it in the same
folder (an archive of one body's minutes). This module finds that file: same folder and format, the nearest
one whose name sorts before this one. Nothing is read when the document has no file on disk.
"""

from __future__ import annotations

from pathlib import Path

from minutes_nlp.document import Document
from minutes_nlp.errors import MinutesError
from minutes_nlp.loaders import load

MAX_BACK = 3  # earlier files tried when the nearest one does not help either


def previous_files(doc: Document) -> list[Path]:
    """Earlier files of the same folder and format, nearest first (at most MAX_BACK)."""
    path = Path(doc.source.path)
    if not path.name or not path.is_file():
        return []
    siblings = sorted(p for p in path.parent.iterdir() if p.suffix == path.suffix and p.name < path.name
                      and p.is_file())
    return siblings[::-1][:MAX_BACK]


def load_previous(doc: Document) -> list[Document]:
    """The earlier documents of `previous_files`, loaded; files that fail to load are skipped."""
    out: list[Document] = []
    for path in previous_files(doc):
        try:
            out.append(load(path))
        except MinutesError:
            continue
    return out
