"""Presenters named short in the body ("Předseda podvýboru Ing. Koutný zahájil", "Cllr Lister reported") written out
as the meeting's attendance lists name them ("Radim Koutný"): the lists are the document's own roster, completed
from earlier meetings of the folder, so a surname the body uses alone belongs to the one listed person who has it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from minutes_nlp.extract.attendance import completed
from minutes_nlp.extract.result import AgendaItem, MeetingInfo
from minutes_nlp.textutil import fold


def with_listed_presenters(items: Sequence[AgendaItem], meeting: MeetingInfo) -> list[AgendaItem]:
    """`items` with each presenter written as a surname alone, or an initial and a surname ("K. Vondráčková",
    "A Mabey"), replaced by the one listed person (attendee, absentee, guest, chair) with that surname and initial,
    also one listed "Surname I." as Czech lists write it; a surname two listed people share stays as written."""
    roster = tuple(dict.fromkeys((*meeting.attendees, *meeting.guests, *meeting.absent,
                                  *((meeting.chair,) if meeting.chair else ()))))
    return [replace(item, presenters=tuple(dict.fromkeys(_listed(p, roster) for p in item.presenters)))
            if item.presenters else item for item in items]


def _listed(name: str, roster: tuple[str, ...]) -> str:
    """The listed person a short form names: a surname alone, an initial and a surname, a short given name
    that opens the listed one ("Greg Hale" for the listed "Gregory Hale", `attendance.completed`), or the first two
    words of a longer listed name (`_opening`)."""
    words = name.split()
    initial = words[0].rstrip(".") if len(words) == 2 and len(words[0].rstrip(".")) == 1 else ""
    if len(words) != 1 and not initial:
        return _opening(name, roster) or completed((name,), roster)[0] if len(words) == 2 else name
    hits = {r for r in roster if len(r.split()) >= 2 and len(r.split()[0].rstrip(".")) > 1
            and fold(r.split()[-1]) == fold(words[-1]) and (not initial or fold(r[:1]) == fold(initial))}
    hits = hits or {r for r in roster if _surname_first(r, words[-1], initial)}  # "Dvořák K."
    return hits.pop() if len(hits) == 1 else name


def _surname_first(listed: str, surname: str, initial: str) -> bool:
    """ "Dvořák K." listed for "Dvořák" or "K. Dvořák": the surname first, the given name's initial after it."""
    words = listed.split()
    return len(words) == 2 and len(words[1].rstrip(".")) == 1 and fold(words[0]) == fold(surname) \
        and (not initial or fold(words[1][:1]) == fold(initial))


def _opening(name: str, roster: tuple[str, ...]) -> str | None:
    """ "Collins Wafula" for the one listed "Collins Wafula Barasa": a name read in the body as its first two words
    (East African, Iberian and Latin American names run to three or four words, a body sentence's name pattern to
    two) opens exactly one listed name of three words or more; "Ochieng Were" for "Brian Ochieng Were" (a person
    called by the middle name and surname) closes it."""
    head = fold(name).split()
    hits = {r for r in roster if len(r.split()) >= 3 and head in (fold(r).split()[:2], fold(r).split()[-2:])}
    return hits.pop() if len(hits) == 1 else None
