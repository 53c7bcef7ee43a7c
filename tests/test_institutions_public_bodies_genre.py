"""Inventory of public bodies that minutes of state and EU-funds bodies name, written from knowledge of the genre
(not from our corpus): the roles of the EU-funds structure written by role alone (ŘO, ZS, AO; managing and audit
authority) and the same roles said of a body ("MPSV jako řídicí orgán"), the country's name in full or as "ČR",
the committees of the two chambers, the government's councils and their bare short name ("Rada vlády"), a
secretariat or an office given a task with the body it serves in the genitive, research institutions by their
legal form "v. v. i.", abbreviations alone in a table's institution column, committee prefixes of minute
numbers ("for QSC 25/006"), and national health bodies of the UK."""

from __future__ import annotations

import pytest
from docbuild import blocks_doc, para, table
from genre_rows import check_institutions, gap

from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.result import MeetingInfo
from minutes_nlp.textutil import fold

CS: list[object] = [
    # the EU-funds structure by role (Nařízení 2021/1060, čl. 71-72)
    ("ŘO předloží monitorovacímu výboru výroční zprávu o provádění programu.", ("ŘO",), ()),
    ("Připomínky řídicího orgánu byly do textu výzvy zapracovány.", ("Řídicí orgán",), ()),
    ("Žadatelé se s dotazy obracejí na ŘO, který odpoví do deseti dnů.", ("ŘO",), ()),
    ("Za ZS se jednání zúčastnil vedoucí oddělení kontroly.", ("ZS",), ()),
    ("Ing. Nováková (AO MF) informovala o výsledcích auditu operací.", ("Auditní orgán",), ()),
    ("Auditní orgán Ministerstva financí zahájil audit systému řízení a kontroly.", ("Auditní orgán",), ()),
    ("Výzvu musí před vyhlášením schválit Řídicí orgán IROP.", ("ŘO IROP",), ("ŘO",)),
    # a role said of the body named before it is not a second body
    ("Ministerstvo průmyslu a obchodu jako řídicí orgán OP TAK změnu programu schválilo.",
     ("Ministerstvo průmyslu a obchodu",), ("Řídicí orgán",)),
    ("Zástupkyně uvedla, že MPSV coby řídicí orgán dosud nepotvrdilo text výzvy.", ("MPSV",), ("ŘO",)),
    # the country written in full or as ČR: one body either way
    ("Zástupce Úřadu vlády ČR se omluvil.", ("Úřad vlády ČR",), ()),
    ("Materiál připravil Úřad vlády České republiky.", ("Úřad vlády ČR",), ()),
    ("Stanovisko Hospodářské komory České republiky bylo kladné.", ("Hospodářská komora ČR",), ()),
    ("Dopis podepsal předseda Svazu měst a obcí České republiky.", ("Svaz měst a obcí ČR",), ()),
    # committees of the two chambers
    ("Návrh projedná Výbor pro veřejnou správu a regionální rozvoj na své příští schůzi.",
     ("Výbor pro veřejnou správu a regionální rozvoj",), ()),
    ("Podvýbor doporučuje Výboru pro veřejnou správu a regionální rozvoj návrh schválit.",
     ("Výbor pro veřejnou správu a regionální rozvoj",), ()),
    ("Novelu podpořil i Zemědělský výbor Poslanecké sněmovny.", ("Zemědělský výbor", "Poslanecká sněmovna"), ()),
    ("Senátní Výbor pro územní rozvoj, veřejnou správu a životní prostředí přijal usnesení.",
     ("Výbor pro územní rozvoj, veřejnou správu a životní prostředí",), ()),
    ("Materiál bude předložen Ústavně právnímu výboru.", ("Ústavně právní výbor",), ()),
    # the government's councils, and "Rada vlády" for the one the minutes name
    ("Materiál projedná Rada vlády pro nestátní neziskové organizace.",
     ("Rada vlády pro nestátní neziskové organizace",), ()),
    ("Předsedkyně informovala o zasedání Rady vlády pro seniory a stárnutí populace dne 12. 5. 2025.",
     ("Rada vlády pro seniory a stárnutí populace",), ()),
    ("Rada vlády pro lidská práva přijala podnět. Rada vlády jej postoupí ministerstvu.",
     ("Rada vlády pro lidská práva",), ()),
    ("Zpráva byla předložena Radě vlády pro udržitelný rozvoj. Rada vlády doporučení výboru přijala.",
     ("Rada vlády pro udržitelný rozvoj",), ()),
    ("Bezpečnostní rada státu projednala krizový plán.", ("Bezpečnostní rada státu",), ()),
    # a named secretariat or office given a task, with the body it serves
    ("Výbor ukládá sekretariátu výboru rozeslat podklady členům.", ("Sekretariát výboru",), ()),
    ("Sekretariát komise zašle členům zápis do pěti dnů.", ("Sekretariát komise",), ()),
    ("Kancelář starosty zajistí pronájem sálu.", ("Kancelář starosty",), ()),
    ("Tajemník zašle sekretariátu výboru podklady.", (), ("Sekretariát výboru",)),
    # research institutions by their legal form (zákon č. 341/2005 Sb.)
    ("Ing. Malá (Výzkumný ústav zemědělské techniky, v. v. i.) představila studii.",
     ("Výzkumný ústav zemědělské techniky, v. v. i.",), ()),
    ("Posudek zpracoval Ústav pro hydrodynamiku AV ČR, v. v. i.", ("Ústav pro hydrodynamiku AV ČR, v. v. i.",), ()),
    # the prosecution service by its seat ("zastupitelství" is not the council "zastupitelstvo")
    ("Státní zastupitelství v Lhoticích podalo obžalobu.", ("Státní zastupitelství v Lhoticích",), ()),
    ("Věc byla předána Okresnímu státnímu zastupitelství v Dolní Lhotě.",
     ("Okresní státní zastupitelství v Dolní Lhotě",), ("Zastupitelstvo obce",)),
    ("Obvodní státní zastupitelství pro Prahu 4 věc odložilo.", ("Obvodní státní zastupitelství pro Prahu 4",), ()),
    # the capital's districts are named with a number
    ("Na jednání byl přítomen zástupce Úřadu městské části Praha 4.", ("Úřad městské části Praha 4",), ()),
    ("Spor řeší Obvodní soud pro Prahu 4.", ("Obvodní soud pro Prahu 4",), ()),
    # banks, building societies, insurers and suppliers of housing associations
    ("Pojistná událost byla nahlášena České podnikatelské pojišťovně, a.s., Vienna Insurance Group.",
     ("Česká podnikatelská pojišťovna",), ()),
    ("Úvěr na zateplení poskytne Modrá pyramida stavební spořitelna.", ("Modrá pyramida",), ()),
    ("Teplo dodává Pražská teplárenská a.s.", ("Pražská teplárenská",), ()),
    ("Opravu provede Stavby Novák spol. s r.o. do konce měsíce.", ("Stavby Novák spol. s r.o.",), ()),
    # national associations whose local units municipal minutes name
    ("Zástupce Sdružení hasičů Čech, Moravy a Slezska se omluvil.", ("SH ČMS",), ()),
    ("Tělocvičnu využívá TJ Sokol Lhotice a Junák.", ("TJ Sokol Lhotice", "Junák"), ()),
    ("Stanovisko k bezbariérovosti zaslal Národní institut pro integraci osob s omezenou schopností pohybu a "
     "orientace ČR.", ("NIPI ČR",), ()),
    gap("an inflected legal name is reported as written, not in the nominative",
        "Zástupce Výzkumného ústavu rostlinné výroby, v. v. i., představil výsledky.",
        ("Výzkumný ústav rostlinné výroby, v. v. i.",), ()),
]

EN: list[object] = [
    ("One case had been referred to Maternity and Newborn Safety Investigations (MNSI).", ("MNSI",), ()),
    ("The HCPC has opened a fitness to practise case.", ("HCPC",), ()),
    ("The guidance of the Royal College of Obstetricians and Gynaecologists was adopted.", ("RCOG",), ()),
    ("Data were submitted to the National Confidential Enquiry into Patient Outcome and Death.", ("NCEPOD",), ()),
    ("The study was approved by the Health Research Authority and funded by the NIHR.",
     ("Health Research Authority", "NIHR"), ()),
    ("The Managing Authority confirmed that the call would open in May.", ("Managing Authority",), ()),
    ("The Audit Authority will present its annual control report.", ("Audit Authority",), ()),
    ("The Department, as Managing Authority, confirmed the allocation.", (), ("Managing Authority",)),
    # local authorities whose statutory name puts a word before the head
    ("The London Borough of Camden objected to the application.", ("London Borough of Camden",), ()),
    ("The Royal Borough of Greenwich confirmed its support.", ("Royal Borough of Greenwich",), ()),
    ("Staff from the Regional Municipality of Durham attended.", ("Regional Municipality of Durham",), ()),
    ("The Metropolitan Borough of Wirral responded.", ("Metropolitan Borough of Wirral",), ()),
    # a unit named with "of" and its body stands for the body
    ("The Planning Department of Harnley District Council objected.", ("Harnley District Council",), ()),
    ("The Department of Health and Social Care published guidance.", ("Department of Health and Social Care",), ()),
    # the integrated care board by its abbreviation, alone or beside its full name
    ("The ICB has agreed the allocation.", ("ICB",), ()),
    ("The letter from NHS Dorset Integrated Care Board was noted. The ICB has agreed the allocation.",
     ("NHS Dorset Integrated Care Board",), ()),
    # unions of NHS and school staff; "HM" alone names nothing
    ("The NEU and NAHT were consulted on the restructure.", ("NEU", "NAHT"), ()),
    ("Members of the Chartered Society of Physiotherapy were balloted.", ("CSP",), ()),
    ("A Regulation 28 report was received from HM Coroner for Dorset.", (), ("HM",)),
    # charity regulators and grant funders of charitable and heritage trusts
    ("The National Lottery Heritage Fund awarded a grant of £50,000.", ("National Lottery Heritage Fund",), ()),
    ("The Trustees thanked the Big Lottery Fund for its support.", ("National Lottery Community Fund",), ()),
    ("The Charity Commission for England and Wales opened a regulatory compliance case.",
     ("Charity Commission for England and Wales",), ()),
    ("The capital fund and the community fund were reviewed.", (), ()),
    ("The Office of the Police and Crime Commissioner for Kestrelshire attended.",
     ("Office of the Police and Crime Commissioner for Kestrelshire",), ()),
    # a committee's prefix of its minute numbers is no body
    ("The Director of Finance joined the meeting for FPC 25/014.", (), ("FPC",)),
    ("Actions from QSC 24/118 and QSC 24/121 were closed.", (), ("QSC",)),
]


@pytest.mark.parametrize(("text", "present", "absent"), CS)
def test_czech_public_bodies(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions("cs", text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), EN)
def test_english_public_bodies(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions("en", text, present, absent)


COLUMNS = [
    ("cs", ["Jméno", "Instituce", "Funkce"], ["Ing. Petr Malý", "VÚPT", "člen"], "VÚPT"),
    ("cs", ["Jméno", "Instituce", "Funkce"], ["Mgr. Jana Horká", "AVK", "členka s poradním hlasem"], "AVK"),
    ("en", ["Name", "Organisation", "Role"], ["Tom Reade", "NWRA", "observer"], "NWRA"),
]


@pytest.mark.parametrize(("lang", "head", "row", "abbr"), COLUMNS)
def test_acronym_alone_in_institution_column(lang: str, head: list[str], row: list[str], abbr: str) -> None:
    """"| Ing. X | VÚKI |": one word in capitals in a table's institution column is the person's body."""
    doc = blocks_doc(para("Přítomni:" if lang == "cs" else "Present:"), table(head, row))
    orgs = extract_entities(doc, lang, MeetingInfo(), ()).institutions
    assert any(fold(abbr) == fold(o.name) or abbr in o.aliases for o in orgs), [o.name for o in orgs]


def test_room_named_after_a_body_is_the_venue() -> None:
    """"zasedací sál Rady kraje" in the meeting's place names a room, not the council acting."""
    place = "Krajský úřad, Jihlava, zasedací sál Rady kraje"
    doc = blocks_doc(para("Místo: " + place), para("Jednání zahájil předseda."))
    orgs = extract_entities(doc, "cs", MeetingInfo(place=place), ()).institutions
    assert not any(fold(o.name) == fold("Rada kraje") for o in orgs), [o.name for o in orgs]
