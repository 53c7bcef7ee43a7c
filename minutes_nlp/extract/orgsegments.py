"""Shapes that a name pattern or a kind of body takes for a body and that are none.

A meeting segment: homeowners' association, town and school board agendas give the audience a slot named
"Open Forum", "Public Forum", "Homeowner Forum", "Public Comment": the head ("Forum", "Comment") is a body's,
but the words before it only say who may speak (org_shapes "segment_openers", "segment_heads").

A post in the "Title: Portfolio" style: South African municipalities (and many others) write an official by the
post and its directorate, "Director: Infrastructure Services", "Manager: PMU", "Chief Financial Officer: Budget
and Treasury". The whole is an office, and the portfolio after the colon is a unit of the meeting's own body,
so the same words standing alone ("Water Services will repair ...") name that unit, not another institution.

A territory: Czech minutes name the district of a town with extended powers "ORP X" both as an actor ("vyzvat ORP
X", "ORP X aktualizovala plán") and as a territory ("v ORP X", "na území ORP X", a project "MAP IV ORP X"): a body
of such a kind (bodies "territorial_kinds") every mention of which stands after "v"/"ve"/"na území" or inside a
project's capitalised name is the area, not the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract.orgfound import ACTOR, BODY, PATTERN
from minutes_nlp.extract.result import Institution, Provenance
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold

_COLON = re.compile(r"([A-Za-z][\w'’-]*)\s*:\s*(?=\S)")
_PORTFOLIO = re.compile(r"(?:[A-Z][\w'’-]*|and|&|of)(?:[ \t]+(?:[A-Z][\w'’-]*|and|&|of))*")  # capitalised run


@cache
def _folded(lang: str, name: str, key: str) -> frozenset[str]:
    if not langdata.has(lang, name):
        return frozenset()
    return frozenset(fold(w) for w in langdata.load(lang, name).get(key, ()))


@cache
def _titles(lang: str) -> frozenset[str]:
    """Closing words of an office: "Director", "Manager", "Officer", "Engineer" (org_patterns)."""
    return _folded(lang, "org_patterns", "job_title_words") | _folded(lang, "org_patterns", "office_titles")


def segment(name: str, lang: str) -> bool:
    """"Open Forum", "Homeowner Forum": a slot of the agenda, named by who may speak in it."""
    words = name.split()
    return len(words) >= 2 and fold(words[-1]) in _folded(lang, "org_shapes", "segment_heads") and all(
        fold(w) in _folded(lang, "org_shapes", "segment_openers") for w in words[:-1])


def _titled(name: str, lang: str) -> bool:
    """"Director: Infrastructure Services": an office word right before a colon inside the name."""
    return any(fold(m.group(1)) in _titles(lang) for m in _COLON.finditer(name))


def portfolios(analyses: Sequence[BlockAnalysis], lang: str) -> frozenset[str]:
    """The portfolios the document writes after an office and a colon ("Manager: Electrical Services")."""
    if not _titles(lang):
        return frozenset()
    out = set()
    for a in analyses:
        for m in _COLON.finditer(a.block.text):
            if fold(m.group(1)) in _titles(lang):
                run = _PORTFOLIO.match(a.block.text, m.end())
                if run:
                    out.add(fold(run.group(0).strip()))
    return frozenset(out)


def not_a_body(inst: Institution, own_units: frozenset[str], analyses: Sequence[BlockAnalysis], lang: str) -> bool:
    """A segment, a "Title: Portfolio" post, a portfolio of the body itself named alone, or a territory."""
    if inst.method is BODY:
        return territory(inst, analyses, lang)
    if inst.method not in (PATTERN, ACTOR):
        return False
    return named_no_body(inst.name, own_units, lang)


def named_no_body(name: str, own_units: frozenset[str], lang: str) -> bool:
    """A name that is a segment of the meeting, a "Title: Portfolio" post or a portfolio of the body itself."""
    return segment(name, lang) or _titled(name, lang) or fold(name) in own_units


def clause_or_partner(affiliation: str, src: Provenance, analyses: Sequence[BlockAnalysis], lang: str) -> bool:
    """What stands after a person where an affiliation may stand but is none. A clause: in a language whose
    names take no lower-case words but connectors (org_patterns "tail_lowercase" false: "City replaced the panels
    on 9/24" in a status cell after an owner's name), a lower-case word of another kind is the sentence. A
    partner: "Porter & Finch" joins two surnames into a firm's name; the second is no body of the first."""
    pats = langdata.load(lang, "org_patterns") if langdata.has(lang, "org_patterns") else {}
    if not pats.get("tail_lowercase", True):
        small = {fold(w) for w in pats.get("connectors", ())}
        if any(w.islower() and fold(w) not in small for w in re.findall(r"[^\W\d_]+", affiliation)):
            return True
    block = next((a.block for a in analyses if a.block.index == src.block), None)
    before = block.text[:max(0, src.start - block.start)].rstrip() if block is not None else ""
    return before.endswith("&")


@cache
def _territorial(lang: str) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The territorial kinds and what stands before an area's name: its words ("v", "na území"), a project's
    acronym or a Roman numeral of its phase ("MAP IV")."""
    data = langdata.load(lang, "bodies") if langdata.has(lang, "bodies") else {}
    words = "|".join(re.escape(w) for w in data.get("territorial_before", ())) or "(?!)"
    return tuple(data.get("territorial_kinds", ())), re.compile(
        r"(?:\b(?:" + words + r")|\b[^\W\d_a-z]{2,}|\b[IVX]+)\s*$")


def territory(inst: Institution, analyses: Sequence[BlockAnalysis], lang: str) -> bool:
    """"Místní akční plán v ORP Lubno", "MAP II ORP Lubno": a territorial kind named only as the area."""
    kinds, before_area = _territorial(lang)
    if not kinds or not inst.mentions or not inst.name.startswith(tuple(k + " " for k in kinds)):
        return False
    blocks = {a.block.index: a.block for a in analyses}
    for m in inst.mentions:
        block = blocks.get(m.source.block)
        before = block.text[:max(0, m.source.start - block.start)] if block is not None else ""
        if not before_area.search(before[-40:]):
            return False
    return True
