"""What an earlier item is looked for by: its own keys, its lead-in's keys, its owner's and its task number.

An action names who does it (a name, an office, an acronym opening the promise, a table's owner cell) apart from
what is to be done; a later "the Clerk presented ..." names the owner, not the work, so the owner's keys are kept
apart from the content keys. Split out of mentions.py, which scores later sentences against a Probe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from minutes_nlp.tracker.keys import frozen_keys, keys, label_keys
from minutes_nlp.tracker.minute_refs import paragraph_of
from minutes_nlp.tracker.numbers import numbered_action, register_of, task_key
from minutes_nlp.tracker.owners import reference_words
from minutes_nlp.tracker.promise import owners_clause, promise_clause


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
    by_question: bool = False  # a deferred answer looked for by its question's words (tracker/item_search.py)
    register: str | None = None  # the register its number is in ("task", "resolution"): tracker/numbers.py


@lru_cache(maxsize=20_000)
def owner_keys(text: str, lang: str, owner: str | None) -> frozenset[str]:
    """The keys by which an action names its owner: the name, and the office and title it is written with.
    Memoised: an action's probe and each restatement test against it ask again."""
    named = frozen_keys(owner or "", lang)
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
    promise, around = owners_clause(text, lang, owner) or promise_clause(text, lang)
    who = owner_keys(text, lang, owner) | (_acronym_subject(promise, lang) if owner else frozenset())
    naming = who | label_keys(lang)
    paragraph = paragraph_of(text) or paragraph_of(context)
    naming |= {paragraph} if paragraph else set()  # its own paragraph number is where, not what
    own = frozen_keys(promise, lang) - naming
    ctx = frozen_keys(f"{context} {around}", lang) - own - naming
    names = tuple(g for g in (frozen_keys(n, lang) - naming for n in _name_runs(f"{context} {text}")) if len(g) > 1)
    number = task_key(task) or numbered_action(task) or task_key(text)
    register = register_of(task) if task_key(task) else register_of(text)
    return Probe(own, ctx, who, number, rivals, owner, task_key(minute), paragraph, origin, names, register=register)


_ACRONYM_SUBJECT = re.compile(r"\W*([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2,5})\s+[a-záčďéěíňóřšťúůýž]")


def _acronym_subject(promise: str, lang: str) -> frozenset[str]:
    """ "AD odpoví ...", "TDS prověří ...", "DPW will ...": an office's acronym opening the promise is its owner
    (resolved to the person holding it), not what is promised."""
    m = _ACRONYM_SUBJECT.match(promise)
    return frozen_keys(m.group(1), lang) if m else frozenset()


_NAME_RUN = re.compile(r"(?<=\S )(?:[A-Z][\w'’&.-]*\s+(?:(?:of|and|&|a|pro)\s+)?){1,5}[A-Z][\w'’.-]*")


def _name_runs(text: str) -> list[str]:
    """Runs of capitalised words inside sentences ("Students' Union", "Harlow & Vane Bank plc" less "plc")."""
    return _NAME_RUN.findall(text)
