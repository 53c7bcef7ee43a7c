"""Precision, recall and F1 of extracted actions, questions and decisions against annotations.

An extracted item matches a gold one when its `text` contains the gold anchor (the corpus convention);
a second item from a sentence whose anchor is already matched is neither a hit nor a false positive.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from minutes_nlp.evaluate.match import Score as MatchScore
from minutes_nlp.textutil import fold

KINDS = ("actions", "questions", "decisions")
SLOTS = {"actions": ("owner",), "questions": ("asker", "answerer"), "decisions": ()}


class Score(MatchScore):
    """The evaluation's counts; a document with nothing predicted is not penalised in precision here, because
    the model comparison sums counts per left-out series (kept as the model card's figures were made)."""

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0


def _norm(text: str) -> str:
    return " ".join((text or "").split()).lower()


def same_name(got: str | None, want: str | None) -> bool:
    """Same canonical name, ignoring case, diacritics and a first name given only as an initial."""
    if not got or not want:
        return False
    g, w = fold(got).replace(".", " ").split(), fold(want).replace(".", " ").split()
    if not g or not w or g[-1] != w[-1]:
        return False
    return len(g) == 1 or len(w) == 1 or g[0][0] == w[0][0]


def score_items(gold: Sequence[dict[str, Any]], found: Sequence[dict[str, Any]], slots: Sequence[str]) -> Score:
    s = Score(slots={k: [0, 0] for k in slots})
    matched: dict[int, dict[str, Any]] = {}
    anchors = [_norm(g["anchor"]) for g in gold]
    for item in found:
        text = _norm(item.get("text", ""))
        hit = next((i for i, a in enumerate(anchors) if i not in matched and a in text), None)
        if hit is None:
            s.fp += 0 if any(a in text for a in anchors) else 1
            continue
        matched[hit] = item
        s.tp += 1
    s.fn = len(gold) - len(matched)
    for i, item in matched.items():
        for slot in slots:
            want = gold[i].get(slot)
            if want is not None:
                s.slots[slot][1] += 1
                s.slots[slot][0] += int(same_name(item.get(slot), want) or fold(str(item.get(slot))) == fold(want))
    return s


def score_record(gold: dict[str, Any], record_json: dict[str, Any]) -> dict[str, Score]:
    return {k: score_items(gold.get(k, []), record_json.get(k, []), SLOTS[k]) for k in KINDS}
