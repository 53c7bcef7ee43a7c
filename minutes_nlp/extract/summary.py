"""A readable summary of one extracted record, as plain text or Markdown (for `minutes extract --format`).

Works on the JSON form (`to_json`) so what people read is exactly what scripts get.
"""

from __future__ import annotations

from typing import Any

_LIST_LIMIT = 12


def _when(m: dict[str, Any]) -> str:
    times = "–".join(t for t in (m.get("start"), m.get("end")) if t)
    return " ".join(x for x in (m.get("date") or "", times) if x) or "?"


def _next(m: dict[str, Any]) -> str | None:
    nm = m.get("next_meeting")
    if not nm:
        return None
    span = f" ({nm['earliest']} – {nm['latest']})" if nm.get("earliest") and nm.get("earliest") != nm.get("latest") \
        else ""
    return f"{nm.get('text')}{span}"


def _yes_no(value: Any) -> str | None:
    return None if value is None else ("yes" if value else "no")


def _meeting_lines(data: dict[str, Any]) -> list[tuple[str, str]]:
    m = data.get("meeting") or {}
    rows = [("Series", m.get("series")), ("Number", m.get("number")), ("When", _when(m)),
            ("Place", m.get("place")), ("Online", _yes_no(m.get("online"))),
            ("Chair", m.get("chair")), ("Recorder", m.get("recorder")), ("Approver", m.get("approver")),
            ("Present", ", ".join(m.get("attendees") or [])), ("Absent", ", ".join(m.get("absent") or [])),
            ("Guests", ", ".join(m.get("guests") or [])),
            ("Verifiers", ", ".join(m.get("verifiers") or [])), ("Next meeting", _next(m)),
            ("Language", data.get("language"))]
    return [(k, str(v)) for k, v in rows if v not in (None, "")]


def _item_lines(data: dict[str, Any]) -> list[str]:
    out = []
    for item in data.get("agenda_items") or []:
        who = f" — {', '.join(item['presenters'])}" if item.get("presenters") else ""
        out.append(f"{item.get('number') or '-'}. {item.get('title')}{who}")
    return out


def _action_lines(data: dict[str, Any]) -> list[str]:
    out = []
    for a in (data.get("actions") or [])[:_LIST_LIMIT]:
        extra = ", ".join(x for x in (a.get("owner"), a.get("due_text")) if x)
        out.append(f"{a.get('text')}" + (f" [{extra}]" if extra else ""))
    return out


def _sections(data: dict[str, Any]) -> list[tuple[str, list[str]]]:
    return [
        ("Agenda", _item_lines(data)),
        ("Actions", _action_lines(data)),
        ("Decisions", [d.get("text", "") for d in (data.get("decisions") or [])[:_LIST_LIMIT]]),
        ("Questions", [q.get("text", "") for q in (data.get("questions") or [])[:_LIST_LIMIT]]),
        ("People", [p.get("name", "") for p in (data.get("people") or [])]),
        ("Institutions", [i.get("name", "") for i in (data.get("institutions") or [])]),
        ("Warnings", list(data.get("warnings") or [])),
    ]


def render_text(data: dict[str, Any]) -> str:
    m = data.get("meeting") or {}
    lines = [f"{data['source']['path']}", f"  {m.get('title') or '(no title found)'}"]
    lines += [f"  {k + ':':14s}{v}" for k, v in _meeting_lines(data)]
    for name, entries in _sections(data):
        if entries:
            lines.append(f"  {name} ({len(entries)}):")
            lines += [f"    - {e}" for e in entries]
    return "\n".join(lines)


def render_markdown(data: dict[str, Any]) -> str:
    m = data.get("meeting") or {}
    lines = [f"# {m.get('title') or data['source']['path']}", "", f"*Source:* `{data['source']['path']}`", ""]
    lines += [f"- **{k}:** {v}" for k, v in _meeting_lines(data)]
    for name, entries in _sections(data):
        if entries:
            lines += ["", f"## {name}", ""]
            lines += [f"- {e}" for e in entries]
    return "\n".join(lines) + "\n"
