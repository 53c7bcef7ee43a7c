"""How real minutes report progress on earlier items, as cue classes (written from knowledge of Czech and English
minutes, not from the corpus): an answer still awaited, a vote's tally next to a task's news, an adjectival
participle in a new promise, topics promised for a named meeting, attendance told in prose, a task-control line
naming a task by its short name, and a closing task line repeating the discussion's date."""

from __future__ import annotations

import pytest

from minutes_nlp.tracker import cues
from minutes_nlp.tracker.follow import MeetingSlot, TrackedItem, follow_series
from minutes_nlp.tracker.keys import attendance
from minutes_nlp.tracker.mentions import SentenceRef
from minutes_nlp.tracker.schedule import is_agenda_promise


@pytest.mark.parametrize(("text", "lang", "unanswered"), [
    ("Odpověď ministerstva dosud nepřišla, sekretariát ji urguje.", "cs", True),
    ("Písemná odpověď krajského úřadu zatím nedošla.", "cs", True),
    ("Stanovisko odboru dopravy dosud nebylo doručeno; odpověď stále nepřišla.", "cs", True),
    ("Na vyjádření Povodí se stále čeká.", "cs", False),  # waiting without naming the answer: not this class
    ("Čeká se na odpověď ŘSD.", "cs", True),
    ("Dotaz zůstává bez odpovědi.", "cs", True),
    ("Správce sítě dosud neodpověděl.", "cs", True),
    ("Úřad urgován dopisem ze dne 3. 5.", "cs", True),
    ("Ředitel odpověděl, že oprava proběhne v květnu.", "cs", False),
    ("K dotazu z minulého jednání sdělila, že smlouva byla podepsána.", "cs", False),
    ("A response from the county is still awaited.", "en", True),
    ("The Clerk is awaiting a reply from Highways.", "en", True),
    ("The agency has not yet responded.", "en", True),
    ("The utility has yet to reply.", "en", True),
    ("The Clerk has chased the landowner twice.", "en", True),
    ("A reminder was sent on 4 March.", "en", True),
    ("The Director confirmed that the county had replied on 3 May.", "en", False),
    ("Is the footpath still closed?", "en", False),  # a question itself reports nothing
])
def test_an_answer_still_awaited_is_a_report_that_the_question_stays_open(text: str, lang: str,
                                                                           unanswered: bool) -> None:
    assert cues.says_unanswered(text, lang) is unanswered
    if unanswered:
        assert not cues.answers(text, lang)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Smlouva byla schválena; pro hlasovalo osm členů, nikdo nebyl proti a jeden člen se zdržel.", "cs", "done"),
    ("Rozpočet byl schválen. Hlasování: pro 7, proti 0, zdržel se 1.", "cs", "done"),
    ("Změna byla přijata poměrem hlasů 6/0/1 (zdržel se Ing. Novák).", "cs", "done"),
    ("Dodávka lavic se zdržela kvůli výpadku výroby.", "cs", "carried_over"),  # no vote: a delay
    ("Oprava nebyla provedena.", "cs", "carried_over"),
    ("The lease was approved, with one abstention.", "en", "done"),
    ("The policy was adopted (For 6, Against 1, Abstentions 0).", "en", "done"),
    ("The contract was signed; Cllr Pike abstained.", "en", "done"),
    ("The survey has not been commissioned.", "en", "carried_over"),
])
def test_a_vote_tally_is_no_news_that_a_task_is_not_done(text: str, lang: str, expected: str) -> None:
    assert cues.classify(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kancelář zveřejní schválený harmonogram výzev na webu do 15. 2.", None),
    ("Tajemník rozešle aktualizovanou verzi metodiky členům.", None),
    ("Odbor předloží zpracovaný návrh rozpočtu radě.", None),
    ("Starosta předá podepsané smlouvy stavebnímu odboru.", None),
    ("Harmonogram byl schválen radou.", "done"),
    ("Harmonogram je schválený.", "done"),  # after a form of "být" the long form reports
    ("Aktualizovaná verze byla rozeslána členům.", "done"),
    ("Smlouvy byly podepsány 3. 5.", "done"),
])
def test_an_adjectival_participle_in_a_new_promise_reports_nothing_done(text: str, expected: str | None) -> None:
    assert cues.classify(text, "cs", default=None) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Na lednovém jednání budou projednány schválený plán a výsledky šetření.", "cs", True),
    ("Na zářijovém zasedání bude předložen návrh rozpočtu.", "cs", True),
    ("Na programu bude výběr projektů a harmonogram výzev na rok 2026.", "cs", True),
    ("Na jeho program budou zařazeny výsledky hodnocení.", "cs", True),
    ("Hlavním bodem programu bude rozpočet na příští rok.", "cs", True),
    ("Tématem příštího jednání bude doprava v klidu.", "cs", True),
    ("Program podzimního jednání bude věnován dopravě.", "cs", True),
    ("Program byl schválen bez připomínek.", "cs", False),
    ("Na jednání s krajem bude starosta informovat o stavu.", "cs", False),
    ("The next meeting will receive the annual accounts.", "en", True),
    ("The March meeting will consider the draft budget.", "en", True),
    ("The main item of the next meeting will be the local plan.", "en", True),
    ("The meeting closed at 8.30 pm.", "en", False),
])
def test_topics_promised_for_a_later_meeting(text: str, lang: str, expected: bool) -> None:
    assert is_agenda_promise(text, lang) is expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Za kancelář byli přítomni Ing. Jana Malá a Bc. Petr Vojta.", "cs", True),
    ("Jednání se zúčastnili členové výboru Ing. Novák, Mgr. Dvořák a p. Malý.", "cs", True),
    ("Ing. Svoboda a Mgr. Černá se omluvili.", "cs", True),
    ("Jako host byl přítomen zástupce krajského úřadu.", "cs", True),
    ("Ing. Svoboda se omluvil z jednání.", "cs", True),
    ("Ing. Svoboda zaslal podklady členům.", "cs", False),
    ("Also present were the Clerk and the Finance Officer.", "en", True),
    ("Apologies were received from Cllr Hart and Cllr Rowe.", "en", True),
    ("The Clerk sent the letter on 3 May.", "en", False),
])
def test_attendance_told_in_prose_is_no_news(text: str, lang: str, expected: bool) -> None:
    assert attendance(text, lang) is expected


_OTHER_BUSINESS = {
    "cs": ["Jednání zahájil předseda a konstatoval usnášeníschopnost.", "Program byl schválen bez doplnění.",
           "Ověřovatelem zápisu byl určen pan Dvořák.", "Rozpočet na opravu hřiště činí 1,2 mil. Kč.",
           "Zástupce kraje informoval o nové dotační výzvě na dopravu.", "Diskuse se týkala parkování v centru.",
           "Jednání bylo ukončeno v 17:30 hod."],
    "en": ["The Chair opened the meeting and welcomed members.", "The agenda was approved as circulated.",
           "No declarations of interest were made.", "The budget for the play area repairs is £12,000.",
           "The county officer reported on a new transport grant.", "Members discussed parking in the town centre.",
           "The meeting closed at 8.30 pm."],
}


def _series(lang: str, meetings: list[list[str]]) -> tuple[list[MeetingSlot], list[SentenceRef]]:
    """Meetings with their other business around the lines under test (what makes words rare or common)."""
    slots = [MeetingSlot(i, 10 + i, f"2025-0{2 * i + 1}-10", language=lang) for i in range(len(meetings))]
    sentences = [SentenceRef(i, 10 + i, text, block, 1, 100 * block, 100 * block + len(text))
                 for i, texts in enumerate(meetings) for block, text in enumerate([*texts, *_OTHER_BUSINESS[lang]])]
    return slots, sentences


@pytest.mark.parametrize(("lang", "task", "narrative", "review"), [
    ("cs", "Úkol: Rozeslat členům výboru podklady k hlasování per rollam o parametrech výzvy č. 2.",
     "Per rollam bylo přijato usnesení, jímž výbor schvaluje parametry výzvy č. 2; nikdo nebyl proti.",
     "Podklady k hlasování per rollam – splněno, rozeslány 13. 6."),
    ("en", "Action: circulate the draft tree strategy consultation to members of the committee by 1 May.",
     "The committee discussed the draft tree strategy consultation and members raised concerns about its scope.",
     "Tree strategy consultation – complete, circulated on 28 April."),
])
def test_a_control_line_naming_the_task_outranks_a_narrative_sentence(lang: str, task: str, narrative: str,
                                                                      review: str) -> None:
    slots, sentences = _series(lang, [[task], [narrative, review]])
    item = TrackedItem("A", "action", 0, task, "Jana Malá", due="2025-06-13")
    result = {t.item_id: t for t in follow_series(slots, [item], sentences)}["A"]
    assert result.status == "done"
    assert result.evidence[-1].text == review


def test_a_closing_task_line_with_the_discussions_date_is_the_same_promise() -> None:
    body = ("Ing. Sýkora odpověděl, že seminář se uskuteční 10. 6. 2025 v Dolní Lhotě a pozvánky rozešle do konce"
            " května.")
    line = "Úkol: Uspořádat seminář pro žadatele z OP VZ. Zodpovídá: Ing. Sýkora. Termín: 10. 6. 2025."
    slots, sentences = _series("cs", [[body, line]])
    asked = "Pan Novák se zeptal, zda úřad připraví pro podnikatele seminář k výzvě OP VZ. "
    items = [TrackedItem("A", "action", 0, body, "Ondřej Sýkora", due="2025-05-31", context=asked, block=0, start=0),
             TrackedItem("B", "action", 0, line, "Ondřej Sýkora", due="2025-06-10", block=1, start=100)]
    result = {t.item_id: t for t in follow_series(slots, items, sentences)}
    assert result["B"].status == "report"
    assert result["B"].same_as == "A"


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Finanční ředitelka předložila přehled pohledávek k 30. 9.; úkol se plní průběžně.", "cs", True),
    ("Zpráva za 1. pololetí byla předložena, úkol trvá.", "cs", True),
    ("Informace podána, plní se nadále.", "cs", True),
    ("Zpráva byla předložena, úkol je splněn.", "cs", False),
    ("The Q2 report was presented; the action remains open.", "en", True),
    ("The first quarterly report was received. Action ongoing.", "en", True),
    ("The report was presented and the action is closed.", "en", False),
])
def test_a_sentence_saying_the_task_still_runs_speaks_for_it(text: str, lang: str, expected: bool) -> None:
    assert cues.task_still_on(text, lang) is expected


def test_one_delivery_of_a_task_said_to_run_on_carries_it_over() -> None:
    task = "Finanční ředitelka bude radě předkládat přehled pohledávek po splatnosti čtvrtletně."
    report = "Finanční ředitelka předložila přehled pohledávek po splatnosti k 30. 9.; úkol se plní průběžně."
    slots, sentences = _series("cs", [[task], [report]])
    item = TrackedItem("A", "action", 0, task, "Eva Malá")
    assert {t.item_id: t.status for t in follow_series(slots, [item], sentences)}["A"] == "carried_over"


@pytest.mark.parametrize(("lang", "task", "later"), [
    ("cs", "Tajemnice zašle přehled dotací všem členům výboru e-mailem.",
     ["Hlasovalo všech devět členů výboru.", "Za kancelář byli přítomni Ing. Jana Malá a Bc. Petr Vojta."]),
    ("en", "The Clerk will email the grants summary to all members of the committee.",
     ["All members of the committee voted in favour.", "Also present were the Clerk and the Finance Officer."]),
])
def test_members_as_recipients_and_attendance_report_nothing_on_a_task(lang: str, task: str,
                                                                       later: list[str]) -> None:
    slots, sentences = _series(lang, [[task], later])
    item = TrackedItem("A", "action", 0, task, "Jana Malá")
    result = {t.item_id: t for t in follow_series(slots, [item], sentences)}["A"]
    assert (result.status, result.evidence) == ("open", ())


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("He advised that the draft financial statements would be presented in September.", "en", True),
    ("The Director indicated that the policy would be reviewed next year.", "en", True),
    ("The draft financial statements were presented to the auditors.", "en", False),
    ("Ředitel uvedl, že návrh bude předložen v září.", "cs", True),
    ("Návrh byl předložen radě.", "cs", False),
])
def test_a_verb_of_saying_before_a_future_is_a_promise(text: str, lang: str, expected: bool) -> None:
    assert cues.promise_only(text, lang) is expected


def test_a_new_promise_on_an_earlier_tasks_topic_is_no_report_on_it() -> None:
    task = "Provide shell financial statements for 2024-25 to the external auditors."
    promise = ("He advised that the draft 2024-25 financial statements would be presented to the Committee at the"
               " September meeting.")
    slots, sentences = _series("en", [[task], [promise]])
    items = [TrackedItem("A", "action", 0, task, "Sam Moore", block=0, start=0),
             TrackedItem("B", "action", 1, promise, "Sam Moore", block=0, start=0)]
    result = {t.item_id: t.status for t in follow_series(slots, items, sentences)}
    assert result["B"] != "report"
