"""Where a labelled list's value ends: "Přítomni: A, B, C. Lucka omluvená." stops at its sentence's end (dots of
titles and initials do not end it), a field label after it in the same paragraph stays for the next field, and a
list laid out under its label goes on over "In person:" / "Online:" group lines, over unlabelled sub-group lines
that head a list of their own ("Secretariat", "County Executive – Department of Health"), and a chair's own line.
Split out of `metafields`, which reads the labels.
"""

from __future__ import annotations

import re

from minutes_nlp.document import Block, BlockKind, Document
from minutes_nlp.extract.metalabels import labels, line_text, norm
from minutes_nlp.extract.names import name_titles

_SENTENCE_END = re.compile(r"(?P<word>[^\W\d_]+)\.\s+(?=[^\W\d_]{2,}\s+[a-zá-ž])")


def first_sentence_then_fields(value: str, lang: str) -> str:
    """The list up to the end of its sentence, plus any labelled field after it in the same paragraph
    ("Present: Cllr A, Cllr B. In attendance: Mrs C (Clerk)" keeps "In attendance: ..." for the next field)."""
    m = next((m for m in labels(lang).embedded.finditer(value) if m.group("label")[:1].isupper()
              and value[:m.start() + 1].rstrip().endswith((".", ";"))), None)
    if m is None:
        return first_sentence(value, lang)
    return f"{first_sentence(value[:m.start()], lang)} {value[m.start():].lstrip()}"


def first_sentence(value: str, lang: str) -> str:
    """A list value up to the end of its sentence; dots after titles and initials ("Ing.", "K.") do not end it."""
    titles = {t.rstrip(".") for t in name_titles(lang)}
    for m in _SENTENCE_END.finditer(value):
        word = m.group("word")
        if len(word) > 1 and word.lower() not in titles:
            return value[: m.start("word") + len(word)]
    return value


def section_label(before: str) -> bool:
    """ "ROLL CALL:", "ATTENDANCE:": a short capitalised label opening the line, before a field label."""
    return before.endswith(":") and len(before) <= 40 and len(before.split()) <= 4 and before[:1].isupper()


def in_list_role(text: str, lang: str) -> bool:
    """ "předseda: Ing. Jan X" under "Přítomni:": a chair's line with its name goes on with the list."""
    m = labels(lang).line.match(text)
    return bool(m and labels(lang).by_label[norm(m.group("label"))] == "chair" and m.group("value").strip())


def group_label(text: str, lang: str, value: bool = False) -> bool:
    """ "In person:", "Online:": a line of a list saying how the people under it took part; with `value` also
    such a label with its people after it ("In the room: Jane Doe, ..." under "Attendees:")."""
    words = {norm(w) for w in labels(lang).data.get("list_group_labels", [])}
    head, colon, rest = text.partition(":")
    if value and colon and rest.strip():
        return norm(head.strip(" *_")) in words
    return text.rstrip().endswith((":", "：")) and norm(text.strip(" *_").rstrip(":： *_")) in words


def own_field_line(text: str, lang: str) -> bool:
    """A list line under a heading that is an attendance field of its own, its people on the same line."""
    m = labels(lang).line.match(text)
    return bool(m and ":" in m.group("sep") and m.group("value").strip()
                and labels(lang).by_label[norm(m.group("label"))] == "attendees")


_SUBGROUP_LINE = 80


def subgroup_head(doc: Document, block: Block, lang: str) -> bool:
    """ "Secretariat" / "County Executive – Department of Health" / "Officers" as a plain line between the numbered
    lists under "IN ATTENDANCE": a short unpunctuated line, no list item itself, with a list item right under it,
    groups the people below it (Commonwealth committee and board minutes list attendance so); the list goes on
    under it. A label of another list field ("Apologies") ends the list instead, so it is no sub-group."""
    nxt = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    text = line_text(block).strip(" *_")
    if nxt is None or nxt.kind is not BlockKind.LIST_ITEM or block.kind is not BlockKind.PARAGRAPH \
            or not text or len(text) > _SUBGROUP_LINE or text.endswith((".", ";", ",")) or "\n" in text:
        return False
    m = labels(lang).line.match(text)
    lists = ("attendees", "absent", "guests", "verifiers", "attachments")
    return not (m and labels(lang).by_label[norm(m.group("label"))] in lists) and not re.match(r"\s*\d", text)


def party_staff(bare: str, field: str, lang: str, narrowed: bool = True) -> str:
    """"NOAA staff", "DEP staff present": an own-staff label (`own_staff_labels`: the body's own staff, attendees)
    narrowed by another body's initialism lists that body's staff, guests (an agency's staff at its advisory
    committee); a list label with the body's initialism ("sekretariát RSK", "přítomní členové ZO") keeps its list."""
    own = labels(lang).data.get("own_staff_labels") or ()
    return "guests" if narrowed and field == "attendees" and bare in own else field
