"""Loaders: one backend per input format, all feeding the one Document model.

`load(path)` sniffs the content (magic bytes) to pick the backend, so a PDF named `.docx` still loads.
"""

from __future__ import annotations

from minutes_nlp.loaders.dispatch import load, sniff_format

__all__ = ["load", "sniff_format"]
