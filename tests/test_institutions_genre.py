"""Genre inventory of the bodies real minutes name, written from the conventions of the genre (not from our
corpus): Czech municipalities and their offices, schools and příspěvkové organizace, social-service providers,
police, courts, banks, unions of municipalities, local action groups, faculties; English councils of several
countries, regulators and auditors, government departments, NHS and emergency services, companies by legal
form, charities and universities; abbreviations defined in the text; and the traps that look like bodies
(programmes, documents, systems, laws, roles, places)."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.result import Institution, MeetingInfo
from minutes_nlp.textutil import fold


def _orgs(lang: str, text: str) -> list[Institution]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    for p in text.split(" // "):
        b.add(BlockKind.PARAGRAPH, p)
    return list(extract_entities(b.build(), lang, MeetingInfo(), ()).institutions)


def _keys(o: Institution) -> set[str]:
    """Every name a scorer may match the body by: its name, full name and aliases."""
    return {fold(x) for x in (o.name, o.full_name or "", *o.aliases) if x}


def _check(lang: str, text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    orgs = _orgs(lang, text)
    keys = [_keys(o) for o in orgs]
    for name in present:
        assert any(fold(name) in k for k in keys), (name, [o.name for o in orgs])
    for name in absent:
        assert not any(fold(name) in k for k in keys), (name, [o.name for o in orgs])
    assert len(orgs) == len(present), [o.name for o in orgs]  # one entry per body, nothing else


CS = [
    # municipalities and their offices
    ("Zastupitelstvo schvaluje smlouvu s Obcí Dolní Lhota o společném zadávání.", ("Obec Dolní Lhota",), ()),
    ("Smlouvu s Městysem Velké Opatovice podepíše starosta.", ("Městys Velké Opatovice",), ()),
    ("Městys Nová Role požádal o vyjádření.", ("Městys Nová Role",), ()),
    ("Statutární město Přerov, Magistrát města Přerova, zaslal stanovisko.",
     ("Statutární město Přerov", "Magistrát města Přerova"), ()),
    ("Na jednání byl přítomen zástupce Městského úřadu Horní Vinice, odboru sociálních věcí.",
     ("Městský úřad Horní Vinice",), ()),
    ("Zástupce Krajského úřadu Zlínského kraje, odboru sociálních věcí, se omluvil.",
     ("Krajský úřad Zlínského kraje",), ()),
    ("Moravskoslezský kraj poskytl dotaci. Kraj trvá na vyúčtování.", ("Moravskoslezský kraj",), ()),
    ("Mikroregion Podhůří, svazek obcí, projedná rozpočet.", ("Mikroregion Podhůří",), ()),
    ("Dobrovolný svazek obcí Horní Pomoraví schválil závěrečný účet.", ("Dobrovolný svazek obcí Horní Pomoraví",), ()),
    # schools, příspěvkové organizace, municipal companies
    ("Žádost podala Základní škola a Mateřská škola Horní Vinice, příspěvková organizace.",
     ("Základní škola a mateřská škola Horní Vinice",), ()),
    ("Ředitelka ZŠ a MŠ Horní Vinice, p. o., předložila výroční zprávu.", ("ZŠ a MŠ Horní Vinice, p. o.",),
     ("Ředitelka ZŠ a MŠ Horní Vinice, p. o.",)),
    ("Centrum sociálních služeb Dubina, příspěvková organizace, požádalo o navýšení příspěvku.",
     ("Centrum sociálních služeb Dubina, příspěvková organizace",), ()),
    ("Domov pro seniory Horní Vinice, p. o. hlásí plnou obsazenost.", ("Domov pro seniory Horní Vinice, p. o.",), ()),
    ("Technické služby Horní Vinice, s.r.o. zajistí zimní údržbu.", ("Technické služby Horní Vinice, s.r.o.",), ()),
    ("Společnost Vodovody a kanalizace Horní Vinice, a.s. předložila ceník vodného.",
     ("Vodovody a kanalizace Horní Vinice, a.s.",), ()),
    # social services and NGOs
    ("Zástupce Charity Nové Město informoval o terénní službě.", ("Charita Nové Město",), ()),
    ("Oblastní charita Kroměříž rozšířila kapacitu pečovatelské služby.", ("Oblastní charita Kroměříž",), ()),
    ("Člověk v tísni, o.p.s. otevřel nízkoprahové zařízení.", ("Člověk v tísni, o.p.s.",), ()),
    ("Sdružení Podané ruce, o.p.s. rozšiřuje adiktologické služby.", ("Sdružení Podané ruce, o.p.s.",), ()),
    ("Spolek Přátelé Horní Vinice, z. s. uspořádal sbírku.", ("Spolek Přátelé Horní Vinice, z. s.",), ()),
    ("TJ Sokol Dolní Lhota požádala o dotaci.", ("TJ Sokol Dolní Lhota",), ()),
    ("Probační a mediační služba se připojila ke spolupráci.", ("Probační a mediační služba",), ()),
    ("Úřad práce České republiky – krajská pobočka v Olomouci poskytne data.", ("Úřad práce České republiky",), ()),
    ("Česká správa sociálního zabezpečení vyřizuje důchody.", ("Česká správa sociálního zabezpečení",), ()),
    ("Zástupci OSPOD se jednání zúčastnili.", ("OSPOD",), ()),
    # local action groups and programmes
    ("Místní akční skupina Podhůří, z. s. vyhlásila výzvu.", ("Místní akční skupina Podhůří, z. s.",), ()),
    ("MAS Podhůří, z.s. předložila zprávu o plnění SCLLD.", ("MAS Podhůří, z.s.",), ("SCLLD",)),
    ("Kancelář MAS Podhůří připraví výzvu do konce měsíce.", ("MAS Podhůří",), ("MAS Podhůří připraví",)),
    ("Národní síť Místních akčních skupin ČR, z.s. uspořádala konferenci.",
     ("Národní síť Místních akčních skupin České republiky",), ("Místní akční skupina ČR, z.s.",)),
    ("Řídicí orgán IROP schválil změnu výzvy.", ("Řídicí orgán IROP",), ()),
    ("Žádosti hodnotí Státní zemědělský intervenční fond.", ("Státní zemědělský intervenční fond",), ()),
    ("Agentura pro podnikání a inovace (API) vyhlásila výzvu OP TAK.", ("Agentura pro podnikání a inovace",),
     ("OP TAK",)),
    # police, fire, courts, health
    ("Obvodní oddělení Policie ČR Horní Vinice hlásí pokles krádeží.",
     ("Obvodní oddělení Policie ČR Horní Vinice",), ()),
    ("Městská policie Horní Vinice zajistí dohled.", ("Městská policie Horní Vinice",), ()),
    ("Hasičský záchranný sbor Zlínského kraje provedl cvičení.", ("Hasičský záchranný sbor Zlínského kraje",), ()),
    ("Sbor dobrovolných hasičů Dolní Lhota obdržel dotaci.", ("Sbor dobrovolných hasičů Dolní Lhota",), ()),
    ("Krajský soud v Brně rozhodl o žalobě.", ("Krajský soud v Brně",), ()),
    ("Okresní soud v Kroměříži nařídil jednání.", ("Okresní soud v Kroměříži",), ()),
    ("Krajská hygienická stanice Zlínského kraje provedla kontrolu.",
     ("Krajská hygienická stanice Zlínského kraje",), ()),
    ("Fakultní nemocnice Olomouc požádala o spolupráci.", ("Fakultní nemocnice Olomouc",), ()),
    ("Jednání s Fakultní nemocnicí Hradec Králové pokračuje.", ("Fakultní nemocnice Hradec Králové",), ()),
    ("Krajská nemocnice Liberec, a.s. přijme nové lékaře.", ("Krajská nemocnice Liberec, a.s.",), ()),
    ("Zdravotnická záchranná služba Zlínského kraje, p. o., zajišťuje výjezdy.",
     ("Zdravotnická záchranná služba Zlínského kraje, p. o.",), ()),
    # state bodies, banks, universities
    ("Ředitelství silnic a dálnic ČR zahájilo opravu mostu.", ("Ředitelství silnic a dálnic ČR",), ()),
    ("Povodí Moravy, s.p. připravuje protipovodňová opatření.", ("Povodí Moravy, s.p.",), ()),
    ("Úvěr poskytne Česká spořitelna, a.s.", ("Česká spořitelna, a.s.",), ()),
    ("Finanční úřad pro Zlínský kraj, územní pracoviště v Kroměříži, vydal rozhodnutí.",
     ("Finanční úřad pro Zlínský kraj",), ()),
    ("Děkan Přírodovědecké fakulty Univerzity Palackého v Olomouci informoval senát.",
     ("Univerzita Palackého v Olomouci",), ()),
    # abbreviations defined in the text
    ("Zpráva Rady pro rozvoj venkova (dále jen „RRV“) byla projednána. RRV doporučila změny.",
     ("Rada pro rozvoj venkova",), ()),
    # inflected forms, offices named by abbreviation, secondary schools, firms after a verb
    ("Dopis byl zaslán Krajskému úřadu Olomouckého kraje.", ("Krajský úřad Olomouckého kraje",), ()),
    ("Žádost byla podána Ministerstvu pro místní rozvoj.", ("Ministerstvo pro místní rozvoj",), ()),
    ("Smlouva s Úřadem městské části Praha 3 byla podepsána.", ("Úřad městské části Praha 3",), ()),
    ("Obecní úřad Dolní Lhota vydal potvrzení. OÚ Dolní Lhota zajistí vyvěšení.", ("Obecní úřad Dolní Lhota",), ()),
    ("Odbor dopravy MěÚ Horní Vinice vydal stanovisko.", ("Městský úřad Horní Vinice",), ()),
    ("Úřad městyse Nová Role zveřejnil záměr.", ("Úřad městyse Nová Role",), ()),
    ("Gymnázium Horní Vinice, příspěvková organizace, požádalo o příspěvek.", ("Gymnázium Horní Vinice",), ()),
    ("Střední odborná škola Horní Vinice uspořádala den otevřených dveří.", ("Střední odborná škola Horní Vinice",),
     ()),
    ("Připojení zajistí ČEZ Distribuce, a. s.", ("ČEZ Distribuce, a. s.",),
     ("Připojení zajistí ČEZ Distribuce, a. s.",)),
    ("Dohoda s Mysliveckým spolkem Dolní Lhota byla uzavřena.", ("Myslivecký spolek Dolní Lhota",), ()),
    ("Římskokatolická farnost Horní Vinice požádala o příspěvek.", ("Římskokatolická farnost Horní Vinice",), ()),
    ("Nadace Partnerství podpořila výsadbu alejí.", ("Nadace Partnerství",), ()),
    ("Krajské ředitelství policie Zlínského kraje poskytlo statistiky.",
     ("Krajské ředitelství policie Zlínského kraje",), ()),
    ("Zástupce Spolku pro obnovu venkova ČR informoval o soutěži.", ("Spolek pro obnovu venkova",), ()),
    ("Svaz měst a obcí ČR připomínkoval novelu zákona.", ("Svaz měst a obcí České republiky",), ()),
    ("Kontrolu provedl Úřad pro ochranu osobních údajů.", ("Úřad pro ochranu osobních údajů",), ()),
    ("Zástupci Diakonie Horní Vinice a Charity Dolní Lhota se zúčastnili.",
     ("Diakonie Horní Vinice", "Charita Dolní Lhota"), ()),
    ("Dodavatelem je STRABAG a.s., odštěpný závod Morava.", ("STRABAG a.s.",), ()),
    # abbreviations the text defines for a body, and bodies of the programmes' paying agencies
    ("Místní akční skupina Podhůří, z. s. (dále jen „MAS“) předložila zprávu. MAS požádala o změnu.",
     ("Místní akční skupina Podhůří, z. s.",), ()),
    ("Státní fond podpory investic (dále jen „SFPI“) vyhlásil výzvu. SFPI poskytne úvěr.",
     ("Státní fond podpory investic",), ()),
    ("Smlouva se společností Stavby Novák s.r.o. (dále jen „zhotovitel“) byla podepsána.", ("Stavby Novák s.r.o.",),
     ("zhotovitel",)),
    ("Regionální rozvojová agentura Střední Morava (RRA) připravila analýzu. RRA ji rozešle.",
     ("Regionální rozvojová agentura Střední Morava",), ()),
    ("Zástupce Sdružení obcí Horní Pomoraví (SOHP) se omluvil. SOHP zašle podklady.",
     ("Sdružení obcí Horní Pomoraví",), ()),
    ("Na jednání MAS Horní Pomoraví, o.p.s. vystoupil ředitel kanceláře.", ("MAS Horní Pomoraví, o.p.s.",), ()),
    ("Spolupráce s Asociací poskytovatelů sociálních služeb ČR pokračuje.",
     ("Asociace poskytovatelů sociálních služeb ČR",), ()),
    ("Hodnotitelé Centra pro regionální rozvoj ČR ověřili žádosti.", ("Centrum pro regionální rozvoj",), ()),
    ("Kontrolu provedla Česká školní inspekce.", ("Česká školní inspekce",), ()),
    ("Vyjádření Povodí Odry, státní podnik, bylo kladné.", ("Povodí Odry",), ()),
    ("Obec je členem Mikroregionu Podhůří a MAS Podhůří.", ("Mikroregion Podhůří", "MAS Podhůří"), ()),
    # regional branches named by their region, social-service providers by kind and seat
    ("Spolupráce s Policií ČR a Městskou policií Horní Vinice funguje.",
     ("Policie České republiky", "Městská policie Horní Vinice"), ()),
    ("HZS Zlínského kraje provedl kontrolu.", ("Hasičský záchranný sbor Zlínského kraje",), ("Zlínský kraj",)),
    ("Dětský domov Horní Vinice požádal o příspěvek.", ("Dětský domov Horní Vinice",), ()),
    ("Ústav sociální péče Horní Vinice hlásí pořadník.", ("Ústav sociální péče Horní Vinice",), ()),
    ("Centrum duševního zdraví Kroměříž zahájilo provoz.", ("Centrum duševního zdraví Kroměříž",), ()),
    ("Centrum sociálních služeb Horní Vinice, p. o. zajišťuje pečovatelskou službu.",
     ("Centrum sociálních služeb Horní Vinice, p. o.",), ()),
    ("Zástupce Regionální rady regionu soudržnosti Střední Morava informoval o výzvě.",
     ("Regionální rada regionu soudržnosti Střední Morava",), ()),
    ("Zástupkyně Krajské hospodářské komory Zlínského kraje se omluvila.",
     ("Krajská hospodářská komora Zlínského kraje",), ()),
    ("Výzvu vyhlásila Národní sportovní agentura.", ("Národní sportovní agentura",), ()),
    ("Zpráva Nejvyššího kontrolního úřadu byla projednána.", ("Nejvyšší kontrolní úřad",), ()),
    ("Ostravská univerzita zpracovala evaluaci.", ("Ostravská univerzita",), ()),
    # managing authorities of the programmes; the EU funds themselves are money
    ("Řídicí orgán OPZ+ vydal stanovisko.", ("Řídicí orgán OPZ+",), ()),
    ("ŘO OP TAK schválil změnu.", ("Řídicí orgán OP TAK",), ()),
    ("Zástupce MPSV, odboru řízení pomoci z ESF, vystoupil.", ("Ministerstvo práce a sociálních věcí",), ("ESF",)),
]

CS_TRAPS = [
    "Integrovaný regionální operační program (dále jen „IROP“) podporuje školy. Výzva IROP byla vyhlášena.",
    "Komunitní plán sociálních služeb (dále jen „KPSS“) byl schválen. KPSS platí do roku 2027.",
    "Strategie komunitně vedeného místního rozvoje byla aktualizována.",
    "Dotace z Národního plánu obnovy budou čerpány v příštím roce.",
    "Zpracování osobních údajů se řídí GDPR a zákonem č. 110/2019 Sb.",
    "Žádost byla podána v systému MS2021+.",
    "Akční plán rozvoje sociálních služeb na rok 2026 byl schválen.",
    "Zápis ze schůze obdrží starosta Horní Vinice.",
    "Jednání proběhlo v Horní Vinici na náměstí Míru.",
    "Vedoucí odboru sociálních věcí informovala pracovní skupinu.",
    "Pracovní skupina Senioři se sešla v úterý.",
    "Žádost o dotaci z Operačního programu Zaměstnanost plus (OPZ+) byla podána.",
    "Obec čerpá z Programu rozvoje venkova.",
    "Postup upravuje zákon o sociálních službách.",
    "Pracovní skupina Rodina a děti projednala katalog služeb.",
    "Řídicí výbor komunitního plánování schválil harmonogram.",
    "Projekt je financován z Evropského sociálního fondu plus.",
    "Dotace z Fondu malých projektů byla proplacena.",
]

EN = [
    # auditors, regulators, ombudsmen
    ("The Committee noted the report from the Victorian Auditor-General's Office.",
     ("Victorian Auditor-General's Office",), ()),
    ("VAGO has issued its interim management letter.", ("Victorian Auditor-General's Office",), ()),
    ("Representatives of the Australian National Audit Office attended.", ("Australian National Audit Office",), ()),
    ("The Audit Office of New South Wales will present the engagement plan.", ("Audit Office of New South Wales",), ()),
    ("The Queensland Audit Office (QAO) completed the interim audit. QAO noted two findings.",
     ("Queensland Audit Office",), ()),
    ("The Office of the Auditor General Western Australia issued a report on cyber security.",
     ("Office of the Auditor General Western Australia",), ()),
    ("The National Audit Office reported on local audit.", ("National Audit Office",), ()),
    ("The Office of the Comptroller and Auditor General has completed its audit.",
     ("Office of the Comptroller and Auditor General",), ()),
    ("The Local Government Audit Service reviewed the annual financial statement.",
     ("Local Government Audit Service",), ()),
    ("Audit New Zealand presented the audit plan for the year.", ("Audit New Zealand",), ()),
    ("The Local Government Inspectorate released guidance on gifts.", ("Local Government Inspectorate",), ()),
    ("The Independent Broad-based Anti-corruption Commission (IBAC) published a report.",
     ("Independent Broad-based Anti-corruption Commission",), ()),
    ("The Ombudsman Western Australia released a report on complaint handling.",
     ("Ombudsman Western Australia",), ()),
    ("The NSW Ombudsman and the Information and Privacy Commission were consulted.",
     ("NSW Ombudsman", "Information and Privacy Commission"), ()),
    ("The Fair Work Commission handed down its decision.", ("Fair Work Commission",), ()),
    ("WorkSafe Victoria issued an improvement notice.", ("WorkSafe Victoria",), ()),
    ("The Essential Services Commission approved the rate cap variation.", ("Essential Services Commission",), ()),
    # government departments and agencies of several countries
    ("The Department of Local Government, Sport and Cultural Industries requested the compliance audit return.",
     ("Department of Local Government, Sport and Cultural Industries",), ()),
    ("The Department of Energy, Environment and Climate Action granted approval.",
     ("Department of Energy, Environment and Climate Action",), ()),
    ("Advice was sought from the Australian Taxation Office on FBT.", ("Australian Taxation Office",), ()),
    ("Letter from Transport for NSW regarding the bypass.", ("Transport for NSW",), ("NSW",)),
    ("The Country Fire Authority will inspect the depot.", ("Country Fire Authority",), ()),
    ("Correspondence was received from the Municipal Association of Victoria.",
     ("Municipal Association of Victoria",), ()),
    ("WALGA has provided a template policy.", ("Western Australian Local Government Association",), ()),
    ("An Garda Síochána reported a reduction in antisocial behaviour.", ("An Garda Síochána",), ()),
    ("The Health Service Executive confirmed funding for the primary care centre.", ("Health Service Executive",),
     ("Health Service",)),
    ("Tusla, the Child and Family Agency, attended the meeting.", ("Child and Family Agency",), ()),
    ("Uisce Éireann confirmed the water main works.", ("Uisce Éireann",), ()),
    ("Waka Kotahi NZ Transport Agency will fund the project.", ("Waka Kotahi NZ Transport Agency",), ()),
    ("Local Government New Zealand circulated a submission.", ("Local Government New Zealand",), ()),
    ("The Canada Revenue Agency audited the payroll.", ("Canada Revenue Agency",), ()),
    ("The RCMP detachment reported on traffic enforcement.", ("Royal Canadian Mounted Police",), ()),
    ("The Federation of Canadian Municipalities announced a grant.", ("Federation of Canadian Municipalities",), ()),
    ("The Government Accountability Office released a report.", ("Government Accountability Office",), ()),
    ("The Department of Housing and Urban Development awarded a CDBG grant.",
     ("Department of Housing and Urban Development",), ()),
    ("The Massachusetts Department of Transportation will repave Route 9.",
     ("Massachusetts Department of Transportation",), ()),
    ("The Department for Science, Innovation and Technology wrote to the Council.",
     ("Department for Science, Innovation and Technology",), ()),
    ("The Ministry of Business, Innovation and Employment consulted councils.",
     ("Ministry of Business, Innovation and Employment",), ()),
    ("Letters from the Department of Health, Kestrel Council and Fenby Trust were noted.",
     ("Department of Health", "Kestrel Council", "Fenby Trust"), ()),
    ("The Department for Education, the Home Office and HMRC responded.",
     ("Department for Education", "Home Office", "HM Revenue & Customs"), ()),
    # councils
    ("Shire of Wattle Creek officers presented the risk register.", ("Shire of Wattle Creek",), ()),
    ("Wattle Creek Shire Council adopted the budget.", ("Wattle Creek Shire Council",), ()),
    ("The Town of Pine Ridge signed the agreement.", ("Town of Pine Ridge",), ()),
    ("The County of Maple Falls requested comments.", ("County of Maple Falls",), ()),
    ("Westbrook County Council approved the Part 8 scheme.", ("Westbrook County Council",), ()),
    ("Kapiti Bay District Council resolved to consult.", ("Kapiti Bay District Council",), ()),
    ("Oakdale Metropolitan Borough Council's Director of Place attended.", ("Oakdale Metropolitan Borough Council",),
     ()),
    ("Kestrel Parish Council and Fenby Town Council responded to the consultation.",
     ("Kestrel Parish Council", "Fenby Town Council"), ()),
    ("Westshire County Council (the County Council) objected. The County Council will respond.",
     ("Westshire County Council",), ()),
    ("The Northwood Unified School District presented its budget.", ("Northwood Unified School District",), ()),
    ("The Pine Valley Fire Protection District requested a hydrant.", ("Pine Valley Fire Protection District",), ()),
    ("The Kestrel Business Improvement District responded.", ("Kestrel Business Improvement District",), ()),
    ("Harrow Valley Water Authority will replace the pipes.", ("Harrow Valley Water Authority",), ()),
    # NHS and emergency services
    ("NHS Kestrel Integrated Care Board commissioned the service.", ("NHS Kestrel Integrated Care Board",), ()),
    ("Kestrel and Fenby NHS Foundation Trust reported waiting times.", ("Kestrel and Fenby NHS Foundation Trust",),
     ()),
    ("South Fenby Police attended. Avon and Kestrel Constabulary also sent apologies.",
     ("South Fenby Police", "Avon and Kestrel Constabulary"), ()),
    ("The West Fenby Ambulance Service NHS Trust reported response times.",
     ("West Fenby Ambulance Service NHS Trust",), ()),
    ("Kestrel Fire and Rescue Service carried out a home safety visit.", ("Kestrel Fire and Rescue Service",), ()),
    # companies by legal form, audit firms
    ("Grant Thornton UK LLP were appointed as external auditors.", ("Grant Thornton UK LLP",), ()),
    ("Ernst & Young LLP presented the audit findings report.", ("Ernst & Young LLP",), ()),
    ("PricewaterhouseCoopers (PwC) were engaged as internal auditors. PwC reported three findings.",
     ("PricewaterhouseCoopers",), ()),
    ("Fenby Community Energy CIC has applied for a grant.", ("Fenby Community Energy CIC",), ()),
    ("Acme Building Services Pty Ltd was awarded the contract.", ("Acme Building Services Pty Ltd",), ()),
    ("Harbour Holdings plc confirmed the lease.", ("Harbour Holdings plc",), ()),
    ("Smith & Jones Solicitors LLP advised the Board.", ("Smith & Jones Solicitors LLP",), ()),
    # charities and universities
    ("The Fenby Community Trust (the Trust) will host the event. The Trust thanked members.",
     ("Fenby Community Trust",), ()),
    ("The University of Fenby and Kestrel College signed a memorandum.", ("University of Fenby", "Kestrel College"),
     ()),
    ("The Fenby Chamber of Commerce responded.", ("Fenby Chamber of Commerce",), ()),
    ("The University of Fenby and the Kestrel City Council signed a memorandum.",
     ("University of Fenby", "Kestrel City Council"), ()),
    ("The Institute of Chartered Accountants and Kestrel Society met.",
     ("Institute of Chartered Accountants", "Kestrel Society"), ()),
    # abbreviations defined in the text, more councils and emergency services of several countries
    ("The Environment Agency (EA) objected. The EA will attend.", ("Environment Agency",), ()),
    ("Kestrel Borough Council (KBC) responded. KBC will reply.", ("Kestrel Borough Council",), ()),
    ("St Mary's Church of England Primary School requested a grant.",
     ("St Mary's Church of England Primary School",), ()),
    ("Kestrel Rotary Club and Kestrel Housing Association attended.",
     ("Kestrel Rotary Club", "Kestrel Housing Association"), ()),
    ("Harbour View Holdings Limited submitted a tender.", ("Harbour View Holdings Limited",), ()),
    ("Smithfield Consulting Pty Ltd (the Contractor) completed the works.", ("Smithfield Consulting Pty Ltd",), ()),
    ("Kestrel Regional Council and Auckland Council signed the accord.",
     ("Kestrel Regional Council", "Auckland Council"), ()),
    ("The Office of the Information Commissioner issued guidance.", ("Office of the Information Commissioner",), ()),
    ("The Kestrel Local Health District responded.", ("Kestrel Local Health District",), ()),
    ("Queensland Police Service and Victoria Police attended.", ("Queensland Police Service", "Victoria Police"), ()),
    ("Ambulance Victoria and Fire Rescue Victoria reported.", ("Ambulance Victoria", "Fire Rescue Victoria"), ()),
    ("The NSW Police Force provided statistics.", ("NSW Police Force",), ()),
    ("Kestrel Shire Council (the Council) adopted the plan.", ("Kestrel Shire Council",), ()),
    ("The Kestrel Primary Health Network funded the program.", ("Kestrel Primary Health Network",), ()),
    ("Mr Smith of Smith Planning Ltd attended.", ("Smith Planning Ltd",), ()),
    ("The Shire's insurer, LGIS, reviewed the claim.", ("Local Government Insurance Services",), ()),
    ("The Internal Auditor, Crowe Australasia, presented the report.", ("Crowe Australasia",), ()),
    ("The external auditor, RSM Australia, acting for the Auditor General, attended.", ("RSM Australia",), ()),
    # abbreviations defined in the text, governments, people sent by a body
    ("The Fenby Community Trust (\"the Trust\") agreed. The Trust will report.", ("Fenby Community Trust",), ()),
    ("Kestrel Water Services Limited (hereinafter \"KWS\") will supply. KWS confirmed.",
     ("Kestrel Water Services Limited",), ()),
    ("Kestrel and District Community Transport Association (KDCTA) presented.",
     ("Kestrel and District Community Transport Association",), ()),
    ("Representatives of Kestrel Council for Voluntary Service attended.", ("Kestrel Council for Voluntary Service",),
     ("Representatives of Kestrel Council for Voluntary Service",)),
    ("The officers of the Kestrel Residents Group met the Council.", ("Kestrel Residents Group",), ()),
    ("Ms Lee, a director of Fenby Homes Ltd, declared an interest.", ("Fenby Homes Ltd",), ()),
    ("The Department of Agriculture, Fisheries and Forestry responded.",
     ("Department of Agriculture, Fisheries and Forestry",), ()),
    ("The City of Kestrel and the Town of Fenby agreed to share services.", ("City of Kestrel", "Town of Fenby"), ()),
    ("The Victorian Government announced the funding.", ("Victorian Government",), ()),
    ("The Commonwealth Government will provide a grant.", ("Commonwealth Government",), ()),
    ("The Scottish Government and the Welsh Government were consulted.",
     ("Scottish Government", "Welsh Government"), ()),
    ("LGIS and WALGA were represented.",
     ("Local Government Insurance Services", "Western Australian Local Government Association"), ()),
    ("The Department of Premier and Cabinet issued a circular.", ("Department of Premier and Cabinet",), ()),
    ("Wattle Creek Regional Council signed.", ("Wattle Creek Regional Council",), ()),
    ("The report by Moore Australia was tabled.", ("Moore Australia",), ()),
    ("Kestrel Aboriginal Corporation requested a meeting.", ("Kestrel Aboriginal Corporation",), ()),
    ("The Kestrel Landcare Group received funding.", ("Kestrel Landcare Group",), ()),
    ("Kestrel Health Service presented its quality account.", ("Kestrel Health Service",), ()),
    # Western Australian state bodies; possessive owners and titles written without "of"
    ("The Department of Fire and Emergency Services issued a warning.",
     ("Department of Fire and Emergency Services",), ()),
    ("Main Roads Western Australia will upgrade the highway.", ("Main Roads Western Australia",), ()),
    ("Western Power will replace the poles.", ("Western Power",), ()),
    ("The Public Sector Commission released a report.", ("Public Sector Commission",), ()),
    ("The Office of the Auditor General (OAG) issued its opinion.", ("Office of the Auditor General",), ()),
    ("The Shire's Occupational Health and Safety Committee met twice.",
     ("Occupational Health and Safety Committee",), ("Shire's Occupational Health and Safety Committee",)),
]

EN_TRAPS = [
    "The Strategic Plan 2025-2029 was adopted.",
    "The Risk Management Framework was reviewed.",
    "The Long Term Financial Plan was noted.",
    "The Local Roads and Community Infrastructure Program funding was confirmed.",
    "The Council's Code of Conduct was reviewed.",
    "The Audit and Risk Committee Charter was endorsed.",
    "The Chief Executive Officer presented the report.",
    "Members discussed Fenby High Street and Kestrel Road.",
    "The CEO will write to the Minister for Local Government.",
    "The Minutes of the Audit Committee were received.",
    "The Committee reviewed compliance with the Privacy Act and the FOI policy.",
    "The ERP system upgrade and the CRM roll-out were noted.",
    "Members visited the Lake District and the Peak District.",
    "Financial statements were prepared under Australian Accounting Standards.",
    "The Local Government Act 2020 requires an audit committee.",
    "AASB 16 applies to leases.",
    "The Fraud and Corruption Control Plan was reviewed.",
    "The Internal Audit Plan was endorsed.",
    "The Business Continuity Plan was tested.",
    "The Cyber Security Strategy was noted.",
    "The Council Plan 2025-2029 was adopted.",
    "The Gifts, Benefits and Hospitality Policy was updated.",
    "The Risk Register was reviewed by the Manager Governance.",
    "The Mayor and the Deputy Mayor attended.",
    "The Chief Financial Officer presented the Annual Financial Report.",
    "The Councillor Code of Conduct was reviewed.",
    "The Procurement Policy was adopted.",
    "The Director of Finance presented the accounts.",
    "The Auditor-General's representative attended.",
    "The Chief Executive Officer, Director Corporate Services and Manager Governance and Risk attended.",
    "The Executive Manager Finance presented the Compliance Audit Return.",
    "Internal Audit presented the Quarterly Report.",
    "The audit was conducted under the Local Government (Audit) Regulations 1996.",
    "The Audit and Risk Management Committee Terms of Reference were reviewed.",
    "Cr Smith moved and Cr Brown seconded the motion.",
    "The project is funded by UKSPF and ERDF.",
]


@pytest.mark.parametrize(("text", "present", "absent"), CS)
def test_czech_bodies(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    _check("cs", text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), EN)
def test_english_bodies(text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    _check("en", text, present, absent)


@pytest.mark.parametrize(("lang", "text"), [("cs", t) for t in CS_TRAPS] + [("en", t) for t in EN_TRAPS])
def test_no_body(lang: str, text: str) -> None:
    assert [o.name for o in _orgs(lang, text)] == []
