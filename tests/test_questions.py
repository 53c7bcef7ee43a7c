"""Questions: asker, answerer, answered and the answer text."""

from __future__ import annotations

from pathlib import Path

import pytest
from items_support import doc_from_lines, entities_for, gold_agenda, gold_entities, gold_meeting, load_gold

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import MeetingInfo
from minutes_nlp.loaders.dispatch import load

PEOPLE = {"Petr Novák": ["p. Nováka", "P. Novák", "p. Novák"], "Eva Malá": ["pí Malá", "E. Malá", "Eva Malá"],
          "Jane Smith": ["Jane Smith", "Jane"], "Tom Reed": ["Tom Reed", "Tom"]}


def _questions(lang: str, lines: list[str]):
    doc = doc_from_lines(*lines)
    return extract_items(doc, lang, MeetingInfo(), [], entities_for(doc, PEOPLE, {"MZe": ["MZe"]})).questions


@pytest.mark.parametrize(("lang", "lines", "asker", "answerer", "answered"), [
    ("cs", ["Na dotaz p. Nováka ohledně rozpočtu odpověděla pí Malá, že je schválen."], "Petr Novák", "Eva Malá",
     True),
    ("cs", ["Dotaz p. Nováka na termín zodpovězen pí Malá ve smyslu, že v březnu."], "Petr Novák", "Eva Malá", True),
    ("cs", ["P. Novák se dotázal, zda bude dotace prodloužena.", "E. Malá odpověděla, že ano."], "Petr Novák",
     "Eva Malá", True),
    ("cs", ["Na dotaz MZe je odpovězeno kladně."], "MZe", None, True),
    ("cs", ["P. Novák se dotázal na stav žádosti. Odpověď bude zaslána písemně."], "Petr Novák", None, False),
    ("en", ["Jane Smith asked whether the grant had been paid.", "Tom Reed confirmed that it had."], "Jane Smith",
     "Tom Reed", True),
    ("en", ["In response to a question from Jane, Tom explained the delay."], "Jane Smith", "Tom Reed", True),
    ("en", ["Jane asked about the venue; Tom will report back."], "Jane Smith", None, False),  # a promise, no answer
])
def test_question_patterns(lang: str, lines: list[str], asker: str, answerer: str | None, answered: bool) -> None:
    qs = _questions(lang, lines)
    assert len(qs) == 1
    q = qs[0]
    assert (q.asker, q.answerer, q.answered) == (asker, answerer, answered)


@pytest.mark.parametrize(("lang", "line"), [
    ("cs", "Dotazy nebyly vzneseny."),
    ("cs", "Diskuse proběhla bez dotazů."),
    ("en", "The chair asked members to send comments by Friday."),
    ("en", "There were no further questions."),
])
def test_not_questions(lang: str, line: str) -> None:
    assert _questions(lang, [line]) == ()


def test_seed_questions(seed_dir: Path) -> None:
    gold = load_gold(seed_dir / "gold.json")
    doc = load(seed_dir / "000_b6ab1fcc00502021.txt")
    qs = extract_items(doc, "cs", gold_meeting(gold), gold_agenda(doc, gold), gold_entities(doc, gold)).questions
    assert len(qs) == 3
    for g in gold["questions"]:
        q = next(q for q in qs if g["anchor"] in q.text)
        assert (q.asker, q.answerer, q.answered) == (g["asker"], g["answerer"], g["answered"])


def test_asked_whether_then_a_promise_to_report_back_is_open() -> None:
    qs = _questions("en", ["Jane Smith asked whether the auditors had confirmed the date. "
                           "Tom Reed said he would check and report back."])
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [("Jane Smith", None, False)]  # a promise: no answer


def test_direct_question_in_a_speaker_line() -> None:
    qs = _questions("en", ["- Jane: MapCamp has offered us a stand. Do we have enough people to staff it?",
                           "- Tom: yes, Tom Reed and I can go."])
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [("Jane Smith", "Tom Reed", True)]


# --- council and committee minutes: answers by office holders, speaker lines, deferred answers ---

def _council_questions(lang: str, lines: list[str]):
    from items_support import entities_with_roles

    roles = {"Jana Horká": (["Jana Horká"], "starostka"), "Milan Rys": (["Milan Rys"], "místostarosta"),
             "Olga Vlková": (["Olga Vlková", "p. Vlková", "Paní Vlková"], None),
             "Ann Cole": (["Mrs Ann Cole"], "Parish Clerk"), "Ben Ortiz": (["Cllr Ortiz", "Cllr Ben Ortiz"], None),
             "Rob Hale": (["Mr Rob Hale"], None)}
    doc = doc_from_lines(*lines)
    return extract_items(doc, lang, MeetingInfo(date="2021-06-14"), [], entities_with_roles(doc, roles)).questions


@pytest.mark.parametrize(("lang", "lines", "asker", "answerer", "answered"), [
    ("cs", ["Paní Vlková se dotázala na opravu osvětlení.", "Starostka odpověděla, že oprava proběhne v červenci."],
     "Olga Vlková", "Jana Horká", True),
    ("cs", ["Paní Vlková se zeptala na svoz odpadu.", "Starostka odpoví písemně."], "Olga Vlková", None, False),
    ("cs", ["p. Vlková – dotaz, kdy bude dokončen chodník u školy.", "Starostka – chodník bude dokončen v prosinci."],
     "Olga Vlková", "Jana Horká", True),
    ("cs", ["Olga Vlková vznesla dotaz na opravu lávky, místostarosta odpověděl, že je v plánu na příští rok."],
     "Olga Vlková", "Milan Rys", True),
    ("cs", ["Paní Vlková se dotázala na kanalizaci.", "Na dotaz odpověděl místostarosta."], "Olga Vlková",
     "Milan Rys", True),
    ("cs", ["Olga Vlková: Kolik bude činit spoluúčast obce?", "Starostka: Spoluúčast bude 15 %."], "Olga Vlková",
     "Jana Horká", True),
    ("en", ["Mr Rob Hale asked when the new bins would be installed.",
            "The Clerk will report back at the next meeting."],
     "Rob Hale", None, False),
    ("en", ["Cllr Ortiz asked about the overspend on grounds maintenance.",
            "The RFO explained that it was due to storm damage."], "Ben Ortiz", None, True),
    ("en", ["Mr Rob Hale asked whether the footpath would be repaired.",
            "The Chairman replied that the works are in the summer programme."], "Rob Hale", None, True),
])
def test_council_questions_answered_by_office_holders(lang: str, lines: list[str], asker: str,
                                                      answerer: str | None, answered: bool) -> None:
    qs = _council_questions(lang, lines)
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [(asker, answerer, answered)]


@pytest.mark.parametrize(("lang", "lines", "asker", "answerer", "answered"), [
    ("cs", ["Paní Vlková se dotázala na stav opravy cesty.", "Starostka: Oprava je objednána na červen."],
     "Olga Vlková", "Jana Horká", True),
    ("cs", ["Olga Vlková: Ptám se, kdy bude opravena cesta ke hřbitovu.", "Místostarosta: V červnu."],
     "Olga Vlková", "Milan Rys", True),
    ("en", ["Mr Rob Hale asked about parking on the green.", "Clerk: the matter has been referred to the police."],
     "Rob Hale", "Ann Cole", True),
])
def test_a_speaker_line_answers_the_question_before_it(lang: str, lines: list[str], asker: str, answerer: str,
                                                      answered: bool) -> None:
    qs = _council_questions(lang, lines)
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [(asker, answerer, answered)]


@pytest.mark.parametrize(("lines", "asker", "answerer"), [
    (["p. Vlková – dotaz na opravu lávky – odpověď starostky: oprava proběhne v létě."], "Olga Vlková",
     "Jana Horká"),
    (["Paní Vlková požádala o vysvětlení navýšení poplatku.", "Starostka vysvětlila, že vzrostly náklady."],
     "Olga Vlková", "Jana Horká"),
])
def test_czech_question_and_answer_phrasings(lines: list[str], asker: str, answerer: str) -> None:
    qs = _council_questions("cs", lines)
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [(asker, answerer, True)]


@pytest.mark.parametrize(("line", "is_question"), [
    ("Cllr Ortiz asked the Clerk to obtain three quotes for the bench.", False),  # a request: an action
    ("Cllr Ortiz asked when the repairs to the wall would start.", True),
    ("Cllr Ortiz asked whether the Council intends to sell the land.", True),
    ("On the proposal of the Chair, the Council asked the Finance and General Purposes Committee to review the "
     "reserves policy.", False),
    ("Cllr Ortiz asked the Clerk whether the Council intends to sell the land.", True),
])
def test_a_request_is_not_a_question(line: str, is_question: bool) -> None:
    assert len(_council_questions("en", [line])) == int(is_question)


# --- debate conventions: glued-initial speakers, citizens' remarks, deferrals later in a turn, threads ---

@pytest.mark.parametrize(("lang", "lines", "asker", "answerer", "answered"), [
    ("cs", ["OVlková: Kdy bude opravena lávka přes potok?", "Starostka: Oprava začne v srpnu."], "Olga Vlková",
     "Jana Horká", True),
    ("cs", ["OVlková: Proč se kácely topoly u rybníka?",
            "Starostka: Povolení vydal odbor životního prostředí. Podklady nemám u sebe, odpovím vám písemně."],
     "Olga Vlková", None, False),
    ("cs", ["p. Vlková (občanka): U zastávky autobusu chybí koš na odpadky.",
            "Starostka: Koš objednáme ještě tento měsíc."], "Olga Vlková", "Jana Horká", True),
    ("en", ["Mr Rob Hale asked when the hedge on Mill Lane would be cut. The Clerk explained that the verge belonged "
            "to the county and that his question would be passed to the highways team."],
     "Rob Hale", None, False),
    ("en", ["Cllr Ortiz asked how many parking permits remained unsold. The Clerk said she would report at the "
            "June meeting."], "Ben Ortiz", None, False),
])
def test_debate_conventions(lang: str, lines: list[str], asker: str, answerer: str | None, answered: bool) -> None:
    qs = _council_questions(lang, lines)
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [(asker, answerer, answered)]


@pytest.mark.parametrize(("lang", "lines"), [
    ("cs", ["p. Vlková (občanka): Děkuji za opravu chodníku.", "Usnesení: ZO schvaluje rozpočtové opatření č. 2."]),
    ("en", ["The auditor answered questions from members on the annual return."]),
])
def test_remarks_that_are_not_questions(lang: str, lines: list[str]) -> None:
    assert _council_questions(lang, lines) == ()


@pytest.mark.parametrize(("reply", "answered"), [("Nobody had.", True), ("Nobody on the call knew.", False)])
def test_note_takers_reply_in_the_askers_line(reply: str, answered: bool) -> None:
    qs = _questions("en", [f"- Tom: has anyone called the printer about the posters? {reply}"])
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [("Tom Reed", None, answered)]


def _thread(*lines: tuple[int, str]):
    from minutes_nlp.document import BlockKind, DocumentBuilder, Source

    builder = DocumentBuilder(Source("test.md", "0", "md"))
    for level, text in lines:
        builder.add(BlockKind.LIST_ITEM, text, list_label="-", level=level)
    doc = builder.build()
    return extract_items(doc, "en", MeetingInfo(), [], entities_for(doc, PEOPLE)).questions


@pytest.mark.parametrize(("last", "answered"), [("No agreement; we'll come back to it.", False),
                                                ("Jane: fine, evenings it is.", True)])
def test_a_thread_under_the_question_can_leave_it_open(last: str, answered: bool) -> None:
    qs = _thread((1, "Jane: should we move the meetings to the evening?"), (2, "Tom: yes, more people could come."),
                 (2, last))
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [("Jane Smith", "Tom Reed", answered)]


@pytest.mark.parametrize(("lang", "lines", "asker", "answerer", "answered"), [
    ("cs", ["Dotaz (pí Vlková): Kdy bude opraven most u mlýna?", "Odpověď (starostka): Most bude opraven v červnu."],
     "Olga Vlková", "Jana Horká", True),
    ("en", ["Q: When will the footpath by the school be repaired? (Cllr Ortiz)", "A: The Clerk said in May."],
     "Ben Ortiz", "Ann Cole", True),
    ("en", ["Cllr Ortiz asked when the play area would reopen; the Clerk was unable to say."], "Ben Ortiz",
     "Ann Cole", False),
])
def test_labelled_questions_and_answers(lang: str, lines: list[str], asker: str, answerer: str,
                                        answered: bool) -> None:
    qs = _council_questions(lang, lines)
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [(asker, answerer, answered)]


@pytest.mark.parametrize(("lang", "lines", "answerer", "answered"), [
    ("en", ["Mr Rob Hale asked whether a grit bin could be placed on Hill Road. Mrs Ann Cole said she would raise it "
            "with the county and report back at the May meeting."], None, False),
    ("en", ["Mr Rob Hale asked whether the village could start a speed watch group. Mrs Ann Cole replied that the "
            "police would lend a speed gun. Cllr Ortiz agreed to appeal for volunteers and report back."],
     "Ann Cole", True),
    ("en", ["Mr Rob Hale asked whether the council would organise a litter pick.",
            "Cllr Ortiz offered to organise one in April."], "Ben Ortiz", True),
    ("cs", ["Paní Vlková se dotázala, zda obec může žádat o dotaci na hasičskou zbrojnici. Starostka odpověděla, "
            "že podmínky programů zatím nejsou známy."], "Jana Horká", False),
    ("cs", ["Paní Vlková se dotázala, jaká úsporná opatření škola přijala. Starostka uvedla, že přehled opatření "
            "zašle radě písemně do konce měsíce."], None, False),
])
def test_whose_reply_answers_and_what_leaves_it_open(lang: str, lines: list[str], answerer: str | None,
                                                     answered: bool) -> None:
    qs = _council_questions(lang, lines)
    assert [(q.answerer, q.answered) for q in qs] == [(answerer, answered)]


@pytest.mark.parametrize(("lines", "answerer", "answered"), [
    (["Mr Rob Hale asked when the lamp would be fixed.", "The Chairman replied that Cllr Ortiz had reported it."],
     None, True),  # the name after "replied that" is the answer's content, not the answerer
    (["Mr Rob Hale asked whether the deadline could be extended. Cllr Ortiz undertook to ask the planning team."],
     None, False),
])
def test_answerer_is_not_the_content_and_an_undertaking_is_open(lines: list[str], answerer: str | None,
                                                                answered: bool) -> None:
    qs = _council_questions("en", lines)
    assert [(q.answerer, q.answered) for q in qs] == [(answerer, answered)]


# --- round 2: minutes written without the rules (school board narrative, terse department notes) ---

@pytest.mark.parametrize(("lang", "lines", "answerer", "answered"), [
    ("cs", ["Paní Vlková se zeptala, kdy bude opravena lávka.",
            "Místostarosta odpověděl, že tuto informaci nemá, a odpověď zašle e-mailem."], None, False),
    ("cs", ["Paní Vlková se dotázala, zda kraj chystá změnu dotačních pravidel.",
            "Starostka uvedla, že o připravovaných změnách nemá informace."], "Jana Horká", False),
    ("cs", ["Paní Vlková se zeptala, kolik stála oprava hřiště.",
            "Starostka uvedla, že přesné údaje nemá k dispozici."], "Jana Horká", False),
    ("cs", ["Paní Vlková se zeptala, kolik stála oprava hřiště.", "Starostka uvedla, že 120 000 Kč."],
     "Jana Horká", True),
    ("en", ["Mr Rob Hale asked how much the resurfacing had cost.",
            "Mrs Ann Cole said that she did not have the figures to hand."], "Ann Cole", False),
    ("cs", ["Paní Vlková se zeptala, kdy kraj proplatí dotaci na hasičskou zbrojnici.",
            "Starostka uvedla, že stav žádosti nezná, a na místě odpovědět nedokázala."], "Jana Horká", False),
    ("en", ["Mr Rob Hale asked whether the grant could be clawed back.",
            "Mrs Ann Cole said that the conditions were being checked and that this would be confirmed outside the "
            "meeting."], None, False),
])
def test_an_answer_only_promised_leaves_the_question_open(lang: str, lines: list[str], answerer: str | None,
                                                          answered: bool) -> None:
    qs = _council_questions(lang, lines)
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [(qs[0].asker, answerer, answered)]
    assert qs[0].asker in ("Olga Vlková", "Rob Hale")


@pytest.mark.parametrize(("lines", "asked"), [
    (["Paní Vlková se zeptala, kdy začne oprava mostu.", "Starostka ani místostarosta na dotaz nemohli odpovědět."],
     1),
    (["Starostka zaslala členům e-mailem odpověď na dotaz paní Vlkové: oprava mostu začne v květnu."], 0),
    (["Na dotaz paní Vlkové z minulého zasedání odpověděla starostka, že oprava mostu začne v květnu."], 0),
    (["Paní Vlková se zeptala, kdy začne oprava mostu.",
      "Na dotaz nikdo z přítomných neuměl odpovědět; starostka slíbila, že informaci zjistí."], 1),
])
def test_answers_and_reports_of_answers_are_not_new_questions(lines: list[str], asked: int) -> None:
    qs = _council_questions("cs", lines)
    assert [(q.text, q.answered) for q in qs] == [(lines[0], False)] * asked


def _porada_questions(lines: list[str], people: dict[str, list[str]]):
    doc = doc_from_lines(*lines)
    return extract_items(doc, "cs", MeetingInfo(), [], entities_for(doc, people, {"MZe": ["MZe"]})).questions


@pytest.mark.parametrize(("people", "asker", "answerer"), [
    ({"Petr Novák": ["Petr Novák"], "Eva Malá": ["Eva Malá"]}, "Petr Novák", "Eva Malá"),
    ({"Novák": ["Ing. Novák"], "Malá": ["Mgr. Malá"]}, "Novák", "Malá"),  # initials of names known only in part
    ({}, "PN", "EM"),  # nobody named: the initials as written
])
def test_initials_label_a_question_and_its_answer(people: dict[str, list[str]], asker: str, answerer: str) -> None:
    lines = ["Přítomni: Petr Novák, Eva Malá" if people.get("Petr Novák") else "Přítomni: Ing. Novák, Mgr. Malá",
             "- Dotaz PN: bude MZe vyhlašovat výzvu i letos?", "- EM: ano, předběžně v březnu."]
    qs = _porada_questions(lines, people)
    assert [(q.asker, q.answerer, q.answered) for q in qs] == [(asker, answerer, True)]


@pytest.mark.parametrize(("lang", "lines"), [
    ("cs", ["Z pléna zazněl dotaz, zda bude hřiště otevřeno i v zimě.", "Starostka odpověděla, že ne."]),
    ("en", ["A question was raised about the cost of the new bins.", "The Clerk said that it was £400."]),
])
def test_a_question_nobody_is_named_for(lang: str, lines: list[str]) -> None:
    qs = _council_questions(lang, lines)
    assert [(q.text, q.asker, q.answered) for q in qs] == [(lines[0], None, True)]


# --- round 3: school governance challenge, Q:/A: lead-ins, replies that mention asking, deferring replies ---

@pytest.mark.parametrize(("lang", "lines", "asker", "answerer", "answered"), [
    ("en", ["Governors challenged the Clerk on the rise in legal costs this year.",
            "Mrs Ann Cole explained that two contracts had been renegotiated."], None, "Ann Cole", True),
    ("en", ["Governors sought assurance that the budget forecast was prudent.",
            "Mrs Ann Cole confirmed that it assumed no growth in pupil numbers."], None, "Ann Cole", True),
    ("en", ["Governors challenged the Clerk on why the survey response was so low. Mrs Ann Cole said she did not "
            "have the breakdown to hand."], None, "Ann Cole", False),
    ("en", ["Mr Rob Hale asked what would happen to the lease if the club folded.",
            "Mrs Ann Cole said that only the landlord could answer this."], "Rob Hale", "Ann Cole", False),
    ("en", ["Mr Rob Hale asked whether the plan covered the allotments.",
            "Mrs Ann Cole said that the working group had not looked at this."], "Rob Hale", "Ann Cole", False),
    ("en", ["Mr Rob Hale asked about the staff survey.",
            "Mrs Ann Cole explained that most staff had replied; the marking policy is being reviewed."],
     "Rob Hale", "Ann Cole", True),
    ("en", ["Mr Rob Hale asked whether the inspectors had met the council.",
            "Mrs Ann Cole replied that she had met them and had been asked mainly about finance."],
     "Rob Hale", "Ann Cole", True),
    ("cs", ["Paní Vlková se dotázala, zda bude linka posílena.",
            "Starostka uvedla, že na dotaz odpoví písemně po jednání s dopravcem."], "Olga Vlková", None, False),
    ("en", ["Mr Rob Hale asked whether he would receive a written reply about the speed limit.",
            "Mrs Ann Cole apologised that the reply had been delayed and said that the limit would stay at 30 mph."],
     "Rob Hale", "Ann Cole", True),  # the opener answers in a second predicate
])
def test_challenges_deflections_and_replies(lang: str, lines: list[str], asker: str | None, answerer: str | None,
                                            answered: bool) -> None:
    qs = _council_questions(lang, lines)
    assert [(q.text[:20], q.asker, q.answerer, q.answered) for q in qs] == [(lines[0][:20], asker, answerer,
                                                                             answered)]


@pytest.mark.parametrize(("lang", "lines", "asked"), [
    ("en", ["Governors asked the following questions:", "Q: Why has absence risen?",
            "A: The Clerk explained that illness was the main cause."], 1),
    ("en", ["The county had written to say that the bridge would be repaired, which answered the question Cllr "
            "Ortiz had asked in May."], 0),
    ("cs", ["Na dotaz paní Vlkové, kdy bude opravena lávka, starostka odpověděla, že v létě."], 1),
])
def test_lead_ins_and_mentions_of_earlier_questions(lang: str, lines: list[str], asked: int) -> None:
    qs = _council_questions(lang, lines)
    assert len(qs) == asked
    assert all(q.answered for q in qs)


@pytest.mark.parametrize(("lang", "lines", "expected"), [
    ("en", ["The Chair asked whether there were any questions on the report. There were none."], []),
    ("cs", ["Předsedající se dotázal, zda má někdo z přítomných dotaz k rozpočtu."], []),
    ("cs", ["Paní Vlková se dotázala, zda má obec připomínky k plánu kraje.", "Starostka odpověděla, že ne."],
     [("Olga Vlková", "Jana Horká", True)]),
    ("en", ["Mr Rob Hale asked about the roof and was told that repairs would start in May."],
     [("Rob Hale", None, True)]),
    ("en", ["Mr Rob Hale asked about the roof and was told by Mrs Ann Cole that the work had been ordered."],
     [("Rob Hale", "Ann Cole", True)]),
])
def test_invitations_to_ask_and_answers_in_a_second_predicate(lang: str, lines: list[str],
                                                              expected: list[tuple]) -> None:
    qs = _council_questions(lang, lines)
    assert [(q.asker, q.answerer, q.answered) for q in qs] == expected


@pytest.mark.parametrize(("lang", "lines", "answerer"), [
    ("en", ["Mr Lowe asked when the hall would reopen.", "Mr. Harlow said it would reopen in May."], "Daniel Harlow"),
    ("en", ["Mr Lowe asked when the hall would reopen.", "Ms Harlow said it would reopen in May."], "Ruth Harlow"),
    ("cs", ["Pan Lowe se zeptal, kdy bude sál otevřen.", "Pan Harlow odpověděl, že v květnu."], "Daniel Harlow"),
])
def test_honorific_chooses_between_people_sharing_a_surname(lang: str, lines: list[str], answerer: str) -> None:
    from dataclasses import replace

    from minutes_nlp.extract.entities import Entities

    doc = doc_from_lines(*lines)
    base = entities_for(doc, {"Ruth Harlow": ["Harlow"], "Daniel Harlow": [], "Tom Lowe": ["Lowe"]})
    genders = {"Ruth Harlow": "f", "Daniel Harlow": "m", "Tom Lowe": "m"}
    people = tuple(replace(p, gender=genders[p.name]) for p in base.people)
    qs = extract_items(doc, lang, MeetingInfo(), [], Entities(people, base.institutions)).questions
    assert [q.answerer for q in qs] == [answerer]


@pytest.mark.parametrize(("verb", "answerer"), [("odpověděla", "Ruth Harlow"), ("odpověděl", "Daniel Harlow"),
                                               ("p. Harlow odpověděl", "Daniel Harlow")])
def test_czech_verb_gender_chooses_between_people_sharing_a_surname(verb: str, answerer: str) -> None:
    from dataclasses import replace

    from minutes_nlp.extract.entities import Entities

    reply = verb if verb.startswith("p. ") else f"Harlow {verb}"  # "p." may be pan or paní: the verb decides
    lines = ["Pan Lowe se zeptal, kdy bude sál otevřen.", f"{reply}, že v květnu."]
    doc = doc_from_lines(*lines)
    base = entities_for(doc, {"Ruth Harlow": ["Harlow"], "Daniel Harlow": [], "Tom Lowe": ["Lowe"]})
    genders = {"Ruth Harlow": "f", "Daniel Harlow": "m", "Tom Lowe": "m"}
    people = tuple(replace(p, gender=genders[p.name]) for p in base.people)
    qs = extract_items(doc, "cs", MeetingInfo(), [], Entities(people, base.institutions)).questions
    assert [q.answerer for q in qs] == [answerer]


@pytest.mark.parametrize(("lang", "lines", "asker", "answerer"), [
    # English: an actor right after "said" that has its own verb is the reported clause's subject, not the answerer
    ("en", ["Tom Reed asked when the grant would be paid. Jane Smith said MZe expects to pay in June."],
     "Tom Reed", "Jane Smith"),
    # Czech keeps the inverted reply: the name right after the verb answers
    ("cs", ["P. Novák se dotázal, kdy bude dotace vyplacena. Odpověděla pí Malá, že v červnu."], "Petr Novák",
     "Eva Malá"),
    # construction control minutes ask in the present tense
    ("cs", ["P. Novák se dotazuje, zda lze zahájit pokládku dlažby před dokončením kanalizace."], "Petr Novák", None),
])
def test_reported_clause_and_present_tense_questions(lang: str, lines: list[str], asker: str,
                                                     answerer: str | None) -> None:
    qs = _questions(lang, lines)
    assert len(qs) == 1
    assert qs[0].asker == asker
    assert qs[0].answerer == answerer


@pytest.mark.parametrize("line", ["Dotazy a interpelace", "Dotazy a interpelace na děkana", "4. Dotazy a připomínky"])
def test_the_heading_of_the_questions_point_is_no_question(line: str) -> None:
    assert not _questions("cs", [line])


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["Tom Reed asked when the bridge would reopen. Jane Smith said the Board did not yet know the date."]),
    ("en", ["Tom Reed asked why the levy had risen. Jane Smith said the Board had the same question."]),
    ("cs", ["P. Novák se dotázal, zda se zvýší odměny. Pí Malá uvedla, že o tom zatím nelze rozhodnout."]),
])
def test_a_reply_that_cannot_answer_leaves_the_question_open(lang: str, lines: list[str]) -> None:
    qs = _questions(lang, lines)
    assert len(qs) == 1
    assert qs[0].answered is False
