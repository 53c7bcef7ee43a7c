"""Follow-up sections as real minutes write them, written from knowledge of the genre (not from the corpus):
a review entry that tells the story and closes with a bare verdict ("... Closed.", "Úkol trvá."), an action log
citing the minute an action was recorded under ("Ref 12/045 (website): ..."), an action closed because another
body now follows the work (cancelled, not done), and a deadline given as a period ("in Q1 2025/26") whose
labels say when, not what."""

from __future__ import annotations

import pytest

from minutes_nlp.tracker import cues
from minutes_nlp.tracker.closing import closing_verdict, last_sentence
from minutes_nlp.tracker.deferrals import deferral_keys as deferral_keys_of
from minutes_nlp.tracker.follow import MeetingSlot, TrackedItem, follow_series
from minutes_nlp.tracker.keys import attendance
from minutes_nlp.tracker.mentions import SentenceRef
from minutes_nlp.tracker.periods import deadline_keys, period_keys
from minutes_nlp.tracker.standing import is_standing

EN = [MeetingSlot(0, 10, "2025-01-16", language="en"), MeetingSlot(1, 11, "2025-03-20", language="en")]
CS = [MeetingSlot(0, 10, "2025-01-16", language="cs"), MeetingSlot(1, 11, "2025-03-20", language="cs")]


@pytest.mark.parametrize(("lang", "block", "expected"), [
    # an action log entry: what happened, then the verdict in a sentence of its own
    ("en", "12/045 (website): the supplier had reported that the pages were late. Closed.", "done"),
    ("en", "The audit had found that training records were incomplete. Action closed.", "done"),
    ("en", "The Director explained that the guidance had been published late. Action remains open.", "carried_over"),
    ("en", "The contractor had not yet returned the survey. Carried forward to the next meeting.", "carried_over"),
    ("en", "The review had not started because of staff absence. Carried forward to July.", "carried_over"),
    ("en", "The report had not been received. Remains open.", "carried_over"),
    ("en", "Officers were still awaiting quotes. Deferred to September.", "carried_over"),
    ("en", "The vendor had stopped trading. Withdrawn.", "cancelled"),
    ("en", "The new strategy covers the same ground. Superseded.", "cancelled"),
    ("en", "The Clerk circulated the figures on 4 May. Complete.", "done"),
    ("en", "The Chief Pharmacist reported a second outage. The action was therefore closed; progress is now "
           "monitored by the Medicines Safety Group.", "cancelled"),
    ("en", "A PSII had been declared. The action was closed and transferred to the risk register.", "cancelled"),
    ("cs", "Starosta informoval, že smlouva dosud nebyla podepsána. Úkol trvá.", "carried_over"),
    ("cs", "Tajemník rozeslal podklady 3. 3. Úkol splněn.", "done"),
    ("cs", "Dotace byla přiznána, stavba začne v dubnu. Úkol byl splněn.", "done"),
    ("cs", "Dodavatel nabídku stáhl. Úkol se ruší.", "cancelled"),
    ("cs", "Projektant zatím nedodal dokumentaci. Termín prodloužen do 30. 6.", "carried_over"),
    ("cs", "Jednání s krajem pokračují. Úkol nadále trvá.", "carried_over"),
    ("cs", "Místostarosta informoval o jednání s krajem. Úkol zůstává v evidenci.", "carried_over"),
    ("cs", "Odbor zatím nemá podklady. Úkol se přesouvá na příští jednání.", "carried_over"),
    ("cs", "Starosta informoval o převodu. Úkol se uzavírá, dále jej sleduje finanční výbor.", "cancelled"),
    ("cs", "Ředitelka zaslala přehled. Splněno.", "done"),
])
def test_a_review_entrys_closing_verdict_speaks_for_its_other_sentences(lang: str, block: str,
                                                                         expected: str) -> None:
    first = block.split(". ")[0] + "."
    assert closing_verdict(block, first, lang) == expected


@pytest.mark.parametrize(("lang", "block"), [
    ("en", "The Clerk reported on the footpath. The survey was completed."),  # news of its own, not a verdict
    ("en", "The Clerk reported on the footpath. The contractor will start work in May once the permit arrives."),
    ("en", "Closed."),  # the verdict itself: judged where it is found
    ("en", "12/045\tWebsite pages\tClerk\tMay\tOpen"),  # a table row speaks for itself
    ("cs", "Starosta informoval o opravě. Oprava chodníku byla dokončena v březnu."),
    ("cs", "Starosta informoval o opravě. Zastupitelé vzali informaci na vědomí."),
])
def test_no_closing_verdict_where_the_last_sentence_tells_news(lang: str, block: str) -> None:
    first = block.split(". ")[0]
    assert closing_verdict(block, first if first.endswith(".") else first + ".", lang) is None


@pytest.mark.parametrize(("block", "expected"), [
    ("One. Two.", "Two."),
    ("Only one sentence", "Only one sentence"),
    ("", ""),
])
def test_last_sentence(block: str, expected: str) -> None:
    assert last_sentence(block) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The action was therefore closed; progress is now monitored by the Audit Committee.", "cancelled"),
    ("en", "Closed – transferred to the Finance Committee work plan.", "cancelled"),
    ("en", "Closed: this will now be taken forward by the Estates Group.", "cancelled"),
    ("en", "Transferred to the corporate risk register and closed.", "cancelled"),
    ("en", "Closed.", "done"),
    ("en", "The report was presented to the Board and the action closed.", "done"),
    ("cs", "Úkol se uzavírá, dále jej sleduje finanční výbor.", "cancelled"),
    ("cs", "Úkol byl uzavřen, nadále jej řeší odbor dopravy.", "cancelled"),
    ("cs", "Úkol byl převeden do kompetence rady obce.", "cancelled"),
    ("cs", "Úkol byl splněn.", "done"),
])
def test_closed_because_another_body_now_follows_the_work_is_cancelled(lang: str, text: str,
                                                                         expected: str) -> None:
    assert cues.classify(text, lang, default=None) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "report the results to the Committee in Q1 2025/26", {"q1", "2025/"}),
    ("en", "bring the plan in Q3", {"q3"}),
    ("en", "publish the review in H2", {"h2"}),
    ("en", "complete the audit by the end of the second quarter", {"quart"}),
    ("cs", "předložit zprávu do konce 2. čtvrtletí", {"ctvrt"}),
    ("cs", "zpracovat rozbor za 1. pololetí", {"polol"}),
    ("en", "circulate the minutes to members", set()),
])
def test_period_labels_of_a_deadline(lang: str, text: str, expected: set[str]) -> None:
    assert set(period_keys(text, lang)) == expected


@pytest.mark.parametrize(("lang", "due_text", "kept_out"), [
    ("en", "in Q1 2025/26", {"q1", "2025/"}),
    ("en", "by the end of Q3", {"q3"}),
    ("cs", "do konce 2. čtvrtletí 2025", {"ctvrt"}),
    ("en", "on 3 April 2025", set()),  # a month is weighed like any word
    ("", "", set()),
])
def test_a_deadlines_period_labels_are_when_not_what(lang: str, due_text: str, kept_out: set[str]) -> None:
    assert set(deadline_keys(due_text, lang or "en")) == kept_out


def _final(meetings: list[MeetingSlot], items: list[TrackedItem], sentences: tuple[SentenceRef, ...]
           ) -> dict[str, str]:
    return {t.item_id: t.status for t in follow_series(meetings, items, sentences)}


def _entry(*parts: str, block: int = 7) -> tuple[SentenceRef, ...]:
    """One review entry (a paragraph of meeting 1) split into its sentences, each knowing its paragraph."""
    text, out, at = " ".join(parts), [], 500
    for i, p in enumerate(parts):
        out.append(SentenceRef(1, 11, p, block, 1, at, at + len(p), parts[0] if i else "", text))
        at += len(p) + 1
    return tuple(out)


@pytest.mark.parametrize(("verdict", "expected"), [
    ("Closed.", "done"),
    ("Action closed.", "done"),
    ("Action remains open.", "carried_over"),
    ("Carried forward to May.", "carried_over"),
])
def test_review_entry_is_judged_by_its_closing_verdict(verdict: str, expected: str) -> None:
    """The story ("had not been started for two patients") is no status: the verdict after it is."""
    items = [TrackedItem("A1", "action", 0, "Action: JW to report the findings of the falls review on Ward 4.",
                         "Jane West", "2025-03-20", minute="ABC 24/129")]
    entry = _entry("ABC 24/129 (Ward 4 falls): JW reported that the falls review had found that enhanced "
                   "observation had not been started for two patients.", verdict)
    assert _final(EN, items, entry)["A1"] == expected


def test_czech_review_paragraph_closing_with_ukol_trva() -> None:
    items = [TrackedItem("A1", "action", 0, "Starosta zajistí podpis smlouvy o dílo na opravu chodníku.",
                         "Jan Novák", "2025-02-28")]
    entry = _entry("Starosta informoval, že smlouva o dílo na opravu chodníku dosud nebyla podepsána, "
                   "protože zhotovitel nedodal pojistku.", "Úkol trvá.")
    assert _final(CS, items, entry)["A1"] == "carried_over"


def test_action_log_entry_citing_the_minute_the_action_was_recorded_under() -> None:
    """The entry names the action by a short topic and the minute's reference: few shared words, but the
    reference is the link."""
    items = [TrackedItem("A1", "action", 0, "MO will include these in the Chair's Assurance Report to the Board "
                         "on 6 February 2025.", "Mary Owen", "2025-02-06", minute="QSC 24/111",
                         due_text="on 6 February 2025")]
    entry = _entry("QSC 24/111 (Chair's Assurance Report): presented to the Board on 6 February 2025.", "Closed.")
    assert _final(EN, items, entry)["A1"] == "done"


def test_a_minute_reference_of_another_minute_does_not_link() -> None:
    items = [TrackedItem("A1", "action", 0, "MO will include these in the Chair's Assurance Report to the Board "
                         "on 6 February 2025.", "Mary Owen", "2025-02-06", minute="QSC 24/111",
                         due_text="on 6 February 2025")]
    entry = _entry("QSC 24/107 (maternity report): presented to the Board on 6 February 2025.", "Closed.")
    assert _final(EN, items, entry)["A1"] == "open"


def test_a_period_deadline_shared_with_another_report_links_nothing() -> None:
    """ "report the audit results in Q1 2025/26" is not done by "the Learning from Deaths report for Q1 2025/26"."""
    items = [TrackedItem("A1", "action", 0, "Action: IS to complete a hand hygiene audit of the surgical wards and "
                         "report the results to the Committee in Q1 2025/26.", "Iris Stone", "2025-06-30",
                         due_text="in Q1 2025/26")]
    later = (SentenceRef(1, 11, "The Medical Director presented the Learning from Deaths report for Q4 2024/25 and "
                         "Q1 2025/26.", 4, 1, 100, 190),)
    assert _final(EN, items, later)["A1"] == "open"


@pytest.mark.parametrize(("text", "expected"), [
    # the l-participle of -běhnout verbs ends in -ěhl: "proběhl", "proběhla", "proběhlo", "proběhly"
    ("Hlasování per rollam proběhlo ve dnech 2. až 16. 9.", "done"),
    ("Seminář pro žadatele proběhl 3. 4. v Jihlavě.", "done"),
    ("Kontrola na místě proběhla v březnu.", "done"),
    ("Školení proběhla ve všech obcích.", "done"),
    ("Jednání s krajem dosud neproběhlo.", "carried_over"),
    ("Výběrové řízení zatím neproběhlo.", "carried_over"),
])
def test_czech_past_of_probehnout_reports_that_it_took_place(text: str, expected: str) -> None:
    assert cues.classify(text, "cs", default=None) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("cs", "II. žádá Ministerstvo vnitra, aby podvýbor o postupu prací informovalo jednou za pololetí.", True),
    ("cs", "Finanční výbor bude radu informovat čtvrtletně o plnění rozpočtu.", True),
    ("cs", "Ředitel předkládá zprávu o činnosti na každém zasedání.", True),
    ("cs", "Starosta bude zastupitele pravidelně informovat o stavu stavby.", True),
    ("cs", "Tajemník zajistí průběžně aktualizaci webu, termín: průběžně.", True),
    ("cs", "Každý měsíc zašle odbor přehled pohledávek.", True),
    ("cs", "Starosta zašle členům výboru návrh rozpočtu do 30. 11.", False),
    ("en", "The Director of Finance to report to the Committee quarterly on the savings programme.", True),
    ("en", "The Clerk to provide an update at every meeting.", True),
    ("en", "Officers to report once a quarter on complaints.", True),
    ("en", "The Head of HR to present a workforce report every six months.", True),
    ("en", "The Chief Nurse to provide regular updates on the staffing review.", True),
    ("en", "The Clerk to circulate the audit report by 31 March.", False),
    ("en", "The Treasurer to present the annual accounts at the next meeting.", False),
])
def test_a_standing_task_is_known_by_its_recurrence(lang: str, text: str, expected: bool) -> None:
    assert is_standing(text, lang) is expected


def test_a_standing_task_reported_on_is_carried_over_not_overdue() -> None:
    """ "Plní se průběžně": the half-yearly report was delivered once; the next one is awaited, nothing is late."""
    meetings = [MeetingSlot(0, 10, "2024-03-06", language="cs"), MeetingSlot(1, 11, "2024-06-05", language="cs"),
                MeetingSlot(2, 12, "2024-11-20", language="cs")]
    items = [TrackedItem("A1", "action", 0, "II. žádá ministerstvo, aby podvýbor o elektronizaci spisové služby "
                         "informovalo jednou za pololetí.", "Ministerstvo vnitra", "2024-09-06",
                         due_text="za pololetí")]
    later = (SentenceRef(1, 11, "Usn. č. 31/II – informace o elektronizaci spisové služby – plní se průběžně.", 5, 1,
                         100, 170),)
    tracked = {t.item_id: t for t in follow_series(meetings, items, later)}
    assert (tracked["A1"].status, tracked["A1"].due) == ("carried_over", None)


def test_a_standing_task_with_a_written_final_date_keeps_it() -> None:
    meetings = [MeetingSlot(0, 10, "2025-09-14", language="cs"), MeetingSlot(1, 11, "2025-10-06", language="cs")]
    items = [TrackedItem("A1", "action", 0, "KŠ ukládá řediteli TS zajistit odvoz odpadu, termín: průběžně, "
                         "nejpozději do 30. 9. 2025.", "Karel Dvořák", "2025-09-30",
                         due_text="nejpozději do 30. 9. 2025")]
    tracked = {t.item_id: t for t in follow_series(meetings, items, ())}
    assert tracked["A1"].due == "2025-09-30"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Clerk was not certain and undertook to report back."),
    ("en", "The Treasurer said she would confirm this outside the meeting."),
    ("en", "Officers agreed to provide a written response."),
    ("en", "The Chair was not sure and would find out."),
    ("cs", "Ing. Novák odpověděl, že o tom nemá informace, a přislíbil, že se dotáže vedení města."),
    ("cs", "Tajemník uvedl, že to prověří a odpoví písemně."),
    ("cs", "Starosta to zjistí a sdělí dodatečně."),
])
def test_a_deferred_answer_says_the_formula(lang: str, text: str) -> None:
    """Every deferred answer says these words: they tell nothing of what it answers."""
    assert deferral_keys_of(text, lang)


@pytest.mark.parametrize(("lang", "question", "deferral", "later", "expected"), [
    # a later sentence sharing two words of the question by chance is not the answer
    ("en", "Cllr Ross asked whether the maintenance contract with Brightline Ltd covered the CCTV camera in the "
           "park, which had not worked since Christmas.", "The Clerk was not certain and undertook to report back.",
     "The Clerk reported that one quotation had been received for the maintenance of the Christmas lights.",
     "open"),
    # the report that repeats the question is its answer
    ("en", "Cllr Ross asked whether the maintenance contract with Brightline Ltd covered the CCTV camera in the "
           "park, which had not worked since Christmas.", "The Clerk was not certain and undertook to report back.",
     "The Clerk reported that the maintenance contract with Brightline Ltd covered the CCTV camera in the park, "
     "and the camera had been repaired.", "done"),
    ("cs", "Pan Brabec se zeptal, zda město plánuje zavést službu senior taxi, jakou mají okolní města.",
     "Ing. Kučera odpověděl, že o tom nemá informace, a přislíbil, že se dotáže vedení města.",
     "Ing. Kučera informoval, že v dotačním programu města na podporu sociálních služeb bylo rozděleno 3 mil. Kč.",
     "open"),
    ("cs", "Pan Brabec se zeptal, zda město plánuje zavést službu senior taxi, jakou mají okolní města.",
     "Ing. Kučera odpověděl, že o tom nemá informace, a přislíbil, že se dotáže vedení města.",
     "Ing. Kučera informoval, že město službu senior taxi zavede od ledna, jako ji mají okolní města.", "done"),
])
def test_a_deferred_answer_is_known_by_its_question(lang: str, question: str, deferral: str, later: str,
                                                     expected: str) -> None:
    meetings = EN if lang == "en" else CS
    owner = "Clerk" if lang == "en" else "Petr Kučera"
    items = [TrackedItem("A1", "action", 0, deferral, owner, context=question + " ")]
    found = (SentenceRef(1, 11, later, 5, 1, 100, 100 + len(later)),)
    assert _final(meetings, items, found)["A1"] == expected


@pytest.mark.parametrize(("lang", "row", "expected"), [
    # a log row whose status cell says only that the work is going to plan: before its deadline it stays open
    ("en", "12/4\tCredit scheme report\tFinance Manager\tQ3 2025\tOn track for Q3 2025", True),
    ("en", "12/4\tCredit scheme report\tFinance Manager\tQ3 2025\tIn progress; on track for Q3", False),  # under way
    ("en", "12/4\tCredit scheme report\tFinance Manager\t30/09/2025\tOpen – on track", True),
    ("en", "12/4\tCredit scheme report\tFinance Manager\t30/09/2025\tOpen – on schedule", True),
    ("en", "12/4\tCredit scheme report\tFinance Manager\t30/09/2025\tOn target for September", True),
    ("en", "12/4\tCredit scheme report\tFinance Manager\t30/09/2025\tNot yet due", True),
    ("en", "12/4\tCredit scheme report\tFinance Manager\t30/09/2025\tGreen", True),
    ("en", "12/4\tCredit scheme report\tFinance Manager\t30/09/2025\tIn progress – delayed by staff absence", False),
    ("en", "12/4\tCredit scheme report\tFinance Manager\t30/09/2025\tComplete", False),
    ("cs", "3/2\tpasport komunikací\tOSM\t30. 9. 2025\tv termínu", True),
    ("cs", "3/2\tpasport komunikací\tOSM\t30. 9. 2025\tplní se v termínu", True),
    ("cs", "3/2\tpasport komunikací\tOSM\t30. 9. 2025\ttermín dosud neuplynul", True),
    ("cs", "3/2\tpasport komunikací\tOSM\t30. 9. 2025\ttrvá", False),
    ("cs", "3/2\tpasport komunikací\tOSM\t30. 9. 2025\tsplněno", False),
])
def test_a_status_cell_saying_on_track_is_open_before_the_deadline(lang: str, row: str, expected: bool) -> None:
    assert cues.open_cell(row, lang) is expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # attendance told in a sentence names who came or did not: it reports on no action of theirs
    ("cs", "Omluveni byli Ing. Martin Král (MMR) a Bc. Jana Malá.", True),
    ("cs", "Z jednání byla omluvena Mgr. Nová.", True),
    ("cs", "Nepřítomni byli p. Starý a p. Mladý.", True),
    ("cs", "Starosta omluvil zpoždění dodavatele stavby.", False),
    ("en", "Apologies from Cllr Smith and Cllr Jones.", True),
    ("en", "Cllr Brown was absent.", True),
    ("en", "The Clerk reported that the contractor was absent from site for two weeks.", False),
])
def test_attendance_in_prose_is_no_report(lang: str, text: str, expected: bool) -> None:
    assert attendance(text, lang) is expected
