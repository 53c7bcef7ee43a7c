"""Presenters of a hearing item in US board and commission minutes (planning, zoning, licensing).

A hearing item is written in labelled parts: "Applicant: <company>, represented by <person>." names the party
the item is about, "Staff report: <staff member> stated ..." the presentation, then the applicant's
statement, public comment and the motion. The staff member after the presentation label presents the item,
whatever the verb ("stated", "explained", "summarised"); the applicant and whoever represents it are parties,
not presenters, even when they describe their plan later. Labels: `presentation_labels` and `party_labels` in
`lang/<lang>/agenda.json`.
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.textutil import fold


@cache
def _rx(lang: str, key: str) -> re.Pattern[str] | None:
    words = langdata.load(langdata.code(lang), "agenda").get(key) or []
    return re.compile(rf"^\s*[*_]*(?:{alt(words)})[*_]*\s*[:：]\s*(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL) \
        if words else None


_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?$")
_CAP = re.compile(r"^(?-i:[A-Z])[\w'’.-]*,?$")


def _subject(text: str) -> str | None:
    """The name opening `text`: its run of capitalised words, an office before the name left out ("Senior
    Planner Jason Tran" -> "Jason Tran", "Mr. Tran" -> "Tran"); a sentence opening with "The" (an office
    alone) names nobody here (the role resolves elsewhere)."""
    run: list[str] = []
    for w in text.split()[:6]:
        if not _CAP.match(w):
            break
        run.append(w.rstrip(","))
        if w.endswith(","):
            break
    words = [w for w in run if not _TITLE.match(w)]
    if not words or run[0].lower() == "the":
        return None
    return " ".join(words[-2:])


def labelled_presenter(doc: Document, start: int, end: int, lang: str) -> list[str]:
    """The person opening the text after a presentation label ("Staff report: Mr. Tran stated ..."), or none."""
    rx = _rx(lang, "presentation_labels")
    if rx is None:
        return []
    for b in doc.blocks[start + 1: end + 1]:
        m = rx.match(b.text)
        name = _subject(m.group("rest")) if m else None
        if name:
            return [name]
    return []


def parties(doc: Document, start: int, end: int, lang: str) -> set[str]:
    """Folded name words of the people a party label names ("Applicant: X LLC, represented by Jane Roe.")."""
    rx = _rx(lang, "party_labels")
    out: set[str] = set()
    for b in doc.blocks[start + 1: end + 1] if rx is not None else ():
        m = rx.match(b.text) if rx is not None else None
        if m:
            first = re.split(r"(?<=[a-z])\.\s", m.group("rest"))[0]  # the label's own sentence
            out |= {fold(w) for w in re.findall(r"(?-i:[A-Z])[^\W\d_]{2,}", first)}
    return out


def not_a_party(name: str, party_words: set[str]) -> bool:
    """The presenter is no party of the hearing: their surname is not among the party label's words."""
    return not party_words or fold(name.split()[-1]) not in party_words
