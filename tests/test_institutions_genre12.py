"""Inventory of the institutions real minutes name, written from knowledge of the genre before any failure was
read (not from our corpus): Czech bodies by their naming heads (ministries, regional, city, town and village
offices, state funds and inspectorates, the founded organisations of a town or region: museums, galleries,
libraries, theatres, observatories, archives, zoos, care homes, road maintenance; schools and their compounds
"a Mateřská škola", "ZŠ a MŠ", ZUŠ, DDM) and their legal forms (z. s., z. ú., o. p. s., p. o., s. r. o., a. s.,
spolek, nadace, svazek obcí, MAS); English bodies of humanitarian coordination (UN agencies and international
NGOs, by acronym and by full name), Irish, UK and US public bodies, universities, companies by their legal
suffix and civil-society bodies by their head noun; and acronyms attached to a person in an attendance list
("Jane Doe (ABC)", "Jane Doe – ABC", "ABC: Jane Doe"). Negative rows are what minutes contain that is shaped
like a body but is not one: programmes, funds, plans and documents, places, job titles, sector names of
humanitarian coordination, facilities, and generic words in capitals."""

from __future__ import annotations

import pytest
from genre_rows import check_institutions, gap

CS: list[object] = [
    # state administration and its offices
    ("Ministerstvo pro místní rozvoj vyhlásilo novou výzvu.", ("Ministerstvo pro místní rozvoj",), ()),
    ("Žádost byla zaslána Ministerstvu životního prostředí.", ("Ministerstvo životního prostředí",), ()),
    ("Česká školní inspekce provedla inspekční činnost v září.", ("Česká školní inspekce",), ()),
    ("Metodickou podporu nabízí Národní pedagogický institut České republiky.", ("NPI ČR",), ()),
    ("Národní památkový ústav vydal odborné vyjádření.", ("Národní památkový ústav",), ()),
    ("Úvěr poskytne Státní fond podpory investic.", ("Státní fond podpory investic",), ()),
    ("Hasičský záchranný sbor Kraje Vysočina provedl kontrolu.", ("Hasičský záchranný sbor Kraje Vysočina",), ()),
    ("Policie České republiky zajistí dopravní opatření.", ("Policie ČR",), ()),
    ("Úřad práce České republiky poskytne příspěvek na veřejně prospěšné práce.", ("Úřad práce ČR",), ()),
    # regional, city, town and village offices (a department after a comma belongs to the office)
    ("Krajský úřad Olomouckého kraje vydal souhlasné stanovisko.", ("Krajský úřad Olomouckého kraje",), ()),
    ("Stanovisko zaslal Magistrát města Kolína.", ("Magistrát města Kolína",), ()),
    ("Městský úřad Lhotice, odbor výstavby, vydal stavební povolení.", ("Městský úřad Lhotice",), ()),
    ("Obecní úřad Horní Ves zveřejní oznámení na úřední desce.", ("Obecní úřad Horní Ves",), ()),
    # founded organisations of a town or region
    gap("a region's name inside a founded body's name ends the name before its seat",
        "Muzeum Vysočiny Jihlava, příspěvková organizace, připraví výstavu.", ("Muzeum Vysočiny Jihlava",), ()),
    ("Krajská správa a údržba silnic Vysočiny opraví most do října.",
     ("Krajská správa a údržba silnic Vysočiny",), ()),
    ("Domov pro seniory Lhotice, p. o., hlásí plnou obsazenost.", ("Domov pro seniory Lhotice",), ()),
    ("Městská knihovna Lhotice rozšíří výpůjční dobu.", ("Městská knihovna Lhotice",), ()),
    ("Hvězdárna Lhotice pořádá pozorování pro veřejnost.", ("Hvězdárna Lhotice",), ()),
    ("Galerie výtvarného umění v Lhoticích zapůjčí obrazy.", ("Galerie výtvarného umění v Lhoticích",), ()),
    ("Státní okresní archiv Lhotice převzal kroniku obce.", ("Státní okresní archiv Lhotice",), ()),
    # schools and their compounds
    ("Základní škola a Mateřská škola Lhotice, příspěvková organizace, požádala o změnu rozpočtu.",
     ("Základní škola a Mateřská škola Lhotice",), ()),
    ("Ředitelka ZŠ a MŠ Lhotice informovala o zápisu do prvních tříd.", ("ZŠ a MŠ Lhotice",), ()),
    ("Gymnázium Lhotice podalo žádost o dotaci.", ("Gymnázium Lhotice",), ()),
    ("Základní umělecká škola Lhotice připraví vánoční koncert.", ("Základní umělecká škola Lhotice",), ()),
    ("Dům dětí a mládeže Lhotice zajistí příměstský tábor.", ("Dům dětí a mládeže Lhotice",), ()),
    # schools named with their field as an adjective after the kind, or before "škola"
    ("Ředitel Střední odborné školy stavební Lhotice informoval o přijímacím řízení.",
     ("Střední odborná škola stavební Lhotice",), ()),
    ("Střední průmyslová škola strojní Lhotice podala žádost o dotaci.",
     ("Střední průmyslová škola strojní Lhotice",), ()),
    ("Střední zdravotnická škola Lhotice otevře nový obor.", ("Střední zdravotnická škola Lhotice",), ()),
    ("Žáci střední odborné školy stavební se zúčastní soutěže.", (), ("Střední odborná škola stavební",)),
    # legal forms of civil society and companies
    # a kind written out is also known by its customary abbreviation and the same name
    ("Místní akční skupina Lhoticko, z. s., vyhlásila výzvu.", ("MAS Lhoticko",), ()),
    ("Základní škola Lhotice, příspěvková organizace, zajistí dozor.", ("ZŠ Lhotice",), ()),
    ("Zástupce MAS Horní Pootaví představil strategii.", ("MAS Horní Pootaví",), ()),
    # nouns of association names that end like a past-tense verb ("přátel", "podnikatelů")
    ("Spolek přátel Lhotic, z. s., uspořádá pouť.", ("Spolek přátel Lhotic",), ()),
    ("Svaz podnikatelů Lhotice, z. s., podpořil akci.", ("Svaz podnikatelů Lhotice",), ()),
    ("Centrum sociálních služeb Lhotice, o. p. s., zajistí pečovatelskou službu.",
     ("Centrum sociálních služeb Lhotice",), ()),
    ("Svazek obcí Lhoticko projednal rozpočet na příští rok.", ("Svazek obcí Lhoticko",), ()),
    ("Technické služby Lhotice, s. r. o., zajistí svoz odpadu.", ("Technické služby Lhotice",), ()),
    ("Vodovody a kanalizace Lhotice, a. s., oznámily odstávku vody.", ("Vodovody a kanalizace Lhotice",), ()),
    ("SDH Lhotice uspořádá okrskovou soutěž.", ("SDH Lhotice",), ()),
    # negatives: programmes, funds, plans, documents, facilities, places, titles, capitals
    ("Žádost o dotaci z IROP byla podána v termínu.", (), ("IROP",)),
    ("Projekt je financován z OP JAK.", (), ("OP JAK",)),
    ("Program rozvoje obce na roky 2025–2030 byl schválen.", (), ("Program rozvoje obce",)),
    ("Změna č. 2 územního plánu obce byla projednána.", (), ("Územní plán",)),
    ("Rekonstrukce ČOV bude dokončena v prosinci.", (), ("ČOV",)),
    ("Zastupitelstvo schválilo rozpočtové opatření č. 3.", (), ("Rozpočtové opatření",)),
    ("Místostarosta informoval o stavu komunikací v ulici Školní.", (), ("Školní",)),
    ("Hlasování: PRO 7, PROTI 0, ZDRŽEL SE 0.", (), ("PRO", "PROTI")),
    ("Faktury jsou uvedeny včetně DPH.", (), ("DPH",)),
    ("Správce osobních údajů postupuje podle GDPR.", (), ("GDPR",)),
]

EN: list[object] = [
    # UN agencies and international NGOs, by acronym and by full name
    ("UNHCR and IOM co-chair the working group.", ("UNHCR", "IOM"), ()),
    ("The Office for the Coordination of Humanitarian Affairs (OCHA) presented the situation update.",
     ("OCHA",), ()),
    ("WFP reported a break in the food pipeline from March.", ("WFP",), ()),
    ("The World Health Organization confirmed two new cases.", ("World Health Organization",), ()),
    ("UNICEF and Save the Children will lead the education response.", ("UNICEF", "Save the Children"), ()),
    ("The Norwegian Refugee Council (NRC) shared its legal aid figures.", ("NRC",), ()),
    ("Médecins Sans Frontières (MSF) opened a clinic in the camp.", ("MSF",), ()),
    ("IFRC and ICRC briefed on restoring family links.", ("IFRC", "ICRC"), ()),
    ("Oxfam and World Vision raised concerns about access.", ("Oxfam", "World Vision"), ()),
    ("The International Rescue Committee will share its protection monitoring.",
     ("International Rescue Committee",), ()),
    ("UNDP presented the early recovery framework.", ("UNDP",), ()),
    # Irish public bodies
    ("Galway County Council will review the planning conditions.", ("Galway County Council",), ()),
    ("Transport Infrastructure Ireland approved the design.", ("Transport Infrastructure Ireland",), ()),
    ("The National Transport Authority confirmed funding for the scheme.", ("National Transport Authority",), ()),
    ("The Environmental Protection Agency issued its report.", ("Environmental Protection Agency",), ()),
    ("The Sustainable Energy Authority of Ireland (SEAI) offered grants for retrofits.", ("SEAI",), ()),
    ("An Garda Síochána will attend the next meeting.", ("An Garda Síochána",), ()),
    ("The HSE has been asked for an update on the primary care centre.", ("HSE",), ()),
    ("Uisce Éireann confirmed the water main replacement.", ("Uisce Éireann",), ()),
    ("The Department of Transport published the guidelines.", ("Department of Transport",), ()),
    ("The Office of Public Works will fund the flood relief scheme.", ("Office of Public Works",), ()),
    # UK and US public bodies, universities and colleges
    ("The Environment Agency objected to the application.", ("Environment Agency",), ()),
    ("Natural England was consulted on the habitat assessment.", ("Natural England",), ()),
    # a city's name that opens a body's name closed by a head word ("Dublin City Council") is the body's
    ("Leeds Teaching Hospitals NHS Trust reported on waiting times.", ("Leeds Teaching Hospitals NHS Trust",), ()),
    ("Dublin City Council will review the plan.", ("Dublin City Council",), ()),
    ("Staff of Dublin City University attended the workshop.", ("Dublin City University",), ()),
    ("Belfast Health and Social Care Trust reported on discharges.", ("Belfast Health and Social Care Trust",), ()),
    ("Flooding in Dublin and Cork was discussed.", (), ("Dublin", "Cork")),
    ("The University of Limerick will host the workshop.", ("University of Limerick",), ()),
    ("Kilbride Community College submitted a proposal.", ("Kilbride Community College",), ()),
    # a team or section of a council named with "of" stands for the council
    ("The Climate Action Team of Galway County Council presented the plan.", ("Galway County Council",),
     ("Climate Action Team",)),
    ("The Planning Section of Mayo County Council objected.", ("Mayo County Council",), ()),
    ("An Post will close the branch in May.", ("An Post",), ()),
    # Irish municipal districts and Canadian regional districts are named "District of <place>"
    ("The Municipal District of Athenry-Oranmore agreed the schedule of works.",
     ("Municipal District of Athenry-Oranmore",), ()),
    ("The Regional District of Nanaimo confirmed its grant.", ("Regional District of Nanaimo",), ()),
    ("Residents of the district of Kilbride complained about the noise.", (), ()),
    # companies by legal suffix and civil-society bodies by head noun
    ("The contract was awarded to Harbour Civil Engineering Ltd.", ("Harbour Civil Engineering Ltd",), ()),
    ("Northway Energy plc has withdrawn its bid.", ("Northway Energy plc",), ()),
    ("Riverside Arts CIC will run the summer programme.", ("Riverside Arts CIC",), ()),
    ("The Westshire Wildlife Trust will survey the site.", ("Westshire Wildlife Trust",), ()),
    ("The Kilbride Residents Association raised the parking issue.", ("Kilbride Residents Association",), ()),
    ("The Kilbride Business Forum will host the launch.", ("Kilbride Business Forum",), ()),
    ("The Westshire Food Network asked for a stall.", ("Westshire Food Network",), ()),
    # acronyms attached to people in attendance lists
    ("Present: Jane Doe (UNHCR), John Roe (IOM), Mary Poe (NRC)", ("UNHCR", "IOM", "NRC"), ()),
    ("In attendance: Tom Reade – SEAI; Anne Lowe – TII", ("SEAI", "TII"), ()),
    # negatives: plans, documents, programmes, sectors, places, titles, capitals
    ("The Climate Action Plan 2024 was noted.", (), ("Climate Action Plan",)),
    ("Members discussed the review of the County Development Plan.", (), ("County Development Plan",)),
    ("WASH partners reported an increase in cases.", (), ("WASH",)),
    ("Shelter and NFI needs remain high in the northern districts.", (), ("Shelter", "NFI")),
    ("Flooding in Galway and Mayo was discussed.", (), ("Galway", "Mayo")),
    ("The Director of Services outlined the budget.", (), ("Director of Services",)),
    ("AOB: none. Date of next meeting TBC.", (), ("AOB", "TBC")),
    ("The LEADER programme will open for applications in May.", (), ("LEADER",)),
]


@pytest.mark.parametrize(("text", "present", "absent"), CS)
def test_czech_institution_genre(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions("cs", text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), EN)
def test_english_institution_genre(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions("en", text, present, absent)


CS_MORE: list[object] = [
    # legal forms of companies, foundations and institutes after a name
    ("Zemědělské družstvo Lhotice provede sklizeň na obecních pozemcích.", ("Zemědělské družstvo Lhotice",), ()),
    gap("a foundation named after its founding company is taken for the company",
        "Nadace ČEZ poskytla příspěvek na herní prvky.", ("Nadace ČEZ",), ()),
    ("Nadační fond Lhotice přispěje na opravu kapličky.", ("Nadační fond Lhotice",), ()),
    ("Státní pozemkový úřad zahájil komplexní pozemkové úpravy.", ("Státní pozemkový úřad",), ()),
    ("Ministerstvo zemědělství (MZe) vydalo metodiku.", ("MZe",), ()),
    # a person's body in brackets or after a dash, and "Za X:" groups
    ("Přítomni: Ing. Jana Malá (MAS Lhoticko), Mgr. Petr Novák (ZŠ Lhotice)", ("MAS Lhoticko", "ZŠ Lhotice"), ()),
    ("Hosté: Bc. Eva Horká – Krajský úřad Olomouckého kraje", ("Krajský úřad Olomouckého kraje",), ()),
    # negatives: the kind in general, programmes and calls of a body, grants
    ("Ředitelé všech ZŠ a MŠ v regionu se sejdou v březnu.", (), ("ZŠ a MŠ",)),
    ("Obec podala žádost do Programu obnovy venkova.", (), ("Program obnovy venkova",)),
    ("Nadační příspěvek bude použit na vybavení hřiště.", (), ("Nadační příspěvek",)),
    ("Strategie CLLD byla aktualizována.", (), ("CLLD",)),
    ("Všechny MAS v kraji připravují nové strategie.", (), ("MAS",)),
]

EN_MORE: list[object] = [
    # attendance lists: a body before its people, or after a person with a comma
    ("Attendees: // UNHCR: Jane Doe, John Roe // WFP: Mary Poe", ("UNHCR", "WFP"), ()),
    ("Present: Jane Doe, Galway County Council; John Roe, Enterprise Ireland", ("Galway County Council",
                                                                               "Enterprise Ireland"), ()),
    # state and semi-state bodies, regional universities and business bodies
    ("Gardaí will increase patrols near the school.", ("An Garda Síochána",), ()),
    ("Atlantic Technological University will host the cluster showcase.", ("Atlantic Technological University",), ()),
    ("The Local Enterprise Office will run a Lean for Micro workshop.", ("Local Enterprise Office",), ()),
    ("Galway Chamber of Commerce welcomed the proposal.", ("Galway Chamber of Commerce",), ()),
    ("Skillnet Ireland will co-fund the training programme.", ("Skillnet Ireland",), ()),
    ("Teagasc and Bord Bia presented the sustainability survey.", ("Teagasc", "Bord Bia"), ()),
    ("The Westshire Enterprise Partnership will host the next round.", ("Westshire Enterprise Partnership",), ()),
    ("The Irish Medtech Cluster signed the memorandum.", ("Irish Medtech Cluster",), ()),
    # research bodies named before "Institute of <field>", consortia, US federal science agencies
    ("Dublin Institute of Technology confirmed the placement.", ("Dublin Institute of Technology",), ()),
    ("The Board thanked the Royal Academy of Engineering.", ("Royal Academy of Engineering",), ()),
    ("Professor Jane Smith of the University of Leeds presented.", ("University of Leeds",), ()),
    ("The Westshire Coastal Hazards Consortium will share data.", ("Westshire Coastal Hazards Consortium",), ()),
    ("The U.S. Geological Survey confirmed the gauge readings.", ("USGS",), ()),
    ("The National Weather Service issued a flood watch.", ("National Weather Service",), ()),
    # negatives: funding programmes, schemes, national plans and job titles
    ("Members discussed the Horizon Europe and Interreg calls.", (), ("Horizon Europe", "Interreg")),
    ("Applications to the Town and Village Renewal Scheme close in May.", (), ("Town and Village Renewal Scheme",)),
    ("The National Development Plan allocates funding for the greenway.", (), ("National Development Plan",)),
    ("The Climate Action Coordinator presented the figures.", (), ("Climate Action Coordinator",)),
    ("The Senior Executive Officer will circulate the report.", (), ("Senior Executive Officer",)),
]


@pytest.mark.parametrize(("text", "present", "absent"), CS_MORE)
def test_czech_institution_genre_more(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions("cs", text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), EN_MORE)
def test_english_institution_genre_more(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions("en", text, present, absent)
