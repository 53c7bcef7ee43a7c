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
