"""Czech name declension: every case form of real Czech surnames and given names back to the nominative.

The table (tests/data/cs_name_forms.json) lists each lemma with its seven case forms; the test cases are
generated from it, so adding a name there adds seven cases here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutes_nlp.nlp import declension
from minutes_nlp.nlp.declension import Cue
from minutes_nlp.textutil import fold

TABLE = json.loads((Path(__file__).parent / "data" / "cs_name_forms.json").read_text(encoding="utf-8"))
CASES = TABLE["cases"]
AMBIGUOUS = set(TABLE["ambiguous"])


def _rows(section: str) -> list[tuple[str, str, str, str]]:
    return [(gender, lemma, case, form)
            for gender, names in TABLE[section].items()
            for lemma, forms in names.items()
            for case, form in zip(CASES, forms, strict=True)]


SURNAMES = _rows("surnames")
FIRST_NAMES = _rows("first_names")


def test_table_is_large_enough() -> None:
    assert len(SURNAMES) >= 300
    assert all(len(forms) == 7 for names in TABLE["surnames"].values() for forms in names.values())


@pytest.mark.parametrize(("gender", "lemma", "case", "form"), SURNAMES)
def test_surname_lemma_is_a_candidate(gender: str, lemma: str, case: str, form: str) -> None:
    assert lemma in [c.lemma for c in declension.candidates(form)]


@pytest.mark.parametrize(("gender", "lemma", "case", "form"), SURNAMES)
def test_surname_chosen_with_case_and_gender(gender: str, lemma: str, case: str, form: str) -> None:
    known = frozenset({fold(lemma)}) if form in AMBIGUOUS else frozenset()
    assert declension.choose(form, Cue(case, gender, known)).lemma == lemma


@pytest.mark.parametrize(("gender", "lemma", "case", "form"), FIRST_NAMES)
def test_first_name_forms(gender: str, lemma: str, case: str, form: str) -> None:
    assert declension.first_name(form, Cue(case, gender)) == (lemma, gender)


@pytest.mark.parametrize(("form", "kwargs", "expected"), [
    ("Jirmana", {}, "Jirmana"),  # alone, the nominative reading of a masculine -a name wins
    ("Jirmana", {"case": "gen"}, "Jirman"),  # "na dotaz P. Jirmana"
    ("Jirmana", {"known": ["Jirman"]}, "Jirman"),  # the nominative is seen elsewhere
    ("Zezůlkové", {}, "Zezůlková"),
    ("Koppitze", {}, "Koppitz"),
    ("Vlčka", {"case": "gen"}, "Vlček"),
    ("Dvořáka", {"case": "gen"}, "Dvořák"),
    ("Siebert", {}, "Siebert"),
    ("Novákové-Dvořákové", {}, "Nováková-Dvořáková"),
])
def test_lemmatize_with_context(form: str, kwargs: dict, expected: str) -> None:
    assert declension.lemmatize(form, **kwargs) == expected


@pytest.mark.parametrize(("before", "case"), [
    (["Na", "dotaz"], "gen"), (["s"], "ins"), (["dle"], "gen"), (["k"], "dat"), (["vedení"], "gen"),
    (["jednání", "bylo"], None),
])
def test_case_cue(before: list[str], case: str | None) -> None:
    assert declension.case_cue(before) == case


@pytest.mark.parametrize(("after", "gender"), [
    (["odpověděla", "že"], "f"), (["zahájila"], "f"), (["zdůraznil", "že"], "m"), ([",", "že", "pravidla"], None),
])
def test_gender_cue(after: list[str], gender: str | None) -> None:
    assert declension.gender_cue(after) == gender


@pytest.mark.parametrize("word", ["Bílina", "Karlovy", "Koncepce", "Vlček"])
def test_not_first_names(word: str) -> None:
    assert declension.first_name(word) is None


@pytest.mark.parametrize(("first", "surname", "want"), [
    ("Petra", "Hájka", ("Petr", "Hájek")),
    ("Tomáše", "Kučeru", ("Tomáš", "Kučera")),
    ("Janu", "Novákovou", ("Jana", "Nováková")),
    ("Jana", "Vlčka", ("Jan", "Vlček")),
])
def test_choose_pair(first: str, surname: str, want: tuple[str, str]) -> None:
    pair = declension.choose_pair(first, surname)
    assert pair is not None
    assert (pair[0].lemma, pair[1].lemma) == want


def test_ovi_is_a_masculine_ending() -> None:
    cue = Cue("gen", "f", frozenset({"kratochvil"}))
    assert declension.choose("Kratochvílovi", cue).lemma == "Kratochvíl"
