"""Items about the series itself: "next meeting on 29 June" and "topics for the next meeting".

The first is done when the series meets again; the second is checked against the next meeting's agenda
(covered) or found missing from it (dropped), which the chair's briefing needs as much as the status.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from minutes_nlp.tracker import cues
from minutes_nlp.tracker.mentions import SentenceRef, keys

COVER_SHARE = 0.5  # share of a promised topic's content words an agenda title must repeat


@lru_cache(maxsize=20_000)
def is_schedule(text: str, lang: str) -> bool:
    return cues.schedules_next_meeting(text, lang)


@lru_cache(maxsize=20_000)
def is_agenda_promise(text: str, lang: str) -> bool:
    return cues.promises_agenda(text, lang)


def topics(text: str, lang: str) -> list[set[str]]:
    """The promised topics: the list after the colon (or the whole sentence), one key set per topic."""
    tail = text.split(":", 1)[1] if ":" in text else text
    parts = re.split(r"[,;]|\s(?:a|and)\s", re.sub(r"\([^)]*\)", "", tail))
    return [k for k in (keys(p, lang) for p in parts) if k]


def agenda_coverage(text: str, agenda: Iterable[SentenceRef], lang: str) -> tuple[list[SentenceRef], int]:
    """Agenda entries that cover a promised topic, and how many topics were promised."""
    wanted = topics(text, lang)
    titles = [(a, keys(a.text, lang)) for a in agenda]
    covered: list[SentenceRef] = []
    for topic in wanted:
        hit = max(titles, key=lambda t: len(topic & t[1]), default=None)
        if hit and len(topic & hit[1]) >= max(1.0, COVER_SHARE * len(topic)) and hit[0] not in covered:
            covered.append(hit[0])
    return covered, len(wanted)
