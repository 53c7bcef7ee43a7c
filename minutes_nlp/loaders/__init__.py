"""Loaders: one backend per input format, all feeding the one Document model.

`load(path)` sniffs the content (magic bytes) to pick the backend, so a PDF named `.docx` still loads;
`load_many(paths)` walks directories and keeps going past broken files.
"""

from __future__ import annotations

from minutes_nlp.loaders.batch import FoundFile, LoadResult, iter_files, load_many
from minutes_nlp.loaders.dispatch import load, sniff_format

__all__ = ["FoundFile", "LoadResult", "iter_files", "load", "load_many", "sniff_format"]
