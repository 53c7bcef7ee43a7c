"""Where a labelled list's value ends: "Přítomni: A, B, C. Lucka omluvená." stops at its sentence's end (dots of
titles and initials do not end it), a field label after it in the same paragraph stays for the next field, and a
list laid out under its label goes on over "In person:" / "Online:" group lines and a chair's own line. Split out of
`metafields`, which reads the labels.
"""

from __future__ import annotations

import re

from minutes_nlp.extract.metalabels import labels, norm
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
