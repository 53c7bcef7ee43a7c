"""Decisions: resolutions, agreements, procedural decisions, votes and outcome."""

from __future__ import annotations

import json
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
    ("en", ["Apologies were received and accepted from Cllr Hartley (illness)."], None, True, None),
    ("en", ["The revised risk register was considered and approved."], None, True, None),
    ("en", ["Detailed arrangements for the open day were agreed."], None, True, None),
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
    ("en", "Apologies were received from Cllr Hartley."),
    ("cs", "Ověřovatelkou zápisu byla určena PhDr. Nová."),
    ("cs", "Rada města jako jediný akcionář schválila dne 23. 6. 2025 účetní závěrku za rok 2024."),
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


@pytest.mark.model
@pytest.mark.parametrize("name", ["000_b6ab1fcc00502021.txt", "seed.docx", "seed.pdf"])
def test_seed_opening_sentence_is_no_decision(cli, seed_dir: Path, name: str) -> None:
    """The whole pipeline, trained model included: the chair's opening sentence ("zahájila 19. jednání PS SC
    přivítáním členů") names a person, a verb and the body, which the role model learnt as a decision's shape."""
    result = cli("extract", str(seed_dir / name), "--format", "json")
    assert result.exit_code == 0, result.output
    decisions = json.loads(result.output)["decisions"]
    assert len(decisions) == 3
    assert not any("zahájil" in d["text"] for d in decisions)


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
    assert [(d.adopted, d.kind) for d in ds] == [(False, "resolution")]  # the next meeting's date: information


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
    ("en", ["Date of next meeting", "The next meeting will be held on Tuesday 13 April 2021 at 7.00pm."], []),
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


# --- what is not this meeting's decision: other bodies, after closing, debate turns, opinions ---

def _body_decisions(lang: str, body: str | None, lines: list[str]):
    doc = doc_from_lines(*lines)
    return extract_items(doc, lang, MeetingInfo(body_type=body), [], entities_for(doc, {"Pavel Kos": ["Pavel Kos"]})
                         ).decisions


@pytest.mark.parametrize(("lang", "body", "line", "is_decision"), [
    ("cs", "council", "Starosta informoval, že rada kraje dne 3. 5. 2021 schválila obci dotaci na chodník.", False),
    ("cs", "council", "Hodnotící komise doporučuje vybrat nabídku firmy Stavby Kos s.r.o.", False),
    ("cs", "commission", "Komise doporučuje vybrat nabídku firmy Stavby Kos s.r.o.", True),
    ("cs", "council", "ZO schvaluje smlouvu s firmou Stavby Kos s.r.o.", True),
    ("cs", "council", "Na doporučení finančního výboru zastupitelstvo schvaluje rozpočtové opatření.", True),
    ("en", "board", "The Commission approved the transfer of the Harbour Café licence.", False),
    ("en", "committee", "The Council approved the precept at its January meeting.", False),
    ("en", "committee", "The Committee approved the grant to the Scouts.", True),
    ("en", None, "The Commission approved the transfer of the Harbour Café licence.", True),
])
def test_another_bodys_decision_is_reported_not_taken(lang: str, body: str | None, line: str,
                                                     is_decision: bool) -> None:
    assert len(_body_decisions(lang, body, [line])) == int(is_decision)


@pytest.mark.parametrize(("lang", "lines", "count"), [
    ("cs", ["Předsedající poděkoval přítomným a zasedání ukončil ve 20:10 hod. Příští zasedání se uskuteční v květnu."],
     0),
    ("cs", ["Příští jednání se uskuteční 5. 5. 2021 v Brně.", "Předsedající jednání ukončil."], 1),
    ("en", ["The meeting closed at 9.05 pm. The next meeting will be held on 4 May."], 0),
    ("en", ["Date of next meeting"], 0),
    ("cs", ["Pavel Kos: Prosím, aby byl schválený rozpočet zveřejněn i na webu."], 0),
    ("cs", ["Pavel Kos: Souhlasím. Usnesení: ZO schvaluje zveřejnění rozpočtu na webu."], 1),
    ("en", ["Members agreed that a single seasonal permit would be simpler for applicants."], 0),
    ("en", ["Members agreed that the hall windows should be replaced before the winter."], 1),
])
def test_statements_that_are_not_decisions_of_the_meeting(lang: str, lines: list[str], count: int) -> None:
    assert len(_body_decisions(lang, None, lines)) == count


@pytest.mark.parametrize(("lines", "text", "adopted"), [
    (["On being put to the vote the amendment was lost, with 3 in favour and 4 against."], "On being put", False),
    (["- Proposal: move the 2.0 release to Friday 6 March.", "- No objections; agreed."], "Proposal: move", True),
    (["- No objections; from May we meet at 18:00 UTC."], "No objections; from May", True),
    (["Motion: Member Kos moved to find that a violation occurred and to issue a written warning.",
      "Vote: 4-1."], "Motion: Member Kos", True),
])
def test_english_motions_amendments_and_consent(lines: list[str], text: str, adopted: bool) -> None:
    decs = _decisions("en", lines)
    assert [(d.text[:len(text)], d.adopted) for d in decs] == [(text, adopted)]


def test_a_body_the_meetings_own_name_names_is_its_own() -> None:
    """The meeting's body type may be read as another kind ("Komise ... Rady města" typed as the board):
    a cue subject that the series name itself contains is still this meeting's body."""
    doc = doc_from_lines("Komise doporučuje Radě města schválit dotaci pro TJ Sokol.")
    meeting = MeetingInfo(series="Komise pro sport Rady města Lhotka", body_type="board")
    assert len(extract_items(doc, "cs", meeting, [], entities_for(doc, {})).decisions) == 1


def test_a_body_word_inside_a_longer_name_is_not_the_meetings_own() -> None:
    doc = doc_from_lines("The Commission approved the transfer of the Harbour Café licence.")
    meeting = MeetingInfo(series="Town of Lowbury Board of License Commissioners", body_type="board")
    assert extract_items(doc, "en", meeting, [], entities_for(doc, {})).decisions == ()


# --- parish and city council conventions: planning responses, decision tables, numbered resolution parts ---

def _table_doc(rows: list[list[str]], after: list[str]):
    from minutes_nlp.document import BlockKind, DocumentBuilder, Source

    builder = DocumentBuilder(Source("test.docx", "0", "docx"))
    builder.add_table(rows)
    for line in after:
        builder.add(BlockKind.PARAGRAPH, line)
    return builder.build()


def test_rows_of_a_decision_table_are_decisions_unless_a_resolution_restates_them() -> None:
    doc = _table_doc([["Reference", "Site", "Proposal", "Decision"],
                      ["24/0101/HOU", "3 Mill Row", "Rear conservatory", "No objection"],
                      ["24/0150/FUL", "Top Field", "Six dwellings", "Objection"]],
                     ["On application 24/0150/FUL, RESOLVED: that the Council objects on the grounds of flooding."])
    decs = extract_items(doc, "en", MeetingInfo(), [], entities_for(doc, {})).decisions
    assert [d.text[:11] for d in decs] == ["24/0101/HOU", "On applicat"]


@pytest.mark.parametrize(("lang", "lines", "texts"), [
    ("en", ["a) 24/0101/HOU, 3 Mill Row: rear conservatory.", "No objection."], ["a) 24/0101/HOU"]),
    ("en", ["- 24/0150/FUL, Top Field, six dwellings: Objection, because the access is unsafe."], ["24/0150/FUL"]),
    ("en", ["b) RESOLVED: that Mr T Vane be reappointed as internal auditor."], ["b) RESOLVED"]),
    ("en", ["Progress on actions", "Cllr Hope presented two quotes for the fence. RESOLVED: to accept the quote of "
            "Lane Fencing Ltd."], ["RESOLVED: to"]),
    ("en", ["It was agreed that the Clerk would ask the county for a new sign."], []),
    ("en", ["The trainer had left and no one else could be found; it was agreed not to hold the course this year."],
     ["The trainer"]),
    ("cs", ["Usnesení č. RM/55/2023", "Rada města", "I. souhlasí se záměrem pronájmu garáže č. 4,",
            "II. ukládá vedoucímu odboru správy majetku zveřejnit záměr na úřední desce.", "Hlasování: 5-0-0"],
     ["I. souhlasí"]),
    ("cs", ["I. projednala návrh rozpočtu na rok 2024 a doporučuje zastupitelstvu města jej schválit,"],
     ["I. projednala"]),
    ("cs", ["Radní Malá informovala o žádosti spolku o pronájem sálu. Rada nemá námitek."], ["Rada nemá"]),
])
def test_council_conventions(lang: str, lines: list[str], texts: list[str]) -> None:
    decs = _decisions(lang, lines)
    assert [d.text[:len(t)] for d, t in zip(decs, texts, strict=False)] == texts
    assert len(decs) == len(texts)


@pytest.mark.parametrize(("lines", "adopted"), [
    (["Usnesení č. 9/2023", "Zastupitelstvo obce", "I. neschvaluje", "1. prodej pozemku p. č. 12/4."], False),
    (["Usnesení č. 9/2023", "Zastupitelstvo obce", "I. schvaluje", "1. prodej pozemku p. č. 12/4."], True),
    (["Návrh usnesení: ZO schvaluje plán inventur. Inventarizaci provede komise do 31. 1.", "Pro: 7, Proti: 0, "
      "Zdržel se: 0"], True),
])
def test_adopted_flag_of_list_lines_and_of_proposals_with_their_vote(lines: list[str], adopted: bool) -> None:
    decs = _decisions("cs", lines)
    assert [d.adopted for d in decs] == [adopted]


def test_vote_after_the_resolution_parts_and_its_task_lines() -> None:
    decs = _decisions("cs", ["Usnesení č. RM/90/2023", "Rada města", "I. schvaluje smlouvu o dílo se společností "
                             "Stavby Kos s.r.o.,", "II. ukládá vedoucímu odboru investic zajistit podpis smlouvy.",
                             "Zodpovídá: Ing. Petr Malý – Termín: 30. 6. 2023", "Hlasování: 5-0-1"])
    assert [(d.text[:12], d.vote.for_ if d.vote else None, d.vote.abstain if d.vote else None) for d in decs] == \
        [("I. schvaluje", 5, 1)]


def test_an_action_table_with_an_outcome_column_lists_no_decisions() -> None:
    doc = _table_doc([["Action", "Owner", "Decision"], ["Repaint the shelter", "Clerk", "Agreed"]], [])
    assert extract_items(doc, "en", MeetingInfo(), [], entities_for(doc, {})).decisions == ()


# --- round 2: classes seen in minutes written without the rules (school board, terse department notes) ---

@pytest.mark.parametrize(("lang", "lines", "text", "adopted", "for_"), [
    ("cs", ["Návrh na zkrácení lhůty pro připomínky nebyl přijat (hlasování: 2 pro, 3 proti, 0 se zdržel)."],
     "Návrh na zkrácení", False, 2),
    ("cs", ["Schůzi zahájila předsedkyně v 18:30 hodin. Pořad schůze byl schválen bez připomínek."],
     "Pořad schůze", True, None),  # "18:30" is a clock time, not a speaker's colon (a debate turn)
    ("cs", ["Výbor požádal starostu o zpracování studie parkování (6 pro, 0 proti, 0 se zdrželo)."],
     "Výbor požádal", True, 6),
    ("cs", ["Výbor vrátil materiál předkladateli k přepracování.", "Hlasování: pro 5, proti 0, zdržel se 1."],
     "Výbor vrátil", True, 5),
    ("cs", ["Nájemce požádal o prodloužení nájmu o měsíc; vedoucí odboru souhlasí."], "Nájemce požádal", True, None),
    ("cs", ["Ministerstvo požádalo kraje o nominaci zástupce do komise, navržen p. Kos."], "Ministerstvo", True,
     None),
    ("cs", ["Komise neschválila žádost o výjimku z územního plánu."], "Komise neschválila", True, None),
    ("cs", ["Bylo dohodnuto, že schůzky se budou konat online."], "Bylo dohodnuto", True, None),
    ("cs", ["ŠR schvaluje plán akcí na rok 2025."], "ŠR schvaluje", True, None),
    ("cs", ["ZMČ schvaluje rozpočet městské části na rok 2025."], "ZMČ schvaluje", True, None),
    ("cs", ["Zpráva o hospodaření za rok 2024 byla vzata na vědomí."], "Zpráva o hospodaření", True, None),
    ("cs", ["- Rozhodnutí: žádost se vrací žadateli k doplnění."], "Rozhodnutí:", True, None),
    ("en", ["7.2 Agreed: the working group would meet monthly until the launch."], "7.2 Agreed", True, None),
    ("en", ["The Committee deferred the fee review to the spring (for 6, against 1)."], "The Committee", True, 6),
    ("en", ["Ms Kos declared an interest; the Board agreed that she could take part in item 7 but not in the vote."],
     "Ms Kos declared", True, None),
])
def test_decision_classes_of_unseen_styles(lang: str, lines: list[str], text: str, adopted: bool,
                                           for_: int | None) -> None:
    decs = _body_decisions(lang, None, lines)
    assert [(d.text[:len(text)], d.adopted, d.vote.for_ if d.vote else None) for d in decs] == [(text, adopted, for_)]


@pytest.mark.parametrize(("lang", "line"), [
    ("cs", "Ředitelka uvedla, že přehled dokončila později, než bylo dohodnuto, kvůli nemoci."),
    ("cs", "Jak bylo dohodnuto na minulé schůzi, podklady rozeslal tajemník."),
    ("cs", "Po diskusi bylo dohodnuto, že Pavel Kos zašle dopis starostovi do konce měsíce."),
    ("cs", "Rada kraje 24. 4. schválila dodatek ke smlouvě o poskytnutí dotace."),
    ("cs", "Ing. Malá upozornila, že ŘO IROP mění od 1. 5. pravidla pro zadávání zakázek."),
    ("cs", "Plán investic města na příští rok dosud nebyl schválen."),
    ("en", "The audit report was delayed for longer than was agreed."),
])
def test_statements_that_only_mention_a_decision(lang: str, line: str) -> None:
    assert _body_decisions(lang, None, [line]) == ()


# --- round 3: commission and school governance conventions ---

@pytest.mark.parametrize(("lang", "lines", "text", "for_"), [
    ("cs", ["Hlasování o programu: pro 8, proti 0, zdržel se 0.", "Program jednání byl schválen."],
     "Program jednání", 8),  # the vote line first, then the outcome with its own subject
    ("cs", ["Výbor vrátil materiál předkladateli k přepracování.", "Hlasování: pro 5, proti 0, zdržel se 1.",
            "Usnesení bylo přijato."], "Výbor vrátil", 5),  # a bare outcome: the proposal before the vote
    ("cs", ["Na návrh předsedy se komise shodla, že o žádosti rozhodne až po místním šetření."], "Na návrh", None),
    ("cs", ["Předseda se s ředitelem dopravního podniku dohodl, že návrh bude projednán na výjezdním zasedání."],
     "Předseda se", None),
    ("en", ["Apologies had been received from PK, and governors accepted them."], "Apologies had", None),
    ("en", ["Governors did not accept the apologies from Mr Kos."], "Governors did not", None),
    ("en", ["The Board RESOLVED to appoint Ms Ann Cole, who was elected by the members in May, as Chair."],
     "The Board", None),  # a resolution of this meeting, whatever its relative clause reports
])
def test_commission_and_governance_decisions(lang: str, lines: list[str], text: str, for_: int | None) -> None:
    decs = _body_decisions(lang, None, lines)
    assert [(d.text[:len(text)], d.adopted, d.vote.for_ if d.vote else None) for d in decs] == [(text, True, for_)]


@pytest.mark.parametrize(("lang", "line"), [
    ("cs", "Členové komise se shodli, že zóna bez stavebních úprav by nebyla respektována."),  # an opinion
    ("cs", "Výbor se dohodl, že Pavel Kos zašle dopis starostovi."),  # a task for a named person
    ("en", "She welcomed Mr Pavel Kos, who was elected parent governor unopposed on 29 September."),
    ("cs", "Starosta informoval, že se s firmou Stavby Kos s.r.o. dohodl na ceně 250 Kč za metr."),  # a report
])
def test_opinions_tasks_and_earlier_elections_are_not_decisions(lang: str, line: str) -> None:
    assert _body_decisions(lang, None, [line]) == ()


@pytest.mark.parametrize(("lang", "lines", "expected"), [
    ("en", ["Members were concerned about the cost.",
            "A vote was taken: six in favour, two against and one abstention.",
            "The proposal to charge for the breakfast club was carried."], [("The proposal", True, 6)]),
    ("en", ["Cllr Kos proposed that the hall be closed on Sundays.", "Vote: 3 for, 4 against.",
            "The motion was defeated."], [("Cllr Kos", False, 3)]),  # a bare outcome: what was voted comes before
    ("cs", ["Člen výboru navrhl zrušit poplatek.", "Hlasování: pro 2, proti 3, zdržel se 0.",
            "Návrh na zrušení poplatku nebyl přijat."], [("Návrh na zrušení", False, 2)]),
])
def test_a_vote_line_belongs_to_the_outcome_that_names_what_it_decided(lang: str, lines: list[str],
                                                                       expected: list[tuple]) -> None:
    decs = _body_decisions(lang, None, lines)
    assert [(d.text[:len(t)], d.adopted, d.vote.for_ if d.vote else None) for d, (t, _, _) in
            zip(decs, expected, strict=False)] == expected
    assert len(decs) == len(expected)


@pytest.mark.parametrize(("lang", "lines", "decided"), [
    # a faculty senate: the body abbreviation AS before the resolution verb
    ("cs", ["Usnesení: AS PřF schvaluje rozpočet fakulty na rok 2026 (hlasování: 15-0-1)."], ["schvaluje rozpočet"]),
    ("cs", ["Akademický senát vzal zprávu o činnosti na vědomí."], ["vzal zprávu"]),
    # a resolution with its own tally after a procedural decision is a decision of its own
    ("cs", ["Bod 5 byl stažen z programu.", "Usnesení: AS PřF schvaluje program zasedání (hlasování: 9-0-0)."],
     ["Bod 5", "schvaluje program"]),
    ("cs", ["Program (schválen hlasováním 9-0-0):", "1. Zahájení"], ["Program (schválen"]),
    # construction control meetings: the investor and its supervisor agree to or refuse the contractor's request
    ("cs", ["Investor souhlasí s posunem termínu dokončení opěrné zdi."], ["Investor souhlasí"]),
    ("cs", ["Technický dozor stavebníka odsouhlasil záměnu materiálu podkladní vrstvy."], ["odsouhlasil záměnu"]),
    ("cs", ["Zhotovitel požádal o dřívější zásyp výkopu. TDS žádost neodsouhlasil."], ["TDS žádost neodsouhlasil"]),
    # reports of another body's act and a body's request are no resolutions of this meeting
    ("cs", ["Senátor Malina informoval, že akademický senát univerzity schválil nový disciplinární řád."], []),
    ("cs", ["Předseda komise uvedl, že komise návrh projednala a doporučuje jej schválit."], []),
    ("cs", ["AS PřF žádá děkana, aby do příštího zasedání předložil návrh harmonogramu."], []),
    # US select boards: the motion with its mover and seconder, carried, failed or never seconded
    ("en", ["Motion by Selectman Ruiz, seconded by the Chair, to purchase a new loader. Motion carried 3-2."],
     ["to purchase a new loader"]),
    ("en", ["Selectwoman Hale moved to close Elm Street in winter; there was no second."], ["moved to close"]),
    ("en", ["Respectfully submitted, Jo Kent, Town Clerk", "Approved: ____________ (date)"], []),
    ("en", ["Approved: Ann Ruiz, Chair – 06/10/2025"], []),
    ("en", ["Approved by the Board of Selectmen on June 10, 2025"], []),
])
def test_genre_resolutions(lang: str, lines: list[str], decided: list[str]) -> None:
    texts = [d.text for d in _decisions(lang, lines)]
    assert len(texts) == len(decided), texts
    for want, text in zip(decided, texts, strict=True):
        assert want in text


NUMBERED = ["Usnesení KF č. 1/2021: Komise schvaluje program jednání. Hlasování: pro 5, proti 0, zdržel se 0.",
            "Usnesení KF č. 2/2021: Komise doporučuje radě schválit rozpočtové opatření. Hlasování: pro 5, proti 0, "
            "zdržel se 0."]


@pytest.mark.parametrize(("lines", "informal"), [
    (NUMBERED + ["Komise ukládá tajemnici předložit přehled dotací."], False),  # a task, no resolution
    (["Program byl schválen bez připomínek.", "Usnesení KF č. 1/2021: Komise schvaluje program jednání. "
      "Hlasování: pro 5, proti 0, zdržel se 0.", NUMBERED[1]], False),  # the lead-up to the numbered resolution
    (NUMBERED + ["Komise s harmonogramem jednání souhlasila."], True),  # a narrative agreement stays a decision
    (["Komise ukládá tajemnici předložit přehled dotací."], True),  # minutes that number nothing
])
def test_numbered_resolutions_leave_narrative_tasks_and_lead_ups_out(lines: list[str], informal: bool) -> None:
    ds = _decisions("cs", lines)
    assert any(d.number is None for d in ds) is informal
    assert sum(1 for d in ds if d.number) == sum(1 for line in lines if line.startswith("Usnesení"))
    assert all(d.number is None or d.number.startswith("Usnesení KF č.") for d in ds)


@pytest.mark.parametrize("line", [
    "Board endorsed the revised forecast for the cabinet report.",  # minute style drops the article
    "The group agreed to defer the change request to the May meeting.",  # 'the group' is the meeting itself
])
def test_english_minute_style_agreements_of_the_meeting(line: str) -> None:
    doc = doc_from_lines(line)
    items = extract_items(doc, "en", MeetingInfo(title="Programme Board", body_type="board"), [],
                          entities_for(doc, {}))
    assert [d.text for d in items.decisions] == [line]
    assert items.actions == ()  # the meeting's agreement with nobody named to act is no task


@pytest.mark.parametrize(("lines", "count"), [
    (["Kontrola plnění úkolů", "Komise souhlasila s prodloužením termínu úkolu 4/2 do 30. 6. 2021."], 1),
    (["Kontrola plnění úkolů", "Úkol 4/2 – termín prodloužen do 30. 6. 2021."], 0),  # a report, nothing decided
])
def test_the_body_changing_an_earlier_task_decides_it_now(lines: list[str], count: int) -> None:
    assert len(_decisions("cs", lines)) == count


@pytest.mark.parametrize(("line", "count"), [
    ("Platforma harmonogram prací na příští rok schválila bez připomínek.", 1),  # an expert platform decides
    ("Členové výboru s prodloužením lhůty o dva týdny souhlasili.", 1),  # a long object between
    ("Do výzvy bylo podáno 52 žádostí, z toho 30 již bylo schváleno.", 0),  # a count approved: a statistic
    ("Ing. Nová informovala, že rada kraje chystá nový dotační program pro obce a požádala výbor o názor.", 0),
    ("Mgr. Malý sdělil, že Evropská komise žádost o prodloužení lhůt zatím neposoudila; ministerstvo proto "
     "doporučuje obcím počítat s původním termínem.", 0),  # another body's recommendation a member reports
])
def test_a_body_deciding_here_and_reports_of_counts_or_other_bodies(line: str, count: int) -> None:
    assert len(_decisions("cs", [line])) == count


@pytest.mark.parametrize(("line", "adopted"), [
    ("KŠ schvaluje zřízení evakuačního střediska v tělocvičně školy.", True),
    ("KŠ doporučuje starostovi vyhlásit III. stupeň povodňové aktivity.", True),
    ("Krizový štáb bere na vědomí vyhlášení stavu nebezpečí.", True),
])
def test_a_crisis_staff_resolves_like_a_council(line: str, adopted: bool) -> None:
    ds = _decisions("cs", [line])
    assert len(ds) == 1 and ds[0].adopted is adopted


@pytest.mark.parametrize("line", [
    "KŠ ukládá řediteli TS zajistit kontejnery (úkol č. 3/2), termín: 30. 9. 2025.",
    "III. SPA byl odvolán 16. 9. v 18:00 hod. a od té doby platí II. SPA.",
])
def test_a_numbered_task_and_a_dated_past_event_are_no_decisions(line: str) -> None:
    assert _decisions("cs", [line]) == ()


def test_a_task_with_a_resolution_vote_stays_a_decision() -> None:
    ds = _decisions("cs", ["Rada města ukládá tajemníkovi zajistit opravu (úkol č. 3/2).", "Hlasování: pro 5, proti 0"])
    assert len(ds) == 1 and ds[0].vote is not None


@pytest.mark.parametrize(("line", "count"), [
    ("It was agreed that the monthly coordination calls will move to the second Tuesday.", 1),
    ("It was agreed that SVN would explore an associated partnership.", 1),
    ("It was agreed that Jane Doe would invite the auditor to the next Board.", 0),
])
def test_an_agreement_is_a_decision_unless_a_named_person_is_to_act(line: str, count: int) -> None:
    doc = doc_from_lines(line)
    ds = extract_items(doc, "en", MeetingInfo(), [], entities_for(doc, {"Jane Doe": []}, {"SVN": []})).decisions
    assert len(ds) == count


def test_approving_the_minutes_under_a_review_of_actions_heading_is_decided_now() -> None:
    ds = _decisions("en", ["1. Minutes of SC #3 and review of actions",
                           "The minutes of SC meeting #3 of 14 October 2025 were approved with one correction.",
                           "- 3.1 (amendment request): Done."])
    assert [d.text[:15] for d in ds] == ["The minutes of "]


def test_the_next_meeting_restated_in_the_closing_summary_is_one_decision() -> None:
    ds = _decisions("cs", ["Další jednání se uskuteční začátkem října 2023 v režimu online.", "Závěry a úkoly",
                           "- Příští jednání: začátek října 2023, online."])
    assert len(ds) == 1 and ds[0].text.startswith("Další jednání")
