"""Owners written as a member's role abbreviation: management minutes list the members with the short form of
each one's office in brackets ("MUDr. J. Novák (Ř), Ing. P. Malá (EN), Mgr. K. Bílá (NOP)") and then use that
short form alone as the subject of tasks ("EN zajistí ...", "NOP připraví ..."). The owner is the member the list
gave it to. A bracket after a name is as often the person's organisation ("Jana X (MMR)"), so only a list that gives
three or more members three or more different short forms is such a legend, and a short form that names a known
institution is an affiliation. A short form given to two people, or to nobody, stays as written (no guessing).
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.result import Action
from minutes_nlp.textutil import fold

_ABBR = re.compile(r"\s*\(\s*([^\W\d_]{1,6})\s*\)")  # "(Ř)", "(NLPP)", "(PRÁV)": capitals only (below)
_LEGEND = 3  # members with different short forms in one list: a legend of offices, not one affiliation


@cache
def _known_bodies(lang: str) -> frozenset[str]:
    """Every name and alias of the language's institution gazetteer, folded: a short form there is a body."""
    rows = langdata.load(lang, "institutions").get("institutions", [])
    return frozenset(fold(n) for r in rows for n in (r.get("name", ""), *r.get("aliases", [])) if n)


def bracketed_abbreviations(ctx: Ctx) -> dict[str, str]:
    """Folded short form -> the one person a legend list gives it to."""
    text, known = ctx.doc.text, _known_bodies(langdata.code(ctx.lang))
    by_block: dict[int, list[tuple[str, str]]] = {}
    for p in ctx.entities.people:
        for mention in p.mentions:
            m = _ABBR.match(text, mention.source.end)
            if m and m.group(1).isupper() and len(m.group(1)) < len(mention.text) and fold(m.group(1)) not in known:
                by_block.setdefault(mention.source.block, []).append((fold(m.group(1)), p.name))
    seen: dict[str, set[str]] = {}
    for pairs in by_block.values():
        if len({a for a, _ in pairs}) >= _LEGEND and len({n for _, n in pairs}) >= _LEGEND:
            for abbr, name in pairs:
                seen.setdefault(abbr, set()).add(name)
    return {abbr: names.pop() for abbr, names in seen.items() if len(names) == 1}


def resolve_abbreviated(ctx: Ctx, actions: list[Action]) -> list[Action]:
    """Each action whose owner is exactly a member's short form in a legend list, owned by that member."""
    abbrs = bracketed_abbreviations(ctx) if any(a.owner for a in actions) else {}
    if not abbrs:
        return actions
    return [dataclasses.replace(a, owner=abbrs[fold(a.owner)]) if a.owner and fold(a.owner) in abbrs else a
            for a in actions]
