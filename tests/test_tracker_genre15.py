"""Round 15 inventory, from knowledge of real minutes, of three conventions a series' follow-up depends on:

- a body's name written with "&" in one set of minutes and with the conjunction in another ("Parks & Leisure
  Committee" in a running header, "Parks and Leisure Committee" in the title): one series;
- a date written day/month/year with a leading zero ("06/03/24", "dne 05/11/2024") is a date, while register
  numbers of resolutions and tasks ("4/3/2021", "RM/813/2022") count without one;
- a matters-arising entry headed by its topic ("Play area fencing: JT had not yet had a quote"): the label is
  the matter, the person after the colon is whose news it is, even when the topic is a body that owns a task.

Negative rows: two bodies whose names differ by more than the sign, names differing only by a conjunction with no
sign on either side, resolution numbers with a label, unpadded register numbers, a speaker's own report line and a
label followed by no person. Names and sentences are invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from minutes_nlp.extract.result import MeetingInfo, MeetingRecord, SourceInfo
from minutes_nlp.store import open_archive
from minutes_nlp.tracker.numbers import task_key
from minutes_nlp.tracker.owners import OwnerPrefixes


def _series_of(tmp_path: Path, names: Sequence[str], lang: str) -> list[str]:
    """Meetings of the given series names, a month apart, in one folder each; the series each was filed in."""
    archive = open_archive(tmp_path / "m.db")
    try:
        for i, name in enumerate(names, start=1):
            record = MeetingRecord(source=SourceInfo(f"/m{i}/{i}.docx", f"{i:064d}", "docx", 2), language=lang,
                                   meeting=MeetingInfo(title=f"Minutes {i}", series=name, date=f"2025-{i:02d}-10"))
            archive.store_record(record, f"/m{i}/{i}.docx", "v1")
        return [str(r[0]) for r in archive.query("SELECT series_id FROM meetings ORDER BY date")]
    finally:
        archive.close()


AMPERSAND = [
    ("en-parks", "en", "Parks and Leisure Committee", "Parks & Leisure Committee", True),
    ("en-town-pair", "en", "Kelbury & Moss Parish Council", "Kelbury and Moss Parish Council", True),
    ("en-three-words", "en", "Audit, Risk & Governance Committee", "Audit, Risk and Governance Committee", True),
    ("cs-vybor", "cs", "Výbor pro kulturu a sport", "Výbor pro kulturu & sport", True),
    ("en-other-body", "en", "Parks & Leisure Committee", "Parks and Planning Committee", False),
    ("en-other-town", "en", "Kelbury & Moss Parish Council", "Kelbury and Hale Parish Council", False),
    ("en-conjunction-only", "en", "Finance and Audit Committee", "Finance Audit Committee", False),
    ("cs-jina-komise", "cs", "Komise pro školství & mládež", "Komise pro dopravu a mládež", False),
]


@pytest.mark.parametrize(("lang", "first", "second", "same"),
                         [pytest.param(la, a, b, s, id=i) for i, la, a, b, s in AMPERSAND])
def test_ampersand_and_conjunction_name_one_body(tmp_path: Path, lang: str, first: str, second: str,
                                                 same: bool) -> None:
    ids = _series_of(tmp_path, [first, second], lang)
    assert (ids[0] == ids[1]) is same


DATES = [
    ("en-on-padded", "The clerk wrote on 04/02/25 and a reply came a week later.", None),
    ("en-padded-long-year", "Quotes received 09/01/2025 from two contractors.", None),
    ("cs-dne-padded", "Objednávka byla odeslána dne 06/03/2024.", None),
    ("en-range", "Report for the period 13/01/25 – 09/02/25: four incidents.", None),
    ("cs-usneseni", "Usnesení č. 4/3/2021 bylo splněno.", "4/3/21"),
    ("cs-register", "RM/813/2022 – trvá, termín posunut.", "813/22"),
    ("cs-ukol-rok", "Úkol č. 5/2021 se plní průběžně.", "5/21"),
    ("en-resolution-unpadded", "Resolution 12/7/2024 was implemented in full.", "12/7/24"),
    ("cs-ukol-padded", "Úkol 03/02/2025 trvá.", "3/2/25"),
]


@pytest.mark.parametrize(("text", "key"), [pytest.param(t, k, id=i) for i, t, k in DATES])
def test_a_padded_date_is_no_task_number(text: str, key: str | None) -> None:
    assert task_key(text) == key


OWNERS = ("Jana Thornton", "Rossvale Housing Trust", "Petr Malina", "Okafor Consulting", "David Lee")
SPEAKERS = [
    ("en-topic-no-owner", "en", "Play area fencing: JT had not yet had a quote. Carried forward.", None),
    ("en-body-topic", "en", "Rossvale Housing Trust: JT wrote to them on 2 May; no reply yet.", "Jana Thornton"),
    ("en-body-topic-surname", "en", "Okafor Consulting: Mr Lee chased the invoice. Closed.", "David Lee"),
    ("cs-body-topic", "cs", "Rossvale Housing Trust: PM zaslal dopis, odpověď nepřišla.", "Petr Malina"),
    ("en-own-line", "en", "Jana Thornton: quote received, fencing ordered.", "Jana Thornton"),
    ("en-body-reports", "en", "Rossvale Housing Trust: the repairs were completed in April.", "Rossvale Housing Trust"),
    ("cs-own-line", "cs", "Petr Malina: podklady rozeslány všem členům.", "Petr Malina"),
    ("en-self-named-again", "en", "Jana Thornton: JT will circulate the plan.", "Jana Thornton"),
    ("en-unknown-after", "en", "Okafor Consulting: Highways confirmed the closure.", "Okafor Consulting"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), [pytest.param(la, t, s, id=i) for i, la, t, s in SPEAKERS])
def test_a_matters_arising_label_is_the_topic_when_a_person_follows(lang: str, text: str,
                                                                  speaker: str | None) -> None:
    assert OwnerPrefixes(OWNERS).speaker(text, "", lang) == speaker
