"""Genre inventory (round 20) of decisions, written from knowledge of real minutes BEFORE reading any failure of this
round. Classes:

- hunting communities and landowner associations: "Usnesení výboru č. n/rok" and "Usnesení č. VH n/rok" with votes
  counted in persons or in weighted votes ("pro 402 hlasů, proti 96, zdrželo se 33"), a counter-proposal rejected;
- council commissions: "Usnesení č. n/rok: Komise doporučuje radě ..." with "Hlasování: pro 7, proti 0, zdržel se 0",
  a "Návrh usnesení" that was not adopted;
- US library boards: "Trustee X moved, seconded by Trustee Y, to approve ...", roll calls "Ayes – ...; Nays – none",
  "Motion carried 6-0", a failing motion, consent agenda, ordinances and resolutions by number;
- standards working groups: "Agreed:", "RESOLVED:", consensus calls, the request to register a draft.
Negative rows (at least as many): straw polls, a check of earlier resolutions, reports of another body's decision,
first readings with no action, public comment, proposals voiced in the debate, ballots that will open. Names and
sentences are invented; nothing is taken from the corpus.
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture()
def decisions(genre_items: Any) -> Any:
    def run(lang: str, lines: list[str]) -> Any:
        return genre_items(lang, lines, {}, {}, "2025-09-16").decisions
    return run


DECISIONS: list[Any] = [
    ("cs", ["Usnesení výboru č. 5/2025: Výbor HS schvaluje rozpočet společenstva na rok 2026. "
            "Hlasování: pro 5, proti 0, zdržel se 0."], True),
    ("cs", ["Usnesení č. VH 3/2025: Valná hromada schvaluje rozdělení nájemného členům. "
            "Hlasování: pro 512 hlasů, proti 40, zdrželo se 12."], True),
    ("cs", ["Návrh usnesení č. 6/2025: Komise doporučuje radě města zrušit program. "
            "Hlasování: pro 2, proti 4, zdržel se 1 – usnesení nebylo přijato."], False),
    ("cs", ["Usnesení č. 7/2025: Komise doporučuje radě města poskytnout dotaci ve výši 15 000 Kč. "
            "Hlasování: pro 7, proti 0, zdržel se 0 – usnesení bylo přijato."], True),
    ("en", ["Trustee Renner moved, seconded by Trustee Lutz, to approve the consent agenda as presented. "
            "Roll call: Ayes – Renner, Lutz, Ochoa, Pratt; Nays – none. Motion carried 4-0."], True),
    ("en", ["Trustee Ochoa moved to add Sunday hours from January. Seconded by Trustee Pratt. "
            "Roll call: 2 ayes, 5 nays. Motion failed."], False),
    ("en", ["Agreed: the WG accepts the editor's proposed resolution of comment DE-07."], True),
    ("en", ["RESOLVED: WG 4 requests the TC secretariat to register the revised text as a DIS."], True),
]


@pytest.mark.parametrize(("lang", "lines", "adopted"), DECISIONS)
def test_a_decision_of_a_community_commission_board_or_working_group(decisions: Any, lang: str, lines: list[str],
                                                                    adopted: bool) -> None:
    got = decisions(lang, lines)
    assert len(got) == 1, [d.text for d in got]
    assert got[0].adopted is adopted, (got[0].text, got[0].adopted)


NOT_DECISIONS: list[Any] = [
    ("cs", ["Kontrola usnesení: usnesení č. 3/2025 a 4/2025 byla splněna."]),
    ("cs", ["Předseda informoval, že rada města schválila dotační program na rok 2026."]),
    ("cs", ["Člen výboru navrhl zvýšit příspěvek na krmivo pro zvěř."]),
    ("cs", ["Návrh podpořili všichni přítomní členové komise."]),
    ("cs", ["Lesní správa vydala souhlas se zalesněním pozemku."]),
    ("en", ["Straw poll: 9 in favour of option A, 3 in favour of option B."]),
    ("en", ["The consortium board approved a 3% increase in membership fees, the Director reported."]),
    ("en", ["The Board held the first reading of the revised patron conduct policy; no action was taken."]),
    ("en", ["Public comment: a resident spoke in favour of extended Sunday hours."]),
    ("en", ["The enquiry ballot will open once the secretariat has registered the draft."]),
]


@pytest.mark.parametrize(("lang", "lines"), NOT_DECISIONS)
def test_what_is_shaped_like_a_decision_but_is_not_one(decisions: Any, lang: str, lines: list[str]) -> None:
    assert [d.text for d in decisions(lang, lines)] == []


# ---------------------------------------------------------------- classes behind this round's fixes -------------
# US boards write "X moved, seconded by Y, to <verb> ..." whatever the verb: the mover-and-seconder frame makes the
# motion ("to place the report on file", "to permit remote attendance", "to restore Sunday hours").
@pytest.mark.parametrize(("lines", "adopted"), [
    (["Trustee Lutz moved, seconded by Trustee Pratt, to place the treasurer's report on file. "
      "The motion carried by voice vote."], True),
    (["Trustee Ochoa moved, seconded by Trustee Renner, to permit Trustee Vogt to attend by telephone. "
      "Motion carried by voice vote of the trustees physically present."], True),
    (["Trustee Lutz moved, seconded by Trustee Pratt, to restore Sunday hours from January. "
      "Roll call: Ayes – Lutz, Pratt; Nays – Ochoa, Renner, Vogt. Motion failed 2-3."], False),
    (["Trustee Renner moved, seconded by Trustee Ochoa, to hold the regular meetings of 2026 on the second "
      "Tuesday of each month. Roll call: 7 ayes, 0 nays. Motion carried."], True),
    (["Moved by Trustee Pratt, seconded by Trustee Lutz, to designate the library a cooling center during heat "
      "advisories. Carried by voice vote."], True),
])
def test_a_seconded_motion_with_any_verb(decisions: Any, lines: list[str], adopted: bool) -> None:
    got = decisions("en", lines)
    assert len(got) == 1, [d.text for d in got]
    assert got[0].adopted is adopted


# A reporting clause closing the sentence, or inserted in it, attributes a decision taken elsewhere.
REPORTED: list[Any] = [
    ("en", ["The county board approved the library's levy request last week, the Treasurer said."]),
    ("en", ["The state library approved the per capita grant application, Director Marsh reported."]),
    ("en", ["According to the Treasurer, the county board approved the levy."]),
    ("cs", ["Rada města schválila dotační program na rok 2026, uvedl předseda komise."]),
    ("cs", ["Rada kraje, jak informoval ředitel, schválila navýšení příspěvku."]),
    ("cs", ["Zastupitelstvo obce schválilo prodej pozemku, sdělila starostka."]),
    # a past passive of a decision verb in what a member reports: decided elsewhere
    ("cs", ["Ing. Malá informovala, že průběžná zpráva byla schválena bez připomínek."]),
    ("cs", ["Pan Lis doplnil, že na partnerské straně bylo schváleno 12 projektů."]),
    ("cs", ["Tajemnice uvedla, že žádost obce o dotaci byla zamítnuta pro formální nedostatky."]),
]


@pytest.mark.parametrize(("lang", "lines"), REPORTED)
def test_a_decision_reported_by_a_speaker_is_no_decision(decisions: Any, lang: str, lines: list[str]) -> None:
    assert [d.text for d in decisions(lang, lines)] == []


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["The Board approved the levy ordinance as presented."]),
    ("cs", ["Komise schvaluje program jednání, jak byl navržen."]),
    ("cs", ["Výbor schvaluje pronájem honitby, jak jej navrhl starosta."]),
    ("cs", ["Komise schvaluje průběžnou zprávu bez připomínek."]),
])
def test_a_clause_that_is_no_report_keeps_the_decision(decisions: Any, lang: str, lines: list[str]) -> None:
    assert len(decisions(lang, lines)) == 1


# Working groups decide by consensus: a call for consensus only puts the question; the sentence that says whether
# consensus was reached is the decision, and "no consensus" there is a decision not adopted.
@pytest.mark.parametrize(("lines", "adopted"), [
    (["The convenor called for consensus on the proposed rejection of comment FR-02.",
      "Two national bodies objected, so there was no consensus on rejecting FR-02."], [False]),
    (["No consensus was reached on the default byte order; the item stays open."], [False]),
    (["The convenor called for consensus on the proposed resolution; consensus was reached."], [True]),
    (["The convenor asked for consensus to accept comment DE-07; there were no objections."], [True]),
])
def test_a_consensus_call_and_its_outcome(decisions: Any, lines: list[str], adopted: list[bool]) -> None:
    assert [d.adopted for d in decisions("en", lines)] == adopted


@pytest.mark.parametrize("line", [
    "The convenor called for consensus on the proposed rejection of comment FR-02.",
    "The Chair sought consensus on whether to split the clause.",
    "Rafael asked for a consensus view on the figure before the next call.",
])
def test_a_call_for_consensus_alone_is_no_decision(decisions: Any, line: str) -> None:
    assert [d.text for d in decisions("en", [line])] == []



# A board's direction to its officer ("The Board directed the Administrator to ...", "instructed the Clerk to ...",
# "tasked the Secretary with ...") is the English counterpart of "ukládá": the body's resolution giving a task, so a
# decision (and, elsewhere, an action). Only the body as subject, an addressee and an infinitive (or 'with' + gerund)
# make it one: attention or questions directed somewhere, a direction reported or dated earlier, are not.
@pytest.mark.parametrize("line", [
    "The Board directed the Finance Officer to obtain three bids for the boiler replacement.",
    "After discussion, the Council instructed the Town Clerk to advertise the vacancy.",
    "The Committee tasked the Secretary with drafting a reply to the consultation.",
    "By voice vote the Select Board directed staff to schedule a public hearing for June 3.",
])
def test_a_body_directing_its_officer_is_a_decision(decisions: Any, line: str) -> None:
    assert len(decisions("en", [line])) == 1


@pytest.mark.parametrize("line", [
    "The Chair directed the Board's attention to the revised cash-flow table.",
    "Questions from the public were directed to the Town Clerk.",
    "The Director reported that the county board had directed all branches to close on the holiday.",
    "Mr. Hale said that the state commission directed libraries to report their hours by March.",
    "The Treasurer noted that the Council had instructed the auditors to include the trust funds.",
    "A resident directed a question to the Board about the parking lot.",
])
def test_a_direction_that_is_no_resolution_of_this_body(decisions: Any, line: str) -> None:
    assert [d.text for d in decisions("en", [line])] == []
