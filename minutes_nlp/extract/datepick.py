"""Which of a sentence's dates is the task's deadline, before the deadline reader picks one: a period narrowed by
the day after it, a named meeting dated by the day after it, and a date that belongs to someone else's
procedure (a grant call's intake, a rule's validity, a consultation) rather than to the task.

Minutes write these as one phrase with two date expressions ("v prosinci 2025, předběžně 10. 12. 2025",
"before the AGM on 26 November 2025") or as a second clause that dates another body's process ("a příjem
žádostí potrvá do 31. 10."); read one expression at a time, the wrong one wins. The words are data
(`dates.json`: 'date_refinements', 'meeting_date_links', 'foreign_periods').
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract.datevocab import alt
from minutes_nlp.extract.result import DateValue

Found = tuple[int, int, DateValue]

_FOREIGN_REACH = 40  # characters before a date in which a procedure's words make it that procedure's date


@cache
def _words(lang: str, name: str) -> tuple[str, ...]:
    base = lang.partition("-")[0]
    data = langdata.load(base if base in langdata.SUPPORTED else "en", "dates")
    return tuple(data.get(name, {}).get("words", []))


@cache
def _gap(lang: str, name: str) -> re.Pattern[str]:
    """Only punctuation and one of the words of `name` between two date expressions."""
    return re.compile(rf"\s*[,(–-]?\s*(?:{alt(_words(lang, name))})?\s*[,:(]?\s*", re.IGNORECASE)


@cache
def _data(lang: str, name: str) -> dict[str, list[str]]:
    base = lang.partition("-")[0]
    found = langdata.load(base if base in langdata.SUPPORTED else "en", "dates").get(name, {})
    return found if isinstance(found, dict) else {}


@cache
def _ending(lang: str, name: str, key: str) -> re.Pattern[str]:
    """One of the phrases `name`/`key` of the data, ending where the date begins."""
    return re.compile(rf"(?<!\w){alt(_data(lang, name).get(key, []))}\s*$", re.IGNORECASE)


@cache
def _foreign(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alt(_words(lang, 'foreign_periods'))}(?:\s+(?:do|k|až|dne|to|on|the))*\s*$",
                      re.IGNORECASE)


def _within(day: DateValue, period: DateValue) -> bool:
    return bool(day.earliest and period.earliest and period.latest
                and period.earliest <= day.earliest <= period.latest)


def narrowed(text: str, found: list[Found], lang: str) -> list[Found]:
    """"v prosinci 2025, předběžně 10. 12. 2025": a window followed by a day inside it (a refinement word or
    nothing but punctuation between) is that day; "before the AGM on 26 November": a named meeting followed
    by its day is due that day (kind next_meeting, as a meeting named by its date)."""
    out: list[Found] = []
    for item in found:
        if out and _refines(text, out[-1], item, lang):
            out[-1] = item
        elif out and _dates_meeting(text, out[-1], item, lang):
            start, _e, meeting = out[-1]
            day = item[2]
            out[-1] = (start, item[1], DateValue(text[start:item[1]], day.earliest, day.latest, meeting.kind))
        else:
            out.append(item)
    return out


def _refines(text: str, before: Found, after: Found, lang: str) -> bool:
    if before[2].kind != "window" or after[2].kind != "date" or not _within(after[2], before[2]):
        return False
    return bool(_gap(lang, "date_refinements").fullmatch(text[before[1]:after[0]]))


def _dates_meeting(text: str, before: Found, after: Found, lang: str) -> bool:
    if before[2].kind != "next_meeting" or before[2].latest or after[2].kind != "date" or not after[2].earliest:
        return False
    gap = text[before[1]:after[0]]
    lead = after[2].text.split(" ", 1)[0] if after[2].text[:1].isalpha() else ""  # "on 26 November"
    return any(_gap(lang, "meeting_date_links").fullmatch(g) for g in (gap, gap + lead))


def refinement(head: str, lang: str) -> re.Match[str] | None:
    """The refinement word that ends `head` (", předběžně "): it cues the day after it like a deadline cue."""
    return re.compile(rf"(?<!\w){alt(_words(lang, 'date_refinements'))}\s*$", re.IGNORECASE).search(head)


def started(text: str, found: list[Found], lang: str) -> list[Found]:
    """"otevře kontaktní místo od února 2026", "will open from April": a period after a start word is when
    the thing starts, its first day (a range "od dubna do konce května" is read as its own window)."""
    out = []
    for start, end, value in found:
        if value.kind == "window" and value.earliest and _preceded(text, start, value, lang, "start_words") \
                and not _RANGE_AFTER.match(text, end) and not _RANGE_IN.search(value.text):
            value = DateValue(value.text, value.earliest, value.earliest, "date")
        out.append((start, end, value))
    return out


def period_start(text: str, found: list[Found], lang: str, ref: str | None) -> list[Found]:
    """"do zahájení školního roku", "before the start of the autumn term": the deadline is the first day of the
    period's next occurrence (a school year or term that began before the meeting comes round a year later)."""
    out = []
    for start, end, value in found:
        if value.kind == "window" and value.earliest and _preceded(text, start, value, lang, "period_start_words"):
            day = value.earliest
            if ref and day < ref:
                day = f"{int(day[:4]) + 1}{day[4:]}"
            value = DateValue(value.text, day, day, "date")
        out.append((start, end, value))
    return out


_RANGE_AFTER = re.compile(r"\s*(?:[–—-]|do\b|až\b|to\b|until\b|till\b)", re.IGNORECASE)
_RANGE_IN = re.compile(r"\s(?:do|až|to|until|till)\s|\d\s*[–—-]\s*\d", re.IGNORECASE)  # "from 1 April to 30 June"


def own_dates(text: str, found: list[Found], lang: str) -> list[Found]:
    """Drop the dates of documents and past events the task refers to ("usnesení ze dne 3. 2.", "the letter
    dated 3 February"), of a span of years ("the plan for 2025-2030"), and the dates of another body's
    procedure ("příjem žádostí potrvá do 31. 10.", "the consultation would not close until 16 January")
    when the sentence has another date for the task itself."""
    found = [f for f in found if not _document_date(text, f, lang) and not _year_span(text, f)]
    pat = _foreign(lang)
    own = [f for f in found if not pat.search(text[max(0, f[0] - _FOREIGN_REACH):f[0]])]
    return own if own else found


def _document_date(text: str, found: Found, lang: str) -> bool:
    return _preceded(text, found[0], found[2], lang, "document_dates") and \
        not _preceded(text, found[0], found[2], lang, "document_dates", "future_forms")


def _preceded(text: str, start: int, value: DateValue, lang: str, name: str, key: str = "words") -> bool:
    """One of the phrases `name`/`key` ends where the date begins; a word the date expression itself opens
    with ("on 10 March", "dne 10. 3.") may end the phrase."""
    head = text[max(0, start - _FOREIGN_REACH):start]
    lead = value.text.split(" ", 1)[0] if value.text[:1].isalpha() and " " in value.text else ""
    pat = _ending(lang, name, key)
    return bool(pat.search(head) or lead and pat.search(head + lead))


_YEAR_SPAN = re.compile(r"\s*[–—-]\s*(?:19|20)\d\d\b")


def _year_span(text: str, found: Found) -> bool:
    """"the five-year plan for 2025-2030", "strategie 2021–2027": a span of years is what a plan covers."""
    return found[2].kind == "window" and bool(re.search(r"(?:19|20)\d\d$", found[2].text)) and \
        bool(_YEAR_SPAN.match(text, found[1]))
