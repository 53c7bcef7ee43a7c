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
    (["jednání", "bylo"], None), (["Z:"], None), (["Z", ":"], None),  # "Z: Z. Růžička": a label, no preposition
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


@pytest.mark.parametrize(("form", "case", "gender", "want"), [
    # older Czech names, Slovak, Ukrainian (Czech transliteration) and Polish names used in Czechia
    ("Bohumilem", "ins", "m", "Bohumil"),
    ("Drahomíře", "dat", "f", "Drahomíra"),
    ("Vlastimila", "gen", "m", "Vlastimil"),
    ("Zdenky", "gen", "f", "Zdenka"),
    ("Blaženou", "ins", "f", "Blažena"),
    ("Horymíra", "gen", "m", "Horymír"),
    ("Věnceslavovi", "dat", "m", "Věnceslav"),
    ("Mahuleny", "gen", "f", "Mahulena"),
    ("Ľubomíra", "gen", "m", "Ľubomír"),
    ("Ľudmile", "dat", "f", "Ľudmila"),
    ("Oksaně", "dat", "f", "Oksana"),
    ("Oksanou", "ins", "f", "Oksana"),
    ("Tarasem", "ins", "m", "Taras"),
    ("Ihora", "gen", "m", "Ihor"),
    ("Mykolou", "ins", "m", "Mykola"),
    ("Tetjanou", "ins", "f", "Tetjana"),
    ("Agnieszce", "dat", "f", "Agnieszka"),
])
def test_newly_listed_first_names_decline(form: str, case: str, gender: str, want: str) -> None:
    assert declension.first_name(form, Cue(case, gender)) == (want, gender)


@pytest.mark.parametrize("word", [
    "Havla", "Urbana", "Ambrože", "Lorence", "Fridricha",  # inflected common surnames that equal rare given names
    "Silvestra", "Soběslavi", "Tam",  # a holiday, a town, an adverb
])
def test_surnames_and_words_are_not_first_names(word: str) -> None:
    assert declension.first_name(word) is None


@pytest.mark.parametrize("form", ["Milana", "Michala", "Štěpána", "Ľubomíra"])
def test_genitive_of_a_masculine_name_is_not_a_feminine_name(form: str) -> None:
    """Rare feminine names equal to the genitive of a common masculine one are not listed: without a cue,
    "Milana" is Milan's genitive."""
    assert declension.first_name(form, Cue("gen")) == (form[:-1], "m")
    assert all(c.gender == "m" for c in declension.first_name_readings(form))
