"""Owner resolution's buckets (owner_buckets): every person `name_matches` pairs with a form, either way, is
among the candidates the buckets give, in the people's order; a person of another name is not."""

from __future__ import annotations

import pytest

from minutes_nlp.extract.entities import Entities
from minutes_nlp.extract.owner_buckets import PeopleBuckets
from minutes_nlp.extract.result import Person
from minutes_nlp.nlp.stem import name_matches

PEOPLE = {
    "cs": ["Jana Nováková", "Petr Novák", "Ing. Karel Dvořák", "Marie Zezůlková", "Tomáš Svoboda-Malý",
           "Eva Horáčková"],
    "en": ["Margaret A. Delaney", "Tom Hughes", "Giulia Santoro", "Marco Santoro", "Aroha Tipene",
           "Jean-Paul Martin"],
}
FORMS = {
    "cs": ["Novákové", "Nováka", "p. Novák", "Dvořákovi", "Zezůlkovou", "Svobodovi", "Malý", "Horáčkové",
           "Kubíček", "Jana", "N"],
    "en": ["Delaney", "Hughes's", "Santoro", "Mr Santoro", "Tipene", "Martin", "Paul", "Smith", "T Hughes"],
}


def _entities(lang: str) -> Entities:
    return Entities(people=tuple(Person(n) for n in PEOPLE[lang]))


@pytest.mark.parametrize(("lang", "form"), [(lang, f) for lang, forms in FORMS.items() for f in forms])
def test_buckets_keep_every_match(lang: str, form: str) -> None:
    entities = _entities(lang)
    expected = [p for p in entities.people
                if name_matches(form, p.name, lang) or name_matches(p.name.split()[-1], form, lang)]
    got = PeopleBuckets(entities, lang).matching(form)
    assert [p for p in got if p in expected] == expected
    assert got == [p for p in entities.people if p in got]  # the people's own order


@pytest.mark.parametrize(("lang", "form", "absent"), [
    ("cs", "Dvořákovi", "Jana Nováková"),
    ("en", "Delaney", "Tom Hughes"),
])
def test_buckets_leave_out_other_names(lang: str, form: str, absent: str) -> None:
    assert absent not in {p.name for p in PeopleBuckets(_entities(lang), lang).matching(form)}
