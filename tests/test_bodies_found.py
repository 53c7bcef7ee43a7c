"""Bodies as minutes name them, written from the genre: a region's organs ("Rada Kraje Vysočina"), a town's
organs named short ("Radě města") in minutes that name one town, services named with their provider, kinds
whose synonyms are names of their own, kinds in the plural, departments given a task or named as a person's
body, a body's office that acts, standards that are no bodies, national agencies named "... Centre", and a
bracket naming whom a firm works for."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.bodies_found import named_municipality
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.result import Institution, MeetingInfo
from minutes_nlp.textutil import fold


def _orgs(lang: str, *paragraphs: str) -> list[Institution]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    for p in paragraphs:
        b.add(BlockKind.PARAGRAPH, p)
    return list(extract_entities(b.build(), lang, MeetingInfo(), ()).institutions)


def _keys(orgs: list[Institution]) -> list[set[str]]:
    return [{fold(x) for x in (o.name, o.full_name or "", *o.aliases) if x} for o in orgs]


def _has(lang: str, text: str, name: str) -> bool:
    return any(fold(name) in k for k in _keys(_orgs(lang, *text.split(" // "))))


@pytest.mark.parametrize(("text", "name"), [
    ("Rada Kraje Vysočina schválila navýšení kapacity.", "Rada Kraje Vysočina"),
    ("Zastupitelstvo Jihomoravského kraje schválilo dotaci.", "Zastupitelstvo Jihomoravského kraje"),
    ("Projekt doporučil Výbor pro regionální rozvoj Zastupitelstva Olomouckého kraje.",
     "Zastupitelstvo Olomouckého kraje"),
    ("Materiál bude předložen Radě Zlínského kraje.", "Rada Zlínského kraje"),
    ("Dotaci schválilo Zastupitelstvo hlavního města Prahy.", "Zastupitelstvo hlavního města Prahy"),
    ("Rada Moravskoslezského kraje vzala zprávu na vědomí.", "Rada Moravskoslezského kraje"),
])
def test_a_regions_organ_is_named_with_the_region(text: str, name: str) -> None:
    assert _has("cs", text, name)
    assert not any("obce" in k for keys in _keys(_orgs("cs", text)) for k in keys)


@pytest.mark.parametrize("text", ["Rada schválila rozpočet.", "Zastupitelstvo vzalo zprávu na vědomí.",
                                  "Rada Evropy vydala doporučení."])
def test_a_bare_council_noun_names_no_regions_organ(text: str) -> None:
    assert not any(k for keys in _keys(_orgs("cs", text)) for k in keys if "kraj" in k)


@pytest.mark.parametrize(("text", "name"), [
    ("Přítomni: Jan Novák (MěÚ Horní Lhota). // Pracovní skupina doporučuje Radě města schválit pravidla.",
     "Rada města Horní Lhota"),
    ("Místo: Městský úřad Horní Lhota. // Plán bude předložen Zastupitelstvu města v prosinci.",
     "Zastupitelstvo města Horní Lhota"),
    ("Plán rozvoje služeb města Dolní Bukovina byl projednán. // Zastupitelstvo města plán schválilo.",
     "Zastupitelstvo města Dolní Bukovina"),
])
def test_a_towns_organ_named_short_belongs_to_the_one_town_named(text: str, name: str) -> None:
    assert _has("cs", text, name)


@pytest.mark.parametrize(("texts", "town"), [
    (["Městský úřad Horní Lhota", "Rada města Horní Lhota"], "Horní Lhota"),
    (["obce Dolany a obce Hrabětín"], None),  # two municipalities: none is the minutes' own
    (["Ing. Jan Novák (MěÚ), Bc. Eva Malá"], None),
    (["okolní města. Ing. Bc. Jan Kos odpověděl"], None),  # a sentence end is no part of a name
])
def test_the_one_municipality_a_text_names(texts: list[str], town: str | None) -> None:
    assert named_municipality(texts, "cs") == town


def test_a_bare_council_noun_is_not_a_towns_organ_in_a_regional_office() -> None:
    orgs = _orgs("cs", "Krajský úřad Podhorského kraje, Město Mlýnice.", "Materiál projedná zastupitelstvo v březnu.")
    assert not any("obce" in k or "mesta" in k for keys in _keys(orgs) for k in keys)


@pytest.mark.parametrize(("text", "provider"), [
    ("Bc. Malá seznámila PS s provozem pečovatelské služby Centra sociálních služeb Lipník.",
     "Centrum sociálních služeb Lipník"),
    ("Pečovatelská služba Charity Třebíč rozšíří provoz.", "Charita Třebíč"),
    ("Pečovatelská služba Oblastní charity Žďár nad Sázavou převzala klienty.", "Oblastní charita Žďár nad Sázavou"),
])
def test_a_service_is_named_with_its_provider(text: str, provider: str) -> None:
    orgs = _orgs("cs", text)
    assert _has("cs", text, provider) and not any("pecovatelska sluzba" in k for ks in _keys(orgs) for k in ks)


@pytest.mark.parametrize(("text", "name"), [
    ("MAS pomůže Rodinnému centru Sedmikráska s žádostí.", "Rodinné centrum Sedmikráska"),
    ("Mateřské centrum Beruška požádalo o příspěvek.", "Mateřské centrum Beruška"),
    ("Městská knihovna Polná uspořádá besedu.", "Městská knihovna Polná"),
    ("Obecní knihovna Lhota rozšíří otevírací dobu.", "Obecní knihovna Lhota"),
    ("Oblastní nemocnice Kladno přijme pacienty.", "Oblastní nemocnice Kladno"),
    ("Klub důchodců Lhota uspořádá zájezd.", "Klub důchodců Lhota"),
    ("Myslivecké sdružení Háj požádalo o pronájem.", "Myslivecké sdružení Háj"),
    ("Dům kultury Kopřivnice nabídl sál.", "Dům kultury Kopřivnice"),
])
def test_a_kind_keeps_the_name_its_head_gives(text: str, name: str) -> None:
    assert fold(name) in {fold(o.name) for o in _orgs("cs", text)}


@pytest.mark.parametrize("text", [
    "Pan Malý se dotázal, zda mohou žádat i sbory dobrovolných hasičů.",
    "Výzva je určena pro kluby seniorů a spolky.",
    "Dotace se týká obecních úřadů v regionu.",
])
def test_a_kind_in_the_plural_names_no_body(text: str) -> None:
    assert _orgs("cs", text) == []


@pytest.mark.parametrize(("text", "present"), [
    ("Rada města uložila odboru sociálních věcí připravit nový plán.", True),
    ("Členové zajistí vrácení dotazníků na odbor sociálních věcí.", True),
    ("Starosta pověřuje odbor investic přípravou zadávací dokumentace.", True),
    ("Přítomni: Mgr. Lucie Malá (koordinátorka KPSS, odbor sociálních věcí), Ing. Jan Novák", True),
    ("Na odboru dopravy proběhla kontrola spisů.", False),
    ("Ing. Petr Kos, vedoucí odboru dopravy, informoval o stavu.", False),
    ("Obce se na odbor obracejí s dotazy.", False),
])
def test_a_department_given_a_task_or_named_as_a_persons_body(text: str, present: bool) -> None:
    keys = _keys(_orgs("cs", text))
    assert any(k.startswith("odbor ") and len(k.split()) > 1 and "obraceji" not in k
               for ks in keys for k in ks) is present


@pytest.mark.parametrize("text", ["Ing. Jan Kos z Regionálního odboru SZIF Brno přislíbil odpověď.",
                                  "Odbor dopravy MěÚ Horní Vinice vydal stanovisko."])
def test_a_department_named_with_its_office_is_part_of_the_office(text: str) -> None:
    assert not any(k.startswith(("odbor", "regionalni odbor")) for ks in _keys(_orgs("cs", text)) for k in ks)


@pytest.mark.parametrize(("text", "name"), [
    ("Kancelář MAS zveřejní harmonogram výzev do 15. 2.", "Kancelář MAS"),
    ("Sekretariát RSK rozešle prezentaci členům.", "Sekretariát RSK"),
])
def test_a_bodys_office_given_a_task_is_an_institution(text: str, name: str) -> None:
    assert _has("cs", text, name)


def test_a_persons_body_with_a_region_in_its_name() -> None:
    assert _has("cs", "Přítomni: Mgr. Pavla Zítková (Spektrum Vysočiny), Ing. Jan Kos (Kraj Vysočina)",
                "Spektrum Vysočiny")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The policy was updated in line with AS 8001:2021 and AS/NZS ISO 31000:2018."),
    ("en", "The contractor is certified to ISO 9001 and BS 7671."),
    ("en", "Testing follows EN 1090-2 and DIN 18040."),
    ("cs", "Výrobek splňuje ČSN EN 1090 a ČSN 73 6101."),
    ("cs", "Systém je certifikován podle ISO 27001."),
])
def test_a_standards_designation_is_no_body(lang: str, text: str) -> None:
    assert _orgs(lang, text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Council reported against the model of the Australian Cyber Security Centre (ACSC).",
     "Australian Cyber Security Centre"),
    ("Guidance from the National Cyber Security Centre was noted.", "National Cyber Security Centre"),
    ("The Australian Energy Market Operator published the forecast.", "Australian Energy Market Operator"),
    ("The Pensions Regulator wrote to the trustees.", "Pensions Regulator"),
    ("The First-tier Tribunal dismissed the appeal.", "First-tier Tribunal"),
])
def test_national_agencies_named_by_their_function(text: str, name: str) -> None:
    assert _has("en", text, name)


@pytest.mark.parametrize("text", ["The Civic Centre was closed for repairs.",
                                  "The Leisure Centre reopened in May.",
                                  "Residents met at the Community Centre."])
def test_a_building_named_centre_is_no_body(text: str) -> None:
    assert _orgs("en", text) == []


@pytest.mark.parametrize(("text", "firm", "other"), [
    ("Rebecca Tan, Marlow Audit Pty Ltd (external auditor for VAGO), attended.", "Marlow Audit Pty Ltd", "VAGO"),
    ("The survey was done by Field Data Ltd (contractor to NHS England).", "Field Data Ltd", "NHS England"),
])
def test_a_bracket_naming_whom_a_firm_works_for_is_no_abbreviation(text: str, firm: str, other: str) -> None:
    keys = _keys(_orgs("en", text))
    firm_keys = next(k for k in keys if fold(firm) in k)
    assert fold(other) not in firm_keys


@pytest.mark.parametrize(("text", "region"), [
    ("Obec získala dotaci z Programu obnovy venkova Vysočiny.", False),
    ("Žádost byla podána do Programu rozvoje venkova Jihomoravského kraje.", True),  # the region's full name
    ("Opatření vychází ze Strategie rozvoje Podhůří a Pošumaví.", False),
    ("Obec získala dotaci Kraje Vysočina.", True),
    ("Strategie rozvoje Kraje Vysočina byla schválena.", True),
])
def test_a_regions_short_name_closing_a_programmes_name(text: str, region: bool) -> None:
    assert any(o.kind == "region" for o in _orgs("cs", text)) is region


@pytest.mark.parametrize(("text", "name"), [
    ("Přítomni: Bc. Tomáš Vrba (DSO Mikroregion Okrouhlicko). // Mikroregion Okrouhlicko podal žádost.",
     "DSO Mikroregion Okrouhlicko"),
    ("Dobrovolný svazek obcí Mikroregion Podlesí schválil rozpočet. Mikroregion Podlesí podal žádost.",
     "Dobrovolný svazek obcí Mikroregion Podlesí"),
])
def test_a_body_named_with_its_legal_kind_is_one_body(text: str, name: str) -> None:
    orgs = _orgs("cs", *text.split(" // "))
    assert [o.name for o in orgs] == [name]
