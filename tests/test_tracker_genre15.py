"""Round 15 inventory, from knowledge of real minutes, of three conventions a series' follow-up depends on:

- a body's name written with "&" in one set of minutes and with the conjunction in another ("Parks & Leisure
  Committee" in a running header, "Parks and Leisure Committee" in the title): one series;
- a date written day/month/year with a leading zero ("06/03/24", "dne 05/11/2024") is a date, while register
  numbers of resolutions and tasks ("4/3/2021", "RM/813/2022") count without one;
- a matters-arising entry headed by its topic ("Play area fencing: JT had not yet had a quote"): the label is
  the matter, the person after the colon is whose news it is, even when the topic is a body that owns a task.

Negative rows: two bodies whose names differ by more than the sign, names differing only by a conjunction with no
sign on either side, resolution numbers with a label, unpadded register numbers, a speaker's own report line and a
label followed by no person. Names and sentences are invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from minutes_nlp.extract.result import MeetingInfo, MeetingRecord, SourceInfo
from minutes_nlp.store import open_archive
from minutes_nlp.tracker.cues import classify, is_inquiry
from minutes_nlp.tracker.follow import MeetingSlot, TrackedItem, follow_series, with_overdue
from minutes_nlp.tracker.mentions import SentenceRef
from minutes_nlp.tracker.numbers import listed_task_keys, task_key
from minutes_nlp.tracker.owners import OwnerPrefixes


def _series_of(tmp_path: Path, names: Sequence[str], lang: str) -> list[str]:
    """Meetings of the given series names, a month apart, in one folder each; the series each was filed in."""
    archive = open_archive(tmp_path / "m.db")
    try:
        for i, name in enumerate(names, start=1):
            record = MeetingRecord(source=SourceInfo(f"/m{i}/{i}.docx", f"{i:064d}", "docx", 2), language=lang,
                                   meeting=MeetingInfo(title=f"Minutes {i}", series=name, date=f"2025-{i:02d}-10"))
            archive.store_record(record, f"/m{i}/{i}.docx", "v1")
        return [str(r[0]) for r in archive.query("SELECT series_id FROM meetings ORDER BY date")]
    finally:
        archive.close()


AMPERSAND = [
    ("en-parks", "en", "Parks and Leisure Committee", "Parks & Leisure Committee", True),
    ("en-town-pair", "en", "Kelbury & Moss Parish Council", "Kelbury and Moss Parish Council", True),
    ("en-three-words", "en", "Audit, Risk & Governance Committee", "Audit, Risk and Governance Committee", True),
    ("cs-vybor", "cs", "Výbor pro kulturu a sport", "Výbor pro kulturu & sport", True),
    ("en-other-body", "en", "Parks & Leisure Committee", "Parks and Planning Committee", False),
    ("en-other-town", "en", "Kelbury & Moss Parish Council", "Kelbury and Hale Parish Council", False),
    ("en-conjunction-only", "en", "Finance and Audit Committee", "Finance Audit Committee", False),
    ("cs-jina-komise", "cs", "Komise pro školství & mládež", "Komise pro dopravu a mládež", False),
]


@pytest.mark.parametrize(("lang", "first", "second", "same"),
                         [pytest.param(la, a, b, s, id=i) for i, la, a, b, s in AMPERSAND])
def test_ampersand_and_conjunction_name_one_body(tmp_path: Path, lang: str, first: str, second: str,
                                                 same: bool) -> None:
    ids = _series_of(tmp_path, [first, second], lang)
    assert (ids[0] == ids[1]) is same


DATES = [
    ("en-on-padded", "The clerk wrote on 04/02/25 and a reply came a week later.", None),
    ("en-padded-long-year", "Quotes received 09/01/2025 from two contractors.", None),
    ("cs-dne-padded", "Objednávka byla odeslána dne 06/03/2024.", None),
    ("en-range", "Report for the period 13/01/25 – 09/02/25: four incidents.", None),
    ("cs-usneseni", "Usnesení č. 4/3/2021 bylo splněno.", "4/3/21"),
    ("cs-register", "RM/813/2022 – trvá, termín posunut.", "813/22"),
    ("cs-ukol-rok", "Úkol č. 5/2021 se plní průběžně.", "5/21"),
    ("en-resolution-unpadded", "Resolution 12/7/2024 was implemented in full.", "12/7/24"),
    ("cs-ukol-padded", "Úkol 03/02/2025 trvá.", "3/2/25"),
    ("cs-cislo-padded", "Usnesení č. 05/03/2021 bylo splněno.", "5/3/21"),
]


@pytest.mark.parametrize(("text", "key"), [pytest.param(t, k, id=i) for i, t, k in DATES])
def test_a_padded_date_is_no_task_number(text: str, key: str | None) -> None:
    assert task_key(text) == key


MONTH_FIRST = [
    ("en-us-date-cell", "en", "10/21/2025\tPoll members on spring dates\tClerk\tComplete", None),
    ("en-us-date-prose", "en", "The survey closed on 12/19/2025 with 40 replies.", None),
    ("en-no-month-first", "en", "Resolution No. 11/18/2025 was rescinded.", "11/18/25"),
    ("en-day-first-ambiguous", "en", "4/3/2021 – complete", "4/3/21"),
    ("cs-register-day-over-12", "cs", "4/18/2021 – splněno", "4/18/21"),
    ("cs-register-cell", "cs", "7/15/2024\toprava chodníku\ttrvá", "7/15/24"),
]


@pytest.mark.parametrize(("lang", "text", "key"), [pytest.param(la, t, k, id=i) for i, la, t, k in MONTH_FIRST])
def test_a_month_first_date_in_english_is_no_task_number(lang: str, text: str, key: str | None) -> None:
    assert task_key(text, lang) == key


OWNERS = ("Jana Thornton", "Rossvale Housing Trust", "Petr Malina", "Okafor Consulting", "David Lee")
SPEAKERS = [
    ("en-topic-no-owner", "en", "Play area fencing: JT had not yet had a quote. Carried forward.", None),
    ("en-body-topic", "en", "Rossvale Housing Trust: JT wrote to them on 2 May; no reply yet.", "Jana Thornton"),
    ("en-body-topic-surname", "en", "Okafor Consulting: Mr Lee chased the invoice. Closed.", "David Lee"),
    ("cs-body-topic", "cs", "Rossvale Housing Trust: PM zaslal dopis, odpověď nepřišla.", "Petr Malina"),
    ("en-own-line", "en", "Jana Thornton: quote received, fencing ordered.", "Jana Thornton"),
    ("en-body-reports", "en", "Rossvale Housing Trust: the repairs were completed in April.", "Rossvale Housing Trust"),
    ("cs-own-line", "cs", "Petr Malina: podklady rozeslány všem členům.", "Petr Malina"),
    ("en-self-named-again", "en", "Jana Thornton: JT will circulate the plan.", "Jana Thornton"),
    ("en-unknown-after", "en", "Okafor Consulting: Highways confirmed the closure.", "Okafor Consulting"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), [pytest.param(la, t, s, id=i) for i, la, t, s in SPEAKERS])
def test_a_matters_arising_label_is_the_topic_when_a_person_follows(lang: str, text: str,
                                                                  speaker: str | None) -> None:
    assert OwnerPrefixes(OWNERS).speaker(text, "", lang) == speaker


# --- a control line's verdict after its dash, also "done late"; a line listing several task numbers ----------------

CS2 = [MeetingSlot(0, 20, "2025-02-11", language="cs"), MeetingSlot(1, 21, "2025-04-08", language="cs")]
EN2 = [MeetingSlot(0, 30, "2025-02-11", language="en"), MeetingSlot(1, 31, "2025-04-08", language="en")]


def _task(lang: str, number: str) -> TrackedItem:
    text = {"cs": f"Úkol č. {number}: připravit podklady k žádosti o dotaci na opravu hasičské zbrojnice.",
            "en": f"Action {number}: the Clerk to prepare the grant papers for the pavilion roof repair."}[lang]
    return TrackedItem("A1", "action", 0, text, "Marta Holubová", "2025-03-31", task_number=number)


VERDICTS = [
    ("cs-s-prodlenim", "cs", "Úkol 2/3 – splněno s prodlením, podklady odeslány 20. 3. 2025 (zpoždění kvůli "
     "chybějícímu rozpočtu).", "done", "done"),
    ("cs-po-terminu", "cs", "Úkol 2/3 – splněno po termínu, žádost podána 4. 4. 2025.", "done", "done"),
    ("cs-dash-then-partly", "cs", "2/3 (podklady k dotaci) – splněno, žádost podána; poskytovatel ji částečně "
     "krátil a zbytek se dořeší.", "done", "done"),
    ("en-completed-late", "en", "Action 2/3 – completed late, papers sent on 20 March after a delay.", "done", "done"),
    ("cs-nesplneno", "cs", "Úkol 2/3 – nesplněno, trvá, podklady se teprve zpracovávají.", "done", "carried_over"),
    ("cs-trva", "cs", "Úkol 2/3 – trvá, splnění se očekává v dubnu.", "carried_over", "carried_over"),
    ("en-not-complete", "en", "Action 2/3 – not complete; carried forward to May.", "done", "carried_over"),
    ("cs-partly", "cs", "Úkol 2/3 – splněno částečně, chybí rozpočet stavby.", "done", "carried_over"),
]


@pytest.mark.parametrize(("lang", "line", "reported", "expected"),
                         [pytest.param(la, t, r, e, id=i) for i, la, t, r, e in VERDICTS])
def test_the_verdict_after_a_numbered_lines_dash(lang: str, line: str, reported: str, expected: str) -> None:
    row = TrackedItem("R1", "action", 1, line, None, None, task_number="2/3", reported_status=reported)
    got = {t.item_id: t.status for t in follow_series(CS2 if lang == "cs" else EN2, [_task(lang, "2/3"), row])}
    assert got["A1"] == expected


LISTED = [
    ("cs-a", "3/4 a 3/5 zajištění jarní akce – splněno", {"3/5"}),
    ("en-and", "Actions 3/4, 3/5 and 3/6: complete", {"3/5", "3/6"}),
    ("cs-usneseni", "Usnesení č. 12/2024 a 13/2024 – splněna", {"13/24"}),
    ("cs-count-later", "3/4 nákup stanů – splněno, zakoupeno 5/6 kusů", set()),
    ("cs-vote", "Úkol 1/2 – splněno, hlasování 6/0/0", set()),
    ("en-ratio-later", "Action 3/4: complete, 2/3 of the forms returned", set()),
]


@pytest.mark.parametrize(("line", "more"), [pytest.param(t, m, id=i) for i, t, m in LISTED])
def test_the_task_numbers_a_line_lists_with_its_first(line: str, more: set[str]) -> None:
    assert listed_task_keys(line) == more


def test_one_line_closes_every_task_it_lists() -> None:
    tasks = [TrackedItem(f"A{n}", "action", 0, text, owner, "2025-03-31", task_number=f"3/{n}") for n, text, owner in (
        (4, "Obec zajistí pódium a ozvučení na jarní slavnost.", "Obec Lhotka"),
        (5, "Spolek zajistí stánky a občerstvení na jarní slavnost.", "Spolek Lhotka"),
        (6, "Tajemnice připraví vyúčtování dotace na slavnost.", "Jana Kořínková"))]
    said = [SentenceRef(1, 21, "3/4 a 3/5 zajištění jarní slavnosti\tsplněno", block=3, start=0, end=40),
            SentenceRef(1, 21, "3/6 vyúčtování dotace\ttrvá, nový termín 30. 6.", block=4, start=0, end=40)]
    got = {t.item_id: t.status for t in follow_series(CS2, tasks, said)}
    assert got == {"A4": "done", "A5": "done", "A6": "carried_over"}


# --- a numbered task line under the sentence that gave the task numbers that sentence ---------------------------

def _numbered_under_prose(line: str) -> dict[str, str]:
    lead = "Tajemnice předložila návrh nového jednacího řádu komise."
    prose = TrackedItem("A1", "action", 0, "Členové komise zašlou připomínky tajemnici do 20. 5. 2025.", None,
                        "2025-05-20", context=lead, block=5, start=60, end=120)
    other = TrackedItem("A2", "action", 0, "Poté tajemnice rozešle návrh k připomínkám také radě obce.",
                        "Jana Kořínková", None, context=lead, block=5, start=121, end=180)
    listed = TrackedItem("A3", "action", 0, "Úkol č. 2/4: zaslat připomínky k návrhu jednacího řádu.", None,
                         "2025-05-20", task_number="Úkol č. 2/4", block=6, start=0, end=55)
    said = [SentenceRef(0, 20, lead, block=5, start=0, end=59), SentenceRef(0, 20, prose.text, block=5, start=60,
            end=120, lead=lead), SentenceRef(0, 20, other.text, block=5, start=121, end=180, lead=lead),
            SentenceRef(0, 20, listed.text, block=6, start=0, end=55), SentenceRef(1, 21, line, block=2, start=0,
                                                                                  end=len(line))]
    return {t.item_id: t.status for t in follow_series(CS2, [prose, other, listed], said)}


@pytest.mark.parametrize(("line", "expected"), [
    ("2/4 (připomínky k řádu) – splněno, připomínky zaslali dva členové.", {"A1": "done", "A3": "done"}),
    ("2/4 (připomínky k řádu) – trvá, připomínky dosud nepřišly.", {"A1": "carried_over", "A3": "carried_over"}),
    ("2/5 (pozvánky na zasedání) – splněno.", {"A1": "open", "A3": "open"}),
])
def test_a_numbered_task_line_numbers_the_sentence_above_it(line: str, expected: dict[str, str]) -> None:
    got = _numbered_under_prose(line)
    assert {k: got[k] for k in expected} == expected
    assert got["A2"] == "open"


# --- a task to find out or answer, reported by number with the answer and no status word -----------------------

INQUIRY = {"cs": "Ing. Rybová prověří, zda je doprava žáků způsobilým výdajem, a odpoví písemně.",
           "en": "The Clerk will check whether the grant covers transport costs and let members know."}
WORK = {"cs": "Ing. Rybová připraví podklady k žádosti o dotaci na dopravu žáků.",
        "en": "The Clerk will prepare the grant papers for the transport scheme."}
ANSWERED = [
    ("cs-odpovedela", "cs", INQUIRY, "Úkol 2/3 – Ing. Rybová odpověděla e-mailem dne 12. 6.: doprava žáků je "
     "způsobilým výdajem jen u akcí projektu.", "done"),
    ("cs-sdelila-ze", "cs", INQUIRY, "Úkol 2/3 – Ing. Rybová sdělila, že ministerstvo potvrdilo způsobilost výdajů "
     "na dopravu.", "done"),
    ("en-confirmed", "en", INQUIRY, "Action 2/3 – the Clerk confirmed that the grant covers transport costs up to "
     "£500.", "done"),
    ("cs-jeste-nema", "cs", INQUIRY, "Úkol 2/3 – Ing. Rybová sdělila, že odpověď zatím nemá, trvá.", "carried_over"),
    ("cs-nevyjadrilo", "cs", INQUIRY, "Úkol 2/3 – Ing. Rybová uvedla, že se ministerstvo dosud nevyjádřilo.",
     "carried_over"),
    ("en-still-awaited", "en", INQUIRY, "Action 2/3 – the Clerk said a reply from the funder is still awaited.",
     "carried_over"),
    ("cs-not-inquiry", "cs", WORK, "Úkol 2/3 – Ing. Rybová sdělila, že ministerstvo potvrdilo způsobilost výdajů.",
     "carried_over"),
]


@pytest.mark.parametrize(("lang", "task", "line", "expected"),
                         [pytest.param(la, t, ln, e, id=i) for i, la, t, ln, e in ANSWERED])
def test_a_numbered_line_stating_the_answer_closes_an_inquiry(lang: str, task: dict[str, str], line: str,
                                                              expected: str) -> None:
    item = TrackedItem("A1", "action", 0, task[lang], "Hana Rybová", None, task_number="2/3")
    row = TrackedItem("R1", "action", 1, line, None, None, task_number="2/3", reported_status="carried_over")
    got = {t.item_id: t.status for t in follow_series(CS2 if lang == "cs" else EN2, [item, row])}
    assert got["A1"] == expected


# --- a promise to report back to the body in a month falls due at that month's meeting ------------------------

MAR_APR = {lang: [MeetingSlot(0, 40, "2025-03-12", language=lang), MeetingSlot(1, 41, "2025-04-09", language=lang)]
           for lang in ("cs", "en")}
REPORT_BACK = [
    ("en-report-back", "en", "The Chair would find out who owns the bus shelter and report back in April.",
     "2025-04-30", "overdue"),
    ("en-update-members", "en", "Ms Quayle will ask the contractor for dates and update members in April.",
     "2025-04-30", "overdue"),
    ("cs-informuje", "cs", "Starosta zjistí stav žádosti a informuje na dubnovém jednání.", "2025-04-30", "overdue"),
    ("cs-seznami", "cs", "Tajemnice prověří nabídky a seznámí komisi s výsledkem v dubnu.", "2025-04-30",
     "overdue"),
    ("en-submit-in-april", "en", "The Treasurer will submit the grant claim in April.", "2025-04-30", "open"),
    ("cs-odesle-v-dubnu", "cs", "Tajemnice odešle objednávku v dubnu.", "2025-04-30", "open"),
    ("en-report-back-may", "en", "The Chair would find out who owns the shelter and report back in May.",
     "2025-05-31", "open"),
]


@pytest.mark.parametrize(("lang", "text", "due", "expected"),
                         [pytest.param(la, t, d, e, id=i) for i, la, t, d, e in REPORT_BACK])
def test_reporting_back_in_a_month_is_due_at_that_months_meeting(lang: str, text: str, due: str,
                                                                  expected: str) -> None:
    item = TrackedItem("A1", "action", 0, text, "Karel Vondra", due, due_kind="window")
    tracked = follow_series(MAR_APR[lang], [item])[0]
    assert with_overdue(tracked.status, tracked.due, "2025-04-09") == expected


# --- a promise to report back, found by the question before it; the report it promised is the news --------------

ASKED = ("Mr Dale asked whether the Sunday 12 bus would keep running after the county's timetable review. Cllr Ward "
         "said that she could not answer until the review had finished. ")
BACK = [
    ("en-reported-withdrawal", "She will raise the matter with the county transport team and report at the May "
     "meeting.", "Sunday 12 bus – Cllr Ward reported that the service will be withdrawn in June and replaced by a "
     "dial-a-ride scheme.", "done"),
    ("en-reported-kept", "She will take this up with the transport team and report back in May.",
     "Sunday 12 bus – Cllr Ward reported that the county will keep the Sunday service until March.", "done"),
    ("en-other-topic", "She will raise the matter with the county transport team and report at the May meeting.",
     "Library hours – Cllr Ward reported that Saturday opening will be withdrawn in June.", "open"),
    ("en-not-report-back", "Cllr Ward will fund new timetable cases for the Sunday 12 bus stops.",
     "Sunday 12 bus – the county confirmed that the service will be withdrawn in June.", "cancelled"),
]


@pytest.mark.parametrize(("text", "line", "expected"), [pytest.param(t, ln, e, id=i) for i, t, ln, e in BACK])
def test_a_report_back_promise_is_done_by_the_report_on_its_question(text: str, line: str, expected: str) -> None:
    item = TrackedItem("A1", "action", 0, text, "Helen Ward", None, context=ASKED)
    said = [SentenceRef(1, 31, line, block=4, start=0, end=len(line))]
    got = {t.item_id: t.status for t in follow_series(EN2, [item], said)}
    assert got["A1"] == expected


# --- a completion with its delay is done; a delay on its own is not --------------------------------------------

LATE = [
    ("cs-predlozil-se-zpozdenim", "cs", "Rozbor nákladů předložila Ing. Malá se zpožděním až na dnešním jednání.",
     "done"),
    ("cs-byl-predlozen-s-prodlenim", "cs", "Pasport zeleně byl předložen s prodlením v polovině května.", "done"),
    ("cs-zodpovezen-po-terminu", "cs", "Dotaz občana byl zodpovězen po termínu, až 12. 4.", "done"),
    ("en-sent-late", "en", "The tenancy survey was sent late, on 3 May.", "done"),
    ("en-circulated-after-deadline", "en", "The draft budget was circulated after the deadline.", "done"),
    ("cs-zpozdila", "cs", "Výměna oken se zpozdila o měsíc kvůli dodavateli.", "carried_over"),
    ("cs-probehne-se-zpozdenim", "cs", "Kolaudace proběhne se zpožděním v červenci.", "carried_over"),
    ("cs-nepredlozil", "cs", "Zhotovitel nepředložil harmonogram ani se zpožděním.", "carried_over"),
    ("cs-zpozduje", "cs", "Oprava mostku se kvůli počasí zpožďuje.", "carried_over"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), [pytest.param(la, t, e, id=i) for i, la, t, e in LATE])
def test_a_completion_with_its_delay_is_done(lang: str, text: str, expected: str) -> None:
    assert classify(text, lang) == expected


# --- taking a matter up with another body is a task to find out: the body's reply reported later settles it ------

TAKE_UP = [
    ("en-raise-with", "en", "Cllr Bower would raise the matter with the transport authority.", True),
    ("en-take-up-with", "en", "The Clerk will take this up with the county highways team.", True),
    ("en-seek-advice", "en", "The Chair will seek advice from the council's solicitor on the lease.", True),
    ("cs-vyzada-stanovisko", "cs", "Starostka si vyžádá stanovisko krajského úřadu k převodu pozemku.", True),
    ("cs-pozada-o-vyjadreni", "cs", "Tajemník požádá správu silnic o vyjádření k opravě propustku.", True),
    ("en-raise-precept", "en", "The Treasurer will raise the precept by two per cent next year.", False),
    ("en-take-up-offer", "en", "The group will take up the offer of free room hire.", False),
    ("en-raise-funds", "en", "Volunteers will raise funds with a summer fete.", False),
    ("cs-vyzada-nabidky", "cs", "Ředitel si vyžádá nabídky od tří firem na výměnu oken.", False),
    ("cs-vznese-navrh", "cs", "Starosta vznese návrh na příštím zastupitelstvu.", False),
]


@pytest.mark.parametrize(("lang", "text", "inquiry"), [pytest.param(la, t, q, id=i) for i, la, t, q in TAKE_UP])
def test_taking_a_matter_up_with_another_body_is_an_inquiry(lang: str, text: str, inquiry: bool) -> None:
    assert is_inquiry(text, lang) is inquiry


@pytest.mark.parametrize(("line", "expected"), [
    ("Junction safety: Cllr Bower reported that the transport authority had agreed to review the crossing in the "
     "autumn.", "done"),
    ("Junction safety: Cllr Bower said the transport authority had not yet replied.", "carried_over"),
])
def test_the_bodys_reply_settles_a_matter_taken_up_with_it(line: str, expected: str) -> None:
    item = TrackedItem("A1", "action", 0, "Cllr Bower would raise the matter with the transport authority.",
                       "Rita Bower", None, context="Residents asked for a safer crossing at the school junction. ")
    said = [SentenceRef(1, 31, line, block=4, start=0, end=len(line))]
    got = {t.item_id: t.status for t in follow_series(EN2, [item], said)}
    assert got["A1"] == expected


# --- "to" before a determiner is a preposition ("the letter to the owner was sent"), not a task's "X to send" ----

TO_WHOM = [
    ("en-letter-to-the-owner", "The letter to the owner was sent on 3 May.", "done"),
    ("en-application-to-the-fund", "The application to the heritage fund was lodged on 2 June.", "done"),
    ("en-reply-to-our-members", "The reply to our members was posted last week.", "done"),
    ("en-name-to-send", "Tom K. to send the minutes to the chair.", None),
    ("en-office-to-write", "Deputy Clerk to write to the owner of the field.", None),
    ("en-treasurer-to-prepare", "Treasurer to prepare the year-end accounts.", None),
    ("en-rolled-over-to-the-next", "Rolled over to the next meeting.", "carried_over"),
    ("en-held-over", "Held over to the June meeting.", "carried_over"),
    ("en-moved-to-the-next-agenda", "Moved to the next meeting agenda at the Chair's request.", "carried_over"),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in TO_WHOM])
def test_to_before_a_determiner_is_no_task_form(text: str, expected: str | None) -> None:
    assert classify(text, "en", default=None) == expected


# --- a body's label before a line that names the item's owner later ("Utility: a reply from Mr X was circulated") --

def _label_line(line: str) -> str:
    asked = "Cllr Moran asked whether the regulator had issued any notices on the Brookside treatment plant. "
    a1 = TrackedItem("A1", "action", 0, "Mr Whelan said he did not have the figures and would respond in writing "
                     "on the treatment plant notices.", "Conor Whelan", None, context=asked)
    a2 = TrackedItem("A2", "action", 0, "Northwater Utility will repaint the pumping station fence.",
                     "Northwater Utility", None)
    a3 = TrackedItem("A3", "action", 0, "Anna Kovacs will draft the newsletter item on river levels.", "Anna Kovacs",
                     None)
    said = [SentenceRef(1, 31, line, block=4, start=0, end=len(line))]
    return {t.item_id: t.status for t in follow_series(EN2, [a1, a2, a3], said)}["A1"]


@pytest.mark.parametrize(("line", "expected"), [
    ("Northwater Utility: a written response from Mr Whelan on the treatment plant notices was circulated to members "
     "on 14 October.", "done"),
    ("Anna Kovacs: forwarded the treatment plant notices to Mr Whelan on 14 October.", "open"),
])
def test_a_bodys_label_naming_the_owner_later_is_a_topic(line: str, expected: str) -> None:
    assert _label_line(line) == expected
