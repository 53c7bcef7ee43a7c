"""Question forms added in round 2, written from the genre (not from the corpus): the first of people answering
together, a pronoun reply naming no one, a reporting clause after the answer's content, a clause of the
question that carries an answer verb ("zda MF již potvrdilo"), and a reply that leaves the matter to another
body ("o tom rozhodne rada": withheld, not promised, so the replier answered)."""

from __future__ import annotations

import pytest
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import MeetingInfo

PEOPLE = {"Karel Novotný": ["Ing. Novotný", "Ing. Novotného", "Karel Novotný"],
          "Eva Malá": ["Mgr. Malá", "Mgr. Malé", "Eva Malá"],
          "Jan Černý": ["p. Černý", "p. Černého", "Jan Černý"],
          "Tom Hart": ["Tom Hart", "Mr Hart"], "Ann Bell": ["Ann Bell", "Ms Bell"], "Joe Fox": ["Joe Fox", "Mr Fox"]}
INSTS = {"MF": ["MF"], "SFŽP": ["SFŽP"], "NHSE": ["NHSE"]}


def _qs(lang: str, lines: list[str]) -> list[tuple[str | None, str | None, bool]]:
    doc = doc_from_lines(*lines)
    qs = extract_items(doc, lang, MeetingInfo(), [], entities_for(doc, PEOPLE, INSTS)).questions
    return [(q.asker, q.answerer, q.answered) for q in qs]


@pytest.mark.parametrize(("lang", "lines", "expected"), [
    ("cs", ["P. Černý se dotázal, zda je dotace ze SFŽP schválena.",
            "Zatím ne, rozhodnutí se čeká v září, dodal Ing. Novotný."], [("Jan Černý", "Karel Novotný", True)]),
    ("en", ["Mr Fox asked whether NHSE had approved the bid.", "NHSE had approved it in May, Ms Bell confirmed."],
     [("Joe Fox", "Ann Bell", True)]),
    ("en", ["Mr Fox asked whether the audit was complete.", "It was complete, Tom Hart said."],
     [("Joe Fox", "Tom Hart", True)]),
])
def test_a_reporting_clause_after_the_content_names_the_answerer(lang: str, lines: list[str], expected: list) -> None:
    assert _qs(lang, lines) == expected


@pytest.mark.parametrize(("lang", "lines", "expected"), [
    ("cs", ["P. Černý se zeptal, zda MF již potvrdilo výši alokace.", "Ing. Novotný odpověděl, že dosud ne."],
     [("Jan Černý", "Karel Novotný", True)]),
    ("en", ["Mr Fox asked whether NHSE had confirmed the allocation.", "Ms Bell replied that it had."],
     [("Joe Fox", "Ann Bell", True)]),
])
def test_an_answer_verb_inside_the_question_clause_answers_nothing(lang: str, lines: list[str], expected: list) -> None:
    assert _qs(lang, lines) == expected


@pytest.mark.parametrize(("lang", "lines", "expected"), [
    ("cs", ["Mgr. Malá se dotázala, zda lze akci rozdělit. Ing. Novotný a p. Černý shodně potvrdili, že ano."],
     [("Eva Malá", "Karel Novotný", True)]),
    ("en", ["Mr Fox asked whether the road would close. Ms Bell and Mr Hart confirmed that it would."],
     [("Joe Fox", "Ann Bell", True)]),
    ("en", ["Mr Fox asked Ms Bell whether the plan was funded; she confirmed that it was."],
     [("Joe Fox", "Ann Bell", True)]),
    ("en", ["Tom Hart was asked whether the post had been filled and confirmed that it had."],
     [(None, "Tom Hart", True)]),
])
def test_joint_and_pronoun_answerers(lang: str, lines: list[str], expected: list) -> None:
    assert _qs(lang, lines) == expected


@pytest.mark.parametrize("reply", [
    "Ing. Novotný uvedl, že o tom rozhodne rada kraje.",
    "Ing. Novotný odpověděl, že o tom rozhodnou zastupitelé v září.",
])
def test_a_matter_left_to_another_body_is_withheld_by_the_replier(reply: str) -> None:
    assert _qs("cs", ["P. Černý se dotázal, zda obec dostane příspěvek.", reply]) == [("Jan Černý", "Karel Novotný",
                                                                                          False)]


@pytest.mark.parametrize(("lang", "lines", "expected"), [
    ("cs", ["P. Černý se dotázal, zda bude chodník opraven. Mgr. Malá se zeptala, kdy začnou práce.",
            "Ing. Novotný odpověděl, že chodník bude opraven a práce začnou v květnu."],
     [("Jan Černý", "Karel Novotný", True), ("Eva Malá", "Karel Novotný", True)]),
    ("en", ["Mr Fox asked whether the library would stay open. Ms Bell asked when the consultation would end.",
            "Mr Hart said that the library would stay open and the consultation would end in June."],
     [("Joe Fox", "Tom Hart", True), ("Ann Bell", "Tom Hart", True)]),
    ("en", ["Mr Fox asked whether the library would stay open. Ms Bell asked when the consultation would end.",
            "Mr Hart said that it would end in June."],
     [("Joe Fox", None, False), ("Ann Bell", "Tom Hart", True)]),
])
def test_one_reply_to_two_questions_in_a_row(lang: str, lines: list[str], expected: list) -> None:
    assert _qs(lang, lines) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    (["Mgr. Malá se dotázala, zda lze projekt rozdělit do etap. Odpověď byla přesunuta do bodu 5.",
      "Různé.", "K dotazu Mgr. Malé z bodu 3 uvedl Ing. Novotný, že rozdělení je možné."],
     [("Eva Malá", "Karel Novotný", True)]),
    (["Mgr. Malá se dotázala, zda lze projekt rozdělit do etap.", "Ing. Novotný odpověděl, že ano.",
      "K dotazu Mgr. Malé p. Černý doplnil, že etapy musí být samostatně funkční."],
     [("Eva Malá", "Karel Novotný", True)]),
    (["K dotazu p. Černého z minulého zasedání Ing. Novotný sdělil, že smlouva byla podepsána."], []),
])
def test_a_reply_naming_the_asker_answers_the_question_recorded_earlier(lines: list[str], expected: list) -> None:
    assert _qs("cs", lines) == expected
