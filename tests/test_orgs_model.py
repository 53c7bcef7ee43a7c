"""The institution-span model's proposals: what the filters keep, and that the model adds bodies that recur."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from items_support import doc_from_lines

from minutes_nlp.extract import orgs_model
from minutes_nlp.extract.result import Institution, Mention, Provenance


@pytest.mark.parametrize(("text", "lang", "body"), [
    ("Tamberley Civils", "en", True),
    ("Harlow Fencing & Gates", "en", True),
    ("National Roads Agency", "en", True),
    ("SALGA", "en", True),
    ("Acting Chief Financial", "en", False),   # an office
    ("Deputy Director", "en", False),
    ("OPEN SESSION", "en", False),             # a heading in capitals
    ("WATER AND SANITATION", "en", False),
    ("Council", "en", False),                  # a lone head noun is generic
    ("Committee", "en", False),
    ("Asset Management Plan", "en", False),    # a document
    ("Municipal Manager of Kestrel District Municipality", "en", False),  # an office of a body
    ("roads and stormwater", "en", False),     # no capital
    ("Brodek Stav", "cs", True),
    ("Statutární město Kolín", "cs", True),
    ("Krizového plánu Lesního kraje", "cs", False),  # a document
    ("RM/810/2022", "cs", False),              # a resolution number
    ("Rada", "cs", False),
    ("starosta SDH", "cs", False),             # an office
    ("Virtuálně přes MS Teams\npřílohy", "cs", False),  # runs over a line break
    ("obce I.", "cs", False),                  # no word of a name
    ("Coordinator Information Technology", "en", False),  # an office written without "of"
    ("Emergency Department", "en", False),     # a hospital's unit
])
def test_plausible_names(text: str, lang: str, body: bool) -> None:
    assert orgs_model._plausible(text, lang) is body


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("engage Tamberley Civils could", "en", "Tamberley Civils"),
    ("Harlow Fencing & Gates delivered", "en", "Harlow Fencing & Gates"),
    ("Ridgeline contract signed February", "en", "Ridgeline"),
    ("National Energy Regulator of South Africa", "en", "National Energy Regulator of South Africa"),
    ("Kestrel Civils (Pty) Ltd", "en", "Kestrel Civils (Pty) Ltd"),
    ("odboru dopravy KÚ", "cs", "odboru dopravy KÚ"),   # Czech names may start in lower case
    ("Rada schválila", "cs", "Rada"),                   # a trailing verb is the sentence
])
def test_boundary_words_are_trimmed(text: str, lang: str, want: str) -> None:
    m = Mention(text, Provenance(0, 10, 10 + len(text)))
    got = orgs_model._verb_trimmed(orgs_model._trimmed(m, lang), lang)
    assert got.text == want
    assert got.source.end - got.source.start == len(want)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Statutární město Kolín", "Statutárního města Kolín", True),
    ("Krajská správa silnic", "Krajské správy silnic", True),
    ("Národní rada", "Národní radě", True),
    ("Kestrel Civils", "Kestrel Civil Works", False),
])
def test_inflected_forms_share_a_stem_key(a: str, b: str, same: bool) -> None:
    assert (orgs_model.stem_key(a) == orgs_model.stem_key(b)) is same


def test_a_form_inside_a_known_name_is_that_body() -> None:
    known = orgs_model.stem_key("Haskins & Moyer, CPAs")
    assert orgs_model._within(orgs_model.stem_key("Haskins & Moyer"), known)
    assert not orgs_model._within(orgs_model.stem_key("Moyer Pools"), known)


LINES = ("Ms Ortiz asked whether Kestrel Civils Ltd had replied.",
         "Kestrel Civils Ltd will send the report by Friday.",
         "The National Roads Board was thanked.")


def test_rules_only_proposes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINUTES_RULES_ONLY", "1")
    assert orgs_model.propose(doc_from_lines(*LINES), "en", [], []) == []


@pytest.fixture()
def enabled() -> orgs_model.OrgsModel:
    """The committed model as if its card said it helps (whether it does is `minutes train`'s to measure)."""
    committed = orgs_model.load_default()
    if committed is None:
        pytest.skip("no committed model in models/orgs (or spaCy missing)")
    return orgs_model.OrgsModel(committed.nlp, committed.version, True)


@pytest.mark.model
def test_a_body_named_twice_is_proposed_once_named_not(enabled: orgs_model.OrgsModel) -> None:
    with orgs_model.using(enabled):
        found = orgs_model.propose(doc_from_lines(*LINES), "en", [], [])
        assert [(i.name, len(i.mentions)) for i in found] == [("Kestrel Civils Ltd", 2)]
        assert found[0].method.name == "model:orgs.propose" and found[0].method.version.startswith("orgs-ner-1")
        # named in a sentence of the earlier minutes of the series, once is enough; a heading there is not
        earlier = ["Kestrel Civils Ltd wrote to the clerk about the road."]
        again = orgs_model.propose(doc_from_lines(*LINES[1:]), "en", [], [], previous=lambda: earlier)
        assert [i.name for i in again] == ["Kestrel Civils Ltd"]
        heading = ["4. Kestrel Civils Ltd"]
        assert orgs_model.propose(doc_from_lines(*LINES[1:]), "en", [], [], previous=lambda: heading) == []


@pytest.mark.model
def test_a_rule_institution_or_the_body_itself_is_not_proposed_again(enabled: orgs_model.OrgsModel) -> None:
    doc = doc_from_lines(*LINES)
    with orgs_model.using(enabled):
        assert orgs_model.propose(doc, "en", [], []) != []  # proposed when nothing covers it
        assert orgs_model.propose(doc, "en", [Institution("Kestrel Civils Ltd")], []) == []
        assert orgs_model.propose(doc, "en", [], [], own_names=["Kestrel Civils Ltd"]) == []


@pytest.mark.model
@pytest.mark.parametrize(("meta", "proposes"), [
    ({"enabled": True}, True),
    ({"enabled": False}, False),   # did not help on series it was not trained on
    ({}, False),                   # a card from before the measurement: disabled
])
def test_a_saved_model_proposes_only_when_its_card_says_enabled(tmp_path: Path, meta: dict, proposes: bool) -> None:
    if orgs_model.load_default() is None:
        pytest.skip("no committed model in models/orgs (or spaCy missing)")
    (tmp_path / "pipeline").symlink_to(orgs_model.MODEL_DIR / "pipeline")
    (tmp_path / "orgs.json").write_text(json.dumps({"version": "orgs-ner-1+test", **meta}), encoding="utf-8")
    saved = orgs_model.load(tmp_path)
    assert saved is not None and saved.enabled is proposes
    with orgs_model.using(saved):
        found = orgs_model.propose(doc_from_lines(*LINES), "en", [], [])
    assert bool(found) is proposes
