"""Language knowledge kept as data: one folder per language, one JSON file per kind of knowledge.

Rules read cue words, titles, gazetteers, date words and declension tables from here, never from literals
scattered through code, so adding a language or a cue is a data change.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

SUPPORTED = ("cs", "en")


@cache
def load(lang: str, name: str) -> Any:
    """The parsed JSON file `minutes_nlp/lang/<lang>/<name>.json` (cached: read once per process)."""
    path = resources.files(__package__).joinpath(lang, f"{name}.json")
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def code(lang: str) -> str:
    """The language whose data the rules read for a document in `lang`: a document in an unsupported language is
    still extracted (and reported as unsupported), with the English cue data as the nearest neutral choice."""
    return lang if lang in SUPPORTED else "en"


def has(lang: str, name: str) -> bool:
    return resources.files(__package__).joinpath(lang, f"{name}.json").is_file()
