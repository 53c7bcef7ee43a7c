"""A control line that only points to where the meeting dealt with the task: no news of its own.

Review lists and action logs often say of a task no more than where the meeting took it up: "31/7 – viz bod 3.",
"2/1 a 2/4 – viz body 3 a 5", "Bar quotes – see item 6.", "Action 4 – see minute 12". Read as a bare mention
the line would carry the task over, though the item it points to may report it done; so the line is set aside
and the news is looked for in the meeting's words. A line with news besides the pointer ("circulated on 3 May,
see item 5") is judged by its news. The pointer forms are language data (`cross_reference` in
`lang/<code>/followup_cues.json`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold
from minutes_nlp.tracker import cues


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    data = langdata.load(langdata.code(lang), "followup_cues")
    return tuple(re.compile(p) for p in data.get("cross_reference", ()))


@lru_cache(maxsize=20_000)
def points_elsewhere(text: str, lang: str) -> bool:
    """Whether the line's only word on the task is a pointer to another item of the meeting."""
    folded = fold(text).strip()
    for p in _patterns(lang):
        m = p.search(folded)
        if m:
            return cues.classify(folded[: m.start()], lang, default=None) is None
    return False
