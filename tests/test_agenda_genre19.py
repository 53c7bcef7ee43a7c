"""Agenda items and their presenters (round 19), written from knowledge of the genre before reading any failure.
Names, bodies and case numbers are invented.

(a) US boards number their order of business in sections (roman or arabic); a "Public Hearings" section letters
its hearings as sub-headings, and the section and each hearing are items (each hearing is noticed and held on
its own record). Negatives: lettered parts of "Old/New Business" or "Committee Reports" (parts of one item, the
corpus convention), bold lettered paragraphs with no heading level, lettered conditions of approval inside a
motion, roll-call vote lines, a "Page x of y" footer.

(b) Who presents an item, by role: a staff member listed in the header with an office ("Staff Present: Greta
Lind, Senior Planner") presents when the item's first sentence has that office or that name as its subject
("The Senior Planner presented the staff report", "Staff (GL) presented ..."); a union branch's officers are
listed with office and initials ("Grace Pell (Branch Secretary, GP)") and the body calls them by the office.
Czech management meetings list people with an abbreviation of their post in brackets ("Ing. T. Brož (EN)") and
then write the abbreviation alone as the subject. Negatives: a commissioner who only asks, an applicant or a
public speaker, a role nobody listed holds, a speaker in a later paragraph only.
"""

from __future__ import annotations

import pytest
from docbuild import blocks_doc
from docbuild import heading as _h
from docbuild import para as _p
from genre_rows import named_params, same_people

from minutes_nlp.document import BlockKind, Document, DocumentBuilder, Source
from minutes_nlp.extract import agenda, metadata
from minutes_nlp.extract.presenter_roster import with_listed_presenters

_EN_HEAD = (_h("Minutes of the Harlow Springs Planning Commission"), _p("Date: May 6, 2026"),
            _p("Commissioners Present: Linda Marsh, Tom Okoro, Ray Duffy"),
            _p("Staff Present: Greta Lind, Senior Planner; Paul Reyes, City Engineer"))


def _items(lang: str, *blocks: tuple) -> list:
    doc = blocks_doc(*blocks)
    items = agenda.extract_agenda(doc, lang)
    return list(with_listed_presenters(items, metadata.extract_meeting(doc, lang)))


def _numbers(lang: str, *blocks: tuple) -> list[str]:
    return [str(i.number) for i in _items(lang, *blocks)]


def _levelled(*blocks: tuple[str, str, int | None]) -> Document:
    """A DOCX-like document of (kind, text, heading level) blocks: real headings carry their level."""
    b = DocumentBuilder(Source("x.docx", "0", "docx"))
    for kind, text, level in blocks:
        b.add(BlockKind(kind), text, level=level)
    return b.build()


def _hearing_doc(section: str, subs_level: int | None) -> Document:
    return _levelled(("heading", "Minutes of the Harlow Springs Planning Commission", 1),
                     ("paragraph", "Commissioners Present: Linda Marsh, Tom Okoro, Ray Duffy", None),
                     ("heading", "I. CALL TO ORDER", 2), ("paragraph", "The Chair called the meeting to order.", None),
                     ("heading", f"II. {section}", 2),
                     ("heading", "A. CUP-26-003 – Conditional Use Permit, 12 Oak Lane", subs_level),
                     ("paragraph", "The Senior Planner presented the staff report.", None),
                     ("heading", "B. RZ-26-001 – Rezoning, 400 Mill Road", subs_level),
                     ("paragraph", "The City Engineer presented the report.", None),
                     ("heading", "III. ADJOURNMENT", 2), ("paragraph", "The meeting adjourned at 8 p.m.", None))


# (id, section heading, level of the lettered headings, item numbers)
LETTERED = [
    ("hearings-subheadings", "PUBLIC HEARINGS", 3, ["I", "II", "II.A", "II.B", "III"]),
    ("quasi-judicial-hearings", "QUASI-JUDICIAL HEARINGS", 3, ["I", "II", "II.A", "II.B", "III"]),
    ("new-business-parts", "NEW BUSINESS", 3, ["I", "II", "III"]),
    ("bold-paragraphs-no-level", "NEW BUSINESS", None, ["I", "II", "III"]),
    ("same-level-as-section", "PUBLIC HEARINGS", 2, ["I", "II", "III"]),
    ("committee-reports-round", "COMMITTEE REPORTS", 3, ["I", "II", "III"]),
]


@pytest.mark.parametrize(("section", "level", "numbers"), named_params(LETTERED))
def test_us_section_with_lettered_subitems(section: str, level: int | None, numbers: list[str]) -> None:
    assert [str(i.number) for i in agenda.extract_agenda(_hearing_doc(section, level), "en")] == numbers


# (id, sub-headings of "5. Officers' reports" or "5. Reports", item numbers): numbered sub-items are items, also
# when they name who reports (the corpus convention, tests/test_agenda_genre.py "Zprávy výborů")
ROUNDS = [
    ("officers-by-office", "Officers' reports", ["5.1 Secretary", "5.2 Treasurer", "5.3 Welfare"],
     ["4", "5", "5.1", "5.2", "5.3", "6"]),
    ("papers-under-reports", "Reports", ["5.1 Annual accounts report", "5.2 Internal audit – Payroll review"],
     ["4", "5", "5.1", "5.2", "6"]),
    ("matters-under-business", "New business", ["5.1 Secretary", "5.2 Treasurer"], ["4", "5", "5.1", "5.2", "6"]),
]


@pytest.mark.parametrize(("parent", "subs", "numbers"), named_params(ROUNDS))
def test_reports_round_keeps_its_parts(parent: str, subs: list[str], numbers: list[str]) -> None:
    parts = [blk for s in subs for blk in (_h(s), _p("GP reported that the figures were on track."))]
    doc = blocks_doc(*_TU_HEAD, _h("4. Minutes"), _p("Agreed."), _h(f"5. {parent}"), *parts,
                     _h("6. Any other business"), _p("None."))
    assert [str(i.number) for i in agenda.extract_agenda(doc, "en")] == numbers


# (id, paragraphs inside item 2) that must not add items
EN_NOT_ITEMS = [
    ("lettered-conditions", ["MOTION by Commissioner Okoro to approve subject to the conditions:",
                             "a. The applicant shall submit a drainage plan.",
                             "b. Hours of operation shall end at 9 p.m."]),
    ("roll-call-votes", ["Roll call vote:", "Marsh – Aye", "Okoro – Aye", "Duffy – Nay", "Motion carried 2-1."]),
    ("page-footer", ["The Commission discussed the parking ratio.", "Page 2 of 4"]),
    ("ayes-nays-lines", ["AYES: Marsh, Okoro", "NAYS: Duffy", "ABSTAIN: None"]),
]


@pytest.mark.parametrize("paras", named_params(EN_NOT_ITEMS))
def test_us_lines_inside_an_item_are_no_items(paras: list[str]) -> None:
    got = _numbers("en", *_EN_HEAD, _h("1. Call to Order"), _p("The Chair called the meeting to order."),
                   _h("2. Public Hearing – 12 Oak Lane"), *[_p(x) for x in paras],
                   _h("3. Adjournment"), _p("Adjourned."))
    assert got == ["1", "2", "3"]


_TU_HEAD = (_h("Minutes of the Branch Committee"), _p("Date: 14 May 2026"),
            _p("Present: Grace Pell (Branch Secretary, GP), Sam Kerr (Treasurer, SK), Ian Holt (Chair, IH), "
               "Rita Moss (Welfare Officer, RM)"))
_CS_HEAD = (_h("Porada vedení – zápis č. 7/2026"), _p("Datum: 3. 3. 2026"),
            _p("Přítomni: MUDr. K. Dvořák (Ř), Ing. T. Brož (EN), Mgr. H. Svobodová (NOP), Ing. L. Kos (TN)"))

# (id, language, header, item heading, item paragraphs, presenters)
PRESENTERS = [
    ("us-staff-office-subject", "en", _EN_HEAD, "2. Variance – 9 Birch Court",
     ["The Senior Planner presented the staff report and recommended approval."], ("Greta Lind",)),
    ("us-staff-name-subject", "en", _EN_HEAD, "2. Street vacation – Elm Alley",
     ["Paul Reyes, City Engineer, presented the request."], ("Paul Reyes",)),
    ("union-office-subject", "en", _TU_HEAD, "2. Treasurer's report",
     ["The Treasurer reported that subscriptions were up on last year."], ("Sam Kerr",)),
    ("union-initials-subject", "en", _TU_HEAD, "2. Casework",
     ["RM reported on three open grievances."], ("Rita Moss",)),
    ("union-secretary-office", "en", _TU_HEAD, "2. Correspondence",
     ["The Branch Secretary reported on letters received from the employer."], ("Grace Pell",)),
    ("cs-abbreviation-subject", "cs", _CS_HEAD, "2. Hospodaření za únor",
     ["EN informoval o hospodaření za únor, výsledek je mírně kladný."], ("T. Brož",)),
    ("cs-abbreviation-predstavila", "cs", _CS_HEAD, "2. Personální situace",
     ["NOP představila stav obsazení sesterských míst."], ("H. Svobodová",)),
]

# rows shaped like the ones above whose item has no presenter
NO_PRESENTER = [
    ("us-commissioner-asks", "en", _EN_HEAD, "2. Variance – 9 Birch Court",
     ["Commissioner Duffy asked whether the fence would block sight lines."], ()),
    ("us-public-speaker", "en", _EN_HEAD, "2. Public Comment",
     ["Ann Beck, 112 Elm Street, spoke about traffic on Mill Road."], ()),
    ("us-applicant-described", "en", _EN_HEAD, "2. Variance – 9 Birch Court",
     ["The applicant's architect described the design."], ()),
    ("union-office-nobody-holds", "en", _TU_HEAD, "2. Education",
     ["The Education Officer reported that two courses were full."], ()),
    ("union-later-paragraph-only", "en", _TU_HEAD, "2. Any other business",
     ["No other business was raised.", "SK reminded members about the social."], ()),
    ("cs-abbreviation-object", "cs", _CS_HEAD, "2. Hospodaření za únor",
     ["Ředitel požádal EN o přípravu rozboru."], ()),
    ("cs-unknown-abbreviation", "cs", _CS_HEAD, "2. Zdravotnická technika",
     ["OKB informovalo o poruše analyzátoru."], ()),
    ("cs-abbreviation-asks", "cs", _CS_HEAD, "2. Stravování",
     ["TN se dotázal, zda dodavatel stravy dodrží cenu."], ()),
]


@pytest.mark.parametrize(("lang", "head", "heading", "paras", "want"), named_params(PRESENTERS + NO_PRESENTER))
def test_presenter_by_listed_office_or_abbreviation(lang: str, head: tuple, heading: str, paras: list[str],
                                                      want: tuple[str, ...]) -> None:
    first = ("1. Zahájení", "Poradu zahájil ředitel.") if lang == "cs" else ("1. Welcome", "The Chair opened.")
    last = ("3. Různé", "Nic.") if lang == "cs" else ("3. Close", "Closed at 9 p.m.")
    items = _items(lang, *head, _h(first[0]), _p(first[1]), _h(heading), *[_p(x) for x in paras],
                   _h(last[0]), _p(last[1]))
    assert same_people(tuple(items[1].presenters), want), items[1].presenters


# (c) A US hearing item is written in labelled parts: "Applicant:" names the party (a firm, its representative),
# "Staff report:" opens the staff presentation, then the applicant's statement and public comment, whose
# speakers are introduced by a street address. The staff member after the presentation label presents the
# item whatever the verb; the applicant, its representative and the public present nothing. An opening item
# is presented by whoever "called the (regular) meeting (of the Commission) to order".
# (id, paragraphs of the hearing item, presenters)
HEARING = [
    ("staff-report-stated", ["Applicant: Ridgeline Homes LLC. The Chair opened the hearing at 6:40 p.m.",
                             "Staff report: Ms. Lind stated that the request meets the zoning code."], ("Greta Lind",)),
    ("staff-report-office-name", ["Staff report: Senior Planner Greta Lind summarised the application."],
     ("Greta Lind",)),
    ("representative-described", ["Applicant: Ridgeline Homes LLC, represented by Sara Quill of Quill Design.",
                                  "Staff report: Mr. Reyes explained the drainage plan.",
                                  "Ms. Quill described the site layout and the landscaping."], ("Paul Reyes",)),
    ("address-speaker-only", ["Ann Beck, 112 Elm Street, described the traffic on her street."], ()),
    ("address-speaker-after-staff", ["Greta Lind presented the staff report.",
                                     "Tom Ruiz, 9 Alder Court, presented a petition with 40 signatures."],
     ("Greta Lind",)),
    ("applicant-label-person-only", ["Applicant: Ann Beck. The hearing was opened at 7:05 p.m."], ()),
]


@pytest.mark.parametrize(("paras", "want"), named_params(HEARING))
def test_hearing_parts(paras: list[str], want: tuple[str, ...]) -> None:
    items = _items("en", *_EN_HEAD, _h("1. Call to Order"), _p("The Chair opened."),
                   _h("2. Case No. V-26-004 – Variance, 9 Birch Court"), *[_p(x) for x in paras],
                   _h("3. Adjournment"), _p("Adjourned."))
    assert same_people(tuple(items[1].presenters), want), items[1].presenters


# (id, opening sentence, presenters of "Call to Order")
OPENING = [
    ("regular-meeting-of-body", "Chair Marsh called the regular meeting of the Planning Commission to order at 6 p.m.",
     ("Linda Marsh",)),
    ("special-meeting", "Chair Marsh called the special meeting to order at 6 p.m.", ("Linda Marsh",)),
    ("passive-no-agent", "The regular meeting was called to order at 6 p.m.", ()),
    ("called-roll-not-order", "The Recording Secretary called the roll of all members present.", ()),
]


@pytest.mark.parametrize(("text", "want"), named_params(OPENING))
def test_called_the_meeting_to_order(text: str, want: tuple[str, ...]) -> None:
    head = (*_EN_HEAD[:2], _p("Commissioners Present: Chair Linda Marsh, Tom Okoro, Ray Duffy"))
    items = _items("en", *head, _h("1. Call to Order"), _p(text), _h("2. Minutes"), _p("Approved."))
    assert same_people(tuple(items[0].presenters), want), items[0].presenters
