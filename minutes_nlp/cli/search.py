"""`minutes search`: Czech-aware full-text search with the exact source of every hit."""

from __future__ import annotations

import typer
from rich.table import Table

from minutes_nlp.cli.common import DB_HELP, as_csv, call, check_choice, check_date, console, fail, open_db, print_json

TYPES = ("decision", "action", "question", "agenda", "text")


def register(app: typer.Typer) -> None:
    @app.command("search")
    def search_cmd(
        query: str = typer.Argument(..., help='Words, "phrases", prefix*, AND / OR / NOT.'),
        type_: list[str] = typer.Option([], "--type", "-t", help="decision, action, question, agenda or text."),
        series: str = typer.Option(None, "--series"),
        date_from: str = typer.Option(None, "--from", help="Meetings on or after (YYYY-MM-DD)."),
        date_to: str = typer.Option(None, "--to", help="Meetings on or before (YYYY-MM-DD)."),
        person: str = typer.Option(None, "--person", help="Meetings that mention this person."),
        org: str = typer.Option(None, "--org", help="Meetings that mention this institution."),
        limit: int = typer.Option(50, "--limit", "-n"),
        fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv"),
        db: str = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Search decisions, actions, questions, agenda and all text; ignores diacritics and inflection."""
        from minutes_nlp.errors import UsageError
        from minutes_nlp.store.search import SearchFilter, search

        bad = [t for t in type_ if t not in TYPES]
        if bad:
            fail(UsageError(f"--type must be one of {', '.join(TYPES)} (got {', '.join(bad)})"))
        check_choice("--format", fmt, ("table", "json", "csv"))
        f = SearchFilter(tuple(type_), series, check_date("--from", date_from), check_date("--to", date_to),
                         person, org, limit)
        hits = call(search, open_db(db), query, f)
        if fmt == "json":
            print_json([h.to_json() for h in hits])
        elif fmt == "csv":
            console.file.write(as_csv([h.to_json() for h in hits], ["kind", "ref", "text", "score", "series",
                                                                     "meeting_date", "agenda_item", "source"]))
        else:
            _table(hits)


def _table(hits) -> None:  # noqa: ANN001
    table = Table(title="Search results", expand=True)
    for col, ratio in (("kind", None), ("text", 5), ("meeting", 1), ("source", 1)):
        table.add_column(col, ratio=ratio)
    for h in hits:
        snippet = h.snippet.replace("[", "\\[").replace("\\[\\[", "[bold yellow]").replace("]]", "[/]")
        src = h.source
        where = f"{(src.get('file') or '').rsplit('/', 1)[-1]} p.{src.get('page') or '-'} ¶{src.get('block')}"
        table.add_row(h.kind, snippet, f"{h.meeting_date or ''} {h.series or ''} bod {h.agenda_item or '-'}", where)
    console.print(table)
    console.print(f"[dim]{len(hits)} hit(s)[/dim]")
