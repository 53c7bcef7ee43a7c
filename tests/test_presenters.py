"""Presenters: openers named by initials or by a role in a remark, first names written out, one opener."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.agenda import extract_agenda
from minutes_nlp.extract.presenter_names import full_name


def _doc(*blocks: tuple[str, str]):
    builder = DocumentBuilder(Source("x.docx", "0", "docx"))
    for kind, text in blocks:
        builder.add(BlockKind(kind), text)
    return builder.build()


def _opening(header: str, body: str):
    return _doc(("paragraph", header), ("heading", "1. Welcome and apologies"), ("paragraph", body),
                ("heading", "2. AOB"), ("paragraph", "None."))


@pytest.mark.parametrize(("header", "body", "presenters"), [
    ("Present: Ann Lee (AL), Tom Ward (TW)", "AL welcomed everyone and noted apologies.", ("Ann Lee",)),
    ("Present: Ann Lee (AL), Tom Ward (TW)", "AL opened the meeting at 10:00 and welcomed Tom Ward.", ("Ann Lee",)),
    ("Present: Ann Lee (AL), Tom Ward (TW)", "TW chaired in AL's absence.", ("Tom Ward",)),
    ("Present: Ann Lee (Director, Chair), Tom Ward", "The Chair welcomed Tom Ward to his first meeting.",
     ("Ann Lee",)),
])
def test_who_opened_the_meeting(header: str, body: str, presenters: tuple[str, ...]) -> None:
    assert extract_agenda(_opening(header, body), "en")[0].presenters == presenters


def test_role_in_the_remark_of_a_table_row() -> None:
    builder = DocumentBuilder(Source("x.docx", "0", "docx"))
    builder.add_table([["Name", "Organisation", "Role"], ["Ann Lee", "City Council", "Director (Chair)"],
                       ["Tom Ward", "City Council", "Finance Lead"]])
    for kind, text in (("heading", "1. Welcome"), ("paragraph", "The Chair welcomed Tom Ward."),
                       ("heading", "2. AOB"), ("paragraph", "None.")):
        builder.add(BlockKind(kind), text)
    assert extract_agenda(builder.build(), "en")[0].presenters == ("Ann Lee",)


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("Sam", "Present: Sam Whitby (Project Manager), Ann Lee. Sam presented the change.", "Sam Whitby"),
    ("Sam", "Present: Sam Whitby, Sam Jones. Sam presented the change.", "Sam"),  # two people: as written
    ("Lena", "Guests: Lena (Hartwell Analytics). Lena presented.", "Lena"),  # no surname written anywhere
    ("Whitby", "Present: Sam Whitby. Whitby presented.", "Sam Whitby"),
])
def test_first_name_alone_written_out(name: str, text: str, expected: str) -> None:
    assert full_name(name, text, frozenset({"sam", "ann", "lena"})) == expected


@pytest.mark.parametrize(("entry", "presenters"), [
    ("Delivery update (TW / AL)", ("Tom Ward", "Ann Lee")),
    ("Delivery update (TW)", ("Tom Ward",)),
    ("Delivery update (TW / XY)", ()),  # initials nobody is known by: nobody guessed
    ("Delivery update (Sam (PM))", ("Sam Hale",)),
])
def test_presenters_from_the_agenda_list_at_the_top(entry: str, presenters: tuple[str, ...]) -> None:
    doc = _doc(("paragraph", "Present: Ann Lee (AL), Tom Ward (TW), Sam Hale"), ("paragraph", "Agenda"),
               ("list_item", "Welcome"), ("list_item", entry),
               ("heading", "1. Welcome"), ("paragraph", "Introductions were made."),
               ("heading", "2. Delivery update"), ("paragraph", "The release is on track."))
    assert extract_agenda(doc, "en")[1].presenters == presenters


@pytest.mark.parametrize(("blocks", "presenters"), [
    ((("paragraph", "Přítomni: Ing. Jana Malá, předsedkyně; Petr Kos"),
      ("paragraph", "Jednání zahájila a řídila předsedkyně výboru Ing. Malá."),
      ("heading", "1. Zahájení a schválení programu"), ("paragraph", "Program byl schválen.")), ("Jana Malá",)),
    ((("paragraph", "Přítomni: Ing. Jana Malá, předsedkyně; Petr Kos"),
      ("heading", "1. Zahájení a schválení programu"),
      ("paragraph", "Předsedkyně přednesla návrh programu, který byl schválen.")), ("Jana Malá",)),
    ((("paragraph", "Přítomni: Ing. Jana Malá, předsedkyně; Petr Kos"),
      ("heading", "1. Zahájení a schválení programu"), ("paragraph", "Program byl schválen.")), ()),
])
def test_opening_item_presented_by_who_opened_or_presented(blocks: tuple, presenters: tuple[str, ...]) -> None:
    doc = _doc(*blocks, ("heading", "2. Různé"), ("paragraph", "Nic."))
    assert extract_agenda(doc, "cs")[0].presenters == presenters


@pytest.mark.parametrize(("body", "presenters"), [
    ("Tajemník MěÚ představil harmonogram přípravy rozpočtu.", ("Pavel Beneš",)),
    ("Tajemník OÚ představil harmonogram přípravy rozpočtu.", ("Pavel Beneš",)),
    ("MěÚ představil harmonogram přípravy rozpočtu.", ()),  # an office's abbreviation is nobody
])
def test_role_with_the_office_abbreviation(body: str, presenters: tuple[str, ...]) -> None:
    doc = _doc(("paragraph", "Host: Mgr. Pavel Beneš – tajemník MěÚ"), ("heading", "1. Rozpočet"),
               ("paragraph", body), ("heading", "2. Různé"), ("paragraph", "Nic."))
    assert extract_agenda(doc, "cs")[0].presenters == presenters
