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


# --- council and committee minutes: resolution verbs, lists under a verb heading, follow-up lines ---

@pytest.mark.parametrize(("lang", "lines", "texts"), [
    ("cs", ["Návrh usnesení: Zastupitelstvo obce Lhotka u Bystřice určuje ověřovateli zápisu Petra Malého a "
            "Alenu Tichou.", "Výsledek hlasování: Pro 7, Proti 0, Zdrželi se 0.",
            "Usnesení č. 1/5/2021 bylo schváleno."],
     ["Návrh usnesení: Zastupitelstvo"]),
    ("cs", ["Zastupitelstvo obce Lhotka v souladu s § 84 odst. 2 zákona o obcích po projednání schvaluje "
            "rozpočtové opatření č. 2."], ["Zastupitelstvo obce Lhotka v souladu"]),
    ("cs", ["Kontrola usnesení", "Usnesení č. 7/4/2021 – ZO ukládá starostovi podepsat smlouvu – splněno.",
            "Návrh usnesení: ZO bere na vědomí kontrolu plnění usnesení."], ["Návrh usnesení: ZO bere"]),
    ("cs", ["Usnesení č. 4/2021", "Zastupitelstvo obce Vrbice", "I. schvaluje", "- program zasedání,",
            "- závěrečný účet obce za rok 2020 bez výhrad,", "II. bere na vědomí", "- zprávu kontrolního výboru."],
     ["program zasedání", "závěrečný účet", "zprávu kontrolního"]),
    ("en", ["RESOLVED:", "(a) that the grant of £500 to the Scouts be approved;",
            "(b) that the Clerk write to the Bowls Club."], ["(a) that the grant", "(b) that the Clerk"]),
    ("en", ["Date of next meeting", "The next meeting will be held on Tuesday 13 April 2021 at 7.00pm."],
     ["The next meeting"]),
])
def test_council_resolutions(lang: str, lines: list[str], texts: list[str]) -> None:
    decs = _decisions(lang, lines)
    assert [d.text[:len(t)] for d, t in zip(decs, texts, strict=False)] == texts
    assert len(decs) == len(texts)


def test_resolution_number_from_its_own_vote_line_not_an_earlier_report() -> None:
    decs = _decisions("cs", ["Usnesení č. 9/4/2021 trvá.", "Návrh usnesení: ZO bere na vědomí zprávu o plnění.",
                             "Hlasování: pro 7, proti 0, zdržel se 0. Usnesení č. 3/5/2021 bylo přijato."])
    assert [(d.number, d.adopted) for d in decs] == [("Usnesení č. 3/5/2021", True)]


@pytest.mark.parametrize(("lang", "lines"), [
    ("cs", ["Návrh usnesení: ZO schvaluje program zasedání.", "Hlasování: pro 7, proti 0, zdržel se 0.",
            "Program zasedání byl schválen."]),
    ("cs", ["Návrh usnesení: ZO schvaluje rozpočet.", "Pro: 4, Proti: 3, Zdržel se: 0",
            "Usnesení č. 8/2021 bylo přijato."]),
    ("en", ["RESOLVED that the budget monitoring report be noted.", "Proposed Cllr Lowe, seconded Cllr Dunn.",
            "The motion was carried unanimously."]),
])
def test_outcome_lines_belong_to_the_decision_before_them(lang: str, lines: list[str]) -> None:
    decs = _decisions(lang, lines)
    assert len(decs) == 1 and decs[0].text == lines[0] and decs[0].adopted is True
