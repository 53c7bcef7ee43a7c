"""Speed rewrites that must not change a result: a grouped alternation matches what the flat one does, the
date-rule sieve admits what each gate admits, and a cue class answers a text again as it did the first time."""

from __future__ import annotations

import re

import pytest

from minutes_nlp.extract import cues, dategate
from minutes_nlp.extract.datevocab import alt, by_first_letter

_WORDS = ["přítomni", "předseda", "přítomen", "zapsal", "zapsala", "ověřil", "hosté", "omluveni", "p", "pan",
          "chair", "chaired by", "clerk", "co-opted", "apologies", "present", "in attendance"]


@pytest.mark.parametrize("text", [
    "Přítomni: Jan Novák, Eva Malá", "PŘEDSEDA: X", "  zapsala:  Iva", "Ověřil – Petr", "In  Attendance: Clerk",
    "Co-opted members: A", "chaired by the Mayor", "nikdo", "pan Novák; p. Malá", "", "Apologies:present",
])
@pytest.mark.parametrize("flags", [re.IGNORECASE, 0])
def test_a_grouped_alternation_matches_as_the_flat_one(text: str, flags: int) -> None:
    flat = alt(_WORDS)
    grouped = by_first_letter(flat)
    assert grouped != flat
    for shape in (r"(?<!\w)(?P<w>{})(?!\w)", r"(?:^|[;,\s])\s*(?P<w>{})\s*:"):
        a, b = re.compile(shape.format(flat), flags), re.compile(shape.format(grouped), flags)
        found = [[(m.span(), m.group("w")) for m in rx.finditer(text)] for rx in (a, b)]
        assert found[0] == found[1]


@pytest.mark.parametrize("alternation", [
    "(?!x)x",  # an empty word list
    "(?:k|\u212a)",  # the Kelvin sign is "k" under IGNORECASE: the order between them matters
    "(?:a[bc]|d)",  # not an alternation of plain words
])
def test_what_cannot_be_grouped_safely_stays_as_it_is(alternation: str) -> None:
    assert by_first_letter(alternation) == alternation


@pytest.mark.parametrize("text", ["do 31. 3. 2025", "Termín: konec dubna", "by 14 May", "bez data", "Q3 FY2026"])
def test_the_sieve_admits_what_each_gate_admits(text: str) -> None:
    patterns = [re.compile(p, re.IGNORECASE) for p in (r"\d+\.\s?\d+\.", r"(?:ledna|dubna)\s+\d{4}",
                                                       r"konec\s+(?:dubna|května)", r"q[1-4]\s+fy\d{4}", "[a-z]+")]
    gates = tuple(dategate.gate(p) for p in patterns)
    pieces = dategate.profile(text)
    assert dategate.Sieve(gates).passing(pieces) == [k for k, g in enumerate(gates) if g.admits(pieces)]
    assert dategate.Sieve(gates).passing(None) == list(range(len(patterns)))


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "starosta zajistí opravu chodníku do 30. 6."),
    ("en", "Clerk to circulate the draft budget by 14 May."),
    ("en", "The minutes were approved."),
])
def test_a_cue_class_answers_a_text_again_as_the_first_time(lang: str, text: str) -> None:
    folded = cues.fold_keep(text)
    for cls in cues.classes(lang, "action_cues"):
        first, again = cls.search(folded), cls.search(folded)
        assert (first and first.span()) == (again and again.span()) == ((m := cls._search(folded)) and m.span())
