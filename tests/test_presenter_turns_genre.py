"""Presenters and discussants, written from knowledge of the genre (not from the corpus). Inventory of what real
minutes contain that is shaped like a presenter but is not one (negative rows below): a member who asks a question
or comments once the discussion has opened ("Mgr. X se zeptala ...", then "Ing. Y uvedl, že ..."; "Cllr X asked
...", then "Cllr Y noted that ..."); a presenting verb that belongs to another item or meeting ("přehled předloží
Ing. X v bodě 5", "will report to the next meeting"); an earlier dated event told in the item ("program předložila
ředitelka dne 12. června"); the mover or seconder of a motion; the person thanked or congratulated; a person named
inside the report ("reported that Ms X had been appointed"). Who only adds to the presentation ("Ing. Y doplnil,
že ...") is no presenter either (tests/test_presenters.py). Shaped unlike a presenter but one (positive rows): a
subject after a fronted adverbial ("In the absence of the lead member, the Clerk reported", "Na úvod bodu starosta
informoval"); an officer written as the acronym of the office the attendance list gives ("Mr T. Reed (Director of
Finance and Resources)" ... "The DFR presented"); a round of reports where each paragraph brings its reporter even
after a question; a paragraph reporting on a topic during the discussion ("Ing. X informovala o změně pravidel")."""

from __future__ import annotations

import pytest
from docbuild import blocks_doc
from docbuild import heading as _h
from docbuild import para as _p
from docbuild import table as _t

from minutes_nlp.extract import agenda
from minutes_nlp.extract.office_acronyms import acronyms

_CS_HEAD = (_h("Zápis z 5. jednání finančního výboru"), _p("Předseda: Ing. Jan Novák"),
            _p("Přítomni: Ing. Jan Novák, Mgr. Eva Malá, Ing. Petr Lom, Bc. Karel Dvořák, Ing. Jana Horká (starostka)"))
_EN_HEAD = (_h("Minutes of the Finance Committee"), _p("Chair: Jane Doe"),
            _p("Present: Jane Doe, Tom Reed, Ann Lee, Mark Hale, Ian Shaw"),
            _p("In attendance: Mr T. Reed (Director of Finance and Resources), Ms A. Lee (Head of School), "
               "Mrs C. Moss (Clerk)"))

CS_ROWS = [
    ("discussant-after-question", ["Ing. Petr Lom představil návrh rozpočtu.", "Bc. Karel Dvořák se zeptal, zda "
                                   "návrh počítá s rezervou. Ing. Petr Lom odpověděl, že ano.",
                                   "Mgr. Eva Malá uvedla, že rezerva je nízká."], ("Petr Lom",)),
    ("discussion-label", ["Ing. Petr Lom představil návrh rozpočtu.", "V diskusi Mgr. Eva Malá uvedla, že "
                          "rezerva je nízká."], ("Petr Lom",)),
    ("strong-verb-after-question", ["Ing. Petr Lom představil návrh rozpočtu.", "Bc. Karel Dvořák se zeptal "
                                    "na rezervu.", "Mgr. Eva Malá představila variantu s vyšší rezervou."],
     ("Petr Lom", "Eva Malá")),
    ("topic-report-after-question", ["Ing. Petr Lom představil návrh rozpočtu.", "Bc. Karel Dvořák se zeptal na "
                                     "rezervu.", "Mgr. Eva Malá informovala o změně pravidel dotací."],
     ("Petr Lom", "Eva Malá")),
    ("other-item", ["Ing. Petr Lom představil návrh rozpočtu. Rozbor plnění předloží Mgr. Eva Malá v bodě 5."],
     ("Petr Lom",)),
    ("other-meeting", ["Ing. Petr Lom představil návrh rozpočtu.", "Rozbor plnění předloží Mgr. Eva Malá na "
                       "příštím jednání."], ("Petr Lom",)),
    ("earlier-dated-event", ["Ing. Petr Lom představil návrh rozpočtu. Podklady předložila Mgr. Eva Malá dne "
                             "12. 3. 2025 e-mailem."], ("Petr Lom",)),
    ("fronted-adverbial-role", ["Na úvod bodu starostka informovala o výsledku hospodaření."], ("Jana Horká",)),
    ("fronted-adverbial-name", ["V návaznosti na usnesení rady Ing. Petr Lom představil návrh rozpočtu."],
     ("Petr Lom",)),
    ("round-of-reports", ["Ing. Petr Lom informoval, že daňové příjmy rostou.", "Mgr. Eva Malá uvedla, že "
                          "dotace byly vyúčtovány. Bc. Karel Dvořák se zeptal, kdy. Mgr. Eva Malá odpověděla, "
                          "že v březnu.", "Ing. Jana Horká informovala, že úvěr je splacen."],
     ("Petr Lom", "Eva Malá", "Jana Horká")),
    ("applicant-by-address", ["Paní Marie Dvořáková, bytem Lhota 12, nabídla obci k odkoupení pozemek."], ()),
    ("units-report-in-turn", ["HZS: Ing. Petr Lom uvedl, že jednotky jsou v pohotovosti.",
                              "Policie ČR: Mgr. Eva Malá informovala o uzavírkách."], ("Petr Lom", "Eva Malá")),
    ("mover-and-thanks", ["Ing. Petr Lom představil návrh rozpočtu. Předseda poděkoval Mgr. Malé za přípravu "
                          "podkladů. Bc. Karel Dvořák navrhl návrh schválit."], ("Petr Lom",)),
]


@pytest.mark.parametrize(("paragraphs", "expected"), [pytest.param(t, e, id=i) for i, t, e in CS_ROWS])
def test_czech_presenters_and_discussants(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    doc = blocks_doc(*_CS_HEAD, _h("1. Zahájení"), _p("Předseda zahájil jednání."), _h("2. Rozpočet na rok 2026"),
                     *[_p(t) for t in paragraphs], _h("3. Různé"), _p("Nebyly vzneseny žádné podněty."))
    assert agenda.extract_agenda(doc, "cs")[1].presenters == expected


EN_ROWS = [
    ("discussant-after-question", ["Tom Reed presented the draft budget.", "Mark Hale asked whether the reserve "
                                   "was sufficient. Tom Reed replied that it was.", "Ann Lee noted that the "
                                   "reserve was low."], ("Tom Reed",)),
    ("discussion-label", ["Tom Reed presented the draft budget.", "In discussion, Ann Lee reported that the "
                          "reserve was low."], ("Tom Reed",)),
    ("other-item", ["Tom Reed presented the draft budget. Ann Lee will report on the reserve under item 5."],
     ("Tom Reed",)),
    ("other-meeting", ["Tom Reed presented the draft budget.", "Ann Lee will report on the reserve at the next "
                       "meeting."], ("Tom Reed",)),
    ("fronted-adverbial-role", ["In the absence of the lead member, the Clerk reported on the budget."],
     ("C. Moss",)),
    ("office-acronym", ["The DFR presented the draft budget."], ("Tom Reed",)),
    ("office-acronym-with-of", ["HoS presented the draft budget for the school."], ("Ann Lee",)),
    ("person-inside-report", ["Tom Reed reported that Ann Lee had been appointed as bursar."], ("Tom Reed",)),
    ("labelled-reports", ["Finance. Tom Reed reported that income was on budget. Mark Hale asked about the "
                          "reserve.", "Estates. Ann Lee reported that the roof was repaired."],
     ("Tom Reed", "Ann Lee")),
]


@pytest.mark.parametrize(("paragraphs", "expected"), [pytest.param(t, e, id=i) for i, t, e in EN_ROWS])
def test_english_presenters_and_discussants(paragraphs: list[str], expected: tuple[str, ...]) -> None:
    doc = blocks_doc(*_EN_HEAD, _h("1. Welcome"), _p("The Chair welcomed members."), _h("2. Budget 2026"),
                     *[_p(t) for t in paragraphs], _h("3. Any other business"), _p("There was none."))
    assert agenda.extract_agenda(doc, "en")[1].presenters == expected


ACRONYMS = [
    ("director-of-finance", "Director of Finance and Resources", {"DFR", "DoFR"}),
    ("head-of-school", "Head of School", {"HS", "HoS"}),
    ("chief-operating-officer", "Chief Operating Officer", {"COO"}),
    ("one-word-office", "Treasurer", set()),
]


@pytest.mark.parametrize(("office", "expected"), [pytest.param(o, e, id=i) for i, o, e in ACRONYMS])
def test_office_acronyms(office: str, expected: set[str]) -> None:
    assert acronyms(office) == expected


_PROGRAMME = [_p("Program:"), _p("1. Zahájení"), _p("2. Kontrola úkolů"), _p("3. Rozpočet"), _p("4. Různé"),
              _p("5. Závěr"), _p("6. Diskuse"), _p("7. Usnesení"), _p("8. Ukončení")]
CHAIR_ROWS = [
    ("cs-chair-field-office", "cs", (_p("Předsedající: Ing. Martin Král, starosta města"),
                                     _p("Přítomni: Ing. Martin Král, Jana Horká, starostka obce Lhota, Petr Lom, "
                                        "starosta obce Vrbno")),
     "Program byl schválen.", "2. Oprava silnic", "Starosta informoval o stavu silnic po zimě.", 1, ("Martin Král",)),
    ("cs-preamble-opened", "cs", (_p("Přítomni: Ing. Jan Novák (starosta), Petr Lom (místostarosta)"),
                                  _p("Schůzi zahájil a řídil starosta Ing. Jan Novák."), *_PROGRAMME),
     "Program byl schválen.", "2. Kontrola úkolů", "Úkoly byly splněny.", 0, ("Jan Novák",)),
    ("cs-other-body-chairman", "cs", (_p("Přítomni: Ing. Jan Novák (předseda), Petr Lom, Eva Malá"),
                                      _p("Hosté: Ing. Karel Dvořák, předseda představenstva Vodárny Lhota a.s.")),
     "Program byl schválen.", "2. Rozpočet", "Předseda představil návrh rozpočtu.", 1, ("Jan Novák",)),
    ("cs-programme-proposed", "cs", (_p("Přítomni: Ing. Eva Malá, předsedkyně výboru, Petr Lom, Karel Dvořák"),),
     "Předsedkyně navrhla program jednání. Program byl schválen.", "2. Rozpočet", "Rozpočet byl projednán.", 0,
     ("Eva Malá",)),
    ("cs-opening-address", "cs", (_p("Přítomni: Ing. Jan Novák, Petr Lom, Eva Malá"),),
     "Úvodní slovo přednesl náměstek hejtmana Ing. Jan Novák.", "2. Rozpočet", "Rozpočet byl projednán.", 0,
     ("Jan Novák",)),
    ("en-independent-chair-table", "en", (_t(["Name", "Position"], ["Jane Doe", "Independent Chair"],
                                             ["Tom Reed", "Member"]),),
     "The agenda was agreed.", "2. Budget", "The Chair presented the draft budget.", 1, ("Jane Doe",)),
]


@pytest.mark.parametrize(("lang", "head", "opening", "heading", "text", "index", "expected"),
                         [pytest.param(*r[1:], id=r[0]) for r in CHAIR_ROWS])
def test_chair_and_opening_presenters(lang: str, head: tuple[tuple[str, object], ...], opening: str, heading: str,
                                      text: str, index: int, expected: tuple[str, ...]) -> None:
    """Item `index` (0: the opening item, 1: the item under `heading`) is presented by `expected`."""
    first = "1. Zahájení" if lang == "cs" else "1. Opening"
    doc = blocks_doc(_h("Zápis z jednání" if lang == "cs" else "Minutes of the meeting"), *head, _h(first),
                     _p(opening), _h(heading), _p(text))
    assert agenda.extract_agenda(doc, lang)[index].presenters == expected


REVIEW_ROWS = [
    ("cs-main-owner", "cs", "2. Kontrola plnění úkolů",
     _t(["Úkol", "Zodpovídá", "Termín", "Stav"], ["Žádost o dotaci", "starosta", "31. 3.", "splněno"],
        ["Oprava chodníku", "starosta", "30. 4.", "trvá"], ["Zpráva o svozu", "Petr Lom", "30. 4.", "splněno"]),
     ("Jan Novák",)),
    ("cs-no-main-owner", "cs", "2. Kontrola plnění úkolů",
     _t(["Úkol", "Zodpovídá", "Termín", "Stav"], ["Žádost o dotaci", "starosta", "31. 3.", "splněno"],
        ["Oprava chodníku", "Eva Malá", "30. 4.", "trvá"], ["Zpráva o svozu", "Petr Lom", "30. 4.", "splněno"]),
     ()),
    ("cs-cell-names-the-person", "cs", "2. Kontrola plnění úkolů",
     _t(["Úkol", "Odpovídá", "Stav"], ["Harmonogram", "místostarostka Malá", "splněno"],
        ["Rozpočet", "starosta", "splněno"], ["Dotace", "starosta", "trvá"], ["Řád", "komise", "trvá"]), ()),
    ("en-main-owner-by-office", "en", "2. Review of open items",
     _t(["Item", "Responsible", "Status"], ["Grant claim", "Clerk", "Submitted"], ["Bin survey", "Clerk", "Done"],
        ["Bench repair", "Mark Hale", "Open"]), ("C. Moss",)),
    ("en-owner-column-missing", "en", "2. Review of open items",
     _t(["Item", "Status"], ["Grant claim", "Submitted"], ["Bin survey", "Done"], ["Bench repair", "Open"]), ()),
]


@pytest.mark.parametrize(("lang", "heading", "table", "expected"), [pytest.param(*r[1:], id=r[0]) for r in REVIEW_ROWS])
def test_review_item_presented_by_the_main_task_owner(lang: str, heading: str, table: tuple[str, object],
                                                      expected: tuple[str, ...]) -> None:
    head = (_p("Přítomni: Ing. Jan Novák (starosta), Petr Lom, Eva Malá"),) if lang == "cs" else _EN_HEAD[1:]
    doc = blocks_doc(_h("Zápis z jednání" if lang == "cs" else "Minutes"), *head,
                     _h("1. Zahájení" if lang == "cs" else "1. Opening"), _p("Program byl schválen."), _h(heading),
                     table, _h("3. Různé" if lang == "cs" else "3. Any other business"), _p("Nic."))
    assert agenda.extract_agenda(doc, lang)[1].presenters == expected


OPENER_ROWS = [
    ("cs-found-on-inspection", "cs", "Koordinátorka BOZP Ing. Eva Malá při kontrole zjistila chybějící zábradlí.",
     ("Eva Malá",)),
    ("cs-confirmed", "cs", "Ing. Petr Lom potvrdil, že oprava byla dokončena.", ("Petr Lom",)),
    ("cs-according-to-role", "cs", "Podle starosty je stavba ve skluzu dva týdny.", ("Jan Novák",)),
    ("cs-according-to-role-later-no", "cs", "Stavba je ve skluzu. Podle starosty jde o dva týdny.", ()),
    ("en-confirmed", "en", "Tom Reed confirmed that the audit was complete.", ("Tom Reed",)),
    ("en-according-to-clerk", "en", "According to the Clerk, the grant had been received.", ("C. Moss",)),
    ("en-confirmed-later-is-discussant", "en", "Ann Lee presented the audit report. Tom Reed confirmed that the "
     "fee was unchanged.", ("Ann Lee",)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), [pytest.param(*r[1:], id=r[0]) for r in OPENER_ROWS])
def test_item_opening_verbs_and_attribution(lang: str, text: str, expected: tuple[str, ...]) -> None:
    head = (_p("Přítomni: Ing. Jan Novák (starosta), Petr Lom, Ing. Eva Malá"),) if lang == "cs" else _EN_HEAD[1:]
    doc = blocks_doc(_h("Zápis z jednání" if lang == "cs" else "Minutes"), *head,
                     _h("1. Zahájení" if lang == "cs" else "1. Opening"), _p("Program byl schválen."),
                     _h("2. Stavba" if lang == "cs" else "2. Audit"), _p(text))
    assert agenda.extract_agenda(doc, lang)[1].presenters == expected


EN_OPENER_ROWS = [
    ("proposed-a-pilot", "Ann Lee proposed a pilot of the new booking system in two schools.", ("Ann Lee",)),
    ("proposed-an-amendment-is-mover", "Mark Hale proposed an amendment to defer the item.", ()),
    ("proposed-that-is-mover", "Mark Hale proposed that the item be deferred.", ()),
    ("introduced-the-motion", "Ann Lee introduced the motion of which she had given notice.", ("Ann Lee",)),
    ("fronted-initials", "Further to minute 6.2 of the last meeting, TR confirmed that the audit was complete.",
     ("Tom Reed",)),
    ("advised-that", "The Clerk advised that the grant had been received.", ("C. Moss",)),
    ("initials-like-an-auxiliary", "IS presented the audit plan.", ("Ian Shaw",)),
    ("passive-is-no-presenter", "The audit plan was presented to the last meeting.", ()),
    ("seconded-is-no-presenter", "The report was noted. Mark Hale seconded the motion.", ()),
    ("thanked-is-no-presenter", "The Chair thanked Ann Lee for her work on the audit.", ()),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in EN_OPENER_ROWS])
def test_english_item_openers_and_movers(text: str, expected: tuple[str, ...]) -> None:
    doc = blocks_doc(*_EN_HEAD, _p("Initials: Tom Reed (TR), Ann Lee (AL), Ian Shaw (IS)"), _h("1. Welcome"),
                     _p("The Chair welcomed members."), _h("2. Audit"), _p(text),
                     _h("3. Any other business"), _p("There was none."))
    assert agenda.extract_agenda(doc, "en")[1].presenters == expected


CHAIR_ITEM_ROWS = [
    ("en-escalations", "en", "3. Escalations to the Board", "The Committee agreed to escalate the audit findings.",
     ("Jane Doe",)),
    ("en-chairs-report", "en", "3. Chair's report", "Members noted the report.", ("Jane Doe",)),
    ("en-ordinary-item", "en", "3. Estates strategy", "Members noted the strategy.", ()),
    ("en-declaring-member-presents-nothing", "en", "3. Declarations of conflict of interest",
     "Ann Lee advised that she is a trustee of a charity that bids for the contract.", ()),
    ("cs-informace-predsedy", "cs", "3. Informace předsedy", "Výbor bere informaci na vědomí.", ("Jan Novák",)),
]


@pytest.mark.parametrize(("lang", "heading", "text", "expected"),
                         [pytest.param(*r[1:], id=r[0]) for r in CHAIR_ITEM_ROWS])
def test_items_the_chair_presents_by_custom(lang: str, heading: str, text: str, expected: tuple[str, ...]) -> None:
    head = (_p("Předsedající: Ing. Jan Novák"), _p("Přítomni: Ing. Jan Novák, Petr Lom")) if lang == "cs" \
        else _EN_HEAD[1:]
    doc = blocks_doc(_h("Zápis z jednání" if lang == "cs" else "Minutes"), *head,
                     _h("1. Zahájení" if lang == "cs" else "1. Opening"), _p("Program byl schválen."),
                     _h("2. Různé" if lang == "cs" else "2. Apologies"), _p("Nic."), _h(heading), _p(text))
    assert agenda.extract_agenda(doc, lang)[2].presenters == expected


def test_role_after_an_abbreviated_neighbour_is_its_own_persons() -> None:
    """ "Ing. Ondřej Kos (AD), Ing. Lenka Marešová (koordinátor BOZP)": the role in the second parentheses is
    Marešová's, not the first person's (whose own parentheses hold an abbreviation)."""
    doc = blocks_doc(_h("Zápis z kontrolního dne"),
                     _p("Přítomni: Ing. Petr Lom (TDS), Ing. arch. Ondřej Kos (AD), Ing. Lenka Marešová (koordinátor "
                        "BOZP)"), _h("1. Kontrola úkolů"), _p("Úkoly byly splněny."), _h("2. BOZP"),
                     _p("Koordinátorka BOZP zjistila chybějící zábradlí u výkopu."))
    assert agenda.extract_agenda(doc, "cs")[1].presenters == ("Lenka Marešová",)


def test_body_word_after_the_role_is_no_first_name() -> None:
    """ "Zasedání zahájila předsedkyně Výboru J. Malá": "Výboru" (the body, capitalised) is not part of her name."""
    doc = blocks_doc(_h("Zápis z 3. zasedání Výboru pro regiony"),
                     _p("Přítomni: doc. Ing. Jana Malá – předsedkyně; Petr Lom; Eva Horká"), _h("1. Zahájení"),
                     _p("Zasedání zahájila a řídila předsedkyně Výboru J. Malá. Program byl schválen."),
                     _h("2. Různé"), _p("Nic."))
    assert agenda.extract_agenda(doc, "cs")[0].presenters in {("J. Malá",), ("Jana Malá",)}


DOMAIN_ROWS = [
    ("cs-bozp-officer", "cs", "5. BOZP", "Při kontrole staveniště nebyly zjištěny závady.", ("Eva Malá",)),
    ("cs-other-title", "cs", "5. Harmonogram", "Stavba je ve skluzu dva týdny.", ()),
    ("cs-catch-all", "cs", "5. Různé", "Nebyly vzneseny žádné podněty.", ()),
    ("en-finance-director", "en", "5. Finance", "The management accounts were noted.", ("Tom Reed",)),
]


@pytest.mark.parametrize(("lang", "heading", "text", "expected"), [pytest.param(*r[1:], id=r[0]) for r in DOMAIN_ROWS])
def test_standing_item_of_an_officers_area(lang: str, heading: str, text: str, expected: tuple[str, ...]) -> None:
    cs_head = (_p("Přítomni: Ing. Petr Lom (TDS), Ing. Eva Malá (koordinátorka BOZP), Jan Novák (starosta)"),)
    en_head = (_p("Present: Jane Doe, Tom Reed, Ann Lee"),
               _p("In attendance: Mr Tom Reed (Finance Director), Ms A. Lee (Head of School)"))
    head = cs_head if lang == "cs" else en_head
    doc = blocks_doc(_h("Zápis z kontrolního dne" if lang == "cs" else "Minutes"), *head,
                     _h("1. Zahájení" if lang == "cs" else "1. Opening"), _p("Program byl schválen."),
                     _h(heading), _p(text))
    assert agenda.extract_agenda(doc, lang)[1].presenters == expected
