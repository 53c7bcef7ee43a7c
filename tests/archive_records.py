"""Small hand-made meeting records for store, report and CLI tests (built from our own dataclasses)."""

from __future__ import annotations

from pathlib import Path

from minutes_nlp.extract.result import (
    Action,
    DateValue,
    Decision,
    MeetingInfo,
    MeetingRecord,
    NextMeeting,
    Provenance,
    Question,
    SourceInfo,
    Vote,
)
from minutes_nlp.store import Archive, open_archive
from minutes_nlp.store.tracking import retrack

SERIES = "Pracovní skupina pro vodu"


def _due(iso: str | None, kind: str = "date") -> DateValue | None:
    return DateValue(iso or "do příštího jednání", iso, iso, kind) if iso or kind != "date" else None


def meeting_one() -> MeetingRecord:
    p = Provenance
    return MeetingRecord(
        source=SourceInfo("/c/1.docx", "1" * 64, "docx", 2), language="cs",
        meeting=MeetingInfo(title="1. jednání Pracovní skupiny pro vodu", series=SERIES, number=1, date="2021-02-01",
                            attendees=("Jana Malá", "Petr Dub"), absent=("Eva Lípová",),
                            next_meeting=NextMeeting("duben 2021", "2021-04-01", "2021-04-30")),
        actions=(Action("MŽP připraví metodiku hospodaření se srážkovou vodou.", "MŽP", _due("2021-03-31"),
                        p(3, 100, 160, 1), "2", "1/2021"),
                 Action("Jana Malá rozešle členům harmonogram dotační výzvy.", "Jana Malá", _due("2021-02-15"),
                        p(4, 170, 220, 1), "2", "2/2021"),
                 Action("Na příštím jednání bude zařazeno téma sucha v obcích.", None, _due(None, "next_meeting"),
                        p(5, 230, 280, 1), "3")),
        questions=(Question("Na dotaz p. Duba, kdy vyjde výzva, bude odpovězeno písemně.", "Petr Dub", None, False,
                            None, p(6, 290, 340, 2), "3"),),
        decisions=(Decision("PS schvaluje jednací řád.", p(7, 350, 380, 2), "1", "Usnesení č. 1/2021", "resolution",
                            Vote(7, 0, 1), True),),
    )


def meeting_two() -> MeetingRecord:
    p = Provenance
    return MeetingRecord(
        source=SourceInfo("/c/2.docx", "2" * 64, "docx", 2), language="cs",
        meeting=MeetingInfo(title="2. jednání Pracovní skupiny pro vodu", series=SERIES, number=2, date="2021-04-20",
                            attendees=("Jana Malá", "Eva Lípová")),
        actions=(Action("Úkol č. 2/2021 – splněno.", None, None, p(2, 50, 80, 1), "1", None, "splněno", "2/2021"),),
        decisions=(Decision("PS bere na vědomí zprávu o suchu.", p(4, 120, 150, 1), "2", None, "noted"),),
    )


def build_archive(path: Path) -> Archive:
    archive = open_archive(path)
    archive.store_record(meeting_one(), "/c/1.docx", "v1")
    archive.store_record(meeting_two(), "/c/2.docx", "v1")
    retrack(archive)
    return archive
