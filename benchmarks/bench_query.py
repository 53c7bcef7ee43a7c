"""Query benchmark on a 10,000-document archive: search p95 (< 200 ms) and briefing time (< 2 s).

The archive is the ingest benchmark's 1,000 documents, replicated through the store with shifted dates
and new content hashes (extraction is not the subject here).
Usage: python benchmarks/bench_query.py [--from DIR (bench_ingest.py --keep DIR)] [--docs 10000]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from minutes_nlp.extract.result import from_json
from minutes_nlp.reports.brief import build_brief
from minutes_nlp.store import open_archive
from minutes_nlp.store.search import SearchFilter, search
from minutes_nlp.store.tracking import retrack
from minutes_nlp.store.writer import Passage

QUERIES = ["databáze", "Zezůlková", '"studie proveditelnosti"', "rozpočet OR dotace", "projekt*",
           "smlouva NOT pozemek", "budget", "jednání", "úkol", "schvaluje"]


def _replicate(db: Path, target: int) -> None:
    archive = open_archive(db)
    docs = archive.query("SELECT id, path, record_json, extractor_version FROM documents WHERE rendering_of IS NULL")
    have, round_ = len(archive.query("SELECT id FROM documents")), 1
    while have < target:
        for d in docs:
            if have >= target:
                break
            rec = json.loads(d["record_json"])
            rec["source"]["sha256"] = f"{round_:04d}{rec['source']['sha256'][4:]}"
            if rec["meeting"].get("series"):  # a real archive has many bodies: ~100 series, not 6 huge ones
                rec["meeting"]["series"] = f"{rec['meeting']['series']} {round_ // 5}"
                rec["meeting"]["series_abbreviations"] = []
            if rec["meeting"].get("date"):
                y = int(rec["meeting"]["date"][:4]) + round_
                rec["meeting"]["date"] = f"{y}{rec['meeting']['date'][4:]}"
            passages = tuple(Passage(p["block"], p["page"], p["start"], p["end"], p["kind"], p["text"])
                             for p in map(dict, archive.query(
                                 'SELECT block, page, start, "end", kind, text FROM passages WHERE document_id = ?',
                                 (d["id"],))))
            archive.store_record(from_json(rec), f"{d['path']}.{round_}", d["extractor_version"], passages)
            have += 1
        round_ += 1
    t = time.perf_counter()
    retrack(archive)
    print(f"tracker over the whole archive: {time.perf_counter() - t:.1f} s")
    archive.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="src", type=Path, required=True, help="Directory kept by bench_ingest.py --keep")
    ap.add_argument("--docs", type=int, default=10000)
    args = ap.parse_args()
    db = Path(tempfile.mkdtemp(prefix="minutes-q-")) / "big.db"
    shutil.copyfile(args.src / "bench-2.db", db)
    t = time.perf_counter()
    _replicate(db, args.docs)
    archive = open_archive(db)
    n = archive.query("SELECT COUNT(*) FROM documents")[0][0]
    print(f"archive of {n} documents built in {time.perf_counter() - t:.0f} s ({db.stat().st_size / 1e6:.0f} MB)")
    times = []
    for _ in range(5):
        for q in QUERIES:
            t = time.perf_counter()
            search(archive, q, SearchFilter(limit=20))
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(f"search: p50 {statistics.median(times):.1f} ms, p95 {times[int(len(times) * 0.95) - 1]:.1f} ms "
          f"over {len(times)} queries")
    t = time.perf_counter()
    build_brief(archive)
    print(f"brief: {(time.perf_counter() - t) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
