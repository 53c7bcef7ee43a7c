"""Absentees given in two places: a labelled line (or a status mark in a list) names some, the attendance
register table marks others. Real minutes do both (apologies received before the meeting in a line, the rest
marked in the register): every one of them is absent, each once. Rows are invented, not corpus text."""

from __future__ import annotations

import pytest
from docbuild import Block, blocks_doc
from docbuild import heading as _h
from docbuild import para as _p
from docbuild import table as _t

from minutes_nlp.extract import metadata

ROWS: list[tuple[str, str, tuple[Block, ...], set[str]]] = [
    ("en-apologies-line-and-register", "en",
     (_h("Minutes of the Finance Committee"), _p("Apologies: Ann Poe"),
      _t(["Member", "Role", "Attendance"], ["Jane Doe", "Chair", "Present"], ["Mark Roe", "Member", "Absent"],
         ["Lee Hart", "Member", "Present"])),
     {"Ann Poe", "Mark Roe"}),
    ("cs-omluveni-and-register", "cs",
     (_h("Zápis z jednání finančního výboru"), _p("Omluvena: Ing. Eva Malá"),
      _t(["Člen", "Funkce", "Účast"], ["Ing. Jan Novák", "předseda", "přítomen"],
         ["Petr Dvořák", "člen", "nepřítomen"], ["Mgr. Jana Horká", "členka", "přítomna"])),
     {"Eva Malá", "Petr Dvořák"}),
    ("en-same-person-in-both-once", "en",
     (_h("Minutes of the Finance Committee"), _p("Apologies: Mark Roe"),
      _t(["Member", "Role", "Attendance"], ["Jane Doe", "Chair", "Present"], ["Mark Roe", "Member", "Apologies"])),
     {"Mark Roe"}),
    ("en-register-only", "en",
     (_h("Minutes of the Finance Committee"),
      _t(["Member", "Role", "Attendance"], ["Jane Doe", "Chair", "Present"], ["Mark Roe", "Member", "Absent"])),
     {"Mark Roe"}),
    ("en-nobody-absent", "en",
     (_h("Minutes of the Finance Committee"), _p("Present: Jane Doe, Mark Roe")),
     set()),
]


@pytest.mark.parametrize(("lang", "blocks", "absent"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_absentees_from_a_line_and_the_register_are_all_absent(lang: str, blocks: tuple[Block, ...],
                                                               absent: set[str]) -> None:
    meeting = metadata.extract_meeting(blocks_doc(*blocks), lang)
    assert set(meeting.absent) == absent
