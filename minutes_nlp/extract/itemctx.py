"""What every item extractor needs about one document: its sentences with their folded text, agenda
item, section heading and actors, plus the document-level owners (organiser, chair).

Built once per document by `items.extract_items` and shared by the action, question and decision rules.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from minutes_nlp.document import Document
from minutes_nlp.extract import offices, owners, personrefs
from minutes_nlp.extract.cues import fold_keep
from minutes_nlp.extract.entities import Entities
from minutes_nlp.extract.result import AgendaItem, MeetingInfo, Provenance
from minutes_nlp.nlp.sentences import Sentence, sentences


@dataclass(frozen=True)
class Ctx:
    doc: Document
    lang: str
    meeting: MeetingInfo
    entities: Entities
    sents: tuple[Sentence, ...]
    folded: tuple[str, ...]
    items: tuple[AgendaItem | None, ...]
    sections: tuple[str, ...]  # folded title of the section each sentence is in
    actors: tuple[tuple[owners.Actor, ...], ...]
    organiser: str | None
    unresolved_offices: frozenset[str] = frozenset()  # office words no known person holds: never an owner
    # answers of pure matchers of one sentence (action and decision cues), which several passes ask again
    answers: dict[tuple[Any, ...], Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def prov(self, i: int) -> Provenance:
        s = self.sents[i]
        return Provenance(s.block, s.start, s.end, s.page)

    def item_number(self, i: int) -> str | None:
        item = self.items[i]
        return (item.number or item.title) if item is not None else None

    def local(self, i: int, a: owners.Actor) -> tuple[int, int]:
        """The actor's span relative to sentence i."""
        return a.start - self.sents[i].start, a.end - self.sents[i].start


def _own_item_for_block(agenda: Sequence[AgendaItem], block: int) -> AgendaItem | None:
    best = None
    for item in agenda:
        if item.source is None or item.source.block > block:
            continue
        if item.end_block is not None and block > item.end_block:
            continue
        if best is None or item.source.block >= best.source.block:  # type: ignore[union-attr]
            best = item
    return best


def item_for_block(agenda: Sequence[AgendaItem], block: int) -> AgendaItem | None:
    """The agenda item whose body holds `block` (the structure stage decides; we map its number back)."""
    try:
        from minutes_nlp.extract.agenda import item_for_block as shared
    except ImportError:
        return _own_item_for_block(agenda, block)
    number = shared(tuple(agenda), block)
    if number is None:
        return None
    inside = [a for a in agenda if a.number == number and a.source is not None and a.source.block <= block
              and (a.end_block is None or block <= a.end_block)]
    return inside[-1] if inside else _own_item_for_block(agenda, block)


_HEADINGISH = re.compile(r"^[^.!?]{2,90}[:]?$")


def _sections(doc: Document) -> dict[int, str]:
    """Folded heading text in force for each block: real headings and short label-like lines."""
    current, out = "", {}
    for b in doc.blocks:
        line = b.text.strip()
        if b.is_heading or (b.kind.value == "paragraph" and _HEADINGISH.match(line) and len(line.split()) <= 10):
            current = fold_keep(line)
        out[b.index] = current
    return out


class _Near:
    """The entity mentions that may overlap a span, in their order: `sentence_actors` keeps those that do out
    of the list it is given, and giving it every mention of the document for every sentence was quadratic.
    The mentions are sorted by start (`owners.entity_actors`) and none is longer than the longest."""

    def __init__(self, known: list[owners.Actor]) -> None:
        self.known = known
        self.starts = [a.start for a in known]
        self.longest = max((a.end - a.start for a in known), default=0)

    def __call__(self, start: int, end: int) -> list[owners.Actor]:
        lo = bisect.bisect_left(self.starts, start - self.longest)
        return self.known[lo:bisect.bisect_left(self.starts, end, lo)]


def build(doc: Document, lang: str, meeting: MeetingInfo, agenda: Sequence[AgendaItem],
          entities: Entities) -> Ctx:
    sents = tuple(sentences(doc, lang))
    known = owners.entity_actors(entities, lang)
    secs = _sections(doc)
    refs = personrefs.build(doc, entities, lang)
    index = personrefs.with_roles(offices.build(lang, entities, meeting, doc.text), refs)
    folded = tuple(fold_keep(s.text) for s in sents)
    near = _Near(known)
    actors = tuple(tuple(personrefs.merge(owners.sentence_actors(s.start, s.end, s.text, near(s.start, s.end),
                                                                 entities, lang, index, f),
                                          refs.actors(s.text, s.start), s.text, s.start))
                   for s, f in zip(sents, folded, strict=True))
    return Ctx(doc, lang, meeting, entities, sents, folded,
               tuple(item_for_block(agenda, s.block) for s in sents),
               tuple(secs.get(s.block, "") for s in sents), actors,
               owners.organiser(doc, meeting, entities, lang),
               frozenset(o for o in index.offices() if o not in index.holders))
