"""Which later line reports on which earlier item, on small invented series: a heading states nothing, an action
log's row dated by another meeting is about that meeting's action, two deferred answers are told apart by their
questions, one report sentence closes the action it matches clearly better, and a bare mention must repeat what
was promised, not only the promising verb; a review line's status after its dash; verbs of announcing and nouns
that look like past tenses."""

from __future__ import annotations

import pytest

from minutes_nlp.tracker import cues
from minutes_nlp.tracker.follow import MeetingSlot, TrackedItem, follow_series
from minutes_nlp.tracker.lines import dash_status
from minutes_nlp.tracker.mentions import SentenceRef
from minutes_nlp.tracker.minute_refs import MinuteRef, cited, other_meeting
from minutes_nlp.tracker.promise import promise_verb_keys

CS = [MeetingSlot(0, 10, "2025-01-14"), MeetingSlot(1, 11, "2025-02-11"), MeetingSlot(2, 12, "2025-03-11")]
EN = [MeetingSlot(i, 10 + i, d, language="en") for i, d in enumerate(("2025-01-14", "2025-02-11", "2025-03-11"))]
FILLER = ("The Chair welcomed members to the meeting.", "Apologies were received from Cllr Hart.",
          "The minutes of the last meeting were approved.", "The committee noted the quarterly performance report.")


def _final(meetings: list[MeetingSlot], items: list[TrackedItem], sentences: tuple[SentenceRef, ...] = ()
           ) -> dict[str, str]:
    return {t.item_id: t.status for t in follow_series(meetings, items, sentences)}


@pytest.mark.parametrize(("meetings", "question", "heading"), [
    (CS, "Ing. Rybář se dotázal, zda bude možné výzvy pro malé podniky vyhlásit s regionální alokací.",
     "Prezentace: Výzvy pro malé a střední podniky | Jana Malá, agentura"),
    (EN, "Cllr Rowe asked whether the reablement grant for small care providers would be renewed.",
     "Presentation: Reablement grant for small care providers | Joan Smith, ICB"),
])
def test_a_heading_line_answers_no_question(meetings: list[MeetingSlot], question: str, heading: str) -> None:
    items = [TrackedItem("Q1", "question", 0, question, answered=False)]
    assert _final(meetings, items, (SentenceRef(1, 11, heading, 4, 1, 0, len(heading)),))["Q1"] != "answered"


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("26 (14/01/2025)\tWritten response on discharges\tJM\t31/01/2025\tComplete", "en", MinuteRef("26", "01-14")),
    ("12 (3/25/2025)\tRoof quotations\tClerk\t30/04/2025\tOpen", "en", MinuteRef("12", "03-25")),  # only m/d is a date
    ("26 (14. 1. 2025)\tpřehled číselníků\tČSÚ\tsplněno", "cs", MinuteRef("26", "01-14")),
    ("8.2 (14 November) Complete.", "en", MinuteRef("8.2", "11-14")),
    ("26\tWritten response on discharges\tJM\t31/01/2025\tComplete", "en", None),
])
def test_a_log_row_cites_the_meeting_its_action_was_recorded_at(text: str, lang: str,
                                                                 expected: MinuteRef | None) -> None:
    assert cited(text, lang) == expected


@pytest.mark.parametrize(("ref", "origin_date", "expected"), [
    (MinuteRef("26", "01-14"), "2025-02-11", True),
    (MinuteRef("26", "02-11"), "2025-02-11", False),
    (MinuteRef("26"), "2025-02-11", False),  # no date: it may be any meeting's
    (MinuteRef("26", "01-14"), None, False),
])
def test_a_row_dated_by_another_meeting_is_another_meetings_action(ref: MinuteRef, origin_date: str | None,
                                                                   expected: bool) -> None:
    assert other_meeting(ref, origin_date) is expected


@pytest.mark.parametrize(("date", "expected"), [("14/01/2025", "overdue"), ("11/02/2025", "done")])  # due then
def test_an_action_log_row_closes_only_the_action_of_the_meeting_it_cites(date: str, expected: str) -> None:
    items = [TrackedItem("A1", "action", 1, "Officers agreed to provide a written response on reablement spending "
                         "before the next meeting.", due="2025-03-11", due_kind="next_meeting")]
    row = f"26 ({date})\tWritten response on reablement spending\tJM\t31/01/2025\tComplete"
    lines = [*(SentenceRef(2, 12, s, i, 1, 0, len(s)) for i, s in enumerate(FILLER)), SentenceRef(2, 12, row, 7, 2)]
    assert _final(EN, items, tuple(lines))["A1"] == expected


def test_two_deferred_answers_are_told_apart_by_their_questions() -> None:
    """ "Officers agreed to provide a written response." twice: one formula, two questions, two promises."""
    items = [
        TrackedItem("A1", "action", 0, "Officers agreed to provide a written response.",
                    context="Cllr Rowe asked what share of the fund was spent on reablement services."),
        TrackedItem("A2", "action", 1, "Officers agreed to provide a written response.",
                    context="Members asked about vacancy rates in the safeguarding team."),
    ]
    assert _final(EN, items)["A2"] == "open"


def test_one_report_sentence_closes_the_action_it_matches_clearly_better() -> None:
    items = [
        TrackedItem("A1", "action", 0, "ČSÚ zašle sekretariátu přehled číselníků používaných v krajských sadách "
                    "do konce dubna.", "ČSÚ", "2025-04-30"),
        TrackedItem("A2", "action", 1, "Ing. Vlčková uvedla, že ČSÚ dodá návrh sjednocených číselníků pro katalog "
                    "do konce října.", "ČSÚ", "2025-10-31"),
    ]
    report = "Návrh sjednocených číselníků pro katalog zaslal ČSÚ dne 30. 10. 2025."
    final = _final(CS, items, (SentenceRef(2, 12, report, 5, 1, 0, len(report)),))
    assert (final["A2"], final["A1"]) == ("done", "open")  # A1 overdue when asked: no report on it


def test_actions_a_sentence_matches_about_equally_well_share_it() -> None:
    items = [
        TrackedItem("A1", "action", 0, "Plakáty a letáky na letní slavnost zařídí Péťa.", "Péťa"),
        TrackedItem("A2", "action", 1, "Plakáty a letáky na letní slavnost rozveze Jirka po vsi.", "Jirka"),
    ]
    report = "Plakáty a letáky na letní slavnost visely po celé vsi."
    final = _final(CS, items, (SentenceRef(2, 12, report, 5, 1, 0, len(report)),))
    assert (final["A1"], final["A2"]) == ("done", "done")


@pytest.mark.parametrize(("text", "expected"), [
    ("Předsedkyně přislíbila, že tuto možnost projedná se starostou.", {"proje"}),
    ("Tajemník doplní tabulku do konce měsíce.", {"dopln"}),
    ("Harmonogram počítá s projednáním rozpočtu v zastupitelstvu.", set()),  # a noun, no promise
])
def test_promise_verb_keys(text: str, expected: set[str]) -> None:
    assert promise_verb_keys(text, "cs") == expected


def test_a_bare_mention_repeats_what_was_promised_not_only_the_promising_verb() -> None:
    items = [TrackedItem("A1", "action", 0, "Předsedkyně přislíbila, že tuto možnost projedná s panem starostou "
                         "a s vedoucí finančního odboru.", "Předsedkyně",
                         context="Člen výboru navrhl zveřejňovat rozbor pohledávek na webu města.")]
    other = "Harmonogram počítá s požadavky odborů a s projednáním rozpočtu v zastupitelstvu dne 12. 12."
    assert _final(CS, items, (SentenceRef(1, 11, other, 5, 1, 0, len(other)),))["A1"] == "open"


@pytest.mark.parametrize(("text", "expected"), [
    ("33/1 návrh plánu činnosti na rok 2026 – splněno, rozesláno 28. 11. 2025, projednáno v bodě 3.", "done"),
    ("33/2 evaluace plánu – trvá; čeká se na data, nový termín 31. 1. 2026", "carried_over"),
    ("4.2 Website refresh - complete, live since 3 May", "done"),
    ("5/1 plán oprav – viz příloha", None),  # no status word after the dash
    ("Splněno: plán rozeslán.", None),  # a status at the start is status_line's
])
def test_the_status_word_after_a_review_lines_dash(text: str, expected: str | None) -> None:
    assert dash_status(text, "en" if "Website" in text else "cs") == expected


@pytest.mark.parametrize("text", [
    "Ing. Novák konstatoval, že potíže trvají, a avizoval připravenost komory uspořádat na podzim kulatý stůl.",
    "Starosta oznámil záměr obce opravit kostel.",
    "Ing. Kraus odpověď přivítal a nabídl, že firma poskytne zpětnou vazbu.",
])
def test_announcing_offering_and_look_alike_nouns_report_nothing_done(text: str) -> None:
    assert cues.classify(text, "cs", default=None) != "done"


@pytest.mark.parametrize(("text", "context", "expected"), [
    ("L. Nováková uvedla, že to zatím nemůže potvrdit a úřad odpoví písemně.",
     "Pro zpracovatele bude potřebný metodický pokyn (viz úkol 7/2). Ing. Dvořák se zeptal, zda bude kontrola "
     "souborů zpoplatněna.", "Ing. Dvořák se zeptal, zda bude kontrola souborů zpoplatněna."),
    ("Officers agreed to provide a written response.",
     "The plan was noted. Cllr Rowe asked what share of the fund was spent on reablement.",
     "Cllr Rowe asked what share of the fund was spent on reablement."),
    ("Tajemník doplní tabulku.", "Pro zpracovatele bude potřebný pokyn. Dotaz zazněl.",
     "Pro zpracovatele bude potřebný pokyn. Dotaz zazněl."),  # not a deferred answer: its whole lead-in
])
def test_a_deferred_answer_is_known_by_the_question_before_it(text: str, context: str, expected: str) -> None:
    from minutes_nlp.tracker.claims import lead_in

    lang = "en" if text.startswith("Officers") else "cs"
    assert lead_in(TrackedItem("A1", "action", 0, text, context=context), lang) == expected
