"""Inventory of the forms real Czech and English minutes give a decision, written from the genre before any
failure was read: resolutions of a body in every verb (schvaluje, bere na vědomí, volí, revokuje ...), the
impersonal agreement ("Bylo odsouhlaseno", "It was agreed"), labelled outcomes ("Závěr:", "Decision:",
"Outcome:"), motions with mover, seconder and result, and the approval of the previous minutes. Negative rows:
what minutes contain that is shaped like a decision but is not one (reported speech, a proposal nobody adopted,
another body's decision reported, a question, a plan to decide later, a rule of competence)."""

from __future__ import annotations

import pytest
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import Decision, MeetingInfo


def _decisions(lang: str, lines: list[str]) -> list[Decision]:
    doc = doc_from_lines(*lines)
    return extract_items(doc, lang, MeetingInfo(), [], entities_for(doc, {})).decisions


_CS_RESOLUTIONS = [
    "Zastupitelstvo obce schvaluje rozpočtové opatření č. 3/2025.",
    "ZO schvaluje prodej pozemku p. č. 125/4 za cenu 350 Kč/m2.",
    "Rada města bere na vědomí zprávu o hospodaření příspěvkové organizace.",
    "RM bere na vědomí informaci o stavu veřejných zakázek.",
    "Výbor souhlasí s navrženým harmonogramem prací.",
    "Komise doporučuje radě schválit přidělení dotace.",
    "ZM ukládá starostovi podepsat smlouvu o dílo.",
    "Rada obce pověřuje místostarostu jednáním s dodavatelem.",
    "Zastupitelstvo města volí členy finančního výboru.",
    "Zastupitelstvo obce jmenuje zástupce obce do valné hromady svazku.",
    "Zastupitelstvo obce revokuje usnesení č. 5/2024.",
    "Rada města vyhlašuje výběrové řízení na ředitele školy.",
    "Zastupitelstvo obce stanovuje odměny neuvolněným členům zastupitelstva.",
    "Akademický senát schvaluje rozpočet fakulty na rok 2026.",
    "Kontrolní výbor bere na vědomí kontrolu plnění usnesení.",
    "Finanční výbor doporučuje zastupitelstvu schválit závěrečný účet obce.",
    "Usnesení: Výbor schvaluje program jednání.",
    "Usnesení č. 12/2025: RM schvaluje uzavření nájemní smlouvy.",
    "Závěr: Komise souhlasí se zařazením akce do plánu investic.",
    "Výbor pro výchovu a vzdělávání schvaluje plán práce na rok 2026.",
    "Zastupitelstvo obce neschvaluje záměr prodeje pozemku.",
    "Rada nesouhlasí s umístěním reklamního zařízení.",
    "Zastupitelstvo zřizuje osadní výbor pro místní část.",
    "Rada města deleguje starostu na valnou hromadu společnosti.",
]


@pytest.mark.parametrize("line", _CS_RESOLUTIONS)
def test_a_czech_body_resolution_in_every_verb_is_a_decision(line: str) -> None:
    decs = _decisions("cs", [line])
    assert len(decs) == 1, [d.text for d in decs]
    assert decs[0].adopted is not None


@pytest.mark.parametrize("line", [
    "Bylo schváleno, že sběr velkoobjemového odpadu proběhne dvakrát ročně.",
    "Bylo odsouhlaseno zachování stávající výše poplatku.",
    "Bylo dohodnuto, že termín dokončení se posouvá na konec června.",
    "Bylo rozhodnuto o zrušení výběrového řízení.",
    "Přítomní odsouhlasili navržený program.",
    "Členové komise se shodli na tom, že akce bude zařazena do rozpočtu.",
    "Program jednání byl jednomyslně schválen.",
    "Zápis z minulého jednání byl schválen bez připomínek.",
    "Komise jednomyslně doporučila žádost schválit.",
    "Per rollam bylo schváleno prodloužení lhůty pro podání žádostí.",
    "Výbor vzal zprávu na vědomí.",
    "Výbor se usnesl, že doporučí zastupitelstvu přijetí dotace.",
    "Výbor se dohodl, že zářijové jednání bude výjezdní a jeho součástí bude setkání se starosty obcí.",
    "Výbor schválil zápis z minulého jednání.",
    "OV bere na vědomí zprávu o hospodaření osady.",
    "Zápis z minulého jednání byl ověřen a schválen.",
    "Návrh smlouvy byl projednán a schválen.",
    "Schváleno: program jednání.",
    "Výbor nemá k návrhu připomínky.",
    "Návrh byl jednomyslně podpořen.",
    "Souhlas všech přítomných.",
    "Návrh na prodej pozemku – schváleno.",
    "Žádost spolku o příspěvek – zamítnuto.",
    "Výbor se po diskusi přiklonil k variantě B.",
    "Komise zaujala k záměru kladné stanovisko.",
    "Komise vydala k žádosti souhlasné stanovisko.",
    "KRR doporučuje schválit žádost o grant.",
])
def test_an_impersonal_or_past_czech_agreement_is_a_decision(line: str) -> None:
    decs = _decisions("cs", [line])
    assert len(decs) == 1, [d.text for d in decs]


@pytest.mark.parametrize(("lines", "adopted"), [
    (["Návrh usnesení: ZO schvaluje výsledek hospodaření za rok 2025.", "Hlasování: pro 9, proti 0, zdržel se 0."],
     True),
    (["Návrh usnesení: Rada schvaluje zvýšení nájemného.", "Výsledek hlasování: pro 2, proti 4, zdržel se 1.",
      "Usnesení nebylo přijato."], False),
    (["Zastupitelstvo obce schvaluje závěrečný účet bez výhrad.", "Pro: 11 Proti: 0 Zdržel se: 1"], True),
    (["Usnesení č. 4/2026: Výbor doporučuje schválit dotaci.", "Hlasování: 5 – 0 – 0"], True),
    (["Usnesení č. 2/3/2025: OV žádá radu města, aby opravu cesty zařadila do rozpočtu.",
      "Hlasování: 2-2-0, usnesení nebylo přijato."], False),
    (["Usnesení: Výbor vyzývá vlastníky k úhradě dluhů.", "Hlasování: pro 5, proti 0, zdržel se 0."], True),
])
def test_a_czech_resolution_and_its_vote_are_one_decision(lines: list[str], adopted: bool) -> None:
    decs = _decisions("cs", lines)
    assert [d.adopted for d in decs] == [adopted], [d.text for d in decs]
    assert decs[0].vote is not None


_EN_DECISIONS = [
    "The Committee agreed to defer the item to the next meeting.",
    "The Board approved the budget for 2026/27.",
    "The Committee endorsed the revised terms of reference.",
    "The Panel recommended that the Council adopt the strategy.",
    "RESOLVED that the annual accounts be approved.",
    "It was agreed that the policy be adopted with immediate effect.",
    "Agreed: the risk register is updated quarterly.",
    "Decision: the proposal was approved.",
    "The minutes of the previous meeting were agreed as a true record.",
    "The minutes of the meeting held on 12 March were approved as a correct record.",
    "Governors approved the revised admissions policy.",
    "The Council resolved to adopt the Local Plan.",
    "Councillors agreed to delegate the decision to the Clerk.",
    "The SPC recommended that the Council approve the scheme.",
    "The Trustees agreed to appoint a new auditor.",
    "Members RESOLVED to accept the quotation.",
    "The Board ratified the decision taken by email.",
    "The JCC agreed to extend the pilot for a further term.",
    "The SLT approved the revised timetable.",
    "Outcome: the LGB ratified the appointment.",
    "The decision was taken to close the office over Christmas.",
    "A decision was made to postpone the consultation.",
    "Agreement was reached to share the cost equally.",
    "Consensus was reached that the event should go ahead.",
    "The Board was content to approve the revised scheme.",
    "Members were content with the proposed timetable.",
    "The Sub-Committee determined to grant the licence.",
    "The Panel determined that the application be refused.",
    "The committee were unanimous in supporting the bid.",
    "Members were unanimous that the matter should be raised with the police.",
    "The Board welcomed and approved the strategy.",
    "Apologies: Cllr Ash (accepted).",
    "Cllrs agreed to hold a litter pick in April.",
    "Those present agreed to meet in the village hall.",
    "The meeting was adjourned at 9.10pm on a motion by Cllr Ash.",
    "Upon motion duly made and seconded, the meeting adjourned at 8:47 p.m.",
    "The Committee approved the appointment of the Vice-Chair.",
]


@pytest.mark.parametrize("line", _EN_DECISIONS)
def test_an_english_decision_form_is_a_decision(line: str) -> None:
    decs = _decisions("en", [line])
    assert len(decs) == 1, [d.text for d in decs]
    assert decs[0].adopted is not False


@pytest.mark.parametrize(("lines", "adopted"), [
    (["Cllr Brown moved that the grant be awarded; Cllr White seconded.", "Carried: 6 for, 1 against, 0 abstentions."],
     True),
    (["Motion to approve the budget. For: 3, Against: 5, Abstain: 1.", "The motion was lost."], False),
    (["It was proposed that the car park charges be reviewed.", "On being put to the vote, the motion was carried."],
     True),
    (["Cllr Ash moved that the clerk's hours be increased to 10 a week.", "Carried unanimously."], True),
    (["To accept the quotation for grass cutting from a local contractor.",
      "Proposed by Cllr Ash, seconded by Cllr Oak and agreed."], True),
    (["To accept the quotation for grass cutting from a local contractor.", "Proposed: Cllr Ash.",
      "Seconded: Cllr Oak.", "All in favour."], True),
    (["RESOLVED that the minutes of the meeting held on 4 May be signed as a true record.",
      "Proposed by Cllr Ash, seconded by Cllr Oak, all in favour."], True),
    (["It was proposed by Cllr Ash and seconded by Cllr Oak that the precept be set at 20,000 pounds.",
      "All in favour."], True),
    (["Councillors considered three quotations for the bus shelter.",
      "Proposed by Cllr Ash, seconded by Cllr Oak and agreed to accept the lowest quotation."], None),  # the motion
    (["Cllr Ash proposed and Cllr Oak seconded that the budget be adopted.",
      "The motion was carried by 6 votes to 1."], True),
    (["The Clerk presented the draft budget for 2026/27.", "Approved as presented."], True),
    (["The minutes of the meeting held on 2 June were circulated.", "Minutes approved."], True),
    (["Předseda navrhl přesunout jednání o rozpočtu na září.", "Návrh byl přijat."], True),
])
def test_a_motion_and_its_outcome_are_one_decision_at_what_was_moved(lines: list[str], adopted: bool | None) -> None:
    """Mover and seconder lines name who moved, not what: the decision is the motion's own text."""
    decs = _decisions("cs" if lines[-1].startswith("Návrh") else "en", lines)
    moved = lines[-1] if adopted is None else lines[0]  # a mover line that says what was moved is the motion
    assert [d.text for d in decs] == [moved]
    assert decs[0].adopted is adopted or adopted is None


@pytest.mark.parametrize("lines", [
    ["Cllr A proposed and Cllr B seconded that Cllr C be elected Chair. There were no other nominations. "
     "RESOLVED that Cllr C be elected Chair for the year."],
    ["Cllr A proposed and Cllr B seconded that the budget be adopted.", "RESOLVED that the budget be adopted."],
    ["It was proposed by Cllr A and seconded by Cllr B that the grant be paid.", "It was RESOLVED to pay the grant."],
])
def test_a_motion_recorded_by_its_resolution_is_one_decision_the_resolution(lines: list[str]) -> None:
    decs = _decisions("en", lines)
    assert len(decs) == 1 and "RESOLVED" in decs[0].text, [d.text for d in decs]


@pytest.mark.parametrize("line", [
    "Bylo dohodnuto, že předseda zašle dopis řediteli.",
    "Bylo dohodnuto, že do příští schůze připraví návrh tajemnice výboru.",
    "Bylo dohodnuto, že jednání s dopravcem o změně jízdního řádu zajistí do příští schůze předseda výboru.",
])
def test_an_agreement_that_a_named_person_acts_is_a_task_not_a_decision(line: str) -> None:
    assert [d.text for d in _decisions("cs", [line])] == []


@pytest.mark.parametrize(("lang", "line"), [
    # reported speech: someone says what a body did elsewhere or before
    ("cs", "Starosta informoval, že rada kraje schválila dotaci na opravu silnice."),
    ("cs", "Předseda uvedl, že zastupitelstvo v minulém roce schválilo koncepci rozvoje."),
    ("cs", "Tajemník sdělil, že krajský úřad souhlasil s prodloužením lhůty."),
    # a proposal nobody adopted yet
    ("cs", "Pan Novák navrhl, aby výbor doporučil zvýšení poplatku."),
    ("cs", "Místostarosta navrhuje zvážit prodej budovy."),
    # a plan to decide later
    ("cs", "O výši dotace rozhodne zastupitelstvo až po obdržení podkladů."),
    ("cs", "Komise se k návrhu vyjádří na příštím jednání."),
    # a question
    ("cs", "Paní Dvořáková se dotázala, zda byl rozpočet již schválen."),
    ("cs", "Bylo by vhodné, aby rada schválila nový ceník?"),
    # an opinion
    ("cs", "Členové výboru se domnívají, že by bylo vhodné projekt odložit."),
    # another body's opinion, a grant, a finding, a report that something was supported
    ("cs", "Krajský úřad vydal k záměru souhlasné stanovisko."),
    ("cs", "Starosta uvedl, že návrh byl podpořen krajem."),
    ("cs", "Projekt byl podpořen z programu obnovy venkova v roce 2023."),
    ("cs", "Výbor nemá k dispozici podklady."),
    ("cs", "Kontrolní výbor provedl kontrolu plnění usnesení."),
    # a task's status in the review of earlier tasks
    ("cs", "Úkol 3/2025 – oprava lavičky – splněno."),
    ("en", "Cllr Green reported that the County Council had approved the scheme."),
    ("en", "The Chair asked whether the policy had been approved."),
    ("en", "It was suggested that the Committee might consider a review."),
    ("en", "The Committee will decide at its next meeting whether to proceed."),
    ("en", "The Board approves the annual budget under the constitution."),
    ("en", "Members discussed whether to increase the precept."),
    # English convention: noting a report in narrative is information ("RESOLVED that the report be noted" is not)
    ("en", "The Committee noted the report."),
    ("en", "Members noted the update."),
    ("en", "The Committee received and noted the report."),
    # capitals that are one person's office or initials, not a body
    ("en", "The CEO approved the revised timetable."),
    ("en", "JB agreed to circulate the revised paper."),
    # a mover line on its own after narrative that is no motion
    ("en", "Proposed: Cllr Ash."),
    # a decision reported from before or elsewhere, a decision still to come, none taken
    ("en", "The Chair noted that a decision was taken last year to close the office."),
    ("en", "The decision was taken by the County Council in May to close the road."),
    ("en", "A decision will be made at the next meeting."),
    ("en", "No decision was made."),
    ("en", "The Council determined to refuse the application at its meeting on 3 May."),
    ("en", "The Committee concluded that no further action was required."),
    # a decision named as a thing already taken ("the recommendation adopted under item 5")
    ("en", "Members were concerned that the cut could undercut the recommendation adopted under item 3."),
    ("en", "The Chair referred members to the motion carried at the annual meeting."),
    # the chair closing the meeting, no motion
    ("en", "There being no further business, the Chair closed the meeting at 9pm."),
    ("en", "Meeting adjourned at 8:47 p.m."),
    ("en", "Minutes approved for circulation by the Chair: J. Smith, 03/04/2025"),
    ("en", "It was noted that consensus had been reached with the landowner."),
    ("en", "The Clerk noted that the grant had been approved by the Trust in May."),
    ("en", "A decision on the lease is expected in the spring."),
])
def test_what_is_shaped_like_a_decision_but_is_not_one(lang: str, line: str) -> None:
    assert [d.text for d in _decisions(lang, [line])] == []
