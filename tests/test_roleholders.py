"""Role holders: a task given to a role ("Z: velitel MP") belongs to the one member listed with that role."""

from __future__ import annotations

import pytest

from minutes_nlp.extract.roleholders import holder_of

_LISTED = [("Jiří Sedláček", "velitel Městské policie Ždánov"), ("Pavel Mach", "velitel JSDH Ždánov nad Loučkou"),
           ("Jan Bednář", "vedoucí odboru životního prostředí MěÚ"), ("Vladimír Šimek", "tajemník MěÚ"),
           ("Radim Koubek", "velitel stanice HZS Kraje Vysočina"), ("Eva Malá", None)]


@pytest.mark.parametrize(("ref", "holder"), [
    ("velitel MP", "Jiří Sedláček"),  # the body by the initials of its words
    ("velitel JSDH Ždánov nad Loučkou", "Pavel Mach"),  # the body as written
    ("vedoucí OŽP", "Jan Bednář"),
    ("tajemníkovi MěÚ zpracovat soupis škod", "Vladimír Šimek"),  # the role word in the dative, then the task
    ("velitel", None),  # three commanders: no guessing
    ("vedoucí odboru investic", None),  # another department's head is not listed
    ("starosta MěÚ", None),
])
def test_a_role_reference_names_its_one_listed_holder(ref: str, holder: str | None) -> None:
    assert holder_of(ref, _LISTED) == holder
