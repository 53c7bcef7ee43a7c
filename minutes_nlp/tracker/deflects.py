"""A reply that passes a question on instead of answering it ("předseda přislíbil předat dotaz odboru dopravy",
"jde o otázku pro vedení města", "the Chair will pass the query to Highways", "this is a matter for the county").

The extractor marks a question answered when someone spoke after it; a reply that refers the question to
another body, or declares it outside the body's remit, leaves it open for the tracker: nobody has answered it
yet. Data: followup_cues `deflects` (folded regular expressions).
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in langdata.load(langdata.code(lang), "followup_cues").get("deflects", ()))


def deflects(answer: str | None, lang: str) -> bool:
    """Whether a reply only passes the question on or declines it."""
    return bool(answer) and any(p.search(fold(answer or "")) for p in _patterns(lang))


def answered_in_meeting(answered: bool | None, answer: str | None, lang: str) -> bool | None:
    """The extractor's answered flag, unless the reply it found only passes the question on."""
    if answered is None:
        return None
    return bool(answered) and not deflects(answer, lang)
