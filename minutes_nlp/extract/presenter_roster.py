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
    "A Mabey"), replaced by the one listed person (attendee, absentee, guest, chair) with that surname and initial;
    a surname two listed people share stays as written."""
    roster = tuple(dict.fromkeys((*meeting.attendees, *meeting.guests, *meeting.absent,
                                  *((meeting.chair,) if meeting.chair else ()))))
    return [replace(item, presenters=tuple(dict.fromkeys(_listed(p, roster) for p in item.presenters)))
            if item.presenters else item for item in items]


def _listed(name: str, roster: tuple[str, ...]) -> str:
    """The listed person a short form names: a surname alone, an initial and a surname, or a short given name
    that opens the listed one ("Greg Hale" for the listed "Gregory Hale", `attendance.completed`)."""
    words = name.split()
    initial = words[0].rstrip(".") if len(words) == 2 and len(words[0].rstrip(".")) == 1 else ""
    if len(words) != 1 and not initial:
        return completed((name,), roster)[0] if len(words) == 2 else name
    hits = {r for r in roster if len(r.split()) >= 2 and len(r.split()[0].rstrip(".")) > 1
            and fold(r.split()[-1]) == fold(words[-1]) and (not initial or fold(r[:1]) == fold(initial))}
    return hits.pop() if len(hits) == 1 else name
