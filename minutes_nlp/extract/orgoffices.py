"""A municipality and its office named side by side are one body. Czech statutory cities act through their
magistrát (zákon č. 128/2000 Sb., o obcích, § 4 and § 138): minutes write "Statutární město Lipnice", "SM
Lipnice" and "Magistrát města Lipnice" for the same body, the city. The office's forms and the city's forms are
data (org_patterns "municipal_offices": office form prefixes -> the municipality's form prefixes, folded).
A kind of body found inside a longer name written at the same place is that named body, and a bare acronym
is the one body of the document that has it as its abbreviation.
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


def merge_inside_names(found: dict[str, Acc], lang: str) -> None:
    """"Krajské správy silnic X kraje, p. o." found by its name and "správy silnic X kraje" by its kind inside
    it: a kind of body found within the span of a longer name written in the same place, after one capitalised
    adjective that makes the body's own name ("Krajská", org_patterns "adjective_endings"), is that body, so the
    kind's other mentions are its too. A kind after other words ("Spolek rodičů při ZŠ X", "Filozofická fakulta
    UTŠ") is another body the name is attached to."""
    pats = langdata.load(lang, "org_patterns") if langdata.has(lang, "org_patterns") else {}
    adjective = tuple(pats.get("adjective_endings", ()))
    spans = [(k, m) for k, acc in found.items() if k.startswith("pat:") for m in acc.mentions]
    for key, acc in list(found.items()):
        if not key.startswith("body:") or not adjective:
            continue
        hosts = {k for k, h in spans for m in acc.mentions if k in found and h.source.block == m.source.block
                 and h.source.start < m.source.start and m.source.end <= h.source.end
                 and _one_adjective(h.text[:m.source.start - h.source.start], adjective)}
        if len(hosts) == 1:
            host = found[hosts.pop()]
            host.mentions += found.pop(key).mentions


def _one_adjective(prefix: str, endings: tuple[str, ...]) -> bool:
    words = prefix.split()
    return len(words) == 1 and words[0][:1].isupper() and words[0].lower().endswith(endings)


def merge_bare_abbreviations(found: dict[str, Acc]) -> None:
    """"ředitel KVV plk. X" beside "KVV Jeřetín": an acronym standing alone where an actor stands, which is the
    abbreviation of exactly one body of the document named by its kind and place, is that body; a generic
    acronym the gazetteer knows ("SRPŠ") that the document defines for a registered name ("Spolek rodičů při ZŠ
    X, z. s. (SRPŠ)") is that registered body."""
    for key, acc in list(found.items()):
        words = {fold(u) for u in acc.used}
        if not key.startswith(("act:", "gaz:")) or len(words) != 1 or not all(
                u.isupper() and " " not in u for u in acc.used):
            continue
        if key.startswith("gaz:"):
            hosts = [h for h, o in found.items() if h.startswith("pat:") and _defines(o, acc)]
        else:
            hosts = [h for h, o in found.items() if h.startswith(("body:", "pat:"))
                     and words & {fold(x) for x in o.aliases}]
        if len(hosts) == 1:
            found[hosts[0]].mentions += found.pop(key).mentions


def _defines(host: Acc, acc: Acc) -> bool:
    """"Spolek rodičů při ZŠ X, z. s. (SRPŠ)": a mention of the acronym right after the host's name, in brackets."""
    return any(h.source.block == m.source.block and 0 <= m.source.start - h.source.end <= 2
               for h in host.mentions for m in acc.mentions)
