"""`minutes brief`: the chair's pre-meeting briefing, in the terminal, as Markdown or as a Word document."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markdown import Markdown

from minutes_nlp.cli.common import DB_HELP, call, check_choice, check_date, console, open_db, print_json


def register(app: typer.Typer) -> None:
    @app.command("brief")
    def brief_cmd(
        series: str = typer.Option(None, "--series", help="Series (default: the one met most recently)."),
        for_date: str = typer.Option(None, "--for", help="Date of the coming meeting (default: as planned)."),
        fmt: str = typer.Option("terminal", "--format", "-f", help="terminal, markdown, docx or json"),
        out: Path = typer.Option(None, "-o", "--output", help="Write to this file (needed for docx)."),
        db: str = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Open and overdue actions, unanswered questions, promised topics and last decisions of a series."""
        from minutes_nlp.reports.brief import build_brief
        from minutes_nlp.reports.markdown import render_markdown

        check_choice("--format", fmt, ("terminal", "markdown", "docx", "json"))
        brief = call(build_brief, open_db(db), series, check_date("--for", for_date))
        if fmt == "docx":
            from minutes_nlp.reports.docx_brief import render_docx

            target = out or Path(f"brief-{brief.for_date}.docx")
            render_docx(brief, target)
            console.print(f"wrote {target}")
        elif fmt == "json":
            print_json(brief.to_json())
        elif fmt == "markdown" or out:
            text = render_markdown(brief)
            if out:
                out.write_text(text, encoding="utf-8")
                console.print(f"wrote {out}")
            else:
                console.file.write(text)
        else:
            console.print(Markdown(render_markdown(brief)))
