"""How later meetings report on earlier actions, as a genre inventory written from knowledge of Czech and English
minutes (not from the corpus): a carry-over to the next or a named meeting, a negated or partial completion in a
numbered review line, a blanket review with its exceptions, a closing word with a cancel reason, Czech idioms of
a task made pointless or replaced, an action log's "open – on track" cell, its Status column against its Update
column, and "discharged". Each row is a small two- or three-meeting series ingested from text and read with
list_items as of a day after the review meeting (corpus/FORMAT.md status conventions)."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_nlp.ingest import ingest
from minutes_nlp.store import open_archive
from minutes_nlp.store.queries import ItemFilter, list_items

_FIRST = {
    "cs": "# Zápis z 1. jednání Pracovní skupiny pro dopravu, konaného dne 10. 2. 2025\n\n## 2. Úkoly\n\n"
          "Úkol č. 4/2025: Odbor dopravy zpracuje analýzu parkování v centru obce. Termín: {due}.\n\n"
          "Úkol č. 5/2025: Tajemník zajistí opravu osvětlení na návsi. Termín: {due}.\n",
    "en": "# Minutes of the 1st meeting of the Transport Working Group, held on 10 February 2025\n\n## 2. Actions\n\n"
          "Action 4: The Clerk to prepare a parking survey of the town centre by {due}.\n\n"
          "Action 5: The Treasurer to arrange repairs to the street lighting by {due}.\n",
}
_SECOND = {
    "cs": "# Zápis z 2. jednání Pracovní skupiny pro dopravu, konaného dne 15. 4. 2025\n\n## 1. Kontrola úkolů\n\n"
          "{review}\n\n## 2. Různé\n\nČlenové diskutovali o dopravě.\n",
    "en": "# Minutes of the 2nd meeting of the Transport Working Group, held on 15 April 2025\n\n## 1. Matters arising"
          "\n\n{review}\n\n## 2. Any other business\n\nMembers discussed traffic.\n",
}
_THIRD = {
    "cs": "# Zápis z 3. jednání Pracovní skupiny pro dopravu, konaného dne 20. 6. 2025\n\n## 1. Zahájení\n\n"
          "Jednání zahájil předseda.\n",
    "en": "# Minutes of the 3rd meeting of the Transport Working Group, held on 20 June 2025\n\n## 1. Welcome\n\n"
          "The chair opened the meeting.\n",
}
_DUE = {("cs", "past"): "31. 3. 2025", ("cs", "later"): "30. 6. 2025",
        ("en", "past"): "31 March 2025", ("en", "later"): "30 June 2025"}
_LOG = "| Action | Owner | Status | Update |\n|---|---|---|---|\n"
_PARKING = ("parkování", "parking")


def _statuses(tmp_path: Path, lang: str, review: str, due: str = "past") -> dict[str, tuple[str, str | None]]:
    """Action 4 (parking) and 5 (lighting) of meeting 1 as of 1 May 2025, after the review in meeting 2 (and a
    silent meeting 3 on 20 June 2025)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text(_FIRST[lang].format(due=_DUE[lang, due]), encoding="utf-8")
    (docs / "b.md").write_text(_SECOND[lang].format(review=review), encoding="utf-8")
    (docs / "c.md").write_text(_THIRD[lang], encoding="utf-8")
    archive = open_archive(tmp_path / "m.db")
    ingest(archive, sorted(docs.iterdir()))
    out = {}
    for v in list_items(archive, ItemFilter("action", None, as_of="2025-05-01")):
        if v.text.startswith(("Úkol č. 4", "Úkol č. 5", "Action 4", "Action 5")):
            out["4" if any(w in v.text for w in _PARKING) else "5"] = (v.status, v.due)
    return out


def _status(tmp_path: Path, lang: str, review: str, due: str = "past") -> tuple[str, str]:
    found = _statuses(tmp_path, lang, review, due)
    return found["4"][0], found["5"][0]


# class 1: a carry-over to the next (or a named) meeting is due at that meeting, not overdue on the old date
@pytest.mark.parametrize(("lang", "review"), [
    ("cs", "Úkol č. 4/2025 se přesouvá na příští jednání."),
    ("cs", "Úkol č. 4/2025 – trvá, termín do příštího jednání."),
    ("cs", "Úkol č. 4/2025 – odloženo na příští jednání."),
    ("en", "Action 4 – carried forward to the next meeting."),
    ("en", "Action 4 – deferred to the next meeting."),
    ("en", "Action 4 – deferred to the June meeting."),
    ("en", _LOG + "| Parking survey of the town centre | Clerk | Deferred | Deferred to the June meeting |"),
])
def test_a_carry_over_to_a_later_meeting_is_due_at_it(tmp_path: Path, lang: str, review: str) -> None:
    found = _statuses(tmp_path, lang, review)
    assert found["4"][1] == "2025-06-20"  # the series' next (June) meeting
    assert found["4"][0] != "overdue"
    assert found["5"][0] == "overdue"


# class 2: a negated or partial completion in a numbered review line is no completion
@pytest.mark.parametrize(("lang", "review", "expected"), [
    ("cs", "Úkol č. 4/2025 nebyl splněn, trvá s termínem do 30. 6. 2025.", "carried_over"),
    ("cs", "Úkol č. 4/2025 – nesplněno, trvá.", "overdue"),
    ("cs", "Úkol č. 4/2025 – splněno částečně – trvá.", "overdue"),
    ("cs", "Úkol č. 4/2025 – splněno.", "done"),
    ("en", "Action 4 – not done.", "overdue"),
    ("en", "Action 4 – not yet complete.", "overdue"),
    ("en", "Action 4 – partly complete, carried forward.", "overdue"),
    ("en", "Action 4 – complete.", "done"),
    ("cs", "Úkol č. 4/2025 – splněno s mírným zpožděním, analýza předložena 10. 4.", "done"),  # late is done
    ("cs", "Úkol č. 4/2025 byl splněn po termínu.", "done"),
    ("en", "Action 4 – completed late, on 10 April.", "done"),
])
def test_a_negated_or_partial_completion_is_no_completion(tmp_path: Path, lang: str, review: str,
                                                          expected: str) -> None:
    assert _status(tmp_path, lang, review) == (expected, "overdue")


# class 3: a blanket review closes every earlier open action but the ones it excepts
@pytest.mark.parametrize(("lang", "review", "expected"), [
    ("cs", "Všechny úkoly z minulého jednání byly splněny.", ("done", "done")),
    ("cs", "Úkoly z minulého jednání byly splněny.", ("done", "done")),
    ("cs", "Všechny úkoly z minulého jednání byly splněny s výjimkou úkolu č. 5/2025, který trvá.",
     ("done", "overdue")),
    ("cs", "Všechny uložené úkoly jsou splněny kromě úkolu č. 5/2025.", ("done", "overdue")),
    ("en", "All actions from the last meeting are complete.", ("done", "done")),
    ("en", "All actions from the last meeting are complete (except action 5).", ("done", "overdue")),
    ("en", "All action points from the previous meeting have been completed, with the exception of action 5.",
     ("done", "overdue")),
    ("en", "Not all actions were completed.", ("overdue", "overdue")),
])
def test_a_blanket_review_closes_the_earlier_actions(tmp_path: Path, lang: str, review: str,
                                                     expected: tuple[str, str]) -> None:
    assert _status(tmp_path, lang, review) == expected


# classes 4 and 5: a closing word with a cancel reason, and the Czech idioms of a task made pointless or replaced
@pytest.mark.parametrize(("lang", "review"), [
    ("en", "Action 4 – closed, no longer required."),
    ("en", "Action 4 – closed; superseded by action 9."),
    ("en", "Action 4 – replaced by action 9."),
    ("en", _LOG + "| Parking survey of the town centre | Clerk | Superseded | Replaced by action 9 |"),
    ("cs", "Úkol č. 4/2025 pozbyl smyslu, neboť obec parkoviště prodala."),
    ("cs", "Úkol č. 4/2025 ztratil opodstatnění."),
    ("cs", "Úkol č. 4/2025 je nahrazen úkolem č. 9/2025."),
    ("cs", "Úkol č. 4/2025 – splněno, nahrazuje se úkolem č. 9/2025."),
])
def test_a_task_closed_for_a_reason_that_ends_it_is_cancelled(tmp_path: Path, lang: str, review: str) -> None:
    assert _status(tmp_path, lang, review) == ("cancelled", "overdue")


# class 6: "Open – on track" / "Not yet due" before the deadline leave the action open
@pytest.mark.parametrize(("cells", "expected"), [
    (("Open – on track", "Not yet due"), ("open", "open")),
    (("On track", "Open"), ("open", "open")),
])
def test_an_open_cell_before_the_deadline_is_open(tmp_path: Path, cells: tuple[str, str],
                                                  expected: tuple[str, str]) -> None:
    review = (_LOG + f"| Parking survey of the town centre | Clerk | {cells[0]} | |\n"
              f"| Repairs to the street lighting | Treasurer | {cells[1]} | |")
    assert _status(tmp_path, "en", review, "later") == expected


# class 7: a log row's Status cell speaks for it, not the Update cell after it
@pytest.mark.parametrize(("status", "update", "expected"), [
    ("In progress", "Two of three quotes received", "carried_over"),
    ("Open – on track", "Surveyor booked for May", "open"),
    ("Ongoing", "Draft circulated to members", "carried_over"),
    ("Complete", "Report circulated on 3 April", "done"),
])
def test_a_log_rows_status_cell_outweighs_its_update(tmp_path: Path, status: str, update: str,
                                                     expected: str) -> None:
    review = _LOG + f"| Parking survey of the town centre | Clerk | {status} | {update} |"
    assert _status(tmp_path, "en", review, "later")[0] == expected


# class 8: "discharged" is an English completion word
@pytest.mark.parametrize("review", [
    "Action 4 has been discharged.",
    "Action 4 – discharged.",
    _LOG + "| Parking survey of the town centre | Clerk | Discharged | Survey report received |",
])
def test_a_discharged_action_is_done(tmp_path: Path, review: str) -> None:
    assert _status(tmp_path, "en", review)[0] == "done"
