"""Caches added for speed that must not change a result: the document text worked out once, the presenter rule
that names the one person a document gives with a role answering again as it did the first time, re's own cache
large enough to keep the rules' fixed patterns, and a whole-word search that finds what the spelled-out
pattern found."""

from __future__ import annotations

import dataclasses
import gc
import re

import pytest
from docbuild import blocks_doc, heading, para, table

from minutes_nlp.extract import cues, owners
from minutes_nlp.extract.entities import Entities
from minutes_nlp.extract.presenter_names import named_with
from minutes_nlp.extract.result import Institution
from minutes_nlp.ingest import ingest
from minutes_nlp.store import open_archive
from minutes_nlp.textutil import RE_CACHE, cached_rx


def test_the_document_text_is_worked_out_once_and_follows_a_replaced_document() -> None:
    doc = blocks_doc(heading("Zápis z jednání"), para("Přítomni: Karel Vrba, Ivana Pokorná"),
                     table(["Úkol", "Termín"], ["Zaslat podklady", "31. 5."]))
    text = doc.text
    assert doc.text is text
    assert text == "\n".join(b.text for b in doc.blocks)
    assert all(text[b.start:b.end] == b.text for b in doc.blocks)
    shorter = dataclasses.replace(doc, blocks=doc.blocks[:1])
    assert shorter.text == doc.blocks[0].text  # a new document, its own text
    assert doc.text is text  # the original keeps its own


@pytest.mark.parametrize(("phrase", "text", "expected"), [
    ("Finance Officer", "Present: Maud Feltham, Finance Officer; Cllr Ray Dunmore.", "Maud Feltham"),
    ("vedoucí odboru", "Ing. Tereza Hronková, vedoucí odboru, předložila zprávu.", "Tereza Hronková"),
    ("Town Clerk", "Town Clerk Oliver Brandt read the minutes.", "Oliver Brandt"),
    ("Town Clerk", "The Town Clerk read the minutes.", None),  # nobody named with it
    ("Town Clerk", "Present: Ann Lowe, Town Clerk; Bill Crane, Town Clerk.", None),  # two people: no one
    ("Treasurer", "The budget was approved.", None),  # the phrase is not in the text
    ("Head, Finance", "Ann Lowe, Head, Finance", None),  # a phrase with a comma is no role phrase
])
def test_named_with_answers_again_as_the_first_time(phrase: str, text: str, expected: str | None) -> None:
    first = named_with(phrase, text, "en" if phrase[0].isupper() else "cs")
    assert first == expected
    assert named_with(phrase, text, "en" if phrase[0].isupper() else "cs") == first


def test_fixed_patterns_stay_in_res_cache_while_document_patterns_come_and_go() -> None:
    fixed = re.compile(r"(?<=\d)\s*(?:Kč|CZK)\b")
    for k in range(700):  # more patterns of a document's own words than re's default cache keeps
        cached_rx(rf"(?<!\w)Surname{k}(?!\w)")
    assert re.compile(r"(?<=\d)\s*(?:Kč|CZK)\b") is fixed
    assert getattr(re, "_MAXCACHE", RE_CACHE) >= RE_CACHE


def _inst(name: str, full: str | None = None, aliases: tuple[str, ...] = ()) -> Institution:
    return Institution(name=name, full_name=full, aliases=aliases)


@pytest.mark.parametrize(("text", "found"), [
    ("MŽP – Pracovní skupina pro vodu", "MŽP"),
    ("Ministerstvo životního prostředí – porada", "MŽP"),  # by its full name, folded
    ("Porada SFŽP a krajů", "SFŽP"),
    ("Porada MŽPX", None),  # a longer word is not the acronym
    ("Porada zástupců obcí", None),
    ("Board of the Harbour Trust (HT)", "HT"),
    ("Porada HTA a obcí", None),  # the letters inside a longer word
])
def test_an_institution_named_in_a_running_header(text: str, found: str | None) -> None:
    ents = Entities(institutions=(_inst("MŽP", "Ministerstvo životního prostředí"), _inst("SFŽP"),
                                  _inst("HT", aliases=("Harbour Trust",))))
    assert owners._named_in(text, ents) == found


_LIST = (re.compile(r"(?<!\w)(?:zajisti|zajistí|provede)(?!\w)"), re.compile(r"(?<!\w)will\s+(?:send|circulate)\b"),
         re.compile(r"\bdo\s+\d{1,2}\.\s*\d{1,2}\."))


def _first(pats: tuple[re.Pattern[str], ...], text: str) -> tuple[int, int] | None:
    return next((m.span() for p in pats if (m := p.search(text))), None)


@pytest.mark.parametrize("texts", [
    ["starosta zajisti opravu", "the clerk will circulate the notes", "bez ukolu", "termin do 15. 6.",
     "the clerk will circulate the notes", "starosta zajisti opravu", "bez ukolu", "do 15. 6. zajistí tajemník",
     "do 15. 6. zajistí tajemník"],
    ["", "will", "will send", "zajistí", "do 1. 2.", "will send", ""],
])
def test_a_cue_list_answers_a_sentence_again_as_it_did_the_first_time(texts: list[str]) -> None:
    other = tuple(reversed(_LIST))  # another list with the same patterns keeps answers of its own
    for text in texts:
        for pats in (_LIST, other):
            m = cues.any_match(pats, text)
            assert (m.span() if m else None) == _first(pats, text)


def test_ingest_leaves_the_garbage_collector_as_it_found_it(corpus_copy, tmp_path) -> None:  # noqa: ANN001
    """`ingest` freezes what its process loaded once after the first document (speed), and thaws it on return."""
    folder = corpus_copy(["cs-spolek/cs-spolek-01.md", "cs-spolek/cs-spolek-02.md", "cs-spolek/cs-spolek-03.md"])
    archive = open_archive(tmp_path / "a.db")
    before = gc.get_freeze_count()
    report = ingest(archive, [folder], jobs=1)
    assert report.count("new") == 3
    assert gc.get_freeze_count() == before
    assert [r["title"] is not None for r in archive.conn.execute("SELECT title FROM meetings")] == [True] * 3
    archive.close()
