"""Round 20 genre inventory of institutions, attendance and people, written from knowledge of real minutes before
the failing lines were read. Names and sentences are our own.

Conventions encoded (positive rows):
(a) a Czech legal form is written with or without its inner spaces and with or without the comma before it
    ("Lesy Horácka, s. p." = "Lesy Horácka, s.p." = "Lesy Horácka s.p."): one body, every spelling a name of it;
(b) an association named after a patron or a saint between its kind and its legal form ("Myslivecký spolek Hubertus
    Lhota, z.s.", "Tělovýchovná jednota Sokol Dolany, z. s.", "Sportovní klub Josef Masák Lipová, z.s."): the run from
    the kind to the legal form is the body's name, and the person-shaped part of it is nobody present;
(d) a definition bracket right after a body's first mention gives it one short name or several in quotes, after a
    marker ("dále jen „MS Bukovina“ nebo „nájemce“", 'hereinafter "Hillcrest Water" or "the Contractor"'): a
    capitalised short name is a name of that body, used bare later; a lower-case one is the role it plays;
(c) at a members' assembly (valná hromada, shromáždění vlastníků, členská schůze) the association's own organs are
    made of members: a header line "Za výbor:", "Za kontrolní komisi:", "Za revizní komisi:" lists attendees, not
    guests for another party;
(e) a participants section under its own heading ("Participants", "Attendance", "Účastníci") lists the people by the
    part they play, one line each ("Project editor: X", "National delegates: Y; Z", "Zpravodaj: X"): a line whose
    label is no list label of its own is a group of attendees; "Observers:", "Apologies:" keep their lists; a roll-call
    vote in the body ("Roll call: Ayes – A, B; Nays – none. Carried.") names nobody by its vote words;
(f) US public bodies named by a compound head: a regional library system, a health system ("... Library System",
    "... Health System"), a state's comptroller ("Illinois Comptroller"), the office local governments file with;
(g) initials a list defines for a person right after the name stand for the person, also for a hyphenated or
    double given name or surname, one letter a part ("Marc-Antoine Delsaux (MAD)", "Luis Ferreira Campos (LFC)");
(h) a bracket after a name saying whom the person acts for ("Claire X (for AFNOR)", "(representing Halden Ltd)")
    names the body after its opening words, which are no part of the name;
(i) a one-word name with a legal form is declined like any other ("Kotva, z. ú." / "Kotvy, z. ú." / "Kotvou, z. ú."):
    the same stem and the same legal form are one body; without a legal form one word is too little to join on;
(j) a month's short form before a day ("by Dec. 31", "from Sept. 1") is a date, never an actor;
Negative rows: the same spellings without a legal form name no extra body; a patron's name outside a body's name is a
person; a party at an organ's meeting ("Za představenstvo:" at a supervisory board), another body's people at an
assembly ("Za obec:") and the guests' line stay guests.
"""

from __future__ import annotations

from typing import Any

import pytest
from docbuild import Block, blocks_doc
from docbuild import bullet as _b
from docbuild import heading as _h
from docbuild import para as _p
from genre_rows import attendance_lists, check_institutions, meeting_of, paragraphs, people_names
from genre_rows import expected_lists as _l

from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.result import MeetingInfo
from minutes_nlp.textutil import fold


def _keys(lang: str, text: str) -> list[set[str]]:
    orgs = extract_entities(paragraphs(text), lang, MeetingInfo(), ()).institutions
    return [{fold(o.name), *(fold(a) for a in o.aliases), fold(o.full_name or "")} for o in orgs]


SPELLINGS = [  # (id, text, spelling the annotator may write)
    ("sp-spaced-to-tight", "Těžbu v porostu zajistí Lesy Horácka, s. p., do konce dubna.", "Lesy Horácka, s.p."),
    ("sp-tight-to-spaced", "Těžbu v porostu zajistí Lesy Horácka, s.p., do konce dubna.", "Lesy Horácka, s. p."),
    ("zs-no-comma", "Příspěvek obdrží Spolek přátel Lipové, z. s., na akci.", "Spolek přátel Lipové z.s."),
    ("sro-tight", "Opravu provede Stavby Lomnice s. r. o. v květnu.", "Stavby Lomnice s.r.o."),
]


@pytest.mark.parametrize(("text", "spelling"), [pytest.param(*r[1:], id=r[0]) for r in SPELLINGS])
def test_legal_form_spellings_name_one_body(text: str, spelling: str) -> None:
    keys = _keys("cs", text)
    assert len(keys) == 1 and fold(spelling) in keys[0], keys


NO_FORM = [  # (id, text, spelling that must not appear)
    ("no-form-no-variant", "Těžbu v porostu zajistí Lesy Horácka do konce dubna.", "Lesy Horácka, s.p."),
    ("no-form-bank", "Úvěr poskytne Podhorská banka na pět let.", "Podhorská banka, a.s."),
]


@pytest.mark.parametrize(("text", "spelling"), [pytest.param(*r[1:], id=r[0]) for r in NO_FORM])
def test_no_legal_form_no_spelling(text: str, spelling: str) -> None:
    assert not any(fold(spelling) in k for k in _keys("cs", text))


PATRONS = [  # (id, text, present, absent)
    ("patron-spolek", "Zprávu nájemce přednesl předseda Mysliveckého spolku Hubertus Lhota, z.s., pan Novák.",
     ("Myslivecký spolek Hubertus Lhota, z.s.",), ("Hubertus Lhota",)),
    ("patron-first-name", "Nájemcem honitby je Myslivecký spolek Hubert Vranov, z.s., který souhlasí.",
     ("Myslivecký spolek Hubert Vranov, z.s.",), ("Hubert Vranov",)),
]


@pytest.mark.parametrize(("text", "present", "absent"), [pytest.param(*r[1:], id=r[0]) for r in PATRONS])
def test_patron_named_association(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions("cs", text, present, absent)


PATRON_PEOPLE = [  # (id, text, person expected or None)
    ("patron-not-person", "Nájemcem honitby je Myslivecký spolek Hubert Vranov, z.s., který souhlasí.", None),
    ("person-outside-name", "Zprávu přednesl Hubert Vranov, předseda spolku.", "Hubert Vranov"),
    ("person-before-body", "Za Myslivecký spolek Lipová, z.s., hovořil Hubert Vranov.", "Hubert Vranov"),
]


@pytest.mark.parametrize(("text", "person"), [pytest.param(*r[1:], id=r[0]) for r in PATRON_PEOPLE])
def test_patron_is_no_person(text: str, person: str | None) -> None:
    names = people_names(paragraphs(text), "cs")
    assert (person in names) if person else not any("Hubert" in n for n in names), names


SHORT_DEFS = [  # (id, lang, text, present, absent)
    ("cs-short-or-role", "cs", "Nájemcem je Myslivecký spolek Bukovina Lhota, z.s. (dále jen „MS Bukovina“ nebo "
     "„nájemce“). // Nájemné uhradil MS Bukovina včas.", ("MS Bukovina",), ("nájemce",)),
    ("en-short-or-role", "en", 'The contract was awarded to Hillcrest Water Services Ltd (hereinafter "Hillcrest '
     'Water" or "the Contractor"). // Hillcrest Water will start on site in May.', ("Hillcrest Water",),
     ("the Contractor",)),
    ("cs-role-only", "cs", "Nájemcem je Myslivecký spolek Bukovina Lhota, z.s. (dále jen „nájemce“), který souhlasí.",
     ("Myslivecký spolek Bukovina Lhota, z.s.",), ("nájemce",)),
    ("cs-no-marker", "cs", "Dotaci obdržel Spolek Lipka Dolany, z.s. (předseda „Jan Malý“) na tábor.",
     ("Spolek Lipka Dolany, z.s.",), ("Jan Malý",)),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), [pytest.param(*r[1:], id=r[0]) for r in SHORT_DEFS])
def test_defined_short_names(lang: str, text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions(lang, text, present, absent)


def _doc(title: str, *lines: str) -> Any:
    blocks: list[Block] = [_h(title), *(_p(x) for x in lines), _h("1. Zahájení"),
                           _p("Jednání zahájil předsedající v 18:00 hodin.")]
    return blocks_doc(*blocks)


ORGANS = [  # (id, title, lines, expected lists)
    ("vh-vybor", "Zápis z valné hromady Honebního společenstva Lipová",
     ("Přítomni: členové podle prezenční listiny", "Za výbor: Jan Malý (starosta), Petr Velký (jednatel)",
      "Za kontrolní komisi: Eva Tichá (předsedkyně)", "Hosté: Ing. Karel Dlouhý (starosta obce Lipová)"),
     _l("Jan Malý; Petr Velký; Eva Tichá", "", "Karel Dlouhý")),
    ("cs-revizni", "Zápis z členské schůze Zahrádkářského spolku Lipová",
     ("Za výbor: Jana Nová, Karel Starý", "Za revizní komisi: Josef Krátký"),
     _l("Jana Nová; Karel Starý; Josef Krátký")),
    # negatives: another organ's people at an organ's meeting, another body's people at an assembly
    ("dr-predstavenstvo", "Zápis z jednání dozorčí rady společnosti Teplo Lipová a.s.",
     ("Přítomni: Jan Malý, Petr Velký, Eva Tichá", "Za představenstvo: Ing. Karel Dlouhý, předseda představenstva"),
     _l("Jan Malý; Petr Velký; Eva Tichá", "", "Karel Dlouhý")),
    ("vh-za-obec", "Zápis z valné hromady Honebního společenstva Lipová",
     ("Za výbor: Jan Malý, Petr Velký", "Za obec: Ing. Karel Dlouhý, starosta"),
     _l("Jan Malý; Petr Velký", "", "Karel Dlouhý")),
    ("rada-za-vybor", "Zápis z jednání rady obce Lipová",
     ("Přítomni: Jan Malý, Petr Velký, Eva Tichá", "Za výbor: Ing. Karel Dlouhý"),
     _l("Jan Malý; Petr Velký; Eva Tichá", "", "Karel Dlouhý")),
]


@pytest.mark.parametrize(("title", "lines", "expected"), [pytest.param(*r[1:], id=r[0]) for r in ORGANS])
def test_assembly_organs_attend(title: str, lines: tuple[str, ...], expected: dict[str, Any]) -> None:
    assert attendance_lists(meeting_of(_doc(title, *lines), "cs")) == expected


def _en_doc(*blocks: Block) -> Any:
    return blocks_doc(_h("Minutes of the Working Group on Data Formats"), *blocks, _h("1. Opening"),
                      _p("The convenor opened the call at 14:00."))


SECTIONS = [  # (id, lang, blocks, expected lists)
    ("en-participants-groups", "en", (_h("Participants"), _b("Project editor: Jane Roe (University of Eastfield)"),
                                      _b("National delegates: Tom Hale (DIN); Ann Moss (BSI)"),
                                      _b("Observers: Kim Lee (Open Data Forum)"), _b("Apologies: Bob Ray (SIS)")),
     _l("Ann Moss; Jane Roe; Tom Hale", "Bob Ray", "Kim Lee")),
    ("en-participants-chair-first", "en", (_h("Participants"),
                                           _b("Co-chairs: Jane Roe (Eastfield Ltd); Tom Hale (DIN)"),
                                           _b("Project editor: Ann Moss (University of Eastfield)"),
                                           _b("Member organisations: Kim Lee (Westbrook Instruments Co., Ltd.); "
                                              "Ray Dunn (Kestrel Metering plc); Eve Hart (Ondaria Networks S.L.); "
                                              "Ian Cole (Lower Vistula University of Technology)"),
                                           _b("Regrets: Bob Ray (SIS)")),
     _l("Ann Moss; Eve Hart; Ian Cole; Jane Roe; Kim Lee; Ray Dunn; Tom Hale", "Bob Ray")),
    ("cs-ucastnici-groups", "cs", (_h("Účastníci"), _b("Zpravodaj: Ing. Jan Malý (Krajský úřad)"),
                                   _b("Členové pracovní skupiny: Jana Nová; Petr Starý"), _b("Omluveni: Eva Tichá")),
     _l("Jan Malý; Jana Nová; Petr Starý", "Eva Tichá")),
    # negatives: the same shape under an item heading, a note line in the section, a vote in the body
    ("en-item-heading", "en", (_h("Present"), _b("Jane Roe"), _b("Tom Hale"), _h("3. Action items"),
                               _b("Project editor: Jane Roe to circulate the draft by Friday")),
     _l("Jane Roe; Tom Hale")),
    ("en-long-prose-line", "en", (_h("Attendance"), _b("Jane Roe"), _b("Tom Hale"),
                                  _p("The chair noted that several members had sent apologies; the quorum was "
                                     "reached at 14:10 once the delegates from the national bodies had joined the "
                                     "call, and the agenda was adopted without change; Ann Moss (BSI) asked about the "
                                     "schedule.")),
     _l("Jane Roe; Tom Hale")),
    ("en-observer-remark", "en", (_h("Participants"), _b("Jane Roe, Eastfield Ltd (co-chair)"),
                                  _b("Tom Hale, DIN"), _b("Kim Lee, Open Data Forum (observer)")),
     _l("Jane Roe; Tom Hale", "", "Kim Lee")),
    ("en-guest-office-not-remark", "en", (_h("Participants"), _b("Jane Roe, Guest Services Manager"),
                                          _b("Tom Hale, DIN")),
     _l("Jane Roe; Tom Hale")),
    ("en-observer-absent", "en", (_p("Present: Jane Roe, Tom Hale"),
                                  _p("Apologies: Kim Lee (Open Data Forum, observer)")),
     _l("Jane Roe; Tom Hale", "Kim Lee")),
    ("en-guest-after-next-name", "en", (_p("Present: Jane Roe, Tom Hale, Kim Lee (guest)"),),
     _l("Jane Roe; Tom Hale", "", "Kim Lee")),
    ("en-note-line", "en", (_h("Attendance"), _b("Jane Roe"), _b("Tom Hale"), _b("Note: the meeting was quorate")),
     _l("Jane Roe; Tom Hale")),
    ("en-roll-call-vote", "en", (_p("Present: Trustees Jane Roe, Tom Hale, Ann Moss"), _h("4. Budget"),
                                 _p("Trustee Roe moved to adopt the budget. Roll call: Ayes – Roe, Hale; Nays – Moss. "
                                    "Carried 2-1.")),
     _l("Ann Moss; Jane Roe; Tom Hale")),
    ("en-roll-call-absent", "en", (_p("Present: Trustees Jane Roe, Tom Hale"), _p("Absent: Trustee Ann Moss"),
                                   _h("4. Budget"),
                                   _p("Trustee Roe moved to adopt the budget. Roll call: Ayes – Roe, Hale. Absent – "
                                      "Moss. Carried 2-0.")),
     _l("Jane Roe; Tom Hale", "Ann Moss")),
]


@pytest.mark.parametrize(("lang", "blocks", "expected"), [pytest.param(*r[1:], id=r[0]) for r in SECTIONS])
def test_participant_sections(lang: str, blocks: tuple[Block, ...], expected: dict[str, Any]) -> None:
    doc = _en_doc(*blocks) if lang == "en" else blocks_doc(_h("Zápis z jednání pracovní skupiny pro dopravu"),
                                                           *blocks, _h("1. Zahájení"), _p("Jednání zahájil předseda."))
    assert attendance_lists(meeting_of(doc, lang)) == expected


US_BODIES = [  # (id, text, present, absent)
    ("library-system", "Delivery cuts were announced by the Prairie Lakes Library System (PLLS) last month.",
     ("Prairie Lakes Library System",), ()),
    ("health-system", "The Cedar Hills Health System will host the vaccination clinic in May.",
     ("Cedar Hills Health System",), ()),
    ("state-comptroller", "The audit report was filed with the Ohio Comptroller on time.", ("Ohio Comptroller",), ()),
    # negatives: a thing called a system, an office before a name, an office alone
    ("security-system", "The new Northgate Security System was installed in the lobby.", (), ("Security System",)),
    ("records-system", "Staff moved the files to the Integrated Records System last week.", (), ("Records System",)),
    ("comptroller-alone", "The Comptroller asked for the figures by Friday.", (), ("Comptroller",)),
]


@pytest.mark.parametrize(("text", "present", "absent"), [pytest.param(*r[1:], id=r[0]) for r in US_BODIES])
def test_us_compound_bodies(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions("en", text, present, absent)


INITIALS = [  # (id, text, present, absent)
    ("hyphen-given", "Jean-Luc Marchand (JLM), Halden Instruments Ltd, attended. // JLM agreed to draft the note.",
     ("Halden Instruments Ltd",), ("JLM",)),
    ("double-surname", "Ana Ribeiro Costa (ARC), Tejo Networks S.A., attended. // ARC reported on the test.",
     ("Tejo Networks S.A.",), ("ARC",)),
    # negatives: a body's acronym after a person stays the body
    ("body-after-person", "Jean-Luc Marchand (BSI) attended. // BSI supported the proposal.", ("BSI",), ()),
    ("not-their-initials", "Ana Ribeiro Costa (DIN) attended. // DIN supported the proposal.", ("DIN",), ()),
]


@pytest.mark.parametrize(("text", "present", "absent"), [pytest.param(*r[1:], id=r[0]) for r in INITIALS])
def test_hyphenated_initials(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions("en", text, present, absent)


PARTY_BRACKETS = [  # (id, text, present, absent)
    ("for-acronym", "Jane Roe (for BSI) and Tom Hale objected to the proposal.", ("BSI",), ("for BSI",)),
    ("representing-firm", "Ann Moss (representing Halden Instruments Ltd) asked for more time.",
     ("Halden Instruments Ltd",), ("representing Halden Instruments Ltd",)),
    # negatives: a role in the bracket, a lower-case party
    ("for-role", "Jane Roe (for the minutes) joined at 10:05.", (), ("the minutes",)),
    ("on-behalf-lower", "Tom Hale (on behalf of the applicant) answered the questions.", (), ("the applicant",)),
]


@pytest.mark.parametrize(("text", "present", "absent"), [pytest.param(*r[1:], id=r[0]) for r in PARTY_BRACKETS])
def test_party_brackets(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions("en", text, present, absent)


ONE_WORD = [  # (id, text, present, absent)
    ("declined-one-word", "Dotaci obdrží Kotva, z. ú., na terénní program. // Komise přijala zprávu Kotvy, z. ú., "
     "bez výhrad. // Spolupráce s Kotvou, z. ú., pokračuje.", ("Kotva, z. ú.",), ()),
    ("declined-firm", "Opravu provede Alfa a.s. v květnu. // Nabídku Alfy a.s. rada přijala.", ("Alfa a.s.",), ()),
    # negatives: different legal forms, different stems
    ("other-form", "Opravu provede Alfa a.s. v květnu. // Nabídku podala i Alfa s.r.o. z Lipové.",
     ("Alfa a.s.", "Alfa s.r.o."), ()),
    ("other-stem", "Dotaci obdrží Kotva, z. ú. // Dotaci obdrží i Kotek, z. ú.", ("Kotva, z. ú.", "Kotek, z. ú."), ()),
]


@pytest.mark.parametrize(("text", "present", "absent"), [pytest.param(*r[1:], id=r[0]) for r in ONE_WORD])
def test_one_word_declined(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions("cs", text, present, absent)


MONTHS = [  # (id, text, present, absent)
    ("by-dec", "The Business Manager will open the account by Dec. 31, 2025. // The Clerk will file it by Dec. 30.",
     (), ("Dec",)),
    ("from-sept", "The new hours start from Sept. 1 and the policy applies from Sept. 15.", (), ("Sept",)),
    # negatives: a body acting in the same sentence is kept
    ("body-by-date", "The Marlow Housing Trust will reply by Dec. 31, 2025.", ("Marlow Housing Trust",), ("Dec",)),
    ("acronym-by-date", "A reply from HMRC is expected by Jan. 15; HMRC confirmed receipt.", ("HMRC",), ("Jan",)),
]


@pytest.mark.parametrize(("text", "present", "absent"), [pytest.param(*r[1:], id=r[0]) for r in MONTHS])
def test_month_short_forms(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions("en", text, present, absent)


COUNTY_OFFICERS = [  # (id, text, present, absent)
    ("county-clerk", "The levy ordinance will be filed with the Marlow County Clerk by December 20.",
     ("Marlow County Clerk",), ()),
    ("county-treasurer", "The first tax distribution from the Dunmore County Treasurer arrived on May 3.",
     ("Dunmore County Treasurer",), ()),
    ("county-assessor", "Updated valuations were received from the Ashby County Assessor last week.",
     ("Ashby County Assessor",), ()),
    # negatives: the office alone or before a person's name, a deputy, a town's clerk
    ("clerk-alone", "The County Clerk asked for the signed copy by Friday.", (), ("County Clerk",)),
    ("clerk-person", "Clerk Jane Moss read the minutes of the last meeting.", (), ("Clerk",)),
    ("treasurer-alone", "The Treasurer reported a balance of $4,000 in the operating fund.", (), ("Treasurer",)),
    ("deputy-clerk", "The Deputy Clerk will post the agenda on the website.", (), ("Deputy Clerk",)),
]


@pytest.mark.parametrize(("text", "present", "absent"), [pytest.param(*r[1:], id=r[0]) for r in COUNTY_OFFICERS])
def test_us_county_officers(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions("en", text, present, absent)


FOREST_BRANCHES = [  # (id, text, present, absent)
    ("lesni-sprava", "Odpověď k žádosti zašle Lesní správa Boreč do konce května.", ("Lesní správa Boreč",), ()),
    ("lesni-spravy-gen", "Starosta ověří stav porostu u Lesní správy Boreč.", ("Lesní správa Boreč",), ()),
    ("lesni-zavod", "Těžbu kalamitního dřeva provede Lesní závod Hořice v zimě.", ("Lesní závod Hořice",), ()),
    # negatives: the common nouns in lower case or with no name after them
    ("sprava-lower", "Obec řeší lesní správu svých pozemků sama.", (), ("Lesní správa",)),
    ("sprava-no-name", "Lesní správa obecních pozemků je svěřena hajnému.", (), ("Lesní správa",)),
    ("zavod-no-name", "Lesní závod v obci byl zrušen již dávno.", (), ("Lesní závod",)),
]


@pytest.mark.parametrize(("text", "present", "absent"), [pytest.param(*r[1:], id=r[0]) for r in FOREST_BRANCHES])
def test_forest_branches(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions("cs", text, present, absent)


def _board_doc(*lines: str) -> Any:
    return blocks_doc(_h("Minutes of the Regular Meeting of the Board of Trustees of the Elmbrook Public Library"),
                      *(_p(x) for x in lines), _h("1. Call to Order"), _p("The President called the meeting to order."))


OWN_STAFF = [  # (id, lines, expected lists)
    ("staff-present", ("Present: Trustees Jane Roe, Tom Hale, Ann Moss",
                       "Staff present: Kim Lee, Library Director; Ray Dunn, Business Manager"),
     _l("Ann Moss; Jane Roe; Kim Lee; Ray Dunn; Tom Hale")),
    ("staff-bare", ("Present: Jane Roe, Tom Hale", "Staff: Kim Lee, Director; Ray Dunn, Finance Officer"),
     _l("Jane Roe; Kim Lee; Ray Dunn; Tom Hale")),
    ("city-staff", ("Present: Jane Roe, Tom Hale", "City Staff Present: Kim Lee, City Planner"),
     _l("Jane Roe; Kim Lee; Tom Hale")),
    # negatives: guests, the public, another party's staff, a mixed row and the absent keep their lists
    ("also-present", ("Present: Jane Roe, Tom Hale", "Also present: Kim Lee, auditor"),
     _l("Jane Roe; Tom Hale", "", "Kim Lee")),
    ("in-attendance", ("Present: Jane Roe, Tom Hale", "In attendance: Kim Lee (Clerk to the Board)"),
     _l("Jane Roe; Tom Hale", "", "Kim Lee")),
    ("agency-staff", ("Present: Jane Roe, Tom Hale", "Agency staff: Kim Lee, Program Analyst"),
     _l("Jane Roe; Tom Hale", "", "Kim Lee")),
    ("staff-and-guests", ("Present: Jane Roe, Tom Hale", "Staff and guests: Kim Lee; Ray Dunn"),
     _l("Jane Roe; Tom Hale", "", "Kim Lee; Ray Dunn")),
    ("staff-absent", ("Present: Jane Roe, Tom Hale", "Absent: Kim Lee"), _l("Jane Roe; Tom Hale", "Kim Lee")),
    ("agency-initialism-staff", ("Present: Jane Roe, Tom Hale", "EPA Staff: Kim Lee, Program Analyst; Ray Dunn"),
     _l("Jane Roe; Tom Hale", "", "Kim Lee; Ray Dunn")),
    ("agency-initialism-staff-present", ("Present: Jane Roe, Tom Hale", "DEP staff present: Kim Lee"),
     _l("Jane Roe; Tom Hale", "", "Kim Lee")),
]


@pytest.mark.parametrize(("lines", "expected"), [pytest.param(*r[1:], id=r[0]) for r in OWN_STAFF])
def test_own_staff_attend(lines: tuple[str, ...], expected: dict[str, Any]) -> None:
    assert attendance_lists(meeting_of(_board_doc(*lines), "en")) == expected


CO_CHAIRS = [  # (id, lines, expected lists)
    ("co-chairs-field", ("Chair: Jane Roe (co-chair); Tom Hale (co-chair)", "Present: Ann Moss, Kim Lee"),
     _l("Ann Moss; Jane Roe; Kim Lee; Tom Hale")),
    ("co-chair-joined-late", ("Chair: Jane Roe (co-chair); Tom Hale (co-chair) joined at 10:40",
                              "Present: Ann Moss"), _l("Ann Moss; Jane Roe; Tom Hale")),
    # negatives: a second part that is no co-chair, or names nobody
    ("second-part-affiliation", ("Chair: Jane Roe (Eastfield Ltd); Tom Hale (DIN)", "Present: Ann Moss"),
     _l("Ann Moss; Jane Roe")),
    ("second-part-remark", ("Chair: Jane Roe (co-chair); agenda circulated in advance", "Present: Ann Moss"),
     _l("Ann Moss; Jane Roe")),
]


@pytest.mark.parametrize(("lines", "expected"), [pytest.param(*r[1:], id=r[0]) for r in CO_CHAIRS])
def test_co_chairs_attend(lines: tuple[str, ...], expected: dict[str, Any]) -> None:
    assert attendance_lists(meeting_of(_en_doc(*(_p(x) for x in lines)), "en")) == expected
