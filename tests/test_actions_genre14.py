"""Genre inventory (round 14) of decisions, actions (with owner and due) and what is shaped like them but is not,
written from knowledge of real minutes of many genres BEFORE reading any failure of this round: councils and their
committees (CZ obce and kraje; NZ/AU community boards and councils; US select boards and town meetings; UK/IE parish,
district and county councils), boards of companies and trusts, academic senates and university boards, tripartite
and social-partner bodies, control and audit committees (kontrolní a finanční výbor, Audit and Risk Committee).

Conventions encoded (corpus/FORMAT.md and the seed gold's `about`):
- a motion put and LOST is a decision with adopted false; a carried one is adopted true; its tally is its vote;
- a formal "THAT ..." / "RESOLVED" / "Usnesení" / "bere na vědomí" is a decision; English "noted the report" is not;
- accepted apologies and the motion to adjourn are decisions;
- a task given, promised or scheduled (also a third party's dated schedule) is an action; reports of work done,
  standing duties, general aims, positions and demands of a party, and questions are not;
- a due is a deadline of the task, never the date of a document, meeting or period the task refers to.
Names and sentences are invented; nothing is taken from the corpus. Rows that fail today are xfail(strict) with
the CLASS of the failure.
"""

from __future__ import annotations

from typing import Any

import pytest
from genre_rows import check_due, gap, new_actions

CS_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Vojtěch Hrubý": (["Ing. Hrubý", "Ing. Hrubému", "Ing. Hrubého", "Ing. Hrubým", "p. Hrubý", "V. Hrubý", "Hrubý"],
                      "předseda"),
    "Alena Šimková": (["Mgr. Šimková", "Mgr. Šimkové", "Mgr. Šimkovou", "p. Šimková", "A. Šimková", "Šimková"],
                      "tajemnice"),
    "Radek Pospíšil": (["Bc. Pospíšil", "Bc. Pospíšilovi", "Bc. Pospíšila", "p. Pospíšil", "R. Pospíšil", "Pospíšil"],
                       None),
}
CS_BODIES = {
    "Odbor investic": ["Odbor investic", "odbor investic", "odboru investic", "OI"],
    "Sekretariát rady": ["Sekretariát rady", "sekretariát rady", "sekretariátu rady"],
}
EN_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Megan Foley": (["Cr Foley", "Cllr Foley", "Trustee Foley", "Ms Foley", "MF", "Megan"], "Chair"),
    "Hamish Grant": (["Cr Grant", "Cllr Grant", "Selectman Grant", "Mr Grant", "HG", "Hamish"], None),
    "Priya Raman": (["Dr Raman", "Prof. Raman", "Ms Raman", "PR", "Priya"], "Clerk"),
    "Owen Briggs": (["Mr Briggs", "OB", "Owen"], "Treasurer"),
}
EN_BODIES = {
    "Roading Team": ["Roading Team", "the Roading Team"],
    "Finance Committee": ["Finance Committee", "the Finance Committee"],
}


@pytest.fixture()
def items(genre_items: Any) -> Any:
    def run(lang: str, lines: list[str]) -> Any:
        people, bodies = (CS_PEOPLE, CS_BODIES) if lang == "cs" else (EN_PEOPLE, EN_BODIES)
        return genre_items(lang, lines, people, bodies)
    return run


# ---------------------------------------------------------------- (a) the shapes a decision takes --------------
# (lang, lines, adopted or None when the row does not state it, vote (for, against, abstain) or None)
DecRow = tuple[str, list[str], bool | None, tuple[int, int, int] | None]
DECISIONS: list[DecRow] = [
    # Westminster-style motions: mover, seconder, outcome on lines of their own
    ("en", ["Moved: Cr Foley", "Seconded: Cr Grant", "That the Board receives the Chairperson's report.", "CARRIED"],
     True, None),
    ("en", ["That the Committee approves the purchase of a replacement mower. Moved Cr Foley / Seconded Cr Grant. "
            "CARRIED"], True, None),
    ("en", ["RESOLVED that the recommendations of the Finance Committee be adopted."], True, None),
    ("en", ["It was RESOLVED to appoint Dr Raman as Deputy Chair for the remainder of the year."], True, None),
    ("en", ["IT WAS RESOLVED: That the Academic Board approves the revised assessment regulations."], True, None),
    ("en", ["That the apologies of Cr Grant be accepted.", "Carried unanimously"], True, None),
    # US boards: motion, second and the vote in one line or two
    ("en", ["MOTION by Selectman Grant, seconded by Ms Foley, to approve the warrant as presented. "
            "Motion passed 3-0."], True, (3, 0, 0)),
    ("en", ["On a motion by Trustee Foley, seconded by Mr Briggs, the Board voted 5-2 to award the paving contract."],
     True, (5, 2, 0)),
    ("en", ["Mr Briggs moved to adjourn at 8:40 p.m.; the motion was seconded and carried."], True, None),
    # motions put and lost: decisions with adopted false
    ("en", ["Moved: Cr Grant", "Seconded: Mr Briggs", "That the hall hire fees be increased by 5% from 1 July.",
            "LOST"], False, None),
    ("en", ["A motion by Cllr Grant to defer the item to the next meeting was put to the vote and lost "
            "(3 for, 5 against)."], False, (3, 5, 0)),
    ("en", ["MOTION by Selectman Grant to reduce the stipend. Motion failed 1-4."], False, (1, 4, 0)),
    # votes and tallies written out
    ("en", ["Senate approved the new programme in data science by a vote of 34 in favour, 2 against and "
            "3 abstentions."], True, (34, 2, 3)),
    ("en", ["The minutes of the meeting held on 3 February 2025 were approved as a correct record."], True, None),
    # consensus statements
    ("en", ["By consensus, the Board agreed to hold its planning day in May."], None, None),
    ("en", ["Members agreed by consensus that the library will open on Sunday afternoons from April."], None, None),
    ("en", ["Decision: The Committee supports option 2 for the car park layout."], None, None),
    # Czech resolutions in their usual shapes
    ("cs", ["Usnesení č. 12/2025: Kontrolní výbor bere na vědomí zprávu o kontrole plnění usnesení rady obce."],
     True, None),
    ("cs", ["Návrh usnesení: Finanční výbor doporučuje zastupitelstvu schválit rozpočtové opatření č. 3/2025.",
            "Hlasování: pro 5, proti 0, zdržel se 0. Usnesení bylo přijato."], True, (5, 0, 0)),
    ("cs", ["Návrh usnesení: Výbor doporučuje zvýšit poplatek za odpad na 900 Kč.",
            "Hlasování: pro 2, proti 4, zdrželi se 1. Usnesení nebylo přijato."], False, (2, 4, 1)),
    ("cs", ["Akademický senát fakulty schvaluje výroční zprávu o činnosti fakulty za rok 2024."], True, None),
    ("cs", ["Rada vlády pro hospodářskou a sociální dohodu doporučuje vládě návrh zákona schválit."], None, None),
    ("cs", ["Komise hlasováním (6 – 0 – 1) doporučila radě schválit přidělení bytu."], True, (6, 0, 1)),
    ("cs", ["Představenstvo rozhodlo o výplatě podílu na zisku akcionářům."], None, None),
    ("cs", ["Výbor konstatuje, že kontrolou plnění usnesení nebyly zjištěny nedostatky."], None, None),
    ("cs", ["Členové výboru se shodli, že jednání se budou konat vždy první pondělí v měsíci."], None, None),
    ("cs", ["Omluva Bc. Pospíšila byla přijata."], None, None),
    # results recorded in a resolutions table
    ("en", ["| Resolution | Moved / Seconded | Result |", "|---|---|---|",
            "| That the grant of $2,000 to the Bowls Club be approved | Foley / Grant | Carried |"], True, None),
    ("cs", ["| Č. usnesení | Text usnesení | Hlasování |", "|---|---|---|",
            "| 4/2025 | Výbor schvaluje plán kontrol na rok 2025. | 5-0-0 |"], None, None),
]


@pytest.mark.parametrize(("lang", "lines", "adopted", "vote"), DECISIONS)
def test_a_decision_shape(items: Any, lang: str, lines: list[str], adopted: bool | None,
                          vote: tuple[int, int, int] | None) -> None:
    decs = items(lang, lines).decisions
    assert len(decs) == 1, [d.text for d in decs]
    if adopted is not None:
        assert decs[0].adopted is adopted, decs[0]
    if vote is not None:
        got = decs[0].vote
        assert got is not None and (got.for_, got.against, got.abstain or 0) == vote, got


# ---------------------------------------------------------------- (b) decision-shaped, not a decision ----------
NOT_DECISIONS: list[tuple[str, list[str]]] = [
    # English minutes record "noted" without making it a resolution
    ("en", ["The Board NOTED the report."]),
    ("en", ["Members noted the update on the library refurbishment."]),
    # another body's decision, reported
    ("en", ["The Chair reported that Cabinet had approved the funding bid in January."]),
    ("en", ["Mr Briggs advised that the Finance Committee had agreed to the revised budget."]),
    # recommendations of staff or an officer's report, a future vote, a discussion
    ("en", ["Staff recommended that the Board approve the lease renewal."]),
    ("en", ["The Senate will vote on the proposal at its April meeting."]),
    ("en", ["Members discussed whether to recommend the plan to Council."]),
    ("en", ["A motion to approve the budget will be brought to the next meeting."]),
    # competence rules and standing orders
    ("en", ["Under the standing orders, the Committee approves the annual audit plan."]),
    ("en", ["Cr Grant asked whether the Board would approve the additional funding?"]),
    ("en", ["The union side stated that it could not support the proposed pay offer."]),
    ("en", ["The Chair thanked members for their contributions."]),
    # Czech: reports of other bodies' decisions, proposals, competence, findings, positions
    ("cs", ["Starosta připomněl, že zastupitelstvo schválilo rozpočet již v prosinci."]),
    ("cs", ["Ing. Hrubý navrhl, aby výbor doporučil zastupitelstvu zvýšení poplatku."]),
    ("cs", ["Podle jednacího řádu schvaluje výbor plán kontrol vždy na kalendářní rok."]),
    ("cs", ["Kontrolou bylo zjištěno, že usnesení č. 5/2024 bylo splněno."]),
    ("cs", ["Zástupci odborových svazů požadují zvýšení platů ve veřejných službách o 10 %."]),
    ("cs", ["Zástupci zaměstnavatelů s návrhem nesouhlasí."]),
    ("cs", ["Návrh usnesení bude předložen zastupitelstvu na příštím zasedání."]),
    ("cs", ["Proběhla diskuse o možnostech financování opravy mostu."]),
    ("cs", ["Schválí výbor navržený harmonogram kontrol?"]),
    ("cs", ["Předseda poděkoval členům výboru za účast."]),
    ("cs", ["Ministerstvo financí obcím doporučuje vytvářet rezervu na energie."]),
    ("cs", ["O prodeji pozemku rozhoduje zastupitelstvo obce."]),
    ("cs", ["Mgr. Šimková informovala, že rada obce vzala zprávu na vědomí."]),
    ("cs", ["Dotace bude schválena, pokud o ni obec požádá včas."]),
    ("en", ["Cr Foley spoke in support of the motion."]),
    ("en", ["The Treasurer explained that the Board approves the budget each June."]),
    ("en", ["Councillors received a briefing on the flood response."]),
    ("en", ["The motion was debated at length."]),
]


@pytest.mark.parametrize(("lang", "lines"), NOT_DECISIONS)
def test_what_is_shaped_like_a_decision_but_is_not_one(items: Any, lang: str, lines: list[str]) -> None:
    assert [d.text for d in items(lang, lines).decisions] == []


# ---------------------------------------------------------------- (c) action shapes and their owner -------------
# (lang, lines, owner or None)
ACTIONS: list[tuple[str, list[str], str | None]] = [
    ("en", ["Action: Clerk to obtain three quotes for the bus shelter repairs."], "Priya Raman"),
    ("en", ["Mr Briggs to circulate the revised fees schedule to members."], "Owen Briggs"),
    ("en", ["ACTION ITEM: Dr Raman – update the risk register – due 15 May 2025."], "Priya Raman"),
    ("en", ["Cr Foley undertook to follow up with the Roading Team about the potholes."], "Megan Foley"),
    ("en", ["The Board requested staff to report back on parking options at the June meeting."], None),
    ("en", ["Staff were directed to prepare a draft bylaw for the next meeting."], None),
    ("en", ["The Roading Team will reseal the footpath on Kowhai Street in April 2025."], "Roading Team"),
    ("en", ["The contractor will start the works on 5 May 2025."], None),
    ("en", ["| # | Action | Responsible | Due date |", "|---|---|---|---|",
            "| 1 | Prepare the annual report | Treasurer | 30 June 2025 |"], "Owen Briggs"),
    ("en", ["Mr Grant agreed to draft a letter of support for the grant application."], "Hamish Grant"),
    ("en", ["The Finance Committee to review the investment policy and report back in June."], "Finance Committee"),
    ("cs", ["Úkol: Mgr. Šimková zajistí zveřejnění zápisu na úřední desce. T: 31. 3. 2025"], "Alena Šimková"),
    ("cs", ["Ing. Hrubý prověří možnost financování z dotace a bude informovat výbor na příštím jednání."],
     "Vojtěch Hrubý"),
    ("cs", ["Kontrolní výbor ukládá předsedovi předložit zprávu o kontrole zastupitelstvu do 30. 6. 2025."],
     "Vojtěch Hrubý"),
    ("cs", ["Sekretariát rady rozešle podklady členům nejpozději týden před jednáním."], "Sekretariát rady"),
    ("cs", ["Bc. Pospíšil předloží návrh rozpočtu na příští schůzi."], "Radek Pospíšil"),
    ("cs", ["Zpracovat přehled smluv uzavřených v roce 2024.", "Zodpovídá: Bc. Pospíšil, termín: 15. 4. 2025"],
     "Radek Pospíšil"),
    ("cs", ["| Úkol | Odpovídá | Termín |", "|---|---|---|",
            "| Zajistit revizi hasicích přístrojů | odbor investic | 30. 4. 2025 |"], "Odbor investic"),
    ("cs", ["Odbor investic zpracuje harmonogram oprav do konce dubna."], "Odbor investic"),
    ("cs", ["Předseda výboru požádal tajemnici o zaslání zprávy členům výboru."], "Alena Šimková"),
]


@pytest.mark.parametrize(("lang", "lines", "owner"), ACTIONS)
def test_an_action_and_its_owner(items: Any, lang: str, lines: list[str], owner: str | None) -> None:
    acts = new_actions(items(lang, lines))
    assert len(acts) == 1, [a.text for a in acts]
    assert acts[0].owner == owner, (acts[0].text, acts[0].owner)


NOT_ACTIONS: list[tuple[str, list[str]]] = [
    # past-tense reports of work done
    ("en", ["The Clerk circulated the quotes to members on 3 March."]),
    ("en", ["Staff have completed the footpath renewal programme."]),
    ("en", ["Mr Briggs reported that the audit had been finalised in February."]),
    # standing duties, general aims, positions
    ("en", ["The Council aims to reduce its carbon emissions over the next decade."]),
    ("en", ["The purpose of the plan is to ensure that all rural roads are maintained."]),
    ("en", ["Members are reminded to declare any conflicts of interest."]),
    ("en", ["The union side wants the employers to improve the pay offer."]),
    ("en", ["The Treasurer is responsible for keeping the accounts."]),
    # questions and thanks
    ("en", ["Cr Grant asked whether staff would report on the matter?"]),
    ("en", ["The Committee thanked staff for their work on the summer festival."]),
    ("en", ["The Chair welcomed members and opened the meeting at 7 pm."]),
    ("en", ["Dr Raman presented the quarterly financial report."]),
    # Czech past work, statuses, habitual duties, laws, questions, demands, thanks
    ("cs", ["Mgr. Šimková zajistila zveřejnění zápisu na úřední desce."]),
    ("cs", ["Kontrolní výbor provedl kontrolu plnění usnesení rady obce."]),
    ("cs", ["Odbor investic průběžně zajišťuje údržbu místních komunikací."]),
    ("cs", ["Zákon o obcích ukládá obci povinnost zveřejnit návrh rozpočtu."]),
    ("cs", ["Ing. Hrubý se dotázal, kdo prověří stav mostu?"]),
    ("cs", ["Zástupci odborových svazů požadují zvýšení platů o 10 %."]),
    ("cs", ["Předseda poděkoval Bc. Pospíšilovi za přípravu podkladů."]),
    ("cs", ["Bc. Pospíšil seznámil přítomné s výsledky hospodaření za rok 2024."]),
    ("cs", ["Cílem projektu je snížit energetickou náročnost budov."]),
    ("cs", ["Výbor bere na vědomí zprávu o hospodaření."]),
]


@pytest.mark.parametrize(("lang", "lines"), NOT_ACTIONS)
def test_what_is_shaped_like_an_action_but_is_not_one(items: Any, lang: str, lines: list[str]) -> None:
    assert [a.text for a in new_actions(items(lang, lines))] == []


# ---------------------------------------------------------------- (d) due-date expressions --------------------
# meeting of 10 March 2025; the expected due is an ISO date (or its prefix), a kind, or None
DUES: list[tuple[str, str, str | None]] = [
    ("en", "Clerk to write to the owner by 30 June 2025.", "2025-06-30"),
    ("en", "Clerk to write to the owner by 31/03/2025.", "2025-03-31"),
    ("en", "Clerk to write to the owner by 3/31/2025.", "2025-03-31"),
    ("en", "Clerk to write to the owner by the end of April.", "2025-04-30"),
    ("en", "Clerk to write to the owner before the next meeting.", "next_meeting"),
    ("en", "Clerk to write to the owner by Friday 14 March 2025.", "2025-03-14"),
    ("en", "Clerk to write to the owner by the end of Q2 2025.", "2025-06-30"),
    ("en", "Clerk to keep the register under review on an ongoing basis.", "continuous"),
    ("cs", "Tajemnice zašle zápis členům do 30. 6. 2025.", "2025-06-30"),
    ("cs", "Tajemnice zašle zápis členům do konce května.", "2025-05-31"),
    ("cs", "Tajemnice zašle zápis členům do příštího jednání.", "next_meeting"),
    ("cs", "Tajemnice bude průběžně informovat členy o stavu kontroly.", "continuous"),
    ("cs", "Tajemnice zašle zápis členům v termínu do 31. 3.", "2025-03-31"),
    # dates the task refers to are not its deadline
    ("en", "Clerk to circulate the minutes of the 3 February 2025 meeting.", None),
    ("en", "Mr Briggs to report on spending under the 2024/25 budget.", None),
    ("en", "Clerk to write to the owner about the complaint received on 2 March 2025.", None),
    ("en", "Mr Briggs to report on the 2024 results.", None),
    ("cs", "Tajemnice zašle členům zápis z jednání dne 3. 2. 2025.", None),
    ("cs", "Bc. Pospíšil předloží zprávu o plnění rozpočtu za rok 2024.", None),
    ("cs", "Odbor investic prověří plnění smlouvy ze dne 12. 1. 2025.", None),
    ("cs", "Tajemnice zveřejní usnesení č. 5/2025 na úřední desce.", None),
    ("cs", "Bc. Pospíšil prověří stav čerpání dotace za 1. pololetí 2025.", None),
]


@pytest.mark.parametrize(("lang", "line", "due"), DUES)
def test_the_due_of_a_task(items: Any, lang: str, line: str, due: str | None) -> None:
    acts = new_actions(items(lang, [line]))
    assert len(acts) == 1, [a.text for a in acts]
    check_due(acts[0].due, due)


# ---------------------------------------------------------------- classes behind this round's failures ----------
# A motion numbered by a code of letters and digits ("Resolution CB/25/07", "CR2025/143", "RESOLUTION FC25/3")
# in NZ/AU council minutes: the "That ..." text after it is the decision; the mover line and outcome attach to it.
@pytest.mark.parametrize("line", [
    "**Resolution CB/25/07:** That the report on rural road maintenance be received. Foley / Grant. CARRIED",
    "CR2025/143 That the apology from Cr Grant be received and accepted. Moved Cr Foley, seconded Mr Briggs. CARRIED",
    "RESOLUTION FC25/3 That the Board adopts the Annual Plan 2025/26. Moved Cr Grant / Seconded Cr Foley. CARRIED",
    "Motion AB 25-02: That the hall hire fee be increased to $40 per hour. Grant / Briggs. CARRIED",
])
def test_a_motion_numbered_by_a_code_is_its_that_text(items: Any, line: str) -> None:
    decs = items("en", [line]).decisions
    assert len(decs) == 1 and " that " in f" {decs[0].text.lower()}", [d.text for d in decs]


# The direction inside a compound motion is a task of the one it names; a participle after "as" describes the paper.
@pytest.mark.parametrize(("line", "owner"), [
    ("That the Board approves the skate park design and asks staff to call for tenders in July 2025. "
     "Foley / Grant. CARRIED", None),
    ("That the Committee adopts its submission as circulated and nominates Cr Grant to present it at the "
     "hearing on 12 June 2025. Foley / Briggs. CARRIED", "Hamish Grant"),
    ("That the Board receives the report and requests the Clerk to write to the owner of the vacant lot. "
     "Grant / Foley. CARRIED", "Priya Raman"),
])
def test_the_direction_in_a_compound_motion_is_a_task(items: Any, line: str, owner: str | None) -> None:
    acts = new_actions(items("en", [line]))
    assert [a.owner for a in acts] == [owner], [a.text for a in acts]


@pytest.mark.parametrize("line", [
    "That the Board approves the minutes as circulated. Foley / Grant. CARRIED",
    "That the Committee adopts the accounts as submitted. Grant / Briggs. CARRIED",
    "That the report be received as presented. Foley / Briggs. CARRIED",
])
def test_a_motion_on_a_paper_as_circulated_sets_no_task(items: Any, line: str) -> None:
    result = items("en", [line])
    assert len(result.decisions) == 1 and new_actions(result) == [], [a.text for a in result.actions]


# A hedge inside the indirect question a task verb takes is part of what is to be found out.
@pytest.mark.parametrize(("line", "n"), [
    ("Cr Grant agreed to ask the Roading Team whether the speed limit could be lowered outside the school.", 1),
    ("Mr Briggs will check with the district council's rates team if the discount might apply to the hall.", 1),
    ("Dr Raman undertook to find out whether the grant could be carried forward.", 1),
    # a hedge on the task itself still makes it no task
    ("Cr Grant said that the Roading Team could perhaps look at the speed limit.", 0),
    ("Mr Briggs might ask the bank whether the fees could be waived.", 0),
])
def test_a_hedge_inside_the_question_to_be_asked(items: Any, line: str, n: int) -> None:
    assert len(new_actions(items("en", [line]))) == n


# A third party's dated schedule, its name in apposition.
@pytest.mark.parametrize(("line", "n"), [
    ("The Clerk advised that the contractor, Harbour Paving Ltd, would start on 2 June 2025.", 1),
    ("The builders, Kauri Construction, will complete the work by the end of August 2025.", 1),
    ("The contractor, a local firm, has a good record.", 0),
])
def test_a_third_party_schedule_with_its_name_in_apposition(items: Any, line: str, n: int) -> None:
    assert len(new_actions(items("en", [line]))) == n


# An action line under the paragraph that states the task: one action. Most of the corpus (and the older
# series' convention) anchors it at the marked line, which carries owner and deadline; en-nz anchors the body
# sentence (reported as an annotation conflict). Another task next to a body sentence is a second action.
@pytest.mark.parametrize(("lines", "anchors"), [
    (["Members discussed the state of the war memorial. Cr Grant offered to obtain quotes for cleaning the memorial.",
      "**Action:** Cr Grant – obtain quotes for cleaning the war memorial by 30 April 2025."],
     ["Action:** Cr Grant – obtain quotes"]),
    (["Cr Grant offered to obtain quotes for cleaning the memorial.",
      "Action 4.2: Cr Grant to obtain quotes for cleaning the memorial by 30 April 2025."],
     ["Action 4.2"]),
    (["Cr Grant offered to obtain quotes for cleaning the memorial.",
      "ACTION: Cr Grant to book the hall for the summer fair."],
     ["offered to obtain quotes", "book the hall"]),
    gap("a status word inside the task's own words ('open day') makes the action line a report", [
        "Cr Grant offered to obtain quotes for cleaning the memorial.",
        "ACTION: Cr Grant to book the hall for the open day."], ["offered to obtain quotes", "book the hall"]),
])
def test_an_action_line_that_restates_the_paragraph(items: Any, lines: list[str], anchors: list[str]) -> None:
    acts = new_actions(items("en", lines))
    assert len(acts) == len(anchors), [a.text for a in acts]
    for a, anchor in zip(acts, anchors, strict=True):
        assert anchor.replace("**", "") in a.text, (anchor, a.text)


@pytest.mark.parametrize("line", [
    "Action item: Mr Briggs – reconcile the petty cash – by 30 April 2025.",
    "ACTION ITEM: Dr Raman to book the hall for the AGM.",
    "Action required: Cr Grant – contact the school about the crossing patrol.",
])
def test_action_item_labels(items: Any, line: str) -> None:
    assert len(new_actions(items("en", [line]))) == 1


# A Czech verbal noun is the task's object, not the state the task is in.
@pytest.mark.parametrize(("lines", "status"), [
    (["Úkol: Mgr. Šimková zajistí zveřejnění výroční zprávy na webu.", "T: 30. 4. 2025"], None),
    (["Úkol: Bc. Pospíšil připraví předání dokumentace zhotoviteli do 15. 5. 2025."], None),
    (["Úkol: Bc. Pospíšil zajistí projednání návrhu v komisi do 15. 5. 2025."], None),
])
def test_a_czech_verbal_noun_reports_no_status(items: Any, lines: list[str], status: str | None) -> None:
    acts = [a for a in items("cs", lines).actions]
    assert len(acts) == 1 and acts[0].status == status and acts[0].text.startswith("Úkol"), acts


# US faculty senates and boards: the outcome line with its tally, a motion that a body act, the motion to adjourn.
@pytest.mark.parametrize(("lines", "adopted"), [
    (["The policy as amended was approved 14-1-0."], True),
    (["The bylaws as corrected were adopted 9-0-2."], True),
    (["Senator Grant moved Resolution FS 26-02, which would extend the drop deadline; Senator Foley seconded. "
      "Resolution FS 26-02 failed 4-8-2."], False),
    (["Motion 25-7 failed 2-3."], False),
    (["On a motion by Senator Grant, seconded by Senator Foley, the Senate adjourned at 5:02 p.m."], True),
    (["Upon motion of Trustee Foley, seconded by Trustee Grant, the Board voted unanimously to accept the audit."],
     True),
    (["Senator Grant moved that the Senate hold a forum on workload in April; Senator Foley seconded. "
      "The motion carried by voice vote."], True),
])
def test_us_motion_outcomes(items: Any, lines: list[str], adopted: bool) -> None:
    decs = items("en", lines).decisions
    assert len(decs) == 1 and decs[0].adopted is adopted, [(d.text, d.adopted) for d in decs]


@pytest.mark.parametrize(("line", "owner"), [
    ("Senator Grant moved that the Finance Committee draft a budget statement for the May meeting; Senator Foley "
     "seconded. The motion carried 12-0-1.", "Finance Committee"),
    ("Trustee Foley moved that the Clerk obtain three quotes for the roof repair by 30 April 2025; Trustee Grant "
     "seconded. Motion passed 5-0.", "Priya Raman"),
])
def test_a_motion_that_someone_act_is_a_task_of_theirs(items: Any, line: str, owner: str) -> None:
    acts = new_actions(items("en", [line]))
    assert [a.owner for a in acts] == [owner], [a.text for a in acts]


@pytest.mark.parametrize("line", [
    "I. Call to Order",
    "The Chair called the meeting to order at 3:02 p.m.",
    "Dr Raman responded that it would apply only to contracts signed after 1 July 2025.",
    "The Treasurer answered that it would be distributed as a flat increase from 1 January 2026.",
    "If funding is approved, the footpath will be resealed in May 2025.",
    "Subject to funding, the programme would be extended to the rural schools.",
    "The Chair presented the charge of the working group: the group is to review current practice and recommend "
    "changes.",
])
def test_what_us_and_council_minutes_state_that_is_no_task(items: Any, line: str) -> None:
    assert [a.text for a in new_actions(items("en", [line]))] == []


# A closing task table's deadline applies to the body task it restates (corpus/FORMAT.md), over a date the body
# gives for another purpose ("for its February meeting").
def test_the_closing_rows_deadline_applies_to_the_body_task(items: Any) -> None:
    lines = ["## 5. Policy", "The Chair will forward the revised policy to the Board of Governors for its February "
             "2026 meeting.", "## Action items", "| # | Action | Responsible | Due |", "|---|---|---|---|",
             "| 1 | Forward the revised policy to the Board of Governors | Chair | 12/16/2025 |"]
    acts = new_actions(items("en", lines))
    assert [(a.owner, a.due.latest if a.due else None) for a in acts] == [("Megan Foley", "2025-12-16")], acts


# Czech deadlines: a dated meeting with an adjective before it, the period a report covers, the "T:" line under a
# resolution whose vote stands between them.
@pytest.mark.parametrize(("lines", "due"), [
    (["Předseda předloží zprávu na nejbližším zasedání zastupitelstva dne 16. 6. 2025."], "2025-06-16"),
    (["Tajemnice předloží přehled na příštím jednání výboru dne 5. 5. 2025."], "2025-05-05"),
    (["Bc. Pospíšil předloží zprávu o činnosti za období leden až červen 2025 zastupitelstvu."], None),
    (["Bc. Pospíšil zpracuje rozbor hospodaření za 1. pololetí 2025 pro radu obce."], None),
    (["Usnesení č. 3/2/2025: Výbor schvaluje zprávu o kontrole a ukládá předsedovi předložit ji zastupitelstvu. "
      "(Pro: 5, proti: 0, zdržel se: 0)", "T: 20. 10. 2025"], "2025-10-20"),
    (["Usnesení č. 3/3/2025: Výbor ukládá tajemnici zveřejnit zprávu na webu. Hlasování: 5 – 0 – 0",
      "Termín: 31. 10. 2025"], "2025-10-31"),
])
def test_czech_deadlines_of_this_round(items: Any, lines: list[str], due: str | None) -> None:
    acts = new_actions(items("cs", lines))
    assert len(acts) == 1, [a.text for a in acts]
    assert (acts[0].due.latest if acts[0].due else None) == due, acts[0].due


@pytest.mark.parametrize(("line", "n"), [
    ("Ředitel technických služeb zavede do 30. 9. 2025 evidenci jízd u všech vozidel.", 1),
    ("Odbor investic zavede nový systém objednávek do konce roku.", 1),
    ("Technické služby zavedly evidenci jízd již v loňském roce.", 0),
])
def test_czech_perfective_futures(items: Any, line: str, n: int) -> None:
    assert len(new_actions(items("cs", [line]))) == n


# A feminine role noun in the dative is the recipient; the promiser owns the task.
@pytest.mark.parametrize(("line", "owner"), [
    ("Bc. Pospíšil uvedl, že údaje nemá, a slíbil, že je zašle tajemnici výboru písemně.", "Radek Pospíšil"),
    ("Ing. Hrubý předá podklady starostce do konce týdne.", "Vojtěch Hrubý"),
    ("Bc. Pospíšil pošle koordinátorce seznam žadatelů do 15. 4. 2025.", "Radek Pospíšil"),
])
def test_a_feminine_dative_is_the_recipient(items: Any, line: str, owner: str) -> None:
    assert [a.owner for a in new_actions(items("cs", [line]))] == [owner]


# A closing task table that lists each member's task once restates the one undated task the body gave that
# member, in words of its own; the row's deadline applies to it.
@pytest.mark.parametrize(("lines", "due"), [
    gap("a closing row in words of its own is merged only on shared words or deadline; pairing each member's only "
        "row with their only task (tried) merged wrong rows in three dev series",
        ["## 3. Kontroly", "Bc. Pospíšil uvedl, že údaje nemá, a slíbil, že je zašle tajemnici výboru písemně.",
         "## Úkoly", "| Č. | Úkol | Odpovídá | Termín |", "|---|---|---|---|",
         "| 3/1 | Zaslat údaje o provedených kontrolách | Bc. Pospíšil | 30. 6. 2025 |"], "2025-06-30"),
])
def test_a_members_only_row_restates_their_only_task(items: Any, lines: list[str], due: str) -> None:
    acts = new_actions(items("cs", lines))
    assert [(a.text[:12], a.due.latest if a.due else None) for a in acts] == [("Bc. Pospíšil", due)], acts


# The content of a draft someone tables ("návrh stanoviska, podle kterého rada doporučuje ...") is no decision;
# the resolution voted on afterwards is.
@pytest.mark.parametrize(("line", "n"), [
    ("Za zaměstnavatele předložil Ing. Hrubý návrh stanoviska, podle kterého rada doporučuje vládě snížit odvody.", 0),
    ("Mgr. Šimková předložila návrh usnesení, podle něhož výbor schvaluje plán kontrol.", 0),
    ("Výbor doporučuje radě schválit plán kontrol na rok 2026.", 1),
])
def test_the_content_of_a_tabled_draft(items: Any, line: str, n: int) -> None:
    assert len(items("cs", [line]).decisions) == n


_ = gap  # rows that fail today are wrapped in gap(reason, ...) once the table has run
