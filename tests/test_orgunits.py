"""Units of a body named by their noun and the owner's abbreviation ("rektorát VŠLP", "Vědecké rady FZ VŠLP"),
adjectives put back in the nominative, siblings named alone, and the owner as a body of its own."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.orgnames import _patterns
from minutes_nlp.extract.orgunits import nominative_adjective
from minutes_nlp.extract.result import Institution, MeetingInfo


def _orgs(*paragraphs: str) -> dict[str, Institution]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    for p in paragraphs:
        b.add(BlockKind.PARAGRAPH, p)
    return {o.name: o for o in extract_entities(b.build(), "cs", MeetingInfo(), ()).institutions}


@pytest.mark.parametrize(("word", "gender", "nominative"), [
    ("Ekonomické", "f", "Ekonomická"),
    ("Akademickému", "m", "Akademický"),
    ("Ústřední", "f", "Ústřední"),
    ("Disciplinární", "f", "Disciplinární"),
    ("Usnesení", "f", None),
])
def test_nominative_adjective(word: str, gender: str, nominative: str | None) -> None:
    assert nominative_adjective(word, gender, _patterns("cs")) == nominative


@pytest.mark.parametrize(("text", "present"), [
    ("Proděkan Novák přechází k 1. 3. na rektorát VŠLP.", {"rektorát VŠLP", "VŠLP"}),
    ("Návrh projedná Akademický senát VŠLP v dubnu.", {"Akademický senát VŠLP", "VŠLP"}),
    ("Děkan jednal s vedením Ústřední knihovny VŠLP o otevírací době.", {"Ústřední knihovna VŠLP"}),
    ("Senát ukládá Disciplinární komisi AS FZ připravit stanovisko.", {"Disciplinární komise AS FZ"}),
])
def test_units_named_with_their_owner(text: str, present: set[str]) -> None:
    assert present <= set(_orgs(text))


def test_sibling_named_alone_takes_the_owner_of_the_others() -> None:
    orgs = _orgs("Předseda Rozpočtové komise AS FZ přednesl stanovisko.",
                 "Pravidla připraví Legislativní komise do příštího zasedání.")
    assert "Legislativní komise AS FZ" in orgs
    assert "Rozpočtová komise AS FZ" in orgs


@pytest.mark.parametrize("text", [
    "Studovna fakultní knihovny bude otevřena déle.",
    "Komise AS FZ zasedala dvakrát.",
    "Členové komise AS FZ obdrželi podklady.",
    "Přítomní členové komise AS FZ souhlasili.",
    "Zápis ze zasedání Akademického senátu Fakulty zdravotnictví VŠLP.",
])
def test_no_unit_without_a_name(text: str) -> None:
    assert not any(n.endswith(("knihovna", "komise AS FZ")) or n.startswith("Akademický senát") for n in _orgs(text))


def test_owner_abbreviation_joins_the_full_name_without_its_seat() -> None:
    orgs = _orgs("Smlouvu podepsala Univerzita Jana Hory v Lipníku.", "Návrh projedná Akademický senát UJH v dubnu.")
    assert orgs["UJH"].full_name == "Univerzita Jana Hory v Lipníku"
    assert "Akademický senát UJH" in orgs
    assert "Univerzita Jana Hory v Lipníku" not in orgs


@pytest.mark.parametrize("paragraphs", [
    ["Dozorčí rada ukládá představenstvu předložit informaci o pojištění."],
    ["Představenstvo zpracuje studii prodeje budovy do konce roku."],
    ["Za představenstvo: Ing. Karel Malý, předseda představenstva"],
])
def test_statutory_body_given_a_task(paragraphs: list[str]) -> None:
    """A company's statutory body is an institution where its supervisory board's minutes give it a task, or
    where it is represented at the meeting; named in the nominative."""
    assert "Představenstvo" in _orgs(*paragraphs)


def test_statutory_body_in_a_role_is_no_institution() -> None:
    assert "Představenstvo" not in _orgs("Ing. Karel Malý, předseda představenstva, informoval o hospodaření.")


def test_statutory_body_asked_to_act() -> None:
    assert "Představenstvo" in _orgs("Členka rady navrhla, aby představenstvo do konce roku informovalo radu.")
