"""Whether the header of the minutes (the text before the first agenda item) names a person on a members' line.

Why: a presenter missing from the attendance lists the extractor read was a guest only if the minutes never
listed them as a member; when the header names them in full on a line labelled as a members' list ("Senators
present: Dana Whitcomb (President), ..."), they sat on a list whose label the attendance rules did not know.
A line labelled for guests or staff ("Also present", "Officers in attendance", "Hosté") keeps them guests.
Label words: `presenter_member_lists` in `lang/<lang>/metadata_labels.json`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract.result import AgendaItem
from minutes_nlp.textutil import fold


@cache
def _words(lang: str, kind: str) -> frozenset[str]:
    data = langdata.load(langdata.code(lang), "metadata_labels").get("presenter_member_lists") or {}
    return frozenset(fold(w) for w in data.get(kind, []))


def header_text(doc: Document, items: Sequence[AgendaItem]) -> str:
    """The document's text before its first agenda item that is not an entry of the programme list."""
    starts = [i.source.start for i in items if i.source is not None and not i.in_programme]
    return doc.text[: min(starts)] if starts else ""


def _members_line(label: str, lang: str) -> bool:
    """ "Senators present", "Přítomni členové": a members' label; "Also present", "Hosté": a guests' one."""
    words = set(re.findall(r"\w+", fold(label)))
    phrases = " ".join(re.findall(r"\w+", fold(label)))
    guest = any(w in words or (" " in w and w in phrases) for w in _words(lang, "guest"))
    return not guest and any(w in words for w in _words(lang, "member"))


def _label(line: str) -> str:
    """The label of a header line: before its colon ("Senators present: ...") or its first table cell."""
    m = re.match(r"^([^:\t]{1,60})[:\t]", line)
    return m.group(1) if m else ""


def named_in_header(name: str, doc: Document | None, items: Sequence[AgendaItem], lang: str | None = None) -> bool:
    """The full name (two words or more) stands in the header on a line labelled as a members' list."""
    if doc is None or len(name.split()) < 2:
        return False
    words = r"\s+".join(re.escape(w) for w in fold(name).split())
    for line in header_text(doc, items).split("\n"):
        label = _label(line)
        if label and len(label.split()) <= 4 and _members_line(label, lang or "en") \
                and re.search(rf"(?<!\w){words}(?!\w)", fold(line)):
            return True
    return False
