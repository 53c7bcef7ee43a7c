"""Which series a meeting belongs to: one body, however each set of its minutes spells its name.

Minutes of one body name it differently from one meeting to the next: in a case form ("jednání krizového
štábu ORP X" beside "Krizový štáb ORP X"), with an abbreviation spelt out ("ORP" = "obce s rozšířenou
působností"), with or without the town or project in front, or not at all (a kick-off meeting named by the
event). The archive must still keep them in one series, or later meetings do not see earlier actions.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path

from minutes_nlp import lang as langdata
from minutes_nlp.extract.result import MeetingRecord
from minutes_nlp.extract.series import shortens
from minutes_nlp.nlp.stem import stem
from minutes_nlp.store.folder_ties import ties
from minutes_nlp.store.series_names import body_name
from minutes_nlp.textutil import fold

_WORD = re.compile(r"[\w#&-]+")
NUMBER_GAP = 3  # a meeting number further than this from its neighbours in a series does not continue it


def series_for(c: sqlite3.Connection, record: MeetingRecord, path: str) -> int:
    """Find the series by any of its names or abbreviations; create it when none is known.

    Without a series name the folder stands in for it: archives usually keep one body per folder.
    """
    m = record.meeting
    name = body_name(_undated(m.series or ""), record.language) or f"{Path(path).parent.name or 'minutes'}"
    names = [name, *m.series_abbreviations]
    for alias in names:
        row = c.execute("SELECT series_id FROM series_aliases WHERE key = ?", (fold(alias),)).fetchone()
        if row and (alias == name or not _other_body(c, int(row[0]), name)):
            return _join(c, int(row[0]), names, record.language)
    known = _same_body(c, name) or _ampersand_spelt(c, name)
    if known is None:
        known = _inflected_or_spelt_out(c, name, record.language)
    if known is None:
        known = _continued_in_folder(c, record, name, path)
    if known is not None:
        return _join(c, known, names, record.language)
    cur = c.execute("INSERT INTO series(name, key) VALUES (?, ?)", (name, fold(name)))
    sid = int(cur.lastrowid or 0)
    _add_aliases(c, sid, names)
    return sid


def _join(c: sqlite3.Connection, series_id: int, names: list[str], lang: str) -> int:
    _add_aliases(c, series_id, names)
    current = c.execute("SELECT name FROM series WHERE id = ?", (series_id,)).fetchone()[0]
    better = preferred_name(current, names[0], lang)
    if better != current:
        c.execute("UPDATE series SET name = ? WHERE id = ?", (better, series_id))
    return series_id


def _other_body(c: sqlite3.Connection, series_id: int, name: str) -> bool:
    """A short abbreviation ("RM", "VH", "FV") is shared by every town's council or assembly: it joins a series
    only when the full names do not tell two bodies apart ("Rada města A" and "Rada města B" both say "RM")."""
    if len(name.split()) < 3:
        return False
    full = c.execute("SELECT name FROM series WHERE id = ?", (series_id,)).fetchone()[0]
    if len(full.split()) < 3 or fold(full) == fold(name):
        return False
    return not (shortens(name, full) or shortens(full, name) or _qualified(name, full) or _qualified(full, name)
                or same_body_name(name, full, "cs") or same_body_name(name, full, "en"))


def _same_body(c: sqlite3.Connection, name: str) -> int | None:
    """The series whose name this one abbreviates or spells out ("Valná hromada DSO Mikroregion X" and "Valná
    hromada Dobrovolného svazku obcí Mikroregion X"): the same organ of the same organisation. Only a name
    with an initialism and a proper name after the body counts, so a bare "Valná hromada" joins nothing."""
    rows = c.execute("SELECT series_id, alias FROM series_aliases").fetchall()
    qualified = set()
    for sid, alias in rows:
        short = min((name, alias), key=len)
        if len(short.split()) >= 3 and any(len(w) >= 2 and w.isupper() for w in short.split()) \
                and (shortens(name, alias) or shortens(alias, name)):
            return int(sid)
        if _qualified(name, alias) or _qualified(alias, name):
            qualified.add(int(sid))
        if _of_inverted(name, alias) or _of_inverted(alias, name):
            return int(sid)
    cores = [a for _, a in rows if _qualified(a, name)]  # "Board of Selectmen" for "Alderford Board of ..."
    if cores:  # a series already qualified by another town is that town's body, not this one's
        qualified = {q for q in qualified if not any(
            sid == q and fold(a) != fold(name) and _qualified(cores[0], a) for sid, a in rows)}
    return qualified.pop() if len(qualified) == 1 else None


OF_MIN_WORDS = 3  # "Board of X" / "X Board": a body's head noun and an organisation of at least two words


def _of_inverted(of_form: str, front_form: str) -> bool:
    """ "Board of Trustees of Millbrook Library District" and "Millbrook Library District Board of Trustees": English
    names a body either after its organisation or with the organisation in an "of" phrase (a possessive too,
    "Millbrook Library's Board"). The head must name a body and the organisation open with a proper name."""
    words = fold(of_form).split()
    cut = [i for i, w in enumerate(words) if w == "of" and i > 0]
    front = fold(front_form).replace("'s ", " ").split()
    for i in cut:
        head, org = words[:i], words[i + 1:]
        org = org[1:] if org[:1] == ["the"] else org
        if len(org) >= 2 and len(head) + len(org) >= OF_MIN_WORDS and front == org + head \
                and names_body(" ".join(of_form.split()[:i]), "en") and of_form.split()[-len(org)][:1].isupper():
            return True
    return False


AMPERSAND_WORDS = frozenset({"&", "and", "a", "und"})  # the sign and the conjunction it stands for


def _ampersand_spelt(c: sqlite3.Connection, name: str) -> int | None:
    """A body's name written with "&" in one set of minutes and with the conjunction in another ("Parks & Leisure
    Committee", "Parks and Leisure Committee"): headers and letterheads shorten "and" to the sign. One side must
    have the sign, so two names differing only by a conjunction stay apart."""
    key = _without_ampersand(name)
    for sid, alias in c.execute("SELECT series_id, alias FROM series_aliases").fetchall():
        if ("&" in name) != ("&" in alias) and len(key) >= 3 and _without_ampersand(alias) == key:
            return int(sid)
    return None


def _without_ampersand(name: str) -> tuple[str, ...]:
    return tuple(w for w in fold(name.replace("&", " & ")).split() if w not in AMPERSAND_WORDS)


def _qualified(short: str, full: str) -> bool:
    """ "Alderbrook Board of Selectmen" is "Board of Selectmen" with its town in front: the same body when the
    archive knows only one such (checked by the caller). The front words must be a proper name."""
    a, b = short.split(), full.split()
    front = b[:len(b) - len(a)]
    return len(a) >= 3 and bool(front) and [fold(w) for w in b[len(front):]] == [fold(w) for w in a] \
        and all(w[:1].isupper() or w in ("of", "the") for w in front) and front[0][:1].isupper()


# --- one name in another case form or with an abbreviation spelt out ---------------------------------------------

@cache
def _function_words() -> frozenset[str]:
    """Prepositions and conjunctions an initialism may leave out ("ORP" = "obce s rozšířenou působností")."""
    return frozenset(fold(w) for code in langdata.SUPPORTED for w in langdata.load(code, "series")["function_words"])


def _words(name: str) -> list[str]:
    return _WORD.findall(name)


def _initialism(word: str) -> bool:
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def _spells(letters: str, words: list[str], started: bool = False) -> list[int]:
    """How many of `words` an initialism may stand for: each letter opens a word, and a function word inside
    may be left out (ORP: Obce s Rozšířenou Působností). Returns every possible count."""
    if not letters:
        return [0]
    if not words:
        return []
    found = []
    if fold(words[0])[:1] == letters[0]:
        found += [1 + n for n in _spells(letters[1:], words[1:], True)]
    if started and fold(words[0]) in _function_words():
        found += [1 + n for n in _spells(letters, words[1:], True)]
    return found


def _match(a: list[str], b: list[str], lang: str) -> bool:
    """Word for word the same name: each word in any case form, or an initialism for the words it stands for."""
    if not a or not b:
        return not a and not b
    if stem(a[0], lang) == stem(b[0], lang) and _match(a[1:], b[1:], lang):
        return True
    for short, long_ in ((a, b), (b, a)):
        if _initialism(short[0]) and not _initialism(long_[0]) \
                and any(_match(short[1:], long_[n:], lang) for n in _spells(fold(short[0]), long_)):
            return True
    return False


def same_body_name(a: str, b: str, lang: str) -> bool:
    """ "Krizového štábu ORP Ždánov" and "Krizový štáb obce s rozšířenou působností Ždánov" name one body.

    A name of fewer than two words says too little ("Výbor", "Board") and matches only itself."""
    wa, wb = _cased(a), _cased(b)
    return min(len(wa), len(wb)) >= 2 and _match(wa, wb, lang)


SHORT_WORD = 5  # in a name written in one case, a word this short may be an initialism ("krizový štáb orp x")


def _cased(name: str) -> list[str]:
    """The name's words; in a name written all in capitals or in lower case after its first letter (a title
    taken as it was typed) a short word may be an initialism, as it would be in capitals in a name written as one."""
    words = _words(name)
    if name != name.upper() and not all(w.islower() for w in words[1:] if w.isalpha()):
        return words
    return [w.upper() if 2 <= len(w) <= SHORT_WORD else w for w in words]  # noqa: PLR2004


def _inflected_or_spelt_out(c: sqlite3.Connection, name: str, lang: str) -> int | None:
    found = {int(sid) for sid, alias in c.execute("SELECT series_id, alias FROM series_aliases").fetchall()
             if same_body_name(name, alias, lang)}
    return found.pop() if len(found) == 1 else None


def preferred_name(current: str, new: str, lang: str) -> str:
    """The name a series is shown by: the nominative ("Krizový štáb", not "Krizového štábu"), written as
    a name (not in capitals), naming a body rather than an event. In the inflecting languages the nominative
    is the shortest form of the same words, so among case forms of one name the shortest wins."""
    if not new or fold(new) == fold(current):
        return current
    def rank(name: str) -> tuple[int, int, int]:
        written = name != name.upper() and name != name.lower()
        return (not names_body(name, lang), not written, len(name))
    same_words = len(_words(new)) == len(_words(current)) and same_body_name(new, current, lang)
    if same_words or names_body(new, lang) and not names_body(current, lang):
        return min((current, new), key=rank)
    return current


@cache
def _body_stems(lang: str) -> frozenset[str]:
    data = langdata.load(lang, "series")
    words = [*data.get("body_types", ()), *data.get("head_nouns", {})]
    return frozenset(stem(w, lang) for phrase in words for w in phrase.split())


def names_body(name: str, lang: str) -> bool:
    """Whether the name holds a word for a body (committee, rada, board) rather than naming only an event."""
    return any(stem(w, lang) in _body_stems(lang) for w in _words(name))


# --- a meeting that continues the numbering of the only series in its folder -------------------------------------

def _continued_in_folder(c: sqlite3.Connection, record: MeetingRecord, name: str, path: str) -> int | None:
    """Archives keep one body per folder: a meeting whose minutes name the body otherwise than the others joins
    the only series of its folder when its name holds that series' name with words added after it (a joint
    meeting, "... Committee Meeting #3"), or when its number continues that series' numbering in date order and
    the two names do not name two different bodies (a kick-off meeting named by the event, the project's name
    in front of the committee's), or when its name names no body at all (the organisation or place of the
    letterhead, "St Mary's Church, Eastwick – PCC Meeting") while the series' does. A proper name in front
    ("Alderford Planning Board") is another town's body."""
    folder = str(Path(path).parent)
    rows = [r for r in c.execute("SELECT m.series_id, m.number, m.date, d.path FROM meetings m JOIN documents d"
                                 " ON d.id = m.document_id WHERE substr(d.path, 1, ?) = ?",
                                 (len(folder), folder)).fetchall() if str(Path(r[3]).parent) == folder]
    here = {int(r[0]) for r in rows}
    if len(here) != 1:
        return None
    sid, lang = here.pop(), record.language
    aliases = [r[0] for r in c.execute("SELECT alias FROM series_aliases WHERE series_id = ?", (sid,)).fetchall()]
    if any(_extends(name, alias, lang) or ties(name, alias, lang) for alias in aliases):
        return sid  # "... Committee Meeting #3"; a name shortened inside, a bare organ, an assembly's executive
    if _unnamed(name, path) or all(_unnamed(a, path) for a in aliases):
        return sid  # minutes that never named their body: the folder stood in for it (series_for)
    if not names_body(name, lang) and any(names_body(a, lang) for a in aliases):
        return sid  # the letterhead's organisation or place taken for the name ("St Mary's Church"): no other body
    numbered = [(int(r[1]), str(r[2])) for r in rows if int(r[0]) == sid and r[1] is not None and r[2]]
    m = record.meeting
    if m.number is None or not m.date or not numbered or not _continues(numbered, m.number, m.date):
        return None
    if not names_body(name, lang) or not any(names_body(a, lang) for a in aliases):
        return sid
    core = without_kind(name, lang)
    return sid if any(_within(a, n, lang) or _within(n, a, lang) for a in aliases for n in {name, core}) else None


@cache
def _kind_stems(lang: str) -> frozenset[str]:
    data = langdata.load(lang, "series")
    return frozenset(stem(w, lang) for phrase in data.get("sitting_kinds", ()) for w in phrase.split())


def without_kind(name: str, lang: str) -> str:
    """The body's name without the kind of sitting opening it ("Klasifikační pedagogická rada", "Special Board"):
    the kind qualifies one meeting, so one set of minutes writes it and the next leaves it out."""
    words = name.split()
    n = 0
    while n < len(words) - 1 and stem(words[n].strip(",.:;"), lang) in _kind_stems(lang):
        n += 1
    return " ".join(words[n:]) if n else name


def _unnamed(name: str, path: str) -> bool:
    """The folder's name standing in for a body its minutes did not name (series_for's fallback)."""
    return fold(name) == fold(Path(path).parent.name or "minutes")


def _within(short: str, full: str, lang: str) -> tuple[int, int] | None:
    """Where the words of `short` (two or more, naming a body) stand together in `full`, in any case form."""
    a, b = [stem(w, lang) for w in _words(short)], [stem(w, lang) for w in _words(full)]
    if len(a) < 2 or len(a) >= len(b) or not names_body(short, lang):
        return None
    return next(((i, i + len(a)) for i in range(len(b) - len(a) + 1) if b[i:i + len(a)] == a), None)


def _extends(name: str, alias: str, lang: str) -> bool:
    """ "And Steering Committee Meeting #3" holds "Steering Committee" with nothing but function words before."""
    where = _within(alias, name, lang)
    return where is not None and all(fold(w) in _function_words() for w in _words(name)[:where[0]])


def _continues(numbered: list[tuple[int, str]], number: int, date: str) -> bool:
    """Numbers grow with dates, none is repeated, and the nearest neighbour is within a few numbers."""
    if any(n == number for n, _ in numbered):
        return False
    if any((d < date) != (n < number) for n, d in numbered if d != date):
        return False
    return min(abs(n - number) for n, _ in numbered) <= NUMBER_GAP


_DATE_IN_NAME = re.compile(r"\b\d{1,2}\.\s*\d{1,2}\.?(?:\s*\d{4})?(?!\d)"
                           r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")


def _undated(name: str) -> str:
    """A body's name never contains the meeting's date: "Výbor 31. 3." and "Výbor 16. 6." are one series."""
    return _DATE_IN_NAME.sub(" ", name).strip(" ,.;:–-")


def _add_aliases(c: sqlite3.Connection, series_id: int, names: list[str]) -> None:
    for alias in names:
        c.execute("INSERT OR IGNORE INTO series_aliases(key, series_id, alias) VALUES (?, ?, ?)",
                  (fold(alias), series_id, alias))
