"""Institutions and places of one document: gazetteer hits, name patterns, and acronyms used as actors.

An all-capital token is an institution only when the gazetteer knows it or the text uses it as an actor: after
a person ("Rut Bízková (ISFOR)"), after a preposition of origin or company ("z MAS", "s MPO"), or listed with
known institutions. Abbreviations the text defines for documents or programmes ("Koncepce Smart Cities (dále
též „KSC“)") are never institutions; ones it defines for bodies link to their full name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from minutes_nlp.extract import (
    bodies,
    bodies_found,
    orgblock,
    orgboards,
    orgbranches,
    orgcodes,
    orgcounterparts,
    orgdefined,
    orgdepts,
    orgfilters,
    orgfounded,
    orginflect,
    orgkraj,
    orgmembers,
    orgmerge,
    orgoffices,
    orgowners,
    orgparties,
    orgregion,
    orgroles,
    orgsegments,
    orgseries,
    orgservices,
    orgshapes,
    orgshortdefs,
    orgshortnames,
    orgspeakers,
    orgunits,
    orguse,
)
from minutes_nlp.extract.mentions import RawMention, not_institution
from minutes_nlp.extract.orgfound import ACTOR, BODY, PATTERN, Acc, add, role_lead
from minutes_nlp.extract.orgnames import _patterns, _prov, expand_head, pattern_orgs
from minutes_nlp.extract.result import Institution, MeetingInfo, Mention, Provenance
from minutes_nlp.nlp.names import lexicon
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.nlp.tokens import Token
from minutes_nlp.textutil import fold

_DEF = re.compile(r"\(\s*(?:(?P<marker>[^()„“\"]{0,25}?)\s+)?[„\"“']?(?P<abbr>[^\s()„“\"”']{2,15})[“\"”']?\s*\)")


def _initials_match(abbr: str, words: Sequence[Token]) -> bool:
    letters = fold("".join(c for c in abbr if c.isupper()))
    caps = [fold(t.word)[:1] for t in words if t.is_cap or t.is_upper]
    return len(letters) >= 2 and "".join(caps[-len(letters):]) == letters


def defined_terms(analyses: Sequence[BlockAnalysis], lang: str) -> dict[str, str | None]:
    """Abbreviations the text defines -> the organisation's full name, or None for documents and programmes."""
    markers = tuple(m.lower() for m in _patterns(lang)["definition_markers"])
    out: dict[str, str | None] = {}
    for a in analyses:
        for m in _DEF.finditer(a.block.text):
            abbr = m.group("abbr")
            if sum(c.isupper() for c in abbr) < 2:
                continue
            marker = (m.group("marker") or "").strip().lower().rstrip(",")
            pos = a.block.start + m.start()
            before = [t for t in a.tokens if t.end <= pos][-8:]
            if (marker and marker in markers) or _initials_match(abbr, before):
                out[abbr] = _defined_org(a, before)
    return out


def _defined_org(a: BlockAnalysis, before: Sequence[Token]) -> str | None:
    """The full name right before "(X)" when it is a known institution, else None."""
    if not before:
        return None
    last = before[-1]
    for h in a.orgs:
        if a.tokens[h.end - 1].end == last.end:
            return h.entry.full_name or h.entry.name
    return None


def _bodies(analyses: Sequence[BlockAnalysis], lang: str, meeting: MeetingInfo,
            found: dict[str, Acc], units: dict[int, set[int]],
            surnames: frozenset[str] = frozenset()) -> dict[int, set[int]]:
    """Bodies named by kind and name ("SDH Lhota"); a gazetteer name that covers one ("KÚ JMK") wins, and so
    does a unit named with its owner ("Ústřední knihovny UTŠ"). Returns the tokens they take in each block,
    which the other rules then leave alone."""
    by_block = {a.block.index: a for a in analyses}
    skips: dict[int, set[int]] = {}
    for f in bodies_found.collect(analyses, lang, meeting.title or meeting.series, surnames):
        a = by_block[f.block]
        if units.get(f.block, set()) & set(range(f.start, f.end)):
            continue
        if any(h.start <= f.start and f.end - _legal_tail(a, h.end, f.end, lang) <= h.end for h in a.orgs):
            continue  # "Správa silnic Královéhradeckého kraje, p. o.": the gazetteer's body with its legal form
        add(found, f.key, Mention(a.span_text(f.start, f.end), _prov(a, f.start, f.end)), f.name,
             full_name=f.full_name, aliases=set(f.aliases) | orgbranches.seat_of(a, f, lang), kind=f.kind, method=BODY,
             confidence=0.8)
        skips.setdefault(f.block, set()).update(range(f.start, f.end))
    return skips


def _legal_tail(a: BlockAnalysis, k: int, end: int, lang: str) -> int:
    """Tokens from k to `end` when they are only a legal form (", p. o.", "s.r.o."), else 0."""
    return end - k if k < end and bodies.legal_end(a, k, lang) == end else 0


# --- collection -----------------------------------------------------------------------------------------------


def _affiliations(people: Sequence[RawMention], analyses: Sequence[BlockAnalysis], lang: str, blocked: set[str],
                  found: dict[str, Acc]) -> None:
    """Institutions named as a person's affiliation that the gazetteer does not know ("ISFOR")."""
    covered = [m.source for acc in found.values() for m in acc.mentions]
    known = {fold(f) for acc in found.values() for f in (*acc.used, *acc.aliases, acc.full_name or "") if f}
    for p in people:
        src = p.affiliation_source
        if not p.affiliation and (lead := role_lead(p, analyses, lang)) is not None:
            p = replace(p, affiliation=lead[0], affiliation_source=lead[1])
            src = lead[1]
        if not p.affiliation or p.affiliation_is_place or src is None or p.affiliation in blocked \
                or not_institution(p.affiliation, lang) or orgsegments.clause_or_partner(
                    p.affiliation, src, analyses, lang):  # "K Lindqvist (DASS)": an office, not a body
            continue
        if fold(p.affiliation) in known or any(
                c.block == src.block and c.start <= src.start < c.end for c in covered):
            continue  # "PČR" for "Obvodní oddělení Policie ČR": a body the document already has; a region
            # inside a longer affiliation ("Spektrum Vysočiny") does not make it one
        add(found, "act:" + fold(p.affiliation), Mention(p.affiliation, src), p.affiliation,
             kind="organisation", method=ACTOR, confidence=0.75)


def _short_forms(acc: Acc, name: str) -> set[str]:
    """"Správa NP" for "Správa NP Bílé hory", "the Housing Trust" kept as written: a mention of two or more words
    that is the opening words of the name is the short form the minutes use after the first, a name of the body."""
    texts = {m.text.strip().rstrip(".,;:") for m in acc.mentions}
    return {t for t in texts if " " in t and name.startswith(t + " ")}


def _institution(key: str, acc: Acc, lang: str) -> Institution:
    name = acc.used.most_common(1)[0][0] if acc.used else (acc.full_name or key.split(":", 1)[1])
    if acc.abbreviation and key.startswith(("pat:", "dept:")) and _patterns(lang).get("abbreviation_is_name"):
        name, acc.full_name = acc.abbreviation, acc.full_name or name  # "DPMLO" = "Dopravní podnik města ..."
    undotted = {name.rstrip(".")} if name.endswith(".") and acc.method is PATTERN else set()
    forms = acc.aliases | undotted | set(acc.used)  # every name the text used for it ("X Ltd." and "X Ltd")
    forms |= orgmerge.inflected(acc, forms | {name}) | orginflect.bare_names(name, lang) | _short_forms(acc, name)
    forms |= orginflect.legal_spellings(forms | {name}, lang)
    aliases = tuple(sorted(a for a in forms if a and a != name and a != acc.full_name))
    mentions = tuple(sorted(acc.mentions, key=lambda m: m.source.start))
    return Institution(name, acc.full_name, aliases, mentions, acc.kind, acc.method, acc.confidence)


_SHORT = re.compile(r"\s*\(\s*([^\W\d_]{2,3})\s*[,;)]")


def _initials_of(analyses: Sequence[BlockAnalysis], people: Sequence[RawMention]) -> set[str]:
    """"Mgr. Petra Hálková (PH, zástupkyně vedoucího odboru)", later "Z: PH": initials the minutes define for a
    person right after the name are that person, not an institution."""
    texts = {a.block.index: a.block for a in analyses}
    out = set()
    for p in people:
        block = texts.get(p.source.block)
        first, last = p.first_form or p.initial or "", p.surname_form
        hit = _SHORT.match(block.text, p.source.end - block.start) if block else None
        if hit and first[:1] and last[:1] and hit.group(1).isupper() and fold(hit.group(1)) in {
                fold(first[0] + last[0]), _every_initial(p.text)}:
            out.add(hit.group(1))
    return out


def _every_initial(name: str) -> str:
    """The initials of every part of a name ("Marc-Antoine Delsaux (MAD)", "Luis Ferreira Campos (LFC)"): a
    hyphenated or double given name or surname gives one letter a part; titles ("Dr.") give none."""
    parts = [w for w in re.split(r"[\s\u00a0-]+", name) if w[:1].isupper() and not w.endswith(".")]
    return fold("".join(w[0] for w in parts))


_PAREN = re.compile(r"\([^()]*\)")  # "SO (annual leave)", "JB (Chair)": a note after the initials
_LABEL_LINE = re.compile(r"^\W*([^\W\d_][^:\t|]{1,30}?)\s*[:\t|]\s*(.*)$")


def _listed_initials(analyses: Sequence[BlockAnalysis], lang: str) -> set[str]:
    """"Přítomni: JN, PH, LD, MM, OS": short capitals listed under an attendance label are people's initials."""
    labels = lexicon(lang).labels
    out: set[str] = set()
    for a in analyses:
        for line in a.block.text.split("\n"):
            m = _LABEL_LINE.match(line)
            if m and m.group(1).strip().lower() in labels:
                items = [x.strip() for x in re.split(r"[,;]|\s+(?:a|and)\s+|\t|\|", _PAREN.sub("", m.group(2)))]
                short = {x for x in items if 2 <= len(x) <= 3 and x.isupper() and x.isalpha()}
                if 2 * len(short) > len([x for x in items if x]):
                    out |= short  # not "Chair: E. Whitcombe (EW), UTW": capitals after a name are its body
    return out


def _role_initials(people: Sequence[RawMention]) -> set[str]:
    """"Aisha Barnes (Director of Housing)", later "DoH" in the owner column: the initials of an office someone
    holds in the document name that office (its holder), not a body."""
    out = set()
    for p in people:
        words = (p.role or "").replace("-", " ").split()
        if len(words) >= 2:
            mixed = "".join(w[0] for w in words)
            out |= {mixed, mixed.upper(), "".join(w[0] for w in words if w[:1].isupper())}
    return {x for x in out if len(x) >= 2}


def extract_institutions(analyses: Sequence[BlockAnalysis], lang: str, meeting: MeetingInfo,
                         people: Sequence[RawMention],
                         previous: Callable[[], Sequence[str]] | None = None) -> list[Institution]:
    """`previous` gives the texts of the earlier minutes of the series (read only when a firm's short name needs
    them). Steps: what may not be an institution, the per-block finders, the whole-document finders, merging
    the names of one body, then dropping what names this body, an office, a date or a place."""
    defined = defined_terms(analyses, lang)
    blocked = _blocked(analyses, lang, meeting, people, defined)
    found: dict[str, Acc] = {}
    _scan_blocks(analyses, lang, meeting, blocked, found, people)
    _document_finders(analyses, lang, meeting, people, blocked, found, previous)
    _merge(analyses, lang, defined, found, previous)
    return _kept(analyses, lang, meeting, found)


def _blocked(analyses: Sequence[BlockAnalysis], lang: str, meeting: MeetingInfo, people: Sequence[RawMention],
             defined: dict[str, str | None]) -> set[str]:
    """Capitals that are not institutions: abbreviations of documents, of the series, and people's initials."""
    return {k for k, v in defined.items() if v is None} | set(meeting.series_abbreviations) | _initials_of(
        analyses, people) | _listed_initials(analyses, lang) | _role_initials(people)


def _person_initials(people: Sequence[RawMention]) -> set[str]:
    """"JM", "KL" in a task table's owner column: the initials of a person the document names are that person
    (taken as a body only where the gazetteer or a body rule knows them)."""
    return {(p.first_form[0] + p.surname_form[0]).upper() for p in people if p.first_form and p.surname_form}


def _scan_blocks(analyses: Sequence[BlockAnalysis], lang: str, meeting: MeetingInfo, blocked: set[str],
                 found: dict[str, Acc], people: Sequence[RawMention] = ()) -> None:
    """Units and bodies first (their tokens are left alone), then in each block the name patterns, the
    gazetteer outside them, and unknown capitals used as actors."""
    units = orgunits.units(analyses, lang, blocked, found)
    initials = orgroles.initialled(analyses, _person_initials(people))
    places = {a.words[i] for a in analyses for h in a.places for i in range(h.start, h.end)}
    surnames = frozenset(p.surname_form for p in people if p.surname_form and p.surname_form not in places)
    skips = _bodies(analyses, lang, meeting, found, units, surnames)
    for a in analyses:
        skip = skips.get(a.block.index, set()) | units.get(a.block.index, set())
        named = pattern_orgs(a, lang, skip)
        inside = {j for h in a.orgs for j in range(h.start, h.end)
                  if any(p.start <= a.tokens[h.start].start and a.tokens[h.end - 1].end <= p.end for _, p in named)}
        orgblock.gazetteer(a, lang, blocked, found, skip | inside)
        orgblock.unknown_actors(a, lang, blocked | initials, found, skip)
        _patterned(named, lang, blocked, found)


def _patterned(named: Sequence[tuple[str, Provenance]], lang: str, blocked: set[str], found: dict[str, Acc]) -> None:
    """Names found by the organisation patterns ("Technické služby města ..."), with their head word expanded."""
    for text, prov in named:
        if fold(text) not in {fold(x) for x in blocked}:
            written = expand_head(text, lang)
            add(found, "pat:" + fold(written), Mention(text, prov), written, kind="organisation",
                 method=PATTERN, confidence=0.75, aliases={text} - {written})


def _document_finders(analyses: Sequence[BlockAnalysis], lang: str, meeting: MeetingInfo,
                      people: Sequence[RawMention], blocked: set[str], found: dict[str, Acc],
                      previous: Callable[[], Sequence[str]] | None) -> None:
    """The finders that need the whole document (or the earlier minutes): codes, acting units, members,
    services, departments, founders, letterheads, repeated actors, lists, affiliations and series firms."""
    orgfounded.founded(analyses, lang, found)
    orgboards.boards(analyses, lang, found)
    orgowners.owner_bodies(analyses, lang, found)
    orgspeakers.speaker_bodies(analyses, lang, blocked, found)
    orgcodes.coded(analyses, lang, blocked, found)
    orgunits.acting_units(analyses, lang, found)
    orgmembers.represented(analyses, lang, meeting, found)
    orgservices.services(analyses, lang, found)
    orgdepts.departments(analyses, lang, found)
    orguse.founder(analyses, lang, found)
    orguse.letterhead(analyses, lang, found)
    orguse.repeated_actors(analyses, lang, blocked, people, found)
    orguse.listed(analyses, lang, found)
    orguse.columns(analyses, lang, found)
    _affiliations(people, analyses, lang, blocked, found)
    orgseries.series_firms(analyses, lang, found, previous)
    orgshortnames.short_names(analyses, lang, found, previous)
    orgseries.generic_reference(analyses, lang, found, previous)
    orgdefined.series_defined(analyses, lang, blocked, found, previous)


def _merge(analyses: Sequence[BlockAnalysis], lang: str, defined: dict[str, str | None],
           found: dict[str, Acc], previous: Callable[[], Sequence[str]] | None = None) -> None:
    """One entry per body: defined abbreviations linked to their full names, inflected, partial, generic and
    initialled forms merged into the name they stand for; then political parties."""
    orgcounterparts.with_codes(analyses, lang, found)
    orgmerge.link_defined(analyses, found, lang)
    orgshortdefs.defined_short_names(analyses, found, lang)
    for abbr, full in defined.items():
        if full and "act:" + fold(abbr) in found:
            found["act:" + fold(abbr)].full_name = full
    orgmerge.merge_defined(found, defined)
    orginflect.merge_inflected(found, lang)
    orginflect.merge_short_bodies(found)
    orgmerge.merge_parts(found)
    orgmerge.merge_aliased(found)
    orgoffices.merge_offices(found, lang)
    orgoffices.merge_inside_names(found, lang)
    orgoffices.merge_bare_abbreviations(found)
    orgbranches.merge_branches(found)
    orgmerge.merge_head_prefix(found, lang)
    orgmerge.merge_group_names(found)
    orgmerge.merge_cued(found)
    orgmerge.merge_generic(found)
    orgkraj.merge_generic_region_organs(found)
    orgmerge.merge_units(found)
    orgmerge.merge_bare_kinds(found)
    orgregion.regional_office(found, lang, previous)
    orgmerge.link_initials(analyses, lang, found)
    orgmerge.merge_aliased(found)  # "of the LDM" once the initials made "LDM" an alias of its full name
    orgmerge.merge_generic_names(found, lang)
    orgdepts.link_initials(found, lang)
    orgdepts.spelled_initials(analyses, lang, found)
    orgparties.parties(analyses, lang, found)


def _kept(analyses: Sequence[BlockAnalysis], lang: str, meeting: MeetingInfo,
          found: dict[str, Acc]) -> list[Institution]:
    """The institutions in order of first mention, without the meeting's own body (a pattern hit on its
    title or series), offices, dates, unnamed places and the venue."""
    own = [fold(x) for x in (meeting.title, meeting.series) if x]
    lines = {a.block.index: a.block.text for a in analyses if "\n" not in a.block.text}
    insts = [_institution(k, v, lang) for k, v in found.items()]
    opening = [line for a in analyses[:orgfilters.OPENING] for line in a.block.text.split("\n")]
    units = orgsegments.portfolios(analyses, lang)
    insts = [i for i in insts if not orgsegments.not_a_body(i, units, analyses, lang)
             and not (i.method is PATTERN and orgfilters.own_body(i.name, own, opening, lang))
             and not orgfilters.office_or_date(i, lang) and not orgfilters.unnamed_place(i, analyses, lang)
             and not orgshapes.not_a_body(i, analyses, lang)
             and not orgroles.role_or_platform(i, lang, analyses)
             and not orgfilters.venue(i, meeting, lines, lang, {a.block.index: (a.block.start, a.block.text)
                                                                for a in analyses})]
    return sorted(insts, key=lambda i: i.mentions[0].source.start if i.mentions else 0)
