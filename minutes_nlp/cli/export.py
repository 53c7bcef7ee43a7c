"""`minutes export` and `minutes import`: JSON backups, CSV for spreadsheets, ICS for calendars."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from minutes_nlp.cli.common import DB_HELP, as_csv, call, check_choice, check_date, console, open_db, print_json, today
from minutes_nlp.errors import InputError

WHAT = {"actions": ("action",), "decisions": ("decision",), "questions": ("question",),
        "all": ("action", "question", "decision")}


def register(app: typer.Typer) -> None:
    """`minutes export`, `minutes import` and `minutes decisions` (the decision register)."""
    app.command("export")(export_cmd)
    app.command("import")(import_cmd)
    app.command("decisions")(decisions_cmd)


def export_cmd(
    fmt: str = typer.Option("json", "--format", "-f", help="json (whole archive), csv or ics"),
    what: str = typer.Option("all", "--what", help="actions, decisions, questions or all (csv, ics)"),
    out: Path = typer.Option(None, "-o", "--output", help="File to write (default: standard output)."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Export the archive: JSON restores with `minutes import`; CSV is UTF-8 with BOM for Excel."""
    check_choice("--format", fmt, ("json", "csv", "ics"))
    check_choice("--what", what, tuple(WHAT))
    text = _export_text(open_db(db), fmt, what)
    if out:
        out.write_text(text, encoding="utf-8", newline="")
        console.print(f"wrote {out}")
    else:
        console.file.write(text)


def _export_text(archive, fmt: str, what: str) -> str:  # noqa: ANN001 - store.Archive, imported lazily
    """The whole archive as JSON, or the chosen kinds of item as CSV rows or ICS events (actions only)."""
    from minutes_nlp.cli.render import ITEM_COLUMNS
    from minutes_nlp.store.backup import export_archive
    from minutes_nlp.store.queries import ItemFilter, list_items

    if fmt == "json":
        return json.dumps(export_archive(archive), ensure_ascii=False, indent=1)
    views = [v for kind in WHAT.get(what, WHAT["all"])
             for v in list_items(archive, ItemFilter(kind, None, as_of=today()))]
    if fmt == "ics":
        from minutes_nlp.reports.calendar import render_ics

        return render_ics([v for v in views if v.kind == "action"])
    return as_csv([v.to_json() for v in views], ITEM_COLUMNS)


def import_cmd(
    file: Path = typer.Argument(..., help="A JSON export made by `minutes export`."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Restore an archive (documents, statuses, manual edits) from a JSON export."""
    from minutes_nlp.store.backup import import_archive
    from minutes_nlp.store.tracking import retrack

    data = call(_read_json, file)
    archive = open_db(db, create=True)
    count = call(import_archive, archive, data)
    retrack(archive)
    console.print(f"imported {count} document(s)")


def decisions_cmd(
    series: str = typer.Option(None, "--series"),
    date_from: str = typer.Option(None, "--from"),
    date_to: str = typer.Option(None, "--to"),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv"),
    db: str = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """The decision register: resolutions as numbered in the source, with votes where recorded."""
    from minutes_nlp.cli.render import items_table
    from minutes_nlp.store.queries import ItemFilter, list_items, unique_decisions

    check_choice("--format", fmt, ("table", "json", "csv"))
    since, until = check_date("--from", date_from), check_date("--to", date_to)
    views = call(list_items, open_db(db), ItemFilter("decision", None, None, series, since, today()))
    views = unique_decisions([v for v in views if not until or (v.meeting_date or "") <= until])
    if fmt == "json":
        print_json([v.to_json() for v in views])
    else:
        items_table(views, "Decisions", fmt)


def _read_json(path: Path) -> dict:  # type: ignore[type-arg]
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the export ({exc})", path) from exc
