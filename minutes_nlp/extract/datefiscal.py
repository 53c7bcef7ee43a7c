"""Financial (fiscal) years: "Q2 FY2026", "H1 FY25", "by the end of FY2025-26".

Which months a financial year covers is a fact of the country, not of the language: April to March in the UK
(and Canada, India, Japan), July to June in Australia, New Zealand and Egypt, October to September in the US
federal government. `dates.json` gives the default (`fiscal_year_start_month`) and `locales` the countries'
own; `datelocale.py` tells which country a document comes from. A year written with one number ("FY2026",
"FY26") is named by the calendar year it ends in; a split year ("FY2025-26", "FY 2025/26") starts in the first.
"""

from __future__ import annotations

import datetime as dt
import re

from minutes_nlp.extract import datecalc as dc
from minutes_nlp.extract import dateparts as dp

Date = dt.date
_MONTHS = 12


def start_month(v: dp.Vocab) -> int:
    """The first month of the financial year in the vocabulary's locale (January: the calendar year)."""
    return int(v.data.get("fiscal_year_start_month") or v.data.get("split_year_start_month") or 1)


def first_year(m: re.Match[str], v: dp.Vocab) -> int | None:
    """The calendar year the financial year written in `m` (groups fy, fy2) starts in."""
    groups = m.groupdict()
    if groups.get("fys") and groups.get("fys2"):  # "Q4 25/26": two years in a row, the first is the start
        first, second = int(groups["fys"]), int(groups["fys2"])
        return 2000 + first if second == (first + 1) % 100 else None
    raw = groups.get("fy")
    if not raw:
        return None
    year = int(raw) + (2000 if len(raw) == 2 else 0)
    if groups.get("fy2"):
        return year  # "FY2025-26": from 2025
    return year - 1 if start_month(v) > 1 else year  # "FY2026": the year that ends in 2026


def span(m: re.Match[str], v: dp.Vocab, part_months: int = _MONTHS, part: int = 1) -> tuple[Date, Date] | None:
    """The whole financial year of `m`, or its part-th quarter (part_months=3) or half (6)."""
    year = first_year(m, v)
    if year is None or not 1 <= part <= _MONTHS // part_months:
        return None
    first = start_month(v) + part_months * (part - 1)
    return dc.season(year, [first, first + part_months - 1])


def year_pattern(v: dp.Vocab, short_split: bool = False) -> str:
    """A financial year written after an abbreviation ('fiscal_year_prefixes': "FY2026", "FY 25/26"); with
    `short_split`, also two two-digit years in a row after a quarter or half ("Q4 25/26", "H1 24-25")."""
    prefixes = dp.alt(v.data.get("fiscal_year_prefixes", []))
    named = rf"(?:{prefixes})\s?(?P<fy>(?:19|20)\d\d|\d\d)(?:\s?[/–-]\s?(?P<fy2>(?:19|20)\d\d|\d\d))?(?![\d/])"
    return rf"(?:{named}|(?P<fys>\d\d)\s?[/–-]\s?(?P<fys2>\d\d)(?![\d/]))" if short_split else named
