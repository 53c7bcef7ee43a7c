"""Where a question is asked and by whom: a pronoun or dropped subject carried from the paragraph, task lines
that are nobody's turn, and lines that ask nothing (a task to ask, a question recalled)."""

from __future__ import annotations

import pytest
from items_support import _mentions, doc_from_lines

from minutes_nlp.document import Document
from minutes_nlp.extract.entities import Entities
from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import MeetingInfo, Person

PEOPLE = {"Eva Malá": (["Mgr. Malá", "Eva Malá"], "f"), "Karel Jirout": (["Ing. Jirout"], "m"),
          "Claire Vautrin": (["Claire"], "f"), "Tom Reed": (["Tom"], "m"), "Jan Novák": (["Ing. Novák"], "m")}


def _entities(doc: Document) -> Entities:
    return Entities(tuple(Person(name, _mentions(doc, forms + [name]), gender=g)
                          for name, (forms, g) in PEOPLE.items()))


def _questions(lang: str, *lines: str):
    doc = doc_from_lines(*lines)
    return extract_items(doc, lang, MeetingInfo(), [], _entities(doc)).questions


@pytest.mark.parametrize(("lang", "line", "asker"), [
    ("cs", "Mgr. Malá uvedla, že nemocnice leží mimo záplavové území. Dotázala se, kudy povede příjezd sanitek.",
     "Eva Malá"),
    ("cs", "Ing. Jirout informoval o cisternách. Zásobování běží. Zeptal se, zda město přispěje na opravu.",
     "Karel Jirout"),
    ("cs", "Mgr. Malá uvedla, že voda klesá. Ing. Novák doplnil stav hrází. Dotázala se, kdy se otevře most.",
     "Eva Malá"),  # the verb's ending (-la) passes over the man named last
    ("en", "Claire said that the campaign would be tight. She asked whether the start could be shifted.",
     "Claire Vautrin"),
    ("en", "Claire said that the campaign would be tight. Tom noted the risk. She asked whether it could move.",
     "Claire Vautrin"),
])
def test_pronoun_or_dropped_subject_is_the_paragraphs_subject(lang: str, line: str, asker: str) -> None:
    qs = _questions(lang, line)
    assert [q.asker for q in qs] == [asker]


def test_no_subject_in_the_paragraph_leaves_the_asker_empty() -> None:
    qs = _questions("en", "The budget was discussed at length. He asked whether the reserve would suffice.")
    assert [q.asker for q in qs] == [None]


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["2.3\tPO to be asked about moving the trial start\tClaire\tDone"]),
    ("en", ["Regarding the question raised by Tom at the last meeting, Claire reported that the data are public."]),
])
def test_lines_that_ask_nothing(lang: str, lines: list[str]) -> None:
    assert _questions(lang, *lines) == ()


def test_a_task_line_after_a_question_is_no_answer() -> None:
    qs = _questions("en", "Tom asked whether a European provider was required.", "AP: KSA to circulate the plan.")
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [("Tom Reed", None, False)]


@pytest.mark.parametrize(("lines", "answered"), [
    (["Ing. Jirout se zeptal, zda bude zrušeno parkovné. Na dotaz nebylo odpovězeno, Ing. Novák jej odkázal na radu."],
     False),
    (["Ing. Jirout se zeptal, zda město přispěje. Ing. Novák odpověděl, že o tom rozhodne zastupitelstvo."], False),
    (["Ing. Jirout se zeptal, kdy bude projekt. Ing. Novák odpověděl, že v červnu; o příspěvku rozhodne rada."],
     True),  # a decision named in the answer's content does not defer it
    (["Ing. Jirout se zeptal na mzdy. Mgr. Malá uvedla, že dopady zatím nejsou vyčísleny."], False),
])
def test_referred_and_withheld_answers(lines: list[str], answered: bool) -> None:
    qs = _questions("cs", *lines)
    assert [q.answered for q in qs] == [answered]
    if not answered and "odkázal" in lines[0]:
        assert qs[0].answerer is None
