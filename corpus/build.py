"""Render the corpus: corpus/sources/<series>/<doc-id>.md -> corpus/docs/<series>/<doc-id>.docx|.pdf|.md.

    python corpus/build.py [--check] [SERIES...]

Without --check the rendered files are (re)written in place; with --check everything is rendered into a
temporary directory and compared byte-for-byte with the committed files (exit 1 on any difference). The
rendered files are committed, so CI and users never need reportlab or the fonts. Timing is printed because
the renderer choice was to be measured.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_source import Source, SourceError, read_source  # noqa: E402

CORPUS = Path(__file__).resolve().parent
SOURCES = CORPUS / "sources"
DOCS = CORPUS / "docs"


def find_sources(series: list[str]) -> list[Path]:
    if not SOURCES.is_dir():
        return []
    wanted = set(series)
    dirs = sorted(d for d in SOURCES.iterdir() if d.is_dir() and (not wanted or d.name in wanted))
    unknown = wanted - {d.name for d in dirs}
    if unknown:
        raise SystemExit(f"build.py: no sources for series {', '.join(sorted(unknown))}")
    return [p for d in dirs for p in sorted(d.glob("*.md"))]


def render(src: Source, out_dir: Path) -> list[Path]:
    """Write every format of one source under out_dir/<series>/; returns the written paths."""
    target = out_dir / src.series
    target.mkdir(parents=True, exist_ok=True)
    written = []
    if "md" in src.formats:
        path = target / f"{src.doc_id}.md"
        path.write_bytes(src.body.encode("utf-8"))
        written.append(path)
    pages = 1
    if "pdf" in src.formats:
        from build_pdf import render_pdf

        data, pages = render_pdf(src)
        path = target / f"{src.doc_id}.pdf"
        path.write_bytes(data)
        written.append(path)
    if "docx" in src.formats:
        from build_docx import render_docx

        path = target / f"{src.doc_id}.docx"
        path.write_bytes(render_docx(src, pages))
        written.append(path)
    return written


def build_all(paths: list[Path], out_dir: Path) -> list[Path]:
    written: list[Path] = []
    for path in paths:
        written.extend(render(read_source(path), out_dir))
    return written


def stale_files(written: list[Path], out_dir: Path, series: set[str]) -> list[Path]:
    """Committed rendered files of the built series that no source produces any more."""
    produced = {p.relative_to(out_dir) for p in written}
    stale = []
    for sdir in sorted(series):
        for p in sorted((DOCS / sdir).glob("*")) if (DOCS / sdir).is_dir() else []:
            if p.relative_to(DOCS) not in produced:
                stale.append(p)
    return stale


def check(paths: list[Path]) -> int:
    with tempfile.TemporaryDirectory(prefix="corpus-check-") as tmp:
        out = Path(tmp)
        written = build_all(paths, out)
        problems = []
        for p in written:
            committed = DOCS / p.relative_to(out)
            if not committed.is_file():
                problems.append(f"missing  {committed.relative_to(CORPUS.parent)}")
            elif committed.read_bytes() != p.read_bytes():
                problems.append(f"differs  {committed.relative_to(CORPUS.parent)}")
        series = {p.parent.name for p in paths}
        problems += [f"stale    {p.relative_to(CORPUS.parent)}" for p in stale_files(written, out, series)]
    for line in problems:
        print(line)
    print(f"checked {len(written)} files from {len(paths)} sources: {len(problems)} problem(s)")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="rebuild into a temp dir and compare")
    parser.add_argument("series", nargs="*", help="series ids (default: all)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        paths = find_sources(args.series)
        if args.check:
            code = check(paths)
        else:
            written = build_all(paths, DOCS)
            for p in written:
                print(f"wrote {p.relative_to(CORPUS.parent)}")
            code = 0
    except (SourceError, RuntimeError) as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 2
    except ImportError as exc:
        print(f"build.py: {exc.name} is required to render (pip install -e '.[dev]')", file=sys.stderr)
        return 2
    print(f"{len(paths)} sources in {time.perf_counter() - started:.2f} s")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
