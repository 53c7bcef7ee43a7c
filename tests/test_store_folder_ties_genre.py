"""Genre inventory: how one body's minutes name it differently from meeting to meeting, and what is named alike
but is another body. A folder is one archive of one body; a meeting joins the folder's only series when its name
leaves words out inside the series' name, names the governing organ bare under the organisation's name, or is
the assembly of the organisation whose executive the series is (the executive reports on its resolutions)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from minutes_nlp.extract.result import MeetingInfo, MeetingRecord, SourceInfo
from minutes_nlp.store import open_archive
from minutes_nlp.store.folder_ties import ties

TIED = [
    # words left out inside the name: the front (body and whose) and the place kept
    ("Porada starostů obcí ORP Dubnice", "Porada starostů obcí správního obvodu ORP Dubnice", "cs"),
    ("Porada vedení odboru dopravy Kraje Y", "Porada vedení odboru dopravy a silničního hospodářství Kraje Y", "cs"),
    ("Kolegium ředitele krajského úřadu Kraje Y", "Kolegium ředitele úřadu Kraje Y", "cs"),
    ("Joint Consultative Committee Oakfield", "Joint Consultative Committee of Staff and Management Oakfield", "en"),
    # the governing organ named bare under the organisation's letterhead
    ("Board of Trustees", "Millbrook Community Trust", "en"),
    ("Board of Directors", "Harbour Housing Association Board", "en"),
    ("Představenstvo", "Představenstvo Vodovody Podhůří a.s.", "cs"),
    ("Výbor", "Výbor Spolku přátel Starého Mlýna", "cs"),
    # an assembly and its executive, of one organisation
    ("Shromáždění vlastníků Společenství vlastníků jednotek Lipová 12",
     "Výbor Společenství vlastníků jednotek Lipová 12", "cs"),
    ("Valná hromada Spolku rodičů při ZŠ Horní", "Výbor Spolku rodičů při ZŠ Horní", "cs"),
    ("Annual General Meeting of the Eastfield Allotment Society", "Committee of the Eastfield Allotment Society", "en"),
]

APART = [
    ("Audit Committee", "Finance Committee", "en"),  # peer committees differ in a qualifier
    ("Finanční výbor Zastupitelstva obce Z", "Kontrolní výbor Zastupitelstva obce Z", "cs"),
    ("Dozorčí rada", "Představenstvo", "cs"),  # two organs, neither named with the organisation
    ("Dozorčí rada", "Představenstvo Vodovody Podhůří a.s.", "cs"),  # a qualified organ is another organ
    ("Committee", "Finance Committee", "en"),  # a qualifier names which committee
    ("Kick-off meeting", "Steering Committee", "en"),  # an event is no body
    ("Rada města Hradiště", "Rada města Lhota", "cs"),  # two towns
    ("Porada starostů obcí ORP Dubnice", "Porada starostů obcí správního obvodu ORP Lhota", "cs"),  # another place
    ("Komise Rady města Lhota", "Komise pro životní prostředí Rady města Lhota", "cs"),  # the commission's name cut
    # an assembly of one organisation, the executive of another
    ("Valná hromada Spolku rodičů při ZŠ Horní", "Výbor Spolku rodičů při ZŠ Dolní", "cs"),
    ("Finance Committee", "Annual General Meeting", "en"),  # no organisation named: nothing ties them
    ("Výbor pro výchovu a vzdělávání Zastupitelstva Kraje Y", "Zastupitelstvo Kraje Y", "cs"),  # no assembly pair
]


@pytest.mark.parametrize(("a", "b", "lang"), TIED)
def test_names_of_one_body_tie(a: str, b: str, lang: str) -> None:
    assert ties(a, b, lang) and ties(b, a, lang)


@pytest.mark.parametrize(("a", "b", "lang"), APART)
def test_names_of_two_bodies_do_not_tie(a: str, b: str, lang: str) -> None:
    assert not ties(a, b, lang) and not ties(b, a, lang)


def _store(tmp_path: Path, meetings: Sequence[tuple[str, str, int | None]], lang: str) -> int:
    archive = open_archive(tmp_path / "m.db")
    for i, (folder, name, number) in enumerate(meetings, start=1):
        record = MeetingRecord(source=SourceInfo(f"/{folder}/{i}.docx", f"{i:064d}", "docx", 2), language=lang,
                               meeting=MeetingInfo(title=f"Zápis {i}", series=name, number=number,
                                                   date=f"2025-{i:02d}-10"))
        archive.store_record(record, f"/{folder}/{i}.docx", "v1")
    count = int(archive.query("SELECT COUNT(*) FROM series")[0][0])
    archive.close()
    return count


@pytest.mark.parametrize(("meetings", "lang", "series"), [
    ([("svj", "Výbor Společenství vlastníků jednotek Lipová 12", 1),
      ("svj", "Shromáždění vlastníků Společenství vlastníků jednotek Lipová 12", None),
      ("svj", "Výbor Společenství vlastníků jednotek Lipová 12", 3)], "cs", 1),
    ([("trust", "Millbrook Community Trust", None), ("trust", "Board of Trustees", None),
      ("trust", "Board of Trustees", None), ("trust", "Millbrook Community Trust", None)], "en", 1),
    # the same names in two folders: two archives
    ([("a", "Millbrook Community Trust", None), ("b", "Board of Trustees", None)], "en", 2),
    # a folder already holding two series ties nothing more to either
    ([("town", "Audit Committee", None), ("town", "Finance Committee", None), ("town", "Committee", None)], "en", 3),
])
def test_a_folders_meeting_joins_its_only_series_when_the_names_tie(tmp_path: Path, meetings, lang: str,  # noqa: ANN001
                                                                      series: int) -> None:
    assert _store(tmp_path, meetings, lang) == series
