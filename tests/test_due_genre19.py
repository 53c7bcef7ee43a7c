"""Genre inventory (round 19) of how Czech and English minutes write the deadline of an action, and of the dates
an action line carries that are NOT its deadline, written from knowledge BEFORE reading any failure of this round.

Positive classes (meeting on Monday 10 March 2025): a weekday ("by Friday", "do pátku"), a duration counted from
the meeting ("within two weeks", "do 30 dnů"), the end or beginning of a month, quarter, half, year, school year
("do konce dubna", "by the end of Q2", "do konce 1. pololetí"), a part of a month ("mid-April", "v průběhu
května", "ve 2. polovině dubna"), a week ("w/c 7 April", "do konce příštího týdne"), a range of days (its last
day), the next meeting ("do příštího jednání", "before the April meeting"), immediacy ("ASAP", "ihned",
"neprodleně", "bezodkladně") and continuity ("ongoing", "průběžně", "trvale").

Negative classes (at least as many rows): dates of past events the action refers to ("the letter dated ...",
"smlouva ze dne ..."), the meeting's own date, dates inside a quoted document title or a law citation, a year or
period the task is ABOUT ("accounts for 2024", "vyúčtování za rok 2024", "the period 1 January to 31 March"),
a period of someone else's event ("closure from 1 to 14 April"), a clock time, an amount, and the deadline of a
neighbouring action in the next line or sentence. Names and sentences are invented; nothing is taken from the
corpus. Rows that fail today are xfail(strict) with the CLASS of the failure.
"""

from __future__ import annotations

from typing import Any

import pytest
from genre_rows import check_due, gap, new_actions

CS_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Radek Horáček": (["Ing. Horáček", "Ing. Horáčkovi", "Ing. Horáčka", "p. Horáček", "Horáček"], "starosta"),
    "Lenka Vondrová": (["Mgr. Vondrová", "Mgr. Vondrové", "Mgr. Vondrovou", "p. Vondrová", "Vondrová"],
                       "tajemnice"),
}
EN_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Gareth Pryce": (["Mr Pryce", "Cllr Pryce", "GP"], "Clerk"),
    "Helen Okafor": (["Ms Okafor", "Dr Okafor", "HO"], "Chair"),
}


@pytest.fixture()
def acts(genre_items: Any) -> Any:
    def run(lang: str, lines: list[str]) -> list[Any]:
        people = CS_PEOPLE if lang == "cs" else EN_PEOPLE
        return new_actions(genre_items(lang, lines, people, {}))
    return run


def _one(acts: Any, lang: str, line: str) -> Any:
    found = acts(lang, [line])
    assert len(found) == 1, [a.text for a in found]
    return found[0]


# ---------------------------------------------------------------- deadlines -------------------------------------
# `due`: a kind ("next_meeting", "continuous", "immediate") or the ISO start (a prefix) of the window's last day.
DUES: list[Any] = [
    # a weekday: the first such day after the meeting
    ("en", "Action: Mr Pryce to circulate the draft policy by Friday.", "2025-03-14"),
    ("en", "Ms Okafor will confirm the booking by Tuesday 18 March.", "2025-03-18"),
    ("cs", "Ing. Horáček zajistí objednávku stolů do pátku 14. 3.", "2025-03-14"),
    ("cs", "Mgr. Vondrová rozešle pozvánky do středy.", "2025-03-12"),
    # a duration counted from the meeting
    ("en", "Ms Okafor will send the quotes to members within two weeks.", "2025-03-24"),
    ("en", "Mr Pryce will circulate the draft minutes within 7 days of the meeting.", "2025-03-17"),
    ("cs", "Mgr. Vondrová zašle žadateli odpověď do 30 dnů.", "2025-04-09"),
    ("cs", "Ing. Horáček předloží cenovou nabídku nejpozději do 14 dnů.", "2025-03-24"),
    # a calendar date with a deadline preposition
    ("en", "Action: Mr Pryce to renew the insurance by 1st April.", "2025-04-01"),
    ("en", "Action: Clerk to send the precept request by 31/01/2026.", "2026-01-31"),
    ("cs", "Úkol: tajemnice rozešle pozvánky nejpozději do 20. 3. 2025.", "2025-03-20"),
    ("cs", "Ing. Horáček zajistí revizi hydrantů do 15. dubna.", "2025-04-15"),
    # the end of a month, quarter, half, year
    ("en", "Mr Pryce to report back by the end of the month.", "2025-03-31"),
    ("en", "Action: Clerk to update the asset register by the end of April.", "2025-04-30"),
    ("en", "Dr Okafor to submit the grant application by the end of Q2.", "2025-06-30"),
    ("en", "Action: Mr Pryce to close the accounts by the end of the calendar year.", "2025-12-31"),
    ("cs", "Ing. Horáček zajistí opravu oplocení do konce dubna.", "2025-04-30"),
    ("cs", "Mgr. Vondrová provede inventarizaci majetku do konce roku.", "2025-12-31"),
    ("cs", "Ing. Horáček předloží rozbor hospodaření do konce 3. čtvrtletí.", "2025-09-30"),
    ("cs", "Mgr. Vondrová zajistí výměnu oken do konce 1. pololetí 2025.", "2025-06-30"),
    ("cs", "Mgr. Vondrová zpracuje hodnocení do konce školního roku.", "2025-06-30"),
    ("cs", "Ing. Horáček zajistí projektovou dokumentaci v 1. čtvrtletí 2026.", "2026-03-31"),
    # a part of a month, a week
    ("en", "Ms Okafor will prepare the tender report by mid-April.", "2025-04-1"),
    ("en", "Mr Pryce will arrange the survey by early May.", "2025-05-"),
    ("en", "Dr Okafor to confirm the venue by the end of next week.", "2025-03-2"),
    ("en", "Clerk to book the hall for the week commencing 7 April.", "2025-04-1"),
    ("cs", "Ing. Horáček zajistí výběr dodavatele v průběhu května.", "2025-05-31"),
    ("cs", "Mgr. Vondrová zveřejní záměr pronájmu ve 2. polovině dubna.", "2025-04-30"),
    ("cs", "Ing. Horáček svolá schůzku s projektantem do konce příštího týdne.", "2025-03-2"),
    ("cs", "Mgr. Vondrová zajistí kontrolu kotelny v termínu 1.–15. 4. 2025.", "2025-04-15"),
    # a label after the task
    ("cs", "Úkol: Ing. Horáček – oprava chodníku u školy, termín: konec června.", "2025-06-30"),
    ("en", "Action: Clerk – order replacement bins. Deadline: end of May.", "2025-05-31"),
    # the next meeting
    ("en", "Dr Okafor will bring the revised figures to the next meeting.", "next_meeting"),
    ("en", "Mr Pryce to obtain three quotes before the April meeting.", "next_meeting"),
    ("cs", "Tajemnice předloží zprávu o plnění rozpočtu do příštího jednání rady.", "next_meeting"),
    ("cs", "Ing. Horáček předloží výsledek průzkumu na příštím zasedání.", "next_meeting"),
    # immediacy
    ("en", "Action: Chair to write to the landowner as soon as possible.", "immediate"),
    ("en", "Mr Pryce will report the fallen tree to the council urgently.", "immediate"),
    ("cs", "Mgr. Vondrová zajistí opravu vodovodu neprodleně.", "immediate"),
    ("cs", "Ing. Horáček bezodkladně nahlásí pojišťovně škodu.", "immediate"),
    ("cs", "Úkol: tajemnice zveřejní usnesení, termín: ihned.", "immediate"),
    # continuity
    ("en", "Mr Pryce will keep the website updated on an ongoing basis.", "continuous"),
    ("cs", "Ing. Horáček zajistí průběžně kontrolu čerpání dotace.", "continuous"),
    ("cs", "Úkol: tajemnice – kontrola plnění usnesení, termín: trvale.", "continuous"),
]


@pytest.mark.parametrize(("lang", "line", "due"), DUES)
def test_the_deadline_of_an_action(acts: Any, lang: str, line: str, due: str) -> None:
    check_due(_one(acts, lang, line).due, due)


# ---------------------------------------------------------------- dates that are no deadline --------------------
NOT_DUES: list[Any] = [
    # a past event the task refers to
    ("en", "Mr Pryce will reply to the letter dated 28 February 2025."),
    ("en", "Ms Okafor will look into the complaint received on 4 March."),
    ("en", "Mr Pryce will write to the owner about the fence he inspected on 3 March."),
    ("cs", "Ing. Horáček zajistí dodatek ke smlouvě ze dne 15. 1. 2025."),
    ("cs", "Mgr. Vondrová prověří fakturu doručenou 28. 2. 2025."),
    ("cs", "Tajemnice zašle usnesení ze dne 3. 2. 2025 stavebnímu úřadu."),
    # the meeting's own date
    ("en", "Mr Pryce will circulate the minutes of the meeting held on 10 March 2025."),
    ("cs", "Mgr. Vondrová opraví zápis z jednání konaného dne 10. 3. 2025."),
    # a quoted document title, a law citation
    ("en", "Action: Clerk to circulate the response to the \"Transport Strategy 2030\" consultation."),
    ("cs", "Ing. Horáček zajistí aktualizaci dokumentu „Plán rozvoje obce 2026–2030“."),
    ("cs", "Tajemnice zveřejní záměr podle zákona č. 128/2000 Sb., o obcích."),
    ("en", "Mr Pryce will check the policy against the Data Protection Act 2018."),
    # a year or period the task is about
    ("en", "Dr Okafor will check the invoices for 2024."),
    ("en", "Mr Pryce will report on spending for the period 1 January to 28 February."),
    ("cs", "Ing. Horáček připraví vyúčtování za rok 2024."),
    ("cs", "Mgr. Vondrová zpracuje přehled výdajů za leden až únor 2025."),
    ("cs", "Mgr. Vondrová zpracuje přehled výdajů za období 1. 1. až 28. 2. 2025."),
    ("en", "Ms Okafor will prepare the statement covering the period 1 April to 30 June."),
    # someone else's event or period
    gap("someone else's period (a road closure, an exhibition) read as a range of days is taken as the deadline",
        "en", "Action: Chair to write to the county about the road closure from 1 to 14 April."),
    ("cs", "Ing. Horáček zajistí opravu silnice poškozené při uzavírce v lednu 2025."),
    # a clock time, an amount
    ("en", "Action: Mr Pryce to unlock the hall at 7.30 for the evening session."),
    ("cs", "Mgr. Vondrová uhradí fakturu ve výši 12.500 Kč."),
    ("cs", "Ing. Horáček zajistí otevření sálu v 18.30 hod."),
    # none at all
    ("en", "Action: Chair to thank the volunteers on behalf of the council."),
    ("cs", "Ing. Horáček zajistí opravu laviček v parku."),
]


@pytest.mark.parametrize(("lang", "line"), NOT_DUES)
def test_a_date_that_is_no_deadline(acts: Any, lang: str, line: str) -> None:
    check_due(_one(acts, lang, line).due, None)


# ---------------------------------------------------------------- a neighbour's deadline -------------------------
# Each task takes the deadline of its own line or sentence; the next task without one has none.
NEIGHBOURS: list[Any] = [
    ("en", ["Action: Mr Pryce to order the new bins by 31 March.",
            "Action: Ms Okafor to speak to the landowner about the hedge."], ["2025-03-31", None]),
    ("en", ["Ms Okafor will contact the insurer.", "Mr Pryce will circulate the accounts by 20 March."],
     [None, "2025-03-20"]),
    ("cs", ["Ing. Horáček zajistí objednávku stolů do 31. 3. 2025.",
            "Mgr. Vondrová připraví smlouvu o pronájmu sálu."], ["2025-03-31", None]),
    ("cs", ["Mgr. Vondrová osloví projektanta.", "Ing. Horáček zajistí výkopové práce do konce dubna."],
     [None, "2025-04-30"]),
]


@pytest.mark.parametrize(("lang", "lines", "dues"), NEIGHBOURS)
def test_a_neighbours_deadline_stays_with_it(acts: Any, lang: str, lines: list[str], dues: list[Any]) -> None:
    found = acts(lang, lines)
    assert len(found) == len(dues), [a.text for a in found]
    for got, want in zip(found, dues, strict=True):
        check_due(got.due, want)


# ---------------------------------------------------------------- a lead time before a dated event ---------------
# Minutes date the event first and the task as a lead time closing the clause ("14 dní předem", "in advance");
# the deadline is the event's day minus the lead time. Without a dated event the lead time dates nothing.
@pytest.mark.parametrize(("lang", "line", "due"), [
    ("cs", "Výroční schůze se bude konat 12. 6. 2025; pozvánky rozešle Mgr. Vondrová nejméně 10 dní předem.",
     "2025-06-02"),
    ("cs", "Sbírka proběhne v sobotu 24. 5. 2025, plakáty vyvěsí Ing. Horáček týden předem.", "2025-05-17"),
    ("en", "The AGM will be held on 14 May 2025 and Mr Pryce will send the notices at least 14 days in advance.",
     "2025-04-30"),
    ("en", "The open day is on 21 June; Ms Okafor will book the marquee two weeks beforehand.", "2025-06-07"),
    ("en", "Mr Pryce will circulate the papers seven days in advance.", None),
    ("cs", "Mgr. Vondrová zašle podklady členům pět dní předem.", None),
])
def test_a_lead_time_counts_back_from_the_event(acts: Any, lang: str, line: str, due: str | None) -> None:
    found = acts(lang, [line])
    assert found, line
    check_due(found[-1].due, due)


# ---------------------------------------------------------------- "as needed" and a date --------------------------
# "podle potřeby" / "as required" says how often, not when: a dated period of the same sentence is the deadline.
@pytest.mark.parametrize(("lang", "line", "due"), [
    ("cs", "Příští jednání komise se uskuteční dle potřeby, nejspíše v červnu 2025.", "2025-06-30"),
    ("cs", "Úkol: Ing. Horáček – svolat pracovní skupinu, termín: dle potřeby, předběžně v květnu.", "2025-05-31"),
    ("en", "Action: Ms Okafor to convene the working group as needed, provisionally in June.", "2025-06-30"),
    ("cs", "Úkol: Ing. Horáček – svolat pracovní skupinu, termín: podle potřeby.", "continuous"),
    ("en", "Action: Ms Okafor to update the risk register as required.", "continuous"),
])
def test_as_needed_yields_to_a_date(acts: Any, lang: str, line: str, due: str) -> None:
    check_due(_one(acts, lang, line).due, due)


def test_as_needed_in_a_clause_yields_to_the_sentences_date(acts: Any) -> None:
    """The clause of the meeting says "when needed", the next clause dates it: every task of the line takes it."""
    found = acts("cs", ["Příští jednání výboru se uskuteční podle potřeby, pravděpodobně v září 2025; termín "
                        "oznámí Mgr. Vondrová."])
    assert found
    for a in found:
        check_due(a.due, "2025-09-30")


# ---------------------------------------------------------------- frequency adverbs ------------------------------
# A frequency adverb after the verb phrase is a standing duty; before a noun it is an adjective and dates nothing.
@pytest.mark.parametrize(("line", "due"), [
    ("Mr Pryce will check the defibrillator monthly and log the result.", "continuous"),
    ("Ms Okafor will report quarterly to the finance committee.", "continuous"),
    ("Action: Clerk to inspect the play area weekly.", "continuous"),
    ("Mr Pryce will circulate the monthly accounts by 20 March.", "2025-03-20"),
    ("Ms Okafor will draft the weekly bulletin.", None),
    ("Action: Clerk to renew the annual subscription.", None),
])
def test_a_frequency_adverb_is_a_standing_duty(acts: Any, line: str, due: str | None) -> None:
    check_due(_one(acts, "en", line).due, due)


# ---------------------------------------------------------------- the next meeting with an adjective -------------
# Czech marks an adjective by its ending: any adjective between "příští" and the meeting or body noun qualifies it.
@pytest.mark.parametrize(("line", "due"), [
    ("Mgr. Vondrová předloží návrh rozvrhu na příští pedagogické radě.", "next_meeting"),
    ("Ing. Horáček podá informaci na nejbližším členském shromáždění.", "next_meeting"),
    ("Mgr. Vondrová předloží výroční zprávu příští školské radě.", None),
])
def test_the_next_meeting_with_an_adjective(acts: Any, line: str, due: str | None) -> None:
    check_due(_one(acts, "cs", line).due, due)


# ---------------------------------------------------------------- the same agent's later step -------------------
# "X prověří A a výsledek oznámí do konce dubna": one agent's steps, the deadline at the end closes them all.
@pytest.mark.parametrize(("lang", "line", "due"), [
    ("cs", "Ing. Horáček prověří stav lávky a výsledek oznámí radě do konce dubna.", "2025-04-30"),
    ("cs", "Mgr. Vondrová osloví dodavatele, zajistí tři nabídky a předloží je do 15. 4. 2025.", "2025-04-15"),
    ("en", "Mr Pryce will check the lease and report back to members by 30 April.", "2025-04-30"),
])
def test_the_same_agents_later_step_dates_the_task(acts: Any, lang: str, line: str, due: str) -> None:
    found = acts(lang, [line])
    assert found, line
    for a in found:
        check_due(a.due, due)


# ---------------------------------------------------------------- reporting to the body in a month --------------
# Reporting back (or the body considering a matter) in a month is doing so at that month's meeting: the next meeting,
# with no body named. Doing the work itself in a month stays a window of that month.
@pytest.mark.parametrize(("line", "meeting"), [
    ("Mr Pryce will look into the complaint and report back in May.", True),
    ("Ms Okafor will ask the insurer, so that members can consider it in April.", True),
    ("Action: Clerk to obtain prices and bring it back in June.", True),
    ("Mr Pryce will repaint the benches in May.", False),
    ("Action: Clerk to order the hanging baskets in April.", False),
])
def test_reporting_back_in_a_month_is_that_months_meeting(acts: Any, line: str, meeting: bool) -> None:
    due = _one(acts, "en", line).due
    assert due is not None and (due.kind == "next_meeting") is meeting, due


# A lead time in a sentence of its own counts back from the day the sentence before it gives the event; "clear days"
# leave out both the day the notice goes and the event's day.
@pytest.mark.parametrize(("lang", "lines", "due"), [
    ("en", ["The annual meeting will be held on Thursday 22 May 2025.",
            "Mr Pryce will send the notice to members at least 14 clear days before."], "2025-05-07"),
    ("en", ["The fun run is on Sunday 8 June 2025.", "Ms Okafor will order the medals two weeks in advance."],
     "2025-05-25"),
    ("cs", ["Členská schůze se bude konat 19. 6. 2025. Mgr. Vondrová rozešle pozvánky 14 dní předem."],
     "2025-06-05"),
])
def test_a_lead_time_after_the_events_sentence(acts: Any, lang: str, lines: list[str], due: str) -> None:
    found = acts(lang, [" ".join(lines)])
    assert found, lines
    check_due(found[-1].due, due)


# ---------------------------------------------------------------- a task for a dated event ----------------------
# A task with no date of its own that names the event an earlier sentence of the paragraph dates is due by the
# event's day; a date that sentence gives as a deadline is not the event's, and a past day dates nothing.
@pytest.mark.parametrize(("lang", "text", "due"), [
    ("en", "The county will hold the vaccination clinic on Friday 28 March 2025 at the village hall. Mr Pryce "
           "shall arrange volunteers to marshal the car park during the vaccination clinic.", "2025-03-28"),
    ("cs", "Námětové cvičení proběhne v sobotu 17. 5. 2025 od 9:00. Ing. Horáček zajistí vyhlášení cvičení "
           "místním rozhlasem.", "2025-05-17"),
    ("cs", "Slavnostní otevření hřiště bude 6. 6. 2025. Mgr. Vondrová zajistí pozvánky na otevření hřiště pro "
           "sponzory.", "2025-06-06"),
    ("en", "The contract was signed on 3 March 2025. Mr Pryce will file the contract with the deeds.", None),
    ("cs", "Podklady k rozpočtu předloží odbory do 30. 4. 2025. Ing. Horáček zajistí kontrolu rozpočtu.", None),
    ("en", "The fete will take place on 14 June 2025. Ms Okafor will write to the police about parking.", None),
])
def test_a_task_for_a_dated_event(acts: Any, lang: str, text: str, due: str | None) -> None:
    found = acts(lang, [text])
    assert found, text
    check_due(found[-1].due, due)
