"""Deadlines as an iCalendar file: one all-day event per action with a due date."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from minutes_nlp.store.queries import ItemView


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 5545 lines are at most 75 octets; longer ones continue on lines starting with a space."""
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode()) > 74:
            out.append(cur)
            cur = " "
        cur += ch
    return "\r\n".join([*out, cur])


def render_ics(views: list[ItemView], now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//minutes-nlp//actions//EN", "CALSCALE:GREGORIAN"]
    for v in views:
        if not v.due:
            continue
        day = date.fromisoformat(v.due)
        about = f"{v.status}; {v.series or ''} {v.meeting_date}; {v.source.get('file')}"
        lines += ["BEGIN:VEVENT", f"UID:{v.id}@minutes-nlp", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
                  f"SUMMARY:{_escape((v.owner + ': ' if v.owner else '') + v.text[:120])}",
                  f"DESCRIPTION:{_escape(about)}",
                  "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"
