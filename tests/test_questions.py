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


# --- council and committee minutes: answers by office holders, speaker lines, deferred answers ---

def _council_questions(lang: str, lines: list[str]):
    from items_support import entities_with_roles

    roles = {"Jana Horká": (["Jana Horká"], "starostka"), "Milan Rys": (["Milan Rys"], "místostarosta"),
             "Olga Vlková": (["Olga Vlková", "p. Vlková", "Paní Vlková"], None),
             "Ann Cole": (["Mrs Ann Cole"], "Parish Clerk"), "Ben Ortiz": (["Cllr Ortiz", "Cllr Ben Ortiz"], None),
             "Rob Hale": (["Mr Rob Hale"], None)}
    doc = doc_from_lines(*lines)
    return extract_items(doc, lang, MeetingInfo(date="2021-06-14"), [], entities_with_roles(doc, roles)).questions


@pytest.mark.parametrize(("lang", "lines", "asker", "answerer", "answered"), [
    ("cs", ["Paní Vlková se dotázala na opravu osvětlení.", "Starostka odpověděla, že oprava proběhne v červenci."],
     "Olga Vlková", "Jana Horká", True),
    ("cs", ["Paní Vlková se zeptala na svoz odpadu.", "Starostka odpoví písemně."], "Olga Vlková", "Jana Horká",
     False),
    ("cs", ["p. Vlková – dotaz, kdy bude dokončen chodník u školy.", "Starostka – chodník bude dokončen v prosinci."],
     "Olga Vlková", "Jana Horká", True),
    ("cs", ["Olga Vlková vznesla dotaz na opravu lávky, místostarosta odpověděl, že je v plánu na příští rok."],
     "Olga Vlková", "Milan Rys", True),
    ("cs", ["Paní Vlková se dotázala na kanalizaci.", "Na dotaz odpověděl místostarosta."], "Olga Vlková",
     "Milan Rys", True),
    ("cs", ["Olga Vlková: Kolik bude činit spoluúčast obce?", "Starostka: Spoluúčast bude 15 %."], "Olga Vlková",
     "Jana Horká", True),
    ("en", ["Mr Rob Hale asked when the new bins would be installed.",
            "The Clerk will report back at the next meeting."],
     "Rob Hale", "Ann Cole", False),
    ("en", ["Cllr Ortiz asked about the overspend on grounds maintenance.",
            "The RFO explained that it was due to storm damage."], "Ben Ortiz", None, True),
    ("en", ["Mr Rob Hale asked whether the footpath would be repaired.",
            "The Chairman replied that the works are in the summer programme."], "Rob Hale", None, True),
])
def test_council_questions_answered_by_office_holders(lang: str, lines: list[str], asker: str,
                                                      answerer: str | None, answered: bool) -> None:
    qs = _council_questions(lang, lines)
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [(asker, answerer, answered)]


@pytest.mark.parametrize(("lang", "lines", "asker", "answerer", "answered"), [
    ("cs", ["Paní Vlková se dotázala na stav opravy cesty.", "Starostka: Oprava je objednána na červen."],
     "Olga Vlková", "Jana Horká", True),
    ("cs", ["Olga Vlková: Ptám se, kdy bude opravena cesta ke hřbitovu.", "Místostarosta: V červnu."],
     "Olga Vlková", "Milan Rys", True),
    ("en", ["Mr Rob Hale asked about parking on the green.", "Clerk: the matter has been referred to the police."],
     "Rob Hale", "Ann Cole", True),
])
def test_a_speaker_line_answers_the_question_before_it(lang: str, lines: list[str], asker: str, answerer: str,
                                                      answered: bool) -> None:
    qs = _council_questions(lang, lines)
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [(asker, answerer, answered)]


@pytest.mark.parametrize(("lines", "asker", "answerer"), [
    (["p. Vlková – dotaz na opravu lávky – odpověď starostky: oprava proběhne v létě."], "Olga Vlková",
     "Jana Horká"),
    (["Paní Vlková požádala o vysvětlení navýšení poplatku.", "Starostka vysvětlila, že vzrostly náklady."],
     "Olga Vlková", "Jana Horká"),
])
def test_czech_question_and_answer_phrasings(lines: list[str], asker: str, answerer: str) -> None:
    qs = _council_questions("cs", lines)
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [(asker, answerer, True)]


@pytest.mark.parametrize(("line", "is_question"), [
    ("Cllr Ortiz asked the Clerk to obtain three quotes for the bench.", False),  # a request: an action
    ("Cllr Ortiz asked when the repairs to the wall would start.", True),
    ("Cllr Ortiz asked whether the Council intends to sell the land.", True),
])
def test_a_request_is_not_a_question(line: str, is_question: bool) -> None:
    assert len(_council_questions("en", [line])) == int(is_question)
