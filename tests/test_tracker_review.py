"""Task reviews of later meetings on small hand-made series: how a review refers to a numbered task (its number
without the label, an inflected label, a renumbering table), which line of the review settles it, and the
cue words that only look like reports."""

from __future__ import annotations

import pytest

from minutes_nlp.tracker import cues
from minutes_nlp.tracker.follow import MeetingSlot, TrackedItem, follow_series
from minutes_nlp.tracker.mentions import SentenceRef
from minutes_nlp.tracker.model import number_key
from minutes_nlp.tracker.numbers import task_key
from minutes_nlp.tracker.owners import OwnerPrefixes

MEETINGS = [MeetingSlot(0, 10, "2025-01-14"), MeetingSlot(1, 11, "2025-02-11", language="cs"),
            MeetingSlot(2, 12, "2025-03-11", language="cs")]
EN = [MeetingSlot(0, 10, "2025-01-14", language="en"), MeetingSlot(1, 11, "2025-02-11", language="en")]


def _final(meetings: list[MeetingSlot], items: list[TrackedItem], sentences: tuple[SentenceRef, ...] = ()
           ) -> dict[str, str]:
    return {t.item_id: t.status for t in follow_series(meetings, items, sentences)}


@pytest.mark.parametrize(("value", "expected"), [
    ("ACTION 7.3", "7.3"),  # the body labels it, the review table's row lists it bare
    ("Action item 7.2", "7.2"),
    ("7.3", "7.3"),
    ("Úkol č. 4/5", "4/5"),
    ("Usnesení č. 4/3/2021", "4/3/21"),
    ("Actions", None),
])
def test_number_key_is_the_number_without_its_label(value: str, expected: str | None) -> None:
    assert number_key(value) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("6/1\tfinální znění plánu\tsplněno, schváleno per rollam (Usnesení č. 2/2025)", "6/1"),  # the row's own first
    ("K úkolu 6/1 doplnila, že hlasování skončilo se zpožděním.", "6/1"),  # an inflected label
    ("Přehled bezpečnostních požadavků (plnění úkolu 5/4) byl předložen.", "5/4"),
    ("Usnesení č. 2/2025: výbor schvaluje plán.", "2/25"),
    ("Hlasování: 9/2 pro návrh.", None),  # a vote, not a task
])
def test_task_key_of_a_review_line(text: str, expected: str | None) -> None:
    assert task_key(text) == expected


def test_labelled_action_is_closed_by_the_bare_number_row_of_the_review_table() -> None:
    items = [
        TrackedItem("A1", "action", 0, "ACTION 7.1: JB to agree interim cover for the developer post by 31/01/2025.",
                    "Jamie Brennan", "2025-01-31", task_number="ACTION 7.1"),
        TrackedItem("R1", "action", 1, "7.1\tInterim cover for the developer post\tJB\t31/01/2025\tClosed – started",
                    "Jamie Brennan", task_number="7.1", reported_status="Closed – started", refers_to="7.1"),
    ]
    assert _final(EN, items) == {"A1": "done", "R1": "report"}


def test_review_table_row_settles_a_task_a_comment_line_carried_over() -> None:
    """ "K úkolu 6/1 doplnila, že hlasování skončilo se zpožděním" comments on the row that says it is done."""
    items = [
        TrackedItem("A1", "action", 0, "Úkol 6/1: Zapracovat připomínky a předložit finální znění plánu.",
                    "Kateřina Horáková", "2025-01-31", task_number="Úkol 6/1"),
        TrackedItem("R1", "action", 1, "K úkolu 6/1 doplnila, že hlasování skončilo se zpožděním, termín posunut.",
                    None, reported_status="termín posunut"),
    ]
    row = SentenceRef(1, 11, "6/1\tfinální znění plánu\tsplněno, plán schválen per rollam 12. 2. 2025", 3, 1,
                      100, 170)
    assert _final(MEETINGS, items, (row,))["A1"] == "done"


def test_renumbered_task_in_the_new_task_table_is_checked_by_that_number_later() -> None:
    items = [
        TrackedItem("A1", "action", 0, "FV ukládá vedoucí odboru zaslat členům výboru rozbor pohledávek města.",
                    "Dana Křížová", "2025-01-31"),
        TrackedItem("T1", "action", 1, "1/4\trozbor pohledávek města\tIng. Křížová\tdo příštího jednání",
                    "Dana Křížová", task_number="1/4"),
        TrackedItem("R1", "action", 2, "Úkol č. 1/4 byl splněn s prodlením: rozbor zaslán 3. 3. 2025.", None,
                    reported_status="splněn", refers_to="Úkol č. 1/4"),
    ]
    assert _final(MEETINGS, items)["A1"] == "done"


def test_new_task_is_not_a_task_the_meeting_checked_by_number() -> None:
    items = [
        TrackedItem("A1", "action", 0, "Úkol č. 3/2: Vedoucí odboru připraví návrh výhledu rozpočtu na léta 2025–2027.",
                    "Dana Křížová", "2025-02-01", task_number="Úkol č. 3/2"),
        TrackedItem("R1", "action", 1, "úkol č. 3/2 (výhled rozpočtu) – nesplněno, přesouvá se na březen", None,
                    reported_status="nesplněno", refers_to="úkol č. 3/2"),
        TrackedItem("N1", "action", 1, "Úkol: vedoucí odboru předloží výboru návrh rozpočtu na rok 2025.",
                    "Dana Křížová"),
    ]
    assert _final(MEETINGS, items)["N1"] == "open"


@pytest.mark.parametrize("text", ["K dotazu pana Nováka sdělila tajemnice, že smlouva je podepsána.",
                                  "S ohledem na termín Novák zajistí opravu."])
def test_one_letter_preposition_opening_a_sentence_names_nobody(text: str) -> None:
    assert OwnerPrefixes(["K. Novák", "S. Dvořák"]).of_sentence(text, "", "cs") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Ministerstvo sdělilo, že minimální podíl zelených ploch vyhláška stanovit nebude.", None),  # a noun in -íl
    ("Rozdíl v nákladech činí 2 mil. Kč.", None),
    ("Rozbor pohledávek zaslala vedoucí odboru členům výboru.", "done"),
])
def test_nouns_that_look_like_past_participles_report_nothing(text: str, expected: str | None) -> None:
    assert cues.classify(text, "cs", default=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Na dotaz Mgr. Pospíšila z 5. zasedání odpověděl sekretariát dopisem, že obce se zapojit mohou.", True),
    ("Na dotaz Mgr. Pospíšila, zda se obce mohou zapojit, odpověděl náměstek kladně.", False),  # a new question
])
def test_answer_referring_to_a_numbered_earlier_meeting(text: str, expected: bool) -> None:
    assert cues.answers(text, "cs") is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("odpověď Svazu zašle sekretariát písemně", True),  # a deferred answer: done once a later meeting answers
    ("Honza obvolá sponzory do konce měsíce", True),  # calling round: done once the results are reported
    ("sekretariát zašle členům prezentaci", False),
])
def test_deferred_answer_is_an_inquiry(text: str, expected: bool) -> None:
    assert cues.is_inquiry(text, "cs") is expected


@pytest.mark.parametrize(("due", "expected"), [("2025-04-30", "open"), ("2025-01-31", "carried_over")])
def test_open_on_track_cell_before_the_deadline_is_no_carry_over(due: str, expected: str) -> None:
    items = [
        TrackedItem("A1", "action", 0, "9.4\tSubmit the Q4 grant claim to MHCLG\tKL\t30/04/2025", "Kavita Lal", due,
                    task_number="9.4"),
        TrackedItem("R1", "action", 1, "9.4\tQ4 grant claim to MHCLG\tKL\t30/04/2025\tOpen – on track", "Kavita Lal",
                    task_number="9.4", reported_status="carried_over"),
    ]
    assert _final(EN, items)["A1"] == expected


def test_calling_round_is_done_by_its_results() -> None:
    items = [TrackedItem("A1", "action", 0, "Honza obvolá sponzory, pekárnu, Jednotu a lékárnu, do konce měsíce.",
                         "Honza", "2025-01-31")]
    news = SentenceRef(1, 11, "Sponzoři dohromady 14 000 Kč: pekárna, Jednota 4 000, lékárna 2 000.", 2, 1, 0, 70)
    other = SentenceRef(1, 11, "Stany postaví hasiči v sobotu ráno.", 3, 1, 71, 100)
    assert _final(MEETINGS, items, (news, other))["A1"] == "done"


@pytest.mark.parametrize(("text", "cancelled"), [
    ("Dopravce dvakrát zrušil dohodnutý termín schůzky.", False),  # an appointment called off, not the task
    ("Dopravce zrušil schůzku.", False),
    ("Rada zrušila usnesení č. 5/2024.", True),
    ("Úkol se ruší.", True),
])
def test_a_cancelled_appointment_is_no_cancelled_task(text: str, cancelled: bool) -> None:
    assert (cues.classify(text, "cs", default=None) == "cancelled") is cancelled


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("nesplněno – nový termín 12. 5.: pracovní skupina (MM) – jednání 27. 4. zrušeno pro nízkou účast.", "cs",
     "carried_over"),  # the opening status word, not the called-off meeting
    ("Splněno, smlouva podepsána.", "cs", "done"),
    ("Done: the letter was sent on 3 March.", "en", "done"),
    ("Resolved that the council approve the budget.", "en", None),  # a sentence, not a status
    ("Open space strategy was discussed.", "en", None),
    ("Closed. Superseded by the external review", "en", None),  # "Closed" alone says not how: the cues decide
])
def test_review_line_opening_with_its_status(text: str, lang: str, expected: str | None) -> None:
    from minutes_nlp.tracker.lines import status_line

    assert status_line(text, lang) == expected


def test_review_line_beats_a_reply_sharing_the_deadline_words() -> None:
    items = [TrackedItem("A1", "action", 0, "MM svolá pracovní skupinu k aktualizaci strategie do konce března.",
                         "MM", "2025-03-31")]
    reply = SentenceRef(1, 11, "Ředitel agentury potvrdil, že studii zpracuje do konce března.", 2, 1, 0, 60)
    line = SentenceRef(1, 11, "nesplněno – nový termín 12. 4.: pracovní skupina ke strategii (MM) – jednání "
                       "zrušeno pro nízkou účast.", 3, 1, 61, 150)
    assert _final(MEETINGS, items, (reply, line))["A1"] == "carried_over"
