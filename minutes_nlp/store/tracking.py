"""Recompute the follow-up state of one series from its stored items and persist it with its evidence."""

from __future__ import annotations

import sqlite3

from minutes_nlp.store.archive import Archive
from minutes_nlp.tracker import MeetingSlot, Tracked, TrackedItem, follow_series


def _slots(c: sqlite3.Connection, series_id: int) -> list[MeetingSlot]:
    rows = c.execute("SELECT id, date, number FROM meetings WHERE series_id = ?"
                     " ORDER BY date IS NULL, date, number, id", (series_id,)).fetchall()
    slots = []
    for index, r in enumerate(rows):
        titles = tuple(t[0] for t in c.execute("SELECT title FROM agenda_items WHERE meeting_id = ?", (r["id"],)))
        slots.append(MeetingSlot(index, r["id"], r["date"], r["number"], titles))
    return slots


def _items(c: sqlite3.Connection, slots: list[MeetingSlot]) -> list[TrackedItem]:
    index = {s.meeting_id: s.index for s in slots}
    if not index:
        return []
    marks = ",".join("?" * len(index))
    rows = c.execute(f"SELECT * FROM items WHERE kind IN ('action', 'question') AND meeting_id IN ({marks})"  # noqa: S608
                     " ORDER BY ordinal", tuple(index)).fetchall()
    rejected = _rejected(c)
    return [TrackedItem(r["id"], r["kind"], index[r["meeting_id"]], r["text"], r["owner"], r["due"], r["due_kind"],
                        r["task_number"], r["reported_status"], r["refers_to"],
                        None if r["answered"] is None else bool(r["answered"]))
            for r in rows if r["id"] not in rejected]


def _rejected(c: sqlite3.Connection) -> set[str]:
    rows = c.execute("SELECT item_id, value FROM edits WHERE field = 'review' ORDER BY id").fetchall()
    last = {r["item_id"]: r["value"] for r in rows}
    return {k for k, v in last.items() if v == "rejected"}


def _write(c: sqlite3.Connection, results: list[Tracked], meeting_ids: list[int]) -> None:
    if meeting_ids:
        marks = ",".join("?" * len(meeting_ids))
        c.execute(f"DELETE FROM tracking WHERE item_id IN (SELECT id FROM items WHERE meeting_id IN ({marks}))",  # noqa: S608
                  tuple(meeting_ids))
        c.execute(f"DELETE FROM evidence WHERE meeting_id IN ({marks}) OR item_id IN "  # noqa: S608
                  f"(SELECT id FROM items WHERE meeting_id IN ({marks}))", (*meeting_ids, *meeting_ids))
    for t in results:
        c.execute("INSERT OR REPLACE INTO tracking(item_id, status, carried_over, last_meeting_id, same_as, due)"
                  " VALUES (?, ?, ?, ?, ?, ?)", (t.item_id, t.status, t.carried_over, t.last_meeting_id,
                                                 t.same_as, t.due))
        for e in t.evidence:
            src = c.execute('SELECT block, page, start, "end" FROM items WHERE id = ?', (e.source_item,)).fetchone()
            c.execute('INSERT INTO evidence(item_id, meeting_id, status, text, source_item, block, page, start, "end",'
                      " method, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      (e.item_id, e.meeting_id, e.status, e.text, e.source_item,
                       *(tuple(src) if src else (None, None, None, None)), e.method, e.score))


def retrack_series(c: sqlite3.Connection, series_id: int) -> int:
    """Recompute one series inside the caller's transaction; returns how many items were tracked."""
    slots = _slots(c, series_id)
    c.execute("DELETE FROM tracking WHERE item_id NOT IN (SELECT id FROM items)")
    results = follow_series(slots, _items(c, slots))
    _write(c, results, [s.meeting_id for s in slots])
    return len(results)



def retrack(archive: Archive, document_ids: list[int] | None = None) -> int:
    """Recompute follow-up for the series these documents belong to (all series when None)."""
    if document_ids is None:
        series = [r[0] for r in archive.query("SELECT id FROM series")]
    else:
        marks = ",".join("?" * len(document_ids)) or "NULL"
        series = [r[0] for r in archive.query(
            f"SELECT DISTINCT series_id FROM meetings WHERE document_id IN ({marks})", tuple(document_ids))]  # noqa: S608
    total = 0
    for sid in series:
        with archive.transaction() as c:
            total += retrack_series(c, sid)
    return total
