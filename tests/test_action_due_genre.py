"""Deadlines of actions end to end: a task table's due cell and a task line's deadline label, as Czech and
English minutes write them, read into the action's `due` against the meeting date (Wednesday 13 March 2024)."""

from __future__ import annotations

import pytest
from items_support import doc_from_lines, entities_for

from minutes_nlp.document import DocumentBuilder, Source
from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import MeetingInfo

MEETING = MeetingInfo(date="2024-03-13")
CS_HEADER = ["Č.", "Úkol", "Zodpovídá", "Termín"]
EN_HEADER = ["No.", "Action", "Owner", "Due"]


def _table_due(lang: str, cell: str) -> tuple[str | None, str | None]:
    b = DocumentBuilder(Source("t.docx", "0", "docx"))
    task = "Zpracovat návrh rozpočtu" if lang == "cs" else "Prepare the draft budget"
    b.add_table([CS_HEADER if lang == "cs" else EN_HEADER, ["1", task, "Jan Malý", cell]])
    doc = b.build()
    acts = extract_items(doc, lang, MEETING, [], entities_for(doc, {"Jan Malý": []})).actions
    assert len(acts) == 1
    due = acts[0].due
    return (due.kind, due.latest) if due else (None, None)


@pytest.mark.parametrize(
    ("lang", "cell", "kind", "latest"),
    [
        ("cs", "30. 4. 2024", "date", "2024-04-30"),
        ("cs", "30.4.", "date", "2024-04-30"),
        ("cs", "do 30. 4.", "date", "2024-04-30"),
        ("cs", "04/2024", "window", "2024-04-30"),
        ("cs", "duben 2024", "window", "2024-04-30"),
        ("cs", "Q2/2024", "window", "2024-06-30"),
        ("cs", "2. pololetí 2024", "window", "2024-12-31"),
        ("cs", "konec dubna", "window", "2024-04-30"),
        ("cs", "příští jednání", "next_meeting", None),
        ("cs", "průběžně", "continuous", None),
        ("cs", "trvale", "continuous", None),
        ("cs", "ihned", "immediate", "2024-03-13"),
        ("cs", "do 14 dnů", "window", "2024-03-27"),
        ("en", "30/04/2024", "date", "2024-04-30"),
        ("en", "30 April", "date", "2024-04-30"),
        ("en", "30-Apr-24", "date", "2024-04-30"),
        ("en", "April 2024", "window", "2024-04-30"),
        ("en", "Jun-24", "window", "2024-06-30"),
        ("en", "End of April", "window", "2024-04-30"),
        ("en", "Q2 2024", "window", "2024-06-30"),
        ("en", "Next meeting", "next_meeting", None),
        ("en", "May meeting", "next_meeting", "2024-05-31"),
        ("en", "Ongoing", "continuous", None),
        ("en", "ASAP", "immediate", "2024-03-13"),
        ("en", "w/c 25 March", "window", "2024-03-29"),
        ("en", "Within 4 weeks", "window", "2024-04-10"),
    ],
)
def test_a_task_table_due_cell(lang: str, cell: str, kind: str, latest: str | None) -> None:
    assert _table_due(lang, cell) == (kind, latest)


@pytest.mark.parametrize(
    ("lang", "line", "kind", "latest"),
    [
        ("cs", "Úkol: Jan Malý zajistí opravu osvětlení. T: 30. 4. 2024", "date", "2024-04-30"),
        ("cs", "Jan Malý připraví podklady pro výběrové řízení. Termín: do konce dubna", "window", "2024-04-30"),
        ("cs", "Jan Malý předloží zprávu o stavu komunikací do příštího jednání.", "next_meeting", None),
        ("cs", "Jan Malý zajistí cenové nabídky, termín: 04/2024.", "window", "2024-04-30"),
        ("cs", "Jan Malý předloží návrh na zasedání zastupitelstva dne 20. 6. 2024.", "next_meeting", "2024-06-20"),
        ("cs", "Jan Malý zpracuje harmonogram v termínu do 15. 4. t. r.", "date", "2024-04-15"),
        ("en", "ACTION: Jan Malý to circulate the revised policy by 30 April.", "date", "2024-04-30"),
        ("en", "Jan Malý to draft a response to the consultation. Deadline: 12 April", "date", "2024-04-12"),
        ("en", "Jan Malý will bring costed options to the meeting on 14 May.", "next_meeting", "2024-05-14"),
        ("en", "Jan Malý to update the risk register by end of Q2.", "window", "2024-06-30"),
        ("en", "Jan Malý to send the figures to the auditors by Friday 15 March.", "date", "2024-03-15"),
    ],
)
def test_a_task_line_deadline(lang: str, line: str, kind: str, latest: str | None) -> None:
    doc = doc_from_lines(line)
    acts = extract_items(doc, lang, MEETING, [], entities_for(doc, {"Jan Malý": []})).actions
    assert acts and acts[0].due is not None
    assert (acts[0].due.kind, acts[0].due.latest) == (kind, latest)
