"""A national body's local branch named by the body and its seat ("Úřad práce ČR v Lomnově", "Krajská pobočka
Úřadu práce ČR v Lomnově", "Finanční úřad pro Podlesický kraj"): the branch is that body as the minutes meet it,
so it carries the gazetteer's names of the body, and the body's own mentions in the same minutes ("ÚP ČR") are
the branch's, one institution, not two.
"""

from __future__ import annotations

from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract.bodies_found import Found
from minutes_nlp.extract.orgfound import Acc
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold


def seat_of(a: BlockAnalysis, f: Found, lang: str) -> set[str]:
    """The gazetteer names of a known body named from the found body's first word and followed by more words
    (the seat), or named inside a branch's name ("Krajská pobočka Úřadu práce ČR v X": bodies.json
    "branch_openers"). A body met later inside another name ("Krajský úřad Podlesického kraje": the region) is
    another body and lends nothing."""
    branch = fold(f.name).startswith(_openers(lang))
    out: set[str] = set()
    for h in a.orgs:
        inside = h.start == f.start and h.end < f.end or branch and f.start < h.start and h.end <= f.end
        if inside and h.entry.kind != "region":
            out |= {n for n in (h.entry.name, h.entry.full_name, *h.entry.aliases) if n}
    return out


@cache
def _openers(lang: str) -> tuple[str, ...]:
    data = langdata.load(lang, "bodies") if langdata.has(lang, "bodies") else {}
    return tuple(fold(w) + " " for w in data.get("branch_openers", ()))


def merge_branches(found: dict[str, Acc]) -> None:
    """A gazetteer body whose name is an alias of exactly one body found by kind (its branch) is that branch."""
    for key, acc in list(found.items()):
        if not key.startswith("gaz:") or not acc.used:
            continue
        names = {fold(n) for n in (*acc.used, acc.full_name or "") if n}
        hosts = [h for h, o in found.items() if h != key and not h.startswith("gaz:")
                 and names & {fold(x) for x in o.aliases} and o.full_name and fold(o.full_name) not in names]
        if len(hosts) == 1:
            found[hosts[0]].mentions += found.pop(key).mentions
