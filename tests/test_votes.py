"""Vote notations as minutes write them, and the outcome they imply."""

from __future__ import annotations

import pytest

from minutes_nlp.extract.votes import parse_vote


@pytest.mark.parametrize(("text", "lang", "counts", "result"), [
    ("Pro: 7, Proti: 0, Zdržel se: 1", "cs", (7, 0, 1), "adopted"),
    ("Hlasování: pro 5, proti 3, zdrželi se 2.", "cs", (5, 3, 2), "rejected"),
    ("Výsledek hlasování: 7 – 0 – 1", "cs", (7, 0, 1), "adopted"),
    ("Hlasováno 8-0-0.", "cs", (8, 0, 0), "adopted"),
    ("Hlasování 4/2/3, usnesení nebylo přijato.", "cs", (4, 2, 3), "rejected"),
    ("Schváleno jednomyslně.", "cs", (None, 0, 0), "adopted"),
    ("The motion was carried 5-1.", "en", (5, 1, 0), "adopted"),
    ("The motion was carried 5-1, with 2 abstentions.", "en", (5, 1, 2), "adopted"),
    ("Vote: 3-0-1. Ayes: Delaney, Raman, Kos. Nays: none.", "en", (3, 0, 1), "adopted"),
    ("Ayes: Delaney, Okafor and Kos. Nays: Raman.", "en", (3, 1, 0), "adopted"),
    ("Pro: Novák, Malá, Kos. Proti: nikdo.", "cs", (3, 0, 0), "adopted"),
    ("Usnesení č. 5/2021 bylo přijato (9/0/0).", "cs", (9, 0, 0), "adopted"),
    ("For: 3, Against: 4, Abstentions: 0", "en", (3, 4, 0), "rejected"),
    ("Agreed unanimously.", "en", (None, 0, 0), "adopted"),
    ("Návrh nebyl přijat (hlasování: 2 pro, 2 proti, 1 se zdržel).", "cs", (2, 2, 1), "rejected"),
    ("Výbor požádal obec o studii (hlasování: 3 pro, 1 proti, 1 se zdržel).", "cs", (3, 1, 1), "adopted"),
    ("The Committee ENDORSED the scale (9 in favour, 1 against).", "en", (9, 1, 0), "adopted"),
])
def test_vote_notations(text: str, lang: str, counts: tuple, result: str) -> None:
    vote = parse_vote(text, lang)
    assert vote is not None
    assert (vote.for_, vote.against, vote.abstain) == counts
    assert vote.result == result


@pytest.mark.parametrize(("text", "lang"), [
    ("Jednání se konalo 15. 12. 2020 od 15:30.", "cs"),
    ("Projekt pro 5 měst a 3 kraje.", "cs"),
    ("The 2021-2022 budget was presented.", "en"),
])
def test_no_vote_in_ordinary_text(text: str, lang: str) -> None:
    assert parse_vote(text, lang) is None


@pytest.mark.parametrize(("text", "counts", "result"), [
    ("A vote was taken: six in favour, two against and one abstention.", (6, 2, 1), "adopted"),
    ("The Board RESOLVED to approve the sale of the garages, by five votes to one.", (5, 1, 0), "adopted"),
    ("The proposal was put to the vote and was not carried (two for, three against, one abstention).", (2, 3, 1),
     "rejected"),
    ("It was RESOLVED that the budget be approved (proposed GH, seconded RV; eight in favour, none against).",
     (8, 0, 0), "adopted"),
    ("The revised budget was approved by eight votes to none, with one abstention.", (8, 0, 1), "adopted"),
])
def test_counts_written_as_words(text: str, counts: tuple, result: str) -> None:
    vote = parse_vote(text, "en")
    assert vote is not None
    assert ((vote.for_, vote.against, vote.abstain), vote.result) == (counts, result)


@pytest.mark.parametrize("text", [
    "The lease runs for two years and one month.",
    "No one objected to the two proposals for the hall.",
])
def test_number_words_outside_a_vote_are_no_tally(text: str) -> None:
    assert parse_vote(text, "en") is None


@pytest.mark.parametrize(("lang", "text", "counts", "result"), [
    # counts written before their labels: "6 pro – 0 proti – 0 se zdrželo"
    ("cs", "Hlasování: 6 pro – 0 proti – 0 se zdrželo", (6, 0, 0), "adopted"),
    ("cs", "5 pro, 2 proti, 1 se zdržel", (5, 2, 1), "adopted"),
    ("cs", "Hlasování: 2 pro – 5 proti – 1 se zdržel", (2, 5, 1), "rejected"),
    # counts written as words in a narrative tally
    ("cs", "Pro hlasovalo šest přítomných členů, nikdo nebyl proti ani se nezdržel.", (6, 0, 0), "adopted"),
    ("cs", "Pro hlasovalo sedm členů, dva hlasovali proti, jeden se zdržel.", (7, 2, 1), "adopted"),
    ("en", "Six voted in favour and two against.", (6, 2, 0), "adopted"),
    ("en", "Five members voted in favour, one against.", (5, 1, 0), "adopted"),
])
def test_tally_notations_and_narrative_counts(lang: str, text: str, counts: tuple[int, int, int], result: str) -> None:
    v = parse_vote(text, lang)
    assert v is not None and (v.for_, v.against, v.abstain, v.result) == (*counts, result)


@pytest.mark.parametrize("text", ["Zastupitelstvo schválilo dotaci pro 5 obcí a 2 spolky.",
                                  "Příspěvek pro dva spolky byl vyplacen."])
def test_the_preposition_pro_is_no_tally(text: str) -> None:
    assert parse_vote(text, "cs") is None
