"""A council known by its place, named in its minutes by its kind alone ("Parochial Church Council", "PCC
Meeting") under a letterhead giving the place after the church's or parish's dedication ("Parish of St Mary,
Ashby", "St Mary's Church, Ashby"): the series is the council with the place, "Ashby Parochial Church Council"
(series.json `placed_councils`, why there). Other bodies and titles pass unchanged."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes_nlp import lang as langdata
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.textutil import fold


def placed_council(series: str | None, candidates: Sequence[str], lang: str) -> str | None:
    """`series` with the place the letterhead candidates give it, when it is a council of `placed_councils`."""
    data = langdata.load(langdata.code(lang), "series").get("placed_councils") or {}
    name = (data.get("councils") or {}).get(fold(series or ""))
    if not name:
        return series
    place = next((p for c in candidates if (p := _place(c, data.get("letterhead_words") or []))), None)
    return f"{place} {name}" if place else name


def _place(line: str, words: list[str]) -> str | None:
    """ "Parish of St Mary, Ashby" -> "Ashby": the capitalised words after the comma of a line (or of its part
    before a dash) whose part before the comma holds a letterhead word."""
    head = re.split(r"\s+[–—-]\s+", line)[0]
    before, sep, after = head.partition(",")
    if not sep or not words or not re.search(rf"(?<!\w)(?:{alt(words)})(?!\w)", before, re.IGNORECASE):
        return None
    place = after.strip()
    ok = place and len(place.split()) <= 4 and all(w[:1].isupper() for w in place.split())
    return place if ok else None
