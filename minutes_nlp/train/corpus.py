"""The annotated corpus as (document, annotation) pairs, without the held-out series.

Held-out series (`held_out: true` in corpus/series.json) are never read here: not for training, not for
rule checks; they exist only for the final, independent evaluation.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minutes_nlp.document import Document
from minutes_nlp.loaders.dispatch import load

FORMAT_ORDER = ("docx", "md", "txt", "pdf")


@dataclass(frozen=True)
class Annotated:
    doc_id: str
    series: str
    path: Path
    gold: dict[str, Any]

    def load(self) -> Document:
        return load(self.path)


def held_out(corpus: Path) -> set[str]:
    series = json.loads((corpus / "series.json").read_text(encoding="utf-8"))
    return {s["id"] for s in series if s.get("held_out")}


def _document_path(corpus: Path, series: str, doc_id: str, fmt: str | None) -> Path | None:
    for ext in (fmt,) if fmt else FORMAT_ORDER:
        p = corpus / "docs" / series / f"{doc_id}.{ext}"
        if p.is_file():
            return p
    return None


def annotated(corpus: Path, fmt: str | None = None, exclude: set[str] | None = None) -> Iterator[Annotated]:
    """Annotated documents of the non-held-out series (and not in `exclude`), in a stable order."""
    skip = held_out(corpus) | (exclude or set())
    for ann in sorted((corpus / "annotations").glob("*.json")):
        series = ann.stem.rsplit("-", 1)[0]
        if series in skip or any(ann.stem.startswith(h + "-") for h in skip):
            continue
        gold = json.loads(ann.read_text(encoding="utf-8"))
        series, _, doc_id = str(gold.get("document", f"{series}/{ann.stem}")).partition("/")
        if series in skip:
            continue
        path = _document_path(corpus, series, doc_id or ann.stem, fmt)
        if path is not None:
            yield Annotated(doc_id or ann.stem, series, path, gold)
