"""A task whose work is to raise a matter elsewhere is done when a later meeting reports it was raised.

Minutes give members and officers errands of telling: raise an issue with the employer, take a complaint up with
the highways authority, "tlumočit požadavek vedení". Verbs of saying report nothing done in general (a member
"raised a concern" is talk, not news: `past_exclude` in the cue data), so a later "had raised the passport at the
Equalities Forum" reads as a bare mention. When the task itself was that telling, the report in the perfect or the
passive that the matter was raised is its completion. The verbs are language data (`telling_task` and
`telling_done` in `lang/<code>/followup_cues.json`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = langdata.load(langdata.code(lang), "followup_cues")
    if not data.get("telling_task") or not data.get("telling_done"):
        return None
    return re.compile("|".join(data["telling_task"])), re.compile("|".join(data["telling_done"]))


@lru_cache(maxsize=50_000)
def raised_as_promised(task: str, text: str, lang: str) -> bool:
    """Whether the task was to raise a matter and the sentence reports that it was raised."""
    pats = _patterns(lang)
    return pats is not None and bool(pats[0].search(fold(task))) and bool(pats[1].search(fold(text)))
