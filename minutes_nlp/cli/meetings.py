"""`minutes meetings` and `minutes show`: what the archive holds, meeting by meeting."""

from __future__ import annotations

import json

import typer
from rich.table import Table

from minutes_nlp.cli.common import DB_HELP, as_csv, call, check_choice, console, open_db, print_json


def register(app: typer.Typer) -> None:
    @app.command("meetings")
    def meetings(
        series: str = typer.Option(None, "--series", help="Series name or abbreviation."),
        fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv"),
        db: str = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """List meetings by series and date, with counts, and gaps in their numbering."""
        from minutes_nlp.store.queries import list_meetings, numbering_gaps

        check_choice("--format", fmt, ("table", "json", "csv"))

        rows = call(list_meetings, open_db(db), series)
        if fmt == "json":
            print_json(rows)
            return
        if fmt == "csv":
            console.file.write(as_csv(rows, ["id", "series", "number", "date", "title", "place", "file",
                                             "actions", "decisions", "questions"]))
            return
        table = Table(title="Meetings", expand=True)
        for col in ("ID", "series", "no.", "date", "title", "actions", "decisions", "questions"):
            wide = col in ("series", "title")
            table.add_column(col, no_wrap=True, overflow="ellipsis", min_width=12 if wide else None,
                             ratio=(2 if col == "title" else 1) if wide else None,
                             justify="left" if wide or col == "date" else "right")
        for r in rows:
            table.add_row(str(r["id"]), r["series"] or "", str(r["number"] or ""), r["date"] or "",
                          r["title"] or "", str(r["actions"]), str(r["decisions"]), str(r["questions"]))
        console.print(table)
        for name, number in numbering_gaps(rows):
            console.print(f"[yellow]gap:[/yellow] {name}: no meeting number {number} in the archive")

    @app.command("show")
    def show(
        meeting: str = typer.Argument(..., help="Meeting ID, or a date (YYYY-MM-DD), or a file name."),
        fmt: str = typer.Option("text", "--format", "-f", help="text or json"),
        db: str = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """One meeting as extraction saw it, with agenda, items, their IDs and statuses."""
        from minutes_nlp.store.meeting_view import meeting_view

        check_choice("--format", fmt, ("text", "json"))

        view = call(meeting_view, open_db(db), meeting)
        if fmt == "json":
            print_json(view)
            return
        _print_meeting(view)


def _print_meeting(view: dict) -> None:  # type: ignore[type-arg]
    m = view["meeting"]
    console.print(f"[bold]{m['title'] or m['file']}[/bold]", soft_wrap=True)
    console.print(f"{m['series'] or ''} · {m['date'] or ''} {m['start'] or ''}–{m['end'] or ''} · {m['place'] or ''}")
    console.print(f"attendees: {', '.join(json.loads(m['attendees'])) or '-'}", soft_wrap=True)
    for a in view["agenda"]:
        console.print(f"  [bold]{a['number'] or '·'}[/bold] {a['title']}")
    for it in view["items"]:
        who = it.get("owner") or it.get("asker") or ""
        console.print(f"  {it['id']} {it['kind']:8s} [{it['status']}] {it['text']} [dim]{who}[/dim]", soft_wrap=True)
