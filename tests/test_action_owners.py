"""Owners of actions on unseen minutes: who the subject of a future verb is (an institution or the speaker),
who a promise names, an office's task table label, the body a presenter speaks for; invented examples only."""

from __future__ import annotations

import dataclasses

import pytest
from items_support import doc_from_lines, entities_for, entities_with_roles

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import Action, MeetingInfo

_PEOPLE = {"Jan Malý": ["Ing. Malý", "Doc. Malý", "doc. Malý"], "Jana Malá": ["Mgr. Malá", "Ředitelka Malá"]}
_BODIES = {"MMR": ["MMR"], "MF": ["MF"], "Evropská komise": ["Evropskou komisí"], "SMO": ["SMO", "Svaz měst"],
           "Agentura pro rozvoj": ["Agenturou pro rozvoj", "AR"], "Sekretariát výboru": ["Sekretariát výboru"],
           "Výbor": ["výboru"]}


def _actions(lang: str, lines: list[str], people: dict[str, list[str]] | None = None,
             insts: dict[str, list[str]] | None = None,
             affiliations: dict[str, str] | None = None) -> tuple[Action, ...]:
    doc = doc_from_lines(*lines)
    ents = entities_for(doc, _PEOPLE if people is None else people, _BODIES if insts is None else insts)
    if affiliations:
        ents = dataclasses.replace(ents, people=tuple(dataclasses.replace(p, affiliation=affiliations.get(p.name))
                                                      for p in ents.people))
    return extract_items(doc, lang, MeetingInfo(date="2021-03-01"), [], ents).actions


@pytest.mark.parametrize(("lines", "owner"), [
    # a body whose name holds another body's abbreviation is the subject, not the inner one
    (["Sekretariát výboru rozešle členům pozvánku do 15. 3. 2021."], "Sekretariát výboru"),
    # a body subject named after a speaker label, past a bracket that cut the clause
    (["SMO (Ing. Malý): Svaz měst ve spolupráci s Agenturou pro rozvoj (dále jen „AR“) uspořádá do konce června "
      "seminář pro obce."], "SMO"),
    # "připravenost X uspořádat": the one ready to act, not the announcer
    (["Ředitelka Malá avizovala připravenost MMR uspořádat na jaře seminář pro obce."], "MMR"),
    # a promise whose clause has an unnamed body noun as subject: the promiser speaks for it
    (["Doc. Malý přislíbil, že fakulta do 30. 4. 2021 zpracuje přehled záměrů."], "Jan Malý"),
    # a name right after "že <noun>" is an attribute of the clause, not its subject
    (["Ing. Malý (MMR) přislíbil, že metodiku MMR doplní do konce roku o kapitolu k dotacím."], "Jan Malý"),
    # every name of the that-clause after a preposition: the pro-drop verb is the speaker's
    (["Mgr. Malá uvedla, že jednání s Evropskou komisí probíhají a odpověď přinese na příští jednání."], "Jana Malá"),
    # "že" is a clause marker, not the preposition "ze": the body after it (his own, MF) is the subject
    (["Ing. Malý odpověděl, že MF jej předloží do příštího zasedání."], "MF"),
    (["Ing. Malý odpověděl, že se k tomu MF vyjádří písemně do konce března."], "MF"),
])
def test_the_subject_of_the_future_verb_owns_the_task(lines: list[str], owner: str) -> None:
    acts = _actions("cs", lines, affiliations={"Jan Malý": "MF"})
    assert [a.owner for a in acts] == [owner]


def test_a_body_with_its_person_in_brackets_in_the_label_is_the_persons_though_mentioned_before() -> None:
    acts = _actions("cs", ["Ing. Malý odpověděl, že MMR navrhuje sloučit oba nástroje.",
                           "Úkol: Zaslat členům výboru harmonogram. Odpovědnost: MMR (Ing. Malý). "
                           "Termín: do 31. 3. 2021."])
    assert [a.owner for a in acts] == ["Jan Malý"]


@pytest.mark.parametrize(("said", "owner"), [
    ("Mr Mayhew confirmed that the survey had closed.", "Jonathan Mayhew"),
    ("Cllr Morrow thanked the officers for the survey.", "Janet Morrow"),
])
def test_shared_initials_stand_for_the_person_last_spoken_of(said: str, owner: str) -> None:
    people = {"Janet Morrow": ["JM", "Cllr Morrow"], "Jonathan Mayhew": ["JM", "Mr Mayhew"]}
    acts = _actions("en", [said, "JM to publish a summary of the survey by the end of August."], people, {})
    assert [a.owner for a in acts] == [owner]


def test_an_agentless_plan_in_a_paragraph_a_presenter_opens_is_her_bodys() -> None:
    line = ("Mgr. Malá (ČÚZK) informovala, že převod dat pokračuje. Verze 1.5 je závazná od ledna. "
            "V dubnu bude spuštěna veřejná konzultace k verzi 1.6.")
    acts = _actions("cs", [line], {"Jana Malá": ["Mgr. Malá"]}, {"ČÚZK": ["ČÚZK"]}, {"Jana Malá": "ČÚZK"})
    assert [a.owner for a in acts] == ["ČÚZK"]


@pytest.mark.parametrize(("line", "owner", "due"), [
    ("Příští jednání výboru se předběžně plánuje na 15. 3. 2021.", None, "2021-03-15"),
    ("Osmé jednání se uskuteční dne 12. 4. 2021.", None, "2021-04-12"),
    ("MF informaci upřesní na příštím jednání.", "MF", None),
    ("Ing. Malý nabídne obcím individuální konzultace do 30. 4. 2021.", "Jan Malý", "2021-04-30"),
])
def test_schedules_and_promises_of_the_genre_are_actions(line: str, owner: str | None, due: str | None) -> None:
    acts = _actions("cs", [line])
    assert len(acts) == 1
    assert owner is None or acts[0].owner == owner
    assert due is None or (acts[0].due is not None and acts[0].due.iso == due)


@pytest.mark.parametrize("line", [
    "Přehled čerpání představí MMR v bodě 4.",  # a later item of this very meeting
    "Ing. Malý navrhl tabulku, ze které bude vidět, kdy která obec opravu dokončí.",  # an indirect question
    "MMR zpřístupní testovací prostředí firmám, které o to písemně požádají.",  # the relative clause's verb
])
def test_genre_frames_that_make_a_future_verb_no_task(line: str) -> None:
    acts = _actions("cs", [line])
    assert all(a.owner != "Jan Malý" for a in acts)
    assert len(acts) == (1 if line.startswith("MMR zpřístupní") else 0)


@pytest.mark.parametrize(("line", "owner"), [
    ("Action 4.1 – HELV (Jana) to ship the first 40 sensor nodes to INRAV by 31 March 2026.", "Jana Pfister"),
    ("AP: ECT to send the draft plan to the SC by 31 May 2025.", "ECT"),
    ("Action 4.2 – KSA to open the beta version to all partners.", "KSA"),
])
def test_a_labelled_task_belongs_to_whom_its_label_names_before_to(line: str, owner: str) -> None:
    acts = _actions("en", [line], {"Jana Pfister": ["Jana"]}, {"Helvor": ["HELV"], "INRAV": ["INRAV"],
                                                              "Steering Committee": ["SC"]})
    assert [a.owner for a in acts] == [owner]


def _role_actions(lines: list[str]) -> tuple[Action, ...]:
    doc = doc_from_lines(*lines)
    ents = entities_with_roles(doc, {"Jiří Sedláček": ([], "velitel Městské policie Ždánov"),
                                     "Jan Bednář": ([], "vedoucí odboru životního prostředí MěÚ"),
                                     "Vladimír Šimek": ([], "tajemník MěÚ")})
    return extract_items(doc, "cs", MeetingInfo(date="2025-09-13"), [], ents).actions


@pytest.mark.parametrize(("lines", "owner"), [
    (["Úkol č. 1/1: Zajistit varování obyvatel ohrožených ulic.", "Z: velitel MP", "T: ihned"], "Jiří Sedláček"),
    (["Úkol č. 1/5: Sledovat stav hladiny a informovat předsedu.", "Z: vedoucí OŽP", "T: průběžně"], "Jan Bednář"),
    (["KŠ ukládá tajemníkovi MěÚ zpracovat soupis škod, termín: 3. 10. 2025."], "Vladimír Šimek"),
])
def test_a_task_given_to_a_role_belongs_to_the_member_listed_with_it(lines: list[str], owner: str) -> None:
    assert [a.owner for a in _role_actions(lines)] == [owner]


def test_a_deferred_answer_is_the_answerers_own_promise_not_his_bodys() -> None:
    lines = ["Kate asked whether the analyses could be charged as internal invoices. Dr Sørlie replied that he "
             "needed to check the conditions and that this would be clarified by email."]
    acts = _actions("en", lines, {"Henrik Sørlie": ["Dr Sørlie"], "Kate Wood": ["Kate"]}, {"REA": ["REA"]},
                    {"Henrik Sørlie": "REA"})
    assert [a.owner for a in acts] == ["Henrik Sørlie"]


def test_the_person_asked_by_a_pronoun_is_the_subject_before() -> None:
    acts = _actions("en", ["Mr. Haskell reported on the road budget. The Board asked him to obtain a lease quote."],
                    {"Scott Haskell": ["Mr. Haskell"]}, {})
    assert [(a.text[:9], a.owner) for a in acts] == [("The Board", "Scott Haskell")]
