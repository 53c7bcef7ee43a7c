"""`minutes questions`: questions asked in meetings, and whether they were ever answered."""

from __future__ import annotations

import typer

from minutes_nlp.cli.common import DB_HELP, call, check_choice, open_db, today
from minutes_nlp.cli.render import items_table


def register(app: typer.Typer) -> None:
    @app.command("questions")
    def questions(
        unanswered: bool = typer.Option(False, "--unanswered", help="Only questions still waiting for an answer."),
        series: str = typer.Option(None, "--series", help="Series name or abbreviation."),
        person: str = typer.Option(None, "--person", help="Asked by this person or institution."),
        fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv"),
        db: str = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """List questions with asker, answerer and whether they were answered."""
        from minutes_nlp.store.queries import ItemFilter, list_items

        check_choice("--format", fmt, ("table", "json", "csv"))

        f = ItemFilter("question", "unanswered" if unanswered else None, person, series, None, today())
        items_table(call(list_items, open_db(db), f), "Questions", fmt)
