"""A governing board named by whom it is made of or what it governs, with no place or parent before it: "the
Board of Trustees", "the Board of Directors", "Board of Regents", "Board of License Commissioners", "Board of
Education". US, UK and Irish bodies (universities, charities, companies, towns) name their boards so; the
minutes of another body refer to the board of their own institution this way, and it is a body (one the
meeting's own institution has), not a generic noun. The name ends with the word that says what the board is
made of or governs (org_patterns "board_of_closing"), so a parent named after it ("... of Kelby Trust") stays a
body of its own. A board named with a place or parent before it ("Kelby County Board of Supervisors") is the
name patterns' (orgnames.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from minutes_nlp.extract.orgbase import _joined, _patterns, _prov, _word
from minutes_nlp.extract.orgfound import PATTERN, Acc, add
from minutes_nlp.extract.result import Mention
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold

_HEADS = ("Board",)
_MAX_WORDS = 3


def boards(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc]) -> None:
    """Add every "Board of <...closing word>" not opened by a capitalised word of its own name."""
    closing = set(_patterns(lang).get("board_of_closing", ()))
    if not closing:
        return
    for a in analyses:
        for i, word in enumerate(a.words):
            if word not in _HEADS or _word(a, i + 1) != "of" or _named_before(a, i, lang):
                continue
            end = _closing_end(a, i + 2, closing)
            if end is not None:
                text = a.span_text(i, end)
                add(found, "pat:" + fold(text), Mention(text, _prov(a, i, end)), text, kind="organisation",
                    method=PATTERN, confidence=0.75)


def _named_before(a: BlockAnalysis, i: int, lang: str) -> bool:
    """A capitalised word of the name before the head ("Kelby County Board of ..."), not "The" or "Its"."""
    return i > 0 and i not in a.sentence_starts and a.tokens[i - 1].is_cap and _joined(a, i) \
        and a.words[i - 1] not in _patterns(lang).get("determiners", ())


def _closing_end(a: BlockAnalysis, k: int, closing: set[str]) -> int | None:
    """The index after the closing word of the words from k, all capitalised and on one line, or None."""
    for j in range(k, min(k + _MAX_WORDS, len(a.tokens))):
        if not a.tokens[j].is_cap or not _joined(a, j):
            return None
        if a.words[j] in closing:
            return j + 1
    return None
