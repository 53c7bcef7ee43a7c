"""`minutes people` and `minutes orgs`: who and which institutions a file names, with role and affiliation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from minutes_nlp.cli.common import call, console, print_json
from minutes_nlp.errors import UsageError
from minutes_nlp.extract.entities import FileEntities, entities_of_files

FORMATS = ("table", "json")


def _people_rows(found: FileEntities) -> list[dict[str, Any]]:
    return [{"name": p.name, "role": p.role, "affiliation": p.affiliation, "gender": p.gender,
             "count": len(p.mentions), "forms": sorted({m.text for m in p.mentions})}
            for p in found.entities.people]


def _org_rows(found: FileEntities) -> list[dict[str, Any]]:
    return [{"name": o.name, "full_name": o.full_name, "kind": o.kind, "aliases": list(o.aliases),
             "count": len(o.mentions)} for o in found.entities.institutions]


def _render(files: list[FileEntities], rows_of: Any, columns: list[str], title: str, fmt: str) -> None:
    if fmt == "json":
        print_json([{"file": f.path, "language": f.language, title.lower(): rows_of(f)} for f in files])
        return
    for f in files:
        table = Table(title=f"{title}: {f.path}", title_justify="left")
        for c in columns:
            table.add_column(c, justify="right" if c == "count" else "left")
        for row in rows_of(f):
            table.add_row(*(str(row[c]) if row[c] is not None else "" for c in columns))
        console.print(table)


def _check(fmt: str) -> None:
    if fmt not in FORMATS:
        call(_raise, UsageError(f"--format must be one of {', '.join(FORMATS)}"))


def _raise(exc: Exception) -> None:
    raise exc


def register(app: typer.Typer) -> None:
    @app.command("people")
    def people(
        files: list[Path] = typer.Argument(..., help="DOCX, PDF, text or Markdown minutes."),
        fmt: str = typer.Option("table", "--format", "-f", help="table or json"),
    ) -> None:
        """People named in the files: canonical name, role, affiliation and number of mentions."""
        _check(fmt)
        found = call(entities_of_files, [str(f) for f in files])
        _render(found, _people_rows, ["name", "role", "affiliation", "count"], "People", fmt)

    @app.command("orgs")
    def orgs(
        files: list[Path] = typer.Argument(..., help="DOCX, PDF, text or Markdown minutes."),
        fmt: str = typer.Option("table", "--format", "-f", help="table or json"),
    ) -> None:
        """Institutions named in the files: name as used, full name, kind and number of mentions."""
        _check(fmt)
        found = call(entities_of_files, [str(f) for f in files])
        _render(found, _org_rows, ["name", "full_name", "kind", "count"], "Institutions", fmt)
