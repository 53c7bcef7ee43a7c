"""Run the extraction on every annotated document and score it (see `match` for the rules)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutes_nlp.errors import MinutesError
from minutes_nlp.evaluate import match
from minutes_nlp.evaluate.gold import GoldDoc, load_gold
from minutes_nlp.extract.pipeline import extract
from minutes_nlp.extract.result import to_json
from minutes_nlp.loaders import load

CATEGORIES = ("meeting", "agenda_items", "attendance", "people", "institutions", "actions", "questions",
              "decisions")
SLOTS = {"actions": ("owner", "due"), "questions": ("asker", "answerer", "answered")}


@dataclass
class DocResult:
    """Scores of one rendering (file) of one annotated document."""

    series: str
    doc_id: str
    file: str
    format: str
    held_out: bool
    scores: dict[str, match.Score]
    fields: dict[str, bool]
    error: str | None = None


@dataclass
class EvalReport:
    docs: list[DocResult] = field(default_factory=list)

    def total(self, held_out: bool | None = None) -> dict[str, match.Score]:
        """Micro-averaged scores over the documents (all, only held-out, or only the others)."""
        out = {c: match.Score() for c in CATEGORIES}
        for d in self.docs:
            if held_out is None or d.held_out == held_out:
                for c in CATEGORIES:
                    out[c].add(d.scores[c])
        return out

    def field_accuracy(self, held_out: bool | None = None) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for d in self.docs:
            if held_out is None or d.held_out == held_out:
                for key, ok in d.fields.items():
                    acc = out.setdefault(key, [0, 0])
                    acc[0], acc[1] = acc[0] + int(ok), acc[1] + 1
        return out


def score_prediction(gold: dict[str, Any], pred: dict[str, Any]) -> tuple[dict[str, match.Score], dict[str, bool]]:
    """All category scores of one prediction (the JSON of `minutes extract`) against one annotation."""
    meeting, fields = match.meeting(gold, pred)
    scores = {
        "meeting": meeting,
        "agenda_items": match.agenda(gold, pred),
        "attendance": match.attendance(gold, pred),
        "people": match.people(gold, pred),
        "institutions": match.institutions(gold, pred),
    }
    for cat in ("actions", "questions", "decisions"):
        scores[cat] = match.anchored(gold.get(cat, []), pred.get(cat) or [], SLOTS.get(cat, ()),
                                     tuple(gold.get("institutions", [])))
    return scores, fields


def _run_file(doc: GoldDoc, path: Path) -> DocResult:
    error = None
    try:
        pred = to_json(extract(load(path)))
    except MinutesError as exc:
        pred, error = {}, exc.one_line()
    scores, fields = score_prediction(doc.data, pred)
    fmt = path.suffix.lstrip(".")
    return DocResult(doc.series, doc.doc_id, str(path), fmt, doc.held_out, scores, fields, error)


def evaluate(gold_paths: list[Path] | None = None, series: str | None = None,
             held_out_only: bool = False) -> EvalReport:
    """Extract and score every rendering of every annotated document found under `gold_paths`."""
    report = EvalReport()
    for doc in load_gold(gold_paths, series, held_out_only):
        for path in doc.files:
            report.docs.append(_run_file(doc, path))
    return report
