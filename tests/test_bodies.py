"""Bodies of municipal and civic minutes: kinds named by a common noun and a name, firms, committees that act."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.entities import Entities, extract_entities
from minutes_nlp.extract.result import Institution, MeetingInfo
from minutes_nlp.textutil import fold


def _orgs(lang: str, *paragraphs: str, meeting: MeetingInfo = MeetingInfo()) -> list[Institution]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    for p in paragraphs:
        b.add(BlockKind.PARAGRAPH, p)
    return list(extract_entities(b.build(), lang, meeting, ()).institutions)


def _keys(o: Institution) -> set[str]:
    return {fold(x) for x in (o.name, o.full_name or "", *o.aliases) if x}


def _found(lang: str, text: str, meeting: MeetingInfo = MeetingInfo()) -> list[set[str]]:
    return [_keys(o) for o in _orgs(lang, text, meeting=meeting)]


ZO = MeetingInfo(title="Zápis ze zasedání Zastupitelstva obce Horní Vrbice")


@pytest.mark.parametrize(("text", "expected"), [
    ("Obecní úřad Horní Vrbice zajistí zveřejnění na úřední desce.", ["Obecní úřad Horní Vrbice"]),
    ("Starosta uložil OÚ zajistit opravu.", ["OÚ"]),
    ("Žádost TJ Sokol Horní Vrbice o příspěvek byla schválena.", ["TJ Sokol Horní Vrbice"]),
    ("SDH Lipník požádal o dotaci na zásahové vozidlo.", ["Sbor dobrovolných hasičů Lipník"]),
    ("Finanční výbor provedl kontrolu, kontrolní výbor kontrolu plnění usnesení.",
     ["Finanční výbor", "Kontrolní výbor"]),
    ("Stavební úřad Městského úřadu Boreč vydal povolení.", ["Stavební úřad", "Městský úřad Boreč"]),
    ("ZŠ a MŠ Horní Vrbice, příspěvková organizace, předložila výroční zprávu.", ["ZŠ a MŠ Horní Vrbice"]),
    ("Obec je členem Mikroregionu Podlesí a MAS Zelené údolí, z. s.",
     ["Mikroregion Podlesí", "MAS Zelené údolí"]),
    ("Rada obce doporučuje uzavřít smlouvu se společností ČEZ Distribuce, a. s.", ["Rada obce", "ČEZ Distribuce"]),
    ("Smlouva o smlouvě budoucí s EG.D, a.s. byla schválena.", ["EG.D"]),
    ("Povodí Vltavy provede čištění koryta, Lesy ČR prodají pozemek.", ["Povodí Vltavy", "Lesy ČR"]),
    ("Dotace ze SZIF a od Národní sportovní agentury byla přiznána.", ["SZIF", "NSA"]),
    ("Nabídku podala firma Elektro Zeman, spol. s r. o. a Obnova venkova, o. p. s.",
     ["Elektro Zeman, spol. s r. o.", "Obnova venkova, o. p. s."]),
    ("Pan Dvořák z Jednoty upozornil na parkování, autoservis Dvořák nabízí opravu.",
     ["Jednota", "autoservis Dvořák"]),
    ("Sbírku organizuje místní skupina Červený kříž.", ["Český červený kříž"]),
    ("Technické služby Boreč, s.r.o. zajistí svoz odpadu, EKO-KOM vyplatí odměnu.",
     ["Technické služby Boreč", "EKO-KOM"]),
    ("Římskokatolická farnost Lipník žádá o příspěvek na opravu kostela.", ["Římskokatolická farnost Lipník"]),
    ("Inventarizační komise provedla inventuru, hodnotící komise doporučila nabídku.",
     ["Inventarizační komise", "Hodnotící komise"]),
    ("Okna dodá firma Novák, společnost Agro Lipovec pronajme pozemky.", ["firma Novák", "Agro Lipovec"]),
    ("Smlouva mezi Obcí Horní Vrbice a Městem Boreč byla uzavřena.", ["Obec Horní Vrbice", "Město Boreč"]),
    ("Žádost TJ Sokol Lipník a Oblastní charity Boreč.", ["TJ Sokol Lipník", "Oblastní charita Boreč"]),
    ("Obec podala žalobu k Okresnímu soudu v Jihlavě, úvěr poskytne Komerční banka.",
     ["Okresní soud v Jihlavě", "Komerční banka"]),
])
def test_czech_municipal_bodies(text: str, expected: list[str]) -> None:
    found = _found("cs", text, ZO)
    assert len(found) == len(expected)
    for name, keys in zip(expected, found, strict=True):
        assert fold(name) in keys


@pytest.mark.parametrize("text", [
    "Zastupitelstvo obce schvaluje rozpočtové opatření č. 3/2025.",  # the meeting's own body
    "Krajské úřady vydávají stanoviska k územním plánům.",  # the kind in general
    "Program rozvoje obce 2025–2030 byl schválen. Projekt Revitalizace návsi pokračuje.",
    "Schůzka v KV proběhla, RO Lipník pak jednal.",  # ambiguous abbreviations need their full form in the text
    "Mikroregion je pojem z metodiky; svazek obcí může vzniknout kdykoli.",  # kinds without a name
    "Obce v okolí a města regionu souhlasí. Firma musí doložit pojištění.",
    "Zpráva o činnosti finančních výborů a kontrolních výborů v kraji.",
])
def test_czech_not_bodies(text: str) -> None:
    assert _found("cs", text, ZO) == []


def test_office_mentions_merge_and_take_the_municipality_from_the_title() -> None:
    orgs = _orgs("cs", "Obecní úřad Horní Vrbice zveřejní záměr.", "OÚ zajistí opravu, obecní úřad také objedná.",
                 meeting=ZO)
    assert len(orgs) == 1
    assert {"ou", "obecni urad horni vrbice"} <= _keys(orgs[0])
    assert len(orgs[0].mentions) == 3


def test_council_committees_are_not_bodies_outside_a_municipality() -> None:
    wg = MeetingInfo(title="Zápis z jednání pracovní skupiny")
    assert _found("cs", "Zastupitelstvo obce musí záměr schválit.", wg) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Planning Committee recommended approval.", ["Planning Committee"]),
    ("Brook Farm Dairies plc and Harlow & Sons submitted tenders.", ["Brook Farm Dairies plc", "Harlow & Sons"]),
    ("The Red Lion Pub has applied for a licence. Friends of Wrensford Park will plant bulbs.",
     ["Red Lion Pub", "Friends of Wrensford Park"]),
    ("The cricket club and St Mary's Church asked for grants.", ["St Mary's Church"]),
    ("Clerk to write to Thames Water about the leak.", ["Thames Water"]),
    ("Age UK and Citizens Advice will hold a drop-in.", ["Age UK", "Citizens Advice"]),
    ("The Council accepted the quote from Greenway Landscapes Ltd.", ["Greenway Landscapes Ltd"]),
    ("Mr Okafor of Okafor Hardware asked about parking.", ["Okafor Hardware"]),
    ("The Finance and General Purposes Committee will review the budget.", ["Finance and General Purposes Committee"]),
    ("The Royal Wessex NHS Foundation Trust and the Fire and Rescue Service attended.",
     ["Royal Wessex NHS Foundation Trust", "Fire and Rescue Service"]),
    ("A patio at Kestrel Brewing Company LLC was approved; the company Acme Roofing will quote.",
     ["Kestrel Brewing Company LLC", "Acme Roofing"]),
    ("The Wrensford Cricket Club and St Mary's Church asked for grants.",
     ["Wrensford Cricket Club", "St Mary's Church"]),
])
def test_english_civic_bodies(text: str, expected: list[str]) -> None:
    found = _found("en", text)
    assert len(found) == len(expected)
    for name, keys in zip(expected, found, strict=True):
        assert fold(name) in keys


@pytest.mark.parametrize("text", [
    "Planning Committee report. Finance Committee minutes were noted.",  # headings and titles, not actors
    "Matters Arising. Neighbourhood Plan. Playground Refurbishment Project.",
])
def test_english_headings_are_not_bodies(text: str) -> None:
    assert _found("en", text) == []


def test_defined_abbreviation_is_an_alias_not_a_second_body() -> None:
    orgs = _orgs("en", "Wrensford Town Council (WTC) will write to the school.", "The clerk will report to WTC.")
    assert [o.name for o in orgs] == ["Wrensford Town Council"]
    assert "WTC" in orgs[0].aliases


def _entities(lang: str, text: str) -> Entities:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    b.add(BlockKind.PARAGRAPH, text)
    return extract_entities(b.build(), lang, MeetingInfo(), ())


@pytest.mark.parametrize(("text", "places"), [
    ("Jednání proběhlo v Karlových Varech a v Českých Budějovicích.", {"Karlovy Vary", "České Budějovice"}),
    ("Zástupce z Hradce Králové přijel, v Ústí nad Labem také.", {"Hradec Králové", "Ústí nad Labem"}),
    ("Pronájem pozemku p. č. 245/3 v k. ú. Horní Vrbice.", {"Horní Vrbice"}),
    ("Zástupce obce Dolní Lhota a města Boreč nad Sázavou souhlasí.", {"Dolní Lhota", "Boreč nad Sázavou"}),
])
def test_czech_places_in_any_case(text: str, places: set[str]) -> None:
    found = _entities("cs", text)
    assert {p.name for p in found.places} == places
    assert found.people == ()


@pytest.mark.parametrize(("lang", "text", "people"), [
    ("cs", "Diskuse: p. Horáková – oprava kapličky sv. Anny.", {"Horáková"}),
    ("cs", "Návrh přednesl starosta. Zastupitelé Malý a Novák hlasovali proti.", {"Malý"}),
    ("en", "Queen Elizabeth Playing Field and Tom Hughes Field were inspected.", set()),
    ("en", "Present: Cllrs Adams (Chair), Brown and Cole. PCSO Harris attended.", {"Adams", "Brown", "Cole", "Harris"}),
])
def test_people_not_places_saints_or_plural_roles(lang: str, text: str, people: set[str]) -> None:
    assert {p.name for p in _entities(lang, text).people} == people


RM = MeetingInfo(title="Zápis z 12. schůze Rady města Lipnice")


@pytest.mark.parametrize(("paragraphs", "name"), [
    (["4. Technické služby – plán zimní údržby", "Ředitel TS informoval o plánu."], "technicke sluzby lipnice"),
    (["Stánky zajišťuje Kulturní centrum Lipnice, příspěvková organizace."], "kulturni centrum lipnice"),
])
def test_local_bodies_of_a_town(paragraphs: list[str], name: str) -> None:
    keys = [_keys(o) for o in _orgs("cs", *paragraphs, meeting=RM)]
    assert any(name in k for k in keys)


def test_kind_name_and_tail_share_words() -> None:
    orgs = _orgs("cs", "Host: npor. Ivo Mráz, vedoucí Obvodního oddělení Policie ČR Lipnice.",
                 "Rada bere na vědomí informaci Policie ČR.")
    assert len(orgs) == 1
    assert "Obvodní oddělení Policie ČR Lipnice" in orgs[0].aliases


def test_bare_kind_joins_the_named_body() -> None:
    orgs = _orgs("cs", "Spoje objednává Krajský úřad Pardubického kraje.", "Schůzka se zástupci krajského úřadu.")
    assert [o.full_name for o in orgs if "rajsk" in o.name or "KÚ" in o.name] == ["Krajský úřad Pardubického kraje"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Bc. Hrubý prověří s vedením ZŠ Komenského možnost umístění měřiče.", ["ZŠ Komenského"]),
    ("Ředitelka MŠ Palackého informovala o zápisu.", ["MŠ Palackého"]),
    ("MŠ Lipová požádala o příspěvek na hračky.", ["MŠ Lipová"]),
    ("ZŠ T. G. Masaryka podala žádost o dotaci.", ["ZŠ T. G. Masaryka"]),
    ("ZŠ Jana Nerudy zajistí kulturní program.", ["ZŠ Jana Nerudy"]),
    ("Žádost ZŠ a MŠ Boženy Němcové Lipník byla schválena.", ["ZŠ a MŠ Boženy Němcové Lipník"]),
    ("MAS Zelené údolí podala žádost.", ["MAS Zelené údolí"]),
])
def test_schools_named_by_their_street_or_a_person(text: str, expected: list[str]) -> None:
    """A street named after a person is in the genitive ("ZŠ Komenského") and ends the name; a street adjective
    ("MŠ Lipová") is not followed by the verb; a person in the genitive, initials included, is the name."""
    assert [o.name for o in _orgs("cs", text, meeting=ZO)] == expected


def test_bare_kind_beside_two_named_bodies_is_neither_and_no_third() -> None:
    orgs = _orgs("cs", "Strážníci zajišťují dohled u ZŠ Komenského a ZŠ Husova.", "Dohled u ZŠ potrvá do června.",
                 meeting=ZO)
    assert sorted(o.name for o in orgs) == ["ZŠ Husova", "ZŠ Komenského"]


@pytest.mark.parametrize(("title", "expected"), [
    ("Zápis z jednání pracovní skupiny", ["Hodnotící komise", "Inventarizační komise"]),
    ("Zápis z 3. zasedání Akademického senátu", ["Hodnotící komise", "Inventarizační komise"]),
    ("Zápis z jednání hodnotící komise", ["Inventarizační komise"]),  # its own minutes: the meeting's own body
])
def test_committees_that_act_are_bodies_except_in_their_own_minutes(title: str, expected: list[str]) -> None:
    orgs = _orgs("cs", "Hodnotící komise doporučila nabídku. Úkol: inventarizační komise předloží zprávu do 31. 1.",
                 meeting=MeetingInfo(title=title))
    assert sorted(o.name for o in orgs) == expected


KS = MeetingInfo(title="Zápis z jednání krizového štábu ORP Lipník nad Sázavou")


@pytest.mark.parametrize(("paragraphs", "name", "absent"), [
    (["Npor. Dvořák uvedl, že Krajské ředitelství policie Zlínského kraje vyšle posily."],
     "Krajské ředitelství policie Zlínského kraje", "Zlínský kraj"),
    (["Hosté: mjr. Petr Malý (styčný důstojník KVV Brno)."], "KVV Brno", None),
    (["Ředitel TS Karel Novák uvedl, že v areálu TS v Nádražní ulici je písek.",
      "Přítomni: Karel Novák, ředitel Technických služeb Lipník nad Sázavou, p. o."],
     "Technické služby Lipník nad Sázavou, p. o.", "TS v Nádražní ulici"),
    (["Velitel MP Dvořák uvedl, že strážníci objíždějí ulice.", "Přítomen: Jiří Dvořák, velitel MP"],
     "MP", "MP Dvořák"),
])
def test_crisis_staff_bodies(paragraphs: list[str], name: str, absent: str | None) -> None:
    """Regional bodies named with their region, military regional commands with their seat, a town's own
    organisations by their abbreviation (a crisis staff of an ORP is the town's); an address or a person after
    a body's abbreviation is not its name."""
    orgs = _orgs("cs", *paragraphs, meeting=KS)
    assert any(fold(name) in _keys(o) for o in orgs)
    assert absent is None or not any(fold(absent) in _keys(o) for o in orgs)


def test_kind_from_several_municipalities_is_no_body() -> None:
    orgs = _orgs("cs", "Jednotky SDH z okolních obcí budou od čtvrtka postupně uvolňovány.", meeting=KS)
    assert not any("jednotka sboru dobrovolnych hasicu" in _keys(o) for o in orgs)


@pytest.mark.parametrize(("text", "key"), [
    ("Hejtman svolal krizový štáb Kraje Vysočina.", "krizovy stab kraje vysocina"),
    ("Informaci předá BRK dnes odpoledne.", "bezpecnostni rada kraje"),
    ("Zásoby uvolní SSHR ze skladu.", "sprava statnich hmotnych rezerv"),
    ("Ženijní techniku poskytne Armáda ČR.", "armada ceske republiky"),
])
def test_crisis_management_bodies(text: str, key: str) -> None:
    """The region's crisis bodies (krizový zákon § 9-10) and the state bodies crisis staffs call on."""
    assert any(key in _keys(o) for o in _orgs("cs", text, meeting=KS))
