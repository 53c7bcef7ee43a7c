"""The text around a date found by `dates.py`: an offset counted from it ("ten days before the May 12
hearing", "14 dní před 30. 9."), a period it opens with the next date ("od 16. 12. do 31. 12.", "from 1 April
to 30 June"), sentences that only restate the timing of the one before ("Tj. po Novém roce."), an offset from
an event dated in an earlier sentence ("dva týdny před slavností"), and a future day written before a
next-meeting phrase ("se sejdu 22. listopadu a ... na příští schůzi"), unless an event-day word ("on", "dne")
makes it only the day of an event.

Kept apart from the date shapes because these read a found date together with its neighbours; the words
come from `lang/<cs|en>/dates.json` (`offsets`, `ranges`, `continuations`, `event_deadlines`, `event_day_words`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract import dateadvance
from minutes_nlp.extract import datecalc as dc
from minutes_nlp.extract import dateparts as dp
from minutes_nlp.extract.result import DateValue
from minutes_nlp.textutil import prefix_stems

Found = list[tuple[int, int, DateValue]]


@dataclass(frozen=True)
class _Around:
    """Patterns for the text around a found date: an offset counted from it, a period it opens."""

    offset: re.Pattern[str]
    range_start: re.Pattern[str]
    range_join: re.Pattern[str]
    period: re.Pattern[str]
    restate: re.Pattern[str]


@cache
def _vocab(lang: str) -> dp.Vocab:
    return dp.Vocab.load(lang if lang.partition("-")[0] in langdata.SUPPORTED else "en")


@cache
def _around(lang: str) -> _Around:
    vocab = _vocab(lang)
    flags = re.IGNORECASE
    start, join, period = (re.compile(p, flags) for p in dp.range_patterns(vocab))
    return _Around(re.compile(dp.offset_pattern(vocab), flags), start, join, period,
                   re.compile(dp.continuation_pattern(vocab), flags))


@cache
def _day_range(lang: str) -> re.Pattern[str] | None:
    """ "15.–20. 4.", "15–19 April", "between 15 and 19 April", "od 15. do 20. 4.": a first day written
    before a date of the same month; a word join ("and", "do") needs its opener ("between", "od")."""
    spec = _vocab(lang).data.get("day_ranges")
    if not spec:
        return None
    suffix = dp.alt(spec["suffixes"]) + ("" if spec.get("suffix_required") else "?")
    dashes, words = dp.alt(spec["dashes"]), dp.alt(spec["word_joins"])
    return re.compile(rf"(?<![\w./,]){dp.alt(spec['openers'])}\s+(?P<d>\d{{1,2}}){suffix}\s+{words}\s+$|"
                      rf"(?<![\w./,-])(?P<d2>\d{{1,2}}){suffix}\s?{dashes}\s?$", re.IGNORECASE)


def day_range(text: str, lo: int, start: int, end: int, value: DateValue, lang: str) -> tuple[int, DateValue]:
    """A day range ending on the found date is one window from its first day (the deadline is its end)."""
    shape = _day_range(lang) if value.kind == "date" and value.earliest else None
    m = shape.search(text, lo, start) if shape else None
    if m is None or value.earliest is None:
        return start, value
    last = dt.date.fromisoformat(value.earliest)
    first = int(m.group("d") or m.group("d2"))
    if not 1 <= first < last.day:
        return start, value
    return m.start(), DateValue(text[m.start():end], last.replace(day=first).isoformat(), value.latest, "window")


def counted_from(text: str, lo: int, start: int, value: DateValue, lang: str) -> tuple[int, DateValue]:
    """ "ten days before the May 12 hearing": the date counted back (or forward) from the one found."""
    m = _around(lang).offset.search(text, lo, start) if value.kind == "date" and value.earliest else None
    if m is None or value.earliest is None:
        return start, value
    vocab = _vocab(lang)
    n, unit = vocab.number(m.group("n")), vocab.unit(m.group("u"), "units")
    if not n or not unit:
        return start, value
    sign = -1 if dp.key(m.group("rel")) in {dp.key(w) for w in vocab.data["offsets"].get("before", [])} else 1
    d = dc.add(dt.date.fromisoformat(value.earliest), unit, sign * n).isoformat()
    return m.start(), DateValue(text[m.start():start] + value.text, d, d, "date")


def periods(text: str, lang: str, found: Found) -> Found:
    """ "od 16. 12. 2021 do 31. 12. 2021", "from 1 March to 31 March": one window; its "do"/"to" ends a
    period and is not a deadline cue."""
    around = _around(lang)
    out: Found = []
    for item in found:
        if out:
            s1, e1, v1 = out[-1]
            opener = around.range_start.search(text, out[-2][1] if len(out) > 1 else 0, s1)
            if opener and around.range_join.fullmatch(text, e1, item[0]) and v1.earliest and item[2].latest:
                span = text[opener.start():item[1]]
                out[-1] = (opener.start(), item[1], DateValue(span, v1.earliest, item[2].latest, "window"))
                continue
        out.append(item)
    return out


@cache
def _covered(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    spec = _vocab(lang).data.get("covered_periods", {})
    before, opening = dp.alt(spec.get("before", [])), dp.alt(spec.get("openings", []))
    named = spec.get("named_openings", [])  # "za období leden až září 2025": the year ends the named period
    tail = rf"|^{dp.alt(named)}\b[^.;]{{0,40}}?(?:19|20)\d\d" if named else ""
    ranges = spec.get("range_openings", [])  # "for the period 1 January to 31 March": a period named as such
    tail += rf"|^{dp.alt(ranges)}\s+\d" if ranges else ""
    flags = re.IGNORECASE
    return re.compile(rf"(?<!\w){before}\s+$", flags), re.compile(rf"^{opening}\s*(?:19|20)\d\d{tail}", flags)


def covered_period(text: str, start: int, value: DateValue, lang: str) -> bool:
    """ "Zpráva o plnění za rok 2025", "rozbor za 1. čtvrtletí": the period a report covers, never its deadline
    ("za rok se vrátí", a year from now, is a duration and stays one)."""
    if value.kind != "window":
        return False
    before, opening = _covered(lang)
    return bool(before.search(text[max(0, start - 12):start]) or opening.match(value.text))


def restates_timing(text: str, lang: str) -> bool:
    """ "Tj. po Novém roce.", "I.e. after the summer.": a sentence that dates the one before it."""
    return bool(_around(lang).restate.match(text))


def defers_to_sentence(value: DateValue, lang: str) -> bool:
    """A clause's due that a deadline elsewhere in its sentence overrides: a period the task runs over
    ("pověřuje ... v období od 16. 12. do 31. 12. s tím, že ... na nejbližším zasedání"). `parse_due` on the
    whole sentence still returns the period when nothing else is stated."""
    if value.kind == "continuous":  # "se uskuteční podle potřeby, předpokládá se v dubnu": a date may follow
        return dateadvance.as_needed(value, lang)
    return value.kind == "window" and bool(_around(lang).period.match(value.text))


_STEM = 5  # letters compared: "slavností" ~ "slavnost", "closes" ~ "closed"


@cache
def _event_cue(lang: str) -> tuple[re.Pattern[str], frozenset[str]]:
    spec = _vocab(lang).data.get("event_deadlines", {})
    pattern = rf"(?<!\w)(?:{dp.alt(spec.get('cues', []))})\s+(?P<ev>[^.,;:()]{{3,60}})"
    return re.compile(pattern, re.IGNORECASE), frozenset(dp.key(w) for w in spec.get("stopwords", []))


def _stems(text: str, stop: frozenset[str]) -> set[str]:
    return prefix_stems((dp.key(w) for w in re.findall(r"[^\W\d_]{3,}", text)), _STEM, stop=stop)


def event_phrase(sentence: str, lang: str) -> tuple[str, set[str]] | None:
    """ "before the consultation closes": the event phrase after an event cue and the word stems that link
    it to the sentence that dates the event."""
    pattern, stop = _event_cue(lang)
    m = pattern.search(sentence)
    wanted = _stems(m.group("ev"), stop) if m else set()
    return (m.group(0).strip(), wanted) if m and wanted else None


def event_offset(sentence: str, lang: str) -> tuple[int, str, int] | None:
    """ "nejpozději dva týdny před slavností": (signed count, unit, where the offset starts) counted from the
    event's date; None when the event cue has no count before it."""
    m = _event_cue(lang)[0].search(sentence)
    o = _around(lang).offset.search(sentence, 0, m.start("ev")) if m else None
    if o is None:
        return None
    vocab = _vocab(lang)
    n, unit = vocab.number(o.group("n")), vocab.unit(o.group("u"), "units")
    if not n or not unit:
        return None
    before = {dp.key(w) for w in vocab.data["offsets"].get("before", [])}
    return (-n if dp.key(o.group("rel")) in before else n), unit, o.start()


def names_event(text: str, stems: set[str], lang: str) -> bool:
    return bool(stems & _stems(text, _event_cue(lang)[1]))


_BEFORE_NEXT_MEETING_DAYS = 120  # a day further ahead was rolled into next year ("proběhl 2. listopadu")


def day_before_meeting(text: str, lang: str, found: Found,
                       special: tuple[int, DateValue], ref: dt.date | None) -> DateValue | None:
    """ "Se zástupci SFŽP se sejdu 22. listopadu a o výsledku budu radu informovat na příští schůzi": a future
    day written before a next-meeting phrase is the first deadline of the promise; the meeting only hears of it."""
    at, value = special
    if value.kind != "next_meeting" or ref is None:
        return None
    near = (ref + dt.timedelta(days=_BEFORE_NEXT_MEETING_DAYS)).isoformat()
    days = [(s, v) for s, _e, v in found if s < at and v.kind == "date" and v.earliest
            and ref.isoformat() < v.earliest <= near]
    if not days or _event_day(f"{text[:days[-1][0]]} {days[-1][1].text.split()[0]}", lang):
        return None
    return days[-1][1]


@cache
def _event_day_pattern(lang: str) -> re.Pattern[str]:
    words = _vocab(lang).data.get("event_day_words", {}).get("words", [])
    return re.compile(rf"(?<!\w){dp.alt(words)}\s*$", re.IGNORECASE)


def _event_day(before: str, lang: str) -> bool:
    return bool(_event_day_pattern(lang).search(before))
