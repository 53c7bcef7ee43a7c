"""`minutes parse`: show the normalised document model, for people debugging their archive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.markup import escape

from minutes_nlp.cli.common import State, console, err_console, guarded, print_json
from minutes_nlp.document import Block, Document
from minutes_nlp.errors import UsageError
from minutes_nlp.loaders.batch import LoadResult, load_many

FORMATS = ("text", "json")


def block_json(b: Block) -> dict[str, Any]:
    return {
        "index": b.index, "kind": b.kind.value, "text": b.text, "style": b.style, "level": b.level,
        "list_label": b.list_label, "page": b.page, "start": b.start, "end": b.end,
        "rows": [list(r) for r in b.rows], "heading_hint": b.heading_hint, "bold": b.bold,
    }


def document_json(d: Document) -> dict[str, Any]:
    """A stable structure for programs: keys and their order do not change between versions."""
    s = d.source
    return {
        "source": {"path": s.path, "sha256": s.sha256, "format": s.format, "pages": s.pages, "size": s.size},
        "blocks": [block_json(b) for b in d.blocks],
        "furniture": [{"kind": f.kind, "text": f.text, "page": f.page} for f in d.furniture],
        "warnings": list(d.warnings),
    }


def _describe(b: Block) -> str:
    tags = [b.kind.value]
    if b.level is not None:
        tags.append(f"L{b.level}")
    if b.heading_hint and b.kind.value != "heading":
        tags.append("hint")
    tags.append(f"p{b.page}" if b.page else "p-")
    label = f"[{b.list_label}] " if b.list_label else ""
    text = b.text.replace("\n", " ⏎ ") if b.rows == () else " | ".join(" ‖ ".join(r) for r in b.rows)
    return f"{b.index:4d} {' '.join(tags):18s} {label}{text}"


def render_text(d: Document) -> None:
    pages = f", {d.source.pages} pages" if d.source.pages else ""
    console.print(f"[bold]{escape(d.source.path)}[/bold] ({d.source.format}{pages}, {len(d.blocks)} blocks)")
    for b in d.blocks:
        console.print(_describe(b), markup=False, highlight=False, soft_wrap=True)
    for w in d.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(w)}")
    if d.furniture:
        console.print("[dim]furniture:[/dim]")
        for f in d.furniture:
            console.print(f"[dim]     {f.kind:11s} p{f.page or '-'} {escape(f.text)}[/dim]")


def _report(result: LoadResult) -> None:
    assert result.error is not None
    if State.debug:
        raise result.error
    err_console.print(f"[red]error:[/red] {escape(result.error.one_line())}", soft_wrap=True)


def register(app: typer.Typer) -> None:
    @app.command("parse")
    def parse(
        files: list[Path] = typer.Argument(..., help="DOCX, PDF, text or Markdown files, or directories."),
        fmt: str = typer.Option("text", "--format", "-f", help="text or json"),
    ) -> None:
        """Show the document model a file loads into (blocks with kind, level, page)."""
        if fmt not in FORMATS:
            err_console.print(f"[red]error:[/red] {UsageError(f'--format must be text or json, not {fmt}').message}")
            raise typer.Exit(UsageError.exit_code)
        with guarded():
            _run(files, fmt)


def _run(files: list[Path], fmt: str) -> None:
    """Load every file, render each document as it loads, report failures one line each, exit 2 if any."""
    failed = total = 0
    docs: list[dict[str, Any]] = []
    for result in load_many(files):
        total += 1
        if result.document is None:
            failed += 1
            _report(result)
        elif fmt == "json":
            docs.append(document_json(result.document))
        else:
            render_text(result.document)
    if fmt == "json":
        print_json(docs)
    if failed:
        err_console.print(f"{failed} of {total} files failed")
        raise typer.Exit(2)
