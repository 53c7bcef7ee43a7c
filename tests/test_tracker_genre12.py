"""Status words of a follow-up report, round 12: an inventory written from knowledge of real minutes (not the corpus).

Czech minutes review earlier tasks under "Kontrola plnění úkolů" / "Kontrola plnění usnesení" / "Plnění úkolů z
minulého jednání", one line per task (its number "úkol č. 3/2024", "usnesení č. 12/5/2025", or a short name) and a
state: done ("splněno", "úkol splněn", "splněno s prodlením", "splněno po termínu", "vyřízeno", "vyřešeno",
"realizováno", "ukončeno", "uzavřeno", "úkol byl splněn"), still running ("trvá", "úkol trvá", "nesplněno",
"v řešení", "řeší se", "průběžně", "plní se", "probíhá", "rozpracováno", "nadále sledovat"), moved ("přesouvá se",
"termín se posouvá", "termín prodloužen", "odloženo", "odkládá se") or dropped ("ruší se", "zrušeno", "vypouští se",
"bezpředmětné", "pozbyl smyslu", "stažen z programu"). English minutes do it under "Matters arising", "Review of
actions from the previous meeting" or an action log with a status column: done ("done", "complete", "completed",
"closed", "actioned", "discharged", "RAG: Green – complete"), running ("ongoing", "in progress", "open", "on
hold", "carried forward", "rolled over", "deferred", "pending", "RAG Amber", "rescheduled"), dropped ("superseded",
"withdrawn", "no longer required", "dropped", "cancelled", "closed – no further action"). A question asked at one
meeting is answered at a later one, often in writing ("odpověď byla zaslána písemně", "a written reply was sent").

Shaped like a report but none: a new promise that contains a status word ("bude splněno do konce roku", "will be
completed by June", "zajistí, aby úkol byl splněn"), a conditional ("pokud bude dokončeno"), a negated completion
("dosud nesplněno" is still running, not done), a status of a different item with similar words (tested in
test_tracker_status2_genre), and a word only sharing a prefix with a status word ("uzavřena smlouva" is done news,
"uzavírka silnice" is not).
"""

from __future__ import annotations

import pytest

from minutes_nlp.textutil import fold
from minutes_nlp.tracker import cues
from minutes_nlp.tracker.acronyms import spelt_out
from minutes_nlp.tracker.deadlines import with_overdue
from minutes_nlp.tracker.follow import MeetingSlot, TrackedItem, follow_series
from minutes_nlp.tracker.mentions import SentenceRef


@pytest.mark.parametrize(("text", "expected"), [
    # done
    ("Úkol č. 3/2024 – splněno.", "done"),
    ("Úkol splněn.", "done"),
    ("Usnesení č. 12/5/2025 bylo splněno.", "done"),
    ("Splněno s prodlením.", "done"),
    ("Úkol byl splněn po termínu.", "done"),
    ("Vyřízeno.", "done"),
    ("Záležitost je vyřešena.", "done"),
    ("Oprava chodníku – realizováno.", "done"),
    ("Úkol je ukončen.", "done"),
    ("Výběrové řízení bylo ukončeno a smlouva uzavřena.", "done"),
    ("Úkol se vyřazuje jako splněný.", "done"),
    ("Odpověď byla zaslána písemně.", "done"),
    # still running
    ("Úkol trvá.", "carried_over"),
    ("Trvá.", "carried_over"),
    ("Nesplněno, úkol trvá.", "carried_over"),
    ("Zatím nesplněno.", "carried_over"),
    ("Úkol je v řešení.", "carried_over"),
    ("Věc se řeší.", "carried_over"),
    ("Plní se průběžně.", "carried_over"),
    ("Průběžně.", "carried_over"),
    ("Jednání s krajem probíhá.", "carried_over"),
    ("Rozpracováno.", "carried_over"),
    ("Termín se posouvá na 30. 6.", "carried_over"),
    ("Úkol se přesouvá na příští jednání.", "carried_over"),
    ("Termín plnění prodloužen do konce roku.", "carried_over"),
    ("Odloženo na září.", "carried_over"),
    ("Projednání se odkládá.", "carried_over"),
    ("Úkol nadále sledovat.", "carried_over"),
    # dropped
    ("Úkol se ruší.", "cancelled"),
    ("Zrušeno.", "cancelled"),
    ("Úkol se vypouští.", "cancelled"),
    ("Úkol je bezpředmětný.", "cancelled"),
    ("Bezpředmětné – investor od záměru ustoupil.", "cancelled"),
    ("Úkol pozbyl smyslu.", "cancelled"),
    ("Bod byl stažen z programu.", "cancelled"),
    # shaped like a report, but a promise or a plan
    ("Úkol bude splněn do konce roku.", "carried_over"),
    ("Tajemník zajistí, aby byl úkol splněn do května.", "carried_over"),
    ("Pokud bude oprava dokončena, proběhne kolaudace.", "carried_over"),
    ("Dosud nesplněno.", "carried_over"),
])
def test_cs_task_control_states(text: str, expected: str) -> None:
    assert cues.classify(text, "cs") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # done
    ("Action 4.2: done.", "done"),
    ("A12 – complete.", "done"),
    ("Completed.", "done"),
    ("Closed.", "done"),
    ("Actioned.", "done"),
    ("Discharged.", "done"),
    ("RAG: Green – complete.", "done"),
    ("The survey had been sent to all residents.", "done"),
    ("A written reply was sent to the member.", "done"),
    # still running
    ("Ongoing.", "carried_over"),
    ("In progress.", "carried_over"),
    ("Open.", "carried_over"),
    ("On hold pending the audit.", "carried_over"),
    ("Carried forward.", "carried_over"),
    ("Rolled over to the next meeting.", "carried_over"),
    ("Deferred to the June meeting.", "carried_over"),
    ("Pending.", "carried_over"),
    ("RAG Amber.", "carried_over"),
    ("Rescheduled for the autumn.", "carried_over"),
    ("Not yet done; remains open.", "carried_over"),
    # dropped
    ("Superseded by the new policy.", "cancelled"),
    ("Withdrawn.", "cancelled"),
    ("No longer required.", "cancelled"),
    ("Dropped.", "cancelled"),
    ("Cancelled.", "cancelled"),
    # shaped like a report, but a promise or a plan
    ("The report will be completed by June.", "carried_over"),
    ("The Clerk is to ensure the work is completed.", "carried_over"),
    ("Once the survey has been completed, the results will be circulated.", "carried_over"),
])
def test_en_action_log_states(text: str, expected: str) -> None:
    assert cues.classify(text, "en") == expected


CS2 = [MeetingSlot(0, 10, "2025-03-12", language="cs"), MeetingSlot(1, 11, "2025-04-16", language="cs")]
EN2 = [MeetingSlot(0, 10, "2025-03-12", language="en"), MeetingSlot(1, 11, "2025-04-16", language="en")]


def _later(*lines: str) -> tuple[SentenceRef, ...]:
    """Lines of the later meeting's review section, each its own paragraph (a task-control list)."""
    return tuple(SentenceRef(1, 11, t, 4 + n, 1, 100 + 120 * n, 100 + 120 * n + len(t)) for n, t in enumerate(lines))


def _final(lang: str, item: TrackedItem, later: tuple[SentenceRef, ...]) -> str:
    meetings = CS2 if lang == "cs" else EN2
    return {t.item_id: t.status for t in follow_series(meetings, [item], later)}[item.id]


_CS_TASK = TrackedItem("A1", "action", 0, "Odbor správy majetku zajistí opravu veřejného osvětlení v ulici Polní do "
                       "30. 6. 2025.", "Odbor správy majetku", "2025-06-30")
_EN_TASK = TrackedItem("A1", "action", 0, "The Clerk to obtain three quotes for the replacement of the village hall "
                       "boiler by 30 June 2025.", "Clerk", "2025-06-30")


@pytest.mark.parametrize(("lang", "later", "expected"), [
    # the review names the task by its topic, then its state
    ("cs", ("Oprava veřejného osvětlení v ulici Polní – splněno.",), "done"),
    ("cs", ("Oprava veřejného osvětlení v ulici Polní – úkol trvá, termín se posouvá na září.",), "carried_over"),
    ("cs", ("Oprava veřejného osvětlení v ulici Polní – úkol se ruší, opravu provede kraj.",), "cancelled"),
    ("cs", ("Oprava veřejného osvětlení v ulici Polní – splněno s prodlením.",), "done"),
    ("cs", ("Veřejné osvětlení v ulici Polní bylo opraveno 2. 4.",), "done"),  # narrative, past passive
    # negatives: the same topic promised again, another item's state
    ("cs", ("Odbor správy majetku zajistí do konce roku opravu veřejného osvětlení v ulici Polní.",), "carried_over"),
    ("cs", ("Oprava chodníku v ulici Krátké – splněno.",), "open"),
    ("en", ("Village hall boiler quotes – complete.",), "done"),
    ("en", ("Village hall boiler quotes: ongoing; one quote still awaited.",), "carried_over"),
    ("en", ("Village hall boiler quotes – no longer required as the hall is to be sold.",), "cancelled"),
    ("en", ("The Clerk reported that three quotes for the village hall boiler had been obtained.",), "done"),
    # negatives: a new promise about the same work, another item's state
    ("en", ("The Clerk will obtain further quotes for the village hall boiler by September.",), "carried_over"),
    ("en", ("Churchyard wall repairs – complete.",), "open"),
])
def test_a_review_line_settles_the_task_it_names(lang: str, later: tuple[str, ...], expected: str) -> None:
    assert _final(lang, _CS_TASK if lang == "cs" else _EN_TASK, _later(*later)) == expected


# A task-control list names each task by a short name, often one word ("Masopust – proběhl, splněno") or the
# topic of the paragraph the promise was made in ("lavička v parku" for "Dodavatel ji osadí do konce května"),
# in a list line or a table's first cell ("Úkol | Kdo | Stav"); the status after the name is the task's verdict,
# also for an inquiry ("X zjistí, kolik by stálo ..." – "Cena ... – ruší se": the task dropped, not its answer).
_OTHER_BUSINESS = ("Předseda zahájil schůzi a přivítal hosty.", "Výbor schvaluje program schůze.",
                   "Místostarosta informoval o přípravě rozpočtu na příští rok.",
                   "Občané se ptali na svoz velkoobjemového odpadu.", "Hlasování: pro 5, proti 0, zdržel se 0.",
                   *(f"Připomínka č. {n} k vyhlášce byla vzata na vědomí." for n in range(30)))  # a minutes' length:
# a word in two of its sentences is rare
_BENCH = TrackedItem("A1", "action", 0, "Dodavatel ji osadí do konce května.", None, "2025-05-31",
                     context="Nová lavička v parku u kašny je už objednaná.")
_CARNIVAL = TrackedItem("A1", "action", 0, "Masopustní průvod připraví hasiči na sobotu 1. března.", "hasiči",
                        "2025-03-01")
_PRICE = TrackedItem("A1", "action", 0, "Pokladník zjistí, kolik by stálo nové ozvučení sálu.",
                     "Pokladník", None)
_EARTH_DAY = TrackedItem("A1", "action", 0, "Mgr. Malá osloví školu a připraví program Dne Země s besedou v knihovně.",
                        "Mgr. Malá", "2025-04-22")
_COMPLAINT = TrackedItem("A1", "action", 0, "Předseda pošle dodavateli znovu písemnou reklamaci, a to do 20. 3.",
                         "Předseda", "2025-03-20", context="Od ledna nesvítí dvě lampy veřejného osvětlení u školy.")


@pytest.mark.parametrize(("item", "later", "expected"), [
    (_BENCH, ("lavička v parku u kašny\tdodavatel\tosazena až 5. 6. – splněno",), "done"),
    (_BENCH, ("Lavička v parku u kašny – osazena 20. 5., splněno.",), "done"),
    (_CARNIVAL, ("Masopust – proběhl 1. 3., přišlo 200 lidí. Splněno.",), "done"),
    (_PRICE, ("Ozvučení sálu – ruší se, obec koupila nové reproduktory sama.",), "cancelled"),
    (_PRICE, ("Nové ozvučení sálu – cena podle nabídky 45 000 Kč, splněno.",), "done"),
    (_COMPLAINT, ("Osvětlení u školy – reklamace odeslána 14. 3., lampy opraveny – splněno",), "done"),
    (_COMPLAINT, ("VO u školy – reklamace odeslána 14. 3., TS lampy opravily – splněno",), "done"),  # an acronym
    (_EARTH_DAY, ("Program Dne Země – hotový, viz bod 4.",), "done"),  # "dne" in a name: no date word there
    # negatives: a short name of other work, however it ends
    (_BENCH, ("Pískoviště v parku – opraveno, splněno.",), "overdue"),
    (_CARNIVAL, ("Hasičská zbrojnice – oprava střechy proběhla, splněno.",), "overdue"),
    (_PRICE, ("Oprava sálu – ruší se.",), "open"),
])
def test_a_control_line_names_its_task_briefly(item: TrackedItem, later: tuple[str, ...], expected: str) -> None:
    meetings = [MeetingSlot(0, 10, "2025-02-12", language="cs"), MeetingSlot(1, 11, "2025-06-16", language="cs")]
    tracked = {t.item_id: t for t in follow_series(meetings, [item], _later(*later, *_OTHER_BUSINESS))}[item.id]
    assert with_overdue(tracked.status, tracked.due, "2025-06-16") == expected


@pytest.mark.parametrize(("acronym", "text", "expected"), [
    ("vo", "nesvítí lampy veřejného osvětlení u školy", True),
    ("mk", "oprava místní komunikace ke hřbitovu", True),
    ("vak", "hydrant patří Vodovodům a kanalizacím", True),
    ("tor", "the terms of reference of the panel", True),
    ("sdh", "sbor dobrovolných hasičů", True),
    ("vo", "výbor schválil program", False),  # the initials apart
    ("mk", "komunikace místní", False),  # not in order
])
def test_an_acronym_is_the_words_it_spells(acronym: str, text: str, expected: bool) -> None:
    assert spelt_out(acronym, fold(text)) is expected


def _paragraph(*parts: str) -> tuple[SentenceRef, ...]:
    """One paragraph of the later meeting, split into its sentences, each knowing its paragraph."""
    text, out, at = " ".join(parts), [], 500
    for p in parts:
        out.append(SentenceRef(1, 11, p, 9, 1, at, at + len(p), parts[0], text))
        at += len(p) + 1
    return tuple(out)


_INQUIRY = TrackedItem("A1", "action", 0, "Předseda se pokusí zjistit na úřadě, zda město počítá s opravou mostu u "
                       "mlýna.", "Předseda", None)


@pytest.mark.parametrize(("later", "expected"), [
    # the inquiry's finding, told later: done
    (("Předseda sdělil, že město počítá s opravou mostu u mlýna v roce 2026.",), {"done"}),
    # a reply to another question asked just before it in its paragraph is no finding of the inquiry
    (("Paní Nová se ptala, zda město počítá i s opravou lávky u mlýna.",
      "Předseda odpověděl, že lávku opraví obec sama."), {"open", "carried_over"}),
    # ... unless the question asks about the inquiry's matter again and the reply names it
    (("Ing. Malý se dotázal, zda už je rozhodnuto o mostu u mlýna.",
      "Předseda odpověděl, že město opravu mostu u mlýna zaplatí v roce 2026."), {"done"}),
])
def test_a_reply_to_the_question_before_it_settles_no_inquiry(later: tuple[str, ...], expected: set[str]) -> None:
    assert _final("cs", _INQUIRY, _paragraph(*later)) in expected


_NEWSLETTER = TrackedItem("A1", "action", 0, "The Clerk to prepare the spring newsletter and arrange its delivery.",
                          "Clerk", None)
_TOR = TrackedItem("A1", "action", 0, "The Chair to redraft the panel's terms of reference.", "Chair", None)
_EN_OTHER = ("The Chair welcomed members and guests.", "Apologies were received from two members.",
             *(f"Correspondence item {n} was noted." for n in range(30)))


@pytest.mark.parametrize(("item", "later", "expected"), [
    (_NEWSLETTER, ("Newsletter – delivered to all households on 3 May. Complete.",), "done"),
    (_NEWSLETTER, ("12\tSpring newsletter\tClerk\tDone – delivered 3 May",), "done"),
    (_TOR, ("Panel ToR – redrafted and circulated; closed.",), "done"),  # the acronym of its words
    # negatives: another matter's short name
    (_NEWSLETTER, ("Noticeboard – repaired. Complete.",), "open"),
    (_TOR, ("Panel budget – circulated to members; closed.",), "open"),
])
def test_an_action_log_names_its_action_briefly(item: TrackedItem, later: tuple[str, ...], expected: str) -> None:
    assert _final("en", item, _later(*later, *_EN_OTHER)) == expected


_CHECK = TrackedItem("A1", "action", 0, "Předseda ověří na stavebním úřadu (SÚ), zda přístavba garáže vyžaduje "
                     "povolení.", "Předseda", None)
_GRANT = TrackedItem("A1", "action", 0, "Tajemnice podá žádost o dotaci na dětské hřiště.", "Tajemnice", None)


@pytest.mark.parametrize(("item", "later", "expected"), [
    # a control list names an inquiry by the noun for one ("dotaz na ...", "query to ...")
    (_CHECK, ("Dotaz na SÚ – splněno, úřad dopisem sdělil, že postačí ohlášení.",), "done"),
    (_CHECK, ("Ověření na stavebním úřadu – trvá, odpověď zatím nepřišla.",), "carried_over"),
    # negative: the noun names no task that is no inquiry
    (_GRANT, ("Dotaz na hřiště – splněno.",), "open"),
])
def test_a_control_line_names_an_inquiry_by_its_noun(item: TrackedItem, later: tuple[str, ...], expected: str) -> None:
    assert _final("cs", item, _later(*later, *_OTHER_BUSINESS)) == expected
