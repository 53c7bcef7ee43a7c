"""Finding hand annotations and the documents they describe.

An annotation (format of `../shared/seed/gold.json`, conventions in `corpus/FORMAT.md`) names its document
either as "<series>/<doc-id>" (corpus: files `corpus/docs/<series>/<doc-id>.{docx,pdf,md}`) or as a file
name next to it (the seed: `000_....txt`, whose renderings `seed.docx` and `seed.pdf` sit in the same folder).
Every rendering is evaluated, since one document in three formats is three chances to fail.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minutes_nlp.errors import InputError, UsageError

DEFAULT_GOLD = (Path("corpus/annotations"), Path("../shared/seed/gold.json"))
_CHECKOUT = Path(__file__).resolve().parents[2]  # the repository root of a source checkout
DOC_SUFFIXES = (".docx", ".pdf", ".md", ".txt")
SEED_SERIES = "seed"


@dataclass(frozen=True)
class GoldDoc:
    """One annotation and the files (renderings) of its document."""

    annotation: Path
    data: dict[str, Any]
    series: str
    doc_id: str
    files: tuple[Path, ...]
    held_out: bool


def _held_out_series(corpus_root: Path) -> set[str]:
    path = corpus_root / "series.json"
    if not path.is_file():
        return set()
    try:
        return {s["id"] for s in json.loads(path.read_text(encoding="utf-8")) if s.get("held_out")}
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"cannot read series list ({exc})", path) from exc


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read annotation ({exc})", path) from exc
    if not isinstance(data, dict) or "document" not in data:
        raise InputError("not an annotation (no 'document' key)", path)
    return data


def _corpus_files(annotation: Path, document: str) -> tuple[Path, ...]:
    corpus_root = annotation.resolve().parent.parent
    base = corpus_root / "docs" / document
    return tuple(p for p in (base.with_suffix(s) for s in DOC_SUFFIXES) if p.is_file())


def _sibling_files(annotation: Path, document: str) -> tuple[Path, ...]:
    """The named document plus the other renderings in a folder that holds a single annotation (the seed)."""
    folder = annotation.parent
    named = folder / document
    files = [named] if named.is_file() else []
    if len(list(folder.glob("*.json"))) == 1:
        files += sorted(p for p in folder.iterdir() if p.suffix in DOC_SUFFIXES and p != named
                        and p.name.lower() != "readme.md")
    return tuple(files)


def gold_doc(annotation: Path) -> GoldDoc:
    data = _read(annotation)
    document = str(data["document"])
    if "/" in document:
        series, doc_id = document.split("/", 1)
        held = series in _held_out_series(annotation.resolve().parent.parent)
        return GoldDoc(annotation, data, series, doc_id, _corpus_files(annotation, document), held)
    return GoldDoc(annotation, data, SEED_SERIES, Path(document).stem, _sibling_files(annotation, document), False)


def find_annotations(paths: list[Path] | None) -> list[Path]:
    """Annotation files under the given files/folders (default: the corpus and the seed, when present)."""
    explicit = bool(paths)
    out: list[Path] = []
    defaults = [p if p.exists() else _CHECKOUT / p for p in DEFAULT_GOLD]  # run from elsewhere: the checkout's
    for p in paths or defaults:
        if p.is_dir():
            out += sorted(p.glob("*.json"))
        elif p.is_file():
            out.append(p)
        elif explicit:
            raise UsageError(f"no annotations at {p}")
    return out


def load_gold(paths: list[Path] | None, series: str | None = None, held_out_only: bool = False) -> list[GoldDoc]:
    docs = [gold_doc(p) for p in find_annotations(paths)]
    if series:
        docs = [d for d in docs if d.series == series]
    if held_out_only:
        docs = [d for d in docs if d.held_out]
    return docs
