"""Questions: genre conventions of programme boards, committees and construction meetings (telegraphic
questions with no asker, answers deferred "offline", perfective promises that leave a question open)."""

from __future__ import annotations

import pytest
from docbuild import blocks_doc
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import MeetingInfo

PEOPLE = {"Petr Novák": ["P. Novák", "p. Novák"], "Eva Malá": ["E. Malá", "Eva Malá"],
          "Jane Smith": ["Jane Smith", "Jane"], "Tom Reed": ["Tom Reed", "Tom"]}


def _questions(lang: str, lines: list[str]):
    doc = doc_from_lines(*lines)
    return extract_items(doc, lang, MeetingInfo(), [], entities_for(doc, PEOPLE, {"MZe": ["MZe"]})).questions


@pytest.mark.parametrize(("lines", "answerer", "answered"), [
    (["Query raised on whether the archive can be migrated in stages – to be picked up offline."], None, False),
    (["Question raised about the licence renewal terms.", "Tom Reed confirmed that the licence renews yearly."],
     "Tom Reed", True),
    (["Queries raised regarding the hosting costs; to be taken offline."], None, False),
])
def test_a_query_raised_with_nobody_named_asks(lines: list[str], answerer: str | None, answered: bool) -> None:
    qs = _questions("en", lines)
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [(None, answerer, answered)]


@pytest.mark.parametrize(("reply", "answerer", "answered"), [
    ("Tom Reed said this depends on the reporting tool, which the vendor has not yet confirmed.", "Tom Reed", False),
    ("Tom Reed said that the figures would be picked up offline.", None, False),  # only promised
    ("Tom Reed answered that it covers staff costs, although the funder had not yet confirmed the rate.", "Tom Reed",
     True),
    ("Tom Reed said that the dashboard was offline for two hours last week.", "Tom Reed", True),
])
def test_an_answer_that_waits_on_something_unknown_is_open(reply: str, answerer: str | None, answered: bool) -> None:
    qs = _questions("en", ["Jane Smith asked whether the dashboard would show weekly figures.", reply])
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [("Jane Smith", answerer, answered)]


@pytest.mark.parametrize(("reply", "answerer", "answered"), [
    ("E. Malá odpověděla, že údaj ověří u správce.", None, False),
    ("E. Malá uvedla, že se na tuto otázku informuje u krajského úřadu.", None, False),
    ("E. Malá odpověděla, že harmonogram upřesní po jednání s dodavatelem.", None, False),
    ("E. Malá uvedla, že se k tomu odbor vyjádří písemně.", None, False),
    ("E. Malá odpověděla, že odhad nákladů zatím nemá.", "Eva Malá", False),  # withheld, not promised
    ("E. Malá uvedla, že podrobný rozpis předloží na příštím zasedání.", None, False),
    ("E. Malá odpověděla, že ano, a do příštího jednání připraví podrobnější přehled.", "Eva Malá", True),
    ("E. Malá odpověděla, že hřiště bude otevřeno celoročně.", "Eva Malá", True),
])
def test_czech_promise_to_find_out_leaves_the_question_open(reply: str, answerer: str | None, answered: bool) -> None:
    qs = _questions("cs", ["P. Novák se dotázal, zda bude hřiště otevřeno i v zimě.", reply])
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [("Petr Novák", answerer, answered)]


@pytest.mark.parametrize(("reply", "answerer"), [("E. Malá uvedla, že na tuto otázku odpoví příště.", None),
                                                ("Na tento dotaz reagovala E. Malá.", "Eva Malá"),
                                                ("E. Malá se na danou otázku informuje u kraje.", None)])
def test_a_reference_back_to_the_question_asks_nothing(reply: str, answerer: str | None) -> None:
    qs = _questions("cs", ["P. Novák se dotázal, kolik bude stát oprava chodníku.", reply])
    assert [(q.asker, q.answerer) for q in qs] == [("Petr Novák", answerer)]


@pytest.mark.parametrize(("lang", "line", "asked"), [
    ("cs", "Dotaz na stavební úřad ke změně dispozice – splněno, viz bod 4.", 0),
    ("cs", "Dotaz na krajský úřad ohledně dotace – trvá.", 0),
    ("en", "Query to the regulator on retention periods – closed.", 0),
    ("cs", "Dotaz na starostu – kdy bude opravena lávka?", 1),
])
def test_a_task_control_line_about_a_query_asks_nothing(lang: str, line: str, asked: int) -> None:
    assert len(_questions(lang, [line])) == asked


@pytest.mark.parametrize(("lang", "lines"), [
    ("cs", ["P. Novák se dotázal, zda ministerstvo uhradí náklady.", "MZe odpoví do příštího jednání."]),
    ("cs", ["P. Novák se dotázal na termín dotace; E. Malá odpoví písemně."]),
    ("en", ["Jane Smith asked whether the hall could open on Sundays.",
            "Tom Reed said the Board had not discussed it, and Eva Malá will look into the costs and respond "
            "at the next meeting."]),
    ("en", ["Jane Smith asked whether the hall could open on Sundays.",
            "Tom Reed said that Eva Malá would respond at the next meeting."]),
])
def test_a_deferred_answer_has_no_answerer(lang: str, lines: list[str]) -> None:
    """Corpus convention: the promise is an action of whoever made it; nobody has answered yet."""
    qs = _questions(lang, lines)
    assert [(q.answerer, q.answered) for q in qs] == [(None, False)]


@pytest.mark.parametrize(("lang", "reply", "answerer", "answered"), [
    ("en", "Tom Reed agreed to provide a written response.", None, False),
    ("en", "Tom Reed said that the regulator had not yet set a date.", "Tom Reed", False),  # withheld, not promised
    ("en", "Tom Reed answered that the grant is 75 percent, but the funder has not yet confirmed the rest.", "Tom Reed",
     True),
    ("cs", "Tom Reed uvedl, že se k otázce vrátí po jednání s ministerstvem.", None, False),
    ("cs", "Tom Reed uvedl, že jednání probíhají a odpověď přinese na příští jednání.", None, False),
])
def test_answers_promised_for_later(lang: str, reply: str, answerer: str | None, answered: bool) -> None:
    ask = "Jane Smith asked whether the grant is secured." if lang == "en" else "Jane Smith se zeptala na dotaci."
    qs = _questions(lang, [ask, reply])
    assert [(q.answerer, q.answered) for q in qs] == [(answerer, answered)]


@pytest.mark.parametrize(("lang", "reply"), [
    ("cs", "Ing. Eva Malá z Ministerstva zemědělství České republiky (MZe) sdělila, že dotace je schválena."),
    ("en", "Eva Malá from the Ministry of Agriculture of the Czech Republic said that the grant was approved."),
])
def test_a_person_named_with_their_body_answers(lang: str, reply: str) -> None:
    doc = doc_from_lines("Petr Novák se zeptal na dotaci." if lang == "cs" else "Petr Novák asked about the grant.",
                         reply)
    insts = {"MZe": ["MZe", "Ministerstva zemědělství České republiky",
                     "Ministry of Agriculture of the Czech Republic"]}
    qs = extract_items(doc, lang, MeetingInfo(), [], entities_for(doc, PEOPLE, insts)).questions
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [("Petr Novák", "Eva Malá", True)]


@pytest.mark.parametrize(("lang", "line", "asker"), [
    ("en", "A Director queried whether the loan needed the bank's consent.", None),
    ("en", "The Director queried whether the loan needed the bank's consent.", "Jane Smith"),
    ("cs", "Jeden z místostarostů se dotázal, zda půjčka potřebuje souhlas banky.", None),
    ("cs", "Místostarosta se dotázal, zda půjčka potřebuje souhlas banky.", "Milan Rys"),
])
def test_an_office_named_with_an_indefinite_article_is_nobody_in_particular(lang: str, line: str,
                                                                            asker: str | None) -> None:
    from items_support import entities_with_roles

    roles = {"Jane Smith": (["Jane Smith"], "Director"), "Milan Rys": (["Milan Rys"], "místostarosta")}
    doc = doc_from_lines(line)
    qs = extract_items(doc, lang, MeetingInfo(), [], entities_with_roles(doc, roles)).questions
    assert [q.asker for q in qs] == [asker]


@pytest.mark.parametrize(("lang", "reply", "answerer", "answered"), [
    # an answer with content, then a further promise about that content: answered, the promise is an action
    ("en", "Tom Reed confirmed that it would, and undertook to send the full report to members by May.", "Tom Reed",
     True),
    ("en", "Tom Reed said that a hardship fund was planned, details of which would be reported at the next meeting.",
     "Tom Reed", True),
    ("cs", "E. Malá odpověděla, že ano, a přislíbila zaslat členům podrobný rozpis do konce měsíce.", "Eva Malá",
     True),
    ("cs", "E. Malá odpověděla, že obec zvažuje zřízení fondu, o jehož podobě bude výbor informovat později.",
     "Eva Malá", True),
    # the content withholds the answer or the promise is the answer itself: still deferred
    ("en", "Tom Reed was not sure of the figure, and undertook to report back.", None, False),
    ("en", "Tom Reed said that the costs were not yet known, and undertook to circulate them.", None, False),
    ("cs", "E. Malá uvedla, že rozhodnutí zatím nepadlo, a odpověď zašle písemně.", None, False),
    ("cs", "E. Malá odpověděla, že údaje nemá k dispozici, a přislíbila zaslat je písemně.", None, False),
])
def test_an_answer_followed_by_a_further_promise(lang: str, reply: str, answerer: str | None,
                                                answered: bool) -> None:
    ask = "Jane Smith asked whether the grant is secured." if lang == "en" else "P. Novák se zeptal na dotaci."
    qs = _questions(lang, [ask, reply])
    assert [(q.answerer, q.answered) for q in qs] == [(answerer, answered)]


@pytest.mark.parametrize(("lang", "reply", "answerer", "answered"), [
    # the question passed on to someone absent
    ("cs", "E. Malá uvedla, že dotaz předá odboru správy majetku.", None, False),
    ("cs", "E. Malá uvedla, že dotaz bude postoupen krajskému úřadu.", None, False),
    ("cs", "E. Malá odpověděla, že otázku přetlumočí vedení školy.", None, False),
    ("en", "Tom Reed said he would pass the question to the highways team.", None, False),
    # a promise to get back to the asker
    ("cs", "E. Malá odpověděla, že se mu do konce měsíce ozve.", None, False),
    ("cs", "E. Malá uvedla, že mu dá vědět e-mailem.", None, False),
    ("en", "Tom Reed said he would let her know after the meeting.", None, False),
    ("en", "Tom Reed said that officers would be in touch with the resident.", None, False),
    # a reply that first consults another
    ("cs", "E. Malá odpověděla, že možnost podpory projedná s krajem.", None, False),
    ("cs", "E. Malá uvedla, že věc zkonzultuje s právníkem.", None, False),
    ("en", "Tom Reed said he would liaise with the County on the matter.", None, False),
    # the source lacks what was asked and someone will produce it
    ("cs", "E. Malá uvedla, že zpráva takové členění neobsahuje; odbor zajistí zpracování přehledu do příštího "
           "jednání.", None, False),
    ("en", "Tom Reed said the report does not break the figures down by ward and officers would prepare a breakdown "
           "for the next meeting.", None, False),
    # either alone is an answer
    ("cs", "E. Malá odpověděla, že smlouva takové sankce neobsahuje.", "Eva Malá", True),
    ("en", "Tom Reed said that the policy does not cover private land.", "Tom Reed", True),
    ("cs", "E. Malá odpověděla, že ano, a do příštího jednání připraví podrobnější přehled.", "Eva Malá", True),
])
def test_answers_passed_on_or_awaiting_someone_else(lang: str, reply: str, answerer: str | None,
                                                    answered: bool) -> None:
    ask = "Jane Smith asked whether the hall could open on Sundays." if lang == "en" else \
        "P. Novák se dotázal, zda bude hřiště otevřeno i v zimě."
    qs = _questions(lang, [ask, reply])
    assert [(q.answerer, q.answered) for q in qs] == [(answerer, answered)]


@pytest.mark.parametrize(("lang", "line", "asked"), [
    ("cs", "Písemná odpověď krajského úřadu na dotaz p. Nováka dosud nepřišla.", 0),
    ("cs", "Reakce odboru na dotaz paní Malé byla rozeslána členům.", 0),
    ("en", "The written answer to the question on parking was circulated with the agenda.", 0),
    ("en", "The response from the County to the question on potholes is still awaited.", 0),
    ("en", "In response to a question from Jane Smith, Tom Reed said that the hall opens at eight.", 1),
    ("en", "Jane Smith asked whether she would receive a reply to her question about parking.", 1),
    ("cs", "P. Novák se zeptal, zda dostane odpověď na svůj dotaz z ledna.", 1),
])
def test_an_answer_to_an_earlier_question_asks_nothing(lang: str, line: str, asked: int) -> None:
    assert len(_questions(lang, [line])) == asked


def _follow_up(lang: str, heading: str, line: str):
    doc = blocks_doc(("heading", heading), ("bullet", line))
    return extract_items(doc, lang, MeetingInfo(), [], entities_for(doc, PEOPLE, {"MZe": ["MZe"]})).questions


@pytest.mark.parametrize(("lang", "heading", "line", "asked"), [
    ("cs", "Kontrola úkolů", "Dotaz p. Nováka k rozpočtu – MZe odpověděl e-mailem 12. 6.: rozpočet nelze měnit.", 0),
    ("cs", "Kontrola plnění usnesení", "Dotaz E. Malé na dotace – zodpovězeno dopisem ze dne 3. 3.", 0),
    ("en", "Matters arising", "Query from Jane Smith on drainage – answered by email on 3 May.", 0),
    ("cs", "Diskuse", "Dotaz p. Nováka k rozpočtu – E. Malá odpověděla, že rozpočet nelze měnit.", 1),
])
def test_a_follow_up_line_that_reports_the_answer_asks_nothing(lang: str, heading: str, line: str,
                                                                asked: int) -> None:
    assert len(_follow_up(lang, heading, line)) == asked


@pytest.mark.parametrize(("lang", "reply"), [
    ("cs", "E. Malá uvedla, že informaci doplní do zápisu."),
    ("cs", "E. Malá uvedla, že bude nutné to ověřit u dodavatele."),
    ("cs", "E. Malá uvedla, že odpověď připraví do příštího jednání."),
    ("cs", "E. Malá uvedla, že záležitost prošetří."),
    ("cs", "E. Malá uvedla, že věc bude řešit s dodavatelem."),
    ("cs", "E. Malá přislíbila odpověď do příštího jednání."),
    ("en", "Tom Reed said he would circulate the information after the meeting."),
    ("en", "Tom Reed said he would make enquiries and inform members."),
    ("en", "Tom Reed said that this would need to be checked with the contractor."),
])
def test_more_answers_promised_for_later(lang: str, reply: str) -> None:
    ask = "Jane Smith asked when the road would be repaired." if lang == "en" else \
        "P. Novák se dotázal, kdy bude opravena silnice."
    assert [(q.answerer, q.answered) for q in _questions(lang, [ask, reply])] == [(None, False)]


@pytest.mark.parametrize(("line", "asker"), [
    ("E. Malá: Kdy bude opravena silnice?", "Eva Malá"),
    ("Starostka obce E. Malá: Kdy bude opravena silnice?", "Eva Malá"),
])
def test_a_speaker_label_is_a_name_with_its_office(line: str, asker: str) -> None:
    assert [q.asker for q in _questions("cs", [line])] == [asker]


@pytest.mark.parametrize(("lang", "ask", "reply"), [
    ("en", "Jane Smith sought assurance that the waiting list would be cleared.",
     "Tom Reed confirmed that it would be cleared by March."),
    ("en", "Jane Smith asked for an update on recruitment.", "Tom Reed reported that twelve nurses had started."),
    ("en", "Jane Smith sought clarification on the staffing figures.",
     "Tom Reed clarified that they included bank staff."),
    ("cs", "P. Novák se optal, zda je financování zajištěno.", "E. Malá potvrdila, že ano."),
    ("cs", "P. Novák požádal o vysvětlení, proč se zpozdila novela.", "E. Malá vysvětlila, že kvůli připomínkám."),
])
def test_board_and_committee_question_forms(lang: str, ask: str, reply: str) -> None:
    qs = _questions(lang, [ask, reply])
    want = ("Jane Smith", "Tom Reed") if lang == "en" else ("Petr Novák", "Eva Malá")
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [(*want, True)]
