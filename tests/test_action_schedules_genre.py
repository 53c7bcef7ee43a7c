"""Action forms of real minutes beyond "X zajistí": dated schedules nobody is named for, the next meeting's
agenda named by the meeting's month or by an elliptic sentence after its date, recipients in the dative,
consecutive action lines, taking a matter up with someone, and follow-up rows that report on earlier tasks.

Sentences written from the genre (Czech municipal and working-group minutes, English committee minutes), read
against one meeting date (Wednesday 13 March 2024).
"""

from __future__ import annotations

import pytest
from docbuild import blocks_doc
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import Action, MeetingInfo

MEETING = MeetingInfo(date="2024-03-13")
PEOPLE = {"Jan Malý": ["Ing. Malý", "J. Malý"], "Eva Dvořáková": ["Mgr. Dvořáková", "Mgr. Dvořákové"],
          "Petr Kos": ["p. Kos", "p. Kosovi", "Ing. Kosovi"]}


def _actions(lang: str, *lines: str) -> list[Action]:
    doc = doc_from_lines(*lines)
    return list(extract_items(doc, lang, MEETING, [], entities_for(doc, PEOPLE)).actions)


def _one(lang: str, sentence: str, *before: str) -> Action:
    found = [a for a in _actions(lang, *before, sentence) if sentence in a.text]
    assert found, f"no action for {sentence!r}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "kind", "latest"),
    [
        ("Šetření proběhne v dubnu formou tištěného dotazníku.", "window", "2024-04-30"),
        ("Veřejné projednání návrhu plánu se uskuteční 15. 5. 2024 v obřadní síni.", "date", "2024-05-15"),
        ("Seminář pro žadatele se bude konat v červnu.", "window", "2024-06-30"),
        ("Plán má být předložen zastupitelstvu v prosinci 2024.", "window", "2024-12-31"),
        ("Výzvu bude možné vyhlásit v říjnu 2024.", "window", "2024-10-31"),
        ("Tištěné výtisky obdrží členové komise na příštím jednání.", "next_meeting", None),
        ("Žádosti o dotace bude kraj posuzovat v průběhu léta.", "window", "2024-08-31"),
        ("Kontrola hospodaření proběhne do konce května.", "window", "2024-05-31"),
    ],
)
def test_a_dated_schedule_is_an_action(sentence: str, kind: str, latest: str | None) -> None:
    action = _one("cs", sentence)
    assert action.due is not None and (action.due.kind, action.due.latest) == (kind, latest)


@pytest.mark.parametrize(
    "sentence",
    [
        "Šetření proběhlo v únoru.",
        "Rekonstrukce proběhne za plného provozu.",
        "Starosta informoval, že zápis do prvních tříd proběhne 10. dubna.",
        "Místostarostka představila program slavnosti, která se uskuteční 27. 4. na náměstí.",
        "Služba bude fungovat i v létě.",
        "Žádosti bude kraj posuzovat podle nových pravidel.",
    ],
)
def test_news_and_undated_descriptions_are_no_actions(sentence: str) -> None:
    assert not [a for a in _actions("cs", sentence) if sentence in a.text]


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        ("Příští jednání se uskuteční 10. 4. 2024.", "Na programu bude návrh rozpočtu."),
        ("Další zasedání bude svoláno na duben 2024.", "Hlavním bodem programu bude výběr projektů."),
        ("Příští zasedání se uskuteční v dubnu 2024.", "Na jeho program budou zařazeny výsledky hodnocení."),
        ("Příští schůze se uskuteční 10. 4. 2024.", "Tématem bude příprava akčního plánu."),
        ("Další jednání se uskuteční 10. 4. 2024.", "Program bude věnován dotačnímu programu."),
        ("", "Na květnovém jednání budou projednány výsledky dotazníku."),
        ("", "Program zářijového jednání bude věnován připomínkám k plánu."),
        ("", "Na podzimním zasedání bude projednána zpráva o činnosti."),
        ("", "Hlavním bodem programu příštího jednání bude rozpočet."),
    ],
)
def test_the_next_meetings_agenda_is_due_at_it(before: str, sentence: str) -> None:
    action = _one("cs", sentence, *([before] if before else []))
    assert action.due is not None and action.due.kind == "next_meeting"


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Ing. Malý uvedl, že odpověď zašle p. Kosovi písemně.", "Jan Malý"),
        ("Ing. Malý uvedl, že dotaz předá Mgr. Dvořákové.", "Jan Malý"),
        ("Mgr. Dvořáková sdělila, že podklady pošle Ing. Kosovi do pátku.", "Eva Dvořáková"),
    ],
)
def test_a_recipient_in_the_dative_is_not_the_owner(sentence: str, owner: str) -> None:
    assert _one("cs", sentence).owner == owner


def test_a_past_resolution_of_another_body_gives_the_task_to_its_addressee() -> None:
    sentence = "Rada města uložila odboru sociálních věcí připravit nový plán do konce roku."
    doc = doc_from_lines(sentence)
    ents = entities_for(doc, {}, {"Odbor sociálních věcí": ["odboru sociálních věcí"]})
    acts = extract_items(doc, "cs", MEETING, [], ents).actions
    assert [a.owner for a in acts] == ["Odbor sociálních věcí"]


@pytest.mark.parametrize(
    "lines",
    [
        ("ACTION: Jan Malý to circulate the draft policy by 30 April.",
         "ACTION: Petr Kos to circulate the final management letter to members once it is issued."),
        ("Action: Jan Malý to book the room for the workshop.",
         "Action: Petr Kos to send the invitations to all members."),
    ],
)
def test_consecutive_action_lines_are_two_actions(lines: tuple[str, str]) -> None:
    assert [a.owner for a in _actions("en", *lines)] == ["Jan Malý", "Petr Kos"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jan Malý will discuss the resourcing of the finance team with the Chief Executive.",
        "Jan Malý would raise the matter with the external auditors.",
        "Jan Malý will follow up with the contractor about the delay.",
        "Jan Malý will take this up with the Department.",
    ],
)
def test_taking_a_matter_up_with_someone_is_a_task(sentence: str) -> None:
    assert _one("en", sentence).owner == "Jan Malý"


@pytest.mark.parametrize(
    ("lang", "rows"),
    [
        ("en", [["No.", "Action", "Responsible", "Due"],
                ["7", "Outcome of the insurance claim (carried forward from 12/02/2024)", "Jan Malý", "When known"]]),
        ("cs", [["Úkol z minulého jednání", "Odpovídá", "Plnění"],
                ["Písemná informace o lhůtách kontroly", "Ing. Malý", "odpověď dosud nedošla, kancelář ji urguje"]]),
    ],
)
def test_a_row_reporting_on_an_earlier_task_is_no_new_action(lang: str, rows: list[list[str]]) -> None:
    doc = blocks_doc(("table", rows))
    items = extract_items(doc, lang, MEETING, [], entities_for(doc, PEOPLE))
    assert not items.actions


@pytest.mark.parametrize(
    ("lang", "asked", "promise", "kind"),
    [
        ("cs", "Mgr. Dvořáková požádala, aby kancelář do příštího zasedání připravila přehled podpořených projektů.",
         "Ing. Malý přehled zašle všem členům e-mailem.", "next_meeting"),
        ("cs", "Mgr. Dvořáková navrhla, aby do konce dubna byl zpracován harmonogram oprav.",
         "Ing. Malý harmonogram zpracuje.", "window"),
        ("en", "Eva Dvořáková asked the Clerk to circulate the insurance figures before the next meeting.",
         "Jan Malý agreed to circulate the figures.", "next_meeting"),
    ],
)
def test_a_promise_answering_a_request_is_due_when_the_request_asked(lang: str, asked: str, promise: str,
                                                                      kind: str) -> None:
    found = [a for a in _actions(lang, f"{asked} {promise}") if a.owner == "Jan Malý"]
    assert found and found[0].due is not None and found[0].due.kind == kind


@pytest.mark.parametrize(
    ("lines", "owner"),
    [
        (("Jan Malý advised that the draft financial statements would be presented to the Committee in September.",),
         "Jan Malý"),
        (("Jan Malý indicated that the revised policy would be brought back to the Board in May.",), "Jan Malý"),
        (("Jan Malý presented the risk register.", "He advised that the updated register would be circulated "
          "to members by 30 April."), "Jan Malý"),
        (("Jan Malý said that the audit plan would be submitted to the June meeting.",), "Jan Malý"),
    ],
)
def test_an_officers_announced_plan_is_theirs(lines: tuple[str, ...], owner: str) -> None:
    assert _one("en", lines[-1], *lines[:-1]).owner == owner


def test_a_plan_a_body_announces_has_no_person_owner() -> None:
    sentence = "The Council advised that the consultation would be launched in May."
    action = _one("en", sentence)
    assert action.owner is None
