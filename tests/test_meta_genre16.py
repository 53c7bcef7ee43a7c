"""Meeting fields, attendance and agenda as a genre inventory (round 16), written from knowledge of real minutes
before the failing lines of the corpus were read. Names, places and sentences are invented.

(a) Southern African municipal minutes: an upper-case reported title paragraph "MINUTES OF THE ... MEETING HELD ON
WEEKDAY, DD MONTH YYYY AT 10H00 IN THE ..." (date, start time and venue in one line), times written with an "h"
between hours and minutes (09h30, 14H15), attendance as upper-case group headings over bullet lists (COUNCILLORS
PRESENT / OFFICIALS IN ATTENDANCE / APOLOGIES). Negatives: "h" inside reference codes, heading groups that are
agenda sections, bullets under a heading that is not a group of people.
(b) Owners' association (US HOA) minutes: the meeting opens with a narrative paragraph ("The regular meeting of the
Board ... was called to order at 7:02 p.m. by President X at the clubhouse"), the roll call is a bullet list under a
"Roll Call" heading with a status after a dash. Negatives: bullets of an action list with dashes, a roll-call vote.
(c) Czech school and council minutes: "Přítomni: dle prezenční listiny (16 z 18)" names nobody; a substitute "X (v
zastoupení Y)" or a "V zastoupení:" line is present (Y is absent where the minutes list Y among the excused; the
remark alone adds no one); officials listed by office, title and surname ("primátorka Ing. Nová") are people;
"Zápis č. 4/2025 z jednání konaného dne ..." and "Zápis z pedagogické rady č. 4" carry the number.
"""

from __future__ import annotations

from typing import Any

import pytest
from docbuild import blocks_doc
from docbuild import bullet as _b
from docbuild import heading as _h
from docbuild import para as _p
from docbuild import table as _t
from genre_rows import named_gap as _gap
from genre_rows import named_params as _params
from genre_rows import same_people as _same

from minutes_nlp.evaluate.match import same_person
from minutes_nlp.extract.metadata import extract_meeting

_ZA_TOWN = _h("MPHAKATHI LOCAL MUNICIPALITY")

ZA_TITLES: list[Any] = [  # (id, title paragraph, date, start, place or None)
    ("za-upper-h-time-venue",
     "MINUTES OF THE ORDINARY MEETING OF THE FINANCE PORTFOLIO COMMITTEE HELD ON TUESDAY, 4 MARCH 2025 AT 09H30 "
     "IN THE COUNCIL CHAMBER, CIVIC CENTRE",
     "2025-03-04", "09:30", "COUNCIL CHAMBER, CIVIC CENTRE"),
    ("za-lower-h-time",
     "MINUTES OF THE SPECIAL COUNCIL MEETING HELD ON THURSDAY, 22 MAY 2025 AT 14h00 IN COMMITTEE ROOM 3",
     "2025-05-22", "14:00", "COMMITTEE ROOM 3"),
    ("za-no-venue",
     "MINUTES OF THE MAYORAL COMMITTEE MEETING HELD ON MONDAY, 7 APRIL 2025 AT 10H15",
     "2025-04-07", "10:15", None),
]


@pytest.mark.parametrize(("text", "date", "start", "place"), _params(ZA_TITLES))
def test_upper_case_reported_title(text: str, date: str, start: str, place: str | None) -> None:
    m = extract_meeting(blocks_doc(_ZA_TOWN, _p(text), _h("1. OPENING AND WELCOME")), "en")
    assert m.title and m.title.upper().startswith("MINUTES OF THE"), m.title
    assert "MPHAKATHI" not in (m.title or "")
    assert (m.date, m.start) == (date, start)
    if place:
        assert m.place and m.place.upper().startswith(place.split(",")[0]), m.place


H_TIMES: list[Any] = [  # (id, closing line, end or None)
    ("za-closed-h", "The meeting closed at 12h40.", "12:40"),
    ("za-adjourned-H", "THE MEETING ADJOURNED AT 15H05.", "15:05"),
    ("za-closure-label", "Time of closure: 11h55", "11:55"),
    ("za-reference-code", "Ref: FIN 12h/2025 – report noted.", None),
    ("za-deadline", "The contractor must finish by 30 June 2025.", None),
    ("za-report-time", "The report was tabled at the previous meeting.", None),
    ("za-hours-count", "Load-shedding lasted 4h on most days.", None),
]


@pytest.mark.parametrize(("line", "end"), _params(H_TIMES))
def test_h_time_end(line: str, end: str | None) -> None:
    doc = blocks_doc(_ZA_TOWN, _p(ZA_TITLES[0][1]), _h("1. OPENING"), _p("The Chairperson opened."),
                     _h("9. CLOSURE"), _p(line))
    assert extract_meeting(doc, "en").end == end


ZA_GROUPS = (
    _h("COUNCILLORS PRESENT"),
    _b("Cllr N. Dube (Chairperson)"), _b("Cllr Peter Mokoena"), _b("Cllr Anele Sithole"),
    _h("OFFICIALS IN ATTENDANCE"),
    _b("Mr B. Naidoo – Chief Financial Officer"), _b("Ms Z. Khumalo – Committee Officer"),
    _h("APOLOGIES"),
    _b("Cllr Rose Mabuza"),
)


def test_group_headings_over_bullets() -> None:
    m = extract_meeting(blocks_doc(_ZA_TOWN, _p(ZA_TITLES[0][1]), *ZA_GROUPS, _h("1. OPENING")), "en")
    assert _same(m.attendees, ("N. Dube", "Peter Mokoena", "Anele Sithole")), m.attendees
    assert _same(m.guests, ("B. Naidoo", "Z. Khumalo")), m.guests
    assert _same(m.absent, ("Rose Mabuza",)), m.absent


NOT_GROUPS: list[Any] = [  # (id, heading, bullets): bullets under a heading that is not a group of people
    ("za-projects", "CAPITAL PROJECTS", ("Mabuza Street upgrade – 60% complete", "Dube Park fencing – tender stage")),
    ("za-wards", "WARDS AFFECTED", ("Ward 12", "Ward 14")),
    ("hoa-action-list", "Action Items", ("Obtain three roofing bids – Manager – May 1", "Post pool rules – Secretary")),
    ("cs-ukoly", "Úkoly", ("Připravit rozpočet – Ing. Kos – 30. 4.", "Zveřejnit zápis – tajemnice")),
]


@pytest.mark.parametrize(("heading", "bullets"), _params(NOT_GROUPS))
def test_bullets_under_other_headings_are_nobody(heading: str, bullets: tuple[str, ...]) -> None:
    lang = "cs" if heading == "Úkoly" else "en"
    head = _h("Zápis z jednání rady") if lang == "cs" else _h("Minutes of the Board")
    m = extract_meeting(blocks_doc(head, _p("Present: Ann Moss, Ben Hale") if lang == "en" else
                                   _p("Přítomni: Ing. Jan Kos, Eva Malá"), _h(heading), *(_b(x) for x in bullets)),
                        lang)
    assert len(m.attendees) == 2 and not m.absent and not m.guests, (m.attendees, m.absent, m.guests)


ROLL_CALLS: list[Any] = [  # (id, bullets, attendees, absent)
    ("hoa-dash-status", ("Linda Park, President – present", "Tom Reyes, Treasurer – present",
                         "Gail Ortiz, Secretary – absent"), ("Linda Park", "Tom Reyes"), ("Gail Ortiz",)),
    ("hoa-plain-names", ("Linda Park (President)", "Tom Reyes (Treasurer)"), ("Linda Park", "Tom Reyes"), ()),
    ("hoa-excused", ("Director Linda Park – present", "Director Gail Ortiz – excused"), ("Linda Park",),
     ("Gail Ortiz",)),
]


@pytest.mark.parametrize(("bullets", "attendees", "absent"), _params(ROLL_CALLS))
def test_roll_call_bullets(bullets: tuple[str, ...], attendees: tuple[str, ...], absent: tuple[str, ...]) -> None:
    doc = blocks_doc(_h("Cedar Ridge Homeowners Association"), _h("Minutes of the Board of Directors Meeting"),
                     _p("Date: March 12, 2024"), _h("Roll Call"), *(_b(x) for x in bullets),
                     _h("1. Call to Order"), _p("The meeting was called to order at 7:00 p.m."))
    m = extract_meeting(doc, "en")
    assert _same(m.attendees, attendees), m.attendees
    assert _same(m.absent, absent), m.absent


ROLL_NEGATIVES: list[Any] = [  # (id, paragraph after the roll call): no new attendee or absentee
    ("roll-call-vote", "A roll-call vote was taken: Park – yes; Reyes – no; Ortiz – yes. Motion failed 2-3."),
    ("homeowner-comment", "Homeowner comment – a resident of Elm Court asked about parking."),
    ("manager-report", "Manager's report – the pool will reopen on May 1."),
]


@pytest.mark.parametrize("text", _params(ROLL_NEGATIVES))
def test_dash_lines_after_roll_call_are_not_attendance(text: str) -> None:
    doc = blocks_doc(_h("Minutes of the Board of Directors Meeting"), _p("Date: March 12, 2024"), _h("Roll Call"),
                     _b("Linda Park, President – present"), _b("Tom Reyes, Treasurer – present"),
                     _h("1. Call to Order"), _p(text))
    m = extract_meeting(doc, "en")
    assert _same(m.attendees, ("Linda Park", "Tom Reyes")), m.attendees
    assert not m.absent, m.absent


NARRATIVE_OPENINGS: list[Any] = [  # (id, opening paragraph, start, place or None)
    _gap("the call-to-order sentence names the caller between the time and the place", "hoa-called-by-at-place",
         "The regular meeting of the Board of Directors of the Cedar Ridge Homeowners Association was called to "
         "order at 7:02 p.m. by President Linda Park at the Clubhouse.", "19:02", "Clubhouse"),
    ("hoa-held-at-place", "The annual meeting of the members was held at the Community Center and called to order "
     "by the President at 6:30 PM.", "18:30", "Community Center"),
    ("hoa-zoom-only", "The meeting was called to order at 6:00 p.m. via Zoom.", "18:00", None),
    ("hoa-time-no-place", "President Park called the meeting to order at 7:15 p.m.", "19:15", None),
]


@pytest.mark.parametrize(("text", "start", "place"), _params(NARRATIVE_OPENINGS))
def test_narrative_opening(text: str, start: str, place: str | None) -> None:
    doc = blocks_doc(_h("Minutes of the Board of Directors Meeting"), _p("March 12, 2024"), _p(text),
                     _h("1. Treasurer's Report"), _p("The Treasurer reported a balance."))
    m = extract_meeting(doc, "en")
    assert m.start == start
    if place:
        assert m.place and place in m.place, m.place
    else:
        assert not m.place or "zoom" in m.place.lower(), m.place


_CS_HEAD = (_h("Zápis z jednání pedagogické rady"), _p("Datum: 22. 1. 2025"))

CS_ROSTER: list[Any] = [  # (id, attendance lines, attendees, absent)
    ("cs-dle-prezencni-listiny", ("Přítomni: dle prezenční listiny (16 z 18)",), (), ()),
    ("cs-viz-prezencni-listina", ("Přítomni: viz prezenční listina",), (), ()),
    ("cs-podle-prezence", ("Přítomno: 12 členů dle prezence",), (), ()),
    ("cs-v-zastoupeni", ("Přítomni: Ing. Jan Kos, plk. Mgr. Ivo Lis (v zastoupení Ing. Petra Duba)",),
     ("Jan Kos", "Ivo Lis"), ()),
    ("cs-v-zastoupeni-label", ("Přítomni: Ing. Jan Kos, Mgr. Eva Malá",
                               "V zastoupení: Bc. Ivo Lis (za Ing. Petra Duba)", "Omluveni: Ing. Petr Dub"),
     ("Jan Kos", "Eva Malá", "Ivo Lis"), ("Petr Dub",)),
    ("cs-role-title-surname", ("Přítomni: starosta Ing. Kovář, místostarostka Mgr. Bílá; tajemník Ing. Dvořák",),
     ("Kovář", "Bílá", "Dvořák"), ()),
    ("cs-role-after-full-name", ("Přítomni: Ing. Jan Kos, ředitel Správy silnic Lhota; Mgr. Eva Malá",),
     ("Jan Kos", "Eva Malá"), ()),
    ("cs-status-word-not-role", ("Přítomni: Ing. Jan Kos, Mgr. Eva Malá", "Omluveni: omluvena Ing. Jana Suchá"),
     ("Jan Kos", "Eva Malá"), ("Jana Suchá",)),
]


@pytest.mark.parametrize(("lines", "attendees", "absent"), _params(CS_ROSTER))
def test_czech_roster(lines: tuple[str, ...], attendees: tuple[str, ...], absent: tuple[str, ...]) -> None:
    m = extract_meeting(blocks_doc(*_CS_HEAD, *(_p(x) for x in lines), _h("1. Zahájení")), "cs")
    assert _same(m.attendees, attendees), m.attendees
    assert _same(m.absent, absent), m.absent


CS_NUMBER: list[Any] = [  # (id, blocks, number, date)
    ("cs-body-then-zapis-c", (_h("Rada školy Lipová"), _p("Zápis č. 4/2025 z jednání konaného dne 10. prosince 2025")),
     4, "2025-12-10"),
    ("cs-zapis-c-heading", (_h("Zápis č. 7 z jednání komise konaného dne 3. 3. 2025"),), 7, "2025-03-03"),
    ("cs-no-number", (_h("Zápis z jednání komise konaného dne 3. 3. 2025"),), None, "2025-03-03"),
    ("cs-resolution-number-is-not", (_h("Zápis z jednání komise"), _p("Datum: 3. 3. 2025"),
                                     _p("Usnesení č. 12/2025: komise schvaluje program.")), None, "2025-03-03"),
    ("cs-cj-is-not", (_h("Zápis z jednání komise"), _p("Č. j.: MULI 4521/2025"), _p("Datum: 3. 3. 2025")),
     None, "2025-03-03"),
]


@pytest.mark.parametrize(("blocks", "number", "date"), _params(CS_NUMBER))
def test_czech_number(blocks: tuple[Any, ...], number: int | None, date: str) -> None:
    m = extract_meeting(blocks_doc(*blocks, _h("1. Zahájení")), "cs")
    assert (m.number, m.date) == (number, date)


CAPTIONS: list[Any] = [  # (id, caption line under the title, start, place or None)
    ("caption-dashes-clubhouse", "April 9, 2024 – 7:00 p.m. – Clubhouse, 40 Cedar Ridge Drive", "19:00",
     "Clubhouse, 40 Cedar Ridge Drive"),
    ("caption-dashes-pavilion", "Tuesday, May 6, 2025 – 6:00 PM – Pool Pavilion", "18:00", "Pool Pavilion"),
    ("caption-pipes", "3 June 2025 | 10:00 | Council Chamber", "10:00", "Council Chamber"),
    ("caption-dash-remark", "April 9, 2024 – 7:00 p.m. – draft for approval", "19:00", None),
    ("caption-dash-kind-after", "April 9, 2024 – 7:00 p.m. – special session", "19:00", None),
    ("caption-dash-kind", "April 9, 2024 – Regular Meeting", None, None),
]


@pytest.mark.parametrize(("line", "start", "place"), _params(CAPTIONS))
def test_caption_line_parts(line: str, start: str | None, place: str | None) -> None:
    doc = blocks_doc(_h("Cedar Ridge Homeowners Association"), _h("Board of Directors – Regular Meeting"), _p(line),
                     _h("1. Call to Order"), _p("The President opened the meeting."))
    m = extract_meeting(doc, "en")
    assert m.start == start
    assert m.place == place


# (d) The body's next sitting announced by the body's own name, with no "next" word, in the closing item.
BODY_NEXT: list[Any] = [  # (id, lang, title, closing sentence, window or None)
    ("cs-kind-before-body", "cs", "Zápis z jednání pedagogické rady", "Pololetní pedagogická rada se uskuteční "
     "ve čtvrtek 30. 1. 2025 ve 14:00 hod.", ("2025-01-30", "2025-01-30")),
    ("cs-month", "cs", "Zápis z jednání pedagogické rady", "Závěrečná klasifikační pedagogická rada se bude konat "
     "v červnu 2025.", ("2025-06-01", "2025-06-30")),
    ("cs-bracket-after-body", "cs", "Zápis z jednání finančního výboru", "Příští finanční výbor (rozpočtový) se "
     "sejde 12. 2. 2025.", ("2025-02-12", "2025-02-12")),
    ("en-committee-meet-again", "en", "Minutes of the Audit Committee", "The Committee will meet again on "
     "12 February 2025.", ("2025-02-12", "2025-02-12")),
    ("cs-other-body", "cs", "Zápis z jednání pedagogické rady", "Výchovná komise se uskuteční 14. 1. 2025 za "
     "účasti rodičů.", None),
    ("cs-other-council", "cs", "Zápis z jednání pedagogické rady", "Školská rada se sejde 20. 1. 2025.", None),
    ("cs-event-not-sitting", "cs", "Zápis z jednání pedagogické rady", "Lyžařský kurz proběhne 3.–7. 2. 2025.", None),
    ("cs-body-object", "cs", "Zápis z jednání finančního výboru", "Návrh rozpočtu projedná zastupitelstvo, které "
     "se sejde 15. 12. 2024.", None),
    ("en-board-meets-contractor", "en", "Minutes of the Board of Directors", "The Board will meet the contractor "
     "on 12 February 2025.", None),
    ("en-past-sitting", "en", "Minutes of the Audit Committee", "The Committee met on 2 December 2024 to review "
     "the draft.", None),
]


@pytest.mark.parametrize(("lang", "title", "text", "window"), _params(BODY_NEXT))
def test_next_sitting_by_body_name(lang: str, title: str, text: str, window: tuple[str, str] | None) -> None:
    date = _p("Datum: 11. 12. 2024") if lang == "cs" else _p("Date: 11 December 2024")
    end = _h("9. Závěr") if lang == "cs" else _h("9. Close")
    m = extract_meeting(blocks_doc(_h(title), date, end, _p(text)), lang)
    got = None if m.next_meeting is None else (m.next_meeting.earliest, m.next_meeting.latest)
    assert got == window


# (e) Numbers in the title that are not the meeting's, and the Czech number after the body's name.
NUMBERS: list[Any] = [  # (id, lang, title, number)
    ("cs-number-after-body", "cs", "Zápis z pedagogické rady č. 4", 4),
    ("cs-number-after-body-year", "cs", "Zápis ze schůze výboru č. 7/2025", 7),
    ("en-section-committee", "en", "MINUTES OF THE FINANCE (SECTION 79) COMMITTEE MEETING HELD ON 3 MARCH 2025",
     None),
    ("en-article-committee", "en", "Minutes of the Article 5 Committee meeting", None),
    ("cs-paragraph-commission", "cs", "Zápis z jednání komise dle § 117 zákona o obcích", None),
    ("cs-resolution-number", "cs", "Zápis z jednání rady k usnesení č. 5", None),
]


@pytest.mark.parametrize(("lang", "title", "number"), _params(NUMBERS))
def test_title_numbers(lang: str, title: str, number: int | None) -> None:
    date = _p("Datum: 3. 3. 2025") if lang == "cs" else _p("Date: 3 March 2025")
    assert extract_meeting(blocks_doc(_h(title), date, _h("1. Opening")), lang).number == number


ITEM_HEADINGS: list[Any] = [  # (id, heading under the header): its number is the item's, not the meeting's
    ("en-session-item", "3. Executive Session Disclosure"),
    ("en-meeting-item", "4. Annual Meeting Preparations"),
    ("cs-zasedani-item", "5. Příprava zasedání zastupitelstva"),
]


@pytest.mark.parametrize("heading", _params(ITEM_HEADINGS))
def test_item_heading_number_is_no_meeting_number(heading: str) -> None:
    lang = "cs" if "zasedání" in heading else "en"
    date = _p("Datum: 3. 3. 2025") if lang == "cs" else _p("Date: 3 March 2025")
    doc = blocks_doc(_h("Minutes of the Board of Directors"), date, _h("1. Call to Order"), _p("Opened."),
                     _h("2. Minutes"), _p("Approved."), _h(heading), _p("Noted."))
    assert extract_meeting(doc, lang).number is None


# (f) Narrative roll call: members after a "the following ... were present" cue; others named before a verb of
# attending are guests; a member named by a short form of the given name is the member the previous lists name.
ROLL_NARRATIVE: list[Any] = [  # (id, paragraph, attendees, guests)
    ("following-directors-present", "On roll call the following directors were present: Ann Moss, Ben Hale and "
     "Cara Webb at the clubhouse, and Dan Pike by Zoom.", ("Ann Moss", "Ben Hale", "Cara Webb", "Dan Pike"), ()),
    ("manager-attended-as", "The following directors were present: Ann Moss and Ben Hale. Jane Roe of Acme "
     "Management, Inc. attended as Community Manager.", ("Ann Moss", "Ben Hale"), ("Jane Roe",)),
    ("chair-and-residents", "The following directors were present: Ann Moss and Ben Hale. Tom Lee, Pool Chair, and "
     "nine residents attended in person.", ("Ann Moss", "Ben Hale"), ("Tom Lee",)),
    ("member-attended-in-person", "The following directors were present: Ann Moss and Ben Hale. Ann Moss attended "
     "in person and Ben Hale by Zoom.", ("Ann Moss", "Ben Hale"), ()),
    ("residents-only", "The following directors were present: Ann Moss and Ben Hale. Twelve residents attended in "
     "person.", ("Ann Moss", "Ben Hale"), ()),
    ("office-attended", "The following directors were present: Ann Moss and Ben Hale. The Treasurer attended as an "
     "observer.", ("Ann Moss", "Ben Hale"), ()),
]


@pytest.mark.parametrize(("text", "attendees", "guests"), _params(ROLL_NARRATIVE))
def test_narrative_roll_call(text: str, attendees: tuple[str, ...], guests: tuple[str, ...]) -> None:
    doc = blocks_doc(_h("Minutes of the Board of Directors Meeting"), _p("Date: March 12, 2024"),
                     _h("1. Call to Order and Roll Call"), _p(text), _h("2. Treasurer's Report"), _p("Noted."))
    m = extract_meeting(doc, "en")
    assert _same(m.attendees, attendees), m.attendees
    assert _same(m.guests, guests), m.guests


# (g) The minute-taking officer of a municipal committee and substitutes in a register's status column.
OFFICER_LABELS: list[Any] = [  # (id, label line, recorder or None)
    ("committee-officer", "Committee Officer: Ms Zola Khumalo", "Zola Khumalo"),
    ("democratic-services", "Democratic Services Officer: Ian Pratt", "Ian Pratt"),
    ("officer-in-sentence", "The Committee Officer read the register.", None),
    ("officer-report-item", "Report of the Committee Officer on the register of resolutions", None),
]


@pytest.mark.parametrize(("line", "recorder"), _params(OFFICER_LABELS))
def test_committee_officer_label(line: str, recorder: str | None) -> None:
    doc = blocks_doc(_h("Minutes of the Finance Committee"), _p("Date: 3 March 2025"),
                     _p("Members: Cllr Ann Moss, Cllr Ben Hale"), _p(line), _h("1. Opening"), _p("Opened."))
    m = extract_meeting(doc, "en")
    assert (m.recorder or None) == recorder or recorder and m.recorder and same_person(m.recorder, recorder)


STAND_INS: list[Any] = [  # (id, lang, status cell of the absent member, substitute or None)
    ("cs-v-zastoupeni-cell", "cs", "omluven, v zastoupení Mgr. Eva Malá", "Eva Malá"),
    ("cs-zastupuje-cell", "cs", "omluven, zastupuje Mgr. Eva Malá", "Eva Malá"),
    ("cs-omluven-only", "cs", "omluven", None),
    ("cs-reason-only", "cs", "omluven, služební cesta", None),
    ("en-apology-reason", "en", "Apologies (illness)", None),
]


@pytest.mark.parametrize(("lang", "cell", "substitute"), _params(STAND_INS))
def test_substitute_in_status_cell(lang: str, cell: str, substitute: str | None) -> None:
    head = ["Jméno", "Funkce", "Účast"] if lang == "cs" else ["Name", "Role", "Attendance"]
    present = "přítomen" if lang == "cs" else "Present"
    rows = (head, ["Ing. Jan Kos", "předseda", present] if lang == "cs" else ["Ann Moss", "Chair", present],
            ["Ing. Petr Dub", "člen", cell] if lang == "cs" else ["Ben Hale", "Member", cell])
    title = _h("Zápis z jednání rady") if lang == "cs" else _h("Minutes of the Board")
    date = _p("Datum: 3. 3. 2025") if lang == "cs" else _p("Date: 3 March 2025")
    m = extract_meeting(blocks_doc(title, date, _t(*rows)), lang)
    want = ("Jan Kos",) if lang == "cs" else ("Ann Moss",)
    assert _same(m.attendees, want + ((substitute,) if substitute else ())), m.attendees


# (h) Decimal paragraph numbers of Southern African and British minutes: a numbered paragraph that opens the
# item's resolution ("7.3 RESOLVED to recommend to the Council:") is no sub-item; a titled sub-heading is.
SUB_LINES: list[Any] = [  # (id, line under "7. Budget", is a sub-item)
    ("titled-subitem", "7.1 Capital budget", True),
    ("titled-subitem-approved", "7.2 Approved budget changes", True),
    ("resolved-to-recommend", "7.3 RESOLVED to recommend to the Council:", False),
    ("resolved-alone", "7.3 RESOLVED:", False),
    ("resolved-that", "7.3 RESOLVED that the report be noted", False),
    ("sentence-paragraph", "7.4 Mr Dube reported that the funds were spent.", False),
]


@pytest.mark.parametrize(("line", "sub"), _params(SUB_LINES))
def test_resolution_paragraph_is_no_subitem(line: str, sub: bool) -> None:
    from minutes_nlp.extract import agenda

    doc = blocks_doc(_h("Minutes of the Finance Committee"), _p("Date: 3 March 2025"), _h("6. Opening"),
                     _p("Opened."), _h("7. Budget"), _p("The budget was presented."), _p(line),
                     _p("The text of the paragraph goes on here."), _h("8. Closure"), _p("Closed."))
    numbers = [i.number for i in agenda.extract_agenda(doc, "en")]
    assert (line.split()[0] in numbers) is sub, numbers


# (i) A title broken before the sitting's kind: the lower-case line with the particulars goes on with the title.
CONTINUATIONS: list[Any] = [  # (id, second line, continues the title)
    ("cs-kind-genitive-konane", "mimořádné schůze výboru konané dne 4. 3. 2025 v zasedací místnosti", True),
    ("cs-kind-konaneho", "řádného zasedání konaného dne 4. 3. 2025", True),
    ("cs-plain-sentence", "přítomni byli všichni členové výboru", False),
    ("cs-capital-line", "Program jednání byl schválen.", False),
    ("cs-lower-list-sentence", "jednání se zúčastnili všichni členové", False),
]


@pytest.mark.parametrize(("line", "joined"), _params(CONTINUATIONS))
def test_lower_case_particulars_continue_title(line: str, joined: bool) -> None:
    doc = blocks_doc(_h("Zápis z jednání výboru č. 3"), _p(line), _p("Přítomni: Ing. Jan Kos, Mgr. Eva Malá"),
                     _h("1. Zahájení"), _p("Zahájeno."))
    title = extract_meeting(doc, "cs").title or ""
    assert (line[:20] in title) is joined, title


# (j) An approval line naming the approving body or day before a colon, then the signer ("Approved by the Board
# of Directors on May 9, 2024: Linda Park, President").
APPROVALS: list[Any] = [  # (id, closing line, approver or None)
    ("en-board-on-date", "Approved by the Board of Directors on May 9, 2024: Linda Park, President", "Linda Park"),
    ("en-committee", "Approved by the Finance Committee: Tom Reyes, Chair", "Tom Reyes"),
    ("en-plain-label", "Approved by: Linda Park, President", "Linda Park"),
    ("en-no-signer", "Approved by the Board of Directors on May 9, 2024.", None),
    ("en-lower-after-colon", "Approved by the Board: see resolution 2024-07", None),
    ("en-motion-line", "Approved: motion carried 4-0", None),
]


@pytest.mark.parametrize(("line", "approver"), _params(APPROVALS))
def test_approval_line_with_body(line: str, approver: str | None) -> None:
    doc = blocks_doc(_h("Minutes of the Board of Directors Meeting"), _p("Date: April 11, 2024"),
                     _p("Present: Linda Park, Tom Reyes, Gail Ortiz"), _h("1. Call to Order"), _p("Opened."),
                     _h("2. Adjournment"), _p("The meeting adjourned at 8:00 p.m."), _p(line))
    m = extract_meeting(doc, "en")
    assert m.approver == approver


# (k) Presenters: the opening item is presented by whoever the passive "called to order by" names (an office
# resolves to its listed holder); "approve the minutes as presented" presents nothing.
PRESENTER_LINES: list[Any] = [  # (id, item heading, sentence, presenters)
    ("passive-office", "1. Call to Order", "The meeting was called to order by the President at 7:00 p.m.",
     ("Linda Park",)),
    ("passive-name", "1. Call to Order", "The meeting was called to order by Tom Reyes at 7:00 p.m.", ("Tom Reyes",)),
    ("minutes-as-presented", "1. Approval of Minutes", "Tom Reyes moved to approve the minutes of the March "
     "meeting as presented; Gail Ortiz seconded. Motion carried 3-0.", ()),
    ("agenda-as-circulated", "1. Approval of the Agenda", "The agenda was approved as presented.", ()),
    ("no-agent", "1. Call to Order", "The meeting was called to order at 7:00 p.m.", ()),
    ("acting-office-apposition", "1. Finance Report", "The Acting CFO, Mr Zondi, reported that the account was in "
     "arrears.", ("Zondi",)),
    ("interim-office-apposition", "1. Finance Report", "The Interim CFO, Ms Vera Lund, presented the accounts.",
     ("Vera Lund",)),
    ("acting-as-verb", "1. Finance Report", "Acting on the auditor's advice, the Board deferred the accounts.", ()),
]


@pytest.mark.parametrize(("heading", "text", "presenters"), _params(PRESENTER_LINES))
def test_opening_and_participle_presenters(heading: str, text: str, presenters: tuple[str, ...]) -> None:
    from minutes_nlp.extract import agenda, presenter_roster

    doc = blocks_doc(_h("Minutes of the Board of Directors"), _p("Date: April 11, 2024"),
                     _p("Directors present: Linda Park (President), Tom Reyes (Treasurer), Gail Ortiz (Secretary)"),
                     _h(heading), _p(text), _h("2. Adjournment"), _p("Adjourned at 8:00 p.m."))
    items = presenter_roster.with_listed_presenters(agenda.extract_agenda(doc, "en"), extract_meeting(doc, "en"))
    assert _same(items[0].presenters, presenters), items[0].presenters


CS_PRESENTERS: list[Any] = [  # (id, sentence, presenters): an office's initialism before a titled name
    ("initialism-before-titled", "ŠMP Mgr. Ondřej Kos uvedl, že třídnické hodiny proběhly.", ("Ondřej Kos",)),
    _gap("a two-letter initialism of an office before a surname alone", "initialism-before-surname",
         "VP Mgr. Malá informovala o přijímacím řízení.", ("Eva Malá",)),
    ("thanks-is-no-presentation", "Ředitelka poděkovala Mgr. Malé za přípravu akce.", ()),
    ("no-subject", "K dotazu Mgr. Kose nebyla podána odpověď.", ()),
]


@pytest.mark.parametrize(("text", "presenters"), _params(CS_PRESENTERS))
def test_czech_initialism_before_name(text: str, presenters: tuple[str, ...]) -> None:
    from minutes_nlp.extract import agenda, presenter_roster

    doc = blocks_doc(_h("Zápis z jednání pedagogické rady"), _p("Datum: 13. 11. 2024"),
                     _p("Přítomni: Mgr. Jana Nová (ředitelka školy), Mgr. Ondřej Kos, Mgr. Eva Malá"),
                     _h("1. Zpráva"), _p(text), _h("2. Závěr"), _p("Ředitelka ukončila jednání."))
    items = presenter_roster.with_listed_presenters(agenda.extract_agenda(doc, "cs"), extract_meeting(doc, "cs"))
    assert _same(items[0].presenters, presenters), items[0].presenters
