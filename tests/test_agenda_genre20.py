"""Presenters of agenda items, round 20, written from knowledge of the genre before reading any failure. Names,
bodies and towns are invented.

(a) Minutes that list the participants in full ("Wei Lin (Harbour Instruments)", "Jana Kos, BSI") go on to call
them by the surname alone ("Lin presented", "Kos reported"), as standards bodies, boards and UK councils do; the
bare surname before a presenting verb is the listed person. Shaped like it but not it: a capitalised word that
names no one listed ("Council reported", "Staff presented", "Finance reported"), a surname nobody listed, a
surname in the object ("The chair thanked Lin").

(b) Presenting verbs include showing and walking through ("showed the group the plan", "took the group through
the draft", Czech "ukázal", "nastínila"). Not presenting: a thing as the subject ("The survey showed the
decline", "Průzkum ukázal ..."), a person in another role ("asked", "objected").
"""

from __future__ import annotations

import pytest
from docbuild import blocks_doc
from docbuild import heading as _h
from docbuild import para as _p
from genre_rows import named_gap, named_params

from minutes_nlp.extract import agenda

_EN_PRESENT = "Present: Wei Lin (Harbour Instruments), Jana Kos, BSI; Omar Haddad (Westvale University)"
_CS_PRESENT = "Přítomni: Ing. Petra Sýkorová, Mgr. Karel Brázda, Bc. Eva Lorencová"


def _first_presenters(lang: str, sentence: str) -> tuple[str, ...]:
    top = (_h("Working Group 3 – Minutes"), _p("Date: 3 March 2026"), _p(_EN_PRESENT)) if lang == "en" else \
        (_h("Zápis z jednání pracovní skupiny"), _p("Datum: 3. 3. 2026"), _p(_CS_PRESENT))
    doc = blocks_doc(*top, _h("1. Data model review"), _p(sentence), _h("2. Any other business"), _p("None."))
    items = agenda.extract_agenda(doc, lang)
    return items[0].presenters if items else ()


# (id, lang, sentence, presenter or "")
ROWS = [
    ("surname-presented", "en", "Lin presented the revised data model and its two open issues.", "Wei Lin"),
    ("surname-reported", "en", "Kos reported that the national mirror committee had met twice.", "Jana Kos"),
    ("surname-outlined", "en", "Haddad outlined the test plan for the spring.", "Omar Haddad"),
    ("showed-the-group", "en", "Omar Haddad showed the group the updated schedule.", "Omar Haddad"),
    ("took-the-group-through", "en", "Jana Kos took the group through the comment table.", "Jana Kos"),
    ("cs-ukazala", "cs", "Ing. Petra Sýkorová ukázala návrh datového modelu.", "Petra Sýkorová"),
    ("cs-nastinil", "cs", "Mgr. Karel Brázda nastínil harmonogram prací.", "Karel Brázda"),
    ("council-reported", "en", "Council reported that the road works would start in May.", ""),
    ("staff-presented", "en", "Staff presented the draft budget to the group.", ""),
    ("finance-reported", "en", "Finance reported a small surplus for the quarter.", ""),
    ("unlisted-surname", "en", "Novak presented the liaison statement.", ""),
    ("surname-as-object", "en", "The convenor thanked Lin for the contribution and closed the item.", ""),
    ("survey-showed", "en", "The survey showed the decline in response rates.", ""),
    ("surname-asked", "en", "Kos asked whether the model covered legacy formats.", ""),
    ("cs-pruzkum-ukazal", "cs", "Průzkum ukázal pokles zájmu o kurzy.", ""),
    ("cs-tabulka-ukazala", "cs", "Tabulka ukázala rozdíly mezi variantami.", ""),
]


@pytest.mark.parametrize(("lang", "sentence", "presenter"), named_params(ROWS))
def test_presenter_named_short_or_showing(lang: str, sentence: str, presenter: str) -> None:
    assert _first_presenters(lang, sentence) == ((presenter,) if presenter else ())


# (c) Minutes without numbering whose sections are upper-case run-in labels carry records of an item under the same
# shape ("ACTION: ...", "MOTION: ...", "ÚKOL: ..."): those are no sections. (id, lang, record line or "", titles)
_EN_SECTIONS = ["CALL TO ORDER: The President called the meeting to order at 7:00 p.m.",
                "FINANCIAL REPORT: The Treasurer presented the monthly report.",
                "{record}",
                "NEW BUSINESS: The Board discussed the summer reading programme.",
                "ADJOURNMENT: The meeting adjourned at 8:15 p.m."]
_CS_SECTIONS = ["ZAHÁJENÍ: Starostka zahájila zasedání v 17:00 hod.",
                "ROZPOČET: Účetní předložila návrh rozpočtu.",
                "{record}",
                "RŮZNÉ: Členové projednali úklid návsi.",
                "ZÁVĚR: Zasedání skončilo v 19:00 hod."]
_EN_TITLES = ["CALL TO ORDER", "FINANCIAL REPORT", "NEW BUSINESS", "ADJOURNMENT"]
_CS_TITLES = ["ZAHÁJENÍ", "ROZPOČET", "RŮZNÉ", "ZÁVĚR"]

RECORDS = [
    ("section-label-kept", "en", "PUBLIC COMMENT: No members of the public spoke.",
     [*_EN_TITLES[:2], "PUBLIC COMMENT", *_EN_TITLES[2:]]),
    named_gap("Czech upper-case run-in labels with diacritics are not read as sections", "cs-section-label-kept",
              "cs", "INVESTICE: Starostka informovala o opravě mostu.",
              [*_CS_TITLES[:2], "INVESTICE", *_CS_TITLES[2:]]),
    ("action-record", "en", "ACTION: Treasurer Lund – file the audit with the county by 12/31/2026.", _EN_TITLES),
    ("motion-record", "en", "MOTION: Trustee Vale moved to place the report on file; carried 5-0.", _EN_TITLES),
    ("resolved-record", "en", "RESOLVED: the report is received and placed on file.", _EN_TITLES),
    ("vote-record", "en", "VOTE: Ayes – Vale, Lund, Okoro; Nays – none.", _EN_TITLES),
    ("note-record", "en", "NOTE: the auditor's letter is attached to these minutes.", _EN_TITLES),
]


@pytest.mark.parametrize(("lang", "record", "titles"), named_params(RECORDS))
def test_record_labels_are_no_sections(lang: str, record: str, titles: list[str]) -> None:
    lines = [t.format(record=record) for t in (_EN_SECTIONS if lang == "en" else _CS_SECTIONS)]
    head = _h("Minutes of the Regular Meeting of the Board of Trustees") if lang == "en" else \
        _h("Zápis ze zasedání zastupitelstva obce Lhotka")
    items = agenda.extract_agenda(blocks_doc(head, *[_p(x) for x in lines]), lang)
    assert [i.title for i in items] == titles


# (g) Czech minutes name the chair who opened the meeting by office, the office's body in the genitive (often
# capitalised as a proper name, with its short form in brackets), then the person with a degree: "Schůzi zahájil
# a řídil předseda Spolku přátel Lipové (dále jen „SPL“) Ing. Jan Vlček". The body's first word is no surname;
# the titled person is the opener. Not so: a surname right after the office with no titled person after it, a
# titled person in another clause (whom the chair welcomed). (id, opening sentence, presenter)
OPENERS = [
    ("body-genitive-abbrev", "Schůzi zahájil a řídil předseda Spolku přátel Lipové (dále jen „SPL“) Ing. Jan Vlček. "
     "Konstatoval, že výbor je usnášeníschopný.", "Jan Vlček"),
    ("body-genitive-adjective", "Schůzi zahájil předseda Honebního společenstva Lipová Ing. Jan Vlček.", "Jan Vlček"),
    ("body-genitive-mgr", "Jednání zahájila a řídila starostka Obce Lipová Mgr. Eva Malá.", "Eva Malá"),
    ("surname-after-office", "Schůzi zahájil předseda Vlček a přivítal Ing. Malou.", "Jan Vlček"),
    ("surname-then-comma-titled", "Jednání zahájila starostka Malá, přivítala Ing. Vlčka.", "Eva Malá"),
    ("lower-body-then-titled", "Schůzi zahájil a řídil předseda spolku Ing. Jan Vlček.", "Jan Vlček"),
]


@pytest.mark.parametrize(("sentence", "presenter"), named_params(OPENERS))
def test_opener_after_the_office_and_its_body(sentence: str, presenter: str) -> None:
    doc = blocks_doc(_h("Zápis ze schůze výboru spolku"), _p("Datum: 3. 3. 2026"),
                     _p("Přítomni: Ing. Jan Vlček, Mgr. Eva Malá"), _h("1. Zahájení"), _p(sentence),
                     _h("2. Různé"), _p("Nic."))
    assert agenda.extract_agenda(doc, "cs")[0].presenters == (presenter,)


# (h) A correspondence item is the officer's relay of what was received: the clerk or secretary reports the letters,
# so the item's first sentence presents it with an ordinary reporting verb. Shaped like it but not it: a member's
# report later in the item, a catch-all item ("Any other business") whose first speaker only reports, a passive
# report, an item with nothing received. (id, title, paragraphs, presenter or "")
RELAYED = [
    ("secretary-reported", "Correspondence", ["Ruth Keane reported the following correspondence received:",
                                              "- a letter from the county about road closures."], "Ruth Keane"),
    ("clerk-informed", "Communications", ["Ruth Keane informed members of a letter from the water board."],
     "Ruth Keane"),
    ("initials-reported", "Correspondence received", ["RK reported two letters from the regional office."],
     "Ruth Keane"),
    ("member-later", "Correspondence", ["Nothing had been received since the last meeting.",
                                        "Colin Dray reported that the noticeboard was damaged."], ""),
    ("aob-reported", "Any other business", ["Colin Dray reported that the noticeboard was damaged."], ""),
    ("passive-report", "Correspondence", ["A letter from the county was reported and noted."], ""),
    ("none-received", "Correspondence", ["None received."], ""),
    ("asked-about-letter", "Correspondence", ["Colin Dray asked whether the county had replied."], ""),
]


@pytest.mark.parametrize(("title", "paras", "presenter"), named_params(RELAYED))
def test_correspondence_relayed_by_the_officer(title: str, paras: list[str], presenter: str) -> None:
    doc = blocks_doc(_h("Minutes of the Parish Council"), _p("Date: 3 March 2026"),
                     _p("Present: Ruth Keane, Clerk (RK); Colin Dray (CD); Ann Poe (AP)"), _h("1. Apologies"),
                     _p("None."), _h(f"2. {title}"), *[_p(x) for x in paras], _h("3. Close"), _p("Closed at 9pm."))
    items = agenda.extract_agenda(doc, "en")
    assert items[1].presenters == ((presenter,) if presenter else ())


# (i) US boards name staff by office before the surname ("Business Manager Lund presented", "Town Clerk Ruiz
# reported"), and a report given for an absent officer opens with a possessive adverbial ("In the Treasurer's
# absence, ...", "In her absence, ..."). Shaped like it but not it: the office alone with no surname, a passive
# report after the adverbial, another fronted adverbial with a non-subject ("In the past, ..."), an office and
# surname before a verb that presents nothing ("asked"). (id, sentence, presenter or "")
OFFICE_SURNAME = [
    ("business-manager", "Business Manager Lund presented the financial report.", "Greta Lund"),
    ("town-clerk", "Town Clerk Ruiz reported on the election calendar.", "Mateo Ruiz"),
    ("absence-possessive", "In the Treasurer's absence, Business Manager Lund presented the bills.", "Greta Lund"),
    ("absence-pronoun", "In her absence, Mateo Ruiz presented the report.", "Mateo Ruiz"),
    ("absence-passive", "In the Treasurer's absence, the report was presented by staff.", ""),
    ("in-the-past", "In the past, Greta Lund presented the report every month.", ""),
    ("office-surname-asked", "Business Manager Lund asked whether the bills were complete.", ""),
    ("office-possessive-passive", "The Business Manager's report was presented and filed.", ""),
    ("office-alone", "The report was presented and the Business Manager answered questions.", ""),
]


@pytest.mark.parametrize(("sentence", "presenter"), named_params(OFFICE_SURNAME))
def test_office_before_surname(sentence: str, presenter: str) -> None:
    doc = blocks_doc(_h("Minutes of the Board of Trustees"), _p("Date: March 3, 2026"),
                     _p("Staff present: Library Director Ann Poe; Business Manager Greta Lund; Town Clerk Mateo Ruiz"),
                     _h("1. Financial Report"), _p(sentence), _h("2. Adjournment"), _p("Adjourned at 9 pm."))
    assert agenda.extract_agenda(doc, "en")[0].presenters == ((presenter,) if presenter else ())
