"""Small helpers every institution rule shares: the language's name patterns (org_patterns.json), a token's
word, whether two tokens stand on one line and in one cell, and the provenance of a token span."""

from __future__ import annotations

from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract.result import Provenance
from minutes_nlp.nlp.pipeline import BlockAnalysis


@cache
def _patterns(lang: str) -> dict[str, Any]:
    return dict(langdata.load(lang if lang in langdata.SUPPORTED else "en", "org_patterns"))


def _prov(a: BlockAnalysis, s: int, e: int) -> Provenance:
    return Provenance(a.block.index, a.tokens[s].start, a.tokens[e - 1].end, a.block.page)


def _word(a: BlockAnalysis, i: int) -> str:
    return a.tokens[i].word if 0 <= i < len(a.tokens) else ""


def _joined(a: BlockAnalysis, k: int) -> bool:
    """Tokens k-1 and k are on one line and in one table cell (no newline or tab between them)."""
    gap = a.block.text[a.tokens[k - 1].end - a.block.start: a.tokens[k].start - a.block.start]
    return "\n" not in gap and "\t" not in gap


@cache
def finite_verbs(lang: str) -> frozenset[str]:
    """Folded future forms of task verbs ("zašle", "rozešle", "will send" is not one word): a name never goes on
    over them (action_cues "verbs" "future", the list the action rules read)."""
    data = langdata.load(lang if lang in langdata.SUPPORTED else "en", "action_cues")
    verbs = data.get("verbs", {})
    return frozenset(verbs.get("future", ()) if isinstance(verbs, dict) else ())


@cache
def owner_labels(lang: str) -> frozenset[str]:
    """Folded labels that open a task's owner ("Odpovídá:", "Z:"; action_cues "owner_labels")."""
    data = langdata.load(lang if lang in langdata.SUPPORTED else "en", "action_cues")
    return frozenset(data.get("owner_labels", ()))
