"""Numbered sub-items under their parent item ("6.1 Risk report" under "6. Reports"): agenda items of their own,
numbered as written; decimal paragraph numbers of running text and sub-numbers of another item are not."""

from __future__ import annotations

import pytest
from docbuild import blocks_doc as _doc

from minutes_nlp.extract.agenda import agenda_item_at, extract_agenda

_TEXT = "The item was discussed and noted."
_CS_TEXT = "Bod byl projednán a vzat na vědomí."


def _items(blocks: list[tuple[str, str]], lang: str) -> list[tuple[str | None, str, int]]:
    return [(i.number, i.title, i.level) for i in extract_agenda(_doc(*blocks), lang)]


@pytest.mark.parametrize(("lang", "parent", "subs", "expected"), [
    ("en", "6. Reports", ["6.1 Risk management report", "6.2 Cyber security update"],
     [("6.1", "Risk management report"), ("6.2", "Cyber security update")]),
    ("en", "6. Reports", ["6.1. Annual financial statements", "6.2. Internal audit plan"],
     [("6.1", "Annual financial statements"), ("6.2", "Internal audit plan")]),
    ("en", "6. Reports", ["6.1 – Treasury report", "6.2 – Workforce report"],
     [("6.1", "Treasury report"), ("6.2", "Workforce report")]),
    ("en", "6. Reports", ["Item 6.1 Planning applications", "Item 6.2 Highways"],
     [("6.1", "Planning applications"), ("6.2", "Highways")]),
    ("en", "6. Reports", ["6a) Finance report", "6b) Clerk's report"],
     [("6a", "Finance report"), ("6b", "Clerk's report")]),
    ("en", "6. Reports", ["6 (a) Finance report", "6 (b) Clerk's report"],
     [("6(a)", "Finance report"), ("6(b)", "Clerk's report")]),
    ("en", "6. General business", ["6.1 Annual work plan"], [("6.1", "Annual work plan")]),
    ("cs", "3. Rozpočet", ["3.1 Rozpočtové opatření č. 2/2025", "3.2 Střednědobý výhled rozpočtu"],
     [("3.1", "Rozpočtové opatření č. 2/2025"), ("3.2", "Střednědobý výhled rozpočtu")]),
    ("cs", "3. Majetkové záležitosti", ["3.1. Prodej pozemku p. č. 125/4", "3.2. Pronájem nebytových prostor"],
     [("3.1", "Prodej pozemku p. č. 125/4"), ("3.2", "Pronájem nebytových prostor")]),
    ("cs", "3. Různé", ["Bod 3.1 – Dotace spolkům", "Bod 3.2 – Oprava komunikace"],
     [("3.1", "Dotace spolkům"), ("3.2", "Oprava komunikace")]),
    ("cs", "3. Různé", ["3a) Dotace spolkům", "3b) Oprava komunikace"],
     [("3a", "Dotace spolkům"), ("3b", "Oprava komunikace")]),
])
def test_sub_items_are_items_after_their_parent(lang: str, parent: str, subs: list[str],
                                                 expected: list[tuple[str, str]]) -> None:
    text = _CS_TEXT if lang == "cs" else _TEXT
    blocks = [("heading", "1. Zahájení" if lang == "cs" else "1. Welcome"), ("paragraph", text),
              ("heading", parent), ("paragraph", text)]
    for sub in subs:
        blocks += [("heading", sub), ("paragraph", text)]
    blocks += [("heading", "9. Závěr" if lang == "cs" else "9. Close"), ("paragraph", text)]
    got = _items(blocks, lang)
    parent_number = parent.split(".")[0]
    assert [(n, t) for n, t, level in got if level == 2] == expected
    assert [n for n, _t, _level in got] == ["1", parent_number, *[n for n, _t in expected], "9"]


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "6.1 The Committee RECEIVED a report from the Head of Finance on the outturn."),  # a minute paragraph
    ("en", "6.1 Risk register: the Manager reported that two risks had been added"),  # run in after a colon
    ("en", "7.1 Fleet review"),  # a number of another item
    ("en", "6.1 update on the fleet review"),  # no title: lower case
    ("cs", "6.1 Zastupitelstvo obce schvaluje rozpočet obce na rok 2026."),  # a sentence
    ("cs", "6.30 hod. zahájení"),  # a time
])
def test_lines_that_are_not_sub_items(lang: str, line: str) -> None:
    blocks = [("heading", "1. Welcome"), ("paragraph", _TEXT), ("heading", "6. Reports"), ("paragraph", line),
              ("paragraph", _TEXT), ("heading", "7. Close"), ("paragraph", _TEXT)]
    assert [n for n, _t, _level in _items(blocks, lang)] == ["1", "6", "7"]


def test_parent_keeps_only_its_own_text() -> None:
    doc = _doc(("heading", "1. Welcome"), ("paragraph", _TEXT), ("heading", "6. Reports"),
               ("paragraph", "Members noted the reports below."), ("heading", "6.1 Risk report"),
               ("paragraph", "Ms Ann Lee presented the risk report."), ("heading", "7. Close"), ("paragraph", _TEXT))
    items = extract_agenda(doc, "en")
    assert [(i.number, i.presenters) for i in items] == [("1", ()), ("6", ()), ("6.1", ("Ann Lee",)), ("7", ())]
    assert agenda_item_at(items, 5).number == "6.1"  # type: ignore[union-attr]
    assert agenda_item_at(items, 3).number == "6"  # type: ignore[union-attr]
