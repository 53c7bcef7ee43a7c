"""People, institutions and places of one document, from the language's spaCy pipeline of rule components.

People come first because their stated affiliations ("Rut Bízková (ISFOR)") are evidence that an unknown
acronym is an institution; places named as affiliations are reported as places, never as people.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from minutes_nlp.document import Document
from minutes_nlp.extract import (
    language,
    metadata,
    neighbours,
    orginflect,
    orgs,
    orgs_model,
    orgsegments,
    people,
    personshapes,
)
from minutes_nlp.extract.office_acronyms import office_acronyms
from minutes_nlp.extract.orgheader import header_parents
from minutes_nlp.extract.orgnames import _patterns
from minutes_nlp.extract.orgquotes import quoted_peers, split_suppliers
from minutes_nlp.extract.orgregionshape import shaped_regions
from minutes_nlp.extract.orgroles import office_name
from minutes_nlp.extract.places import extract_places
from minutes_nlp.extract.result import AgendaItem, Institution, MeetingInfo, Person, Place
from minutes_nlp.nlp.pipeline import BlockAnalysis, analyse
from minutes_nlp.textutil import fold


@dataclass(frozen=True)
class Entities:
    people: tuple[Person, ...] = ()
    institutions: tuple[Institution, ...] = ()
    places: tuple[Place, ...] = ()


def extract_entities(doc: Document, lang: str, meeting: MeetingInfo, agenda: Sequence[AgendaItem],
                     known_people: Iterable[str] = ()) -> Entities:
    """`known_people`: nominative surnames known from the archive, a cue for declension."""
    analyses = analyse(doc, lang)
    raw = people.raw_mentions(analyses, lang, meeting)
    def previous() -> list[str]:
        return [d.text for d in neighbours.load_previous(doc)]

    found_people = people.extract_people(raw, analyses, lang, known_people, people.roster(meeting), previous)
    found_orgs = orgs.extract_institutions(analyses, lang, meeting, raw, previous)
    found_orgs += header_parents(doc, lang, meeting, found_orgs)
    found_people = [_affiliation_from_role(p, found_orgs) for p in found_people
                    if not _inside_org(p, found_orgs, lang, doc.text)
                    and not personshapes.not_a_person(p, found_orgs, analyses, lang)]
    places = extract_places(analyses, lang)
    found_orgs += quoted_peers(doc, lang, found_orgs, found_people, places)
    found_orgs += shaped_regions(doc, lang, found_orgs)
    found_orgs += orgs_model.propose(doc, lang, found_orgs, [*found_people, *places],
                                     [meeting.series or "", meeting.title or "", *meeting.series_abbreviations],
                                     previous, _rules_reject(doc, analyses, lang))
    return Entities(tuple(found_people), tuple(split_suppliers(doc, lang, found_orgs)), tuple(places))


def _rules_reject(doc: Document, analyses: Sequence[BlockAnalysis], lang: str) -> Callable[[str], bool]:
    """What the rules know is no body holds for the model's proposals too: an abbreviation the minutes define for
    something else ("Koncepce Smart Cities (KSC)"), a meeting segment, a "Title: Portfolio" post, a portfolio
    of the body itself, an office ("MCA", "Fiscal Analyst"), the acronym of an office the attendance list gives
    someone ("Owen Pike (Director of Estates)" -> "DoE"), a name whose last word names a thing, a plan or an
    event (org_patterns "not_body_after_head": "National Student Survey", "Water Level Viewer")."""
    documents = {k for k, v in orgs.defined_terms(analyses, lang).items() if v is None}
    units = orgsegments.portfolios(analyses, lang)
    things = frozenset(_patterns(lang).get("not_body_after_head", ()))
    offices = office_acronyms(doc, lang)
    return lambda name: name in documents or name in offices or orgsegments.named_no_body(name, units, lang) \
        or office_name(name, lang) or (name.split() or [""])[-1] in things


def _inside_org(person: Person, institutions: Sequence[Institution], lang: str, text: str) -> bool:
    """"J. Coyle & Sons", "Mercado & Lyle LLP", "Myslivecký spolek Hubert Lhota, z.s.": a name met only inside a
    firm's name, a name closed by a legal form or a short name the minutes define for a body ("MS Hubert") is the
    body's, not a person."""
    spans = {(m.source.block, m.source.start, m.source.end) for i in institutions for m in i.mentions
             if i.method is orgs.PATTERN or orginflect.legal_spellings({m.text.strip(" ,;")}, lang)}
    names = {n for i in institutions if any(orginflect.legal_spellings({n}, lang) for n in (i.name, *i.aliases))
             for n in (i.name, *i.aliases) if " " in n}
    return bool(person.mentions) and all(
        any(b == m.source.block and s <= m.source.start and m.source.end <= e and (s, e) != (
            m.source.start, m.source.end) for b, s, e in spans) or _in_name(m.source.start, m.source.end, names, text)
        for m in person.mentions)


def _in_name(start: int, end: int, names: set[str], text: str) -> bool:
    """The text at [start, end) lies inside one of `names` written around it (and is not the whole name)."""
    window = text[max(0, start - 60):end + 60]
    offset = max(0, start - 60)
    return any(offset + m.start() <= start and end <= offset + m.end() and m.end() - m.start() > end - start
               for n in names for m in re.finditer(re.escape(n), window))


def _affiliation_from_role(person: Person, institutions: Sequence[Institution]) -> Person:
    """"president of Sunrise Petroleum Inc": an institution named inside the stated role is the affiliation."""
    if person.affiliation or not person.role:
        return person
    role = f" {fold(person.role)} "
    inside = [i for i in institutions
              if f" {fold(i.name)} " in role or (i.full_name and f" {fold(i.full_name)} " in role)]
    return replace(person, affiliation=max(inside, key=lambda i: len(i.name)).name) if inside else person


@dataclass(frozen=True)
class FileEntities:
    path: str
    language: str
    entities: Entities


def entities_of_files(paths: Iterable[str]) -> list[FileEntities]:
    """Load each file and extract its people, institutions and places (for `minutes people` / `minutes orgs`)."""
    from minutes_nlp.loaders import load

    out = []
    for path in paths:
        doc = load(path)
        lang = language.detect_language(doc)
        meeting = metadata.extract_meeting(doc, lang)
        out.append(FileEntities(str(path), lang, extract_entities(doc, lang, meeting, ())))
    return out
