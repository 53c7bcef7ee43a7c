"""Questions: asker, answerer, answered and the answer text."""

from __future__ import annotations

from pathlib import Path

import pytest
from items_support import doc_from_lines, entities_for, gold_agenda, gold_entities, gold_meeting, load_gold

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import MeetingInfo
from minutes_nlp.loaders.dispatch import load

PEOPLE = {"Petr Novák": ["p. Nováka", "P. Novák", "p. Novák"], "Eva Malá": ["pí Malá", "E. Malá", "Eva Malá"],
          "Jane Smith": ["Jane Smith", "Jane"], "Tom Reed": ["Tom Reed", "Tom"]}


def _questions(lang: str, lines: list[str]):
    doc = doc_from_lines(*lines)
    return extract_items(doc, lang, MeetingInfo(), [], entities_for(doc, PEOPLE, {"MZe": ["MZe"]})).questions


@pytest.mark.parametrize(("lang", "lines", "asker", "answerer", "answered"), [
    ("cs", ["Na dotaz p. Nováka ohledně rozpočtu odpověděla pí Malá, že je schválen."], "Petr Novák", "Eva Malá",
     True),
    ("cs", ["Dotaz p. Nováka na termín zodpovězen pí Malá ve smyslu, že v březnu."], "Petr Novák", "Eva Malá", True),
    ("cs", ["P. Novák se dotázal, zda bude dotace prodloužena.", "E. Malá odpověděla, že ano."], "Petr Novák",
     "Eva Malá", True),
    ("cs", ["Na dotaz MZe je odpovězeno kladně."], "MZe", None, True),
    ("cs", ["P. Novák se dotázal na stav žádosti. Odpověď bude zaslána písemně."], "Petr Novák", None, False),
    ("en", ["Jane Smith asked whether the grant had been paid.", "Tom Reed confirmed that it had."], "Jane Smith",
     "Tom Reed", True),
    ("en", ["In response to a question from Jane, Tom explained the delay."], "Jane Smith", "Tom Reed", True),
    ("en", ["Jane asked about the venue; Tom will report back."], "Jane Smith", None, False),
])
def test_question_patterns(lang: str, lines: list[str], asker: str, answerer: str | None, answered: bool) -> None:
    qs = _questions(lang, lines)
    assert len(qs) == 1
    q = qs[0]
    assert (q.asker, q.answerer, q.answered) == (asker, answerer, answered)


@pytest.mark.parametrize(("lang", "line"), [
    ("cs", "Dotazy nebyly vzneseny."),
    ("cs", "Diskuse proběhla bez dotazů."),
    ("en", "The chair asked members to send comments by Friday."),
    ("en", "There were no further questions."),
])
def test_not_questions(lang: str, line: str) -> None:
    assert _questions(lang, [line]) == ()


def test_seed_questions(seed_dir: Path) -> None:
    gold = load_gold(seed_dir / "gold.json")
    doc = load(seed_dir / "000_b6ab1fcc00502021.txt")
    qs = extract_items(doc, "cs", gold_meeting(gold), gold_agenda(doc, gold), gold_entities(doc, gold)).questions
    assert len(qs) == 3
    for g in gold["questions"]:
        q = next(q for q in qs if g["anchor"] in q.text)
        assert (q.asker, q.answerer, q.answered) == (g["asker"], g["answerer"], g["answered"])


def test_asked_whether_then_a_promise_to_report_back_is_open() -> None:
    qs = _questions("en", ["Jane Smith asked whether the auditors had confirmed the date. "
                           "Tom Reed said he would check and report back."])
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [("Jane Smith", "Tom Reed", False)]


def test_direct_question_in_a_speaker_line() -> None:
    qs = _questions("en", ["- Jane: MapCamp has offered us a stand. Do we have enough people to staff it?",
                           "- Tom: yes, Tom Reed and I can go."])
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [("Jane Smith", "Tom Reed", True)]
