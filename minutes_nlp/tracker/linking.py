"""Explicit reports on earlier items: a later item naming the task's number, or repeating its words nearly
verbatim ("Analýza pokrytí sítěmi 5G v obcích – splněno"). Narrative sentences are follow.py's and mentions.py's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz

from minutes_nlp.textutil import fold
from minutes_nlp.tracker.deferrals import deferral_keys
from minutes_nlp.tracker.keys import folded
from minutes_nlp.tracker.model import ItemState, TrackedItem, number_key, other_tasks, task_of
from minutes_nlp.tracker.numbers import other_registers, task_key
from minutes_nlp.tracker.owners import reference_words
from minutes_nlp.tracker.restate import checked_by_number

REPEAT_THRESHOLD = 85.0  # a new item this close to an open earlier one is the same item restated


@lru_cache(maxsize=50_000)
def _words(text: str, owner: str | None = None) -> str:
    """The words an item says, less those naming its owner ("Company Secretary to file ..."): two promises of one
    owner share those whatever they are about."""
    who = {fold(w.strip(".,;:()")) for lang in ("cs", "en") for w in reference_words(text, lang, lambda w: False)
           } if owner else set()
    return " ".join(w for w in re.findall(r"\w+", fold(text)) if len(w) > 2 and w not in who)


MIN_REPEAT_WORDS = 3  # a line saying fewer content words ("T: do 30. 4. 2023") is contained in any other


def _similarity(a: TrackedItem, b: TrackedItem) -> float:
    """Near-verbatim repeat of the words of two items. Token-set matching scores a subset 100, so a side of
    fewer than MIN_REPEAT_WORDS words (numbers aside: a date is no content) repeats nothing. Two deferred answers
    ("Officers agreed to provide a written response.") say the same formula whatever they answer: they are
    compared by the questions before them."""
    if _deferred(a) and _deferred(b):
        a, b = replace(a, text=a.context), replace(b, text=b.context)
    wa, wb = _words(a.text, a.owner), _words(b.text, b.owner)
    if min(_content_count(wa), _content_count(wb)) < MIN_REPEAT_WORDS:
        return 0.0
    score = fuzz.token_set_ratio(wa, wb)
    if a.owner and b.owner:
        score += 8 if folded(a.owner) == folded(b.owner) else -15
    return float(score)


def _deferred(item: TrackedItem) -> bool:
    return bool(deferral_keys(item.text, "cs") or deferral_keys(item.text, "en"))


def _content_count(words: str) -> int:
    return sum(not w.isdigit() for w in words.split())


def find_target(report: TrackedItem, open_states: list[ItemState], threshold: float | None,
                 meeting_id: int | None = None) -> tuple[ItemState, str, float] | None:
    key = task_of(report)
    if key:
        for st in open_states:
            if (number_key(st.item.task_number) or task_key(st.item.text) or st.task) == key \
                    and not other_registers(report.text, st.item.text):
                return st, "link:task-number", 100.0
    if threshold is None:
        return None
    best = max(((st, _similarity(report, st.item)) for st in open_states if not other_tasks(report, st.item)
                and not (meeting_id is not None and checked_by_number(st, meeting_id))),
               key=lambda p: p[1], default=None)
    if best and best[1] >= threshold:
        return best[0], "link:similarity", best[1]
    return None
