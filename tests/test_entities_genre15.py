"""Round 15 genre inventory of people and institutions, written from knowledge of real minutes (Indian university
and government boards, Czech public procurement committees, cross-border and euroregional bodies, Scottish and
UK local bodies) before the rows were checked against any document. Names and sentences are our own.

(a) Indian personal names: honorifics ("Shri", "Smt.", "Kum.", "Thiru", "Tmt."), several initials before a
surname ("K. R. Menon") and initials before a two-word personal name ("M. Ravi Chandran"), degrees written with
dots after or in running text ("M.Sc.", "B.Ed."). Negatives are what stands in the same shape and is no person: a
degree or course ("M.Sc. programme"), a serial number ("S. No."), a country or a body opened by an honorific-like
word ("Sri Lanka", "Sri X University", "Shri Y College"), a campus or an address.
(b) Bidders in procurement minutes are numbered ("účastník č. 3 X s.r.o.", "Bidder No. 2 Y Ltd", a table row
"2 | Z a.s."): the number and the noun before it are no part of the firm's name.
"""

from __future__ import annotations

import pytest
from genre_rows import check_institutions, institutions

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.result import MeetingInfo


def _people(lang: str, text: str) -> set[str]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    for p in text.split(" // "):
        b.add(BlockKind.PARAGRAPH, p)
    return {p.name for p in extract_entities(b.build(), lang, MeetingInfo(), ()).people}


# (a) Indian personal names -----------------------------------------------------------------------------------------

PEOPLE_EN = [  # (id, text, expected people)
    ("two-initials-honorific", "Shri K. R. Menon (Chairperson) welcomed the members.", {"K. R. Menon"}),
    ("two-initials-degree-after", "Dr. A. K. Sharma, Ph.D., presented the audit report.", {"A. K. Sharma"}),
    ("initial-two-word-name", "Dr. M. Ravi Chandran, Associate Professor, proposed the change.", {"M. Ravi Chandran"}),
    ("two-initials-two-words", "Prof. S. P. Gopal Rao placed the scheme before the Board.", {"S. P. Gopal Rao"}),
    ("smt-given-surname", "Smt. Lakshmi Narayanan, Deputy Registrar, read the report.", {"Lakshmi Narayanan"}),
    ("sri-initial", "Sri T. Venugopal, Joint Director, attended the meeting.", {"T. Venugopal"}),
    ("kum-given", "Kum. Divya Prakash was nominated as the student representative.", {"Divya Prakash"}),
    ("thiru-initial", "Thiru R. Selvaraj, Executive Engineer, explained the estimate.", {"R. Selvaraj"}),
    ("initial-name-repeated", "Dr. P. Hari Prasad raised the matter. // Dr. P. Hari Prasad agreed to circulate it.",
     {"P. Hari Prasad"}),
    ("listed-two-initials", "Members present: Prof. B. N. Rao; Dr. V. Kamala Devi", {"B. N. Rao", "V. Kamala Devi"}),
    ("staff-line", "Council staff: R Tawhiri (Governance Advisor); M Oduya (Community Advisor)",
     {"R. Tawhiri", "M. Oduya"}),
    ("staff-in-attendance", "Staff in attendance: K Brannigan (Clerk); L Osei (Finance Officer)",
     {"K. Brannigan", "L. Osei"}),
    ("special-invitee", "Special Invitee: Dr. Rekha Bhat, Deputy Registrar (Evaluation)", {"Rekha Bhat"}),
    # negatives: the same shapes that are no person
    ("count-in-attendance", "Present: Two members of the public and the press", set()),
    ("count-guests", "Guests: Several residents of Mill Lane", set()),
    ("officials-posts", "Officials: Mr T. Lenihan, Senior Engineer, Roads and Transportation", {"T. Lenihan"}),
    ("degree-in-text", "The M.Sc. and B.Sc. syllabi were approved for the next year.", set()),
    ("degree-ed", "Admissions to the B.Ed. and M.Ed. courses will close in June.", set()),
    ("serial-number", "S. No. 4 of the list was deferred.", set()),
    ("country-sri-lanka", "Two delegates from Sri Lanka attended the workshop.", set()),
    ("sri-university", "Sri Ranganatha University sent its nominee.", set()),
    ("shri-college", "Shri Ramdas College of Commerce hosted the seminar.", set()),
    ("campus-address", "Jnana Sagara Campus, Belagavi – 591 156", set()),
    ("phd-regulations", "The Ph.D. regulations were noted by the Council.", set()),
    ("item-no", "Item No. 5 was taken up after lunch.", set()),
    ("mphil-course", "The M.Phil. course in Economics was discontinued.", set()),
    ("lettered-item", "C. Safe Streets to School application. The motion carried.", set()),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in PEOPLE_EN])
def test_indian_names(text: str, expected: set[str]) -> None:
    assert _people("en", text) == expected


PEOPLE_CS = [  # initials in Czech minutes keep working: one or two initials, never a degree
    ("cs-two-initials", "Prof. T. G. Novotný přednesl zprávu o hospodaření.", {"T. G. Novotný"}),
    ("cs-one-initial", "Ing. J. Kratochvíl informoval o stavu prací.", {"J. Kratochvíl"}),
    ("cs-school-named-after", "Ředitel ZŠ J. A. Komenského Lipnice předložil rozpočet.", set()),
    ("cs-glued-degree", "Studijní program Ph.D. byl akreditován.", set()),
    ("cs-count-present", "Přítomni: Dva zástupci veřejnosti", set()),
    ("cs-count-guests", "Hosté: Několik občanů z Horní ulice", set()),
    ("cs-guest-named", "Hosté: Ing. Pavla Horká, Mgr. Jan Deml", {"Pavla Horká", "Jan Deml"}),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in PEOPLE_CS])
def test_czech_initials(text: str, expected: set[str]) -> None:
    assert _people("cs", text) == expected


# (b) numbered bidders ----------------------------------------------------------------------------------------------

BIDDERS = [  # (id, lang, text, present, absent)
    ("cs-ucastnik", "cs", "Komise doporučuje vyloučit účastníka č. 5 Stavby Dvořák s.r.o. ze zadávacího řízení.",
     ("Stavby Dvořák s.r.o.",), ("č. 5 Stavby Dvořák s.r.o.", "5 Stavby Dvořák s.r.o.")),
    ("cs-nabidka", "cs", "Nabídka č. 1 ALFA STAV a.s. byla vyhodnocena jako nejvýhodnější.",
     ("ALFA STAV a.s.",), ("Nabídka č. 1 ALFA STAV a.s.", "1 ALFA STAV a.s.")),
    ("cs-sentence-start", "cs", "Účastník č. 2 Pozemní stavby Kolín a.s. doložil reference.",
     ("Pozemní stavby Kolín a.s.",), ("Účastník č. 2 Pozemní stavby Kolín a.s.",)),
    ("en-bidder-no", "en", "Bidder No. 2 Harlow Build Ltd submitted the lowest price.",
     ("Harlow Build Ltd",), ("Bidder No. 2 Harlow Build Ltd", "2 Harlow Build Ltd")),
    ("en-lot", "en", "Lot 3 was awarded to Fenwick Paving Ltd after evaluation.", ("Fenwick Paving Ltd",), ()),
    # negatives: a number that is part of a firm's name written as one word stays
    ("cs-no-number", "cs", "Smlouvu podepíše společnost Vodárny Brodek a.s.", ("Vodárny Brodek a.s.",), ()),
    ("cs-address-number", "cs", "Dodavatel: Stavmont s.r.o., Lipová 12, Brodek", ("Stavmont s.r.o.",), ("12",)),
    ("en-amount-before", "en", "A payment of 4,500 to Tillford Supplies Ltd was approved.",
     ("Tillford Supplies Ltd",), ("500 Tillford Supplies Ltd",)),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"),
                         [pytest.param(*r[1:], id=r[0]) for r in BIDDERS])
def test_numbered_bidders(lang: str, text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions(lang, text, present, absent)


def test_institutions_helper_sees_paragraphs() -> None:
    assert [o.name for o in institutions("cs", "Nabídka č. 4 Kovo Brodek s.r.o. // Jiný odstavec.")] == \
        ["Kovo Brodek s.r.o."]


# (c) foreign partner bodies, association organs and EU programme bodies in Czech minutes; (d) English gazetteer
# and "Government of X" -----------------------------------------------------------------------------------------

BODIES = [  # (id, lang, text, present, absent)
    ("pl-association-instrumental", "cs", "Dohodu uzavřeme se Stowarzyszeniem Gmin Dolina Bobru do konce roku.",
     ("Stowarzyszenie Gmin Dolina Bobru",), ()),
    ("pl-office-genitive", "cs", "Stanovisko zaslal Urząd Marszałkowski Województwa Opolskiego.",
     ("Urząd Marszałkowski Województwa Opolskiego",), ()),
    ("de-two-bodies", "cs", "Landratsamt Bautzen a Stadtverwaltung Löbau zaslaly souhlasná stanoviska.",
     ("Landratsamt Bautzen", "Stadtverwaltung Löbau"), ("Landratsamt Bautzen a Stadtverwaltung Löbau",)),
    ("cs-two-ministries", "cs", "Metodiku vydaly Ministerstvo pro místní rozvoj a Ministerstvo financí.",
     ("Ministerstvo pro místní rozvoj", "Ministerstvo financí"), ()),
    ("pl-gmina-represented", "cs", "Za gminu Stara Kamienica se jednání zúčastnil pan wójt.",
     ("Gmina Stara Kamienica",), ()),
    ("general-assembly", "cs", "O přijetí nového člena rozhodne valná hromada spolku.", ("Valná hromada",), ()),
    ("audit-commission", "cs", "Revizní komise provedla kontrolu pokladní knihy.", ("Revizní komise",), ()),
    ("eu-monitoring-committee-named", "cs", "Změnu schválil Monitorovací výbor OPŽP na svém zasedání.",
     ("Monitorovací výbor OPŽP",), ()),
    ("eu-joint-secretariat", "cs", "Příručku pro žadatele zašle Společný sekretariát v Olomouci.",
     ("Společný sekretariát",), ()),
    # negatives: the same shapes that name no body
    ("cs-one-ministry-and", "cs", "Ministerstvo práce a sociálních věcí vydalo metodiku.",
     ("Ministerstvo práce a sociálních věcí",), ()),
    ("de-festival", "cs", "Stadtfest v Žitavě se uskuteční v srpnu.", (), ()),
    ("fund-programme", "cs", "Fond malých projektů podpořil čtrnáct projektů.", (), ()),
    ("monitoring-report", "cs", "Monitorovací zpráva projektu byla schválena bez připomínek.", (), ()),
    ("eu-monitoring-committee-generic", "cs", "Změnu pravidel musí schválit monitorovací výbor.", (), ()),
    ("general-assembly-event", "cs", "Valná hromada spolku se bude konat v lednu v kulturním domě.", (), ()),
    ("gminy-plural", "cs", "Obce a gminy regionu se dohodly na společném postupu.", (), ()),
    ("en-government-of-state", "en", "As per the directions of the Government of Kerala, the syllabus was revised.",
     ("Government of Kerala",), ()),
    ("en-government-of-country", "en", "The Government of India notified the new rules.", ("Government of India",), ()),
    ("en-ugc", "en", "The UGC (Credit Framework) Regulations were noted.", ("UGC",), ()),
    ("en-naac", "en", "Course outcomes are required for the NAAC assessment of the colleges.", ("NAAC",), ()),
    ("en-sepa", "en", "SEPA confirmed that the discharge licence had been varied.",
     ("Scottish Environment Protection Agency",), ()),
    ("en-two-bodies", "en", "The Department of Health and Office for Students agreed the protocol.",
     ("Department of Health", "Office for Students"), ()),
    ("en-request-of-college", "en", "Request of Kaveri Arts College, Hassan to start a course in Journalism.",
     ("Kaveri Arts College",), ("Request of Kaveri Arts College",)),
    ("en-letter-from-council", "en", "Letter from Westbury Town Council regarding the bus route.",
     ("Westbury Town Council",), ("Letter from Westbury Town Council",)),
    ("en-friends-of", "en", "Friends of the Earth wrote to the clerk about the hedges.", ("Friends of the Earth",), ()),
    ("en-affiliated-college-category", "en", "Dr. P. Nayak, Kaveri Arts College, Hassan – Member (Affiliated College)",
     ("Kaveri Arts College",), ("Affiliated College",)),
    ("en-academic-rank", "en", "Dr. S. Hegde, Associate Professor, Kaveri Arts College, attended the meeting.",
     ("Kaveri Arts College",), ("Associate Professor",)),
    ("en-adjunct-professor", "en", "Prof. L. Okafor, Adjunct Professor, Marlow Institute of Technology, presented.",
     ("Marlow Institute of Technology",), ("Adjunct Professor",)),
    ("en-constituent-colleges", "en", "Constituent Colleges shall follow the revised scheme.", (), ()),
    ("en-government-school", "en", "The Government School at Kolar was visited by the team.", (), ()),
    # negatives
    ("en-government-funding", "en", "Government funding for the scheme was cut.", (), ()),
    ("en-government-of-the-day", "en", "Whatever the Government of the day decides, the plan stands.", (), ()),
    ("en-one-body-ampersand", "en", "Perth & Kinross Council agreed the grant.", ("Perth & Kinross Council",), ()),
    ("en-dst-clock", "en", "When DST ends, the lights will be reset.", (), ()),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), [pytest.param(*r[1:], id=r[0]) for r in BODIES])
def test_bodies_by_class(lang: str, text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions(lang, text, present, absent)
