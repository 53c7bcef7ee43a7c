"""Standing tasks: an action that recurs ("aby podvýbor informovalo jednou za pololetí", "to report to the Committee
quarterly", "at every meeting") is delivered again and again and never finished.

Minutes review such a task at each meeting ("plní se průběžně", "ongoing – next report in September") and never
call it late: a deadline the extractor read from its period ("za pololetí" as half a year from the meeting) is no
deadline it can miss. So a standing task keeps no deadline, and once a later meeting has reported on it, it is
carried over (the next delivery is awaited), not open and not overdue. A cancellation or a "done" the minutes
state still ends it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold
from minutes_nlp.tracker.model import OPEN, ItemState


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    code = langdata.code(lang)
    cues = langdata.load(code, "followup_cues").get("standing_task", ())
    words = langdata.load(code, "dates").get("continuous", ())
    return (*(re.compile(p) for p in cues),
            *(re.compile(rf"(?<!\w){re.escape(fold(w))}(?!\w)") for w in words))


@lru_cache(maxsize=20_000)
def is_standing(text: str, lang: str) -> bool:
    """Whether the action recurs or runs continuously by its own words."""
    folded = fold(text)
    return any(p.search(folded) for p in _patterns(lang))


def settle_standing(states: dict[str, ItemState], meeting_ids: dict[int, int]) -> None:
    """Standing tasks still open keep no deadline but a written date; reported on by a later meeting, they are
    carried over.
    `meeting_ids`: each meeting's id by its index (a restatement in the task's own meeting is no report)."""
    for st in states.values():
        if st.item.kind != "action" or st.status not in OPEN or not is_standing(st.item.text, st.lang):
            continue
        if not _dated(st.item.due_text):
            st.due = None  # "jednou za pololetí" read as half a year on; "průběžně, nejpozději do 30. 9." keeps it
        own = meeting_ids.get(st.item.meeting_index)
        if any(e.meeting_id != own for e in st.evidence):
            st.status = "carried_over"


def _dated(due_text: str) -> bool:
    """A deadline written with a date ("nejpozději do 30. 9. 2025", "by 31 March") is one the task can miss."""
    return any(ch.isdigit() for ch in due_text)
