"""A title heading complete in itself under a letterhead (round 19b).

Where the language counts the letterhead's organisation into the title (`title_keeps_letterhead`), it does so
because the minutes line under it only captions the letterhead: "Minutes of the Full Governing Board meeting
held on Monday ..." under the school's name, the meeting's particulars in a line that reads as the letterhead's
caption. A document whose own title is set as a heading (a heading style, not a bold paragraph) right under the
organisation's line, naming the body and the meeting and no date ("Minutes of the Regular Meeting of the Board
of Directors", "Board of Directors – Regular Meeting"), has a title of its own: the organisation's line above it
is the letterhead, as on headed paper, and stays out of the title.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from minutes_nlp.document import Block, BlockKind, Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.dates import find_dates

_LARGER_TYPE = 2  # a PDF line's heading level from its type size: 1-2 are set larger than the body text


@cache
def _meeting_word_rx(lang: str) -> re.Pattern[str]:
    data = mf.labels(lang).data
    return re.compile(rf"(?<!\w)(?:{alt(data['minutes_words'])}|{alt(data['meeting_nouns'])})(?!\w)", re.IGNORECASE)


def complete_heading(block: Block, text: str, lang: str, names_body: bool) -> bool:
    """The block is a styled heading that names the body (`names_body`, the caller's reading) and the meeting
    (a minutes word or a meeting noun) with no date: a title of its own, which no letterhead line joins."""
    styled = block.kind is BlockKind.HEADING or block.heading_hint and block.level is not None \
        and block.level <= _LARGER_TYPE
    return styled and names_body and bool(_meeting_word_rx(lang).search(text)) and not find_dates(text, lang)


def own_title_under(doc: Document, head: tuple[int, str], kept: list[tuple[int, str]], lang: str,
                    names_body: Callable[[str, str], bool]) -> bool:
    """The title line right under the letterhead's line (`head`) is a title heading of its own. A unit line
    between them ("Faculty of Arts") makes the lines one letterhead block, read into the title as before."""
    if not kept or kept[0][0] != head[0] + 1:
        return False
    index, text = kept[0]
    return complete_heading(doc.blocks[index], text, lang, names_body(text, lang))


def without_letterhead(doc: Document, lines: list[tuple[int, str]], head: tuple[int, str] | None, lang: str,
                       names_body: Callable[[str, str], bool]) -> list[tuple[int, str]]:
    """The top lines without the letterhead's line (`head`, the first of them) when the line right under it is
    a title heading of its own (`own_title_under`)."""
    if head is None or not lines or lines[0] != head:
        return lines
    return lines[1:] if own_title_under(doc, head, lines[1:], lang, names_body) else lines
