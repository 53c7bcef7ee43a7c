"""A region the gazetteer does not know, found by the shape Czech gives every region's name: a capitalised
adjective and "kraj", declined with the sentence ("Vltavického kraje", "s Vltavickým krajem" -> "Vltavický kraj").
A match inside a body's name the rules found ("Krajský úřad Vltavického kraje") is that body's; the region is
reported where the text names it on its own at least once. A region the gazetteer knows is left to the gazetteer
(which knows when its name is only a place); a genitive right after a capitalised word is the owner in another
body's name ("RSK Vltavického kraje"), and a region met only in the genitive ("Strategie rozvoje Vltavického
kraje") is the owner of a document or a place, so one mention in another case must name it as a party. Endings
and nouns are data (lang/<lang>/region_shapes.json)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract.result import Institution, Mention, Method, Provenance
from minutes_nlp.nlp.gazetteer import institutions
from minutes_nlp.textutil import fold

METHOD = Method("rule:orgs.region_shape", "1")


@cache
def _shape(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str], frozenset[str]]:
    code = lang if langdata.has(lang, "region_shapes") else "en"
    d = langdata.load(code, "region_shapes")
    ends, nouns = d["adjective_endings"], d["region_nouns"]
    if not ends or not nouns:
        return None, {}, frozenset()
    alt = "|".join(sorted(map(re.escape, ends), key=len, reverse=True))
    noun = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    pat = re.compile(rf"\b([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w*?)({alt})\s+({noun})\b")
    return pat, ends, frozenset(d["not_adjectives"])


def _owned(text: str, m: re.Match[str], genitives: tuple[str, ...]) -> bool:
    """ "RSK Vltavického kraje", "Rada Vltavického kraje": a region in the genitive right after a capitalised word
    or an abbreviation is the owner in that body's name (its organ, its committee), not the region named."""
    before = text[:m.start()].rstrip().split()
    return m.group(2) in genitives and bool(before) and before[-1][:1].isupper()


def _covered(p: Provenance, found: Sequence[Institution]) -> bool:
    return any(m.source.block == p.block and m.source.start <= p.start and p.end <= m.source.end
               for o in found for m in o.mentions)


def shaped_regions(doc: Document, lang: str, found: Sequence[Institution]) -> list[Institution]:
    """Regions named by adjective and "kraj" outside every found body's name and unknown to the found ones."""
    pat, ends, not_adj = _shape(lang)
    if pat is None:
        return []
    genitives = tuple(langdata.load(lang, "region_shapes").get("genitive_endings", ()))
    known = {fold(x) for o in found for x in (o.name, o.full_name or "", *o.aliases) if x}
    known |= {fold(e.full_name or e.name) for e in institutions(lang) if e.kind == "region"}
    seen: dict[str, list[Mention]] = {}
    for bi, b in enumerate(doc.blocks):
        for m in pat.finditer(b.text):
            if m.group(1) + m.group(2) in not_adj or _owned(b.text, m, genitives):
                continue
            name = f"{m.group(1)}{ends[m.group(2)]} kraj"
            prov = Provenance(bi, b.start + m.start(), b.start + m.end())
            if fold(name) not in known and not _covered(prov, found):
                seen.setdefault(name, []).append(Mention(m.group(0), prov))
    return [Institution(n, n, (), tuple(ms), "region", METHOD, 0.7) for n, ms in seen.items()
            if any(not m.text.split()[0].endswith(genitives) for m in ms)]
