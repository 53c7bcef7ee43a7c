"""Dates, windows and deadline phrases in Czech and English minutes, normalised against a reference date.

Minutes state deadlines in forms a generic date parser misreads ("Q1/2021", "do konce ledna 2021",
"po Novém roce", "do příštího jednání", "průběžně"; dateparser reads "po" as Monday). Every word comes from
`lang/<cs|en>/dates.json`; this module only knows the shapes (day-month-year, month + year, quarter, half,
year, part of a year, period end, duration, holiday, season / academic term, relative day, the next meeting
by its parts, fixed phrases) and how to turn each into a `DateValue`; `datecontext.py` reads a date with its
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
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract import datecalc as dc
from minutes_nlp.extract import dateparts as dp
from minutes_nlp.extract.datecontext import counted_from, event_phrase, names_event, periods
from minutes_nlp.extract.result import DateValue

Date = dt.date


@dataclass(frozen=True)
class _Ctx:
    ref: Date | None
    future: bool  # deadlines resolve a missing year to the next occurrence, mentions to the nearest
    order: str


Builder = Callable[[re.Match[str], _Ctx, "dp.Vocab"], DateValue | None]


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    build: Builder


def _group(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


def _year(m: re.Match[str]) -> int | None:
    raw = _group(m, "y") or _group(m, "y2")
    if not raw:
        return None
    year = int(raw)
    return year + 2000 if year < 100 else year


def _window(m: re.Match[str], ctx: _Ctx, bounds: tuple[Date, Date] | None) -> DateValue:
    """A window; a leading "do konce"/"by the end of" turns it into a deadline window starting at `ref`."""
    text = m.group(0)
    if bounds is None:
        return DateValue(text, None, None, "window")
    first, last = bounds
    if _group(m, "endof") or _group(m, "yby"):
        first = ctx.ref if ctx.ref and ctx.ref <= last else first
    return DateValue(text, first.isoformat(), last.isoformat(), "window")


def _with_year(m: re.Match[str], ctx: _Ctx, make: Callable[[int], tuple[Date, Date] | None]) -> DateValue:
    year = _year(m)
    if year is None:
        year = dc.pick_year(ctx.ref, ctx.future, make)
    return _window(m, ctx, make(year) if year else None)


def _exact(m: re.Match[str], ctx: _Ctx, month: int, day: int, v: dp.Vocab) -> DateValue | None:
    year = _year(m)
    if year is None:
        year = _weekday_year(m, ctx, month, day, v) or \
            dc.pick_year(ctx.ref, ctx.future, lambda y: dc.same(dc.day(y, month, day)))
        if year is None:
            return DateValue(m.group(0), None, None, "date") if dc.day(2000, month, day) else None
    d = dc.day(year, month, day)
    return DateValue(m.group(0), d.isoformat(), d.isoformat(), "date") if d else None


def _weekday_year(m: re.Match[str], ctx: _Ctx, month: int, day: int, v: dp.Vocab) -> int | None:
    """ "on Saturday 6th May": the year (around `ref`) in which that day falls on the weekday written."""
    weekday = v.weekday(_group(m, "wdn")) if _group(m, "wdn") else None
    if weekday is None or ctx.ref is None:
        return None
    fits = [y for y in (ctx.ref.year, ctx.ref.year + 1, ctx.ref.year - 1)
            if (d := dc.day(y, month, day)) and d.weekday() == weekday]
    return fits[0] if len(fits) == 1 else None


def _b_numeric(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    a, b = int(m.group("a")), int(m.group("b"))
    day, month = (a, b) if ctx.order == "dmy" else (b, a)
    if month > 12 and day <= 12:
        day, month = month, day  # the only possible reading ("03/15/2025")
    return _exact(m, ctx, month, day, v)


def _b_iso(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    return _exact(m, ctx, int(m.group("m")), int(m.group("d")), v)


def _b_day_month_name(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    month = v.month(m.group("mn")) if _group(m, "mn") else dp.ROMAN.get((m.group("rm") or "").upper())
    return _exact(m, ctx, month, int(m.group("d")), v) if month else None


def _b_month(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    month = v.month(m.group("mn"))
    if not month:
        return None
    part = v.part(_group(m, "part"))
    return _with_year(m, ctx, lambda y: dc.month_part(y, month, part))


def _b_quarter(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    q: int | None = next((int(g) for g in (_group(m, "qn"), _group(m, "q2"), _group(m, "q3")) if g), None)
    q = q or v.ordinal(_group(m, "qo"))
    if not q or not 1 <= q <= 4:
        return None
    return _with_year(m, ctx, lambda y: dc.months_span(y, 3 * q - 2, 3 * q))


def _b_half(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    found = next((int(g) for g in (_group(m, "hn"), _group(m, "h2")) if g), None)
    found = found or v.ordinal(_group(m, "ho"))
    if not found:
        return None
    h = min(found, 2)
    return _with_year(m, ctx, lambda y: dc.months_span(y, 6 * h - 5, 6 * h))


def _b_year(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    year = _year(m)
    if year is None or not 1900 <= year <= 2100:
        return None
    return _window(m, ctx, dc.months_span(year, 1, 12))


def _b_end_of_period(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    unit, offset = v.period(m.group("per"), "end_of_periods")
    year = _year(m)
    if unit == "year" and year:
        return _window(m, ctx, dc.months_span(year, 1, 12))
    if ctx.ref is None:
        return DateValue(m.group(0), None, None, "window")
    span = dc.relative(ctx.ref, unit, offset)
    return _window(m, ctx, span) if span else None


def _b_relative(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    unit, offset = v.period(m.group("rel"), "relative_periods")
    span = dc.relative(ctx.ref, unit, offset) if ctx.ref else None
    return _window(m, ctx, span)


def _b_duration(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    n: int | None = 1
    if _group(m, "bu"):
        unit = v.unit(m.group("bu"), "bare_units")
    else:
        n, unit = v.number(m.group("n")), v.unit(m.group("u"), "units")
    if not n or not unit:
        return None
    if ctx.ref is None:
        return DateValue(m.group(0), None, None, "window")
    return DateValue(m.group(0), ctx.ref.isoformat(), dc.add(ctx.ref, unit, n).isoformat(), "window")


def _b_holiday(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    """ "do Velikonoc", "po Novém roce", "do konce prázdnin" (a deadline window from `ref` to the holiday's end)."""
    endof = bool(_group(m, "endof"))
    spec, relation = v.holiday(m.group("hol")), "during" if endof else v.relation(_group(m, "rel") or "")
    if spec is None or relation is None:
        return None
    make: Callable[[int], tuple[Date, Date] | None] = lambda y: dc.holiday_window(spec, relation, y)  # noqa: E731
    year = _year(m) or dc.pick_year(ctx.ref, True, lambda y: dc.holiday_window(spec, "during", y))
    span = make(year) if year else None
    if span and (relation == "before" or endof) and ctx.ref and ctx.ref <= span[1]:
        span = (ctx.ref, span[1])
    return DateValue(m.group(0), span[0].isoformat(), span[1].isoformat(), "window") if span else \
        DateValue(m.group(0), None, None, "window")


def _b_season(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    months = v.season(m.group("se"))
    return _with_year(m, ctx, lambda y: dc.season(y, months)) if months else None


def _b_month_range(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    first, last = v.month(m.group("mn")), v.month(m.group("mn2"))
    if not first or not last:
        return None
    return _with_year(m, ctx, lambda y: dc.month_range(y, first, last))


def _b_weekday(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    day = v.weekday(m.group("wd"))
    if day is None:
        return None
    if ctx.ref is None:
        return DateValue(m.group(0), None, None, "date")
    d = dc.next_weekday(ctx.ref, day).isoformat()
    return DateValue(m.group(0), d, d, "date")


def _b_month_meeting(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    """ "at the March meeting": the next meeting, known to fall in that month."""
    month = v.month(m.group("mn"))
    if not month:
        return None
    window = _with_year(m, replace(ctx, future=True), lambda y: dc.months_span(y, month, month))
    return DateValue(m.group(0), window.earliest, window.latest, "next_meeting")


def _b_relative_day(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    """ "zítra", "tomorrow": counted from the meeting date."""
    n = v.relative_day(m.group("rd"))
    if n is None:
        return None
    if ctx.ref is None:
        return DateValue(m.group(0), None, None, "date")
    d = (ctx.ref + dt.timedelta(days=n)).isoformat()
    return DateValue(m.group(0), d, d, "date")


def _b_year_part(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    """ "koncem roku 2021", "early next year", "do poloviny roku 2022"."""
    part, year = v.year_part(m.group("part")), _year(m)
    if part is None:
        return None
    if year is None:
        unit, offset = v.period(m.group("per"), "end_of_periods")
        if unit != "year":
            return None
        year = ctx.ref.year + offset if ctx.ref else None
    return _window(m, ctx, dc.year_part(year, part) if year else None)


def _b_month_adj_meeting(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    """ "na zářijovém jednání": the next meeting, held in that month."""
    month = v.month_adjective(m.group("ma"))
    if not month:
        return None
    window = _with_year(m, replace(ctx, future=True), lambda y: dc.months_span(y, month, month))
    return DateValue(m.group(0), window.earliest, window.latest, "next_meeting")


def _b_day_of_month(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    d = int(m.group("d"))
    if not 1 <= d <= 31:
        return None
    found = dc.next_day_of_month(ctx.ref, d) if ctx.ref else None
    return DateValue(m.group(0), found.isoformat(), found.isoformat(), "date") if found else \
        DateValue(m.group(0), None, None, "date")


def _phrase_kind(kind: str) -> Builder:
    return lambda m, ctx, v: DateValue(m.group(0), None, None, kind)


_BUILDERS: dict[str, Builder] = {
    "iso": _b_iso, "numeric": _b_numeric, "day_month_name": _b_day_month_name,
    "month_day_name": _b_day_month_name, "roman": _b_day_month_name, "day_month": _b_numeric,
    "short_numeric": _b_numeric,
    "month": _b_month, "month_year": _b_month,
    "quarter": _b_quarter, "half": _b_half, "year": _b_year, "end_of_period": _b_end_of_period,
    "relative": _b_relative, "duration": _b_duration, "holiday": _b_holiday, "season": _b_season,
    "season_prefixed": _b_season, "season_bare": _b_season, "month_range": _b_month_range, "weekday": _b_weekday,
    "month_meeting": _b_month_meeting, "relative_day": _b_relative_day,
    "month_meeting_strict": _b_month_meeting, "year_part": _b_year_part,
    "year_part_rel": _b_year_part, "month_adj_meeting": _b_month_adj_meeting, "day_of_month": _b_day_of_month,
    "next_meeting": _phrase_kind("next_meeting"), "next_meeting_shape": _phrase_kind("next_meeting"),
    "continuous": _phrase_kind("continuous"),
    "immediate": _phrase_kind("immediate"),
}


@cache
def _rules(lang: str) -> tuple[tuple[_Rule, ...], dp.Vocab, re.Pattern[str]]:
    """Compiled once per language: the rule list, the vocabulary, and the deadline-cue pattern."""
    code = lang if lang in langdata.SUPPORTED else "en"
    vocab = dp.Vocab.load(code)
    rules = tuple(_Rule(name, re.compile(rx, re.IGNORECASE), _BUILDERS[name])
                  for name, rx in dp.patterns(vocab))
    return rules, vocab, re.compile(dp.cue_pattern(vocab), re.IGNORECASE)


def _scan(text: str, lang: str, ref: Date | None, future: bool) -> list[tuple[int, int, DateValue]]:
    rules, vocab, _ = _rules(lang)
    ctx = _Ctx(ref, future, vocab.order)
    hits = [(m.start(), -(m.end() - m.start()), i, m)
            for i, r in enumerate(rules) for m in r.pattern.finditer(text)]
    out: list[tuple[int, int, DateValue]] = []
    last_end = 0
    for start, _neg, i, m in sorted(hits, key=lambda h: h[:3]):
        if start < last_end:
            continue
        value = rules[i].build(m, ctx, vocab)
        if value is not None:
            begin, value = counted_from(text, last_end, start, value, lang)
            out.append((begin, m.end(), value))
            last_end = m.end()
    return out


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


def parse_due(text: str, lang: str, ref: Date | None) -> DateValue | None:
    """The deadline inside a sentence: a date after a deadline cue ("do", "termín", "by", "no later than"),
    else a next-meeting / continuous / immediate phrase, else a window or date that lies after `ref`.

    A date that is neither cued nor in the future (the day something happened) is not a deadline.
    """
    found = periods(text, lang, _scan(text, lang, ref, future=True))
    if not found:
        return None
    _, _, cue = _rules(lang)
    cued = [v for s, _e, v in found if cue.search(text[max(0, s - 30):s]) or _self_cued(v.text, lang)]
    if cued:
        return cued[-1]
    special = [v for _s, _e, v in found if v.kind not in _NON_DEADLINE_KINDS]
    if special:
        return special[0]
    later = [v for _s, _e, v in found if v.latest and (ref is None or v.latest >= ref.isoformat())]
    return later[-1] if later else None


def event_due(sentence: str, earlier: list[str], lang: str, ref: Date | None) -> DateValue | None:
    """ "Marek to ask whether they would renew before they run out." after "the hosting credits run out on
    1 March": the deadline is the date an earlier sentence (nearest first) gives the same event, linked by a
    shared word; None when no earlier sentence dates it."""
    phrase = event_phrase(sentence, lang)
    if phrase is None:
        return None
    for text in reversed(earlier):
        found = [v for _s, _e, v in find_dates(text, lang, ref) if v.kind == "date" and v.earliest]
        if found and names_event(text, phrase[1], lang):
            return DateValue(phrase[0], found[0].earliest, found[0].latest, "date")
    return None
