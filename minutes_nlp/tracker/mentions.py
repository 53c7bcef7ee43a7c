"""Find the later sentence that reports on an earlier item: shared rare content words, same owner, task number.

Keys (tracker/keys.py) are folded, stemmed and truncated content words; what an item is looked for by is a
Probe (tracker/probes.py: its own keys, its lead-in's, its owner's, its task number). Each key is weighted
by its specificity in the series (IDF over the series' sentences). Candidates come from an inverted index per
meeting, so only sentences sharing a rare key are scored: no pairwise scan.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from minutes_nlp.nlp.names import lexicon
from minutes_nlp.tracker.keys import (
    KEY_LEN,
    attendance,
    day_keys,
    frozen_keys,
    is_header_line,
    keys,
    label_keys,
    name_keys,
    when_keys,
)
from minutes_nlp.tracker.minute_refs import MinuteRef, cited, cited_topic, other_meeting, row_minute, same_minute
from minutes_nlp.tracker.numbers import listed_task_keys, register_of, task_key
from minutes_nlp.tracker.owners import OwnerPrefixes, same_owner, vetoes
from minutes_nlp.tracker.probes import Probe, naming_keys, owner_keys, probe
from minutes_nlp.tracker.stock import topic_words

__all__ = ["CONTEXT_WEIGHT", "KEY_LEN", "TASK_SCORE", "Mention", "MentionIndex", "Probe", "SentenceRef", "day_keys",
           "is_header_line", "keys", "label_keys", "naming_keys", "owner_keys", "probe", "task_key", "when_keys"]

CONTEXT_WEIGHT = 0.5  # keys only in an item's lead-in sentences (its paragraph) count half
CONTEXT_CAP = 10.0  # lead-in weight counted when the item itself has no content words ("Péťa se ho zeptá.")
OWNER_BONUS = 0.1  # the item's owner or asker named in the sentence
TASK_SCORE = 10.0  # the same task number: certain
ROW_MINUTE_KEYS = 2  # words of its own a log row citing the item's minute must share with it (a minute holds several)
MINUTE_BONUS = 0.3  # the entry cites the minute the item was recorded under (several items may share one)
SHORT_LINE = 4  # keys; a review line naming its task by a short name ("Návrh rozpočtu – splněno"): every word
# of the name counts, a stock noun too
LONG_SENTENCE = 18  # keys; longer sentences (attendance lists, tables) are scaled down by sqrt(LONG / n)
MAX_DF_SHARE = 0.5  # keys in more than this share of a series' sentences do not select candidates
CONTROL_ROW_CELLS = 5  # No. | Task | Owner | Due | Status: a task-control table's row


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
        self._registers: list[str | None] = []  # the register of a line's number ("Usnesení č.", "Úkol č.")
        self._listed: list[frozenset[str]] = []
        self._lang: list[str] = []
        self._cites: list[MinuteRef | None] = []  # the earlier meeting's paragraph a line cites (minute_refs.py)
        self._row_minute: list[str | None] = []  # the running minute a log row's first cell cites ("BC25/36")
        self.speakers: list[str | None] = []  # the owner a sentence explicitly speaks for (tracker/owners.py)
        self._reports: list[bool] = []  # ... in a report line of that owner ("[ ] Dmitri: ..."), not a new promise
        df: dict[str, int] = defaultdict(int)
        for s in self.sentences:
            lang = lang_of.get(s.meeting_index, "cs")
            self._lang.append(lang)
            self._cites.append(cited(s.text, lang))
            self._row_minute.append(row_minute(s.text, lang))
            self.speakers.append(prefixes.of_sentence(s.text, s.lead, lang))
            self._reports.append(bool(self.speakers[-1]) and prefixes.speaker(s.text, s.lead, lang) is not None)
            k = frozen_keys(s.text, lang)
            self._keys.append(k)
            self._lead.append(frozen_keys(s.lead, lang) - k if s.lead else frozenset())
            self._own_task.append(task_key(s.text, lang))
            self._listed.append(listed_task_keys(s.text, lang))  # "3/4 a 3/5 zajištění akce | splněno": both tasks
            self._tasks.append(self._own_task[-1] or task_key(s.lead, lang))
            self._registers.append(register_of(s.text if self._own_task[-1] else s.lead, lang))
            for key in k:
                df[key] += 1
        self._first_numbered: dict[str, int] = {}  # the meeting where a task number first appears
        self._cites_earlier: dict[int, bool] = {}  # cites_earlier_tasks per meeting, until the numbers change
        self._first_in_register: dict[tuple[str, str | None], int] = {}  # ... and in each register
        for s, number, register in zip(self.sentences, self._own_task, self._registers, strict=True):
            if number:
                self._first_numbered[number] = min(self._first_numbered.get(number, s.meeting_index),
                                                   s.meeting_index)
                self._note_register(number, register, s.meeting_index)
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
            lang = lang_of.get(s.meeting_index, "cs")
            if is_header_line(s.text, lang) or (s.lead and is_header_line(s.lead, lang)) or attendance(s.text, lang):
                continue  # an attendance list, also its part after a split at "DiS." or in prose: names, no news
            for key in k | self._lead[i]:
                self._postings[(s.meeting_index, key)].append(i)
            if self._tasks[i]:
                self._postings[(s.meeting_index, "#" + str(self._tasks[i]))].append(i)
            for more in self._listed[i]:
                self._postings[(s.meeting_index, "#" + more)].append(i)

    def number_sentences(self, numbered: Iterable[tuple[int, int | None, int | None, str]]) -> None:
        """Sentences that hold a numbered item (meeting, block, start, task key) are about that task: a resolution
        "ZO pověřuje starostu podpisem smlouvy" numbered 4/6/2021 by the line after it reports on nothing else."""
        self._cites_earlier.clear()
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
                self._note_register(found[0], self._registers[i], s.meeting_index)

    def _note_register(self, number: str, register: str | None, meeting_index: int) -> None:
        key = (number, register)
        self._first_in_register[key] = min(self._first_in_register.get(key, meeting_index), meeting_index)

    def _earliest(self, number: str, register: str | None, meeting_index: int) -> int:
        """The first meeting giving this number in a register this one may be ("Úkol č. 1/2024" is no earlier
        number of "Usnesení č. VH 1/2024"; an unlabelled "1/2024" may be either)."""
        if register is None:
            return self._first_numbered.get(number, meeting_index)
        return min(self._first_in_register.get((number, register), meeting_index),
                   self._first_in_register.get((number, None), meeting_index))

    def cites_earlier_tasks(self, meeting_index: int) -> bool:
        """Whether a meeting names any task by a number an earlier meeting gave it: a series that checks its tasks
        by number. Where a meeting reports only in prose ("Úkol je tím splněn."), numbered tasks are found by
        their words like any other. Asked for every open item in every meeting: answered once per meeting."""
        if meeting_index not in self._cites_earlier:
            self._cites_earlier[meeting_index] = self._cites_earlier_now(meeting_index)
        return self._cites_earlier[meeting_index]

    def _cites_earlier_now(self, meeting_index: int) -> bool:
        return any(self._earliest(str(key), register, meeting_index) < meeting_index
                   for s, key, register in zip(self.sentences, self._tasks, self._registers, strict=True)
                   if key and s.meeting_index == meeting_index)

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
        own = math.fsum(self.weight(k) for k in p.own)  # fsum: exact, so no set's iteration order (which
        # differs between processes) moves a score across a threshold
        return own + CONTEXT_WEIGHT * min(math.fsum(self.weight(k) for k in p.context), own or CONTEXT_CAP)

    def score(self, p: Probe, i: int, total: float | None = None,
              looked: frozenset[str] | None = None) -> tuple[float, tuple[str, ...]]:
        """Share of the item's specific content the sentence repeats (0..1), plus owner and task evidence.
        `total` and `looked` (the probe's own and context keys) may be passed in when scoring many sentences."""
        same_register = not (p.register and self._registers[i] and p.register != self._registers[i])
        if p.task and (p.task == self._tasks[i] or p.task in self._listed[i]) and same_register:
            return TASK_SCORE, ("#" + p.task,)
        if self._own_task[i] and self._own_task[i] != p.minute and not self._numbered_now(p, i):
            return 0.0, ()  # a line naming numbered task 5/2021 is about that task (or minute), not another item
        if p.rivals and self._other_speaker(p, i):
            return 0.0, ()  # "[x] Priya: ..." reports on Priya's work, whatever words it shares
        if self._other_minute(p, i) or p.minute and self._row_minute[i] not in (None, p.minute):
            return 0.0, ()  # "8.2 (14 November) ... Complete." reports on that paragraph, not on 9.2; a log row
            # citing minute BC25/38 reports on an action of that minute, not of BC25/36
        sent, lead = self._keys[i], self._lead[i]
        total = self._total(p) if total is None else total
        if total <= 0:
            return 0.0, ()
        shared = [k for k in (p.own | p.context if looked is None else looked) if k in sent or k in lead]
        idf, unseen = self.idf, self._default_idf  # self.weight inlined: this runs for every candidate sentence
        got = math.fsum(idf.get(k, unseen) * (1.0 if k in p.own else CONTEXT_WEIGHT) * (1.0 if k in sent else 0.5)
                        for k in shared)
        value = got / total * min(1.0, math.sqrt(LONG_SENTENCE / max(len(sent), 1)))
        if p.owner and self._names_owner(p, sent | lead, self._lang[i]):
            value += OWNER_BONUS
        elif p.owner and p.rivals and self.owners & (sent | lead):
            value -= OWNER_BONUS  # someone else's report
        if shared and self.cites_minute(p, i):
            value += MINUTE_BONUS
        return value, tuple(sorted(shared))

    def cites_minute(self, p: Probe, i: int) -> bool:
        """An action log's entry opens with the reference of the minute the action was recorded under ("QSC 24/129
        (falls review): ... Closed.", "Minute 45/23 – complete"): it reports on that minute's actions. Several
        actions may share a minute, so the citation adds to the words the entry shares with the item and spares
        it the test for chance; it never links on its own. A log table's row names its action in a cell of its
        own ("23/004 | Clerk to chase Highways | Done"): its words decide which of the minute's actions it is."""
        s = self.sentences[i]
        if p.minute and p.origin is not None and s.meeting_index > p.origin and self._row_minute[i] == p.minute:
            cells = s.text.split("\t")[1:-1]  # the row's own words (not its status cell) name which action it is
            return len(p.own & frozen_keys("\t".join(cells), self._lang[i])) >= ROW_MINUTE_KEYS
        return bool(p.minute and p.origin is not None and self._tasks[i] == p.minute
                    and s.meeting_index > p.origin and "\t" not in s.text and self._topic_fits(p, i))

    def _topic_fits(self, p: Probe, i: int) -> bool:
        """The entry's own topic after the citation ("Min. No. 13/2025 (SHA registration): ...") names which of the
        minute's actions it is about: one sharing none of its words with the item is about another action."""
        topic = cited_topic(self.sentences[i].text, self._lang[i])
        return topic is None or bool(keys(topic, self._lang[i]) & (p.own | p.context))

    def found(self, p: Probe, meeting_index: int, threshold: float, min_shared: float) -> list[Mention]:
        """The sentences of one meeting that pass the threshold, best first."""
        out, total, looked = [], self._total(p), p.own | p.context
        for i in self._candidates(p, meeting_index):
            value, shared = self.score(p, i, total, looked)
            if value >= threshold and (value >= TASK_SCORE or self.cites_minute(p, i)
                                       or self._not_chance(p, i, shared, min_shared)):
                own_line = self._reports[i] and not self._other_speaker(p, i)
                out.append(Mention(self.sentences[i], value, shared, own_line))
        return sorted(out, key=lambda m: (-m.score, m.sentence.start or 0))

    def _not_chance(self, p: Probe, i: int, shared: tuple[str, ...], min_shared: float) -> bool:
        """Specific shared words besides the deadline's ("do konce"), and not one lead-in word alone (chance);
        asked only of sentences that pass the threshold."""
        lang = self._lang[i]  # genre stock words ("report", "zpráva") are no topic evidence on their own,
        what = tuple(k for k in shared if k not in when_keys(lang, meeting=True))  # except in a review line
        what = what if len(self._keys[i]) <= SHORT_LINE else topic_words(what, lang)  # ("Návrh rozpočtu – splněno")
        return self._specific(p, what, min_shared) and (len(what) > 1 or bool(p.own & set(what)))

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
        lang = self._lang[i]
        if len((speaker or "").split()) > 1 and self._names_owner_in_body(p, i, speaker or "", lang):
            return False  # "Water utility: a written reply from Mr Whelan was circulated": a topic label
        return not (frozen_keys(speaker or "", lang) & (p.owner - frozen_keys(p.owner_name or "", lang)))

    def _names_owner_in_body(self, p: Probe, i: int, speaker: str, lang: str) -> bool:
        """The sentence names the item's owner by surname after its label: the label is the matter, not a speaker
        (a person's own report line, "Tom R.: waiting on Tom K.", names its speaker first: one word or two)."""
        surname = (p.owner_name or "").split()[-1:] if p.owner_name else []
        body = self.sentences[i].text.split(":", 1)[-1]
        return bool(surname) and not body.strip().startswith(surname[0]) and \
            bool(name_keys(surname[0], lang) & frozen_keys(body, lang)) and not _first_named(speaker, lang)

    @staticmethod
    def _names_owner(p: Probe, words: frozenset[str], lang: str) -> bool:
        """The owner's name, or all of the office it is named by: "academic representation" is not the Academic
        Registrar."""
        named = name_keys(p.owner_name, lang)
        office = p.owner - named
        return bool(named & words) or bool(office and office <= words)

    def _other_minute(self, p: Probe, i: int) -> bool:
        ref = self._cites[i]
        if ref is None or p.origin is None:
            return False
        if other_meeting(ref, self.dates.get(p.origin)):
            return True
        if p.paragraph is None:
            return False
        at = self.sentences[i].meeting_index
        return not same_minute(ref, p.paragraph, p.origin, self.dates.get(p.origin), at)

    def _specific(self, p: Probe, shared: tuple[str, ...], min_idf: float) -> bool:
        """Two shared content words, or one rare enough to name the thing on its own ("NÚKIB", "pyquillwort")."""
        named = [g for g in p.names if len(g.intersection(shared)) > 1]
        things = len(shared) - sum(len(g.intersection(shared)) - 1 for g in named)
        if things == 1 and named:
            return False  # only a name the item mentions ("... to faculties and to the Students' Union"): chance
        return things >= 2 or any(self.weight(k) >= min_idf for k in shared)

    def first_numbered(self, key: str) -> int | None:
        """The meeting where a task number first appears in the series' text."""
        return self._first_numbered.get(key)

    def in_meeting(self, meeting_index: int) -> list[SentenceRef]:
        return self._by_meeting.get(meeting_index, [])

    def keys_of(self, i: int) -> frozenset[str]:
        return self._keys[i]

    def spoken_by(self, meeting_index: int, owner: str, lang: str) -> list[int]:
        """The sentences of one meeting that speak explicitly for this owner ("[ ] Dmitri: ...")."""
        by_speaker = self._spoken.get(meeting_index, {})
        return [i for name, found in by_speaker.items() if same_owner(name, owner, lang) for i in found]


def _first_named(name: str, lang: str) -> bool:
    """A label holding a first name ("Daniel Reeve:", "Anna:") names a person speaking, not a matter."""
    lex = lexicon(lang)
    return any(lex.first_name(w.strip(".,:")) for w in name.split())
