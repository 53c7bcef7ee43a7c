"""Loading a trained model saved by `minutes train`: a spaCy pipeline folder and its metadata file.

Both trained models (models/roles, models/orgs) are optional: without the files or without spaCy the extractor
runs on rules alone, so a missing model is None, never an error.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def load_pipeline(path: Path, meta_file: str) -> tuple[Any, dict[str, Any]] | None:
    """The pipeline saved under `path` and its metadata (`path/meta_file`), or None when either is missing or
    spaCy is not installed."""
    meta_path = path / meta_file
    if not meta_path.is_file():
        return None
    try:
        import spacy
    except ImportError:
        return None
    return spacy.load(path / "pipeline"), json.loads(meta_path.read_text(encoding="utf-8"))
