"""Genre conventions of institution names: NHS bodies named with the NHS prefix, NHS as a modifier, clinical
departments and funds are no bodies, customary head abbreviations (ICB), Czech place adjectives opening a
sentence, regional chapters of associations, a department written by its initials."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract import people
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.orgs import extract_institutions
from minutes_nlp.extract.result import Institution, MeetingInfo
from minutes_nlp.nlp.pipeline import analyse


def _orgs(lang: str, *paragraphs: str) -> list[Institution]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    for p in paragraphs:
        b.add(BlockKind.PARAGRAPH, p)
    return list(extract_entities(b.build(), lang, MeetingInfo(), ()).institutions)


def _names(lang: str, *paragraphs: str) -> set[str]:
    return {o.name for o in _orgs(lang, *paragraphs)}


@pytest.mark.parametrize(("text", "name"), [
    ("Also present: Dana Wick (Director of Place, NHS Oakfield and Brayton Integrated Care Board).",
     "NHS Oakfield and Brayton Integrated Care Board"),
    ("Also present: Dana Wick, Director of Place, NHS Oakfield ICB.", "NHS Oakfield Integrated Care Board"),
    ("She is an employee of Brayton Hospitals NHS Foundation Trust.", "Brayton Hospitals NHS Foundation Trust"),
])
def test_nhs_bodies(text: str, name: str) -> None:
    assert name in _names("en", text)


@pytest.mark.parametrize("text", [
    "The report covered access to NHS dental services in the borough.",
    "Only three practices were accepting new adult NHS patients.",
    "The Committee added access to NHS dentistry to the work programme.",
])
def test_nhs_as_a_modifier_is_no_body(text: str) -> None:
    assert "NHS" not in _names("en", text)


@pytest.mark.parametrize(("text", "absent"), [
    ("The Emergency Department at Brayton General Hospital declared a critical incident.", "Emergency Department"),
    ("Patients waited in the Intensive Care Unit overnight.", "Intensive Care Unit"),
    ("Councillor Hale asked what share of the Better Care Fund was spent on reablement.", "Better Care Fund"),
])
def test_clinical_units_and_funds_are_no_bodies(text: str, absent: str) -> None:
    assert absent not in _names("en", text)


def test_police_department_is_still_a_body() -> None:
    assert "Oakfield Police Department" in _names("en", "The Oakfield Police Department reported two incidents.")


@pytest.mark.parametrize(("text", "name"), [
    ("Borovská univerzita nominovala náhradníka do komise.", "Borovská univerzita"),
    ("Borovská univerzita v Lhotě podala žádost.", "Borovská univerzita v Lhotě"),
])
def test_place_adjective_opening_a_sentence(text: str, name: str) -> None:
    assert name in _names("cs", text)


def test_sentence_first_noun_is_not_part_of_the_name() -> None:
    names = _names("cs", "Nabídka Horské banky byla nejvýhodnější.")
    assert not any(n.startswith("Nabídka") for n in names)


@pytest.mark.parametrize(("text", "name", "absent"), [
    ("Přítomni: Mgr. Lenka Dvořáková (Krajské sdružení NS MAS), Ing. Petr Malý (KHK).",
     "Krajské sdružení NS MAS", "NS MAS"),
    ("Zástupkyně Krajské pobočky NS MAS se omluvila.", "Krajská pobočka NS MAS", "NS MAS"),
])
def test_regional_chapter_of_an_association(text: str, name: str, absent: str) -> None:
    names = _names("cs", text)
    assert name in names and absent not in names


def test_department_initials_take_its_name() -> None:
    orgs = _orgs("cs", "Hosté: Ing. Dana Křížová, vedoucí finančního odboru.",
                 "Úkol: rozbor pohledávek, odpovídá vedoucí FO, termín do příštího jednání.")
    fo = [o for o in orgs if o.name == "FO"]
    assert not fo or fo[0].full_name == "finanční odbor"


def test_nok_in_the_gazetteer() -> None:
    orgs = _orgs("cs", "Zástupce Národního orgánu pro koordinaci (dále jen „MMR-NOK“) je připojen online.",
                 "Ing. Tichý se dotázal zástupce MMR-NOK na výzvy.")
    assert any(o.name == "MMR-NOK" for o in orgs)


@pytest.mark.parametrize(("text", "absent", "present"), [
    ("Asociace krajů nominovala zástupce Jihomoravského, Olomouckého a Libereckého kraje.", "Liberecký kraj",
     "Asociace krajů"),
    ("Zástupce Olomouckého kraje a Ministerstva zemědělství se omluvil.", "", "Ministerstvo zemědělství"),
])
def test_elliptic_coordination_names_no_single_region(text: str, absent: str, present: str) -> None:
    names = _names("cs", text)
    assert absent not in names and any(n.startswith(present.split()[0]) for n in names)


@pytest.mark.parametrize(("earlier", "full"), [
    (["Present: Dana Wick (NHS Oakfield and Brayton Integrated Care Board)."],
     "NHS Oakfield and Brayton Integrated Care Board"),
    (["Present: Dana Wick (Brayton Integrated Care Board)."], "Brayton Integrated Care Board"),
])
def test_the_icb_is_the_board_the_earlier_minutes_name(earlier: list[str], full: str) -> None:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    b.add(BlockKind.PARAGRAPH, "Councillor Hale asked about the outstanding response from the ICB on GP access.")
    analyses = analyse(b.build(), "en")
    raw = people.raw_mentions(analyses, "en", MeetingInfo())
    orgs = extract_institutions(analyses, "en", MeetingInfo(), raw, lambda: earlier)
    assert any(o.full_name == full or o.name == full for o in orgs)
