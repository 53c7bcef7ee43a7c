"""`minutes extract` (run the extraction on files, no archive) and `minutes schema` (its JSON contract)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import typer

from minutes_nlp.cli.common import State, err_console, print_json
from minutes_nlp.errors import MinutesError, UsageError

FORMATS = ("json", "text", "markdown")


def extract_file(path: Path) -> dict[str, Any]:
    """Load and extract one file into the JSON form (imports the pipeline only when a file is extracted)."""
    from minutes_nlp.extract.pipeline import extract
    from minutes_nlp.extract.result import to_json
    from minutes_nlp.loaders import load

    return to_json(extract(load(path)))


def schema() -> dict[str, Any]:
    """The JSON Schema of `minutes extract --format json` output (minutes_nlp/extract/schema.json)."""
    text = resources.files("minutes_nlp.extract").joinpath("schema.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def _emit(results: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        print_json(results[0] if len(results) == 1 else results)
        return
    from minutes_nlp.extract.summary import render_markdown, render_text

    render = render_text if fmt == "text" else render_markdown
    typer.echo("\n\n".join(render(r) for r in results))


def register(app: typer.Typer) -> None:
    @app.command("extract")
    def extract_cmd(
        files: list[Path] = typer.Argument(..., help="DOCX, PDF, text or Markdown files."),
        fmt: str = typer.Option("json", "--format", "-f", help="json, text or markdown"),
    ) -> None:
        """Extract metadata, agenda, people, actions, questions and decisions (nothing is stored)."""
        if fmt not in FORMATS:
            err_console.print(f"error: {UsageError(f'unknown format {fmt!r}; use json, text or markdown').one_line()}",
                              markup=False)
            raise typer.Exit(UsageError.exit_code)
        results, failed = [], 0
        for path in files:
            try:
                results.append(extract_file(path))
            except MinutesError as exc:
                if State.debug:
                    raise
                failed = exc.exit_code
                err_console.print(f"error: {exc.one_line()}", markup=False, soft_wrap=True)
        if results:
            _emit(results, fmt)
        if failed:
            raise typer.Exit(failed)

    @app.command("schema")
    def schema_cmd() -> None:
        """Print the JSON Schema of `minutes extract --format json` output."""
        print_json(schema())
