"""Round 16 inventory, from knowledge of real minutes, of three follow-up conventions the tracker depends on:

- a register of earlier resolutions or an open-items log keys each row by where the task was set (a resolution or
  register number with its label, "Item 4.3 of 05/06/2024", "bod 5 ze 14. 5. 2025") or by the task itself (no
  number column: "Item | Responsible | Due | Status"); the task's words follow, then its status cell;
- a status cell says more than one word: partial completion is no completion ("Partially completed", "splněno
  částečně", "Incomplete"), "Not proceeding" and "Discontinued" end the task;
- a matters-arising paragraph gives the news on a task and then what the body decided about it: a cancellation
  there ("The Board agreed that the survey be withdrawn", "Úkol se ruší") is the final word on the task.

Negative rows: rows numbered as the tasks were ("3/6"), dates and people in the first cell, one-word first cells,
status cells that say done with a word that only looks like a status, a row naming a task no earlier meeting set,
and a cancellation in another paragraph or of another matter. Names and sentences are invented.
"""

from __future__ import annotations

import pytest

from minutes_nlp.tracker.cues import classify, schedules_next_meeting
from minutes_nlp.tracker.follow import MeetingSlot, TrackedItem, follow_series
from minutes_nlp.tracker.mentions import SentenceRef
from minutes_nlp.tracker.model import normalise_status
from minutes_nlp.tracker.row_links import row_task, task_cell
from minutes_nlp.tracker.started import only_started

CITED = [
    ("en-resolution", "PWC 11/2024\tFencing of the depot yard\tDepot Manager\tCompleted\tFence erected 2 May", True),
    ("en-item-of-date", "Item 4.3 of 05/06/2024\tResurfacing of Mill Lane car park\tHighways\tIn progress", True),
    ("en-min-label", "Min 12.2\tQuotes for the pavilion boiler\tClerk\tDone", True),
    ("en-res-dash", "Res. 2024-31\tAudit of street-light contracts\tTreasurer\tOngoing", True),
    ("cs-usneseni", "Usn. RM/118/2024\tOprava mostku přes potok\tstarosta\tsplněno", True),
    ("cs-bod-ze-dne", "bod 5 ze 14. 5. 2025\tAktualizace povodňového plánu\ttajemník\ttrvá", True),
    ("cs-running-number", "4\tVýměna oken v tělocvičně\tškolník\tsplněno", True),
    ("cs-task-number", "3/6\tVýměna oken v tělocvičně\tškolník\tsplněno", False),
    ("en-task-number", "12/4\tQuotes for the pavilion boiler\tClerk\tDone", False),
    ("en-date-first", "14/03/2025\tQuotes for the pavilion boiler\tClerk\tDone", False),
    ("en-person-first", "Cllr Hartley\tQuotes for the pavilion boiler\tDone", False),
    ("en-role-first", "Depot Manager\tFencing of the depot yard\tCompleted", False),
    ("en-task-first", "Fencing of the depot yard\tDepot Manager\tCompleted", False),
    ("en-sentence", "The Clerk will obtain three quotes for the pavilion boiler.", False),
]


@pytest.mark.parametrize(("row", "cited"), [pytest.param(r, c, id=i) for i, r, c in CITED])
def test_a_row_keyed_by_a_citation_or_a_running_number_has_its_task_next(row: str, cited: bool) -> None:
    assert (task_cell(row) == (row.split("\t") + [""])[1]) is cited


KEYED = [
    ("en-hoa-log", "Gate keypad replacement\tT. Lindqvist\t6/30/2024\tDone – installed 6/21",
     "Gate keypad replacement"),
    ("en-log-comment", "Tree survey of the north bank (carried from March)\tGrounds\t–\tClosed",
     "Tree survey of the north bank"),
    ("cs-log", "Revize hromosvodů\tsprávce budovy\t30. 6. 2025\tsplněno po termínu", "Revize hromosvodů"),
    ("cs-task-number", "2/5 Revize hromosvodů\tsprávce budovy\tsplněno", None),
    ("en-one-word", "Keypad\tT. Lindqvist\tDone", None),
    ("en-two-cells", "Gate keypad replacement\tDone", None),
    ("en-prose", "The gate keypad was replaced on 21 June.", None),
    ("cs-prose", "Revize hromosvodů byla provedena v červnu.", None),
]


@pytest.mark.parametrize(("row", "cell"), [pytest.param(r, c, id=i) for i, r, c in KEYED])
def test_an_open_items_log_without_a_number_column_is_keyed_by_its_task(row: str, cell: str | None) -> None:
    assert row_task(row) == cell


EN2 = [MeetingSlot(0, 40, "2025-02-12", language="en"), MeetingSlot(1, 41, "2025-05-14", language="en")]
CS2 = [MeetingSlot(0, 50, "2025-02-12", language="cs"), MeetingSlot(1, 51, "2025-05-14", language="cs")]


def _row(text: str, status: str) -> TrackedItem:
    return TrackedItem("R1", "action", 1, text, None, None, reported_status=status)


def _two_tasks(lang: str) -> list[TrackedItem]:
    text = {"en": ("The Depot Manager will arrange fencing of the depot yard by 31 March 2025.",
                   "The Treasurer will commission an audit of the street-light contracts."),
            "cs": ("Starosta zajistí opravu mostku přes potok do 31. 3. 2025.",
                   "Tajemník zajistí aktualizaci povodňového plánu obce.")}[lang]
    return [TrackedItem("A1", "action", 0, text[0], "Owen Pryce", "2025-03-31"),
            TrackedItem("A2", "action", 0, text[1], "Rita Moss", None)]


REGISTER = [
    ("en-cited-done", "en", "PWC 11/2024\tFencing of the depot yard\tDepot Manager\tCompleted\tErected 2 May",
     "done", {"A1": "done", "A2": "open"}),
    ("en-log-done", "en", "Fencing of the depot yard\tDepot Manager\t31/03/2025\tDone – erected 2 May",
     "done", {"A1": "done", "A2": "open"}),
    ("cs-cited-done", "cs", "Usn. RM/118/2024\tOprava mostku přes potok\tstarosta\tsplněno", "done",
     {"A1": "done", "A2": "open"}),
    ("en-unknown-task", "en", "PWC 12/2024\tRepainting of the bandstand\tDepot Manager\tCompleted", "done",
     {"A1": "open", "A2": "open"}),
    ("en-log-unknown", "en", "Repainting of the bandstand\tDepot Manager\t31/03/2025\tDone", "done",
     {"A1": "open", "A2": "open"}),
    ("cs-unknown-task", "cs", "Usn. RM/119/2024\tNákup nového mulčovače\tstarosta\tsplněno", "done",
     {"A1": "open", "A2": "open"}),
]


@pytest.mark.parametrize(("lang", "row", "status", "expected"),
                         [pytest.param(la, r, s, e, id=i) for i, la, r, s, e in REGISTER])
def test_a_register_row_reports_on_the_task_its_words_name(lang: str, row: str, status: str,
                                                           expected: dict[str, str]) -> None:
    got = {t.item_id: t.status for t in follow_series(EN2 if lang == "en" else CS2,
                                                      [*_two_tasks(lang), _row(row, status)])}
    assert {k: got[k] for k in expected} == expected


CELLS = [
    ("en-partially", "Partially completed – two of five signs replaced", "carried_over"),
    ("en-incomplete", "Incomplete", "carried_over"),
    ("cs-castecne-po", "splněno částečně", "carried_over"),
    ("cs-castecne-pred", "částečně splněno, zbývá fasáda", "carried_over"),
    ("en-not-proceeding", "Not proceeding – no funding", "cancelled"),
    ("en-discontinued", "Discontinued", "cancelled"),
    ("cs-upusteno", "upuštěno – bez náhrady", "cancelled"),
    ("en-completed", "Completed", "done"),
    ("en-complete-late", "Complete – two weeks late", "done"),
    ("cs-splneno", "splněno", "done"),
    ("cs-po-terminu", "splněno po termínu", "done"),
    ("en-in-progress", "In progress", "carried_over"),
]


@pytest.mark.parametrize(("cell", "expected"), [pytest.param(c, e, id=i) for i, c, e in CELLS])
def test_a_status_cell_of_more_than_one_word(cell: str, expected: str) -> None:
    assert normalise_status(cell) == expected


TASK = "Ms Reyes will register the bridleway repair project with the county by 30 April 2025."
LAST_WORD = [
    ("en-agreed-withdrawn", "Bridleway repair: Ms Reyes reported that the county had taken the bridleway repair into "
     "its own programme. The Committee agreed that registration of the bridleway repair project be withdrawn.",
     "cancelled"),
    ("en-agreed-dropped", "Bridleway repair: the bridleway repair project had been funded by the county. It was "
     "agreed that the bridleway repair project be dropped.", "cancelled"),
    ("en-done-only", "Bridleway repair: Ms Reyes reported that the bridleway repair project had been registered "
     "with the county on 12 April.", "done"),
    ("en-other-matter-withdrawn", "Bridleway repair: Ms Reyes reported that the bridleway repair project had been "
     "registered with the county on 12 April and that works would start in the summer holidays. Members thanked "
     "her for the work done over the winter on the footpath network. Separately, the Committee agreed that the "
     "application for the village hall grant be withdrawn.", "done"),
]


@pytest.mark.parametrize(("block", "expected"), [pytest.param(b, e, id=i) for i, b, e in LAST_WORD])
def test_the_bodys_cancellation_after_the_news_is_the_last_word(block: str, expected: str) -> None:
    item = TrackedItem("A1", "action", 0, TASK, "Ana Reyes", "2025-04-30")
    said, at = [], 0
    for text in [s.strip() + "." for s in block.rstrip(".").split(". ")]:
        said.append(SentenceRef(1, 41, text, block=3, start=at, end=at + len(text), block_text=block))
        at += len(text) + 1
    got = {t.item_id: t.status for t in follow_series(EN2, [item], said)}
    assert got["A1"] == expected


STARTED = [
    ("cs-zahajeny", "cs", "Odbor dopravy zpracuje pasport místních komunikací.", "Pasport: v termínu, práce zahájeny.",
     True),
    ("cs-zapocato", "cs", "Ředitelka připraví nový školní řád.", "Příprava školního řádu byla započata v září.", True),
    ("en-commenced", "en", "The Clerk will draft the new grants policy.", "Drafting of the grants policy commenced in "
     "May.", True),
    ("en-started", "en", "Highways will resurface the Mill Lane car park.", "Resurfacing work has started.", True),
    ("cs-start-task", "cs", "Starosta zahájí výběrové řízení na dodavatele.", "Výběrové řízení bylo zahájeno 3. 5.",
     False),
    ("en-start-task", "en", "The contractor will start the footpath works by May.", "Works started on 3 May.", False),
    ("en-started-and-done", "en", "The Clerk will draft the new grants policy.", "Drafting started in May and the "
     "policy was circulated on 2 June.", False),
    ("cs-zahajeny-a-dokonceny", "cs", "Ředitelka připraví nový školní řád.", "Práce byly zahájeny v září a řád byl "
     "vydán 1. 11.", False),
    ("en-no-start-word", "en", "The Clerk will draft the new grants policy.", "The policy was circulated on 2 June.",
     False),
    ("cs-no-start-word", "cs", "Ředitelka připraví nový školní řád.", "Školní řád byl vydán 1. 11.", False),
]


@pytest.mark.parametrize(("lang", "task", "text", "started"),
                         [pytest.param(la, t, x, s, id=i) for i, la, t, x, s in STARTED])
def test_work_started_is_no_completion_unless_starting_was_the_task(lang: str, task: str, text: str,
                                                                    started: bool) -> None:
    assert only_started(task, text, lang) is started


POOL = "The Manager will post the revised playground rules on the website by 10 May 2025."
CLOSING = [
    ("en-task-owner-within", "Posting of the revised signage rules – Manager – within 15 days", "overdue"),
    ("en-task-owner-by", "Revised playground rules to the website – Manager – by the next meeting", "overdue"),
    ("cs-ukol-z-t", "Zveřejnění upraveného provozního řádu hřiště – Z: správce – T: 30. 6.", "overdue"),
    ("en-control-line-done", "Revised playground rules – done – posted on 2 May", "done"),
    ("en-report-prose", "The revised playground rules were posted on the website on 2 May.", "done"),
    ("en-dash-news", "Playground rules – the Manager posted the revised rules on the website on 2 May.", "done"),
]


@pytest.mark.parametrize(("line", "expected"), [pytest.param(ln, e, id=i) for i, ln, e in CLOSING])
def test_a_closing_list_line_task_owner_due_is_no_news(line: str, expected: str) -> None:
    lang = "cs" if "Z:" in line else "en"
    item = TrackedItem("A1", "action", 0, POOL, "Mia Lund", "2025-05-10")
    said = [SentenceRef(1, 41, line, block=7, start=0, end=len(line))]
    tracked = follow_series(EN2 if lang == "en" else CS2, [item], said)[0]
    assert (tracked.status == "done") is (expected == "done")


ATTRIBUTIVE = [
    ("en-the-delayed", "All four pumps have worked since 3 June, after the delayed parts arrived.", "carried_over",
     False),
    ("en-the-postponed", "The postponed site visit took place on 12 June.", "carried_over", False),
    ("en-its-deferred", "Its deferred launch went ahead on 1 July.", "carried_over", False),
    ("en-were-delayed", "The works were delayed by the wet weather.", "carried_over", True),
    ("en-has-been-postponed", "The site visit has been postponed to July.", "carried_over", True),
    ("en-bare-deferred", "Deferred to the September meeting.", "carried_over", True),
]


@pytest.mark.parametrize(("text", "status", "says"), [pytest.param(t, st, s, id=i) for i, t, st, s in ATTRIBUTIVE])
def test_a_delay_word_before_its_noun_is_no_status(text: str, status: str, says: bool) -> None:
    assert (classify(text, "en", default=None) == status) is says


NAMED_MEETING = [
    ("cs-ctvrtletni-rada", "cs", "Čtvrtletní pedagogická rada se bude konat v březnu, termín upřesní vedení.", True),
    ("cs-vyrocni-schuze", "cs", "Výroční členská schůze se uskuteční v dubnu 2026.", True),
    ("cs-mimoradne-zasedani", "cs", "Mimořádné zasedání se koná 14. 1. v zasedací místnosti.", True),
    ("en-quarterly-meeting", "en", "The quarterly board meeting will be held on 9 April.", True),
    ("en-annual-meeting", "en", "The annual general meeting will take place in March.", True),
    ("cs-rada-schvalila", "cs", "Pedagogická rada schválila plán exkurzí.", False),
    ("cs-vyrocni-zprava", "cs", "Výroční zpráva bude předložena v dubnu.", False),
    ("cs-jina-rada", "cs", "Školská rada se sejde až po volbách.", False),
    ("en-annual-report", "en", "The annual report will be published in April.", False),
    ("en-quarterly-noted", "en", "The quarterly meeting noted the accounts.", False),
    ("en-summer-fete", "en", "The summer fete will be held on the green.", False),
]


@pytest.mark.parametrize(("lang", "text", "schedule"), [pytest.param(la, t, s, id=i) for i, la, t, s in NAMED_MEETING])
def test_a_meeting_named_by_its_kind_or_period_is_a_schedule(lang: str, text: str, schedule: bool) -> None:
    assert schedules_next_meeting(text, lang) is schedule


ASKED16 = "Mr Osei asked whether the Association would repair the storm-damaged bus shelter on Heron Lane. "
LEAD_IN = [
    ("en-row-names-the-question", "Heron Lane bus shelter – written answer to owner\tK. Baptiste\t–\tDone – letter "
     "of 8/2", "done"),
    ("en-row-other-matter", "Pool gate keypad – written answer to owner\tK. Baptiste\t–\tDone – letter of 8/2", "open"),
    ("en-row-no-question-words", "Written answer to owner\tK. Baptiste\t–\tDone", "open"),
]


@pytest.mark.parametrize(("row", "expected"), [pytest.param(r, e, id=i) for i, r, e in LEAD_IN])
def test_a_log_row_names_a_promised_answer_by_the_question_it_answers(row: str, expected: str) -> None:
    item = TrackedItem("A1", "action", 0, "Ms Baptiste said she would check with the county and answer the owner in "
                       "writing.", "Kim Baptiste", None, context=ASKED16)
    other = TrackedItem("A2", "action", 0, "The Treasurer will move the reserve funds to the new bank.", "Ola Berg",
                        None)
    got = {t.item_id: t.status for t in follow_series(EN2, [item, other, _row(row, "done")])}
    assert got["A1"] == expected and got["A2"] == "open"
