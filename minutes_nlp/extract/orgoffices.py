"""A municipality and its office named side by side are one body. Czech statutory cities act through their
magistrát (zákon č. 128/2000 Sb., o obcích, § 4 and § 138): minutes write "Statutární město Lipnice", "SM
Lipnice" and "Magistrát města Lipnice" for the same body, the city. The office's forms and the city's forms are
data (org_patterns "municipal_offices": office form prefixes -> the municipality's form prefixes, folded).
"""

from __future__ import annotations

from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract.orgfound import Acc
from minutes_nlp.textutil import fold


@cache
def _offices(lang: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    pats = langdata.load(lang, "org_patterns") if langdata.has(lang, "org_patterns") else {}
    return tuple((tuple(fold(p) for p in d["office"]), tuple(fold(p) for p in d["municipality"]))
                 for d in pats.get("municipal_offices", ()))


def _place(names: set[str], prefixes: tuple[str, ...]) -> set[str]:
    """The place after one of the prefixes ("magistratu mesta lomna" -> "lomna")."""
    return {n[len(p) + 1:] for n in names for p in prefixes if n.startswith(p + " ") and len(n) > len(p) + 1}


def merge_offices(found: dict[str, Acc], lang: str) -> None:
    """"Magistrát města Lipnice" beside "Statutární město Lipnice": the office joins the city it serves."""
    for office, municipality in _offices(lang):
        for key, acc in list(found.items()):
            places = _place({fold(u) for u in acc.used}, office)
            if not places or key not in found:
                continue
            hosts = [h for h, o in found.items() if h != key and places & _place(
                {fold(u) for u in (*o.used, *o.aliases, o.full_name or "")}, municipality)]
            if len(hosts) == 1:
                found[hosts[0]].mentions += found.pop(key).mentions
                found[hosts[0]].aliases |= set(acc.used)
