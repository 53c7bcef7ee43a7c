"""Content keys of a text, the unit the tracker compares sentences by, and the word classes that are not content.

A key is a folded, stemmed, truncated content word (Czech inflection and derivation mostly change the end of a
word: "spuštěna"/"spuštění", "rozešle"/"rozeslán"); stop words come from spaCy's language data, titles and
honorifics from `lang/<code>/titles.json`. Deadline words (months, "do konce"), weekday and holiday names and
action-line labels are keys too, but they say when or in which form, not what: callers subtract them.
Split out of mentions.py, which scores sentences by these keys.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache, lru_cache
from pathlib import Path

from minutes_nlp import lang as langdata
from minutes_nlp.nlp.stem import stem
from minutes_nlp.textutil import fold
from minutes_nlp.tracker.minute_refs import NUMERIC_DAY as _DATE
from minutes_nlp.tracker.numbers import SHORT as SHORT_TASK
from minutes_nlp.tracker.numbers import TASK as _TASK

KEY_LEN = 5  # a key is the first letters of a stem: enough to tell words apart, short enough for derivations

_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_TOKEN = re.compile(r"\w+(?:[./-]\w+)*")


@lru_cache(maxsize=100_000)
def folded(text: str) -> str:
    """`fold`, memoised: the tracker folds the same sentences for every open item it tests against them."""
    return fold(text)


@cache
def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop-word list for the language, read without importing all of spaCy (seconds in a CLI call)."""
    code = "cs" if lang == "cs" else "en"
    found = importlib.util.find_spec("spacy")
    if found is None or found.origin is None:
        return frozenset()
    path = Path(found.origin).parent / "lang" / code / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"minutes_nlp._stop_words_{code}", path)
    if spec is None or spec.loader is None:
        return frozenset()
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(fold(w) for w in module.STOP_WORDS) | title_words(code)


@cache
def title_words(lang: str) -> frozenset[str]:
    """Academic titles and honorifics ("Cllr", "Ing.", "Mgr."): they go with any name, they name no topic."""
    titles = langdata.load(lang, "titles")
    words = [*titles.get("degrees_before", ()), *titles.get("degrees_after", ()), *titles.get("honorifics", ())]
    return frozenset(fold(w).strip(".") for w in words if " " not in w.strip())


def keys(text: str, lang: str) -> set[str]:
    """Content keys of a text: no stop words, no bare numbers, acronyms kept ("CI", "NPO"), dates as "@d.m".

    The tracker asks for the keys of the same sentences over and over (every open item against every later
    meeting): they are computed once per text and handed out as a fresh set the caller may change, built in
    the order they were found (a set's iteration order, and so the order scores are summed in, follows it)."""
    return set(_key_sequence(text, lang))


@lru_cache(maxsize=200_000)
def frozen_keys(text: str, lang: str) -> frozenset[str]:
    """`keys` of a text as a frozenset, memoised: a pure function of the text and the language's data."""
    return frozenset(set(_key_sequence(text, lang)))


@lru_cache(maxsize=200_000)
def _key_sequence(text: str, lang: str) -> tuple[str, ...]:
    """The content keys of a text in the order they occur (dates last), each once."""
    found = [key for tok in _TOKEN.findall(text) if (key := _token_key(tok, lang)) is not None]
    found += [f"@{int(d)}.{int(m)}" for d, m in _DATE.findall(text) if 0 < int(m) <= 12]
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=200_000)
def _token_key(tok: str, lang: str) -> str | None:
    """The key of one token, or None when it is no content; memoised, since folding and stemming dominate `keys`
    and a series repeats its words in every meeting."""
    low = fold(tok[:-1] if _ACRONYM_PLURAL.fullmatch(tok) else tok)  # "HGVs", "MPs": the acronym
    if low in _stop_words(lang) or low.isdigit() or _TASK.fullmatch(tok) or SHORT_TASK.fullmatch(tok):
        return None
    if "." in low and not (any(ch.isdigit() for ch in low) or len(low) >= 6):
        return None  # "p.m.", "a.s.": abbreviations, not content
    if len(low) < 3 and not (tok.isupper() and len(tok) >= 2):
        return None
    return stem(low, lang)[:KEY_LEN] if "." not in low else low


_HEADER_FIELDS = ("attendees", "absent", "guests", "recorder", "approver", "verifiers", "place", "attachments",
                  "date", "time", "chair")


@cache
def _header_line(lang: str) -> re.Pattern[str]:
    fields = langdata.load(langdata.code(lang), "metadata_labels")["fields"]
    labels = sorted({fold(label) for f in _HEADER_FIELDS for label in fields.get(f, ())}, key=len, reverse=True)
    phrases = [x for x in labels if x.endswith(" by")]  # "minutes taken by X" needs no colon
    return re.compile(r"[*#\s]*(?:(?:" + "|".join(re.escape(x) for x in labels) + r")[*\s]*[:\t]"
                      + "".join(f"|{re.escape(x)}\\s" for x in phrases) + ")")


@lru_cache(maxsize=50_000)
def is_header_line(text: str, lang: str) -> bool:
    """ "Přítomni: ...", "Apologies: ...": a list of names, not a report on anything."""
    head = text[:60]
    if "\t" in text and fold(text.rsplit("\t", 1)[1]).strip(" .") in _attendance_words(lang):
        return True  # an attendance table row: "Ms Priya Nandakumar | Student member | Present"
    if _person_row(text, lang):
        return True  # a members' or attendance table row: "Ing. Jana Malá | MZe | vedoucí oddělení evaluací"
    if "\t" in head:  # a header table row: label cell, value cell
        head = head.split("\t", 1)[0] + ":"
    return _header_line(lang).match(fold(head)) is not None


@lru_cache(maxsize=50_000)
def attendance(text: str, lang: str) -> bool:
    """ "Za kancelář byli přítomni Ing. X a Bc. Y", "Apologies were received from ...": attendance in prose."""
    return any(p.search(fold(text)) for p in _attendance_prose(lang))


PERSON_ROW_CELLS = 3


def _person_row(text: str, lang: str) -> bool:
    """A row of a members' or attendance table: a titled person, the body they stand for, their office; no date or
    number anywhere (a task table's row has its deadline). It names who sat, never news of a task."""
    cells = [c.strip(" |*") for c in text.split("\t")]
    if len(cells) < PERSON_ROW_CELLS or any(ch.isdigit() for ch in text):
        return False
    first = cells[0].split()
    return len(first) >= 2 and first[0] in _degrees(lang)  # noqa: PLR2004 - a degree and a name


@cache
def _degrees(lang: str) -> frozenset[str]:
    data = langdata.load(langdata.code(lang), "titles")
    return frozenset(w.split()[0] for w in data.get("degrees_before", ()))


@cache
def _attendance_prose(lang: str) -> tuple[re.Pattern[str], ...]:
    data = langdata.load(langdata.code(lang), "followup_cues")
    return tuple(re.compile(p) for p in data.get("attendance_prose", ()))


@cache
def _attendance_words(lang: str) -> frozenset[str]:
    fields = langdata.load(langdata.code(lang), "metadata_labels")["fields"]
    return frozenset(fold(w) for f in ("attendees", "absent") for w in fields.get(f, ()))


@lru_cache(maxsize=10_000)
def name_keys(name: str | None, lang: str) -> frozenset[str]:
    return frozen_keys(name or "", lang)


@cache
def when_keys(lang: str, meeting: bool = False) -> frozenset[str]:
    """Keys of deadline words ("by the end of January", with `meeting` also "do příští schůzky"): when, not what;
    a later sentence naming January is not about the work due in January."""
    dates = langdata.load(langdata.code(lang), "dates")
    phrases = [*(dates["next_meeting"] if meeting else ()), *dates["end_of"],
               *(w for forms in dates["months"].values() for w in forms),
               *(w for periods in dates["relative_periods"].values() for forms in periods.values() for w in forms)]
    return frozenset(k for w in phrases for k in keys(w, lang))


SHORT_DAY_KEY = 3


@cache
def day_keys(lang: str) -> frozenset[str]:
    """Keys of weekday and holiday names ("v sobotu", "do Velikonoc", "before Christmas"): a day, not work."""
    dates = langdata.load(langdata.code(lang), "dates")
    words = [*dates.get("weekdays", ()),
             *(w for h in dates.get("holidays", {}).values() if isinstance(h, dict) for w in h.get("forms", ()))]
    # "Nový rok": "rok" names no day; a stem this short ("let" of "léto") is also another word's ("letos")
    return frozenset(k for w in words if " " not in w for k in keys(w, lang) if len(k) > SHORT_DAY_KEY)


@cache
def label_keys(lang: str) -> frozenset[str]:
    """Keys of the labels of action lines ("Action:", "Úkol:", "Zodpovídá:"): form, not content."""
    data = langdata.load(langdata.code(lang), "action_cues")
    words = [*data.get("task_labels", ()), *data.get("owner_labels", ())]
    return frozenset(k for w in words if len(w) > 3 for k in keys(w, lang))

