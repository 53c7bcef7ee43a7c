"""Ingest with worker processes: the follow-up computed by the workers equals the one computed in the parent,
and a series that another process changed while the workers read it is followed again from the new state."""

from __future__ import annotations

import shutil
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from minutes_nlp.ingest import ingest
from minutes_nlp.store import open_archive
from minutes_nlp.store.track_pool import retrack_in_pool
from minutes_nlp.store.tracking import retrack

SERIES = ["cs-spolek/cs-spolek-01.md", "cs-spolek/cs-spolek-02.md", "cs-spolek/cs-spolek-03.md",
          "en-gov/en-gov-01.md", "en-gov/en-gov-02.md"]


@pytest.fixture()
def folder(corpus_copy) -> Path:  # noqa: ANN001
    return corpus_copy(SERIES)


def _state(db: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Tracking and evidence by content (row IDs and float noise aside)."""
    with sqlite3.connect(db) as c:
        tracking = sorted(c.execute("SELECT t.item_id, t.status, t.carried_over, t.same_as, t.due, m.date"
                                    " FROM tracking t LEFT JOIN meetings m ON m.id = t.last_meeting_id"))
        evidence = sorted((*r[:-1], round(r[-1] or 0, 6)) for r in c.execute(
            'SELECT e.item_id, m.date, e.status, e.text, e.source_item, e.block, e.start, e."end", e.method, e.score'
            " FROM evidence e JOIN meetings m ON m.id = e.meeting_id"))
    return tracking, evidence


def test_two_jobs_track_as_one(folder: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert ingest(open_archive(one), [folder], jobs=1).count("new") == len(SERIES)
    assert ingest(open_archive(two), [folder], jobs=2).count("new") == len(SERIES)
    tracked = _state(one)
    assert tracked[0] and tracked == _state(two)


def _reject_first_action(db: Path) -> str:
    """Another process's write: a reviewer rejects an action (rejected items are not tracked)."""
    with sqlite3.connect(db) as c:
        item = c.execute("SELECT id FROM items WHERE kind = 'action' ORDER BY id LIMIT 1").fetchone()[0]
        c.execute("INSERT INTO edits(item_id, field, value, note, by, at) VALUES (?, 'review', 'rejected', NULL,"
                  " 'other', '2026-01-01T00:00:00')", (item,))
    return str(item)


@pytest.mark.parametrize("concurrent_write", [False, True])
def test_pool_follows_the_state_it_writes_over(folder: Path, tmp_path: Path, concurrent_write: bool) -> None:
    db, expected = tmp_path / "m.db", tmp_path / "expected.db"
    archive = open_archive(db)
    ingest(archive, [folder], jobs=1)
    docs = [r[0] for r in archive.query("SELECT id FROM documents")]
    rejected: list[str] = []
    with ProcessPoolExecutor(max_workers=2) as pool:
        retrack_in_pool(archive, docs, pool, lambda: rejected.append(_reject_first_action(db))
                        if concurrent_write else None)
    archive.close()
    shutil.copyfile(db, expected)  # the serial follow-up of the same final state
    reference = open_archive(expected)
    retrack(reference)
    reference.close()
    tracked = _state(db)
    assert tracked == _state(expected)
    assert all(r not in {t[0] for t in tracked[0]} for r in rejected)
    assert bool(rejected) == concurrent_write


def test_two_jobs_into_an_archive_without_a_file(folder: Path, tmp_path: Path) -> None:
    """An in-memory archive has no file the workers could read: the parent follows the series itself."""
    memory, on_disk = open_archive(":memory:"), open_archive(tmp_path / "m.db")
    ingest(memory, [folder], jobs=2)
    ingest(on_disk, [folder], jobs=1)
    query = "SELECT item_id, status, carried_over FROM tracking ORDER BY item_id"
    assert [tuple(r) for r in memory.query(query)] == [tuple(r) for r in on_disk.query(query)] != []
