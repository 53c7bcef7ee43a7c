"""Round 18 inventory, from knowledge of real minutes, of how minutes report progress on earlier actions:

- a status cell or a status line of a "matters arising" / "kontrola plnění úkolů" section says the state in a
  word or two: done ("Completed", "Actioned", "Achieved", "splněno", "vyřízeno"), still running ("Ongoing",
  "Carried forward", "trvá", "průběžně", "v řešení"), moved ("Deferred to June", "přesouvá se na"), ended
  without being done ("Withdrawn", "No longer required", "Not required", "zrušeno", "bezpředmětné", "upouští se");
- a sentence of such a section reports the state in the passive or with a task label ("The action was
  completed.", "Úkol byl splněn.", "Úkol se přesouvá na příští zasedání."); one that says the task was done late
  is a completion ("splněno po termínu", "completed, albeit late", "done two weeks after the deadline");
- a table of earlier tasks is keyed by the task's number ("4/2 | Oprava chodníku | starosta | splněno"), and a
  line of a matters-arising list names the task by its number ("Úkol č. 4/2 – splněno", "Action 3.1: Completed").

Negative rows: status words inside other words and phrases ("Completed forms", "ongoing costs", "open space",
"hotovost"), the future or a condition ("will be completed", "až bude splněno"), a question about the state, an
intention to cancel, a delay that is all there is ("the deadline was missed"), and a line of another task number.
Names and sentences are invented.
"""

from __future__ import annotations

import pytest
from genre_rows import named_gap, named_params

from minutes_nlp.tracker.cues import classify
from minutes_nlp.tracker.follow import MeetingSlot, TrackedItem, follow_series
from minutes_nlp.tracker.mentions import SentenceRef
from minutes_nlp.tracker.model import normalise_status

STATUS_CELLS = [
    ("en-actioned", "Actioned", "done"),
    ("en-achieved", "Achieved", "done"),
    ("en-completed-date", "Completed 14/03", "done"),
    ("en-complete-late", "Complete (late)", "done"),
    ("en-ongoing", "Ongoing", "carried_over"),
    ("en-carried-forward", "Carried forward", "carried_over"),
    ("en-in-hand", "In hand", "carried_over"),
    ("en-deferred-to", "Deferred to June", "postponed"),
    ("en-withdrawn", "Withdrawn", "cancelled"),
    ("en-no-longer-required", "No longer required", "cancelled"),
    ("en-not-required", "Not required", "cancelled"),
    ("en-no-further-action", "No further action required", "cancelled"),
    ("cs-splneno", "splněno", "done"),
    ("cs-splneno-po-terminu", "splněno po termínu", "done"),
    ("cs-vyrizeno", "vyřízeno", "done"),
    ("cs-trva", "trvá", "carried_over"),
    ("cs-prubezne", "průběžně", "carried_over"),
    ("cs-plni-se-prubezne", "plní se průběžně", "carried_over"),
    ("cs-v-reseni", "v řešení", "carried_over"),
    ("cs-presouva-se", "přesouvá se na září", "postponed"),
    ("cs-zruseno", "zrušeno", "cancelled"),
    ("cs-bezpredmetne", "bezpředmětné", "cancelled"),
    ("cs-upousti-se", "upouští se od úkolu", "cancelled"),
    ("cs-pozbyl-aktualnosti", "úkol pozbyl aktuálnosti", "cancelled"),
    # negative rows: no status word at all
    ("en-owner-cell", "Clerk", None),
    ("en-date-cell", "30/06/2025", None),
    ("en-task-cell", "Quotes for the new noticeboard", None),
    ("cs-owner-cell", "místostarosta", None),
    ("cs-date-cell", "do 30. 6. 2025", None),
    ("cs-task-cell", "Oprava zídky u hřbitova", None),
]


@pytest.mark.parametrize(("cell", "expected"), named_params(STATUS_CELLS))
def test_a_status_word_of_a_review_cell(cell: str, expected: str | None) -> None:
    assert normalise_status(cell) == expected


SENTENCES = [
    ("en-action-completed", "en", "The action was completed in February.", "done"),
    ("en-had-been-actioned", "en", "The Clerk confirmed this had been actioned.", "done"),
    ("en-carried-forward-to", "en", "This item was carried forward to the next meeting.", "carried_over"),
    ("en-remains-ongoing", "en", "The work remains ongoing.", "carried_over"),
    ("en-no-longer-required", "en", "Members agreed that the action was no longer required.", "cancelled"),
    ("en-withdrawn", "en", "The request had been withdrawn by the applicant's agent.", "cancelled"),
    ("en-done-late", "en", "The survey was completed, albeit three weeks late.", "done"),
    ("en-after-deadline", "en", "The return was submitted after the deadline, on 4 May.", "done"),
    ("cs-ukol-splnen", "cs", "Úkol byl splněn.", "done"),
    ("cs-ukol-trva", "cs", "Úkol nadále trvá.", "carried_over"),
    ("cs-prubezne-plni", "cs", "Úkol se plní průběžně.", "carried_over"),
    ("cs-presouva", "cs", "Úkol se přesouvá na příští zasedání.", "carried_over"),
    ("cs-zrusen", "cs", "Rada úkol zrušila.", "cancelled"),
    ("cs-po-terminu", "cs", "Úkol byl splněn po termínu.", "done"),
    ("cs-se-zpozdenim", "cs", "Zpráva byla předložena se zpožděním dvou týdnů.", "done"),
    ("cs-dosud-nesplnen", "cs", "Úkol dosud nebyl splněn.", "carried_over"),
    # negative rows: nothing reported about the state of a task
    ("en-will-be-completed", "en", "The survey will be completed by the end of May.", None),
    ("en-if-completed", "en", "If the works are completed in time, the hall will reopen in June.", None),
    ("en-asked-whether", "en", "Cllr Pike asked whether the survey would be finished before the summer.", None),
    named_gap("a status word used as an attribute before its noun (English has no inflection to tell it)",
              "en-ongoing-costs", "en", "The ongoing costs of the scheme are met from the reserve.", None),
    named_gap("a past participle opening a sentence as an attribute of its subject", "en-completed-forms", "en",
              "Completed forms should be returned to the Clerk.", None),
    ("en-propose-withdraw", "en", "Cllr Pike proposed to withdraw the grant if no accounts are received.", None),
    ("cs-az-bude", "cs", "Až bude úkol splněn, starosta o tom informuje radu.", None),
    ("cs-zajisti-aby", "cs", "Tajemník zajistí, aby oprava proběhla do konce června.", None),
    ("cs-dotaz-zda", "cs", "Pan Kolář se dotázal, zda bude oprava dokončena před zimou.", None),
    ("cs-navrhl-zrusit", "cs", "Pan Dvořák navrhl zrušit poplatek za psa, rada to projedná příště.", None),
    ("en-costs-noted", "en", "Members noted the costs of the new boiler.", None),
    ("en-deadline-missed", "en", "The deadline was missed.", "carried_over"),
    ("cs-termin-nedodrzen", "cs", "Termín nebyl dodržen.", "carried_over"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), named_params(SENTENCES))
def test_a_review_sentence_says_how_the_task_stands(lang: str, text: str, expected: str | None) -> None:
    assert classify(text, lang, default=None) == expected


CS2 = [MeetingSlot(0, 80, "2025-03-10", language="cs"), MeetingSlot(1, 81, "2025-04-14", language="cs")]
EN2 = [MeetingSlot(0, 90, "2025-03-10", language="en"), MeetingSlot(1, 91, "2025-04-14", language="en")]


def _tasks(lang: str) -> list[TrackedItem]:
    if lang == "cs":
        return [TrackedItem("A1", "action", 0, "Starosta zajistí opravu zídky u hřbitova.", "Jan Vrba", "2025-04-10",
                            task_number="4/2"),
                TrackedItem("A2", "action", 0, "Tajemnice objedná nové kontejnery na tříděný odpad.", "Eva Malá",
                            None, task_number="4/3")]
    return [TrackedItem("A1", "action", 0, "The Clerk will obtain quotes for the noticeboard.", "Dora Finch",
                        "2025-04-10", task_number="3.1"),
            TrackedItem("A2", "action", 0, "Cllr Amis will report on the allotment leases.", "Rob Amis", None,
                        task_number="3.2")]


def _said(text: str, meeting_id: int) -> list[SentenceRef]:
    return [SentenceRef(1, meeting_id, text, block=4, start=0, end=len(text), block_text=text)]


NUMBERED = [
    ("cs-line-splneno", "cs", "Úkol č. 4/2 – splněno.", {"A1": "done", "A2": "open"}),
    ("cs-line-trva", "cs", "Úkol 4/2: trvá, termín do 30. 6.", {"A1": "carried_over", "A2": "open"}),
    ("cs-line-zrusen", "cs", "Úkol č. 4/2 se ruší.", {"A1": "cancelled", "A2": "open"}),
    ("cs-table-row", "cs", "4/2\tOprava zídky u hřbitova\tstarosta\tsplněno", {"A1": "done", "A2": "open"}),
    ("en-line-completed", "en", "Action 3.1: Completed.", {"A1": "done", "A2": "open"}),
    ("en-line-cf", "en", "Action 3.1 – carried forward.", {"A1": "carried_over", "A2": "open"}),
    ("en-ap-label", "en", "AP 3.2 – done, leases renewed.", {"A1": "open", "A2": "done"}),
    ("en-table-row", "en", "3.1\tNoticeboard quotes\tClerk\tComplete", {"A1": "done", "A2": "open"}),
    # negative rows: another task's number, or the number of something else
    ("cs-other-number", "cs", "Úkol č. 4/5 – splněno.", {"A1": "open", "A2": "open"}),
    ("cs-usneseni-number", "cs", "Usnesení č. 12/2025 bylo splněno.", {"A1": "open", "A2": "open"}),
    ("en-other-number", "en", "Action 3.7: Completed.", {"A1": "open", "A2": "open"}),
    ("en-paragraph-number", "en", "Item 5.1 Planning applications: none received.", {"A1": "open", "A2": "open"}),
    ("en-bare-dotted", "en", "3.1 Planning applications: none received.", {"A1": "open", "A2": "open"}),
    ("en-sum-dotted", "en", "The action fund paid 3.10 for postage.", {"A1": "open", "A2": "open"}),
    ("cs-other-table-row", "cs", "4/6\tNákup sekačky\tstarosta\tsplněno", {"A1": "open", "A2": "open"}),
    ("en-other-table-row", "en", "3.9\tBench repairs\tClerk\tComplete", {"A1": "open", "A2": "open"}),
    ("cs-date-not-number", "cs", "Dne 4. 2. proběhla kontrola pokladny.", {"A1": "open", "A2": "open"}),
    # negative rows: past-tense sentences of the meeting's own business, naming no task (a sentence that names a
    # task in the past tense reports on it: tracker/cues.py reads any past verb as news)
    ("en-opened-meeting", "en", "The Chair opened the meeting and welcomed the new member.",
     {"A1": "open", "A2": "open"}),
    ("cs-hotovost", "cs", "Hotovost v pokladně činila ke dni kontroly 4 300 Kč.", {"A1": "open", "A2": "open"}),
    ("cs-zahajil", "cs", "Starosta zahájil zasedání a přivítal přítomné.", {"A1": "open", "A2": "open"}),
]


@pytest.mark.parametrize(("lang", "line", "expected"), named_params(NUMBERED))
def test_a_review_line_names_the_task_by_its_number(lang: str, line: str, expected: dict[str, str]) -> None:
    meetings = CS2 if lang == "cs" else EN2
    got = {t.item_id: t.status for t in follow_series(meetings, _tasks(lang), _said(line, meetings[1].meeting_id))}
    assert {k: ("open" if got[k] == "overdue" else got[k]) for k in expected} == expected


LATE_OR_IN_USE = [
    ("en-not-until-date", "The letter to the county had not gone out until 14 March.", "done"),
    ("en-didnt-until-month", "The grant claim wasn't submitted until June, after the auditors' query.", "done"),
    ("en-not-until-end", "The hedge was not cut until the end of May.", "done"),
    ("en-in-use-since", "The new booking form has been in use since 1 April.", "done"),
    ("en-in-force-since", "The revised standing orders are in force since the May meeting.", "done"),
    # negative rows: a future or a condition with "until", a length of use, a state
    ("en-will-not-until", "The report will not be ready until June.", None),
    ("en-cannot-until", "The hall cannot be booked until the lease is signed.", None),
    ("en-in-use-for", "The old boiler has been in use for twenty years.", None),
    ("en-not-in-use", "The hall is not in use until the repairs are done.", "carried_over"),
]


@pytest.mark.parametrize(("text", "expected"), named_params(LATE_OR_IN_USE))
def test_done_late_and_in_use_since(text: str, expected: str | None) -> None:
    assert classify(text, "en", default=None) == expected


def _lines(meeting_index: int, meeting_id: int, texts: list[str], first_block: int = 10) -> list[SentenceRef]:
    return [SentenceRef(meeting_index, meeting_id, t, block=first_block + n, start=0, end=len(t), block_text=t)
            for n, t in enumerate(texts)]


RECORDS = [
    ("cs-t-z-ukol", "cs", "T: 30. 4. 2025, Z: JV (úkol 4/2)", "Úkol 4/2 – splněno.", "done"),
    ("cs-z-t-cislo", "cs", "Z: starosta, T: 30. 4. 2025, úkol č. 4/2", "Úkol č. 4/2 – trvá.", "carried_over"),
    ("en-due-owner-action", "en", "Due: 30/04/2025 – Owner: DF – Action 4/2", "Action 4/2: Completed.", "done"),
    # negative rows: the line under the task says what something else is, or is a table's row
    ("cs-other-task-line", "cs", "Úkol 4/2: tajemnice objedná kontejnery na tříděný odpad.", "Úkol 4/2 – splněno.",
     "open"),
    ("en-table-row", "en", "4/2\tBench repairs\tClerk\t30/04/2025", "Action 4/2: Completed.", "open"),
    ("en-heading", "en", "Min 4/2 Allotments and open spaces", "Action 4/2: Completed.", "open"),
]


@pytest.mark.parametrize(("lang", "record", "review", "expected"), named_params(RECORDS))
def test_a_record_line_under_a_task_numbers_it(lang: str, record: str, review: str, expected: str) -> None:
    meetings = CS2 if lang == "cs" else EN2
    task = {"cs": "Starosta zajistí opravu zídky u hřbitova.", "en": "The Clerk will obtain quotes for the "
            "noticeboard."}[lang]
    item = TrackedItem("A1", "action", 0, task, None, "2025-04-30", block=9, start=0, end=len(task))
    said = [*_lines(0, meetings[0].meeting_id, [record]), *_lines(1, meetings[1].meeting_id, [review], 3)]
    got = {t.item_id: t.status for t in follow_series(meetings, [item], said)}
    assert ("open" if got["A1"] == "overdue" else got["A1"]) == expected


NAMES18 = [
    ("en-elected-after", "en", "Parochial Church Council elected", "Parochial Church Council"),
    ("en-appointed-after", "en", "Joint Staffing Committee appointed", "Joint Staffing Committee"),
    ("en-duly-constituted", "en", "Parish Council duly constituted", "Parish Council"),
    ("cs-zvoleny-po", "cs", "Kontrolní výbor zvolený", "Kontrolní výbor"),
    # negative rows: the participle is no term qualifier, or what is left names no body
    ("en-elected-members", "en", "Elected Members Forum", "Elected Members Forum"),
    ("en-tenants-formed", "en", "Tenants Formed", "Tenants Formed"),
    ("en-plain", "en", "Kingsford Parochial Church Council", "Kingsford Parochial Church Council"),
    ("cs-plain", "cs", "Výbor pro výchovu a vzdělávání", "Výbor pro výchovu a vzdělávání"),
]


@pytest.mark.parametrize(("lang", "name", "expected"), named_params(NAMES18))
def test_a_term_participle_after_the_body_is_no_part_of_its_name(lang: str, name: str, expected: str) -> None:
    from minutes_nlp.store.series_names import body_name

    assert body_name(name, lang) == expected


HEADINGS18 = [
    ("en-bare-year-first", "24/27 North aisle roof", True, "24/27"),
    ("en-bare-three-digit", "23/114 Planning applications", True, "23/14"),
    ("en-bare-letter", "25/18 (a) Grass cutting contract", True, "25/18"),
    named_gap("a zero-padded minute number reads as a day and month", "en-bare-zero-padded",
              "25/08 Grass cutting contract", True, "25/8"),
    # negative rows: a date, a day and month, an agenda number, a line of text rather than a heading
    ("en-date", "12/03/2025 Site visit to the depot", True, None),
    ("en-day-month", "14/02 Site visit", True, None),
    ("en-agenda", "5. Finance", True, None),
    ("en-text-line", "24/27 North aisle roof", False, None),
]


@pytest.mark.parametrize(("heading", "is_heading", "expected"), named_params(HEADINGS18))
def test_parish_minutes_number_headings_year_first(heading: str, is_heading: bool, expected: str | None) -> None:
    from minutes_nlp.tracker.minute_heads import heading_minute

    assert heading_minute(heading, "en", heading=is_heading) == expected


HEADER_TASK = {"en": "The Clerk will book the Village Hall for the Harvest Supper on Saturday 5 October.",
               "cs": "Tajemník zajistí opravu zasedací místnosti obecního úřadu v Horní Lhotě."}
HEADERS = [
    ("en-held-on", "en", "Held on Monday, 9 September 2025 at 7 p.m. in the Village Hall.", "open"),
    ("en-date-venue", "en", "Date and venue: Monday 9 September 2025, Village Hall.", "open"),
    ("en-minutes-held", "en", "Minutes of the meeting of the Parish Council held in the Village Hall on 9 "
     "September 2025.", "open"),
    ("cs-konane-dne", "cs", "konaného dne 9. 9. 2025 v zasedací místnosti obecního úřadu v Horní Lhotě", "open"),
    ("cs-misto-konani", "cs", "Místo konání: zasedací místnost obecního úřadu", "open"),
    # negative rows: a report on the task, in the past, however it opens
    ("en-report", "en", "The Village Hall was booked for the Harvest Supper.", "done"),
    ("en-held-event", "en", "The Harvest Supper was held in the Village Hall on 5 October.", "done"),
    ("cs-report", "cs", "Oprava zasedací místnosti obecního úřadu byla dokončena v srpnu.", "done"),
]


@pytest.mark.parametrize(("lang", "line", "expected"), named_params(HEADERS))
def test_the_minutes_own_when_and_where_line_is_no_news(lang: str, line: str, expected: str) -> None:
    meetings = CS2 if lang == "cs" else EN2
    item = TrackedItem("A1", "action", 0, HEADER_TASK[lang], None, None)
    got = {t.item_id: t.status for t in follow_series(meetings, [item], _said(line, meetings[1].meeting_id))}
    assert got["A1"] == expected


OTHER_NAMED = [
    ("cs-other-name-reason", "cs", "Rekonstrukce povrchu tenisových kurtů (J. Brož) – úkol se ruší, o dotaci na "
     "hřiště rozhodne rada obce v březnu.", "open"),
    ("en-other-name-reason", "en", "Repainting of the bowls pavilion (Clerk) – withdrawn; the council will decide the "
     "playground grant in March.", "open"),
    # negative rows: the line names this task, or is prose
    ("cs-own-name", "cs", "Dotace na dětské hřiště (J. Brož) – splněno, rada obce o ní rozhodla v březnu.", "done"),
    ("en-own-name", "en", "Playground grant (Clerk) – done; the council decided the grant in March.", "done"),
    ("en-prose", "en", "The council decided the playground grant in March.", "done"),
    ("en-matter-label", "en", "6.4 Eastfield Housing Extension: the Director reported that the council decided the "
     "playground grant in March.", "done"),
    ("cs-label-kontrola", "cs", "Kontrola plnění úkolů z minulé schůze: dotace na dětské hřiště byla radou obce "
     "schválena v březnu.", "done"),
]


@pytest.mark.parametrize(("lang", "line", "expected"), named_params(OTHER_NAMED))
def test_a_control_line_naming_another_task_is_not_about_this_one(lang: str, line: str, expected: str) -> None:
    meetings = CS2 if lang == "cs" else EN2
    task = {"cs": "O dotaci na dětské hřiště rozhodne rada obce.",
            "en": "The council will decide the playground grant."}[lang]
    item = TrackedItem("A1", "action", 0, task, None, None)
    got = {t.item_id: t.status for t in follow_series(meetings, [item], _said(line, meetings[1].meeting_id))}
    assert got["A1"] == expected
