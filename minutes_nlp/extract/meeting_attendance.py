"""Who attended and who was absent, as the metadata stage puts it together: the labelled lists and a register
table, sentences naming them, lists by initials and "všichni kromě ..." resolved against the previous
minutes of the folder, substitutes and late arrivals. The rules that read each source live in `attendance`.

Split out of `metadata.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from minutes_nlp.document import Document
from minutes_nlp.extract import attendance as att
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract import titles
from minutes_nlp.textutil import fold

if TYPE_CHECKING:
    from minutes_nlp.extract.metadata import _Previous

_TITLE_ZONE = titles.TITLE_ZONE


def attendance(fields: list[mf.Field], doc: Document, lang: str,
               previous: _Previous) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(attendees, absent): the lists, else a sentence naming them, else "všichni kromě ..." against the
    members of the previous meeting; plus late arrivals and apologies given in sentences."""
    text = doc.text
    table = att.register(doc, lang)
    listed = att.listed(fields, "attendees", lang, text)  # a list and a register table may each give some
    attendees = att.merge_people(listed + table.get("attendees", ())) if listed else \
        table.get("attendees") or att.attendees_by_cue(doc, lang)
    absent = _both(att.listed(fields, "absent", lang, text), table.get("absent", ())) + \
        tuple(att.absent_by_cue(doc, lang))
    attendees, absent = _initials(fields, doc, lang, previous) or (attendees, absent)
    top = "\n".join(b.text for b in doc.blocks[:att.TITLE_ZONE])
    if not attendees and att.vocab_rx(lang, "all_but_cues").search(top):
        split = att.all_but(doc, lang, previous.roster())
        if split:
            attendees, absent = split[0], split[1] + absent
    attendees, absent = previous.completed(attendees), previous.completed(absent)
    stood_in = tuple(p for p in att.substitutes(fields, lang) if p not in attendees)
    absent = tuple(p for p in absent if fold(p) not in {fold(s) for s in stood_in})  # "Omluven: X; zastupuje Y"
    return att.with_late_arrivals(attendees + stood_in, doc, lang), att.merge_people(absent)


def _both(listed: tuple[str, ...], table: tuple[str, ...]) -> tuple[str, ...]:
    """A status mark in a list ("X (absent)") and a register table's absentees each give some of the absent:
    keep both, one entry per person, as for the attendees."""
    return att.merge_people(listed + table) if listed and table else listed or table


def _initials(fields: list[mf.Field], doc: Document, lang: str,
              previous: _Previous) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Lists by initials ("Přítomni: JN, PH, LD", "Omluvena: TV"), resolved by "Ing. Jaroslav Nedoma (JN, ...)"
    here or in the previous minutes of the folder, or by the initials of the people those minutes listed."""
    lists = {k: att.initials_only(fields, k, lang) for k in ("attendees", "absent")}
    if not any(lists.values()):
        return None
    texts = [doc.text] + previous.texts()
    known = tuple(p for m in previous.meetings() for p in m.attendees + m.absent)
    names = att.initials_of(texts, known, lang)
    roster = known + tuple(names.values())
    resolved = {k: tuple(p for e in v if (p := att.short_form_person(e, names, roster))) for k, v in lists.items()}
    return resolved["attendees"], resolved["absent"] + tuple(att.absent_by_cue(doc, lang))


def attendance_texts(fields: list[mf.Field], doc: Document) -> list[str]:
    """The attendees' entries as written: the list values and the rows of the header's tables."""
    texts = [f.value for f in fields if f.name == "attendees"]
    for b in doc.blocks[:2 * _TITLE_ZONE]:  # a presence table may stand under its own heading
        texts += [" ".join(row) for row in b.rows] if b.kind.value == "table" else []
    return texts
