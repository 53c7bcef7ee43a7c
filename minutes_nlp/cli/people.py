"""`minutes people` and `minutes orgs`: who and which institutions a file names, with role and affiliation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.table import Table

from minutes_nlp.cli.common import DB_HELP, call, console, fail, open_db, print_json
from minutes_nlp.errors import UsageError

if TYPE_CHECKING:
    from minutes_nlp.extract.entities import FileEntities

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
        fail(UsageError(f"--format must be one of {', '.join(FORMATS)}"))


def _archive_table(rows: list[dict[str, Any]], columns: list[str], title: str, fmt: str) -> None:
    if fmt == "json":
        print_json(rows)
        return
    table = Table(title=title, title_justify="left")
    for c in columns:
        table.add_column(c, justify="right" if c in ("meetings", "mentions") else "left")
    for row in rows:
        table.add_row(*(", ".join(v) if isinstance(v := row.get(c), list) else "" if v is None else str(v)
                        for c in columns))
    console.print(table)


def _people_verb(words: list[str], db: str | None, by: str | None) -> None:
    """`minutes people merge A B` / `minutes people split A`: identity fixes that survive re-ingest."""
    from minutes_nlp.cli.actions import _who
    from minutes_nlp.store.people import merge_people, split_person

    verb, args = words[0], words[1:]
    if verb == "merge" and len(args) == 2:
        count = call(merge_people, open_db(db), args[0], args[1], _who(by))
        console.print(f"merged {args[0]!r} into {args[1]!r}; {count} people in the archive")
    elif verb == "split" and len(args) == 1:
        count = call(split_person, open_db(db), args[0])
        console.print(f"split {args[0]!r} out again; {count} people in the archive")
    else:
        fail(UsageError("use `minutes people merge NAME INTO_NAME` or `minutes people split NAME`"))


def register(app: typer.Typer) -> None:
    @app.command("people")
    def people(
        files: list[str] = typer.Argument(None, help="Minutes files; none: the archive. Or: merge A B / split A."),
        fmt: str = typer.Option("table", "--format", "-f", help="table or json"),
        db: str = typer.Option(None, "--db", help=DB_HELP),
        by: str = typer.Option(None, "--by", help="Who makes a merge (default: your user name)."),
    ) -> None:
        """People named in files or the archive (name, role, affiliation, meetings, mentions); merge or split them."""
        _check(fmt)
        if files and files[0] in ("merge", "split") and not Path(files[0]).exists():
            _people_verb(files, db, by)
        elif files:
            from minutes_nlp.extract.entities import entities_of_files

            found = call(entities_of_files, files)
            _render(found, _people_rows, ["name", "role", "affiliation", "count"], "People", fmt)
        else:
            from minutes_nlp.store.people import list_people

            rows = call(list_people, open_db(db))
            _archive_table(rows, ["name", "role", "affiliation", "meetings", "mentions"], "People", fmt)

    @app.command("orgs")
    def orgs(
        files: list[str] = typer.Argument(None, help="Minutes files; none: the archive."),
        fmt: str = typer.Option("table", "--format", "-f", help="table or json"),
        db: str = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Institutions named in files or the archive: name as used, full name, aliases, meetings, mentions."""
        _check(fmt)
        if files:
            from minutes_nlp.extract.entities import entities_of_files

            found = call(entities_of_files, files)
            _render(found, _org_rows, ["name", "full_name", "kind", "count"], "Institutions", fmt)
        else:
            from minutes_nlp.store.people import list_orgs

            rows = call(list_orgs, open_db(db))
            _archive_table(rows, ["name", "full_name", "aliases", "meetings", "mentions"], "Institutions", fmt)
