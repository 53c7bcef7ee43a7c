"""How a later meeting reports on an earlier action, written from knowledge of real minutes (not from the corpus).

Inventory of report forms. Czech: a task-control section ("Kontrola plnění úkolů", "Kontrola usnesení") naming each
task by its number or a short name, then its state: "splněno", "úkol splněn", "vyřízeno", "realizováno"; "úkol trvá",
"trvá", "průběžně plněno", "plní se průběžně", "v řešení", "rozpracováno", "termín posunut", "přesouvá se na";
"vypouští se", "úkol se ruší", "bezpředmětný", "odpadá"; partial completion ("částečně splněno", "zaslalo 19 obcí,
dvě dosud ne – trvá") carries the task over; a report without any status word tells the completion in the past
tense or a passive participle ("Leták byl obcím rozeslán 27. 6.", "Školení proběhlo 10. 9."). English: "Matters
arising", "Review of actions", an action log: "complete", "done", "closed", "discharged", "ongoing", "in hand", "in
progress", "carried forward", "deferred to", "superseded", "withdrawn", "no longer required"; past-tense narrative
("The Clerk circulated the policy on 3 May", "Letters have been sent").

Inventory of what is shaped like a report but is none: a new similar task in the later meeting (future: "Odbor
rozešle obcím nový leták", "will circulate"); a mention of the topic ("Diskuse k zimní údržbě"); a report on
another item sharing words with this one, above all the same office or body acting on other work ("Ředitel
společnosti informoval o plnění doporučení auditora" for "Ředitel společnosti předloží návrh směrnice", "The
Director of Finance reported that the auditors had finished" for "The Director of Finance will circulate the
budget"); a question about the task ("Starosta se dotázal, kdy bude školení"); a plan ("předpokládá se", "is
expected to"); a negated completion ("dosud nebylo zasláno", "has not yet been sent").
"""

from __future__ import annotations

import pytest

from minutes_nlp.tracker import cues
from minutes_nlp.tracker.follow import MeetingSlot, TrackedItem, follow_series
from minutes_nlp.tracker.mentions import SentenceRef
from minutes_nlp.tracker.narrative import in_review_prose
from minutes_nlp.tracker.promise import owners_clause
from minutes_nlp.tracker.subjects import subject_keys

EN = [MeetingSlot(0, 10, "2025-01-16", language="en"), MeetingSlot(1, 11, "2025-03-20", language="en")]
CS = [MeetingSlot(0, 10, "2025-01-16", language="cs"), MeetingSlot(1, 11, "2025-03-20", language="cs")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("cs", "Leták k podvodům na seniory – rozeslán obcím 27. 6., splněno.", "done"),
    ("cs", "Kontakty na povodňové komise zaslalo 19 obcí, dvě obce je dosud nezaslaly – úkol trvá.", "carried_over"),
    ("cs", "Návrh smlouvy o svozu odpadu – zpracovává se, trvá.", "carried_over"),
    ("cs", "Harmonogram školení – úkol se ruší.", "cancelled"),
    ("cs", "Úkol se vypouští, akce se nekoná.", "cancelled"),
    ("cs", "Oprava mostu – průběžně plněno.", "carried_over"),
    ("cs", "Termín předložení se přesouvá na září.", "carried_over"),
    ("cs", "Instruktáž pro zapisovatele se uskutečnila 16. 9.", "done"),
    ("cs", "Školení proběhlo 10. 9. za účasti 16 obcí.", "done"),
    ("cs", "Metodika byla zveřejněna 21. 7. na webu kraje.", "done"),
    ("cs", "Starosta se dotázal, kdy bude školení.", "carried_over"),  # a question about it: no news
    ("cs", "Leták dosud nebyl obcím zaslán.", "carried_over"),
    ("cs", "Školení proběhne v listopadu.", "carried_over"),  # future: a plan
    ("en", "Action 4 (website refresh): complete.", "done"),
    ("en", "Risk register review – in hand.", "carried_over"),
    ("en", "Carried forward to the next meeting.", "carried_over"),
    ("en", "The action was superseded by the external review.", "cancelled"),
    ("en", "No longer required.", "cancelled"),
    ("en", "The Clerk circulated the policy on 3 May.", "done"),
    ("en", "The letters have not yet been sent.", "carried_over"),
    ("en", "The Clerk will circulate the policy in May.", "carried_over"),
])
def test_what_a_review_line_says_of_the_task(lang: str, text: str, expected: str) -> None:
    assert cues.classify(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("cs", "Ředitel společnosti přislíbil, že do konce srpna předloží návrh směrnice.", {"redit", "spole"}),
    ("cs", "Místostarostka zajistí cenové nabídky na výměnu oken.", {"misto"}),
    ("cs", "Sekretariát Rady vlády bude členy informovat průběžně.", {"sekre", "rad", "vlad"}),
    ("cs", "Tajemnice uvedla, že se k tomu porada vrátí.", {"tajem"}),
    ("cs", "Výbor požádá správce o opravu zvonků.", {"vybor"}),
    ("cs", "Úkol: Odbor dopravy zašle obcím plán údržby.", {"odbor", "dopra"}),
    ("en", "The Director of Finance said he would circulate the budget.", {"finan"}),  # "director": a title word
    ("en", "Staff to post the study on the website.", {"staff"}),
    ("en", "ACTION 8.1: RA to update the DPIA.", {"ra"}),
    # a subject naming a thing is what is to be done
    ("cs", "Oprava střechy nad vchodem proběhne v květnu.", set()),
    ("cs", "Výzva bude vyhlášena 1. 9. 2025.", set()),
    ("cs", "Zkusíme na něj příští rok získat dotaci.", set()),
    ("en", "The survey will run in March.", set()),
    ("en", "The accounts will be filed by 31 January.", set()),
    ("en", "Item 7.2 to be reviewed in June.", set()),
])
def test_the_office_or_body_an_action_opens_with_is_who(lang: str, text: str, expected: set[str]) -> None:
    assert set(subject_keys(text, lang)) == expected


def _ref(text: str, block: str = "") -> SentenceRef:
    return SentenceRef(1, 11, text, 4, 1, 100, 100 + len(text), "", block)


@pytest.mark.parametrize(("sentence", "block", "expected"), [
    ("Dotazník byl obcím rozeslán 14. 11.", "Prostředí bylo zpřístupněno (úkol 7/1 splněn). Dotazník byl obcím "
     "rozeslán 14. 11. Metodika je rozpracována, úkol 7/2 trvá.", True),
    ("Dotazník byl obcím rozeslán 14. 11.", "", False),  # a paragraph of its own
    ("Dotazník byl obcím rozeslán 14. 11.", "Starosta přivítal hosty. Dotazník byl obcím rozeslán 14. 11.", False),
    ("Úkol 7/3 splněn.", "Úkol 7/1 splněn. Úkol 7/3 splněn.", False),  # it names its own number
    ("The survey was sent out on 14 November.", "Action 12/3/25 complete. The survey was sent out on 14 "
     "November.", True),
])
def test_a_review_paragraph_citing_task_numbers_also_reports_in_words(sentence: str, block: str,
                                                                       expected: bool) -> None:
    assert in_review_prose(_ref(sentence, block)) is expected


def _final(meetings: list[MeetingSlot], items: list[TrackedItem], sentences: tuple[SentenceRef, ...]
           ) -> dict[str, str]:
    return {t.item_id: t.status for t in follow_series(meetings, items, sentences)}


def _para(*parts: str, block: int = 7) -> tuple[SentenceRef, ...]:
    """One paragraph of meeting 1 split into its sentences, each knowing its paragraph."""
    text, out, at = " ".join(parts), [], 500
    for i, p in enumerate(parts):
        out.append(SentenceRef(1, 11, p, block, 1, at, at + len(p), parts[0] if i else "", text if len(parts) > 1
                               else ""))
        at += len(p) + 1
    return tuple(out)


@pytest.mark.parametrize(("lang", "item", "later", "expected"), [
    # the same office acting on other work is no report
    ("cs", "Ředitel společnosti přislíbil, že předloží dozorčí radě návrh směrnice o zadávání zakázek.",
     "Ředitel společnosti informoval o plnění doporučení auditora: evidence majetku byla převedena do nového "
     "systému a směrnice o inventarizaci byla upravena.", "open"),
    ("cs", "Ředitel společnosti přislíbil, že předloží dozorčí radě návrh směrnice o zadávání zakázek.",
     "Návrh směrnice o zadávání zakázek byl dozorčí radě předložen 3. 3.", "done"),
    ("en", "The Director of Finance said he would check the lease with the solicitors.",
     "The Director of Finance reported that the auditors had completed their check of the payroll.", "open"),
    ("en", "The Director of Finance said he would check the lease with the solicitors.",
     "The solicitors had checked the lease and found no break clause.", "done"),
])
def test_a_report_names_the_work_not_only_who_does_it(lang: str, item: str, later: str, expected: str) -> None:
    items = [TrackedItem("A1", "action", 0, item, None, None)]
    assert _final(CS if lang == "cs" else EN, items, _para(later))["A1"] == expected


@pytest.mark.parametrize(("later", "expected"), [
    (("Prostředí bylo zpřístupněno 28. 11. (úkol 7/1 splněn).", "Dotazník o stavu sítí byl obcím rozeslán 14. 11.",
      "Metodika je rozpracována, úkol 7/2 trvá."), "done"),
    (("Prostředí bylo zpřístupněno 28. 11. (úkol 7/1 splněn).", "Dotazník o stavu sítí obcím rozešle ministerstvo "
      "do konce roku.", "Metodika je rozpracována, úkol 7/2 trvá."), "carried_over"),  # promised again: not done
])
def test_a_numbered_task_reported_in_words_in_a_review_paragraph(later: tuple[str, ...], expected: str) -> None:
    items = [TrackedItem("A1", "action", 0, "7/3\tRozeslat obcím dotazník o stavu sítí\tMPO\t31. 12. 2025", "MPO",
                         "2025-12-31", task_number="7/3"),
             TrackedItem("A2", "action", 0, "7/1\tZpřístupnit testovací prostředí\tDIA\t30. 11. 2025", "DIA",
                         "2025-11-30", task_number="7/1"),
             TrackedItem("A3", "action", 0, "7/2\tVydat metodický pokyn\tČÚZK\t31. 12. 2025", "ČÚZK", "2025-12-31",
                         task_number="7/2")]
    assert _final(CS, items, _para(*later))["A1"] == expected


@pytest.mark.parametrize(("lang", "text", "focus", "expected"), [
    # the clause about the item plans it; the past verb of another clause reports on something else
    ("cs", "Předseda informoval o pohledávkách: dluh vlastníků klesl na 70 tis. Kč, proti dlužníkovi bude podán "
           "návrh na vydání platebního rozkazu.", "proti dlužníkovi bude podán návrh na vydání platebního rozkazu.",
     None),
    ("en", "Arrears fell to £7,000, and a claim would be filed against the debtor.",
     "and a claim would be filed against the debtor.", None),
    # the clause about the item reports it done
    ("cs", "Dluh vlastníků klesl, návrh na vydání platebního rozkazu byl podán 3. 4.",
     "návrh na vydání platebního rozkazu byl podán 3. 4.", "done"),
])
def test_a_plan_in_the_items_own_clause_is_no_report(lang: str, text: str, focus: str, expected: str | None) -> None:
    assert cues.classify(text, lang, focus, default=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dotazník o stavu sítí byl obcím rozeslán 14. 11.", False),  # a questionnaire sent out: no inquiry
    ("Odbor rozešle obcím dotazník o zájmu o svoz.", False),
    ("Tajemník dotaz předá ministerstvu.", True),
    ("Starosta prověří, zda lze dotaci použít i na chodník.", True),
])
def test_a_questionnaire_is_no_inquiry(text: str, expected: bool) -> None:
    assert cues.is_inquiry(text, "cs") is expected


_BODY = [("A1", "Odbor dopravy zašle obcím plán zimní údržby silnic do 31. 10. 2025.", "2025-10-31"),
         ("A2", "Ing. Malý předá obcím přehled oprav mostů do 15. 11. 2025.", "2025-11-15")]


@pytest.mark.parametrize(("task_list", "review", "expected"), [
    # the closing task list numbers the body's tasks; the next check cites the numbers only
    (("6/1 Odbor dopravy – plán zimní údržby silnic – 31. 10. 2025", "6/2 Ing. Malý – přehled oprav mostů – 15. 11."),
     ("6/1 OD – zasláno 20. 10., splněno.", "6/2 IM – úkol trvá, nový termín prosinec."),
     {"A1": "done", "A2": "carried_over"}),
    # a list line naming other work numbers nothing: the check of its number is about that work
    (("6/1 Odbor výstavby – kácení lip u školy – 31. 10. 2025",),
     ("6/1 OV – zrušeno.",), {"A1": "open", "A2": "open"}),
])
def test_a_closing_task_list_numbers_the_bodys_tasks(task_list: tuple[str, ...], review: tuple[str, ...],
                                                    expected: dict[str, str]) -> None:
    items = [TrackedItem(i, "action", 0, text, None, due) for i, text, due in _BODY]
    listed = tuple(SentenceRef(0, 10, t, 20 + n, 1, 900 + 80 * n, 970 + 80 * n) for n, t in enumerate(task_list))
    checked = tuple(SentenceRef(1, 11, t, 3 + n, 1, 100 + 80 * n, 170 + 80 * n) for n, t in enumerate(review))
    meetings = [MeetingSlot(0, 10, "2025-09-24", language="cs"), MeetingSlot(1, 11, "2025-10-22", language="cs")]
    final = _final(meetings, items, listed + checked)
    assert {k: final[k] for k in expected} == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a verb of saying before "že"/"that": someone spoke; the clause after it holds the news
    ("cs", "Tajemnice doplnila, že správa sociálního zabezpečení otevře v únoru kontaktní místo.", None),
    ("cs", "Tajemnice doplnila chybějící kontakty do registru.", "done"),
    ("cs", "Starosta doplnil, že smlouva byla podepsána 3. 3.", "done"),  # the news after "že" is a completion
    ("en", "The Clerk added that the new notice boards would be installed in May.", None),
    ("en", "The Clerk circulated the new dates on 3 May.", "done"),
])
def test_a_verb_of_saying_reports_nothing_done(lang: str, text: str, expected: str | None) -> None:
    assert cues.classify(text, lang, default=None) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("cs", "Zásadní připomínky ministerstev byly vypořádány, dvě zůstávají rozporné a budou řešeny na úrovni "
           "náměstků.", None),  # a report, and a promise besides: standing alone, the promise
    ("cs", "Rada pověřuje starostu, aby termín projednal s hejtmanem.", None),  # "aby" + past form: conditional
    ("cs", "Tajemnice doplnila, že správa sociálního zabezpečení otevře v únoru kontaktní místo.", None),
    ("cs", "Leták byl obcím rozeslán 27. 6.", "done"),
    ("en", "The accessibility audit was completed on 4 March.", "done"),
    ("en", "The first phase was completed in March and the second will start in June.", None),
])
def test_a_done_report_linked_to_nothing_keeps_done_only_in_its_own_words(lang: str, text: str,
                                                                           expected: str | None) -> None:
    assert cues.standing_alone(text, lang) == expected


@pytest.mark.parametrize(("text", "owner", "expected"), [
    ("Mgr. Nová připraví leták s pokyny k vysoušení domů; MUDr. Malý dodá podklady za hygienickou stanici.",
     "Petr Malý", "MUDr. Malý dodá podklady za hygienickou stanici."),
    ("Mgr. Nová připraví leták s pokyny k vysoušení domů; MUDr. Malý dodá podklady za hygienickou stanici.",
     "Jana Nová", "Mgr. Nová připraví leták s pokyny k vysoušení domů"),
    # one owner's promise with a circumstance after the semicolon: no split
    ("Mgr. Nová připraví leták s pokyny; text už má hotový.", "Jana Nová", None),
    # both parts name no owner, or the owner in both: no split
    ("Odbor připraví leták; odbor jej zašle obcím.", "Jana Nová", None),
])
def test_one_sentence_two_owners_promises(text: str, owner: str, expected: str | None) -> None:
    found = owners_clause(text, "cs", owner)
    assert (found[0] if found else None) == expected


def test_a_report_on_one_owners_part_is_no_news_on_the_others() -> None:
    text = "Mgr. Nová připraví leták s pokyny k vysoušení domů; MUDr. Malý dodá podklady za hygienickou stanici."
    items = [TrackedItem("A1", "action", 0, text, "Jana Nová", None), TrackedItem("A2", "action", 0, text, "Petr Malý",
                                                                                   None)]
    later = _para("Leták s pokyny k vysoušení domů byl podle Mgr. Nové doručen do všech domácností 22. 9.")
    final = _final(CS, items, later)
    assert (final["A1"], final["A2"]) == ("done", "open")
