"""`minutes review`: walk the uncertain items and confirm, reject or fix them, one key each."""

from __future__ import annotations

import typer

from minutes_nlp.cli.actions import _who
from minutes_nlp.cli.common import DB_HELP, call, check_choice, console, open_db, today

KEYS = {"c": "confirm", "r": "reject", "o": "fix owner", "d": "fix due date", "s": "set status", "n": "next",
        "q": "quit"}


def register(app: typer.Typer) -> None:
    @app.command("review")
    def review_cmd(
        series: str = typer.Option(None, "--series"),
        below: float = typer.Option(0.7, "--below", help="Review items with confidence below this."),
        kind: str = typer.Option("action", "--kind", help="action, question or decision"),
        by: str = typer.Option(None, "--by", help="Reviewer (default: your user name)."),
        db: str = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Walk uncertain items; answers are stored as edits and survive re-ingest."""
        from minutes_nlp.store.edits import edit_item, review_queue

        check_choice("--kind", kind, ("action", "question", "decision"))
        archive, who = open_db(db), _who(by)
        queue = call(review_queue, archive, kind, series, below, today())
        console.print(f"{len(queue)} item(s) to review. Keys: " + ", ".join(f"[bold]{k}[/bold] {v}"
                                                                            for k, v in KEYS.items()))
        for n, view in enumerate(queue, start=1):
            console.print(f"\n[bold]{n}/{len(queue)} {view.id}[/bold] ({view.method}, {view.confidence:.2f})")
            console.print(view.text, markup=False, soft_wrap=True)
            console.print(f"owner: {view.owner or '-'}  due: {view.due or '-'}  status: {view.status}  "
                          f"source: {view.source['file']} ¶{view.source['block']}")
            key = _ask("key", tuple(KEYS), "n")
            if key == "q":
                break
            changes = _changes(key)
            if changes:
                call(edit_item, archive, view.id, changes, None, who)
        console.print("review finished")


def _changes(key: str) -> dict[str, str | None]:
    if key == "c":
        return {"review": "confirmed"}
    if key == "r":
        return {"review": "rejected"}
    if key == "o":
        return {"owner": typer.prompt("owner"), "review": "fixed"}
    if key == "d":
        return {"due": _ask_date(), "review": "fixed"}
    if key == "s":
        return {"status": _ask("status (done/open/cancelled)", ("done", "open", "cancelled"), None), "review": "fixed"}
    return {}


def _ask(label: str, allowed: tuple[str, ...], default: str | None) -> str:
    while True:
        answer = str(typer.prompt(label, default=default)).strip().lower()
        if answer in allowed:
            return answer
        console.print(f"one of: {', '.join(allowed)}")


def _ask_date() -> str:
    """A deadline as the reviewer types it: ISO or Czech/English forms ("31. 12. 2021", "15 March 2025")."""
    from minutes_nlp.extract.dates import parse_date

    while True:
        answer = str(typer.prompt("due date")).strip()
        value = parse_date(answer, "cs") or parse_date(answer, "en")
        if value is not None and value.iso:
            return value.iso
        console.print("not a date I can read; try YYYY-MM-DD")
