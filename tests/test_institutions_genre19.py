"""Round 19 genre inventory of institutions, written from knowledge of real minutes before the failing lines were
read. Names and sentences are our own.

Conventions encoded (positive rows):
(a) Czech legal-form suffixes of public and non-profit bodies: "s. p." (state enterprise), "z. s." (registered
    association), "v. v. i." (public research institution), "o. p. s.", "z. ú.", "p. o." / "příspěvková
    organizace", written with or without the inner spaces;
(b) national bodies named with the country code "ČR" after the name or acronym ("Policie ČR", "Horská služba ČR",
    "Lesy ČR"), declined in the sentence;
(c) state administrations and institutes with a structural head: "Správa …" (an administration of a park, a road
    network), "Ústav …", "fakulta … univerzity", "Agentura …", "Inspekce …";
(d) national agencies known by their acronym alone, as data by country (Czech state offices, UK public bodies);
(e) US special districts and boards named by their head noun after a place name ("Fire Protection District",
    "Sanitation District", "Ditch Company", "Board of County Commissioners", "Department of Transportation");
(f) UK bodies of the labour-relations genre: a trades council, a firm of solicitors, a charity named
    "<Place> Foodbank";
(g) Czech firms after the part they play ("Servisní organizace X s.r.o.") or a matter addressed to them ("Výzva X
    s.r.o. k ..."), and a cooperative declined by the sentence;
(h) US state bodies named by the state and their kind ("Colorado General Assembly", "Washington State Patrol");
    firms closed by a trade noun ("... Civil Engineering").
Shaped like a body and not one (negative rows): posts and roles ("náměstek pro LPP", "primář interny", "Branch
Secretary", "Planning Director"), clinical departments named only in a role, documents and plans ("Plán péče",
"Návštěvní řád", "Comprehensive Plan", "Staff Report", "Zoning Code"), schemes and funds ("Local Government Pension
Scheme", "Fond oprav"), permits and cases ("Conditional Use Permit", "Case No."), zones and areas ("I. zóna",
"Ochranné pásmo", "Overlay District" as zoning), events and meetings ("Den Země", "Public Hearing", "Annual Delegate
Conference"), anonymised parties ("Member A", "Applicant B"), officers' codes in brackets after their names in a list of
such codes ("(Ř)", "(EN)") and used for the person later, a post's portfolio ("náměstkyně pro LPP"), a building
("County Hall"), a discipline ("Civil Engineering students").
"""

from __future__ import annotations

import pytest
from genre_rows import check_institutions, paragraphs

from minutes_nlp.extract import personrefs
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.result import MeetingInfo
from minutes_nlp.textutil import fold

ROWS = [  # (id, lang, text, present, absent)
    # (a) Czech legal-form suffixes of public and non-profit bodies
    ("cs-sp", "cs", "Těžbu v porostu zajistí Vodní lesy Brdy, s. p., do konce dubna.", ("Vodní lesy Brdy, s. p.",), ()),
    ("cs-zs", "cs", "Připomínky k návrhu podal spolek Ochránci Bukové hory, z. s., v řádném termínu.",
     ("Ochránci Bukové hory, z. s.",), ()),
    ("cs-vvi", "cs", "Monitoring zajistí Ústav lesní ekologie, v. v. i., ve spolupráci se Správou.",
     ("Ústav lesní ekologie, v. v. i.",), ()),
    ("cs-ops", "cs", "Provoz poradny zajišťuje Pomocná ruka Lhotka o.p.s. od ledna.",
     ("Pomocná ruka Lhotka o.p.s.",), ()),
    ("cs-po-words", "cs", "Ředitel informoval, že Technické služby Dolany, příspěvková organizace, převezmou údržbu.",
     ("Technické služby Dolany",), ()),
    # (b) national bodies with the country code
    ("cs-cr-policie", "cs", "Kontrolu parkoviště provedla Policie ČR v sobotu.", ("Policie ČR",), ()),
    ("cs-cr-declined", "cs", "Trasu výstupu projedná Správa s Horskou službou ČR.", ("Horská služba ČR",), ()),
    # (c) structural heads of administrations and institutes
    ("cs-sprava-park", "cs", "Stanovisko Správy Chráněné krajinné oblasti Modré vrchy bylo záporné.",
     ("Správa Chráněné krajinné oblasti Modré vrchy",), ()),
    ("cs-sprava-np-declined", "cs", "Výsledky sčítání předala Správě Národního parku Bílé hory.",
     ("Správa Národního parku Bílé hory",), ()),
    ("cs-geo-cooperative", "cs", "Vlastníkem porostů je Lesní družstvo Modré vrchy, které souhlasí.",
     ("Lesní družstvo Modré vrchy",), ()),
    ("cs-geo-not-object", "cs", "Starosta Lipové hory nezná.", (), ("Lipová hory",)),
    ("cs-fakulta", "cs", "Posudek zpracuje Lesnická fakulta Moravské univerzity do června.",
     ("Lesnická fakulta Moravské univerzity",), ()),
    # (d) national agencies by acronym
    ("cs-acr-agency", "cs", "Žádost o výjimku posoudí AOPK ČR do 30 dnů.", ("AOPK ČR",), ()),
    ("en-acr-acas", "en", "The dispute has been referred to ACAS for early conciliation.", ("ACAS",), ()),
    # (e) US special districts and boards
    ("en-us-fire-district", "en", "The Cedar Ridge Fire Protection District reviewed the site plan and had "
     "no objection.",
     ("Cedar Ridge Fire Protection District",), ()),
    ("en-us-ditch", "en", "A letter from the Larkspur Ditch Company raised the culvert crossing.",
     ("Larkspur Ditch Company",), ()),
    ("en-us-bocc", "en", "The recommendation will go to the Marlow County Board of County Commissioners in May.",
     ("Marlow County Board of County Commissioners",), ()),
    # (f) UK labour-relations bodies
    ("en-uk-trades-council", "en", "The branch agreed to affiliate to Dunmere Trades Union Council for 2026.",
     ("Dunmere Trades Union Council",), ()),
    ("en-uk-solicitors", "en", "The case was passed to Fenwick Harrow Solicitors for advice.",
     ("Fenwick Harrow Solicitors",), ()),
    # (g) a firm named in apposition after the part it plays, or after a matter addressed to it
    ("cs-party-apposition", "cs", "Dnes ráno se ozvala. Servisní organizace Rentgen Plus s.r.o. přislíbila opravu.",
     ("Rentgen Plus s.r.o.",), ("Servisní organizace Rentgen Plus s.r.o.",)),
    ("cs-matter-vyzva", "cs", "Výzva Stavby Hora s.r.o. k zaplacení pokuty byla odeslána.", ("Stavby Hora s.r.o.",),
     ("Výzva Stavby Hora s.r.o.",)),
    ("cs-coop-dative", "cs", "Stanovisko bylo zasláno Lesnímu družstvu Modré vrchy v listopadu.",
     ("Lesní družstvo Modré vrchy",), ()),
    # (h) US state bodies by the state's name and their kind; firms closed by a trade noun
    ("en-us-state-legislature", "en", "The statute was amended by the Colorado General Assembly in 2024.",
     ("Colorado General Assembly",), ()),
    ("en-us-state-patrol", "en", "Speed counts were provided by the Washington State Patrol.",
     ("Washington State Patrol",), ()),
    ("en-us-state-law", "en", "Colorado law requires the City to allow one accessory unit.", (), ("Colorado",)),
    ("en-firm-engineering", "en", "The drainage report was prepared by Ostrava Civil Engineering for the applicant.",
     ("Ostrava Civil Engineering",), ()),
    ("en-discipline-engineering", "en", "Civil Engineering students surveyed the culvert.", (),
     ("Civil Engineering",)),
    ("en-foodbank", "en", "A donation of 200 pounds to Marlow Foodbank was agreed.", ("Marlow Foodbank",), ()),
    ("en-county-hall", "en", "The stewards will meet at County Hall on Friday.", (), ("County Hall",)),
    # negatives: officers' codes in an attendance list, and a post's portfolio
    ("cs-officer-codes", "cs", "Přítomni: MUDr. Petr Malý (Ř), Ing. Eva Bílá (EN), JUDr. Jan Hrubý (PRÁV) // "
     "EN odpověděla, že rozpočet je vyrovnaný. PRÁV prověří smlouvu.", (), ("EN", "PRÁV", "Ř")),
    ("en-bracket-council-kept", "en", "Present: Cllr Ann Fox (Chair), Cllr Tom Reed (WDC) // WDC will reply by May.",
     ("WDC",), ()),
    ("cs-geo-place-only", "cs", "Nová turistická trasa povede přes Jizerské hory a Český les.", (),
     ("Jizerské hory", "Český les")),
    ("cs-park-generic", "cs", "V národním parku platí od června zákaz vjezdu.", (), ("Národní park",)),
    ("cs-portfolio", "cs", "Náměstkyně pro LPP předložila rozpis služeb.", (), ("LPP",)),
    ("cs-portfolio-deputy-head", "cs", "Zástupce ředitele pro TV sestaví rozvrh.", (), ("TV",)),
    # negatives: posts and roles
    ("cs-role-namestek", "cs", "Náměstek pro LPP informoval o obsazení služeb.", (), ("LPP", "Náměstek pro LPP")),
    ("cs-role-primar", "cs", "Primář interny MUDr. Karel Bílý požádal o navýšení úvazků.", (), ("Interna",)),
    ("en-role-branch-sec", "en", "The Branch Secretary reported on casework.", (), ("Branch Secretary",)),
    ("en-role-planning-dir", "en", "The Planning Director presented the staff report.", (), ("Planning Director",)),
    # negatives: documents, plans, codes
    ("cs-doc-plan-pece", "cs", "Koncept Plánu péče na období 2027–2036 bude předložen v září.", (), ("Plán péče",)),
    ("cs-doc-navstevni-rad", "cs", "Rada schválila změnu Návštěvního řádu per rollam.", (), ("Návštěvní řád",)),
    ("en-doc-comp-plan", "en", "The request is consistent with the Comprehensive Plan and the Zoning Code.", (),
     ("Comprehensive Plan", "Zoning Code")),
    ("en-doc-staff-report", "en", "Staff Report CUP-26-004 recommends approval with conditions.", (),
     ("Staff Report",)),
    # negatives: schemes, funds, permits, cases
    ("en-scheme-pension", "en", "Members asked about the Local Government Pension Scheme valuation.", (),
     ("Local Government Pension Scheme",)),
    ("cs-fund-oprav", "cs", "Výdaj bude hrazen z Fondu oprav a údržby.", (), ("Fond oprav a údržby",)),
    ("en-permit", "en", "The Conditional Use Permit was approved subject to six conditions.", (),
     ("Conditional Use Permit",)),
    # negatives: zones and areas
    ("cs-zone", "cs", "Vstup do I. zóny a do Ochranného pásma bude omezen.", (), ("Ochranné pásmo",)),
    ("en-overlay", "en", "The parcel lies in the Riverside Overlay District and the Floodplain Zone.", (),
     ("Riverside Overlay District", "Floodplain Zone")),
    # negatives: events and meetings
    ("cs-event-den-zeme", "cs", "Na Den Země připraví strážci program pro školy.", (), ("Den Země",)),
    ("en-event-hearing", "en", "The Public Hearing was opened at 6:40 p.m.", (), ("Public Hearing",)),
    ("en-event-conference", "en", "Two delegates were elected to the Annual Delegate Conference.", (),
     ("Annual Delegate Conference",)),
    # negatives: anonymised parties
    ("en-anon-member", "en", "Member A was dismissed; Member B has a grievance hearing on Friday.", (),
     ("Member A", "Member B")),
    ("en-anon-applicant", "en", "Applicant B withdrew the request.", (), ("Applicant B",)),
]

_GAPS: dict[str, str] = {
    "cs-coop-dative": "a firm found by its company word alone in an oblique case ('Lesnímu družstvu X') is reported "
                      "as written; only a nominative mention elsewhere in the minutes gives its name",
    "cs-sprava-park": "the gazetteer's generic 'Správa chráněné krajinné oblasti' wins over the longer name of one "
                      "protected area written after it",
}


def _marks(name: str) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(strict=True, reason=_GAPS[name])] if name in _GAPS else []


@pytest.mark.parametrize(("lang", "text", "present", "absent"),
                         [pytest.param(*r[1:], id=r[0], marks=_marks(r[0])) for r in ROWS])
def test_orgs_round19(lang: str, text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions(lang, text, present, absent)


# officers' codes written after their names stand for the person, not a body (name/body confusion)
CODE_ROWS = [  # (id, lang, text, code, person or None)
    ("cs-code-deputy", "cs", "Přítomni: MUDr. Petr Malý (Ř), Ing. Eva Bílá (EN), JUDr. Jan Hrubý (PRÁV) // "
     "EN zajistí nabídky.", "EN", "Eva Bílá"),
    ("cs-code-lawyer", "cs", "Přítomni: MUDr. Petr Malý (Ř), Ing. Eva Bílá (EN), JUDr. Jan Hrubý (PRÁV) // "
     "PRÁV posoudí smlouvu.", "PRÁV", "Jan Hrubý"),
    ("cs-code-no-office-codes", "cs", "Přítomni: Ing. Eva Bílá (SFPI), Mgr. Petr Malý (předseda) // "
     "SFPI zašle stanovisko.", "SFPI", None),
    ("cs-code-two-people", "cs", "Přítomni: MUDr. Petr Malý (Ř), Ing. Eva Bílá (TN), Ing. Jan Hrubý (TN) // "
     "TN zajistí opravu.", "TN", None),
    ("en-code-council", "en", "Present: Cllr Ann Fox (Chair), Cllr Tom Reed (WDC) // WDC will reply by May.",
     "WDC", None),
]


@pytest.mark.parametrize(("lang", "text", "code", "who"), [pytest.param(*r[1:], id=r[0]) for r in CODE_ROWS])
def test_office_code_is_the_person(lang: str, text: str, code: str, who: str | None) -> None:
    doc = paragraphs(text)
    refs = personrefs.build(doc, extract_entities(doc, lang, MeetingInfo(), ()), lang)
    got = refs.resolve(code)
    assert (got and fold(got).split()[-1]) == (who and fold(who).split()[-1]), got
