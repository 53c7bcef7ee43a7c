"""What a later sentence says about an earlier item: done, carried over, cancelled, or (questions) answered.

Cue classes and morphology are data (`lang/<code>/followup_cues.json`); this module only applies them to
the clause that mentions the item first, then to the whole sentence. A mention with no cue is a carry-over:
the topic came up again and nobody said it was finished.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.tracker.keys import folded as fold  # memoised: cue tests fold the same sentences again
from minutes_nlp.tracker.model import log_status_cell

# The public predicates below are pure functions of a text and a language's cue data; the tracker asks them about
# the same sentences for every open item of every later meeting, so each answer is memoised (bounded).
SHORT_BLOCK = 250  # characters: a list item or a short note, whose sentences share one topic
SHORT_SENTENCE = 80  # characters: a sentence too short to have a topic of its own ("Odpadá.", "So we drop it.")


@dataclass(frozen=True)
class _Cues:
    cancelled: tuple[re.Pattern[str], ...]
    not_done: tuple[re.Pattern[str], ...]
    outcome: tuple[re.Pattern[str], ...]
    done: tuple[re.Pattern[str], ...]
    future: tuple[re.Pattern[str], ...]
    unanswered: tuple[re.Pattern[str], ...]
    schedule_action: tuple[re.Pattern[str], ...]
    inquiry: tuple[re.Pattern[str], ...]
    asks: tuple[re.Pattern[str], ...]
    replies: tuple[re.Pattern[str], ...]
    refers_back: tuple[re.Pattern[str], ...]
    asks_what: tuple[re.Pattern[str], ...]
    block_done: tuple[re.Pattern[str], ...]
    block_not_done: tuple[re.Pattern[str], ...]
    agenda_promise: tuple[re.Pattern[str], ...]
    open_cell: tuple[re.Pattern[str], ...]
    proposes: tuple[re.Pattern[str], ...]
    task_nouns: tuple[re.Pattern[str], ...]
    vote_tally: tuple[re.Pattern[str], ...]
    vote_context: tuple[re.Pattern[str], ...]
    vote_abstain: tuple[re.Pattern[str], ...]
    task_state: tuple[re.Pattern[str], ...]
    attributive: tuple[re.Pattern[str], ...]
    attributive_copula: tuple[re.Pattern[str], ...]
    saying_next: tuple[re.Pattern[str], ...]
    meeting_header: tuple[re.Pattern[str], ...]
    delay: tuple[re.Pattern[str], ...]  # "se zpožděním", "late": how a completion came, not that it did not
    past_exclude: re.Pattern[str]
    clause_split: re.Pattern[str]


def _compile(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


@cache
def cues(lang: str) -> _Cues:
    data = langdata.load(langdata.code(lang), "followup_cues")
    names = ("cancelled", "not_done", "outcome", "done", "future", "unanswered", "schedule_action", "agenda_promise",
             "inquiry", "block_done", "block_not_done", "asks", "replies", "refers_back", "asks_what", "open_cell",
             "proposes", "task_nouns", "vote_tally", "vote_context", "vote_abstain",
             "task_state", "saying_next", "meeting_header")
    lists = {k: _compile(data[k]) for k in names}
    written = ("attributive", "attributive_copula")  # matched on the text as written (diacritics tell the forms apart)
    lists |= {k: tuple(re.compile(p, re.IGNORECASE) for p in data.get(k, ())) for k in written}
    exclude = re.compile("(?:" + "|".join(data["past_exclude"]) + r")\Z")
    delay = tuple(re.compile(r"(?<!\w)" + re.escape(fold(w)) + r"(?!\w)") for w in data.get("status_qualifiers", ()))
    return _Cues(**lists, delay=delay, past_exclude=exclude, clause_split=re.compile(data["clause_split"]))


def _any(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def _is_report(c: _Cues, text: str, m: re.Match[str]) -> bool:
    """A done cue counts unless it is a look-alike word or follows a future/conditional word in its clause."""
    word = m.group(0).strip()
    if " " not in word and c.past_exclude.match(word):
        return False
    before = text[: m.start()]
    if any(p.match(text, m.end()) for p in c.saying_next):
        return False  # "doplnila, že ...", "added that ...": a verb of saying; the news is in what follows
    return not (_any(c.future, before) or any(p.match(text, m.start()) for p in c.future))


def _has_done(c: _Cues, text: str) -> bool:
    return any(_is_report(c, text, m) for p in c.done for m in p.finditer(text))


def _without_votes(c: _Cues, text: str, voting: bool) -> str:
    """A vote's tally ("nikdo nebyl proti, jeden člen se zdržel", "with one abstention") says how a decision was
    taken: its negations are no news that a task was not done; in a sentence recording a vote, "se zdržel" is
    abstaining, not a delay."""
    for p in (*c.vote_tally, *(c.vote_abstain if voting else ())):
        text = p.sub(" ", text)
    return text


def _clause_status(c: _Cues, text: str, voting: bool = False) -> str | None:
    text = _without_votes(c, text, voting)
    if _any(c.cancelled, text):
        return "cancelled"
    if _any(c.outcome, text):
        return "done"
    if _any(c.not_done, text):
        return "done" if _done_late(c, text) else "carried_over"
    return "done" if _has_done(c, text) else None


def _done_late(c: _Cues, text: str) -> bool:
    """ "Přehled předložil Bc. X se zpožděním", "the return was filed late": a completion with its delay; the
    delay word is the only thing that reads as not done."""
    plain = text
    for p in c.delay:
        plain = p.sub(" ", plain)
    return plain != text and not _any(c.not_done, plain) and _has_done(c, plain)


def _plans(c: _Cues, text: str) -> bool:
    """A clause in the future or conditional ("bude podán návrh", "would be confirmed") plans the work; a past
    verb in another clause of its sentence reports on other things."""
    return _any(c.future, text)


def _own_line(block: str, text: str) -> str:
    """A table's rows (lines of its block) are separate reports: "RM/817/2022 ... zrušeno" is not about 815."""
    if "\n" not in block:
        return block
    return next((line for line in block.split("\n") if text.strip()[:40] in line), text)


def _with_short_after(text: str, block: str) -> str:
    """The sentence and the short sentences after it in its paragraph ("It was agreed that no further action
    be taken."): what closes the topic without naming it again."""
    at = block.find(text)
    if at < 0:
        return text
    after = [s for s in re.split(r"(?<=[.!?])\s+", block[at + len(text):]) if s.strip()]
    short = [s for s in after if len(s) <= SHORT_SENTENCE]
    return " ".join([text, *short])


def _without_names(text: str) -> str:
    """Capitalised words inside a sentence are names ("Michal", "Kapela" at the start stays): not verbs. A table
    cell, a sentence in a cell and a value after a label start anew ("... | AG | Updated on 28 November. Complete.",
    "B23/07, confirmation statement (CoSec): Complete.", "Action 4/2: Completed.")."""
    parts = [p for p in re.split(r"\t|(?:(?<=\d{4}[.!?])|(?<=[a-z]{5}[.!?])|(?<=\):)|(?<=[a-z]{2}:)|(?<=\d:))\s+", text)
             if p.strip()]
    return " ".join(_keep_first(p.split()) for p in parts) if parts else text


def _without_attributes(c: _Cues, text: str) -> str:
    """ "Kancelář zveřejní schválený harmonogram": a long-form participle describes the thing promised, it reports
    nothing done; after a form of "být" ("harmonogram je schválený") it still reports."""
    for p in c.attributive:
        text = p.sub(lambda m: m.group(0) if _any(c.attributive_copula, m.string[:m.start()]) else "_", text)
    return text


@lru_cache(maxsize=50_000)
def _plain(text: str, lang: str) -> str:
    """The text as cue words are matched on it: folded, without attributive participles and inner names. A
    sentence is classified once as the clause about each item and once whole: the whole is prepared once."""
    return fold(_without_names(_without_attributes(cues(lang), text)))


@lru_cache(maxsize=50_000)
def _part_status(part: str, lang: str, voting: bool) -> str | None:
    """`_clause_status` of a clause or sentence as written, memoised like `_plain`."""
    return _clause_status(cues(lang), _plain(part, lang), voting)


def _keep_first(words: list[str]) -> str:
    return " ".join([words[0], *(w for w in words[1:] if not w[:1].isupper())]) if words else ""


@lru_cache(maxsize=50_000)
def classify(text: str, lang: str, focus: str | None = None, block: str | None = None,
             inquiry: bool = False, default: str | None = "carried_over") -> str | None:
    """Status an action gets from a sentence reporting on it; `focus` is the clause that mentions it.

    `block` is the whole list item or paragraph: a cancellation anywhere in a short one ("... so we drop it")
    and a checkbox at its start ("[x]") speak for all its sentences; in a long paragraph a cancellation
    ("vypuštěny byly indikátory") counts in the clause about the item and in short sentences after it.
    An inquiry ("Péťa se zeptá", "ask Ellen") is done once a later meeting states the fact, like a question
    answered, even when the fact is a cancellation ("the application had been withdrawn"), unless the sentence
    names a task or query as what was dropped. With no cue: `default`.
    """
    c = cues(lang)
    whole = fold(_own_line(block or text, text))
    scope = whole if len(whole) <= SHORT_BLOCK else _with_short_after(fold(focus or text), whole)
    if _any(c.cancelled, scope):
        if inquiry and not _any(c.task_nouns, whole) and answers(text, lang):
            return "done"  # "the application had been withdrawn": what the inquiry found, not the inquiry dropped
        return "cancelled"
    voting = _any(c.vote_context, fold(text))
    for part in (focus, text):
        if part:
            found = _part_status(part, lang, voting)
            if found:
                return found
            if part is focus and _plans(c, _plain(part, lang)):
                break  # "dluh klesl, proti dlužníkovi bude podán návrh": the clause about the item is a plan
    if _any(c.block_done, whole):
        return "done"
    if _any(c.block_not_done, whole):
        return "carried_over"
    return "done" if inquiry and answers(text, lang) else default


@lru_cache(maxsize=50_000)
def task_still_on(text: str, lang: str) -> bool:
    """ "..., úkol se plní průběžně", "the action remains open": the sentence says how the task itself stands."""
    return _any(cues(lang).task_state, fold(text))


@lru_cache(maxsize=50_000)
def standing_alone(text: str, lang: str) -> str | None:
    """The status of a sentence read as done that links to no earlier item: its own cue words decide. One that
    reports no completion in them ("Tajemnice doplnila, že ČSSZ otevře kontaktní místo", "pověřuje předsedu, aby
    termín projednal") or promises besides what it reports ("připomínky byly vypořádány, dvě budou řešeny na úrovni
    náměstků") is the promise: no status (open)."""
    said = classify(text, lang, default=None)
    if said == "done":
        return None if _any(cues(lang).future, _plain(text, lang)) else "done"
    return said


@lru_cache(maxsize=50_000)
def promise_only(text: str, lang: str) -> bool:
    """A future or conditional sentence with no report in it ("shall submit a roster of staff who have completed
    ...", "aby aktualizace proběhla v roce 2023"): its status words describe what is to happen, not news."""
    c = cues(lang)
    folded = _plain(text, lang)
    return _any(c.future, folded) and not _has_done(c, folded)


@cache
def _closing_words(lang: str) -> frozenset[str]:
    data = langdata.load(langdata.code(lang), "followup_cues")
    return frozenset(fold(w) for w in data.get("closing_words", ()))


def closes_only(word: str, lang: str) -> bool:
    """ "Closed": a status word that says an item is closed, not whether it was done or dropped."""
    return fold(word) in _closing_words(lang)


@lru_cache(maxsize=50_000)
def meeting_header(text: str, lang: str) -> bool:
    """ "Held on Monday, 5 August 2024 at 2 p.m., Session Hall, Barangay Hall", "konaného dne 16. 1. 2025 v
    zasedací místnosti": the minutes' own line of when and where; no news about any task it shares words with."""
    return _any(cues(lang).meeting_header, fold(text))


@lru_cache(maxsize=50_000)
def is_inquiry(text: str, lang: str) -> bool:
    """An action whose whole point is to find something out: "zjistí ceny", "will ask Ellen"."""
    return _any(cues(lang).inquiry, fold(text))


@lru_cache(maxsize=50_000)
def says_unanswered(text: str, lang: str) -> bool:
    """The sentence says the answer has not come ("odpověď SZIF dosud nedošla, kancelář ji urguje", "a response
    is still awaited"): a report on the question, as much as an answer would be."""
    folded = fold(text).rstrip()
    return not folded.endswith("?") and _any(cues(lang).unanswered, folded)  # a question itself reports nothing


@lru_cache(maxsize=50_000)
def answers(text: str, lang: str) -> bool:
    """A later sentence on the topic of an open question answers it, unless nobody knows or it asks a question
    of its own ("Na dotaz Ing. Štěpánka, zda ..., odpověděl ...": a new question, answered there) without
    referring back to the earlier one ("K dotazu z minulého jednání sdělila ...")."""
    if _any(cues(lang).unanswered, fold(text)):
        return False
    if proposes(text, lang) and not replies(text, lang):
        return False  # "Studentští senátoři předložili protinávrh ...": a motion on the topic, no answer to it
    return not asks_anew(text, lang)


@lru_cache(maxsize=50_000)
def proposes(text: str, lang: str) -> bool:
    """The sentence puts a proposal or a motion ("navrhl, aby ...", "proposed that ..."): it asks the meeting
    to decide, and states nothing the question asked about."""
    return _any(cues(lang).proposes, fold(text))


@lru_cache(maxsize=50_000)
def replies(text: str, lang: str) -> bool:
    """The sentence gives itself as a reply ("the CFO confirmed", "K dotazu z minulého jednání sdělila ...")."""
    c, folded = cues(lang), fold(text)
    return _any(c.replies, folded) or _any(c.refers_back, folded)


def refers_back(text: str, lang: str) -> bool:
    """The sentence refers back to an earlier meeting's question ("K dotazu z minulého jednání", "in answer to")."""
    return _any(cues(lang).refers_back, fold(text))


@lru_cache(maxsize=50_000)
def asks_anew(text: str, lang: str) -> bool:
    """ "Na dotaz Ing. Štěpánka, zda ...", "Cllr X asked whether ...": a question of its own, not a follow-up
    ("odpověď na dotaz pana Vlasáka: ..." answers one)."""
    c, folded = cues(lang), fold(text)
    return _any(c.asks, folded) and _any(c.asks_what, folded) and not _any(c.refers_back, folded)


def clauses(text: str, lang: str) -> list[str]:
    return [p for p in cues(lang).clause_split.split(text) if p and p.strip()]


def schedules_next_meeting(text: str, lang: str) -> bool:
    """ "Termín dalšího jednání: 29. 6." / "Next meeting in May": done once the series meets again. A bracketed
    aside naming which meeting ("Příští rada (klasifikační) se bude konat ...") is read past."""
    folded = fold(text)
    return _any(cues(lang).schedule_action, folded) or \
        ("(" in folded and _any(cues(lang).schedule_action, _ASIDE.sub("", folded)))


_ASIDE = re.compile(r"\s*\([^()]{1,80}\)")


def promises_agenda(text: str, lang: str) -> bool:
    """ "Na příštím jednání budou zařazena témata ...": checked against the next meeting's agenda."""
    return _any(cues(lang).agenda_promise, fold(text))


@lru_cache(maxsize=50_000)
def open_cell(text: str, lang: str) -> bool:
    """An action log's row whose status cell says only that the item is open ("9.4 | Q4 grant claim | KL |
    30/04/2025 | Open – on track"): before the deadline the item stays open, not carried over."""
    if "\t" not in text:
        return False
    return _any(cues(lang).open_cell, fold(log_status_cell(text)).strip())
