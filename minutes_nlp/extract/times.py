"""Clock times and meeting start/end: "15:30 – 17:30", "od 18:00 hod.", "zahájeno v 17.05, ukončeno v 19.40",
"opened at 7pm".

A time is "H:MM" or "H.MM" (no spaces, so "15. 12. 2020" is never a time) or an hour with an hour word
("18 hod.", "7pm"); whether it is a start or an end comes from a range or from the cue words before it
(`times` in `lang/<lang>/dates.json`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Block, Document
from minutes_nlp.extract.agenda_forms import numbered_number, prefixed_number, vocab
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.dates import find_dates

_SENTENCE = 160  # a sentence opened by a time and closed by an end cue ("At 9:14 p.m., ... voted to adjourn.")
_EARLIEST_HOUR = 6  # a bare hour starting a range without am/pm: "2 až 3 hod." is a duration, "16–18 hod." a time
_CUE_WINDOW = 45  # characters before a time searched for a start/end cue
_GAP = r"(?:\s+[^\W\d]+){0,2}?(?:\s+(?:v|ve|at|in|on))?\s*[:–-]?\s*$"  # "ukončil zasedání v 19:40"
# a cue naming the meeting's start or end may have its subject between ("called to order by Mayor Jane X at")
_STRONG_GAP = _GAP.replace(r"(?:\s+[^\W\d]+){0,2}", r"(?:\s+[^\W\d]+\.?){0,5}")  # an initial: "by President M. X at"
_STRONG_WINDOW = 60  # characters before a time searched for a strong start cue with its subject between


@dataclass(frozen=True)
class _Patterns:
    time: re.Pattern[str]
    range: re.Pattern[str]
    start_cue: re.Pattern[str]
    end_cue: re.Pattern[str]
    strong_start: re.Pattern[str]
    strong_end: re.Pattern[str]
    end_after: re.Pattern[str]
    end_after_sentence: re.Pattern[str]
    bare_range: re.Pattern[str]
    comma_clock: re.Pattern[str]
    short_tail: re.Pattern[str]
    noon: re.Pattern[str]


@cache
def _patterns(lang: str) -> _Patterns:
    words = langdata.load(langdata.code(lang), "dates")["times"]
    hour = alt(words["hour_words"])
    colon = clock_class(lang)[1:-1]
    ampm = r"(?P<{}>[ap])\.?\s?m\.?(?!\w)"
    clock = (rf"(?<![\d.:,/])(?:(?P<h>[01]?\d|2[0-3])[{colon}](?P<m>[0-5]\d)(?![\d]|[.,]\d)(?:\s?{ampm.format('ap')})?"
             rf"(?:\s?{hour}(?!\w))?|(?P<h2>[01]?\d|2[0-3])(?:\s?{ampm.format('ap2')}|\s?{hour}(?!\w)))")
    sep = alt(words["range_separators"])
    short = alt(w for w in words["hour_words"] if len(w.rstrip(".")) <= 3)  # "hod.", "hrs", "h"; not "hours"
    noon = _clock_words(lang).get("noon_words") or []
    return _Patterns(
        time=re.compile(clock, re.IGNORECASE),
        range=re.compile(rf"({clock})\s*{sep}\s*({clock.replace('?P<', '?P<e_')})", re.IGNORECASE),
        start_cue=re.compile(rf"(?<!\w){alt(words['start_cues'])}{_GAP}", re.IGNORECASE),
        end_cue=re.compile(rf"(?<!\w){alt(words['end_cues'])}{_GAP}", re.IGNORECASE),
        strong_start=re.compile(rf"(?<!\w){alt(_strong(words, 'start_cues'))}{_STRONG_GAP}", re.IGNORECASE),
        strong_end=re.compile(rf"(?<!\w){alt(_strong(words, 'end_cues'))}{_STRONG_GAP}", re.IGNORECASE),
        end_after=re.compile(rf"^[^.;]{{0,40}}?(?<!\w){alt(words.get('end_after_cues', []))}(?!\w)", re.IGNORECASE),
        end_after_sentence=re.compile(rf"^[^.;]{{0,{_SENTENCE}}}?(?<!\w){alt(words.get('end_after_cues', []))}"
                                      rf"(?!\w)[^.;]{{0,40}}?(?:[.;]|$)", re.IGNORECASE),  # "adjourn. Carried."
        bare_range=re.compile(rf"(?<![\d.:,/])(?P<h2>[01]?\d|2[0-3])\s*{sep}\s*"
                              rf"(?:{clock.replace('?P<', '?P<e_')})", re.IGNORECASE),
        comma_clock=re.compile(rf"(?<![\d,.])(?:[01]?\d|2[0-3]),[0-5]\d(?=(?:\s*{sep}\s*(?:[01]?\d|2[0-3]),[0-5]\d)?"
                               rf"\s?{short}(?!\w))", re.IGNORECASE),
        short_tail=re.compile(rf"{short}$", re.IGNORECASE),
        noon=re.compile(rf"(?:(?<!\d)12\s+)?(?<!\w){alt(noon)}(?!\w)" if noon else "(?!)", re.IGNORECASE),
    )


@cache
def clock_class(lang: str) -> str:
    """The regex class of what stands between hours and minutes: ":" and "." everywhere, "h" where the
    language's minutes write "10h30" / "14H15" (`times.clock_separators`)."""
    words = langdata.load(langdata.code(lang), "dates")["times"]
    return "[" + "".join(re.escape(c) for c in words.get("clock_separators", [":", "."])) + "]"


def _clock_words(lang: str) -> dict[str, list[str]]:
    """Clock words of the header's language data (`noon_words`)."""
    data = langdata.load(langdata.code(lang), "metadata_labels")
    return {"noon_words": data.get("noon_words") or []}


def _normalised(text: str, lang: str) -> str:
    """The text with clock forms the patterns do not read rewritten in place, the length kept (positions stay
    valid): "17,00 – 19,00 hod." (a Czech decimal comma, only before an hour word) and "12 noon", "midday"."""
    p = _patterns(lang)
    text = p.comma_clock.sub(lambda m: m.group(0).replace(",", ":"), text)
    return p.noon.sub(lambda m: ("12:00pm" if len(m.group(0)) >= 7 else "12pm").ljust(len(m.group(0))), text)


def _strong(words: dict[str, list[str]], key: str) -> list[str]:
    """Cues that name the meeting's start or end, without the bare prepositions ("od", "from")."""
    weak = set(words.get("weak_cues", []))
    return [w for w in words[key] if w not in weak]


def _hhmm(m: re.Match[str], prefix: str = "") -> str:
    g = m.groupdict()
    hour = int(g.get(prefix + "h") or g.get(prefix + "h2") or 0)
    minute = int(g.get(prefix + "m") or 0)
    ap = (g.get(prefix + "ap") or g.get(prefix + "ap2") or "").lower()
    if ap == "p" and hour < 12:
        hour += 12
    elif ap == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def _bare_range(text: str, lang: str) -> re.Match[str] | None:
    """ "6–8pm", "od 16 do 18 hod.": a range whose start is a bare hour, its end marked as a time (am/pm or a
    short hour word), which marks both."""
    m = _patterns(lang).bare_range.search(text)
    if m is None or m.group("e_ap") or m.group("e_ap2"):
        return m
    hour_word = _patterns(lang).short_tail.search(m.group(0).rstrip())  # "18 hod.", not "3 hours" (a duration)
    return m if hour_word and int(m.group("h2")) >= _EARLIEST_HOUR else None


def _range_times(rng: re.Match[str]) -> tuple[str, str]:
    """ "2.00–4.00pm", "10–11.30am": one am/pm after a range serves both ends, unless the start's hour is past
    the end's (then the range crosses noon: "11.30–1pm")."""
    start, end = _hhmm(rng), _hhmm(rng, "e_")
    g = rng.groupdict()
    end_ap = (g.get("e_ap") or g.get("e_ap2") or "").lower()
    shifted = f"{int(start[:2]) + 12:02d}{start[2:]}"
    if end_ap == "p" and not (g.get("ap") or g.get("ap2")) and int(start[:2]) < 12 and shifted <= end:
        return shifted, end
    return start, end


def find_times(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Every clock time in `text` as (start, end, "HH:MM")."""
    return [(m.start(), m.end(), _hhmm(m)) for m in _patterns(lang).time.finditer(_normalised(text, lang))]


def start_end(text: str, lang: str, weak: bool = True) -> tuple[str | None, str | None]:
    """Start and end time stated in `text`: a range, or times after start/end cues. With weak=False only
    cues that name the meeting count ("zahájeno", "adjourned"), not "od"/"from" (body text is full of those)."""
    p = _patterns(lang)
    text = _normalised(text, lang)
    rng = (p.range.search(text) or _bare_range(text, lang)) if weak else None
    if rng:
        return _range_times(rng)
    start_cue, end_cue = (p.start_cue, p.end_cue) if weak else (p.strong_start, p.strong_end)
    start = end = None
    for s, e, value in find_times(text, lang):
        before = text[max(0, s - _CUE_WINDOW):s]
        if end is None and end_cue.search(before) and not (start is None and start_cue.search(before)):
            end = value
        elif end is None and _closes_after(text, e, lang) and not start_cue.search(before):
            end = value  # "At 9:12 p.m. Member Raman moved to adjourn."
        elif start is None and start_cue.search(before):
            start = value
    return start, end


def _closes_after(text: str, end: int, lang: str) -> bool:
    """An end cue follows the time ("At 9:12 p.m. Member Raman moved to adjourn") and is not the cue of a time
    of its own ("... at 6.00pm. The meeting closed at 7.58pm": "closed" ends the meeting at 7.58pm)."""
    m = _patterns(lang).end_after.search(text[end:])
    if m is None and _opens_sentence(text, end, lang):
        m = _patterns(lang).end_after_sentence.search(text[end:])  # "At 9:14 p.m., on a motion ..., to adjourn"
    if m is None:
        return False
    rest = text[end + m.start():end + m.end() + _CUE_WINDOW]
    return not any(_patterns(lang).end_cue.search(rest[:s]) for s, _e, _v in find_times(rest, lang))


def _opens_sentence(text: str, time_end: int, lang: str) -> bool:
    """The time (ending at `time_end`) opens its sentence, a preposition at most before it ("At 9:14 p.m., ...")."""
    found = next((s for s, e, _v in find_times(text, lang) if e == time_end), None)
    return found is not None and bool(re.search(r"(?:^|[.;:!?]\s+)(?:[^\W\d]+\s+)?$", text[:found]))


def cue_start(text: str, lang: str) -> str | None:
    """A start time stated with a start cue ("called to order at 7:02 p.m."), not a lone time."""
    p = _patterns(lang)
    for s, _e, value in find_times(text, lang):
        if p.strong_start.search(text[max(0, s - _STRONG_WINDOW):s]):
            return value
    return None


def first_item_blocks(doc: Document, lang: str, after: int, size: int = 3, headings: bool = False) -> list[Block]:
    """The heading of item 1 ("1. Call to Order", "Bod 1 – Zahájení", "I. Zahájení") after block `after` and
    the blocks below it: minutes state the start there ("The Chair called the meeting to order at 6:32 p.m.",
    "Starosta zahájil zasedání v 18:00"), under an attendance list of any length. Where minutes are numbered
    through the year ("MIN. NO. 14/2025: PRELIMINARIES"), the first minute reference opens the meeting.
    `headings`: only a heading counts ("Ad 1) Zahájení" under a programme whose first line is "1. Zahájení")."""
    _, prefixed, numbered, _ = vocab(lang)
    for b in (b for b in doc.blocks[after:] if b.is_heading or not headings):
        line = b.text.split("\n")[0]
        m, n = prefixed.match(line), numbered.match(line)
        number = prefixed_number(m) if m else numbered_number(n) if n else (b.list_label or "").strip(" .)")
        if number in ("1", "I") or "/" in (number or ""):  # minutes numbered through the year: "MIN. 14/2025"
            return list(doc.blocks[b.index:b.index + 1 + size])
    return []


def field_times(text: str, lang: str) -> tuple[str | None, str | None]:
    """Times in a date/time field ("15. 12. 2020, 15:30"): a lone time without a cue is the start."""
    start, end = start_end(text, lang)
    if start is None and end is None:
        found = find_times(text, lang)
        if found:
            start = found[0][2]
    return start, end


_DATE_LINE_WORDS = 2  # words a date line may have besides its date and time ("Wednesday", "at", "from")


def date_line(text: str, lang: str) -> bool:
    """ "Wednesday 3 June 2025, 10.00am" on a line of its own under a cover page's title: a date with a time
    and at most a weekday or a preposition, no label; its time is the meeting's like a date field's."""
    dates = [(s, e) for s, e, v in find_dates(text, lang) if v.kind == "date"]
    spans = dates + [(s, e) for s, e, _v in find_times(text, lang)]
    if not dates or len(spans) == len(dates):
        return False
    rest = text
    for s, e in sorted(spans, reverse=True):
        rest = rest[:s] + " " + rest[e:]
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= _DATE_LINE_WORDS
