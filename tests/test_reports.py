"""The chair's briefing, the calendar export and the JSON backup round trip on a small hand-made archive."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from minutes_nlp.reports.brief import build_brief
from minutes_nlp.reports.calendar import render_ics
from minutes_nlp.reports.docx_brief import render_docx
from minutes_nlp.reports.markdown import render_markdown
from minutes_nlp.store import open_archive
from minutes_nlp.store.backup import export_archive, import_archive
from minutes_nlp.store.edits import edit_item
from minutes_nlp.store.queries import ItemFilter, list_items
from tests.archive_records import build_archive


@pytest.fixture()
def archive(tmp_path: Path):
    a = build_archive(tmp_path / "m.db")
    yield a
    a.close()


def test_brief_lists_open_and_overdue_actions_and_open_questions(archive) -> None:  # noqa: ANN001
    b = build_brief(archive, "Pracovní skupina pro vodu", "2021-06-01")
    assert [v.text[:20] for v in b.open_actions] == ["MŽP připraví metodik", "Na příštím jednání b"]
    assert [v.status for v in b.open_actions] == ["overdue", "overdue"]
    assert [v.asker for v in b.unanswered] == ["Petr Dub"]
    assert [v.text for v in b.decisions] == ["PS bere na vědomí zprávu o suchu."]
    assert {a.name: (a.present, a.absent) for a in b.attendance}["Eva Lípová"] == (1, 1)


def test_brief_markdown_and_docx(archive, tmp_path: Path) -> None:  # noqa: ANN001
    b = build_brief(archive, "Pracovní skupina pro vodu", "2021-06-01")
    md = render_markdown(b)
    assert "## Open actions (2, of which 2 overdue)" in md and "1.docx" in md
    out = render_docx(b, tmp_path / "brief.docx")
    d = docx.Document(str(out))
    headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0].startswith("Open actions (2")
    assert d.tables[0].rows[1].cells[2].text == "MŽP"
    assert "PAGE" in d.sections[0].footer._element.xml


def test_ics_has_one_event_per_due_date(archive) -> None:  # noqa: ANN001
    views = list_items(archive, ItemFilter("action", None, as_of="2021-06-01"))
    ics = render_ics(views)
    assert ics.count("BEGIN:VEVENT") == 3 and "DTSTART;VALUE=DATE:20210331" in ics
    assert "DTSTART;VALUE=DATE:20210420" in ics  # "do příštího jednání" = the next meeting's date
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))


def _snapshot(a) -> dict:  # noqa: ANN001
    tables = ("items", "tracking", "edits", "series", "meetings", "agenda_items", "evidence", "passages")
    drop = {"id", "meeting_id", "document_id", "last_meeting_id", "series_id"}
    return {t: sorted(str({k: r[k] for k in r.keys() if k not in drop})  # noqa: SIM118 - sqlite3.Row
                      for r in a.query(f"SELECT * FROM {t}")) for t in tables}


def test_export_then_import_restores_the_same_archive(archive, tmp_path: Path) -> None:  # noqa: ANN001
    (first,) = [v.id for v in list_items(archive, ItemFilter("action", "open", as_of="2021-06-01"))][:1]
    edit_item(archive, first, {"status": "done", "owner": "Eva Lípová"}, "ověřeno", "tajemnice")
    data = export_archive(archive)
    restored = open_archive(tmp_path / "restored.db")
    import_archive(restored, data)
    from minutes_nlp.store.tracking import retrack

    retrack(restored)
    assert _snapshot(restored) == _snapshot(archive)
    view = [v for v in list_items(restored, ItemFilter("action", None)) if v.id == first][0]
    assert (view.status, view.owner, view.notes) == ("done", "Eva Lípová", ("ověřeno",))


@pytest.mark.parametrize("for_date", ["2021-03-01", "2021-06-01", "2022-01-01"])
def test_brief_shows_exactly_the_open_items_the_tracker_has(archive, for_date: str) -> None:  # noqa: ANN001
    """Whatever the day asked, the brief's open actions and questions are the tracker's open ones, no more."""
    b = build_brief(archive, "Pracovní skupina pro vodu", for_date)
    series = "Pracovní skupina pro vodu"
    actions = list_items(archive, ItemFilter("action", None, series=series, as_of=for_date))
    questions = list_items(archive, ItemFilter("question", None, series=series, as_of=for_date))
    assert [v.id for v in b.open_actions] == [v.id for v in actions if v.status in ("open", "carried_over", "overdue")]
    assert [v.id for v in b.unanswered] == [v.id for v in questions if v.status in ("open", "carried_over")]
