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


@cache
def _count_before(lang: str) -> re.Pattern[str] | None:
    data = _vocab(lang).data
    links = data.get("before_meeting", {}).get("links")
    if not links:
        return None
    units = [u for forms in data["durations"]["units"].values() for u in forms]
    numbers = list(data["durations"]["numbers"])
    return re.compile(rf"(?<!\w)(?:(?P<n>\d{{1,3}}|{alt(numbers)})\s+)?(?P<u>{alt(units)})\s+{alt(links)}\s+",
                      re.IGNORECASE)


_EVENT_REACH = 70  # characters from the link to the event's date ("two weeks before the TC plenary (Geneva, 20–22 ...")
_DAY_RANGE = re.compile(r"\d{1,2}\.?\s*[–-]\s*\d{1,2}")


def before_dated_event(text: str, lang: str, ref: Date | None) -> DateValue | None:
    """"two weeks before the plenary (Geneva, 20–22 January 2026)", "10 days before the AGM on 20 May": a count back
    from an event the sentence dates right after the link: that day minus the count (the first day of a dated span;
    a month or a period alone, "before the end of March", gives no day to count from)."""
    from minutes_nlp.extract.dates import parse_date

    pat = _count_before(lang)
    m = pat.search(text) if pat else None
    if m is None:
        return None
    tail = _TAIL_END.split(text[m.end():m.end() + _EVENT_REACH])[0]  # not past a dash or label: "– termín: 10. 4."
    found = parse_date(tail, lang, ref)
    if found is None or not found.earliest or not (found.kind == "date" or _DAY_RANGE.search(found.text)):
        return None
    vocab = _vocab(lang)
    n = vocab.number(m.group("n")) if m.group("n") else 1
    unit = vocab.unit(m.group("u"), "units")
    if not n or not unit:
        return None
    at = max(0, tail.find(found.text))
    start = Date.fromisoformat(found.earliest)
    if (span := _SPAN_START.search(tail[:at])) is not None and int(span.group(1)) < start.day:
        start = start.replace(day=int(span.group(1)))  # "20–22 January": the span starts on the 20th
    day = dc.add(start, unit, -n).isoformat()
    return DateValue(text[m.start():m.end() + at + len(found.text)], day, day, "date")


_TAIL_END = re.compile(r"[;:]|\s[–—-]\s|\.\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]")
_SPAN_START = re.compile(r"(\d{1,2})\.?\s*[–-]\s*$")
