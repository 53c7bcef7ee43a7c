"""Institutions of the Czech municipal-finance and English programme-board genres: declined firm names are one
body, a head that is a clause's subject opens no name, the regional offices of one region, secretariats given a
task, the parent organisation named before a programme, and programme jargon in capitals."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.orginflect import _core, _same_words
from minutes_nlp.extract.result import Institution, MeetingInfo


def _orgs(lang: str, *paragraphs: str, meeting: MeetingInfo = MeetingInfo()) -> list[Institution]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    for p in paragraphs:
        b.add(BlockKind.PARAGRAPH, p)
    return list(extract_entities(b.build(), lang, meeting, ()).institutions)


def _forms(inst: Institution) -> set[str]:
    return {inst.name, *(inst.aliases), inst.full_name or ""} - {""}


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Horská banka, a.s.", "Horské banky", True),
    ("Horská banka", "Horské bance", True),
    ("Vodárny Kamenice s.r.o.", "Vodárna Kamenice s.r.o.", True),
    ("Lesní služby Brod", "Lesních služeb Brod", True),
    ("Horská banka", "Horská pojišťovna", False),
    ("Horská banka", "Horská", False),
])
def test_same_words(a: str, b: str, same: bool) -> None:
    assert _same_words(a, b, "cs") is same


@pytest.mark.parametrize(("name", "core"), [
    ("Horská banka, a.s.", "Horská banka"), ("Lesy Brod s. r. o.", "Lesy Brod"), ("Horská banka", "Horská banka"),
])
def test_core_drops_the_legal_form(name: str, core: str) -> None:
    assert _core(name, "cs") == core


def test_declined_firm_is_one_body() -> None:
    orgs = _orgs("cs", "Nabídku podala Horská banka, a.s. a také jiní.",
                 "Nabídka Horské banky umožňuje splátky. Úvěr od Horské banky, a.s. doporučujeme.")
    banks = [o for o in orgs if any("ank" in f for f in _forms(o))]
    assert len(banks) == 1 and "Horské banky" in _forms(banks[0])


def test_bank_named_in_lower_case_after_its_name() -> None:
    orgs = _orgs("cs", "Město zaplatilo Horské bance na úrocích 20 000 Kč.")
    assert [o.name for o in orgs] == ["Horské bance"]


def test_verbal_noun_does_not_open_a_firm_name() -> None:
    names = {o.name for o in _orgs("cs", "5. Výsledky hospodaření Lesních služeb Brod s.r.o. za rok 2023")}
    assert names and not any(n.startswith("Výsledky") for n in names)


@pytest.mark.parametrize(("text", "names"), [
    ("Spolek částku dobrovolně vrátí.", set()),
    ("Odpověď Svazu zašle sekretariát písemně. Svaz zašle stanovisko.", {"Sekretariát"}),
    ("Ministerstvo financí zašle stanovisko.", {"Ministerstvo financí"}),
])
def test_head_as_a_clause_subject_opens_no_name(text: str, names: set[str]) -> None:
    assert {o.name for o in _orgs("cs", text)} == names


@pytest.mark.parametrize(("text", "present"), [
    ("Sekretariát rozešle prezentaci všem členům.", True),
    ("Odpovídá: sekretariát. Termín: do konce února.", True),
    ("Pozvánku zašle sekretariátu k rozeslání.", False),
    ("Materiál rozeslal sekretariát dne 2. 9.", False),
])
def test_secretariat_with_a_task(text: str, present: bool) -> None:
    assert any(fold_name == "sekretariát" for fold_name in (o.name.lower() for o in _orgs("cs", text))) is present


def test_tax_office_of_a_region() -> None:
    orgs = _orgs("cs", "Finanční úřad pro Jihočeský kraj vrátil v květnu přeplatky.")
    assert [o.full_name for o in orgs] == ["Finanční úřad pro Jihočeský kraj"]


def test_bare_regional_office_of_the_one_region() -> None:
    orgs = _orgs("cs", "Finanční úřad pro Zlínský kraj vrátil přeplatky.",
                 "Město je povinno o opatřeních informovat krajskému úřadu.")
    assert "Krajský úřad Zlínského kraje" in {o.full_name for o in orgs}


def test_defined_abbreviation_takes_the_bare_kind() -> None:
    orgs = _orgs("cs", "Přezkoumání provedl Krajský úřad Olomouckého kraje (dále jen „KÚ“) v březnu.",
                 "Město písemně informuje KÚ o nápravě. Zprávu zašleme krajskému úřadu.")
    assert len([o for o in orgs if "KÚ" in _forms(o)]) == 1
    assert not any(o.name == "Krajský úřad" for o in orgs)


def test_parent_organisation_before_a_programme() -> None:
    meeting = MeetingInfo(title="Programme Board – Notes", series="Oakridge District Council")
    names = {o.name for o in _orgs("en", "Oakridge District Council – Customer Portal Programme",
                                   "The team met.", meeting=meeting)}
    assert "Oakridge District Council" in names


def test_programme_jargon_and_listed_initials_are_not_bodies() -> None:
    orgs = _orgs("en", "Apologies: SO (annual leave), Cllr Hale", "Overall status: AMBER.",
                 "UAT start moved; SO to confirm the UAT entry criteria with the supplier.")
    assert orgs == []


@pytest.mark.parametrize(("text", "name", "absent"), [
    ("Stanovisko připravuje Rada Horáckého kraje na květen.", "Rada Horáckého kraje", "Rada Horáckého"),
    ("Vyhlásí se Krajský grantový program pro spolky.", None, "Krajský grantový program pro spolky"),
    ("Seminář uspořádá KHK Olomouc v září.", "KHK Olomouc", "KHK"),
    ("Seminář KHK Olomouc nabídne firmám.", "KHK Olomouc", "KHK Olomouc nabídne"),
])
def test_regional_development_names(text: str, name: str | None, absent: str) -> None:
    names = {o.name for o in _orgs("cs", text)}
    assert (name in names if name else True) and absent not in names


@pytest.mark.parametrize("text", [
    "Simon Treadgold, Democratic Services Officer, took the notes.",
])
def test_offices_are_not_bodies(text: str) -> None:
    assert _orgs("en", text) == []


def _with_previous(lang: str, previous: list[str], *paragraphs: str) -> list[Institution]:
    from minutes_nlp.extract import people
    from minutes_nlp.extract.orgs import extract_institutions
    from minutes_nlp.nlp.pipeline import analyse
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    for p in paragraphs:
        b.add(BlockKind.PARAGRAPH, p)
    analyses = analyse(b.build(), lang)
    raw = people.raw_mentions(analyses, lang, MeetingInfo())
    return extract_institutions(analyses, lang, MeetingInfo(), raw, lambda: previous)


def test_firm_named_by_its_first_word_after_earlier_minutes() -> None:
    earlier = ["The portal is built by Brightmoor Software Ltd under the framework."]
    orgs = _with_previous("en", earlier, "The test data had been re-run by Brightmoor. Testing starts Monday.")
    assert [(o.name, o.full_name) for o in orgs] == [("Brightmoor", "Brightmoor Software Ltd")]
    assert _with_previous("en", [], "The test data had been re-run by Brightmoor. Testing starts Monday.") == []


def test_the_council_of_the_earlier_minutes() -> None:
    earlier = ["Oakridge District Council – Customer Portal Programme"]
    orgs = _with_previous("en", earlier, "The supplier acts as processor for the council; the council tax is due.")
    assert [o.full_name for o in orgs] == ["Oakridge District Council"]
    assert len(orgs[0].mentions) == 1


def test_university_with_its_seat_and_declined() -> None:
    orgs = _orgs("cs", "Za školu hovořil doc. Jan Malý (Horácká univerzita v Telči).",
                 "Rada požádala Horáckou univerzitu o stanovisko.")
    assert [o.name for o in orgs] == ["Horácká univerzita v Telči"]


def test_local_healthwatch_is_named_by_its_area() -> None:
    names = {o.name for o in _orgs("en", "Maureen Pybus (Manager, Healthwatch Oakridge) presented the report.")}
    assert names == {"Healthwatch Oakridge"}
