"""Lettered sub-items ("A. Pool season and pool rules.", "B. Dead pine on the common area", "C. Holiday lighting"):
minutes letter the sub-items of an agenda section A., B., C. at the start of consecutive paragraphs, often as a bold
lead-in. The letter is a label, not an initial, so "A. Pool" is no person. A letter counts as a label only when
another block of the document opens with the letter before or after it (a lone "J. Smith reported ..." keeps its
initial)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes_nlp.document import BlockKind
from minutes_nlp.nlp.pipeline import BlockAnalysis

_LEAD = re.compile(r"\s*([A-H])\.\s+\S")
_KINDS = (BlockKind.PARAGRAPH, BlockKind.HEADING)  # a list of people by initials ("A. Patel", "B. Ng") is no run


def lettered_blocks(analyses: Sequence[BlockAnalysis]) -> dict[int, str]:
    """Block index -> its letter, for blocks that open a run of lettered sub-items."""
    found = {a.block.index: m.group(1) for a in analyses
             if a.block.kind in _KINDS and (m := _LEAD.match(a.block.text))}
    letters = set(found.values())
    return {i: x for i, x in found.items() if chr(ord(x) - 1) in letters or chr(ord(x) + 1) in letters}


def opens_with_label(text: str, start: int, block_start: int, letter: str | None) -> bool:
    """A mention at the very start of a lettered block, opened by the block's letter ("A. Pool")."""
    return letter is not None and start == block_start and text.startswith(f"{letter}. ")
