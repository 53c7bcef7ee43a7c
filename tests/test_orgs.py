"""Institutions: gazetteer, patterns, acronyms as actors, defined abbreviations of documents are not bodies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.result import Institution, MeetingInfo
from minutes_nlp.loaders import load
from minutes_nlp.textutil import fold


def _orgs(lang: str, *paragraphs: str, meeting: MeetingInfo = MeetingInfo()) -> list[Institution]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    for p in paragraphs:
        b.add(BlockKind.PARAGRAPH, p)
    return list(extract_entities(b.build(), lang, meeting, ()).institutions)


def _names(lang: str, *paragraphs: str, meeting: MeetingInfo = MeetingInfo()) -> set[str]:
    return {o.name for o in _orgs(lang, *paragraphs, meeting=meeting)}


@pytest.mark.parametrize(("lang", "paragraphs", "names"), [
    ("cs", ["Strategie rozvoje (dále též „SRV“) zastřešovaná MMR bude předložena. SRV má 7 principů."], {"MMR"}),
    ("cs", ["Byl zmíněn NIP, projekt 5G a ESG (Environmental Social Governance) s IT podporou."], set()),
    ("cs", ["Na dotaz Ing. Jana Malého (QWERTA) bylo odpovězeno."], {"QWERTA"}),
    ("cs", ["Memorandum mezi ČEZ, MPO a SMS bylo podepsáno.", "Poslali jsme SMS zprávu."],
     {"ČEZ", "MPO", "SMS"}),
    ("cs", ["Spolupráce s Moravian Data Cluster a s firmou Datové služby s.r.o. pokračuje."],
     {"Moravian Data Cluster", "Datové služby s.r.o."}),
    ("cs", ["Zástupce Ministerstva zemědělství a Evropské komisi."], {"Ministerstvo zemědělství", "Evropská komise"}),
    ("en", ["The Department for Transport and Acme Widgets Ltd agreed.", "Ashcombe Chamber of Commerce replied."],
     {"Department for Transport", "Acme Widgets Ltd", "Ashcombe Chamber of Commerce"}),
])
def test_institutions(lang: str, paragraphs: list[str], names: set[str]) -> None:
    assert _names(lang, *paragraphs) == names


def test_abbreviation_links_to_full_name() -> None:
    orgs = {o.name: o for o in _orgs("cs", "Zástupci MF a NÚKIB.", "Ministerstvo financí souhlasí.")}
    assert orgs["MF"].full_name == "Ministerstvo financí"
    assert len(orgs["MF"].mentions) == 2
    assert orgs["NÚKIB"].kind == "agency"


def test_meeting_body_is_not_an_institution() -> None:
    meeting = MeetingInfo(title="Riverside Parish Council meeting")
    assert _names("en", "The Riverside Parish Council met on Monday.", meeting=meeting) == set()


def _match(o: dict, gold: list[dict]) -> int | None:
    keys = ({fold(o["name"]), fold(o.get("full_name") or "")} | {fold(a) for a in o.get("aliases", [])}) - {""}
    return next((i for i, g in enumerate(gold) if keys & ({fold(g["name"]), fold(g.get("full", ""))} - {""})), None)


@pytest.mark.parametrize("name", ["000_b6ab1fcc00502021.txt", "seed.docx", "seed.pdf"])
def test_seed_institutions(seed_dir: Path, name: str) -> None:
    from dataclasses import asdict

    from minutes_nlp.extract import language, metadata

    gold = json.loads((seed_dir / "gold.json").read_text(encoding="utf-8"))
    optional = {fold(x) for x in gold["institutions_optional"] + gold["places_optional"]}
    doc = load(seed_dir / name)
    lang = language.detect_language(doc)
    found = extract_entities(doc, lang, metadata.extract_meeting(doc, lang), ()).institutions
    hits = [_match(asdict(o), gold["institutions"]) for o in found]
    extra = [o.name for o, h in zip(found, hits, strict=True) if h is None and fold(o.name) not in optional]
    matched = {h for h in hits if h is not None}
    assert len(matched) >= 0.9 * len(gold["institutions"])
    assert len(extra) + (len(hits) - len(extra) - len(matched)) <= 0.1 * len(found)


@pytest.mark.parametrize(("text", "name"), [
    ("Jednání s Ministerstvem kultury proběhlo.", "Ministerstvo kultury"),
    ("Spolupráce se statutárním městem Hradec Králové.", "statutární město Hradec Králové"),
    ("Úřadem městské části Praha 5 bylo potvrzeno.", "Úřad městské části Praha 5"),
    ("Statutární město Kladno souhlasí.", "Statutární město Kladno"),
    ("Smlouva s firmou Stavby Malý & syn a.s. byla podepsána.", "Stavby Malý & syn a.s."),
])
def test_pattern_names_in_nominative(text: str, name: str) -> None:
    assert name in _names("cs", text)


@pytest.mark.parametrize(("lang", "text", "name", "absent"), [
    ("cs", "Výzva třem dodavatelům (Cesty Brabec s.r.o., STAVMONT Vysočina s.r.o.) byla odeslána.",
     "STAVMONT Vysočina s.r.o.", "Kraj Vysočina"),
    ("cs", "Vyúčtování bylo odesláno na Krajský úřad Kraje Vysočina 4. 11. 2021 – splněno.",
     "Krajský úřad Kraje Vysočina", "Krajský úřad Kraje Vysočina 4. 11. 2021"),
    ("en", "Mr Ned Holt, Secretary of Bramley Youth Cricket Club, attended.", "Bramley Youth Cricket Club",
     "Secretary of Bramley Youth Cricket Club"),
    ("en", "Cllr Dean declared an interest as Treasurer of the Bramley Food Pantry.", "Bramley Food Pantry", ""),
    ("en", "Cllr Dean is a member of the Bramley Carnival Committee.", "Bramley Carnival Committee", ""),
    ("en", "The council banks with Millford Community Bank. RESOLVED that Cllr Dean be added.",
     "Millford Community Bank", "Bank. RESOLVED"),
    ("en", "Perrin Billiards LLC, Gull Point Sailing Club and Mill Road Tacos & Wraps had not yet filed.",
     "Mill Road Tacos & Wraps", ""),
    ("en", "The meeting was recorded by Oakby Community Television.", "Oakby Community Television", ""),
    ("en", "Meet Bramley Youth FC about their grant application.", "Bramley Youth Football Club",
     "Meet Bramley Youth Football Club"),
])
def test_pattern_names(lang: str, text: str, name: str, absent: str) -> None:
    names = _names(lang, text)
    assert name in names
    assert absent not in names


@pytest.mark.parametrize(("text", "not_body"), [
    ("Staff present: Capt. Ada Frey, Fire Prevention Officer, Oakby Fire Department.", "Fire Prevention Officer"),
    ("Place: Oakby Town Hall, Selectboard Meeting Room, 1 Common Street.", "Selectboard Meeting Room"),
    ("Cllr Dean said Harnby District Council and Mill Lane were discussed.", "Mill Lane"),
])
def test_listed_offices_and_rooms_are_not_bodies(text: str, not_body: str) -> None:
    assert not_body not in _names("en", text)


@pytest.mark.parametrize(("text", "full_name"), [
    ("Nahlásím to na Krajskou správu a údržbu silnic Vysočiny.", "Krajská správa a údržba silnic Vysočiny"),
    ("Bez dotace ze Státního fondu životního prostředí do stavby nepůjdeme.", "Státní fond životního prostředí"),
])
def test_inflected_gazetteer_names(text: str, full_name: str) -> None:
    assert full_name in {o.full_name for o in _orgs("cs", text)}


def test_generic_abbreviation_joins_the_regional_body() -> None:
    orgs = _orgs("cs", "Krajnice nahlášena KSÚS Vysočiny.", "Napíšu přímo na ředitelství KSÚS.")
    assert [o.full_name for o in orgs] == ["Krajská správa a údržba silnic Vysočiny"]
    assert len(orgs[0].mentions) == 2


def test_head_abbreviation_and_initials_link() -> None:
    orgs = _orgs("en", "Clerk to write to Harnby DC about the verge-cutting payment.",
                 "Ongoing. HBC disputes two of the cuts.", "HDC disputes three of the cuts.")
    assert [o.name for o in orgs] == ["Harnby District Council"]
    assert {"Harnby DC", "HDC"} <= set(orgs[0].aliases)
    assert len(orgs[0].mentions) == 2


def test_letterhead_in_capitals() -> None:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    b.add(BlockKind.HEADING, "BRAMLEY PARISH COUNCIL")
    b.add(BlockKind.PARAGRAPH, "Minutes of the meeting of the Planning Committee held on 3 May 2025.")
    b.add(BlockKind.HEADING, "ANY OTHER BUSINESS")
    names = {o.name for o in extract_entities(b.build(), "en", MeetingInfo(), ()).institutions}
    assert names == {"Bramley Parish Council"}


@pytest.mark.parametrize(("text", "names"), [
    ("Povolení vydával odbor životního prostředí v Lipnici.", {"odbor životního prostředí v Lipnici"}),
    ("Žádost jsme podali odboru dopravy ve Dvoře Králové nad Labem.", {"odbor dopravy ve Dvoře Králové nad Labem"}),
    ("Mgr. Eva Malá (MMR, odbor územního plánování) informovala.", {"MMR"}),
])
def test_departments_with_their_seat(text: str, names: set[str]) -> None:
    assert _names("cs", text) == names


@pytest.mark.parametrize(("lang", "paragraphs", "name"), [
    ("en", ["Quotations: Office Nova Ltd, £96 per quarter, and Printwell Direct, £118 per quarter."],
     "Printwell Direct"),
    ("en", ["Jo: MapTrek North (York, 16–17 May) has offered us a stand."], "MapTrek North"),
    ("en", ["The hosting credits from Cloudberry run out in March.", "Ana to ask Cloudberry whether they renew."],
     "Cloudberry"),
])
def test_unknown_bodies_by_use(lang: str, paragraphs: list[str], name: str) -> None:
    assert name in _names(lang, *paragraphs)


@pytest.mark.parametrize("paragraphs", [
    ["The grant came from Cloudberry in March."],
    ["Lena: we met with Lena and Marek on Friday.", "Thanks to Lena and to Friday's volunteers."],
    ["Residents from Millbrook asked about the bus.", "The road to Millbrook will close in May."],
])
def test_unknown_words_once_or_people_are_not_bodies(paragraphs: list[str]) -> None:
    assert _names("en", *paragraphs) == set()


@pytest.mark.parametrize(("text", "names"), [
    ("Rada města bere na vědomí kontrolu plnění usnesení.", set()),
    ("Rada města schvaluje dotaci ve výši 15 000 Kč spolku Lipničtí střelci, z.s.", {"Lipničtí střelci, z.s."}),
    ("Schůzka se zástupci KÚ Pardubického kraje a dopravce Autobusy Orlice a.s. proběhla.",
     {"Krajský úřad Pardubického kraje", "Autobusy Orlice a.s."}),
    ("Radní informovala o zájmu Spolku rodičů při ZŠ Lipnice, z.s., uspořádat ples.",
     {"Spolek rodičů při ZŠ Lipnice, z.s.", "ZŠ Lipnice"}),
])
def test_czech_municipal_names(text: str, names: set[str]) -> None:
    found = _orgs("cs", text)
    assert {o.full_name if o.name.startswith("KÚ") else o.name for o in found} >= names
    assert not any(o.name.startswith(("Rada města bere", "15 000")) for o in found)


def test_address_before_a_legal_form_is_not_a_name() -> None:
    names = _names("cs", "Žádost organizace Základní škola Lipnice, Komenského 210, příspěvková organizace.")
    assert not any("Komenského" in n for n in names)


def test_annual_meeting_is_not_a_body() -> None:
    names = _names("en", "It was agreed to hold the Annual Parish Meeting in April. Clerk to chase County Council "
                         "Highways about the gully.")
    assert names == {"County Council"}


def test_initials_of_people_are_not_bodies() -> None:
    names = _names("cs", "Přítomni: Ing. Jan Nedbal (JN, vedoucí odboru), Mgr. Pavla Hrubá (PH, zástupkyně).",
                   "Úkol: připravit podklady / Z: PH / T: 6. 4.", "Dotaz JN: kdo to zaplatí? Odpověděla PH.")
    assert not names & {"PH", "JN"}
    assert not _names("cs", "Přítomni: JN, PH, LD", "LD informovala o jednání s PH.") & {"PH", "JN", "LD"}


def test_name_with_and_without_legal_form_is_one_body() -> None:
    orgs = _orgs("cs", "Smlouvu uzavřela Agentura pro rozvoj Lesnice, o.p.s.",
                 "Agentura pro rozvoj Lesnice předložila zprávu.")
    assert len(orgs) == 1


@pytest.mark.parametrize(("text", "name"), [
    ("Podklady pro jednání s ŘO IROP byly odeslány.", "ŘO IROP"),
    ("Česká školní inspekce ohlásila inspekční činnost.", "Česká školní inspekce"),
    ("Applications through UCAS were 6% higher.", "UCAS"),
])
def test_public_bodies_in_the_gazetteer(text: str, name: str) -> None:
    assert name in _names("cs" if "Č" in text or "Ř" in text else "en", text)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "Ms Ann Lowe, Director of Library Services, reported.", "Director of Library Services"),
    ("en", "Mr Ali will seek a nomination from the Students' Union for the November meeting.",
     "Students' Union for the November"),
    ("en", "The Office for Students had rated the University Silver overall.", "University Silver"),
])
def test_job_titles_dates_and_ratings_are_not_names(lang: str, text: str, absent: str) -> None:
    assert absent not in _names(lang, text)


@pytest.mark.parametrize(("lang", "paragraphs", "absent"), [
    ("en", ["Lena Ward (Company Secretary, minutes) attended.", "The Company Secretary reported on filings."],
     "Company Secretary"),
    ("en", ["Ravi Osei (Audit Partner, Tillbrook Yard LLP) attended for item 9."], "Audit Partner"),
    ("en", ["The CFO will report to the June Board.", "The review is due at the Sept Board."], "June Board"),
    ("en", ["The review is due at the Sept Board, said the Chair."], "Sept Board"),
    ("en", ["The Board approved the Treasury Management Strategy."], "HM Treasury"),
    ("en", ["Meetings will move to Microsoft Teams in April."], "Microsoft"),
    ("en", ["Grant came from the Affordable Homes Programme."], "Affordable Homes"),
    ("en", ["Owen Pike (Director of Estates) attended.", "Action: DoE to report | DoE"], "DoE"),
    ("en", ["Item carried forward from A24 to the next meeting with A24 noted."], "A24"),
])
def test_offices_meetings_documents_and_products_are_not_bodies(lang: str, paragraphs: list[str],
                                                                absent: str) -> None:
    assert absent not in _names(lang, *paragraphs)


def test_bodies_kept_beside_offices() -> None:
    names = _names("en", "Ravi Osei (Audit Partner, Tillbrook Yard LLP) attended.",
                   "The Regulator of Social Housing wrote to Harwick Bank plc.")
    assert "Tillbrook Yard LLP" in names and any(n.startswith("Harwick Bank") for n in names)


def test_municipality_a_delegate_speaks_for_is_a_body() -> None:
    orgs = _orgs("cs", "Přítomni: za obec Vranovice starosta Ing. Pavel Štěrba, za městys Kobylí starostka Eva Nová.",
                 "Starostka obce Ratiboř Jana Malá se omluvila. Výlet do obce Krhov se nekoná.")
    names = {o.name for o in orgs}
    assert {"Obec Vranovice", "Městys Kobylí"} <= names
    assert not {"Obec Ratiboř", "Obec Krhov"} & names
    assert "obec Vranovice" in next(o for o in orgs if o.name == "Obec Vranovice").aliases


def test_abbreviation_of_two_words_joins_the_known_body() -> None:
    orgs = _orgs("cs", "Agentura ochrany přírody a krajiny ČR (AOPK ČR) vydala stanovisko. AOPK ČR souhlasí.")
    assert len(orgs) == 1 and orgs[0].name == "AOPK ČR"


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "Carried over from LGB/23/19 | Update the website | Clerk", "LGB"),
    ("en", "The next meeting will be held in the Main Hall.", "Main Hall"),
    ("cs", "Komise doporučuje Radě města schválit smlouvu.", "Rada města schválit smlouvu"),
])
def test_references_rooms_and_verbs_are_not_names(lang: str, text: str, absent: str) -> None:
    assert absent not in _names(lang, text)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("cs", "Banka čeká na rozhodnutí SZIFu o registraci.", "SZIF"),
    ("cs", "Registraci vydal SZIFem.", "SZIF"),
    ("en", "The self-assessment against the Housing Ombudsman's code was approved.", "Housing Ombudsman"),
])
def test_inflected_acronyms_and_regulators(lang: str, text: str, name: str) -> None:
    assert name in _names(lang, text)


def test_heading_run_into_a_sentence_is_cut_at_the_determiner() -> None:
    names = _names("en", "4. AOB\nThe Village Plan Steering Group will meet on 1 July.")
    assert not any(n.startswith("AOB") for n in names)


def test_municipality_place_ends_before_a_person_or_a_sentence_end() -> None:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    b.add(BlockKind.PARAGRAPH, "Starosta obce Vranovice Josef Kalina se dotázal. Starostka městyse Kobylí Ing. Nová "
                               "poděkovala obci Krhov. Další jednání bude v obci Ratiboř. Příští týden.")
    places = {p.name for p in extract_entities(b.build(), "cs", MeetingInfo(), ()).places}
    assert {"Vranovice", "Kobylí", "Krhov", "Ratiboř"} <= places
    assert not any(" " in p for p in places)


@pytest.mark.parametrize(("paragraphs", "name", "alias"), [
    (["Odbor sociálních věcí připraví podklady do příštího jednání."], "odbor sociálních věcí", None),
    (["Starosta projedná žádost s odborem výstavby a územního plánování."], "odbor výstavby a územního plánování",
     None),
    (["Hosté: Mgr. Jana Malá (OŽP MMZL)", "Odbor životního prostředí zajistí vyjádření."], "OŽP MMZL",
     "odbor životního prostředí"),
])
def test_departments_that_act(paragraphs: list[str], name: str, alias: str | None) -> None:
    """A town office's department named by its agenda is a body where the text makes it act; its initials
    with the office's ("OŽP MMZL") are the same body and name it."""
    orgs = {o.name: o for o in _orgs("cs", *paragraphs)}
    assert name in orgs
    assert alias is None or alias in orgs[name].aliases or orgs[name].full_name == alias


@pytest.mark.parametrize("text", [
    "Ing. Petra Veselá, vedoucí odboru školství a kultury MěÚ Kostelec, informovala o zápisech.",
    "Jednání zahájila ředitelka odboru strategického rozvoje MPSV.",
    "Odbor dopravy odpověď zatím nezaslal.",
])
def test_departments_only_in_roles_are_not_bodies(text: str) -> None:
    names = {fold(n) for n in _names("cs", text)}
    assert not any(n.startswith(("odbor skolstvi", "odbor strategick")) for n in names)
    assert "odbor dopravy odpoved" not in names


@pytest.mark.parametrize(("text", "name", "absent"), [
    ("Správa sportovišť města Brandýs nad Labem, p. o. (SSMBL) zajistí úklid hřiště. SSMBL podá zprávu.",
     "SSMBL", "Labem, p. o."),
    ("Příspěvek obdrží za spolek Kamarádi na kolech pan Novák. Kamarádi na kolech, z. s. poděkovali.",
     "Kamarádi na kolech, z. s.", "spolek Kamarádi"),
])
def test_legal_form_names_with_inner_prepositions(text: str, name: str, absent: str) -> None:
    orgs = {o.name: o for o in _orgs("cs", text)}
    assert name in orgs and absent not in orgs
    assert len(orgs) == 1


@pytest.mark.parametrize(("text", "name"), [
    ("Komise doporučuje Radě města schválit rozšíření zóny.", "Rada města"),
    ("Materiál pro jednání Rady města včetně rozpočtu připraví tajemník.", "Rada města"),
])
def test_council_name_ends_after_the_municipality(text: str, name: str) -> None:
    assert _names("cs", text) == {name}


@pytest.mark.parametrize("text", [
    "Rodiče upozornili, že děti chodí do mateřské školy po neosvětleném chodníku.",
    "Strážníci zajistí dohled u základní školy.",
])
def test_unnamed_places_are_not_bodies(text: str) -> None:
    assert _names("cs", text) == set()


def test_acronym_after_a_role_is_its_body() -> None:
    assert "VKML" in _names("cs", "Podle ředitele VKML bude linka posílena od září.")


@pytest.mark.parametrize(("paragraphs", "present", "absent"), [
    (["Present: Mark Hill (MH) – Local Authority Governor; Ann Lee (AL) – Foundation Governor"], set(),
     {"Local Authority"}),
    (["Two pupils were referred to the county council's Youth Support Service."], {"Youth Support Service"},
     {"s Youth Support Service"}),
    (["The Diocese of Exeter supports the plan."], {"Diocese of Exeter"}, set()),
    (["Devon County Council confirmed the figures.", "ACTION: SBM to send the return to the LA by 31 May.",
      "The LA has replied."], {"Devon County Council"}, {"LA"}),
    (["Governors responded to the PAN consultation.", "Response to PAN consultation sent."], set(), {"PAN"}),
    (["A letter from QWRT confirming the refund was received."], {"QWRT"}, set()),
])
def test_english_school_governance_bodies(paragraphs: list[str], present: set[str], absent: set[str]) -> None:
    """Categories of governors are not bodies, a possessive is not part of a name, "the LA" is the one council
    the minutes name, and an acronym before a noun modifies it."""
    names = _names("en", *paragraphs)
    assert present <= names and not absent & names


@pytest.mark.parametrize(("paragraphs", "name"), [
    (["Zápis ze zasedání školské rady při Základní škole Horní Brána.",
      "Ředitelka požádala zřizovatele o opravu střechy; rozpočet města s ní počítá."], "Město Horní Brána"),
    (["Technické služby Dolní Lhota, příspěvková organizace, předložily rozpočet.",
      "Vozidlo bude hrazeno z příspěvku zřizovatele; obec s tím souhlasí."], "Obec Dolní Lhota"),
])
def test_founder_of_a_municipal_organisation_is_its_town(paragraphs: list[str], name: str) -> None:
    orgs = {o.name: o for o in _orgs("cs", *paragraphs)}
    assert name in orgs and "zřizovatele" in orgs[name].aliases


def test_founder_as_a_subject_or_a_mandate_is_no_mention() -> None:
    names = _names("cs", "Zápis školské rady při Základní škole Horní Brána.",
                   "Pan Novák, který je jmenován zřizovatelem, uvedl, že zřizovatel zajistí opravu; město souhlasí.")
    assert "Město Horní Brána" not in names


def test_office_addressed_with_na_stays_a_body() -> None:
    assert "KÚ" in _names("cs", "Zápis ze zasedání zastupitelstva obce Dolní Lhota.", "Žádost byla podána na KÚ 11. 4.")
