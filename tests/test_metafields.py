"""Header labels of crisis-staff and company-board minutes: the meeting's number after the meeting noun, the
end of the meeting, a signature that both verifies and approves, a chair named with an office before the
title, a late line closing the meeting."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.metadata import extract_meeting, with_presenting_guests
from minutes_nlp.extract.result import AgendaItem


def _doc(*lines: str):
    builder = DocumentBuilder(Source("x.docx", "0", "docx"))
    builder.add(BlockKind.HEADING, lines[0])
    for line in lines[1:]:
        builder.add(BlockKind.PARAGRAPH, line)
    return builder.build()


@pytest.mark.parametrize(("line", "number"), [
    ("Jednání č.: 1/2025", 1),
    ("Zasedání č.: 7", 7),
    ("Číslo jednání: 12/2024", 12),
])
def test_the_number_labelled_after_the_meeting_noun(line: str, number: int) -> None:
    m = extract_meeting(_doc("Zápis z jednání krizového štábu", line, "Datum: 13. 9. 2025"), "cs")
    assert m.number == number


def test_the_end_of_the_meeting_labelled_after_the_meeting_noun() -> None:
    m = extract_meeting(_doc("Zápis z 16. zasedání dozorčí rady", "Datum: 18. 9. 2025, od 14:00 hod.",
                             "Zahájení zasedání proběhlo bez připomínek.", "Konec zasedání: 17:10 hod."), "cs")
    assert (m.start, m.end) == ("14:00", "17:10")


def test_a_chair_label_with_the_office_before_the_name_and_a_verifying_approver() -> None:
    m = extract_meeting(_doc("Zápis z jednání KŠ č. 3/2025", "Datum: 17. září 2025",
                             "Jednání svolal a řídil: předseda KŠ Ing. Kadeřábek",
                             "Přítomni: Mgr. Vrbová, Ing. Šimek", "Zapsala: Bc. Trnková",
                             "Ověřil a schválil: Ing. Miroslav Kadeřábek, předseda KŠ"), "cs")
    assert (m.chair, m.approver) == ("Kadeřábek", "Miroslav Kadeřábek")
    assert "Kadeřábek" in m.attendees


def test_an_initialism_presenting_an_item_is_no_guest() -> None:
    m = extract_meeting(_doc("Zápis", "Datum: 6. 10. 2025", "Přítomni: Ing. Jan Novák, Mgr. Eva Malá"), "cs")
    item = AgendaItem(number="2", title="Stav obnovy", presenters=("MěÚ Lhotice", "Karel Jirout"))
    assert with_presenting_guests(m, [item]).guests == ("Karel Jirout",)


@pytest.mark.parametrize(("lines", "recorder"), [
    (["Minutes – Board Meeting", "Date: 5 March 2024", "Present: Ann Bell, Tom Hale"], None),
    (["Minutes – Finance Committee", "Date: 5 March 2024", "Present: Ann Bell, Tom Hale", "Minutes: Jo Pike"],
     "Jo Pike"),
])
def test_a_title_opening_with_the_minutes_word_names_no_recorder(lines: list[str], recorder: str | None) -> None:
    assert extract_meeting(_doc(*lines), "en").recorder == recorder
