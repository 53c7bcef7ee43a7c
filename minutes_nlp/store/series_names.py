"""What a meeting's name for its body says about the meeting rather than the body, taken off before grouping.

Minutes name the body with words that belong to one meeting: the sitting's ordinal ("15th Sitting of the
Committee on Health Services", "Minutes of the Fifth Meeting of the Board"), the term a newly elected body
begins ("první schůze nového výboru SDH X" gives "Nový výbor SDH X", "the newly elected Council", "the Council
elected at the Annual Meeting"), or, where the
title was missed, an attendance label taken for a name ("Members present", "Přítomni"). Left in, each meeting
would open a series of its own and later meetings would not see its actions. The forms are language data
(`sitting_frames`, `term_qualifiers`, `term_after`, `label_names` in `lang/<code>/series_ties.json`).
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.store.folder_ties import body_kind
from minutes_nlp.textutil import fold


@cache
def _patterns(lang: str, key: str) -> tuple[re.Pattern[str], ...]:
    data = langdata.load(langdata.code(lang), "series_ties")
    return tuple(re.compile(p) for p in data.get(key, ()))


def _cut(name: str, lang: str, key: str, head: bool = False) -> str:
    """The name without a leading match of one of the `key` patterns (matched folded: folding keeps lengths),
    with `head`, only when what is left opens with the body's head noun ("Nový výbor ...", not "Nová Ves")."""
    folded = fold(name)
    for p in _patterns(lang, key):
        m = p.match(folded)
        rest = name[m.end():].strip(" ,.;:–-") if m else ""
        if rest and (not head or body_kind(rest.split()[0], lang)[0] is not None):
            return rest[:1].upper() + rest[1:]
    return name


def body_name(name: str, lang: str) -> str:
    """The body's name as the series knows it: without the sitting's ordinal or the new term's qualifier; empty
    when the name is an attendance label (the caller falls back to the folder)."""
    if any(p.fullmatch(fold(name).strip(" :.")) for p in _patterns(lang, "label_names")):
        return ""
    return _cut_after(_cut(_cut(name, lang, "sitting_frames"), lang, "term_qualifiers", head=True), lang)


def _cut_after(name: str, lang: str) -> str:
    """The name without a closing term participle ("Parochial Church Council elected"), when what is left still
    names a body: "Elected Members Forum" keeps its word, "Tenants formed" is no body's name."""
    folded = fold(name)
    for p in _patterns(lang, "term_after"):
        m = p.search(folded)
        rest = name[:m.start()].strip(" ,.;:–-") if m else ""
        if rest and body_kind(rest, lang)[0] is not None:
            return rest
    return name
