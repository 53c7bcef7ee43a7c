"""How each date shape of `dates.py` becomes a `DateValue`: one builder per pattern name of `dateparts.patterns`.

Split out of `dates.py` so the scanner and the deadline readers stay readable; the builders only know the
shape they were matched for, the vocabulary and the reference date (see `dates.py` for the resolution rules).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from minutes_nlp.extract import datecalc as dc
from minutes_nlp.extract import datefiscal
from minutes_nlp.extract import dateparts as dp
from minutes_nlp.extract.result import DateValue

Date = dt.date


@dataclass(frozen=True)
class _Ctx:
    ref: Date | None
    future: bool  # deadlines resolve a missing year to the next occurrence, mentions to the nearest
    order: str


Builder = Callable[[re.Match[str], _Ctx, "dp.Vocab"], DateValue | None]


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
    if d and _group(m, "wc"):  # the week commencing that day: a window up to its Friday
        return DateValue(m.group(0), d.isoformat(), dc.working_week_end(d).isoformat(), "window")
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
    return _in_year(m, ctx, v, lambda y: dc.month_part(y, month, part))


def _in_year(m: re.Match[str], ctx: _Ctx, v: dp.Vocab, make: Callable[[int], tuple[Date, Date] | None]) -> DateValue:
    """A month, quarter or half in the year written, named relative to the meeting's, or inferred."""
    year = _relative_year(m, ctx, v)
    return _with_year(m, ctx, make) if year is None else _window(m, ctx, make(year))


def _relative_year(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> int | None:
    """ "v lednu příštího roku", "in January next year": the year named relative to the meeting's."""
    words = _group(m, "yrel")
    if not words or ctx.ref is None:
        return None
    table = v.data.get("month_year_words", {})
    offset = next((int(n) for n, forms in table.items() if dp.key(words) in {dp.key(f) for f in forms}), 0)
    return ctx.ref.year + offset


def _b_numeric_month(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    """ "T: 04/2024", "T: IV/2024", "T: 05–06/2024": a month (or a range of months) of a year, as Czech task
    tables write it (document numbers such as "č. 4/2024" are blanked before deadlines are read)."""
    first, last = _month_number(m.group("nm")), _month_number(_group(m, "nm2") or m.group("nm"))
    if not first or not last or last < first:
        return None
    return _window(m, ctx, dc.month_range(int(m.group("y")), first, last))


def _month_number(text: str) -> int | None:
    n = int(text) if text.isdigit() else dp.ROMAN.get(text.upper())
    return n if n and 1 <= n <= 12 else None


def _b_day_of_period(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    """ "do 10. dne následujícího měsíce": that day of the meeting's (or the next) month."""
    unit, offset = v.period(m.group("per"), "end_of_periods")
    d = int(m.group("d"))
    if unit != "month" or not 1 <= d <= 31 or ctx.ref is None:
        return None if unit != "month" else DateValue(m.group(0), None, None, "date")
    first = dc.relative(ctx.ref, "month", offset)
    found = dc.next_day_of_month(first[0] if first else ctx.ref, d)
    found = found if offset or found is None or found >= ctx.ref else dc.next_day_of_month(ctx.ref, d)
    return DateValue(m.group(0), found.isoformat(), found.isoformat(), "date") if found else None


def _b_quarter(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    q: int | None = next((int(g) for g in (_group(m, "qn"), _group(m, "q2"), _group(m, "q3")) if g), None)
    q = q or v.ordinal(_group(m, "qo"))
    if not q or not 1 <= q <= 4:
        return None
    if _group(m, "fy") or _group(m, "fys"):
        return _window(m, ctx, datefiscal.span(m, v, 3, q))
    first = 3 * q - 2 + _split_year_shift(m, v)
    return _in_year(m, ctx, v, lambda y: dc.season(y, [first, first + 2]))


def _split_year_shift(m: re.Match[str], v: dp.Vocab) -> int:
    """Months from January to the start of a split year ("Q1 of 2025/26" is April-June 2025 in the UK)."""
    start = v.data.get("split_year_start_month")
    return int(start) - 1 if _group(m, "ys") and start else 0


def _b_half(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    found = next((int(g) for g in (_group(m, "hn"), _group(m, "h2")) if g), None)
    found = found or v.ordinal(_group(m, "ho"))
    if not found:
        return None
    if _group(m, "fy") or _group(m, "fys"):
        return _window(m, ctx, datefiscal.span(m, v, 6, found))
    first = 6 * min(found, 2) - 5 + _split_year_shift(m, v)
    return _in_year(m, ctx, v, lambda y: dc.season(y, [first, first + 5]))


def _b_fiscal_year(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    """ "by the end of FY2026": the financial year of the document's country (see `datefiscal`)."""
    return _window(m, ctx, datefiscal.span(m, v))


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


def _b_unnamed_year(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    """ "v průběhu roku": the meeting's year, or the coming one when the meeting is held at the year's end."""
    if ctx.ref is None:
        return DateValue(m.group(0), None, None, "window")
    roll = int(v.data["unnamed_year"].get("roll_month", 13))
    year = ctx.ref.year + (1 if ctx.ref.month >= roll else 0)
    return _window(m, ctx, dc.months_span(year, 1, 12))


def _b_duration(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    n: int | None = 1
    if _group(m, "bu"):
        unit = v.unit(m.group("bu"), "bare_units")
    else:
        n, unit = v.number(m.group("n")), v.unit(m.group("u"), "units")
    if not n or not unit or (unit == "hour" and n < 24):  # "do 17 hodin" is a time of day, "do 48 hodin" a span
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
    """ "na podzim", "do konce školního roku", "in the next financial year" (the first one starting after `ref`)."""
    months = v.season(m.group("se"))
    if not months:
        return None
    if _group(m, "snext") and ctx.ref is not None:
        ref = ctx.ref
        year = next((y for y in (ref.year - 1, ref.year) if dc.season(y, months)[0] > ref), ref.year + 1)
        return _window(m, ctx, dc.season(year, months))
    if _group(m, "snext"):
        return DateValue(m.group(0), None, None, "window")
    return _with_year(m, ctx, lambda y: dc.season(y, months))


def _b_current_period(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    """ "by the end of term": of the terms named in `current_periods`, the one ending first on/after `ref`."""
    kinds = v.data["current_periods"]["kinds"].values()
    cur = dp.key(m.group("cur"))
    names: list[str] = next((spec["of"] for spec in kinds if cur in {dp.key(f) for f in spec["forms"]}), [])
    if ctx.ref is None or not names:
        return DateValue(m.group(0), None, None, "window")
    spans = [_next_season(ctx.ref, v.data["seasons"][name]["months"]) for name in names]
    return _window(m, ctx, min(spans, key=lambda s: s[1]))


def _next_season(ref: Date, months: list[int]) -> tuple[Date, Date]:
    """The season (term) that `ref` falls in, or the next one."""
    year = dc.pick_year(ref, True, lambda y: dc.season(y, months)) or ref.year
    return dc.season(year, months)


def _b_month_range(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    first, last = v.month(m.group("mn")), v.month(m.group("mn2"))
    if not first or not last:
        return None
    return _with_year(m, ctx, lambda y: dc.month_range(y, first, last))


def _b_weekday(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    """ "do pátku" (the first such day after the meeting), "do pátku příštího týdne" (that day of next week)."""
    day = v.weekday(m.group("wd"))
    if day is None:
        return None
    if _group(m, "wnext"):
        return _one_day(m, ctx, lambda ref: ref + dt.timedelta(days=7 - ref.weekday() + day))
    return _one_day(m, ctx, lambda ref: dc.next_weekday(ref, day))


def _one_day(m: re.Match[str], ctx: _Ctx, day_of: Callable[[dt.date], dt.date]) -> DateValue:
    """A single day counted from the meeting date; an undated meeting leaves it open."""
    if ctx.ref is None:
        return DateValue(m.group(0), None, None, "date")
    d = day_of(ctx.ref).isoformat()
    return DateValue(m.group(0), d, d, "date")


def _meeting_in_month(m: re.Match[str], ctx: _Ctx, month: int | None) -> DateValue | None:
    """The next meeting, known to fall in `month` (of the meeting's year or the next one)."""
    if not month:
        return None
    window = _with_year(m, replace(ctx, future=True), lambda y: dc.months_span(y, month, month))
    return DateValue(m.group(0), window.earliest, window.latest, "next_meeting")


def _b_month_meeting(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    """ "at the March meeting": the next meeting, known to fall in that month."""
    return _meeting_in_month(m, ctx, v.month(m.group("mn")))


def _b_season_meeting(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    """ "to the autumn meeting": the next meeting, known to fall in the first such season after `ref`."""
    months = v.season_meeting(m.group("sm"))
    if not months:
        return None
    if ctx.ref is None:
        return DateValue(m.group(0), None, None, "next_meeting")
    first, last = _next_season(ctx.ref + dt.timedelta(days=1), months)
    return DateValue(m.group(0), first.isoformat(), last.isoformat(), "next_meeting")


def _b_relative_day(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    """ "zítra", "tomorrow": counted from the meeting date."""
    n = v.relative_day(m.group("rd"))
    return None if n is None else _one_day(m, ctx, lambda ref: ref + dt.timedelta(days=n))


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
    return _meeting_in_month(m, ctx, v.month_adjective(m.group("ma")))


def _b_day_of_month(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    d = int(m.group("d"))
    if not 1 <= d <= 31:
        return None
    found = dc.next_day_of_month(ctx.ref, d) if ctx.ref else None
    return DateValue(m.group(0), found.isoformat(), found.isoformat(), "date") if found else \
        DateValue(m.group(0), None, None, "date")


def _b_iso_week(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    """ "v 23. týdnu": Monday..Sunday of that ISO week (its deadline is the Sunday); the year as for months."""
    first = int(m.group("wn"))
    last = int(_group(m, "wn2") or first)
    if not 1 <= first <= last <= 53:
        return None
    return _with_year(m, ctx, lambda y: dc.iso_weeks(y, first, last))


def _phrase_kind(kind: str) -> Builder:
    return lambda m, ctx, v: DateValue(m.group(0), None, None, kind)


def _b_immediate(m: re.Match[str], ctx: _Ctx, v: dp.Vocab) -> DateValue | None:
    """ "T: ihned", "ASAP": due on the meeting's own day, so the tracker shows it overdue at the next one."""
    day = ctx.ref.isoformat() if ctx.ref else None
    return DateValue(m.group(0), day, day, "immediate")


_BUILDERS: dict[str, Builder] = {
    "iso": _b_iso, "numeric": _b_numeric, "day_month_name": _b_day_month_name,
    "month_day_name": _b_day_month_name, "roman": _b_day_month_name, "day_month": _b_numeric,
    "short_numeric": _b_numeric,
    "month": _b_month, "month_year": _b_month,
    "quarter": _b_quarter, "half": _b_half, "year": _b_year, "end_of_period": _b_end_of_period,
    "relative": _b_relative, "unnamed_year": _b_unnamed_year, "duration": _b_duration, "holiday": _b_holiday,
    "season": _b_season, "season_prefixed": _b_season, "fiscal_year": _b_fiscal_year,
    "season_split_first": _b_season, "season_bare": _b_season, "season_next": _b_season,
    "current_period": _b_current_period, "current_period_bare": _b_current_period, "month_range": _b_month_range,
    "weekday": _b_weekday,
    "month_meeting": _b_month_meeting, "relative_day": _b_relative_day,
    "month_meeting_strict": _b_month_meeting, "season_meeting": _b_season_meeting,
    "month_meeting_bare": _b_month_meeting, "month_meeting_body": _b_month_meeting,
    "month_meeting_report": _b_month_meeting,
    "numeric_month": _b_numeric_month, "day_of_period": _b_day_of_period, "year_part": _b_year_part,
    "year_part_rel": _b_year_part, "month_adj_meeting": _b_month_adj_meeting, "day_of_month": _b_day_of_month,
    "iso_week": _b_iso_week,
    "next_meeting": _phrase_kind("next_meeting"), "next_meeting_shape": _phrase_kind("next_meeting"),
    "continuous": _phrase_kind("continuous"), "continuous_adverb": _phrase_kind("continuous"),
    "immediate": _b_immediate,
}
