"""The follow-up tracker on small series built by hand: reports, narrative mentions, repeats, carry-overs, deadlines."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from minutes_nlp.tracker.cues import classify
from minutes_nlp.tracker.follow import (
    MAX_SILENT,
    MeetingSlot,
    Tracked,
    TrackedItem,
    follow_series,
    normalise_status,
    with_overdue,
)
from minutes_nlp.tracker.mentions import SentenceRef

MEETINGS = [MeetingSlot(0, 10, "2021-01-10"), MeetingSlot(1, 11, "2021-03-10"), MeetingSlot(2, 12, "2021-06-10")]


def _status(items: list[TrackedItem]) -> dict[str, tuple[str, int]]:
    return {t.item_id: (t.status, t.carried_over) for t in follow_series(MEETINGS, items)}


@pytest.mark.parametrize(("raw", "expected"), [
    ("splněno", "done"), ("Úkol trvá", "carried_over"), ("zrušen", "cancelled"),
    ("termín posunut na 30. 6.", "postponed"), ("Done.", "done"), ("ongoing", "carried_over"),
    ("dropped by the committee", "cancelled"), ("deferred to May", "postponed"), (None, None), ("", None),
])
def test_normalise_status(raw: str | None, expected: str | None) -> None:
    assert normalise_status(raw) == expected


def test_report_by_task_number_closes_action() -> None:
    items = [
        TrackedItem("A1", "action", 0, "Sekretariát rozešle podklady členům PS.", "MMR", "2021-02-28",
                    task_number="1/2021"),
        TrackedItem("R1", "action", 1, "Úkol č. 1/2021 – splněno.", None, reported_status="splněno",
                    refers_to="1/2021"),
    ]
    assert _status(items) == {"A1": ("done", 0), "R1": ("report", 0)}


def test_carried_over_twice_then_done_with_evidence() -> None:
    items = [
        TrackedItem("A1", "action", 0, "MPO připraví analýzu pokrytí sítěmi 5G v obcích.", "MPO", "2021-02-28"),
        TrackedItem("R1", "action", 1, "Analýza pokrytí sítěmi 5G v obcích – trvá.", "MPO", reported_status="trvá"),
        TrackedItem("R2", "action", 2, "Analýza pokrytí sítěmi 5G v obcích – splněno.", "MPO",
                    reported_status="splněno"),
    ]
    tracked = {t.item_id: t for t in follow_series(MEETINGS, items)}
    assert (tracked["A1"].status, tracked["A1"].carried_over) == ("done", 1)
    assert [e.status for e in tracked["A1"].evidence] == ["carried_over", "done"]
    assert tracked["A1"].evidence[-1].meeting_id == 12


def test_unrelated_report_does_not_close_action() -> None:
    items = [
        TrackedItem("A1", "action", 0, "MPO připraví analýzu pokrytí sítěmi 5G v obcích.", "MPO"),
        TrackedItem("R1", "action", 1, "Úprava webových stránek skupiny – splněno.", "MMR", reported_status="splněno"),
    ]
    assert _status(items)["A1"] == ("open", 0)


def test_postponed_moves_deadline_and_counts_as_carried_over() -> None:
    items = [
        TrackedItem("A1", "action", 0, "Obec podá žádost o dotaci na chodník.", "Obec", "2021-02-01"),
        TrackedItem("R1", "action", 1, "Žádost o dotaci na chodník – termín posunut.", "Obec", "2021-05-31",
                    reported_status="termín posunut"),
    ]
    tracked = {t.item_id: t for t in follow_series(MEETINGS, items)}
    assert (tracked["A1"].status, tracked["A1"].carried_over, tracked["A1"].due) == ("carried_over", 1, "2021-05-31")


def test_next_meeting_deadline_resolves_to_next_meeting_date() -> None:
    items = [TrackedItem("A1", "action", 0, "p. Novák připraví návrh rozpočtu.", "Novák", None, "next_meeting")]
    assert follow_series(MEETINGS, items)[0].due == "2021-03-10"


def test_named_meeting_deadline_is_that_meetings_date() -> None:
    """ "by the March meeting" is read as the end of March; the series' March meeting is the deadline."""
    items = [TrackedItem("A1", "action", 0, "Clerk to obtain three quotes by the March meeting.", "Clerk",
                         "2021-03-31", "next_meeting")]
    assert follow_series(MEETINGS, items)[0].due == "2021-03-10"


@pytest.mark.parametrize(("later", "expected"), [
    ((), "overdue"),  # the meeting on its due day says nothing of it: overdue as of that meeting
    ((TrackedItem("R1", "action", 1, "Návrh rozpočtu – trvá.", "Novák", reported_status="trvá"),), "carried_over"),
    ((TrackedItem("R1", "action", 1, "Návrh rozpočtu – splněno.", "Novák", reported_status="splněno"),), "done"),
])
def test_work_due_at_a_meeting_that_does_not_report_it_is_overdue_then(later: tuple[TrackedItem, ...],
                                                                        expected: str) -> None:
    items = [TrackedItem("A1", "action", 0, "p. Novák připraví návrh rozpočtu.", "Novák", None, "next_meeting"),
             *later]
    tracked = {t.item_id: t for t in follow_series(MEETINGS[:2], items)}
    assert tracked["A1"].status == expected
    assert with_overdue(tracked["A1"].status, tracked["A1"].due, "2021-03-10") == expected


def test_question_answered_later() -> None:
    items = [
        TrackedItem("Q1", "question", 0, "Dotaz na termín opravy mostu v obci Lhota.", None, answered=False),
        TrackedItem("Q2", "question", 1, "Dotaz na termín opravy mostu v obci Lhota – oprava bude v květnu.",
                    None, answered=True),
    ]
    assert _status(items)["Q1"] == ("answered", 0)


@pytest.mark.parametrize(("status", "due", "as_of", "expected"), [
    ("open", "2021-01-31", "2021-02-01", "overdue"), ("open", "2021-01-31", "2021-01-31", "open"),
    ("carried_over", "2021-01-31", "2022-01-01", "overdue"), ("done", "2021-01-31", "2022-01-01", "done"),
    ("open", None, "2022-01-01", "open"),
    # stored "overdue": a meeting held on the due day left it unreported; before that day it reads as open
    ("overdue", "2021-01-31", "2021-01-31", "overdue"), ("overdue", "2021-01-31", "2021-01-30", "open"),
])
def test_overdue_is_judged_on_the_day_asked(status: str, due: str | None, as_of: str, expected: str) -> None:
    assert with_overdue(status, due, as_of) == expected


# --- narrative follow-up: later sentences that report on an earlier item ------------------------------------

def _sent(meeting: int, text: str, block: int = 0, lead: str = "") -> SentenceRef:
    return SentenceRef(meeting, 10 + meeting, text, block, 1, 100 * block, 100 * block + len(text), lead)


def _filler(meeting: int) -> list[SentenceRef]:
    """Unrelated sentences, so word weights behave as in a real series."""
    return [_sent(meeting, t, 50 + i) for i, t in enumerate([
        "Předsedající přivítal přítomné a konstatoval usnášeníschopnost.",
        "The chair welcomed everyone and thanked the hosts for the room.",
        "Zápis z minulého jednání byl schválen bez připomínek.",
        "Members discussed the budget for the coming year at some length.",
    ])]


def _follow(lang: str, item: TrackedItem, later: list[str]) -> Tracked:
    slots = [MeetingSlot(i, 10 + i, f"2021-0{i + 1}-10", language=lang) for i in range(len(later) + 1)]
    sents = [s for i, text in enumerate(later, 1) for s in (_sent(i, text, 3), *_filler(i))]
    return next(t for t in follow_series(slots, [item], sents + _filler(0)) if t.item_id == item.id)


@pytest.mark.parametrize(("lang", "item", "later", "expected"), [
    ("cs", TrackedItem("A", "action", 0, "Jirka zkusí domluvit hudební skupinu na letní slavnost.", "Jirka"),
     ["Hudební skupina na slavnost je domluvená, hraje od šesti."], ("done", 0)),
    ("cs", TrackedItem("A", "action", 0, "Obec požádá kraj o dotaci na opravu hasičské zbrojnice.", "Obec"),
     ["Žádost o dotaci na opravu hasičské zbrojnice byla podána 3. 5."], ("done", 0)),
    ("cs", TrackedItem("A", "action", 0, "Karel obvolá lékárny kvůli sponzorskému daru.", "Karel"),
     ["Lékárny Karel nestihl obvolat, zkusí to do příště.", "Sponzorský dar od lékáren přišel, díky."],
     ("done", 1)),
    ("cs", TrackedItem("A", "action", 0, "Odbor připraví exkurzi do čistírny odpadních vod.", "Odbor"),
     ["Exkurze do čistírny odpadních vod se zrušila, provozovatel ji neumožnil."], ("cancelled", 0)),
    ("cs", TrackedItem("A", "action", 0, "Sekretariát připraví analýzu dopravní obslužnosti.", "Sekretariát"),
     ["Analýza dopravní obslužnosti je stále rozpracovaná."], ("carried_over", 1)),
    ("en", TrackedItem("A", "action", 0, "Dana to post the call for volunteers on the forum.", "Dana"),
     ["Call for volunteers posted on the forum on 3 March."], ("done", 0)),
    ("en", TrackedItem("A", "action", 0, "Omar to renew the hosting contract with the provider.", "Omar"),
     ["Hosting contract: still waiting for the provider, no update.", "The hosting contract was renewed."],
     ("done", 1)),
    ("en", TrackedItem("A", "action", 0, "Lee to ask the sponsor about renewing the hosting credits.", "Lee"),
     ["The hosting credits lapsed in March; nothing left to ask for, so we drop it."], ("cancelled", 0)),
    ("en", TrackedItem("A", "action", 0, "The applicant shall submit a drainage plan for the car park.", None),
     ["The drainage plan for the car park has not yet been received."], ("carried_over", 1)),
    ("en", TrackedItem("A", "action", 0, "Priya to draft the trademark assignment letter.", "Priya"),
     ["The library reading room will close early on Fridays."], ("open", 0)),
    ("cs", TrackedItem("A", "action", 0, "Sekretariát připraví analýzu dopravní obslužnosti.", "Sekretariát"),
     ["Knihovna bude v létě otevřena jen dopoledne."], ("open", 0)),
    ("en", TrackedItem("Q", "question", 0, "Who holds the domain registrations at the moment?", answered=False),
     ["Ellen confirmed that the domain registrations are on her personal account."], ("answered", 0)),
    ("cs", TrackedItem("Q", "question", 0, "Kdo má klíč od kůlny u hřiště?", answered=False),
     ["Klíč od kůlny u hřiště má správce areálu."], ("answered", 0)),
])
def test_later_sentence_reports_on_item(lang: str, item: TrackedItem, later: list[str],
                                        expected: tuple[str, int]) -> None:
    tracked = _follow(lang, item, later)
    assert (tracked.status, tracked.carried_over) == expected


def test_agenda_heading_yields_to_the_sentence_under_it() -> None:
    """ "19. Internal audit recommendations" names the topic; "The Clerk presented a draft response ..." is news."""
    item = TrackedItem("A", "action", 0, "Clerk to prepare a response to the internal auditor's recommendations.",
                       "Clerk")
    slots = [MeetingSlot(0, 10, "2021-01-10", language="en"), MeetingSlot(1, 11, "2021-03-10", language="en")]
    sents = [_sent(1, "Internal audit recommendations", 3),
             _sent(1, "The Clerk presented a draft response to the two audit recommendations.", 4),
             *_filler(1), *_filler(0)]
    tracked = next(t for t in follow_series(slots, [item], sents) if t.item_id == "A")
    assert (tracked.status, tracked.evidence[-1].block) == ("done", 4)


def test_evidence_keeps_meeting_sentence_and_span() -> None:
    item = TrackedItem("A", "action", 0, "Dana to post the call for volunteers on the forum.", "Dana")
    ev = _follow("en", item, ["Call for volunteers posted on the forum on 3 March."]).evidence[-1]
    assert (ev.meeting_id, ev.status, ev.text, ev.block, ev.page, ev.start) == (
        11, "done", "Call for volunteers posted on the forum on 3 March.", 3, 1, 300)


def test_other_task_number_is_not_a_report() -> None:
    item = TrackedItem("A", "action", 0, "Úkol č. 4/2021: Připravit přehled dotačních titulů pro obce.",
                       task_number="Úkol č. 4/2021")
    assert _follow("cs", item, ["Úkol č. 5/2021 – přehled dotačních titulů pro obce – splněno."]).status == "open"


@pytest.mark.parametrize(("lang", "text", "later_meetings", "expected"), [
    ("cs", "Termín dalšího jednání: 29. 6. 2021.", 1, "done"),
    ("cs", "Příští jednání se uskuteční v květnu, termín upřesní sekretariát.", 1, "done"),
    ("en", "Next meeting: 11 February, same time.", 1, "done"),
    ("cs", "Termín dalšího jednání: 29. 6. 2021.", 0, "open"),
    ("cs", "Příští valná hromada se bude konat 20. června 2021.", 1, "done"),
    ("cs", "Příští porada se koná výjimečně v úterý 2. 5. 2021.", 1, "done"),
])
def test_next_meeting_is_done_when_the_series_meets_again(lang: str, text: str, later_meetings: int,
                                                          expected: str) -> None:
    slots = [MeetingSlot(i, 10 + i, f"2021-0{i + 1}-10", language=lang) for i in range(later_meetings + 1)]
    items = [TrackedItem("A", "action", 0, text)]
    sents = [_sent(i, f"{i + 5}. jednání", 0) for i in range(1, later_meetings + 1)]
    assert follow_series(slots, items, sents)[0].status == expected


@pytest.mark.parametrize(("agenda", "expected", "last_evidence"), [
    (("Zahájení", "Návrh rozpočtu na rok 2022", "Oprava chodníku v Lipové ulici"), "done", "done"),
    (("Zahájení", "Různé"), "open", "dropped"),
])
def test_topics_for_next_meeting_checked_against_its_agenda(agenda: tuple[str, ...], expected: str,
                                                            last_evidence: str) -> None:
    refs = tuple(SentenceRef(1, 11, t, i) for i, t in enumerate(agenda))
    slots = [MeetingSlot(0, 10, "2021-01-10"), MeetingSlot(1, 11, "2021-02-10", agenda_titles=agenda, agenda=refs)]
    item = TrackedItem("A", "action", 0, "Na příštím jednání budou zařazena témata: návrh rozpočtu, oprava chodníku.")
    tracked = follow_series(slots, [item])[0]
    assert (tracked.status, tracked.evidence[-1].status) == (expected, last_evidence)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Portál byl spuštěn 15. června.", "cs", "done"),
    ("Vláda materiál schválila na zasedání 14. června.", "cs", "done"),
    ("Pozvánky jsou rozeslané.", "cs", "done"),
    ("Portál bude spuštěn v červnu.", "cs", "carried_over"),
    ("Úkol trvá.", "cs", "carried_over"),
    ("Opravu Pavel nestihl.", "cs", "carried_over"),
    ("Firma nakonec nedala nic.", "cs", "done"),
    ("Exkurze byla zrušena.", "cs", "cancelled"),
    ("Sbírka se koná v sobotu.", "cs", "carried_over"),
    ("Draft sent to the list on 2 February.", "en", "done"),
    ("CI migration done.", "en", "done"),
    ("The PR is open but not merged.", "en", "carried_over"),
    ("Still stuck behind a transfer lock.", "en", "carried_over"),
    ("Jo will add the logo once the agreement is signed.", "en", "carried_over"),
    ("We no longer need it, so it is dropped.", "en", "cancelled"),
])
def test_classify_sentence(text: str, lang: str, expected: str) -> None:
    assert classify(text, lang) == expected


_FIRST = """# Schůze výboru 3. 3. 2022

Přítomni: Pavel, Jana, Ota.

- Jana zajistí pronájem sálu na ples do konce března.
- Ota připraví návrh rozpočtu spolku na příští rok.

Příště ve čtvrtek 31. 3. 2022.
"""
_SECOND = """# Schůze výboru 31. 3. 2022

Přítomni: Pavel, Jana, Ota.

- Pronájem sálu na ples je zajištěný, Jana podepsala smlouvu.
- Na jarní brigádu přijde asi deset lidí.

Příště ve čtvrtek 28. 4. 2022.
"""


def test_actions_show_prints_the_later_sentence_as_evidence(cli, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text(_FIRST, encoding="utf-8")
    (tmp_path / "docs" / "b.md").write_text(_SECOND, encoding="utf-8")
    db = str(tmp_path / "m.db")
    assert cli("ingest", tmp_path / "docs", "--db", db).exit_code == 0
    actions = json.loads(cli("actions", "--db", db, "--format", "json", "--as-of", "2022-04-01").stdout)
    hall = next(a for a in actions if "pronájem sálu" in a["text"])
    budget = next(a for a in actions if "rozpočtu" in a["text"])
    assert (hall["status"], budget["status"]) == ("done", "open")
    shown = cli("actions", "show", hall["id"], "--db", db)
    assert shown.exit_code == 0
    assert "done — Pronájem sálu na ples je zajištěný, Jana podepsala smlouvu." in shown.stdout
    found = json.loads(cli("actions", "show", hall["id"], "--db", db, "--format", "json").stdout)["evidence"]
    assert (found[-1]["block"], found[-1]["start"] is not None, found[-1]["method"]) == (2, True, "mention:cues")


@pytest.mark.parametrize(("silent", "expected"), [(3, "done"), (MAX_SILENT + 2, "open")])
def test_tracker_stops_looking_after_long_silence(silent: int, expected: str) -> None:
    """An action nobody mentions for more than MAX_SILENT meetings is left open (and overdue), not matched."""
    item = TrackedItem("A", "action", 0, "Dana to post the call for volunteers on the forum.", "Dana")
    later = ["The chair welcomed everyone."] * silent + ["Call for volunteers posted on the forum on 3 March."]
    assert _follow("en", item, later).status == expected


# --- explicit owners: a line that speaks for someone else never reports on this owner's action -------------

def _series(lang: str, meetings: list[list[TrackedItem | str]]) -> dict[str, Tracked]:
    """Meetings given as their items and sentences in order; every item's own sentence is in its meeting too."""
    slots = [MeetingSlot(i, 10 + i, f"2021-0{i + 1}-10", language=lang) for i in range(len(meetings))]
    items, sents = [], [s for i in range(len(meetings)) for s in _filler(i)]
    for i, parts in enumerate(meetings):
        for block, part in enumerate(parts):
            text = part.text if isinstance(part, TrackedItem) else part
            lead, *rest = [t for t in text.split(" | ")]
            sents += [_sent(i, lead, block)] + [_sent(i, t, block, lead) for t in rest]
            if isinstance(part, TrackedItem):
                items.append(replace(part, meeting_index=i, text=lead, block=block, start=100 * block,
                                     end=100 * block + len(lead)))
    return {t.item_id: t for t in follow_series(slots, items, sents)}


def _act(id_: str, text: str, owner: str | None, **kw: object) -> TrackedItem:
    return TrackedItem(id_, "action", 0, text, owner, **kw)  # type: ignore[arg-type]


_VIKTOR = _act("V", "Viktor to move the plugin repository into the org once the licence question is settled.",
               "Viktor")
_HANA = _act("H", "Hana will ask the foundation's counsel about the licence.", "Hana")


@pytest.mark.parametrize(("lang", "first", "later", "expected"), [
    # Another owner's checkbox line shares words with the action: vetoed; the owner's own line reports.
    ("en", [_VIKTOR, _HANA],
     ["[x] Hana: counsel says the licence is fine for the org and the plugin repository.",
      "[ ] Viktor: plugin repository transfer. | Everything is ready, it needs the go-ahead. | Carried over."],
     {"V": ("carried_over", "[ ] Viktor"), "H": ("done", "[x] Hana")}),
    ("en", [_VIKTOR, _HANA], ["[x] Hana: counsel says the plugin repository licence is fine for the org."],
     {"V": ("open", None), "H": ("done", "[x] Hana")}),
    # Initials tell two people of one first name apart; the same person by a shorter name is not vetoed.
    ("en", [_act("R", "Tom R. to set up the Windows build job in CI.", "Tom R."),
            _act("K", "Tom K. to publish the release schedule.", "Tom K.")],
     ["[x] Tom K.: Windows build job in CI is done."], {"R": ("open", None)}),
    ("en", [_act("R", "Tom R. to set up the Windows build job in CI.", "Tom R.")],
     ["[x] Tom: Windows build job in CI is done."], {"R": ("done", "[x] Tom")}),
    ("en", [_act("R", "Tom R. to set up the Windows build job in CI.", "Tom R."),
            _act("K", "Tom K. to publish the release schedule.", "Tom K.")],
     ["The Windows build job in CI was set up in March."], {"R": ("done", "The Windows")}),
    # "Name will ..." speaks for that sentence's owner.
    ("en", [_VIKTOR, _HANA], ["Hana will settle the licence question for the plugin repository with the org."],
     {"V": ("open", None)}),
    # Czech speaker lines ("Jméno: ...") in any case form of the owner's name.
    ("cs", [_act("R", "Radek zajistí opravu plotu u dětského hřiště.", "Radek"),
            _act("M", "Milena připraví rozpis služeb na pouť.", "Milena")],
     ["Milena: oprava plotu u dětského hřiště je hotová."], {"R": ("open", None)}),
    ("cs", [_act("R", "Radek zajistí opravu plotu u dětského hřiště.", "Radek"),
            _act("M", "Milena připraví rozpis služeb na pouť.", "Milena")],
     ["Radek: oprava plotu u dětského hřiště je hotová."], {"R": ("done", "Radek:")}),
    ("cs", [_act("R", "Radek připomene opravu plotu u dětského hřiště.", "Radek"),
            _act("M", "Milena připraví rozpis služeb na pouť.", "Milena")],
     ["Milena navrhuje opravu plotu u dětského hřiště, v dubnu to připomene."], {"R": ("open", None)}),
], ids=["own-line-wins", "other-checkbox-vetoed", "other-initial-vetoed", "short-name-same-owner", "no-prefix",
        "name-will-vetoed", "cs-speaker-vetoed", "cs-own-speaker", "cs-subject-vetoed"])
def test_explicit_owner_vetoes_other_owners_actions(lang: str, first: list[TrackedItem], later: list[str],
                                                    expected: dict[str, tuple[str, str | None]]) -> None:
    tracked = _series(lang, [list(first), list(later)])
    for item_id, (status, evidence_start) in expected.items():
        got = tracked[item_id]
        assert got.status == status
        assert (got.evidence[-1].text if got.evidence else None) is None if evidence_start is None else \
            got.evidence[-1].text.startswith(evidence_start)


# --- restatements: one promise said twice shows open once ---------------------------------------------------

_IVO = _act("I", "Ivo to write the grant report for the Lindqvist foundation.", "Ivo")


@pytest.mark.parametrize(("lang", "meetings", "expected"), [
    # The next meeting's task list restates the open action: a report on it (carried over, new deadline).
    ("en", [[_IVO], ["Other business was short.",
                     _act("I2", "[ ] Ivo: Lindqvist grant report by 30 May (carried over)", "Ivo",
                          due="2021-05-30", reported_status="carried over")]],
     {"I": ("carried_over", 1, None, "2021-05-30"), "I2": ("report", 0, "I", "2021-05-30")}),
    # ... and its cue decides: a restatement that drops it cancels the action.
    ("en", [[_IVO], [_act("I2", "[ ] Ivo: Lindqvist grant report dropped, the call was withdrawn", "Ivo")]],
     {"I": ("cancelled", 0, None, None), "I2": ("report", 0, "I", None)}),
    # A Czech restatement with the news, its paragraph telling which calls it is about.
    ("cs", [[_act("V", "Vojta obvolá sponzory (pekárna Mlýnek, lékárna U Lva, autoservis Brázda).", "Vojta")],
            ["Sponzoři zatím pekárna Mlýnek a autoservis Brázda. | "
             "Lékárnu U Lva Vojta nestihl, obvolá ji do příští schůzky.",
             _act("V2", "Lékárnu U Lva Vojta nestihl, obvolá ji do příští schůzky.", "Vojta",
                  context="Sponzoři zatím pekárna Mlýnek a autoservis Brázda. ")]],
     {"V": ("carried_over", 1, None, None), "V2": ("report", 0, "V", None)}),
    # The same meeting: a body sentence and the closing action list; the first stands, with the list's deadline.
    ("en", [[_IVO, "Action items", _act("I2", "[ ] Ivo: grant report for the Lindqvist foundation by 30 May",
                                       "Ivo", due="2021-05-30")]],
     {"I": ("open", 0, None, "2021-05-30"), "I2": ("report", 0, "I", "2021-05-30")}),
    # Not a restatement: another owner, or the same owner's different work.
    ("en", [[_IVO], [_act("P", "[ ] Pavla: Lindqvist grant report by 30 May", "Pavla", due="2021-05-30")]],
     {"I": ("open", 0, None, None), "P": ("open", 0, None, "2021-05-30")}),
    ("en", [[_IVO, _act("I2", "Ivo to book the parish hall for the summer fair.", "Ivo")]],
     {"I": ("open", 0, None, None), "I2": ("open", 0, None, None)}),
], ids=["task-list-carried-over", "task-list-dropped", "cs-news-restated", "same-meeting-closing-list",
        "other-owner", "same-owner-other-work"])
def test_restated_action_is_a_report_on_the_open_one(
        lang: str, meetings: list[list[TrackedItem | str]],
        expected: dict[str, tuple[str, int, str | None, str | None]]) -> None:
    tracked = _series(lang, meetings)
    got = {k: (tracked[k].status, tracked[k].carried_over, tracked[k].same_as, tracked[k].due) for k in expected}
    assert got == expected


# --- resolution numbers, promises, new questions, owner titles ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Usn. č. 4/3/2021 – oprava byla dokončena", "4/3/21"), ("3/6/2021\tkupní smlouva", "3/6/21"),
    ("Úkol č. 5/2021", "5/21"), ("Usnesení č. 4/3/2021", "4/3/21"), ("p. č. 245/3", None),
])
def test_task_key_keeps_meeting_number_of_resolutions(text: str, expected: str | None) -> None:
    from minutes_nlp.tracker.mentions import task_key
    assert task_key(text) == expected


def _council(later: list[str], reported: dict[str, str] | None = None) -> dict[str, Tracked]:
    """Two numbered resolutions of one council meeting, and the next meeting's sentences (some report items)."""
    first = [_act("A3", "ZO schvaluje dodatek ke smlouvě o dílo a pověřuje starostu podpisem dodatku.", "Starosta",
                  task_number="Usnesení č. 4/3/2021"),
             _act("A6", "ZO schvaluje smlouvu o dílo na projekt kanalizace a pověřuje starostu podpisem smlouvy.",
                  "Starosta", task_number="Usnesení č. 4/6/2021"),
             _act("A7", "ZO pověřuje místostarostku přípravou žádosti o dotaci na dětské hřiště.", "Místostarostka",
                  task_number="Usnesení č. 4/7/2021")]
    second: list[TrackedItem | str] = [_act(f"R{i}", t, None, reported_status=(reported or {}).get(t))
                                       if t in (reported or {}) else t for i, t in enumerate(later)]
    return _series("cs", [list(first), second])


def test_resolution_control_reports_by_resolution_number() -> None:
    done = "Usn. č. 4/3/2021 – smlouva o dílo podepsána, oprava dokončena 12. 10. 2021 – splněno."
    tracked = _council([done, "ZO ruší usnesení č. 4/7/2021."], {done: "splněno"})
    assert {k: tracked[k].status for k in ("A3", "A6", "A7", "R0")} == {
        "A3": "done", "A6": "open", "A7": "cancelled", "R0": "report"}
    assert tracked["R0"].same_as == "A3"


def test_different_resolution_numbers_are_never_one_promise() -> None:
    """The same owner's two signing mandates read alike; their numbers keep them apart."""
    tracked = _series("cs", [[_act("A", "ZO pověřuje starostu podpisem smlouvy o dílo.", "Starosta",
                                   task_number="Usnesení č. 3/7/2021")],
                             [_act("B", "ZO pověřuje starostu podpisem smlouvy o dílo na kanalizaci.", "Starosta",
                                   task_number="Usnesení č. 4/6/2021")]])
    assert (tracked["A"].status, tracked["B"].status, tracked["B"].same_as) == ("open", "open", None)


def test_similar_report_points_at_the_item_it_reports_on() -> None:
    items = [TrackedItem("A1", "action", 0, "Starosta zajistí podpis smlouvy o dílo se společností Silnice.",
                         "Starosta"),
             TrackedItem("A2", "action", 1, "Starosta zajistí podpis smlouvy o dílo se společností Silnice.",
                         "Starosta")]
    tracked = {t.item_id: t for t in follow_series(MEETINGS, items)}
    assert (tracked["A2"].status, tracked["A2"].same_as) == ("report", "A1")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Mr. Gallagher shall submit a roster of staff who have completed server training by May 12."),
    ("cs", "PS souhlasí s tím, aby aktualizace metodiky proběhla v roce 2023."),
])
def test_a_promise_with_status_words_is_not_a_report(lang: str, text: str) -> None:
    slots = [MeetingSlot(0, 10, "2021-01-10", language=lang)]
    item = TrackedItem("A", "action", 0, text, None, reported_status="done")
    assert follow_series(slots, [item])[0].status == "open"


@pytest.mark.parametrize(("lang", "later", "expected"), [
    ("cs", "Na dotaz Ing. Štěpánka, zda se pilotní ověření týká senzorových sítí, odpověděl Mgr. Havlík, že nikoli.",
     "open"),
    ("cs", "K dotazu Ing. Štěpánka z minulého jednání sdělil Mgr. Havlík, že senzorové sítě musí splnit normu.",
     "answered"),
    ("en", "Cllr Pembridge asked whether the CCTV camera in Mill Lane was covered; the Clerk said it was not.",
     "open"),
    ("en", "The Clerk confirmed that the question about the CCTV camera had been forwarded to the police.", "open"),
])
def test_a_new_question_does_not_answer_an_earlier_one(lang: str, later: str, expected: str) -> None:
    texts = {"cs": "Ing. Štěpánek se dotázal, jaké požadavky musí splnit senzorové sítě měst.",
             "en": "Cllr Pembridge asked whether the maintenance contract covered the CCTV camera in Mill Lane."}
    item = TrackedItem("Q", "question", 0, texts[lang], answered=False)
    assert ("answered" if _follow(lang, item, [later]).status == "answered" else "open") == expected


def test_owner_title_words_are_not_the_topic() -> None:
    item = _act("A", "Vice Chair Okafor offered to contact the Ashcombe Chamber of Commerce about a training "
                "session.", "Thomas Okafor")
    assert _follow("en", item, ["She noted that Vice Chair Okafor had sent his regrets."]).status == "open"


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Mgr. Havlík informoval o přípravě setkání podskupiny.", "cs", None),  # telling of it: nothing done yet
    ("RESOLVED that Cllr Ellison be elected Chair of the committee.", "en", None),
    ("The Clerk reported on the audit.", "en", None),
    ("Mapy jsou od 20. 12. 2021 volně dostupné na portálu.", "cs", "done"),
    ("ZO ruší usnesení č. 4/7/2021.", "cs", "cancelled"),
])
def test_classify_without_default(text: str, lang: str, expected: str | None) -> None:
    assert classify(text, lang, default=None) == expected


def test_cancellation_in_a_long_paragraph_speaks_for_its_own_topic() -> None:
    block = ("Mgr. Havlík informoval o závěrech prvního setkání podskupiny. Původně navržená sada 12 indikátorů "
             "byla zúžena na 10, vypuštěny byly indikátory, pro které nejsou k dispozici data na úrovni ORP. "
             "Sada bude v období duben–květen ověřena v pěti pilotních městech.")
    first = "Mgr. Havlík informoval o závěrech prvního setkání podskupiny."
    assert classify(first, "cs", block=block, default=None) == "done"  # the meeting whose conclusions he told of
    short = "Cllr Desai reported that she had looked at two deposit funds. It was agreed that no further action " \
            "be taken."
    assert classify("Cllr Desai reported that she had looked at two deposit funds.", "en", block=short * 3) == \
        "cancelled"


_ZO_1 = """# Zápis z 1. zasedání Zastupitelstva obce Lhotka, konaného dne 10. 2. 2021

## 5. Věcné břemeno

Návrh usnesení: ZO schvaluje smlouvu o věcném břemeni s ČEZ Distribuce, a. s., a pověřuje starostu podpisem smlouvy.

Usnesení č. 1/5/2021 bylo schváleno.

## 6. Oprava kapličky

Návrh usnesení: ZO schvaluje opravu kapličky a pověřuje starostu podpisem smlouvy o dílo.

Usnesení č. 1/6/2021 bylo schváleno.
"""
_ZO_2 = """# Zápis z 2. zasedání Zastupitelstva obce Lhotka, konaného dne 21. 4. 2021

## 3. Kontrola usnesení z minulého zasedání

- Usn. č. 1/5/2021 – smlouva s ČEZ Distribuce byla podepsána 3. 3. 2021 – splněno.

Zastupitelstvo bere kontrolu usnesení na vědomí.
"""


def test_resolution_control_closes_the_numbered_resolution_only(tmp_path: Path) -> None:
    """Stored actions take the number of the resolution they are part of; the control list reports by it."""
    from minutes_nlp.ingest import ingest
    from minutes_nlp.store import open_archive
    from minutes_nlp.store.queries import ItemFilter, list_items

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "zo-01.md").write_text(_ZO_1, encoding="utf-8")
    (tmp_path / "docs" / "zo-02.md").write_text(_ZO_2, encoding="utf-8")
    archive = open_archive(tmp_path / "m.db")
    ingest(archive, sorted((tmp_path / "docs").iterdir()))
    views = list_items(archive, ItemFilter("action", None, as_of="2021-04-21"))
    status = {("ČEZ" if "ČEZ" in v.text else "kaplička"): v.status for v in views if "pověřuje" in v.text}
    assert status == {"ČEZ": "done", "kaplička": "open"}


def test_carry_over_with_a_later_deadline_moves_it() -> None:
    item = _act("A", "Rada ukládá tajemníkovi zajistit aktualizaci povodňového plánu.", "Tajemník",
                task_number="RM/813/2022", due="2021-01-31")
    tracked = _series("cs", [[item], ["RM/813/2022 – trvá, termín prodloužen do 30. 6. 2021."]])
    assert (tracked["A"].status, tracked["A"].due) == ("carried_over", "2021-06-30")


@pytest.mark.parametrize(("minute", "expected"), [("23/005", "done"), (None, "open")])
def test_review_table_cites_the_minute_an_action_was_recorded_under(minute: str | None, expected: str) -> None:
    item = _act("A", "PCSO Frost agreed to arrange additional evening patrols of the car park during January.",
                "D. Frost", minute=minute)
    row = "23/005\tCar park thefts\tPCSO Frost – evening patrols\tDone. Patrols were carried out on eight evenings."
    assert _series("en", [[item], [row]])["A"].status == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Cllr Fairweather reported that no trainer could be found; it was agreed not to proceed this year.",
     "cancelled"),
    ("The Chairman apologised that no written reply had been sent.", "carried_over"),
    ("The Chairman said that the Clerk will respond in writing.", None),
])
def test_classify_english_reports(text: str, expected: str | None) -> None:
    assert classify(text, "en", default=None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Úkol Mgr. Hronkové připravit návrh pravidel se ruší, protože MŠMT vydá doporučení.", "cancelled"),
    ("Jednání s dopravcem se dosud neuskutečnilo, úkol trvá do příštího zasedání.", "carried_over"),
    ("Beseda se neuskutečnila.", "cancelled"),
    ("Radní se zajímal o stav stížnosti obyvatel Zahradní ulice.", None),
])
def test_classify_czech_reports(text: str, expected: str | None) -> None:
    assert classify(text, "cs", default=None) == expected


def test_attendance_table_row_is_no_report() -> None:
    from minutes_nlp.tracker.mentions import is_header_line
    assert is_header_line("Ms Priya Nandakumar\tPostgraduate research student member\tPresent", "en")
    assert not is_header_line("8.2\tMisconduct web page\tAG\tUpdated on 28 November. Complete.", "en")


def test_a_line_by_the_owners_office_is_the_owners_report() -> None:
    """ "Ředitelka ZŠ zaslala ..." reports on the head teacher's promise though it names her by office."""
    item = _act("A", "Ředitelka přislíbila, že přehled úsporných opatření zašle radě písemně.", "Hana Vlčková")
    other = _act("B", "Ředitelka ZŠ připraví rozpis dozorů.", "Ředitelka ZŠ")
    tracked = _series("cs", [[item, other], ["Ředitelka ZŠ zaslala dne 28. 11. přehled úsporných opatření."]])
    assert tracked["A"].status == "done"


def test_a_long_item_is_known_by_its_promise_clause() -> None:
    from minutes_nlp.tracker.mentions import probe
    found = probe("Pan Vlasák, který je v radě zřizovatelem, odpověděl, že oprava je v plánu údržby a zřizovatel "
                  "zajistí výměnu osvětlení v tělocvičně do konce roku.", "cs")
    assert {"osvet", "teloc"} <= found.own and "vlasa" in found.context and "vlasa" not in found.own


def test_an_answer_to_the_question_answers_it() -> None:
    item = TrackedItem("Q", "question", 0, "Pan Vlasák se zeptal, kolik žáků s odlišným mateřským jazykem škola "
                       "vzdělává.", answered=False)
    later = "Ředitelka zaslala odpověď na dotaz pana Vlasáka: škola vzdělává 11 žáků s odlišným mateřským jazykem."
    assert _follow("cs", item, [later]).status == "answered"


# --- minute numbers, paper codes, dates, table rows, answers read as actions --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("4.1 The Committee considered the faculty plans (LTC/23/12).", None),  # a paper's code
    ("(usnesení č. RM/811/2022, hlasování 4-0-0)", "811/22"),
    ("B23/09\tData quality check\tDoH\t30/04/2023\tComplete.", None),  # a minute of several actions; a date
    ("Clerk to file the return by 30/06/2023.", None),
    ("51 Review insurance quotations\tCllr Pembridge / Clerk\t15/03/2025\tCompleted", None),
])
def test_task_key_tells_numbers_from_paper_codes_and_dates(text: str, expected: str | None) -> None:
    from minutes_nlp.tracker.mentions import task_key
    assert task_key(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("3.1 Minute 3.2 (common marking scale): the Dean reported ...", ("3.2", None, False)),
    ("8.2 (14 November)\tMisconduct web page\tAG\tUpdated. Complete.", ("8.2", "11-14", False)),
    ("Minute 6.4 of 3 October 2023 (part-time route): Dr Lusk reported ...", ("6.4", "10-03", False)),
    ("5.1 Further to minute 6.2 of the last meeting, OP confirmed ...", ("6.2", None, True)),
    ("4.4 On a vote, the Committee endorsed the scale.", None),  # its own paragraph number cites nothing
])
def test_minute_citations(text: str, expected: tuple[str, str | None, bool] | None) -> None:
    from minutes_nlp.tracker.minute_refs import cited
    ref = cited(text, "en")
    assert (ref and (ref.number, ref.day, ref.last)) == expected


@pytest.mark.parametrize(("row", "expected"), [
    ("9.2 (10 January)\tDegree outcomes statement on the website\tAR\tPublished on 2 February. Complete.", "done"),
    ("8.2 (10 January)\tDegree outcomes statement on the website\tAR\tPublished on 2 February. Complete.", "open"),
    ("9.2 (3 March)\tDegree outcomes statement on the website\tAR\tPublished on 2 February. Complete.", "open"),
])
def test_review_row_citing_another_paragraph_is_not_a_report(row: str, expected: str) -> None:
    """Paragraph numbers restart at every meeting: "8.2 (10 January)" is neither 9.2 nor another meeting's 9.2."""
    item = _act("A", "9.2 The Registrar would publish the degree outcomes statement on the website.", "Registrar")
    assert _series("en", [[item], [row]])["A"].status == expected


def test_a_new_action_row_is_no_news_about_an_earlier_action() -> None:
    """An action table's row ("Publish the approved accounts ...") is a promise; its "approved" reports nothing."""
    item = _act("A", "Anna would circulate the approved accounts to all members.", "Anna")
    row = "4.1\tPublish the approved accounts on the website\tAnna\tBy 30 June"
    tracked = _series("en", [[item], [_act("B", row, "Anna")]])
    assert tracked["A"].status != "done"


def test_an_answer_extracted_as_an_action_shows_the_question() -> None:
    text = "Cllr Moss asked whether the grant was paid; the Clerk confirmed that it was paid in May."
    q = TrackedItem("Q", "question", 0, text, answered=True, block=3, start=300, end=300 + len(text))
    a = TrackedItem("A", "action", 0, text, "Clerk", reported_status="done", block=3, start=300, end=300 + len(text))
    tracked = {t.item_id: t for t in follow_series(MEETINGS, [q, a])}
    assert (tracked["A"].status, tracked["A"].same_as, tracked["Q"].status) == ("report", "Q", "answered")


@pytest.mark.parametrize(("text", "expected"), [
    ("The CEO undertook to circulate the judgement to all directors as soon as it is published.", None),
    ("The CEO said that the grant conditions were being checked.", "carried_over"),
])
def test_promises_and_work_in_progress_are_not_completions(text: str, expected: str | None) -> None:
    assert classify(text, "en", default=None) == expected


def test_a_name_of_several_words_is_one_thing() -> None:
    """ "the Students' Union" shared with a welcome line is one shared thing, not the two a mention needs."""
    item = _act("A", "Ravi would circulate the calendar to the faculties and to the Students' Union.", "Ravi")
    later = "The Chair welcomed Ms Lane, who had been nominated by the Students' Union as a member."
    assert _series("en", [[item], [later]])["A"].status == "open"


def test_one_shared_verb_is_not_a_restatement() -> None:
    """ "obtain two further quotations" is new work, not the open "obtain the signatures" said again."""
    first = _act("A", "Dana to complete the mandate forms and obtain the signatures by January.", "Dana")
    later = _act("B", "Dana to obtain two further quotations by August.", "Dana")
    filler = [f"Report {n} of the working group was received." for n in range(30)]  # a series' worth of sentences
    tracked = _series("en", [[first, "Members noted the quotations for the hall.", *filler], [later]])
    assert (tracked["A"].status, tracked["B"].status) == ("open", "open")



def test_a_new_promise_sharing_words_is_no_mention() -> None:
    """ "Company Secretary to file the audited accounts with Companies House" is new work, not news on the open
    "file the confirmation statement with Companies House"; the line that says it was filed is."""
    item = _act("A", "The Secretary to file the confirmation statement with Companies House by 30 June.", "Secretary")
    later: list[TrackedItem | str] = [
        _act("B", "The Secretary to file the audited accounts with Companies House and the annual return.",
             "Secretary"),
        "Confirmation statement: filed with Companies House on 12 June."]
    assert _series("en", [[item], later])["A"].status == "done"  # "June" alone names when, not what


# --- task tables, action logs' status cells, deferred answers, titles (round 3) -----------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Úkol 2/3 (podklady pro radu) – zrušen", "2/3"), ("Úkol č. 2/3 trvá", "2/3"), ("2/1\tpodklady pro radu", "2/1"),
    ("Action 7/2: circulate the budget", "7/2"), ("posílení linky 5/7 ve špičce", None), ("hlasování 5/0/0", None),
])
def test_short_task_numbers_count_where_a_task_is_named(text: str, expected: str | None) -> None:
    from minutes_nlp.tracker.numbers import task_key
    assert task_key(text) == expected


def test_a_line_of_a_date_alone_repeats_no_action() -> None:
    """ "T: do 30. 4. 2023" holds no word but its year: every later promise dated 2023 contains it."""
    items = [_act("T", "T: do 30. 4. 2023", "Městská policie"),
             replace(_act("B", "Odbor investic zpracuje studii osvětlení přechodů do 31. 5. 2023.", "Odbor investic"),
                     meeting_index=1)]
    tracked = {t.item_id: t for t in follow_series(MEETINGS, items)}
    assert (tracked["B"].status, tracked["B"].same_as) == ("open", None)


def test_task_table_row_numbers_the_body_action_its_owner_cell_names_by_office() -> None:
    """The closing table lists the body's promise under a number; the next meeting reports by that number."""
    body = _act("A", "Tajemnice komise zajistí účast zástupce krajské správy silnic na příštím jednání.",
                "Jana Malá")
    row = _act("R", "2/5\túčast zástupce krajské správy silnic\ttajemnice\tpříští jednání\tnový", None,
               task_number="2/5")
    report = _act("K", "Úkol 2/5 (účast zástupce správy silnic) – splněno, viz bod 3.", None,
                  reported_status="splněno", refers_to="Úkol 2/5")
    tracked = _series("cs", [[body, row], ["Jednání zahájil předseda komise.", report]])
    assert (tracked["A"].status, tracked["R"].status, tracked["R"].same_as) == ("done", "report", "A")


@pytest.mark.parametrize(("cell", "expected"), [
    ("Complete – third quote received on 5 June", "done"),
    ("Complete. The regulator closed the case with no further action.", "done"),
    ("Closed. Superseded by the external review of the roof works.", "cancelled"),
    ("Two quotes received, third awaited – carry forward", "carried_over"),
    ("Overdue", "carried_over"),
])
def test_action_log_status_cell_reports_on_the_action(cell: str, expected: str) -> None:
    item = _act("A", "The business manager to obtain three quotes for the roof repairs before the summer term.",
                "Karen Hill", minute="FGB/23/21")  # a log row cites the minute the action was recorded under
    row = f"FGB/23/21\tThree quotes for the roof repairs\tSBM\tBefore summer term\t{cell}"
    assert _follow("en", item, [row]).status == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("cs", "Zpracování návrhu zadání plánu mobility se zdrželo, protože ministerstvo mění metodiku.",
     "carried_over"),
    ("en", "B23/07, confirmation statement (CoSec): Complete.", "done"),
])
def test_classify_status_after_a_label_and_delay(lang: str, text: str, expected: str) -> None:
    assert classify(text, lang, default=None) == expected


@pytest.mark.parametrize(("lang", "question", "later"), [
    ("en", "Ann asked whether the inspectors had spoken to governors about safeguarding.",
     "Ann asked about the inspectors' view of safeguarding training for governors."),
    ("cs", "Starosta Novák se zeptal, zda policie může o víkendech posílit hlídky v obci.",
     "Starosta Novák připomněl, že od policie stále nedostal odpověď ohledně víkendových hlídek v obci."),
])
def test_a_reminder_or_a_new_question_leaves_a_question_unanswered(lang: str, question: str, later: str) -> None:
    item = TrackedItem("Q", "question", 0, question, answered=False)
    assert _follow(lang, item, [later]).status != "answered"


def test_the_minutes_title_reports_nothing() -> None:
    item = _act("A", "The Company Secretary to file the annual return with the Charity Commission.", "Ruth Cole")
    title = ("MINUTES OF A MEETING OF THE BOARD OF DIRECTORS OF HOLLOWAY HOMES LIMITED (registered charity "
             "1098412) held at Mill House on 27 September 2023")
    assert _follow("en", item, [title]).status == "open"


def test_two_deferred_answers_of_one_owner_are_two_promises() -> None:
    """ "To be confirmed outside the meeting" is the formula, not the topic: the questions before them differ."""
    first = _act("A", "The CFO said she would confirm the position outside the meeting.", "Karen Low")
    second = _act("B", "The CFO said that this was to be confirmed outside the meeting.", "Karen Low")
    tracked = _series("en", [[first], ["The Board reviewed the treasury report.", second]])
    assert (tracked["B"].status, tracked["B"].same_as) == ("open", None)


def test_another_owners_log_row_does_not_report() -> None:
    item = _act("A", "Aisha Barnes to circulate the revised complaints policy to directors by 30 June.", "Aisha Barnes")
    row = "B23/27\tCirculate the regulatory judgement\tCEO\tOn publication\tComplete. Circulated to directors."
    slots = [MeetingSlot(i, 10 + i, f"2021-0{i + 1}-10", language="en") for i in range(2)]
    later = replace(_act("R", row, "Daniel Reeve", reported_status="Complete"), meeting_index=1, block=3, start=300,
                    end=300 + len(row))
    sents = [_sent(1, row, 3), *_filler(1), *_filler(0)]
    tracked = {t.item_id: t for t in follow_series(slots, [item, later], sents)}
    assert tracked["A"].status == "open"


def test_a_new_promise_does_not_answer_a_question() -> None:
    question = TrackedItem("Q", "question", 0, "A Director queried whether the loan needed the consent of Harlow Bank.",
                           answered=False)
    promise = "The CFO to agree the refinancing of the credit facility with Harlow Bank by 30 September."
    slots = [MeetingSlot(i, 10 + i, f"2021-0{i + 1}-10", language="en") for i in range(2)]
    later = replace(_act("P", promise, "Karen Low"), meeting_index=1, block=3, start=300, end=300 + len(promise))
    sents = [_sent(1, promise, 3), *_filler(1), *_filler(0)]
    tracked = {t.item_id: t for t in follow_series(slots, [question, later], sents)}
    assert tracked["Q"].status != "answered"


@pytest.mark.parametrize(("report", "expected"), [
    ("Bench quotes: the Clerk obtained the quotes and wrote to Mrs Hale on 3 March. Complete.", "answered"),
    ("B/3\tBench quotes\tClerk\tMarch\tClosed – no longer needed, the bench was donated by the Rotary Club.",
     "open"),
])
def test_a_deferred_answer_answers_its_question_when_done(report: str, expected: str) -> None:
    """The promise right after an unanswered question in its paragraph is its answer to come."""
    question = TrackedItem("Q", "question", 0, "Mrs Hale asked what a new bench on the green would cost.",
                           answered=False)
    promise = _act("A", "The Clerk will obtain quotes for a bench on the green and reply to Mrs Hale.", "Clerk")
    slots = [MeetingSlot(i, 10 + i, f"2021-0{i + 1}-10", language="en") for i in range(2)]
    items = [replace(question, block=2, start=200, end=250), replace(promise, block=2, start=260, end=330)]
    sents = [_sent(0, question.text, 2), _sent(0, promise.text, 2), _sent(1, report, 3), *_filler(0), *_filler(1)]
    tracked = {t.item_id: t for t in follow_series(slots, items, sents)}
    assert ("answered" if tracked["Q"].status == "answered" else "open") == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("zrušeno – značení nebude potřeba", "cancelled"), ("splněno 12. 2. 2021", "done"),
    ("nesplněno, nový termín 30. 6. 2021", "carried_over"),
])
def test_control_table_row_under_a_new_number_reports_on_the_sentence_task(cell: str, expected: str) -> None:
    """A construction-control table numbers the last meeting's tasks (written as sentences) when it first checks
    them; its owner cell names the body ("investor") the person acts for."""
    items = [
        TrackedItem("A1", "action", 0, "Investor zajistí souhlas správce silnice s dočasným dopravním značením.",
                    "Petra Nováková", "2021-02-20"),
        TrackedItem("R1", "action", 1,
                    f"3/2\tSouhlas správce silnice s dočasným značením\tinvestor\t20. 2. 2021\t{cell}",
                    "Město Dolní Lhota", task_number="3/2", reported_status=cell.split()[0]),
    ]
    tracked = {t.item_id: t for t in follow_series(MEETINGS, items)}
    assert (tracked["A1"].status, tracked["R1"].status) == (expected, "report")


def test_control_table_row_of_another_person_does_not_report() -> None:
    items = [
        TrackedItem("A1", "action", 0, "Investor zajistí souhlas správce silnice s dočasným dopravním značením.",
                    "Petra Nováková", "2021-02-20"),
        TrackedItem("R1", "action", 1, "3/2\tSouhlas správce silnice s dočasným značením\tstavbyvedoucí\t20. 2. 2021"
                    "\tsplněno", "Jan Dvořák", task_number="3/2", reported_status="splněno"),
    ]
    assert _status(items)["A1"] != ("done", 0)


@pytest.mark.parametrize(("text", "expected"), [
    ("Úkol komise projednat návrh se tím ruší.", "cancelled"),
    ("Úkol se proto ruší.", "cancelled"),
])
def test_cancellation_with_a_word_between_se_and_rusi(text: str, expected: str) -> None:
    assert classify(text, "cs") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Příští řádné zasedání se uskuteční 5. 3. 2025.", True),
    ("Příští mimořádné jednání se bude konat v dubnu.", True),
    ("Příští výbor projedná rozpočet.", False),
])
def test_next_meeting_with_an_adjective_is_a_schedule(text: str, expected: bool) -> None:
    from minutes_nlp.tracker.cues import schedules_next_meeting
    assert schedules_next_meeting(text, "cs") is expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Čtvrté jednání se uskuteční dne 3. 6. 2024.", "cs", True),
    ("12. zasedání se bude konat v dubnu.", "cs", True),
    ("Pátá schůze se uskuteční v Olomouci.", "cs", True),
    ("Třetí jednání se uskutečnilo bez přítomnosti zástupce obce.", "cs", False),
    ("Druhé jednání komise projedná rozpočet.", "cs", False),
    ("The ninth meeting will be held on 4 March.", "en", True),
    ("The 3rd session will take place online.", "en", True),
    ("The second meeting agreed the terms of reference.", "en", False),
])
def test_the_next_meeting_named_by_its_ordinal_is_a_schedule(text: str, lang: str, expected: bool) -> None:
    """Series that number their meetings announce the next one by its number ("Osmé jednání se uskuteční ...")."""
    from minutes_nlp.tracker.cues import schedules_next_meeting
    assert schedules_next_meeting(text, lang) is expected


def test_an_answer_promised_is_done_when_a_later_meeting_gives_it() -> None:
    items = [
        TrackedItem("A1", "action", 0, "TDS odpoví investorovi písemně po kontrole čerpání rezervy.", "Pavel Novák"),
    ]
    sentences = [SentenceRef(1, 11, "TDS sdělil investorovi dopisem, že rezerva stavby čerpání pokryje.")]
    tracked = {t.item_id: t for t in follow_series(MEETINGS, items, sentences)}
    assert tracked["A1"].status == "done"


def test_acronym_opening_a_promise_names_its_owner_not_its_content() -> None:
    from minutes_nlp.tracker.mentions import keys, probe
    found = probe("TDS prověří rozpočet změnového listu.", "cs", owner="Pavel Novák")
    assert not keys("TDS", "cs") & found.own
    assert keys("TDS", "cs") <= found.owner


def test_a_line_sharing_one_lead_in_word_and_the_question_form_is_no_answer() -> None:
    """ "AD odpoví do příštího KD" after a question: only the question's topic identifies a later reply; a line
    that shares a single word of the lead-in, or only the words that make a question, is about something else."""
    items = [
        TrackedItem("A1", "action", 0, "AD odpoví do příštího KD.", "Ondřej Kos", due_kind="next_meeting",
                    context="Zhotovitel se dotazuje, zda mají být obrubníky u zastávky žulové."),
    ]
    sentences = [SentenceRef(1, 11, "Dotaz na odbor dopravy ke zvláštnímu užívání – splněno."),
                 SentenceRef(1, 11, "Zastávka bude v provozu od pondělí, byla otevřena.")]
    tracked = {t.item_id: t for t in follow_series(MEETINGS, items, sentences)}
    assert tracked["A1"].status in ("open", "overdue")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Členové komise předložili protinávrh snížit příspěvek o polovinu.", "cs", False),
    ("Radní Novák navrhl, aby se o věci jednalo v lednu.", "cs", False),
    ("K dotazu z minulého jednání tajemník navrhl, aby obec žádala o dotaci až v příštím roce.", "cs", True),
    ("Tajemník sdělil, že příspěvek bude vyplacen v lednu.", "cs", True),
    ("Cllr Hart proposed that the grant be halved.", "en", False),
    ("In answer to the question at the last meeting, the Clerk proposed that the fee stay at £50.", "en", True),
    ("The Clerk confirmed that the fee will stay at £50.", "en", True),
])
def test_a_proposal_answers_no_earlier_question(text: str, lang: str, expected: bool) -> None:
    """A motion on the topic asks the meeting to decide; only a reply referring back to the question answers it."""
    from minutes_nlp.tracker.cues import answers
    assert answers(text, lang) is expected


@pytest.mark.parametrize(("text", "asker", "lang", "expected"), [
    ("K dotazu p. Malinové z minulé porady: odbor ověřil, že lze ...", "Ing. Karel Dostál", "cs", True),
    ("K dotazu p. Malinové z minulé porady: odbor ověřil, že lze ...", "Ing. Jana Malinová", "cs", False),
    ("K dotazu Bc. Peška ze zářijového jednání tajemník sdělil ...", "Tomáš Pešek", "cs", False),
    ("K dotazu z minulého jednání tajemník sdělil, že ...", "Ing. Karel Dostál", "cs", False),
    ("Tajemník sdělil, že příspěvek bude vyplacen.", "Ing. Karel Dostál", "cs", False),
    ("On Sam's question from March: the hall is booked.", "Priya", "en", True),
    ("On Sam's question from March: the hall is booked.", "Sam", "en", False),
    ("Responding to the question Mr. Hollis raised in May, the Clerk said ...", "Cllr Hollis", "en", False),
    ("Responding to the question Mr. Hollis raised in May, the Clerk said ...", "Cllr Avery", "en", True),
    ("The Clerk confirmed the hall is booked.", None, "en", False),
])
def test_a_reply_naming_its_asker_answers_no_other_askers_question(
        text: str, asker: str | None, lang: str, expected: bool) -> None:
    from minutes_nlp.tracker.answers import answers_another
    assert answers_another(text, asker, lang) is expected


@pytest.mark.parametrize(("text", "lang", "inquiry", "expected"), [
    ("The Clerk reported that the planning application had been withdrawn by the applicant.", "en", True, "done"),
    ("The Clerk reported that the planning application had been withdrawn by the applicant.", "en", False,
     "cancelled"),
    ("The action was withdrawn, the hall having been sold.", "en", True, "cancelled"),
    ("Tajemník sdělil, že žádost obce o dotaci byla zrušena.", "cs", True, "done"),
    ("Úkol zjistit stav žádosti se ruší.", "cs", True, "cancelled"),
])
def test_a_cancellation_an_inquiry_finds_is_its_answer(text: str, lang: str, inquiry: bool, expected: str) -> None:
    """ "would find out from the case officer" -> "the application had been withdrawn": found, not dropped."""
    assert classify(text, lang, inquiry=inquiry) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Nothing left to ask for, so we drop it.", "en"),
    ("The hall is sold, so we cancel it.", "en"),
    ("Sál je prodán, od toho se upouští.", "cs"),
])
def test_an_inquiry_dropped_in_its_own_words_is_cancelled(text: str, lang: str) -> None:
    assert classify(text, lang, inquiry=True) == "cancelled"


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Ing. Král informoval o závěrech druhého setkání pracovní skupiny.", "cs", "done"),
    ("Předsedkyně seznámila členy s výsledky ankety mezi rodiči.", "cs", "done"),
    ("Ing. Král informoval o přípravě setkání pracovní skupiny.", "cs", None),
    ("The Clerk reported on the outcome of the meeting with the landlord.", "en", "done"),
    ("The Clerk reported on the preparations for the meeting with the landlord.", "en", None),
])
def test_telling_the_results_of_something_says_it_took_place(text: str, lang: str, expected: str | None) -> None:
    assert classify(text, lang, default=None) == expected
