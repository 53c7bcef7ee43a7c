"""`minutes evaluate`: precision/recall/F1 of the extraction against hand annotations."""

from __future__ import annotations

from pathlib import Path

import typer

from minutes_nlp.cli.common import call, console, print_json
from minutes_nlp.errors import UsageError


def _check_format(fmt: str) -> None:
    if fmt not in ("table", "json"):
        raise UsageError(f"unknown format {fmt!r}; use table or json")


def register(app: typer.Typer) -> None:
    @app.command("evaluate")
    def evaluate_cmd(
        gold: list[Path] = typer.Option(None, "--gold", "-g",
                                        help="Annotation file or folder (repeatable). Default: corpus/annotations "
                                             "and ../shared/seed/gold.json."),
        fmt: str = typer.Option("table", "--format", "-f", help="table or json"),
        series: str = typer.Option(None, "--series", help="Only documents of this series (e.g. cs-wg, seed)."),
        held_out_only: bool = typer.Option(False, "--held-out-only", help="Only the held-out series."),
    ) -> None:
        """Run extraction on every annotated document and score it per category and per document."""
        from minutes_nlp.evaluate import evaluate
        from minutes_nlp.evaluate.report import render_table, to_json

        call(_check_format, fmt)
        report = call(evaluate, list(gold) if gold else None, series, held_out_only)
        if fmt == "json":
            print_json(to_json(report))
        else:
            console.print(render_table(report), markup=False, highlight=False, soft_wrap=True)
