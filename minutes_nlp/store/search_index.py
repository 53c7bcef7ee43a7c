"""The full-text index: surface text (diacritics folded by the tokenizer) beside a column of stems.

Searching the stems column makes "databáze" find "databází" and "Zezůlková" find "Zezůlkovou";
the surface column keeps exact phrases and prefixes working. FTS5 has no cascade, so the rows of a
meeting are removed explicitly before the meeting is.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from minutes_nlp.nlp.stem import stems


def stem_text(text: str, lang: str) -> str:
    return " ".join(stems(text, lang))


def index_rows(c: sqlite3.Connection, rows: Iterable[tuple[str, str, str, int]], lang: str) -> None:
    """rows: (kind, ref, text, meeting_id)."""
    c.executemany("INSERT INTO search(text, stems, kind, ref, meeting_id) VALUES (?, ?, ?, ?, ?)",
                  [(text, stem_text(text, lang), kind, ref, mid) for kind, ref, text, mid in rows])


def index_meeting(c: sqlite3.Connection, meeting_id: int, document_id: int, lang: str) -> None:
    items = c.execute("SELECT kind, id, text FROM items WHERE meeting_id = ?", (meeting_id,)).fetchall()
    agenda = c.execute("SELECT id, COALESCE(number || ' ', '') || title FROM agenda_items WHERE meeting_id = ?",
                       (meeting_id,)).fetchall()
    passages = c.execute("SELECT id, text FROM passages WHERE document_id = ?", (document_id,)).fetchall()
    rows = [(k, i, t, meeting_id) for k, i, t in items]
    rows += [("agenda", f"g:{a}", t, meeting_id) for a, t in agenda]
    rows += [("text", f"p:{p}", t, meeting_id) for p, t in passages]
    index_rows(c, rows, lang)


def unindex_documents(c: sqlite3.Connection, document_ids: list[int]) -> None:
    for doc_id in document_ids:
        c.execute("DELETE FROM search WHERE meeting_id IN (SELECT id FROM meetings WHERE document_id = ?)",
                  (doc_id,))
