"""What kind of line a later sentence is, apart from what it says: an action log's row with a status column,
a row of another owner's action, the minutes' own title.

Document conventions the narrative pass (follow.py) asks about before it believes a mention: a log's status
cell speaks for its row ("Complete. ... no further action" is done), a row names its owner in a cell, and the
title line ("MINUTES OF A MEETING OF THE BOARD ... held at ...") names the body, not news. A report item
whose line the store passed no sentence for is a line too (report_sentences).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.nlp.names import lexicon
from minutes_nlp.textutil import fold
from minutes_nlp.tracker import cues
from minutes_nlp.tracker.acronyms import acronym_keys
from minutes_nlp.tracker.mentions import TASK_SCORE, Mention, MentionIndex, SentenceRef, keys, when_keys
from minutes_nlp.tracker.model import (
    ItemState,
    MeetingSlot,
    TrackedItem,
    leading_status,
    log_status_cell,
    normalise_status,
)
from minutes_nlp.tracker.owners import same_owner

STATUS_COLUMN = 5  # Ref | Action | Owner | Due | Status: a log's fifth cell is its status, however worded


def status_cell(text: str, lang: str) -> str | None:
    """An action log's row ("FGB/23/21 | Three quotes | SBM | Before summer term | Complete – third quote
    received") reports in its last cell, whatever the row's other words say: by the status word the cell opens
    with, else (or after a bare "Closed") by its cues."""
    if "\t" not in text:
        return None
    cell = log_status_cell(text)
    lead = leading_status(cell)
    if lead and not cues.closes_only(lead[0], lang):
        return "carried_over" if lead[1] == "postponed" else lead[1]
    if not lead and text.count("\t") < STATUS_COLUMN - 1:
        return None  # "3/7/2021 | oprava MK | smlouva podepsána ..., práce zahájeny – trvá": news, not a status column
    if not lead and (last := closing_cell_word(cell, lang)):
        return last
    found = cues.classify(cell, lang, default=None) if cell else None
    return found or (lead[1] if lead else None)


_CELL_PARTS = re.compile(r"[.,;]\s+|\s[–-]\s")


def closing_cell_word(cell: str, lang: str) -> str | None:
    """A status cell telling the news first and the state last, in a word of its own ("One booked, one to go.
    Open", "Draft circulated, open", "Objednáno, dodání v červnu – trvá"): the closing word is the state, the news
    before it (a booking, a draft) the progress. A closing "Closed" says closed, not how: the news then decides."""
    parts = [p.strip(" .") for p in _CELL_PARTS.split(cell.strip()) if p.strip(" .")]
    lead = leading_status(parts[-1]) if len(parts) > 1 else None
    if not lead or fold(parts[-1]) != lead[0] or cues.closes_only(lead[0], lang):
        return None
    return "carried_over" if lead[1] in ("postponed", "open") else lead[1]


def status_line(text: str, lang: str) -> str | None:
    """A review line that opens with its status ("nesplněno – nový termín 12. 5.: pracovní skupina k SRK (MM) –
    jednání 27. 4. zrušeno pro nízkou účast"): like a status cell, the opening word is the task's state; what the
    rest says (a meeting called off) is the reason."""
    lead = leading_status(text)
    if not lead or cues.closes_only(lead[0], lang) or _decision_label(lang).match(fold(text)):
        return None  # "RESOLVED: the group asks ...": the label of a decision, no state of a task
    rest = fold(text).lstrip(" *-–•([")[len(lead[0]):].lstrip()
    if lead[1] == "done" and _qualifiers(lang, "partial_qualifiers").match(rest.lstrip(" ,")):
        return "carried_over"  # "splněno částečně", "complete except for the signage": still running
    if rest and rest[0] not in _STATUS_SEPARATORS and not _qualifiers(lang, "status_qualifiers").match(rest):
        return None  # "Resolved that the council ...", "Open space strategy ...": a sentence, not a status
    return "carried_over" if lead[1] == "postponed" else lead[1]


_STATUS_SEPARATORS = "–—-:;,.("


@cache
def _decision_label(lang: str) -> re.Pattern[str]:
    pats = langdata.load(langdata.code(lang), "followup_cues").get("decision_label", ())
    return re.compile("|".join(f"(?:{p})" for p in pats)) if pats else re.compile(r"(?!)")


@cache
def _qualifiers(lang: str, name: str) -> re.Pattern[str]:
    """Words qualifying a status word it opens a line with: "s prodlením", "late" (`status_qualifiers`: the
    verdict stands, done late) or "částečně", "in part" (`partial_qualifiers`: done only in part)."""
    words = langdata.load(langdata.code(lang), "followup_cues").get(name, ())
    return re.compile(r"(?:" + "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
                      + r")(?!\w)") if words else re.compile(r"(?!)")


_DASH = re.compile(r"\s[–—-]\s")


def dash_status(text: str, lang: str) -> str | None:
    """A review line naming the task, then its state after a dash ("33/1 návrh plánu činnosti – splněno, rozesláno
    28. 11.", "4.2 Website refresh - complete, live since May"): the status word opening a part after the dash is
    the task's state, whatever dates the rest gives."""
    for part in _DASH.split(text)[1:]:
        found = status_line(part, lang)
        if found:
            return found
    return None


REVIEW_TOPIC_WORDS = 8  # a review line's topic ("Zkušební svoz bioodpadu: úkol se ruší, ...") is a short name
_TOPIC_SEPARATOR = re.compile(r":\s|\s[–—-]\s")


def review_topic(text: str, lang: str, one_word: bool = False) -> str | None:
    """A task-control list's line names the task, then says how it stands ("Zkušební svoz bioodpadu: úkol se
    ruší, dodavatel nabídku stáhl", "Website refresh – complete"): the short name before the separator, when
    what follows it opens with a status. A control table's row ("lavička v parku | TS | osazena 5. 6. – splněno")
    names it in its wordiest cell (not the number, owner or date). `one_word`: a name of one word before a
    dash ("Masopust – proběhl, splněno"); before a colon one word is a label ("Poznámka: ..."), no name."""
    line = text.strip(" -–•*\t")
    if "\t" in line:
        cells = line.split("\t")
        parts = [max(cells[:-1], key=_letters), cells[-1]]
    else:
        parts = _TOPIC_SEPARATOR.split(line, maxsplit=1)
    sep = _TOPIC_SEPARATOR.search(line)
    fewest = 0 if one_word and sep and sep.group().strip() != ":" and "\t" not in line else 1
    if len(parts) < 2 or not fewest < len(parts[0].split()) <= REVIEW_TOPIC_WORDS:
        return None
    first = cues.clauses(parts[1], lang)[0] if parts[1].strip() else ""
    return parts[0] if first and cues.classify(first, lang, default=None) else None


def _letters(cell: str) -> int:
    """How much of a table cell is words: the task's name, not its number, owner's initials or date."""
    return sum(len(w) for w in re.findall(r"[^\W\d_]{3,}", cell))


REVIEW_TOPIC_KEYS = 2  # a review line's task name repeats at least two of the task's words ...
REVIEW_TOPIC_SHARE = 0.75  # ... and most of its own
ONE_WORD_NAME = 6  # letters: a one-word name ("Drakiáda", "Hydrant") is a noun of the task's own, not a stub


def names_task(text: str, own: frozenset[str], lang: str, context: frozenset[str] = frozenset(),
               source: str = "", inquiry: bool = False) -> bool:
    """A task-control line naming the task by a short name made of its words ("Zkušební svoz bioodpadu: úkol se
    ruší") is about it, however few of a long resolution's words that name repeats. The name may be one word of
    the promise ("Masopust – proběhl" for "Masopustní průvod připraví hasiči") or the topic of the paragraph the
    promise was made in (`context`: "lavička v parku" for "Dodavatel ji osadí do konce května"), its words
    abbreviated ("VO u zastávky" for "lampy veřejného osvětlení u zastávky": `source` is the item's text), and an
    inquiry by the noun for one ("dotaz na SÚ" for "Předseda ověří na stavebním úřadu (SÚ), zda ...")."""
    if own & enumerated_names(text, lang):
        return True  # "hřiště, rozhodčí i občerstvení zajištěny – splněno": one of the tasks the line lists
    topic = review_topic(text, lang, one_word=True)
    named = keys(topic, lang) - when_keys(lang, meeting=True) if topic else set()  # "dne", "schůze": when
    if len(named) == 1 and topic and len(topic.split()) == 1:
        word = next(iter(named))
        return word in own and len(topic) >= ONE_WORD_NAME and word not in stock_keys(lang)
    pool = own | context | (acronym_keys(topic, source, lang) if topic and source else set())
    pool |= inquiry_keys(lang) if inquiry else frozenset()
    return len(named) >= REVIEW_TOPIC_KEYS and \
        len(named & pool) >= max(REVIEW_TOPIC_KEYS, math.ceil(REVIEW_TOPIC_SHARE * len(named)))


OTHER_NAME_KEYS = 3  # a control line's task name of this many words names a task of its own


def names_other_task(text: str, pool: frozenset[str], lang: str) -> bool:
    """A task-control line names its task first ("Porovnání cen pronájmu sportovních hal (J. Š.) – úkol se ruší,
    RM rozhodla, že ..."): a name of several words sharing none of the item's words (`pool`: its own, its
    lead-in's and its owner's) is another task's, whatever words the reason after the verdict shares with it."""
    topic = review_topic(text, lang)
    if not topic or "\t" in text or not _verdict_after_dash(text, topic, lang):
        return False  # "6.4 Zwelitsha Extension: the Director reported ...": a label of the matter, not a task
    named = keys(topic, lang) - when_keys(lang, meeting=True) - stock_keys(lang)
    return len(named) >= OTHER_NAME_KEYS and not named & pool


def _verdict_after_dash(text: str, topic: str, lang: str) -> bool:
    """The name is followed by a dash and a bare verdict ("– úkol se ruší, ...", "– withdrawn; ..."): the shape
    of a task-control line, not of a matters-arising label ("Kontrola úkolů: ...", "6.4 Project X: ...")."""
    rest = text.strip(" -–•*")[len(topic.strip(" -–•*")):].lstrip()
    if rest[:1] not in ("–", "-"):
        return False
    first = (cues.clauses(rest.lstrip("–- "), lang) or [""])[0]
    return normalise_status(first) is not None


ENUMERATED = 3  # members a list of tasks' names has, at least: "A, B i C zajištěny" (not "health and safety")
NAME_WORDS = 2  # words of a task's short name in such a list ("skákací hrad", "bouncy castle")


@cache
def _splitter(lang: str) -> re.Pattern[str]:
    words = langdata.load(langdata.code(lang), "metadata_labels")["list_splitters"]
    return re.compile("|".join(re.escape(w) for w in words if w.strip()) + r"|\s[–-]\s|:\s")


@lru_cache(maxsize=20_000)
def enumerated_names(text: str, lang: str) -> frozenset[str]:
    """Keys of the tasks a control line lists by short names under one verdict ("skákací hrad, tombola i
    občerstvení zajištěny – splněno", "marquee, raffle and bouncy castle booked – done"): a run of three members
    or more of one or two words, the last perhaps followed by the shared verb. Stock nouns ("zpráva", "report"),
    short stubs, a pair ("health and safety"), members of a sentence and a list without a verdict ("starosta,
    místostarosta i tajemník") name no task."""
    if cues.classify(text, lang, default=None) is None:
        return frozenset()
    members = [m.split() for m in _splitter(lang).split(text) if m.strip() and not leading_status(m)]
    words: list[str] = []
    run: list[list[str]] = []
    for m in [*members, []]:
        named = m[:-1] if run and len(m) > 1 and cues.classify(m[-1], lang, default=None) else m
        if 0 < len(named) <= NAME_WORDS:
            run.append(named)
            if named is m:
                continue
        if len(run) >= ENUMERATED:
            words += [w for member in run for w in member]
        run = [m] if 0 < len(m) <= NAME_WORDS else []
    return frozenset(k for w in words if len(w) >= ONE_WORD_NAME for k in keys(w, lang)) \
        - stock_keys(lang) - when_keys(lang, meeting=True)


@cache
def inquiry_keys(lang: str) -> frozenset[str]:
    """Keys of the nouns a control list names an inquiry task by ("dotaz na SÚ", "Query to Highways")."""
    data = langdata.load(langdata.code(lang), "followup_cues")
    return frozenset(k for w in data.get("inquiry_nouns", ()) for k in keys(w, lang))


@cache
def stock_keys(lang: str) -> frozenset[str]:
    """Keys of the genre's stock nouns ("zpráva", "návrh", "report"): a one-word name made of one names no task."""
    data = langdata.load(langdata.code(lang), "followup_cues")
    return frozenset(k for w in data.get("stock_words", ()) for k in keys(w, lang))


TITLE_LINES = 5  # the minutes' title is among the first sentences of a meeting (after a letterhead)


@cache
def _title_prefixes(lang: str) -> re.Pattern[str]:
    words = langdata.load(langdata.code(lang), "metadata_labels")["title_prefixes"]
    return re.compile("|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True) if " " in w))


def title_line(s: SentenceRef, index: MentionIndex, m: MeetingSlot) -> bool:
    """ "MINUTES OF A MEETING OF THE BOARD ... held at ...", "Zápis z 4. jednání komise ...": the title names the
    meeting and its body; whatever words it shares with an action, it reports nothing on it."""
    if s not in index.in_meeting(m.index)[:TITLE_LINES]:
        return False
    return _title_prefixes(m.language).match(fold(s.text).lstrip("#* ")) is not None


def other_owners_row(st: ItemState, found: Mention, row: TrackedItem | None, lang: str) -> bool:
    """An action log's row ("B23/27 | Circulate the regulatory judgement | CEO | ... | Complete") names its owner
    in a cell: a row of another owner reports on that owner's action, whatever words it shares with this one."""
    if row is None or found.score >= TASK_SCORE or "\t" not in found.sentence.text or st.item.kind != "action":
        return False
    mine, theirs = st.item.owner, row.owner
    return bool(mine and theirs and _personal(mine, lang) and _personal(theirs, lang)
                and not same_owner(theirs, mine, lang))


def _personal(name: str, lang: str) -> bool:
    """A person's full name ("Daniel Reeve"), not an office left unresolved ("DoH", "CoSec", "OD MMLO") nor a body
    ("Město Horní Věžnice" for the row's "investor"): a body's work is done by the person acting for it."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() and not w.isupper() for w in words):  # noqa: PLR2004
        return False
    lex = lexicon(lang)
    return any(lex.first_name(w) for w in (words[0], words[-1]))


def heading(s: SentenceRef, m: MeetingSlot) -> bool:
    """An agenda item's heading ("19. Internal audit recommendations") names the topic; the news is in the
    sentences under it, so a bare heading yields to a sentence of the meeting that says how the work stands."""
    if any(a.text == s.text for a in m.agenda):
        return True
    line = s.text.strip()
    return bool(line) and (s.block_text or line).strip() == line and line[-1] not in ".!?:;"


def report_sentences(items: list[TrackedItem], sentences: Sequence[SentenceRef],
                      meetings: list[MeetingSlot]) -> list[SentenceRef]:
    """Report items whose sentence the store did not pass (or no text at all): they are sentences too."""
    starts = {(s.meeting_index, s.start) for s in sentences if s.start is not None}
    texts = {(s.meeting_index, s.text) for s in sentences}
    ids = {m.index: m.meeting_id for m in meetings}
    return [SentenceRef(i.meeting_index, ids[i.meeting_index], i.text, i.block, i.page, i.start, i.end)
            for i in items if i.reported_status and i.meeting_index in ids
            and (i.meeting_index, i.start) not in starts and (i.meeting_index, i.text) not in texts]


def focus_clause(text: str, shared: tuple[str, ...], lang: str) -> str | None:
    """The clause of the sentence that holds most of the shared words: its cues speak about the item."""
    parts = cues.clauses(text, lang)
    if len(parts) < 2:
        return None
    want = set(shared)
    return max(parts, key=lambda p: len(keys(p, lang) & want))
