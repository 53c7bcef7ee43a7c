"""Agenda items of minutes without numbering: section headings, or upper-case run-in labels ("ROLL CALL:
Members present ..."), numbered by their position.

Split out of `agenda`, which reads the numbered schemes and the programme and falls back to these sections
only when neither is found; lettered sub-items ("A. Depot Road paving") stay inside their section.
"""

from __future__ import annotations

import re

from minutes_nlp.document import Block, BlockKind, Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.agenda_forms import MAX_TITLE, Cand, clean_title, vocab
from minutes_nlp.textutil import fold

_LETTERED = re.compile(r"^\s*(?-i:[A-Z])[.)]\s+\S")
_CAPS = re.compile(r"(?=[A-Z '’&/-]*[A-Z]{2})[A-Z][A-Z '’&/-]{2,60}")  # an upper-case label: no digits, no lower case
_CAPS_LABEL = re.compile(rf"^\s*(?P<t>{_CAPS.pattern}):\s*\S")


def plain_sections(doc: Document, lang: str) -> list[Cand]:
    """Minutes with no numbering at all and topic headings ("## Brownfield – areál kasáren"): each heading of
    the section level that heads some text is an item, numbered by its position (nothing else is written)."""
    data, _, numbered, programme = vocab(lang)
    heads = [b for b in doc.blocks[1:] if b.is_heading and len(b.text) <= MAX_TITLE]
    if any(numbered.match(b.text) for b in heads):
        return []  # numbered headings that are not items ("I. schvaluje"): not a list of topics
    skip = tuple(fold(t) for t in data.get("non_item_headings", []))
    heads = [b for b in heads if not programme.match(b.text) and not mf.starts_field(b.text, lang)
             and not fold(clean_title(b.text)).startswith(skip or ("\0",))]
    lettered = {b.index for b in heads if _LETTERED.match(b.text)}  # "A. Depot Road paving": a sub-item
    heads = [b for b in heads if b.index not in lettered]
    levels = [b.level or 0 for b in heads]
    level = max(set(levels), key=levels.count, default=0)
    deeper = [b for b in heads if (b.level or 0) > level and _heads_text(doc, b.index)]
    heads = [b for b in heads if (b.level or 0) == level]
    heads = [b for b in heads if b.index + 1 < len(doc.blocks) and (
        not doc.blocks[b.index + 1].is_heading or b.index + 1 in lettered or _under(doc, b.index + 1, level))]
    cands = [Cand("", clean_title(b.text), b.index, "section") for b in heads]
    runin = _caps_runin(doc, lang)
    if len(runin) >= 2:  # "CALL TO ORDER: The Chair ...": upper-case labels; headings join when upper-case too
        cands = sorted(runin + [c for c in cands if _CAPS.fullmatch(c.title)], key=lambda c: c.block)
        deeper = []
    if len(cands) < 2:
        return []
    return _numbered_with_subs(cands, [b for b in deeper if _under(doc, b.index, level)], doc)


def _heads_text(doc: Document, index: int) -> bool:
    return index + 1 < len(doc.blocks) and not doc.blocks[index + 1].is_heading


def _under(doc: Document, index: int, level: int) -> bool:
    """A heading set below the section level ("### SP-26-002 – Site plan" under "## Public Hearings")."""
    return doc.blocks[index].is_heading and (doc.blocks[index].level or 0) > level


def _numbered_with_subs(cands: list[Cand], deeper: list[Block], doc: Document) -> list[Cand]:
    """Sections numbered by position; the sub-headings of a section with no text of its own ("Public Hearings"
    right over one heading per case) are its sub-items, numbered within it ("5.1", "5.2"), the matters it
    gathers; a section with text of its own keeps its sub-headings inside."""
    out: list[Cand] = []
    for i, c in enumerate(cands, 1):
        out.append(Cand(str(i), c.title, c.block, c.scheme))
        stop = cands[i].block if i < len(cands) else len(doc.blocks)
        gathers = c.block + 1 < len(doc.blocks) and doc.blocks[c.block + 1] in deeper
        subs = [b for b in deeper if c.block < b.index < stop] if gathers else []
        out.extend(Cand(f"{i}.{k}", clean_title(b.text), b.index, "subitem") for k, b in enumerate(subs, 1))
    return out


def _caps_runin(doc: Document, lang: str) -> list[Cand]:
    """Paragraphs opened by an upper-case label and a colon ("ROLL CALL: Members present ...",
    "ADJOURNMENT: Motion by ..."), the section labels of minutes without numbering; attendance and
    signature fields ("MEMBERS PRESENT:") are not sections, unless a section opens so (`section_field_labels`), nor
    are the labels of a record inside an item ("ACTION:", "RESOLVED:", "ÚKOL:"; `record_labels`)."""
    out: list[Cand] = []
    sections = tuple(fold(t) for t in vocab(lang)[0].get("section_field_labels", []))
    records = {fold(t) for t in vocab(lang)[0].get("record_labels", [])}  # "ACTION: X – ...": inside an item
    for b in doc.blocks[1:]:
        m = _CAPS_LABEL.match(b.text)
        field = mf.starts_field(b.text, lang) and fold(m.group("t").strip()) not in sections if m else True
        if m and not b.is_heading and b.kind is not BlockKind.TABLE and not field \
                and fold(m.group("t").strip()) not in records:
            out.append(Cand("", m.group("t").strip(), b.index, "section"))
    return out
