"""Full names for people written in part: a first name alone is the one listed person who has it."""

from __future__ import annotations

import pytest

from minutes_nlp.extract import fullnames
from minutes_nlp.extract.result import Method, Person


@pytest.mark.parametrize(("lang", "name", "roster", "want"), [
    ("en", "Sam", ("Sam Whitby", "Ann Lee"), "Sam Whitby"),
    ("en", "Sam", ("Sam Whitby", "Sam Jones"), "Sam"),  # two Sams: left as written
    ("en", "Lee", ("Sam Whitby", "Ann Lee"), "Ann Lee"),  # a surname still comes first
    ("en", "Whitby", ("Whitby Sands",), "Whitby"),  # not a first name: no first-name lookup
    ("cs", "Jana", ("Jana Malá", "Petr Kos"), "Jana Malá"),
])
def test_first_name_alone_is_the_one_listed_person(lang: str, name: str, roster: tuple[str, ...],
                                                   want: str) -> None:
    person = Person(name, (), None, None, None, Method("rule:people", "1"), 0.8)
    assert [p.name for p in fullnames.complete([person], roster, tuple, lang)] == [want]
