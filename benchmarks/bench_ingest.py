"""Ingest benchmark: documents/second with 1 and 2 jobs, peak memory, database size, open-actions latency.

Targets on a 2-core machine: >= 10 documents/second with 2 jobs, < 1.5 GB peak, `actions --open` < 100 ms p95.
Usage: python benchmarks/bench_ingest.py [--docs 1000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_archive import build  # noqa: E402

from minutes_nlp.ingest import ingest  # noqa: E402
from minutes_nlp.store import open_archive  # noqa: E402
from minutes_nlp.store.queries import ItemFilter, list_items  # noqa: E402


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def _ingest(files_dir: Path, db: Path, jobs: int) -> float:
    archive = open_archive(db)
    t = time.perf_counter()
    report = ingest(archive, [files_dir], jobs=jobs)
    elapsed = time.perf_counter() - t
    archive.close()
    done = report.count("new") + report.count("updated")
    print(f"jobs={jobs}: {done} documents in {elapsed:.1f} s = {done / elapsed:.1f} documents/s "
          f"({report.count('failed')} failed)")
    return elapsed


def _latency(db: Path, runs: int = 50) -> None:
    archive = open_archive(db)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        list_items(archive, ItemFilter("action", "open"))
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(f"actions --open (library): p50 {statistics.median(times):.1f} ms, p95 {times[int(runs * 0.95) - 1]:.1f} ms")
    cli = Path(sys.executable).with_name("minutes")
    t = time.perf_counter()
    subprocess.run([str(cli), "actions", "--open", "--format", "json", "--db", str(db)], check=True,
                   capture_output=True)
    print(f"actions --open (whole CLI process, once): {(time.perf_counter() - t) * 1000:.0f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--keep", type=Path, help="Keep the files and databases here (bench_query.py reuses them).")
    args = ap.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="minutes-bench-"))
    files = root / "files"
    if not files.is_dir():
        t = time.perf_counter()
        build(files, args.docs)
        print(f"built {args.docs} documents in {time.perf_counter() - t:.1f} s under {files}")
    for jobs in (1, 2):
        db = root / f"bench-{jobs}.db"
        db.unlink(missing_ok=True)
        _ingest(files, db, jobs)
    t = time.perf_counter()
    again = open_archive(root / "bench-2.db")
    ingest(again, [files], jobs=2)
    print(f"re-ingest of the unchanged archive: {time.perf_counter() - t:.1f} s")
    print(f"peak memory: {_peak_mb():.0f} MB; database size: {(root / 'bench-2.db').stat().st_size / 1e6:.1f} MB")
    _latency(root / "bench-2.db")


if __name__ == "__main__":
    main()
