"""Who an action's sentence opens with: an office, a role, a body named before the first verb.

"Ředitel společnosti přislíbil, že předloží návrh směrnice", "Místostarostka zajistí cenové nabídky", "The Director
of Finance said he would check the draft": the subject names who acts. The same office or body opens many later
sentences about other work ("Ředitel společnosti informoval o plnění doporučení auditora"), so its words are who,
never what the action is about (tracker/probes.py adds them to the owner's keys). A subject naming a thing ("Oprava
střechy proběhne v květnu") is the work itself and stays. Data: `lang/<code>/tracker_subjects.json` with the role
words of roles.json and person_refs.json and the body nouns of series.json.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold
from minutes_nlp.tracker.keys import frozen_keys

_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w./-]*")
LABEL_WORDS = 3  # a label before a colon ("ACTION 8.1:", "Úkol:") opens the line, not the sentence
_LEADING = frozenset({"the", "a", "an", "pan", "pani", "p."})  # words before an office ("the Clerk", "paní starostka")


@cache
def _heads(lang: str) -> frozenset[str]:
    """Folded words that open a subject naming who: offices, roles, bodies."""
    code = langdata.code(lang)
    words: set[str] = set(langdata.load(code, "tracker_subjects")["subject_heads"])
    roles = langdata.load(code, "roles").get("words", {})
    words |= set(roles) if isinstance(roles, (dict, list)) else set()
    refs = langdata.load(code, "person_refs").get("role_heads", ())
    for head in refs:
        words.add(head)
        words |= set(refs[head]) if isinstance(refs, dict) else set()
    series = langdata.load(code, "series")
    words |= set(series.get("body_types", {})) | set(series.get("head_nouns", {}))
    return frozenset(fold(w) for phrase in words for w in phrase.split()[:1])


@cache
def _verbs(lang: str) -> tuple[re.Pattern[str], ...]:
    code = langdata.code(lang)
    future = langdata.load(code, "action_cues").get("verbs", {}).get("future", ())
    listed = [re.compile(p) for p in langdata.load(code, "tracker_subjects")["verbs"]]
    return (*listed, re.compile("^(?:" + "|".join(re.escape(fold(v)) for v in future) + ")$")) if future \
        else tuple(listed)


def _is_verb(word: str, lang: str) -> bool:
    return any(p.search(fold(word)) for p in _verbs(lang))


@lru_cache(maxsize=20_000)
def subject_keys(text: str, lang: str) -> frozenset[str]:
    """Keys of the office, role or body the sentence opens with, up to its first verb; none for a thing."""
    label, colon, rest = text.partition(": ")
    words = _WORD.findall(rest if colon and len(label.split()) <= LABEL_WORDS else text)  # "ACTION 8.1: RA to"
    limit = int(langdata.load(langdata.code(lang), "tracker_subjects")["max_words"])
    start = 1 if words and fold(words[0]) in _LEADING else 0
    end = next((i for i, w in enumerate(words[:start + limit + 1]) if i > start and _is_verb(w, lang)), None)
    if end is None or not words[start:end] or any(ch.isdigit() for w in words[start:end] for ch in w):
        return frozenset()
    first = words[start]
    acronym = len(first) >= 2 and first.isupper() and first.isalpha()  # noqa: PLR2004
    if not acronym and fold(first).rstrip(".") not in _heads(lang):
        return frozenset()
    return frozen_keys(" ".join(words[start:end]), lang)
