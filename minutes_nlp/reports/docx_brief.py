"""The briefing as a Word document a chair would print: headings, tables, page numbers."""

from __future__ import annotations

from pathlib import Path

from docx import Document as new_docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from minutes_nlp.reports.brief import Brief
from minutes_nlp.reports.markdown import _src, _text
from minutes_nlp.store.queries import ItemView


def _page_number_footer(doc) -> None:  # noqa: ANN001 - python-docx Document
    para = doc.sections[0].footer.paragraphs[0]
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        run = para.add_run()
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _table(doc, header: list[str], rows: list[list[str]]) -> None:  # noqa: ANN001
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def _action_row(v: ItemView) -> list[str]:
    status = v.status + (f" ×{v.carried_over}" if v.carried_over else "")
    return [v.id, _text(v.text), v.owner or "", v.due or "", status, f"{v.meeting_date} · {_src(v)}"]


def render_docx(b: Brief, out: Path) -> Path:
    doc = new_docx()
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(f"Briefing: {b.series}", level=0)
    doc.add_paragraph(f"For the meeting on {b.for_date}. Last meeting: {b.last_meeting.get('date')} "
                      f"{b.last_meeting.get('title') or ''}")
    doc.add_heading(f"Open actions ({len(b.open_actions)}, overdue {len(b.overdue)})", level=1)
    _table(doc, ["ID", "Action", "Owner", "Due", "Status", "Source"], [_action_row(v) for v in b.open_actions])
    doc.add_heading(f"Unanswered questions ({len(b.unanswered)})", level=1)
    _table(doc, ["ID", "Question", "Asked by", "Source"],
           [[v.id, v.text, v.asker or "", f"{v.meeting_date} · {_src(v)}"] for v in b.unanswered])
    doc.add_heading(f"Promised for this meeting ({len(b.promised)})", level=1)
    for v in b.promised:
        doc.add_paragraph(f"{v.text} ({_src(v)})", style="List Bullet")
    doc.add_heading(f"Decisions of the last meeting ({len(b.decisions)})", level=1)
    for v in b.decisions:
        doc.add_paragraph(f"{v.text} ({_src(v)})", style="List Bullet")
    doc.add_heading("Attendance (recent meetings)", level=1)
    _table(doc, ["Name", "Present", "Absent"], [[a.name, str(a.present), str(a.absent)] for a in b.attendance])
    _page_number_footer(doc)
    doc.save(str(out))
    return out
