"""Find the later sentence that reports on an earlier item: shared rare content words, same owner, task number.

Keys are folded, stemmed and truncated content words (Czech inflection and derivation mostly change the
end of a word: "spuštěna"/"spuštění", "rozešle"/"rozeslán"), stop words come from spaCy's language data,
and each key is weighted by its specificity in the series (IDF over the series' sentences). Candidates come
from an inverted index per meeting, so only sentences sharing a rare key are scored: no pairwise scan.
"""

from __future__ import annotations

import importlib.util
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from minutes_nlp import lang as langdata
from minutes_nlp.nlp.stem import stem
from minutes_nlp.textutil import fold
from minutes_nlp.tracker.minute_refs import NUMERIC_DAY as _DATE
from minutes_nlp.tracker.minute_refs import MinuteRef, cited, paragraph_of, same_minute
from minutes_nlp.tracker.numbers import SHORT as SHORT_TASK
from minutes_nlp.tracker.numbers import TASK as _TASK
from minutes_nlp.tracker.numbers import task_key
from minutes_nlp.tracker.owners import OwnerPrefixes, reference_words, same_owner, vetoes
from minutes_nlp.tracker.promise import promise_clause

KEY_LEN = 5  # a key is the first letters of a stem: enough to tell words apart, short enough for derivations
CONTEXT_WEIGHT = 0.5  # keys only in an item's lead-in sentences (its paragraph) count half
CONTEXT_CAP = 10.0  # lead-in weight counted when the item itself has no content words ("Péťa se ho zeptá.")
OWNER_BONUS = 0.1  # the item's owner or asker named in the sentence
TASK_SCORE = 10.0  # the same task number: certain
LONG_SENTENCE = 18  # keys; longer sentences (attendance lists, tables) are scaled down by sqrt(LONG / n)
MAX_DF_SHARE = 0.5  # keys in more than this share of a series' sentences do not select candidates
CONTROL_ROW_CELLS = 5  # No. | Task | Owner | Due | Status: a task-control table's row

_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_TOKEN = re.compile(r"\w+(?:[./-]\w+)*")


@dataclass(frozen=True)
class SentenceRef:
    """One sentence of a later meeting with its provenance (block, page, char span in the document text)."""

    meeting_index: int
    meeting_id: int
    text: str
    block: int | None = None
    page: int | None = None
    start: int | None = None
    end: int | None = None
    lead: str = ""  # the first sentence of the same block when this is not it ("Marek: CI migration.")
    block_text: str = ""


@dataclass(frozen=True)
class Mention:
    sentence: SentenceRef
    score: float
    shared: tuple[str, ...]
    own_line: bool = False  # the sentence speaks explicitly for the item's owner ("[ ] Dmitri: ...")


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
    return frozenset(fold(w) for w in module.STOP_WORDS) | _title_words(code)


def _title_words(lang: str) -> frozenset[str]:
    """Academic titles and honorifics ("Cllr", "Ing.", "Mgr."): they go with any name, they name no topic."""
    titles = langdata.load(lang, "titles")
    words = [*titles.get("degrees_before", ()), *titles.get("degrees_after", ()), *titles.get("honorifics", ())]
    return frozenset(fold(w).strip(".") for w in words if " " not in w.strip())


def keys(text: str, lang: str) -> set[str]:
    """Content keys of a text: no stop words, no bare numbers, acronyms kept ("CI", "NPO"), dates as "@d.m"."""
    stop = _stop_words(lang)
    out = set()
    for tok in _TOKEN.findall(text):
        low = fold(tok[:-1] if _ACRONYM_PLURAL.fullmatch(tok) else tok)  # "HGVs", "MPs": the acronym
        if low in stop or low.isdigit() or _TASK.fullmatch(tok) or SHORT_TASK.fullmatch(tok):
            continue
        if "." in low and not (any(ch.isdigit() for ch in low) or len(low) >= 6):
            continue  # "p.m.", "a.s.": abbreviations, not content
        if len(low) < 3 and not (tok.isupper() and len(tok) >= 2):
            continue
        out.add(stem(low, lang)[:KEY_LEN] if "." not in low else low)
    out.update(f"@{int(d)}.{int(m)}" for d, m in _DATE.findall(text) if 0 < int(m) <= 12)
    return out


_HEADER_FIELDS = ("attendees", "absent", "guests", "recorder", "approver", "verifiers", "place", "attachments",
                  "date", "time", "chair")


@cache
def _header_line(lang: str) -> re.Pattern[str]:
    fields = langdata.load(lang if lang in langdata.SUPPORTED else "en", "metadata_labels")["fields"]
    labels = sorted({fold(label) for f in _HEADER_FIELDS for label in fields.get(f, ())}, key=len, reverse=True)
    phrases = [x for x in labels if x.endswith(" by")]  # "minutes taken by X" needs no colon
    return re.compile(r"[*#\s]*(?:(?:" + "|".join(re.escape(x) for x in labels) + r")[*\s]*[:\t]"
                      + "".join(f"|{re.escape(x)}\\s" for x in phrases) + ")")


def is_header_line(text: str, lang: str) -> bool:
    """ "Přítomni: ...", "Apologies: ...": a list of names, not a report on anything."""
    head = text[:60]
    if "\t" in text and fold(text.rsplit("\t", 1)[1]).strip(" .") in _attendance_words(lang):
        return True  # an attendance table row: "Ms Priya Nandakumar | Student member | Present"
    if "\t" in head:  # a header table row: label cell, value cell
        head = head.split("\t", 1)[0] + ":"
    return _header_line(lang).match(fold(head)) is not None


@cache
def _attendance_words(lang: str) -> frozenset[str]:
    fields = langdata.load(lang if lang in langdata.SUPPORTED else "en", "metadata_labels")["fields"]
    return frozenset(fold(w) for f in ("attendees", "absent") for w in fields.get(f, ()))


@lru_cache(maxsize=10_000)
def _name_keys(name: str | None, lang: str) -> frozenset[str]:
    return frozenset(keys(name or "", lang))


@dataclass(frozen=True)
class Probe:
    """What is looked for: an item's own keys, its lead-in keys, its owner's name keys and its task number."""

    own: frozenset[str]
    context: frozenset[str]
    owner: frozenset[str]
    task: str | None
    rivals: bool = True  # another owner named instead of this one speaks against the match (not for questions)
    owner_name: str | None = None  # as written: a sentence speaking explicitly for someone else is vetoed
    minute: str | None = None  # the numbered minute of the item ("23/5"): a review line citing it may report on it
    paragraph: str | None = None  # the numbered paragraph it was recorded in ("8.2"), in meeting `origin`
    origin: int | None = None
    names: tuple[frozenset[str], ...] = ()  # keys of one multiword name ("Students' Union"): one thing, not two


@cache
def when_keys(lang: str, meeting: bool = False) -> frozenset[str]:
    """Keys of deadline words ("by the end of January", with `meeting` also "do příští schůzky"): when, not what;
    a later sentence naming January is not about the work due in January."""
    dates = langdata.load(lang if lang in langdata.SUPPORTED else "en", "dates")
    phrases = [*(dates["next_meeting"] if meeting else ()), *dates["end_of"],
               *(w for forms in dates["months"].values() for w in forms),
               *(w for periods in dates["relative_periods"].values() for forms in periods.values() for w in forms)]
    return frozenset(k for w in phrases for k in keys(w, lang))


SHORT_DAY_KEY = 3


@cache
def day_keys(lang: str) -> frozenset[str]:
    """Keys of weekday and holiday names ("v sobotu", "do Velikonoc", "before Christmas"): a day, not work."""
    dates = langdata.load(lang if lang in langdata.SUPPORTED else "en", "dates")
    words = [*dates.get("weekdays", ()),
             *(w for h in dates.get("holidays", {}).values() if isinstance(h, dict) for w in h.get("forms", ()))]
    # "Nový rok": "rok" names no day; a stem this short ("let" of "léto") is also another word's ("letos")
    return frozenset(k for w in words if " " not in w for k in keys(w, lang) if len(k) > SHORT_DAY_KEY)


@cache
def label_keys(lang: str) -> frozenset[str]:
    """Keys of the labels of action lines ("Action:", "Úkol:", "Zodpovídá:"): form, not content."""
    data = langdata.load(lang if lang in langdata.SUPPORTED else "en", "action_cues")
    words = [*data.get("task_labels", ()), *data.get("owner_labels", ())]
    return frozenset(k for w in words if len(w) > 3 for k in keys(w, lang))


def owner_keys(text: str, lang: str, owner: str | None) -> frozenset[str]:
    """The keys by which an action names its owner: the name, and the office and title it is written with."""
    named = frozenset(keys(owner or "", lang))
    naming = " ".join(reference_words(text, lang, lambda w: bool(keys(w, lang) & named))) if owner else ""
    return named | keys(naming, lang) | (keys(" ".join(_who_cells(text)), lang) if owner else set())


WHO_CELL = 4  # words: a table cell this short, all capitalised ("Academic Registrar", "JF"), names who


def _who_cells(text: str) -> list[str]:
    """The lead and owner cells of an action table's row ("9.2 | Publish ... | Academic Registrar | By 31 Dec")."""
    cells = [c.strip() for c in text.split("\t")[1:]] if "\t" in text else []
    return [c for c in cells if c and len(c.split()) <= WHO_CELL
            and all(w[:1].isupper() or not w[:1].isalpha() for w in c.split() if w not in ("of", "and", "&"))
            and not any(ch.isdigit() for ch in c)]


def naming_keys(text: str, lang: str, owner: str | None) -> frozenset[str]:
    """What in an action says who does it, not what: its owner's name, office and title, its labels."""
    return owner_keys(text, lang, owner) | label_keys(lang)


def probe(text: str, lang: str, context: str = "", owner: str | None = None, task: str | None = None,
          rivals: bool = True, minute: str | None = None, origin: int | None = None) -> Probe:
    """Who is looked for apart from what: a later "the Clerk presented ..." names the owner, not the work."""
    promise, around = promise_clause(text, lang)
    who = owner_keys(text, lang, owner) | (_acronym_subject(promise, lang) if owner else frozenset())
    naming = who | label_keys(lang)
    paragraph = paragraph_of(text) or paragraph_of(context)
    naming |= {paragraph} if paragraph else set()  # its own paragraph number is where, not what
    own = frozenset(keys(promise, lang)) - naming
    ctx = frozenset(keys(f"{context} {around}", lang)) - own - naming
    names = tuple(g for g in (frozenset(keys(n, lang)) - naming for n in _name_runs(f"{context} {text}")) if len(g) > 1)
    return Probe(own, ctx, who, task_key(task) or task_key(text), rivals, owner, task_key(minute), paragraph, origin,
                 names)


_ACRONYM_SUBJECT = re.compile(r"\W*([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2,5})\s+[a-záčďéěíňóřšťúůýž]")


def _acronym_subject(promise: str, lang: str) -> frozenset[str]:
    """ "AD odpoví ...", "TDS prověří ...", "DPW will ...": an office's acronym opening the promise is its owner
    (resolved to the person holding it), not what is promised."""
    m = _ACRONYM_SUBJECT.match(promise)
    return frozenset(keys(m.group(1), lang)) if m else frozenset()


_NAME_RUN = re.compile(r"(?<=\S )(?:[A-Z][\w'’&.-]*\s+(?:(?:of|and|&|a|pro)\s+)?){1,5}[A-Z][\w'’.-]*")


def _name_runs(text: str) -> list[str]:
    """Runs of capitalised words inside sentences ("Students' Union", "Harlow & Vane Bank plc" less "plc")."""
    return _NAME_RUN.findall(text)


class MentionIndex:
    """Sentences of the later meetings of one series, indexed by key per meeting."""

    def __init__(self, sentences: Sequence[SentenceRef], lang_of: dict[int, str],
                 owners: Iterable[str] = (), dates: dict[int, str | None] | None = None) -> None:
        self.sentences = list(sentences)
        self.dates = dates or {}
        owners = [o for o in owners if o]
        self.owners = frozenset(k for o in owners for k in keys(o, lang_of.get(0, "cs")))
        prefixes = OwnerPrefixes(owners)
        self._keys: list[frozenset[str]] = []
        self._lead: list[frozenset[str]] = []
        self._tasks: list[str | None] = []
        self._own_task: list[str | None] = []
        self._lang: list[str] = []
        self._cites: list[MinuteRef | None] = []  # the earlier meeting's paragraph a line cites (minute_refs.py)
        self.speakers: list[str | None] = []  # the owner a sentence explicitly speaks for (tracker/owners.py)
        self._reports: list[bool] = []  # ... in a report line of that owner ("[ ] Dmitri: ..."), not a new promise
        df: dict[str, int] = defaultdict(int)
        for s in self.sentences:
            lang = lang_of.get(s.meeting_index, "cs")
            self._lang.append(lang)
            self._cites.append(cited(s.text, lang))
            self.speakers.append(prefixes.of_sentence(s.text, s.lead, lang))
            self._reports.append(bool(self.speakers[-1]) and prefixes.speaker(s.text, s.lead, lang) is not None)
            k = frozenset(keys(s.text, lang))
            self._keys.append(k)
            self._lead.append(frozenset(keys(s.lead, lang)) - k if s.lead else frozenset())
            self._own_task.append(task_key(s.text))
            self._tasks.append(self._own_task[-1] or task_key(s.lead))
            for key in k:
                df[key] += 1
        self._first_numbered: dict[str, int] = {}  # the meeting where a task number first appears
        for s, number in zip(self.sentences, self._own_task, strict=True):
            if number:
                self._first_numbered[number] = min(self._first_numbered.get(number, s.meeting_index),
                                                   s.meeting_index)
        n = max(len(self.sentences), 1)
        self.idf = {k: math.log((n + 1) / (v + 0.5)) for k, v in df.items()}
        self._common = {k for k, v in df.items() if n >= 20 and v > MAX_DF_SHARE * n}
        self._default_idf = math.log((n + 1) / 0.5)
        self._by_meeting: dict[int, list[SentenceRef]] = defaultdict(list)
        for s in self.sentences:
            self._by_meeting[s.meeting_index].append(s)
        self._spoken: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self._postings: dict[tuple[int, str], list[int]] = defaultdict(list)
        for i, (s, k) in enumerate(zip(self.sentences, self._keys, strict=True)):
            if self.speakers[i]:
                self._spoken[s.meeting_index][str(self.speakers[i])].append(i)
            if is_header_line(s.text, lang_of.get(s.meeting_index, "cs")):
                continue
            for key in k | self._lead[i]:
                self._postings[(s.meeting_index, key)].append(i)
            if self._tasks[i]:
                self._postings[(s.meeting_index, "#" + str(self._tasks[i]))].append(i)

    def number_sentences(self, numbered: Iterable[tuple[int, int | None, int | None, str]]) -> None:
        """Sentences that hold a numbered item (meeting, block, start, task key) are about that task: a resolution
        "ZO pověřuje starostu podpisem smlouvy" numbered 4/6/2021 by the line after it reports on nothing else."""
        where: dict[tuple[int, int | None], list[tuple[int, str]]] = defaultdict(list)
        for m, b, start, key in numbered:
            where[(m, b)].append((start or 0, key))
        for i, s in enumerate(self.sentences):
            found = [k for at, k in where.get((s.meeting_index, s.block), ())
                     if s.start is not None and s.end is not None and s.start <= at < s.end]
            if found and not self._own_task[i]:
                self._own_task[i] = self._tasks[i] = found[0]
                self._first_numbered[found[0]] = min(self._first_numbered.get(found[0], s.meeting_index),
                                                     s.meeting_index)
                self._postings[(s.meeting_index, "#" + found[0])].append(i)

    def weight(self, key: str) -> float:
        return self.idf.get(key, self._default_idf)

    def _candidates(self, p: Probe, meeting_index: int) -> set[int]:
        found: set[int] = set()
        for key in p.own | p.context:
            if key not in self._common:
                found.update(self._postings.get((meeting_index, key), ()))
        if p.task:
            found.update(self._postings.get((meeting_index, "#" + p.task), ()))
        return found

    def _total(self, p: Probe) -> float:
        """The item's own words count fully; its lead-in may add at most as much again (long paragraphs)."""
        own = sum(self.weight(k) for k in p.own)
        return own + CONTEXT_WEIGHT * min(sum(self.weight(k) for k in p.context), own or CONTEXT_CAP)

    def score(self, p: Probe, i: int, total: float | None = None) -> tuple[float, tuple[str, ...]]:
        """Share of the item's specific content the sentence repeats (0..1), plus owner and task evidence."""
        if p.task and p.task == self._tasks[i]:
            return TASK_SCORE, ("#" + p.task,)
        if self._own_task[i] and self._own_task[i] != p.minute and not self._numbered_now(p, i):
            return 0.0, ()  # a line naming numbered task 5/2021 is about that task (or minute), not another item
        if p.rivals and self._other_speaker(p, i):
            return 0.0, ()  # "[x] Priya: ..." reports on Priya's work, whatever words it shares
        if self._other_minute(p, i):
            return 0.0, ()  # "8.2 (14 November) ... Complete." reports on that paragraph, not on 9.2
        sent, lead = self._keys[i], self._lead[i]
        total = self._total(p) if total is None else total
        if total <= 0:
            return 0.0, ()
        shared = [k for k in p.own | p.context if k in sent or k in lead]
        got = sum(self.weight(k) * (1.0 if k in p.own else CONTEXT_WEIGHT) * (1.0 if k in sent else 0.5)
                  for k in shared)
        value = got / total * min(1.0, math.sqrt(LONG_SENTENCE / max(len(sent), 1)))
        if p.owner and self._names_owner(p, sent | lead, self._lang[i]):
            value += OWNER_BONUS
        elif p.owner and p.rivals and self.owners & (sent | lead):
            value -= OWNER_BONUS  # someone else's report
        return value, tuple(sorted(shared))

    def found(self, p: Probe, meeting_index: int, threshold: float, min_shared: float) -> list[Mention]:
        """The sentences of one meeting that pass the threshold, best first."""
        out, total = [], self._total(p)
        for i in self._candidates(p, meeting_index):
            value, shared = self.score(p, i, total)
            what = tuple(k for k in shared if k not in when_keys(self._lang[i], meeting=True))  # not "do konce"
            if value >= threshold and (value >= TASK_SCORE or self._specific(p, what, min_shared)
                                       and (len(what) > 1 or bool(p.own & set(what)))):  # one lead-in word: chance
                own_line = self._reports[i] and not self._other_speaker(p, i)
                out.append(Mention(self.sentences[i], value, shared, own_line))
        return sorted(out, key=lambda m: (-m.score, m.sentence.start or 0))

    def _numbered_now(self, p: Probe, i: int) -> bool:
        """A task-control table's row under a number the series has not used before ("7/3 | Povolení kácení dvou
        lip | investor | 31. 5. 2025 | zrušeno"): the table numbers the last meeting's tasks, written there as
        sentences, when it first checks them; such a row is about whichever unnumbered task it repeats."""
        s, key = self.sentences[i], self._own_task[i]
        return (p.task is None and key is not None and self._first_numbered.get(key) == s.meeting_index
                and s.text.count("\t") >= CONTROL_ROW_CELLS - 1)

    def _other_speaker(self, p: Probe, i: int) -> bool:
        """The sentence speaks for someone else: by name, and not by the office the item names its owner with
        ("Ředitelka ZŠ zaslala ..." for "Ředitelka přislíbila ..." owned by the head teacher by name)."""
        speaker = self.speakers[i]
        if not vetoes(speaker, p.owner_name, self._lang[i]):
            return False
        return not (keys(speaker or "", self._lang[i]) & (p.owner - keys(p.owner_name or "", self._lang[i])))

    @staticmethod
    def _names_owner(p: Probe, words: frozenset[str], lang: str) -> bool:
        """The owner's name, or all of the office it is named by: "academic representation" is not the Academic
        Registrar."""
        named = _name_keys(p.owner_name, lang)
        office = p.owner - named
        return bool(named & words) or bool(office and office <= words)

    def _other_minute(self, p: Probe, i: int) -> bool:
        ref = self._cites[i]
        if ref is None or p.paragraph is None or p.origin is None:
            return False
        at = self.sentences[i].meeting_index
        return not same_minute(ref, p.paragraph, p.origin, self.dates.get(p.origin), at)

    def _specific(self, p: Probe, shared: tuple[str, ...], min_idf: float) -> bool:
        """Two shared content words, or one rare enough to name the thing on its own ("NÚKIB", "pyquillwort")."""
        things = len(shared) - sum(len(g.intersection(shared)) - 1 for g in p.names if len(g.intersection(shared)) > 1)
        return things >= 2 or any(self.weight(k) >= min_idf for k in shared)

    def in_meeting(self, meeting_index: int) -> list[SentenceRef]:
        return self._by_meeting.get(meeting_index, [])

    def keys_of(self, i: int) -> frozenset[str]:
        return self._keys[i]

    def spoken_by(self, meeting_index: int, owner: str, lang: str) -> list[int]:
        """The sentences of one meeting that speak explicitly for this owner ("[ ] Dmitri: ...")."""
        by_speaker = self._spoken.get(meeting_index, {})
        return [i for name, found in by_speaker.items() if same_owner(name, owner, lang) for i in found]
