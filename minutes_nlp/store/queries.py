"""Read side of the archive: actions, questions, meetings, one item's history, with manual edits applied.

What a person entered (status, owner, due, note, review verdict) always wins over what extraction says;
overdue is derived from the deadline and the day asked (`as_of`), never stored.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from minutes_nlp.errors import NotFoundError
from minutes_nlp.nlp.stem import name_matches
from minutes_nlp.store.archive import Archive
from minutes_nlp.textutil import fold
from minutes_nlp.tracker.follow import with_overdue

OPEN_STATES = ("open", "carried_over", "overdue")

_ITEM_SQL = """
SELECT i.*, t.status AS tracked_status, t.carried_over, t.due AS tracked_due, t.same_as,
       m.date AS meeting_date, m.number AS meeting_number, m.title AS meeting_title, m.id AS mid,
       s.name AS series, d.path AS file, d.format AS file_format
FROM items i
JOIN meetings m ON m.id = i.meeting_id
JOIN documents d ON d.id = m.document_id
LEFT JOIN series s ON s.id = m.series_id
LEFT JOIN tracking t ON t.item_id = i.id
"""


@dataclass(frozen=True)
class ItemView:
    """One action or question as a person sees it: extraction, tracking and manual edits combined."""

    id: str
    kind: str
    status: str
    text: str
    owner: str | None
    due: str | None
    due_text: str | None
    due_kind: str | None
    series: str | None
    meeting_date: str | None
    meeting_number: int | None
    agenda_item: str | None
    carried_over: int
    method: str
    confidence: float
    source: dict[str, Any]
    notes: tuple[str, ...] = ()
    edited: bool = False
    asker: str | None = None
    answerer: str | None = None
    answer: str | None = None
    age_days: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "extra"}
        out["notes"] = list(self.notes)
        return out | self.extra


def _edits(archive: Archive) -> dict[str, dict[str, Any]]:
    rows = archive.query("SELECT * FROM edits ORDER BY id")
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        cur = out.setdefault(r["item_id"], {"notes": []})
        if r["note"]:
            cur["notes"].append(r["note"])
        if r["field"] != "note":
            cur[r["field"]] = r["value"]
    return out


def _base_status(r: sqlite3.Row) -> str:
    if r["kind"] == "decision":
        return {None: "recorded", 1: "adopted", 0: "rejected"}[r["adopted"]]
    if r["kind"] == "question":
        if r["tracked_status"] in ("answered", "report"):
            return str(r["tracked_status"])
        if r["tracked_status"]:  # the tracker read the reply too: one passing the question on answers nothing
            return "open"
        return "answered" if r["answered"] else "open"
    return str(r["tracked_status"] or "open")


def _view(r: sqlite3.Row, edits: dict[str, Any], as_of: str) -> ItemView:
    status = edits.get("status") or _base_status(r)
    # the tracker's deadline once it has followed the item: None there is a standing task's (tracker/standing.py)
    due = edits.get("due") or (r["tracked_due"] if r["tracked_status"] else r["due"])
    age = (date.fromisoformat(as_of) - date.fromisoformat(r["meeting_date"])).days if r["meeting_date"] else None
    return ItemView(
        id=r["id"], kind=r["kind"], status=with_overdue(status, due, as_of), text=r["text"],
        owner=edits.get("owner") or r["owner"], due=due, due_text=r["due_text"], due_kind=r["due_kind"],
        series=r["series"],
        meeting_date=r["meeting_date"], meeting_number=r["meeting_number"], agenda_item=r["agenda_item"],
        carried_over=r["carried_over"] or 0, method=r["method"], confidence=r["confidence"],
        source={"file": r["file"], "page": r["page"], "block": r["block"], "start": r["start"], "end": r["end"]},
        notes=tuple(edits.get("notes", [])), edited=bool(set(edits) - {"notes"}) or bool(edits.get("notes")),
        asker=r["asker"], answerer=r["answerer"], answer=r["answer"], age_days=age, extra=_decision_extra(r))


def _decision_extra(r: sqlite3.Row) -> dict[str, Any]:
    if r["kind"] != "decision":
        return {}
    return {"number": r["number"], "decision_kind": r["decision_kind"],
            "vote": json.loads(r["vote"]) if r["vote"] else None}


@dataclass(frozen=True)
class ItemFilter:
    kind: str = "action"
    status: str | None = None  # open | overdue | done | cancelled | carried_over | answered | unanswered
    owner: str | None = None
    series: str | None = None
    since: str | None = None
    as_of: str = field(default_factory=lambda: date.today().isoformat())
    include_reports: bool = False
    below: float | None = None


def _where(f: ItemFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = ["i.kind = ?"]
    params: list[Any] = [f.kind]
    if f.series:
        clauses.append("m.series_id IN (SELECT series_id FROM series_aliases WHERE key = ?)")
        params.append(fold(f.series))
    if f.since:
        clauses.append("m.date >= ?")
        params.append(f.since)
    if f.below is not None:
        clauses.append("i.confidence < ?")
        params.append(f.below)
    states = _action_states(f)
    if states:
        # A superset of what `_keep` accepts, so a large archive is not turned into views only to be dropped:
        # the tracked state (or a manual status edit, which `_keep` judges) must be able to give the status.
        clauses.append(f"(COALESCE(t.status, 'open') IN ({', '.join('?' * len(states))})"
                       " OR EXISTS (SELECT 1 FROM edits e WHERE e.item_id = i.id AND e.field = 'status'))")
        params.extend(states)
    return " WHERE " + " AND ".join(clauses), params


def _action_states(f: ItemFilter) -> tuple[str, ...]:
    """Tracked states an action can have and still show the wanted status (overdue is open or carried over
    with its due date passed)."""
    if f.kind != "action" or not f.status:
        return ()
    wanted = set(OPEN_STATES if f.status in ("open", "unanswered") else (f.status,))
    if "overdue" in wanted:
        wanted |= {"open", "carried_over"}
    return tuple(sorted(wanted))


def _keep(v: ItemView, f: ItemFilter, edits: dict[str, Any]) -> bool:
    if edits.get("review") == "rejected" or (v.status == "report" and not f.include_reports):
        return False
    if f.owner and not (name_matches(f.owner, v.owner) or name_matches(f.owner, v.asker)):
        return False
    wanted: tuple[str, ...] | None = {"open": OPEN_STATES, "unanswered": OPEN_STATES}.get(f.status or "")
    if f.status and wanted is None:
        wanted = (f.status,)
    return wanted is None or v.status in wanted


def list_items(archive: Archive, f: ItemFilter) -> list[ItemView]:
    where, params = _where(f)
    rows = archive.query(_ITEM_SQL + where + " ORDER BY m.date, m.number, i.ordinal", tuple(params))
    edits = _edits(archive)
    views = []
    for r in rows:
        e = edits.get(r["id"], {})
        v = _view(r, e, f.as_of)
        if _keep(v, f, e):
            views.append(v)
    return views


def get_item(archive: Archive, item_id: str, as_of: str | None = None) -> ItemView:
    rows = archive.query(_ITEM_SQL + " WHERE i.id = ?", (item_id,))
    if not rows:
        raise NotFoundError(f"no item with ID {item_id}")
    return _view(rows[0], _edits(archive).get(item_id, {}), as_of or date.today().isoformat())


def item_history(archive: Archive, item_id: str) -> dict[str, Any]:
    """Everything known about one item: the manual edits in order and the tracker's evidence."""
    edits = [dict(r) for r in archive.edits_for(item_id)]
    evidence = [dict(r) for r in archive.query(
        "SELECT e.*, m.date AS meeting_date FROM evidence e JOIN meetings m ON m.id = e.meeting_id"
        " WHERE e.item_id = ? ORDER BY m.date, e.id", (item_id,))]
    return {"edits": edits, "evidence": evidence}


def list_meetings(archive: Archive, series: str | None = None) -> list[dict[str, Any]]:
    sql = ("SELECT m.*, s.name AS series, d.path AS file,"
           " (SELECT COUNT(*) FROM items i WHERE i.meeting_id = m.id AND i.kind = 'action') AS actions,"
           " (SELECT COUNT(*) FROM items i WHERE i.meeting_id = m.id AND i.kind = 'decision') AS decisions,"
           " (SELECT COUNT(*) FROM items i WHERE i.meeting_id = m.id AND i.kind = 'question') AS questions"
           " FROM meetings m JOIN documents d ON d.id = m.document_id LEFT JOIN series s ON s.id = m.series_id")
    params: tuple[Any, ...] = ()
    if series:
        sql += " WHERE m.series_id IN (SELECT series_id FROM series_aliases WHERE key = ?)"
        params = (fold(series),)
    rows = archive.query(sql + " ORDER BY s.name, m.date, m.number", params)
    return [dict(r) | {"attendees": json.loads(r["attendees"]), "absent": json.loads(r["absent"])} for r in rows]


def numbering_gaps(meetings: list[dict[str, Any]]) -> list[tuple[str, int]]:
    """Meeting numbers missing inside a series (e.g. the archive holds 3 and 5 but not 4)."""
    by_series: dict[str, list[int]] = {}
    for m in meetings:
        if m["number"] is not None:
            by_series.setdefault(m["series"] or "", []).append(m["number"])
    gaps = []
    for name, numbers in by_series.items():
        have = set(numbers)
        gaps += [(name, n) for n in range(min(have), max(have)) if n not in have]
    return gaps


def unique_decisions(views: list[ItemView]) -> list[ItemView]:
    """One resolution once: minutes and a separate resolutions sheet of the same meeting record the same
    decisions; keep the fuller record (number and vote) and drop a near-identical one from another file."""
    from rapidfuzz import fuzz

    kept: list[ItemView] = []
    for v in sorted(views, key=lambda v: (v.extra.get("number") is None, v.extra.get("vote") is None)):
        twin = next((k for k in kept if k.meeting_date == v.meeting_date and k.series == v.series
                     and k.source["file"] != v.source["file"] and fuzz.token_set_ratio(k.text, v.text) >= 90), None)
        if twin is None:
            kept.append(v)
    order = {id(v): i for i, v in enumerate(views)}
    return sorted(kept, key=lambda v: order[id(v)])
