"""Decisions reported, not taken: written from the genre (not from the corpus).

A committee's minutes name their own body first ("Výbor pro dopravu Rady kraje", "Audit Committee of the
Board"); the parent body named after it decides elsewhere, so its decision reported in an information item is
not one of this meeting. A follow-up line that opens with a task label and its status ("Úkol 3/2 – splněno,
...", "Action 12 – complete: ...") reports how an earlier task ended, also when it names an approval.
"""

from __future__ import annotations

import pytest
from items_support import doc_from_lines, entities_for

from minutes_nlp.document import BlockKind, Document, DocumentBuilder, Source
from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import MeetingInfo


def _decisions(lang: str, doc: Document, meeting: MeetingInfo) -> list[str]:
    return [d.text for d in extract_items(doc, lang, meeting, [], entities_for(doc, {})).decisions]


@pytest.mark.parametrize(("lang", "series", "parent", "own"), [
    ("cs", "Výbor pro dopravu Rady Pardubického kraje", "Rada kraje schválila výborům nový jednací řád.",
     "Výbor bere informaci na vědomí."),
    ("cs", "Komise pro školství Rady města Tábora", "Rada města zároveň vyzvala komise, aby předložily plány.",
     "Komise souhlasí s plánem činnosti."),
    ("en", "Audit Committee of the Board of Governors", "The Board approved the revised scheme of delegation.",
     "The Committee approved the internal audit plan."),
])
def test_a_parent_body_decision_reported_in_committee_minutes_is_not_this_meetings(
        lang: str, series: str, parent: str, own: str) -> None:
    intro = "Tajemnice informovala o posledním zasedání." if lang == "cs" else "The Clerk reported on the last meeting."
    doc = doc_from_lines(intro, parent, own)
    assert _decisions(lang, doc, MeetingInfo(series=series, body_type="committee")) == [own]


def _follow_up(heading: str, line: str) -> Document:
    builder = DocumentBuilder(Source("test.txt", "0", "txt"))
    builder.add(BlockKind.HEADING, heading)
    builder.add(BlockKind.LIST_ITEM, line, list_label="-")
    return builder.build()


@pytest.mark.parametrize(("lang", "heading", "line"), [
    ("cs", "Kontrola plnění úkolů", "Úkol 3/2 – splněno, plán činnosti byl schválen per rollam dne 4. 5. 2026."),
    ("cs", "Kontrola plnění úkolů", "Úkol č. 7 – splněno, rozpočet byl schválen per rollam 2. 3. 2026 (9 pro)."),
    ("cs", "Kontrola usnesení", "Usnesení 12/4 – splněno, smlouva byla schválena per rollam 10. 2. 2026."),
    ("en", "Matters arising", "Action 12 – complete: the policy was approved by email on 3 May."),
])
def test_a_task_status_line_in_follow_up_reports_an_earlier_decision(lang: str, heading: str, line: str) -> None:
    assert _decisions(lang, _follow_up(heading, line), MeetingInfo()) == []


@pytest.mark.parametrize("line", [
    "Per rollam bylo přijato usnesení, jímž výbor schvaluje harmonogram výzev.",
    "Výbor souhlasil s prodloužením termínu úkolu 3/2 do 30. 6. 2026.",
])
def test_a_decision_taken_now_under_follow_up_stays(line: str) -> None:
    assert len(_decisions("cs", _follow_up("Kontrola plnění úkolů", line), MeetingInfo())) == 1
