"""A report that work on a task began ("práce zahájeny", "drafting commenced in May") keeps the task going.

Minutes report progress on a task by saying the work has started; a past form of a start verb reads like a
completion to the generic past-tense cues, but the task is done only when the task itself was to start something
("zahájit výběrové řízení", "start the consultation"). The verbs are language data (`started_only` and
`start_task` in `lang/<code>/followup_cues.json`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold
from minutes_nlp.tracker import cues

_AUXILIARY = r"(?:\b(?:byl[aoiy]?|jsou|je|has|have|had|was|were|been|is|are)\s+)*"


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = langdata.load(langdata.code(lang), "followup_cues")
    if not data.get("started_only") or not data.get("start_task"):
        return None
    return re.compile("|".join(data["started_only"])), re.compile("|".join(data["start_task"]))


@lru_cache(maxsize=50_000)
def only_started(task: str, text: str, lang: str) -> bool:
    """Whether the sentence's completion is only that the work started, and the task was not to start it."""
    pats = _patterns(lang)
    folded = fold(text)
    if pats is None or not pats[0].search(folded) or pats[1].search(fold(task)):
        return False
    rest = re.sub(_AUXILIARY + "(?:" + pats[0].pattern + ")", " ", folded)  # "byla započata", "has started"
    return cues.classify(rest, lang, default=None) != "done"
