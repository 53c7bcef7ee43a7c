"""The archive on records built by hand: stable IDs, edits that survive re-ingest, series, renderings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from minutes_nlp.extract.result import (
    Action,
    DateValue,
    MeetingInfo,
    MeetingRecord,
    Provenance,
    Question,
    SourceInfo,
)
from minutes_nlp.store import open_archive
from minutes_nlp.store.edits import edit_item
from minutes_nlp.store.queries import ItemFilter, list_items
from minutes_nlp.store.tracking import retrack_series


def _record(sha: str, date: str, actions: list[Action], series: str = "Pracovní skupina pro Smart Cities",
            abbreviations: tuple[str, ...] = ("PS SC",), fmt: str = "docx", title: str | None = None) -> MeetingRecord:
    return MeetingRecord(
        source=SourceInfo(f"/x/{sha}.{fmt}", sha, fmt, 2), language="cs",
        meeting=MeetingInfo(title=title or f"Jednání {date}", series=series, series_abbreviations=abbreviations,
                            date=date),
        actions=tuple(actions),
        questions=(Question("Na dotaz p. Olivy odpověděl p. Siebert.", "Oliva", "Siebert", True, "ano",
                            Provenance(3, 0, 20)),),
    )


def _action(text: str, block: int = 1, owner: str | None = "MMR", due: str | None = "2021-03-31") -> Action:
    return Action(text, owner, DateValue(due, due, due) if due else None, Provenance(block, 10 * block, 10 * block + 5))


@pytest.fixture()
def archive(tmp_path: Path):
    a = open_archive(tmp_path / "m.db")
    yield a
    a.close()


def _open(archive, as_of: str = "2021-01-01") -> dict[str, str]:  # noqa: ANN001
    return {v.id: v.status for v in list_items(archive, ItemFilter("action", None, as_of=as_of))}


def test_ids_are_stable_when_unrelated_text_changes(archive) -> None:  # noqa: ANN001
    first = _record("a" * 64, "2020-12-15", [_action("MMR zajistí studii proveditelnosti.", 4)])
    archive.store_record(first, "/x/z.docx", "v1")
    ids = set(_open(archive))
    edited = replace(first, source=replace(first.source, sha256="b" * 64),
                     actions=(_action("MMR zajistí studii proveditelnosti.", 7),))
    archive.store_record(edited, "/x/z.docx", "v1")
    assert set(_open(archive)) == ids
    assert archive.query("SELECT COUNT(*) FROM documents")[0][0] == 1


def test_manual_edit_survives_reingest(archive) -> None:  # noqa: ANN001
    rec = _record("a" * 64, "2020-12-15", [_action("MMR zajistí studii proveditelnosti.")])
    archive.store_record(rec, "/x/z.docx", "v1")
    (item_id,) = _open(archive)
    edit_item(archive, item_id, {"status": "done"}, "hotovo dle e-mailu", "tajemnice")
    archive.store_record(rec, "/x/z.docx", "v2")
    view = list_items(archive, ItemFilter("action", None, as_of="2030-01-01"))[0]
    assert (view.id, view.status, view.notes) == (item_id, "done", ("hotovo dle e-mailu",))


def test_abbreviation_joins_series_and_reports_link(archive) -> None:  # noqa: ANN001
    archive.store_record(_record("a" * 64, "2020-12-15", [_action("MPO připraví analýzu pokrytí 5G.")]),
                         "/x/1.docx", "v1")
    later = _record("b" * 64, "2021-03-01", [replace(_action("Analýza pokrytí 5G – splněno.", due=None),
                                                     status="splněno")],
                    series="PS SC", abbreviations=())
    archive.store_record(later, "/x/2.docx", "v1")
    assert archive.query("SELECT COUNT(*) FROM series")[0][0] == 1
    with archive.transaction() as c:
        retrack_series(c, 1)
    assert sorted(_open(archive).values()) == ["done"]


def test_second_rendering_of_a_meeting_is_not_counted_twice(archive) -> None:  # noqa: ANN001
    act = [_action("MMR zajistí studii proveditelnosti.")]
    archive.store_record(_record("a" * 64, "2020-12-15", act, fmt="pdf"), "/x/z.pdf", "v1")
    archive.store_record(_record("b" * 64, "2020-12-15", act, fmt="docx"), "/x/z.docx", "v1")
    assert archive.query("SELECT COUNT(*) FROM meetings")[0][0] == 1
    assert archive.query("SELECT d.format FROM meetings m JOIN documents d ON d.id = m.document_id")[0][0] == "docx"
    assert len(_open(archive)) == 1


@pytest.mark.parametrize(("owner_query", "found"), [("zezulkova", 1), ("Zezůlkovou", 1), ("ZEZŮLKOVÉ", 1),
                                                     ("Bízková", 0)])
def test_owner_filter_ignores_case_diacritics_and_inflection(archive, owner_query: str, found: int) -> None:  # noqa: ANN001
    rec = _record("a" * 64, "2020-12-15", [_action("Ředitelka připraví podklady.", owner="Marie Zezůlková")])
    archive.store_record(rec, "/x/z.docx", "v1")
    assert len(list_items(archive, ItemFilter("action", None, owner=owner_query))) == found


def test_overdue_as_of(archive) -> None:  # noqa: ANN001
    archive.store_record(_record("a" * 64, "2020-12-15", [_action("MMR zajistí studii.", due="2021-03-31")]),
                         "/x/z.docx", "v1")
    assert list(_open(archive, "2021-04-01").values()) == ["overdue"]
    assert list(_open(archive, "2021-03-31").values()) == ["open"]


def test_schema_is_versioned_and_foreign_keys_on(archive) -> None:  # noqa: ANN001
    assert archive.query("PRAGMA user_version")[0][0] >= 1
    assert archive.query("PRAGMA foreign_keys")[0][0] == 1
    assert archive.query("PRAGMA journal_mode")[0][0] == "wal"


def test_dates_in_the_series_name_do_not_split_a_series(archive) -> None:  # noqa: ANN001
    for i, name in enumerate(["Výbor 31. 3", "Výbor 16. 6.", "Výbor"], start=1):
        rec = _record(str(i) * 64, f"2022-0{i}-01", [], series=name, abbreviations=(), title=f"Výbor {i}")
        archive.store_record(rec, f"/x/{i}.md", "v1")
    assert [r[0] for r in archive.query("SELECT name FROM series")] == ["Výbor"]


@pytest.mark.parametrize(("names", "series"), [
    (["Board of Selectmen", "Alderford Board of Selectmen"], 1),        # the town written in front: one body
    (["Board of Selectmen", "Town of Alderford Board of Selectmen"], 1),
    (["Board of Selectmen", "Alderford Board of Selectmen", "Brookfield Board of Selectmen"], 2),  # two towns
    (["Planning Board", "Alderford Planning Board"], 2),               # two words are too little to tell
    (["Board of Selectmen", "Finance Committee"], 2),
])
def test_a_body_named_with_its_town_joins_its_series(archive, names: list[str], series: int) -> None:  # noqa: ANN001
    for i, name in enumerate(names, start=1):
        rec = _record(str(i) * 64, f"2022-0{i}-01", [], series=name, abbreviations=(), title=f"{name} {i}")
        archive.store_record(rec, f"/x/{i}.docx", "v1")
    assert archive.query("SELECT COUNT(*) FROM series")[0][0] == series


@pytest.mark.parametrize(("bodies", "series"), [
    ([("Rada města Hradiště", ("RM",)), ("Rada města Lhota", ("RM",))], 2),    # one abbreviation, two towns
    ([("Pracovní skupina pro Smart Cities", ("PS SC",)), ("PS SC", ())], 1),  # the abbreviation alone joins
    ([("Finanční výbor Zastupitelstva města Lhota", ("FV",)), ("Finanční výbor", ("FV",))], 1),
])
def test_a_shared_abbreviation_joins_only_compatible_names(archive, bodies: list[tuple[str, tuple[str, ...]]],
                                                          series: int) -> None:  # noqa: ANN001
    for i, (name, abbreviations) in enumerate(bodies, start=1):
        rec = _record(str(i) * 64, f"2022-0{i}-01", [], series=name, abbreviations=abbreviations, title=f"{name} {i}")
        archive.store_record(rec, f"/x/{i}.docx", "v1")
    assert archive.query("SELECT COUNT(*) FROM series")[0][0] == series


def test_edits_follow_a_reworded_sentence_and_orphans_are_reported(archive) -> None:  # noqa: ANN001
    rec = _record("a" * 64, "2020-12-15", [_action("Tom to put the end-of-life notice in the release notes."),
                                           _action("Jo to order stickers for the conference booth.", 2)])
    archive.store_record(rec, "/x/z.md", "v1")
    ids = {v.text[:3]: v.id for v in list_items(archive, ItemFilter("action", None))}
    edit_item(archive, ids["Tom"], {"status": "cancelled"}, None, "secretary")
    edit_item(archive, ids["Jo "], {"status": "done"}, None, "secretary")
    reworded = replace(rec, source=replace(rec.source, sha256="b" * 64), actions=(
        _action("Tom to put the end-of-life notice into the release notes."),
        _action("Completely different sentence about the budget for next year.", 2)))
    archive.store_record(reworded, "/x/z.md", "v1")
    views = {v.text[:3]: v for v in list_items(archive, ItemFilter("action", None))}
    assert views["Tom"].status == "cancelled" and views["Tom"].id != ids["Tom"]
    assert archive.orphaned_edits == [ids["Jo "]]
