"""Deadline forms of real Czech and English minutes (an inventory of the genre, not of our corpus).

Every row is a way a task line, a "T:"/"Termín:"/"Due:" cell or an action sentence states when the task is due,
read against one meeting date (Wednesday 13 March 2024). Scoring compares `latest` (the deadline; a window's
end) and `kind`, so that is what each row fixes.
"""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_nlp.extract.dates import parse_due

REF = dt.date(2024, 3, 13)  # a Wednesday

CS_FORMS = [
    # exact dates: separators, leading zeros, Roman months, month names, ISO, with and without year
    ("T: 30. 4. 2024", "date", "2024-04-30"),
    ("Termín: 30.4.2024", "date", "2024-04-30"),
    ("T: 30. 04. 2024", "date", "2024-04-30"),
    ("termín: 30/4/2024", "date", "2024-04-30"),
    ("T: 30. 4.", "date", "2024-04-30"),
    ("do 30. dubna", "date", "2024-04-30"),
    ("nejpozději do 30. dubna 2024", "date", "2024-04-30"),
    ("Termín: 2024-04-30", "date", "2024-04-30"),
    ("do 30. IV. 2024", "date", "2024-04-30"),
    ("termín splnění: 31. 5. 2024", "date", "2024-05-31"),
    ("Termín plnění: 31. 5. 2024", "date", "2024-05-31"),
    ("v termínu do 15. 5. 2024", "date", "2024-05-15"),
    ("k 30. 6. 2024", "date", "2024-06-30"),
    ("ke dni 30. 6. 2024", "date", "2024-06-30"),
    ("do 15. 4. t. r.", "date", "2024-04-15"),
    ("do 30. 6. t.r.", "date", "2024-06-30"),
    ("do 31. 1. příštího roku", "date", "2025-01-31"),
    ("do pátku 15. 3.", "date", "2024-03-15"),
    ("do pondělí", "date", "2024-03-18"),
    ("do 10. dne následujícího měsíce", "date", "2024-04-10"),
    # end of a period as a preposition phrase ("na konci", "ke konci", "v závěru")
    ("na konci roku", "window", "2024-12-31"),
    ("ke konci září", "window", "2024-09-30"),
    ("v závěru roku 2024", "window", "2024-12-31"),
    ("na konci 3. čtvrtletí", "window", "2024-09-30"),
    # months, parts of months, ranges of months
    ("T: 04/2024", "window", "2024-04-30"),
    ("T: duben 2024", "window", "2024-04-30"),
    ("T: IV/2024", "window", "2024-04-30"),
    ("T: 05–06/2024", "window", "2024-06-30"),
    ("T: květen–červen 2024", "window", "2024-06-30"),
    ("do konce dubna", "window", "2024-04-30"),
    ("do konce května t. r.", "window", "2024-05-31"),
    ("do konce února příštího roku", "window", "2025-02-28"),
    ("v lednu příštího roku", "window", "2025-01-31"),
    ("v průběhu dubna", "window", "2024-04-30"),
    ("během května", "window", "2024-05-31"),
    ("začátkem června", "window", "2024-06-10"),
    ("koncem dubna", "window", "2024-04-30"),
    ("do poloviny dubna", "window", "2024-04-15"),
    ("v první polovině dubna", "window", "2024-04-15"),
    ("ve druhé polovině dubna", "window", "2024-04-30"),
    ("v září", "window", "2024-09-30"),
    ("15.–20. 4. 2024", "window", "2024-04-20"),
    ("od 1. 4. do 30. 4. 2024", "window", "2024-04-30"),
    # quarters, halves, years
    ("v 2. čtvrtletí", "window", "2024-06-30"),
    ("III. čtvrtletí 2024", "window", "2024-09-30"),
    ("T: 3Q/2024", "window", "2024-09-30"),
    ("T: Q3/2024", "window", "2024-09-30"),
    ("do konce 3. čtvrtletí", "window", "2024-09-30"),
    ("do konce 1. pololetí 2024", "window", "2024-06-30"),
    ("v 1. pololetí 2025", "window", "2025-06-30"),
    ("ve 2. pololetí", "window", "2024-12-31"),
    ("ve druhé polovině roku", "window", "2024-12-31"),
    ("do konce roku", "window", "2024-12-31"),
    ("do konce letošního roku", "window", "2024-12-31"),
    ("do konce kalendářního roku", "window", "2024-12-31"),
    ("do 31. 12.", "date", "2024-12-31"),
    # durations and weeks
    ("do 14 dnů", "window", "2024-03-27"),
    ("do 14 dní", "window", "2024-03-27"),
    ("do 30 dnů", "window", "2024-04-12"),
    ("do 1 měsíce", "window", "2024-04-13"),
    ("do 2 měsíců", "window", "2024-05-13"),
    ("do týdne", "window", "2024-03-20"),
    ("do 3 pracovních dnů", "window", "2024-03-18"),
    ("ve lhůtě 15 dnů", "window", "2024-03-28"),
    ("příští týden", "window", "2024-03-22"),
    ("do konce týdne", "window", "2024-03-15"),
    ("do konce příštího týdne", "window", "2024-03-22"),
    # seasons and holidays
    ("do Velikonoc", "window", "2024-03-31"),
    ("do Vánoc", "window", "2024-12-24"),
    ("do prázdnin", "window", "2024-06-30"),
    ("na podzim", "window", "2024-11-30"),
    ("na jaře 2025", "window", "2025-05-31"),
    # meetings
    ("do příštího jednání", "next_meeting", None),
    ("do příští schůze", "next_meeting", None),
    ("na příštím zasedání ZM", "next_meeting", None),
    ("do příštího zasedání rady", "next_meeting", None),
    ("na nejbližší schůzi výboru", "next_meeting", None),
    ("na zářijovém zasedání", "next_meeting", "2024-09-30"),
    ("na červnovém jednání rady", "next_meeting", "2024-06-30"),
    ("na jednání zastupitelstva v červnu", "next_meeting", "2024-06-30"),
    # standing and immediate
    ("průběžně", "continuous", None),
    ("T: trvale", "continuous", None),
    ("Termín: stálý úkol", "continuous", None),
    ("T: průběžně", "continuous", None),
    ("dle potřeby", "continuous", None),
    ("do odvolání", "continuous", None),
    ("ihned", "immediate", "2024-03-13"),
    ("T: neprodleně", "immediate", "2024-03-13"),
    ("okamžitě", "immediate", "2024-03-13"),
    ("obratem", "immediate", "2024-03-13"),
    ("bez zbytečného odkladu", "immediate", "2024-03-13"),
]

EN_FORMS = [
    # exact dates
    ("by 30 April 2024", "date", "2024-04-30"),
    ("by 30th April", "date", "2024-04-30"),
    ("by April 30th", "date", "2024-04-30"),
    ("by Apr 30", "date", "2024-04-30"),
    ("by 30-Apr-24", "date", "2024-04-30"),
    ("by 30 Apr 24", "date", "2024-04-30"),
    ("Due: 30/04/2024", "date", "2024-04-30"),
    ("Due: 30/04/24", "date", "2024-04-30"),
    ("Deadline: 30.04.2024", "date", "2024-04-30"),
    ("Due date: 4/30/2024", "date", "2024-04-30"),
    ("Due: 4/30", "date", "2024-04-30"),
    ("Due: 2024-04-30", "date", "2024-04-30"),
    ("Target date: 31 May 2024", "date", "2024-05-31"),
    ("Date for completion: 31 May 2024", "date", "2024-05-31"),
    ("no later than 15 March", "date", "2024-03-15"),
    ("on or before 15 March", "date", "2024-03-15"),
    ("by 5pm on Friday 15 March", "date", "2024-03-15"),
    ("by Friday", "date", "2024-03-15"),
    ("by Monday 18 March", "date", "2024-03-18"),
    ("by Mon 18 Mar", "date", "2024-03-18"),
    ("by COB Friday", "date", "2024-03-15"),
    ("by close of play on Thursday", "date", "2024-03-14"),
    ("by tomorrow", "date", "2024-03-14"),
    ("by the 1st of next month", "date", "2024-04-01"),
    ("Deadline – 12 April", "date", "2024-04-12"),
    ("Due by: 12.04.24", "date", "2024-04-12"),
    # weeks and months
    ("next week", "window", "2024-03-22"),
    ("w/c 25 March", "window", "2024-03-29"),
    ("w/c 25/03", "window", "2024-03-29"),
    ("week commencing 25 March 2024", "window", "2024-03-29"),
    ("week beginning 25th March", "window", "2024-03-29"),
    ("by the end of the week", "window", "2024-03-15"),
    ("by the end of this week", "window", "2024-03-15"),
    ("end of month", "window", "2024-03-31"),
    ("by month end", "window", "2024-03-31"),
    ("by month-end", "window", "2024-03-31"),
    ("later this month", "window", "2024-03-31"),
    ("by the end of next month", "window", "2024-04-30"),
    ("by mid-April", "window", "2024-04-15"),
    ("early April", "window", "2024-04-10"),
    ("end of April", "window", "2024-04-30"),
    ("Target date: end of May", "window", "2024-05-31"),
    ("by end June", "window", "2024-06-30"),
    ("by end-June", "window", "2024-06-30"),
    ("June 2024", "window", "2024-06-30"),
    ("Jun-24", "window", "2024-06-30"),
    ("by Sept", "window", "2024-09-30"),
    ("by September 2024", "window", "2024-09-30"),
    ("15–19 April", "window", "2024-04-19"),
    ("between 15 and 19 April", "window", "2024-04-19"),
    # quarters, halves, years
    ("by the end of Q2", "window", "2024-06-30"),
    ("by end Q2", "window", "2024-06-30"),
    ("Q3 2024", "window", "2024-09-30"),
    ("by the end of the quarter", "window", "2024-03-31"),
    ("by the end of next quarter", "window", "2024-06-30"),
    ("by the end of H1", "window", "2024-06-30"),
    ("in H2", "window", "2024-12-31"),
    ("later this year", "window", "2024-12-31"),
    ("by year-end", "window", "2024-12-31"),
    ("by the end of the calendar year", "window", "2024-12-31"),
    ("by the end of the financial year", "window", "2024-03-31"),
    # durations
    ("within 14 days", "window", "2024-03-27"),
    ("within 28 days", "window", "2024-04-10"),
    ("within one month", "window", "2024-04-13"),
    ("within the next two weeks", "window", "2024-03-27"),
    ("in the next 2 weeks", "window", "2024-03-27"),
    ("in two weeks' time", "window", "2024-03-27"),
    ("Timescale: 3 months", "window", "2024-06-13"),
    # seasons and holidays
    ("by Easter", "window", "2024-03-31"),
    ("before Christmas", "window", "2024-12-24"),
    ("in the autumn", "window", "2024-11-30"),
    ("by the end of the summer", "window", "2024-08-31"),
    ("by the end of the Michaelmas term", "window", "2024-12-31"),
    # meetings
    ("before the next meeting", "next_meeting", None),
    ("prior to the next meeting", "next_meeting", None),
    ("for the next meeting", "next_meeting", None),
    ("by the next Board meeting", "next_meeting", None),
    ("to the next meeting of the Committee", "next_meeting", None),
    ("at the next AGM", "next_meeting", None),
    ("at the April meeting", "next_meeting", "2024-04-30"),
    ("for the April Board meeting", "next_meeting", "2024-04-30"),
    ("Next meeting", "next_meeting", None),
    # standing and immediate
    ("ASAP", "immediate", "2024-03-13"),
    ("asap", "immediate", "2024-03-13"),
    ("immediately", "immediate", "2024-03-13"),
    ("Ongoing", "continuous", None),
    ("On-going", "continuous", None),
    ("Standing item", "continuous", None),
    ("as required", "continuous", None),
]


@pytest.mark.parametrize(("text", "kind", "latest"), CS_FORMS)
def test_czech_deadline_forms(text: str, kind: str, latest: str | None) -> None:
    value = parse_due(text, "cs", REF)
    assert value is not None
    assert (value.kind, value.latest) == (kind, latest)


@pytest.mark.parametrize(("text", "kind", "latest"), EN_FORMS)
def test_english_deadline_forms(text: str, kind: str, latest: str | None) -> None:
    value = parse_due(text, "en", REF)
    assert value is not None
    assert (value.kind, value.latest) == (kind, latest)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("TBC", "en"), ("TBD", "en"), ("n/a", "en"), ("Owner: JS", "en"), ("viz výše", "cs"), ("—", "cs")],
)
def test_no_deadline_written(text: str, lang: str) -> None:
    assert parse_due(text, lang, REF) is None


CS_SENTENCES = [
    ("Starosta zajistí opravu chodníku do konce června.", "window", "2024-06-30"),
    ("Úkol: připravit návrh rozpočtu. Zodpovídá: místostarosta. Termín: 30. 9. 2024", "date", "2024-09-30"),
    ("Tajemník předloží zprávu na příštím zasedání zastupitelstva.", "next_meeting", None),
    ("Předseda svolá schůzku pracovní skupiny ještě v tomto měsíci.", "window", "2024-03-31"),
    ("Úkol trvá, nový termín 30. 6.", "date", "2024-06-30"),
    ("Termín plnění prodloužen do 31. 5.", "date", "2024-05-31"),
    ("Odbor zpracuje analýzu do konce 2. čtvrtletí t. r.", "window", "2024-06-30"),
    ("Firma dodá nabídku do 15. dubna t. r.", "date", "2024-04-15"),
    ("Revize proběhne v průběhu 2. pololetí.", "window", "2024-12-31"),
    ("Do 31.3. zajistí výběr dodavatele.", "date", "2024-03-31"),
    ("T.: 31. 3. 2024", "date", "2024-03-31"),
    ("Termín: do 31. 3. 2024", "date", "2024-03-31"),
    ("Termín: duben", "window", "2024-04-30"),
    ("Termín: konec dubna", "window", "2024-04-30"),
    ("Termín: začátek května", "window", "2024-05-10"),
    ("Termín: 1. Q 2025", "window", "2025-03-31"),
    ("Termín: 2. pol. 2024", "window", "2024-12-31"),
    ("Termín: II. pololetí 2024", "window", "2024-12-31"),
    ("Termín: 3. čtvrtl. 2024", "window", "2024-09-30"),
    ("T: 2025", "window", "2025-12-31"),
    ("Oprava střechy proběhne v zimě.", "window", "2025-02-28"),
    ("Smlouvu předloží k podpisu do půl roku.", "window", "2024-09-13"),
    ("Vedoucí odboru předloží návrh na zasedání zastupitelstva dne 20. 6. 2024.", "next_meeting", "2024-06-20"),
    ("Ředitel informuje radu na jednání 15. 4.", "next_meeting", "2024-04-15"),
    ("Správce rozpočtu zapracuje změny v termínu do 10 pracovních dnů.", "window", "2024-03-27"),
]

EN_SENTENCES = [
    ("The Clerk to write to the highways authority by the end of the month.", "window", "2024-03-31"),
    ("ACTION: Treasurer to circulate the management accounts within a week.", "window", "2024-03-20"),
    ("Officers to report back within six months.", "window", "2024-09-13"),
    ("By when: 30 April", "date", "2024-04-30"),
    ("Target: June 2024", "window", "2024-06-30"),
    ("Timescale: Q2", "window", "2024-06-30"),
    ("When: next meeting", "next_meeting", None),
    ("Completion by 30 April.", "date", "2024-04-30"),
    ("The Chair will bring a proposal to the Board's next meeting.", "next_meeting", None),
    ("Officers to bring a report to the meeting on 14 May.", "next_meeting", "2024-05-14"),
    ("The Secretary will report at the Committee meeting on 9 April.", "next_meeting", "2024-04-09"),
    ("Staff to present options at the next ordinary meeting of Council.", "next_meeting", None),
    ("The working group will finalise the terms of reference before the summer recess.", "window", "2024-06-30"),
    ("The consortium will submit the deliverable by the end of the financial year 2024/25.", "window",
     "2025-03-31"),
    ("JS to update the risk register by end of Q1.", "window", "2024-03-31"),
    ("Trustees to review the policy by the end of next year.", "window", "2025-12-31"),
    ("The Town Manager will provide an update in two weeks.", "window", "2024-03-27"),
    ("Council to consider the draft in the new year.", "window", "2025-01-31"),
]


@pytest.mark.parametrize(("text", "lang", "kind", "latest"),
                         [(t, "cs", k, d) for t, k, d in CS_SENTENCES] + [(t, "en", k, d) for t, k, d in EN_SENTENCES])
def test_deadline_in_a_task_sentence(text: str, lang: str, kind: str, latest: str | None) -> None:
    value = parse_due(text, lang, REF)
    assert value is not None
    assert (value.kind, value.latest) == (kind, latest)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Usnesení č. 4/2024 bylo přijato.", "cs"), ("12/2024 ZO schvaluje rozpočtové opatření.", "cs"),
     ("Na jednání dne 10. 1. 2024 bylo dohodnuto pokračovat.", "cs"),
     ("At the meeting on 7 February 2024 the Board agreed the budget.", "en")],
)
def test_numbers_and_past_meetings_are_not_deadlines(text: str, lang: str) -> None:
    assert parse_due(text, lang, REF) is None


MORE_FORMS = [
    # weekdays and days named relative to the meeting (the meeting is a Wednesday)
    ("cs", "do čtvrtka", "date", "2024-03-14"),
    ("cs", "do pátku příštího týdne", "date", "2024-03-22"),
    ("cs", "ještě dnes", "date", "2024-03-13"),
    ("cs", "do zítřka", "date", "2024-03-14"),
    ("cs", "tento týden", "window", "2024-03-15"),
    ("en", "by Wednesday", "date", "2024-03-20"),
    ("en", "by next Tuesday", "date", "2024-03-19"),
    ("en", "later today", "date", "2024-03-13"),
    ("en", "by the end of the day", "date", "2024-03-13"),
    ("en", "early next week", "window", "2024-03-22"),
    ("en", "by 1/4", "date", "2024-04-01"),
    # parts of a relative year
    ("cs", "v první polovině příštího roku", "window", "2025-06-30"),
    ("cs", "do konce příštího roku", "window", "2025-12-31"),
    ("cs", "začátkem příštího roku", "window", "2025-03-31"),
    ("en", "in the first half of next year", "window", "2025-06-30"),
    ("en", "by the end of next year", "window", "2025-12-31"),
    ("en", "by autumn 2024", "window", "2024-11-30"),
    ("en", "over the summer", "window", "2024-08-31"),
    ("en", "in the spring", "window", "2024-05-31"),
    ("cs", "během léta", "window", "2024-08-31"),
    ("cs", "přes léto", "window", "2024-08-31"),
    # holidays
    ("cs", "před Vánoci", "window", "2024-12-24"),
    ("cs", "do konce ledna příštího roku", "window", "2025-01-31"),
    ("en", "before Christmas", "window", "2024-12-24"),
    ("en", "before the Christmas break", "window", "2024-12-24"),
    # university terms
    ("cs", "do konce zimního semestru", "window", "2025-01-31"),
    ("cs", "v letním semestru", "window", "2024-06-30"),
    ("cs", "do konce akademického roku", "window", "2024-08-31"),
    ("en", "by the end of semester 2", "window", "2024-06-30"),
    ("en", "in the summer term", "window", "2024-07-31"),
    # meetings named by their place in the calendar
    ("cs", "Termín: příští jednání", "next_meeting", None),
    ("cs", "na prvním jednání po prázdninách", "next_meeting", None),
    ("cs", "na posledním zasedání v roce", "next_meeting", None),
    ("en", "Due: next meeting", "next_meeting", None),
    ("en", "at the first meeting after the summer", "next_meeting", None),
    ("en", "at the first meeting of the new municipal year", "next_meeting", None),
    ("en", "to the next scheduled meeting", "next_meeting", None),
    # standing duties
    ("cs", "na každém jednání", "continuous", None),
    ("cs", "vždy k 15. dni měsíce", "continuous", None),
    ("cs", "T: stále", "continuous", None),
    ("en", "at each meeting", "continuous", None),
    ("en", "on a monthly basis", "continuous", None),
    ("en", "Standing action", "continuous", None),
    ("en", "until further notice", "continuous", None),
]


@pytest.mark.parametrize(("lang", "text", "kind", "latest"), MORE_FORMS)
def test_weekdays_relative_years_terms_and_standing_duties(lang: str, text: str, kind: str,
                                                           latest: str | None) -> None:
    value = parse_due(text, lang, REF)
    assert value is not None
    assert (value.kind, value.latest) == (kind, latest)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Due: TBC", "en"), ("in due course", "en"), ("when known", "en"), ("as soon as it is available", "en"),
     ("v dohledné době", "cs"), ("Termín: bude upřesněn", "cs"), ("the standing committee met", "en"),
     ("stálý výbor zasedal", "cs"), ("monthly figures were noted", "en")],
)
def test_no_date_is_read_where_none_is_given(text: str, lang: str) -> None:
    value = parse_due(text, lang, REF)
    assert value is None


@pytest.mark.parametrize(
    ("lang", "text", "kind", "latest"),
    [
        ("en", "JS to report to the April 2024 meeting.", "next_meeting", "2024-04-30"),
        ("en", "by the end of the 2024/25 financial year", "window", "2025-03-31"),
        ("en", "during the 2024/25 academic year", "window", "2025-07-31"),
        ("en", "in Q1 next year", "window", "2025-03-31"),
        ("en", "H1 next year", "window", "2025-06-30"),
        ("cs", "ve 2. čtvrtletí příštího roku", "window", "2025-06-30"),
        ("cs", "v 2. pololetí příštího roku", "window", "2025-12-31"),
        ("cs", "v září příštího roku", "window", "2025-09-30"),
        ("en", "in January next year", "window", "2025-01-31"),
    ],
)
def test_periods_of_a_year_named_relative_to_the_meeting_or_split(lang: str, text: str, kind: str,
                                                                  latest: str | None) -> None:
    value = parse_due(text, lang, REF)
    assert value is not None
    assert (value.kind, value.latest) == (kind, latest)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "latest"),
    [
        ("cs", "do příští RM", "next_meeting", None),
        ("cs", "na nejbližší ZM", "next_meeting", None),
        ("cs", "na příštím kontrolním dnu", "next_meeting", None),
        ("en", "at the next FPC", "next_meeting", None),
        ("en", "at the next P&R Committee meeting", "next_meeting", None),
        ("en", "at the next Governing Body", "next_meeting", None),
        ("en", "by the end of FY 2024/25", "window", "2025-03-31"),
        ("en", "by Thurs", "date", "2024-03-14"),
        ("en", "by COB 3/15", "date", "2024-03-15"),
    ],
)
def test_bodies_by_abbreviation_and_abbreviated_days(lang: str, text: str, kind: str, latest: str | None) -> None:
    value = parse_due(text, lang, REF)
    assert value is not None
    assert (value.kind, value.latest) == (kind, latest)


@pytest.mark.parametrize(("text", "lang"), [("handover to the next CEO", "en"), ("The next AB was discussed", "en")])
def test_a_person_or_a_bare_acronym_is_not_the_next_meeting(text: str, lang: str) -> None:
    assert parse_due(text, lang, REF) is None


@pytest.mark.parametrize(
    ("lang", "text", "kind", "latest"),
    [
        ("cs", "do konce měsíce dubna", "window", "2024-04-30"),
        ("cs", "v průběhu měsíce dubna", "window", "2024-04-30"),
        ("en", "by the end of the month of April", "window", "2024-04-30"),
        ("cs", "během 2. poloviny roku", "window", "2024-12-31"),
        ("en", "within 48 hours", "window", "2024-03-15"),
        ("cs", "do 24 hodin", "window", "2024-03-14"),
        ("en", "within the month", "window", "2024-03-31"),
        ("en", "by Friday week", "date", "2024-03-22"),
    ],
)
def test_month_nouns_hours_and_friday_week(lang: str, text: str, kind: str, latest: str | None) -> None:
    value = parse_due(text, lang, REF)
    assert value is not None
    assert (value.kind, value.latest) == (kind, latest)


@pytest.mark.parametrize("text", ["do 17 hodin", "zasedání skončilo v 19 hodin"])
def test_a_time_of_day_in_hours_is_not_a_duration(text: str) -> None:
    assert parse_due(text, "cs", REF) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [("cs", "T: k 31. 12. každého roku"), ("cs", "každoročně k 31. 3."), ("cs", "vždy do 31. 3. daného roku"),
     ("en", "annually by 31 March"), ("en", "by 31 March each year"), ("en", "each year by 31 March")],
)
def test_a_date_that_recurs_is_a_standing_duty(lang: str, text: str) -> None:
    value = parse_due(text, lang, REF)
    assert value is not None and value.kind == "continuous"


@pytest.mark.parametrize(
    ("lang", "text", "latest"),
    [("en", "The annual report is due by 31 March.", "2024-03-31"),
     ("cs", "průběžně, nejpozději do 30. 6.", "2024-06-30")],
)
def test_a_one_off_date_beside_a_standing_word_stays_a_date(lang: str, text: str, latest: str) -> None:
    value = parse_due(text, lang, REF)
    assert value is not None and (value.kind, value.latest) == ("date", latest)
