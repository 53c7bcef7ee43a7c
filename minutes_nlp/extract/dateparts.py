"""The pieces `dates.py` is built from: the vocabulary of `dates.json`, the regex shapes made from it, and
calendar arithmetic (month ends, quarters, relative periods, Easter).

Kept apart so the shapes (code) and the words (data) stay separate and each file stays small.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold

Date = dt.date
Span = tuple[Date, Date]

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11,
         "XII": 12}


def key(text: str | None) -> str:
    """Lookup key: folded, single-spaced, no trailing dot ("Ledna", "ledna" -> "ledna"; "led." -> "led")."""
    return fold(text or "").rstrip(".").strip()


def alt(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, each also without diacritics; spaces match any space."""
    forms = {w.lower() for w in words if w} | {fold(w) for w in words if w}
    parts = [r"\s+".join(re.escape(p) for p in w.split()) for w in sorted(forms, key=len, reverse=True)]
    return "(?:" + "|".join(parts) + ")" if parts else "(?!x)x"


@dataclass(frozen=True)
class Vocab:
    """The parsed `dates.json` of one language with reverse lookups from folded forms."""

    data: dict[str, Any]
    months: dict[str, int]
    order: str

    @classmethod
    def load(cls, lang: str) -> Vocab:
        data = langdata.load(lang, "dates")
        months = {key(f): int(n) for n, forms in data["months"].items() for f in forms}
        return cls(data, months, data.get("numeric_order", "dmy"))

    def month(self, text: str | None) -> int | None:
        return self.months.get(key(text))

    def ordinal(self, text: str | None) -> int | None:
        table = {key(k): v for k, v in self.data["ordinals"].items()}
        return table.get(key(text)) if text else None

    def part(self, text: str | None) -> str | None:
        return _lookup(self.data["month_parts"], text)

    def period(self, text: str, section: str) -> tuple[str, int]:
        for unit, by_offset in self.data[section].items():
            for offset, forms in by_offset.items():
                if key(text) in {key(f) for f in forms}:
                    return unit, int(offset)
        return "year", 0

    def unit(self, text: str | None, section: str) -> str | None:
        return _lookup(self.data["durations"][section], text)

    def number(self, text: str) -> int | None:
        if text.isdigit():
            return int(text)
        return {key(k): v for k, v in self.data["durations"]["numbers"].items()}.get(key(text))

    def holiday(self, text: str) -> dict[str, Any] | None:
        return next((spec for spec in self.data["holidays"].values()
                     if key(text) in {key(f) for f in spec["forms"]}), None)

    def season(self, text: str | None) -> list[int] | None:
        k = key(text)
        return next((spec["months"] for name, spec in self.data.get("seasons", {}).items()
                     if name != "_about" and k in {key(f) for f in spec["forms"]}), None)

    def weekday(self, text: str | None) -> int | None:
        table = self.data.get("weekday_names", {})
        return next((int(n) for n, forms in table.items() if key(text) in {key(f) for f in forms}), None)

    def relation(self, text: str) -> str | None:
        return _lookup(self.data["holiday_relations"], text)

    def words(self, *path: str) -> list[str]:
        node: Any = self.data
        for p in path:
            node = node[p]
        if isinstance(node, dict):
            return [w for v in node.values() for w in (v if isinstance(v, list) else _flat(v))]
        return list(node)


def _flat(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [w for v in node.values() for w in _flat(v)]
    return list(node) if isinstance(node, list) else []


def _lookup(table: dict[str, list[str]], text: str | None) -> str | None:
    if not text:
        return None
    k = key(text)
    return next((name for name, forms in table.items() if k in {key(f) for f in forms}), None)


# ---------------------------------------------------------------- shapes

L, R = r"(?<![\w/])", r"(?![\w/])"


def patterns(v: Vocab) -> list[tuple[str, str]]:
    """(rule name, regex) pairs; order breaks ties between equally long matches."""
    months = _months(v)
    wd = rf"(?:(?:(?:{alt(v.words('weekday_prefixes'))})\s+)?{alt(v.words('weekdays'))},?\s+)?"
    wd += rf"(?:{alt(v.words('day_prefixes'))}\s+)?"
    end_of = alt(v.words("end_of"))
    endof = rf"(?:(?P<endof>{end_of})\s+)?"
    year4 = r"(?P<y>(?:19|20)\d\d)(?!\d)"
    year = rf"(?:\s*[/-]\s*(?P<y2>\d\d)(?!\d)|\s*(?:{alt(v.words('year_connectors'))}\s*)?{year4})?"
    ords = alt(v.data["ordinals"].keys())
    qw, hw = alt(v.words("quarter_words")), alt(v.words("half_words"))
    dur = v.data["durations"]
    units, bare = alt(v.words("durations", "units")), alt(v.words("durations", "bare_units"))
    y_by, y_in = alt(v.data["year_prefixes"]["by"]), alt(v.data["year_prefixes"]["in"])
    parts, m_pre = alt(v.words("month_parts")), alt(v.words("month_prefixes"))
    seasons, seasons_pre = alt(_season_forms(v)), alt(v.data.get("season_prefixes", []))
    out = [
        ("iso", r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
        ("numeric", rf"{wd}(?P<a>\d{{1,2}})\s{{0,2}}(?P<s>[./-])\s{{0,2}}(?P<b>\d{{1,2}})\s{{0,2}}(?P=s)"
                    rf"\s{{0,2}}(?P<y>\d{{4}}|\d\d)(?![\d.]\d)"),
        ("day_month_name", rf"{wd}(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th)?\s*(?:of\s+)?(?P<mn>{months}),?"
                           rf"(?:\s+{year4})?"),
        ("month", rf"(?:(?P<endof>{end_of})|(?P<part>{parts})|{m_pre})(?:\s+|-)(?P<mn>{months})"
                  rf"(?:,?\s+{year4})?"),
        ("month_year", rf"(?P<mn>{months}),?\s+{year4}"),
        ("quarter", rf"{endof}(?:(?P<qn>[1-4])\s?\.?\s?{qw}|(?P<qo>{ords})\s+{qw}|Q\s?(?P<q2>[1-4])|"
                    rf"(?P<q3>[1-4])\s?Q){year}"),
        ("half", rf"{endof}(?:(?P<hn>[12])\s?\.\s?{hw}|(?P<ho>{ords})\s+{hw}|H(?P<h2>[12])){year}"),
        ("year", rf"(?:(?P<yby>{y_by})|{y_in})\s+{year4}"),
        ("end_of_period", rf"(?P<endof>{end_of})\s+(?P<per>{alt(v.words('end_of_periods'))})(?:\s+{year4})?"),
        ("relative", rf"(?P<rel>{alt(v.words('relative_periods'))})"),
        ("duration", rf"{alt(dur['prefixes'])}\s+(?:(?P<n>\d{{1,3}}|{alt(dur['numbers'])})\s+(?P<u>{units})|"
                     rf"(?P<bu>{bare}))"),
        ("holiday", rf"(?P<rel>{alt(v.words('holiday_relations'))})\s+(?P<hol>{alt(_holiday_forms(v))})"
                    rf"(?:\s+{year4})?"),
        ("season", rf"(?:(?P<endof>{end_of})\s+|{seasons_pre}\s+)?(?P<se>{seasons})\s+{year4}"),
        ("season_prefixed", rf"(?:(?P<endof>{end_of})|{seasons_pre})\s+(?P<se>{seasons})"),
        ("month_range", rf"(?:{m_pre}\s+)?(?:období\s+|the\s+period\s+)?(?P<mn>{months})\s*"
                        rf"{alt(v.data.get('month_range_separators', []))}\s*(?P<mn2>{months})(?:,?\s+{year4})?"),
        ("weekday", rf"{alt(v.data.get('weekday_deadline_prefixes', []))}\s+(?P<wd>{alt(v.words('weekday_names'))})"
                    rf"(?!\s*,?\s*\d)"),
        ("month_meeting", rf"{alt(v.data.get('month_meeting', {}).get('prefixes', []))}\s+(?P<mn>{months})"
                          rf"(?:\s+{alt(v.data.get('month_meeting', {}).get('nouns', []))})?"),
        ("next_meeting", alt(v.words("next_meeting"))),
        ("continuous", alt(v.words("continuous"))),
        ("immediate", alt(v.words("immediate"))),
    ]
    out[3:3] = _language_shapes(v, wd, months, year4)
    return [(name, L + rx + R) for name, rx in out]


def _language_shapes(v: Vocab, wd: str, months: str, year4: str) -> list[tuple[str, str]]:
    """Czech writes "31. 3." and "15. XII. 2020"; English writes "March 15"."""
    if not _is_czech_style(v):
        return [("month_day_name",
                 rf"{wd}(?P<mn>{months})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{year4})?")]
    roman = "|".join(sorted(ROMAN, key=len, reverse=True))
    return [("day_month", rf"{wd}(?P<a>\d{{1,2}})\.\s?(?P<b>\d{{1,2}})\.(?!\s?\d)(?!\s*h)"),
            ("roman", rf"{wd}(?P<d>\d{{1,2}})\.\s?(?-i:(?P<rm>{roman}))\.\s?(?:{year4})?")]


def _months(v: Vocab) -> str:
    """Month names; case-sensitive where the language capitalises them (English "may" is a verb)."""
    words = v.words("months")
    if not v.data.get("months_capitalised"):
        return alt(words)
    forms = [w[:1].upper() + w[1:] for w in words] + [w.upper() for w in words]
    parts = [re.escape(w) for w in sorted(set(forms), key=len, reverse=True)]
    return "(?-i:" + "|".join(parts) + ")"


def _is_czech_style(v: Vocab) -> bool:
    """Languages that write "31. 3." (day, dot, month, dot) without a year; English writes month names."""
    return bool(v.data.get("roman_months"))


def _season_forms(v: Vocab) -> list[str]:
    return [f for name, spec in v.data.get("seasons", {}).items() if name != "_about" for f in spec["forms"]]


def _holiday_forms(v: Vocab) -> list[str]:
    return [f for spec in v.data["holidays"].values() for f in spec["forms"]]


def cue_pattern(v: Vocab) -> str:
    """Text right before a date that makes it a deadline: "nejpozději do", "termín:", "by"."""
    return rf"(?<!\w){alt(v.words('deadline_cues'))}\s*[:–-]?\s*$"


# ---------------------------------------------------------------- calendar

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
    if unit == "day":
        return d + dt.timedelta(days=n)
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


def season(y: int, months: list[int]) -> Span:
    """A season as a window; winter (December to February) ends in the next year."""
    first, last = months
    end_year, end_month = (y + 1, last - 12) if last > 12 else (y, last)
    return Date(y, first, 1), Date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


def month_range(y: int, first: int, last: int) -> Span:
    end_year = y + 1 if last < first else y
    return Date(y, first, 1), Date(end_year, last, calendar.monthrange(end_year, last)[1])


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
