"""Meeting fields, attendance, people and agenda as a genre inventory (round 17), written from knowledge of real
minutes before the failing lines of the corpus were read. Names, places and sentences are invented.

(a) Kenyan county assembly committee minutes: an upper-case title "MINUTES OF THE 7TH SITTING OF THE COMMITTEE ON
... HELD ON <WEEKDAY> <DD>TH <MONTH> <YYYY> IN THE ... AT 10.00 A.M." (the ordinal of the sitting is the meeting
number), roll lists under PRESENT / ABSENT WITH APOLOGY / IN ATTENDANCE ("Hon. X, MCA - Chairperson", numbered),
and every agenda item a "MIN. NO. 03/2025: TITLE" heading. Negatives: a minute reference inside a sentence
("as resolved under Min. No. 04/2024"), proposer/seconder lines naming members, "next meeting on notice".
(b) Czech volunteer fire brigade (SDH) committee: "br." / "ses." before surnames, "Surname I." lists, a header table
of label cells. Negatives: "br." inside a sentence, a task list of "Surname I." owners, a numbered list of purchases.
(c) English sports club committee: "Present: Name (Chair), Name (Secretary)", agenda headings with the officer who
reports after a dash or in brackets. Negatives: fixtures and results lists, score lines.
(d) Czech scientific board (vědecká rada): titled members, agenda items "předkládá"/"uvádí" with the presenter.
Negatives: a candidate or an opponent named in the item is no presenter.
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
from minutes_nlp.extract import agenda, presenter_roster
from minutes_nlp.extract.metadata import extract_meeting


def _items(doc: Any, lang: str) -> list[Any]:
    return presenter_roster.with_listed_presenters(agenda.extract_agenda(doc, lang), extract_meeting(doc, lang))


# (a) Kenyan county assembly committee ------------------------------------------------------------------------

_KE_HEAD = (_h("COUNTY ASSEMBLY OF MWANGAZA"), _h("SELECT COMMITTEE ON WATER AND NATURAL RESOURCES"))

KE_TITLES: list[Any] = [  # (id, title, number, date, start)
    ("ke-ordinal-th", "MINUTES OF THE 7TH SITTING OF THE SELECT COMMITTEE ON WATER AND NATURAL RESOURCES HELD ON "
     "TUESDAY 14TH JANUARY 2025 IN THE COMMITTEE ROOM AT 10.00 A.M.", 7, "2025-01-14", "10:00"),
    ("ke-ordinal-rd", "MINUTES OF THE 23RD SITTING OF THE COMMITTEE ON FINANCE AND ECONOMIC PLANNING HELD ON "
     "THURSDAY, 6TH MARCH, 2025 AT THE ASSEMBLY BOARDROOM AT 9.30 A.M.", 23, "2025-03-06", "09:30"),
    ("ke-ordinal-nd", "MINUTES OF THE 2ND SITTING OF THE LIAISON COMMITTEE HELD ON MONDAY 3RD FEBRUARY 2025 AT "
     "2.30 P.M. IN THE SPEAKER'S BOARDROOM", 2, "2025-02-03", "14:30"),
    ("ke-word-ordinal", "MINUTES OF THE FOURTH SITTING OF THE HEALTH SERVICES COMMITTEE HELD ON WEDNESDAY 9TH APRIL "
     "2025 AT 11.00 A.M.", 4, "2025-04-09", "11:00"),
]


@pytest.mark.parametrize(("title", "number", "date", "start"), _params(KE_TITLES))
def test_kenyan_sitting_title(title: str, number: int, date: str, start: str) -> None:
    m = extract_meeting(blocks_doc(*_KE_HEAD, _h(title), _h("PRESENT"), _p("1. Hon. Grace Atieno, MCA - Chairperson"),
                                   _h("MIN. NO. 01/2025: PRELIMINARIES")), "en")
    assert (m.number, m.date, m.start) == (number, date, start)


KE_NOT_NUMBERS: list[Any] = [  # (id, title): no ordinal of a sitting, so no meeting number
    ("ke-year-ordinal", "MINUTES OF THE COMMITTEE ON EDUCATION HELD ON 21ST MAY 2025 AT 10.00 A.M."),
    _gap("the ordinal session of an assembly's term is read as the meeting's number", "ke-session-ordinal",
         "MINUTES OF THE COMMITTEE ON EDUCATION (THIRD ASSEMBLY, FOURTH SESSION) HELD ON 21ST "
         "MAY 2025"),
    ("ke-floor", "MINUTES OF THE COMMITTEE ON ROADS HELD ON 21ST MAY 2025 ON THE 2ND FLOOR BOARDROOM"),
]


@pytest.mark.parametrize("title", _params(KE_NOT_NUMBERS))
def test_kenyan_title_without_sitting_ordinal(title: str) -> None:
    m = extract_meeting(blocks_doc(*_KE_HEAD, _h(title), _h("MIN. NO. 01/2025: PRELIMINARIES")), "en")
    assert m.number is None, m.number


_KE_ROLL = (
    _h("PRESENT"),
    _p("1. Hon. Grace Atieno, MCA - Chairperson"), _p("2. Hon. Daniel Kiprono, MCA - Vice Chairperson"),
    _p("3. Hon. Mercy Njeri, MCA"), _p("4. Hon. Omar Abdi, MCA"),
    _h("ABSENT WITH APOLOGY"),
    _p("1. Hon. Peter Wafula, MCA"),
    _h("IN ATTENDANCE"),
    _p("1. Mr. Samuel Mutua - Clerk Assistant"), _p("2. Ms. Lilian Chebet - Hansard Reporter"),
)


def test_kenyan_roll_lists() -> None:
    m = extract_meeting(blocks_doc(*_KE_HEAD, _h(KE_TITLES[0][1]), *_KE_ROLL, _h("MIN. NO. 01/2025: PRELIMINARIES"),
                                   _p("The Chairperson called the meeting to order at 10.15 a.m.")), "en")
    assert _same(m.attendees, ("Grace Atieno", "Daniel Kiprono", "Mercy Njeri", "Omar Abdi")), m.attendees
    assert _same(m.absent, ("Peter Wafula",)), m.absent
    assert _same(m.guests, ("Samuel Mutua", "Lilian Chebet")), m.guests


KE_NOT_ROLL: list[Any] = [  # (id, paragraph inside an item): names nobody new to the roll
    ("ke-proposer", "The minutes were confirmed as a true record having been proposed by Hon. Kevin Ouma and "
     "seconded by Hon. Ruth Nyambura."),
    ("ke-speaker-ref", "The Committee noted the communication from the Hon. Speaker dated 2nd January 2025."),
    ("ke-witness", "The Chief Officer, Water, Mr. Paul Kamau, appeared before the Committee and took it through "
     "the report."),
]


@pytest.mark.parametrize("text", _params(KE_NOT_ROLL))
def test_kenyan_item_paragraphs_are_not_roll(text: str) -> None:
    m = extract_meeting(blocks_doc(*_KE_HEAD, _h(KE_TITLES[0][1]), *_KE_ROLL,
                                   _h("MIN. NO. 02/2025: CONFIRMATION OF MINUTES"), _p(text)), "en")
    assert len(m.attendees) == 4 and len(m.absent) == 1, (m.attendees, m.absent)


_KE_ITEMS = (
    _h("MIN. NO. 01/2025: PRELIMINARIES"),
    _p("The Chairperson called the meeting to order at 10.15 a.m. followed by a word of prayer."),
    _h("MIN. NO. 02/2025: CONFIRMATION OF MINUTES OF THE PREVIOUS SITTING"),
    _p("The minutes of the previous sitting were confirmed, as resolved under Min. No. 04/2024, as a true record."),
    _h("MIN. NO. 03/2025: CONSIDERATION OF THE WATER BILL, 2025"),
    _p("The Committee considered the Bill clause by clause."),
    _h("MIN. NO. 04/2025: ADJOURNMENT"),
    _p("There being no other business, the meeting was adjourned at 12.40 p.m. Next meeting will be on notice."),
)


def test_kenyan_minute_headings_are_the_agenda() -> None:
    items = agenda.extract_agenda(blocks_doc(*_KE_HEAD, _h(KE_TITLES[0][1]), *_KE_ROLL, *_KE_ITEMS), "en")
    titles = [i.title.upper() for i in items if i.level == 1]
    assert len(titles) == 4, titles
    assert titles[0].startswith("PRELIMINARIES") and titles[3].startswith("ADJOURNMENT"), titles
    assert not any(t.startswith("MIN") for t in titles), titles


def test_kenyan_closing_fields() -> None:
    m = extract_meeting(blocks_doc(*_KE_HEAD, _h(KE_TITLES[0][1]), *_KE_ROLL, *_KE_ITEMS), "en")
    assert m.end == "12:40", m.end
    assert m.next_meeting is None, m.next_meeting


KE_NOT_HEADINGS: list[Any] = [  # (id, paragraph): a minute reference or a numbered resolution, not an item
    ("ke-ref-in-sentence", "Pursuant to Min. No. 07/2024 the Clerk wrote to the Department."),
    ("ke-resolution-point", "1. THAT the Department submits the list of boreholes within fourteen days."),
    ("ke-schedule-line", "(i) Kiambu ward – 4 boreholes"),
]


@pytest.mark.parametrize("text", _params(KE_NOT_HEADINGS))
def test_kenyan_references_are_no_items(text: str) -> None:
    doc = blocks_doc(*_KE_HEAD, _h(KE_TITLES[0][1]), *_KE_ROLL, *_KE_ITEMS[:6], _p(text), *_KE_ITEMS[6:])
    items = [i for i in agenda.extract_agenda(doc, "en") if i.level == 1]
    assert len(items) == 4, [i.title for i in items]


# (b) Czech volunteer fire brigade committee -------------------------------------------------------------------

_SDH_HEAD = (_h("Sbor dobrovolných hasičů Horní Lipová"), _h("Zápis z výborové schůze"))

SDH_ROSTERS: list[Any] = [  # (id, lines, attendees, absent)
    ("sdh-br-ses", ("Přítomni: br. Kolář, br. Pešek, ses. Vacková, br. Mareš", "Omluveni: ses. Holubová"),
     ("Kolář", "Pešek", "Vacková", "Mareš"), ("Holubová",)),
    ("sdh-surname-initial", ("Přítomni: Kolář J., Pešek M., Vacková L.", "Omluven: Mareš T."),
     ("J. Kolář", "M. Pešek", "L. Vacková"), ("T. Mareš",)),  # turned round: the initial can be written out
    ("sdh-br-full-name", ("Přítomni: br. Josef Kolář, ses. Lenka Vacková, br. Milan Pešek",),
     ("Josef Kolář", "Lenka Vacková", "Milan Pešek"), ()),
]


@pytest.mark.parametrize(("lines", "attendees", "absent"), _params(SDH_ROSTERS))
def test_fire_brigade_roster(lines: tuple[str, ...], attendees: tuple[str, ...], absent: tuple[str, ...]) -> None:
    m = extract_meeting(blocks_doc(*_SDH_HEAD, _p("Datum: 14. 2. 2025"), *(_p(x) for x in lines),
                                   _h("1. Zahájení")), "cs")
    assert _same(m.attendees, attendees), m.attendees
    assert _same(m.absent, absent), m.absent


SDH_NOT_ROSTER: list[Any] = [  # (id, paragraph inside an item): names nobody new to the roster
    ("sdh-br-in-sentence", "Br. Pešek informoval o stavu cisternové stříkačky a o nutné opravě čerpadla."),
    ("sdh-task-list", "Úkoly: objednat hadice – Kolář J., zajistit občerstvení – Vacková L."),
    ("sdh-competition", "Družstvo mužů (Pešek M., Mareš T., Holub K.) obsadilo na soutěži 3. místo."),
]


@pytest.mark.parametrize("text", _params(SDH_NOT_ROSTER))
def test_fire_brigade_item_text_is_no_roster(text: str) -> None:
    m = extract_meeting(blocks_doc(*_SDH_HEAD, _p("Datum: 14. 2. 2025"), _p(SDH_ROSTERS[0][1][0]),
                                   _h("2. Různé"), _p(text)), "cs")
    assert len(m.attendees) == 4 and not m.absent, (m.attendees, m.absent)


def test_fire_brigade_header_table() -> None:
    table = _t(["Datum konání:", "14. 2. 2025"], ["Místo:", "hasičská zbrojnice"], ["Začátek:", "18:00"],
               ["Zapsal:", "Tomáš Mareš"])
    m = extract_meeting(blocks_doc(*_SDH_HEAD, table, _p(SDH_ROSTERS[2][1][0]), _h("1. Zahájení"),
                                   _p("Schůze byla ukončena ve 20:30 hod.")), "cs")
    assert (m.date, m.start, m.end) == ("2025-02-14", "18:00", "20:30")
    assert m.place and "zbrojnice" in m.place, m.place
    assert m.recorder and same_person(m.recorder, "Tomáš Mareš"), m.recorder


SDH_NOT_ITEMS: list[Any] = [  # (id, paragraph inside item 2): a numbered list of things, not an agenda item
    ("sdh-purchases", "1. hadice B75 – 4 ks"),
    ("sdh-dates", "3. 5. sv. Florián – mše v kostele"),
    ("sdh-ranking", "2. místo – družstvo žen"),
]


@pytest.mark.parametrize("text", _params(SDH_NOT_ITEMS))
def test_fire_brigade_numbered_lists_are_no_items(text: str) -> None:
    doc = blocks_doc(*_SDH_HEAD, _p("Datum: 14. 2. 2025"), _h("1. Zahájení"), _p("Starosta sboru zahájil schůzi."),
                     _h("2. Nákupy vybavení"), _p("Výbor schválil nákup:"), _p(text), _h("3. Různé"),
                     _p("Nic dalšího nebylo projednáno."))
    items = [i for i in agenda.extract_agenda(doc, "cs") if i.level == 1]
    assert len(items) == 3, [i.title for i in items]


# (c) English sports club committee ------------------------------------------------------------------------------

_CLUB_HEAD = (_h("Fernbrook Cricket Club"), _h("Minutes of the General Committee Meeting"),
              _p("Held at the Pavilion on Tuesday 4th March 2025 at 7.30pm"))

CLUB_PRESENT: list[Any] = [  # (id, present line, attendees)
    ("club-role-brackets", "Present: Alan Booth (Chair), Karen Lowe (Secretary), Ravi Shah (Treasurer), Tom Pike",
     ("Alan Booth", "Karen Lowe", "Ravi Shah", "Tom Pike")),
    ("club-role-first", "Present: Chairman – Alan Booth; Secretary – Karen Lowe; Treasurer – Ravi Shah",
     ("Alan Booth", "Karen Lowe", "Ravi Shah")),
    ("club-initials", "Present: AB (Chair), KL, RS, TP", ()),
]


@pytest.mark.parametrize(("line", "attendees"), _params(CLUB_PRESENT))
def test_club_present_line(line: str, attendees: tuple[str, ...]) -> None:
    m = extract_meeting(blocks_doc(*_CLUB_HEAD, _p(line), _p("Apologies: Jo Marsh"), _h("1. Apologies")), "en")
    if attendees:
        assert _same(m.attendees, attendees), m.attendees
    assert m.date == "2025-03-04" and m.start == "19:30", (m.date, m.start)


CLUB_PRESENTERS: list[Any] = [  # (id, heading, presenters)
    ("club-dash-name", "4. Treasurer's Report – Ravi Shah", ("Ravi Shah",)),
    ("club-bracket-name", "5. Fixtures 2025 (Tom Pike)", ("Tom Pike",)),
    ("club-plain", "6. Any Other Business", ()),
    ("club-year-dash", "7. Season 2025 – ground maintenance", ()),
    _gap("a place in brackets after the title is read as a presenter", "club-place-bracket",
         "8. Nets (Fernbrook Park)", ()),
]


@pytest.mark.parametrize(("heading", "presenters"), _params(CLUB_PRESENTERS))
def test_club_item_presenters(heading: str, presenters: tuple[str, ...]) -> None:
    doc = blocks_doc(*_CLUB_HEAD, _p(CLUB_PRESENT[0][1]), _h("1. Apologies"), _p("Jo Marsh."), _h(heading),
                     _p("Discussion followed."))
    item = [i for i in _items(doc, "en") if i.title.split()[0] in heading][-1]
    assert _same(item.presenters, presenters), (item.title, item.presenters)


CLUB_NOT_ITEMS: list[Any] = [  # (id, paragraph inside an item): results and fixtures, not agenda items
    ("club-results", "1st XI v Oakham – won by 4 wickets"),
    ("club-ranked", "2. Ladies team – runners-up in the league"),
    ("club-score", "3-1 home win against Castle Rovers"),
]


@pytest.mark.parametrize("text", _params(CLUB_NOT_ITEMS))
def test_club_results_are_no_items(text: str) -> None:
    doc = blocks_doc(*_CLUB_HEAD, _h("1. Apologies"), _p("None."), _h("2. Captains' Reports"), _p(text),
                     _h("3. Any Other Business"), _p("None."))
    assert len([i for i in agenda.extract_agenda(doc, "en") if i.level == 1]) == 3


# (d) Czech scientific board -------------------------------------------------------------------------------------

_VR_HEAD = (_h("Zápis ze zasedání Vědecké rady Fakulty chemické technologie"), _p("konaného dne 20. 3. 2025"),
            _p("Přítomni: prof. Ing. Karel Vlk, CSc., doc. RNDr. Jana Sýkorová, Ph.D., prof. Ing. Ota Bureš, DrSc."))

VR_PRESENTERS: list[Any] = [  # (id, heading, first paragraph, presenters)
    ("vr-predklada-line", "2. Habilitační řízení", "Předkládá: prof. Ing. Karel Vlk, CSc.", ("Karel Vlk",)),
    ("vr-uvadi-sentence", "3. Akreditace doktorského programu", "Bod uvedla doc. RNDr. Jana Sýkorová, Ph.D.",
     ("Jana Sýkorová",)),
    ("vr-candidate", "4. Habilitační řízení Ing. Petra Zemana, Ph.D.",
     "Uchazeč přednesl habilitační přednášku na téma membránových separací.", ()),
    ("vr-opponent", "5. Jmenování oponentů", "Oponenty byli jmenováni prof. Ing. Ota Bureš, DrSc. a doc. Ing. "
     "Radek Holý, Ph.D.", ()),
]


@pytest.mark.parametrize(("heading", "text", "presenters"), _params(VR_PRESENTERS))
def test_scientific_board_presenters(heading: str, text: str, presenters: tuple[str, ...]) -> None:
    doc = blocks_doc(*_VR_HEAD, _h("1. Zahájení"), _p("Děkan zahájil zasedání."), _h(heading), _p(text))
    item = [i for i in _items(doc, "cs") if i.number and i.number.strip(".") == heading.split(".")[0]][0]
    assert _same(item.presenters, presenters), (item.title, item.presenters)


# Classes found while reading the opened series, written with own names ------------------------------------------

def test_unlabelled_subgroups_inside_in_attendance() -> None:
    """ "IN ATTENDANCE" over "Secretariat" + list and "County Executive" + list: one guest list over both."""
    doc = blocks_doc(*_KE_HEAD, _h(KE_TITLES[0][1]), _h("PRESENT"), _p("1. Hon. Grace Atieno, MCA - Chairperson"),
                     _h("IN ATTENDANCE"), _p("Secretariat"), _b("Mr. Samuel Mutua – Clerk Assistant"),
                     _p("County Executive – Department of Water"), _b("Dr. Halima Guyo – Chief Officer"),
                     _h("MIN. NO. 01/2025: PRELIMINARIES"))
    m = extract_meeting(doc, "en")
    assert _same(m.guests, ("Samuel Mutua", "Halima Guyo")), m.guests


def test_apologies_line_between_lists_is_no_subgroup() -> None:
    doc = blocks_doc(*_KE_HEAD, _h(KE_TITLES[0][1]), _h("IN ATTENDANCE"), _b("Mr. Samuel Mutua – Clerk"),
                     _p("Apologies"), _b("Hon. Peter Wafula, MCA"), _h("MIN. NO. 01/2025: PRELIMINARIES"))
    m = extract_meeting(doc, "en")
    assert _same(m.guests, ("Samuel Mutua",)), m.guests


PRESENTING_SENTENCES: list[Any] = [  # (id, lang, heading, first paragraph, presenters)
    ("appositive-office-portfolio", "en", "MIN. NO. 05/2025: WATER TARIFFS",
     "The Chief Officer, Water Services, Dr. Halima Guyo, took the Committee through the tariff review.",
     ("Halima Guyo",)),
    ("appositive-office", "en", "MIN. NO. 05/2025: WATER TARIFFS",
     "The Fiscal Analyst, Mr. Ouma Otieno, briefed the Committee on the estimates.", ("Ouma Otieno",)),
    ("appositive-object-no-subject", "en", "MIN. NO. 05/2025: WATER TARIFFS",
     "Following the request of the Chairperson, the Committee reviewed the tariffs.", ()),
    ("passive-opening-by-role", "en", "MIN. NO. 01/2025: PRELIMINARIES",
     "The meeting was called to order at 10.20 a.m. by the Chairperson, followed by a word of prayer.",
     ("Grace Atieno",)),
    ("passive-opening-no-agent", "en", "MIN. NO. 01/2025: PRELIMINARIES",
     "The meeting was called to order at 10.20 a.m. and a word of prayer was said.", ()),
    ("name-then-deputy-office", "en", "MIN. NO. 05/2025: WATER TARIFFS",
     "Dr. Halima Guyo, Deputy Controller of Water Quality, briefed the Committee on the tariffs.", ("Halima Guyo",)),
    ("three-word-name-completed", "en", "MIN. NO. 05/2025: WATER TARIFFS",
     "Mr. Samuel Mutua Kioko, the Clerk Assistant, informed the Committee that the report was ready.",
     ("Samuel Mutua Kioko",)),
]


@pytest.mark.parametrize(("lang", "heading", "text", "presenters"), _params(PRESENTING_SENTENCES))
def test_commonwealth_presenting_sentences(lang: str, heading: str, text: str, presenters: tuple[str, ...]) -> None:
    roll = (_h("PRESENT"), _p("1. Hon. Grace Atieno, MCA - Chairperson"), _p("2. Hon. Omar Abdi, MCA"),
            _h("IN ATTENDANCE"), _p("1. Mr. Samuel Mutua Kioko - Clerk Assistant"))
    doc = blocks_doc(*_KE_HEAD, _h(KE_TITLES[0][1]), *roll, _h(heading), _p(text), _h("MIN. NO. 09/2025: ADJOURNMENT"),
                     _p("The meeting was adjourned at 1.00 p.m."))
    item = _items(doc, lang)[0]
    assert _same(item.presenters, presenters), (item.title, item.presenters)


CLUB_OPENERS: list[Any] = [  # (id, first paragraph of "5. Bar", presenters)
    ("initials-had", "SR had two quotes from other brewers; Hartwell is still cheapest.", ("Sue Rowe",)),
    ("initials-possessive", "SR's report (by email): the renewal was signed.", ("Sue Rowe",)),
    ("initials-said", "JB said the bar made a profit of £9,000.", ("Jim Bell",)),
    ("initials-asked", "JB asked whether the bar could open on Sundays.", ()),
    ("initials-question-mark", "SR: can we open until midnight on Fridays?", ()),
    ("unknown-initials", "VAT on the bar stock is due in April.", ()),
]


@pytest.mark.parametrize(("text", "presenters"), _params(CLUB_OPENERS))
def test_club_item_opened_by_initials(text: str, presenters: tuple[str, ...]) -> None:
    doc = blocks_doc(*_CLUB_HEAD, _p("Present: Ann Cole (Chair), Jim Bell (Treasurer), Sue Rowe (Bar Manager)"),
                     _h("4. Apologies"), _p("None."), _h("5. Bar"), _p(text), _h("6. AOB"), _p("None."))
    item = [i for i in _items(doc, "en") if i.title == "Bar"][0]
    assert _same(item.presenters, presenters), item.presenters


SDH_LABELS: list[Any] = [  # (id, first paragraph of "3. Hospodaření", presenters)
    ("office-label", "Hospodářka: stav účtu k 31. 12. 84 000 Kč.", ("Lenka Vacková",)),
    ("office-and-name-label", "Hospodářka ses. Vacková: stav účtu k 31. 12. 84 000 Kč.", ("Lenka Vacková",)),
    ("address-label", "Ses. Vacková: stav účtu k 31. 12. 84 000 Kč.", ("Lenka Vacková",)),
    ("degree-question", "Ing. Kolář: Mám dotaz, kolik je v pokladně?", ()),
    ("address-question", "Br. Kolář: kolik stojí nové hadice?", ()),
    ("no-label", "Stav účtu k 31. 12. činí 84 000 Kč.", ()),
]


@pytest.mark.parametrize(("text", "presenters"), _params(SDH_LABELS))
def test_fire_brigade_speaker_labels(text: str, presenters: tuple[str, ...]) -> None:
    doc = blocks_doc(*_SDH_HEAD, _p("Datum: 14. 2. 2025"),
                     _p("Přítomni: br. Josef Kolář (starosta SDH), ses. Lenka Vacková (hospodářka), br. Milan Pešek"),
                     _h("1. Zahájení"), _p("Starosta zahájil schůzi."), _h("3. Hospodaření"), _p(text),
                     _h("4. Různé"), _p("Nic."))
    item = [i for i in _items(doc, "cs") if i.title == "Hospodaření"][0]
    assert _same(item.presenters, presenters), item.presenters


@pytest.mark.parametrize(("number", "value"), [("07/2025", 7), ("30/2024", 30), ("25/01", 1), ("FGP/25/003", 3),
                                               ("12/25", 25)])
def test_minute_number_position(number: str, value: int) -> None:
    """A running number before a four-digit year counts the minute; other references count by their last part."""
    from minutes_nlp.extract.agenda_forms import value as position
    assert position(number) == value


SURNAME_FIRST: list[Any] = [  # (id, body paragraph, surnames expected once each)
    ("brother-in-body", "Br. Kolář informoval o stavu techniky.", ("Kolář", "Pešek")),
    ("sister-in-body", "Ses. Vacková předložila stav pokladny a br. Pešek doplnil.", ("Kolář", "Pešek", "Vacková")),
    ("no-body-mention", "Výbor projednal nákup hadic.", ("Kolář", "Pešek")),
]


@pytest.mark.parametrize(("text", "surnames"), _params(SURNAME_FIRST))
def test_surname_first_list_meets_the_body(text: str, surnames: tuple[str, ...]) -> None:
    """ "Kolář J." in the list and "br. Kolář" in the body are one person, not two."""
    from minutes_nlp.extract.pipeline import extract
    doc = blocks_doc(*_SDH_HEAD, _p("Datum: 14. 2. 2025"), _p("Přítomni: Kolář J., Pešek M., Vacková L."),
                     _h("1. Technika"), _p(text), _h("2. Různé"), _p("Nic."))
    names = [p.name for p in extract(doc).people]
    for surname in surnames:
        assert sum(n.split()[-1] == surname or n.split()[0] == surname for n in names) == 1, names


NOT_INITIAL_OPENERS: list[Any] = [  # (id, heading, first block): initials that open the item but present nothing
    ("body-initialism", "5. Next meetings", "GC meeting will be held online in May; the AGM follows in June."),
    ("review-status-line", "5. Matters arising", "SR – brewery quotes: done; JB – insurance renewal: ongoing."),
    ("initials-dash-status", "5. Bar", "SR – quotes requested, none received yet."),
]


@pytest.mark.parametrize(("heading", "text"), _params(NOT_INITIAL_OPENERS))
def test_initials_that_open_no_report(heading: str, text: str) -> None:
    doc = blocks_doc(*_CLUB_HEAD, _p("Present: Ann Cole (Chair), Jim Bell (Treasurer), Sue Rowe (Bar Manager)"),
                     _p("The General Committee (GC) meets monthly in the season. JB reported on the accounts."),
                     _h("4. Apologies"), _p("None."), _h(heading), _p(text), _h("6. AOB"), _p("None."))
    item = [i for i in _items(doc, "en") if i.number == "5"][0]
    assert item.presenters == (), item.presenters


RECORDER_REMARKS: list[Any] = [  # (id, in-attendance entry, recorder or None)
    ("recording-remark", "Mr. Samuel Mutua – Clerk Assistant (recording)", "Samuel Mutua"),
    ("recorder-remark", "Ms. Halima Guyo (recorder)", "Halima Guyo"),
    ("office-only", "Mr. Samuel Mutua – Clerk Assistant", None),
    ("recording-of-item", "Ms. Halima Guyo – Hansard Reporter (items 3–4)", None),
]


@pytest.mark.parametrize(("entry", "recorder"), _params(RECORDER_REMARKS))
def test_recording_remark_marks_the_recorder(entry: str, recorder: str | None) -> None:
    doc = blocks_doc(*_KE_HEAD, _h(KE_TITLES[0][1]),
                     _p("Present: Hon. Grace Atieno, MCA (Chairperson); Hon. Omar Abdi"), _p(f"In attendance: {entry}"),
                     _h("MIN. NO. 01/2025: PRELIMINARIES"), _p("Prayer."))
    got = extract_meeting(doc, "en").recorder
    assert (got and recorder and same_person(got, recorder)) or got == recorder, got


def test_honorary_office_abbreviation_is_no_person() -> None:
    from minutes_nlp.extract.pipeline import extract
    doc = blocks_doc(*_CLUB_HEAD, _p("Present: Ann Cole (Chair), Jim Bell (Hon. Treas), Sue Rowe (Hon. Sec)"),
                     _h("1. Apologies"), _p("The Hon. Sec had received none."), _h("2. AOB"), _p("None."))
    names = {p.name for p in extract(doc).people}
    assert not names & {"Sec", "Treas"}, names


SIGNERS: list[Any] = [  # (id, recorder line, recorder)
    ("surname-first-signer", "Zapsal: Pešek M.", "M. Pešek"),
    ("given-first-signer", "Zapsal: Milan Pešek", "Milan Pešek"),
    ("given-name-initial-notes", "Zapsal: Jirka B.", "Jirka B."),
]


@pytest.mark.parametrize(("line", "recorder"), _params(SIGNERS))
def test_surname_first_recorder(line: str, recorder: str) -> None:
    m = extract_meeting(blocks_doc(*_SDH_HEAD, _p("Datum: 14. 2. 2025"), _p(SDH_ROSTERS[1][1][0]), _p(line),
                                   _h("1. Zahájení")), "cs")
    assert m.recorder == recorder, m.recorder


FIRST_PERSON_ENDS: list[Any] = [  # (id, closing line, end or None)
    ("we-finished", "Skončili jsme ve 21:10 a ještě chvíli poseděli.", "21:10"),
    ("we-closed", "Schůzi jsme ukončili ve 20:45.", "20:45"),
    _gap("another event's end in the closing lines is read as the meeting's", "work-finished-earlier",
         "Brigádu na hřišti jsme v sobotu skončili už v poledne.", None),
    ("deadline", "Hadice je třeba vrátit do skladu do 30. 4.", None),
]


@pytest.mark.parametrize(("line", "end"), _params(FIRST_PERSON_ENDS))
def test_first_person_plural_end(line: str, end: str | None) -> None:
    doc = blocks_doc(*_SDH_HEAD, _p("Schůze se konala ve čtvrtek 6. 2. 2025, začali jsme v 19:05."),
                     _p(SDH_ROSTERS[0][1][0]), _h("1. Různé"), _p("Nic."), _p(line), _p("Zapsal: Tomáš Mareš"))
    assert extract_meeting(doc, "cs").end == end


@pytest.mark.parametrize(("text", "words"), [
    ("Mr. G. K. Ndung'u reported", ["Mr.", "G.", "K.", "Ndung'u", "reported"]),  # a glottal apostrophe inside a name
    ("Ms. O'Brien agreed", ["Ms.", "O'Brien", "agreed"]),
    ("The CST's report", ["The", "CST", "'", "s", "report"]),  # a possessive is no part of the word
    ("We don't agree", ["We", "don", "'", "t", "agree"]),
    ("the members' views", ["the", "members", "'", "views"]),
])
def test_apostrophe_inside_a_name(text: str, words: list[str]) -> None:
    from minutes_nlp.nlp.tokens import tokenize
    assert [t.text for t in tokenize(text)] == words


@pytest.mark.parametrize(("text", "name"), [
    ("The meeting opened with a word of prayer from Hon. Faith Chebet Rotich. Thereafter members met.",
     ("Faith", "Rotich")),  # a title vouches for a given name the lexicon lacks: the third word is the surname
    ("Hon. Wanjiru Akinyi Otieno, MCA, moved the motion.", ("Wanjiru", "Otieno")),
    ("Mr Tom Jones Chair of the panel spoke.", ("Tom", "Jones")),  # an office after two words ends the name
    ("Cllr Rose Hall Committee met.", (None, "Rose")),  # a building or body after the title: not a 3-word name
])
def test_titled_three_word_names(text: str, name: tuple[str | None, str]) -> None:
    from minutes_nlp.nlp.names import find_names
    from minutes_nlp.nlp.tokens import tokenize
    spans = find_names(tokenize(text), "en")
    assert spans and (spans[0].first, spans[0].surname) == name, [(s.first, s.surname) for s in spans]


ROSTER_FORMS: list[Any] = [  # (id, presenter sentence, presenters): names completed from the attendance list
    ("portfolio-is-no-name", "The Chief Officer, Water Services, Dr. Halima Guyo, briefed the Committee.",
     ("Halima Guyo",)),
    ("middle-and-surname", "Mr. Mutua Kioko informed the Committee that the report was ready.",
     ("Samuel Mutua Kioko",)),
    ("given-and-middle", "Mr. Samuel Mutua informed the Committee that the report was ready.",
     ("Samuel Mutua Kioko",)),
    ("other-person", "Mr. Peter Kioko informed the Committee that the report was ready.", ("Peter Kioko",)),
]


@pytest.mark.parametrize(("text", "presenters"), _params(ROSTER_FORMS))
def test_three_word_roster_completion(text: str, presenters: tuple[str, ...]) -> None:
    doc = blocks_doc(*_KE_HEAD, _h(KE_TITLES[0][1]), _h("PRESENT"), _p("1. Hon. Grace Atieno, MCA - Chairperson"),
                     _h("IN ATTENDANCE"), _p("1. Mr. Samuel Mutua Kioko – Clerk Assistant"),
                     _p("2. Dr. Halima Guyo – Chief Officer, Water Services"), *_KE_ITEMS[:2],
                     _h("MIN. NO. 05/2025: WATER TARIFFS"), _p(text), _h("MIN. NO. 06/2025: ADJOURNMENT"), _p("Done."))
    item = [i for i in _items(doc, "en") if i.title.startswith("WATER")][0]
    assert item.presenters == presenters, item.presenters
