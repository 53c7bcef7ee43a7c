"""Next-meeting shapes beyond a cue followed by its date (`next_meeting` reads those first).

Why: minutes also (1) bound a window from above ("Příští jednání bude svoláno v září, nejpozději do 19. 9.",
"in March, no later than 20 March"): the window ends at that bound; (2) adopt or propose a calendar of the
coming meetings ("approved the meeting schedule for 2026: January 20, February 17, ...", "Termíny jednání na
rok 2026: ..."): the first date after this meeting is the next one; (3) move a meeting of the body to a new day
("Resolved that the August meeting be moved from 4 August to 11 August"): the new day is the next meeting;
(4) announce the body's next sitting by the body's own name as the subject, with no "next" word ("Pololetní
pedagogická rada se uskuteční 22. 1.", "The Committee will meet again on 4 June"): a body of standing
sittings (a school's staff council, a board) names the sitting by its kind.
Cue words: `next_meeting_more` in `lang/<lang>/metadata_labels.json`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.dates import find_dates
from minutes_nlp.extract.result import NextMeeting
from minutes_nlp.textutil import fold

_SCHEDULE_SPAN = 200  # characters after a schedule cue read for its dates
_SENTENCE_END = re.compile(r"(?<=[a-zá-ž0-9)][.!?])\s+(?=[A-ZÁ-Ž])")


def _alt(lang: str, key: str) -> str:
    """One alternation of a cue list; an empty list matches nothing."""
    return alt((mf.labels(lang).data.get("next_meeting_more") or {}).get(key) or ["(?!)"])


@cache
def _cue_rx(lang: str, key: str, tail: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alt(lang, key)}){tail}", re.IGNORECASE)


def bounded(text: str, found: NextMeeting, lang: str, country: str, ref: dt.date | None) -> NextMeeting:
    """A window the same statement bounds from above ("v září 2025, nejpozději do 19. 9. 2025") ends there."""
    if found.earliest is None or found.earliest == found.latest:
        return found
    sentence = _SENTENCE_END.split(text)[0]
    for m in _cue_rx(lang, "latest", r"\s+").finditer(sentence):
        dates = find_dates(sentence[m.end():m.end() + 40], country, ref)
        if dates and dates[0][0] == 0 and dates[0][2].kind == "date":
            day = dates[0][2].earliest or ""
            if found.earliest <= day <= (found.latest or day):
                return replace(found, latest=day)
    return found


def scheduled(doc: Document, lang: str, country: str, ref: dt.date | None) -> NextMeeting | None:
    """The first date after the meeting in a calendar of coming meetings ("meeting schedule: January 20, ...")."""
    if ref is None:
        return None
    for b in doc.blocks:
        for m in _cue_rx(lang, "schedule", r"(?!\w)").finditer(b.text):
            colon = b.text.find(":", m.end(), m.end() + 40)
            if colon < 0:
                continue
            span = _SENTENCE_END.split(b.text[colon + 1: colon + 1 + _SCHEDULE_SPAN])[0]
            days = [v for _s, _e, v in find_dates(span, country, ref) if v.kind == "date" and v.earliest]
            ahead = sorted(_ahead(v.earliest or "", ref) for v in days)
            ahead = [d for d in ahead if d > ref.isoformat()]
            if len(days) >= 2 and ahead:
                return NextMeeting(span.strip()[:120], ahead[0], ahead[0])
    return None


def _ahead(day: str, ref: dt.date) -> str:
    """A day written without its year that reads before the meeting is next year's ("January 20" in December)."""
    if day > ref.isoformat():
        return day
    try:
        return dt.date.fromisoformat(day).replace(year=int(day[:4]) + 1).isoformat()
    except ValueError:
        return day


@cache
def _moved_rx(lang: str) -> re.Pattern[str]:
    nouns = alt(mf.labels(lang).data["meeting_nouns"])
    moved, to = _alt(lang, "moved"), _alt(lang, "to")
    gap = r"(?:(?![.!?]\s+(?-i:[A-ZÁ-Ž]))[^;]){0,60}?"  # within the sentence; Czech dates carry dots ("z 5. 5. na")
    return re.compile(rf"(?<!\w){nouns}(?!\w){gap}(?<!\w){moved}(?!\w){gap}(?<!\w){to}\s+", re.IGNORECASE)


def moved_to(doc: Document, lang: str, country: str, ref: dt.date | None) -> NextMeeting | None:
    """The new day of a meeting of the body moved to it ("the August meeting be moved from 4 August to 11 August")."""
    if ref is None:
        return None
    for b in doc.blocks:
        for m in _moved_rx(lang).finditer(b.text):
            dates = find_dates(b.text[m.end(): m.end() + 60], country, ref)
            if dates and dates[0][0] <= 12 and dates[0][2].kind == "date":
                day = _ahead(dates[0][2].earliest or "", ref)
                if day > ref.isoformat():
                    return NextMeeting(dates[0][2].text, day, day)
    return None


@cache
def _head_nouns(lang: str) -> dict[str, str]:
    """Every form of a body's head noun (`head_nouns` of `series.json`) -> its nominative."""
    nouns = langdata.load(langdata.code(lang), "series").get("head_nouns") or {}
    return {fold(k): fold(v[0]) for k, v in nouns.items()}


def _head_group(series: str, lang: str) -> list[str]:
    """ "Klasifikační pedagogická rada Základní školy X" -> ["pedagogická", "rada"]: the series' head noun with
    the adjective right before it, which classifies the body (only the noun where adjectives do not stand before
    it: `body_subject_adjectives`); the words before that give the kind of sitting, which varies."""
    words = [fold(w) for w in re.findall(r"[^\W\d_][\w-]*", series)]
    at = next((i for i, w in enumerate(words) if _head_nouns(lang).get(w) == w), None)
    if at is None:
        return []
    adjectives = (mf.labels(lang).data.get("next_meeting_more") or {}).get("body_subject_adjectives")
    return words[max(0, at - 1):at + 1] if adjectives else words[at:at + 1]


def body_sentences(doc: Document, lang: str, series: str | None) -> list[str]:
    """The text after each "<the body> <will sit>" (`body_verbs`) whose subject ends with the series' head
    group; the subject may carry its kind before it and a bracket after it ("Příští pedagogická rada
    (klasifikační) se bude konat ...")."""
    group = _head_group(series, lang) if series else []
    if not group:
        return []
    out = []
    for b in doc.blocks:
        for m in _cue_rx(lang, "body_verbs", r"(?!\w)").finditer(b.text):
            before = re.split(r"[.!?;:,]\s+(?=[^\W\d_])", re.sub(r"\([^()]*\)", " ", b.text[:m.start()]))[-1]
            words = [fold(w) for w in re.findall(r"[^\W\d_][\w-]*", before)]
            if words[-len(group):] == group and len(words) <= len(group) + _SUBJECT_WORDS:
                out.append(b.text[m.end():])
    return out


_SUBJECT_WORDS = 4  # words before the head group: a kind ("čtvrtletní klasifikační"), "the", "příští"
