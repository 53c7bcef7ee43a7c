"""Date and deadline forms of Czech and English minutes, normalised against a reference date."""

from __future__ import annotations

import datetime as dt

import pytest
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract.datecalc import easter
from minutes_nlp.extract.datecontext import defers_to_sentence, restates_timing
from minutes_nlp.extract.dates import deadline_tail, event_due, find_dates, parse_date, parse_due
from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import MeetingInfo
from minutes_nlp.tracker.follow import with_overdue

CS_REF = dt.date(2020, 12, 15)
EN_REF = dt.date(2025, 3, 1)


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "kind"),
    [
        ("15. 12. 2020", "2020-12-15", "2020-12-15", "date"),
        ("15.12.2020", "2020-12-15", "2020-12-15", "date"),
        ("15.12.20", "2020-12-15", "2020-12-15", "date"),
        ("15. prosince 2020", "2020-12-15", "2020-12-15", "date"),
        ("3. ledna 2021", "2021-01-03", "2021-01-03", "date"),
        ("1. června 2021", "2021-06-01", "2021-06-01", "date"),
        ("15. XII. 2020", "2020-12-15", "2020-12-15", "date"),
        ("dne 7. září 2021", "2021-09-07", "2021-09-07", "date"),
        ("v prosinci", "2020-12-01", "2020-12-31", "window"),
        ("v lednu 2021", "2021-01-01", "2021-01-31", "window"),
        ("v březnu", "2021-03-01", "2021-03-31", "window"),
        ("během července 2021", "2021-07-01", "2021-07-31", "window"),
        ("listopad 2021", "2021-11-01", "2021-11-30", "window"),
        ("do konce ledna 2021", "2020-12-15", "2021-01-31", "window"),
        ("nejpozději do konce února", "2020-12-15", "2021-02-28", "window"),
        ("koncem února", "2021-02-21", "2021-02-28", "window"),
        ("začátkem března 2021", "2021-03-01", "2021-03-10", "window"),
        ("do 31. 3.", "2021-03-31", "2021-03-31", "date"),
        ("nejpozději do 15. 1. 2021", "2021-01-15", "2021-01-15", "date"),
        ("termín do 20. 1.", "2021-01-20", "2021-01-20", "date"),
        ("v sobotu 12. 6.", "2021-06-12", "2021-06-12", "date"),
        ("Q1/2021", "2021-01-01", "2021-03-31", "window"),
        ("Q3 2021", "2021-07-01", "2021-09-30", "window"),
        ("1Q 2021", "2021-01-01", "2021-03-31", "window"),
        ("1. čtvrtletí 2021", "2021-01-01", "2021-03-31", "window"),
        ("ve 2. čtvrtletí roku 2021", "2021-04-01", "2021-06-30", "window"),
        ("v prvním čtvrtletí 2021", "2021-01-01", "2021-03-31", "window"),
        ("do konce 1. čtvrtletí 2021", "2020-12-15", "2021-03-31", "window"),
        ("2. pololetí 2021", "2021-07-01", "2021-12-31", "window"),
        ("první pololetí 2021", "2021-01-01", "2021-06-30", "window"),
        ("v roce 2021", "2021-01-01", "2021-12-31", "window"),
        ("do roku 2030", "2020-12-15", "2030-12-31", "window"),
        ("do konce roku", "2020-12-15", "2020-12-31", "window"),
        ("do konce roku 2021", "2020-12-15", "2021-12-31", "window"),
        ("do konce měsíce", "2020-12-15", "2020-12-31", "window"),
        ("v následujícím roce", "2021-01-01", "2021-12-31", "window"),
        ("v příštím roce", "2021-01-01", "2021-12-31", "window"),
        ("po Novém roce", "2021-01-01", "2021-01-31", "window"),
        ("po novém roce", "2021-01-01", "2021-01-31", "window"),
        ("do Velikonoc", "2020-12-15", "2021-04-04", "window"),
        ("do Vánoc", "2020-12-15", "2020-12-24", "window"),
        ("do dvou týdnů", "2020-12-15", "2020-12-29", "window"),
        ("do 14 dnů", "2020-12-15", "2020-12-29", "window"),
        ("do měsíce", "2020-12-15", "2021-01-15", "window"),
        ("příští týden", "2020-12-21", "2020-12-25", "window"),
        ("ještě před letními prázdninami", "2020-12-15", "2021-06-30", "window"),
        ("jaro 2021", "2021-03-01", "2021-05-31", "window"),
        ("na podzim", "2021-09-01", "2021-11-30", "window"),
        ("v období duben–květen", "2021-04-01", "2021-05-31", "window"),
        ("do pátku", "2020-12-18", "2020-12-18", "date"),
        ("představí na jednání v březnu", "2021-03-01", "2021-03-31", "next_meeting"),
        ("do příštího jednání", None, None, "next_meeting"),
        ("na příštím zasedání", None, None, "next_meeting"),
        ("do další schůzky", None, None, "next_meeting"),
        ("průběžně", None, None, "continuous"),
        ("trvale", None, None, "continuous"),
        ("ihned", "2020-12-15", "2020-12-15", "immediate"),  # due on the meeting day
        ("neprodleně", "2020-12-15", "2020-12-15", "immediate"),
        ("bezodkladně", "2020-12-15", "2020-12-15", "immediate"),
    ],
)
def test_czech_forms(text: str, earliest: str | None, latest: str | None, kind: str) -> None:
    value = parse_due(text, "cs", CS_REF)
    assert value is not None
    assert (value.earliest, value.latest, value.kind) == (earliest, latest, kind)


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "kind"),
    [
        ("15 March 2025", "2025-03-15", "2025-03-15", "date"),
        ("March 15, 2025", "2025-03-15", "2025-03-15", "date"),
        ("the 1st of May 2025", "2025-05-01", "2025-05-01", "date"),
        ("Tuesday 4 March", "2025-03-04", "2025-03-04", "date"),
        ("15/03/2025", "2025-03-15", "2025-03-15", "date"),
        ("04/03/2025", "2025-03-04", "2025-03-04", "date"),  # day first (en-GB)
        ("03/15/2025", "2025-03-15", "2025-03-15", "date"),  # month > 12 forces the US order
        ("2025-06-30", "2025-06-30", "2025-06-30", "date"),
        ("by end of April", "2025-03-01", "2025-04-30", "window"),
        ("by the end of April 2025", "2025-03-01", "2025-04-30", "window"),
        ("by the end of the month", "2025-03-01", "2025-03-31", "window"),
        ("by the end of the year", "2025-03-01", "2025-12-31", "window"),
        ("in May", "2025-05-01", "2025-05-31", "window"),
        ("late June", "2025-06-21", "2025-06-30", "window"),
        ("Q2 2025", "2025-04-01", "2025-06-30", "window"),
        ("in the first quarter of 2026", "2026-01-01", "2026-03-31", "window"),
        ("H2 2025", "2025-07-01", "2025-12-31", "window"),
        ("within two weeks", "2025-03-01", "2025-03-15", "window"),
        ("within 10 days", "2025-03-01", "2025-03-11", "window"),
        ("next month", "2025-04-01", "2025-04-30", "window"),
        ("by Christmas", "2025-03-01", "2025-12-24", "window"),
        ("by Friday", "2025-03-07", "2025-03-07", "date"),
        ("by the end of next week", "2025-03-01", "2025-03-07", "window"),
        ("in spring 2025", "2025-03-01", "2025-05-31", "window"),
        ("over the winter", "2025-12-01", "2026-02-28", "window"),
        ("report back at the March meeting", "2025-03-01", "2025-03-31", "next_meeting"),
        ("next meeting", None, None, "next_meeting"),
        ("by the next meeting", None, None, "next_meeting"),
        ("ASAP", "2025-03-01", "2025-03-01", "immediate"),
        ("as soon as possible", "2025-03-01", "2025-03-01", "immediate"),
        ("ongoing", None, None, "continuous"),
    ],
)
def test_english_forms(text: str, earliest: str | None, latest: str | None, kind: str) -> None:
    value = parse_due(text, "en", EN_REF)
    assert value is not None
    assert (value.earliest, value.latest, value.kind) == (earliest, latest, kind)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected_text", "latest"),
    [
        ("Termín dalšího jednání PS SC – Q1/2021.", "cs", "Q1/2021", "2021-03-31"),
        ("Avizoval též připravenost uspořádat 5. ročník v následujícím roce.", "cs", "v následujícím roce",
         "2021-12-31"),
        ("Na jednání dne 10. 12. 2020 bylo dohodnuto, že p. Novák připraví podklady do 31. 1.", "cs",
         "31. 1.", "2021-01-31"),
        ("Tj. po Novém roce.", "cs", "po Novém roce", "2021-01-31"),
        ("Dokončení je plánováno do konce roku 2021, průběžně bude konzultováno.", "cs", "do konce roku 2021",
         "2021-12-31"),
        ("Úkol: zpracovat analýzu, termín: 28. 2. 2021", "cs", "28. 2. 2021", "2021-02-28"),
        ("John to circulate the draft by 20 March.", "en", "20 March", "2025-03-20"),
        ("Action: Sarah to report back at the next meeting.", "en", "at the next meeting", None),
    ],
)
def test_parse_due_picks_the_deadline(sentence: str, lang: str, expected_text: str,
                                      latest: str | None) -> None:
    ref = CS_REF if lang == "cs" else EN_REF
    value = parse_due(sentence, lang, ref)
    assert value is not None
    assert (value.text, value.latest) == (expected_text, latest)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Soutěž vyvrcholila 11. prosince 2020 vyhlášením výsledků.", "cs"),
        ("Jednání proběhlo 1. 12. 2020 v Praze.", "cs"),
        ("The meeting on 3 February 2025 approved the budget.", "en"),
        ("Bod 19. jednání a 5. ročník soutěže", "cs"),
    ],
)
def test_past_dates_are_not_deadlines(sentence: str, lang: str) -> None:
    ref = CS_REF if lang == "cs" else EN_REF
    assert parse_due(sentence, lang, ref) is None


def test_find_dates_gives_spans_in_order() -> None:
    text = "Jednání 15. 12. 2020, další v Q1/2021, úkoly průběžně."
    found = find_dates(text, "cs", CS_REF)
    assert [text[s:e] for s, e, _ in found] == ["15. 12. 2020", "Q1/2021", "průběžně"]
    assert [v.kind for _, _, v in found] == ["date", "window", "continuous"]


def test_find_dates_resolves_missing_year_to_nearest() -> None:
    (_, _, value), = find_dates("vyvrcholení proběhlo 11. prosince", "cs", CS_REF)
    assert value.earliest == "2020-12-11"


@pytest.mark.parametrize(
    "text",
    ["zahájeno v 17.05", "od 18:00 hod.", "19. jednání", "usnesení č. 5/2021", "8,5tisícového", "bod 3.2"],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, "cs", CS_REF) == []


def test_missing_year_without_reference_keeps_text_only() -> None:
    value = parse_date("do 31. 3.", "cs")
    assert value is not None and value.text == "31. 3." and value.earliest is None


def test_diacritics_lost_in_conversion_still_match() -> None:
    value = parse_date("15. prosince 2020", "cs")
    folded = parse_date("15. prosince 2020".replace("í", "i"), "cs")
    assert value is not None and folded is not None and value.earliest == folded.earliest == "2020-12-15"
    assert parse_due("po Novem roce", "cs", CS_REF) is not None


@pytest.mark.parametrize(("year", "sunday"),
                         [(2021, "2021-04-04"), (2024, "2024-03-31"), (2025, "2025-04-20")])
def test_easter(year: int, sunday: str) -> None:
    assert easter(year).isoformat() == sunday


def test_invalid_calendar_dates_are_rejected() -> None:
    assert parse_date("31. 2. 2021", "cs") is None


@pytest.mark.parametrize("text", ["Item 5 may be deferred.", "We march 5 miles.", "Point 3 of 2024 rules"])
def test_english_words_that_are_not_dates(text: str) -> None:
    assert find_dates(text, "en", EN_REF) == []


@pytest.mark.parametrize(
    ("text", "lang", "earliest", "latest", "kind"),
    [
        ("Rozešle to zítra.", "cs", "2020-12-16", "2020-12-16", "date"),
        ("pošle do zítřka", "cs", "2020-12-16", "2020-12-16", "date"),
        ("She will send it tomorrow.", "en", "2025-03-02", "2025-03-02", "date"),
        ("vyvěsí je nejpozději 14 dní před 30. 1.", "cs", "2021-01-16", "2021-01-16", "date"),
        ("at least ten days before the May 12 hearing", "en", "2025-05-02", "2025-05-02", "date"),
        ("two weeks after 3 April", "en", "2025-04-17", "2025-04-17", "date"),
        ("circulate it before the April 14 meeting", "en", "2025-04-14", "2025-04-14", "date"),
        ("do 5 pracovních dnů", "cs", "2020-12-15", "2020-12-22", "window"),
        ("within five business days", "en", "2025-03-01", "2025-03-07", "window"),
        ("do konce prázdnin", "cs", "2020-12-15", "2021-08-31", "window"),
        ("in the new year", "en", "2026-01-01", "2026-01-31", "window"),
        ("in the Spring term", "en", "2025-01-01", "2025-03-31", "window"),
        ("Summer term", "en", "2025-04-01", "2025-07-31", "window"),
        ("by the autumn term 2025", "en", "2025-09-01", "2025-12-31", "window"),
        ("předloží na příští komisi", "cs", None, None, "next_meeting"),
        ("na svém příštím řádném zasedání", "cs", None, None, "next_meeting"),
        ("do příští rady", "cs", None, None, "next_meeting"),
        ("at its next meeting", "en", None, None, "next_meeting"),
        ("at the next full Council meeting", "en", None, None, "next_meeting"),
        ("at the following meeting", "en", None, None, "next_meeting"),
        ("will report back at the next Committee.", "en", None, None, "next_meeting"),
        ("to bring it to the next Steering Group", "en", None, None, "next_meeting"),
        ("w/c 10 March", "en", "2025-03-10", "2025-03-14", "window"),
        ("in the week beginning 07/04/2025", "en", "2025-04-07", "2025-04-11", "window"),
        ("v týdnu od 11. 1. 2021", "cs", "2021-01-11", "2021-01-15", "window"),
    ],
)
def test_relative_offset_term_and_meeting_forms(text: str, lang: str, earliest: str | None, latest: str | None,
                                                kind: str) -> None:
    value = parse_due(text, lang, CS_REF if lang == "cs" else EN_REF)
    assert value is not None
    assert (value.earliest, value.latest, value.kind) == (earliest, latest, kind)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Další bod jednání byl odložen.", "cs"), ("Materiál předá další komisi.", "cs"),
     ("Předseda informoval k dalšímu projednání.", "cs"), ("The next steps were discussed.", "en"),
     ("The next board member will be co-opted.", "en"), ("She spoke to the next committee member.", "en")],
)
def test_next_words_that_are_not_the_next_meeting(text: str, lang: str) -> None:
    assert parse_due(text, lang, CS_REF if lang == "cs" else EN_REF) is None


@pytest.mark.parametrize(
    ("sentence", "lang", "expected_text", "kind"),
    [
        ("ZO pověřuje starostu schvalováním opatření v období od 16. 12. 2020 do 31. 12. 2020 s tím, že o nich "
         "bude informováno na nejbližším zasedání.", "cs", "na nejbližším zasedání", "next_meeting"),
        ("Inventarizace proběhne v období od 1. 12. 2020 do 31. 12. 2020.", "cs",
         "v období od 1. 12. 2020 do 31. 12. 2020", "window"),
        ("The grant covers the period from 1 April 2025 to 30 June 2025; report at the next meeting.", "en",
         "at the next meeting", "next_meeting"),
    ],
)
def test_a_period_is_not_a_cued_deadline(sentence: str, lang: str, expected_text: str, kind: str) -> None:
    value = parse_due(sentence, lang, CS_REF if lang == "cs" else EN_REF)
    assert value is not None and (value.text, value.kind) == (expected_text, kind)


def test_a_period_defers_to_the_sentence() -> None:
    period = parse_due("v období od 1. 12. 2020 do 31. 12. 2020", "cs", CS_REF)
    plain = parse_due("do 31. 12. 2020", "cs", CS_REF)
    steady = parse_due("průběžně", "cs", CS_REF)
    assert period is not None and plain is not None and steady is not None
    assert defers_to_sentence(period, "cs")
    assert not defers_to_sentence(plain, "cs") and not defers_to_sentence(steady, "cs")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [("Tj. po Novém roce.", "cs", True), ("tzn. do konce března", "cs", True), ("I.e. after Easter.", "en", True),
     ("Tjaden připraví podklady.", "cs", False), ("The report is due.", "en", False)],
)
def test_restates_timing(text: str, lang: str, expected: bool) -> None:
    assert restates_timing(text, lang) is expected


@pytest.mark.parametrize(
    ("text", "lang", "earliest", "latest", "kind"),
    [
        ("do konce školního roku", "cs", "2020-12-15", "2021-06-30", "window"),
        ("začátkem roku 2022", "cs", "2022-01-01", "2022-03-31", "window"),
        ("koncem letošního roku", "cs", "2020-10-01", "2020-12-31", "window"),
        ("do poloviny roku 2022", "cs", "2022-01-01", "2022-06-30", "window"),
        ("do poloviny května", "cs", "2021-05-01", "2021-05-15", "window"),
        ("v druhé polovině roku 2021", "cs", "2021-07-01", "2021-12-31", "window"),
        ("do září", "cs", "2021-09-01", "2021-09-30", "window"),
        ("v průběhu podzimu", "cs", "2021-09-01", "2021-11-30", "window"),
        ("na zářijovém jednání", "cs", "2021-09-01", "2021-09-30", "next_meeting"),
        ("předloží na podzimním zasedání", "cs", "2021-09-01", "2021-11-30", "next_meeting"),
        ("projedná do jarního jednání výboru", "cs", "2021-03-01", "2021-05-31", "next_meeting"),
        ("bring it to the autumn meeting", "en", "2025-09-01", "2025-11-30", "next_meeting"),
        ("report at the summer term meeting", "en", "2025-04-01", "2025-07-31", "next_meeting"),
        ("zařadit na program příštího jednání", "cs", None, None, "next_meeting"),
        ("by the end of the financial year", "en", "2025-03-01", "2025-03-31", "window"),
        ("by the end of the academic year", "en", "2025-03-01", "2025-07-31", "window"),
        ("by year end", "en", "2025-01-01", "2025-12-31", "window"),
        ("within a fortnight", "en", "2025-03-01", "2025-03-15", "window"),
        ("early 2026", "en", "2026-01-01", "2026-03-31", "window"),
        ("by mid-2025", "en", "2025-01-01", "2025-06-30", "window"),
        ("late next year", "en", "2026-10-01", "2026-12-31", "window"),
        ("by the 15th", "en", "2025-03-15", "2025-03-15", "date"),
        ("by September", "en", "2025-09-01", "2025-09-30", "window"),
        ("by March 3, 2025", "en", "2025-03-03", "2025-03-03", "date"),
        ("placed on the March agenda", "en", "2025-03-01", "2025-03-31", "next_meeting"),
        ("to report back at the Annual Meeting", "en", None, None, "next_meeting"),
        ("předloží na výroční členské schůzi", "cs", None, None, "next_meeting"),
        ("JS to send by 14/3", "en", "2025-03-14", "2025-03-14", "date"),
        ("by close of business on Friday", "en", "2025-03-07", "2025-03-07", "date"),
    ],
)
def test_year_parts_school_years_and_month_meetings(text: str, lang: str, earliest: str | None,
                                                    latest: str | None, kind: str) -> None:
    value = parse_due(text, lang, CS_REF if lang == "cs" else EN_REF)
    assert value is not None
    assert (value.earliest, value.latest, value.kind) == (earliest, latest, kind)


@pytest.mark.parametrize("text", ["A report on the March figures was noted.", "The 2nd of the items was deferred.",
                                  "A 2/3 majority is needed.", "Item 4/2 was deferred."])
def test_month_and_ordinal_words_that_are_not_deadlines(text: str) -> None:
    assert parse_due(text, "en", EN_REF) is None


@pytest.mark.parametrize(
    ("line", "kind", "latest"),
    [
        ("ZO pověřuje starostu schvalováním rozpočtových opatření v období od 16. 3. 2021 do 31. 3. 2021 s tím, "
         "že o nich bude zastupitelstvo informováno na nejbližším zasedání.", "next_meeting", None),
        ("Zezůlková odpověděla, že materiál bude rozeslán až po jednání s MF. Tj. po Novém roce.", "window",
         "2022-01-31"),
    ],
)
def test_action_due_reads_past_a_period_clause_and_into_a_restating_sentence(line: str, kind: str,
                                                                            latest: str | None) -> None:
    doc = doc_from_lines(line)
    actions = extract_items(doc, "cs", MeetingInfo(date="2021-03-01"), [], entities_for(doc, {}, None)).actions
    assert actions and actions[0].due is not None
    assert (actions[0].due.kind, actions[0].due.latest) == (kind, latest)


@pytest.mark.parametrize(
    ("sentence", "earlier", "lang", "expected"),
    [
        ("Marek to ask whether they would renew before they run out.",
         ["The hosting credits run out on 1 March."], "en", "2025-03-01"),
        ("The Clerk to reply before the consultation closes.",
         ["The consultation closes on 24th March.", "Members asked for an extension."], "en", "2025-03-24"),
        ("Žádost podá Míša ještě před uzávěrkou.", ["Uzávěrka výzvy je 28. 2. 2021."], "cs", "2021-02-28"),
        ("The Clerk to reply before the consultation closes.", ["The hall is booked on 24th March."], "en", None),
        ("The Clerk to reply soon.", ["The consultation closes on 24th March."], "en", None),
    ],
)
def test_event_deadline_dated_by_an_earlier_sentence(sentence: str, earlier: list[str], lang: str,
                                                     expected: str | None) -> None:
    value = event_due(sentence, earlier, lang, CS_REF if lang == "cs" else EN_REF)
    assert (value.latest if value else None) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [("on Saturday 6th May", dt.date(2023, 4, 17), "2023-05-06"), ("on Tuesday 4 March", EN_REF, "2025-03-04"),
     ("by Thursday 5 March", EN_REF, "2026-03-05")],
)
def test_written_weekday_fixes_the_year(text: str, ref: dt.date, expected: str) -> None:
    value = parse_due(text, "en", ref)
    assert value is not None and value.earliest == expected


@pytest.mark.parametrize(
    ("text", "lang", "ref", "earliest", "latest"),
    [
        ("do konce akademického roku", "cs", dt.date(2024, 10, 2), "2024-10-02", "2025-08-31"),
        ("do konce rozpočtového roku", "cs", dt.date(2024, 10, 2), "2024-10-02", "2024-12-31"),
        ("v příštím rozpočtovém roce", "cs", dt.date(2024, 10, 2), "2025-01-01", "2025-12-31"),
        ("v příštím školním roce", "cs", dt.date(2024, 3, 20), "2024-09-01", "2025-06-30"),
        ("do konce 1. pololetí školního roku", "cs", dt.date(2024, 10, 2), "2024-10-02", "2025-01-31"),
        ("ve 2. pololetí školního roku 2024/2025", "cs", dt.date(2024, 10, 2), "2025-02-01", "2025-06-30"),
        ("ve školním roce 2025/26", "cs", dt.date(2024, 10, 2), "2025-09-01", "2026-06-30"),
        ("do konce 1. pololetí", "cs", dt.date(2024, 3, 20), "2024-03-20", "2024-06-30"),
        ("in the next financial year", "en", dt.date(2023, 5, 24), "2024-04-01", "2025-03-31"),
        ("by the end of this financial year", "en", dt.date(2023, 5, 24), "2023-05-24", "2024-03-31"),
        ("during the next academic year", "en", dt.date(2023, 5, 24), "2023-09-01", "2024-07-31"),
        ("in the academic year 2024/25", "en", dt.date(2023, 5, 24), "2024-09-01", "2025-07-31"),
        ("Semester 2", "en", dt.date(2023, 11, 14), "2024-02-01", "2024-06-30"),
        ("by the end of term", "en", dt.date(2023, 11, 14), "2023-11-14", "2023-12-31"),
        ("End of term", "en", dt.date(2024, 3, 5), "2024-01-01", "2024-03-31"),
        ("by the end of term", "en", dt.date(2024, 8, 10), "2024-08-10", "2024-12-31"),  # between terms: the next
        ("during this semester", "en", dt.date(2024, 3, 5), "2024-02-01", "2024-06-30"),
    ],
)
def test_school_academic_and_financial_years(text: str, lang: str, ref: dt.date, earliest: str,
                                             latest: str) -> None:
    value = parse_due(text, lang, ref)
    assert value is not None and (value.earliest, value.latest) == (earliest, latest)


@pytest.mark.parametrize("text", ["a long-term plan was noted", "during his term of office", "the terms were agreed"])
def test_term_words_that_are_not_dates(text: str) -> None:
    assert parse_due(text, "en", EN_REF) is None


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("notify Companies House within 14 days of 1 October", "en", dt.date(2023, 9, 20), "2023-10-15"),
        ("within five business days from 3 October", "en", dt.date(2023, 9, 20), "2023-10-10"),
        ("within 14 days", "en", dt.date(2023, 9, 20), "2023-10-04"),
        ("within 14 days of the meeting", "en", dt.date(2023, 9, 20), "2023-10-04"),
        ("podá žádost do 30 dnů od 1. 10.", "cs", dt.date(2023, 9, 20), "2023-10-31"),
        ("do 5 pracovních dnů ode dne 2. 10. 2023", "cs", dt.date(2023, 9, 20), "2023-10-09"),
    ],
)
def test_a_duration_counted_from_a_written_date(text: str, lang: str, ref: dt.date, expected: str) -> None:
    value = parse_due(text, lang, ref)
    assert value is not None and value.latest == expected


@pytest.mark.parametrize(
    ("text", "lang", "ref", "kind", "latest"),
    [
        ("T: ihned", "cs", dt.date(2023, 5, 2), "immediate", "2023-05-02"),
        ("T: trvale", "cs", dt.date(2023, 5, 2), "continuous", None),
        ("Termín: trvale", "cs", dt.date(2023, 5, 2), "continuous", None),
        ("předloží na nejbližším zasedání", "cs", dt.date(2023, 5, 2), "next_meeting", None),
        ("4.2\tNew survey\tSecretary\tJune meeting", "en", dt.date(2024, 3, 5), "next_meeting", "2024-06-30"),
        ("CFO to present the draft accounts to the July Board", "en", dt.date(2023, 5, 24), "next_meeting",
         "2023-07-31"),
        ("to be brought back to the September Board", "en", dt.date(2023, 5, 24), "next_meeting", "2023-09-30"),
        ("would be placed on the March agenda", "en", dt.date(2025, 2, 10), "next_meeting", "2025-03-31"),
        ("město v průběhu roku prověří možnost navýšení", "cs", dt.date(2023, 12, 11), "window", "2024-12-31"),
        ("město v průběhu roku prověří možnost navýšení", "cs", dt.date(2023, 6, 11), "window", "2023-12-31"),
        ("during the year", "en", dt.date(2023, 12, 11), "window", "2024-12-31"),
        ("during the year 2025", "en", dt.date(2023, 12, 11), "window", "2025-12-31"),
        ("RM/813/2022 – trvá, termín prodloužen do 31. 12. 2022", "cs", dt.date(2022, 11, 14), "date", "2022-12-31"),
        ("nesplněno – nový termín 15. 5.", "cs", dt.date(2023, 4, 20), "date", "2023-05-15"),
        ("deadline extended to 30 June", "en", dt.date(2023, 5, 24), "date", "2023-06-30"),
    ],
)
def test_task_line_values_month_meetings_and_moved_deadlines(text: str, lang: str, ref: dt.date, kind: str,
                                                             latest: str | None) -> None:
    value = parse_due(text, lang, ref)
    assert value is not None and (value.kind, value.latest) == (kind, latest)


@pytest.mark.parametrize(
    ("sentence", "lang", "ref", "expected_text"),
    [
        ("Se zástupci fondu se sejdu 22. listopadu a o výsledku budu radu informovat na příští schůzi.", "cs",
         dt.date(2022, 11, 14), "22. listopadu"),
        ("She will meet the auditors 14 September and report at the next meeting.", "en", dt.date(2023, 7, 20),
         "14 September"),
        ("He agreed to attend the tenant panel on 14 September and report back at the September Board.", "en",
         dt.date(2023, 7, 20), "at the September"),
        ("Zúčastní se dne 22. listopadu semináře a informuje na příští schůzi.", "cs", dt.date(2022, 11, 14),
         "na příští schůzi"),
        ("Seminář proběhl 2. listopadu, výsledky představí na příští schůzi.", "cs", dt.date(2022, 11, 14),
         "na příští schůzi"),
    ],
)
def test_a_future_day_before_a_next_meeting_phrase(sentence: str, lang: str, ref: dt.date,
                                                   expected_text: str) -> None:
    value = parse_due(sentence, lang, ref)
    assert value is not None and value.text == expected_text


@pytest.mark.parametrize(
    ("sentence", "earlier", "lang", "expected"),
    [
        ("Plakáty vyvěsí nejpozději dva týdny před slavností.", ["Slavnost bude v sobotu 11. 6."], "cs",
         "2021-05-28"),
        ("The applicant to post notices at least ten days before the hearing.", ["The hearing is set for 12 May."],
         "en", "2025-05-02"),
    ],
)
def test_an_offset_from_an_event_dated_earlier(sentence: str, earlier: list[str], lang: str, expected: str) -> None:
    value = event_due(sentence, earlier, lang, CS_REF if lang == "cs" else EN_REF)
    assert value is not None and value.latest == expected


@pytest.mark.parametrize(
    ("text", "as_of", "status"),
    [("do konce 1. pololetí 2021", "2021-06-15", "open"), ("do konce 1. pololetí 2021", "2021-07-01", "overdue"),
     ("ve 3. čtvrtletí 2021", "2021-08-01", "open"), ("ihned", "2020-12-16", "overdue")],
)
def test_overdue_is_judged_by_the_end_of_a_window(text: str, as_of: str, status: str) -> None:
    value = parse_due(text, "cs", CS_REF)
    assert value is not None
    assert with_overdue("open", value.iso, as_of) == status


@pytest.mark.parametrize(
    ("text", "lang", "latest"),
    [("do dvou let", "cs", "2022-12-15"), ("za rok se k tomu vrátí", "cs", "2021-12-15"),
     ("v nadcházejícím roce", "cs", "2021-12-31"), ("within two years", "en", "2027-03-01"),
     ("within a year", "en", "2026-03-01")],
)
def test_years_as_durations_and_the_coming_year(text: str, lang: str, latest: str) -> None:
    value = parse_due(text, lang, CS_REF if lang == "cs" else EN_REF)
    assert value is not None and value.latest == latest


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [("for the first quarter of 2025/26", "2025-04-01", "2025-06-30"), ("by Q4 2025/26", "2026-01-01", "2026-03-31"),
     ("H2 2025/26", "2025-10-01", "2026-03-31"), ("in the first quarter of 2026", "2026-01-01", "2026-03-31")],
)
def test_quarters_of_a_split_financial_year(text: str, earliest: str, latest: str) -> None:
    value = find_dates(text, "en", dt.date(2025, 5, 10))[0][2]
    assert (value.earliest, value.latest) == (earliest, latest)


@pytest.mark.parametrize(
    ("sentence", "ref", "expected_text", "earliest", "latest"),
    [
        ("Firma provede výměnu sloupů v 18. týdnu.", dt.date(2024, 3, 6), "18. týdnu", "2024-04-29", "2024-05-05"),
        ("Dodavatel předá dokumentaci do 10. týdne.", dt.date(2024, 2, 1), "10. týdne", "2024-03-04", "2024-03-10"),
        ("Opravu dokončí ve 14.–15. týdnu.", dt.date(2026, 1, 20), "14.–15. týdnu", "2026-03-30", "2026-04-12"),
        ("Montáž proběhne v 5. kalendářním týdnu 2027.", dt.date(2026, 9, 1), "5. kalendářním týdnu 2027",
         "2027-02-01", "2027-02-07"),
        ("Revizi zajistí v 3. týdnu.", dt.date(2024, 11, 20), "3. týdnu", "2025-01-13", "2025-01-19"),
        ("Skluz dožene do konce 40. týdne.", dt.date(2024, 9, 11), "do konce 40. týdne", "2024-09-11", "2024-10-06"),
    ],
)
def test_iso_week_deadlines_end_on_the_sunday(sentence: str, ref: dt.date, expected_text: str, earliest: str,
                                              latest: str) -> None:
    """Czech "v N. týdnu": Monday..Sunday of ISO week N; a week already over at the meeting is next year's."""
    due = parse_due(sentence, "cs", ref)
    assert due is not None
    assert (due.text, due.earliest, due.latest, due.kind) == (expected_text, earliest, latest, "window")


@pytest.mark.parametrize("sentence", ["Kontrola probíhá každý 2. týden.", "Úklid se koná vždy ve 3. týdnu."])
def test_a_week_frequency_is_not_a_deadline(sentence: str) -> None:
    assert parse_due(sentence, "cs", dt.date(2024, 3, 6)) is None


@pytest.mark.parametrize(
    ("sentence", "expected_text", "day"),
    [
        ("The clerk will circulate the draft for the April 8 meeting.", "for the April 8 meeting", "2025-04-08"),
        ("Staff to report back at the 22nd April meeting.", "at the 22nd April meeting", "2025-04-22"),
        ("The item will be placed on the May 6th agenda.", "on the May 6th agenda", "2025-05-06"),
        ("Finance to bring the audit to the February 10 meeting.", "to the February 10 meeting", "2026-02-10"),
    ],
)
def test_a_meeting_named_by_its_date_is_the_next_meeting(sentence: str, expected_text: str, day: str) -> None:
    due = parse_due(sentence, "en", EN_REF)
    assert due is not None
    assert (due.text, due.earliest, due.latest, due.kind) == (expected_text, day, day, "next_meeting")


@pytest.mark.parametrize(
    ("tail", "lang", "expected"),
    [
        (", by April 4.", "en", "2025-04-04"),
        (", no later than 12 May.", "en", "2025-05-12"),
        (", by the end of April.", "en", "2025-04-30"),
        (", nejpozději do 15. 4.", "cs", "2025-04-15"),
        (" and report to the Board by April 4.", "en", None),
        (", on April 4.", "en", None),
        (", by April 4 and again by May 2.", "en", None),
        ("", "en", None),
    ],
)
def test_a_verbless_deadline_tail_dates_the_clause_before_it(tail: str, lang: str, expected: str | None) -> None:
    due = deadline_tail(tail, lang, EN_REF)
    assert (due.latest if due else None) == expected


def test_a_deadline_tail_wins_over_a_date_inside_the_clause() -> None:
    """ "requesting an extension to May 30, by April 4": the extension's date is not the task's deadline."""
    lines = ["The Board directed the clerk to send the agency a letter requesting an extension to May 30, "
             "by April 4."]
    doc = doc_from_lines(*lines)
    actions = extract_items(doc, "en", MeetingInfo(date="2025-03-25"), [], entities_for(doc, {}, None)).actions
    assert [a.due.latest if a.due else None for a in actions] == ["2025-04-04"]


@pytest.mark.parametrize(
    ("sentence", "earlier", "lang", "expected"),
    [
        ("The clerk will file the report by the deadline.",
         ["The grant report is due to the state by June 30.", "Two quotes were received."], "en", "2025-06-30"),
        ("Tajemnice ji odešle v uvedeném termínu.", ["Žádost musí být podána nejpozději do 15. 4."], "cs",
         "2025-04-15"),
        ("The clerk will file the report by the deadline.", ["Two quotes were received."], "en", None),
        ("The clerk will file the report soon.", ["The grant report is due by June 30."], "en", None),
    ],
)
def test_the_deadline_named_by_reference_is_the_earlier_sentences(sentence: str, earlier: list[str], lang: str,
                                                                  expected: str | None) -> None:
    due = event_due(sentence, earlier, lang, EN_REF)
    assert (due.latest if due else None) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Předloží zprávu o hospodaření za rok 2020 radě.", None),  # the year the report covers
    ("Zpracuje rozbor pohledávek za 4. čtvrtletí 2020.", None),
    ("Zašle podklady za 14 dní.", "2020-12-29"),  # a duration after 'za' is a deadline
    ("Zpracuje rozbor za rok 2020 do konce ledna 2021.", "2021-01-31"),
])
def test_the_period_a_report_covers_is_not_its_deadline(sentence: str, expected: str | None) -> None:
    value = parse_due(sentence, "cs", CS_REF)
    assert (value.latest if value else None) == expected


@pytest.mark.parametrize("text", ["výhled rozpočtu na léta 2022–2024", "plán na léta 2021-2023"])
def test_a_season_word_before_a_range_of_years_is_years(text: str) -> None:
    assert parse_due(text, "cs", CS_REF) is None
