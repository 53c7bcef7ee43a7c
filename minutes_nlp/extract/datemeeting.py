"""A deadline counted back from the next meeting ("nejméně týden před lednovým zasedáním", "papers no later than
five working days before the meeting"): the day that many units before the date the minutes give the next
meeting, else (no date known) due by the next meeting.

Minutes set such deadlines for papers and budgets sent ahead of a meeting; read as a plain duration ("within
five working days") they would be counted forward from today. The words are data (`dates.json`:
'before_meeting', with numbers and units from 'durations').
"""

from __future__ import annotations

import re
from datetime import date as Date
from functools import cache

from minutes_nlp.extract import datecalc as dc
from minutes_nlp.extract.datevocab import Vocab, alt
from minutes_nlp.extract.result import DateValue


@cache
def _vocab(lang: str) -> Vocab:
    return Vocab.load(lang)


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    data = _vocab(lang).data
    spec = data.get("before_meeting", {})
    if not spec.get("links") or not spec.get("nouns"):
        return None
    units = [u for forms in data["durations"]["units"].values() for u in forms]
    numbers = list(data["durations"]["numbers"])
    return re.compile(rf"(?<!\w)(?:(?P<n>\d{{1,3}}|{alt(numbers)})\s+)?(?P<u>{alt(units)})\s+{alt(spec['links'])}"
                      rf"\s+(?:[^\W\d]+\s+){{0,2}}?{alt(spec['nouns'])}(?!\w)(?!\s+(?:with|s|se|mezi|between)\b)",
                      re.IGNORECASE)  # "a week before the meeting with the developer": another meeting


def before_meeting(text: str, lang: str, next_day: Date | None) -> DateValue | None:
    """The deadline "<count> <unit> before the (next) meeting" in `text`, counted back from `next_day`."""
    pat = _pattern(lang)
    m = pat.search(text) if pat else None
    if m is None:
        return None
    vocab = _vocab(lang)
    n = vocab.number(m.group("n")) if m.group("n") else 1
    unit = vocab.unit(m.group("u"), "units")
    if next_day is None or not n or not unit:
        return DateValue(m.group(0), None, None, "next_meeting")
    day = dc.add(next_day, unit, -n).isoformat()
    return DateValue(m.group(0), day, day, "date")
