"""Gazetteers: coverage of the data files and matching of inflected names."""

from __future__ import annotations

from collections import Counter

import pytest

from minutes_nlp import lang as langdata
from minutes_nlp.nlp.gazetteer import institution_matcher, institutions, place_matcher, places
from minutes_nlp.nlp.tokens import tokenize


def test_all_ministries_regions_and_sources() -> None:
    kinds = Counter(e.kind for e in institutions("cs"))
    assert kinds["ministry"] == 14
    assert kinds["region"] == 14
    assert kinds["regional_office"] == 13  # Prague's office is its Magistrát, listed with the city
    data = langdata.load("cs", "institutions")
    assert {"ministries", "regions", "agencies"} <= set(data["_sources"])
    names = {e.name for e in institutions("cs")}
    assert {"MMR", "MPO", "MF", "MV", "MZe", "MŽP", "MŠMT", "MZd", "MPSV", "MD", "MK", "MO", "MSp", "MZV"} <= names
    assert {"NÚKIB", "ČSÚ", "ČÚZK", "SFDI", "SFŽP", "TA ČR", "GA ČR", "CzechInvest", "ÚOHS", "NKÚ", "ÚZSVM"} <= names


def test_every_statutory_city_is_a_place() -> None:
    cities = langdata.load("cs", "places")["statutory_cities"]
    assert len(cities) >= 27
    assert {e.name for e in places("cs")} >= set(cities)


def _inst(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    toks = tokenize(text)
    lang = lang or ("en" if "GitHub" in text else "cs")
    return [(h.entry.name, " ".join(t.text for t in toks[h.start:h.end])) for h in institution_matcher(lang).find(toks)]


@pytest.mark.parametrize(("text", "name"), [
    ("zástupci Ministerstva pro místní rozvoj", "MMR"),
    ("s ministerstvem financí", "MF"),
    ("Evropské komisi chybí", "EK"),
    ("předsednictví Radě EU", "Rada EU"),
    ("projekt podpořený TAČR", "TA ČR"),
    ("projekt podpořený TA ČR", "TA ČR"),
    ("seminář na SMO ČR", "SMO ČR"),
    ("Prof. Novák (FD ČVUT)", "FD ČVUT"),
    ("Svazu měst a obcí České republiky", "SMO ČR"),
    ("Na dotaz MZe", "MZe"),
    ("dotace ze Státního fondu životního prostředí", "SFŽP"),
    ("Národnímu úřadu pro kybernetickou a informační bezpečnost", "NÚKIB"),
    ("žádost podaná Národnímu akreditačnímu úřadu pro vysoké školství", "NAÚ"),
    ("stanovisko Rady vysokých škol", "RVŠ"),
    ("projekt Agentury pro zdravotnický výzkum", "AZV ČR"),
    ("nahlášeno na Krajskou správu a údržbu silnic Vysočiny", "KSÚS Vysočiny"),
    ("advisories published through GitHub", "GitHub"),
])
def test_institution_forms(text: str, name: str) -> None:
    assert name in [n for n, _ in _inst(text)]


def test_longest_match_wins() -> None:
    assert [n for n, _ in _inst("zástupce FD ČVUT uvedl")] == ["FD ČVUT"]


@pytest.mark.parametrize(("text", "name"), [
    ("p. Gingoš (Ústí n. L.)", "Ústí nad Labem"),
    ("p. Hasal (KV)", "Karlovy Vary"),
    ("zástupce z Plzně", "Plzeň"),
    ("v Jeseníku", "Jeseník"),
    ("byl kladen důraz", None),  # lower-case "kladen" is not the town Kladno
])
def test_place_forms(text: str, name: str | None) -> None:
    toks = tokenize(text)
    found = [h.entry.name for h in place_matcher("cs").find(toks)]
    assert (name in found) if name else not found


def test_pipeline_components_are_registered_and_loaded_once() -> None:
    from minutes_nlp.nlp.pipeline import GAZETTEER, PEOPLE, get_pipeline

    nlp = get_pipeline("cs")
    assert nlp.pipe_names == [GAZETTEER, PEOPLE]
    assert GAZETTEER.endswith("_v1") and PEOPLE.endswith("_v1")
    assert get_pipeline("cs") is nlp
    doc = nlp("Na dotaz P. Kalouse (MMR) odpověděla Ing. Eva Malá z Plzně.")
    assert [s.text for s in doc.spans["minutes_orgs"]] == ["MMR"]
    assert [s.text for s in doc.spans["minutes_places"]] == ["Plzně"]
    assert [s.text for s in doc.spans["minutes_people"]] == ["P. Kalouse", "Eva Malá"]


def test_english_pipeline() -> None:
    from minutes_nlp.nlp.pipeline import get_pipeline

    doc = get_pipeline("en")("Cllr Jane Smith thanked the Environment Agency.")
    assert [s.text for s in doc.spans["minutes_people"]] == ["Jane Smith"]
    assert [s.text for s in doc.spans["minutes_orgs"]] == ["Environment Agency"]


def test_real_bodies_have_sources() -> None:
    for lang in ("cs", "en"):
        data = langdata.load(lang, "institutions")
        tagged = {e["source"] for e in data["institutions"] if "source" in e}
        assert tagged <= set(data["_sources"])
