"""Two ways a sentence's dated event decides the task's deadline, which a reading of one date expression at a
time gets wrong.

- A lead time closing the clause ("pozvánky rozešle nejpozději 14 dní předem", "notices to go out at least 21
  days in advance"): minutes state the event's day first and the task as a count back from it, without
  repeating the date. The deadline is that day minus the count, not the event's day.
- A "when needed" phrase ("sejde se podle potřeby, předpokládá se v dubnu", "will meet as required, probably
  in June"): it says how often, not when; a dated period or day of the same sentence is the deadline meant.

The words are data (`dates.json`: 'offsets.in_advance', 'continuous_yielding').
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract import datecalc as dc
from minutes_nlp.extract.datevocab import Vocab, alt
from minutes_nlp.extract.result import DateValue
from minutes_nlp.textutil import fold

Found = tuple[int, int, DateValue]


@cache
def _vocab(lang: str) -> Vocab:
    base = lang.partition("-")[0]
    return Vocab.load(base if base in langdata.SUPPORTED else "en")


@cache
def _lead_time(lang: str) -> re.Pattern[str] | None:
    v = _vocab(lang)
    off, dur = v.data.get("offsets", {}), v.data["durations"]
    if not off.get("in_advance"):
        return None
    prefix = rf"(?:{alt(off.get('prefixes', []))}\s+)?"
    number = rf"(?:(?P<n>\d{{1,3}}|{alt(dur['numbers'])})\s+(?P<u>{alt(v.words('durations', 'units'))})|" \
             rf"(?P<b>{alt(off.get('bare_lead', []))}))"
    return re.compile(rf"(?<!\w){prefix}{number}\s+(?:{alt(off['in_advance'])})(?=\s*(?:[.;,)]|$))",
                      re.IGNORECASE)


def has_lead_time(text: str, lang: str) -> bool:
    """A clause that closes with a lead time and so is dated by a day written before it."""
    shape = _lead_time(lang)
    return bool(shape and shape.search(text))


def lead_time(text: str, found: list[Found], lang: str) -> DateValue | None:
    """The day a lead time closing a clause counts back to from the last day written before it."""
    shape = _lead_time(lang)
    m = shape.search(text) if shape else None
    if m is None:
        return None
    days = [v for s, _e, v in found if s < m.start() and v.kind == "date" and v.earliest]
    v = _vocab(lang)
    bare = m.group("b")  # "týden předem", "a week beforehand": one of the unit
    n = 1 if bare else v.number(m.group("n"))
    unit = v.unit(bare.split()[-1] if bare else m.group("u"), "units")
    if not days or not n or not unit or days[-1].earliest is None:
        return None
    if not bare and any(w in m.group("u").lower().split() for w in v.data["offsets"].get("clear", [])):
        n += 1  # "21 clear days before": neither the sending day nor the event's day counts
    d = dc.add(dt.date.fromisoformat(days[-1].earliest), unit, -n).isoformat()
    return DateValue(m.group(0), d, d, "date")


@cache
def _yielding(lang: str) -> frozenset[str]:
    return frozenset(fold(f) for f in _vocab(lang).data.get("continuous_yielding", {}).get("forms", []))


def as_needed(value: DateValue, lang: str) -> bool:
    """A "when needed" phrase ("podle potřeby", "as required"): it yields to a date of its sentence."""
    return fold(value.text) in _yielding(lang)


def as_needed_yields(special: list[tuple[int, DateValue]], found: list[Found], lang: str,
                     ref: str | None) -> list[tuple[int, DateValue]]:
    """Drop a "when needed" phrase when the sentence also gives a dated period or day not before `ref`."""
    forms = _yielding(lang)
    if not forms or not any(fold(v.text) in forms for _s, v in special):
        return special
    if not any(v.latest and (ref is None or v.latest >= ref) for _s, _e, v in found):
        return special
    return [(s, v) for s, v in special if fold(v.text) not in forms]
