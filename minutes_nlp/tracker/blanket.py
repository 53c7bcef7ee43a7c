"""A blanket review: one sentence reporting on every earlier action at once.

Minutes often open the review with "Všechny úkoly z minulého jednání byly splněny" or "All actions from the last
meeting are complete (except action 7)" instead of a line per task: every action still open from earlier meetings
is then done, except those the exception clause names by their number, which stay carried over. An action this
meeting reported on by its own line keeps that report. The cues are data (followup_cues.json: blanket_review,
blanket_except).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold
from minutes_nlp.tracker.mentions import SentenceRef
from minutes_nlp.tracker.model import OPEN, ItemState, number_key, task_of

_NUMBER = re.compile(r"\d{1,4}(?:\s*[./]\s*\d{1,4})*")


@cache
def _patterns(lang: str, name: str) -> tuple[re.Pattern[str], ...]:
    data = langdata.load(langdata.code(lang), "followup_cues")
    return tuple(re.compile(p) for p in data.get(name, ()))


def blanket_exceptions(text: str, lang: str) -> frozenset[str] | None:
    """The task numbers a blanket review excepts (empty when it excepts none); None if the text is no such review."""
    folded = fold(text)
    if not any(p.search(folded) for p in _patterns(lang, "blanket_review")):
        return None
    cut = min((m.start() for p in _patterns(lang, "blanket_except") for m in p.finditer(folded)), default=None)
    if cut is None:
        return frozenset()
    return frozenset(k for m in _NUMBER.finditer(folded[cut:]) if (k := number_key(m.group(0))))


def close_by_blanket(states: Sequence[ItemState], sentences: Sequence[SentenceRef], lang: str) -> None:
    """Each blanket review of the meeting closes the earlier open actions it covers; excepted ones stay open."""
    for s in sentences:
        excepted = blanket_exceptions(s.text, lang)
        if excepted is None:
            continue
        for st in states:
            if (task_of(st.item) or number_key(st.task)) in excepted:
                if st.status == "done" and st.last_meeting == s.meeting_id:
                    st.status = "carried_over"  # the line named it as the exception, not as done
                continue
            if st.status in OPEN and st.last_meeting != s.meeting_id:
                st.mention("done", s, "rule:blanket-review", 0.6)
