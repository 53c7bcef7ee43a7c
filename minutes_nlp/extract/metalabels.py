"""The labels of metadata fields (`lang/<lang>/metadata_labels.json`) compiled into the patterns that find
them, and the small text helpers every reader of a field's value shares (`line_text`, `clean_value`).

Kept apart from `metafields`, which scans a document for fields, so the vocabulary and its patterns are one
small module the scanners, the agenda and the people readers all load the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.document import Block
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.datevocab import by_first_letter
from minutes_nlp.extract.names import RESIDUE

_NUMBER_LABEL = re.compile(r"\d{1,3}[.)]|[a-zA-Z][.)]|[IVX]{1,4}\.")


@dataclass(frozen=True)
class _Labels:
    data: dict[str, Any]
    by_label: dict[str, str]
    line: re.Pattern[str]
    loose: frozenset[str]
    embedded: re.Pattern[str]


# "NOAA staff and guests:", "EPA staff:": an agency's acronym before a staff label names whose staff the line lists
_AGENCY = r"(?P<agency>(?-i:[A-Z]{2,6})\s+(?=(?i:staff)\b))?"


@cache
def labels(lang: str) -> _Labels:
    data = langdata.load(langdata.code(lang), "metadata_labels")
    by_label = {norm(lbl): name for name, forms in data["fields"].items() for lbl in forms}
    words = by_first_letter(alt(by_label))
    line = re.compile(rf"^\s*[·•▪*_-]*\s*{_AGENCY}(?P<label>{words})(?:\s*\((?:a|á|ka|y|i)\))?[*_]*"
                      rf"(?P<sep>\s*[:：][*_]*|\t|\s+[–—-]\s+|\s*,|\s+|$)\s*(?P<value>.*)$",
                      re.IGNORECASE | re.DOTALL)
    embedded = re.compile(rf"(?P<pre>[;\n,]|\s)\s*(?P<label>{words})(?:\s*\((?:a|á|ka|y|i)\))?\s*[:：]\s*",
                          re.IGNORECASE)
    return _Labels(data, by_label, line, frozenset(data["loose_fields"]), embedded)


def norm(label: str) -> str:
    return " ".join(label.lower().split())


def line_text(block: Block) -> str:
    """The block's text with a numbering label put back ("15." + "12. 2020" -> "15. 12. 2020")."""
    label = (block.list_label or "").strip()
    if label and _NUMBER_LABEL.fullmatch(label):
        return f"{label} {block.text}"
    return block.text


def clean_value(text: str) -> str:
    return " ".join(RESIDUE.sub("", text).split()).strip(" \t:;,")
