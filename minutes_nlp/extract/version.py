"""The extractor's version: the package version plus a fingerprint of the language data and models.

A change to a cue list, a retrained model or the code that reads and extracts (a development checkout
between releases) changes the fingerprint, so `minutes ingest` knows to re-extract documents that were
read with the old knowledge.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from pathlib import Path

from minutes_nlp import __version__

MODELS_DIR = Path(__file__).resolve().parents[2] / "models"


def _lang_files() -> list[tuple[str, bytes]]:
    root = resources.files("minutes_nlp.lang")
    out = []
    for sub in sorted(root.iterdir(), key=lambda p: p.name):
        if sub.is_dir():
            out += [(f"{sub.name}/{f.name}", f.read_bytes()) for f in sorted(sub.iterdir(), key=lambda p: p.name)
                    if f.name.endswith(".json")]
    return out


_CODE = ("document.py", "loaders", "nlp", "extract")  # what a stored extraction depends on


def _code_files() -> list[tuple[str, bytes]]:
    root = Path(__file__).resolve().parents[1]
    paths = [root / c for c in _CODE]
    files = [p for p in paths if p.is_file()] + [f for d in paths if d.is_dir() for f in sorted(d.glob("*.py"))]
    return [(str(f.relative_to(root)), f.read_bytes()) for f in files]


def _model_files() -> list[tuple[str, bytes]]:
    if not MODELS_DIR.is_dir():
        return []
    return [(str(p.relative_to(MODELS_DIR)), p.read_bytes()) for p in sorted(MODELS_DIR.rglob("*"))
            if p.is_file() and p.name in ("meta.json", "VERSION")]


@cache
def extractor_version() -> str:
    digest = hashlib.sha256()
    for name, data in _lang_files() + _model_files() + _code_files():
        digest.update(name.encode())
        digest.update(data)
    return f"{__version__}+{digest.hexdigest()[:12]}"
