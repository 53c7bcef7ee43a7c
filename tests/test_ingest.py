"""`minutes ingest` on real files: incremental runs, moves, edits, bad files, concurrency and a hard kill."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minutes_nlp.ingest import ingest
from minutes_nlp.store import open_archive
from minutes_nlp.store.edits import edit_item
from minutes_nlp.store.queries import ItemFilter, list_items

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "docs"
SMALL = ["cs-spolek/cs-spolek-01.md", "cs-spolek/cs-spolek-02.md", "en-gov/en-gov-01.md", "en-gov/en-gov-02.md"]
MINUTES = [sys.executable, "-m", "minutes_nlp.cli"]


@pytest.fixture()
def folder(corpus_copy) -> Path:  # noqa: ANN001
    return corpus_copy(SMALL)


def _counts(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as c:
        return tuple(c.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
                     for t in ("documents", "meetings", "items"))


def test_incremental_ingest_moves_and_edits(folder: Path, tmp_path: Path) -> None:
    archive = open_archive(tmp_path / "m.db")
    first = ingest(archive, [folder])
    assert first.count("new") == 4 and not first.failed
    item = list_items(archive, ItemFilter("action", "open"))[0]
    edit_item(archive, item.id, {"status": "done"}, "checked by phone", "secretary")
    before = _counts(tmp_path / "m.db")
    again = ingest(archive, [folder])
    assert again.count("unchanged") == 4 and _counts(tmp_path / "m.db") == before
    (folder / SMALL[0]).rename(folder / "renamed.md")
    moved = ingest(archive, [folder])
    assert moved.count("moved") == 1 and _counts(tmp_path / "m.db") == before
    target = folder / SMALL[2]
    target.write_text(target.read_text(encoding="utf-8") + "\nAOB: none.\n", encoding="utf-8")
    edited = ingest(archive, [folder])
    assert (edited.count("updated"), edited.count("unchanged") + edited.count("moved")) == (1, 3)
    after = {v.id: v for v in list_items(archive, ItemFilter("action", None))}
    assert after[item.id].status == "done" and after[item.id].notes == ("checked by phone",)


def test_bad_files_are_reported_and_the_rest_ingested(cli, folder: Path, tmp_path: Path) -> None:  # noqa: ANN001
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "empty.pdf").write_bytes(b"")
    result = cli("ingest", str(folder), "--db", str(tmp_path / "m.db"))
    assert result.exit_code == 2
    assert "broken.docx" in result.stderr and "empty.pdf" in result.stderr
    assert "4 new" in result.stdout and "2 failed" in result.stdout
    assert "Traceback" not in result.output


def test_a_changed_file_that_is_now_broken_keeps_what_was_stored(folder: Path, tmp_path: Path) -> None:
    archive = open_archive(tmp_path / "m.db")
    ingest(archive, [folder])
    before = _counts(tmp_path / "m.db")
    (folder / SMALL[1]).write_bytes(b"\x00\x01\x02 binary garbage")
    report = ingest(archive, [folder])
    assert len(report.failed) == 1 and _counts(tmp_path / "m.db") == before


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}


def test_two_ingests_at_once_leave_a_consistent_database(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    procs = [subprocess.Popen([*MINUTES, "ingest", str(folder), "--db", str(db)], env=_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    for p in procs:
        assert p.wait(timeout=300) == 0, p.stderr.read() if p.stderr else ""
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("SELECT COUNT(*) FROM meetings").fetchone()[0] == 4
        assert c.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 4


@pytest.mark.slow
def test_sigkill_mid_ingest_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    archive = open_archive(db)
    ingest(archive, [CORPUS / "en-gov"])
    edited = list_items(archive, ItemFilter("action", None))[0].id
    edit_item(archive, edited, {"status": "cancelled"}, None, "secretary")
    archive.close()
    proc = subprocess.Popen([*MINUTES, "ingest", str(CORPUS), "--db", str(db)], env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and _counts(db)[0] < 8:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = c.execute("SELECT COUNT(*) FROM documents d WHERE d.rendering_of IS NULL AND NOT EXISTS "
                            "(SELECT 1 FROM meetings m WHERE m.document_id = d.id)").fetchone()[0]
        assert orphans == 0
        assert c.execute("SELECT value FROM edits WHERE item_id = ?", (edited,)).fetchone()[0] == "cancelled"
    archive = open_archive(db)
    report = ingest(archive, [CORPUS])
    assert not report.failed
    assert {v.id: v.status for v in list_items(archive, ItemFilter("action", None))}[edited] == "cancelled"


def test_an_identical_copy_is_a_duplicate_once_then_unchanged(folder: Path, tmp_path: Path) -> None:
    archive = open_archive(tmp_path / "m.db")
    ingest(archive, [folder])
    shutil.copyfile(folder / SMALL[2], folder / "copy.md")
    first = ingest(archive, [folder])
    assert (first.count("duplicate"), first.count("unchanged")) == (1, 4)
    second = ingest(archive, [folder])
    assert second.count("unchanged") == 5 and _counts(tmp_path / "m.db")[1] == 4
