"""Series grouping in the archive: one body however each set of its minutes names it (a case form, an
abbreviation spelt out, a kick-off meeting named by the event, a joint meeting), and two bodies kept apart."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from minutes_nlp.extract.result import MeetingInfo, MeetingRecord, SourceInfo
from minutes_nlp.store import open_archive
from minutes_nlp.store.grouping import preferred_name, same_body_name


@pytest.fixture()
def archive(tmp_path: Path):
    a = open_archive(tmp_path / "m.db")
    yield a
    a.close()


def _store(archive, meetings: Sequence[tuple[str, str | None, int | None]], lang: str = "cs") -> list[str]:  # noqa: ANN001
    """Meetings as (folder, series name, number), dated a month apart; returns the series name of each."""
    for i, (folder, name, number) in enumerate(meetings, start=1):
        sha = f"{i:064d}"
        record = MeetingRecord(source=SourceInfo(f"/{folder}/{i}.docx", sha, "docx", 2), language=lang,
                               meeting=MeetingInfo(title=f"Zápis {i}", series=name, number=number,
                                                   date=f"2025-{i:02d}-10"))
        archive.store_record(record, f"/{folder}/{i}.docx", "v1")
    return [r[0] for r in archive.query("SELECT s.name FROM meetings m JOIN series s ON s.id = m.series_id"
                                        " ORDER BY m.date")]


@pytest.mark.parametrize(("a", "b", "lang", "expected"), [
    ("Krizového štábu ORP Ždánov nad Loučkou", "Krizový štáb ORP Ždánov nad Loučkou", "cs", True),  # a case form
    ("Krizový štáb ORP Ždánov", "Krizový štáb obce s rozšířenou působností Ždánov", "cs", True),  # spelt out
    ("Valná hromada DSO Mikroregion Hrabětínsko", "Valná hromada Dobrovolného svazku obcí Mikroregion Hrabětínsko",
     "cs", True),
    ("Rada města Hradiště", "Rada města Lhota", "cs", False),  # two towns
    # a title typed in capitals and taken in lower case: its initialism is a short word
    ("Krizového štábu orp ždánov nad loučkou", "Krizový štáb obce s rozšířenou působností Ždánov nad Loučkou", "cs",
     True),
    ("KRIZOVÝ ŠTÁB ORP ŽDÁNOV", "Krizový štáb obce s rozšířenou působností Ždánov", "cs", True),
    ("Rada města lhota", "Rada města Hradiště", "cs", False),
    ("Finance Committee", "Audit Committee", "en", False),
    ("Výbor", "Výboru", "cs", False),  # one word says too little
])
def test_one_body_named_in_another_form(a: str, b: str, lang: str, expected: bool) -> None:
    assert same_body_name(a, b, lang) is expected


@pytest.mark.parametrize(("current", "new", "expected"), [
    ("Krizového štábu ORP Ždánov", "Krizový štáb ORP Ždánov", "Krizový štáb ORP Ždánov"),  # the nominative
    ("Krizový štáb ORP Ždánov", "KRIZOVÉHO ŠTÁBU ORP ŽDÁNOV", "Krizový štáb ORP Ždánov"),  # not in capitals
    ("Kick-off meeting", "Steering Committee", "Steering Committee"),  # a body, not an event
    ("Steering Committee", "Kick-off meeting", "Steering Committee"),
])
def test_the_name_a_series_is_shown_by(current: str, new: str, expected: str) -> None:
    assert preferred_name(current, new, "en" if "meeting" in current + new else "cs") == expected


_KS = [("ks", "Krizového štábu ORP Ždánov nad Loučkou", 1),
       ("ks", "Krizový štáb obce s rozšířenou působností Ždánov nad Loučkou", 2),
       ("ks", "Krizový štáb ORP Ždánov nad Loučkou", 3)]


@pytest.mark.parametrize("meetings", [_KS, _KS[::-1], [_KS[1], _KS[0], _KS[2]]])
def test_case_forms_and_a_spelt_out_abbreviation_are_one_series_shown_in_the_nominative(
        archive, meetings: list[tuple[str, str, int]]) -> None:  # noqa: ANN001
    names = _store(archive, meetings)  # in any order of ingest
    assert len(set(names)) == 1 and names[0].startswith("Krizový štáb ")


@pytest.mark.parametrize(("meetings", "series"), [
    # a kick-off meeting named by the event, then the committee's meetings numbered on
    ([("rp", "Kick-off meeting", 1), ("rp", "Steering Committee", 2), ("rp", "Steering Committee", 4)], 1),
    ([("rp", "Kick-off meeting", 1), ("other", "Steering Committee", 2)], 2),  # another folder: another archive
    ([("rp", "Kick-off meeting", 1), ("rp", "Steering Committee", 1)], 2),  # a number used twice: two series
    ([("rp", "Kick-off meeting", 1), ("rp", "Steering Committee", 9)], 2),  # far from the numbering
    ([("rp", "Kick-off meeting", None), ("rp", "Steering Committee", None)], 2),  # nothing ties them
    # the project's name in front of the committee's, numbered on
    ([("rp", "RHIZOMAP Steering Committee", 1), ("rp", "Steering Committee", 2)], 1),
    # a joint meeting names the body after function words, whatever its number says
    ([("rp", "Steering Committee", 2), ("rp", "And Steering Committee Meeting #3", 1)], 1),
    # two bodies of one town in one folder, numbered alike
    ([("town", "Audit Committee", 4), ("town", "Finance Committee", 5)], 2),
])
def test_a_folders_meetings_join_its_only_series_when_numbering_or_name_ties_them(
        archive, meetings: list[tuple[str, str | None, int | None]], series: int) -> None:  # noqa: ANN001
    _store(archive, meetings, "en")
    assert archive.query("SELECT COUNT(*) FROM series")[0][0] == series
