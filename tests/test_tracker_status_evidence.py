"""Classes of status evidence in later meetings, on small hand-made series: a task-control table's status cell
against the extractor's reading of the row, a task number cited in brackets, a review in prose only, a question
about a task, a negated completion, a next meeting named by its own noun, a reply naming the asker by office."""

from __future__ import annotations

import pytest

from minutes_nlp.tracker import cues
from minutes_nlp.tracker.answers import answers_another
from minutes_nlp.tracker.follow import MeetingSlot, TrackedItem, follow_series
from minutes_nlp.tracker.mentions import SentenceRef
from minutes_nlp.tracker.numbers import task_key
from minutes_nlp.tracker.schedule import is_schedule


def _slots(lang: str, n: int) -> list[MeetingSlot]:
    return [MeetingSlot(i, 10 + i, f"2025-0{i + 1}-10", language=lang) for i in range(n)]


def _sentences(lang: str, meetings: list[list[str]]) -> list[SentenceRef]:
    out = []
    for i, texts in enumerate(meetings):
        filler = ["Jednání zahájil předseda." if lang == "cs" else "The chair opened the meeting.",
                  "Program byl schválen." if lang == "cs" else "The agenda was approved."]
        for block, text in enumerate([*filler, *texts]):
            out.append(SentenceRef(i, 10 + i, text, block, 1, 100 * block, 100 * block + len(text), text))
    return out


def _final(lang: str, items: list[TrackedItem], meetings: list[list[str]]) -> dict[str, str]:
    slots = _slots(lang, len(meetings))
    return {t.item_id: t.status for t in follow_series(slots, items, _sentences(lang, meetings))}


@pytest.mark.parametrize(("row_status", "cell", "expected"), [
    # the extractor read "ukončena" in the reason as done; the cell opens with the task's state
    ("done", "zrušeno – povodňová aktivita ukončena 19. 9. 2025", "cancelled"),
    ("done", "splněno – středisko uzavřeno 18. 9. 2025", "done"),
    ("carried_over", "trvá – průběžně", "carried_over"),
])
def test_a_control_tables_status_cell_speaks_for_the_numbered_task(row_status: str, cell: str,
                                                                   expected: str) -> None:
    task = TrackedItem("A", "action", 0, "Úkol č. 1/5: Průběžně sledovat stav hladiny a informovat předsedu.",
                       "OŽP", task_number="1/5")
    row = TrackedItem("R", "action", 1, f"1/5\tIng. Bednář\t{cell}", "Jan Bednář", reported_status=row_status)
    assert _final("cs", [task, row], [[task.text], [row.text]])["A"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("KŠ ukládá tajemníkovi MěÚ zpracovat soupis škod (úkol č. 3/4), termín: 3. 10. 2025.", "3/4"),
    ("Vodoprávní úřad provede prohlídku hráze [úkol 3/5].", "3/5"),
    ("Hlasování skončilo v poměru (5/2).", None),  # a bracketed ratio names no task
])
def test_a_task_number_cited_in_brackets_after_its_label(text: str, expected: str | None) -> None:
    assert task_key(text) == expected


def test_a_task_numbered_in_brackets_is_closed_by_its_table_row() -> None:
    task = TrackedItem("A", "action", 0, "KŠ ukládá vedoucí odboru zajistit informování postižených o okamžité "
                       "pomoci (úkol č. 3/3), termín: 19. 9. 2025.", "Ivana Kolářová", "2025-01-19")
    row = TrackedItem("R", "action", 1, "3/3\tMgr. Kolářová\tsplněno", "Ivana Kolářová", reported_status="done")
    assert _final("cs", [task, row], [[task.text], [row.text]])["A"] == "done"


def test_a_numbered_task_is_found_by_its_words_where_the_review_is_in_prose() -> None:
    """The review names no task by its number ("Úkol je tím splněn."): numbered tasks are looked for like others."""
    task = TrackedItem("A", "action", 0, "Usnesení č. 7/2025/DR: Dozorčí rada ukládá představenstvu předložit DR "
                       "písemnou informaci o plnění doporučení auditora z dopisu vedení.", "Radim Šebesta",
                       "2025-03-30", task_number="7/2025/DR")
    later = ["Ředitel společnosti informoval o plnění doporučení auditora: evidence majetku byla převedena do "
             "nového systému; písemná informace byla členům DR zaslána 28. 11. 2025."]
    assert _final("cs", [task], [[task.text], later])["A"] == "done"


def test_a_question_about_a_numbered_task_reports_nothing_on_it() -> None:
    task = TrackedItem("A", "action", 0, "7/3\tUspořádat seminář pro obce o zapojení do pilotu\tMgr. Pospíšil\t"
                       "v 1. pololetí 2026", "Zdeněk Pospíšil", "2026-06-30", task_number="7/3")
    later = ["Mgr. Pospíšil se zeptal, zda MF uvolní prostředky na seminář pro obce (úkol 7/3)."]
    assert _final("cs", [task], [[task.text], later])["A"] == "open"


@pytest.mark.parametrize(("text", "expected"), [
    ("Citlivostní analýza ceny tepla dosud zpracována nebyla; termín se posouvá do 31. 3. 2026.", "carried_over"),
    ("Žádost nebyla dosud podána.", "carried_over"),
    ("Žádost byla podána 3. 5.", "done"),
])
def test_a_negated_completion_is_no_completion(text: str, expected: str) -> None:
    assert cues.classify(text, "cs", default=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Příští kontrolní den se uskuteční 14. 5. 2025 v 9:00 ve stavební buňce.", True),
    ("Příští KD se uskuteční ve středu 28. 5. 2025 v 9:00.", True),
    ("Příští týden dodavatel předloží harmonogram prací.", False),
])
def test_a_next_meeting_named_by_its_own_noun_is_the_series_schedule(text: str, expected: bool) -> None:
    assert is_schedule(text, "cs") is expected


def test_a_reply_naming_the_asker_by_office_answers_that_askers_question() -> None:
    reply = ("Regarding the question raised by the PO at the General Assembly on the soil data, Tom reported that "
             "the partners had agreed that these data will be published only in aggregated form.")
    question = "The PO asked whether the soil data could be published as open data."
    assert cues.replies(reply, "en")
    assert not answers_another(reply, "Henrik Sørlie", "en", question)
    assert answers_another(reply, "Katarzyna Wróblewska", "en", "Katarzyna asked whether the data could be shared.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Zkušební svoz bioodpadu: úkol se ruší, dodavatel svou nabídku v červenci stáhl.", "Zkušební svoz bioodpadu"),
    ("Souhrnný harmonogram napojení obcí – trvá, chybí podklady tří krajů.", "Souhrnný harmonogram napojení obcí"),
    ("Předseda svazku informoval o plnění úkolů z minulé valné hromady:", None),  # no status after it
    ("Poznámka: jednání proběhlo online.", None),  # one word is no task's name
])
def test_a_review_lines_task_name(text: str, expected: str | None) -> None:
    from minutes_nlp.tracker.lines import review_topic
    assert review_topic(text, "cs") == expected


def test_a_review_line_naming_a_numbered_resolution_by_its_topic_settles_it() -> None:
    """The review cites another task by number, so numbered tasks must be named clearly: a line whose short
    name is the resolution's own words is clear, however long the resolution."""
    task = TrackedItem("A", "action", 0, "Usnesení č. 7/2024/VH: Valná hromada pověřuje předsedu svazku objednat u "
                       "společnosti KOMUNÁL SERVIS a.s. zkušební svoz bioodpadu ve třech obcích v měsících září a "
                       "říjen 2024.", "předseda svazku", "2025-04-30", task_number="7/2024/VH")
    other = TrackedItem("B", "action", 0, "Usnesení č. 3/2024/VH: Valná hromada pověřuje předsedu uzavřít úvěrovou "
                        "smlouvu.", "předseda svazku", "2025-04-30", task_number="3/2024/VH")
    later = ["Zkušební svoz bioodpadu: úkol se ruší, KOMUNÁL SERVIS a.s. svou nabídku v červenci stáhla.",
             "Valná hromada bere na vědomí prodloužení termínu u usnesení č. 3/2024/VH."]
    assert _final("cs", [task, other], [[task.text, other.text], later])["A"] == "cancelled"


def test_what_an_earlier_report_said_never_hides_the_items_own_words() -> None:
    """The carry-over line's words ("chybí podklady tří krajů ...") join what the item is known by; the later
    sentence that names the item's own words still reports on it, however little of the carry-over it repeats."""
    task = TrackedItem("A", "action", 0, "Bc. Řezníčková ve spolupráci s Asociací krajů zajistí souhrnný harmonogram "
                       "napojení obcí do krajských DTM.", "Pavla Řezníčková", "2023-09-15")
    later = [["Souhrnný harmonogram napojení obcí – trvá, chybí podklady tří krajů; kraje Vysočina, Zlínský a "
              "Liberecký dodají tabulky připojovacích bodů po projednání v radách."],
             ["Ředitelka Vlčková informovala, že Koncepce byla do MPŘ předložena dne 6. 11. 2023, tedy s týdenním "
              "zpožděním. Úkol k souhrnnému harmonogramu napojení obcí se ruší, neboť harmonogramy krajů se stanou "
              "součástí prováděcího plánu Koncepce a testovací prostředí rozhraní zpřístupnila DIA."]]
    assert _final("cs", [task], [[task.text], *later])["A"] == "cancelled"


def test_a_question_handed_to_someone_is_done_when_they_answer_it() -> None:
    """ "Předseda uvedl, že tuto otázku posoudí finanční odbor": a deferred answer, done by the later reply."""
    task = TrackedItem("A", "action", 0, "Předseda KŠ uvedl, že tuto otázku posoudí finanční odbor.", "finanční odbor",
                       context="Ředitel TS se zeptal, z jakých prostředků budou uhrazeny náklady na nákup písku a "
                       "pytlů. Předseda KŠ uvedl, že tuto otázku posoudí finanční odbor.")
    later = ["Ing. Nováková odpověděla na dotaz ředitele TS z prvního jednání KŠ: náklady na písek a pytle ve výši "
             "186 400 Kč budou uhrazeny z rezervy rozpočtu."]
    assert cues.is_inquiry(task.text, "cs")
    assert _final("cs", [task], [[task.text], later])["A"] == "done"


def test_a_sentence_sharing_only_a_name_the_item_mentions_reports_nothing() -> None:
    """The calendar goes "to faculties and to the Students' Union": the union's report presented later is no news
    about the calendar."""
    task = TrackedItem("A", "action", 0, "8.2 The Academic Registrar would circulate the approved calendar to "
                       "faculties and to the Students' Union by 31 October 2023.", "Graham Tillotson", "2025-12-31")
    later = ["6.1 DA presented the Students' Union report on academic representation (LTC/24/03).",
             *(f"{n}.1 The Committee noted paper LTC/24/{n:02d} on item {n}." for n in range(7, 40))]
    assert _final("en", [task], [[task.text], later])["A"] == "open"


@pytest.mark.parametrize(("answer", "expected"), [
    ("Ing. Nováková dále sdělila, že KÚ dopisem potvrdil úhradu nákladů na stravování.", "done"),  # a reply
    ("Stravování\tMgr. Vrbová\tsplněno", "open"),  # a table's row reports on its own task, it replies to nobody
])
def test_a_promise_to_answer_is_kept_when_a_later_meeting_answers_the_question(answer: str, expected: str) -> None:
    """The question's answer is found, the promise to answer it ("prověří a odpověď zašle písemně") shares too
    little with the reply: the reply keeps the promise as well."""
    from minutes_nlp.tracker.answers import answered_by_deferred_actions
    from minutes_nlp.tracker.model import Evidence, ItemState
    question = TrackedItem("Q", "question", 0, "Místostarostka se dotázala, zda KÚ uhradí obci náklady na stravování.",
                           answered=False, block=2, start=200, end=290)
    promise = TrackedItem("A", "action", 0, "Mgr. Smetanová odpověděla, že to prověří a odpověď zašle písemně.",
                          "Pavla Smetanová", block=2, start=300, end=370)
    states = {"Q": ItemState(question, "cs", status="answered"), "A": ItemState(promise, "cs", status="open")}
    states["Q"].evidence.append(Evidence("Q", 11, "answered", answer, None, "mention:answer", 0.4))
    answered_by_deferred_actions(states, [question, promise])
    assert states["A"].status == expected
