"""Dates, windows and deadline phrases in Czech and English minutes, normalised against a reference date.

Minutes state deadlines in forms a generic date parser misreads ("Q1/2021", "do konce ledna 2021",
"po Novém roce", "do příštího jednání", "průběžně"; dateparser reads "po" as Monday). Every word comes from
`lang/<cs|en>/dates.json`; this module only knows the shapes (day-month-year, month + year, quarter, half,
year, part of a year, period end, duration, holiday, season / academic term, relative day, the next meeting
by its parts, fixed phrases) and how to turn each into a `DateValue` (the builders are in `datebuilders.py`);
`datecontext.py` reads a date with its
neighbours (offsets, periods, restating sentences), `datecalc.py` does the calendar arithmetic.

Resolution rules, documented because callers rely on them:
- Numeric dates are day-first in both languages (en-GB). When the second number is over 12 and the first is
  not ("03/15/2025"), the US order is the only reading and is used.
- An incomplete date (no year: "do 31. 3.", "v prosinci", "2. pololetí") takes its year from `ref`: the next
  occurrence on or after `ref` for deadlines (`parse_due`), the nearest occurrence for `find_dates`.
  Without `ref` such dates keep their text and kind but no ISO bounds.
- "do konce X" / "by the end of X" is a window from `ref` (when known and earlier) to the end of X.
- Holidays: "do Velikonoc" ends the day before Easter Sunday; "po Novém roce" is 1-31 January after `ref`.
- "zítra"/"tomorrow" is `ref` + 1; "Saturday 6th May" takes the year in which that day is a Saturday.
- "ten days before the May 12 hearing" counts back from the date; "od 16. 12. do 31. 12." is one window
  whose "do" is not a deadline cue (`parse_due` prefers a next-meeting phrase of the same sentence to it).
- Parts of a year: early = first quarter, mid = June, late = last quarter, "by mid-2025" = first half.
- "ihned"/"ASAP" is due on `ref` itself (overdue at the next meeting unless reported done).
- School, academic and financial years and terms are seasons of `dates.json`; "příští"/"next" takes the first
  one starting after `ref`; "by the end of term" is the term `ref` falls in (or the next). A year named by no
  number ("v průběhu roku") at a December meeting is the coming year.
- "within 14 days of 1 October" counts from the date; a duration alone counts from `ref`.
- Deadlines only: "15.–20. 4." / "between 15 and 19 April" is one window (metadata keeps the first day);
  "na zasedání ZM dne 20. 6." / "to the meeting on 14 May" is the next meeting on that day when it lies up to
  half a year ahead; a date right after a standing-duty phrase ("vždy k 15. dni měsíce") makes it continuous.
- "v lednu příštího roku", "Q1 next year": a month, quarter or half in the year named relative to `ref`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract import dateadvance, dategate, datepick
from minutes_nlp.extract import datecalc as dc
from minutes_nlp.extract import dateparts as dp
from minutes_nlp.extract.datebuilders import _BUILDERS, Builder, _Ctx
from minutes_nlp.extract.datecontext import (
    counted_from,
    covered_period,
    day_before_meeting,
    day_range,
    event_offset,
    event_phrase,
    names_event,
    periods,
)
from minutes_nlp.extract.result import DateValue

Date = dt.date


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    build: Builder
    gate: dategate.Gate  # words every match needs: a sentence without them is not searched


@cache
def _rules(lang: str) -> tuple[tuple[_Rule, ...], dp.Vocab, re.Pattern[str]]:
    """Compiled once per language: the rule list, the vocabulary, and the deadline-cue pattern."""
    vocab = dp.Vocab.load(lang if lang.partition("-")[0] in langdata.SUPPORTED else "en")  # "en-US": a locale
    compiled = [(name, re.compile(rx, re.IGNORECASE)) for name, rx in dp.patterns(vocab)]
    rules = tuple(_Rule(name, rx, _BUILDERS[name], dategate.gate(rx)) for name, rx in compiled)
    return rules, vocab, re.compile(dp.cue_pattern(vocab), re.IGNORECASE)


@cache
def _sieve(lang: str) -> dategate.Sieve:
    """The rules' gates, tested all at once for each text read."""
    return dategate.Sieve(tuple(r.gate for r in _rules(lang)[0]))


def _scan(text: str, lang: str, ref: Date | None, future: bool) -> list[tuple[int, int, DateValue]]:
    """A document's sentences are read for dates again and again (deadlines, metadata, context): the
    result of a reading is kept (a copy is returned, callers may change their list)."""
    return list(_scan_once(text, lang, ref, future))


@lru_cache(maxsize=2048)
def _scan_once(text: str, lang: str, ref: Date | None, future: bool) -> tuple[tuple[int, int, DateValue], ...]:
    rules, vocab, _ = _rules(lang)
    ctx = _Ctx(ref, future, vocab.order)
    pieces = dategate.profile(text)
    hits = [(m.start(), -(m.end() - m.start()), i, m)
            for i in _sieve(lang).passing(pieces) for m in rules[i].pattern.finditer(text)]
    out: list[tuple[int, int, DateValue]] = []
    last_end = 0
    for start, _neg, i, m in sorted(hits, key=lambda h: h[:3]):
        if start < last_end:
            continue
        value = rules[i].build(m, ctx, vocab)
        if value is not None:
            begin, value = counted_from(text, last_end, start, value, lang)
            if future:  # deadlines only: a two-day meeting's "14–15 May" stays its first day for the metadata
                begin, value = day_range(text, last_end, begin, m.end(), value, lang)
            out.append((begin, m.end(), value))
            last_end = m.end()
    return tuple(out)


def find_dates(text: str, lang: str, ref: Date | None = None) -> list[tuple[int, int, DateValue]]:
    """Every date expression in `text` as (start, end, value), left to right, not overlapping."""
    return _scan(text, lang, ref, future=False)


def parse_date(text: str, lang: str, ref: Date | None = None) -> DateValue | None:
    """The first date expression in `text` (a field value such as "15. 12. 2020, 15:30"), or None."""
    found = _scan(text, lang, ref, future=False)
    return found[0][2] if found else None


_NON_DEADLINE_KINDS = ("date", "window")


@cache
def _own_cue(lang: str) -> re.Pattern[str]:
    v = _rules(lang)[1]
    return re.compile(rf"^{dp.alt(v.words('deadline_cues') + v.words('end_of'))}(?!\w)", re.IGNORECASE)


def _self_cued(text: str, lang: str) -> bool:
    """ "do konce roku 2021", "by the end of April": the expression itself states a deadline."""
    return bool(_own_cue(lang).match(text))


@cache
def _day_meeting(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    mm = _rules(lang)[1].data.get("month_meeting", {})
    if not mm.get("day_prefixes"):
        return None
    return (re.compile(rf"(?<!\w){dp.alt(mm['day_prefixes'])}\s+$", re.IGNORECASE),
            re.compile(rf"^\s+{dp.alt(mm['nouns'])}(?!\w)", re.IGNORECASE))


def _dated_meeting(text: str, found: tuple[int, int, DateValue], lang: str,
                   ref: Date | None = None) -> tuple[int, int, DateValue]:
    """ "for the April 8 meeting": a deadline at a meeting named by its date is that (next) meeting, on that day.
    Only deadlines read so: `find_dates` keeps the plain date (the metadata reader names the meeting itself)."""
    start, end, value = found
    shapes = _day_meeting(lang)
    if value.kind != "date" or not value.earliest:
        return found
    before = shapes[0].search(text[:start]) if shapes else None
    after = shapes[1].match(text[end:]) if shapes else None
    if before is None or after is None:
        return _meeting_on_day(text, found, lang, ref)
    words = text[before.start():end + after.end()]
    return before.start(), end + after.end(), DateValue(words, value.earliest, value.latest, "next_meeting")


@cache
def _meeting_before_day(lang: str) -> re.Pattern[str] | None:
    mm = _rules(lang)[1].data.get("month_meeting", {})
    spec = mm.get("meeting_before_day")
    if not spec:
        return None
    bodies = rf"(?:\s+{dp.alt(mm.get('bodies', []) + spec.get('bodies', []))})?"
    adjs = rf"(?:\s+{dp.alt(spec['adjectives'])})?" if spec.get("adjectives") else ""  # "na nejbližším zasedání"
    return re.compile(rf"(?<!\w){dp.alt(spec['lead'])}{bodies}{adjs}\s+{dp.alt(spec['nouns'])}{bodies}"
                      rf"\s+(?:{dp.alt(spec['links'])}\s+)?$", re.IGNORECASE)


_MEETING_AHEAD_DAYS = 186  # a meeting named as a deadline is one of the next few; a later date is something else


def _meeting_on_day(text: str, found: tuple[int, int, DateValue], lang: str,
                    ref: Date | None) -> tuple[int, int, DateValue]:
    """ "předloží na zasedání zastupitelstva dne 20. 6.", "report to the meeting on 14 May": the (next) meeting
    held that day, when it lies ahead of the meeting being minuted (a past one is a report of what happened)."""
    start, end, value = found
    shape = _meeting_before_day(lang)
    lead = shape.search(text[:start]) if shape and ref and value.earliest else None
    if lead is None or ref is None or not 0 <= (Date.fromisoformat(value.earliest or "") - ref).days <= \
            _MEETING_AHEAD_DAYS:
        return found
    return lead.start(), end, DateValue(text[lead.start():end], value.earliest, value.latest, "next_meeting")


def parse_due(text: str, lang: str, ref: Date | None) -> DateValue | None:
    """The deadline inside a sentence: a date after a deadline cue ("do", "termín", "by", "no later than"),
    else a next-meeting / continuous / immediate phrase, else a window or date that lies after `ref`.

    A date that is neither cued nor in the future (the day something happened) is not a deadline.
    """
    found = _undated_inside([_dated_meeting(text, f, lang, ref) for f in periods(text, lang, _scan(
        text, lang, ref, future=True)) if not covered_period(text, f[0], f[2], lang)])
    if not found:
        return None
    found = datepick.started(text, datepick.own_dates(text, datepick.narrowed(text, found, lang), lang), lang)
    found = datepick.period_start(text, found, lang, ref.isoformat() if ref else None)
    steady = _recurring(text, found, lang)
    if steady is not None:
        return steady
    if (early := dateadvance.lead_time(text, found, lang)) is not None:
        return early  # "pozvánky rozešle nejpozději 14 dní předem": counted back from the event's day
    _, _, cue = _rules(lang)
    cued = [v for s, _e, v in found if cue.search(text[max(0, s - 30):s]) or _self_cued(v.text, lang)]
    cued = [v for _s, v in dateadvance.as_needed_yields([(0, v) for v in cued], found, lang,
                                                        ref.isoformat() if ref else None)]
    if cued:
        return cued[-1]
    special = dateadvance.as_needed_yields([(s, v) for s, _e, v in found if v.kind not in _NON_DEADLINE_KINDS],
                                           found, lang, ref.isoformat() if ref else None)
    if special:
        return day_before_meeting(text, lang, found, special[0], ref) or special[0][1]
    later = [v for _s, _e, v in found if v.latest and (ref is None or v.latest >= ref.isoformat())]
    return later[-1] if later else None


def _undated_inside(found: list[tuple[int, int, DateValue]]) -> list[tuple[int, int, DateValue]]:
    """ "na nejbližším zasedání zastupitelstva dne 23. 6.": the undated next-meeting phrase inside the dated
    meeting that spans it is that meeting; only the dated reading stays."""
    return [(s, e, v) for s, e, v in found if v.latest or not any(
        s2 <= s and e <= e2 and (s2, e2) != (s, e) and w.latest for s2, e2, w in found)]


def _recurring(text: str, found: list[tuple[int, int, DateValue]], lang: str) -> DateValue | None:
    """ "vždy k 15. dni měsíce", "každoročně k 31. 3.", "by 31 March each year": a date next to a standing-duty
    phrase (at most a deadline cue between) recurs; the task is continuous, not due once on that date."""
    for (_s, end, first), (start, _e, second) in zip(found, found[1:], strict=False):
        steady = first if first.kind == "continuous" else second if second.kind == "continuous" else None
        if steady is not None and _only_cue(text[end:start], lang):
            return steady
    return None


@cache
def _cue_only(lang: str) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{dp.alt(_rules(lang)[1].words('deadline_cues'))})?\s*", re.IGNORECASE)


def _only_cue(gap: str, lang: str) -> bool:
    return bool(_cue_only(lang).fullmatch(gap))


def deadline_tail(tail: str, lang: str, ref: Date | None) -> DateValue | None:
    """The date of `tail` when the tail is nothing but a deadline cue and one date (", by April 4.")."""
    found = _scan(tail, lang, ref, future=True)
    if len(found) != 1:
        return None
    start, end, value = found[0]
    cue = _rules(lang)[2].search(tail[:start]) or datepick.refinement(tail[:start], lang)
    if cue is None and not _self_cued(value.text, lang):
        return None
    head = tail[:cue.start()] if cue else tail[:start]
    if re.search(r"\w", head) or re.search(r"\w", tail[end:]):
        return None
    return value


@cache
def _anaphoric(lang: str) -> re.Pattern[str]:
    """ "... will upload it by the deadline": the deadline an earlier sentence states."""
    forms = _rules(lang)[1].data.get("anaphoric_deadlines", {}).get("forms", [])
    return re.compile(rf"(?<!\w){dp.alt(forms)}(?!\w)", re.IGNORECASE) if forms else re.compile(r"(?!x)x")


def event_due(sentence: str, earlier: list[str], lang: str, ref: Date | None) -> DateValue | None:
    """ "Marek to ask whether they would renew before they run out." after "the hosting credits run out on
    1 March": the deadline is the date an earlier sentence (nearest first) gives the same event, linked by a
    shared word; None when no earlier sentence dates it. "by the deadline" takes the nearest earlier deadline."""
    if _anaphoric(lang).search(sentence):
        return next((due for due in (parse_due(t, lang, ref) for t in reversed(earlier)) if due and due.latest), None)
    phrase = event_phrase(sentence, lang)
    if phrase is None:
        return None
    offset = event_offset(sentence, lang)
    for text in reversed(earlier):
        found = [v for _s, _e, v in find_dates(text, lang, ref) if v.kind == "date" and v.earliest]
        if found and names_event(text, phrase[1], lang):
            day = found[0].earliest or ""
            if offset is None:
                return DateValue(phrase[0], day, day, "date")
            moved = dc.add(Date.fromisoformat(day), offset[1], offset[0]).isoformat()
            words = sentence[offset[2]:sentence.find(phrase[0]) + len(phrase[0])]
            return DateValue(words, moved, moved, "date")
    return None


def deadline_cued(text: str, value: DateValue, lang: str) -> bool:
    """Whether the date `value` read from `text` is written after a deadline cue ("nejpozději do", "by")."""
    k = text.find(value.text)
    return k >= 0 and (bool(_rules(lang)[2].search(text[max(0, k - 30):k])) or _self_cued(value.text, lang))
