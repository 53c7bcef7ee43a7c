"""People across the archive: one identity for all forms of a name, and merges that survive re-ingest."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from minutes_nlp.extract.result import MeetingInfo, MeetingRecord, Mention, Person, Provenance, SourceInfo
from minutes_nlp.store import open_archive
from minutes_nlp.store.people import list_people, merge_people, split_person
from minutes_nlp.store.writer import person_key


def _rec(i: int, *names: str) -> MeetingRecord:
    people = tuple(Person(n, (Mention(n, Provenance(0, 0, len(n))),)) for n in names)
    return MeetingRecord(SourceInfo(f"/p/{i}.docx", str(i) * 64, "docx"), "cs",
                         MeetingInfo(series="Rada", date=f"2021-0{i}-01", title=f"{i}"), people=people)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Dr. Ing. Marie Zezůlková", "Marie Zezůlková", True),
    ("Marie Zezůlková", "Petra Zezůlková", False), ("Jiří Vlček", "Jiří Vlčka", True),
    ("Rut Bízková", "Radka Bízková", False),
])
def test_person_key(a: str, b: str, same: bool) -> None:
    assert (person_key(a) == person_key(b)) is same


def test_forms_across_meetings_are_one_person_and_merge_survives(tmp_path: Path) -> None:
    archive = open_archive(tmp_path / "m.db")
    archive.store_record(_rec(1, "Marie Zezůlková", "Rut Bízková"), "/p/1.docx", "v1")
    archive.store_record(_rec(2, "M. Zezůlková", "R. Bízková", "Rutka Bízková"), "/p/2.docx", "v1")
    archive.store_record(_rec(3, "Zezůlková"), "/p/3.docx", "v1")
    names = {p["name"]: p["meetings"] for p in list_people(archive)}
    assert names == {"Marie Zezůlková": 3, "Rut Bízková": 2, "Rutka Bízková": 1}
    assert merge_people(archive, "Rutka Bízková", "Rut Bízková", "tajemnice") == 2
    archive.store_record(replace(_rec(2, "Zezůlková", "Rutka Bízková")), "/p/2.docx", "v2")
    assert {p["name"] for p in list_people(archive)} == {"Marie Zezůlková", "Rut Bízková"}
    assert split_person(archive, "Rutka Bízková") == 3
