"""Loading speed: PDF pages/s and DOCX paragraphs/s, one process.

Measures the corpus documents (corpus/docs; the seed when the corpus is empty) and two large documents built
here in a temp dir: a 200-page PDF (reportlab) and a 2,000-paragraph DOCX (python-docx), so the figures do
not depend on what the corpus holds today. Targets: PDF >= 150 pages/s, DOCX >= 2,000 paragraphs/s.

Run: .venv/bin/python benchmarks/bench_load.py [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutes_nlp.document import Document  # noqa: E402
from minutes_nlp.loaders import load  # noqa: E402

PDF_TARGET, DOCX_TARGET = 150.0, 2000.0
WORDS = ("committee", "council", "budget", "plan", "approved", "members", "discussed", "proposal", "deadline",
         "report", "chair", "treasurer", "secretary", "meeting", "agenda", "item", "decision", "action",
         "follow", "review", "project", "funding", "school", "road", "water", "park", "library", "contract",
         "tender", "resident", "district", "planning", "permit", "the", "a", "of", "and", "to", "for", "with",
         "on", "by", "was", "were", "will", "should", "agreed", "noted", "requested", "presented", "informed",
         "questioned", "answered")


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    return " ".join(words).capitalize() + "."


def _wrap(text: str, width: float, font: str, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, current = [], ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if stringWidth(trial, font, size) > width and current:
            lines.append(current)
            current = word
        else:
            current = trial
    return lines + ([current] if current else [])


def build_pdf(path: Path, pages: int = 200) -> Path:
    """Dense minutes-like A4 pages (~3,000 characters each): running header, "n/N" footer, a bold item
    heading, wrapped paragraphs with spacing, and a bullet list; page 1 has a ruled label/value table."""
    from reportlab.pdfgen import canvas

    rng = random.Random(7)
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 8)
        c.drawString(380, 810, "Town Council of Exampleton - Minutes")
        c.drawString(290, 30, f"{n}/{pages}")
        y = 780.0
        if n == 1:
            y = _ruled_table(c, y)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, y, f"Item {n} - {_sentence(rng)[:50]}")
        y -= 20
        while y > 90:
            if rng.random() < 0.25:
                for _ in range(3):
                    c.setFont("Helvetica", 10)
                    c.drawString(80, y, "\u2022")
                    c.drawString(95, y, _sentence(rng)[:80])
                    y -= 13
            else:
                c.setFont("Helvetica", 10)
                for line in _wrap(" ".join(_sentence(rng) for _ in range(3)), 450, "Helvetica", 10):
                    c.drawString(72, y, line)
                    y -= 13
            y -= 8
        c.showPage()
    c.save()
    return path


def build_word_positioned_pdf(path: Path, pages: int = 50) -> Path:
    """Every word its own text object (as some exporters write), the costly case for run-based reading."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    rng = random.Random(3)
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    for _ in range(pages):
        y = 780.0
        while y > 80:
            x = 72.0
            while x < 480:
                word = rng.choice(WORDS)
                c.setFont("Helvetica", 10)
                c.drawString(x, y, word)
                x += stringWidth(word, "Helvetica", 10) + 2.8
            y -= 13
        c.showPage()
    c.save()
    return path


def _ruled_table(c: object, y: float) -> float:
    rows = [("Date", "3 March 2025"), ("Place", "Town hall"), ("Chair", "A. Smith")]
    for i, (label, value) in enumerate(rows):
        top = y - 18 * i
        c.line(70, top + 12, 520, top + 12)  # type: ignore[attr-defined]
        c.setFont("Helvetica", 10)  # type: ignore[attr-defined]
        c.drawString(75, top, label)  # type: ignore[attr-defined]
        c.drawString(200, top, value)  # type: ignore[attr-defined]
    bottom = y - 18 * len(rows) + 12
    c.line(70, bottom, 520, bottom)  # type: ignore[attr-defined]
    for x in (70, 195, 520):
        c.line(x, y + 12, x, bottom)  # type: ignore[attr-defined]
    return bottom - 24


def build_docx(path: Path, paragraphs: int = 2000) -> Path:
    import docx

    rng = random.Random(11)
    d = docx.Document()
    d.add_heading("Minutes of the Council", 0)
    n = 0
    while n < paragraphs:
        d.add_heading(f"Item {n // 10 + 1}", 2)
        for _ in range(6):
            d.add_paragraph(" ".join(_sentence(rng) for _ in range(3)))
        for _ in range(3):
            d.add_paragraph(_sentence(rng), style="List Bullet")
        n += 10
    table = d.add_table(rows=20, cols=3)
    for row in table.rows:
        for c in row.cells:
            c.text = _sentence(rng)[:30]
    d.save(str(path))
    return path


def timed(paths: list[Path], repeat: int, unit: Callable[[Document], int]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, units) per pass over all paths, best of `repeat` passes. CPU time is
    shown too because other processes on a shared 2-core machine inflate wall time."""
    best, best_cpu, units = float("inf"), float("inf"), 0
    for _ in range(repeat):
        start, cpu, units = time.perf_counter(), time.process_time(), 0
        for p in paths:
            units += unit(load(p))
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best, best_cpu, units


def pages(doc: Document) -> int:
    return doc.source.pages or 0


def paragraphs(doc: Document) -> int:
    return len(doc.blocks)


def report(label: str, paths: list[Path], repeat: int, unit: Callable[[Document], int], name: str,
           target: float) -> float:
    if not paths:
        print(f"{label:38s} (no files)")
        return 0.0
    secs, cpu, n = timed(paths, repeat, unit)
    rate, cpu_rate = n / secs, n / cpu if cpu else float("inf")
    mark = "ok" if rate >= target else f"BELOW TARGET {target:.0f}"
    print(f"{label:24s} {len(paths):3d} files {n:5d} {name:10s} {secs * 1000:7.1f} ms  {rate:7.0f} {name}/s "
          f"(CPU {cpu_rate:6.0f}/s)  {mark}")
    return rate


def corpus_files(suffix: str) -> list[Path]:
    found = sorted((ROOT / "corpus" / "docs").glob(f"*/*.{suffix}"))
    if found:
        return found
    seed = (ROOT / ".." / "shared" / "seed" / f"seed.{suffix}").resolve()
    return [seed] if seed.is_file() else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    load(ROOT / "pyproject.toml")  # warm imports (pypdfium2, lxml) outside the timings
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        big_pdf = build_pdf(Path(tmp) / "big.pdf")
        big_docx = build_docx(Path(tmp) / "big.docx")
        print(f"built {big_pdf.name}: {load(big_pdf).source.pages} pages; {big_docx.name}: "
              f"{len(load(big_docx).blocks)} blocks")
        report("PDF corpus (or seed)", corpus_files("pdf"), args.repeat, pages, "pages", PDF_TARGET)
        report("PDF built, 200 pages", [big_pdf], args.repeat, pages, "pages", PDF_TARGET)
        words_pdf = build_word_positioned_pdf(Path(tmp) / "words.pdf")
        report("PDF built, word objects", [words_pdf], args.repeat, pages, "pages", PDF_TARGET)
        report("DOCX corpus (or seed)", corpus_files("docx"), args.repeat, paragraphs, "paragraphs", DOCX_TARGET)
        report("DOCX built", [big_docx], args.repeat, paragraphs, "paragraphs", DOCX_TARGET)


if __name__ == "__main__":
    main()
