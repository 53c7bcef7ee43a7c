"""Genre inventory (round 16) of actions and decisions, written from knowledge of real minutes BEFORE reading the
failing sentences of this round. Three document conventions, each with the things shaped like it that are none:

- South African (and other Commonwealth) municipal committee minutes: a "RESOLVED:" / "RESOLVED TO RECOMMEND (TO
  COUNCIL):" / "RESOLUTION <ref>" lead-in over numbered or lettered "That ..." points, each point a resolution;
  follow-up lines "RESPONSIBLE: <post or name>" and "TIMEFRAME: <date>" that turn the point above them into a task;
  label-value task lines "Action: <task>. By: <owner>" (also "Action: <owner> to <task>"). Not: the same words in
  running text about other bodies, a register heading, "By:" naming an author, a resolution report of an old
  meeting.
- Czech school minutes (pedagogická rada, školská rada, porady): event bullets "<akce> <datum>, zajišťuje <osoba>"
  (present imperfective of the duty verb after a comma names who runs the event), the short labels "Z:" (zodpovídá)
  and "T:" (termín) after a task. Not: a standing duty in the present ("jídelna zajišťuje stravování"), a report of a
  past event, a telephone "T:" or "Zapsal/Z." sign-off.
- US homeowners' association and small-board minutes: the moved/seconded shorthand "M/S <mover>/<seconder>." before an
  outcome with a tally ("Approved 4-0", "Carried 3-1", "Failed 2-3"), the label "MOTION:" before "X moved ..., Y
  seconded. Motion carried". Not: a motion announced for a later meeting, an owner's question about a motion, a
  report of a committee's own earlier vote.
Names and sentences are invented; nothing is taken from the corpus. Rows that fail today are xfail(strict) with the
CLASS of the failure.
"""

from __future__ import annotations

from typing import Any

import pytest
from genre_rows import gap, new_actions

CS_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Hana Doležalová": (["Mgr. Doležalová", "Mgr. Doležalové", "Mgr. Doležalovou", "H. Doležalová", "Doležalová"],
                        "zástupkyně ředitele"),
    "Petr Vondráček": (["Mgr. Vondráček", "Mgr. Vondráčkovi", "Mgr. Vondráčka", "P. Vondráček", "Vondráček"], None),
    "Eva Machálková": (["Bc. Machálková", "Bc. Machálkové", "E. Machálková", "Machálková"], "výchovná poradkyně"),
}
EN_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Nomsa Khumalo": (["Cllr Khumalo", "Cllr N. Khumalo", "Ms N. Khumalo", "Ms Khumalo", "Director Khumalo"],
                      "Director: Community Services"),
    "Johan Botha": (["Mr J. Botha", "Mr Botha", "Cllr Botha"], "Chief Financial Officer"),
    "Carla Reyes": (["Director Reyes", "Ms. Reyes", "Reyes", "C. Reyes"], "President"),
    "Dale Lindqvist": (["Director Lindqvist", "Mr. Lindqvist", "Lindqvist", "D. Lindqvist"], "Treasurer"),
    "Aisha Grant": (["Director Grant", "Ms. Grant", "Grant", "A. Grant"], None),
}


@pytest.fixture()
def items(genre_items: Any) -> Any:
    def run(lang: str, lines: list[str]) -> Any:
        return genre_items(lang, lines, CS_PEOPLE if lang == "cs" else EN_PEOPLE, {})
    return run


def _decs(result: Any) -> list[tuple[str, bool | None]]:
    return [(d.text, d.adopted) for d in result.decisions]


# ---------------------------------------------------------------- (a) RESOLVED blocks with numbered points -------
@pytest.mark.parametrize(("lines", "n"), [
    (["RESOLVED:", "1. That the report on the indigent register be noted.",
      "2. That the Director: Community Services submit a verification plan to the next meeting."], 2),
    (["RESOLVED TO RECOMMEND TO COUNCIL:", "(a) That the revised tariff policy be approved.",
      "(b) That the policy take effect on 1 July 2025."], 2),
    (["RESOLVED TO RECOMMEND", "1.1 That the draft budget adjustment be adopted."], 1),
    (["RESOLUTION FIN 07/2025", "That the quarterly expenditure report be noted."], 1),
    (["RESOLVED: That the leave of absence of Cllr Botha be granted."], 1),
])
def test_a_resolved_lead_in_makes_each_point_a_resolution(items: Any, lines: list[str], n: int) -> None:
    assert len(items("en", lines).decisions) == n, _decs(items("en", lines))


@pytest.mark.parametrize("lines", [
    ["The Chief Financial Officer explained that Council had resolved in 2023 to write off old debt."],
    ["PROGRESS ON RESOLUTIONS REGISTER", "The register was tabled for information."],
    ["Cllr Khumalo asked whether the matter had been resolved with the contractor."],
    ["The backlog will be resolved once the new system is in place."],
    ["That the matter be referred back was proposed by Cllr Botha, but no decision was taken."],
    ["Members discussed how the recommendation to Council should be worded."],
])
def test_what_is_shaped_like_a_resolved_block_but_is_not_one(items: Any, lines: list[str]) -> None:
    assert _decs(items("en", lines)) == []


# ---------------------------------------------------------------- (b) RESPONSIBLE / TIMEFRAME and Action/By ------
@pytest.mark.parametrize(("lines", "owner"), [
    (["RESOLVED:", "That the Director: Community Services submit a verification plan.",
      "RESPONSIBLE: Director: Community Services", "TIMEFRAME: 30 June 2025"], "Nomsa Khumalo"),
    gap("'By:' is read as a deadline label; a person as its value is not taken as the owner",
        ["Action: Submit the cash-flow projection to the committee. By: Mr J. Botha"], "Johan Botha"),
    (["Action: Mr Botha to circulate the revised procurement plan."], "Johan Botha"),
    (["ACTION: Ms. Reyes to obtain two further bids for the roof repair."], "Carla Reyes"),
])
def test_a_task_label_and_its_owner_line(items: Any, lines: list[str], owner: str) -> None:
    acts = new_actions(items("en", lines))
    assert [a.owner for a in acts] == [owner], [(a.text, a.owner) for a in acts]


@pytest.mark.parametrize("lines", [
    ["Report by: Mr J. Botha, Chief Financial Officer"],
    ["Prepared by: Ms N. Khumalo"],
    ["Responsible officials were thanked for the clean audit outcome."],
    ["The timeframe for the project was discussed and no change was proposed."],
    ["Action taken: the leaking valve was replaced in March."],
    ["No further action required; the item was closed."],
])
def test_what_is_shaped_like_a_task_label_but_is_not_one(items: Any, lines: list[str]) -> None:
    assert [a.text for a in new_actions(items("en", lines))] == []


# ---------------------------------------------------------------- (c) Czech school event bullets and Z:/T: -------
@pytest.mark.parametrize(("lines", "owner"), [
    (["Plán akcí:", "- vánoční jarmark 12. 12. 2025, zajišťuje Mgr. Doležalová"], "Hana Doležalová"),
    gap("an undated event line takes its date from the list's lead-in, which the event cue does not read",
        ["Akce v listopadu:", "- exkurze 8. tříd do Technického muzea, zajišťuje Mgr. Vondráček"], "Petr Vondráček"),
    (["Aktualizovat plán prevence rizikového chování.", "Z: Bc. Machálková, T: 30. 9. 2025"], "Eva Machálková"),
    (["Připravit podklady pro přijímací řízení – Z: Mgr. Doležalová – T: 31. 1. 2026"], "Hana Doležalová"),
])
def test_a_czech_school_event_or_labelled_task(items: Any, lines: list[str], owner: str) -> None:
    acts = new_actions(items("cs", lines))
    assert [a.owner for a in acts] == [owner], [(a.text, a.owner) for a in acts]


@pytest.mark.parametrize("lines", [
    ["Školní jídelna zajišťuje stravování žáků i zaměstnanců."],
    ["Dozor o přestávkách zajišťují vyučující podle rozpisu."],
    ["Vánoční jarmark proběhl 12. 12. 2024, zajišťovala jej Mgr. Doležalová."],
    ["Z: Mgr. Doležalová"],
    ["Zapsala: Bc. Machálková"],
    ["Kontakt na výchovnou poradkyni: T: 604 111 222"],
])
def test_what_is_shaped_like_a_czech_school_task_but_is_not_one(items: Any, lines: list[str]) -> None:
    assert [a.text for a in new_actions(items("cs", lines))] == []


# ---------------------------------------------------------------- (d) HOA motion shorthand -----------------------
@pytest.mark.parametrize(("lines", "adopted"), [
    (["Approve the 2026 reserve study contract.", "M/S Lindqvist/Grant. Approved 4-0."], True),
    (["M/S Reyes/Lindqvist to adopt the revised pool rules. Carried 3-1."], True),
    (["M/S Grant/Reyes to waive the late fee. Failed 2-3."], False),
    (["MOTION: Director Lindqvist moved to accept the landscaping bid. Director Grant seconded. Motion carried 5-0."],
     True),
    (["Motion: to ratify the emergency tree removal. Carried 3-1 (Grant opposed)."], True),
])
def test_the_moved_seconded_shorthand(items: Any, lines: list[str], adopted: bool) -> None:
    decs = items("en", lines).decisions
    assert [d.adopted for d in decs] == [adopted], _decs(items("en", lines))


@pytest.mark.parametrize("lines", [
    ["A motion on the fence policy will be brought to the October meeting."],
    ["A homeowner asked whether a motion could be made to lower the assessment."],
    ["The architectural committee reported that it had approved two paint requests at its own meeting."],
    ["Director Reyes noted that the motion from June had not yet been carried out by management."],
    ["The Board discussed the pool hours; no motion was made."],
    ["Approved by the Board of Directors: Carla Reyes, President"],
])
def test_what_is_shaped_like_a_motion_but_decides_nothing(items: Any, lines: list[str]) -> None:
    assert _decs(items("en", lines)) == []


# ---------------------------------------------------------------- (e) classes met while fixing this round --------
# A motion moved in the subjunctive with the body as subject ("moved that the Board submit ...") is the motion; a
# roll-call line that ends with the outcome belongs to it (adopted false when it failed).
@pytest.mark.parametrize(("lines", "adopted"), [
    (["Director Grant moved that the Board refer the parking policy to counsel. Director Reyes seconded. "
      "The motion carried 5-0."], True),
    (["Director Reyes moved that the Association levy a special assessment for the gate repair. Director Grant "
      "seconded. Mr. Lindqvist asked about the cost. A roll-call vote was taken: Reyes – yes; Grant – yes; "
      "Lindqvist – no; two others – no. The motion failed 2-3."], False),
])
def test_a_subjunctive_motion_and_its_roll_call(items: Any, lines: list[str], adopted: bool) -> None:
    decs = items("en", lines).decisions
    assert [d.adopted for d in decs] == [adopted], _decs(items("en", lines))


@pytest.mark.parametrize("lines", [
    ["Mr. Lindqvist explained that the Board has no power to levy a special assessment without a vote of members."],
    ["A roll-call vote was taken at the annual meeting of the neighbouring association last spring."],
])
def test_what_is_shaped_like_a_subjunctive_motion_but_is_none(items: Any, lines: list[str]) -> None:
    assert _decs(items("en", lines)) == []


# Czech schools name their meetings by kind and term ("pololetní klasifikační pedagogická rada", "závěrečná
# porada"); setting the next one is the procedural decision Czech minutes record. A body that "projednala X bez
# připomínek" has concluded the item; "I. projednala ..., II. ukládá ..." is one resolution opening at part I.
@pytest.mark.parametrize(("lines", "n"), [
    (["Příští pedagogická rada (hodnoticí) se bude konat v úterý 10. 2. 2026 ve sborovně."], 1),
    (["Závěrečná klasifikační porada se uskuteční 24. 6. 2026 ve 13:30 hod."], 1),
    (["Školská rada projednala výroční zprávu o činnosti školy bez připomínek."], 1),
    (["Usnesení č. 4/2026", "Rada", "I. projednala zprávu o stavu budovy tělocvičny,",
      "II. ukládá zástupkyni ředitele předložit plán oprav do 31. 3. 2026."], 1),
])
def test_czech_school_meeting_dates_and_perfect_resolutions(items: Any, lines: list[str], n: int) -> None:
    assert len(items("cs", lines).decisions) == n, _decs(items("cs", lines))


@pytest.mark.parametrize("lines", [
    ["Minulá pedagogická rada se konala 12. 11. 2025 ve sborovně."],
    ["Školská rada projednala výroční zprávu; připomínky zašlou členové písemně."],
    ["Další rada výchovné poradkyně se týkala přihlášek na střední školy."],
    ["Ředitelka uvedla, že zřizovatel projednal rozpočet školy v prosinci."],
])
def test_what_is_shaped_like_a_school_meeting_decision_but_is_none(items: Any, lines: list[str]) -> None:
    assert _decs(items("cs", lines)) == []


# US associations and boards call a hired firm by the trade noun of its name: "Management" is the managing agent
# the document names ("... Property Management, LLC"); with no such firm, or two, the owner stays as written.
@pytest.mark.parametrize(("lines", "owner"), [
    (["Present: Carla Reyes, President; Tamsin Boyd for Juniper Ridge Property Management, LLC.",
      "ACTION: Management to obtain three bids for the entry gate repair."],
     "Juniper Ridge Property Management, LLC"),
    (["The audit was presented by Hollis & Pratt Auditors LLP.",
      "Action: Auditors to issue the final management letter by June 30, 2025."], "Hollis & Pratt Auditors LLP"),
])
def test_a_firm_called_by_its_trade(genre_items: Any, lines: list[str], owner: str) -> None:
    firm = owner.split(",")[0].split(" LLP")[0]
    acts = new_actions(genre_items("en", lines, EN_PEOPLE, {owner: [owner, firm]}))
    assert [a.owner for a in acts] == [owner], [(a.text, a.owner) for a in acts]


@pytest.mark.parametrize(("lines", "bodies"), [
    (["ACTION: Management to obtain three bids for the entry gate repair."], {}),
    (["ACTION: Management to obtain three bids for the entry gate repair."],
     {"Juniper Ridge Property Management, LLC": ["Juniper Ridge Property Management, LLC"],
      "Saguaro Community Management, Inc.": ["Saguaro Community Management, Inc."]}),
])
def test_a_trade_noun_without_one_firm_names_no_firm(genre_items: Any, lines: list[str],
                                                     bodies: dict[str, list[str]]) -> None:
    acts = new_actions(genre_items("en", lines, EN_PEOPLE, bodies))
    assert all(a.owner is None or "," not in a.owner for a in acts), [(a.text, a.owner) for a in acts]


# Officials referred to by post ("the Manager: Fleet Services", "the Recording Secretary") are each listed once next
# to their holder ("Ms X – post", "Ms X (post)", "Post: Ms X"); the one person named there owns the post's task.
@pytest.mark.parametrize(("lines", "owner"), [
    (["Officials: Ms. Grant – Manager: Fleet Services", "RESOLVED:",
      "1. That the Manager: Fleet Services compile a register of idle vehicles."], "Aisha Grant"),
    (["Recording Secretary: Ms. Grant", "The Recording Secretary will circulate the draft minutes by Friday."],
     "Aisha Grant"),
    (["Ms. Grant – Manager: Fleet Services", "Mr Botha – Acting Treasurer", "RESOLVED:",
      "1. That the Manager: Fleet Services compile a register of idle vehicles."], "Aisha Grant"),
])
def test_a_post_is_held_by_the_person_listed_next_to_it(items: Any, lines: list[str], owner: str) -> None:
    acts = new_actions(items("en", lines))
    assert [a.owner for a in acts] == [owner], [(a.text, a.owner) for a in acts]


@pytest.mark.parametrize("lines", [
    ["RESOLVED:", "1. That the Manager: Fleet Services compile a register of idle vehicles."],
    ["Ms. Grant – Manager: Fleet Services (until March)", "Mr Botha – Manager: Fleet Services (from April)",
     "RESOLVED:", "1. That the Manager: Fleet Services compile a register of idle vehicles."],
    ["Ms. Grant thanked the Manager: Fleet Services for the report.", "RESOLVED:",
     "1. That the Manager: Fleet Services compile a register of idle vehicles."],
])
def test_a_post_nobody_or_several_are_listed_with_stays_unowned(items: Any, lines: list[str]) -> None:
    acts = new_actions(items("en", lines))
    assert [a.owner for a in acts if a.owner in ("Aisha Grant", "Johan Botha")] == [], [(a.text, a.owner) for a in acts]


# Czech school minutes: teachers as a collective ("všichni vyučující", "třídní učitelé") own nothing personally;
# "první vyučovací den" is the first weekday from 1 September on or after the meeting (meeting 10 March 2025).
@pytest.mark.parametrize(("line", "due"), [
    ("Třídní učitelé poučí žáky o pravidlech chování na akcích školy první vyučovací den.", "2025-09-01"),
    ("Všichni vyučující zkontrolují inventář kabinetů do prvního školního dne.", "2025-09-01"),
    ("Vyučující předají podklady ke klasifikaci do 20. 6. 2025.", "2025-06-20"),
])
def test_czech_teachers_collective_tasks_and_the_first_school_day(items: Any, line: str, due: str) -> None:
    acts = new_actions(items("cs", [line]))
    assert [(a.owner, (a.due.latest or "")[:10] if a.due else None) for a in acts] == [(None, due)], \
        [(a.text, a.owner, a.due) for a in acts]


@pytest.mark.parametrize("line", [
    "Třídní učitelé poučili žáky o bezpečnosti první vyučovací den.",
    "Vyučující pravidelně poučují žáky před každou akcí školy.",
    "Každé nové vybavení pomůže zlepšit výuku.",
    "První vyučovací den proběhl bez potíží.",
])
def test_what_is_shaped_like_a_teachers_task_but_is_none(items: Any, line: str) -> None:
    assert [a.text for a in new_actions(items("cs", [line]))] == []


# The vote may stand before the resolution block it carried ("put to the vote: 5 in favour ... / RESOLUTION X /
# That ..."): one decision, the resolution. A register of earlier resolutions (its rows "Completed – approved by
# the Council on ...") reports; it decides nothing.
@pytest.mark.parametrize(("lines", "n"), [
    (["The recommendation was put to the vote: 6 in favour, 2 against, no abstentions.", "RESOLUTION FIN 11/2025",
      "That the revised debt write-off policy be recommended to Council for approval."], 1),
    (["On a show of hands: 7 in favour, 0 against, 1 abstention.", "RESOLVED:",
      "1. That the tariff increase be approved.", "2. That the tariff schedule be published."], 2),
])
def test_a_vote_before_its_resolution_block(items: Any, lines: list[str], n: int) -> None:
    assert len(items("en", lines).decisions) == n, _decs(items("en", lines))


@pytest.mark.parametrize("lines", [
    ["## 5. Progress on resolutions register",
     "| Resolution | Action | Responsible | Status | Comment |", "|---|---|---|---|---|",
     "| FIN 03/2025 | Debt policy to Council | Mr J. Botha | Completed | Approved by Council on 30 April 2025 |"],
    ["## 5. Register of resolutions",
     "| Resolution | Status |", "|---|---|", "| FIN 04/2025 | Completed – adopted by the Mayoral Committee |"],
])
def test_a_register_of_earlier_resolutions_decides_nothing(items: Any, lines: list[str]) -> None:
    assert _decs(items("en", lines)) == []


# US boards disclose in open session what they decided in executive (closed) session; a session announced or one
# that only discussed decides nothing here.
@pytest.mark.parametrize("lines", [
    ["The President reported that in executive session on May 2 the Board levied a fine of $250 on one lot."],
    ["Ms. Reyes reported that during the closed session the Board authorized counsel to send a demand letter."],
])
def test_an_executive_session_disclosure_is_a_decision(items: Any, lines: list[str]) -> None:
    assert len(items("en", lines).decisions) == 1, _decs(items("en", lines))


@pytest.mark.parametrize("lines", [
    ["The Board will meet in executive session after the open session to discuss delinquencies."],
    ["In executive session the Board discussed a personnel matter; no action was taken."],
    ["The Board adjourned to executive session at 8:05 p.m."],
])
def test_an_executive_session_without_a_disclosed_decision(items: Any, lines: list[str]) -> None:
    assert _decs(items("en", lines)) == []


# A Czech head (ředitel/ka, starosta, děkan) decides alone: "stanovil(a) termín/pravidla/výši" is that decision;
# a report of someone else setting it, or a plan to set it, is none.
@pytest.mark.parametrize("line", [
    "Ředitel stanovil termín opravných zkoušek na 27. 8. 2025.",
    "Děkanka stanovila pravidla pro podávání žádostí o stipendium.",
])
def test_a_heads_own_determination_is_a_decision(items: Any, line: str) -> None:
    assert len(items("cs", [line]).decisions) == 1, _decs(items("cs", [line]))


@pytest.mark.parametrize("line", [
    "Ředitelka uvedla, že termín přijímacích zkoušek stanovilo ministerstvo.",
    "Ředitel stanoví termín opravných zkoušek po dohodě s vyučujícími.",
    "Termín stanovený ředitelem byl dodržen.",
])
def test_what_is_shaped_like_a_heads_determination_but_is_none(items: Any, line: str) -> None:
    assert _decs(items("cs", [line])) == []


# Gapping: the task verb said once, a second object with its own deadline ("... by 30 April, and the final
# accounts by 31 May") is a second task of the same owner. English only: Czech "a" joins clauses whose verbs the
# task lexicon does not all know, so a second subject could not be told from a second object.
@pytest.mark.parametrize(("lang", "line", "dues"), [
    ("en", "Mr Botha will circulate the draft budget by 30 April 2025, and the final accounts by 31 May 2025.",
     ["2025-04-30", "2025-05-31"]),
    ("en", "Ms. Reyes to send the pool rules to owners by May 1, 2025, and the gate codes by May 15, 2025.",
     ["2025-05-01", "2025-05-15"]),
    gap("Czech gapping is not read (see above)", "cs",
        "Mgr. Vondráček zašle návrh rozvrhu do 30. 6. 2025 a seznam učebnic do 15. 7. 2025.",
        ["2025-06-30", "2025-07-15"]),
])
def test_a_gapped_second_object_is_a_second_task(items: Any, lang: str, line: str, dues: list[str]) -> None:
    acts = new_actions(items(lang, [line]))
    assert sorted((a.due.latest or "")[:10] for a in acts if a.due) == dues, [(a.text, a.due) for a in acts]
    assert len({a.owner for a in acts}) == 1


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Mr Botha will circulate the draft budget by 30 April 2025 and the final accounts will follow in June."),
    ("en", "Mr Botha will circulate the draft budget by 30 April 2025, and the accounts for 2024 were noted."),
    ("en", "Mr Botha will circulate the draft budget covering April and May 2025."),
    ("en", "Mr Botha will circulate the draft budget by 30 April 2025, and Ms. Grant by 15 May 2025."),
    ("cs", "Mgr. Vondráček zašle návrh rozvrhu do 30. 6. 2025 a ředitelka jej schválí do 15. 7. 2025."),
])
def test_what_is_shaped_like_gapping_but_is_one_task(items: Any, lang: str, line: str) -> None:
    acts = [a for a in new_actions(items(lang, [line])) if a.method.name.endswith(".gapped")]
    assert acts == [], [(a.text, a.due) for a in acts]
