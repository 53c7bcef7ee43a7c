"""Deadlines of tracked items: moved by a carry-over that names a new date, "do příštího jednání" resolved to the
next meeting's date, and overdue as of a day (derived when asked, since it depends on the day you ask) or as of
the meeting held on the due day that says nothing of the work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract.dates import parse_due
from minutes_nlp.extract.result import DateValue
from minutes_nlp.textutil import fold
from minutes_nlp.tracker.keys import keys
from minutes_nlp.tracker.mentions import SentenceRef
from minutes_nlp.tracker.model import OPEN, ItemState, MeetingSlot

LINE_SENTENCES = 3  # a control line: verdict, what came of it, the new deadline


def at_due_meeting(st: ItemState, meetings: list[MeetingSlot]) -> str:
    """Work due on the day of a later meeting that says nothing of it is overdue as of that meeting (minutes
    list it among the overdue items then); asked for the plain date, work due that day is not yet late. Only
    that day differs from `with_overdue`'s rule, so only then is "overdue" stored (it reads as open before)."""
    if st.item.kind != "action" or st.status not in OPEN or not st.due:
        return st.status
    reported = {e.meeting_id for e in st.evidence}
    due_day = [m for m in meetings if m.index > st.item.meeting_index and m.date == st.due]
    return "overdue" if due_day and due_day[0].meeting_id not in reported else st.status


def moved_deadlines(states: list[ItemState], m: MeetingSlot, later_dates: Sequence[str] = (),
                    said: Sequence[SentenceRef] = ()) -> None:
    """ "RM/813/2022 – trvá, termín prodloužen do 31. 12. 2022": a carry-over that names a later deadline than
    the item has moves it (else the item would show overdue while the minutes say it was extended). One carried
    to the next meeting ("přesouvá se na příští jednání", "deferred to the June meeting") is due at that meeting
    (`later_dates`: the series' meetings after m), unknown while it has not been held. A control line tells the
    verdict first and the new deadline in a sentence of its own ("Úkol 11/2 – nesplněno; ... Termín přesunut na
    31. 3. 2025."): the rest of the line (`said`: the meeting's sentences) is read when the verdict names no date."""
    try:
        ref = date.fromisoformat(m.date or "")
    except ValueError:
        return  # an undated meeting moves no deadline
    for st in states:
        if st.status != "carried_over" or st.last_meeting != m.meeting_id or not st.evidence:
            continue
        found = _due_in(st.evidence[-1].text, m.language, ref) or _due_in(_rest_of_line(st, said), m.language, ref)
        if found and found.kind == "next_meeting":
            st.due = _meeting_due(found.latest, later_dates)
            continue
        later = found.latest if found and found.kind in ("date", "window") else None
        if later and later > ref.isoformat() and (st.due is None or later > st.due):
            st.due = later


def _rest_of_line(st: ItemState, said: Sequence[SentenceRef]) -> str:
    """The sentences after the evidence in its block, when the block is one short control line."""
    e = st.evidence[-1]
    if e.source_item is None or e.block is None or e.end is None or "\t" in e.text:
        return ""  # only a control line (a report item) goes on: a narrative tells other dates, a table other rows
    rest = [s for s in said if s.block == e.block and s.start is not None and s.start >= e.end]
    return " ".join(s.text for s in rest) if len(rest) <= LINE_SENTENCES else ""


@lru_cache(maxsize=20_000)
def _due_in(text: str, lang: str, ref: date) -> DateValue | None:
    """`parse_due`, memoised: one report line carries several items over, and the walk asks again each time."""
    return parse_due(text, lang, ref)


def _meeting_due(named: str | None, later_dates: Sequence[str]) -> str | None:
    """The date of the meeting a carry-over names: the series' next one, or its one in the named month (else the
    month's end); none yet when the series has not met again."""
    if named:
        return next((d for d in later_dates if d[:7] == named[:7]), named)
    return later_dates[0] if later_dates else None


def resolve_next_meeting_dues(states: dict[str, ItemState], meetings: list[MeetingSlot]) -> None:
    """"Do příštího jednání" means the date of the next meeting of the series, once that meeting is known;
    "by the October meeting" (read as the end of October) the date of the series' meeting in that month."""
    dated = sorted((m.index, m.date) for m in meetings if m.date)
    for st in states.values():
        if st.item.due_kind == "window" and st.due and st.due == st.item.due and reports_back(st.item.text, st.lang):
            st.due = next((d for idx, d in dated if idx > st.item.meeting_index and d[:7] == st.due[:7]
                           and d <= st.due), st.due)  # "report back in April": at the April meeting
            continue
        if st.item.due_kind != "next_meeting" or (st.due and st.due != st.item.due):
            continue
        later = [d for idx, d in dated if idx > st.item.meeting_index]
        if st.due:
            later = [d for d in later if d[:7] == st.due[:7] and d <= st.due]
        if later:
            st.due = later[0]


@lru_cache(maxsize=20_000)
def reports_back(text: str, lang: str) -> bool:
    """The promise is to report to the body itself ("would find out and report back in April", "informuje na
    zářijovém jednání"): due at the meeting held in the month it names, not at the month's end."""
    folded = fold(text)
    return any(re.search(r"(?<!\w)" + re.escape(p), folded) for p in _report_back(lang))


@cache
def _report_back(lang: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in langdata.load(langdata.code(lang), "followup_cues").get("report_back", ()))


def with_overdue(status: str, due: str | None, as_of: str) -> str:
    """The status a person sees on `as_of`: open or carried-over work past its deadline is overdue; work due
    that very day is not yet, unless a meeting held on its due day left it unreported (stored "overdue")."""
    if status == "overdue":
        return "overdue" if due and due <= as_of else "open"
    if status in ("open", "carried_over") and due and due < as_of:
        return "overdue"
    return status


def end_keys(text: str, lang: str) -> frozenset[str]:
    """Keys of the "by the end of", "do konce" the item says its deadline with: how it is due, not what it is."""
    folded = fold(text)
    return frozenset(k for phrase in _end_phrases(lang) if phrase in folded for k in keys(phrase, lang))


@cache
def _end_phrases(lang: str) -> tuple[str, ...]:
    dates = langdata.load(langdata.code(lang), "dates")
    return tuple(fold(p) for p in dates.get("end_of", ()))
