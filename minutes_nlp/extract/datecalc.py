"""Calendar arithmetic for `dates.py`: month ends, quarters, relative periods, year parts, working days,
seasons and holidays (Easter by the Gregorian computus). Pure functions of dates, no language data.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from typing import Any

Date = dt.date
Span = tuple[Date, Date]


def day(y: int, m: int, d: int) -> Date | None:
    try:
        return Date(y, m, d)
    except ValueError:
        return None


def same(d: Date | None) -> Span | None:
    return (d, d) if d else None


def months_span(y: int, first: int, last: int) -> Span:
    return Date(y, first, 1), Date(y, last, calendar.monthrange(y, last)[1])


def month_part(y: int, m: int, part: str | None) -> Span:
    first, last = months_span(y, m, m)
    if part == "start":
        return first, first.replace(day=10)
    if part == "middle":
        return first.replace(day=11), first.replace(day=20)
    if part == "end":
        return first.replace(day=21), last
    if part == "by_middle":
        return first, first.replace(day=15)
    return first, last


def pick_year(ref: Date | None, future: bool, make: Callable[[int], Span | None]) -> int | None:
    """The year for a date or window written without one: next occurrence ending on/after ref, or nearest."""
    if ref is None:
        return None
    spans = [(y, make(y)) for y in (ref.year - 1, ref.year, ref.year + 1)]
    valid = [(y, s) for y, s in spans if s]
    if future:
        return next((y for y, s in valid if s[1] >= ref), None)

    def distance(item: tuple[int, Span]) -> int:
        s = item[1]
        return 0 if s[0] <= ref <= s[1] else min(abs((s[0] - ref).days), abs((s[1] - ref).days))

    return min(valid, key=distance)[0] if valid else None


def add(d: Date, unit: str, n: int) -> Date:
    if unit == "workday":  # "do 5 pracovních dnů", "within five business days": weekends do not count
        step, left = (1 if n >= 0 else -1), abs(n)
        while left:
            d += dt.timedelta(days=step)
            left -= d.weekday() < 5
        return d
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "year":
        return add(d, "month", 12 * n)
    if unit == "hour":  # "do 24 hodin", "within 48 hours": the day those hours run out
        return d + dt.timedelta(days=-(-n // 24))
    if unit == "halfyear":  # "do půl roku", "within half a year"
        return add(d, "month", 6 * n)
    if unit == "fortnight":
        return d + dt.timedelta(weeks=2 * n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    month = d.month - 1 + n
    y, m = d.year + month // 12, month % 12 + 1
    return Date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def relative(ref: Date, unit: str, offset: int) -> Span | None:
    """This/next year, half, quarter, month or week as a window."""
    if unit == "year":
        return months_span(ref.year + offset, 1, 12)
    if unit in ("month", "quarter", "half"):
        size = {"month": 1, "quarter": 3, "half": 6}[unit]
        index = (ref.month - 1) // size + offset
        y, first = ref.year + index * size // 12, index * size % 12 + 1
        return months_span(y, first, first + size - 1)
    if unit == "week":  # the working week: "by the end of next week" is its Friday
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=offset)
        return monday, monday + dt.timedelta(days=4)
    return None


def year_part(y: int, part: str | None) -> Span:
    """Early / mid / late in a year (first quarter, June, last quarter); "by mid-2025" is the first half."""
    first, last = {"start": (1, 3), "middle": (6, 6), "end": (10, 12), "by_middle": (1, 6),
                   "second_half": (7, 12)}.get(part or "", (1, 12))
    return months_span(y, first, last)


def next_day_of_month(ref: Date, d: int) -> Date | None:
    """ "by the 15th": that day of the meeting's month, or of the next month that has it."""
    for k in range(13):
        m = ref.month - 1 + k
        found = day(ref.year + m // 12, m % 12 + 1, d)
        if found and found >= ref:
            return found
    return None


def season(y: int, months: list[int]) -> Span:
    """A season as a window; months over 12 fall in the next year: winter (12-14) ends in it, the second
    half of the school year (14-18) lies wholly in it."""
    first, last = months
    start_year, start_month = (y + 1, first - 12) if first > 12 else (y, first)
    end_year, end_month = (y + 1, last - 12) if last > 12 else (y, last)
    return Date(start_year, start_month, 1), Date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


def month_range(y: int, first: int, last: int) -> Span:
    end_year = y + 1 if last < first else y
    return Date(y, first, 1), Date(end_year, last, calendar.monthrange(end_year, last)[1])


def iso_weeks(y: int, first: int, last: int) -> Span | None:
    """Monday of ISO week `first` to Sunday of ISO week `last` of year `y` (None when `y` has no such week)."""
    try:
        return Date.fromisocalendar(y, first, 1), Date.fromisocalendar(y, last, 7)
    except ValueError:
        return None


def working_week_end(first: Date) -> Date:
    """The Friday of the working week that starts on `first` ("w/c 24 March" is due by Friday 28 March)."""
    return first + dt.timedelta(days=(4 - first.weekday()) % 7)


def next_weekday(ref: Date, weekday: int) -> Date:
    """The first such weekday after ref ("by Friday" said on a Wednesday is two days later)."""
    return ref + dt.timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)


def easter(y: int) -> Date:
    """Gregorian Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, dd = divmod(h + ell - 7 * m + 114, 31)
    return Date(y, month, dd + 1)


def holiday_window(spec: dict[str, Any], relation: str, y: int) -> Span | None:
    """The window meant by "do/po/během <holiday>" in year y."""
    if spec.get("easter"):
        start = easter(y)
    else:
        mm, dd = (int(x) for x in spec["month_day"].split("-"))
        start = Date(y, mm, dd)
    lo, hi = spec.get("span", [0, 0])
    begin, end = start + dt.timedelta(days=lo), start + dt.timedelta(days=hi)
    if relation == "before":  # "do Velikonoc" = by Easter Sunday, "před prázdninami" = by 30 June
        last = start + dt.timedelta(days=spec.get("before_offset", -1))
        return last, last
    if relation == "after":
        a, b = spec.get("after_window", [hi + 1, hi + 30])
        return start + dt.timedelta(days=a), start + dt.timedelta(days=b)
    return begin, end
