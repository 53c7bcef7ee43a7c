"""The body a speaker named by initials comes from: "- AW (NRCS) asked whether ...", "CB (IOM): DTM round 4 was
published ...", "LF (ECHO, online) confirmed ...".

Coordination and project minutes refer to participants by their initials after the attendance list and give each
speaker's organisation in brackets by its initialism. The initials are a person (not a body); the bracket's first
item, an initialism, is the body the person speaks for. Only at the start of a line or bullet, where a speaker
opens a turn, and never an office's initialism or a platform (`orgroles`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes_nlp.extract.orgfound import ACTOR, Acc, add
from minutes_nlp.extract.orgroles import office_or_platform
from minutes_nlp.extract.result import Mention, Provenance
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold

_TURN = re.compile(r"(?m)^[ \t]*(?:[-–•*]\s*)?(?P<ini>[A-Z][A-Za-z]{1,3})\s*\((?P<acr>[A-Z][A-Za-z&]{1,9})"
                   r"(?:\s*,[^()\n]{0,40})?\)\s*(?=[:a-z])")


def _initialism(word: str) -> bool:
    return sum(c.isupper() for c in word) >= 2


def speaker_bodies(analyses: Sequence[BlockAnalysis], lang: str, blocked: set[str], found: dict[str, Acc]) -> None:
    """Add the initialism in brackets after a speaker's initials at a turn's start as a body."""
    for a in analyses:
        for m in _TURN.finditer(a.block.text):
            ini, acr = m.group("ini"), m.group("acr")
            if not _initialism(ini) or not _initialism(acr) or acr in blocked or office_or_platform(acr, lang):
                continue
            start = a.block.start + m.start("acr")
            prov = Provenance(a.block.index, start, start + len(acr), a.block.page)
            key = _known(found, acr) or "act:" + fold(acr)
            add(found, key, Mention(acr, prov), acr, kind="organisation", method=ACTOR, confidence=0.7)


def _known(found: dict[str, Acc], acr: str) -> str | None:
    """The key of a body already found under this initialism (the gazetteer's "IOM", a defined "RDMO")."""
    want = fold(acr)
    return next((k for k, acc in found.items()
                 if want in {fold(x) for x in (*acc.used, *acc.aliases, acc.abbreviation or "")}), None)
