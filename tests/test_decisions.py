"""Decisions: resolutions, agreements, procedural decisions, votes and outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
from items_support import doc_from_lines, entities_for, gold_agenda, gold_entities, gold_meeting, load_gold

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import MeetingInfo
from minutes_nlp.loaders.dispatch import load


def _decisions(lang: str, lines: list[str]):
    doc = doc_from_lines(*lines)
    return extract_items(doc, lang, MeetingInfo(), [], entities_for(doc, {})).decisions


@pytest.mark.parametrize(("lang", "lines", "number", "adopted", "for_"), [
    ("cs", ["Usnesení č. 5/2021: ZO schvaluje rozpočet obce na rok 2021.", "Pro: 7, Proti: 0, Zdržel se: 1"],
     "Usnesení č. 5/2021", True, 7),
    ("cs", ["Usnesení č. 6/2021", "ZO schvaluje prodej pozemku p. č. 123.", "Hlasování: pro 3, proti 4, zdrželi se 0.",
            "Usnesení nebylo přijato."], "Usnesení č. 6/2021", False, 3),
    ("cs", ["Bylo dohodnuto, že pracovní skupina se sejde v březnu."], None, True, None),
    ("cs", ["Bylo odstoupeno od obvyklého kola představení."], None, True, None),
    ("en", ["RESOLVED that the accounts for 2020 be approved.", "Carried 5-1."], None, True, 5),
    ("en", ["It was agreed to move the meeting to Tuesdays."], None, True, None),
    ("en", ["The motion to close the library was defeated 2-6."], None, False, 2),
])
def test_decision_patterns(lang: str, lines: list[str], number: str | None, adopted: bool, for_: int | None) -> None:
    ds = _decisions(lang, lines)
    assert len(ds) == 1
    d = ds[0]
    assert d.number == number
    assert d.adopted is adopted
    assert (d.vote.for_ if d.vote else None) == for_


@pytest.mark.parametrize(("lang", "line"), [
    ("cs", "Návrh rozpočtu bude předložen ke schválení na příštím zasedání."),
    ("cs", "Starosta informoval o stavu projektu."),
    ("en", "The budget will be considered at the next meeting."),
    ("en", "Members discussed the draft strategy."),
])
def test_not_decisions(lang: str, line: str) -> None:
    assert _decisions(lang, [line]) == ()


def test_resolution_with_ukládá_is_also_an_action() -> None:
    doc = doc_from_lines("RM ukládá p. Horákovi zajistit opravu chodníku.")
    items = extract_items(doc, "cs", MeetingInfo(), [], entities_for(doc, {"Pavel Horák": ["p. Horákovi"]}))
    assert len(items.decisions) == 1 and len(items.actions) == 1
    assert items.actions[0].owner == "Pavel Horák"


def test_seed_decisions(seed_dir: Path) -> None:
    gold = load_gold(seed_dir / "gold.json")
    doc = load(seed_dir / "000_b6ab1fcc00502021.txt")
    ds = extract_items(doc, "cs", gold_meeting(gold), gold_agenda(doc, gold), gold_entities(doc, gold)).decisions
    assert len(ds) == len(gold["decisions"])
    assert all(any(g["anchor"] in d.text for d in ds) for g in gold["decisions"])


COUNCIL = ["Bod 3 – Rozpočtové opatření č. 2/2021",
           "Návrh usnesení: ZO schvaluje rozpočtové opatření č. 2/2021 v předloženém znění.",
           "Hlasování: pro 4, proti 0, zdržel se 1.", "Usnesení č. 12/2021 bylo přijato.",
           "Bod 4 – Prodej pozemku", "Návrh usnesení: ZO schvaluje prodej pozemku p. č. 123/4.",
           "Hlasování: pro 2, proti 2, zdrželi se 1. Usnesení nebylo přijato."]


def test_vote_and_outcome_lines_belong_to_the_proposal_before_them() -> None:
    ds = _decisions("cs", COUNCIL)
    assert [(d.number, d.adopted, d.vote.for_ if d.vote else None) for d in ds] == [
        ("Usnesení č. 12/2021", True, 4), (None, False, 2)]


def test_english_motion_put_to_the_vote_and_outcome_line() -> None:
    ds = _decisions("en", ["Mark Hill's proposal to increase fees was put to the vote: For 2, Against 3, "
                           "Abstentions 0.", "The motion was defeated.", "Date of next meeting: 12 May 2021."])
    assert [(d.adopted, d.kind) for d in ds] == [(False, "resolution"), (True, "procedural")]


def test_a_short_confirmation_makes_the_sentence_before_it_a_decision() -> None:
    ds = _decisions("cs", ["Členské příspěvky zůstávají 200 Kč na rok.", "Odsouhlaseno všemi."])
    assert len(ds) == 1 and ds[0].text.startswith("Členské příspěvky")


def test_consensus_line_confirms_the_statement_before_it() -> None:
    ds = _decisions("en", ["It was agreed to move the meeting to Tuesdays.", "Members discussed the stand.",
                           "At most one council member may sit on the committee.", "Consensus."])
    assert [d.text for d in ds] == ["It was agreed to move the meeting to Tuesdays.",
                                    "At most one council member may sit on the committee."]


def test_long_body_name_before_the_resolution_verb() -> None:
    ds = _decisions("cs", ["Zastupitelstvo města Nové Město na Moravě schvaluje záměr prodeje pozemku."])
    assert len(ds) == 1 and ds[0].kind == "resolution"
