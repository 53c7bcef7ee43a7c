"""The chair's pre-meeting briefing: what is open, what is late, what was promised for this meeting.

Built from archive queries into a plain dataclass; renderers (terminal, Markdown, Word) only lay it out.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from minutes_nlp.errors import NotFoundError
from minutes_nlp.store.archive import Archive
from minutes_nlp.store.queries import ItemFilter, ItemView, list_items, list_meetings
from minutes_nlp.textutil import fold

RECENT_MEETINGS = 3


@dataclass(frozen=True)
class Attendance:
    name: str
    present: int
    absent: int


@dataclass(frozen=True)
class Brief:
    series: str
    for_date: str
    next_meeting: str | None
    last_meeting: dict[str, Any]
    open_actions: tuple[ItemView, ...]
    unanswered: tuple[ItemView, ...]
    promised: tuple[ItemView, ...]
    decisions: tuple[ItemView, ...]
    attendance: tuple[Attendance, ...]

    @property
    def overdue(self) -> tuple[ItemView, ...]:
        return tuple(v for v in self.open_actions if v.status == "overdue")

    def by_owner(self) -> dict[str, list[ItemView]]:
        groups: dict[str, list[ItemView]] = {}
        for v in sorted(self.open_actions, key=lambda v: (fold(v.owner or "~"), v.due or "9999")):
            groups.setdefault(v.owner or "(no owner stated)", []).append(v)
        return groups

    def to_json(self) -> dict[str, Any]:
        return {"series": self.series, "for_date": self.for_date, "next_meeting": self.next_meeting,
                "last_meeting": self.last_meeting,
                "open_actions": [v.to_json() for v in self.open_actions],
                "unanswered_questions": [v.to_json() for v in self.unanswered],
                "promised_topics": [v.to_json() for v in self.promised],
                "decisions": [v.to_json() for v in self.decisions],
                "attendance": [a.__dict__ for a in self.attendance]}


def _pick_series(meetings: list[dict[str, Any]], series: str | None) -> list[dict[str, Any]]:
    if series:
        chosen = list(meetings)
    else:
        latest = max((m for m in meetings if m["date"]), key=lambda m: m["date"], default=None)
        chosen = [m for m in meetings if latest and m["series"] == latest["series"]]
    if not chosen:
        raise NotFoundError(f"no meetings in the archive{' for series ' + series if series else ''}")
    return sorted(chosen, key=lambda m: (m["date"] or "", m["number"] or 0))


def _next_date(last: dict[str, Any]) -> tuple[str | None, str | None]:
    nxt = json.loads(last["next_meeting"]) if last.get("next_meeting") else None
    if not nxt:
        return None, None
    return nxt.get("text"), nxt.get("earliest")


def _attendance(recent: list[dict[str, Any]]) -> tuple[Attendance, ...]:
    present, absent = Counter[str](), Counter[str]()
    for m in recent:
        present.update(m["attendees"])
        absent.update(m["absent"])
    names = sorted(set(present) | set(absent), key=fold)
    return tuple(Attendance(n, present[n], absent[n]) for n in names)


def build_brief(archive: Archive, series: str | None = None, for_date: str | None = None) -> Brief:
    meetings = _pick_series(list_meetings(archive, series), series)
    last = meetings[-1]
    next_text, next_earliest = _next_date(last)
    when = for_date or next_earliest or date.today().isoformat()
    name = last["series"] or ""

    def items(kind: str, status: str | None) -> list[ItemView]:
        return list_items(archive, ItemFilter(kind, status, None, name, None, when))

    last_items = [v for v in items("action", None) if v.meeting_date == last["date"]]
    return Brief(
        series=name, for_date=when, next_meeting=next_text,
        last_meeting={k: last[k] for k in ("id", "date", "number", "title", "file")},
        open_actions=tuple(items("action", "open")),
        unanswered=tuple(items("question", "unanswered")),
        promised=tuple(v for v in last_items if v.due_kind == "next_meeting"),
        decisions=tuple(v for v in items("decision", None) if v.meeting_date == last["date"]),
        attendance=_attendance(meetings[-RECENT_MEETINGS:]),
    )
