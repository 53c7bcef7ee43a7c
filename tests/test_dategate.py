"""The gate only skips searches that would fail: a text a pattern matches is always admitted."""

from __future__ import annotations

import re

import pytest

from minutes_nlp.extract import dategate
from minutes_nlp.extract.dates import _rules


@pytest.mark.parametrize(("pattern", "flags", "text"), [
    (r"(?<!\w)(?:ledna|února)\s+\d{4}", re.IGNORECASE, "do ÚNORA 2025"),
    (r"\bzajist(i|ime)\b", 0, "starosta zajisti opravu"),
    (r"Q\s?[1-4]", re.IGNORECASE, "by q3"),
    (r"(?-i:May)\s+\d", re.IGNORECASE, "May 5"),
    (r"strasse", re.IGNORECASE, "STRAſSE"),  # "ſ" is an "s" to re.IGNORECASE
    (r"istanbul", re.IGNORECASE, "İSTANBUL"),
])
def test_a_matching_text_is_admitted(pattern: str, flags: int, text: str) -> None:
    rx = re.compile(pattern, flags)
    assert rx.search(text)
    assert dategate.gate(rx).admits(dategate.profile(text))


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?<!\w)(?:ledna|února)\s+\d{4}", "do konce roku"),
    (r"\d+\.\s?\d+\.", "bez data"),
    (r"\b(will|shall)\s+(send|circulate)\b", "the clerk sent it"),
])
def test_a_text_without_the_needed_words_is_not_searched(pattern: str, text: str) -> None:
    assert not dategate.gate(re.compile(pattern, re.IGNORECASE)).admits(dategate.profile(text))


def test_a_part_the_reader_does_not_know_needs_nothing() -> None:
    rx = re.compile(r"[a-z]+(?=x)|(?:abc)?")
    assert dategate.gate(rx).clauses == ()


def test_a_long_text_is_always_searched() -> None:
    assert dategate.profile("x" * 10_000) is None
    assert dategate.gate(re.compile("needle")).admits(None)


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "Termín: do 31. 3. 2025, nejpozději do konce dubna, na příštím jednání."),
    ("en", "Clerk to circulate by 14 May 2025, before the end of Q2 FY2026, at the next meeting."),
])
def test_no_date_rule_is_skipped_where_it_matches(lang: str, text: str) -> None:
    pieces = dategate.profile(text)
    for rule in _rules(lang)[0]:
        if rule.pattern.search(text):
            assert rule.gate.admits(pieces), rule.name
