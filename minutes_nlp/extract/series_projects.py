"""The body of a project named bare under a letterhead that names the project.

Minutes of a funded project's steering committee often carry the project's name (or its logo line) at the top
and call the body only "Řídicí výbor" / "Steering Committee" in the minutes line; every project has one, so the
bare name says nothing about which series the meeting belongs to. The series is that project's body, as the
language orders it ("Řídicí výbor projektu Chytrá Lhotka", "Řídicí výbor MAP IV ORP Lhotka", "GREENWAY Steering
Committee"). Data: `letterhead_projects` in series.json; the 'project' header field is read in `series_forms`.
"""

from __future__ import annotations

import re
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.textutil import fold


def _rule(lang: str) -> dict[str, Any]:
    return langdata.load(langdata.code(lang), "series").get("letterhead_projects") or {}


def with_letterhead_project(series: str | None, org: str | None, lang: str) -> str | None:
    """`series` joined with the project the letterhead `org` names, when `series` is only a project body's
    bare name (`bodies`) and the letterhead names a project (`words`); else `series` unchanged."""
    rule = _rule(lang)
    if not series or not org or fold(series) not in {fold(b) for b in rule.get("bodies", [])}:
        return series
    if not re.search(rf"(?<!\w){alt(rule.get('words', []))}(?!\w)", org, re.IGNORECASE):
        return series
    project = _project_name(org, rule)
    if not project or fold(project) in fold(series):
        return series
    return _joined(series, project, rule)


def _project_name(org: str, rule: dict[str, Any]) -> str:
    """The letterhead's project name: its first part (before a dash, bracket or colon), without the word
    "Projekt"/"Project" that opens it."""
    first = re.split(r"\s[–—-]\s|[(:]", org)[0].strip(" .,")
    opener = rf"^(?:{alt(rule.get('openers', []))})\s+" if rule.get("openers") else r"^(?!x)x"
    return re.sub(opener, "", first, flags=re.IGNORECASE).strip()


def _joined(series: str, project: str, rule: dict[str, Any]) -> str:
    """ "Řídicí výbor" + "Chytrá Lhotka" -> "Řídicí výbor projektu Chytrá Lhotka" (Czech puts an undeclined
    project name after the joiner; an initialism opening it needs none: "Řídicí výbor MAP IV ORP Lhotka");
    English puts the project before the body: "GREENWAY Steering Committee"."""
    if rule.get("position") != "after":
        return f"{project} {series}"
    first = project.split()[0]
    joiner = "" if first.isupper() and len(first) > 1 else rule.get("joiner", "")
    return " ".join(p for p in (series, joiner, project) if p)
