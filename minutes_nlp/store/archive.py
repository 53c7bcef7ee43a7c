"""The SQLite archive: open with migrations, write one document's record in one transaction.

SQLite is used as an application file format: WAL so readers never block the writer, foreign keys on,
`BEGIN IMMEDIATE` per document so two ingests on one database take turns instead of failing, and a
busy timeout long enough for the other to finish a document.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from minutes_nlp.errors import StoreError
from minutes_nlp.extract.result import MeetingRecord
from minutes_nlp.store import writer
from minutes_nlp.store.migrations import MIGRATIONS
from minutes_nlp.store.search_index import index_meeting, unindex_documents
from minutes_nlp.store.writer import Passage

DEFAULT_DB = "minutes.db"


def default_db_path() -> Path:
    return Path(os.environ.get("MINUTES_DB") or DEFAULT_DB)


def now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class Archive:
    """One open archive database. Not shared between processes; each process opens its own."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.orphaned_edits: list[str] = []  # items with manual edits that the last re-ingest no longer found

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One unit of work: all of it lands or none of it (a crash mid-document leaves nothing half-done)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # --- documents -------------------------------------------------------------------------------------

    def document_by_sha(self, sha256: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM documents WHERE sha256 = ?", (sha256,)).fetchone()

    def document_by_path(self, path: str) -> sqlite3.Row | None:
        return self.conn.execute(
            "SELECT d.* FROM documents d JOIN document_paths p ON p.document_id = d.id WHERE p.path = ?"
            " ORDER BY d.id DESC LIMIT 1", (path,)).fetchone()

    def has_path(self, document_id: int, path: str) -> bool:
        return bool(self.conn.execute("SELECT 1 FROM document_paths WHERE document_id = ? AND path = ?",
                                      (document_id, path)).fetchone())

    def add_path(self, document_id: int, path: str, primary: bool = True) -> None:
        """A renamed or moved file is the same document: remember the new path, keep everything else."""
        with self.transaction() as c:
            c.execute("INSERT OR IGNORE INTO document_paths(document_id, path) VALUES (?, ?)", (document_id, path))
            if primary:
                c.execute("UPDATE documents SET path = ? WHERE id = ?", (path, document_id))

    def store_record(self, record: MeetingRecord, path: str, extractor_version: str,
                     passages: tuple[Passage, ...] = (), as_json: str = "") -> int:
        """Replace whatever the archive had for this file (same content or same path) by `record`.

        Manual edits live in their own table keyed by stable item IDs, so they are untouched here. `as_json` is
        `record_json(record)` when the caller already has it (ingest workers serialise in parallel).
        """
        with self.transaction() as c:
            old_ids = self._documents_to_replace(c, record.source.sha256, path)
            edited = writer.edited_items(c, old_ids)
            unindex_documents(c, old_ids)
            for old in old_ids:
                c.execute("DELETE FROM documents WHERE id = ?", (old,))
            doc_id = writer.insert_document(c, record, path, extractor_version, now(),
                                            as_json or writer.record_json(record))
            writer.insert_passages(c, doc_id, passages)
            meeting_id = writer.place_meeting(c, doc_id, record, path)
            if meeting_id is not None:
                index_meeting(c, meeting_id, doc_id, record.language)
            self.orphaned_edits = writer.carry_edits(c, edited, meeting_id)
        return doc_id

    @staticmethod
    def _documents_to_replace(c: sqlite3.Connection, sha256: str, path: str) -> list[int]:
        rows = c.execute(
            "SELECT id FROM documents WHERE sha256 = ? UNION "
            "SELECT document_id FROM document_paths WHERE path = ?", (sha256, path)).fetchall()
        return [r[0] for r in rows]

    def remove_document(self, document_id: int) -> None:
        with self.transaction() as c:
            unindex_documents(c, [document_id])
            c.execute("DELETE FROM documents WHERE id = ?", (document_id,))

    # --- edits -----------------------------------------------------------------------------------------

    def add_edit(self, item_id: str, field: str, value: str | None, note: str | None, by: str) -> None:
        with self.transaction() as c:
            c.execute("INSERT INTO edits(item_id, field, value, note, by, at) VALUES (?, ?, ?, ?, ?, ?)",
                      (item_id, field, value, note, by, now()))

    def edits_for(self, item_id: str) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT * FROM edits WHERE item_id = ? ORDER BY id", (item_id,)).fetchall()

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _wal(conn: sqlite3.Connection, attempts: int = 100) -> None:
    """Switch to WAL. Two processes creating one new archive race for this switch, and SQLite answers the
    loser "locked" at once instead of waiting, so wait and retry here."""
    for attempt in range(attempts):
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05)


def _connect(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 60000")
        _wal(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the archive database ({exc})", path) from exc


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(f"database schema {version} is newer than this minutes-nlp knows", path)
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in script.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def open_archive(path: str | Path | None = None, create: bool = True) -> Archive:
    """Open (creating and migrating as needed) the archive at `path`, `$MINUTES_DB` or ./minutes.db."""
    p = Path(path) if path else default_db_path()
    if p.exists() and p.is_dir():
        raise StoreError("is a directory, not a database file", p)
    if not create and not p.exists():
        raise StoreError("no archive here yet (run `minutes ingest FOLDER` first, or give --db)", p)
    conn = _connect(p)
    try:
        _migrate(conn, p)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"not a minutes-nlp database ({exc})", p) from exc
    return Archive(conn, p)
