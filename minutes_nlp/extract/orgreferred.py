"""A committee, panel or group named in running text ("reported on the summer work of the Executive Committee,
which met twice", "two seats on the Faculty Affairs Committee", "referred to the Curriculum Committee") is the
body the minutes speak of, as much as one that acts ("The Planning Committee recommended"). Minutes write a
standing body's name after "the" in a sentence; the same name standing alone is an agenda heading, a table
cell or a report's title (org_patterns "acting_only"), and a name followed or opened by a word of its papers or
meetings ("the Audit Committee report"; "the minutes of the Audit Committee", "Minutes of the meeting of the
Planning Committee": org_patterns "referred_not_before", "referred_not_after") names the paper or the meeting's
own body. A committee followed by a bracketed person ("Forecast Products Subcommittee (Dr. X)") is named with
who acts for it, a body in any sentence.
"""

from __future__ import annotations

from typing import Any

from minutes_nlp.document import BlockKind
from minutes_nlp.extract.orgbase import _word
from minutes_nlp.nlp.pipeline import BlockAnalysis

_SENTENCE_WORDS = 6  # a line shorter than this is a heading or a label, not a sentence


def referred(a: BlockAnalysis, start: int, i: int, pat: dict[str, Any]) -> bool:
    """The name [start, i] closed by an acting-only head is written after "the" inside a sentence."""
    if a.block.kind is BlockKind.HEADING:
        return False
    if _word(a, i + 1) == "(" and _word(a, i + 2)[:1].isupper():
        return True  # "Forecast Products Subcommittee (Dr. X) to circulate ...": the body and who acts for it
    if start < 1 or a.words[start - 1].lower() != "the":
        return False
    if _word(a, i + 1).lower() in pat.get("referred_not_before", ()):
        return False
    if _word(a, start - 2).lower() == "of" and _word(a, start - 3).lower() in pat.get("referred_not_after", ()):
        return False  # "Minutes of the meeting of the Planning Committee", "the minutes of the Audit Committee"
    first = max((s for s in a.sentence_starts if s <= start - 1), default=0)
    nxt = [s for s in a.sentence_starts if s > i]
    last = nxt[0] if nxt else len(a.tokens)
    words = [w for w in a.words[first:last] if w[:1].isalnum()]
    return len(words) >= _SENTENCE_WORDS
