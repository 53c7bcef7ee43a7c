"""One meeting with its agenda and items, for `minutes show`."""

from __future__ import annotations

from datetime import date
from typing import Any

from minutes_nlp.errors import NotFoundError
from minutes_nlp.store.archive import Archive
from minutes_nlp.store.queries import ItemFilter, list_items


def _find(archive: Archive, ref: str) -> Any:
    sql = ("SELECT m.*, s.name AS series, d.path AS file FROM meetings m JOIN documents d ON d.id = m.document_id"
           " LEFT JOIN series s ON s.id = m.series_id WHERE ")
    rows = archive.query(sql + "m.id = ?", (ref,)) if ref.isdigit() else []
    rows = rows or archive.query(sql + "m.date = ?", (ref,))
    rows = rows or archive.query(sql + "d.path LIKE ?", (f"%{ref}%",))
    if not rows:
        raise NotFoundError(f"no meeting matches {ref!r} (use an ID from `minutes meetings`, a date or a file name)")
    return rows[0]


def meeting_view(archive: Archive, ref: str) -> dict[str, Any]:
    m = _find(archive, ref)
    agenda = [dict(r) for r in archive.query("SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY id", (m["id"],))]
    items = []
    for kind in ("action", "question", "decision"):
        f = ItemFilter(kind, None, None, None, None, date.today().isoformat(), include_reports=True)
        items += [v.to_json() for v in list_items(archive, f) if v.source["file"] == m["file"]
                  and v.meeting_date == m["date"]]
    return {"meeting": dict(m), "agenda": agenda, "items": items}

