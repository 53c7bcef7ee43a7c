"""The briefing as Markdown: for e-mail, wikis, and the terminal renderer."""

from __future__ import annotations

from minutes_nlp.reports.brief import Brief
from minutes_nlp.store.queries import ItemView


def _src(v: ItemView) -> str:
    s = v.source
    page = f", p. {s['page']}" if s.get("page") else ""
    return f"{(s.get('file') or '').rsplit('/', 1)[-1]}{page}, ¶{s.get('block')}"


def _text(text: str | None) -> str:
    """Table rows keep their cells apart with tabs; in prose a middle dot reads better."""
    return " ".join((text or "").replace("\t", " · ").split())


def _action_line(v: ItemView, for_date: str) -> str:
    due = f" — due {v.due}" if v.due else ""
    late = " **OVERDUE**" if v.status == "overdue" else ""
    carried = f", carried over {v.carried_over}×" if v.carried_over else ""
    age = f", open {v.age_days} days" if v.age_days is not None else ""
    return f"- `{v.id}` {_text(v.text)}{due}{late} ({v.meeting_date}{age}{carried}; {_src(v)})"


def render_markdown(b: Brief) -> str:
    planned = f" (planned: {b.next_meeting.strip(' ,;.')})" if b.next_meeting else ""
    lines = [f"# Briefing: {b.series}", "", f"For the meeting on {b.for_date}{planned}",
             f"Last meeting: {b.last_meeting.get('date')} — {b.last_meeting.get('title') or ''}", "",
             f"## Open actions ({len(b.open_actions)}, of which {len(b.overdue)} overdue)", ""]
    for owner, views in b.by_owner().items():
        lines += [f"### {owner}", ""] + [_action_line(v, b.for_date) for v in views] + [""]
    lines += [f"## Unanswered questions ({len(b.unanswered)})", ""]
    lines += [f"- `{v.id}` {_text(v.text)} — asked by {v.asker or '?'} ({v.meeting_date}; {_src(v)})"
              for v in b.unanswered]
    lines += ["", f"## Promised for this meeting ({len(b.promised)})", ""]
    lines += [f"- `{v.id}` {_text(v.text)} ({_src(v)})" for v in b.promised]
    lines += ["", f"## Decisions of the last meeting ({len(b.decisions)})", ""]
    lines += [f"- `{v.id}` {_text(v.text)} ({_src(v)})" for v in b.decisions]
    lines += ["", "## Attendance (recent meetings)", "", "| name | present | absent |", "|---|---|---|"]
    lines += [f"| {a.name} | {a.present} | {a.absent} |" for a in b.attendance]
    return "\n".join(lines) + "\n"
