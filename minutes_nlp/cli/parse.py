"""`minutes parse`: show the normalised document model, for people debugging their archive."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import typer

from minutes_nlp.cli.common import call, console, print_json
from minutes_nlp.loaders import load


def register(app: typer.Typer) -> None:
    @app.command("parse")
    def parse(
        files: list[Path] = typer.Argument(..., help="DOCX, PDF, text or Markdown files."),
        fmt: str = typer.Option("text", "--format", "-f", help="text or json"),
    ) -> None:
        """Show the document model a file loads into (blocks with kind, level, page)."""
        docs = [call(load, f) for f in files]
        if fmt == "json":
            print_json([asdict(d) for d in docs])
            return
        for d in docs:
            console.print(f"[bold]{d.source.path}[/bold] ({d.source.format}, {len(d.blocks)} blocks)")
            for b in d.blocks:
                console.print(f"{b.index:4d} {b.kind.value:9s} p{b.page or '-'} {b.text}", markup=False)
