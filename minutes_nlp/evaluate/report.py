"""The evaluation report as a plain-text table (per document, totals, held-out apart) or JSON."""

from __future__ import annotations

from typing import Any

from minutes_nlp.evaluate.match import Score
from minutes_nlp.evaluate.run import CATEGORIES, EvalReport

_SHORT = {"meeting": "meet", "agenda_items": "agenda", "attendance": "attend", "people": "people",
          "institutions": "inst", "actions": "action", "questions": "quest", "decisions": "decis"}


def score_json(s: Score) -> dict[str, Any]:
    out: dict[str, Any] = {"p": round(s.precision, 3), "r": round(s.recall, 3), "f1": round(s.f1, 3),
                           "tp": s.tp, "fp": s.fp, "fn": s.fn}
    for name, (ok, total) in sorted(s.slots.items()):
        out[f"{name}_acc"] = [ok, total]
    if s.missed:
        out["missed"] = list(s.missed)
    return out


def _totals_json(report: EvalReport, held_out: bool | None) -> dict[str, Any]:
    return {"categories": {c: score_json(s) for c, s in report.total(held_out).items()},
            "meeting_fields": report.field_accuracy(held_out)}


def to_json(report: EvalReport) -> dict[str, Any]:
    return {
        "documents": [{"series": d.series, "document": d.doc_id, "file": d.file, "format": d.format,
                       "held_out": d.held_out, "error": d.error, "meeting_fields": d.fields,
                       "categories": {c: score_json(s) for c, s in d.scores.items()}} for d in report.docs],
        "total": _totals_json(report, None),
        "seen": _totals_json(report, False),
        "held_out": _totals_json(report, True),
    }


def _f1(s: Score) -> str:
    return "   -  " if s.tp + s.fp + s.fn == 0 else f"{s.f1:6.2f}"


def _doc_rows(report: EvalReport) -> list[str]:
    head = f"{'document':30s} {'fmt':4s} " + " ".join(f"{_SHORT[c]:>6s}" for c in CATEGORIES) + "  fields"
    rows = [head, "-" * len(head)]
    for d in report.docs:
        name = f"{d.doc_id}{' *' if d.held_out else ''}"
        fields = f"{sum(d.fields.values())}/{len(d.fields)}"
        rows.append(f"{name[:30]:30s} {d.format:4s} " + " ".join(_f1(d.scores[c]) for c in CATEGORIES)
                    + f"  {fields}" + (f"  ERROR {d.error}" if d.error else ""))
    return rows


def _category_rows(title: str, totals: dict[str, Score]) -> list[str]:
    rows = [title, f"  {'category':14s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'fp':>5s} {'fn':>5s}  slots"]
    for c, s in totals.items():
        slots = "  ".join(f"{n} {ok}/{t}" for n, (ok, t) in sorted(s.slots.items()))
        rows.append(f"  {c:14s} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f} {s.tp:5d} {s.fp:5d} {s.fn:5d}  {slots}")
    return rows


def _field_rows(report: EvalReport, held_out: bool | None) -> list[str]:
    acc = report.field_accuracy(held_out)
    if not acc:
        return []
    return ["  meeting fields: " + "  ".join(f"{k} {ok}/{t}" for k, (ok, t) in acc.items())]


def render_table(report: EvalReport) -> str:
    """Per-document F1 per category, then totals for seen and held-out (*) series and overall."""
    if not report.docs:
        return "no annotated documents found"
    lines = _doc_rows(report) + [""]
    groups: list[tuple[str, bool | None]] = [("TOTAL (all documents)", None)]
    if any(d.held_out for d in report.docs) and not all(d.held_out for d in report.docs):
        groups = [("SEEN series", False), ("HELD-OUT series (*)", True), *groups]
    for title, held in groups:
        lines += _category_rows(title, report.total(held)) + _field_rows(report, held) + [""]
    return "\n".join(lines).rstrip()
