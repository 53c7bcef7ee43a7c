"""Decision classes of real Czech and English minutes, written from the genre (not from the corpus): the topics
set for the next meeting in all their usual wordings, selection and refusal verbs of grant committees and
councils, a proposal that found no support, an outcome line with its tally in brackets, and the look-alikes
that are no decision (an earlier meeting's decision reported now, a body's verb inside someone's proposal,
the naming of the minutes' verifier or recorder)."""

from __future__ import annotations

import pytest
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import MeetingInfo


def _decisions(lang: str, lines: list[str]):
    doc = doc_from_lines(*lines)
    return extract_items(doc, lang, MeetingInfo(), [], entities_for(doc, {})).decisions


_DATE = "Příští jednání komise se uskuteční v úterý 14. 4. 2026."


@pytest.mark.parametrize("topics", [
    "Na programu bude návrh rozpočtu na rok 2027 a zpráva o činnosti.",
    "Na jeho program budou zařazeny výsledky ankety a plán oprav.",
    "Na jeho programu bude projednání pasportu zeleně.",
    "Hlavním bodem programu bude výběr dodavatele.",
    "Hlavním tématem bude revize jednacího řádu.",
    "Předmětem jednání bude střednědobý výhled.",
    "Projednány budou žádosti o dotace z programu obnovy.",
    "Budou na něm projednány připomínky veřejnosti.",
    "Jednání bude věnováno přípravě komunitního plánu.",
    "Do jeho programu bude zařazena informace o stavu projektu.",
    "Program: rozpočet, investiční akce, různé.",
])
@pytest.mark.parametrize("gap", [False, True])
def test_topics_right_after_the_next_meeting_date_are_a_decision(topics: str, gap: bool) -> None:
    lines = [_DATE, topics] if gap else [f"{_DATE} {topics}"]
    decs = _decisions("cs", lines)
    assert [d.kind for d in decs] == ["procedural", "procedural"], [d.text for d in decs]


@pytest.mark.parametrize("line", [
    "Na lednovém jednání budou projednány výsledky dotačního řízení.",
    "Na zářijovém zasedání bude představen návrh strategie.",
    "Na příští poradě bude prezentován harmonogram stavby.",
    "Na příštím jednání bude na programu kontrola hospodaření.",
    "Na příštím zasedání se bude projednávat rozpočtový výhled.",
    "Na příští jednání bude zařazen bod Majetkové záležitosti.",
    "Program zářijového jednání bude věnován připomínkám k plánu.",
    "Předmětem příštího jednání bude návrh územní studie.",
    "Do programu příštího zasedání bude zařazena zpráva auditora.",
    "Tématem příští schůze bude hospodaření spolku.",
    "Program příštího jednání: rozpočet, různé.",
    "Příští jednání bude věnováno evaluaci projektu.",
    "Další zasedání se bude zabývat návrhem jednacího řádu.",
])
def test_topics_that_name_the_next_meeting_are_a_decision(line: str) -> None:
    assert [(d.kind, d.adopted) for d in _decisions("cs", [line])] == [("procedural", True)]


@pytest.mark.parametrize("lines", [
    ["Na programu bude návrh rozpočtu."],  # no next meeting before it: the item's own programme
    ["Starosta informoval o zakázce.", "Hlavním bodem programu bude výběr dodavatele."],
    ["Tajemník uvedl, že odpověď přinese na lednové jednání."],
    ["Žádost spolku bude projednána na příštím jednání."],
    ["Program příštího jednání"],
])
def test_programme_words_without_the_next_meeting_are_no_decision(lines: list[str]) -> None:
    assert [d.text for d in _decisions("cs", lines)] == []


@pytest.mark.parametrize(("line", "adopted"), [
    ("PV nevybírá projekt č. 4, neboť nedosáhl minimální hranice bodů.", True),
    ("Výběrová komise vybírá k podpoře projekty č. 1 až 3.", True),
    ("Rada města žádosti o prodloužení nájmu nevyhovuje.", True),
    ("Rada obce žádosti spolku vyhovuje.", True),
    ("Výbor odmítá návrh na změnu rozpočtu.", True),
    ("Rada města přiděluje byt č. 12 žadatelce podle pořadníku.", True),
    ("Zastupitelstvo neuděluje souhlas se stavbou.", True),
    ("Rada prodlužuje termín úkolu do 30. 6. 2026.", True),
    ("Komise zařazuje projekt mezi náhradní.", True),
    ("Výbor podporuje záměr rekonstrukce hřiště.", True),
    ("Výbor žádosti o příspěvek vyhověl.", True),
])
def test_selection_and_refusal_verbs_of_a_body(line: str, adopted: bool) -> None:
    decs = _decisions("cs", [line])
    assert [d.adopted for d in decs] == [adopted], [d.text for d in decs]


@pytest.mark.parametrize(("lang", "lines"), [
    ("cs", ["Ing. Novák navrhl snížit příspěvek. Návrh nezískal podporu ostatních členů."]),
    ("cs", ["Pan Malý navrhl zřídit pracovní skupinu. Návrh nezískal potřebnou většinu."]),
    ("cs", ["Protinávrh pana Malého nebyl podpořen."]),
    ("cs", ["Pozměňovací návrh pana Malého neprošel."]),
    ("cs", ["Členové výboru návrh nepodpořili."]),
    ("en", ["Cllr Shaw proposed a freeze on fees. The proposal did not receive support."]),
    ("en", ["The amendment failed to find a seconder."]),
    ("en", ["The motion lapsed for want of a seconder."]),
    ("en", ["The suggestion was not supported by the Committee."]),
    ("en", ["There was no support for the proposal to close the depot."]),
    ("en", ["Members did not support the proposed increase in allowances."]),
])
def test_a_proposal_that_found_no_support_is_a_decision_not_adopted(lang: str, lines: list[str]) -> None:
    decs = _decisions(lang, lines)
    assert [d.adopted for d in decs] == [False], [d.text for d in decs]


@pytest.mark.parametrize("outcome", [
    "The motion was put to the vote and LOST (For 2, Against 3).",
    "The motion was put to the vote and declared CARRIED (For 6, Against 1, Abstained 1).",
])
def test_an_outcome_line_with_its_tally_in_brackets_belongs_to_the_motion(outcome: str) -> None:
    lines = ["MOTION: That the Committee recommends to Council that a review of parking charges be undertaken.",
             "Moved: Cr Hale Seconded: Cr Ng", "Cr Ross spoke against the motion.", outcome]
    decs = _decisions("en", lines)
    assert [d.text[:7] for d in decs] == ["MOTION:"]
    assert decs[0].adopted is ("CARRIED" in outcome)
    assert decs[0].vote is not None and decs[0].vote.against in (1, 3)


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Leave of absence for Cr Lee was granted at the meeting on 03/12/2024."),
    ("en", "The budget was approved at the December meeting."),
    ("en", "The policy was adopted at the Board's meeting held on 4 March 2025."),
    ("en", "The fees were agreed on 12 November 2024 and took effect in January."),
    ("en", "The scheme was approved in March 2024 by the Cabinet."),
    ("en", "The strategy had been endorsed at the previous meeting."),
    ("cs", "Rozpočet byl schválen na minulém jednání."),
    ("cs", "Dotace byla schválena dne 12. 12. 2024 zastupitelstvem kraje."),
    ("cs", "Záměr byl odsouhlasen v prosinci 2024."),
    ("cs", "Místostarosta sdělil, že rada města zařadila opravu chodníku do plánu investic."),
    ("cs", "Předseda informoval, že výbor žádosti nevyhověl."),
])
def test_an_earlier_decision_reported_now_is_no_decision(lang: str, line: str) -> None:
    assert [d.text for d in _decisions(lang, [line])] == []


@pytest.mark.parametrize("line", [
    "Aby nedošlo ke zpoždění, navrhla, aby o parametrech výzvy PV rozhodl hlasováním per rollam.",
    "Pan Malý navrhl, aby výbor doporučil zastupitelstvu navýšit příspěvek.",
    "Předsedkyně požádala, aby komise schválila harmonogram až po doplnění.",
    "Ing. Novák doporučil, aby rada města schválila smlouvu v upraveném znění.",
])
def test_a_body_verb_inside_a_proposal_is_no_decision(line: str) -> None:
    assert [d.text for d in _decisions("cs", [line])] == []


@pytest.mark.parametrize(("line", "count"), [
    ("Pan Malý navrhl, aby výbor doporučil navýšení; výbor návrh schválil.", 1),
    ("Komise doporučila, aby byl návrh předložen radě.", 1),
    ("PV souhlasí s tím, aby o parametrech výzvy bylo rozhodnuto per rollam.", 1),
])
def test_the_body_deciding_on_a_proposal_is_a_decision(line: str, count: int) -> None:
    assert len(_decisions("cs", [line])) == count


@pytest.mark.parametrize("line", [
    "Ověřovatelkou zápisu byla zvolena paní Jana Malá.",
    "Ověřovatelem zápisu byl určen Ing. Petr Novák.",
    "Zapisovatelkou byla určena Kateřina Dvořáková.",
    "Ověřovatelem zápisu byl zvolen pan Karel Veselý a paní Eva Malá.",
])
def test_naming_the_minutes_officers_is_no_decision(line: str) -> None:
    assert [d.text for d in _decisions("cs", [line])] == []


def test_minutes_officers_with_the_programme_stay_a_decision() -> None:
    decs = _decisions("cs", ["Program byl schválen bez připomínek, ověřovatelkou zápisu byla určena Bc. Eva Malá."])
    assert len(decs) == 1


@pytest.mark.parametrize("lines", [
    ["RESOLVED: (1) That the report be noted.", "(2) That the ICB be asked to provide a further update in March."],
    ["RESOLVED: (a) That the accounts be approved.", "(b) That the Clerk be instructed to publish them."],
    ["RESOLVED: (i) That the policy be adopted.", "(ii) That the matter be referred to the Finance Committee."],
    ["RESOLVED:", "1) That the quotation from Hale Ltd be accepted.", "2) That the Clerk be authorised to sign."],
])
def test_each_numbered_part_of_a_resolved_block_is_a_decision(lines: list[str]) -> None:
    assert len(_decisions("en", lines)) == 2


@pytest.mark.parametrize(("line", "adopted"), [
    ("Councillor Hale moved that the Committee recommends to Cabinet that the fee be frozen. The recommendation was "
     "carried (For 7, Against 1, Abstentions 1).", True),
    ("Councillor Hale moved, and Councillor Ng seconded, that the Committee recommends to Cabinet that the increase "
     "be deferred. On being put to the vote the recommendation was not supported (For 4, Against 5).", False),
    ("MOTION: That the grant be increased to £2,000. Upon being put to the vote, the motion was lost.", False),
])
def test_a_motion_and_its_outcome_in_one_paragraph_are_one_decision(line: str, adopted: bool) -> None:
    decs = _decisions("en", [line])
    assert len(decs) == 1 and decs[0].adopted is adopted
    assert decs[0].text.startswith(line[:20]) and decs[0].text.rstrip(".").endswith(line.rstrip(".")[-15:])


@pytest.mark.parametrize("line", [
    "Selectman Ward moved to post Elm Road at 10,000 lbs. year-round; there was no second.",
    "Member Cole moved to waive the fee; the motion died for lack of a second.",
])
def test_a_motion_that_died_for_want_of_a_second_is_a_decision(line: str) -> None:
    assert len(_decisions("en", [line])) == 1


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "The final strategy, including the target as the Committee had recommended, would go to Cabinet."),
    ("en", "The Officer said the works would proceed as the Board had requested in March."),
])
def test_what_a_body_had_asked_for_earlier_is_no_decision(lang: str, line: str) -> None:
    assert [d.text for d in _decisions(lang, [line])] == []


@pytest.mark.parametrize("lines", [
    ["- 6/1 finální znění akčního plánu – splněno, akční plán schválen per rollam dne 12. 8. 2025."],
    ["Per rollam bylo přijato usnesení, jímž výbor schvaluje harmonogram výzev."],
    ["Výbor informoval, že rozpočet byl per rollam schválen dne 3. 3. 2025."],
])
def test_a_decision_taken_per_rollam_is_recorded_as_a_decision(lines: list[str]) -> None:
    assert len(_decisions("cs", lines)) == 1


@pytest.mark.parametrize("line", [
    "PS pozvání přijala, příští jednání se uskuteční 21. 9. 2026 v sídle kraje.",
    "Členové se shodli na termínu, další zasedání se uskuteční 4. 5. 2026.",
    "Výbor vzal zprávu na vědomí; příští schůze se bude konat 2. 6. 2026.",
])
def test_the_next_meeting_date_in_a_later_clause_is_a_decision(line: str) -> None:
    assert len(_decisions("cs", [line])) == 1


def test_a_sentence_with_a_dash_apposition_is_no_speaker_turn() -> None:
    line = ("TDS předložil změnový list ZL 02 – sanace podloží v ceně 186 420 Kč bez DPH. Změnový list ZL 02 byl "
            "investorem schválen a podepsán na místě.")
    assert [d.text[:16] for d in _decisions("cs", [line])] == ["Změnový list ZL "]


@pytest.mark.parametrize(("lang", "line"), [
    ("cs", "Podvýbor pro energetiku bere na vědomí informaci ministerstva."),
    ("cs", "Výbor přerušuje projednávání bodu do příští schůze."),
    ("cs", "Výbor přerušil projednávání tisku do 15. 3. 2026."),
    ("cs", "Výbor přijal usnesení č. 45 k vládnímu návrhu zákona."),
    ("cs", "Komise se usnesla doporučit radě variantu A."),
    ("cs", "Bod 5 byl z programu stažen."),
    ("cs", "Rada města udílí souhlas s umístěním sídla spolku."),
    ("en", "The Board DELEGATED authority to the Audit Committee to approve the accounts."),
    ("en", "Councillor Dunn moved the recommendation, which was seconded by Councillor Eyre and carried."),
])
def test_procedural_and_committee_decision_forms(lang: str, line: str) -> None:
    assert len(_decisions(lang, [line])) == 1


@pytest.mark.parametrize(("lang", "line"), [
    ("cs", "Komise nepřijala žádné usnesení."),
    ("en", "The Board NOTED the report."),
    ("en", "The Board RECEIVED the Integrated Performance Report."),
    ("en", "The Committee took assurance from the report."),
])
def test_noting_and_receiving_are_no_decision(lang: str, line: str) -> None:
    assert [d.text for d in _decisions(lang, [line])] == []
