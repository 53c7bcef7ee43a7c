"""Genre inventory (round 19b) of action PRECISION, written from knowledge of real minutes before reading this
round's failures. Sentences shaped like a task that real minutes use for something else:

- conditional offers and readiness: "je připraven(a) uhradit, pokud ...", "nabídl, že v případě zájmu zajistí",
  "would be happy to help if asked", "is willing to ... should the board agree" (mood: a condition, no commitment);
- reports of work already done (past tense, perfective past, "has been", "bylo zajištěno");
- announcements of events ("will be held", "will take place"); corpus/FORMAT.md counts agentless and
  third-party SCHEDULES as actions, so a dated "proběhne"/"dokončí" of another party is guarded as an action here;
- an intention or hope of an outside party ("intends to", "hopes to");
- a restating line: the same task written once in the discussion and once more as a summary; one action.
Positive rows guard true tasks that look similar (a task with a condition attached, a future task of the body's
member, a task in a summary line only). Names and sentences are invented.
"""

from __future__ import annotations

from typing import Any

import pytest
from genre_rows import new_actions

PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Libor Vaněk": (["Ing. Vaněk", "Ing. Vaňkovi", "Ing. Vaňka", "Vaněk"], "starosta"),
    "Marta Hrubá": (["Mgr. Hrubá", "Mgr. Hrubé", "Mgr. Hrubou", "Hrubá"], "místostarostka"),
    "Nigel Ashby": (["Nigel Ashby", "N. Ashby", "NA", "Nigel"], "Chair"),
    "Fiona Reid": (["Fiona Reid", "F. Reid", "FR", "Fiona"], "Secretary"),
}


@pytest.fixture()
def items(genre_items: Any) -> Any:
    def run(lang: str, lines: list[str]) -> Any:
        return genre_items(lang, lines, PEOPLE, {})
    return run


NOT_ACTIONS: list[Any] = [
    # conditional offers / readiness
    ("cs", ["Ing. Vaněk je připraven uhradit náklady na opravu, pokud to schválí zastupitelstvo."]),
    ("cs", ["Mgr. Hrubá je ochotna zajistit občerstvení, bude-li o to zájem."]),
    ("cs", ["Zástupce firmy nabídl, že v případě zájmu obce zajistí bezplatnou prohlídku."]),
    ("en", ["Fiona said she would be happy to help with the newsletter if anyone needed her."]),
    ("en", ["Nigel is willing to host the summer social should members want one."]),
    ("en", ["The contractor offered to carry out a free survey if the council wished."]),
    # reports of work done
    ("cs", ["Ing. Vaněk zajistil opravu veřejného osvětlení v Lipové ulici."]),
    ("cs", ["Oprava chodníku byla dokončena v srpnu."]),
    ("en", ["Fiona has circulated the revised constitution to all members."]),
    ("en", ["The new noticeboard has been installed outside the hall."]),
    # announcements of events and schedules
    ("en", ["The annual general meeting will take place on 12 May in the village hall."]),
    ("en", ["The summer fete will be held on the green on Saturday 21 June."]),
    # an intention or a hope of an outside party is no schedule
    ("en", ["The developer intends to submit a revised application in the spring."]),
    ("en", ["The landowner hopes to reopen the footpath once the works are finished."]),
    # readiness with a condition, more variants
    ("cs", ["Obec je připravena poskytnout pozemek za předpokladu, že kraj zajistí financování stavby."]),
    ("en", ["The diocese was prepared to fund half the repairs provided the parish raised the rest."]),
]


@pytest.mark.parametrize(("lang", "lines"), NOT_ACTIONS)
def test_shaped_like_a_task_but_not_one(items: Any, lang: str, lines: list[str]) -> None:
    assert [a.text for a in new_actions(items(lang, lines))] == []


ACTIONS: list[Any] = [
    # a task with a condition attached stays a task (the condition limits it, the verb commits)
    ("cs", ["Ing. Vaněk zajistí opravu osvětlení, a pokud to rozpočet dovolí, i výměnu stožárů."]),
    ("cs", ["Mgr. Hrubá připraví do příštího zasedání návrh smlouvy o pronájmu."]),
    ("en", ["Fiona to circulate the revised constitution before the next meeting."]),
    ("en", ["Nigel will write to the county about resurfacing the lane."]),
    # readiness stated without a condition, or a condition only on the deadline, is not an offer on terms
    ("cs", ["Mgr. Hrubá zajistí pronájem sálu; pokud nebude volný, objedná jiný prostor."]),
    # a third party's dated schedule is an action (corpus/FORMAT.md: third-party schedules are actions)
    ("cs", ["Dodavatel podle harmonogramu dokončí stavbu do konce září."]),
    # a body member tasked with following up a third party
    ("cs", ["Starosta projedná s dodavatelem termín dokončení stavby."]),
    ("en", ["NA to chase the contractor for the survey report."]),
]


@pytest.mark.parametrize(("lang", "lines"), ACTIONS)
def test_a_true_task_that_looks_similar(items: Any, lang: str, lines: list[str]) -> None:
    assert len(new_actions(items(lang, lines))) == 1


# a task stated in the discussion and restated in a summary line is one action
RESTATED: list[Any] = [
    ("cs", ["Ing. Vaněk zajistí cenovou nabídku na opravu střechy.",
            "Úkol: Ing. Vaněk – zajistit cenovou nabídku na opravu střechy."]),
    ("en", ["Fiona will book the hall for the AGM.", "ACTION: FR to book the hall for the AGM."]),
]


@pytest.mark.parametrize(("lang", "lines"), RESTATED)
def test_a_restated_task_is_one_action(items: Any, lang: str, lines: list[str]) -> None:
    assert len(new_actions(items(lang, lines))) == 1


# an action log's status cell that points to where the earlier action is taken up reports on it, no new task
LOG_HEAD = {"en": ["| No. | Action | Owner | Status |", "|---|---|---|---|"],
            "cs": ["| Č. | Úkol | Odpovídá | Stav |", "|---|---|---|---|"]}


@pytest.mark.parametrize(("lang", "row", "new"), [
    ("en", "| 12 | Quotes for the boiler service | FR | See item 6 |", 0),
    ("en", "| 13 | Draft the volunteer policy | NA | On this agenda (item 4) |", 0),
    ("en", "| 14 | Review the hire charges | FR | On the March agenda |", 0),
    ("en", "| 15 | Write to the county about the lane | NA | Covered under minute 25/14 |", 0),
    ("cs", "| 4/2 | návrh rozpočtu na příští rok | Ing. Vaněk | viz bod 5 |", 0),
    ("cs", "| 4/3 | smlouva o pronájmu sálu | Mgr. Hrubá | projednáno v bodě 3 |", 0),
    ("en", "| 16 | Book the hall for the AGM | FR | New |", 1),
    ("en", "| 17 | Order the new noticeboard | NA | |", 1),
    ("cs", "| 4/4 | objednat opravu střechy | Ing. Vaněk | nový |", 1),
])
def test_a_log_row_pointing_to_an_item_reports_on_it(items: Any, lang: str, row: str, new: int) -> None:
    lead = "Přehled úkolů." if lang == "cs" else "Action log."
    assert len(new_actions(items(lang, [lead, *LOG_HEAD[lang], row]))) == new


# a closing action table restates a task the discussion stated without naming anyone: one action, the row's
# owner given to it; a row on another task, or with another deadline, stays an action of its own
TABLE = ["## Actions", "| Action | Owner | Due |", "|---|---|---|"]


@pytest.mark.parametrize(("body", "row", "count"), [
    ("The hall will be booked for the annual meeting on 12 May.",
     "| Book the hall for the annual meeting | FR | 12 May 2025 |", 1),
    ("The revised hire charges will be sent to all user groups before the summer.",
     "| Send the revised hire charges to all user groups | NA | 30 June 2025 |", 1),
    ("The website will be updated with the new opening hours in May.",
     "| Book the hall for the annual meeting | FR | 12 May 2025 |", 2),
    ("The noticeboard outside the church will be repainted before Easter.",
     "| Renew the insurance of the village hall | FR | 30 September 2025 |", 2),
])
def test_a_table_row_restating_an_unowned_body_task(items: Any, body: str, row: str, count: int) -> None:
    acts = new_actions(items("en", [body, *TABLE, row]))
    assert len(acts) == count, [(a.text, a.owner) for a in acts]
    if count == 1:
        assert acts[0].text == body and acts[0].owner is not None, (acts[0].text, acts[0].owner)


# the caption of an attachment names a document and sets no task; a task about the attachment still is one
@pytest.mark.parametrize(("lang", "line", "count"), [
    ("cs", "Příloha č. 2: Harmonogram oprav místních komunikací, které zajistí obec do konce roku", 0),
    ("cs", "Přílohy: návrh smlouvy o dílo, který předloží starosta", 0),
    ("en", "Appendix B: Schedule of works to be completed by the contractor before the winter", 0),
    ("en", "Enclosure 3 – Draft risk register to be reviewed by the trustees", 0),
    ("cs", "Mgr. Hrubá zašle přílohu č. 2 všem členům výboru do pátku.", 1),
    ("en", "FR to circulate Appendix B to all members before the next meeting.", 1),
])
def test_an_attachment_caption_is_no_task(items: Any, lang: str, line: str, count: int) -> None:
    assert len(new_actions(items(lang, [line]))) == count


# a promise given in reply to a question (in the question's paragraph), then the marked task line repeating it:
# one action, at the reply; a marked line on another task or of another owner stays its own action
CS_Q = "Ing. Vaněk se zeptal, zda obec dostane dotaci na opravu chodníku."
EN_Q = "Nigel asked whether the lottery grant had been paid."
REPLY_THEN_CARD: list[Any] = [
    ("cs", CS_Q, "Mgr. Hrubá odpověděla, že to zatím není známo, a přislíbila, že žádost o dotaci prověří na kraji.",
     "Úkol 3/2: Prověřit žádost o dotaci na opravu chodníku na kraji. Z: Mgr. Hrubá", 1),
    ("en", EN_Q, "Fiona replied that she would check the grant payment with the bank and report back.",
     "ACTION: FR to check the lottery grant payment with the bank.", 1),
    ("en", EN_Q, "Fiona replied that she would check the grant payment with the bank and report back.",
     "ACTION: NA to write to the funder about the autumn round.", 2),
    ("cs", CS_Q, "Mgr. Hrubá odpověděla, že žádost o dotaci prověří na krajském úřadě.",
     "Úkol 3/3: Objednat geodetické zaměření pozemku u hřiště. Z: Ing. Vaněk", 2),
]


@pytest.mark.parametrize(("lang", "question", "reply", "card", "count"), REPLY_THEN_CARD)
def test_a_reply_and_its_task_card_are_one_action(items: Any, lang: str, question: str, reply: str, card: str,
                                                   count: int) -> None:
    acts = new_actions(items(lang, [f"{question} {reply}", card]))
    assert len(acts) == count, [(a.text, a.owner) for a in acts]
    if count == 1:
        assert acts[0].text == reply and acts[0].owner is not None, (acts[0].text, acts[0].owner)
