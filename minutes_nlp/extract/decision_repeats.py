"""Closing summaries that restate decisions already taken ("Přehled usnesení", "Decisions"): a summary line
that repeats one decision, or joins several in one line, is not a decision of its own.

Split out of `decisions.py`; the summary section names are data (`decision_cues.json`: `summary_sections`).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from minutes_nlp.extract import cues
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.result import Decision
from minutes_nlp.textutil import fold, prefix_stems

_NAME = "decision_cues"
_REPEAT = 85.0  # token-set similarity above which a summary line restates an earlier decision


def next_again(cls: cues.CueClass, out: list[Decision]) -> bool:
    """"Příští jednání: začátek října, online." in the closing summary after the body set the next meeting: the
    same decision restated in other words."""
    return cls.name.startswith("next_meeting") and any(".next_meeting" in d.method.name for d in out)


def in_summary(ctx: Ctx, i: int) -> bool:
    """Sentence i is in a closing summary ("Přehled úkolů", "Action items", "Decisions")."""
    marks = cues.data(ctx.lang, _NAME).get("summary_sections", [])
    sec = ctx.sections[i].strip(" :")
    return any(sec == m or sec.startswith(m + " ") for m in marks)


def words(text: str) -> str:
    return " ".join(w for w in re.findall(r"\w+", fold(text)) if len(w) > 2)


def is_repeat(text: str, earlier: list[str]) -> bool:
    key = words(text)
    return any(fuzz.token_set_ratio(key, words(e)) >= _REPEAT for e in earlier) or _recap(key, earlier)


_RECAP_STEM = 5  # word prefix compared, so inflection ("schvaluje" / "schválil", "změnu" / "změna") does not hide it
_RECAP_SHARE = 0.8  # share of a summary line's words found in earlier decisions that makes it their recap
_RECAP_WORDS = 4
_RECAP_SHORTEST = 4  # letters: shorter words ("the", "and", "pro") say nothing of what was decided


def _recap(key: str, earlier: list[str]) -> bool:
    """A closing summary that joins several decisions in one line ("The Board approved the budget, the
    policy and the plan", "MV schválil program, změnu řádu a ...") repeats them together: nearly all its
    words occur in the decisions taken before, though no single one of them is like the whole line."""
    stems = prefix_stems(key.split(), _RECAP_STEM, _RECAP_SHORTEST)
    seen = prefix_stems((w for e in earlier for w in words(e).split()), _RECAP_STEM)
    return len(earlier) > 1 and len(stems) >= _RECAP_WORDS and len(stems & seen) >= _RECAP_SHARE * len(stems)
