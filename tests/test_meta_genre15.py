"""Meeting fields and attendance as a genre inventory (round 15), written from knowledge of real minutes issued
on letter paper (universities and their boards of studies, ministries, regional and municipal offices, Indian
and British public bodies, Czech úřady and fakulty) before any failure of the corpus was read.

(a) The letterhead block of page 1: the organisation, its unit, its postal address and the reference line of the
issued document ("No. X/Y/2024 Dated: ...", "Ref.: ...", "Č. j.: ..."); the title is the minutes line under
them, and the date of issue is not the meeting's date. Negative rows: agenda lines, sentences, amounts and
times shaped like a reference or a postcode.
(b) Attendance registers with a status column ("Member – Present", "Absent (leave granted)", "Special Invitee",
"Chair") and a name column headed "Name and Designation" / "Jméno a funkce".
(c) A person named with an affiliation chain in a sentence ("Leave of absence was granted to Dr X, Professor,
Department of Y, Z University, Town, who ..."): one person, not one a comma part.
(d) The form of the meeting with the room in a bracket ("Hybrid (Council Chamber and Zoom)").
Names, places and sentences are invented.
"""

from __future__ import annotations

from typing import Any

import pytest
from docbuild import blocks_doc
from docbuild import heading as _h
from docbuild import para as _p
from docbuild import table as _t

from minutes_nlp.evaluate.match import same_person, similar
from minutes_nlp.extract import letterhead_lines
from minutes_nlp.extract.attendance_affiliations import affiliated_people
from minutes_nlp.extract.metadata import extract_meeting

REFERENCE_LINES = [
    ("en", "No. NSU/PHY/BoS/2024-25/17 Dated: 14.08.2024", True),
    ("en", "Ref.: KSU/ACD/221 Date: 3rd June 2025", True),
    ("en", "Our ref: FIN/2025/08", True),
    ("en", "File No. 44/12/2023-Estt. dated 2 May 2023", True),
    ("en", "Ref: EXM-77", True),
    ("cs", "Č. j.: KUVY 12345/2024", True),
    ("cs", "Čj.: MMO/8812/2025/OŠ", True),
    ("cs", "Naše značka: ORG/45/2024", True),
    ("cs", "Spis. zn.: 77/2025", True),
    ("en", "No. 5 Approval of the budget for the year 2025", False),
    ("en", "No objections were raised to the minutes.", False),
    ("en", "Reference was made to the report of the Registrar.", False),
    ("en", "No. of members present: 9 out of 12 members of the Board", False),
    ("en", "Minutes of the meeting held on 4 June 2025", False),
    ("cs", "Zápis č. 4/2025 z jednání finančního výboru", False),
    ("cs", "Č. j. uvedené v usnesení bylo opraveno podle návrhu předsedy výboru.", False),
    ("cs", "Značka nebyla přidělena.", False),
    ("cs", "Přítomni: Ing. Jan Kos, Mgr. Eva Malá", False),
]


@pytest.mark.parametrize("lang,text,want", REFERENCE_LINES)
def test_reference_line(lang: str, text: str, want: bool) -> None:
    assert letterhead_lines.reference_line(text, lang) is want


ADDRESS_LINES = [
    ("en", "Gandhi Nagar Campus, Rampur – 560 084, Karnataka", True),
    ("en", "12 Mill Lane, Ashcombe AC4 7PL", True),
    ("en", "400 Main Street, Hollis, ME 04042", True),
    ("en", "Civic Offices, Wood Quay, Dublin 8, D08 RF3F", True),
    ("cs", "Masarykovo náměstí 12, 586 01 Jihlava", True),
    ("cs", "Krajský úřad, Horní 1, PSČ 602 00 Brno", True),
    ("en", "The budget of 450 000 was approved, subject to audit.", False),
    ("en", "Present: Dr A. Rao, Prof. S. Iyer, Shri K. Das", False),
    ("en", "Minutes of the meeting of the Board of Studies in Physics", False),
    ("en", "Item 4 – Examination results, 2024-25", False),
    ("cs", "Rozpočet 150 00 Kč byl schválen.", False),
    ("cs", "Hlasování: pro 7, proti 0, zdržel se 1", False),
    ("cs", "Zápis z 12. jednání Rady města", False),
    ("cs", "Termín: 15. 4. 2025, 10:00, zasedací místnost", False),
]


@pytest.mark.parametrize("lang,text,want", ADDRESS_LINES)
def test_address_line(lang: str, text: str, want: bool) -> None:
    assert letterhead_lines.address_line(text, lang) is want


_EN_LETTER = (
    _h("NORTHBAY STATE UNIVERSITY"),
    _p("Department of Physics"),
    _p("University Road, Kelton – 570 006, Karnataka"),
    _p("No. NSU/PHY/BoS/2024-25/17 Dated: 14.08.2024"),
)
_CS_LETTER = (
    _h("Krajský úřad Horského kraje"),
    _p("Odbor školství, mládeže a tělovýchovy"),
    _p("Masarykovo náměstí 12, 586 01 Jihlava"),
    _p("Č. j.: KUHK 4521/2025"),
)

TITLES: list[Any] = [  # (id, lang, blocks, title, date, start)
    (
        "en-reported-title-under-letterhead",
        "en",
        (*_EN_LETTER, _p("MINUTES OF THE MEETING OF THE BOARD OF STUDIES IN PHYSICS HELD ON 09.08.2024 AT 10.30 A.M.")),
        "MINUTES OF THE MEETING OF THE BOARD OF STUDIES IN PHYSICS HELD ON 09.08.2024 AT 10.30 A.M.",
        "2024-08-09",
        "10:30",
    ),
    (
        "en-proceedings-heading-under-letterhead",
        "en",
        (
            _h("Northbay State University"),
            _p("Department of Physics, University Road, Kelton"),
            _p("Ref.: NSU/PHY/BoS/2024-25/40 Date: 20th January 2025"),
            _h("Proceedings of the meeting of the Board of Studies in Physics held on Friday, the 17th January 2025 "
               "at 2.30 p.m. in the Seminar Room"),
        ),
        "Proceedings of the meeting of the Board of Studies in Physics held on Friday, the 17th January 2025 at "
        "2.30 p.m. in the Seminar Room",
        "2025-01-17",
        "14:30",
    ),
    (
        "en-minutes-heading-with-date-label",
        "en",
        (*_EN_LETTER, _h("Minutes of the Special Meeting of the Board of Studies in Physics"), _p("Date: 09-08-2024")),
        "Minutes of the Special Meeting of the Board of Studies in Physics",
        "2024-08-09",
        None,
    ),
    (
        "cs-zapis-under-letterhead",
        "cs",
        (*_CS_LETTER, _h("Zápis z 5. jednání Komise pro výchovu a vzdělávání"), _p("Datum: 3. 4. 2025")),
        "Zápis z 5. jednání Komise pro výchovu a vzdělávání",
        "2025-04-03",
        None,
    ),
]


@pytest.mark.parametrize("lang,blocks,title,date,start", [pytest.param(*r[1:], id=r[0]) for r in TITLES])
def test_title_under_letterhead(lang: str, blocks: tuple[Any, ...], title: str, date: str,
                                start: str | None) -> None:
    m = extract_meeting(blocks_doc(*blocks), lang)
    assert similar(m.title, title), m.title
    assert m.date == date
    if start:
        assert m.start == start


LETTERHEAD_NEGATIVES: list[Any] = [  # (id, lang, blocks, what the title must not contain)
    (
        "en-letterhead-not-in-title",
        "en",
        (*_EN_LETTER, _h("Minutes of the Meeting of the Board of Studies in Physics"), _p("Date: 09-08-2024")),
        "NORTHBAY",
    ),
    (
        "en-reference-not-title",
        "en",
        (_h("Northbay State University"), _p("Ref.: NSU/PHY/22"), _h("Minutes of the Academic Council"),
         _p("Date: 1 July 2025")),
        "NSU/PHY",
    ),
    (
        "cs-cj-not-title",
        "cs",
        (*_CS_LETTER, _h("Zápis z jednání Komise pro dopravu"), _p("Datum: 3. 4. 2025")),
        "KUHK",
    ),
    (
        "cs-address-not-title",
        "cs",
        (*_CS_LETTER, _h("Zápis z jednání Komise pro dopravu"), _p("Datum: 3. 4. 2025")),
        "Jihlava",
    ),
]


@pytest.mark.parametrize("lang,blocks,absent", [pytest.param(*r[1:], id=r[0]) for r in LETTERHEAD_NEGATIVES])
def test_letterhead_parts_not_in_title(lang: str, blocks: tuple[Any, ...], absent: str) -> None:
    m = extract_meeting(blocks_doc(*blocks), lang)
    assert m.title and absent.lower() not in m.title.lower(), m.title


def test_issue_date_is_not_meeting_date() -> None:
    blocks = (*_EN_LETTER, _p("MINUTES OF THE MEETING OF THE BOARD OF STUDIES IN PHYSICS HELD ON 02.08.2024"))
    assert extract_meeting(blocks_doc(*blocks), "en").date == "2024-08-02"


_EN_TITLE = (_h("Minutes of the Board of Studies in Physics"), _p("Date: 9 August 2024"))
_CS_TITLE = (_h("Zápis z jednání Komise pro dopravu"), _p("Datum: 3. 4. 2025"))

REGISTERS: list[Any] = [  # (id, lang, table rows, attendees, absent, guests)
    (
        "en-status-column",
        "en",
        (
            ["Sl. No.", "Name and Designation", "Status"],
            ["1", "Prof. Asha Rao, Head of Department", "Chairperson"],
            ["2", "Dr. Vikram Iyer, Associate Professor", "Member – Present"],
            ["3", "Dr. Meena Das, External Expert", "Member – Absent (leave granted)"],
            ["4", "Shri Kiran Patil, Deputy Registrar", "Special Invitee (for Item 3)"],
        ),
        ("Asha Rao", "Vikram Iyer"),
        ("Meena Das",),
        ("Kiran Patil",),
    ),
    (
        "en-name-and-organisation",
        "en",
        (
            ["Name & Organisation", "Status"],
            ["Ruth Calder, Harbour Trust", "Present"],
            ["Owen Blake, Port Authority", "Apologies"],
        ),
        ("Ruth Calder",),
        ("Owen Blake",),
        (),
    ),
    (
        "cs-status-column",
        "cs",
        (
            ["Jméno a funkce", "Status"],
            ["Ing. Pavel Horák, předseda", "člen – přítomen"],
            ["Mgr. Jitka Řezníčková", "člen – omluvena"],
            ["Bc. Lukáš Vrba", "host"],
        ),
        ("Pavel Horák",),
        ("Jitka Řezníčková",),
        ("Lukáš Vrba",),
    ),
]


def _same(got: tuple[str, ...], want: tuple[str, ...]) -> bool:
    return len(got) == len(want) and all(any(same_person(g, w) for g in got) for w in want)


@pytest.mark.parametrize("lang,rows,attendees,absent,guests", [pytest.param(*r[1:], id=r[0]) for r in REGISTERS])
def test_register_status_column(lang: str, rows: tuple[list[str], ...], attendees: tuple[str, ...],
                                absent: tuple[str, ...], guests: tuple[str, ...]) -> None:
    head = _EN_TITLE if lang == "en" else _CS_TITLE
    m = extract_meeting(blocks_doc(*head, _t(*rows)), lang)
    assert _same(m.attendees, attendees), m.attendees
    assert _same(m.absent, absent), m.absent
    assert _same(m.guests, guests), m.guests


AFFILIATED: list[Any] = [  # (id, lang, text, people)
    ("en-chain-who", "en", "Dr. Nisha Kulkarni, Professor, Department of Botany, Eastfield University, Marwar, who "
     "could not attend owing to illness", ("Nisha Kulkarni",)),
    ("en-chain-two-titled", "en", "Prof. Ravi Menon, Dean, Faculty of Science, Dr. Leela Nair, Registrar",
     ("Ravi Menon", "Leela Nair")),
    ("cs-chain-ktery", "cs", "Ing. Tomáš Beneš, ředitel, Technické služby Lhota, který se omluvil", ("Tomáš Beneš",)),
    ("en-plain-list", "en", "Dr. Nisha Kulkarni, Prof. Ravi Menon, Shri Anil Joshi", ()),
    ("en-two-names-no-office", "en", "Jane Roe, Tom Price and Alan Hart", ()),
    ("en-sentence", "en", "The Chairman welcomed the members, the invitees and the staff", ()),
    ("cs-plain-list", "cs", "Ing. Jan Kos, Mgr. Eva Malá, Petr Dub", ()),
    ("cs-two-parts", "cs", "Ing. Jan Kos, ředitel", ()),
]


@pytest.mark.parametrize("lang,text,people", [pytest.param(*r[1:], id=r[0]) for r in AFFILIATED])
def test_affiliated_people(lang: str, text: str, people: tuple[str, ...]) -> None:
    got = tuple(affiliated_people(text, lang))
    assert _same(got, people), got


ABSENT_SENTENCES: list[Any] = [  # (id, lang, sentence, absent)
    ("en-leave-granted-chain", "en", "Leave of absence was granted to Dr. Nisha Kulkarni, Professor, Department of "
     "Botany, Eastfield University, Marwar (External Member), who could not attend owing to illness.",
     ("Nisha Kulkarni",)),
    ("en-leave-granted-two", "en", "Leave of absence was granted to Dr. Nisha Kulkarni and Shri Anil Joshi.",
     ("Nisha Kulkarni", "Anil Joshi")),
]


@pytest.mark.parametrize("lang,sentence,absent", [pytest.param(*r[1:], id=r[0]) for r in ABSENT_SENTENCES])
def test_absent_sentence(lang: str, sentence: str, absent: tuple[str, ...]) -> None:
    m = extract_meeting(blocks_doc(*_EN_TITLE, _p("Present: Prof. Ravi Menon, Dr. Leela Nair"), _p(sentence)), lang)
    assert _same(m.absent, absent), m.absent


HONORIFICS = [
    ("Present: Shri Anil Joshi, Smt. Kavita Rao, Dr. Leela Nair", ("Anil Joshi", "Kavita Rao", "Leela Nair")),
    ("Present: Kum. Priya Shah, Prof. Ravi Menon", ("Priya Shah", "Ravi Menon")),
]


@pytest.mark.parametrize("line,attendees", HONORIFICS)
def test_indian_honorifics_are_titles(line: str, attendees: tuple[str, ...]) -> None:
    m = extract_meeting(blocks_doc(*_EN_TITLE, _p(line)), "en")
    assert tuple(m.attendees) == attendees


FORMS: list[Any] = [  # (id, lang, form line, place or None)
    ("en-hybrid-room-platform", "en", "Mode: Hybrid (Council Chamber and Zoom)", "Council Chamber"),
    ("en-hybrid-room-first", "en", "Format: Hybrid (Zoom and Committee Room 2)", "Committee Room 2"),
    ("cs-hybrid", "cs", "Forma: hybridně (zasedací místnost a MS Teams)", "zasedací místnost"),
    ("en-online-only", "en", "Mode: Online (Zoom)", None),
    ("en-two-rooms", "en", "Mode: Hybrid (Room 1 and Room 2 and Teams)", None),
    ("en-remark-bracket", "en", "Mode: Hybrid (link sent by the Clerk)", None),
]


@pytest.mark.parametrize("lang,line,place", [pytest.param(*r[1:], id=r[0]) for r in FORMS])
def test_form_room(lang: str, line: str, place: str | None) -> None:
    head = _EN_TITLE if lang == "en" else _CS_TITLE
    m = extract_meeting(blocks_doc(*head, _p(line)), lang)
    if place is None:
        assert not m.place or m.place.lower().startswith(("online", "zoom", "hybrid")) or "(" in m.place, m.place
    else:
        assert m.place == place


GROUP_ROWS: list[Any] = [  # (id, lang, header-table rows, attendees, absent, guests)
    (
        "en-members-present-then-other-groups",
        "en",
        (
            ["Date", "Thursday 6 March 2025, 7pm"],
            ["Parish Councillors present", "Ann Moss (Chair); Ben Hale; Cara Webb"],
            ["District Councillors", "Cllr Dan Pike; Cllr Eve Lowe"],
            ["Police", "PC Fay Rudd"],
            ["Members of the public", "4"],
            ["Apologies", "Gus Tate"],
        ),
        ("Ann Moss", "Ben Hale", "Cara Webb"),
        ("Gus Tate",),
        ("Dan Pike", "Eve Lowe", "Fay Rudd"),
    ),
    (
        "en-trustees-absent",
        "en",
        (
            ["Trustees in attendance", "Ian Frost; Joy Kerr"],
            ["Trustees absent", "Kim Lund"],
        ),
        (),
        ("Kim Lund",),
        ("Ian Frost", "Joy Kerr"),
    ),
    (
        "cs-list-label-with-body",
        "cs",
        (
            ["Datum", "4. 3. 2025"],
            ["Přítomní členové komise", "Ing. Jan Kos (předseda), Mgr. Eva Malá, Petr Dub"],
            ["Omluvení členové komise", "Bc. Ivo Lis"],
        ),
        ("Jan Kos", "Eva Malá", "Petr Dub"),
        ("Ivo Lis",),
        (),
    ),
    (
        "en-group-row-before-members-is-no-guest-list",
        "en",
        (
            ["Venue", "Village Hall"],
            ["Members present", "Ann Moss; Ben Hale"],
            ["Agenda items", "Budget; Roads"],
        ),
        ("Ann Moss", "Ben Hale"),
        (),
        (),
    ),
]


@pytest.mark.parametrize("lang,rows,attendees,absent,guests", [pytest.param(*r[1:], id=r[0]) for r in GROUP_ROWS])
def test_group_rows(lang: str, rows: tuple[list[str], ...], attendees: tuple[str, ...], absent: tuple[str, ...],
                    guests: tuple[str, ...]) -> None:
    head = _EN_TITLE[:1] if lang == "en" else _CS_TITLE[:1]
    m = extract_meeting(blocks_doc(*head, _t(*rows)), lang)
    assert _same(m.attendees, attendees), m.attendees
    assert _same(m.absent, absent), m.absent
    assert _same(m.guests, guests), m.guests


GROUP_LINES: list[Any] = [  # (id, lang, lines, attendees, guests)
    ("en-qualified-members-label", "en", ("Community Councillors: Ann Moss (Chair), Ben Hale, Cara Webb",
                                          "Also present: Cllr Dan Pike"),
     ("Ann Moss", "Ben Hale", "Cara Webb"), ("Dan Pike",)),
    ("en-second-group-is-guests", "en", ("Parish Councillors: Ann Moss, Ben Hale",
                                         "County Councillors: Cllr Eve Lowe"),
     ("Ann Moss", "Ben Hale"), ("Eve Lowe",)),
    ("en-present-label-first", "en", ("Present: Ann Moss, Ben Hale", "District Councillors: Cllr Eve Lowe"),
     ("Ann Moss", "Ben Hale"), ("Eve Lowe",)),
    ("en-interpreter", "en", ("Present: Ann Moss, Ben Hale", "Interpreter: Lea Voss"), ("Ann Moss", "Ben Hale"),
     ("Lea Voss",)),
    ("cs-tlumoceni", "cs", ("Přítomni: Ing. Jan Kos, Mgr. Eva Malá", "Tlumočení: Mgr. Olga Nová"),
     ("Jan Kos", "Eva Malá"), ("Olga Nová",)),
]


@pytest.mark.parametrize("lang,lines,attendees,guests", [pytest.param(*r[1:], id=r[0]) for r in GROUP_LINES])
def test_group_lines(lang: str, lines: tuple[str, ...], attendees: tuple[str, ...], guests: tuple[str, ...]) -> None:
    head = _EN_TITLE if lang == "en" else _CS_TITLE
    m = extract_meeting(blocks_doc(*head, *(_p(x) for x in lines)), lang)
    assert _same(m.attendees, attendees), m.attendees
    assert _same(m.guests, guests), m.guests


GROUP_NEGATIVES = [  # header lines shaped like a group label that list no members
    ("en", "Planning Applications: 24/0012/FUL, 24/0044/HOU"),
    ("en", "Key Decisions: none"),
    ("en", "Next Meeting: 3 April 2025"),
    ("cs", "Usnesení rady: viz příloha"),
]


@pytest.mark.parametrize("lang,line", GROUP_NEGATIVES)
def test_group_negatives(lang: str, line: str) -> None:
    head = _EN_TITLE if lang == "en" else _CS_TITLE
    m = extract_meeting(blocks_doc(*head, _p(line)), lang)
    assert not m.attendees and not m.guests


OWN_PARTY: list[Any] = [  # (id, title, lines, attendees, guests)
    (
        "cs-za-the-titled-organisation",
        "Zápis z jednání Výboru Spolku Horní Povltaví",
        ("Za Spolek Horní Povltaví: Ing. Jan Kos, předseda; Mgr. Eva Malá",
         "Za Město Lhota: Bc. Ivo Lis, starosta"),
        ("Jan Kos", "Eva Malá"),
        ("Ivo Lis",),
    ),
    (
        "cs-joint-meeting-first-party-only",
        "Zápis ze společného jednání Rady Sdružení Podlesí a Rady Svazku Horní Povltaví",
        ("Za Sdružení Podlesí (SP): Ing. Jan Kos; Mgr. Eva Malá",
         "Za Svazek Horní Povltaví (SHP): Bc. Ivo Lis; Petr Dub"),
        ("Jan Kos", "Eva Malá"),
        ("Ivo Lis", "Petr Dub"),
    ),
    (
        "cs-other-party-stays-guest",
        "Zápis z jednání Kontrolního výboru",
        ("Přítomni: Ing. Jan Kos, Mgr. Eva Malá", "Za Technické služby Lhota: Bc. Ivo Lis"),
        ("Jan Kos", "Eva Malá"),
        ("Ivo Lis",),
    ),
]


@pytest.mark.parametrize("title,lines,attendees,guests", [pytest.param(*r[1:], id=r[0]) for r in OWN_PARTY])
def test_own_party_by_title(title: str, lines: tuple[str, ...], attendees: tuple[str, ...],
                            guests: tuple[str, ...]) -> None:
    m = extract_meeting(blocks_doc(_h(title), _p("Datum: 4. 3. 2025"), *(_p(x) for x in lines)), "cs")
    assert _same(m.attendees, attendees), m.attendees
    assert _same(m.guests, guests), m.guests


CHAIR_PRESENTS: list[Any] = [  # (id, attendance lines, item text, presenters of item 1)
    (
        "dash-chairman-informed",
        ("The following members were present:", "1. Prof. Asha Rao, Head, Department of Physics – Chairman",
         "2. Dr. Vikram Iyer, Associate Professor – Member"),
        "The Chairman informed the members that the revised scheme was approved by the Academic Council.",
        ("Asha Rao",),
    ),
    (
        "dash-chair-placed-before",
        ("Present:", "- Prof. Asha Rao – Chair", "- Dr. Vikram Iyer – Member"),
        "The Chair placed before the Board the draft syllabus of the first semester.",
        ("Asha Rao",),
    ),
    (
        "member-placed-before",
        ("Present:", "- Prof. Asha Rao – Chair", "- Dr. Vikram Iyer – Member"),
        "Dr. Vikram Iyer placed before the Board the panel of examiners.",
        ("Vikram Iyer",),
    ),
    (
        "chair-answers-after-question",
        ("Present:", "- Prof. Asha Rao – Chair", "- Dr. Vikram Iyer – Member"),
        "Dr. Vikram Iyer explained the proposal. Prof. Meena Das sought to know whether it applies to evening "
        "students. The Chair informed that the matter would be referred to the Registrar.",
        ("Vikram Iyer",),
    ),
    (
        "member-dash-role-is-no-chair",
        ("Present:", "- Prof. Asha Rao – Member", "- Dr. Vikram Iyer – Member"),
        "The Chairman informed the members that the scheme was approved.",
        (),
    ),
]


@pytest.mark.parametrize("lines,text,presenters", [pytest.param(*r[1:], id=r[0]) for r in CHAIR_PRESENTS])
def test_chair_marked_after_dash_presents(lines: tuple[str, ...], text: str, presenters: tuple[str, ...]) -> None:
    from docbuild import bullet

    from minutes_nlp.extract import agenda, presenter_roster

    blocks = (_h("Minutes of the Board of Studies in Physics"), _p("Date: 9 August 2024"),
              *(bullet(x[2:]) if x.startswith(("- ", "1.", "2.")) else _p(x) for x in lines),
              _h("Item No. 1: Revised scheme of examination"), _p(text), _h("Item No. 2: Any other matter"),
              _p("None."))
    doc = blocks_doc(*blocks)
    meeting = extract_meeting(doc, "en")
    items = presenter_roster.with_listed_presenters(agenda.extract_agenda(doc, "en"), meeting)
    assert _same(items[0].presenters, presenters), items[0].presenters


UNIT_LETTERHEADS: list[Any] = [  # (id, blocks, title, series)
    (
        "unit-subject-body-stands-alone",
        (_h("Eastfield University"), _p("Department of Botany"),
         _h("Minutes of the Meeting of the Board of Studies in Botany"), _p("Date: 4 March 2025")),
        "Minutes of the Meeting of the Board of Studies in Botany",
        "Board of Studies in Botany",
    ),
    (
        "unit-subject-school",
        (_h("Marwar Institute of Technology"), _p("School of Civil Engineering"),
         _h("Minutes of the Civil Engineering Departmental Committee"), _p("Date: 4 March 2025")),
        "Minutes of the Civil Engineering Departmental Committee",
        "Civil Engineering Departmental Committee",
    ),
    (
        "kind-only-body-keeps-organisation",
        (_h("Eastfield University"), _p("Faculty of Law"), _h("Minutes of the Faculty Board"),
         _p("Date: 4 March 2025")),
        "Eastfield University – Minutes of the Faculty Board",
        "Eastfield University Faculty Board",
    ),
]


@pytest.mark.parametrize("blocks,title,series", [pytest.param(*r[1:], id=r[0]) for r in UNIT_LETTERHEADS])
def test_unit_letterhead(blocks: tuple[Any, ...], title: str, series: str) -> None:
    m = extract_meeting(blocks_doc(*blocks), "en")
    assert similar(m.title, title), m.title
    assert similar(m.series, series), m.series


TITLE_SHAPES: list[Any] = [  # (id, lang, blocks, title, series)
    (
        "cs-numbered-zapis-over-z-jednani",
        "cs",
        (_h("ZÁPIS č. 2"), _p("z jednání hodnoticí komise k veřejné zakázce „Rekonstrukce hřiště Na Ostrově“, "
                              "konaného dne 3. června 2025 od 9:00 hod. v zasedací místnosti radnice"),
         _p("Přítomni: Ing. Jan Kos, Mgr. Eva Malá")),
        "ZÁPIS č. 2 z jednání hodnoticí komise k veřejné zakázce „Rekonstrukce hřiště Na Ostrově“, konaného dne 3. "
        "června 2025 od 9:00 hod. v zasedací místnosti radnice",
        "Hodnoticí komise",
    ),
    (
        "en-numbered-minutes-over-of-the",
        "en",
        (_h("MINUTES No. 14"), _p("of the meeting of the Estates Committee held on 4 March 2025"),
         _p("Present: Ann Moss, Ben Hale")),
        "MINUTES No. 14 of the meeting of the Estates Committee held on 4 March 2025",
        "Estates Committee",
    ),
    (
        "cs-joint-meeting-first-body",
        "cs",
        (_h("Zápis ze společného jednání Rady Sdružení Podlesí a Výboru Svazku Horní Povltaví"),
         _p("Datum: 4. 3. 2025")),
        "Zápis ze společného jednání Rady Sdružení Podlesí a Výboru Svazku Horní Povltaví",
        "Rada Sdružení Podlesí",
    ),
    (
        "en-joint-meeting-first-body",
        "en",
        (_h("Minutes of the Joint Meeting of the Finance Committee and the Audit Committee"),
         _p("Date: 4 March 2025")),
        "Minutes of the Joint Meeting of the Finance Committee and the Audit Committee",
        "Finance Committee",
    ),
    (
        "cs-not-joint-keeps-enumeration",
        "cs",
        (_h("Zápis z jednání Výboru pro výchovu a vzdělávání"), _p("Datum: 4. 3. 2025")),
        "Zápis z jednání Výboru pro výchovu a vzdělávání",
        "Výbor pro výchovu a vzdělávání",
    ),
    (
        "en-not-joint-keeps-and",
        "en",
        (_h("Minutes of the Audit and Risk Committee"), _p("Date: 4 March 2025")),
        "Minutes of the Audit and Risk Committee",
        "Audit and Risk Committee",
    ),
    (
        "cs-quoted-name-without-matter-preposition",
        "cs",
        (_h("Zápis z jednání Komise „Zdravé město“"), _p("Datum: 4. 3. 2025")),
        "Zápis z jednání Komise „Zdravé město“",
        "Komise „Zdravé město“",
    ),
]


@pytest.mark.parametrize("lang,blocks,title,series", [pytest.param(*r[1:], id=r[0]) for r in TITLE_SHAPES])
def test_title_shapes(lang: str, blocks: tuple[Any, ...], title: str, series: str) -> None:
    m = extract_meeting(blocks_doc(*blocks), lang)
    assert similar(m.title, title), m.title
    assert similar(m.series, series), m.series


DATE_PLACE: list[Any] = [  # (id, lang, line, place)
    ("cs-datum-a-misto-any-place", "cs", "Datum a místo: 4. 3. 2025, 10:00 – 12:00, Obecní dům Lhota, malý sál",
     "Obecní dům Lhota, malý sál"),
    ("en-date-and-venue", "en", "Date and venue: 4 March 2025, 10.00am, Kelton Town Hall", "Kelton Town Hall"),
    ("cs-datum-only-no-place", "cs", "Datum: 4. 3. 2025, 10:00 – 12:00, jednání vedl starosta", None),
    ("en-date-only-remark", "en", "Date: 4 March 2025, 10.00am, postponed from February", None),
]


@pytest.mark.parametrize("lang,line,place", [pytest.param(*r[1:], id=r[0]) for r in DATE_PLACE])
def test_date_and_place_label(lang: str, line: str, place: str | None) -> None:
    head = _h("Minutes of the Estates Committee") if lang == "en" else _h("Zápis z jednání Komise pro dopravu")
    m = extract_meeting(blocks_doc(head, _p(line)), lang)
    assert m.place == place


SUBSTITUTE_COLUMNS: list[Any] = [  # (id, lang, rows, attendees, absent)
    ("cs-dash-substitute-present", "cs",
     (["Člen komise", "Náhradník", "Přítomen"], ["Ing. Jan Kos", "Ing. Ivo Lis", "ano"], ["Mgr. Eva Malá", "–", "ano"],
      ["Petr Dub", "–", "ne"]),
     ("Jan Kos", "Eva Malá"), ("Petr Dub",)),
    ("en-dash-substitute-present", "en",
     (["Member", "Substitute", "Present"], ["Ann Moss", "Ben Hale", "✓"], ["Cara Webb", "-", "✓"],
      ["Dan Pike", "-", "✗"]),
     ("Ann Moss", "Cara Webb"), ("Dan Pike",)),
]


@pytest.mark.parametrize("lang,rows,attendees,absent", [pytest.param(*r[1:], id=r[0]) for r in SUBSTITUTE_COLUMNS])
def test_substitute_column_dash(lang: str, rows: tuple[list[str], ...], attendees: tuple[str, ...],
                                absent: tuple[str, ...]) -> None:
    head = _EN_TITLE if lang == "en" else _CS_TITLE
    m = extract_meeting(blocks_doc(*head, _t(*rows)), lang)
    assert all(any(same_person(g, w) for g in m.attendees) for w in attendees), m.attendees
    assert _same(m.absent, absent), m.absent


ALSO_PRESENT_CS: list[Any] = [  # (id, line, attendees) — Czech "dále přítomni" in every gender and number
    ("dale-pritomni", "Dále přítomni: Ing. Jan Kos, tajemník úřadu; Mgr. Eva Malá", ("Jan Kos", "Eva Malá")),
    ("dale-pritomny", "Dále přítomny: Ing. Jana Kosová, tajemnice; Bc. Eva Malá, účetní", ("Jana Kosová", "Eva Malá")),
    ("rovnez-pritomni", "Rovněž přítomni: Ing. Jan Kos, Mgr. Eva Malá", ("Jan Kos", "Eva Malá")),
]


@pytest.mark.parametrize("line,attendees", [pytest.param(*r[1:], id=r[0]) for r in ALSO_PRESENT_CS])
def test_also_present_cs(line: str, attendees: tuple[str, ...]) -> None:
    m = extract_meeting(blocks_doc(*_CS_TITLE, _p("Přítomni: Petr Dub, Ivo Lis"), _p(line)), "cs")
    assert all(any(same_person(g, w) for g in m.attendees) for w in attendees), m.attendees
    assert not m.guests


NOT_ATTENDANCE: list[Any] = [  # (id, lang, blocks after the title): shaped like attendance, naming nobody present
    ("en-action-log-status-column", "en",
     (_t(["Date", "Action", "Lead", "Status"], ["4 March 2025", "Repair the gate", "Ann Moss", "Deferred"],
         ["1 April 2025", "Order bulbs", "Ben Hale", "Complete"]),)),
    ("en-decision-log-status", "en",
     (_t(["Ref", "Decision", "Status"], ["D1", "Approve the budget", "Done"], ["D2", "Renew the lease", "Open"]),)),
    ("cs-ukoly-stav", "cs",
     (_t(["Úkol", "Odpovídá", "Stav"], ["Oprava chodníku", "Ing. Jan Kos", "trvá"], ["Nákup laviček", "Petr Dub",
                                                                                   "splněno"]),)),
    ("en-count-row", "en", (_t(["Members present", "9"], ["Members of the public", "4"]),)),
    ("en-org-list-row", "en",
     (_t(["Venue", "Village Hall"], ["Partner organisations", "Harbour Trust; Port Authority"]),)),
    ("en-budget-table", "en", (_t(["Name of scheme", "Status"], ["Play area", "Funded"], ["Car park", "On hold"]),)),
]


@pytest.mark.parametrize("lang,blocks", [pytest.param(*r[1:], id=r[0]) for r in NOT_ATTENDANCE])
def test_not_attendance(lang: str, blocks: tuple[Any, ...]) -> None:
    head = _EN_TITLE if lang == "en" else _CS_TITLE
    m = extract_meeting(blocks_doc(*head, *blocks), lang)
    assert not m.attendees and not m.absent and not m.guests, (m.attendees, m.absent, m.guests)


NOT_TITLES: list[Any] = [  # (id, lang, blocks, what the title must be): lines near the top that are no letterhead
    ("en-agenda-no-line-is-no-reference", "en",
     (_h("Minutes of the Estates Committee"), _p("No. 1 Apologies"), _p("Date: 4 March 2025")),
     "Minutes of the Estates Committee"),
    ("cs-cj-in-body-is-no-title", "cs",
     (_h("Zápis z jednání Komise pro dopravu"), _p("Datum: 4. 3. 2025"), _p("Č. j.: MULH 44/2025")),
     "Zápis z jednání Komise pro dopravu"),
    ("en-address-under-title", "en",
     (_h("Minutes of the Estates Committee"), _p("12 Mill Lane, Ashcombe AC4 7PL"), _p("Date: 4 March 2025")),
     "Minutes of the Estates Committee"),
]


@pytest.mark.parametrize("lang,blocks,title", [pytest.param(*r[1:], id=r[0]) for r in NOT_TITLES])
def test_not_letterhead_titles(lang: str, blocks: tuple[Any, ...], title: str) -> None:
    assert similar(extract_meeting(blocks_doc(*blocks), lang).title, title)


ITEM_PREFIXES: list[Any] = [  # (id, heading lines, the items (number, title) read)
    ("agenda-n-dot", ("Agenda 1. Confirmation of the minutes", "Agenda 2. Panel of examiners"),
     [("1", "Confirmation of the minutes"), ("2", "Panel of examiners")]),
    ("subject-no", ("Subject No. 01: Confirmation of the proceedings", "Subject No. 02: Action taken report"),
     [("01", "Confirmation of the proceedings"), ("02", "Action taken report")]),
    ("point-no", ("Point No. 1 – Opening", "Point No. 2 – Budget for 2026"),
     [("1", "Opening"), ("2", "Budget for 2026")]),
]


@pytest.mark.parametrize("lines,items", [pytest.param(*r[1:], id=r[0]) for r in ITEM_PREFIXES])
def test_item_prefixes(lines: tuple[str, ...], items: list[tuple[str, str]]) -> None:
    from minutes_nlp.extract import agenda

    blocks = [*_EN_TITLE]
    for line in lines:
        blocks += [_h(line), _p("The Board noted the matter.")]
    got = [(str(i.number), i.title) for i in agenda.extract_agenda(blocks_doc(*blocks), "en")]
    assert got == items


NOT_ITEMS = [  # lines opening with a prefix word that are no agenda item
    "Resolution No. 01: The proceedings of the previous meeting were confirmed.",
    "Subject: Budget monitoring report for the second quarter",
    "Point 3 of the report was discussed at length by the members present.",
    "Agenda",
]


@pytest.mark.parametrize("line", NOT_ITEMS)
def test_not_items(line: str) -> None:
    from minutes_nlp.extract import agenda

    doc = blocks_doc(*_EN_TITLE, _h("Item No. 1: Budget"), _p(line), _p("Noted."))
    assert [(str(i.number), i.title) for i in agenda.extract_agenda(doc, "en")] == [("1", "Budget")]


SCOTS_MINUTE: list[Any] = [  # (id, blocks, title): Scottish bodies write "Minute of Meeting" in the singular
    ("minute-of-meeting-under-body", (_h("Glenarrow Community Council"),
                                      _p("Minute of Meeting held in Glenarrow Village Hall on Tuesday 4th March 2025 "
                                         "at 7pm"), _p("Sederunt: Ann Moss (Chair), Ben Hale")),
     "Minute of Meeting held in Glenarrow Village Hall on Tuesday 4th March 2025 at 7pm"),
    ("minute-of-the-meeting-heading", (_h("Minute of the Meeting of the Glenarrow Community Council"),
                                       _p("Date: 4 March 2025")),
     "Minute of the Meeting of the Glenarrow Community Council"),
    ("minute-item-is-no-title", (_h("Minutes of the Glenarrow Community Council"), _p("Date: 4 March 2025"),
                                 _h("Minute 25/01 Apologies")),
     "Minutes of the Glenarrow Community Council"),
]


@pytest.mark.parametrize("blocks,title", [pytest.param(*r[1:], id=r[0]) for r in SCOTS_MINUTE])
def test_scots_minute(blocks: tuple[Any, ...], title: str) -> None:
    assert similar(extract_meeting(blocks_doc(*blocks), "en").title, title)


BY_OFFICE: list[Any] = [  # (id, lang, header lines, attendees that must be listed, names that must not be)
    ("en-officers-by-office", "en", ("Chair: Ann Moss", "Vice-Chair: Ben Hale", "Treasurer: Cara Webb"),
     ("Ann Moss", "Ben Hale", "Cara Webb"), ()),
    ("cs-funkce", "cs", ("Předseda: Ing. Jan Kos", "Místopředsedkyně: Mgr. Eva Malá", "Tajemník: Petr Dub"),
     ("Jan Kos", "Eva Malá", "Petr Dub"), ()),
    ("en-subject-label-is-no-office", "en", ("Subject: Annual accounts", "Present: Ann Moss, Ben Hale"),
     ("Ann Moss", "Ben Hale"), ("Annual accounts",)),
    ("en-office-with-several-names", "en", ("Present: Ann Moss", "Trustees: Ben Hale, Cara Webb"),
     ("Ann Moss",), ()),
    ("cs-predklada-is-no-office", "cs", ("Přítomni: Ing. Jan Kos", "Předkládá: Mgr. Eva Malá"),
     ("Jan Kos",), ()),
    ("en-venue-label", "en", ("Venue: Council Chamber", "Present: Ann Moss"), ("Ann Moss",), ("Council Chamber",)),
]


@pytest.mark.parametrize("lang,lines,want,not_listed", [pytest.param(*r[1:], id=r[0]) for r in BY_OFFICE])
def test_officers_by_office(lang: str, lines: tuple[str, ...], want: tuple[str, ...],
                           not_listed: tuple[str, ...]) -> None:
    head = _EN_TITLE if lang == "en" else _CS_TITLE
    m = extract_meeting(blocks_doc(*head, *(_p(x) for x in lines)), lang)
    assert all(any(same_person(g, w) for g in m.attendees) for w in want), m.attendees
    assert not any(n in " ".join(m.attendees) for n in not_listed), m.attendees


def test_two_column_register_header_is_no_person() -> None:
    m = extract_meeting(blocks_doc(*_EN_TITLE, _t(["Present", "Apologies"], ["Ann Moss", "Dan Pike"],
                                                  ["Ben Hale", ""])), "en")
    assert _same(m.attendees, ("Ann Moss", "Ben Hale")) and _same(m.absent, ("Dan Pike",)), (m.attendees, m.absent)


LETTERHEAD_MORE = [  # (lang, line, is a contact or date-of-issue line of a letterhead)
    ("en", "Tel: 01234 567890 | clerk@ashcombe-tc.gov.uk", True),
    ("en", "Phone 0161 555 0199 · www.kelton.gov.uk", True),
    ("en", "Dated: 12th March 2025", True),
    ("en", "Date of issue: 3 April 2025", True),
    ("cs", "tel.: 567 123 456, e-mail: podatelna@lhota.cz", True),
    ("cs", "V Jihlavě dne 10. 3. 2025", True),
    ("cs", "Ve Zlíně dne 4. dubna 2025", True),
    ("en", "The Clerk will email the report to members by 12 March 2025.", False),
    ("en", "Dated items were deferred to the next meeting of the committee.", False),
    ("en", "Date: 4 March 2025, 7pm, Council Chamber", False),
    ("en", "Telephone masts: the application was noted.", False),
    ("cs", "V Jihlavě se jednání zúčastnilo 12 členů.", False),
    ("cs", "V souladu s jednacím řádem dne 4. 3. 2025 proběhlo hlasování.", False),
    ("cs", "E-mailem byli členové informováni o změně termínu.", False),
]


@pytest.mark.parametrize("lang,line,want", LETTERHEAD_MORE)
def test_letterhead_contact_and_issue_lines(lang: str, line: str, want: bool) -> None:
    got = letterhead_lines.contact_line(line, lang) or letterhead_lines.issue_date_line(line, lang)
    assert got is want


def test_council_letterhead_with_address_and_contact() -> None:
    blocks = (_h("Ashcombe Town Council"), _p("Town Hall, Market Street, Ashcombe AC1 2BD"),
              _p("Tel: 01234 567890 | clerk@ashcombe-tc.gov.uk"),
              _h("Minutes of the Planning Committee held on Monday 3 March 2025 at 7.00pm in the Council Chamber"),
              _p("Present: Cllr Ann Moss (Chair), Cllr Ben Hale"))
    m = extract_meeting(blocks_doc(*blocks), "en")
    assert similar(m.series, "Planning Committee") and m.date == "2025-03-03" and m.start == "19:00"


def test_czech_letterhead_with_unit_reference_and_issue_date() -> None:
    blocks = (_h("Krajský úřad Horského kraje"), _p("Odbor dopravy"), _p("Č. j.: KUHK 12345/2025"),
              _p("V Horní Lhotě dne 10. 3. 2025"), _h("Zápis z jednání pracovní skupiny pro bezpečnost dopravy"),
              _p("Datum konání: 4. 3. 2025, 9:00–11:00"))
    m = extract_meeting(blocks_doc(*blocks), "cs")
    assert similar(m.title, "Zápis z jednání pracovní skupiny pro bezpečnost dopravy"), m.title
    assert m.date == "2025-03-04"


OFFICE_ROWS: list[Any] = [  # (id, lang, header rows, attendees that must be listed, names that must not be)
    ("cs-tajemnice-row", "cs", (["Přítomní členové", "Ing. Jan Kos, Mgr. Eva Malá"], ["Tajemnice", "Bc. Jana Lisová"]),
     ("Jan Kos", "Eva Malá", "Jana Lisová"), ()),
    ("en-treasurer-row", "en", (["Members present", "Ann Moss; Ben Hale"], ["Treasurer", "Cara Webb"]),
     ("Ann Moss", "Ben Hale", "Cara Webb"), ()),
    ("en-venue-row", "en", (["Members present", "Ann Moss; Ben Hale"], ["Venue", "Kelton Town Hall"]),
     ("Ann Moss", "Ben Hale"), ("Kelton",)),
    ("cs-odbor-row", "cs", (["Přítomni", "Ing. Jan Kos"], ["Zpracoval odbor", "Odbor financí"]), ("Jan Kos",),
     ("Odbor",)),
    ("en-office-row-two-names", "en", (["Members present", "Ann Moss"], ["Trustees", "Ben Hale, Cara Webb"]),
     ("Ann Moss",), ()),
]


@pytest.mark.parametrize("lang,rows,want,not_listed", [pytest.param(*r[1:], id=r[0]) for r in OFFICE_ROWS])
def test_office_rows(lang: str, rows: tuple[list[str], ...], want: tuple[str, ...],
                     not_listed: tuple[str, ...]) -> None:
    head = _EN_TITLE[:1] if lang == "en" else _CS_TITLE[:1]
    m = extract_meeting(blocks_doc(*head, _t(*rows)), lang)
    assert all(any(same_person(g, w) for g in m.attendees) for w in want), m.attendees
    assert not any(n in " ".join(m.attendees) for n in not_listed), m.attendees


CS_GENDER_FORMS: list[Any] = [  # (id, lines, attendees, absent): Czech list labels agree with the people listed
    ("omluveny-feminine", ("Přítomni: Ing. Jan Kos, Petr Dub", "Omluveny: Mgr. Eva Malá, Jana Lisová"),
     ("Jan Kos", "Petr Dub"), ("Eva Malá", "Jana Lisová")),
    ("nepritomny-feminine", ("Přítomni: Ing. Jan Kos", "Nepřítomny: Mgr. Eva Malá"), ("Jan Kos",), ("Eva Malá",)),
    ("pritomne-feminine", ("Přítomné: Mgr. Eva Malá, Jana Lisová", "Omluven: Petr Dub"), ("Eva Malá", "Jana Lisová"),
     ("Petr Dub",)),
]


@pytest.mark.parametrize("lines,attendees,absent", [pytest.param(*r[1:], id=r[0]) for r in CS_GENDER_FORMS])
def test_czech_gender_forms(lines: tuple[str, ...], attendees: tuple[str, ...], absent: tuple[str, ...]) -> None:
    m = extract_meeting(blocks_doc(*_CS_TITLE, *(_p(x) for x in lines)), "cs")
    assert _same(m.attendees, attendees), m.attendees
    assert _same(m.absent, absent), m.absent


SLASHED: list[Any] = [  # (id, lang, line, recorder or None, attendee that must be listed or "")
    ("cs-administrator-zapisovatel", "cs", "Administrátor / zapisovatel: Mgr. Jana Lisová", "Jana Lisová",
     "Jana Lisová"),
    ("en-clerk-minute-secretary", "en", "Parish Clerk / Minute Secretary: Eve Lowe", None, ""),
    ("en-date-time-slash-is-no-person", "en", "Date / Time: 4 March 2025, 7pm", None, ""),
    ("cs-misto-cas-slash", "cs", "Místo / čas: obecní úřad, 18:00", None, ""),
]


@pytest.mark.parametrize("lang,line,recorder,attendee", [pytest.param(*r[1:], id=r[0]) for r in SLASHED])
def test_slashed_labels(lang: str, line: str, recorder: str | None, attendee: str) -> None:
    head = (_h("Minutes of the Estates Committee"), _p("Present: Ann Moss, Ben Hale")) if lang == "en" else \
        (_h("Zápis z jednání Komise pro dopravu"), _p("Přítomni: Ing. Jan Kos, Petr Dub"))
    m = extract_meeting(blocks_doc(*head, _p(line)), lang)
    if recorder:
        assert m.recorder and same_person(m.recorder, recorder), m.recorder
    if attendee:
        assert any(same_person(a, attendee) for a in m.attendees), m.attendees
    assert not any(w in " ".join(m.attendees) for w in ("March", "úřad", "18:00"))
