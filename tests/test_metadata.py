"""Meeting metadata from header tables, labelled lines and titles, in Czech and English."""

from __future__ import annotations

import pytest
from docbuild import blocks_doc as _doc

from minutes_nlp.extract.metadata import extract_meeting
from minutes_nlp.extract.names import clean_person, split_people
from minutes_nlp.extract.series import abbreviations, organisation_genitive, series_from_title, tail_shortens
from minutes_nlp.extract.times import field_times, start_end
from minutes_nlp.extract.titles import number_in


def test_header_table_docx_style() -> None:
    doc = _doc(
        ("paragraph", "Zápis"),
        ("table", [["název", "19. jednání Pracovní skupiny pro Smart Cities (PS pro SC)"],
                   ["datum", "15. 12. 2020, 15:30 – 17:30"], ["místo", "Virtuálně přes MS Teams"],
                   ["přílohy zápisu", "Souhrnná prezentace"]]),
        ("heading", "Bod 1 – Zahájení"),
        ("paragraph", "Jednání zahájila předsedající. Další jednání PS SC proběhne v Q1/2021."),
        ("paragraph", "Zapsal: Ing. Jiří Vlček"),
        ("paragraph", "Schválila: Dr. Ing. Marie Zezůlková"),
    )
    m = extract_meeting(doc, "cs")
    assert (m.title, m.series, m.number) == ("19. jednání Pracovní skupiny pro Smart Cities (PS pro SC)",
                                             "Pracovní skupina pro Smart Cities", 19)
    assert (m.date, m.start, m.end, m.place, m.online) == ("2020-12-15", "15:30", "17:30",
                                                          "Virtuálně přes MS Teams", True)
    assert (m.recorder, m.approver) == ("Jiří Vlček", "Marie Zezůlková")
    assert m.series_abbreviations == ("PS pro SC", "PS SC")
    assert m.attachments == ("Souhrnná prezentace",)
    assert m.next_meeting is not None and (m.next_meeting.earliest, m.next_meeting.latest) == ("2021-01-01",
                                                                                              "2021-03-31")


def test_header_flattened_into_lines_pdf_style() -> None:
    doc = _doc(
        ("paragraph", "Zápis"),
        ("paragraph", "název 19. jednání Pracovní skupiny pro Smart Cities"),
        ("paragraph", "(PS pro SC)"),
        ("paragraph", "datum 15. 12. 2020, 15:30 – 17:30"),
        ("paragraph", "místo Virtuálně přes MS Teams"),
        ("paragraph", "Termín dalšího jednání PS SC – Q1/2021."),
        ("paragraph", "Zapsal: Jiří Vlček"),
    )
    m = extract_meeting(doc, "cs")
    assert m.title == "19. jednání Pracovní skupiny pro Smart Cities (PS pro SC)"
    assert (m.number, m.date, m.start, m.end, m.place) == (19, "2020-12-15", "15:30", "17:30",
                                                           "Virtuálně přes MS Teams")
    assert m.next_meeting is not None and m.next_meeting.text == "Q1/2021"


def test_czech_municipal_minutes() -> None:
    doc = _doc(
        ("heading", "Zápis z 3. zasedání Zastupitelstva obce Lhotice konaného dne 14. 4. 2021 v zasedací "
                    "místnosti obecního úřadu"),
        ("paragraph", "Přítomni: Ing. Jan Novák, Mgr. Eva Malá, Petr Černý a Karel Veselý"),
        ("paragraph", "Omluveni: MUDr. Jana Dvořáková"),
        ("paragraph", "Hosté: Bc. Tomáš Horák (ředitel ZŠ)"),
        ("paragraph", "Ověřovatelé: Eva Malá, Petr Černý"),
        ("paragraph", "Předsedající: Ing. Jan Novák, starosta"),
        ("paragraph", "Zasedání bylo zahájeno v 18.05 hod. starostou obce."),
        ("paragraph", "Starosta ukončil zasedání v 19.40 hod."),
        ("paragraph", "Zapsala: Lucie Králová"),
    )
    m = extract_meeting(doc, "cs")
    assert (m.series, m.number, m.date, m.body_type) == ("Zastupitelstvo obce Lhotice", 3, "2021-04-14", "council")
    assert m.attendees == ("Jan Novák", "Eva Malá", "Petr Černý", "Karel Veselý")
    assert (m.absent, m.guests, m.verifiers) == (("Jana Dvořáková",), ("Tomáš Horák",), ("Eva Malá", "Petr Černý"))
    assert (m.chair, m.recorder, m.start, m.end) == ("Jan Novák", "Lucie Králová", "18:05", "19:40")
    assert m.place == "zasedací místnosti obecního úřadu" and m.online is False


def test_attendee_list_under_a_label() -> None:
    doc = _doc(
        ("paragraph", "Zápis z jednání Kontrolního výboru"),
        ("paragraph", "Přítomni:"),
        ("list_item", "Ing. Jan Novák"),
        ("list_item", "Eva Malá"),
        ("heading", "1. Zahájení"),
    )
    m = extract_meeting(doc, "cs")
    assert m.series == "Kontrolní výbor" and m.attendees == ("Jan Novák", "Eva Malá")


def test_english_minutes() -> None:
    doc = _doc(
        ("heading", "Minutes of the 12th meeting of the Finance Committee held on 5 May 2025"),
        ("paragraph", "Venue: Council Chamber, Town Hall"),
        ("paragraph", "Time: 7.00pm – 8.45pm"),
        ("paragraph", "Present: Cllr J Smith (Chair), Cllr A Jones and Mrs P O'Brien"),
        ("paragraph", "Apologies: Cllr R Patel"),
        ("paragraph", "In attendance: Ms K Lee (Town Clerk)"),
        ("paragraph", "Chair: Cllr J Smith"),
        ("paragraph", "Minutes taken by: Sarah Brown"),
        ("paragraph", "The next meeting will be held on 2 June 2025."),
    )
    m = extract_meeting(doc, "en")
    assert (m.series, m.number, m.date, m.start, m.end) == ("Finance Committee", 12, "2025-05-05", "19:00", "20:45")
    assert (m.place, m.online, m.chair, m.recorder) == ("Council Chamber, Town Hall", False, "J Smith", "Sarah Brown")
    assert m.attendees == ("J Smith", "A Jones", "P O'Brien")
    assert (m.absent, m.guests) == (("R Patel",), ("K Lee",))
    assert m.next_meeting is not None and m.next_meeting.latest == "2025-06-02"


@pytest.mark.parametrize(
    ("title", "lang", "series", "number"),
    [
        ("19. jednání Pracovní skupiny pro Smart Cities (PS pro SC)", "cs", "Pracovní skupina pro Smart Cities", 19),
        ("Zápis z 3. zasedání Zastupitelstva obce Lhotice konaného dne 15. 3. 2021", "cs",
         "Zastupitelstvo obce Lhotice", 3),
        ("Zápis ze 7. jednání Finančního výboru", "cs", "Finanční výbor", 7),
        ("Zápis z 12. schůze Rady města Dobříše", "cs", "Rada města Dobříše", 12),
        ("Zápis z jednání Kontrolní komise", "cs", "Kontrolní komise", None),
        ("Zápis z 5. řádného zasedání Zastupitelstva obce Horní Lhota", "cs", "Zastupitelstvo obce Horní Lhota", 5),
        ("Zápis z 1. zasedání Správní rady Nadace Lípa", "cs", "Správní rada Nadace Lípa", 1),
        ("Zápis z 2. jednání Monitorovacího výboru OP Zaměstnanost", "cs", "Monitorovací výbor OP Zaměstnanost", 2),
        ("Minutes of the 12th meeting of the Finance Committee held on 5 May 2025", "en", "Finance Committee", 12),
        ("Finance Committee – Meeting No. 4", "en", "Finance Committee", 4),
        ("Minutes of the Planning Committee Meeting, 3 March 2025", "en", "Planning Committee", None),
    ],
)
def test_series_from_title(title: str, lang: str, series: str, number: int | None) -> None:
    name = series_from_title(title, lang)
    assert (name.series, name.number) == (series, number)


def test_abbreviations_found_in_text() -> None:
    text = "Jednání PS SC zahájila ředitelka. Termín dalšího jednání PS SC."
    assert abbreviations("Pracovní skupina pro Smart Cities", text, ("PS pro SC",), "cs") == ("PS pro SC", "PS SC")


@pytest.mark.parametrize(
    ("value", "lang", "name"),
    [
        ("Dr. Ing. Marie Zezůlková, ředitelka odboru regionální politiky MMR", "cs", "Marie Zezůlková"),
        ("Ing. Jan Novák, Ph.D.", "cs", "Jan Novák"),
        ("Mgr. Petra Svobodová (starostka)", "cs", "Petra Svobodová"),
        ("  Jiří Vlček dne 16. 12. 2020", "cs", "Jiří Vlček"),
        ("R. Ševčík", "cs", "R. Ševčík"),
        ("Cllr John Smith", "en", "John Smith"),
        ("npor. Bc. Radim Kolouch, velitel stanice", "cs", "Radim Kolouch"),
        ("brig. gen. Ing. Lubor Zídek", "cs", "Lubor Zídek"),
        ("plukovník Ondřej Vrabec (HZS)", "cs", "Ondřej Vrabec"),
        ("Ch Insp Maureen Pybus", "en", "Maureen Pybus"),
        ("Lt Col Giles Farthing, Station Commander", "en", "Giles Farthing"),
        ("Rt Hon Alison Treadwell", "en", "Alison Treadwell"),
        ("Maj Ruth Pell", "en", "Ruth Pell"),
        ("viz prezenční listina", "cs", None),
        ("MMR", "cs", None),
    ],
)
def test_clean_person(value: str, lang: str, name: str | None) -> None:
    assert clean_person(value, lang) == name


def test_split_people() -> None:
    assert split_people("Ing. Jan Novák, Mgr. Eva Malá (MMR) a Petr Černý; JUDr. Karel Veselý", "cs") == [
        "Jan Novák", "Eva Malá", "Petr Černý", "Karel Veselý"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("15. 12. 2020, 15:30 – 17:30", "cs", ("15:30", "17:30")),
        ("od 18:00 hod.", "cs", ("18:00", None)),
        ("zahájeno v 17.05, ukončeno v 19.40", "cs", ("17:05", "19:40")),
        ("Jednání bylo zahájeno v 9.00 hod. a ukončeno ve 12.30 hod.", "cs", ("09:00", "12:30")),
        ("čas: 14.00-16.00 hod.", "cs", ("14:00", "16:00")),
        ("Starosta ukončil zasedání v 19:40 hod.", "cs", (None, "19:40")),
        ("15. 12. 2020", "cs", (None, None)),
        ("The meeting opened at 7pm and closed at 8.45pm", "en", ("19:00", "20:45")),
        ("10:00 to 12:00", "en", ("10:00", "12:00")),
    ],
)
def test_times(text: str, lang: str, expected: tuple[str | None, str | None]) -> None:
    assert start_end(text, lang) == expected


def test_lone_time_in_a_field_is_the_start() -> None:
    assert field_times("15. 12. 2020 v 10:00", "cs") == ("10:00", None)


def test_empty_document_gives_empty_metadata() -> None:
    m = extract_meeting(_doc(("paragraph", "Nějaký text bez hlavičky.")), "cs")
    assert (m.title, m.date, m.recorder, m.next_meeting) == (None, None, None, None)


def test_several_labels_on_one_line() -> None:
    doc = _doc(("heading", "Orchard Steering Council – 2026-01-14"),
               ("paragraph", "Date: Wednesday 14 January 2026, 16:00–17:10 UTC Where: Jitsi (link in the chat) "
                             "Attendees: Priya (chair), Tom K., Jo Regrets: Ben (by email) Notes: Jo"))
    m = extract_meeting(doc, "en")
    assert (m.title, m.series, m.date, m.start, m.end) == ("Orchard Steering Council – 2026-01-14",
                                                           "Orchard Steering Council", "2026-01-14", "16:00", "17:10")
    assert (m.place, m.online, m.chair, m.recorder) == ("Jitsi", True, "Priya", "Jo")
    assert (m.attendees, m.absent) == (("Priya", "Tom K.", "Jo"), ("Ben",))


def test_informal_czech_notes() -> None:
    doc = _doc(("heading", "Schůze výboru 3. 3. 2022"),
               ("paragraph", "U Lípy, od 19:00. Byli: Péťa, Honza, Jirka B., Lucka. Míša se omluvila (nemoc)."),
               ("paragraph", "Zapisovala Lucka."),
               ("list_item", "Kapela hraje od 17:00 do 20:00."),
               ("paragraph", "Příště ve čtvrtek 31. 3., zase U Lípy."))
    m = extract_meeting(doc, "cs")
    assert (m.date, m.start, m.recorder) == ("2022-03-03", "19:00", "Lucka")
    assert (m.attendees, m.absent) == (("Péťa", "Honza", "Jirka B.", "Lucka"), ("Míša",))
    assert m.next_meeting is not None and m.next_meeting.latest == "2022-03-31"


def test_guests_inside_the_attendee_cell_and_roles_after_commas() -> None:
    doc = _doc(("table", [["přítomni", "K. Vondrová, T. Kubík (MŽP); M. Horová (MMR); hosté: P. Kříž (KÚ)"],
                          ["omluveni", "Ing. Jana Malá"]]),
               ("paragraph", "Jednání zahájila Kateřina Vondrová."))
    m = extract_meeting(doc, "cs")
    assert m.attendees == ("Kateřina Vondrová", "T. Kubík", "M. Horová")  # initial written out from the text
    assert (m.guests, m.absent) == (("P. Kříž",), ("Jana Malá",))
    staff = _doc(("table", [["Staff present", "Dana Kowal, Licensing Administrator; Lt. Mark Bello, Police Department"],
                            ["Members present", "Margaret A. Delaney (Chair), Tom Okoro"]]))
    m = extract_meeting(staff, "en")
    assert (m.attendees[:2], m.guests, m.chair) == (("Dana Kowal", "Mark Bello"), (), "Margaret A. Delaney")


@pytest.mark.parametrize(
    ("place", "online"),
    [("online přes MS Teams", True), ("Virtuálně přes MS Teams", True),
     ("MŽP, Vršovická 1442/65, Praha 10, zasedací místnost č. 412, hybridně (MS Teams)", True),  # hybrid
     ("zasedací místnost obecního úřadu", False)],
)
def test_online_when_members_could_join_remotely(place: str, online: bool) -> None:
    assert extract_meeting(_doc(("table", [["místo", place]])), "cs").online is online


def test_place_remarks_are_dropped() -> None:
    doc = _doc(("table", [["místo", "online (MS Teams) – s ohledem na epidemickou situaci"]]))
    assert extract_meeting(doc, "cs").place == "online (MS Teams)"


def test_called_to_order_beats_the_scheduled_time_and_adjournment_gives_the_end() -> None:
    doc = _doc(("heading", "Board of License Commissioners"),
               ("heading", "Minutes of the Regular Meeting of Monday, March 10, 2025"),
               ("table", [["Date and time", "Monday, March 10, 2025, 7:00 p.m."]]),
               ("heading", "1. Call to Order"),
               ("paragraph", "The Chair called the meeting to order at 7:02 p.m. and the 2025 regular meeting began."),
               ("heading", "9. Adjournment"),
               ("paragraph", "At 8:58 p.m. Member Raman moved to adjourn. The next regular meeting will be held on "
                             "Monday, April 14, 2025, at 7:00 p.m."))
    m = extract_meeting(doc, "en")
    assert (m.start, m.end, m.number) == ("19:02", "20:58", None)
    assert m.title == "Board of License Commissioners – Minutes of the Regular Meeting of Monday, March 10, 2025"
    assert m.series == "Board of License Commissioners"
    assert m.next_meeting is not None and m.next_meeting.latest == "2025-04-14"


def test_title_heading_wins_over_an_abbreviated_table_title() -> None:
    doc = _doc(("heading", "7. jednání Pracovní skupiny pro adaptaci měst"),
               ("table", [["název", "7. jednání PS AM"], ["datum", "29. 6. 2021"]]))
    m = extract_meeting(doc, "cs")
    assert (m.title, m.series, m.number) == ("7. jednání Pracovní skupiny pro adaptaci měst",
                                             "Pracovní skupina pro adaptaci měst", 7)


def test_series_from_the_table_when_the_heading_abbreviates() -> None:
    doc = _doc(("heading", "Zápis z 6. jednání PS AM"),
               ("table", [["název", "Pracovní skupina pro adaptaci měst"], ["datum", "11. 5. 2021"]]))
    m = extract_meeting(doc, "cs")
    assert (m.title, m.series, m.number) == ("Zápis z 6. jednání PS AM", "Pracovní skupina pro adaptaci měst", 6)


def test_letterhead_is_not_part_of_the_title() -> None:
    doc = _doc(("heading", "Obec Lhotice"), ("heading", "Zápis z 3. zasedání Zastupitelstva obce Lhotice"),
               ("paragraph", "Zasedání se konalo dne 14. 4. 2021 od 18:00 hod. v sále kulturního domu."))
    m = extract_meeting(doc, "cs")
    assert (m.title, m.place, m.online) == ("Zápis z 3. zasedání Zastupitelstva obce Lhotice",
                                            "sále kulturního domu", False)


@pytest.mark.parametrize(
    ("blocks", "lang", "title", "series", "number"),
    [
        ([("heading", "ZÁPIS"), ("paragraph", "ze 3. zasedání Zastupitelstva obce Lhotice konaného dne 14. 4. 2021")],
         "cs", "ZÁPIS ze 3. zasedání Zastupitelstva obce Lhotice konaného dne 14. 4. 2021",
         "Zastupitelstvo obce Lhotice", 3),
        ([("heading", "Zápis č. 5/2021"), ("paragraph", "z jednání Rady města Dobříše")],
         "cs", "Zápis č. 5/2021 – z jednání Rady města Dobříše", "Rada města Dobříše", 5),
        ([("heading", "MINUTES"), ("paragraph", "FINANCE AND RESOURCES COMMITTEE"),
          ("paragraph", "Meeting held on Tuesday 4 March 2025 at 7.30pm")],
         "en", "FINANCE AND RESOURCES COMMITTEE – Meeting held on Tuesday 4 March 2025 at 7.30pm",
         "Finance and Resources Committee", None),
        ([("paragraph", "Minutes of the Finance Committee meeting held on 4 March 2025")],
         "en", "Minutes of the Finance Committee meeting held on 4 March 2025", "Finance Committee", None),
        ([("heading", "ZÁPIS č. 3/2023 z valné hromady Svazku obcí Podlesí")],
         "cs", "ZÁPIS č. 3/2023 z valné hromady Svazku obcí Podlesí", "Valná hromada Svazku obcí Podlesí", 3),
        ([("heading", "Zápis ze schůze Kontrolního výboru obce Lhotice č. 7/2022")],
         "cs", "Zápis ze schůze Kontrolního výboru obce Lhotice č. 7/2022", "Kontrolní výbor obce Lhotice", 7),
    ],
)
def test_title_layouts(blocks, lang: str, title: str, series: str, number: int | None) -> None:
    m = extract_meeting(_doc(*blocks, ("paragraph", "Present: Jan Novák")), lang)
    assert (m.title, m.series, m.number) == (title, series, number)


def test_time_in_the_title_is_the_start() -> None:
    doc = _doc(("paragraph", "Minutes of the meeting of the Planning Committee held on 4 March 2025 at 7.30pm"))
    m = extract_meeting(doc, "en")
    assert (m.date, m.start, m.series) == ("2025-03-04", "19:30", "Planning Committee")


_FGP = "Finance and General Purposes Committee"


@pytest.mark.parametrize(
    ("blocks", "title", "series", "place"),
    [
        ([("heading", "Brackenfield Town Council"),
          ("heading", f"Minutes of the meeting of the {_FGP} held on Tuesday 14 January 2025 at 7.30pm in the "
                      "Council Chamber, Town Hall")],
         f"Minutes of the meeting of the {_FGP} held on Tuesday 14 January 2025 at 7.30pm in the Council Chamber, "
         "Town Hall", _FGP, "Council Chamber, Town Hall"),  # the title as written (corpus/FORMAT.md)
        ([("heading", "Brackenfield Town Council"), ("heading", _FGP),
          ("paragraph", "Minutes of the meeting held on Tuesday 14 January 2025 at 7.30pm in the Council Chamber, "
                        "Town Hall.")],
         "Minutes of the meeting held on Tuesday 14 January 2025 at 7.30pm in the Council Chamber, Town Hall.", _FGP,
         "Council Chamber, Town Hall"),  # a plain line under the body's heading is the title by itself
        ([("heading", f"Minutes of a meeting of the {_FGP} of Brackenfield Town Council held at the Town Hall, "
                      "Market Street, Brackenfield on Tuesday 14 January 2025 at 7.30pm")],
         f"Minutes of a meeting of the {_FGP} of Brackenfield Town Council held at the Town Hall, Market Street, "
         "Brackenfield on Tuesday 14 January 2025 at 7.30pm", _FGP,
         "Town Hall, Market Street, Brackenfield"),
        ([("heading", "MINUTES OF THE MEETING OF THE PLANNING & ENVIRONMENT COMMITTEE HELD ON MONDAY 3 MARCH 2025 "
                      "AT 7PM IN THE COUNCIL CHAMBER")],
         "MINUTES OF THE MEETING OF THE PLANNING & ENVIRONMENT COMMITTEE HELD ON MONDAY 3 MARCH 2025 AT 7PM IN THE "
         "COUNCIL CHAMBER", "Planning & Environment Committee",
         "COUNCIL CHAMBER"),
        ([("heading", "Minutes"), ("paragraph", "Meeting: Staffing Sub-Committee"),
          ("paragraph", "Date: 3 March 2025")],
         "Staffing Sub-Committee", "Staffing Sub-Committee", None),
    ],
)
def test_english_committee_titles(blocks, title: str, series: str, place: str | None) -> None:
    """The committee that met is the series, not the council on the letterhead; the particulars ("held on
    ... at ... in ...") give date, time and place, and the title is reported as written (corpus/FORMAT.md)."""
    m = extract_meeting(_doc(*blocks, ("paragraph", "Present: Cllr Helen Ashdown (Chair)")), "en")
    assert (m.title, m.series, m.place) == (title, series, place)


@pytest.mark.parametrize(
    ("blocks", "title", "series", "place"),
    [
        ([("heading", "Zápis z 3. zasedání Zastupitelstva obce Lhotice, konaného dne 12. 4. 2021 od 18:00 hod. "
                      "v zasedací místnosti OÚ")],
         "Zápis z 3. zasedání Zastupitelstva obce Lhotice, konaného dne 12. 4. 2021 od 18:00 hod. v zasedací "
         "místnosti OÚ", "Zastupitelstvo obce Lhotice", "zasedací místnosti OÚ"),
        ([("heading", "Usnesení"),
          ("paragraph", "ze 4. zasedání Zastupitelstva obce Lhotice konaného dne 20. 9. 2021")],
         "Usnesení ze 4. zasedání Zastupitelstva obce Lhotice konaného dne 20. 9. 2021", "Zastupitelstvo obce Lhotice",
         None),
        ([("heading", "Zápis č. 5/2021"),
          ("paragraph", "z veřejného zasedání zastupitelstva obce Lhotice, které se konalo dne 13. 12. 2021 "
                        "v 17:00 hodin v budově obecního úřadu, Lhotice 15")],
         "Zápis č. 5/2021 – z veřejného zasedání zastupitelstva obce Lhotice, které se konalo dne 13. 12. 2021 "
         "v 17:00 hodin v budově obecního úřadu, Lhotice 15", "Zastupitelstvo obce Lhotice",
         "budově obecního úřadu, Lhotice 15"),
    ],
)
def test_czech_council_titles(blocks, title: str, series: str, place: str | None) -> None:
    m = extract_meeting(_doc(*blocks, ("paragraph", "Přítomni: Jan Novák")), "cs")
    assert (m.title, m.series, m.place) == (title, series, place)


@pytest.mark.parametrize(
    ("blocks", "lang", "window"),
    [
        ([("heading", "8. Date of next meeting"), ("paragraph", "Tuesday 11 February 2025 at 7.30pm.")], "en",
         ("2025-02-11", "2025-02-11")),
        ([("paragraph", "Date of next meeting: to be confirmed, probably March 2025.")], "en",
         ("2025-03-01", "2025-03-31")),
        ([("paragraph", "Další zasedání ZO proběhne v červnu.")], "cs", ("2025-06-01", "2025-06-30")),
        ([("paragraph", "Příští zasedání se bude konat 14. 6. 2025 od 18 hod.")], "cs", ("2025-06-14", "2025-06-14")),
        ([("paragraph", "Příští valná hromada se uskuteční 9. dubna 2025 v Lipové.")], "cs",
         ("2025-04-09", "2025-04-09")),
        ([("paragraph", "Další členská schůze bude svolána v květnu.")], "cs", ("2025-05-01", "2025-05-31")),
    ],
)
def test_next_meeting_forms(blocks, lang: str, window: tuple[str, str]) -> None:
    date = "Date: 14 January 2025" if lang == "en" else "Datum: 14. 1. 2025"
    m = extract_meeting(_doc(("paragraph", date), *blocks), lang)
    assert m.next_meeting is not None and (m.next_meeting.earliest, m.next_meeting.latest) == window


@pytest.mark.parametrize(
    "line",
    [
        "Přítomní členové ZO: Jan Novák, Eva Malá, Petr Černý",
        "Přítomni: 3 členové zastupitelstva: Jan Novák, Eva Malá, Petr Černý",
        "Přítomno: 3 členové ZO – Jan Novák, Eva Malá, Petr Černý",
        "Zastupitelé přítomni: Jan Novák, Eva Malá, Petr Černý",
        "Přítomni (3): Jan Novák, Eva Malá, Petr Černý",
        "Přítomni: Novák Jan, Malá Eva, Černý Petr",
        "Přítomni: Ing. et Ing. Jan Novák, Mgr. et Mgr. Eva Malá, MUDr. Petr Černý, Ph.D.",
    ],
)
def test_czech_attendance_line_forms(line: str) -> None:
    m = extract_meeting(_doc(("heading", "Zápis z 3. zasedání Zastupitelstva obce Lhotice"), ("paragraph", line)),
                        "cs")
    assert m.attendees == ("Jan Novák", "Eva Malá", "Petr Černý")


@pytest.mark.parametrize(
    ("lang", "lines", "absent"),
    [
        ("en", ["Present: Cllr Ann Lee (Chair), Cllr Tom Ward", "1. Apologies for absence",
                "Apologies were received and accepted from Cllrs Ross and Patel."], ("Ross", "Patel")),
        ("en", ["Apologies: Cllr D. Ross", "Apologies were received from Cllr Ross."], ("D. Ross",)),
        ("cs", ["Přítomni: Jan Novák, Eva Malá; omluven: Karel Veselý"], ("Karel Veselý",)),
        ("cs", ["Ze zasedání se omluvili: Ing. Karel Veselý a Jana Dvořáková."], ("Karel Veselý", "Jana Dvořáková")),
    ],
)
def test_absent_from_apologies_sentences(lang: str, lines: list[str], absent: tuple[str, ...]) -> None:
    m = extract_meeting(_doc(*(("paragraph", line) for line in lines)), lang)
    assert m.absent == absent


@pytest.mark.parametrize(
    "blocks",
    [
        [("table", [["přítomni", "Ing. Jan Novák"], ["", "Mgr. Eva Malá"], ["", "Petr Černý"],
                    ["omluveni", "Karel Veselý"]])],
        [("paragraph", "Přítomni: Ing. Jan Novák, Mgr. Eva Malá,"), ("paragraph", "Petr Černý"),
         ("paragraph", "Omluveni: Karel Veselý")],
        [("paragraph", "Přítomni: viz prezenční listina"), ("paragraph", "Omluveni: Karel Veselý"),
         ("paragraph", "Prezenční listina:"), ("list_item", "Ing. Jan Novák"), ("list_item", "Mgr. Eva Malá"),
         ("list_item", "Petr Černý")],
    ],
)
def test_attendance_continued_over_rows_and_lines(blocks) -> None:
    m = extract_meeting(_doc(("heading", "Zápis z 3. zasedání Zastupitelstva obce Lhotice"), *blocks), "cs")
    assert (m.attendees, m.absent) == (("Jan Novák", "Eva Malá", "Petr Černý"), ("Karel Veselý",))


def test_a_header_table_label_is_not_an_absence_sentence() -> None:
    doc = _doc(("heading", "Zápis"),
               ("table", [["přítomni", "J. Vlasák (FSv ČVUT)"], ["omluveni", "K. Dušková (Písek)"]]))
    assert extract_meeting(doc, "cs").absent == ("K. Dušková",)


@pytest.mark.parametrize(
    ("lang", "blocks", "attendees"),
    [
        ("cs", ["Přítomni: Jan Novák, Eva Malá", "V 18:20 se dostavil p. Karel Veselý."],
         ("Jan Novák", "Eva Malá", "Karel Veselý")),
        ("cs", ["Přítomni: Jan Novák, Eva Malá", "Petr Černý se dostavil v 18:15."],
         ("Jan Novák", "Eva Malá", "Petr Černý")),
        ("cs", ["Přítomni: Jan Novák, Eva Malá", "Pan Vávra přišel s dotazem na opravu chodníku."],
         ("Jan Novák", "Eva Malá")),
        ("en", ["Present: Cllr Ann Lee, Cllr Tom Ward", "Cllr Sunita Varma joined the meeting during item 4."],
         ("Ann Lee", "Tom Ward", "Sunita Varma")),
        ("en", ["Cllr Sunita Varma arrived at 7.45pm."], ()),
    ],
)
def test_late_arrivals_join_the_attendance_list(lang: str, blocks: list[str], attendees: tuple[str, ...]) -> None:
    m = extract_meeting(_doc(*(("paragraph", b) for b in blocks)), lang)
    assert m.attendees == attendees


def test_english_attendance_with_remarks_and_apologies_in_the_body() -> None:
    doc = _doc(
        ("paragraph", "Minutes of the meeting of the Amenities Committee held on Tuesday 4 March 2025 at 7.00 pm"),
        ("paragraph", "Present: Cllr Joan Reed (Chair), Cllr Ian Moss and Cllr Eve Lamb."),
        ("paragraph", "In attendance: Mrs Ann Lowe (Town Clerk and RFO) and Mr Tom Hart (Deputy Clerk). Mr Ian Pole, "
                      "Secretary of Brookside Cricket Club, attended for minute 12(a)."),
        ("heading", "10. Apologies for absence"),
        ("paragraph", "Apologies were received and accepted from Cllr Wade (work commitments)."),
    )
    m = extract_meeting(doc, "en")
    assert m.attendees == ("Joan Reed", "Ian Moss", "Eve Lamb")
    assert (m.guests, m.absent) == (("Ann Lowe", "Tom Hart", "Ian Pole"), ("Wade",))


def test_czech_guests_marked_as_public_or_listed_by_role() -> None:
    doc = _doc(
        ("heading", "Zápis z 5. zasedání Zastupitelstva obce Horní Lhotka konaného dne 3. 5. 2023"),
        ("paragraph", "Přítomni: Ing. Jan Hrubý, Eva Malá, Petr Kos"),
        ("paragraph", "Hosté: 5 občanů, ředitel ZŠ"),
        ("heading", "1. Výroční zpráva školy"),
        ("paragraph", "Ředitel ZŠ Mgr. Karel Tichý předložil výroční zprávu školy."),
        ("heading", "2. Diskuse"),
        ("paragraph", "p. Dvořák (občan): Kdy se opraví lampa u školy?"),
        ("paragraph", "p. Kos: Lampa je objednaná."),
        ("paragraph", "pí Malinová (občanka): Děkuji za opravu chodníku."),
    )
    m = extract_meeting(doc, "cs")
    assert m.guests == ("Karel Tichý", "Dvořák", "Malinová")


@pytest.mark.parametrize(
    ("lines", "field", "value"),
    [
        (("# Výbor 3. 3. 2022", "Sešli jsme se jen čtyři (Ája, Bob, Cyril, Dana), ostatní bez omluvy."),
         "attendees", ("Ája", "Bob", "Cyril", "Dana")),
        (("# Schůze výboru 3. 3. 2022", "Na Faře, od 18:30. Byli: Ája, Bob.", "Tenhle zápis napsal Kuba."),
         "place", "Na Faře"),
        (("# Schůze výboru 3. 3. 2022", "Na Faře, od 18:30. Byli: Ája, Bob.", "- Úklid v sobotu. Tenhle zápis "
          "napsal Kuba."), "recorder", "Kuba"),
        (("# Team sync 3 March 2022", "At the Old Mill, 18:30. Present were Ann, Bob and Cy.", "Notes by Sam."),
         "recorder", "Sam"),
        (("# Team sync 3 March 2022", "At the Old Mill, 18:30. Present were Ann, Bob and Cy.", "Notes by Sam."),
         "place", "Old Mill"),
        (("# Team sync 3 March 2022", "At the Old Mill, 18:30. Present were Ann, Bob and Cy.", "Notes by Sam."),
         "attendees", ("Ann", "Bob", "Cy")),
    ],
)
def test_informal_notes(lines: tuple[str, ...], field: str, value: object) -> None:
    doc = _doc(*((("heading", ln[2:]) if ln.startswith("# ") else ("paragraph", ln)) for ln in lines))
    assert getattr(extract_meeting(doc, "en" if lines[0].startswith("# Team") else "cs"), field) == value


def test_yearless_notes_take_year_and_members_from_the_previous_notes(tmp_path) -> None:
    from minutes_nlp.loaders import load

    (tmp_path / "vybor-01.md").write_text("# Schůze výboru 2. 2. 2023\n\nPřítomni: Ája, Bob, Cyril, Dana.\n",
                                          encoding="utf-8")
    (tmp_path / "vybor-02.md").write_text("# Výbor 2. 3.\n\nByli všichni kromě Cyrila (nemocný) a Dany.\n\n"
                                          "Příště 6. 4., zase v klubovně.\n", encoding="utf-8")
    m = extract_meeting(load(tmp_path / "vybor-02.md"), "cs")
    assert (m.date, m.attendees, m.absent) == ("2023-03-02", ("Ája", "Bob"), ("Cyril", "Dana"))
    assert m.next_meeting is not None and m.next_meeting.earliest == "2023-04-06"
    alone = extract_meeting(load(tmp_path / "vybor-02.md"), "cs", neighbours=False)
    assert (alone.date, alone.attendees) == (None, ())


def test_presenter_on_no_list_is_a_guest() -> None:
    from minutes_nlp.extract.metadata import with_presenting_guests
    from minutes_nlp.extract.result import AgendaItem, MeetingInfo

    meeting = MeetingInfo(attendees=("Jan Hrubý", "Eva Malá"), absent=("Petr Kos",))
    items = [AgendaItem("1", "Zahájení", presenters=("Jan Hrubý",)),
             AgendaItem("2", "Hasiči", presenters=("Karel Sýkora", "Malá"))]
    assert with_presenting_guests(meeting, items).guests == ("Karel Sýkora",)
    assert with_presenting_guests(MeetingInfo(), items).guests == ()


def test_parish_council_minutes() -> None:
    doc = _doc(
        ("heading", "Elmbridge Parish Council"),
        ("paragraph", "Minutes of the Ordinary Meeting of the Parish Council held on Monday 13th March 2023 in the "
                      "Village Hall, commencing at 7.30pm."),
        ("paragraph", "Present: Cllr M Dunne (Chairman), Cllr D Ash, Cllr J Crane. In attendance: the Clerk (Mrs C "
                      "Hale), District Cllr G Lowe and 2 members of the public."),
        ("heading", "23/006 Reports"),
        ("paragraph", "County Cllr Moss had sent apologies and no written report."),
        ("heading", "23/013 Date of next meeting"),
        ("paragraph", "The next meeting will be held on Monday 17th April 2023 at 7.30pm. The meeting closed at "
                      "9.20pm."),
        ("paragraph", "Minutes taken by Carol Hale, Clerk and Responsible Financial Officer."),
        ("paragraph", "Signed: M Dunne (Chairman)"),
        ("paragraph", "Date: 17th April 2023"),
    )
    m = extract_meeting(doc, "en")
    assert (m.series, m.date, m.start, m.end, m.place) == ("Elmbridge Parish Council", "2023-03-13", "19:30",
                                                           "21:20", "Village Hall")
    assert m.title == ("Minutes of the Ordinary Meeting of the Parish Council held on Monday 13th March 2023 in the "
                       "Village Hall, commencing at 7.30pm.")
    assert (m.recorder, m.guests, m.absent) == ("Carol Hale", ("Carol Hale", "G Lowe"), ("Moss",))
    assert m.attendees == ("M Dunne", "D Ash", "J Crane")


def test_czech_council_header_with_roles_and_addresses() -> None:
    doc = _doc(
        ("heading", "Zápis z 48. schůze Rady města Horní Lhotka"),
        ("paragraph", "konané 5. 12. 2022 v 15:00 hodin na Městském úřadě Horní Lhotka"),
        ("paragraph", "Přítomni: Ing. Jan Hrubý, starosta; Mgr. Eva Malá, místostarostka; Petr Kos, radní"),
        ("paragraph", "Dále přítomni: tajemník MěÚ Ing. Karel Vrba, Mgr. Jana Holá, vedoucí finančního odboru"),
        ("paragraph", "Host: Mgr. Hana Tichá – ředitelka ZŠ, Školní 210, příspěvková organizace (k bodu 4)"),
        ("heading", "1. Zahájení"), ("paragraph", "Starosta zahájil schůzi v 15:00 hodin."),
        ("paragraph", "Příští schůze rady se uskuteční 9. 1. 2023 od 15:00 hodin, schůze byla ukončena v 17:40 hodin."),
    )
    m = extract_meeting(doc, "cs")
    assert (m.date, m.start, m.end) == ("2022-12-05", "15:00", "17:40")
    assert m.attendees == ("Jan Hrubý", "Eva Malá", "Petr Kos", "Karel Vrba", "Jana Holá")
    assert m.guests == ("Hana Tichá",)


def test_committee_lists_one_person_a_line_and_a_register_table() -> None:
    lines = _doc(("paragraph", "Minutes of the meeting of the Teaching Committee held on 3 October 2023 at 2.00pm "
                               "in Room 2.14, Founders' Building"),
                 ("paragraph", "Present:"),
                 ("list_item", "Professor Helen Marsh (HM), Deputy Vice-Chancellor (Chair)"),
                 ("list_item", "Dr Owen Prior (OP), Associate Dean (Education), Science and Engineering"))
    m = extract_meeting(lines, "en")
    assert (m.attendees, m.place) == (("Helen Marsh", "Owen Prior"), "Room 2.14, Founders' Building")
    assert m.title == ("Minutes of the meeting of the Teaching Committee held on 3 October 2023 at 2.00pm in Room "
                       "2.14, Founders' Building")
    table = _doc(("paragraph", "Minutes of the meeting held on 5 March 2024, 2.00pm"),
                 ("table", [["Name", "Role", "Attendance"], ["Professor Helen Marsh", "Chair", "Present"],
                            ["Dr Owen Prior", "Dean of Education", "Apologies"],
                            ["Ms Jo Fetter", "Head of Quality", "In attendance"]]))
    m = extract_meeting(table, "en")
    assert (m.attendees, m.absent, m.guests) == (("Helen Marsh",), ("Owen Prior",), ("Jo Fetter",))


def test_lists_by_initials_or_surnames_are_resolved_from_the_previous_minutes(tmp_path) -> None:
    from minutes_nlp.loaders import load

    (tmp_path / "porada-01.md").write_text(
        "# Zápis z porady odboru\n\nDatum: 6. 3. 2023\n\nPřítomni: Ing. Jan Dub (JD, vedoucí odboru), Mgr. Eva Lípová "
        "(EL, zástupkyně), Bc. Petr Buk (PB, referent)\n", encoding="utf-8")
    (tmp_path / "porada-02.md").write_text(
        "# Zápis z porady odboru\n\nDatum: 3. 4. 2023\n\nPřítomni: JD, PB\n\nOmluvena: EL (dovolená)\n",
        encoding="utf-8")
    (tmp_path / "porada-03.md").write_text(
        "# Zápis z porady odboru\n\nTermín: 2. 5. 2023\n\nÚčast: Ing. Dub, Mgr. Lípová; omluven Bc. Buk (školení)\n",
        encoding="utf-8")
    second = extract_meeting(load(tmp_path / "porada-02.md"), "cs")
    assert (second.attendees, second.absent) == (("Jan Dub", "Petr Buk"), ("Eva Lípová",))
    third = extract_meeting(load(tmp_path / "porada-03.md"), "cs")
    assert (third.attendees, third.absent) == (("Jan Dub", "Eva Lípová"), ("Petr Buk",))


def test_no_meeting_number_from_a_programme_or_a_session_year() -> None:
    cs = _doc(("heading", "Zápis ze zasedání Školské rady při ZŠ Horní Lhotka"),
              ("paragraph", "Zasedání se konalo dne 18. března 2024 od 17:00 do 18:35 hodin ve sborovně ZŠ Horní "
                            "Lhotka."),
              ("paragraph", "Program: 1. Zahájení, 2. Volby, 5. Plán zasedání na školní rok 2024/2025"))
    m = extract_meeting(cs, "cs")
    assert (m.number, m.place) == (None, "sborovně ZŠ Horní Lhotka")
    en = _doc(("paragraph", "Minutes of the meeting of the Teaching Committee held on 3 October 2023"),
              ("paragraph", "1.1 The Chair welcomed members to the first meeting of the 2023/24 session."))
    assert extract_meeting(en, "en").number is None


@pytest.mark.parametrize(
    ("lang", "line", "attendees"),
    [
        ("en", "Present: Professor Ann Bell, Deputy Provost (Chair); Dr Tom Hale, Dean of Arts; Mr Raj Iyer, "
               "Head of Estates", ("Ann Bell", "Tom Hale", "Raj Iyer")),
        ("en", "Present: Dr Kim Lowe, Associate Dean (Research), Faculty of Law and Business", ("Kim Lowe",)),
        ("en", "Present: Cllr A Moss, Cllr B Nash; Mrs C Dean (Clerk)", ("A Moss", "B Nash", "C Dean")),
        ("en", "Present: Mrs C Dean (Clerk), District Cllr G Hart and 3 members of the public", ("C Dean", "G Hart")),
        ("cs", "Přítomni: Ing. Jan Dub, předseda; Eva Lípová; Mgr. Petr Buk, Karel Jasan", ("Jan Dub", "Eva Lípová",
                                                                                         "Petr Buk", "Karel Jasan")),
    ],
)
def test_semicolon_groups_give_one_person_and_an_office(lang: str, line: str, attendees: tuple[str, ...]) -> None:
    m = extract_meeting(_doc(("heading", "Minutes of the meeting of the Audit Board"), ("paragraph", line)), lang)
    assert m.attendees == attendees


@pytest.mark.parametrize(
    ("blocks", "recorder", "approver"),
    [
        ([("paragraph", "Přítomni: Ing. Jan Dub (JD, vedoucí odboru), Bc. Eva Lípová (EL, referentka)"),
          ("paragraph", "Zapsala: E. Lípová, 4. 4. 2023 | Schválil: JD")], "Eva Lípová", "Jan Dub"),
        ([("paragraph", "Přítomni: Ing. Jan Dub, Bc. Eva Lípová, Petr Buk"),
          ("paragraph", "Zapsal: P. Buk"), ("paragraph", "Schválil: XY")], "Petr Buk", None),
        ([("table", [["Jméno", "Funkce"], ["Ing. Jan Dub", "předseda"]]),
          ("table", [["Zapsal: Mgr. Petr Buk", "Ověřil: Ing. Jan Dub"], ["dne 3. 4. 2023", "předseda"]])],
         "Petr Buk", None),
    ],
)
def test_signatures_as_initials_short_names_or_a_signature_table(blocks, recorder: str, approver: str | None) -> None:
    m = extract_meeting(_doc(("heading", "Zápis z jednání Kontrolního výboru"), *blocks), "cs")
    assert (m.recorder, m.approver) == (recorder, approver)


@pytest.mark.parametrize(
    ("lang", "blocks", "attendees", "guests"),
    [
        ("cs", [("paragraph", "Přítomni: Jan Dub, Eva Lípová"), ("paragraph", "Zapsala: Bc. Ivana Hrubá"),
                ("heading", "1. Zahájení"), ("paragraph", "Předseda zahájil jednání.")],
         ("Jan Dub", "Eva Lípová", "Ivana Hrubá"), ()),
        ("cs", [("paragraph", "Přítomni: Jan Dub, Eva Lípová"), ("heading", "1. Zahájení"),
                ("paragraph", "Předseda zahájil jednání."), ("paragraph", "Zapsala: Bc. Ivana Hrubá")],
         ("Jan Dub", "Eva Lípová"), ()),
        ("en", [("paragraph", "Present: Dr Ann Bell, Mr Tom Hale"), ("paragraph", "Secretary: Ms Jo Pike"),
                ("heading", "1. Apologies")], ("Ann Bell", "Tom Hale"), ("Jo Pike",)),
        ("en", [("paragraph", "Present: Dr Ann Bell, Mr Tom Hale"), ("paragraph", "Recording secretary: Jo Pike"),
                ("heading", "1. Apologies")], ("Ann Bell", "Tom Hale"), ("Jo Pike",)),  # corpus/FORMAT.md
        ("en", [("paragraph", "Present: Dr Ann Bell, Mr Tom Hale"), ("paragraph", "Minutes taken by: Jo Pike"),
                ("heading", "1. Apologies")], ("Ann Bell", "Tom Hale"), ()),
    ],
)
def test_recorder_named_among_the_attendance_lines_was_present(lang: str, blocks, attendees, guests) -> None:
    m = extract_meeting(_doc(("heading", "Zápis z jednání Kontrolního výboru" if lang == "cs" else
                              "Minutes of the meeting of the Audit Board"), *blocks), lang)
    assert (m.attendees, m.guests) == (attendees, guests)


def test_register_table_names_the_recorder_by_role_and_place_follows_the_date() -> None:
    doc = _doc(("heading", "Audit Board"),
               ("paragraph", "Minutes of the meeting held on 5 March 2024, 2.00pm, Room 4.02, Main Building"),
               ("table", [["Name", "Role", "Attendance"], ["Dr Ann Bell", "Chair", "Present"],
                          ["Ms Jo Pike", "Secretary", "In attendance"]]))
    m = extract_meeting(doc, "en")
    assert (m.title, m.series, m.recorder, m.place) == (
        "Minutes of the meeting held on 5 March 2024, 2.00pm, Room 4.02, Main Building", "Audit Board", "Jo Pike",
        "Room 4.02, Main Building")


@pytest.mark.parametrize(
    ("lines", "place", "date"),
    [
        (["Termín: úterý 2. 5. 2023, 9:00–10:15, kancelář vedoucího odboru"], "kancelář vedoucího odboru",
         "2023-05-02"),
        (["Datum: 3. 4. 2023 od 9 hod., zasedací místnost č. 2"], "zasedací místnost č. 2", "2023-04-03"),
        (["Datum: 3. 4. 2023, 9:00 – 10:30"], None, "2023-04-03"),
    ],
)
def test_place_written_after_the_date_in_a_date_field(lines: list[str], place: str | None, date: str) -> None:
    m = extract_meeting(_doc(("heading", "Zápis z porady odboru"), *[("paragraph", ln) for ln in lines]), "cs")
    assert (m.place, m.date) == (place, date)


def test_a_deadline_in_the_body_and_a_title_starting_with_zapis_are_no_header_fields() -> None:
    doc = _doc(("heading", "Zápis – porada vedení OKR, 2. 5. 2023"), ("paragraph", "Přítomni: Jan Dub, Eva Lípová"),
               *[("paragraph", f"Odstavec {i}.") for i in range(16)],
               ("paragraph", "Termín: 30. 6. 2023"), ("paragraph", "Zápis: Eva Lípová"))
    m = extract_meeting(doc, "cs")
    assert (m.date, m.recorder) == ("2023-05-02", "Eva Lípová")


@pytest.mark.parametrize(
    ("lang", "line", "guests"),
    [
        ("cs", "Za vedení školy: Mgr. Jana Vlková, ředitelka; Dana Bílá, ekonomka", ("Jana Vlková", "Dana Bílá")),
        ("en", "On behalf of the applicant: Mr Tom Hale (agent)", ("Tom Hale",)),
        ("en", "For information: the budget papers", ()),
    ],
)
def test_people_attending_on_behalf_of_an_organisation_are_guests(lang: str, line: str, guests) -> None:
    doc = _doc(("heading", "Zápis z jednání Kontrolního výboru" if lang == "cs" else "Minutes of the Audit Board"),
               ("paragraph", "Přítomni: Jan Dub" if lang == "cs" else "Present: Ann Bell"), ("paragraph", line))
    assert extract_meeting(doc, lang).guests == guests


@pytest.mark.parametrize(
    ("title", "series", "body_type"),
    [
        ("Zápis z porady vedení odboru dopravy MěÚ Lhotice", "Porada vedení odboru dopravy MěÚ Lhotice",
         "staff_meeting"),
        ("Zápis z porady ředitele s vedoucími oddělení", "Porada ředitele s vedoucími oddělení", "staff_meeting"),
        ("Zápis z porady Rady města Lhotice", "Rada města Lhotice", "board"),
    ],
)
def test_a_standing_meeting_named_by_who_meets_is_the_series(title: str, series: str, body_type: str) -> None:
    name = series_from_title(title, "cs")
    assert (name.series, name.body_type) == (series, body_type)


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("Porada vedení OD", "Porada vedení odboru dopravy MěÚ Lhotice", True),
        ("Porada vedení odboru dopravy", "Porada vedení odboru dopravy MěÚ Lhotice", True),
        ("Porada vedení odboru dopravy MěÚ Lhotice", "Porada vedení odboru dopravy MěÚ Lhotice", False),
        ("Porada vedení odboru školství", "Porada vedení odboru dopravy MěÚ Lhotice", False),
        ("Valná hromada SO Podlesí", "Valná hromada Svazku obcí Podlesí", True),  # an initialism spelt out
        ("Valná hromada SO Podlesí", "Valná hromada Svazku obcí Zálesí", False),
    ],
)
def test_a_shortened_series_name(short: str, full: str, expected: bool) -> None:
    from minutes_nlp.extract.series import shortens

    assert shortens(short, full) is expected


def test_a_shortened_series_takes_the_full_name_of_the_earlier_minutes(tmp_path) -> None:
    from minutes_nlp.loaders import load

    (tmp_path / "p-01.md").write_text("# Zápis z porady vedení odboru dopravy MěÚ Lhotice\n\nDatum: 6. 3. 2023\n",
                                      encoding="utf-8")
    (tmp_path / "p-02.md").write_text("# Zápis – porada vedení OD, 3. 4. 2023\n\nPřítomni: Jan Dub\n", encoding="utf-8")
    assert extract_meeting(load(tmp_path / "p-02.md"), "cs").series == "Porada vedení odboru dopravy MěÚ Lhotice"
    assert extract_meeting(load(tmp_path / "p-02.md"), "cs", neighbours=False).series == "Porada vedení OD"


@pytest.mark.parametrize(
    ("lang", "title", "place"),
    [
        ("en", "Minutes of a Meeting of the Board of Trustees held at Mill House, 4 Quay Street and by video "
               "conference on Monday 3 March 2025 at 5.30pm", "Mill House, 4 Quay Street"),
        ("cs", "Zápis z jednání Kontrolního výboru konaného dne 3. 3. 2025 v zasedací místnosti OÚ a online",
         "zasedací místnosti OÚ"),
    ],
)
def test_the_remote_part_of_a_hybrid_meeting_is_not_the_place(lang: str, title: str, place: str) -> None:
    assert extract_meeting(_doc(("heading", title)), lang).place == place


@pytest.mark.parametrize(
    ("lines", "attendees", "absent"),
    [
        (["Přítomni delegáti členských obcí: za obec Lhotka starosta Ing. Jan Dub (předseda svazku), za město "
          "Lipno starostka Eva Lípová a delegáti dalších obcí dle prezenční listiny", "Omluveni: obce Pasečná, Zálesí "
          "a Chvalov"], ("Jan Dub", "Eva Lípová"), ()),
        (["Delegáti: Ing. Jan Dub (Lhotka), Eva Lípová (Lipno)", "Nepřítomni: obce Zálesí a Chvalov"],
         ("Jan Dub", "Eva Lípová"), ()),
    ],
)
def test_delegates_listed_with_whom_they_represent(lines: list[str], attendees, absent) -> None:
    doc = _doc(("heading", "Zápis z valné hromady svazku obcí"), *[("paragraph", ln) for ln in lines])
    m = extract_meeting(doc, "cs")
    assert (m.attendees, m.absent) == (attendees, absent)


@pytest.mark.parametrize(("label", "value", "number"), [("Číslo jednání", "2/2024", 2), ("Pořadové číslo", "11", 11),
                                                        ("Meeting no.", "14", 14)])
def test_meeting_number_from_its_own_header_field(label: str, value: str, number: int) -> None:
    doc = _doc(("heading", "Zápis z jednání Komise pro kulturu"), ("paragraph", f"{label}: {value}"),
               ("paragraph", "Datum: 20. 6. 2024"))
    assert extract_meeting(doc, "cs" if label[0] in "ČP" else "en").number == number


_SCHOOL = "Larkfield Community Primary School, Easton"


@pytest.mark.parametrize(
    ("blocks", "title", "series", "place"),
    [
        ([("heading", _SCHOOL),
          ("heading", "Minutes of the Full Governing Board meeting held on Monday 6 May 2024 at 5.30pm in the "
                      "staff room")],
         f"{_SCHOOL} – Minutes of the Full Governing Board meeting held on Monday 6 May 2024 at 5.30pm in the "
         "staff room",
         "Larkfield Community Primary School Full Governing Board", f"staff room, {_SCHOOL}"),
        ([("heading", _SCHOOL), ("heading", "Local Governing Board"),
          ("heading", "Minutes of the meeting held on Monday 6 May 2024 at 5.30pm, staff room")],
         f"{_SCHOOL} – Local Governing Board – Minutes of the meeting held on Monday 6 May 2024 at 5.30pm, "
         "staff room",
         "Larkfield Community Primary School Local Governing Board", f"staff room, {_SCHOOL}"),
        ([("heading", "Oakridge Homes Limited"), ("heading", "Board of Directors"),
          ("paragraph", "Minutes of a meeting of the Board of Directors held at 2 Mill Lane, Easton on Monday 6 May "
                        "2024 at 5.30pm")],
         "Minutes of a meeting of the Board of Directors held at 2 Mill Lane, Easton on Monday 6 May 2024 at 5.30pm",
         "Board of Directors of Oakridge Homes Limited", "2 Mill Lane, Easton"),  # a plain line stands alone
        ([("heading", "Larkfield University"),
          ("heading", "Minutes of the Estates Committee meeting held on Monday 6 May 2024 in the board room")],
         "Larkfield University – Minutes of the Estates Committee meeting held on Monday 6 May 2024 in the "
         "board room",
         "Estates Committee", "board room, Larkfield University"),  # a committee is named on its own
        ([("heading", "Easton Town Council"),
          ("heading", "Minutes of the Estates Committee meeting held on Monday 6 May 2024 in the Council Chamber")],
         "Minutes of the Estates Committee meeting held on Monday 6 May 2024 in the Council Chamber",
         "Estates Committee", "Council Chamber"),  # a council on the letterhead is the parent body, not an organisation
        ([("heading", "Oakridge Homes Limited"),
          ("paragraph", "Minutes of a meeting of the Board of Directors of Oakridge Homes Limited held at Mill House "
                        "and by video conference")],
         "Minutes of a meeting of the Board of Directors of Oakridge Homes Limited held at Mill House and by video "
         "conference", "Board of Directors of Oakridge Homes Limited", "Mill House"),  # no date: kept whole
    ],
)
def test_letterhead_organisation_in_english_titles(blocks, title: str, series: str, place: str) -> None:
    """A title line set under a letterhead naming an organisation is reported with it; a governing board takes
    the organisation into its series; a room in common nouns is a room of that organisation."""
    m = extract_meeting(_doc(*blocks, ("paragraph", "Present: Ann Lee (Chair), Bob Day")), "en")
    assert (m.title, m.series, m.place) == (title, series, place)


@pytest.mark.parametrize("stamp", ["DRAFT – NOT YET APPROVED", "Confidential", "Part I"])
def test_a_stamp_above_the_title_is_no_letterhead(stamp: str) -> None:
    doc = _doc(("heading", stamp), ("heading", "Minutes of the Full Governing Board meeting held on 6 May 2024"),
               ("paragraph", "Present: Ann Lee, Bob Day"))
    m = extract_meeting(doc, "en")
    assert (m.title, m.series) == ("Minutes of the Full Governing Board meeting held on 6 May 2024",
                                   "Full Governing Board")


def test_czech_title_under_a_letterhead_stands_alone() -> None:
    doc = _doc(("heading", "Spolek přátel Lhotic"), ("heading", "Zápis z členské schůze konané dne 3. 4. 2024"),
               ("paragraph", "Místo: klubovna"))
    m = extract_meeting(doc, "cs")
    assert (m.title, m.place) == ("Zápis z členské schůze konané dne 3. 4. 2024", "klubovna")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Monday 3 June 2024 at 6.30pm. The meeting closed at 8.12pm.", None, "20:12"),
        ("The next meeting is on 3 June at 7pm. The meeting closed at 9.05pm.", None, "21:05"),
        ("At 9:40 p.m. Member Lane moved to adjourn.", None, "21:40"),
        ("At 9:40 p.m. the Chair closed the meeting.", None, "21:40"),
    ],
)
def test_an_end_cue_belongs_to_the_time_after_it(text: str, start: str | None, end: str) -> None:
    assert start_end(text, "en") == (start, end)


def test_a_school_year_is_not_a_meeting_number() -> None:
    doc = _doc(("heading", "Full Governing Board"), ("paragraph", "Minutes of the meeting held on 2 October 2023"),
               ("paragraph", "Present: Ann Lee, Bob Day"),
               ("paragraph", "Governors signed their declarations of interest for 2023-24 at the meeting."))
    assert extract_meeting(doc, "en").number is None


@pytest.mark.parametrize(
    ("rows", "attendees", "absent", "guests"),
    [
        ([["Directors present", "In attendance", "Apologies"], ["Ann Lee (Chair)", "Carl Moss (CFO)", "Dora Pym"],
          ["Bob Day", "Eve Hart (observer)", ""]], ("Ann Lee", "Bob Day"), ("Dora Pym",), ("Carl Moss", "Eve Hart")),
        ([["Governors present", "Ann Lee (Chair); Bob Day"], ["Apologies", "Dora Pym – accepted"]],
         ("Ann Lee", "Bob Day"), ("Dora Pym",), ()),
        ([["Name", "Role", "Attendance"], ["Ann Lee", "Chair", "Present"], ["Carl Moss", "Head of Estates",
                                                                               "In attendance (item 4)"]],
         ("Ann Lee",), (), ("Carl Moss",)),
    ],
)
def test_attendance_tables_by_column_label_and_register(rows, attendees, absent, guests) -> None:
    m = extract_meeting(_doc(("heading", "Minutes of the Trust Board meeting held on 2 October 2023"),
                             ("table", rows)), "en")
    assert (m.attendees, m.absent, m.guests) == (attendees, absent, guests)


@pytest.mark.parametrize(
    ("line", "lang", "recorder"),
    [
        ("In attendance: Carl Moss (CFO), Eve Hart (Company Secretary, minutes)", "en", "Eve Hart"),
        ("Also present: Carl Moss, Head of Estates; Eve Hart, Governance Lead (EH), who took the minutes.", "en",
         "Eve Hart"),
        ("In attendance: Carl Moss (Clerk), Eve Hart (CFO)", "en", None),  # a role alone is no mark
        ("Dále přítomni: Ing. Karel Mach (tajemník), Bc. Eva Hrubá (zapisovatelka)", "cs", "Eva Hrubá"),
    ],
)
def test_the_minute_taker_marked_in_an_attendance_list(line: str, lang: str, recorder: str | None) -> None:
    present = "Present: Ann Lee, Bob Day" if lang == "en" else "Přítomni: Jan Dub, Petr Lín"
    m = extract_meeting(_doc(("heading", "Minutes" if lang == "en" else "Zápis"), ("paragraph", present),
                             ("paragraph", line)), lang)
    assert m.recorder == recorder


@pytest.mark.parametrize(
    ("rows", "attendees"),
    [
        ([["Přítomno", "12 z 15 členských obcí"], ["Předsedající", "Ing. Jan Dub, předseda svazku"]], ("Jan Dub",)),
        ([["Přítomni", "Ing. Jan Dub, Petr Lín"], ["Předsedající", "Ing. Jan Dub"]], ("Jan Dub", "Petr Lín")),
    ],
)
def test_the_chair_named_in_a_field_attended(rows, attendees) -> None:
    m = extract_meeting(_doc(("heading", "Zápis z valné hromady svazku obcí"), ("table", rows)), "cs")
    assert (m.attendees, m.chair) == (attendees, "Jan Dub")


@pytest.mark.parametrize(("blocks", "series"), [
    ([("heading", "Dobrovolný svazek obcí Mikroregion Podlesí"),
      ("heading", "Zápis z valné hromady konané dne 19. září 2024")],
     "Valná hromada Dobrovolného svazku obcí Mikroregion Podlesí"),  # the letterhead names the organisation first
    ([("heading", "Zápis z valné hromady Dobrovolného svazku obcí Mikroregion Podlesí č. 1/2024")],
     "Valná hromada Dobrovolného svazku obcí Mikroregion Podlesí"),
    ([("heading", "Dobrovolný svazek obcí Mikroregion Podlesí – zápis z valné hromady konané dne 3. 4. 2024")],
     "Valná hromada Dobrovolného svazku obcí Mikroregion Podlesí"),  # one title line, organisation first
    ([("heading", "Česká společnost ornitologická"), ("heading", "Zápis z jednání představenstva")],
     "Představenstvo České společnosti ornitologické"),
    ([("heading", "Spolek přátel Lhotic"), ("heading", "Zápis ze schůze výboru konané dne 3. 4. 2024")],
     "Výbor Spolku přátel Lhotic"),  # a bare "Výbor" is the organisation's
    ([("heading", "Město Horní Lhotka"), ("heading", "Zápis z 48. schůze rady města")], "Rada města Horní Lhotka"),
])
def test_czech_series_is_the_organ_of_the_organisation(blocks, series: str) -> None:
    """The series is the body that meets, of its organisation, in the genitive after it, even when the letterhead
    or the title names the organisation first: every meeting of that organ groups into one series."""
    m = extract_meeting(_doc(*blocks, ("paragraph", "Místo: zasedací místnost")), "cs")
    assert m.series == series


@pytest.mark.parametrize(("org", "genitive"), [
    ("Dobrovolný svazek obcí Mikroregion Podlesí", "Dobrovolného svazku obcí Mikroregion Podlesí"),
    ("Město Horní Lhotka", "města Horní Lhotka"),
    ("Sportovní klub Lhotice", "Sportovního klubu Lhotice"),
    ("Vodovody a kanalizace Lhotice", None),  # a company's own name is not declined
])
def test_organisation_in_the_genitive(org: str, genitive: str | None) -> None:
    assert organisation_genitive(org, "cs") == genitive


# --- Round 4: construction control days, academic senates, US select boards (hand-made examples) ---

@pytest.mark.parametrize(("blocks", "lang", "expected"), [
    ((("paragraph", "Příští mimořádné zasedání se bude konat 3. 3. 2025 v 10:00."),), "cs",
     ("2025-03-03", "2025-03-03")),
    ((("paragraph", "Příští řádná schůze se uskuteční v březnu 2025."),), "cs", ("2025-03-01", "2025-03-31")),
    ((("paragraph", "Příští KD se uskuteční 9. 10. 2024 v 10:00 na stavbě."),), "cs", ("2024-10-09", "2024-10-09")),
    ((("paragraph", "The next special meeting will be held on July 8, 2024."),), "en", ("2024-07-08", "2024-07-08")),
    ((("paragraph", "The variance request was continued to the June 17 meeting."),), "en",
     ("2024-06-17", "2024-06-17")),
    ((("paragraph", "Minutes of the May 20 regular meeting were approved."),
      ("paragraph", "Staff will report back at the July 1 meeting."),), "en", ("2024-07-01", "2024-07-01")),
])
def test_next_meeting_cues_kinds_and_dated_references(blocks: tuple, lang: str, expected: tuple[str, str]) -> None:
    head = ("Zápis z 5. jednání Komise pro školství", "Datum: 3. 6. 2024") if lang == "cs" else \
        ("Minutes of the Planning Board", "Date: June 3, 2024")
    doc = _doc(("heading", head[0]), ("paragraph", head[1]), *blocks)
    m = extract_meeting(doc, lang, neighbours=False)
    assert m.next_meeting is not None and (m.next_meeting.earliest, m.next_meeting.latest) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "Na dotaz odpoví vedoucí odboru na příští zasedání."),
    ("en", "Ms. Ortiz will bring the figures to the next meeting."),
])
def test_next_meeting_cue_ending_a_sentence_does_not_take_the_next_block(lang: str, text: str) -> None:
    head = ("Zápis z 5. jednání Komise pro školství", "Datum: 3. 6. 2024") if lang == "cs" else \
        ("Minutes of the Planning Board", "Date: June 3, 2024")
    later = "Rozpočet na rok 2026 bude schválen v roce 2025." if lang == "cs" else "The audit is due in Q3 2025."
    doc = _doc(("heading", head[0]), ("paragraph", head[1]), ("paragraph", text), ("paragraph", later))
    assert extract_meeting(doc, lang, neighbours=False).next_meeting is None


@pytest.mark.parametrize("header", [
    ("paragraph", "Stavba: Přístavba mateřské školy Lipová"),
    ("table", [["Stavba", "Přístavba mateřské školy Lipová"], ["Investor", "Obec Lipová"]]),
])
def test_construction_control_day_series_number_and_next(header: tuple[str, object]) -> None:
    doc = _doc(
        ("heading", "ZÁPIS Z KONTROLNÍHO DNE STAVBY Č. 12"),
        header,
        ("paragraph", "Datum: 25. 9. 2024, 10:00 – 11:30"),
        ("heading", "1. Postup prací"),
        ("paragraph", "Zhotovitel dokončil základové pasy."),
        ("paragraph", "Příští kontrolní den se uskuteční ve středu 9. 10. 2024 v 10:00."),
        ("table", [["Zapsal", "Ing. Petr Malý"], ["Schválil za investora", "Mgr. Eva Horká"]]),
    )
    m = extract_meeting(doc, "cs", neighbours=False)
    assert (m.series, m.number) == ("Kontrolní dny stavby Přístavba mateřské školy Lipová", 12)
    assert m.next_meeting is not None and m.next_meeting.earliest == "2024-10-09"
    assert (m.recorder, m.approver) == ("Petr Malý", "Eva Horká")


@pytest.mark.parametrize(("title", "number"), [
    ("Zápis ze zasedání zastupitelstva č. 4", 4),
    ("Zápis z kontrolního dne stavby č. 7", 7),
    ("Minutes of meeting no. 12", 12),
])
def test_number_after_the_meeting_noun_and_one_word(title: str, number: int) -> None:
    lang = "en" if title.startswith("Minutes") else "cs"
    doc = _doc(("heading", title), ("paragraph", "Datum: 3. 6. 2024" if lang == "cs" else "Date: 3 June 2024"))
    assert extract_meeting(doc, lang, neighbours=False).number == number


@pytest.mark.parametrize(("title", "series"), [
    ("Zápis z 9. schůze VV SDH", "VV SDH"),
    ("ZÁPIS Z 2. ZASEDÁNÍ KONTROLNÍHO VÝBORU", "Kontrolní výbor"),
])
def test_initialisms_in_capitals_are_kept(title: str, series: str) -> None:
    assert series_from_title(title, "cs").series == series


@pytest.mark.parametrize(("top", "title", "series"), [
    ((("heading", "CITY OF HARROWGATE"),
      ("heading", "Planning Board – Minutes of the Regular Meeting of June 3, 2024")),
     "Planning Board – Minutes of the Regular Meeting of June 3, 2024", "Planning Board"),
    ((("heading", "Village of Elm Falls, Vermont – Board of Trustees"),
      ("heading", "Special Meeting Minutes – Monday, June 3, 2024")),
     "Board of Trustees – Special Meeting Minutes – Monday, June 3, 2024", "Board of Trustees"),
    ((("heading", "Harlow Board of Health"), ("paragraph", "SPECIAL MEETING – MONDAY, JUNE 3RD, 2024 – 6:30 P.M.")),
     "SPECIAL MEETING – MONDAY, JUNE 3RD, 2024 – 6:30 P.M.", "Harlow Board of Health"),
])
def test_municipal_letterhead_and_dated_meeting_line(top: tuple, title: str, series: str) -> None:
    doc = _doc(*top, ("paragraph", "Members present: Ana Ortiz, Paul Brennan"))
    m = extract_meeting(doc, "en", neighbours=False)
    assert (m.title, m.series, m.date) == (title, series, "2024-06-03")


@pytest.mark.parametrize(("line", "place"), [
    ("Riverside Community Center, Room 4, 210 Elm Street", "Riverside Community Center, Room 4, 210 Elm Street"),
    ("Held at the Municipal Building, 5 Court Street, and streamed live on the town's channel.",
     "Municipal Building, 5 Court Street"),
])
def test_place_line_under_the_title(line: str, place: str) -> None:
    doc = _doc(("heading", "Planning Board"), ("heading", "Regular Meeting Minutes – Monday, June 3, 2024"),
               ("paragraph", line), ("paragraph", "Members present: Ana Ortiz, Paul Brennan"))
    assert extract_meeting(doc, "en", neighbours=False).place == place


@pytest.mark.parametrize("closing", [
    ("Respectfully submitted, Maria Gomez, Recording Secretary",),
    ("Respectfully submitted,", "Maria Gomez, Recording Secretary"),
])
def test_signature_after_a_comma(closing: tuple[str, ...]) -> None:
    doc = _doc(("heading", "Planning Board – Minutes of the Regular Meeting of June 3, 2024"),
               ("paragraph", "The Chair called the meeting to order at 7:00 p.m."),
               *(("paragraph", c) for c in closing))
    assert extract_meeting(doc, "en", neighbours=False).recorder == "Maria Gomez"


def test_signature_label_with_a_comma_is_no_other_field() -> None:
    doc = _doc(("heading", "Zápis z 5. jednání Komise pro školství"), ("paragraph", "Datum: 3. 6. 2024"),
               ("paragraph", "Místo, kde se jednalo, bylo změněno."))
    assert extract_meeting(doc, "cs", neighbours=False).place is None


@pytest.mark.parametrize("adjourn", [
    "At 8:47 p.m., following a motion by Member Ortiz seconded by Member Brennan, the Board voted 3-0 to adjourn.",
    "Motion by Member Ortiz, seconded by Member Brennan, to adjourn at 8:47 p.m. Motion carried 3-0.",
])
def test_end_before_a_long_action_list(adjourn: str) -> None:
    items = [("list_item", f"Staff – follow-up task number {i} – by 07/0{i}/2024") for i in range(1, 8)]
    doc = _doc(("heading", "Planning Board – Minutes of the Regular Meeting of June 3, 2024"),
               ("paragraph", "The Chair called the meeting to order at 7:00 p.m."),
               *[("paragraph", f"Item {i} was discussed.") for i in range(8)],
               ("heading", "Adjournment"), ("paragraph", adjourn), ("heading", "Action Items"), *items,
               ("paragraph", "Respectfully submitted, Maria Gomez, Recording Secretary"))
    assert extract_meeting(doc, "en", neighbours=False).end == "20:47"


@pytest.mark.parametrize(("text", "number"), [
    ("Zápis z kontrolního dne stavby č. 7", 7),
    ("Komise se věnovala projednání usnesení č. 12.", None),  # "jednání" inside "projednání" is no meeting noun
])
def test_number_in_needs_a_whole_meeting_noun(text: str, number: int | None) -> None:
    assert number_in([text], "cs") == number


@pytest.mark.parametrize(("lang", "text", "number"), [
    ("en", "Steering Group – Meeting 12 – Notes", 12),
    ("en", "Minutes of the Project Board (Meeting 3) held on Monday 2 June 2025", 3),
    ("en", "Project Board Meeting 4", 4),
    ("en", "Project Board Meeting 10 June 2025", None),  # a date, not a running number
    ("cs", "Porada – jednání 5 – zápis", None),  # Czech writes "č. 5"
])
def test_bare_number_after_the_meeting_noun(lang: str, text: str, number: int | None) -> None:
    assert number_in([text], lang) == number


@pytest.mark.parametrize(("attendees", "absent", "expected_present", "expected_absent"), [
    ("AB (Chair), Jane (PM), CD", "EF (leave)", ("Alice Brown", "Jane Roe", "Colin Dane"), ("Eva Ford",)),
    ("AB, CD, Jane", "Cllr Ford, EF", ("Alice Brown", "Colin Dane", "Jane Roe"), ("Eva Ford",)),
])
def test_attendance_in_short_forms(attendees: str, absent: str, expected_present: tuple[str, ...],
                                   expected_absent: tuple[str, ...]) -> None:
    doc = _doc(("heading", "Project Board – Meeting 4 – Notes"), ("paragraph", "Date: 3 June 2025"),
               ("paragraph", f"Attendees: {attendees}"), ("paragraph", f"Apologies: {absent}"),
               ("heading", "1. Actions"),
               ("paragraph", "Alice Brown (AB) thanked Colin Dane (CD), Eva Ford (EF) and Jane Roe (JR)."))
    m = extract_meeting(doc, "en", neighbours=False)
    assert (set(m.attendees), set(m.absent)) == (set(expected_present), set(expected_absent))


@pytest.mark.parametrize(("label", "guests"), [
    ("Notes", ("Dan Hill", "Rosa Lane")),
    ("Minutes", ("Dan Hill", "Rosa Lane")),
    ("Minute taker", ("Dan Hill", "Rosa Lane")),
    ("Minutes taken by", ("Dan Hill",)),  # authorship, not a role at the meeting
])
def test_note_taker_in_the_header_attended(label: str, guests: tuple[str, ...]) -> None:
    doc = _doc(("heading", "Project Board – Meeting 4 – Minutes"), ("paragraph", "Date: 3 June 2025"),
               ("paragraph", "Attendees: Ann Cole (Chair), Ben Hart"), ("paragraph", "In attendance: Dan Hill"),
               ("paragraph", f"{label}: Rosa Lane"), ("heading", "1. Welcome"), ("paragraph", "Ann Cole opened."))
    m = extract_meeting(doc, "en", neighbours=False)
    assert (m.recorder, m.guests) == ("Rosa Lane", guests)


@pytest.mark.parametrize("role", ["Project Officer (notes)", "Secretariat (minutes)"])
def test_note_taker_marked_in_a_name_column_table(role: str) -> None:
    doc = _doc(("heading", "Project Board – Meeting 4 – Notes"), ("paragraph", "Date: 3 June 2025"),
               ("table", [["Name", "Organisation", "Role"], ["Ann Cole (AC)", "City Council", "Chair"],
                          ["Rosa Lane (RL)", "City Council", role]]),
               ("heading", "1. Welcome"), ("paragraph", "AC opened the meeting."))
    m = extract_meeting(doc, "en", neighbours=False)
    assert (m.recorder, m.attendees) == ("Rosa Lane", ("Ann Cole", "Rosa Lane"))


@pytest.mark.parametrize(("line", "present"), [
    ("Attending remotely: Tom Hale (TH) and Mia Park (MP), Corvel Digital Ltd",
     ("Ann Cole", "Tom Hale", "Mia Park")),
    ("Attending remotely: Tom Hale and Mia Park, Northfield Partnership; Ivo Sand, Head of Finance",
     ("Ann Cole", "Tom Hale", "Mia Park", "Ivo Sand")),
])
def test_two_people_share_the_office_after_a_comma(line: str, present: tuple[str, ...]) -> None:
    doc = _doc(("heading", "Project Board – Meeting 4 – Minutes"), ("paragraph", "Date: 3 June 2025"),
               ("paragraph", "Present: Ann Cole"), ("paragraph", line), ("heading", "1. Welcome"))
    assert extract_meeting(doc, "en", neighbours=False).attendees == present


@pytest.mark.parametrize(("line", "start"), [
    ("Minutes of the Project Board held on Tuesday 3 June 2025 at 14:00 in Room 4, Town Hall", "14:00"),
    ("Notes of the Project Board held on Tuesday 3 June 2025 at 2.30pm via Microsoft Teams", "14:30"),
])
def test_time_from_a_reported_title_under_a_numbered_title(line: str, start: str) -> None:
    doc = _doc(("heading", "Project Board – Meeting 4 – Minutes"), ("paragraph", line),
               ("paragraph", "Present: Ann Cole, Ben Hart"), ("heading", "1. Welcome"))
    m = extract_meeting(doc, "en", neighbours=False)
    assert (m.title, m.number, m.start) == ("Project Board – Meeting 4 – Minutes", 4, start)


@pytest.mark.parametrize(("label", "attendees"), [
    ("Přítomni – členové", ("Jana Malá", "Petr Kos")),
    ("Přítomni - členové", ("Jana Malá", "Petr Kos")),
    ("Přítomni", ("Jana Malá", "Petr Kos")),
])
def test_attendance_row_label_narrowed_after_a_dash(label: str, attendees: tuple[str, ...]) -> None:
    doc = _doc(("heading", "Zápis z 2. jednání kontrolního výboru"),
               ("table", [["Datum", "3. 6. 2024"], [label, "Ing. Jana Malá, předsedkyně; Petr Kos"],
                          ["Omluven", "Jan Bílý"]]))
    m = extract_meeting(doc, "cs", neighbours=False)
    assert (m.attendees, m.absent) == (attendees, ("Jan Bílý",))


@pytest.mark.parametrize(("top", "series"), [
    (("Project Board – Meeting 3 – Notes", "Northfield Council – Library Renewal Project"),
     "Library Renewal Project Board"),
    (("Programme Board – Meeting 3 – Notes", "Northfield Council – Green Streets Programme"),
     "Green Streets Programme Board"),
    (("Programme Board – Meeting 3 – Notes", "Green Streets Project"), "Programme Board"),  # not the programme
])
def test_board_named_by_the_programme_it_governs(top: tuple[str, str], series: str) -> None:
    doc = _doc(("heading", top[0]), ("paragraph", top[1]), ("paragraph", "Date: 3 June 2025"),
               ("paragraph", "Present: Ann Cole, Ben Hart"), ("heading", "1. Welcome"))
    assert extract_meeting(doc, "en", neighbours=False).series == series


@pytest.mark.parametrize(("lang", "short", "full", "expected"), [
    ("en", "Programme Board", "Digital Services Programme Board", True),
    ("en", "Board", "Digital Services Programme Board", False),  # one word says too little
    ("en", "Finance Committee", "Audit and Risk Committee", False),
    ("cs", "Finanční výbor", "Rada Finanční výbor", False),  # Czech names do not drop their openings
])
def test_english_names_shorten_to_their_head_phrase(lang: str, short: str, full: str, expected: bool) -> None:
    assert tail_shortens(short, full, lang) is expected


@pytest.mark.parametrize(("line", "place"), [
    ("Minutes of the Project Board held on Tuesday 3 June 2025 at 10:00 via Microsoft Teams", "Microsoft Teams"),
    ("Minutes of the Project Board held on Tuesday 3 June 2025 at 10:00 in Room 4, Town Hall", "Room 4, Town Hall"),
])
def test_online_platform_after_via_in_a_reported_title(line: str, place: str) -> None:
    doc = _doc(("heading", line), ("paragraph", "Present: Ann Cole, Ben Hart"), ("heading", "1. Welcome"))
    assert extract_meeting(doc, "en", neighbours=False).place == place


@pytest.mark.parametrize(("value", "names"), [
    ("Councillor Hale (Chair); Councillors Brook, Tamsin Fry and Oakes",
     ["Hale", "Brook", "Tamsin Fry", "Oakes"]),
    ("Cllr Hale (Chair); Cllrs Brook, Oakes", ["Hale", "Brook", "Oakes"]),
    ("Dr Owen Pritchard, Dean of Education; Mr Graham Tillotson, Academic Registrar",
     ["Owen Pritchard", "Graham Tillotson"]),  # a singular title: the comma part is an office
])
def test_plural_title_opens_a_list_of_names(value: str, names: list[str]) -> None:
    assert split_people(value, "en") == names


@pytest.mark.parametrize(("text", "name"), [
    ("Karen Lind – Director of Adult Services", "Karen Lind"),
    ("Town Administrator Janice Albright", "Janice Albright"),
    ("Karen Lind – Head of Finance", "Karen Lind"),
])
def test_an_office_after_a_dash_follows_the_name(text: str, name: str) -> None:
    assert clean_person(text, "en") == name


@pytest.mark.parametrize(("body", "attendees"), [
    ("The Chair welcomed Councillor Lucy Penrose to the committee.", ("Ann Hale", "Lucy Penrose")),
    ("Councillor Penrose asked about the budget.", ("Ann Hale", "Penrose")),  # never written in full
    ("The Chair welcomed Lucy Penrose and Tom Penrose.", ("Ann Hale", "Penrose")),  # two: as written
])
def test_bare_surname_of_a_list_written_out_by_the_minutes(body: str, attendees: tuple[str, ...]) -> None:
    doc = _doc(("heading", "Minutes of the Health Committee held on 3 June 2025"),
               ("paragraph", "Present: Councillor Ann Hale (Chair); Councillors Penrose"),
               ("heading", "1. Apologies"), ("paragraph", body))
    assert extract_meeting(doc, "en", neighbours=False).attendees == attendees


def test_officers_and_the_note_taker_written_short_are_the_guests_of_earlier_minutes(tmp_path) -> None:
    from minutes_nlp.loaders import load

    (tmp_path / "hc-01.md").write_text(
        "# Minutes of the Health Committee held on 3 June 2025\n\nPresent: Councillor Ann Hale (Chair), "
        "Councillor Tom Brook\n\nAlso in attendance: Karen Lind (Director of Care); Simon Trew (Democratic "
        "Services Officer)\n", encoding="utf-8")
    (tmp_path / "hc-02.md").write_text(
        "# Minutes of the Health Committee held on 1 July 2025\n\nChair: Cllr A Hale\n\nPresent: Cllr T Brook\n\n"
        "Also in attendance: K Lind (Director of Care)\n\nMinutes: S Trew\n", encoding="utf-8")
    m = extract_meeting(load(tmp_path / "hc-02.md"), "en")
    assert (m.chair, m.recorder, m.guests) == ("Ann Hale", "Simon Trew", ("Karen Lind", "Simon Trew"))
    alone = extract_meeting(load(tmp_path / "hc-02.md"), "en", neighbours=False)
    assert (alone.chair, alone.recorder) == ("A Hale", "S Trew")


@pytest.mark.parametrize(
    ("rows", "lang", "place"),
    [
        ([["místo", "Okresní úřad, Brno – Líšeň, malá zasedací místnost"]], "cs",
         "Okresní úřad, Brno – Líšeň, malá zasedací místnost"),  # a town and its part, not a remark
        ([["forma", "online, Webex"]], "cs", "online, Webex"),  # the form of the meeting names the place
        ([["forma jednání", "videokonference (řízeno ze sálu radnice)"]], "cs",
         "videokonference (řízeno ze sálu radnice)"),  # a bracket naming a room belongs to the place
        ([["místo", "klubovna (vchod ze dvora)"]], "cs", "klubovna"),  # a bracket naming no place is a remark
        ([["forma", "prezenční"]], "cs", None),  # no room, no platform: no place
        ([["format", "online via Zoom"]], "en", "online via Zoom"),
        ([["místo", "sál kulturního domu"], ["forma", "hybridně (MS Teams)"]], "cs", "sál kulturního domu"),
    ],
)
def test_place_from_the_place_or_the_form_field(rows: list[list[str]], lang: str, place: str | None) -> None:
    assert extract_meeting(_doc(("table", rows)), lang).place == place


@pytest.mark.parametrize(
    ("lang", "lines", "window"),
    [
        ("cs", ["Zápis z 11. jednání Komise pro dopravu", "Datum: 3. 3. 2025",
                "Členové se dohodli, že 12. jednání proběhne v Tachově.",
                "Dvanácté jednání se uskuteční dne 9. 6. 2025."],
         ("2025-06-09", "2025-06-09")),
        ("cs", ["Zápis ze 4. schůze Výboru pro sport", "Datum: 3. 3. 2025", "5. schůze se bude konat v dubnu 2025."],
         ("2025-04-01", "2025-04-30")),
        ("en", ["Minutes of the 8th meeting of the Harbour Forum", "Date: 3 March 2025",
                "The ninth meeting will be held on 2 June 2025."], ("2025-06-02", "2025-06-02")),
    ],
)
def test_the_meeting_numbered_one_above_is_the_next_meeting(lang: str, lines: list[str],
                                                            window: tuple[str, str]) -> None:
    m = extract_meeting(_doc(("heading", lines[0]), *[("paragraph", x) for x in lines[1:]]), lang)
    assert m.next_meeting is not None and (m.next_meeting.earliest, m.next_meeting.latest) == window


def test_an_earlier_or_other_numbered_meeting_is_not_the_next() -> None:
    lines = ["Datum: 3. 3. 2025", "Úkoly z 10. jednání byly splněny.", "13. jednání se uskuteční 9. 9. 2025."]
    m = extract_meeting(_doc(("heading", "Zápis z 11. jednání Komise pro dopravu"),
                             *[("paragraph", x) for x in lines]), "cs")
    assert m.next_meeting is None


@pytest.mark.parametrize(
    ("rows", "attendees", "guests"),
    [
        ([["přítomní členové", "Ing. Petr Sýkora, Mgr. Eva Holubová"], ["stálí hosté", "Ing. Radek Mach (KÚ)"],
          ["sekretariát KDS", "Bc. Ilona Pešková"]],
         ("Petr Sýkora", "Eva Holubová", "Ilona Pešková"), ("Radek Mach",)),
        ([["přítomni", "Jan Hrubý, Alena Malá"], ["hosté a stálí hosté", "Karel Brož, Dana Kubů"]],
         ("Jan Hrubý", "Alena Malá"), ("Karel Brož", "Dana Kubů")),
    ],
)
def test_secretariat_attends_and_standing_guests_are_guests(rows, attendees: tuple[str, ...],
                                                           guests: tuple[str, ...]) -> None:
    m = extract_meeting(_doc(("table", rows)), "cs")
    assert (set(m.attendees), set(m.guests)) == (set(attendees), set(guests))


def test_secretariat_line_with_the_body_abbreviation() -> None:
    doc = _doc(("paragraph", "Přítomní členové: Ing. Petr Sýkora, Mgr. Eva Holubová"),
               ("paragraph", "Stálí hosté: Ing. Radek Mach (KÚ)"),
               ("paragraph", "Za sekretariát KDS: Bc. Ilona Pešková, Ing. Tomáš Brázda"))
    m = extract_meeting(doc, "cs")
    assert set(m.attendees) == {"Petr Sýkora", "Eva Holubová", "Ilona Pešková", "Tomáš Brázda"}
    assert m.guests == ("Radek Mach",)


@pytest.mark.parametrize(
    ("blocks", "title"),
    [
        ([("heading", "Kestrel District Council"), ("paragraph", "Licensing Sub-Committee"),
          ("paragraph", "Minutes of the meeting held in Room 4, Civic Centre, on Monday 3 March 2025 at 10am")],
         "Minutes of the meeting held in Room 4, Civic Centre, on Monday 3 March 2025 at 10am"),
        ([("heading", "Zápis č. 2/2025"),
          ("paragraph", "z jednání Kontrolního výboru obce Lesná, konaného dne 3. 3. 2025")],
         "Zápis č. 2/2025 – z jednání Kontrolního výboru obce Lesná, konaného dne 3. 3. 2025"),
    ],
)
def test_a_plain_minutes_line_under_a_plain_body_line_is_the_title(blocks, title: str) -> None:
    lang = "en" if blocks[0][1].startswith("Kestrel") else "cs"
    assert extract_meeting(_doc(*blocks, ("paragraph", "Present: Jan Novák")), lang).title == title


@pytest.mark.parametrize(
    ("lang", "line", "attendees"),
    [
        ("cs", "Přítomni: plk. Ing. Ondřej Vrabec, npor. Bc. Radim Kolouch, kpt. Hynek Sládeček, "
               "brig. gen. Lubor Zídek",
         ("Ondřej Vrabec", "Radim Kolouch", "Hynek Sládeček", "Lubor Zídek")),
        ("en", "Present: Ch Insp Maureen Pybus, PC Darren Lusk, Lt Col Giles Farthing, Revd Helen Marsh",
         ("Maureen Pybus", "Darren Lusk", "Giles Farthing", "Helen Marsh")),
    ],
)
def test_ranks_are_dropped_from_attendance_lists(lang: str, line: str, attendees: tuple[str, ...]) -> None:
    assert extract_meeting(_doc(("paragraph", line)), lang).attendees == attendees


def test_a_remark_with_a_comma_and_a_conjunction_stays_one_remark() -> None:
    doc = _doc(("table", [["Present", "Professor K Ames (Chair), Dr T Blyth"],
                          ["In attendance", "Ms P Orr (Head of Planning); Mr D Fenn (Director of Estates and "
                                            "Facilities, for minute 4)"]]))
    assert extract_meeting(doc, "en").guests == ("P Orr", "D Fenn")
