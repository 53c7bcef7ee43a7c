"""Finishing touches on a series name read from a title: the case a document writes it in when the title is
set in capitals, and the project whose body met when a header names one.

Split out of `series`, which cuts the body's name out of a title and declines it to the nominative.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold

_ACRONYM = 4  # longest word in capitals read as an initialism


def set_in_capitals(text: str) -> bool:
    """ "ZÁPIS Z JEDNÁNÍ KRIZOVÉHO ŠTÁBU ...": a line of three words or more set in capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 3 and bool(letters) and all(c.isupper() for c in letters)


def in_document_case(series: str, text: str) -> str:
    """A name read from a title set in capitals, each word after the first in the case the document writes it
    elsewhere ("Krizový štáb orp ždánov nad loučkou" -> "... ORP Ždánov nad Loučkou"): the most frequent form
    outside lines set in capitals (a long word in capitals is no form of its own, a short one is an initialism);
    a word the document writes nowhere else stays as it is."""
    body = "\n".join(line for line in text.split("\n") if not set_in_capitals(line))
    words = series.split()
    out = words[:1]
    for word in words[1:]:
        forms = Counter(f for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", body, re.IGNORECASE)
                        if not ((f := m.group(0)).isupper() and len(f) > _ACRONYM))  # "ŠTÁB" is set in capitals
        out.append(max(forms, key=lambda f: (forms[f], not f.isupper())) if forms else word)  # a tie: lower case
    return " ".join(out)


_PROJECT_WORDS = 5  # a longer "short name" is the project's full title


def with_project(series: str | None, body_type: str | None, project: str | None, lang: str) -> str | None:
    """ "Steering Committee" of "Project: RHIZOMAP – Rhizosphere Mapping ... (Grant Agreement No. ...)" is
    "RHIZOMAP Steering Committee": a body met for a project the header names; the project's short name (before a
    dash, bracket, colon or comma) joins the body's name as the language orders it (`project_bodies`)."""
    rule = _series_data(lang).get("project_bodies")
    short = re.split(r"\s[–—-]\s|[(:,]", project or "")[0].strip(" .")
    if not series or body_type is None or not rule or not short or len(short.split()) > _PROJECT_WORDS \
            or fold(short) in fold(series):
        return series
    if rule.get("position") == "after":
        return " ".join(p for p in (series, rule.get("joiner", ""), short) if p)
    return f"{short} {series}"


def _series_data(lang: str) -> dict[str, Any]:
    return langdata.load(lang if lang in langdata.SUPPORTED else "en", "series")
