"""Genre inventory (round 18b) of what is an action point in minutes and what only looks like one, written from
knowledge of real Czech and English minutes BEFORE reading any failure of this round.

Positive classes: a named person or office commits to a task (perfective future in Czech, "will"/"to" + verb in
English), an "Action:" / "Úkol:" label, a body tasking someone ("ukládá", "requested the Clerk to"), and the
agentless or third-party schedule the corpus convention counts as a task ("bude svolána", "the contractor will
start on ...").

Negative classes (at least as many rows): what was done (history, report of completed work, past passives),
intentions and considerations of other bodies ("plans to", "is considering", "zvažuje"), conditions and
hypotheticals ("if the grant is awarded ...", "pokud ..., obec by ..."), wishes and opinions ("it would be good to",
"bylo by vhodné"), recommendations to a third party, standing duties and legal competence, negated futures, and
questions. Names and sentences are invented; nothing is taken from the corpus. Rows that fail today are
xfail(strict) with the CLASS of the failure.
"""

from __future__ import annotations

from typing import Any

import pytest
from genre_rows import check_due, gap, new_actions

CS_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Dušan Kratochvíl": (["Ing. Kratochvíl", "Ing. Kratochvílovi", "Ing. Kratochvíla", "p. Kratochvíl", "Kratochvíl"],
                         "místostarosta"),
    "Jitka Marešová": (["Mgr. Marešová", "Mgr. Marešové", "Mgr. Marešovou", "p. Marešová", "Marešová"],
                       "tajemnice"),
}
CS_BODIES = {"Rada obce": ["Rada obce", "rada obce", "rady obce"]}
EN_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Oliver Brandt": (["Mr Brandt", "Cllr Brandt", "OB"], "Clerk"),
    "Priya Raman": (["Ms Raman", "Dr Raman", "PR"], "Chair"),
}
EN_BODIES = {"Highways Authority": ["Highways Authority", "the Highways Authority"]}


@pytest.fixture()
def items(genre_items: Any) -> Any:
    def run(lang: str, lines: list[str]) -> Any:
        people, bodies = (CS_PEOPLE, CS_BODIES) if lang == "cs" else (EN_PEOPLE, EN_BODIES)
        return genre_items(lang, lines, people, bodies)
    return run


# ---------------------------------------------------------------- actions ---------------------------------------
ACTIONS: list[tuple[str, str]] = [
    ("en", "Action: Clerk to circulate the revised standing orders to all members."),
    ("en", "Mr Brandt will write to the landowner about the blocked footpath."),
    ("en", "The Clerk was asked to obtain two further quotations for the bus shelter."),
    ("en", "It was agreed that Dr Raman would contact the school about the crossing patrol."),
    ("en", "The contractor will begin resurfacing the car park on 14 April."),
    ("cs", "Ing. Kratochvíl zajistí objednávku nového osvětlení v parku."),
    ("cs", "Úkol: tajemnice připraví návrh smlouvy o pronájmu."),
    ("cs", "Rada obce ukládá místostarostovi projednat s dodavatelem termín dokončení."),
    ("cs", "Pracovní schůzka se zhotovitelem bude svolána do konce března."),
    ("cs", "Mgr. Marešová rozešle zápis všem členům do pátku."),
]


@pytest.mark.parametrize(("lang", "line"), ACTIONS)
def test_a_task_is_an_action(items: Any, lang: str, line: str) -> None:
    assert len(new_actions(items(lang, [line]))) == 1, [a.text for a in new_actions(items(lang, [line]))]


NOT_ACTIONS: list[tuple[str, str]] = [
    # what was done: history, reports of completed work, past passives
    ("en", "The Clerk circulated the revised standing orders before the meeting."),
    ("en", "The footpath was cleared by volunteers in February."),
    ("en", "Mr Brandt reported that the landowner had already replied to the letter."),
    ("cs", "Objednávka nového osvětlení byla odeslána v lednu."),
    ("cs", "V roce 2021 byla provedena rekonstrukce hřiště."),
    ("cs", "Ing. Kratochvíl informoval, že dodavatel práce dokončil."),
    # intentions and considerations of other bodies, reported as information
    ("en", "The Highways Authority is considering a lower speed limit on the main road."),
    ("en", "The county intends to review library opening hours at some point."),
    ("cs", "Kraj zvažuje rozšíření autobusové linky do sousední obce."),
    ("cs", "Ministerstvo údajně připravuje novelu zákona o odpadech."),
    # conditions and hypotheticals
    ("en", "Should the grant be refused, the project would have to be postponed."),
    ("cs", "Pokud by dotace nebyla přiznána, obec by akci odložila."),
    # wishes, opinions, recommendations to a third party
    ("en", "Members felt it would be helpful to have more benches in the park."),
    ("cs", "Bylo by vhodné doplnit lavičky v parku."),
    ("cs", "Komise doporučuje zastupitelstvu schválit rozpočtové opatření."),
    # standing duties, competence, rules
    ("en", "The Clerk is responsible for keeping the register of interests up to date."),
    ("cs", "Faktury musí být uhrazeny do 30 dnů od doručení."),
    ("cs", "O prodeji pozemků rozhoduje zastupitelstvo."),
    # negated futures and questions
    ("en", "The council will not apply for the grant this year."),
    ("en", "Ms Raman asked whether the car park will be resurfaced this year."),
    ("cs", "Obec letos o dotaci žádat nebude."),
    ("cs", "Dotaz, zda bude oprava chodníku dokončena do zimy."),
]


@pytest.mark.parametrize(("lang", "line"), NOT_ACTIONS)
def test_what_is_shaped_like_an_action_but_is_not_one(items: Any, lang: str, line: str) -> None:
    assert [a.text for a in new_actions(items(lang, [line]))] == []


# ---------------------------------------------------------------- due dates -------------------------------------
# (meeting on 2025-03-10; a duration counts from it)
DUES: list[tuple[str, str, str | None]] = [
    ("en", "Action: Clerk to circulate the draft budget by 31 March 2025.", "2025-03-31"),
    ("en", "Mr Brandt will report back at the next meeting on the footpath.", "next_meeting"),
    ("en", "Action: Chair to send the letter to the Highways Authority.", None),
    ("cs", "Ing. Kratochvíl zajistí objednávku osvětlení do 15. 4. 2025.", "2025-04-15"),
    ("cs", "Úkol: tajemnice připraví návrh smlouvy, termín: do příštího zasedání.", "next_meeting"),
    ("cs", "Mgr. Marešová bude průběžně informovat radu obce o stavu zakázky.", "continuous"),
    ("cs", "Ing. Kratochvíl zajistí opravu laviček.", None),
    # the double numeral of formal writing: the number in words with the digits in brackets, or the reverse
    ("en", "Mr Brandt undertook to send a written reply to members within fourteen (14) days.", "2025-03-24"),
    ("en", "The Clerk was instructed to serve the notice on the owner within seven (7) days.", "2025-03-17"),
    ("en", "Dr Raman will submit the audit response within thirty (30) calendar days.", "2025-04-09"),
    ("en", "Mr Brandt will reply to the objector within two (2) weeks.", "2025-03-24"),
    ("cs", "Ing. Kratochvíl zašle písemnou odpověď do čtrnácti (14) dnů.", "2025-03-24"),
    ("cs", "Mgr. Marešová zveřejní výsledek do 30 (třiceti) dnů.", "2025-04-09"),
    ("cs", "Ing. Kratochvíl zašle písemnou odpověď do 14 dnů.", "2025-03-24"),
]


@pytest.mark.parametrize(("lang", "line", "due"), DUES)
def test_the_due_of_an_action(items: Any, lang: str, line: str, due: str | None) -> None:
    acts = new_actions(items(lang, [line]))
    assert len(acts) == 1, [a.text for a in acts]
    check_due(acts[0].due, due)


# ---------------------------------------------------------------- the end of a task list ------------------------
# A task list at the end of minutes has no closing heading: the meeting's closing line and the sign-off block
# (recorder, verifier, approver, then an unlabelled signature) follow it. Only the task lines are tasks.
SIGNED_OFF: list[tuple[str, list[str], int]] = [
    ("cs", ["## Úkoly", "- oprava zábradlí u mostku – Z: Ing. Kratochvíl – T: 30. 4. 2025",
            "Předsedající ukončil jednání v 18:45 hod.", "Zapsala: Mgr. Marešová", "Ověřil: Ing. Kratochvíl",
            "Ing. Dušan Kratochvíl, místostarosta"], 1),
    ("cs", ["## Přehled úkolů", "- návrh smlouvy o pronájmu – Z: Mgr. Marešová – T: 15. 4. 2025",
            "- objednávka osvětlení – Z: Ing. Kratochvíl – T: 30. 4. 2025",
            "Zapsala: Mgr. Jitka Marešová", "Schválil: Ing. Dušan Kratochvíl, místostarosta"], 2),
    ("en", ["## Action items", "- Clerk: circulate the revised standing orders by 31 March 2025",
            "The Chair closed the meeting at 9.10 pm.", "Minutes taken by Oliver Brandt, Clerk",
            "Signed: Dr Priya Raman, Chair"], 1),
    ("en", ["## Actions", "- Dr Raman: write to the school about the crossing patrol",
            "- Mr Brandt: obtain two quotations for the bus shelter",
            "Minutes prepared by Oliver Brandt, Clerk.", "Approved by: Priya Raman, Chair"], 2),
]


@pytest.mark.parametrize(("lang", "lines", "count"), SIGNED_OFF)
def test_a_task_list_ends_at_the_sign_off(items: Any, lang: str, lines: list[str], count: int) -> None:
    assert len(new_actions(items(lang, lines))) == count, [a.text for a in new_actions(items(lang, lines))]


# ---------------------------------------------------------------- the next meeting (Czech) ----------------------
# In Czech minutes the date of the next meeting is an action of the organiser (corpus/FORMAT.md); the weekday
# before the date takes the preposition "v" or "ve" ("v pondělí", "ve čtvrtek", "ve středu").
@pytest.mark.parametrize(("line", "due"), [
    ("Příští schůze bude ve čtvrtek 8. května v 18 hodin.", "2025-05-08"),
    ("Další zasedání bude ve středu 16. 4. 2025 od 17:00.", "2025-04-16"),
    ("Příští jednání bude v úterý 22. dubna.", "2025-04-22"),
    ("Příští porada se bude konat ve čtvrtek 3. 4. 2025.", "2025-04-03"),
])
def test_the_next_meeting_date_with_its_weekday(items: Any, line: str, due: str) -> None:
    acts = new_actions(items("cs", [line]))
    assert len(acts) == 1, [a.text for a in acts]
    check_due(acts[0].due, due)


@pytest.mark.parametrize("line", [
    "Minulá schůze byla ve čtvrtek 6. března.",
    "Schůze výboru bývá vždy ve čtvrtek od 18 hodin.",
    "Příští schůze bude věnována hlavně rozpočtu.",
])
def test_a_meeting_that_is_no_next_meeting_date(items: Any, line: str) -> None:
    assert [a.text for a in new_actions(items("cs", [line]))] == []


# ---------------------------------------------------------------- action-log abbreviations ----------------------
# Action logs kept as tables abbreviate the due cell: "Next mtg", "by next mtg", "nxt mtg".
@pytest.mark.parametrize(("cell", "due"), [
    ("Next mtg", "next_meeting"),
    ("by next mtg", "next_meeting"),
    ("nxt mtg", "next_meeting"),
    ("at next meeting", "next_meeting"),
    ("31/03/25", "2025-03-31"),
    ("–", None),
])
def test_the_due_cell_of_an_action_log(items: Any, cell: str, due: str | None) -> None:
    lines = ["## Action log", "| No. | Action | Owner | Due |", "|---|---|---|---|",
             f"| 1 | Find out the cost of new chairs for the hall | OB | {cell} |"]
    acts = new_actions(items("en", lines))
    assert len(acts) == 1, [a.text for a in acts]
    check_due(acts[0].due, due)


# ---------------------------------------------------------------- a decision passive at a stated meeting --------
# "A statement that a body will decide a matter at a stated time or meeting is an action of that body"
# (corpus/FORMAT.md); Czech writes it often as a passive of a deciding or handling verb, perfective ("bude
# schválen", "bude rozhodnuto") or imperfective ("bude projednáván", "budou posuzovány"). Without a time or a
# meeting it only says who decides; in news someone reports, or in a condition, it is none.
@pytest.mark.parametrize("line", [
    "Nový organizační řád bude schvalován na příštím jednání.",
    "Návrh rozpočtu bude projednáván na příštím zasedání.",
    "Prodej pozemku bude schválen na listopadovém zasedání zastupitelstva.",
    "O žádosti spolku bude rozhodnuto na příští schůzi.",
    "Došlé nabídky budou posuzovány v průběhu května.",
])
def test_a_decision_passive_at_a_stated_meeting(items: Any, line: str) -> None:
    assert len(new_actions(items("cs", [line]))) == 1


@pytest.mark.parametrize("line", [
    "Rozpočet byl schválen na minulém jednání.",
    "Prodej pozemku bude schválen až po doložení znaleckého posudku.",
    "O prodeji pozemků je oprávněno rozhodovat pouze zastupitelstvo.",
    "Ing. Kratochvíl informoval, že smlouva bude schválena na zářijovém zasedání krajského zastupitelstva.",
    "Bude-li návrh schválen na příštím jednání, práce začnou v létě.",
    "Žádosti byly posuzovány v průběhu března.",
])
def test_a_decision_passive_that_is_no_action(items: Any, line: str) -> None:
    assert [a.text for a in new_actions(items("cs", [line]))] == []


# ---------------------------------------------------------------- a range of days -------------------------------
# Czech plans date multi-day events as a range of days before the month ("11.–13. 9. 2025", "3.-5. 12."): the
# dot after the first day's number ends no sentence, so the event and its organiser stay one line.
@pytest.mark.parametrize(("line", "due"), [
    ("Adaptační kurz šestých tříd – 15.–17. 9. 2025, zajišťuje Mgr. Marešová.", "2025-09-17"),
    ("Ing. Kratochvíl zajistí ubytování účastníků na 3.-5. 12. 2025.", "2025-12-05"),
])
def test_a_range_of_days_is_one_date(items: Any, line: str, due: str) -> None:
    acts = new_actions(items("cs", [line]))
    assert len(acts) == 1, [a.text for a in acts]
    check_due(acts[0].due, due)


# ---------------------------------------------------------------- a school class -------------------------------
# Czech school minutes name a class by its grade and letter ("9. A", "v 7. B"): the grade's dot ends no sentence.
@pytest.mark.parametrize(("line", "due"), [
    ("Mgr. Marešová zajistí pro žáky 9. A exkurzi do technického muzea do 30. 4. 2025.", "2025-04-30"),
    gap("a school class as the subject after the verb ('připraví 8. B') is no actor in a lone sentence",
        "Vánoční besídku pro 1. stupeň připraví 8. B dne 18. 12. 2025.", "2025-12-18"),
    ("Vánoční besídku pro 1. stupeň připraví Mgr. Marešová s žáky 8. B do 18. 12. 2025.", "2025-12-18"),
    ("Ing. Kratochvíl provede kontrolu třídních knih v 6. C do 31. 3. 2025.", "2025-03-31"),
])
def test_a_school_class_is_no_sentence_end(items: Any, line: str, due: str) -> None:
    acts = new_actions(items("cs", [line]))
    assert len(acts) == 1, [a.text for a in acts]
    check_due(acts[0].due, due)


@pytest.mark.parametrize("text", [
    "Hlasování: pro 9. A. Novák se zdržel.",
    "Schůze skončila v 9. Ani jeden bod nebyl odložen.",
])
def test_what_follows_a_number_and_is_no_school_class(text: str) -> None:
    from minutes_nlp.document import Block, BlockKind
    from minutes_nlp.nlp.sentences import split_block
    assert len(split_block(Block(0, BlockKind.PARAGRAPH, text, 0, len(text), None), "cs")) == 2
