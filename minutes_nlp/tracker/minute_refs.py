"""Which numbered minute of which meeting a later line cites: "Minute 6.4 of 3 October 2023", "8.2 (14 November)".

Committees that number their minutes by paragraph (8.2 = item 8, paragraph 2) review actions by citing those
numbers, and the numbers restart at every meeting, so a citation is only as good as its meeting qualifier:
a date, "of the last meeting", or nothing (an earlier meeting). A line citing paragraph 8.2 is not about
the action recorded under 9.2, nor about the 8.2 of another meeting: a veto, like another task number.
Only paragraph numbers (with a dot) are compared; a whole-item number ("Minute 58, verge cutting") may cite
the review table that reported on an action rather than the minute the action was recorded under.
The citation forms are language data (`minute_cite` in `lang/<code>/followup_cues.json`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold
from minutes_nlp.tracker.numbers import task_key

_PARAGRAPH = re.compile(r"^\W*(\d{1,3}(?:\.\d{1,2})+)(?![.\d])")
NUMERIC_DAY = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.")  # "10. 3." (also a date key of the mention index)
_DAY = re.compile(r"\b(\d{1,2})\b")
_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/\d{2,4}\b")  # "14/01/2025": day or month first by the language


@dataclass(frozen=True)
class MinuteRef:
    """A cited paragraph number and the meeting it belongs to: a month-day ("10-03"), the last one, or any."""

    number: str
    day: str | None = None
    last: bool = False


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    data = langdata.load(langdata.code(lang), "followup_cues")
    return tuple(re.compile(p) for p in data.get("minute_cite", ()))


@cache
def _months(lang: str) -> dict[str, int]:
    months = langdata.load(langdata.code(lang), "dates")["months"]
    return {fold(w).strip("."): int(n) for n, forms in months.items() for w in forms}


def paragraph_of(text: str) -> str | None:
    """The paragraph number a minute opens with ("8.2 The Academic Registrar would ..."), or None."""
    m = _PARAGRAPH.match(text)
    return m.group(1) if m else None


@lru_cache(maxsize=50_000)
def cited(text: str, lang: str) -> MinuteRef | None:
    """The first paragraph of an earlier meeting's minutes the line cites, with its meeting qualifier."""
    folded = fold(text)
    for pattern in _patterns(lang):
        m = pattern.search(folded)
        if m:
            groups = m.groupdict()
            return MinuteRef(m.group("num"), _month_day(groups.get("of") or "", lang), bool(groups.get("last")))
    return None


def _month_day(text: str, lang: str) -> str | None:
    """ "3 october 2023" / "3. 10." / "03/10/2023" -> "10-03"; None when the qualifier names no day."""
    numeric = NUMERIC_DAY.search(text)
    if numeric and 0 < int(numeric.group(2)) <= 12:
        return f"{int(numeric.group(2)):02d}-{int(numeric.group(1)):02d}"
    slashed = _SLASHED.search(text)
    if slashed:
        return _slashed_day(int(slashed.group(1)), int(slashed.group(2)), lang)
    day = _DAY.search(text)
    month = next((n for w, n in _months(lang).items() if re.search(rf"\b{re.escape(w)}\b", text)), None)
    return f"{month:02d}-{int(day.group(1)):02d}" if day and month else None


def _slashed_day(first: int, second: int, lang: str) -> str | None:
    """Day-first where the language writes dates so (numeric_order "dmy"), unless only the other order is a date."""
    day_first = langdata.load(langdata.code(lang), "dates").get("numeric_order") == "dmy"
    if (day_first and second > 12) or (not day_first and first > 12):
        day_first = not day_first
    day, month = (first, second) if day_first else (second, first)
    return f"{month:02d}-{day:02d}" if 0 < month <= 12 and 0 < day <= 31 else None


def other_meeting(ref: MinuteRef, origin_date: str | None) -> bool:
    """A log row's reference cell dated by its meeting ("26 (14/01/2025)") names an action of that meeting:
    whatever its number, it is not about an action recorded at a meeting of another date."""
    return bool(ref.day and origin_date and origin_date[5:10] != ref.day)


def same_minute(ref: MinuteRef, paragraph: str, origin: int, origin_date: str | None, at: int) -> bool:
    """Whether the citation (in meeting `at`) can be the paragraph recorded in meeting `origin` on that date."""
    if ref.number != paragraph:
        return False
    if ref.last:
        return origin == at - 1
    if ref.day and origin_date:
        return origin_date[5:10] == ref.day
    return True


@cache
def _topic_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    data = langdata.load(langdata.code(lang), "followup_cues")
    return tuple(re.compile(p) for p in data.get("minute_cite_topic", ()))


@lru_cache(maxsize=50_000)
def cited_topic(text: str, lang: str) -> str | None:
    """The topic a matters-arising entry gives after the minute it cites ("Min. No. 13/2025 (SHA registration): ...",
    "(b) Min. No. 13/2025 – Primary Health Care Fund: ..."): which of the minute's actions the entry is about."""
    folded = fold(text)
    for p in _topic_patterns(lang):
        m = p.match(folded)
        if m:
            return m.group("topic").strip()
    return None


@cache
def _cell_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    data = langdata.load(langdata.code(lang), "followup_cues")
    return tuple(re.compile(p) for p in data.get("minute_cell", ()))


@lru_cache(maxsize=50_000)
def row_minute(text: str, lang: str) -> str | None:
    """The running minute an action log's row cites in its first cell ("BC25/36 | Reablement members' meeting | SK
    | Complete"): the minute the action was recorded under, as `minute_heads.heading_minute` keys it ("25/36")."""
    if "\t" not in text:
        return None
    cell = fold(text.split("\t", 1)[0]).strip()
    for p in _cell_patterns(lang):
        m = p.fullmatch(cell)
        if m:
            return task_key(re.sub(r"\s+", "", m.group("num")))
    return None
