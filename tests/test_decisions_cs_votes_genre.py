"""Genre inventory: how Czech committee minutes record a member's proposal put to the vote and the fate of a
resolution, written from knowledge of parliamentary committees, councils and monitoring committees (sentences
invented, not from the corpus):
- "Posl. X navrhl, aby výbor ... . Návrh nebyl přijat (hlasování: 2 – 3 – 1)." is one decision: the proposal
  with its vote and outcome, not the outcome line alone (its text spans both sentences of the paragraph);
- a vote line that ends with the outcome ("Hlasování: pro 5, proti 0, zdržel se 1 – usnesení bylo přijato.")
  belongs to the resolution above it, it is no decision of its own;
- in a follow-up line the body's verb in the present in its own clause ("MV požádalo o prodloužení termínu,
  výbor s prodloužením souhlasí") is decided at this meeting.
"""

from __future__ import annotations

import pytest
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import Decision, MeetingInfo


def _decisions(lines: list[str]) -> list[Decision]:
    doc = doc_from_lines(*lines)
    return list(extract_items(doc, "cs", MeetingInfo(), [], entities_for(doc, {})).decisions)


PROPOSALS = [
    ("Posl. Novák navrhl, aby výbor doporučil přerušit projednávání tisku.",
     "Návrh nebyl přijat (hlasování: pro 2, proti 3, zdržel se 1)."),
    ("Ing. Malá navrhla doplnit usnesení o bod, kterým by komise žádala odbor o analýzu.",
     "Návrh nebyl přijat (hlasování: 2 – 3 – 1)."),
    ("Člen rady Dvořák navrhl, aby se o věci hlasovalo jednotlivě.", "Návrh byl přijat (pro 7, proti 0, zdržel se 0)."),
    ("Mgr. Kubát předložil protinávrh snížit příspěvek na 50 000 Kč.", "Protinávrh nebyl přijat (pro 3, proti 5)."),
    ("Ing. Horák navrhl odložit projednání bodu na příští zasedání.", "Návrh byl přijat 6 hlasy."),
]


@pytest.mark.parametrize(("proposal", "outcome"), PROPOSALS)
@pytest.mark.parametrize("same_paragraph", [True, False])
def test_a_voted_proposal_is_one_decision(proposal: str, outcome: str, same_paragraph: bool) -> None:
    lines = [f"{proposal} {outcome}"] if same_paragraph else [proposal, outcome]
    decs = _decisions(lines)
    assert len(decs) == 1, [d.text for d in decs]
    assert proposal[:25] in decs[0].text
    assert decs[0].adopted is ("nebyl" not in outcome)
    if same_paragraph:
        assert outcome[:12] in decs[0].text


VOTE_LINES = [
    "Hlasování: pro 5, proti 0, zdržel se 1 – usnesení bylo přijato.",
    "Hlasování: pro 4, proti 2, zdržel se 0 – usnesení nebylo přijato.",
    "Výsledek hlasování: 7 – 0 – 0, usnesení bylo přijato.",
    "Hlasování: 6-1-0, usnesení přijato.",
]


@pytest.mark.parametrize("vote", VOTE_LINES)
def test_a_vote_line_with_its_outcome_belongs_to_the_resolution(vote: str) -> None:
    decs = _decisions(["Usnesení č. 12", "Výbor", "I. bere na vědomí informaci ministerstva;",
                       "II. žádá ministerstvo, aby výboru do 30. 6. předložilo analýzu.", vote])
    assert len(decs) == 1, [d.text for d in decs]


FOLLOW_UP_CONSENTS = [
    "Ministerstvo dosud analýzu nepředložilo; požádalo o prodloužení termínu do 31. 5., výbor s prodloužením souhlasí.",
    "Odbor požádal o odklad úkolu do konce června, komise s odkladem souhlasí.",
    "Zpráva dosud nebyla zpracována; výbor prodlužuje termín do 30. 9.",
]


@pytest.mark.parametrize("line", FOLLOW_UP_CONSENTS)
def test_the_body_consenting_now_under_a_follow_up_heading_is_a_decision(line: str) -> None:
    decs = _decisions(["Kontrola plnění úkolů", line])
    assert len(decs) == 1, [d.text for d in decs]
