"""Genre inventory (round 19) of decisions, written from knowledge of real minutes BEFORE reading any failure of this
round. Classes:

- planning commissions decide by motion on a case: "recommend approval (denial) to City Council", "approve the
  conditional use permit subject to conditions", "continue the public hearing to the <date> meeting", a roll call of
  "Aye/Nay" or "Motion carried 5-1" / "Motion failed 2-3"; "the Commission reached consensus" and "directed staff";
- trade-union branch committees: "Moved X, seconded Y ... Carried/Lost" with counts, delegates elected unopposed,
  "Apologies were received and accepted", a donation "Carried unanimously";
- advisory councils (park council, CHKO council) resolve recommendations and opinions: "doporučuje Správě ...",
  "vydává souhlasné stanovisko", votes "pro 9, proti 2, zdržel se 1";
- hospital management meetings record conclusions: "Závěr:", "Porada vedení souhlasí / schvaluje / ruší".
Negative rows (at least as many): staff recommendations and applicants' requests, correspondence noted, public
comment, an amendment accepted by the mover, another body's decision reported, a schedule of a future vote, motions
announced but not yet put. Names and sentences are invented; nothing is taken from the corpus.
"""

from __future__ import annotations

from typing import Any

import pytest
from genre_rows import gap

EN_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Rosa Delgado": (["Commissioner Delgado", "Delgado"], "Chair"),
    "Franklin Osei": (["Commissioner Osei", "Osei"], None),
    "Declan Murtagh": (["Declan Murtagh", "DM"], "Branch Secretary"),
    "Shireen Patel": (["Shireen Patel", "SP"], "Branch Treasurer"),
}
CS_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Zdeňka Horáková": (["RNDr. Horáková", "RNDr. Horákové", "Horáková"], "předsedkyně rady"),
}
CS_BODIES = {"Správa CHKO Modrá skála": ["Správa CHKO Modrá skála", "Správa CHKO", "Správě CHKO", "Správy CHKO"]}


@pytest.fixture()
def decisions(genre_items: Any) -> Any:
    def run(lang: str, lines: list[str]) -> Any:
        people, bodies = (CS_PEOPLE, CS_BODIES) if lang == "cs" else (EN_PEOPLE, {})
        return genre_items(lang, lines, people, bodies).decisions
    return run


DECISIONS: list[tuple[str, list[str], bool]] = [
    # planning commission motions
    ("en", ["MOTION: Commissioner Osei moved to recommend approval of Case No. ZC-25-011 to City Council, subject "
            "to the conditions in the staff report. Seconded by Commissioner Delgado. Motion carried 5-1."], True),
    ("en", ["Commissioner Delgado moved to approve the conditional use permit with the four conditions listed by "
            "staff; Commissioner Osei seconded. The motion carried unanimously."], True),
    ("en", ["Motion by Commissioner Osei, seconded by Commissioner Delgado, to continue the public hearing to the "
            "June 11, 2025 meeting. Motion carried 6-0."], True),
    ("en", ["MOTION (Osei/Delgado) to recommend denial of the rezoning to City Council.",
            "Roll call: Osei aye, Delgado aye, Ruiz nay. Motion carried 2-1."], True),
    ("en", ["Commissioner Osei moved to approve the final plat. The motion failed 2-3."], False),
    ("en", ["The Commission reached consensus that the draft code amendment was ready for a public hearing."], True),
    # union branch committee
    ("en", ["Moved DM, seconded SP, that the branch donate £250 to the local foodbank. Carried: for 11, against 0, "
            "abstentions 1."], True),
    ("en", ["Apologies were received and accepted."], True),
    ("en", ["Shireen Patel was elected unopposed as delegate to the regional council."], True),
    ("en", ["A motion to fund a coach to the national demonstration was lost (3 for, 8 against, 2 abstentions)."],
     False),
    # advisory council recommendations and opinions
    ("cs", ["Usnesení č. 4/2025: Rada doporučuje Správě CHKO vybudovat záchytné parkoviště. "
            "Hlasování: pro 9, proti 2, zdržel se 1."], True),
    ("cs", ["Rada vydává souhlasné stanovisko k návrhu změny zonace (pro: 11 / proti: 0 / zdržel se: 1)."], True),
    # hospital management conclusions
    ("cs", ["Závěr: Porada vedení souhlasí s prodloužením smlouvy na úklidové služby."], True),
    ("cs", ["Porada vedení ruší úkol č. 7/2025 z důvodu centrálního nákupu krajem."], True),
]


@pytest.mark.parametrize(("lang", "lines", "adopted"), DECISIONS)
def test_a_decision_of_a_commission_branch_or_council(decisions: Any, lang: str, lines: list[str],
                                                      adopted: bool) -> None:
    got = decisions(lang, lines)
    assert len(got) == 1, [d.text for d in got]
    assert got[0].adopted is adopted, (got[0].text, got[0].adopted)


NOT_DECISIONS: list[tuple[str, list[str]]] = [
    # planning: staff reports, applicants, hearings, public comment, schedules
    ("en", ["Staff recommended approval of the rezoning subject to six conditions."]),
    ("en", ["The applicant requested that the item be continued to a later meeting."]),
    ("en", ["The Chair opened the public hearing at 6:40 p.m."]),
    ("en", ["A resident of Elm Street spoke against the proposal, citing traffic on the school route."]),
    ("en", ["The rezoning is scheduled for first reading before City Council on July 1."]),
    ("en", ["City Council approved the annexation agreement at its May meeting, staff reported."]),
    ("en", ["Commissioner Osei said he would move to deny the application if the traffic study were not updated."]),
    # union: correspondence, amendments, reports, announcements
    ("en", ["Correspondence from the regional office was noted."]),
    ("en", ["The amendment was accepted by the mover."]),
    ("en", ["The Treasurer reported that the national executive had approved the budget."]),
    ("en", ["Nominations for delegates close on 20 March."]),
    ("en", ["DM gave notice that he would bring a motion on the pension scheme to the next meeting."]),
    # Czech: reports, proposals, competence
    ("cs", ["Ředitel informoval, že rada kraje schválila navýšení základního kapitálu nemocnice."]),
    ("cs", ["Správa CHKO předloží návrh návštěvního řádu radě k projednání na příštím jednání."]),
    gap("a competence statement of the statute in the present is read as a resolution", "cs",
        ["Podle statutu rada CHKO projednává plán péče a vydává k němu stanovisko."]),
    ("cs", ["Náměstkyně pro ošetřovatelskou péči navrhla zvážit změnu směnového režimu."]),
]


@pytest.mark.parametrize(("lang", "lines"), NOT_DECISIONS)
def test_what_is_shaped_like_a_decision_but_is_not_one(decisions: Any, lang: str, lines: list[str]) -> None:
    assert [d.text for d in decisions(lang, lines)] == []


# ---------------------------------------------------------------- classes behind this round's fixes -------------
# A roll call between a motion and its outcome says who voted how; the outcome belongs to the motion just put,
# not to an earlier one in the same item (a failed motion followed by a motion to the contrary).
@pytest.mark.parametrize(("lines", "adopted"), [
    (["MOTION (Osei/Delgado) to approve the site plan with staff conditions.",
      "Roll call: Osei – aye; Delgado – aye; Ruiz – nay. Motion carried 2-1."], [True]),
    (["MOTION by Commissioner Osei, SECOND by Commissioner Delgado, to approve the variance.",
      "AYES: Osei, Delgado. NAYS: Ruiz. Motion carried 2-1."], [True]),
    (["MOTION (Osei/Delgado) to approve the variance as requested.",
      "Roll call: Osei – aye; Delgado – nay; Ruiz – nay. Motion failed 1-2.",
      "MOTION (Ruiz/Delgado) to deny the variance, adopting the findings in the staff report.",
      "Roll call: Osei – nay; Delgado – aye; Ruiz – aye. Motion carried 2-1."], [False, True]),
])
def test_a_roll_call_outcome_decides_the_motion_just_put(decisions: Any, lines: list[str],
                                                         adopted: list[bool]) -> None:
    got = decisions("en", lines)
    assert [d.adopted for d in got] == adopted, [(d.text, d.adopted) for d in got]
    assert all(d.text.startswith("MOTION") for d in got), [d.text for d in got]


# Union branches record the outcome with the count after the label ("Carried: for 11, against 0"), the grant
# by its amount first ("£150 agreed towards ..."), an uncontested election as "declared elected".
@pytest.mark.parametrize("line", [
    "Moved SP, seconded DM. The motion asks the Region to fund a young members' school. Carried: for 9, against 2.",
    "£150 agreed towards the cost of the retired members' lunch.",
    "There being no other nominations, SP and DM were declared elected.",
    # an agenda label that is also a sign-off label ("Minutes:") before a motion is no signature
    "3. MINUTES: Motion by Commissioner Osei, seconded by Commissioner Delgado, to approve the minutes of May 14 as "
    "written. Motion carried 5-0.",
])
def test_a_union_branch_outcome(decisions: Any, line: str) -> None:
    assert len(decisions("en", [line])) == 1, [d.text for d in decisions("en", [line])]


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Approved: Rosa Delgado, Chair"),
    ("en", "£150 was spent on the retired members' lunch last year."),
    ("en", "Nominations were invited; the election will be held at the AGM."),
    ("en", "The result of the ballot was declared at the national conference in June."),
])
def test_what_is_shaped_like_a_union_or_sign_off_decision_but_is_none(decisions: Any, lang: str, line: str) -> None:
    assert [d.text for d in decisions(lang, [line])] == []


# A topic put on the programme of a later meeting sets that meeting's programme (the Czech convention that the
# next meeting's date and topics are procedural decisions); a deadline at the next meeting or a past inclusion
# sets nothing.
@pytest.mark.parametrize("line", [
    "Volba předsedy pracovní skupiny bude zařazena na program zářijového jednání.",
    "Informace o návštěvnosti bude zařazena na program příštího zasedání rady.",
])
def test_a_topic_put_on_a_later_programme_is_a_decision(decisions: Any, line: str) -> None:
    assert len(decisions("cs", [line])) == 1, [d.text for d in decisions("cs", [line])]


@pytest.mark.parametrize("line", [
    "Žádost spolku byla zařazena na program listopadového jednání.",
    "Písemná odpověď bude předložena na příštím jednání.",
])
def test_a_past_inclusion_or_a_deadline_is_no_programme_decision(decisions: Any, line: str) -> None:
    assert [d.text for d in decisions("cs", [line])] == []
