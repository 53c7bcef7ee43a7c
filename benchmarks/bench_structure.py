"""Structure extraction speed: language, metadata and agenda per document, after loading (one process).

Target: well under a second for a 4-page document (the whole pipeline); these stages should take a few tens
of milliseconds. Measures the seed renderings and the corpus documents, loading excluded.

Run: .venv/bin/python benchmarks/bench_structure.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from minutes_nlp.extract import agenda, language, metadata
from minutes_nlp.extract.pipeline import extract
from minutes_nlp.loaders import load

ROOT = Path(__file__).resolve().parents[1]


def _files() -> list[Path]:
    seed = (ROOT / ".." / "shared" / "seed").resolve()
    files = [p for p in sorted(seed.glob("*")) if p.suffix in (".txt", ".docx", ".pdf")]
    return files + sorted(p for p in (ROOT / "corpus" / "docs").glob("*/*") if p.suffix in (".docx", ".pdf", ".md"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    structure, whole = [], []
    for path in _files():
        doc = load(path)
        extract(doc)  # warm caches: lexicons and compiled patterns load once per process
        for _ in range(args.repeat):
            t = time.perf_counter()
            lang = language.detect_language(doc)
            metadata.extract_meeting(doc, language.rules_language(lang))
            agenda.extract_agenda(doc, language.rules_language(lang))
            structure.append(time.perf_counter() - t)
        t = time.perf_counter()
        extract(doc)
        whole.append(time.perf_counter() - t)
    print(f"{len(whole)} documents")
    print(f"structure (language+metadata+agenda): median {statistics.median(structure) * 1000:.1f} ms, "
          f"max {max(structure) * 1000:.1f} ms")
    print(f"whole pipeline: median {statistics.median(whole) * 1000:.1f} ms, max {max(whole) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
