"""`minutes ingest` as a library function: find files, skip what is known, extract the rest, track series.

Extraction runs in worker processes (`jobs`), each loading the pipeline once; only the parent writes to
the database, one transaction per document, so an interrupted run leaves whole documents or nothing.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from minutes_nlp.document import Document
from minutes_nlp.errors import MinutesError
from minutes_nlp.extract.neighbours import load_file
from minutes_nlp.extract.pipeline import extract
from minutes_nlp.extract.result import MeetingRecord
from minutes_nlp.extract.version import extractor_version
from minutes_nlp.loaders.batch import iter_files
from minutes_nlp.store import Archive
from minutes_nlp.store.people import rebuild_people
from minutes_nlp.store.track_pool import retrack_in_pool
from minutes_nlp.store.tracking import retrack
from minutes_nlp.store.writer import Passage, record_json


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: str  # new | updated | unchanged | moved | duplicate | failed
    message: str = ""


@dataclass
class IngestReport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]


Progress = Callable[[FileOutcome], None]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


Extracted = tuple[str, MeetingRecord | None, tuple[Passage, ...], str, str]


def _passages(doc: Document) -> tuple[Passage, ...]:
    return tuple(Passage(b.index, b.page, b.start, b.end, b.kind.value, b.text) for b in doc.blocks)


def _extract_one(path: str) -> Extracted:
    """Worker: load and extract one file; errors come back as text so the batch goes on."""
    try:
        doc = load_file(path)
        record = extract(doc)
        return path, record, _passages(doc), "", record_json(record)  # serialised here, not in the writer
    except MinutesError as exc:
        return path, None, (), exc.one_line(), ""
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
        return path, None, (), f"{path}: unexpected error while reading ({type(exc).__name__}: {exc})", ""


def _plan(archive: Archive, files: Iterable[Path], version: str, force: bool,
          report: IngestReport, progress: Progress) -> list[tuple[str, str]]:
    todo = []
    for f in files:
        path = str(f.resolve())
        try:
            sha = _sha256(f)
        except OSError as exc:
            _note(report, progress, FileOutcome(path, "failed", f"{path}: cannot read file ({exc.strerror})"))
            continue
        known = archive.document_by_sha(sha)
        if known is not None and known["extractor_version"] == version and not force:
            _note(report, progress, _known(archive, known, path))
            continue
        todo.append((path, "updated" if known is not None or archive.document_by_path(path) else "new"))
    return todo


def _known(archive: Archive, row: object, path: str) -> FileOutcome:
    """Same content as a stored document: a known copy is unchanged; a new path is a move or a duplicate."""
    doc_id, old_path = row["id"], row["path"]  # type: ignore[index]
    if archive.has_path(doc_id, path):
        return FileOutcome(path, "unchanged")
    moved = not Path(old_path).exists()
    archive.add_path(doc_id, path, primary=moved)
    if moved:
        return FileOutcome(path, "moved", f"was {old_path}")
    return FileOutcome(path, "duplicate", f"same content as {old_path}")


def _note(report: IngestReport, progress: Progress, outcome: FileOutcome) -> None:
    report.outcomes.append(outcome)
    progress(outcome)


def _run(todo: list[tuple[str, str]], jobs: int, pool: Executor | None) -> Iterator[Extracted]:
    """Extracted documents in `todo` order (the store's order, so results never depend on the scheduling)."""
    paths = [p for p, _ in todo]
    if pool is None:
        for path in paths:
            yield _extract_one(path)
            _settle()
        return
    futures = [pool.submit(_extract_many, chunk) for chunk in _chunks(paths, jobs)]
    for future in futures:
        yield from future.result()


def _extract_many(paths: list[str]) -> list[Extracted]:
    out = []
    for path in paths:
        out.append(_extract_one(path))
        _settle()
    return out


_settled = False


def _settle() -> None:
    """After a process's first document, what it loaded once (lexicons, compiled rules, gazetteers) is moved out
    of the garbage collector's way (`gc.freeze`, after a collection so no garbage is kept): a full collection
    otherwise walks all of it again every few documents, about 3% of extraction time. `ingest` unfreezes what
    it froze in its own process when it returns."""
    global _settled
    if not _settled:
        _settled = True
        gc.collect()
        gc.freeze()


MAX_CHUNK, MIN_CHUNK = 64, 2


def _chunks(paths: list[str], jobs: int) -> list[list[str]]:
    """Runs of consecutive files per task, long at first and shorter towards the end ("guided" scheduling).

    Consecutive files: a document's previous minutes (same folder, name order) are then usually already loaded in
    that worker's neighbour cache instead of being parsed again at each run boundary. Shrinking runs: the last
    tasks are short, so no worker sits idle while another finishes a long run (equal runs left one worker idle
    for up to a whole run at the end)."""
    out, i = [], 0
    while i < len(paths):
        size = max(MIN_CHUNK, min(MAX_CHUNK, (len(paths) - i) // (jobs * 2)))
        out.append(paths[i:i + size])
        i += size
    return out


def ingest(archive: Archive, paths: list[Path], jobs: int = 1, force: bool = False,
           progress: Progress | None = None, on_planned: Callable[[int], None] | None = None) -> IngestReport:
    """Bring the archive up to date with `paths`; returns one outcome per file found."""
    report, tell = IngestReport(), progress or (lambda _o: None)
    version = extractor_version()
    files = []
    for found in iter_files(paths):
        if found.error:
            _note(report, tell, FileOutcome(str(found.path), "failed", found.error))
        else:
            files.append(found.path)
    todo = _plan(archive, files, version, force, report, tell)
    if on_planned:
        on_planned(len(todo))
    pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 and len(todo) > 1 else None
    frozen = gc.get_freeze_count()
    try:
        touched = _store_all(archive, _run(todo, jobs, pool), dict(todo), version, report, tell)
        _follow_up(archive, touched, pool)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        _thaw(frozen)
    return report


def _thaw(frozen_before: int) -> None:
    """Undo `_settle` in this process (a library caller's heap is its own), unless the caller froze objects
    itself before `ingest` (then they stay as the caller left them)."""
    global _settled
    if _settled and frozen_before == 0:
        gc.unfreeze()
    _settled = False


def _store_all(archive: Archive, extracted: Iterator[Extracted], kinds: dict[str, str], version: str,
               report: IngestReport, tell: Progress) -> list[int]:
    """Store each extracted document in its own transaction as it arrives; returns the stored documents' IDs."""
    touched: list[int] = []
    for path, record, passages, error, as_json in extracted:
        if record is None:
            _note(report, tell, FileOutcome(path, "failed", error))
            continue
        touched.append(archive.store_record(record, path, version, passages, as_json))
        orphans = archive.orphaned_edits
        note = f"{len(orphans)} manually edited item(s) no longer found: {', '.join(orphans)}" if orphans else ""
        _note(report, tell, FileOutcome(path, kinds[path], note))
    return touched


def _follow_up(archive: Archive, touched: list[int], pool: Executor | None) -> None:
    """People rebuilt and the touched series followed again; with a pool, the series are computed by its workers
    while the parent rebuilds the people (the tracker does not read them)."""
    def people() -> None:
        if touched:
            rebuild_people(archive)
    if pool is None:
        people()
        retrack(archive, touched)
    else:
        retrack_in_pool(archive, touched, pool, people)
