"""A body's name written in an oblique case: "Žádost sepíše a odboru správy majetku zašle
J. K.", "Žádost na odbor dopravy Krajského úřadu zpracuje J. K.". In a language that declines names
('declined_names' in action_cues.json: Czech) only the nominative can be a verb's subject, so a name written
with a case ending its canonical (nominative) name lacks (odbor → odboru, úřad → úřadem, Krajský → Krajského,
rada → radě) is an object or an attribute, and the subject is another actor, often the one after the verb.
"""

from __future__ import annotations

import os
from functools import cache

from minutes_nlp.extract import cues, owners
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.textutil import fold

_STEM = 3  # "rad-a" / "rad-ě": the shortest stem two case forms of one word share


def declined_body(ctx: Ctx, i: int, actor: owners.Actor) -> bool:
    """The institution `actor` is written in sentence i with its first word in another case than its name."""
    endings = _endings(ctx.lang)
    if actor.kind != "institution" or not endings:
        return False  # persons: the speaker/attribute readings of action_subjects.py already handle their cases
    lo, hi = ctx.local(i, actor)
    written = fold(ctx.sents[i].text[lo:hi]).split()
    if not written or not written[0].isalpha():
        return False
    heads = {f.split()[0] for f in map(fold, _names(ctx, actor.name)) if f.split()}
    return any(_case_form(written[0], h, endings) for h in heads if h != written[0])


@cache
def _endings(lang: str) -> frozenset[str]:
    return frozenset(cues.data(lang, "action_cues").get("declined_names", []))


def _names(ctx: Ctx, name: str) -> list[str]:
    """The canonical name, full name, aliases and written mentions of the institution called `name`: the
    nominative is often only among the mentions ("OSM" named, "odbor správy majetku" written)."""
    inst = next((x for x in ctx.entities.institutions if x.name == name), None)
    return [name] if inst is None else [name, inst.full_name or "", *inst.aliases, *(m.text for m in inst.mentions)]


def _case_form(word: str, nominative: str, endings: frozenset[str]) -> bool:
    """"odboru" of "odbor", "krajského" of "krajský", "radě" of "rada": the nominative's stem (all of it, or
    less its last vowel) plus a case ending; "městský" of "město" adds no ending and is another word."""
    stem = os.path.commonprefix([word, nominative])
    return len(stem) >= _STEM and len(stem) >= len(nominative) - 1 and word[len(stem):] in endings
