"""Sub-items of an agenda item: the headings numbered under their parent item ("6.1 Risk management report",
"3.2. Rozpočet na rok 2026", "Bod 4.1 – Dotace", "6a) Budget", "6 (b) Audit plan").

Real minutes of committees, councils and boards split a broad item ("6. Reports", "8. General business",
"4. Různé") into numbered sub-items, each with its own title, presenter and discussion. A sub-item is an
agenda item of its own (numbered as written, level 2); its parent stays an item too. Only numbers that carry
the parent's number count, so a bare "a)" list and the decimal numbering of minute paragraphs ("5.1 The
Committee RECEIVED a report ...", a sentence, not a title) are not sub-items: a sub-item's line is a title
(a heading, or a short line that opens with a capital and does not end like a sentence or run on after a colon).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Block, BlockKind, Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.textutil import fold

_MAX_TITLE = 160
_MAX_PLAIN_WORDS = 14  # a non-heading line longer than this is a paragraph, not a sub-item title
_SENTENCE_END = (".", ";", ",", ":")


@dataclass(frozen=True)
class SubItem:
    number: str  # as written, without a final dot: "6.1", "6a", "6(b)"
    title: str
    block: int


@cache
def _pattern(lang: str) -> re.Pattern[str]:
    """ "[Bod|Item|Ad] 6.1[.|)|:|–] Title", "6a) Title", "6 (a) Title", "6.a Title", "V.1 Title" (under "V."): the
    parent's number, then a second number or a letter. The title opens with a capital letter (a time "14.30 hod"
    or a date is no title)."""
    prefixes = langdata.load(langdata.code(lang), "agenda")["item_prefixes"]
    sub = r"(?P<sub>\d{1,2}|(?-i:[a-z]))"
    number = (rf"(?P<parent>\d{{1,2}}|(?-i:[IVX]{{1,5}}))(?:\.{sub}\.?|\s?\(?(?P<letter>(?-i:[a-z]))\))")
    return re.compile(rf"^\s*[*_#]*\s*(?:(?:{alt(prefixes)})\s*)?{number}(?:\s*[)–—:-])?[*_]*\s+"
                      rf"(?P<title>(?-i:[A-ZÁ-Ž])[^\n]*)$", re.IGNORECASE)


def _label_line(block: Block) -> str:
    """The block's first line with a multilevel list label put back ("6.1." + "Risk management report")."""
    label = (block.list_label or "").strip()
    text = mf.clean_value(block.text.split("\n")[0])
    return f"{label} {text}" if re.fullmatch(r"\d{1,2}\.\d{1,2}\.?", label) else mf.clean_value(mf.line_text(block))


def _titled(block: Block, title: str) -> bool:
    """A heading, or a short title line (no sentence end, no run-in text after a colon or a full stop)."""
    if len(title) > _MAX_TITLE:
        return False
    if block.is_heading:
        return True
    return len(title.split()) <= _MAX_PLAIN_WORDS and not title.rstrip(" *_").endswith(_SENTENCE_END) \
        and not re.search(r"[.:]\s+\S", title)


def _number(m: re.Match[str]) -> str:
    if m.group("letter"):  # "6a)" -> "6a", "6 (a)" -> "6(a)"
        written = m.string[m.start("parent"):m.end("letter")].replace(" ", "")
        return written + ")" if "(" in written else written
    return f"{m.group('parent')}.{m.group('sub')}"


def sub_items(doc: Document, lang: str, parents: list[tuple[str, int]], skip: set[int],
              end: int) -> dict[int, list[SubItem]]:
    """Parent block -> its sub-items, found between each parent item's block and the next parent's (or `end`,
    the signatures); `parents` are (number, block) of the items. Blocks in `skip` (the programme) are not read."""
    if not parents:
        return {}
    parents = sorted(parents, key=lambda nb: nb[1])
    rx = _pattern(lang)
    out: dict[int, list[SubItem]] = {}
    bounds = [b for _, b in parents[1:]] + [end]
    for (number, start), stop in zip(parents, bounds, strict=True):
        for b in doc.blocks[start + 1:stop]:
            if b.index in skip or b.kind is BlockKind.TABLE:
                continue
            m = rx.match(_label_line(b))
            if m and m.group("parent") == number and _titled(b, m.group("title")) and _heads_content(doc, b.index) \
                    and not _opens_resolution(m.group("title"), lang):
                sub = SubItem(_number(m), mf.clean_value(m.group("title")).strip(" *_"), b.index)
                out.setdefault(start, []).append(sub)
        if start not in out:
            out.update({start: subs} if (subs := _lettered_headings(doc, number, start, stop, lang)) else {})
    return out


_LETTER_HEAD = re.compile(r"^\s*[*_#]*\s*(?P<letter>(?-i:[A-Z]))[.)]\s+(?P<title>(?-i:[A-Z0-9])[^\n]*)$")


def _lettered_headings(doc: Document, number: str, start: int, stop: int, lang: str) -> list[SubItem]:
    """ "V. PUBLIC HEARINGS" with the sub-headings "A. ZTA-26-001 – ...", "B. CUP-26-004 – ...": US boards letter
    the hearings gathered in a section of their order of business, and each is an item ("V.A"): a hearing is
    noticed and held on its own record (`hearing_section_words`). They must be headings set below the section's
    own heading level and run A, B, C. Lettered parts of other sections ("OLD BUSINESS" / "A. Depot Road paving",
    "COMMITTEE REPORTS" / "A. Committee on Health") stay inside their item."""
    parent = doc.blocks[start]
    words = langdata.load(langdata.code(lang), "agenda").get("hearing_section_words") or []
    if not parent.is_heading or not words or not re.search(rf"(?<!\w){alt(words)}(?!\w)", fold(parent.text),
                                                           re.IGNORECASE):
        return []
    found = [(b, m) for b in doc.blocks[start + 1:stop] if b.is_heading and (m := _LETTER_HEAD.match(b.text))
             and b.level is not None and parent.level is not None and b.level > parent.level]
    letters = [m.group("letter") for _, m in found]
    if len(found) < 2 or letters != [chr(ord("A") + i) for i in range(len(letters))]:
        return []
    return [SubItem(f"{number}.{m.group('letter')}", mf.clean_value(m.group("title")).strip(" *_"), b.index)
            for b, m in found]


def _heads_content(doc: Document, index: int) -> bool:
    """A sub-item heading has some text under it (a numbered list of titles only is a programme)."""
    return index + 1 < len(doc.blocks) and not (doc.blocks[index + 1].kind is BlockKind.LIST_ITEM and
                                                 doc.blocks[index].kind is BlockKind.LIST_ITEM and
                                                 not doc.blocks[index].is_heading)


@cache
def _resolution_rx(lang: str) -> re.Pattern[str]:
    words = langdata.load(langdata.code(lang), "agenda").get("resolution_sections") or ["(?!)"]
    return re.compile(rf"^\W*(?:{alt(words)})\W*(?:(?:to|that|že|aby)\s.*)?$", re.IGNORECASE)


def _opens_resolution(title: str, lang: str) -> bool:
    """ "7.3 RESOLVED to recommend to the Council:", "8.5 RESOLVED:", "4.2 Ukládá:": a numbered minute
    paragraph opening the resolution of its item (`resolution_sections` of `agenda.json`, alone or with
    "to"/"that"), not a sub-item."""
    return _resolution_rx(lang).match(mf.clean_value(title).strip(" *_")) is not None
