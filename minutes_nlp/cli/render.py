"""Tables for people, JSON/CSV with a stable schema for programs."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from minutes_nlp.cli.common import as_csv, console, print_json

STATUS_STYLE = {"overdue": "bold red", "open": "yellow", "carried_over": "magenta", "done": "green",
                "cancelled": "dim", "answered": "green"}

ITEM_COLUMNS = ["id", "kind", "status", "text", "owner", "due", "due_text", "series", "meeting_date",
                "meeting_number", "agenda_item", "carried_over", "asker", "answerer", "answer", "method",
                "confidence", "notes", "source"]


def _source(src: dict[str, Any]) -> str:
    page = f" p.{src['page']}" if src.get("page") else ""
    return f"{_short(src.get('file') or '')}{page} ¶{src.get('block')}"


def _short(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def items_table(views: list[Any], title: str, fmt: str) -> None:
    if fmt == "json":
        print_json([v.to_json() for v in views])
        return
    if fmt == "csv":
        console.file.write(as_csv([v.to_json() for v in views], ITEM_COLUMNS))
        return
    table = Table(title=title, show_lines=False, expand=True)
    for col, kw in (("ID", {"no_wrap": True}), ("status", {}), ("what", {"ratio": 5}), ("who", {"ratio": 1}),
                    ("due", {"no_wrap": True}), ("meeting", {"no_wrap": True}), ("source", {"ratio": 1})):
        table.add_column(col, **kw)  # type: ignore[arg-type]
    for v in views:
        who = v.owner or v.asker or ""
        status = v.status + (f" ×{v.carried_over}" if v.carried_over else "")
        table.add_row(v.id, f"[{STATUS_STYLE.get(v.status, '')}]{status}[/]", v.text, who, v.due or "",
                      f"{v.meeting_date or ''} {v.series or ''}", _source(v.source))
    console.print(table)
    console.print(f"[dim]{len(views)} item(s)[/dim]")
