"""Test support for the item extractors: entities built from a gold annotation, so owner, asker and
answerer resolution can be tested on the seed independently of the entities stage's own accuracy."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from minutes_nlp.document import Document
from minutes_nlp.extract.entities import Entities
from minutes_nlp.extract.result import AgendaItem, Institution, MeetingInfo, Mention, Person, Provenance


def _mentions(doc: Document, forms: list[str]) -> tuple[Mention, ...]:
    text, out = doc.text, []
    seen: set[tuple[int, int]] = set()
    for form in sorted(set(forms), key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if any(s < m.end() and m.start() < e for s, e in seen):
                continue
            seen.add((m.start(), m.end()))
            block = doc.block_at(m.start())
            out.append(Mention(form, Provenance(block.index if block else 0, m.start(), m.end())))
    return tuple(out)


def gold_entities(doc: Document, gold: dict[str, Any]) -> Entities:
    people = tuple(Person(p["name"], _mentions(doc, p.get("forms", []) + [p["name"]]), p.get("affiliation"),
                          p.get("role")) for p in gold.get("people", []))
    insts = tuple(Institution(i["name"], i.get("full"), (), _mentions(doc, [i["name"]] + ([i["full"]] if i.get("full")
                                                                                           else [])))
                  for i in gold.get("institutions", []))
    return Entities(people, insts)


def gold_agenda(doc: Document, gold: dict[str, Any]) -> list[AgendaItem]:
    """Agenda items placed at the block whose text starts with 'Bod N' (the seed's convention)."""
    out = []
    starts = [(b.index, b.text) for b in doc.blocks]
    for item in gold.get("agenda_items", []):
        hit = next((i for i, t in starts if re.search(rf"\bBod\s+{item['number']}\b", t)), None)
        if hit is not None:
            out.append(AgendaItem(item["number"], item["title"], presenters=tuple(item.get("presenters", [])),
                                  source=Provenance(hit, 0, 0)))
    return out


def load_gold(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def gold_meeting(gold: dict[str, Any]) -> MeetingInfo:
    m = gold.get("meeting", {})
    return MeetingInfo(title=m.get("title"), date=m.get("date"), recorder=m.get("recorder"),
                       approver=m.get("approver"))


def doc_from_lines(*lines: str) -> Document:
    """A small document, one paragraph per line (list items when they start with '- ')."""
    from minutes_nlp.document import BlockKind, DocumentBuilder, Source

    builder = DocumentBuilder(Source("test.txt", "0", "txt"))
    for line in lines:
        if line.startswith("- "):
            builder.add(BlockKind.LIST_ITEM, line[2:], list_label="-")
        else:
            builder.add(BlockKind.PARAGRAPH, line)
    return builder.build()


def entities_for(doc: Document, people: dict[str, list[str]], insts: dict[str, list[str]] | None = None) -> Entities:
    """Entities with mentions of the given surface forms, as the entities stage would report them."""
    ps = tuple(Person(name, _mentions(doc, forms + [name])) for name, forms in people.items())
    ins = tuple(Institution(name, None, (), _mentions(doc, forms + [name])) for name, forms in (insts or {}).items())
    return Entities(ps, ins)


def entities_with_roles(doc: Document, people: dict[str, tuple[list[str], str | None]],
                        insts: dict[str, list[str]] | None = None) -> Entities:
    """Entities whose people carry the role the attendance list gives them ("Jan Novák (starosta)")."""
    ps = tuple(Person(name, _mentions(doc, forms + [name]), role=role) for name, (forms, role) in people.items())
    ins = tuple(Institution(name, None, (), _mentions(doc, forms + [name])) for name, forms in (insts or {}).items())
    return Entities(ps, ins)
