"""Reports on earlier actions: the status word a line is written with, the task number it names, and whether
it stands in a follow-up section ("Kontrola plnění úkolů", "Matters arising").

Split out of `actions.py`; decisions and resolution lists read the same status words and sections.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract import cues
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.textutil import fold

_NAME = "action_cues"


@cache
def _status_words(lang: str) -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(word, its pattern, status), longest words first; the word itself is a cheap test before the search."""
    data = langdata.load(langdata.code(lang), "status_words")
    extra = cues.data(lang, _NAME).get("report_status_words", {})
    pairs = [(w, st) for st, words in data.items() if st != "_about" for w in words]
    pairs += [(w, st) for st, words in extra.items() for w in words]
    pairs.sort(key=lambda p: -len(p[0]))
    return tuple((w, re.compile(r"(?<!\w)" + re.escape(w)), st) for w, st in pairs)


def reported_status(folded: str, lang: str) -> str | None:
    """The status an earlier action is reported in ("splněno" -> done), as written in the line; a verdict
    after the line's last dash wins over the words before it ("7 of 10 have completed – ongoing"). A status
    word that is the task's own verb ("Clerk to complete the forms", "bude dokončeno") reports nothing."""
    verdict = _VERDICT.search(folded)
    if verdict is not None and (found := _first_status(verdict.group(1), lang, at_start=True)) is not None:
        return found  # "podepsána 22. 9., projektant provádí zaměření – trvá": the verdict the line ends with
    return _first_status(folded, lang)


_VERDICT = re.compile(r"\s[–—-]\s+((?:\S+\s+){0,3}\S+?)\W*$")  # a few words after the line's last dash


def _first_status(folded: str, lang: str, at_start: bool = False) -> str | None:
    """The first status word of the text (the longest words tried first); `at_start`: only one the text
    opens with ("carry forward to October", not "induction held 19/06 (delayed)")."""
    blockers = cues.data(lang, _NAME).get("status_blockers", [])
    for word, pat, status in _status_words(lang):
        if word not in folded:  # the pattern is the word after a non-word character
            continue
        for m in pat.finditer(folded):
            before = re.findall(r"[^\W\d]+", folded[:m.start()])
            if at_start and before:
                break
            if not (before and before[-1] in blockers) and not _verbal_noun(lang, word, folded[m.end():]):
                return status
    return None


def _verbal_noun(lang: str, word: str, rest: str) -> bool:
    """"zajistí zveřejnění zápisu": a passive participle stem ("zveřejněn") that goes on as the verbal noun
    ("zveřejnění", "zveřejněním") names the task's object, not its state ('status_noun_endings')."""
    ends = cues.data(lang, _NAME).get("status_noun_endings", [])
    return bool(ends) and word.endswith("n") and re.match(rf"(?:{'|'.join(ends)})(?!\w)", rest) is not None


def task_number(folded: str, text: str, lang: str) -> str | None:
    """"Úkol č. 3/2", "Action 4.1"; or, with no label, a meeting/task number opening a control line ("1/3
    ubytování – splněno", 'task_number_leading'): the way a task list is reviewed by its numbers."""
    data = cues.data(lang, _NAME)
    m = re.search(data["task_number"], folded)
    if m:
        return text[m.start():m.end()].strip()
    lead = re.match(data.get("task_number_leading", r"(?!)"), text)
    return lead.group(1) if lead else None


def in_follow_up(ctx: Ctx, i: int) -> bool:
    item = ctx.items[i]
    return _follow_up(ctx.lang, ctx.sections[i], item.title if item is not None else None)


@lru_cache(maxsize=1024)
def _follow_up(lang: str, section: str, title: str | None) -> bool:
    """Whether the section or item title is a follow-up one; asked for every sentence, of few titles."""
    marks = cues.data(lang, _NAME).get("follow_up_sections", [])
    where = section + " " + (fold(title) if title is not None else "")
    return any(m in where for m in marks)


def adjective_only(text: str, lang: str) -> bool:
    """"Úkol 8/4: Zpracovat reakci na doporučení průběžné evaluace": the sentence's status-like word is only an
    adjective ('status_adjectives': an interim evaluation), never the adverb ("průběžně", ongoing)."""
    forms = cues.data(lang, _NAME).get("status_adjectives", [])
    words = set(re.findall(r"\w+", text.lower()))
    folded = {fold(f) for f in forms}
    return bool(words & set(forms)) and not any(fold(w) in folded for w in words - set(forms))

