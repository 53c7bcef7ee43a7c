"""The running minute number a section heading gives everything recorded under it ("MIN. NO. 05/2025: ...").

Parliamentary committees (county assemblies, select committees), parish and town councils and NHS boards number
their minutes through the year rather than per meeting: "MIN. NO. 05/2025", "Minute 24/131", "Min 12/24". Every
action and question recorded under such a heading belongs to that minute, and the next meeting's matters arising
cite it ("Min. No. 05/2025 (procurement of medicines): the written response had been circulated"): the citation
names the heading the task was set under, whatever number the agenda extractor gave the section. The heading
forms are language data (`minute_heading` in `lang/<code>/followup_cues.json`); a bare date ("12/03/2025 Site
visit") or a plain agenda number ("5. Finance") is no minute number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold
from minutes_nlp.tracker.model import number_key

HEADING_KINDS = frozenset({"heading", "title"})
HEADING_WORDS = 20  # a heading the layout lost (a PDF line) is short; a matters-arising entry citing a minute is not


@cache
def _patterns(lang: str, key: str = "minute_heading") -> tuple[re.Pattern[str], ...]:
    data = langdata.load(langdata.code(lang), "followup_cues")
    return tuple(re.compile(p) for p in data.get(key, ()))


@lru_cache(maxsize=20_000)
def heading_minute(text: str, lang: str, heading: bool = False) -> str | None:
    """The comparable key of the running minute number a heading opens with ("MIN. NO. 05/2025: ..." -> "5/25"),
    or None when the heading opens with no labelled or year-numbered minute. A `heading` of the layout may give
    it bare, year first ("24/27 North aisle roof": parish councils), which a line of text may not."""
    folded = fold(" ".join(text.split()))
    for pattern in (*_patterns(lang), *(_patterns(lang, "minute_heading_bare") if heading else ())):
        m = pattern.match(folded)
        if m:
            return number_key(m.group("num"))
    return None


def minute_of(blocks: Sequence[Any], at: int | None, lang: str) -> str | None:
    """The minute of the nearest heading at or above passage `at` of a meeting's passages (rows with `kind` and
    `text`); None when that heading carries no running minute number (the agenda's own numbering then stands)."""
    if at is None:
        return None
    for i in range(at, -1, -1):
        b = blocks[i]
        if b["kind"] in HEADING_KINDS:
            return heading_minute(str(b["text"]), lang, heading=True)
        if i < at and len(str(b["text"]).split()) <= HEADING_WORDS and (found := heading_minute(str(b["text"]), lang)):
            return found
    return None
