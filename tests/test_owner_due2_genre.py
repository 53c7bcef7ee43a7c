"""Genre inventory (round 2) of action OWNERS and DEADLINES as Czech and English minutes write them, with the
things real minutes contain that are shaped like an owner or a deadline but are not one.

Inventory written from knowledge of the genre before reading this round's failures; names and sentences are
invented. Conventions (corpus/FORMAT.md, the seed's `about`): an owner is a canonical person or institution
name, or None when nobody is named or everyone is ("všichni členové", "all members"); a role is the member the
attendance list gives it; `due` is an ISO date, a window (its latest day), "next_meeting", "continuous" or
"immediate".

(a) owners are written as: a label after the task, also after the deadline ("T: 31. 3. / Z: X", "Owner:",
"Action:", "Lead:"); a dative object of "ukládá"/"uložit"/"bylo uloženo"; the object of a request ("požádal X
o", "asked X to"); the subject of a future task verb, a role word ("tajemník", "starostka", "předseda výboru",
"the Clerk", "Chair", "CEO"), initials ("HC to ..."), a department or team ("odbor investic", "technické
služby", "Finance team"), the agent of a passive ("bude zajištěno odborem").
Shaped like an owner but not one: the proposer ("na návrh p. X"), the addressee ("zašle p. X", "write to Cllr
X"), the subject matter ("stížnost p. X", "his complaint"), the chair who summarised or asked, a co-operating
party ("ve spolupráci s").

(b) deadlines are written as: dates, "do příští schůze"/"by the next meeting", "do konce měsíce/roku/pololetí",
"průběžně"/"ongoing", "ihned"/"neprodleně"/"ASAP", "do 30 dnů"/"within 14 days", weekdays ("do pátku", "by
Friday"), quarters ("end of Q2"), month names.
Also: a period narrowed by its day ("v prosinci, předběžně 10. 12."), a named meeting dated by its day ("before
the AGM on 26 November"), a period after a start word ("od února", "from May": its first day), the start of a
recurring period ("do zahájení školního roku", "before the start of the autumn term"), an offset before the
next meeting ("nejméně týden před zasedáním", "five working days before the meeting"), recurring duties
("jednou za pololetí", "once a quarter": continuous).
Shaped like a deadline but not one: the date of the meeting, of a quoted document or resolution ("usnesení ze
dne", "letter dated"), of a law ("zákon č. 128/2000 Sb.", "Localism Act 2011"), a budget or plan year ("na rok
2026", "the budget for 2026", "plan for 2025-2030"), the date of an event a task is about when introduced by
"dne"/"on", the period of another body's procedure in the same sentence ("příjem žádostí potrvá do 31. 10.",
"the consultation would not close until 16 January"), an adjective of frequency ("the monthly report").
"""

from __future__ import annotations

import dataclasses

import pytest
from items_support import doc_from_lines, entities_with_roles

from minutes_nlp.document import Document, DocumentBuilder, Source
from minutes_nlp.extract.entities import Entities
from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import Action, MeetingInfo, NextMeeting

MEETING = MeetingInfo(date="2025-03-10")  # a Monday

CS_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Tomáš Beneš": (["Ing. Beneš", "Ing. Beneše", "Ing. Benešovi", "p. Beneš", "p. Benešovi"], "tajemník"),
    "Hana Králová": (["Mgr. Králová", "Mgr. Královou", "Mgr. Králové", "paní Králová"], "starostka"),
    "Pavel Marek": (["p. Marek", "p. Markovi", "p. Marka", "Ing. Marek"], "předseda výboru"),
    "Alena Horká": (["Ing. Horká", "Ing. Horké", "Ing. Horkou"], None),
    "Martin Dlouhý": (["Ing. Dlouhý", "Ing. Dlouhého"], None),
}
AFFILIATIONS = {"Martin Dlouhý": "Krajský úřad"}
CS_BODIES = {
    "Odbor investic": ["Odbor investic", "odbor investic", "odboru investic", "odborem investic"],
    "Technické služby": ["Technické služby", "technické služby", "technickým službám", "technickými službami"],
    "OSM": ["OSM"],
    "Krajský úřad": ["Krajský úřad", "krajský úřad", "KÚ"],
    "Stavby Lhota s.r.o.": ["Stavby Lhota s.r.o.", "Stavby Lhota"],
    "Klub seniorů Lhota, z. s.": ["Klub seniorů Lhota, z. s.", "Klub seniorů Lhota"],
}
EN_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Helen Carter": (["HC", "Helen", "Cllr Carter"], "Clerk"),
    "Robert Fox": (["RF", "Robert", "Mr Fox"], "Chair"),
    "Nadia Shah": (["NS", "Nadia", "Dr Shah"], "Chief Executive"),
    "Owen Price": (["OP", "Owen", "Cllr Price"], None),
}
EN_BODIES = {
    "Highways Authority": ["Highways Authority"],
    "Finance team": ["Finance team"],
    "Brightline Systems Ltd": ["Brightline Systems Ltd", "Brightline"],
}


def _entities(doc: Document, lang: str) -> Entities:
    people, bodies = (CS_PEOPLE, CS_BODIES) if lang == "cs" else (EN_PEOPLE, EN_BODIES)
    ents = entities_with_roles(doc, people, bodies)
    return dataclasses.replace(ents, people=tuple(dataclasses.replace(p, affiliation=AFFILIATIONS.get(p.name))
                                                  for p in ents.people))


def _actions(lang: str, lines: list[str]) -> list[Action]:
    doc = doc_from_lines(*lines)
    acts = extract_items(doc, lang, MEETING, [], _entities(doc, lang)).actions
    return [a for a in acts if a.status is None]


OWNERS = [
    # labels, also after the deadline
    ("cs", ["Připravit návrh smlouvy o dílo.", "T: 31. 3. 2025 / Z: Ing. Horká"], "Alena Horká"),
    ("cs", ["Zajistit opravu veřejného osvětlení.", "Z: technické služby"], "Technické služby"),
    ("cs", ["Zveřejnit záměr prodeje pozemku.", "Z: tajemník, T: ihned"], "Tomáš Beneš"),
    ("cs", ["Aktualizovat pasport komunikací.", "Odpovědnost: OSM"], "OSM"),
    ("cs", ["Zaslat připomínky k návrhu rozpočtu.", "Z: všichni členové"], None),
    # dative of the assigning verb
    ("cs", ["Rada ukládá p. Markovi svolat jednání výboru."], "Pavel Marek"),
    ("cs", ["Ukládá se starostce zajistit podpis smlouvy."], "Hana Králová"),
    ("cs", ["Tajemníkovi bylo uloženo zveřejnit záměr na úřední desce."], "Tomáš Beneš"),
    # requests: the one asked
    ("cs", ["Starostka požádala tajemníka o zajištění cenových nabídek."], "Tomáš Beneš"),
    # subject of a future task verb: role, department, OVS order
    ("cs", ["Starostka zajistí jednání s vlastníkem pozemku."], "Hana Králová"),
    ("cs", ["Opravu chodníku zajistí odbor investic."], "Odbor investic"),
    ("cs", ["Technické služby provedou prořez stromů v parku."], "Technické služby"),
    # passive with agent
    ("cs", ["Cenové nabídky budou zajištěny odborem investic."], "Odbor investic"),
    # shaped like an owner, but not
    ("cs", ["Na návrh p. Marka bude zpracována studie parkování."], None),
    ("cs", ["Ing. Horká zašle p. Markovi návrh smlouvy."], "Alena Horká"),
    ("cs", ["Odbor investic prověří stížnost p. Marka na hluk."], "Odbor investic"),
    ("cs", ["Předseda výboru shrnul, že odbor investic připraví přehled akcí."], "Odbor investic"),
    ("cs", ["Ve spolupráci s technickými službami připraví odbor investic plán zimní údržby."], "Odbor investic"),
    # coordinated subjects: the first named leads
    ("cs", ["Ing. Horká a Mgr. Králová připraví návrh obecně závazné vyhlášky."], "Alena Horká"),
    # a guest body's plan its representative announces is the body's; a deferred reply stays the person's
    ("cs", ["Ing. Dlouhý odpověděl, že metodika bude vydána v dubnu."], "Krajský úřad"),
    ("cs", ["Ing. Dlouhý odpověděl, že údaj ověří a odpověď zašle písemně."], "Martin Dlouhý"),
    # the contracted supplier's noun: the one company the minutes name (nobody when they name none)
    ("cs", ["Dílo provádí společnost Stavby Lhota s.r.o.", "Ing. Horká uvedla, že vady dodavatel odstraní do 30. 4."],
     "Stavby Lhota s.r.o."),
    ("cs", ["Ing. Horká uvedla, že vady dodavatel odstraní do 30. 4."], None),
    # the firm a job was ordered from does the scheduled work; nobody when no firm is named
    ("cs", ["Oprava střechy byla objednána u firmy Stavby Lhota s.r.o. a proběhne v květnu."], "Stavby Lhota s.r.o."),
    ("cs", ["Oprava chodníku proběhne v květnu."], None),
    # a body noun: the one body of that legal form; in a speaker's report, the speaker's body it names
    ("cs", ["Sál si pronajímá Klub seniorů Lhota, z. s.", "Spolek uhradí nájemné do konce března."],
     "Klub seniorů Lhota, z. s."),
    ("cs", ["Ing. Dlouhý sdělil, že úřad připraví stanovisko do konce dubna."], "Krajský úřad"),
    ("cs", ["Ing. Dlouhý sdělil, že odbor připraví stanovisko do konce dubna."], "Odbor investic"),
    # more labels, datives and agents
    ("cs", ["Zastupitelstvo pověřuje starostku podpisem smlouvy."], "Hana Králová"),
    ("cs", ["Rada ukládá odboru investic zajistit projektovou dokumentaci."], "Odbor investic"),
    ("cs", ["Zajistit opravu oplocení hřiště. Termín: 30. 4. 2025, zodpovídá: tajemník"], "Tomáš Beneš"),
    ("cs", ["Zimní údržba chodníků bude zajištěna technickými službami."], "Technické služby"),
    ("cs", ["Tajemník zašle zápis všem členům výboru."], "Tomáš Beneš"),
    ("cs", ["Ing. Horká bude o výsledku informovat starostku."], "Alena Horká"),
    ("cs", ["Starostka uložila tajemníkovi připravit návrh rozpočtu."], "Tomáš Beneš"),
    ("cs", ["Na žádost p. Marka prověří odbor investic stav komunikace."], "Odbor investic"),
    # English
    ("en", ["Review the volunteer rota (Action: HC)"], "Helen Carter"),
    ("en", ["The Board asked the CEO to review the staffing structure."], "Nadia Shah"),
    ("en", ["It was RESOLVED that the Clerk be authorised to order the new bench."], "Helen Carter"),
    ("en", ["The system is supplied by Brightline Systems Ltd.", "The supplier will fix the defects by 30 April."],
     "Brightline Systems Ltd"),
    ("en", ["HC and NS will review the grant conditions."], "Helen Carter"),
    ("en", ["Circulate the draft budget.", "Owner: Clerk"], "Helen Carter"),
    ("en", ["ACTION: HC to write to the Highways Authority about the potholes."], "Helen Carter"),
    ("en", ["The Chair asked the Clerk to obtain three quotes."], "Helen Carter"),
    ("en", ["Clerk to write to Cllr Price regarding his complaint."], "Helen Carter"),
    ("en", ["Following a suggestion from Cllr Price, the Clerk will contact the police."], "Helen Carter"),
    ("en", ["Review the volunteer rota.", "Action: All members"], None),
    ("en", ["The Chief Executive will report back to the Board in June."], "Nadia Shah"),
    ("en", ["NS to brief Owen on the outcome of the review."], "Nadia Shah"),
    ("en", ["It was agreed that the Clerk would order a new bench."], "Helen Carter"),
    ("en", ["Owen kindly offered to repaint the noticeboard."], "Owen Price"),
    ("en", ["The Finance team will prepare a revised forecast."], "Finance team"),
]


@pytest.mark.parametrize(("lang", "lines", "owner"), OWNERS)
def test_owner(lang: str, lines: list[str], owner: str | None) -> None:
    acts = _actions(lang, lines)
    assert len(acts) == 1, [a.text for a in acts]
    assert acts[0].owner == owner


DUES = [
    # Czech: date words, relative spans, named meetings, states
    ("cs", "Ing. Horká připraví návrh smlouvy do konce měsíce.", "window", "2025-03-31"),
    ("cs", "Ing. Horká připraví návrh smlouvy do příští schůze.", "next_meeting", None),
    ("cs", "Ing. Horká připraví návrh smlouvy do příštího zasedání zastupitelstva.", "next_meeting", None),
    ("cs", "Ing. Horká připraví návrh smlouvy do konce roku.", "window", "2025-12-31"),
    ("cs", "Ing. Horká připraví návrh smlouvy do konce 1. pololetí.", "window", "2025-06-30"),
    ("cs", "Ing. Horká připraví návrh smlouvy do konce září.", "window", "2025-09-30"),
    ("cs", "Ing. Horká připraví návrh smlouvy do 15. dubna.", "date", "2025-04-15"),
    ("cs", "Ing. Horká připraví návrh smlouvy do 30 dnů.", "window", "2025-04-09"),
    ("cs", "Ing. Horká připraví návrh smlouvy do pátku.", "date", "2025-03-14"),
    ("cs", "Ing. Horká připraví návrh smlouvy neprodleně.", "immediate", "2025-03-10"),
    ("cs", "Ing. Horká připraví návrh smlouvy bezodkladně.", "immediate", "2025-03-10"),
    ("cs", "Ing. Horká bude průběžně informovat o postupu prací.", "continuous", None),
    ("cs", "Ing. Horká připraví návrh smlouvy. T: 31. 3. / Z: Ing. Horká", "date", "2025-03-31"),
    # English
    ("en", "HC to circulate the revised policy by the next meeting.", "next_meeting", None),
    ("en", "HC to circulate the revised policy ASAP.", "immediate", "2025-03-10"),
    ("en", "HC to circulate the revised policy by the end of Q2.", "window", "2025-06-30"),
    ("en", "HC to circulate the revised policy by Friday.", "date", "2025-03-14"),
    ("en", "HC to circulate the revised policy within 14 days.", "window", "2025-03-24"),
    ("en", "HC to circulate the revised policy by the end of the month.", "window", "2025-03-31"),
    ("en", "HC to circulate the revised policy by end of March.", "window", "2025-03-31"),
    ("en", "HC to circulate the revised policy by 1 April.", "date", "2025-04-01"),
    ("en", "HC to circulate the revised policy. Due: ongoing", "continuous", None),
    # a period narrowed by its day; a named meeting dated by its day
    ("cs", "Příští jednání se uskuteční v dubnu 2025, předběžně 15. 4. 2025.", "date", "2025-04-15"),
    ("cs", "Ing. Horká předloží zprávu o hospodaření do valné hromady dne 20. 5. 2025.", "next_meeting", "2025-05-20"),
    ("en", "HC to present the annual accounts before the AGM on 20 May 2025.", "next_meeting", "2025-05-20"),
    # another body's procedure dated in the same sentence yields to the task's own date
    ("cs", "Výzva bude vyhlášena 1. 4. 2025 a příjem žádostí potrvá do 30. 6. 2025.", "date", "2025-04-01"),
    ("cs", "Metodika bude vydána v dubnu a účinná od července.", "window", "2025-04-30"),
    ("en", "Owen said the consultation would not close until 30 June and that he would report back at the next "
           "meeting.", "next_meeting", None),
    # "pro příští jednání"; a recurring duty is continuous
    ("cs", "Odbor investic připraví pro příští jednání přehled investičních akcí.", "next_meeting", None),
    ("cs", "Tajemník bude výbor informovat o čerpání rozpočtu jednou za pololetí.", "continuous", None),
    ("en", "The Clerk will report to the Council on the reserves once a quarter.", "continuous", None),
    ("cs", "Ing. Horká zajistí opravu. Termín splnění: 30. 6. 2025", "date", "2025-06-30"),
    ("cs", "Ing. Horká zajistí opravu do konce 1. čtvrtletí 2025.", "window", "2025-03-31"),
    ("cs", "Ing. Horká zajistí opravu v průběhu dubna.", "window", "2025-04-30"),
    ("cs", "Ing. Horká zajistí opravu do středy.", "date", "2025-03-12"),
    ("cs", "Ing. Horká zajistí opravu nejpozději do 15. 5. 2025.", "date", "2025-05-15"),
    ("cs", "Ing. Horká předloží návrh na dubnovém zasedání.", "next_meeting", "2025-04-30"),
    ("cs", "Ing. Horká zajistí opravu do 2 týdnů.", "window", "2025-03-24"),
    ("en", "HC to circulate the revised policy within two weeks.", "window", "2025-03-24"),
    ("en", "HC to circulate the revised policy by the May meeting.", "next_meeting", "2025-05-31"),
    ("en", "HC to circulate the revised policy. Due: 31/03/2025", "date", "2025-03-31"),
    ("en", "HC to circulate the revised policy by Wednesday 12 March.", "date", "2025-03-12"),
    ("en", "HC to circulate the revised policy in advance of the next meeting.", "next_meeting", None),
    # the start of a recurring period: the first day of its next occurrence
    ("cs", "Ing. Horká zajistí opravu tělocvičny do zahájení školního roku.", "date", "2025-09-01"),
    ("en", "HC to arrange the repairs before the start of the autumn term.", "date", "2025-09-01"),
    # a period after a start word: when the thing starts, its first day
    ("cs", "Odbor investic otevře nové sběrné místo od dubna 2025.", "date", "2025-04-01"),
    ("en", "HC to open the new community fridge from May 2025.", "date", "2025-05-01"),
]


@pytest.mark.parametrize(("lang", "line", "kind", "latest"), DUES)
def test_due(lang: str, line: str, kind: str, latest: str | None) -> None:
    acts = _actions(lang, [line])
    assert acts and acts[0].due is not None, [a.text for a in acts]
    assert (acts[0].due.kind, acts[0].due.latest) == (kind, latest)


NOT_DUES = [
    ("cs", "Tajemník zveřejní usnesení ze dne 3. 2. 2025 na úřední desce."),
    ("cs", "Tajemník rozešle zápis z jednání konaného dne 10. 3. 2025."),
    ("cs", "Odbor investic prověří postup podle zákona č. 134/2016 Sb."),
    ("cs", "Starostka zajistí podání žádosti o dotaci na rok 2026."),
    ("cs", "Odbor investic připraví odpověď na dopis ze dne 12. 2. 2025."),
    ("cs", "Ing. Horká připraví aktualizaci strategie na období 2025–2030."),
    ("en", "HC to check compliance with the Localism Act 2011."),
    ("en", "HC to circulate the minutes of the meeting held on 10 March."),
    ("en", "HC to respond to the letter dated 3 February."),
    ("en", "HC to update the five-year plan for 2025-2030."),
    ("en", "HC to circulate the monthly finance report."),
    ("en", "HC to draft the budget for 2026."),
    ("en", "HC to circulate the 2024/25 accounts to members."),
    ("cs", "Tajemník připraví návrh rozpočtu na rok 2026."),
    ("en", "HC to write to residents about the road closure which took place on 3 March."),
]


@pytest.mark.parametrize(("lang", "line"), NOT_DUES)
def test_not_a_due(lang: str, line: str) -> None:
    acts = _actions(lang, [line])
    assert len(acts) == 1, [a.text for a in acts]
    assert acts[0].due is None, acts[0].due


def test_next_meeting_and_its_announcer_in_reading_order() -> None:
    """"Příští jednání se uskuteční v květnu, přesný termín oznámí tajemník": the meeting's date first (owned by
    whoever fixes the day), the announcement second, as the minutes list them."""
    acts = _actions("cs", ["Příští jednání se uskuteční v květnu 2025, přesný termín oznámí tajemník."])
    assert acts and acts[0].due is not None
    assert (acts[0].owner, acts[0].due.latest) == ("Tomáš Beneš", "2025-05-31")


def test_an_ownerless_clause_dates_the_task_of_the_next() -> None:
    """"The Committee agreed to add X to the work programme for the June meeting, and asked the Clerk to invite
    Y to attend": the invitation is due at that meeting, though its own clause states no date."""
    acts = _actions("en", ["The Committee agreed to add flooding to the work programme for the June meeting, and "
                           "asked the Clerk to invite the Highways Authority to attend."])
    owned = [a for a in acts if a.owner == "Helen Carter"]
    assert owned and owned[0].due is not None
    assert (owned[0].due.kind, owned[0].due.latest) == ("next_meeting", "2025-06-30")


def _table_owner(lang: str, cell: str) -> str | None:
    b = DocumentBuilder(Source("t.docx", "0", "docx"))
    header = ["Č.", "Úkol", "Zodpovídá", "Termín"] if lang == "cs" else ["No.", "Action", "Owner", "Due"]
    task = "Zpracovat plán zimní údržby" if lang == "cs" else "Prepare the winter maintenance plan"
    b.add_table([header, ["1", task, cell, "30. 4. 2025" if lang == "cs" else "30 April 2025"]])
    doc = b.build()
    acts = extract_items(doc, lang, MEETING, [], _entities(doc, lang)).actions
    assert len(acts) == 1
    return acts[0].owner


@pytest.mark.parametrize(
    ("lang", "cell", "owner"),
    [
        ("cs", "Odbor investic (Ing. Horká)", "Alena Horká"),
        ("cs", "Odbor investic ve spolupráci s Ing. Horkou", "Odbor investic"),
        ("cs", "Ing. Horká", "Alena Horká"),
        ("cs", "tajemník", "Tomáš Beneš"),
        ("cs", "Všichni členové", None),
        ("cs", "starostka, tajemník", "Hana Králová"),
        ("en", "All", None),
        ("en", "HC/NS", "Helen Carter"),
        ("en", "Finance team (HC)", "Helen Carter"),
        ("en", "Clerk", "Helen Carter"),
    ],
)
def test_task_table_owner_cell(lang: str, cell: str, owner: str | None) -> None:
    assert _table_owner(lang, cell) == owner


@pytest.mark.parametrize(
    ("lang", "line", "dated", "kind", "latest"),
    [
        ("cs", "Tajemník rozešle návrh rozpočtu nejméně týden před příštím zasedáním.", True, "date", "2025-04-07"),
        ("cs", "Tajemník rozešle podklady nejpozději 7 dní před jednáním.", False, "next_meeting", None),
        ("en", "HC to circulate the papers no later than five working days before the meeting.", True, "date",
         "2025-04-07"),
        ("en", "HC to circulate the papers a week before the next meeting.", False, "next_meeting", None),
    ],
)
def test_a_deadline_counted_back_from_the_next_meeting(lang: str, line: str, dated: bool, kind: str,
                                                         latest: str | None) -> None:
    """"nejméně týden před zasedáním": that many days before the next meeting's date (14 April) when the
    minutes give it, else due by the next meeting."""
    nxt = NextMeeting("14. 4. 2025", "2025-04-14", "2025-04-14") if dated else None
    doc = doc_from_lines(line)
    acts = extract_items(doc, lang, MeetingInfo(date="2025-03-10", next_meeting=nxt), [], _entities(doc, lang)).actions
    assert acts and acts[0].due is not None
    assert (acts[0].due.kind, acts[0].due.latest) == (kind, latest)


def test_a_meeting_with_someone_else_is_not_the_next_meeting() -> None:
    acts = _actions("en", ["HC to send the plans to the architect a week before the meeting with the developer."])
    assert acts and (acts[0].due is None or acts[0].due.kind != "next_meeting")
