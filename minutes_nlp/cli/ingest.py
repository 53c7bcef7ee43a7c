"""`minutes ingest`: bring the archive up to date with files and folders."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from minutes_nlp.cli.common import DB_HELP, call, console, err_console, open_db


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    def ingest_cmd(
        paths: list[Path] = typer.Argument(..., help="Files and folders (searched recursively)."),
        db: str = typer.Option(None, "--db", help=DB_HELP),
        jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Extract in N parallel processes."),
        force: bool = typer.Option(False, "--force", help="Re-extract even unchanged files."),
    ) -> None:
        """Read minutes into the archive: new and changed files only; bad files are reported and skipped."""
        from minutes_nlp.ingest import ingest

        archive = open_db(db, create=True)
        with Progress(TextColumn("[bold]ingest[/bold]"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      TextColumn("{task.description}"), console=err_console, transient=True) as bar:
            task = bar.add_task("", total=None)

            def planned(n: int) -> None:
                bar.update(task, total=n, completed=0)

            def progress(outcome) -> None:  # noqa: ANN001
                if outcome.status == "failed":
                    err_console.print(f"[red]error:[/red] {outcome.message}", soft_wrap=True)
                elif outcome.status in ("new", "updated"):
                    bar.update(task, advance=1, description=Path(outcome.path).name)
                    if outcome.message:
                        err_console.print(f"[yellow]warning:[/yellow] {outcome.path}: {outcome.message}",
                                          soft_wrap=True)

            report = call(ingest, archive, paths, jobs=jobs, force=force, progress=progress, on_planned=planned)
        counts = {s: report.count(s) for s in ("new", "updated", "unchanged", "moved", "duplicate", "failed")}
        console.print("ingested: " + ", ".join(f"{n} {s}" for s, n in counts.items()))
        if report.failed:
            raise typer.Exit(2)
