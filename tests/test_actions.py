"""Actions: explicit tasks, implicit commitments by cue class, owners and follow-up reports."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
from items_support import doc_from_lines, entities_for, gold_agenda, gold_entities, gold_meeting, load_gold

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import MeetingInfo
from minutes_nlp.loaders.dispatch import load

SEED_TXT = "000_b6ab1fcc00502021.txt"


def _actions(lang: str, lines: list[str], people: dict[str, list[str]] | None = None,
             insts: dict[str, list[str]] | None = None):
    doc = doc_from_lines(*lines)
    ents = entities_for(doc, people or {}, insts)
    return extract_items(doc, lang, MeetingInfo(date="2021-03-01"), [], ents).actions


@pytest.mark.parametrize(("lang", "line", "people", "owner"), [
    ("cs", "P. Novák připraví do příštího jednání přehled projektů.", {"Petr Novák": ["P. Novák"]}, "Petr Novák"),
    ("cs", "Do konce měsíce zajistí p. Dvořáková rozeslání podkladů.", {"Eva Dvořáková": ["p. Dvořáková"]},
     "Eva Dvořáková"),
    ("cs", "Úkol č. 3/2021: zpracovat analýzu. Zodpovídá: Ing. Jan Malý, termín: 31. 3. 2021.",
     {"Jan Malý": ["Ing. Jan Malý"]}, "Jan Malý"),
    ("cs", "ZO ukládá p. Horákovi zajistit opravu chodníku.", {"Pavel Horák": ["p. Horákovi"]}, "Pavel Horák"),
    ("en", "ACTION: Jane Smith to circulate the revised budget by Friday.", {"Jane Smith": ["Jane Smith"]},
     "Jane Smith"),
    ("en", "Tom agreed to draft the terms of reference.", {"Tom": ["Tom"]}, "Tom"),
    ("en", "Priya will chase the vendor for a quote.", {"Priya": ["Priya"]}, "Priya"),
    ("cs", "Úkol: zajistit uzavírku mostu. Z: npor. Bc. Radim Kolouch, T: ihned.",  # a rank before the name
     {"Radim Kolouch": ["npor. Bc. Radim Kolouch"]}, "Radim Kolouch"),
    ("en", "ACTION: Insp Maureen Pybus to brief the patrol teams by Friday.",
     {"Maureen Pybus": ["Insp Maureen Pybus"]}, "Maureen Pybus"),
])
def test_explicit_and_implicit_actions_with_owner(lang: str, line: str, people: dict, owner: str) -> None:
    acts = _actions(lang, [line], people)
    assert len(acts) == 1
    assert acts[0].owner == owner
    assert acts[0].text in line
    assert acts[0].method.name.startswith("rule:")


@pytest.mark.parametrize(("lang", "line"), [
    ("cs", "Na webu MMR byla spuštěna nová microsite k 5G."),
    ("cs", "P. Novák připravil přehled projektů a představil jej členům."),
    ("cs", "Bylo by možná vhodné připravit metodiku."),
    ("cs", "Město Jeseník zajišťuje provoz sítě od loňského roku."),
    ("en", "Jane circulated the budget before the meeting."),
    ("en", "It would be useful if someone could prepare a paper."),
    ("en", "The report was presented by the treasurer."),
    ("cs", "Nový systém zajistí rychlejší přístup k datům."),
    ("en", "The new system will provide faster access to records."),
    ("cs", "Standa se ptal, kdo zajistí zdravotníka."),
    ("en", "Member Raman asked when the Board would review the rules."),
])
def test_descriptive_sentences_are_not_actions(lang: str, line: str) -> None:
    assert _actions(lang, [line], {"P. Novák": ["P. Novák"], "Jane": ["Jane"]}) == ()


@pytest.mark.parametrize(("lang", "lines", "status"), [
    ("cs", ["Kontrola plnění úkolů", "Úkol č. 2/2021 – splněno."], "done"),
    ("cs", ["Kontrola plnění úkolů", "Úkol č. 3/2021 trvá, termín posunut na 30. 6."], "postponed"),
    ("en", ["Matters arising", "Action 4 (website update): done."], "done"),
    ("en", ["Matters arising", "Action 5: dropped, no longer needed."], "cancelled"),
])
def test_follow_up_lines_report_status(lang: str, lines: list[str], status: str) -> None:
    doc = doc_from_lines(*lines)
    items = extract_items(doc, lang, MeetingInfo(), [], entities_for(doc, {}))
    assert items.actions == ()  # a report on an earlier action is not a new one
    assert len(items.reports) == 1
    assert items.reports[0].status == status
    assert items.reports[0].refers_to


def test_task_table_rows_become_actions() -> None:
    from minutes_nlp.document import DocumentBuilder, Source

    b = DocumentBuilder(Source("t.docx", "0", "docx"))
    b.add_table([["Úkol", "Zodpovídá", "Termín"], ["Zaslat podklady", "Jan Malý", "31. 3. 2021"],
                 ["Svolat schůzku", "MMR", "průběžně"]])
    doc = b.build()
    acts = extract_items(doc, "cs", MeetingInfo(), [], entities_for(doc, {"Jan Malý": []}, {"MMR": []})).actions
    assert [a.owner for a in acts] == ["Jan Malý", "MMR"]


def test_closing_summary_list_is_not_counted_twice() -> None:
    lines = ["Petr Novák připraví přehled projektů do příštího jednání.", "Úkoly",
             "- Petr Novák připraví přehled projektů do příštího jednání."]
    assert len(_actions("cs", lines, {"Petr Novák": ["Petr Novák"]})) == 1


def _seed_actions(path: Path, gold: dict):
    doc = load(path)
    return extract_items(doc, "cs", gold_meeting(gold), gold_agenda(doc, gold), gold_entities(doc, gold)).actions


def test_seed_actions_found_with_owners(seed_dir: Path) -> None:
    gold = load_gold(seed_dir / "gold.json")
    acts = _seed_actions(seed_dir / SEED_TXT, gold)
    matched = {g["id"]: next((a for a in acts if g["anchor"] in a.text), None) for g in gold["actions"]}
    assert all(matched.values()), [k for k, v in matched.items() if v is None]
    assert len(acts) == len(gold["actions"])  # nothing invented from descriptive sentences
    right = len([g for g in gold["actions"] if matched[g["id"]].owner == g["owner"]])  # type: ignore[union-attr]
    assert right >= 5


def test_owner_after_the_verb_beats_the_speaker_and_due_on_the_next_line() -> None:
    from minutes_nlp.extract.result import Person

    doc = doc_from_lines("Starosta: Oprava je naplánována na jaro, zadání připraví místostarostka do konce března.",
                         "ZO ukládá starostovi zajistit výběr dodavatele. Termín: 30. 4. 2021.")
    base = entities_for(doc, {"Jan Dvořák": [], "Eva Malá": []})
    people = (Person("Jan Dvořák", role="starosta"), Person("Eva Malá", role="místostarostka"))
    ents = type(base)(people, base.institutions)
    acts = extract_items(doc, "cs", MeetingInfo(date="2021-04-12"), [], ents).actions
    assert [a.owner for a in acts] == ["Eva Malá", "Jan Dvořák"]
    assert acts[1].due is None or acts[1].due.iso == "2021-04-30"


def test_english_committee_actions_and_reports() -> None:
    lines = ["Matters arising", "Action 1 (website update): done.", "Budget",
             "Action: Anna Lee to send the final accounts to the auditors by 30 April.",
             "Tom Reed said he would check and report back.", "The treasurer presented the quarterly report."]
    doc = doc_from_lines(*lines)
    items = extract_items(doc, "en", MeetingInfo(date="2021-04-14"), [],
                          entities_for(doc, {"Anna Lee": [], "Tom Reed": []}))
    assert [a.owner for a in items.actions] == ["Anna Lee", "Tom Reed"]
    assert [r.status for r in items.reports] == ["done"]


def test_owner_written_as_initials() -> None:
    acts = _actions("en", ["ACTION: JS to circulate the revised budget by Friday."], {"Jane Smith": ["Jane Smith"]})
    assert [a.owner for a in acts] == ["Jane Smith"]


@pytest.mark.parametrize(("lines", "owner", "text_start"), [
    (["The clerk will write to the county council about the verge.", "ACTION: Clerk"], None, "The clerk"),
    (["Members asked for a costed plan for the play area.", "ACTION – Tom Reed"], "Tom Reed", "Members asked"),
    (["ACTION: Clerk to book the hall for the May meeting."], None, "ACTION"),
])
def test_action_label_lines_name_the_owner(lines: list[str], owner: str | None, text_start: str) -> None:
    """An office nobody in the document is named in ("Clerk") is no owner: left empty, not guessed."""
    acts = _actions("en", lines, {"Tom Reed": ["Tom Reed"]})
    assert [(a.owner, a.text[:len(text_start)]) for a in acts] == [(owner, text_start)]


@pytest.mark.parametrize("name", [SEED_TXT, "seed.docx", "seed.pdf"])
def test_seed_acceptance_through_the_whole_pipeline(seed_dir: Path, name: str) -> None:
    """Acceptance on the real seed in every format: all items found, nothing invented, owners right."""
    from minutes_nlp.extract.pipeline import extract

    gold = load_gold(seed_dir / "gold.json")
    record = extract(load(seed_dir / name))
    for kind in ("actions", "questions", "decisions"):
        found = getattr(record, kind)
        assert all(any(g["anchor"] in x.text for x in found) for g in gold[kind]), kind
        assert all(any(g["anchor"] in x.text for g in gold[kind]) for x in found), kind
    owners_right = sum(1 for g in gold["actions"] for a in record.actions if g["anchor"] in a.text
                       and a.owner == g["owner"])
    assert owners_right >= 5
    for g in gold["questions"]:
        q = next(q for q in record.questions if g["anchor"] in q.text)
        assert (q.asker, q.answerer, q.answered) == (g["asker"], g["answerer"], g["answered"])


# --- council and committee minutes: offices for owners, resolutions that assign tasks, follow-up reports ---

def _council_items(lang: str, lines: list[str], roles: Mapping[str, tuple[list[str], str | None]],
                   chair: str | None = None):
    from items_support import entities_with_roles

    doc = doc_from_lines(*lines)
    meeting = MeetingInfo(date="2021-06-14", chair=chair)
    return extract_items(doc, lang, meeting, [], entities_with_roles(doc, dict(roles)))


ZO_ROLES = {"Jana Horká": (["Jana Horká"], "starostka"), "Milan Rys": (["Milan Rys"], "místostarosta"),
            "Olga Vlková": (["Olga Vlková"], None)}
COM_ROLES = {"Ann Cole": (["Mrs Ann Cole"], "Parish Clerk"), "Ben Ortiz": (["Cllr Ben Ortiz"], None),
             "Ruth Penn": (["Mr Ruth Penn"], "RFO")}


@pytest.mark.parametrize(("lang", "line", "owner", "due"), [
    ("cs", "Návrh usnesení: ZO schvaluje prodej pozemku a pověřuje starostku podpisem kupní smlouvy.",
     "Jana Horká", None),
    ("cs", "ZO ukládá místostarostovi zajistit tři cenové nabídky nejpozději do 31. 8. 2021.", "Milan Rys",
     "2021-08-31"),
    ("cs", "Místostarosta prověří stav mostku do konce září.", "Milan Rys", "2021-09-30"),
    ("cs", "Starostka osloví dodavatele a zajistí opravu do 30. června.", "Jana Horká", "2021-06-30"),
    ("en", "Action: RFO to circulate the revised reserves policy by 31 March 2022.", "Ruth Penn", "2022-03-31"),
    ("en", "RESOLVED that the Clerk write to the Bowls Club explaining the decision.", "Ann Cole", None),
    ("en", "ACTION – Cllr Ortiz to obtain three quotes by the next meeting.", "Ben Ortiz", "next_meeting"),
    ("en", "The Clerk will arrange a site meeting with the contractor before the end of July.", "Ann Cole",
     "2021-07-31"),
])
def test_council_actions_owned_by_the_office_holder(lang: str, line: str, owner: str, due: str | None) -> None:
    items = _council_items(lang, [line], ZO_ROLES if lang == "cs" else COM_ROLES)
    assert [a.owner for a in items.actions] == [owner]
    got = items.actions[0].due
    assert (got.iso or got.kind if got else None) == due


@pytest.mark.parametrize(("lang", "line"), [
    ("cs", "ZO ukládá starostovi zajistit opravu chodníku."),  # nobody named as the mayor: no owner guessed
    ("en", "The Clerk will write to the landowner."),
])
def test_an_office_nobody_holds_leaves_the_owner_empty(lang: str, line: str) -> None:
    items = _council_items(lang, [line], {"Olga Vlková": (["Olga Vlková"], None)})
    assert [a.owner for a in items.actions] == [None]


@pytest.mark.parametrize("line", [
    "The Clerk reported that the contractor will repair the fence in May.",
    "Cllr Ortiz noted that the County Council will resurface the lane next year.",
])
def test_someone_elses_plan_reported_in_a_that_clause_is_not_an_action(line: str) -> None:
    assert _council_items("en", [line], COM_ROLES).actions == ()


@pytest.mark.parametrize(("lang", "lines"), [
    ("cs", ["Kontrola usnesení", "Usnesení č. 7/4/2021 – kupní smlouva byla podepsána.",
            "Usnesení č. 9/4/2021 trvá, oprava kapličky bude dokončena v srpnu."]),
    ("en", ["Matters arising", "Action 3 (Clerk to obtain quotes for the bench): see item 7.",
            "Action 4 (bus shelter): ordered."]),
])
def test_follow_up_sections_report_on_earlier_items(lang: str, lines: list[str]) -> None:
    items = _council_items(lang, lines, ZO_ROLES if lang == "cs" else COM_ROLES)
    assert items.actions == ()
    assert items.reports and all(r.status for r in items.reports)


def test_task_line_with_owner_and_deadline_on_a_label_line() -> None:
    items = _council_items("cs", ["Starostka zajistí zveřejnění rozpočtu na úřední desce.",
                                  "Úkol: zajistit revizi hydrantů. Zodpovídá: místostarosta, termín: 28. 2. 2022"],
                           ZO_ROLES)
    assert [(a.owner, a.due.iso if a.due else None) for a in items.actions] == [
        ("Jana Horká", None), ("Milan Rys", "2022-02-28")]


def test_resolution_list_under_a_task_verb_gives_one_action_per_line() -> None:
    lines = ["Zastupitelstvo obce Vrbice", "I. schvaluje", "- program zasedání,",
             "- smlouvu o dílo na opravu místní komunikace.", "II. ukládá",
             "- starostce zajistit podpis smlouvy o dílo, termín: do 15. 7. 2021,",
             "- místostarostovi zveřejnit závěrečný účet na úřední desce."]
    items = _council_items("cs", lines, ZO_ROLES)
    assert [(a.owner, a.due.iso if a.due else None) for a in items.actions] == [
        ("Jana Horká", "2021-07-15"), ("Milan Rys", None)]
    assert len(items.decisions) == 4


@pytest.mark.parametrize(("lines", "owners"), [
    (["Starostka: Opravu lávky zajistím do konce září."], ["Jana Horká"]),  # a speaker's own promise
    (["Olga Vlková – prověřím to a pošlu zastupitelům do pátku."], ["Olga Vlková"]),
    (["Starostka: prověří možnosti financování."], ["Jana Horká"]),  # reported style, the speaker's task
    (["Starostka: Opravu zajistí technické služby."], [None]),  # someone else's, not named
    (["Starostka: Je třeba opravit most u hřiště."], []),  # a need, nobody's task
    (["Úkol pro místostarostu: zajistit nabídky.", "Obec podá žádost o dotaci do 15. 10. 2021."],
     ["Milan Rys", None]),  # "Obec" is the subject: not the person of the line before
])
def test_speaker_lines_and_body_subjects(lines: list[str], owners: list[str | None]) -> None:
    items = _council_items("cs", lines, ZO_ROLES)
    assert [a.owner for a in items.actions] == owners


@pytest.mark.parametrize(("lang", "line", "owner"), [
    ("cs", "ZO schvaluje smlouvu o dílo a zmocňuje starostku k jejímu podpisu.", "Jana Horká"),
    ("en", "It was agreed that the Clerk should write to the landowner about the hedge.", "Ann Cole"),
    ("en", "Members agreed that Cllr Ortiz would obtain a quote for the noticeboard.", "Ben Ortiz"),
])
def test_mandates_and_agreed_tasks(lang: str, line: str, owner: str) -> None:
    items = _council_items(lang, [line], ZO_ROLES if lang == "cs" else COM_ROLES)
    assert [a.owner for a in items.actions] == [owner]


@pytest.mark.parametrize(("lines", "owners"), [
    (["Olga Vlková: Bude se lávka opravovat?", "Starostka: Oprava bude provedena v říjnu."], ["Jana Horká"]),
    (["Olga Vlková: Kdy bude opravena lávka?", "Starostka: Oprava bude provedena v říjnu."], []),  # timing only
    (["Olga Vlková se ptala na osvětlení. Starostka odpověděla, že svítidla budou osazena do konce roku."],
     ["Jana Horká"]),
])
def test_a_plan_stated_in_an_answer_is_the_answerers(lines: list[str], owners: list[str]) -> None:
    assert [a.owner for a in _council_items("cs", lines, ZO_ROLES).actions] == owners


# --- genre statements that are never actions; metadata lines; questions; due dates of the line itself ---

@pytest.mark.parametrize(("lang", "lines"), [
    ("cs", ["Předsedající navrhla doplnit program o bod Smlouva o výpůjčce."]),  # a procedural proposal
    ("cs", ["Místostarosta navrhl změnu programu: stáhnout bod 4."]),
    ("cs", ["Výměna oken v knihovně vyjde zhruba na 140 000 Kč."]),  # a cost statement
    ("cs", ["Olga Vlková informovala o dotaci.", "Starostka: Odhad je 3 až 4 mil. Kč."]),
    ("cs", ["Starostka poděkovala všem za účast a jednání ukončila ve 21:05."]),  # closing courtesy
    ("cs", ["Olga Vlková připraví rozpočet.", "Na programu bude mimo jiné koncert dechovky."]),  # not a next agenda
    ("cs", ["Zapsala: Olga Vlková", "Ověřil: Milan Rys", "Schválila: Jana Horká"]),  # sign-off labels
    ("en", ["Date: Tuesday 3 March 2026", "Time: 19:00", "Notes: Ann Cole"]),  # a metadata header block
    ("en", ["Minutes taken by: Ann Cole", "Approved by: Ben Ortiz"]),
    ("en", ["Cllr Ortiz proposed adding an item on parking to the agenda."]),
    ("en", ["The resurfacing will cost about £12,000."]),
    ("en", ["The Chair thanked everyone for attending and closed the meeting at 21:10."]),
    ("en", ["Action items", "- Ben Ortiz: should we send the survey before the summer?"]),  # a question, no task
])
def test_genre_statements_and_metadata_lines_are_not_actions(lang: str, lines: list[str]) -> None:
    roles = ZO_ROLES if lang == "cs" else {**COM_ROLES, "Ann Cole": (["Ann Cole"], None),
                                            "Ben Ortiz": (["Ben Ortiz", "Cllr Ortiz"], None)}
    items = _council_items(lang, lines, roles)
    assert [a.text for a in items.actions if "Vlková připraví" not in a.text] == []
    assert items.reports == ()


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Ben Ortiz: do we still need a separate budget line for the fete?"),
    ("cs", "Olga Vlková: Zajistí někdo opravu lavičky u hřiště?"),
])
def test_a_question_is_not_an_action(lang: str, line: str) -> None:
    roles = ZO_ROLES if lang == "cs" else {"Ben Ortiz": (["Ben Ortiz"], None)}
    items = _council_items(lang, [line], roles)
    assert items.actions == ()
    assert len(items.questions) == 1


def test_the_next_meetings_programme_after_its_date_is_an_action_and_a_decision() -> None:
    items = _council_items("cs", ["Termín dalšího jednání: 20. 9. 2021. Na programu bude mimo jiné rozpočet."],
                           ZO_ROLES)
    assert [a.method.name.rsplit(".", 1)[-1] for a in items.actions] == ["next_meeting_date",
                                                                         "next_meeting_agenda_after"]
    assert items.actions[1].due is not None and items.actions[1].due.kind == "next_meeting"
    assert len(items.decisions) == 2


@pytest.mark.parametrize(("lines", "owner"), [
    (["Starostka: Výměnu svítidel zajistím do konce října."], "Jana Horká"),
    (["Místostarosta: Cenové nabídky obstarám do příštího zasedání.",
      "ZO pověřuje místostarostu podpisem nájemní smlouvy s TJ Sokol."], "Milan Rys"),  # beside another resolution
])
def test_a_speakers_first_person_promise_is_the_speakers(lines: list[str], owner: str) -> None:
    items = _council_items("cs", lines, ZO_ROLES)
    assert items.actions and items.actions[0].owner == owner
    assert items.actions[0].text == lines[0]


@pytest.mark.parametrize(("line", "owner"), [
    ("Usnesení č. 4/2/2021: ZO pověřuje místostarostu podpisem smlouvy.", "Milan Rys"),
    ("ZO pověřuje starostku jednáním s krajským úřadem.", "Jana Horká"),
    ("Zastupitelstvo ukládá starostce zajistit opravu lávky.", "Jana Horká"),
])
def test_offices_in_dative_and_accusative_resolve_and_numbers_are_not_dates(line: str, owner: str) -> None:
    items = _council_items("cs", [line], ZO_ROLES)
    assert [(a.owner, a.due) for a in items.actions] == [(owner, None)]


@pytest.mark.parametrize(("lines", "dues"), [
    (["Action items", "- Ben Ortiz: draft the newsletter.", "- Ann Cole: the hall booking was confirmed this week."],
     [None]),  # the next line's "this week" is not the first line's deadline
    (["Action items", "- Ben Ortiz: publish 1.2.0 by 30 June.", "- Ann Cole: renew the insurance next week."],
     ["2021-06-30", "2021-06-25"]),
    (["Ben Ortiz: the server was moved on 2 March."], []),  # a report, not an action
])
def test_a_due_date_comes_from_the_items_own_line(lines: list[str], dues: list[str | None]) -> None:
    roles = {"Ben Ortiz": (["Ben Ortiz"], None), "Ann Cole": (["Ann Cole"], None)}
    items = _council_items("en", lines, roles)
    got = [a.due.iso if a.due else None for a in items.actions if a.status is None]
    assert got[:len(dues)] == dues


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Action: Ben Ortiz to file the report, moved on 2 March."),
    ("cs", "Úkol: Olga Vlková – smlouva byla odeslána dne 2. 3."),
])
def test_a_point_date_in_a_past_report_is_not_a_deadline(lang: str, line: str) -> None:
    roles = ZO_ROLES if lang == "cs" else {"Ben Ortiz": (["Ben Ortiz"], None)}
    items = _council_items(lang, [line], roles)
    assert all(a.due is None for a in items.actions + items.reports)


# --- classes of phrasing added for council debates and committee replies (invented sentences) ---

@pytest.mark.parametrize(("line", "due"), [
    ("Výkaz je nutné odeslat nejpozději do 15. 4. 2021.", "2021-04-15"),  # obligation with a deadline
    ("Lávka má být opravena do konce září.", "2021-09-30"),  # "má být" + participle + deadline
])
def test_an_obligation_with_a_deadline_is_an_action_without_an_owner(line: str, due: str) -> None:
    items = _council_items("cs", [line], ZO_ROLES)
    assert [a.owner for a in items.actions] == [None]
    got = items.actions[0].due
    assert got is not None and (got.iso or got.latest) == due


@pytest.mark.parametrize(("lines", "count"), [
    (["Hřiště je potřeba opravit."], 0),  # a need with nobody named and no deadline
    (["Starostka: Zábradlí opravíme na jaře."], 1),  # first person plural, derived from "opraví"
    (["Starostka: Zkusíme na to příští rok sehnat peníze."], 1),
    (["Členové se shodli, že to zkusíme."], 0),  # a decision to try, nothing to do named
    (["Spolek žádá o příspěvek 20 tisíc."], 0),  # "žádá" (requests) is not "zadá" (assigns)
    (["Kdyby to nepomohlo, pošlu stížnost na kraj."], 0),  # a conditional promise
    (["Soused slíbil, že tentokrát nezapomene klíče."], 0),
    (["Správce sítě slíbil výměnu jističů do konce měsíce."], 1),  # a third-person promise
])
def test_czech_commitments_in_debate(lines: list[str], count: int) -> None:
    assert len(_council_items("cs", lines, ZO_ROLES).actions) == count


@pytest.mark.parametrize("line", [
    "Starostka: Podklady nemám u sebe, odpovím vám písemně.",
    "Starostka: To je krajská silnice, nahlásím to správci.",
])
def test_a_speakers_reply_promise_is_the_speakers(line: str) -> None:
    assert [a.owner for a in _council_items("cs", [line], ZO_ROLES).actions] == ["Jana Horká"]


def test_a_contract_deadline_is_the_contractors_task_beside_the_mandate() -> None:
    line = ("ZO schvaluje smlouvu o dílo se společností Stavby Horák s.r.o. s termínem dokončení do 31. 10. 2021 "
            "a pověřuje starostku podpisem smlouvy.")
    doc = doc_from_lines(line, "Zhotovitel Stavby Horák s.r.o. požádal o posun termínu dokončení do 30. 11. 2021.")
    from items_support import entities_with_roles

    ents = entities_with_roles(doc, ZO_ROLES, {"Stavby Horák s.r.o.": ["Stavby Horák s.r.o."]})
    acts = extract_items(doc, "cs", MeetingInfo(date="2021-06-14"), [], ents).actions
    assert [a.owner for a in acts] == ["Jana Horká", "Stavby Horák s.r.o."]  # the second line's request: none
    assert acts[1].due is not None and acts[1].due.iso == "2021-10-31"


def test_a_body_named_after_the_speaker_owns_the_task() -> None:
    lines = ["Starostka: Dobře, obecní úřad požádá policii o kontrolu rychlosti."]
    doc = doc_from_lines(*lines)
    from items_support import entities_with_roles

    ents = entities_with_roles(doc, ZO_ROLES, {"Obecní úřad Dolní Lhota": ["obecní úřad"]})
    acts = extract_items(doc, "cs", MeetingInfo(date="2021-06-14"), [], ents).actions
    assert [a.owner for a in acts] == ["Obecní úřad Dolní Lhota"]


@pytest.mark.parametrize(("name", "full", "aliases", "shown"), [
    ("OÚ", "Obecní úřad", ("Obecní úřad Dolní Lhota", "OÚ Dolní Lhota"), "Obecní úřad Dolní Lhota"),
    ("Obecní úřad", None, ("Obecní úřad Dolní Lhota",), "Obecní úřad Dolní Lhota"),
    ("OÚ", "Obecní úřad", (), "OÚ"),  # no place written: as it is
    ("MŽP", "Ministerstvo životního prostředí", ("Ministerstvo ŽP",), "MŽP"),  # not a local body
])
def test_a_local_body_is_named_with_its_place(name: str, full: str | None, aliases: tuple[str, ...],
                                               shown: str) -> None:
    from minutes_nlp.extract import owners
    from minutes_nlp.extract.result import Institution

    assert owners.display_name(Institution(name, full, aliases), "cs") == shown


@pytest.mark.parametrize(("lines", "owners"), [
    (["Cllr Ortiz asked whether the grant had arrived. The Clerk said she would check and report back."],
     ["Ann Cole"]),
    (["Cllr Ortiz asked about the hedge. The Clerk was unsure and undertook to report back."], ["Ann Cole"]),
    (["Cllr Ortiz asked whether the lease was signed. Mr Penn said that it was and offered to provide a copy."],
     []),  # answered; the copy only backs the answer
    (["Cllr Ortiz asked how much the lights cost. The Clerk would report at the October meeting."], ["Ann Cole"]),
    (["Cllr Ortiz asked whether the fee applies. The Clerk said she would need to review the bylaw first."],
     ["Ann Cole"]),  # a reply with a task of its own
    (["The Clerk said she would check the invoices."], ["Ann Cole"]),  # no question before it
    (["Q: What was the attendance rate last term?", "A: The Clerk would report back at the next meeting."],
     ["Ann Cole"]),
    (["Q: Will the results be published?", "A: Yes, the Clerk will send them to members next week."],
     ["Ann Cole"]),
])
def test_a_reply_that_defers_the_answer_is_an_action_of_whoever_promised(lines: list[str],
                                                                        owners: list[str]) -> None:
    assert [a.owner for a in _council_items("en", lines, COM_ROLES).actions] == owners


@pytest.mark.parametrize(("lines", "kind"), [
    (["Cllr Ortiz asked how much the lights cost. The Clerk would report back at the next meeting."],
     "next_meeting"),
    (["Cllr Ortiz asked about the hedge. The Clerk undertook to report back by 30 June 2025."], "date"),
    (["Cllr Ortiz asked about the hedge. The Clerk undertook to report back."], None),
])
def test_a_deferred_answer_keeps_the_deadline_it_states(lines: list[str], kind: str | None) -> None:
    found = _council_items("en", lines, COM_ROLES).actions
    assert [a.due.kind if a.due else None for a in found] == [kind]


@pytest.mark.parametrize(("line", "count"), [
    ("The Chair replied that the matter would be placed on the June agenda.", 1),
    ("The Chair agreed that this be put on a future agenda.", 1),
    ("It was agreed that the draft budget be recommended to the Council for approval.", 0),
    ("The Chair announced that the meeting was being recorded and that the recording would be posted online.", 0),
    ("Cllr Ortiz shall submit the survey results by May 12, 2021.", 1),  # the month, not a hedge
    ("Cllr Ortiz may submit a late entry.", 0),
    ("Mr Penn answered that two new lamps would be installed in April.", 1),  # a plan stated in reply
])
def test_english_committee_phrasings(line: str, count: int) -> None:
    assert len(_council_items("en", [line], COM_ROLES).actions) == count


def test_a_task_verb_is_not_a_status_and_a_wish_with_a_deadline_is_a_task() -> None:
    items = _council_items("en", ["ACTION – Ruth Penn to complete the insurance forms by 31 July.",
                                  "Cllr Ortiz: the survey is half done, he wants to have it finished by the end "
                                  "of July."], COM_ROLES)
    assert [(a.owner, a.status) for a in items.actions] == [("Ruth Penn", None), ("Ben Ortiz", None)]
    assert items.reports == ()


@pytest.mark.parametrize(("lines", "owners"), [
    (["Starostka k tomu uvedla: „Opravu lávky zajistím do konce měsíce.“"], ["Jana Horká"]),  # quoted promise
    (["„Zajistím, aby byl rozpis zveřejněn na webu,“ uvedl místostarosta."], ["Milan Rys"]),
    (["Místostarosta odpověděl, že o tom zatím neví. Dodal: „Do příští schůze připravím podklady.“"],
     ["Milan Rys"]),
])
def test_a_quoted_first_person_promise_is_the_quoted_speakers(lines: list[str], owners: list[str]) -> None:
    assert [a.owner for a in _council_items("cs", lines, ZO_ROLES).actions] == owners


@pytest.mark.parametrize(("line", "owners"), [
    ("Stany objedná Olga Vlková, lavice zajistí Milan Rys do pátku.", ["Olga Vlková", "Milan Rys"]),
    ("Olga Vlková zajistí ozvučení, Milan Rys připraví plakáty.", ["Olga Vlková", "Milan Rys"]),
    ("Olga Vlková připraví podklady a výsledek předloží radě.", ["Olga Vlková"]),  # one agent, one task
    ("ZO pověřuje starostku jednáním s nájemcem s tím, že výsledek bude zastupitelstvu předložen v září.",
     ["Jana Horká"]),  # a term of the same task
])
def test_each_clause_with_its_own_agent_is_an_action(line: str, owners: list[str]) -> None:
    roles = dict(ZO_ROLES, **{"Olga Vlková": (["Olga Vlková"], None), "Milan Rys": (["Milan Rys"], None)})
    assert [a.owner for a in _council_items("cs", [line], roles).actions] == owners


@pytest.mark.parametrize(("line", "count"), [
    ("Žádost lze podat do programu kraje, jehož výzva bude vyhlášena v březnu.", 0),  # a relative clause
    ("Příští schůze rady: 12. 9. 2021", 1),
    ("Olga Vlková se zajímala, jak bude zajištěn úklid po akci.", 0),  # a question in reported form
])
def test_czech_relative_clauses_questions_and_the_next_meeting_line(line: str, count: int) -> None:
    assert len(_council_items("cs", [line], ZO_ROLES).actions) == count


@pytest.mark.parametrize(("line", "owners"), [
    ("The Clerk reported that the bus company would extend the route in June.", []),  # a third party's plan
    ("Mrs Ann Cole reported that Ben Ortiz would repair the gate in June.", []),
    ("The Chair said that the Clerk would write to the resident by Friday.", ["Ann Cole"]),
    ("Two minor defects will be dealt with by the Clerk.", ["Ann Cole"]),  # the passive's agent
    ("Cllr Ortiz agreed to collect the chairs on Saturday 6th May.", ["Ben Ortiz"]),  # the month, no hedge
])
def test_english_reported_plans_and_passive_agents(line: str, owners: list[str]) -> None:
    assert [a.owner for a in _council_items("en", [line], COM_ROLES).actions] == owners


def test_a_promised_clause_with_its_own_subject_and_a_personal_pronoun() -> None:
    doc = doc_from_lines("Olga Vlková přislíbila, že Technické služby Lhota opraví lávku do konce září.")
    from items_support import entities_with_roles

    ents = entities_with_roles(doc, ZO_ROLES, {"Technické služby Lhota": ["Technické služby Lhota"]})
    acts = extract_items(doc, "cs", MeetingInfo(date="2021-06-14"), [], ents).actions
    assert [a.owner for a in acts] == ["Technické služby Lhota"]
    lines = ["Mrs Ann Cole reported that most licences had been renewed.", "Harbor Pub Inc. had not yet filed.",
             "She will send final notices to the licensees by 21 July."]
    doc = doc_from_lines(" ".join(lines))
    ents = entities_with_roles(doc, COM_ROLES, {"Harbor Pub Inc.": ["Harbor Pub Inc."]})
    acts = extract_items(doc, "en", MeetingInfo(date="2021-06-14"), [], ents).actions
    assert [a.owner for a in acts] == ["Ann Cole"]  # "she" is a person, not the body named in between


def test_abbreviated_labels_and_task_table_columns() -> None:
    from minutes_nlp.document import DocumentBuilder, Source

    b = DocumentBuilder(Source("t.docx", "0", "docx"))
    b.add_table([["Č.", "Úkol", "Zodp.", "T"], ["1", "Obeslat členy komise", "Jan Malý", "31. 3. 2021"]])
    doc = b.build()
    acts = extract_items(doc, "cs", MeetingInfo(), [], entities_for(doc, {"Jan Malý": []})).actions
    assert [(a.owner, a.due.iso if a.due else None) for a in acts] == [("Jan Malý", "2021-03-31")]
    items = _council_items("cs", ["Komise ukládá místostarostovi prověřit stav lávky.", "T: 30. 9. 2021, Zodp.: "
                                  "Milan Rys"], ZO_ROLES)
    assert [(a.owner, a.due.iso if a.due else None) for a in items.actions] == [("Milan Rys", "2021-09-30")]


@pytest.mark.parametrize(("line", "owners"), [
    ("Komise žádá Olgu Vlkovou o zpracování přehledu nájemních smluv.", ["Olga Vlková"]),  # the body asks
    ("Pan Horák žádá obec o opravení plotu.", []),  # a citizen's request is no task
])
def test_a_request_of_the_meeting_body_is_a_task_of_the_one_asked(line: str, owners: list[str]) -> None:
    roles = dict(ZO_ROLES, **{"Olga Vlková": (["Olgu Vlkovou", "Olga Vlková"], None)})
    assert [a.owner for a in _council_items("cs", [line], roles).actions] == owners


def test_a_school_board_office_holder_owns_the_task() -> None:
    roles = {"Ann Cole": (["Mrs Ann Cole"], "Headteacher"), "Ben Ortiz": (["Mr Ben Ortiz"], None)}
    items = _council_items("en", ["RESOLVED: that the Headteacher review the behaviour policy by 1 July."], roles)
    assert [a.owner for a in items.actions] == ["Ann Cole"]


@pytest.mark.parametrize(("lines", "insts", "owners"), [
    (["Olga Vlková uvedla, že zřizovatel vyhlásí výběrové řízení do konce června."],
     {"Město Dolní Lhota": ["Město Dolní Lhota"]}, ["Město Dolní Lhota"]),  # the school's founder is its town
    (["Olga Vlková uvedla, že firma dokončí práce do konce června."], {}, [None]),  # a subject, nobody named
    (["Úkol: zaslat podklady / Z: Olga Vlková / T: 12. 4. 2021"], {}, ["Olga Vlková"]),  # slash-separated labels
])
def test_the_subject_of_a_reported_clause(lines: list[str], insts: dict[str, list[str]],
                                          owners: list[str | None]) -> None:
    from items_support import entities_with_roles

    doc = doc_from_lines(*lines)
    ents = entities_with_roles(doc, dict(ZO_ROLES, **{"Olga Vlková": (["Olga Vlková"], None)}), insts)
    acts = extract_items(doc, "cs", MeetingInfo(date="2021-03-01"), [], ents).actions
    assert [a.owner for a in acts] == owners


@pytest.mark.parametrize("line", ["Příští porada: pondělí 15. 5. 2021 v 9:00",
                                  "Příští porada se koná výjimečně v úterý 2. 5. 2021."])
def test_the_next_meeting_of_a_staff_meeting(line: str) -> None:
    assert len(_council_items("cs", [line], ZO_ROLES).actions) == 1


def test_a_label_line_naming_a_role_gives_it_to_the_item_before() -> None:
    lines = ["The Committee noted the report and agreed that the faculties would review their plans by May.",
             "Action: Associate Dean (Education), Faculty of Health"]
    items = _council_items("en", lines, COM_ROLES)
    assert len(items.actions) == 1 and items.actions[0].text.startswith("The Committee")


def test_a_role_the_attendance_list_gives_one_person_names_them() -> None:
    roles = {"Ann Cole": (["Dr Ann Cole"], "Dean of Education"), "Ben Ortiz": (["Mr Ben Ortiz"], "member"),
             "Ruth Penn": (["Ms Ruth Penn"], "member")}
    items = _council_items("en", ["The Dean of Education would bring a proposal to the next meeting."], roles)
    assert [a.owner for a in items.actions] == ["Ann Cole"]


def test_a_deadline_value_is_not_a_status_and_a_reported_need_is_no_task() -> None:
    items = _council_items("cs", ["Úkol: sledovat čerpání rozpočtu / Z: Olga Vlková / T: trvale",
                                  "Olga Vlková uvedla, že v souvislosti s kontrolou bude nutné upravit směrnici."],
                           dict(ZO_ROLES, **{"Olga Vlková": (["Olga Vlková"], None)}))
    assert [(a.owner, a.status) for a in items.actions] == [("Olga Vlková", None)]


@pytest.mark.parametrize(("line", "owners"), [
    ("Staff to forward the approved application to the licensing authority.", [None]),  # unnamed, still a task
    ("Its recommendation to close the route would go to Mr Ruth Penn.", []),  # nobody named before "to"
])
def test_the_owner_of_name_to_do_stands_before_to(line: str, owners: list[str | None]) -> None:
    assert [a.owner for a in _council_items("en", [line], COM_ROLES).actions] == owners


@pytest.mark.parametrize(("line", "owners"), [
    # an actor after a preposition is no subject: the name after the verb is
    ("Bylo dohodnuto, že jednání se společností Stavby Horák s.r.o. zajistí do pátku Olga Vlková.", ["Olga Vlková"]),
    ("Olga Vlková přislíbila, že obec prověří možnost opravy do konce roku.", ["Obec Dolní Lhota"]),  # a body noun
])
def test_czech_subjects_after_prepositions_and_promised_bodies(line: str, owners: list[str]) -> None:
    from items_support import entities_with_roles

    doc = doc_from_lines(line)
    insts = {"Stavby Horák s.r.o.": ["Stavby Horák s.r.o."], "Obec Dolní Lhota": ["Obec Dolní Lhota"]}
    ents = entities_with_roles(doc, dict(ZO_ROLES, **{"Olga Vlková": (["Olga Vlková"], None)}), insts)
    assert [a.owner for a in extract_items(doc, "cs", MeetingInfo(date="2021-03-01"), [], ents).actions] == owners


def test_a_role_label_after_a_sentence_and_a_role_in_a_table_cell() -> None:
    from items_support import entities_with_roles

    from minutes_nlp.document import BlockKind, DocumentBuilder, Source

    items = _council_items("en", ["Mr Ruth Penn undertook to secure a nomination for the next meeting.",
                                  "Action: Vice-President (Education)"], COM_ROLES)
    assert [a.owner for a in items.actions] == ["Ruth Penn"]  # the role as written names less than the name
    b = DocumentBuilder(Source("t.docx", "0", "docx"))
    b.add(BlockKind.PARAGRAPH, "Present: Dr Ann Cole, Dean of Education")
    b.add_table([["Ref", "Action", "Owner", "Due"], ["4.4", "Present the marking scale", "Dean of Education",
                                                      "30 April 2021"]])
    doc = b.build()
    ents = entities_with_roles(doc, {"Ann Cole": (["Dr Ann Cole"], "Dean of Education")})
    acts = extract_items(doc, "en", MeetingInfo(date="2021-03-01"), [], ents).actions
    assert [a.owner for a in acts] == ["Ann Cole"]


def test_staff_initials_before_the_verb_are_the_owner_as_written() -> None:
    items = _council_items("cs", ["→ OS zašle na ministerstvo stanovisko odboru do 24. 3."], ZO_ROLES)
    assert [a.owner for a in items.actions] == ["OS"]


# --- round 2: phrasings of minutes written without our rules ---

@pytest.mark.parametrize(("lang", "lines", "owners"), [
    ("en", ["Mr Penn undertook to brief the committee on the outcome of the audit."], ["Ruth Penn"]),
    ("en", ["Cllr Ortiz asked whether the grant was paid. The Clerk said that this was to be confirmed "
            "outside the meeting."], ["Ann Cole"]),  # a promised answer is the deferrer's action
    ("en", ["Members would receive the survey from the Clerk."], ["Ann Cole"]),  # the sender does it
    ("en", ["Members would receive the survey from next week."], []),  # nobody sends it
    ("en", ["Mr Penn confirmed that the lease was signed and that a copy would be added to the file."], []),
    ("en", ["Cllr Ortiz asked about checks. Mr Penn said that a round of inspections is planned for June."],
     ["Ruth Penn"]),
    ("en", ["The new pavilion is planned for the old bowling green."], []),  # a plan described, nobody's
    ("cs", ["Příští valná hromada se bude konat 20. června 2021 v Hrabětíně."], [None]),  # the body's own date
    ("cs", ["Jana Horká odpověděla, že ano, knihovny jsou v nové výzvě způsobilé."], []),  # výzvě ≠ vyzve
    ("cs", ["Jana Horká odpověděla, že rekonstrukce haly se předpokládá až v roce 2024."], []),  # not until
])
def test_round_two_phrasing_classes(lang: str, lines: list[str], owners: list[str | None]) -> None:
    from items_support import entities_with_roles

    doc = doc_from_lines(*lines)
    roles = ZO_ROLES if lang == "cs" else COM_ROLES
    ents = entities_with_roles(doc, roles, {"Obec Dolní Lhota": ["Obec Dolní Lhota"]} if lang == "cs" else None)
    assert [a.owner for a in extract_items(doc, lang, MeetingInfo(date="2021-03-01"), [], ents).actions] == owners


def test_an_action_label_marks_the_paragraph_before_it_even_next_to_another_marked_one() -> None:
    lines = ["Agreed: each member would prepare a plan, and the Clerk would collate the plans for June.",
             "Action: Parish Clerk",
             "Cllr Ortiz asked whether the data could be shared. The Clerk said that the answer would be "
             "confirmed at the next meeting.", "Action: Parish Clerk"]
    acts = _council_items("en", lines, COM_ROLES).actions
    assert [(a.owner, a.text[:12]) for a in acts] == [("Ann Cole", "Agreed: each"), ("Ann Cole", "The Clerk sa")]


@pytest.mark.parametrize(("lang", "header", "row", "status"), [
    ("en", ["No.", "Action", "Owner", "Due", "Status"], ["B1/21", "Revised policy", "Ann Cole", "30/06/2021",
                                                         "Overdue. The draft is with the panel."], "carried_over"),
    ("cs", ["Úkol", "Zodpovídá", "Termín", "Stav"], ["Vyhodnocení programu", "Jan Malý", "30. 6. 2021",
                                                    "ruší se, zpracuje odbor sám"], "cancelled"),
])
def test_tracker_table_rows_report_on_earlier_actions(lang: str, header: list[str], row: list[str],
                                                      status: str) -> None:
    from minutes_nlp.document import DocumentBuilder, Source

    b = DocumentBuilder(Source("t.docx", "0", "docx"))
    b.add_table([header, row])
    doc = b.build()
    items = extract_items(doc, lang, MeetingInfo(date="2021-07-01"), [], entities_for(doc, {"Jan Malý": []}))
    assert items.actions == ()
    assert [r.status for r in items.reports] == [status]


@pytest.mark.parametrize(("line", "owners"), [
    ("Jana Horká informovala, že kraj spoje od prosince obnoví.", []),  # news of another body's plan
    ("Jana Horká informovala, že Stavby Horák s.r.o. dokončí opravu do června.", []),
    ("Jana Horká přislíbila, že Stavby Horák s.r.o. dokončí opravu do června.", ["Stavby Horák s.r.o."]),  # promise
    ("Jana Horká uvedla, že zřizovatel vyhlásí volby do 30. září.", ["Obec Dolní Lhota"]),  # she answers for it
    ("Jana Horká informovala, že Milan Rys dokončí opravu do června.", ["Milan Rys"]),  # a person of the meeting
    ("Jana Horká upozornila, že Stavby Horák s.r.o. mění ceník; nový ceník bude zveřejněn na webu.", []),
    ("Jana Horká informovala, že po Novém roce bude zveřejněn nový ceník.", ["Jana Horká"]),  # no other body
])
def test_another_bodys_plan_reported_by_a_member_is_not_a_task(line: str, owners: list[str]) -> None:
    from items_support import entities_with_roles

    doc = doc_from_lines(line)
    insts = {"Obec Dolní Lhota": ["Obec Dolní Lhota"], "Stavby Horák s.r.o.": ["Stavby Horák s.r.o."]}
    ents = entities_with_roles(doc, ZO_ROLES, insts)
    assert [a.owner for a in extract_items(doc, "cs", MeetingInfo(date="2021-03-01"), [], ents).actions] == owners


def test_a_deferred_answer_is_not_a_restatement_of_the_marked_action_after_it() -> None:
    lines = ["Cllr Ortiz asked whether the fee applied. The Clerk said that this was to be confirmed outside "
             "the meeting.", "Clerk to bring the budget to the next meeting. ACTION: Clerk"]
    acts = _council_items("en", lines, COM_ROLES).actions
    assert [(a.owner, a.text[:9]) for a in acts] == [("Ann Cole", "The Clerk"), ("Ann Cole", "Clerk to ")]


@pytest.mark.parametrize(("lines", "owners"), [
    (["Obec podá společnou žádost o dotaci na výsadbu zeleně.", "Usnesení č. 5/2021: ZO schvaluje podání společné "
      "žádosti o dotaci a pověřuje starostku podáním žádosti do 31. 10. 2021."], ["Jana Horká"]),  # the same plan
    (["Místostarosta zajistí opravu chodníku do června.", "Usnesení č. 6/2021: ZO schvaluje rozpočtové opatření "
      "č. 3 a pověřuje starostku podpisem smlouvy."], ["Milan Rys", "Jana Horká"]),  # another task
])
def test_a_plan_right_before_the_resolution_that_mandates_it_is_that_action(lines: list[str],
                                                                           owners: list[str]) -> None:
    assert [a.owner for a in _council_items("cs", lines, ZO_ROLES).actions] == owners


def test_an_action_label_naming_a_committee_gives_it_the_paragraph_before() -> None:
    import dataclasses

    from items_support import entities_with_roles

    from minutes_nlp.extract.result import Institution

    lines = ["On the proposal of Mr Ruth Penn, the Board asked the Audit and Risk Committee to review the "
             "risk register.",
             "ACTION: Audit and Risk Committee"]
    doc = doc_from_lines(*lines)
    ents = entities_with_roles(doc, {"Ruth Penn": (["Mr Ruth Penn"], "Chair")})
    ents = dataclasses.replace(ents, institutions=(Institution("Audit and Risk Committee"),))  # mentions missed
    acts = extract_items(doc, "en", MeetingInfo(date="2021-03-01"), [], ents).actions
    assert [(a.owner, a.text[:6]) for a in acts] == [("Audit and Risk Committee", "On the")]


@pytest.mark.parametrize(("lang", "line", "owners"), [
    ("en", "The Clerk has been asked to obtain quotes for the fence.", ["Ann Cole"]),
    ("en", "The Committee requested that the Clerk prepare a report on the hedges.", ["Ann Cole"]),  # subjunctive
    ("en", "The Committee requested that Cllr Ortiz report back in June.", ["Ben Ortiz"]),
    ("en", "It was agreed that the site visit report was accurate.", []),
    ("en", "The Committee asked that the Clerk's report be noted.", []),  # a noun, not the subjunctive
    ("cs", "Místostarosta byl pověřen zajištěním cenových nabídek.", ["Milan Rys"]),
    ("cs", "Milan Rys dostal za úkol připravit návrh smlouvy.", ["Milan Rys"]),
    ("cs", "Milan Rys byl pověřen vedením jednání.", []),  # a standing role, not a task
    ("cs", "Jana Horká je pověřena řízením školy.", []),
])
def test_passive_mandates_and_requested_that(lang: str, line: str, owners: list[str]) -> None:
    items = _council_items(lang, [line], ZO_ROLES if lang == "cs" else COM_ROLES)
    assert [a.owner for a in items.actions] == owners


@pytest.mark.parametrize(("line", "count"), [
    ("Sekretariát rozešle zápis členům do 10 dnů.", 1),  # an office of the body, unnamed: owner left empty
    ("Odbor výstavby připraví projektovou dokumentaci do června.", 1),
    ("Odbor výstavby připravil projektovou dokumentaci.", 0),  # done, not to do
    ("The finance team will prepare the draft budget by March.", 1),
    ("The housing department reviewed the policy in May.", 0),
])
def test_an_unnamed_department_as_subject_makes_an_action_without_an_owner(line: str, count: int) -> None:
    lang = "en" if line.startswith("The ") else "cs"
    acts = _council_items(lang, [line], ZO_ROLES if lang == "cs" else COM_ROLES).actions
    assert len(acts) == count and all(a.owner is None for a in acts)


def _doc_with_table(lines: list[str], rows: list[list[str]], after: list[str] = ()):  # type: ignore[assignment]
    from minutes_nlp.document import BlockKind, DocumentBuilder, Source

    b = DocumentBuilder(Source("t.docx", "0", "docx"))
    for line in lines:
        b.add(BlockKind.PARAGRAPH, line)
    b.add_table(rows)
    for line in after:
        b.add(BlockKind.PARAGRAPH, line)
    return b.build()


def test_a_closing_task_table_restates_the_body_actions_in_its_own_words() -> None:
    doc = _doc_with_table(
        ["Odbor dopravy zajistí projednání objízdných tras a vydá stanovení přechodné úpravy provozu, "
         "termín: do 15. 7. 2021.", "Městská policie bude v ulici Lipové provádět zvýšený dohled v ranní špičce.",
         "Přehled úkolů"],
        [["č.", "úkol", "zodpovídá", "termín", "stav"],
         ["5/3", "stanovení přechodné úpravy provozu pro objízdné trasy", "OD", "15. 7. 2021", "nový"],
         ["5/4", "zvýšený dohled MP v ulici Lipové", "MP", "průběžně", "nový"],
         ["5/5", "oprava lávky přes potok", "OD", "30. 9. 2021", "nový"]])
    ents = entities_for(doc, {}, {"Městská policie": ["Městská policie"]})
    acts = extract_items(doc, "cs", MeetingInfo(date="2021-06-06"), [], ents).actions
    assert [a.text[:14] for a in acts] == ["Odbor dopravy ", "Městská polici", "5/5\toprava láv"]
    assert [a.task_number for a in acts] == ["5/3", "5/4", "5/5"]


def test_a_closing_table_row_named_by_the_minute_number_restates_its_items_action() -> None:
    from minutes_nlp.extract.result import AgendaItem, Provenance

    doc = _doc_with_table(["FGB/23/33 Budget", "The SBM did not know whether the scheme had been extended and "
                           "will find out.", "The SBM will submit the approved budget to the council by 31 May 2023.",
                           "Actions arising"],
                          [["Ref", "Action", "Owner", "Due"], ["FGB/23/33", "Approved budget to council", "SBM",
                                                                "31/05/2023"],
                           ["FGB/23/33", "Energy support – find out", "SBM", "July FGB"]])
    agenda = [AgendaItem("FGB/23/33", "Budget", source=Provenance(0, 0, 16), end_block=5)]
    ents = entities_for(doc, {"Kay Pugh": ["SBM"]})
    acts = extract_items(doc, "en", MeetingInfo(date="2023-05-16"), agenda, ents).actions
    assert [(a.text[:20], a.owner) for a in acts] == [("The SBM did not know", "Kay Pugh"),
                                                      ("The SBM will submit ", "Kay Pugh")]


@pytest.mark.parametrize(("line", "owner"), [
    ("ACTION: All governors to complete the online training module (ongoing).", None),  # no report; a collective
    ("The Chair will contact LD to ask whether he is able to continue as a governor.", "Helen Marsh"),
    ("Link governors are asked to arrange their autumn term visits by half term.", None),
    ("The Head said she did not have the figures; she will ask the English lead to bring an analysis.",
     "Clara Ost"),  # the asker's task, not the one asked
])
def test_english_governance_actions(line: str, owner: str | None) -> None:
    people = {"Helen Marsh": ["Helen Marsh", "The Chair"], "Clara Ost": ["The Head", "she"],
              "Liam Dunn": ["LD"]}
    acts = _actions("en", [line], people)
    assert [a.owner for a in acts] == [owner]


@pytest.mark.parametrize("line", [
    "It was RESOLVED that the SFVS return for 2022-23 be approved and signed by the Chair.",
    "Capt. Tolliver stated that the department had reviewed the plan but would need to inspect the premises.",
])
def test_decisions_about_things_and_reported_needs_are_not_actions(line: str) -> None:
    assert _actions("en", [line], {"Tom Holt": ["the Chair"]}) == ()


def test_a_hedge_before_and_does_not_reach_the_promise_after_it() -> None:
    acts = _actions("en", ["The Bursar did not know whether the scheme had been extended and will find out."],
                    {"Karen Poe": ["The Bursar"]})
    assert [a.owner for a in acts] == ["Karen Poe"]


@pytest.mark.parametrize("lines", [
    ["P. Moravec vyjádřil nesouhlas s rozšířením zóny, kde podle jeho názoru problém vyřeší parkovací dům."],
    ["Ing. Beneš připustil zachování dvou spojů za předpokladu, že je město uhradí v rámci závazku."],
    ["Ing. Hořejší informoval, že odbor dopravy zahájil přípravu plánu mobility."],  # a report, not a plan
    ["V Lomnici nad Orlicí dne 15. 9. 2023"],
])
def test_czech_opinions_provisos_and_reports_are_not_actions(lines: list[str]) -> None:
    assert _actions("cs", lines, {"Jiří Moravec": ["P. Moravec"], "Vladimír Beneš": ["Ing. Beneš"],
                                  "Michal Hořejší": ["Ing. Hořejší"]}) == ()


def test_a_subjunctive_start_of_work_is_a_task() -> None:
    acts = _actions("cs", ["PS souhlasí s tím, aby MŽP zahájilo přípravu konference ve spolupráci se SMO ČR."],
                    insts={"MŽP": ["MŽP"], "SMO ČR": ["SMO ČR"]})
    assert [a.owner for a in acts] == ["MŽP"]


@pytest.mark.parametrize(("lines", "kept"), [
    (["Ing. Paur uvedl, že napojení řeší studie, a dotaz bude zodpovězen písemně. Odpověď zašle Ing. Paur "
      "spolku do konce března."], "Odpověď zašle"),
    (["Ing. Beneš předloží komisi návrh jízdních řádů do 31. 5. 2023. Předseda se s Ing. Benešem dohodl, že "
      "návrh bude projednán na výjezdním zasedání."], "Ing. Beneš předloží"),
])
def test_an_agentless_passive_next_to_the_same_task_is_not_another(lines: list[str], kept: str) -> None:
    acts = _actions("cs", lines, {"Zdeněk Paur": ["Ing. Paur"], "Vladimír Beneš": ["Ing. Beneš", "Ing. Benešem"]})
    assert [a.text[:len(kept)] for a in acts] == [kept]


def test_owner_and_deadline_label_lines_after_the_task_sentence() -> None:
    acts = _actions("cs", ["Městská policie provede v ulici Lipové měření rychlosti vozidel.", "T: do 30. 4. 2021",
                           "Zodp.: Městská policie (Mgr. Brázda)"], {"Filip Brázda": ["Mgr. Brázda"]},
                    {"Městská policie": ["Městská policie"]})
    assert [(a.text[:15], a.owner, a.due.iso if a.due else None) for a in acts] == [
        ("Městská policie", "Městská policie", "2021-04-30")]


def test_a_promise_to_finish_under_the_action_log_reports_on_an_earlier_action() -> None:
    doc = doc_from_lines("Action log", "RV reported that he had looked at half of the pages.",
                         "He will finish the check over the summer holidays.")
    items = extract_items(doc, "en", MeetingInfo(), [], entities_for(doc, {"Raj Varma": ["RV"]}))
    assert items.actions == ()
    assert [r.status for r in items.reports] == ["carried_over"]


def test_the_invitation_in_the_next_meeting_sentence_is_the_task() -> None:
    acts = _actions("cs", ["Příští jednání komise se uskuteční v úterý 7. 11. 2023, pozvánku rozešle tajemnice "
                           "komise Bc. Markéta Zelenková."], {"Markéta Zelenková": ["Bc. Markéta Zelenková"]})
    assert (acts[0].owner, acts[0].due.iso if acts[0].due else None) == ("Markéta Zelenková", "2023-11-07")


def test_an_actor_after_a_preposition_is_not_the_subject() -> None:
    acts = _actions("cs", ["Mapy CzechGlobe ve spolupráci s ČHMÚ zpřístupní obcím bezplatně do konce roku 2021."],
                    insts={"CzechGlobe": ["CzechGlobe"], "ČHMÚ": ["ČHMÚ"]})
    assert [a.owner for a in acts] == ["CzechGlobe"]


def test_a_signature_line_with_a_bracketed_role_is_no_report() -> None:
    doc = doc_from_lines("Matters arising", "Signed (Chair): ............................")
    items = extract_items(doc, "en", MeetingInfo(), [], entities_for(doc, {}))
    assert (items.actions, items.reports) == ((), ())


@pytest.mark.parametrize(("line", "status"), [
    ("Usn. č. 4/6/2021 – smlouva podepsána 22. 9. 2021, projektant provádí zaměření – trvá.", "carried_over"),
    ("Complete – induction held 19/06/2023 (delayed)", "done"),
    ("7 of 10 governors have completed – ongoing", "carried_over"),
])
def test_the_verdict_after_the_last_dash_is_the_status(line: str, status: str) -> None:
    from minutes_nlp.extract.action_status import reported_status
    from minutes_nlp.extract.cues import fold_keep

    lang = "cs" if "Usn." in line else "en"
    assert reported_status(fold_keep(line), lang) == status


@pytest.mark.parametrize(("lines", "count"), [
    # a reply to a when-question that states the expected timing answers it: no task
    (["p. Malý (občan): Kdy bude hotová oprava mostu?", "Starosta: Oprava má být hotová do konce srpna."], 0),
    (["p. Malý (občan): Kdy začne výstavba chodníku?", "Starosta: Zahájení stavby se předpokládá v září."], 0),
    # a reply to a complaint, or a promise in the reply, stays a task
    (["p. Malý (občan): Na návsi nesvítí lampa.", "Starosta: Oprava má být hotová do konce srpna."], 1),
    (["p. Malý (občan): Kdy bude opraven most?", "Starosta: Opravu zajistí obecní úřad do konce srpna."], 1),
])
def test_timing_given_in_reply_to_a_when_question(lines: list[str], count: int) -> None:
    assert len(_actions("cs", lines)) == count


@pytest.mark.parametrize(("lang", "lines", "owner"), [
    ("cs", ["Ing. Eva Malá (SFŽP) informovala o přípravě výzev. Výzva by měla být vyhlášena v září 2021."], "SFŽP"),
    ("en", ["Jane Roe (Highways Agency) presented the scheme. The works will be completed by May 2021."],
     "Highways Agency"),
])
def test_an_agentless_plan_after_a_members_presentation_is_her_bodys(lang: str, lines: list[str], owner: str) -> None:
    from dataclasses import replace

    from minutes_nlp.extract.entities import Entities

    doc = doc_from_lines(*lines)
    name = "Eva Malá" if lang == "cs" else "Jane Roe"
    base = entities_for(doc, {name: [lines[0].split(" (")[0]]}, {owner: [owner]})
    people = tuple(replace(p, affiliation=owner) for p in base.people)
    acts = extract_items(doc, lang, MeetingInfo(date="2021-03-01"), [], Entities(people, base.institutions)).actions
    assert [a.owner for a in acts] == [owner]


@pytest.mark.parametrize(("line", "owner"), [
    ("- B23/05, nominations agreement (Jane Smith): Overdue.", "Jane Smith"),
    ("- B23/06, website update (done by the team): Complete.", None),
])
def test_action_log_line_names_its_owner_in_brackets_before_the_status(line: str, owner: str | None) -> None:
    doc = doc_from_lines("Matters arising", line)
    items = extract_items(doc, "en", MeetingInfo(), [], entities_for(doc, {"Jane Smith": ["Jane Smith"]}))
    assert [r.owner for r in items.reports] == [owner]


def _role_actions(lines: list[str], people: dict[str, tuple[list[str], str | None]],
                  insts: dict[str, list[str]] | None = None):
    from items_support import entities_with_roles

    doc = doc_from_lines(*lines)
    return extract_items(doc, "cs", MeetingInfo(date="2026-03-02"), [], entities_with_roles(doc, people, insts)).actions


@pytest.mark.parametrize(("line", "people", "owner", "due_kind"), [
    # a faculty senate asks an office holder: the one person holding the office owns it
    ("AS PřF žádá děkana, aby do příštího zasedání předložil návrh harmonogramu.",
     {"Karel Vlk": (["prof. Vlk"], "děkan")}, "Karel Vlk", "next_meeting"),
    # construction control meetings: the supervisor (TDS) is an office; the next meeting is a 'kontrolní den' (KD)
    ("TDS prověří u stavebního úřadu, zda změna nevyžaduje nové povolení, do příštího KD.",
     {"Jan Kuba": (["Ing. Jan Kuba"], "TDS")}, "Jan Kuba", "next_meeting"),
    ("Stavbyvedoucí doloží revizní zprávy do příštího kontrolního dne.",
     {"Petr Sova": (["Ing. Petr Sova"], "stavbyvedoucí")}, "Petr Sova", "next_meeting"),
])
def test_office_holders_and_construction_meetings(line: str, people: dict, owner: str, due_kind: str) -> None:
    acts = _role_actions([line], people)
    assert len(acts) == 1
    assert acts[0].owner == owner
    assert acts[0].due is not None and acts[0].due.kind == due_kind


@pytest.mark.parametrize(("line", "due"), [
    ("Příští kontrolní den se uskuteční ve čtvrtek 12. 3. 2026 na stavbě.", "2026-03-12"),
    ("Příští KD se uskuteční 19. 3. 2026 v 9:00.", "2026-03-19"),
    ("Příští řádné zasedání se uskuteční 25. 3. 2026.", "2026-03-25"),
])
def test_next_meeting_of_any_kind_is_announced(line: str, due: str) -> None:
    acts = _actions("cs", [line])
    assert len(acts) == 1
    assert acts[0].due is not None and acts[0].due.latest == due


@pytest.mark.parametrize(("line", "recipient"), [
    ("Proděkan informoval o žádosti, kterou fakulta podá Ministerstvu školství (MŠMT) do konce června 2026.", "MŠMT"),
    ("Spolek předá starostovi petici do 15. 4. 2026.", "Jan Horák"),
])
def test_a_dative_recipient_is_never_the_owner(line: str, recipient: str) -> None:
    acts = _actions("cs", [line], {"Jan Horák": ["starostovi"]}, {"MŠMT": ["MŠMT"]})
    assert acts and all(a.owner != recipient for a in acts)


@pytest.mark.parametrize(("lines", "owner"), [
    # the header's party label names the institution a party noun stands for in the body
    (["Zhotovitel: STAVEX Lhota s.r.o.", "Zhotovitel doloží zkoušky hutnění do 20. 3. 2026."], "STAVEX Lhota s.r.o."),
    # a subject noun right after the verb is the subject; the institution after it is the object
    (["Zhotovitel: STAVEX Lhota s.r.o.", "Na žádost správce přizve zhotovitel Vodárny Lhota k tlakové zkoušce."],
     "STAVEX Lhota s.r.o."),
    (["Zhotovitel se k reklamaci vyjádří písemně."], ""),
])
def test_construction_parties_own_their_tasks(lines: list[str], owner: str) -> None:
    insts = {"STAVEX Lhota s.r.o.": ["STAVEX Lhota s.r.o."], "Vodárny Lhota": ["Vodárny Lhota"]}
    acts = _actions("cs", lines, {}, insts)
    assert len(acts) == 1
    assert (acts[0].owner or "") == owner


@pytest.mark.parametrize("lines", [
    ["Informace o plnění strategie", "Úkol č. 5/1: Rozeslat členům aktualizovanou verzi plánu. Odpovídá: Jan Malý. "
     "Termín: do 31. 3. 2021."],  # the plan's implementation is the topic, not a review of earlier tasks
    ["Úkol č. 8/1: Předložit zprávu o průběhu prací za rok 2020 vedení úřadu. Odpovídá: Jan Malý. "
     "Termín: do 31. 3. 2021."],  # "o průběhu" names the report's topic; "za rok 2020" the period it covers
])
def test_a_new_task_about_progress_is_no_report_and_a_covered_year_no_deadline(lines: list[str]) -> None:
    items = extract_items(doc := doc_from_lines(*lines), "cs", MeetingInfo(date="2021-03-01"), [],
                          entities_for(doc, {"Jan Malý": []}))
    assert items.reports == ()
    assert [(a.owner, a.due.iso if a.due else None) for a in items.actions] == [("Jan Malý", "2021-03-31")]


@pytest.mark.parametrize(("header", "cell", "owner"), [
    ("Odpovídá", "Ing. Malý (MF), Mgr. Nová (MMR)", "Jan Malý"),  # first named person, bracketed bodies aside
    ("Odpovídá", "Mgr. Nová (MMR)", "Eva Nová"),
])
def test_task_table_owner_column_and_bracketed_affiliations(header: str, cell: str, owner: str) -> None:
    from minutes_nlp.document import DocumentBuilder, Source

    b = DocumentBuilder(Source("t.docx", "0", "docx"))
    b.add_table([["Č.", "Úkol", header, "Termín"], ["1/1", "Zpracovat návrh rozpočtu", cell, "31. 3. 2021"]])
    doc = b.build()
    ents = entities_for(doc, {"Jan Malý": ["Ing. Malý"], "Eva Nová": ["Mgr. Nová"]}, {"MF": [], "MMR": []})
    acts = extract_items(doc, "cs", MeetingInfo(date="2021-03-01"), [], ents).actions
    assert [(a.owner, a.due.iso if a.due else None) for a in acts] == [(owner, "2021-03-31")]


@pytest.mark.parametrize(("line", "owner"), [
    ("Úkol 2/1: Rozeslat zprávu členům. Odpovídá: sekretariát výboru (Mgr. Nová). Termín: do 31. 3. 2021.",
     "Eva Nová"),  # the person in brackets acts for the body
    ("Úkol 2/2: Rozeslat zprávu členům. Odpovídá: sekretariát výboru. Termín: do 31. 3. 2021.", "Sekretariát"),
])
def test_a_person_in_brackets_after_a_labelled_body_owns_the_task(line: str, owner: str) -> None:
    acts = _actions("cs", [line], {"Eva Nová": ["Mgr. Nová"]}, {"Sekretariát": ["sekretariát"]})
    assert [a.owner for a in acts] == [owner]


@pytest.mark.parametrize(("line", "owners"), [
    ("Předseda uvedl, že to bude nutné posoudit, a odpověď zašle sekretariát písemně.", ["Sekretariát"]),
    ("Předseda uvedl, že odpověď zašle krajský úřad písemně.", []),  # another body's plan: news
])
def test_the_meetings_own_secretariat_reported_to_act_has_a_task(line: str, owners: list[str]) -> None:
    acts = _actions("cs", [line], {"Jan Malý": ["Předseda"]}, {"Sekretariát": ["sekretariát"],
                                                                "Krajský úřad": ["krajský úřad"]})
    assert [a.owner for a in acts] == owners


@pytest.mark.parametrize(("lines", "owner"), [
    (["Acme Digital Ltd presented the test plan.", "The supplier will confirm the entry criteria by 24/03/2021."],
     "Acme Digital Ltd"),
    (["Acme Digital Ltd presented the plan; Acme Digital Ltd staff attended.", "Borough Systems Ltd sent a note.",
      "The supplier will confirm the entry criteria by 24/03/2021."], "Acme Digital Ltd"),  # named most
])
def test_the_supplier_is_the_one_company_the_project_minutes_name(lines: list[str], owner: str) -> None:
    acts = _actions("en", lines, {}, {"Acme Digital Ltd": [], "Borough Systems Ltd": []})
    assert [(a.owner, a.due.iso if a.due else None) for a in acts] == [(owner, "2021-03-24")]


def test_the_meetings_agreement_to_act_is_no_task_of_nobody() -> None:
    assert _actions("en", ["The Board agreed to close risk R-4 as the contract was signed."]) == ()
    assert [a.owner for a in _actions("en", ["Jane agreed to close the risk log."], {"Jane": ["Jane"]})] == ["Jane"]


@pytest.mark.parametrize(("line", "due"), [
    ("Komise ukládá tajemnici zaslat členům rozbor pohledávek k 31. 12. 2020. Termín: do 31. 3. 2021.", "2021-03-31"),
    ("Komise ukládá tajemnici připravit výhled rozpočtu na léta 2022–2024. Termín: 30. 4. 2021.", "2021-04-30"),
])
def test_a_date_of_the_subject_is_not_the_deadline_the_label_gives(line: str, due: str) -> None:
    acts = _actions("cs", [line], {"Jana Malá": ["tajemnici"]})
    assert [a.due.iso if a.due else None for a in acts] == [due]


@pytest.mark.parametrize(("line", "owners"), [
    ("The Clerk explained that fences were a matter for another committee and that his question would be passed "
     "to that committee for a response.", ["Ann Cole"]),
    ("Mr Penn said that the residents' concerns would be referred to the highways authority.", ["Ruth Penn"]),
    ("The Clerk said that the motion would be passed to the full council.", []),  # no question referred
    ("The Clerk said that his question would not be passed to the committee.", []),
])
def test_a_question_referred_elsewhere_is_an_action_of_whoever_said_so(line: str, owners: list[str]) -> None:
    lines = ["Cllr Ortiz asked when the fence would be repaired.", line]
    assert [a.owner for a in _council_items("en", lines, COM_ROLES).actions] == owners


@pytest.mark.parametrize(("lines", "people", "texts"), [
    # a reply that states how something will be arranged answers the question: no task
    (["Pan Novák se zeptal, jak bude vůz financován.", "Pan Pokorný odpověděl, že vůz bude pořízen formou leasingu."],
     {"Petr Pokorný": ["Pan Pokorný"]}, []),
    # ... one that defers the answer is the promise to answer
    (["Pan Novák se zeptal na výši nájmu.", "Pan Pokorný odpověděl, že údaj ověří u odboru správy majetku."],
     {"Petr Pokorný": ["Pan Pokorný"]}, ["Pan Pokorný odpovědě"]),
    # ... and so is one that sets a deadline
    (["Pan Novák se zeptal na opravu.", "Pan Pokorný odpověděl, že opravu zajistí do konce roku 2021."],
     {"Petr Pokorný": ["Pan Pokorný"]}, ["Pan Pokorný odpovědě"]),
])
def test_a_plan_in_a_reply_is_a_task_only_when_dated_or_deferring(lines: list[str], people: dict[str, list[str]],
                                                                  texts: list[str]) -> None:
    assert [a.text[:20] for a in _actions("cs", lines, people)] == texts


def test_a_question_referred_to_a_department_is_its_task() -> None:
    acts = _actions("cs", ["Ředitel TS se zeptal, z jakých prostředků budou uhrazeny náklady. Předseda Malý uvedl, "
                           "že tuto otázku posoudí finanční odbor."], {"Jan Malý": ["Předseda Malý"]},
                    {"finanční odbor": ["finanční odbor"]})
    assert [(a.text[:8], a.owner) for a in acts] == [("Předseda", "finanční odbor")]


@pytest.mark.parametrize(("lang", "line", "people", "owner"), [
    ("en", "AP: Jane Doe to update risk R3 in the risk register by 30/04/2021.", {"Jane Doe": []}, "Jane Doe"),
    ("en", "Jane Doe will ask the PO whether the field trials can be moved to autumn.", {"Jane Doe": []}, "Jane Doe"),
    ("en", "Jane Doe will upload the corrected minutes to the workspace.", {"Jane Doe": []}, "Jane Doe"),
])
def test_action_points_and_indirect_questions_are_tasks(lang: str, line: str, people: dict[str, list[str]],
                                                         owner: str) -> None:
    assert [a.owner for a in _actions(lang, [line], people)] == [owner]


def test_a_proposal_to_do_something_is_no_assignment() -> None:
    people = {"Pieter Ruyter": ["Pieter"]}
    assert _actions("en", ["Pieter presented a proposal to add a ninth beneficiary."], people) == ()


@pytest.mark.parametrize(("line", "kind", "latest"), [
    ("Příští jednání KŠ: zítra, tj. v úterý 2. 3. 2021 v 8:00 hod.", "date", "2021-03-02"),
    ("Úkol č. 2/2: Zajistit provoz evakuačního střediska, termín: do odvolání.", "continuous", None),
])
def test_next_meeting_and_until_revoked_deadlines(line: str, kind: str, latest: str | None) -> None:
    acts = _actions("cs", [line])
    assert len(acts) == 1 and acts[0].due is not None
    assert (acts[0].due.kind, acts[0].due.latest) == (kind, latest)


def test_a_next_meeting_task_line_is_due_on_that_date_not_by_a_later_clause() -> None:
    acts = _actions("cs", ["Úkoly", "- Příští jednání: středa 17. 3. 2021 v 9:00 hod.; mimořádné jednání svolá "
                                    "předseda dle potřeby."])
    assert [a.due.latest if a.due else None for a in acts] == ["2021-03-17"]


@pytest.mark.parametrize(("lines", "date", "latest"), [
    (["Date: Tuesday, 20 January 2026 (M13)", "Action 4.2 – Jane Doe to open the data platform by M15."],
     "2026-01-20", "2026-03-31"),
    (["Date: 21 January 2025", "The project started on 1 January 2025 and runs for 36 months.",
      "Action 1.7 – Jane Doe to draft the consent form by the end of M2."], "2025-01-21", "2025-02-28"),
    (["Date: 21 January 2025", "Action 1.7 – Jane Doe to draft the consent form by the end of M2."], "2025-01-21",
     None),
])
def test_a_project_month_deadline_counts_from_the_projects_start(lines: list[str], date: str,
                                                                 latest: str | None) -> None:
    doc = doc_from_lines(*lines)
    acts = extract_items(doc, "en", MeetingInfo(date=date), [], entities_for(doc, {"Jane Doe": []})).actions
    assert [a.due.latest if a.due else None for a in acts] == [latest]


@pytest.mark.parametrize(("lang", "line", "people"), [
    ("en", "Mr Haskell will seek a third quote for the paving.", {"Scott Haskell": ["Mr Haskell"]}),
    ("cs", "Spolek částku dobrovolně vrátí do konce měsíce.", {}),
    ("cs", "Finanční ředitelka bude radě předkládat přehled pohledávek čtvrtletně.", {}),
])
def test_task_verbs_of_the_genre(lang: str, line: str, people: dict[str, list[str]]) -> None:
    assert len(_actions(lang, [line], people)) == 1


@pytest.mark.parametrize(("lang", "text", "number"), [
    ("cs", "2/3 oprava oplocení hřiště – splněno", "2/3"),
    ("cs", "12/1 (rozpočet) – trvá, termín 31. 3.", "12/1"),
    ("cs", "Úkol č. 4/2 – splněno", "Úkol č. 4/2"),
    ("en", "3/2 Chase the contractor – done", "3/2"),
    ("cs", "Hlasování 7/0/0 – schváleno", None),          # a tally, not at the line's start as a task
    ("cs", "Poměr 2/3 členů je potřebný pro schválení.", None),
    ("en", "The vote was 5/2 in favour.", None),
    ("en", "24/7 cover is now in place.", None),
])
def test_a_control_line_opening_with_a_task_number(lang: str, text: str, number: str | None) -> None:
    """Task lists are reviewed by their numbers: "2/3 ... – splněno" reports on task 3 of meeting 2."""
    from minutes_nlp.extract.action_status import task_number
    from minutes_nlp.textutil import fold

    assert task_number(fold(text), text, lang) == number
