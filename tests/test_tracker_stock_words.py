"""Genre stock words (tracker/stock.py): the paperwork, service and place nouns every body's minutes use, the
formula of a deferred answer and the form of a question are never topic evidence on their own."""

from __future__ import annotations

import pytest

from minutes_nlp.tracker.answers import answers_question_before
from minutes_nlp.tracker.keys import is_header_line
from minutes_nlp.tracker.mentions import keys
from minutes_nlp.tracker.stock import stock_keys, topic_words


def _shared(a: str, b: str, lang: str) -> tuple[str, ...]:
    return tuple(sorted(keys(a, lang) & keys(b, lang)))


@pytest.mark.parametrize(("lang", "word"), [
    ("en", "report"), ("en", "reports"), ("en", "policy"), ("en", "service"), ("en", "by-law"), ("en", "options"),
    ("en", "information"), ("en", "proposal"), ("en", "consultation"), ("en", "care"),
    ("en", "calls"), ("en", "town"), ("en", "borough"), ("en", "procedure"),
    ("cs", "zpráva"), ("cs", "zprávu"), ("cs", "informace"), ("cs", "materiál"), ("cs", "návrh"), ("cs", "služby"),
    ("cs", "řešení"), ("cs", "podklady"), ("cs", "stanovisko"), ("cs", "možnosti"), ("cs", "problematika"),
    ("cs", "přehled"), ("cs", "města"), ("cs", "obce"), ("cs", "varianty"),
])
def test_stock_word_is_known(lang: str, word: str) -> None:
    assert keys(word, lang) <= stock_keys(lang)


@pytest.mark.parametrize(("lang", "item", "later"), [
    ("en", "The Clerk to report back on options for the car park.", "The Treasurer reported on the audit."),
    ("en", "Officers to circulate the revised lettings policy.", "The safeguarding policy was adopted."),
    ("en", "Staff to bring a by-law on short-term rentals.", "The parking by-law was given third reading."),
    ("en", "Report on calls for service at the harbour.", "Calls for service rose in the winter."),
    ("en", "Officers agreed to provide a written response.", "A written response on the bus shelter was sent."),
    ("en", "It was asked whether the hall could open later.", "A resident asked about the grit bins."),
    ("cs", "Tajemník připraví zprávu o stavu hřiště.", "Zpráva o hospodaření byla vzata na vědomí."),
    ("cs", "Odbor předloží návrh řešení parkování.", "Návrh rozpočtu byl schválen."),
    ("cs", "Starosta zajistí informace o sociálních službách.", "Informace o svozu odpadu byla podána."),
    ("cs", "Místostarosta odpoví písemně.", "Písemná odpověď na dotaz k osvětlení byla odeslána."),
    ("cs", "Dotaz, zda město opraví lávku.", "Dotaz na termín plesu města."),
])
def test_only_stock_words_shared_is_no_topic(lang: str, item: str, later: str) -> None:
    shared = _shared(item, later, lang)
    assert shared  # the pair does share words ...
    assert topic_words(shared, lang) == ()  # ... none of them evidence of a topic


@pytest.mark.parametrize(("lang", "item", "later"), [
    ("en", "Staff to report back on the boathouse lease.", "The report on the boathouse lease was received."),
    ("en", "Officers to provide a written response on the pothole repairs.",
     "A written response on the pothole repairs was circulated."),
    ("en", "Update the Academic Misconduct Procedure web page.", "The Academic Misconduct Procedure was updated."),
    ("cs", "Odbor připraví zprávu o stavu chodníku v Lipové.", "Zpráva o stavu chodníku v Lipové byla předložena."),
    ("cs", "Místostarosta odpoví písemně k pokácení lip.", "Písemná odpověď k pokácení lip byla odeslána."),
])
def test_topic_shared_besides_stock_words_counts(lang: str, item: str, later: str) -> None:
    what = topic_words(_shared(item, later, lang), lang)
    assert what
    assert not set(what) & stock_keys(lang)


@pytest.mark.parametrize(("lang", "before", "reply", "expected"), [
    ("cs", "Paní Malá se zajímala, jakou kapacitu má nová jídelna.", "Ředitel odpověděl, že 120 strávníků.", True),
    ("cs", "Pan Beneš se dotázal, zda bude opraven most.", "Starosta odpověděl, že v létě.", True),
    ("cs", "Radní se ptala, kolik stála oprava střechy.", "Tajemník sdělil, že 2 mil. Kč.", True),
    ("cs", "Pan Beneš se dotázal, zda bude opraven most.",
     "K dotazu z minulého jednání starosta sdělil, že chodník bude hotov v září.", False),
    ("cs", "Starosta informoval o stavu rozpočtu.", "Starosta odpověděl, že chodník bude hotov.", False),
    ("en", "Cllr Moss asked whether the library would reopen.", "The Clerk confirmed that it would.", True),
    ("en", "A resident enquired how the grit bins were refilled.", "The Clerk replied that the county did it.", True),
    ("en", "A member wanted to know when the audit would finish.", "The Treasurer replied that in May.", True),
    ("en", "Cllr Moss asked whether the library would reopen.",
     "In answer to the question raised at the last meeting, the Clerk confirmed the fence was repaired.", False),
    ("en", "The Chair welcomed the new members.", "The Clerk replied that the bins were emptied.", False),
])
def test_reply_after_a_question_in_its_paragraph_answers_that_one(lang: str, before: str, reply: str,
                                                                  expected: bool) -> None:
    assert answers_question_before(reply, f"{before} {reply}", lang) is expected


@pytest.mark.parametrize(("lang", "row", "expected"), [
    ("cs", "Ing. Jana Malá\tMinisterstvo zemědělství\tvedoucí oddělení evaluací", True),
    ("cs", "Mgr. Petr Dvořák\tKraj\tčlen s hlasovacím právem", True),
    ("cs", "Bc. Eva Černá\tSekretariát\tzapisovatelka", True),
    ("cs", "Ing. Jana Malá\tPředložit přehled výdajů\t30. 6. 2025", False),  # a task row: its deadline
    ("cs", "Oprava lávky\tstarosta\tsplněno", False),
    ("en", "Dr Anna Reed\tUniversity Hospital\tMedical Director", True),
    ("en", "Cllr Tom Hale\tNorth Ward\tChair", True),
    ("en", "Cllr Tom Hale\tCirculate the play area survey\t14 March 2025", False),
])
def test_members_table_row_is_no_news(lang: str, row: str, expected: bool) -> None:
    assert is_header_line(row, lang) is expected
