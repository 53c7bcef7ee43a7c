"""Follow-up of several series at once in worker processes; the parent alone writes, one transaction per series.

After an ingest every touched series is followed again. Series are independent (a series' items, passages and
agenda are all the tracker reads), so the ingest's extraction workers compute them side by side, largest series
first, while the parent writes each result as it arrives. Workers only read the archive, in one read
transaction each, after the parent has committed every document; if another process writes to the archive in
the meantime (SQLite's `data_version` moves), the parent computes that series again under its write lock, so a
result never rests on a state the archive no longer has.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from concurrent.futures import Executor, Future, as_completed

from minutes_nlp.store.archive import Archive
from minutes_nlp.store.tracking import retrack, retrack_series, touched_series, track_series, write_series
from minutes_nlp.tracker import Tracked

Computed = tuple[int, list[Tracked], list[int]]

_READERS: dict[str, sqlite3.Connection] = {}  # per worker process: one read connection per archive file


def _reader(db_path: str) -> sqlite3.Connection:
    conn = _READERS.get(db_path)
    if conn is None:
        conn = sqlite3.connect(db_path, timeout=60, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 60000")
        _READERS[db_path] = conn
    return conn


def compute_series(db_path: str, series_id: int) -> Computed:
    """Worker: one series followed from a consistent snapshot of the archive (no writes)."""
    conn = _reader(db_path)
    conn.execute("BEGIN")
    try:
        results, meeting_ids = track_series(conn, series_id)
    finally:
        conn.execute("COMMIT")
    return series_id, results, meeting_ids


def _data_version(archive: Archive) -> int:
    return int(archive.conn.execute("PRAGMA data_version").fetchone()[0])


def _by_size(archive: Archive, series: list[int]) -> list[int]:
    """Largest series first: the longest task starts first, so no worker is left alone with it at the end."""
    marks = ",".join("?" * len(series))
    rows = archive.query(f"SELECT series_id, COUNT(*) FROM meetings WHERE series_id IN ({marks})"  # noqa: S608
                         " GROUP BY series_id", tuple(series))
    sizes: dict[int, int] = {int(r[0]): int(r[1]) for r in rows}
    return sorted(series, key=lambda s: (-sizes.get(s, 0), s))


def retrack_in_pool(archive: Archive, document_ids: list[int], pool: Executor,
                    meanwhile: Callable[[], object] = lambda: None) -> int:
    """`tracking.retrack(archive, document_ids)` with the series computed in `pool`; `meanwhile` runs in the
    parent while the workers compute (work that does not touch what the tracker reads)."""
    series = touched_series(archive, document_ids)
    if not series or str(archive.path) == ":memory:" or not archive.path.is_file():
        meanwhile()  # nothing to follow, or no file the workers could open: the parent follows the series
        return retrack(archive, document_ids) if series else 0
    version = _data_version(archive)
    path = str(archive.path.resolve())
    futures = {pool.submit(compute_series, path, sid): sid for sid in _by_size(archive, series)}
    meanwhile()
    total = 0
    for future in as_completed(futures):
        total += _store(archive, future, futures[future], version)
    return total


def _store(archive: Archive, future: Future[Computed], sid: int, version: int) -> int:
    """Write a worker's result; compute the series here, under the write lock, when the archive changed under
    the workers or the worker failed."""
    try:
        _, results, meeting_ids = future.result()
    except Exception:  # noqa: BLE001 - a failed worker must not lose the series: the parent follows it itself
        results, meeting_ids = None, []
    with archive.transaction() as c:
        if results is not None and _data_version(archive) == version:
            return write_series(c, results, meeting_ids)
        return retrack_series(c, sid)
