"""Round 13 genre inventory of attendance lists, institutions and the meeting's series, written from knowledge of
real Czech and English minutes before any failure of the newly opened series was read (not from our corpus).

(a) Attendance: the list shapes real minutes use (one name a line under a label, comma and semicolon lists,
"Name, role, Organisation", "Name (ORG)", "ORG: Name, Name", register tables with Name | Organisation | Role
columns; members / substitutes / in attendance / observers / by phone; councillors by title "Cllr", "Mayor",
"Deputy Mayor", "Cathaoirleach"; Czech "za ORG:", "členové:", "hosté:", "omluveni:", "nepřítomni:"). Negative rows
are what stands under such a label and is no person: a pointer to the signed sheet ("dle prezenční listiny",
"as per attendance sheet"), a count ("přítomno 7 členů"), a role word alone, "None", a date.
(b) Institutions: naming heads and legal forms in Czech and English; negatives are programmes, plans, funds,
documents, places, sectors and job titles.
(c) Series: the body's name from the title line and from a letterhead; negatives are titles naming no body.
Strict-xfail rows (gap) name a class not handled yet."""

from __future__ import annotations

from typing import Any

import pytest
from docbuild import Block, blocks_doc
from docbuild import heading as _h
from docbuild import para as _p
from docbuild import table as _t
from genre_rows import attendance_lists, check_institutions, gap, meeting_of
from genre_rows import expected_lists as _l

from minutes_nlp.evaluate.match import similar
from minutes_nlp.extract import series as series_mod
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.metadata import extract_meeting
from minutes_nlp.textutil import fold

_CS_TOP = _h("Zápis z jednání Finančního výboru")
_CS_BODY = (_h("1. Zahájení"), _p("Předsedající zahájil jednání v 17:00 hodin."))
_EN_TOP = _h("Minutes of the Finance Committee")
_EN_BODY = (_h("1. Apologies"), _p("The Chair welcomed everyone to the meeting."))


def _cs(*blocks: Block) -> tuple[Block, ...]:
    return (_CS_TOP, *blocks, *_CS_BODY)


def _params(rows: list[Any]) -> list[Any]:
    """Rows (id, *values) as params with that id; a gap() row keeps its xfail mark."""
    out = []
    for r in rows:
        values, marks = (r.values, r.marks) if hasattr(r, "marks") else (r, ())
        out.append(pytest.param(*values[1:], id=values[0], marks=marks))
    return out


def _en(*blocks: Block) -> tuple[Block, ...]:
    return (_EN_TOP, *blocks, *_EN_BODY)


ATTENDANCE: list[Any] = [  # (id, lang, blocks, expected lists)
    # Czech: labels and list shapes
    ("cs-one-per-line", "cs", _cs(_p("Přítomni:"), _p("Ing. Jan Novák"), _p("Mgr. Eva Malá"), _p("Petr Lom")),
     _l("Jan Novák; Eva Malá; Petr Lom")),
    ("cs-comma-list-titles", "cs", _cs(_p("Přítomni: Ing. Jan Novák, Mgr. Eva Malá, Bc. Petr Lom")),
     _l("Jan Novák; Eva Malá; Petr Lom")),
    ("cs-clenove-hoste-omluveni", "cs",
     _cs(_p("Členové: Jan Novák, Eva Malá, Petr Lom"), _p("Hosté: Ing. Karel Dub"), _p("Omluveni: Iva Krátká")),
     _l("Jan Novák; Eva Malá; Petr Lom", absent="Iva Krátká", guests="Karel Dub")),
    ("cs-nepritomni", "cs", _cs(_p("Přítomni: Jan Novák, Eva Malá"), _p("Nepřítomni: Petr Lom")),
     _l("Jan Novák; Eva Malá", absent="Petr Lom")),
    ("cs-omluven-singular", "cs", _cs(_p("Přítomni: Jan Novák, Eva Malá"), _p("Omluven: Petr Lom")),
     _l("Jan Novák; Eva Malá", absent="Petr Lom")),
    ("cs-name-role-body", "cs",
     _cs(_p("Přítomni: Ing. Jan Novák, starosta, Obec Lhota; Mgr. Eva Malá, ředitelka, ZŠ Lhota")),
     _l("Jan Novák; Eva Malá")),
    ("cs-role-in-brackets", "cs", _cs(_p("Přítomni: Jan Novák (předseda), Eva Malá (místopředsedkyně), Petr Lom")),
     _l("Jan Novák; Eva Malá; Petr Lom")),
    ("cs-za-org-lines", "cs", _cs(_p("Přítomni:"), _p("za Obec Lhota: Jan Novák, Eva Malá"),
                                  _p("za Povodí Moravy, s. p.: Ing. Petr Lom")),
     _l("Jan Novák; Eva Malá; Petr Lom")),
    ("cs-prizvani", "cs", _cs(_p("Přítomni: Jan Novák, Eva Malá"), _p("Přizvaní: Ing. Karel Dub")),
     _l("Jan Novák; Eva Malá", guests="Karel Dub")),
    ("cs-dale-pritomni-attendees", "cs", _cs(_p("Přítomni: Jan Novák, Eva Malá"), _p("Dále přítomni: Karel Dub")),
     _l("Jan Novák; Eva Malá; Karel Dub")),
    ("cs-table-jmeno-organizace-funkce", "cs",
     _cs(_p("Prezenční listina:"), _t(["Jméno", "Organizace", "Funkce"], ["Ing. Jan Novák", "Obec Lhota", "starosta"],
                                      ["Eva Malá", "MAS Podlesí", "manažerka"])),
     _l("Jan Novák; Eva Malá")),
    ("cs-role-dash-name-lines", "cs", _cs(_p("Přítomni:"), _p("předseda – Jan Novák"), _p("členka – Eva Malá")),
     _l("Jan Novák; Eva Malá")),
    # a count of the members before a colon opens the list a sentence gives
    ("cs-sentence-count-then-list", "cs",
     _cs(_p("Jednání se konalo v zasedací místnosti. Přítomno bylo všech pět členů výboru: předseda Mgr. Jan Novák, "
            "místopředsedkyně Ing. Eva Malá, Petr Lom, Iva Krátká a p. Karel Dub.")),
     _l("Jan Novák; Eva Malá; Petr Lom; Iva Krátká; Karel Dub")),
    ("en-sentence-count-then-list", "en",
     _en(_p("Present were all four members: Jane Doe, John Roe, Mary Poe and Tom Walsh.")),
     _l("Jane Doe; John Roe; Mary Poe; Tom Walsh")),
    # a lower-case office after a full name is the person's role and body, no one else
    ("cs-name-then-role-and-body", "cs",
     _cs(_p("Přítomni: Jan Novák, Eva Malá"), _p("Omluven: Ing. Petr Lom, ředitel Muzea Lhotka")),
     _l("Jan Novák; Eva Malá", absent="Petr Lom")),
    ("cs-name-then-role-and-initialism", "cs",
     _cs(_p("Přítomni: Jan Novák, Eva Malá"), _p("Omluvena: Mgr. Iva Krátká, ředitelka KVK Lhotka")),
     _l("Jan Novák; Eva Malá", absent="Iva Krátká")),
    ("cs-office-before-names-kept", "cs", _cs(_p("Přítomni: starosta Jan Novák, místostarosta Petr Lom")),
     _l("Jan Novák; Petr Lom")),
    # Czech negatives
    ("cs-dle-prezencni-listiny", "cs", _cs(_p("Přítomni: dle prezenční listiny")), _l()),
    ("cs-viz-prezencni-listina", "cs", _cs(_p("Přítomni: viz prezenční listina (příloha č. 1)")), _l()),
    ("cs-count-only", "cs", _cs(_p("Přítomno: 7 členů výboru"), _p("Omluveni: 2 členové")), _l()),
    ("cs-omluveni-nikdo", "cs", _cs(_p("Přítomni: Jan Novák, Eva Malá"), _p("Omluveni: nikdo")),
     _l("Jan Novák; Eva Malá")),
    ("cs-roles-only", "cs", _cs(_p("Přítomni: předseda, místopředseda, tajemník")), _l()),
    ("cs-hoste-bez", "cs", _cs(_p("Přítomni: Jan Novák, Eva Malá"), _p("Hosté: bez hostů")),
     _l("Jan Novák; Eva Malá")),
    # English: labels and list shapes
    ("en-one-per-line", "en", _en(_p("Present:"), _p("Jane Doe"), _p("John Roe"), _p("Mary Poe")),
     _l("Jane Doe; John Roe; Mary Poe")),
    ("en-cllr-list", "en", _en(_p("Present: Cllr Mary Byrne (Cathaoirleach), Cllr Tom Walsh, Cllr Ann Kelly")),
     _l("Mary Byrne; Tom Walsh; Ann Kelly")),
    ("en-councillors-plural-label", "en", _en(_p("Present: Councillors Mary Byrne, Tom Walsh and Ann Kelly")),
     _l("Mary Byrne; Tom Walsh; Ann Kelly")),
    ("en-mayor-deputy-mayor", "en",
     _en(_p("Present: Mayor Jane Doe, Deputy Mayor John Roe, Councillor Mary Poe")),
     _l("Jane Doe; John Roe; Mary Poe")),
    ("en-members-in-attendance-apologies", "en",
     _en(_p("Members present: Jane Doe (Chair), John Roe"), _p("In attendance: Mary Poe (Clerk)"),
         _p("Apologies: Tom Walsh")),
     _l("Jane Doe; John Roe", absent="Tom Walsh", guests="Mary Poe")),
    ("en-also-present-guests", "en", _en(_p("Present: Jane Doe, John Roe"), _p("Also present: Mary Poe")),
     _l("Jane Doe; John Roe", guests="Mary Poe")),
    ("en-observers-guests", "en", _en(_p("Present: Jane Doe, John Roe"), _p("Observers: Mary Poe")),
     _l("Jane Doe; John Roe", guests="Mary Poe")),
    ("en-by-phone-members", "en", _en(_p("Present: Jane Doe, John Roe"), _p("By phone: Mary Poe")),
     _l("Jane Doe; John Roe; Mary Poe")),
    ("en-name-role-org", "en", _en(_p("Present: Jane Doe, Chair, Kelby Trust; John Roe, Treasurer, Kelby Trust")),
     _l("Jane Doe; John Roe")),
    ("en-org-colon-names", "en", _en(_p("Attendees:"), _p("Kelby County Council: Jane Doe, John Roe"),
                                     _p("Westshire Housing Association: Mary Poe")),
     _l("Jane Doe; John Roe; Mary Poe")),
    ("en-table-name-org-role", "en",
     _en(_p("Attendance"), _t(["Name", "Organisation", "Role"], ["Jane Doe", "Kelby County Council", "Chair"],
                              ["John Roe", "Westshire Housing Association", "Member"])),
     _l("Jane Doe; John Roe")),
    ("en-sent-apologies-label", "en", _en(_p("Present: Jane Doe, John Roe"), _p("Apologies received from: Mary Poe")),
     _l("Jane Doe; John Roe", absent="Mary Poe")),
    ("en-absent-label", "en", _en(_p("Present: Jane Doe, John Roe"), _p("Absent: Mary Poe")),
     _l("Jane Doe; John Roe", absent="Mary Poe")),
    ("en-mr-ms-titles", "en", _en(_p("Present: Ms Jane Doe, Mr John Roe, Dr Mary Poe")),
     _l("Jane Doe; John Roe; Mary Poe")),
    # harder shapes: initials, surname-first registers, presence columns, councils' own labels
    gap("a register headed 'Příjmení a jméno' writes the surname first", "cs-surname-first-register", "cs",
     _cs(_p("Přítomni:"), _t(["Příjmení a jméno", "Podpis"], ["Novák Jan, Ing.", ""], ["Malá Eva, Mgr.", ""])),
     _l("Jan Novák; Eva Malá")),
    ("cs-presence-column", "cs",
     _cs(_p("Účast členů:"), _t(["Jméno", "Účast"], ["Ing. Jan Novák", "přítomen"], ["Mgr. Eva Malá", "omluvena"],
                                ["Petr Lom", "přítomen"])),
     _l("Jan Novák; Petr Lom", absent="Eva Malá")),
    ("cs-pritomni-clenove-label", "cs",
     _cs(_p("Přítomní členové: Jan Novák, Eva Malá"), _p("Omluvení členové: Petr Lom")),
     _l("Jan Novák; Eva Malá", absent="Petr Lom")),
    ("cs-neomluveni", "cs", _cs(_p("Přítomni: Jan Novák, Eva Malá"), _p("Neomluven: Petr Lom")),
     _l("Jan Novák; Eva Malá", absent="Petr Lom")),
    ("cs-construction-parties", "cs",
     _cs(_p("Přítomni:"), _p("Za investora: Ing. Jan Novák"), _p("Za zhotovitele: Petr Lom"),
         _p("Za TDI: Eva Malá")),
     _l("Jan Novák; Petr Lom; Eva Malá")),
    ("cs-degree-after-name", "cs", _cs(_p("Přítomni: Jan Novák, DiS., Eva Malá, Ph.D., Petr Lom, MBA")),
     _l("Jan Novák; Eva Malá; Petr Lom")),
    # a council's own officials listed in the header are attendees (FORMAT: the body's own office); "In
    # attendance" stays the guests' label
    ("en-members-present-officials-present", "en",
     _en(_p("Members Present: Cathaoirleach Cllr. Mary Byrne, Cllr. Tom Walsh, Cllr. Ann Kelly"),
         _p("Officials Present: Jane Doe, Director of Services; John Roe, Senior Engineer")),
     _l("Mary Byrne; Tom Walsh; Ann Kelly; Jane Doe; John Roe")),
    ("en-present-umbrella-members-officials", "en",
     _en(_p("Present:"), _p("Members: Cllr J. Doe (Chair), Cllr M. Byrne, Cllr T. Walsh (via MS Teams), Ms A. Kelly "
                            "(PPN – Community and Voluntary Pillar), Mr K. Burke (Business/Employers), Mr L. Hayes "
                            "(Agriculture/Farming), Cllr N. Ryan, Cllr O. Quinn."),
         _p("Officials: Ms P. Brady, Director of Services; Mr R. Nolan, Senior Engineer"),
         _p("In attendance: Ms S. Kane, Meetings Administrator")),
     _l("J. Doe; M. Byrne; T. Walsh; A. Kelly; K. Burke; L. Hayes; N. Ryan; O. Quinn; P. Brady; R. Nolan",
        guests="S. Kane")),
    ("en-elected-members-label", "en", _en(_p("Elected Members: Cllr Jane Doe, Cllr John Roe"),
                                           _p("Apologies: Cllr Mary Poe")),
     _l("Jane Doe; John Roe", absent="Mary Poe")),
    ("en-co-chairs-row", "en",
     _en(_t(["Co-chairs", "Jane Doe, Sector Coordinator (UNHCR); John Roe, Deputy Director (Kelby Office, KO)"],
            ["Minutes", "Mary Poe, Information Management Officer"])),
     _l("Jane Doe; John Roe", guests="Mary Poe")),
    ("en-org-first-body-opening-with-a-given-name", "en",
     _en(_t(["Participants", "Grace Community Trust – GCT (A. Rossi); Kelby Relief International – KRI (G. Nyame)"])),
     _l("A. Rossi; G. Nyame")),
    ("en-org-first-bracketed-people", "en",
     _en(_t(["Participants", "IOM (A. Rossi); OCHA (T. Nowak); Kelby Relief International – KRI (G. Nyame, P. Lutz); "
                             "Westshire Aid Trust – WAT (M. Otto); ECHO (L. Fonte, online)"])),
     _l("A. Rossi; T. Nowak; G. Nyame; P. Lutz; M. Otto; L. Fonte")),
    ("cs-realizacni-tym", "cs",
     _cs(_t(["Přítomni", "Jan Novák; Eva Malá"], ["Realizační tým", "Ing. Petra Dolská (manažerka projektu); "
                                                  "Bc. Tomáš Hudek (koordinátor); Ing. Lenka Vaňková (finanční "
                                                  "manažerka)"])),
     _l("Jan Novák; Eva Malá; Petra Dolská; Tomáš Hudek; Lenka Vaňková")),
    ("cs-za-convener-unit-attendees", "cs",
     _cs(_t(["Svolala a řídila", "PhDr. Jana Malá, vedoucí odboru kultury (OK)"],
            ["Přítomni", "Mgr. Petr Lom – ředitel Muzea Lhotka; Ing. Eva Dubová – ředitelka Galerie Lhotka"],
            ["Za OK", "Mgr. Karel Sova – vedoucí oddělení; Ing. Iva Krátká – referentka"],
            ["Hosté", "Ing. Hana Bílá – vedoucí ekonomického odboru"])),
     _l("Jana Malá; Petr Lom; Eva Dubová; Karel Sova; Iva Krátká", guests="Hana Bílá")),
    ("en-regrets", "en", _en(_p("Present: Jane Doe, John Roe"), _p("Regrets: Mary Poe")),
     _l("Jane Doe; John Roe", absent="Mary Poe")),
    ("en-commissioners-present", "en",
     _en(_p("Commissioners present: Jane Doe, John Roe, Mary Poe"), _p("Staff present: Tom Walsh, Town Clerk")),
     _l("Jane Doe; John Roe; Mary Poe; Tom Walsh")),
    ("en-in-person-and-online", "en",
     _en(_p("Present in person: Jane Doe, John Roe"), _p("Present online: Mary Poe")),
     _l("Jane Doe; John Roe; Mary Poe")),
    ("en-name-org-paren-online", "en",
     _en(_p("Attendees: Jane Doe (Kelby County Council), John Roe (Westshire Housing Association, online)")),
     _l("Jane Doe; John Roe")),
    ("en-substitute-for", "en", _en(_p("Present: Jane Doe, John Roe, Mary Poe (substitute for Tom Walsh)"),
                                    _p("Apologies: Tom Walsh")),
     _l("Jane Doe; John Roe; Mary Poe", absent="Tom Walsh")),
    ("en-initial-surname-cllr", "en", _en(_p("Present: Cllr. J. Doe, Cllr. M. Byrne")), _l("J. Doe; M. Byrne")),
    # US federal advisory committees: the Designated Federal Officer attends; the public are guests
    ("en-designated-federal-officer-and-public", "en",
     _en(_t(["Chair", "Dr. Jane Doe, Kelby University"], ["Designated Federal Officer", "Mr. John Roe, NOAA"],
            ["Members present", "Ms. Mary Poe, Kelby County; Dr. Tom Walsh, Westshire Institute"],
            ["Ex officio members absent", "Dr. Ann Kelly, U.S. Geological Survey"],
            ["Members of the public", "Mr. Ray Dunn; Ms. Alice Tran, Gulf Shrimpers' Cooperative; six others"])),
     _l("Jane Doe; John Roe; Mary Poe; Tom Walsh", absent="Ann Kelly", guests="Ray Dunn; Alice Tran")),
    # English negatives
    ("en-as-per-attendance-sheet", "en", _en(_p("Present: as per attendance sheet")), _l()),
    ("en-see-attendance-list", "en", _en(_p("Attendance: see attached list")), _l()),
    ("en-apologies-none", "en", _en(_p("Present: Jane Doe, John Roe"), _p("Apologies: None")),
     _l("Jane Doe; John Roe")),
    ("en-apologies-nil", "en", _en(_p("Present: Jane Doe, John Roe"), _p("Apologies: Nil")),
     _l("Jane Doe; John Roe")),
    ("en-count-members", "en", _en(_p("Present: 7 members of the committee")), _l()),
    ("en-roles-only", "en", _en(_p("Present: Chair, Vice-Chair, Secretary, Treasurer")), _l()),
]


@pytest.mark.parametrize(("lang", "blocks", "expected"), _params(ATTENDANCE))
def test_attendance_shapes(lang: str, blocks: tuple[Block, ...], expected: dict[str, Any]) -> None:
    assert attendance_lists(meeting_of(blocks_doc(*blocks), lang)) == expected


def _people(lang: str, blocks: tuple[Block, ...]) -> set[str]:
    doc = blocks_doc(*blocks)
    return {p.name for p in extract_entities(doc, lang, meeting_of(doc, lang), ()).people}


NOT_PEOPLE: list[Any] = [  # (id, lang, blocks, names that must not be people)
    ("cs-role-word-heading", "cs", _cs(_p("Přítomni: Jan Novák, Eva Malá"), _p("Předseda výboru Jan Novák přivítal "
                                                                           "členy.")),
     ("Předseda Výboru",)),
    ("cs-role-then-founded-body", "cs",
     _cs(_p("Přítomni: Mgr. Jan Novák – ředitel Galerie výtvarného umění v Lhotce; Petr Lom – ředitel Hvězdárny a "
            "planetária Lhotka")),
     ("Galerie", "Hvězdárna", "Hvězdárny")),
    ("en-cathaoirleach-alone", "en", _en(_p("Present: Cllr Mary Byrne, Cllr Tom Walsh"),
                                         _p("The Cathaoirleach welcomed members.")), ("Cathaoirleach",)),
    ("en-deputy-mayor-alone", "en", _en(_p("Present: Jane Doe, John Roe"), _p("The Deputy Mayor thanked staff.")),
     ("Deputy Mayor",)),
]


@pytest.mark.parametrize(("lang", "blocks", "names"), _params(NOT_PEOPLE))
def test_role_words_are_no_people(lang: str, blocks: tuple[Block, ...], names: tuple[str, ...]) -> None:
    found = {fold(n) for n in _people(lang, blocks)}
    for name in names:
        assert fold(name) not in found, found


PEOPLE: list[Any] = [  # (id, lang, blocks, the people found, exactly)
    # a surname opened by a particle (Irish Ní/Ó/Mac/Nic, Dutch van, Portuguese de) after an initial or a title is
    # one surname, and the later "Cllr Ní Bhriain" is the same person
    ("en-irish-ni-initial", "en", _en(_p("Present: Cllr S. Ní Bhriain, Cllr T. Walsh"),
                                      _p("Cllr Ní Bhriain asked about the footpath at the school.")),
     ("S. Ní Bhriain", "T. Walsh")),
    ("en-irish-o-given-name", "en", _en(_p("Present: Cllr Seán Ó Briain, Cllr Tom Walsh"),
                                        _p("Cllr Ó Briain proposed the adoption of the report.")),
     ("Seán Ó Briain", "Tom Walsh")),
    ("en-dutch-van-initial", "en", _en(_p("Present: Ms A. van Dijk, Mr T. Walsh"),
                                       _p("Ms van Dijk reported on the distribution.")),
     ("A. van Dijk", "T. Walsh")),
    # a rank before a name is a title; a given name opening a body's name or naming a storm is no person
    ("en-military-ranks", "en", _en(_p("Present: Cmdr. Victor Osei, U.S. Coast Guard; Lt. Cmdr. Dana Pruitt; "
                                       "RAdm. Tom Walsh")),
     ("Victor Osei", "Dana Pruitt", "Tom Walsh")),
    ("en-given-name-opening-a-body", "en",
     _en(_p("Present: Dr. Jane Doe, Marisol Institute of Oceanography; Mr. John Roe, Seastack Analytics"),
         _p("Losses during Hurricane Beryl were described by the members.")),
     ("Jane Doe", "John Roe")),
    ("en-mac-title", "en", _en(_p("Present: Ms Aoife Mac Giolla, Mr Tom Walsh"),
                               _p("Ms Mac Giolla presented the budget.")),
     ("Aoife Mac Giolla", "Tom Walsh")),
]


@pytest.mark.parametrize(("lang", "blocks", "names"), _params(PEOPLE))
def test_people_with_surname_particles(lang: str, blocks: tuple[Block, ...], names: tuple[str, ...]) -> None:
    assert sorted(_people(lang, blocks)) == sorted(names)


INSTITUTIONS_CS: list[Any] = [  # (text, present, absent)
    ("Povodí Vltavy, státní podnik, vydalo souhlasné stanovisko.", ("Povodí Vltavy",), ()),
    ("Lesy České republiky, s. p., provedou těžbu.", ("Lesy České republiky",), ()),
    ("Správa železnic, státní organizace, zahájí opravu trati.", ("Správa železnic",), ()),
    ("Ředitelství silnic a dálnic ČR připravuje obchvat.", ("Ředitelství silnic a dálnic ČR",), ()),
    ("Agentura ochrany přírody a krajiny ČR posoudila záměr.", ("Agentura ochrany přírody a krajiny ČR",), ()),
    ("Krajská hygienická stanice Jihomoravského kraje vydala stanovisko.",
     ("Krajská hygienická stanice Jihomoravského kraje",), ()),
    ("Státní zemědělský intervenční fond proplatil dotaci.", ("Státní zemědělský intervenční fond",), ()),
    ("Centrum pro regionální rozvoj České republiky kontroluje projekt.",
     ("Centrum pro regionální rozvoj České republiky",), ()),
    ("Mikroregion Podlesí projednal společný projekt.", ("Mikroregion Podlesí",), ()),
    ("Tělovýchovná jednota Sokol Lhota, z. s., požádala o příspěvek.", ("Tělovýchovná jednota Sokol Lhota",), ()),
    ("Charita Lhota zajistí terénní službu.", ("Charita Lhota",), ()),
    ("Zemědělské družstvo Lhota opraví polní cestu.", ("Zemědělské družstvo Lhota",), ()),
    ("Nemocnice Lhota, a. s., rozšíří ambulanci.", ("Nemocnice Lhota",), ()),
    ("Destinační společnost Podlesí, z. s., připraví mapu.", ("Destinační společnost Podlesí",), ()),
    # founded cultural bodies: adjectives, the kind, a second kind, the seat or the administered thing; any case
    ("Ředitel Horáckého muzea v Lhotce informoval o výstavě.", ("Horácké muzeum v Lhotce",), ()),
    ("Kontrola proběhla v Krajské vědecké knihovně v Lhotce.", ("Krajská vědecká knihovna v Lhotce",), ()),
    ("Hvězdárna a planetárium Lhotka pořádá pozorování.", ("Hvězdárna a planetárium Lhotka",), ()),
    ("Ředitelka Hvězdárny a planetária Lhotka představila program.", ("Hvězdárna a planetárium Lhotka",), ()),
    ("Správa hradu Kost zajistí prohlídky.", ("Správa hradu Kost",), ()),
    ("Ředitel Správy zámku Lysice požádal o příspěvek.", ("Správa zámku Lysice",), ()),
    ("Oblastní galerie v Lhotce zapůjčí obrazy.", ("Oblastní galerie v Lhotce",), ()),
    ("Ředitel Slováckého divadla v Lhotce pozval radní na premiéru.", ("Slovácké divadlo v Lhotce",), ()),
    ("Podklady dodal Státní okresní archiv Lhotice.", ("Státní okresní archiv Lhotice",), ()),
    ("Místní knihovna v Lhotce rozšíří výpůjční dobu.", ("Místní knihovna v Lhotce",), ()),
    # a capital that only opens the sentence, and a kind in the plural or alone, name no body
    gap("a capital opening the sentence is read as a name's adjective", "Nová knihovna v Lhotce bude otevřena v září.",
        (), ("Nová knihovna v Lhotce", "Nová knihovna")),
    ("Muzea a galerie kraje hlásí vyšší návštěvnost.", (), ("Muzea",)),
    ("Knihovna bude v srpnu zavřena.", (), ("Knihovna",)),
    # a region's organs named with a region the gazetteer does not know, and their generic short form after it
    ("Návrh bude předložen Zastupitelstvu Sázavského kraje dne 20. 10.", ("Zastupitelstvo Sázavského kraje",),
     ("Zastupitelstvo obce Sázavského kraje",)),
    ("Rada Podlipského kraje schválila závazné ukazatele. // Rada kraje projedná rozpočet v listopadu.",
     ("Rada Podlipského kraje",), ()),
    ("Zastupitelstvo obce Lhota schválilo rozpočet.", ("Zastupitelstvo obce Lhota",), ()),
    # negatives: programmes, plans, funds, documents, places, job titles
    ("Strategický plán rozvoje obce byl projednán.", (), ("Strategický plán rozvoje obce",)),
    ("Výzva č. 12 Programu rozvoje venkova byla vyhlášena.", (), ("Program rozvoje venkova",)),
    ("Fond rozvoje bydlení obce má zůstatek 200 tis. Kč.", (), ("Fond rozvoje bydlení",)),
    ("Místní akční plán rozvoje vzdělávání byl aktualizován.", (), ("Místní akční plán rozvoje vzdělávání",)),
    ("Starosta obce informoval o opravě chodníku.", (), ("Starosta obce",)),
    ("Komunitní plán sociálních služeb na léta 2025–2027 byl schválen.", (), ("Komunitní plán sociálních služeb",)),
    ("Náměstí Míru bude uzavřeno kvůli trhům.", (), ("Náměstí Míru",)),
]

INSTITUTIONS_EN: list[Any] = [
    ("Kelby Credit Union Limited approved the loan.", ("Kelby Credit Union Limited",), ()),
    ("Westshire Homes Limited will deliver the units.", ("Westshire Homes Limited",), ()),
    ("Kelby Sports Partnership will run the programme.", ("Kelby Sports Partnership",), ()),
    ("The Kelby Chamber of Commerce supported the bid.", ("Kelby Chamber of Commerce",), ()),
    gap("a place before a known body's name belongs to the name", "Westshire Citizens Advice reported more debt cases.",
        ("Westshire Citizens Advice",), ()),
    ("Kelby Rugby Football Club asked for pitch time.", ("Kelby Rugby Football Club",), ()),
    ("The Kelby Tidy Towns Committee will plant the beds.", ("Kelby Tidy Towns Committee",), ()),
    gap("a place after a known body's name belongs to the name", "Local Enterprise Office Westshire offered mentoring.",
        ("Local Enterprise Office Westshire",), ()),
    # Irish municipal and metropolitan districts, Canadian regional districts: a body closed by "District"
    ("The layout was presented to the Ballyrush Municipal District meeting.", ("Ballyrush Municipal District",), ()),
    ("The Capital Regional District confirmed its grant.", ("Capital Regional District",), ()),
    ("Turnout in the electoral district was low.", (), ("Electoral District",)),
    # a unit "of" an initialism stands for that body
    ("Ms Jane Doe, Head of the Resettlement Unit of MoSWR, will circulate the list.", ("MoSWR",),
     ("Resettlement Unit of MoSWR",)),
    ("The Supply Unit of the DSW will replace the tarpaulins.", ("DSW",), ()),
    # a speaker named by initials at a turn's start, the speaker's body in brackets after them
    ("- AW (KRCS) asked whether the advisory had been issued. // - PvD (WSA) asked about the rental subsidy.",
     ("KRCS", "WSA"), ()),
    ("CB (IOM): the displacement round was published on 31 March.", ("IOM",), ()),
    ("- TW (Chair) closed the meeting. // - JD (SEO) will circulate the plan.", (), ("Chair", "SEO")),
    # an office, an office's initialism or a platform after a person's name is no body
    ("Present: Cllr Jane Doe (Cathaoirleach), Cllr Tom Walsh (MS Teams), Cllr Ann Kelly (Zoom)", (),
     ("Cathaoirleach", "MS Teams", "Zoom")),
    ("Officials: Ms Karen Tobin, SEO; Mr Eoin Rafter, DoS; Ms Bríd Cullen, A/SE", (), ("SEO", "DoS")),
    ("Mr John Roe, DFO, called the meeting to order. Ms Mary Poe, CEO, presented the report.", (), ("DFO", "CEO")),
    # negatives: programmes, plans, funds, documents, places, sectors, job titles
    ("The Town Centre First Plan was adopted.", (), ("Town Centre First Plan",)),
    ("Funding is available under the Community Enhancement Programme.", (), ("Community Enhancement Programme",)),
    ("The Rural Regeneration and Development Fund closed in May.", (), ("Rural Regeneration and Development Fund",)),
    ("The County Development Plan 2022-2028 was noted.", (), ("County Development Plan",)),
    ("The Director of Services presented the report.", (), ("Director of Services",)),
    ("The Chief Executive responded to the motion.", (), ("Chief Executive",)),
    ("Works on Main Street will start in June.", (), ("Main Street",)),
    ("The Annual Service Delivery Plan was circulated.", (), ("Annual Service Delivery Plan",)),
]


@pytest.mark.parametrize(("text", "present", "absent"), INSTITUTIONS_CS)
def test_czech_institution_shapes(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions("cs", text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), INSTITUTIONS_EN)
def test_english_institution_shapes(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions("en", text, present, absent)


_CS_END = (_h("1. Zahájení"), _p("Předsedající zahájil jednání a konstatoval, že je usnášeníschopné."))
_EN_END = (_h("1. Apologies for absence"), _p("The Chair welcomed members to the meeting."))


def _same(got: str | None, want: str | None) -> bool:
    if want is None:
        return got is None
    return got is not None and " ".join(fold(got).split()) == " ".join(fold(want).split())


SERIES: list[Any] = [  # (id, lang, blocks, series or None)
    ("cs-zapis-z-jednani-komise", "cs", (_h("Zápis z 3. jednání Komise pro životní prostředí"), *_CS_END),
     "Komise pro životní prostředí"),
    ("cs-zapis-ze-schuze-vyboru-spolku", "cs", (_h("Zápis ze schůze výboru spolku Lípa, z. s."), *_CS_END),
     "Výbor spolku Lípa, z. s."),
    ("cs-valna-hromada", "cs", (_h("Zápis z valné hromady Mikroregionu Podlesí"), *_CS_END),
     "Valná hromada Mikroregionu Podlesí"),
    ("cs-clenska-schuze", "cs", (_h("Zápis z členské schůze Spolku rodičů při ZŠ Lhota"), *_CS_END),
     "Členská schůze Spolku rodičů při ZŠ Lhota"),
    ("cs-letterhead-then-zapis-z-jednani-rady", "cs",
     (_h("Obec Horní Lhota"), _p("Zápis z 12. jednání Rady obce Horní Lhota"), *_CS_END), "Rada obce Horní Lhota"),
    ("cs-no-body-in-title", "cs", (_h("Zápis z jednání konaného dne 3. 3. 2025"), *_CS_END), None),
    ("en-minutes-of-meeting-of-council", "en",
     (_h("Minutes of the Monthly Meeting of Kelby Municipal District"), *_EN_END), "Kelby Municipal District"),
    ("en-minutes-of-the-agm", "en",
     (_h("Minutes of the Annual General Meeting of the Kelby Residents Association"), *_EN_END),
     "Kelby Residents Association"),
    ("en-body-meeting-minutes", "en", (_h("Kelby Parish Council Meeting Minutes"), *_EN_END), "Kelby Parish Council"),
    ("en-letterhead-minutes-below", "en",
     (_h("Kelby Town Council"), _p("Minutes of the Planning Committee held on 4 March 2025"), *_EN_END),
     "Planning Committee"),
    ("en-no-body", "en", (_h("Minutes of the meeting held on 4 March 2025"), *_EN_END), None),
    # what the meeting is for, written between the body's head noun and "Meeting", is no part of the name
    ("en-cluster-coordination-meeting", "en", (_h("Minutes of the Protection Cluster Coordination Meeting"),
                                               *_EN_END), "Protection Cluster"),
    ("en-meeting-label-row", "en", (_h("Minutes"), _t(["Meeting", "Kelby Sub-national WASH Cluster Coordination "
                                                                  "Meeting"], ["Date", "4 March 2025"]), *_EN_END),
     "Kelby Sub-national WASH Cluster"),
    ("en-committee-budget-meeting", "en", (_h("Finance Committee Budget Meeting – Minutes"), *_EN_END),
     "Finance Committee"),
    ("en-standing-meeting-without-a-body-keeps-its-noun", "en",
     (_h("Minutes of the Inter-Agency Coordination Meeting"), *_EN_END), "Inter-Agency Coordination Meeting"),
]


@pytest.mark.parametrize(("lang", "blocks", "series"), _params(SERIES))
def test_series_shapes(lang: str, blocks: tuple[Block, ...], series: str | None) -> None:
    got = extract_meeting(blocks_doc(*blocks), lang).series
    assert _same(got, series), got



PLACE: list[Any] = [  # (id, lang, blocks, place)
    ("en-remote-connection-remark-dropped", "en",
     (_h("Minutes of the Protection Cluster Coordination Meeting"),
      _t(["Venue", "Kelby Hub Conference Room, Kelby (remote connection via Microsoft Teams)"]), *_EN_END),
     "Kelby Hub Conference Room, Kelby"),
    ("en-remote-participation-part-dropped", "en",
     (_h("Minutes of the Finance Committee"), _p("Venue: Council Chamber, Town Hall, remote participation via Zoom"),
      *_EN_END), "Council Chamber, Town Hall"),
    ("en-room-in-brackets-kept", "en",
     (_h("Minutes of the Finance Committee"), _p("Venue: Town Hall (Committee Room 2)"), *_EN_END),
     "Town Hall (Committee Room 2)"),
]


@pytest.mark.parametrize(("lang", "blocks", "place"), _params(PLACE))
def test_place_shapes(lang: str, blocks: tuple[Block, ...], place: str) -> None:
    got = extract_meeting(blocks_doc(*blocks), lang).place
    assert similar(got, place), got


SHORTENS: list[Any] = [  # (id, short name a later meeting writes, full name an earlier one gave, same body)
    ("project-body-by-project-initialism", "Řídicí výbor MAP II ORP Lhotka",
     "Řídicí výbor projektu Místní akční plán rozvoje vzdělávání II v ORP Lhotka", True),
    ("project-word-left-out", "Řídicí výbor Chytrá Lhotka", "Řídicí výbor projektu Chytrá Lhotka", True),
    ("another-committee-cs", "Kontrolní výbor", "Kontrolní a finanční výbor", False),
    ("another-project", "Řídicí výbor MAP II ORP Lhotka",
     "Řídicí výbor projektu Místní akční plán rozvoje vzdělávání II v ORP Horka", False),
]


@pytest.mark.parametrize(("short", "full", "same"), _params(SHORTENS))
def test_later_meeting_shortens_a_project_body(short: str, full: str, same: bool) -> None:
    assert series_mod.shortens(short, full) is same


APPROVER: list[Any] = [  # (id, lang, blocks, approver or None)
    ("en-conformed-signature-chair", "en",
     (_EN_TOP, *_EN_END, _h("Certification"),
      _p("I hereby certify that, to the best of my knowledge, the foregoing minutes are an accurate and complete "
         "summary of the proceedings."), _p("/s/ Jane Doe, Ph.D., Chair – April 18, 2025")), "Jane Doe"),
    ("en-conformed-signature-under-certification", "en",
     (_EN_TOP, *_EN_END, _p("I certify that these minutes are accurate and complete."),
      _p("/s/ Jane Doe – January 30, 2026")), "Jane Doe"),
    ("en-certified-by-label", "en", (_EN_TOP, *_EN_END, _p("Certified by: Jane Doe, Chair"),
                                     _p("Date certified: 08/05/2025")), "Jane Doe"),
    ("en-approved-and-certified-by-the-chair", "en",
     (_EN_TOP, *_EN_END, _p("Approved and certified by the Chair: Dr. Jane Doe – November 21, 2025")), "Jane Doe"),
    ("en-conformed-signature-of-the-clerk-is-no-approval", "en",
     (_EN_TOP, *_EN_END, _p("Respectfully submitted,"), _p("/s/ Mary Poe, Town Clerk")), None),
]


@pytest.mark.parametrize(("lang", "blocks", "approver"), _params(APPROVER))
def test_approver_shapes(lang: str, blocks: tuple[Block, ...], approver: str | None) -> None:
    got = extract_meeting(blocks_doc(*blocks), lang).approver
    assert _same(got, approver), got
