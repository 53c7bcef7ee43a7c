"""A review entry's closing verdict: the bare status sentence a paragraph on an action ends with.

Action logs and matters-arising sections report on an action in a short paragraph that tells what happened and
then closes with the verdict in a sentence of its own: "Ref 24/129 (falls review): the review found that ...
Closed.", "... the assessment will now come in September. Action remains open.", "Starosta informoval, že
smlouva dosud nebyla podepsána. Úkol trvá.", "... Carried forward to July." The verdict speaks for the whole
entry: a sentence of the paragraph that reports on the action ("the review found that observation had not been
started", "had published the guidance later than expected") is judged by it, not by its own words, which tell
the story (a finding, a reason for a delay) rather than the state of the task.

A closing verdict is short and says nothing but a state (status words, a task label, when): "Úkol splněn.",
"Carried forward to July.", never "The school has completed the survey." (news of its own, judged by itself).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold
from minutes_nlp.tracker import cues
from minutes_nlp.tracker.keys import keys, label_keys, when_keys
from minutes_nlp.tracker.model import normalise_status, status_words
from minutes_nlp.tracker.numbers import task_key

_WHO = re.compile(r"\s*\((?:[^\W\d][\w.]*[/,&]?\s*){1,3}\)\s*(?=[.!]?\s*$)")  # "(RT)", "(PC/MK)", "(Ing. K.)"
CLOSING_WORDS = 6  # "Action remains open.", "Úkol se plní průběžně.", "Carried forward to the July meeting."
# a sentence ends at a stop before a capital, not after an initial ("J. Smith") nor in a date ("30. 6.")
_SENTENCE_END = re.compile(r"(?<![\s(][A-Z]\.)(?<=[.!?])\s+(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])")


@cache
def _form_keys(lang: str) -> frozenset[str]:
    """Keys that say how a task stands, what it is called or when: not what a sentence is about."""
    said = {k for w in status_words() for k in keys(w, lang)}
    data = langdata.load(langdata.code(lang), "followup_cues")
    extra = {k for w in data.get("verdict_sentence_words", ()) for k in keys(w, lang)}
    return frozenset(said | extra | label_keys(lang) | when_keys(lang, meeting=True))


def last_sentence(block: str) -> str:
    """The paragraph's last sentence (an empty string for an empty paragraph)."""
    parts = [p.strip() for p in _SENTENCE_END.split(block.strip()) if p.strip()]
    return parts[-1] if parts else ""


@lru_cache(maxsize=20_000)
def closing_verdict(block: str, sentence: str, lang: str) -> str | None:
    """The status the paragraph's closing sentence gives the entry, when `sentence` is another sentence of it
    and the closing one is a bare verdict ("Closed.", "Úkol trvá."); else None."""
    if "\t" in block or "\t" in sentence:
        return None  # a table's rows are records of their own: the last row speaks for itself
    last = last_sentence(block)
    if not last or last == sentence.strip() or not (_bare(last, lang) or _of_the_task(last, lang)):
        return None
    if task_key(last) and task_key(last) != task_key(sentence):
        return None  # "... úkol je splněn. Úkol č. 2/2 trvá do ...": the verdict of the next task, named by number
    status = cues.classify(last, lang, default=None) or normalise_status(last)
    status = "carried_over" if status in ("postponed", "open") else status  # "Termín prodloužen do 30. 6."
    return status if status in ("done", "carried_over", "cancelled") else None


def _bare(last: str, lang: str) -> bool:
    """A short sentence saying nothing but a state: "Closed.", "Úkol nadále trvá.", "Termín prodloužen do 30. 6."
    ("@30.6": a date); not "The survey was completed." (news about something, judged where it is found). Who did
    it may follow in brackets ("Done (RT).", "C/F (PC/MK).", "Splněno (Ing. K.)."): an attribution, not news."""
    last = _WHO.sub("", last)
    return len(last.split()) <= CLOSING_WORDS and \
        not {k for k in keys(last, lang) if not k.startswith("@")} - _form_keys(lang)


@cache
def _task_subject(lang: str) -> tuple[re.Pattern[str], ...]:
    data = langdata.load(langdata.code(lang), "followup_cues")
    return tuple(re.compile(p) for p in data.get("verdict_subject", ()))


def _of_the_task(last: str, lang: str) -> bool:
    """A closing sentence whose subject is the task itself ("The action was therefore closed; progress is now
    monitored by the Medicines Safety Group.", "Úkol byl tímto splněn."): however long, it states its state."""
    folded = fold(last)
    return any(p.match(folded) for p in _task_subject(lang))
