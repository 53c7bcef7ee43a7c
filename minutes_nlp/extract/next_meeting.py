"""The next meeting the minutes announce ("Příští jednání se uskuteční 24. 10. od 15:00", "Date of next
meeting" over its date), and the blanking of that announcement so its hour is not taken for this meeting's.

Split out of `metadata`: the cue patterns (`next_meeting` field labels with an optional kind of meeting,
`next_meeting_qualifiers`) serve both the next meeting's date and the times of this one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache, lru_cache

from minutes_nlp.document import Document
from minutes_nlp.extract import datelocale
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract import next_meeting_more as more
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.dates import find_dates
from minutes_nlp.extract.result import DateValue, NextMeeting
from minutes_nlp.extract.times import find_times

_BODY_NAME = r"(?:(?-i:[A-ZÁ-Ž][\w&-]*)\s+){0,3}"  # "next Steering Committee meeting", "next SC meeting"
_CUE_LEAD = 2  # words before a next-meeting cue ending its block that still make it a heading or a label


@cache
def cue_rx(lang: str) -> re.Pattern[str]:
    """The next-meeting cues, each allowing a kind of meeting after its first word ("Příští řádné zasedání se
    uskuteční ...", "the next special meeting"; `next_meeting_qualifiers`) and the body's name or initialism,
    capitalised ("The next Steering Committee meeting", "the next SC meeting")."""
    data = mf.labels(lang).data
    kind = rf"(?:{_next_kinds(lang)})?{_BODY_NAME}"
    forms = []
    for cue in sorted(data["fields"]["next_meeting"], key=len, reverse=True):
        first, _, rest = cue.partition(" ")
        forms.append(rf"{re.escape(first)}\s+{kind}{_spaced(rest)}" if rest else re.escape(cue))
    return re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)", re.IGNORECASE)


def _spaced(words: str) -> str:
    return r"\s+".join(re.escape(w) for w in words.split())


@cache
def _next_kinds(lang: str) -> str:
    kinds = mf.labels(lang).data.get("next_meeting_qualifiers") or []
    return rf"(?:{alt(kinds)})\s+" if kinds else ""


def without_next_meeting(text: str, lang: str) -> str:
    """The text with "the next meeting will be held on ... at 7.30pm" blanked up to its time: that hour is not
    this meeting's ("Příští schůze se uskuteční 24. 10. od 15:00 hodin, schůze byla ukončena v 17:40")."""
    for cue in cue_rx(lang).finditer(text):
        rest = re.split(r"(?<=[a-zá-ž0-9][.!?])\s+(?=[A-ZÁ-Ž])", text[cue.end():])[0]  # its own sentence only
        times = find_times(rest, lang)
        stop = cue.end() + times[0][1] if times else cue.end()
        text = text[:cue.start()] + " " * (stop - cue.start()) + text[stop:]
    return text


def find_next_meeting(fields: list[mf.Field], doc: Document, lang: str, ref: dt.date | None,
                      number: int | None = None, series: str | None = None) -> NextMeeting | None:
    """The date a next-meeting cue or field gives, else the date of the meeting numbered one above this one,
    else the earliest later meeting named by its date."""
    texts = [f.value for f in fields if f.name == "next_meeting"]
    below: list[str] = []  # the line under a label or heading: a sentence stating the date itself comes first
    for b in doc.blocks:
        for m in cue_rx(lang).finditer(b.text):
            rest, into = _after_year(m.group(0), b.text[m.end():], lang), texts
            labelled = b.is_heading or len(b.text[:m.start()].split()) <= _CUE_LEAD  # "Date of next meeting"
            if not rest.strip(" :–—-.") and b.index + 1 < len(doc.blocks) and labelled:
                rest, into = doc.blocks[b.index + 1].text, below  # a heading "Date of next meeting", the date below
            into.append(next((p for p in re.split(r"[\t\n]", rest) if p.strip(" :–—-.")), ""))  # its cell, line
    numbered = numbered_mentions(doc, lang, number + 1) if number else []
    country = datelocale.locale(doc.text, lang)  # "Next meeting: 04/08/2025" is 8 April in a US document
    return (_upcoming(texts + below, country, ref) or _upcoming(numbered, country, ref)
            or (_upcoming(more.body_sentences(doc, lang, series), country, ref) if ref else None)
            or more.scheduled(doc, lang, country, ref) or more.moved_to(doc, lang, country, ref)
            or _dated_meeting(doc, lang, ref))


def _after_year(cue: str, rest: str, lang: str) -> str:
    """ "První porada v roce 2026 | se uskuteční v březnu 2026": after a cue ending with a year word
    (`next_meeting_year_words`) the year it counts in is passed over; the meeting's date follows it."""
    words = mf.labels(lang).data.get("next_meeting_year_words") or []
    if not any(cue.lower().endswith(w) for w in words):
        return rest
    return re.sub(r"^\s*\d{4}(?!\d)", "", rest)


def _upcoming(texts: list[str], lang: str, ref: dt.date | None) -> NextMeeting | None:
    """The first date or window not before the meeting in the texts ("Osmé jednání se uskuteční dne ...")."""
    for text in texts:
        for _s, _e, found in find_dates(text[:120], lang, ref):
            value = _forward(found, ref)
            upcoming = ref is None or not value.latest or value.latest >= ref.isoformat()
            if value.kind in ("date", "window") and upcoming:
                earliest = _after(value.earliest, ref) if value.kind == "window" else value.earliest
                found_nm = NextMeeting(value.text, earliest, value.latest)
                return more.bounded(text, found_nm, lang.split("-")[0], lang, ref)  # "..., nejpozději do 19. 9."
    return None


def _forward(value: DateValue, ref: dt.date | None) -> DateValue:
    """ "Příští jednání bude v září" in March minutes: a date or month written without its year that the
    nearest reading puts before the meeting is next year's, a next meeting lying ahead."""
    if ref is None or not value.earliest or not value.latest or value.latest >= ref.isoformat() \
            or re.search(r"\d{4}|'\d\d", value.text):
        return value
    try:
        shifted = [dt.date.fromisoformat(d).replace(year=dt.date.fromisoformat(d).year + 1).isoformat()
                   for d in (value.earliest, value.latest)]
    except ValueError:  # 29 February
        return value
    return replace(value, earliest=shifted[0], latest=shifted[1])


def _after(earliest: str | None, ref: dt.date | None) -> str | None:
    """ "do konce dubna", "by the end of April": a window open from the meeting's own day begins the day after
    it, the next meeting being a later one."""
    day_after = (ref + dt.timedelta(days=1)).isoformat() if ref else None
    return day_after if day_after and (earliest is None or earliest < day_after) else earliest


def _dated_meeting(doc: Document, lang: str, ref: dt.date | None) -> NextMeeting | None:
    """ "tabled to the April 8 meeting", "report back at the April 22 meeting": with no next meeting announced,
    the earliest later meeting the minutes name by its date is the next one (a board meeting every other
    week refers to its next meeting so). Only a date followed by the meeting noun counts."""
    if ref is None:
        return None
    noun = _meeting_noun(lang)
    found: list[NextMeeting] = []
    for b in doc.blocks:
        for s, e, v in find_dates(b.text, lang, ref):
            m = noun.match(b.text[e:]) if v.kind == "date" and (v.earliest or "") > ref.isoformat() else None
            if m:
                found.append(NextMeeting(b.text[s:e + m.end()], v.earliest, v.latest))
    return min(found, key=lambda n: n.earliest or "", default=None)


@cache
def _meeting_noun(lang: str) -> re.Pattern[str]:
    """A meeting noun (with its kind) right after a date: "the April 8 meeting", compiled once per language."""
    return re.compile(rf"^\s+(?:{_next_kinds(lang)})?(?:{alt(mf.labels(lang).data['meeting_nouns'])})(?!\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=64)
def _numbered_rx(lang: str, number: int) -> re.Pattern[str]:
    """The meeting numbered `number`, compiled once per language and number (every document asks)."""
    data = mf.labels(lang).data
    words = (data.get("meeting_ordinals") or {}).get(str(number), [])
    kinds = data.get("next_meeting_qualifiers") or []
    kind = rf"(?:{alt(kinds)}\s+)?" if kinds else ""
    nouns = alt(data["meeting_nouns"])
    return re.compile(rf"(?<![\w.])(?:{number}(?:\.|st|nd|rd|th)|{alt(words)}(?!\w))\s+{kind}{nouns}(?!\w)"
                      rf"|(?<!\w){nouns}\s*(?:#|č\.|no\.)\s*{number}(?![\d/.])", re.IGNORECASE)


def numbered_mentions(doc: Document, lang: str, number: int) -> list[str]:
    """ "Osmé jednání se uskuteční dne 12. 12. 2023", "the 9th meeting will be held on ...", "SC meeting #4
    will be held ...": the rest of each sentence naming the meeting numbered `number` (digits or
    `meeting_ordinals` words, then a meeting noun; or the noun, then "#", "č." or "no." and the number)."""
    rx = _numbered_rx(lang, number)
    out = []
    for b in doc.blocks:
        for m in rx.finditer(b.text):
            out.append(re.split(r"[.!?;]\s+(?=[A-ZÁ-Ž])", b.text[m.end():])[0])
    return out
