"""Tables for people, JSON/CSV with a stable schema for programs."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text

from minutes_nlp.cli.common import as_csv, console, print_json

STATUS_STYLE = {"overdue": "bold red", "open": "yellow", "carried_over": "magenta", "done": "green",
                "cancelled": "dim", "answered": "green", "adopted": "green", "rejected": "red", "recorded": "cyan"}

ITEM_COLUMNS = ["id", "kind", "status", "text", "owner", "due", "due_text", "series", "meeting_date",
                "meeting_number", "agenda_item", "carried_over", "asker", "answerer", "answer", "method",
                "confidence", "notes", "source"]


def _source(src: dict[str, Any]) -> str:
    page = f" p.{src['page']}" if src.get("page") else ""
    return f"{_short(src.get('file') or '')}{page} ¶{src.get('block')}"


def _short(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def plain(text: str | None) -> Text:
    """Source text shown as written: "[x] Marek: …" is not markup, and table cells' tabs read as separators."""
    return Text((text or "").replace("\t", " · "))


def _status(v: Any) -> Text:
    label = ("carried" if v.status == "carried_over" else v.status) + (f" ×{v.carried_over}" if v.carried_over else "")
    return Text(label, style=STATUS_STYLE.get(v.status, ""))


def items_table(views: list[Any], title: str, fmt: str) -> None:
    if fmt == "json":
        print_json([v.to_json() for v in views])
        return
    if fmt == "csv":
        console.file.write(as_csv([v.to_json() for v in views], ITEM_COLUMNS))
        return
    wide = console.width >= 120  # narrow terminals keep what a person acts on: ID, status, what, who, due
    table = Table(title=title, show_lines=False, expand=True)
    table.add_column("ID", no_wrap=True, width=10)
    table.add_column("status", no_wrap=True, width=12)
    table.add_column("what", ratio=4)
    table.add_column("who", width=14)
    table.add_column("due", no_wrap=True, width=10)
    if wide:
        table.add_column("meeting", ratio=1)
        table.add_column("source", ratio=1, overflow="fold")
    for v in views:
        cells = [v.id, _status(v), plain(v.text), plain(v.owner or v.asker), v.due or ""]
        extra = [plain(f"{v.meeting_date or ''} {v.series or ''}"), plain(_source(v.source))] if wide else []
        table.add_row(*cells, *extra)
    console.print(table)
    console.print(f"[dim]{len(views)} item(s)[/dim]")
