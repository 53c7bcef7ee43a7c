"""The parties of a building contract named by their role: construction control minutes write "zhotovitel",
"investor" for the firm and the client (zákon č. 183/2006 Sb., stavební zákon, § 152 stavebník, § 153
stavbyvedoucí of the zhotovitel, § 160 zhotovitel stavby; občanský zákoník § 2586, smlouva o dílo; "investor" is
the customary word for the stavebník).

A role is the body the minutes name with it: in a label ("Zhotovitel: STAVKOM s.r.o.", "| Investor | Město X |")
or in a table row that gives the role or its staff ("stavbyvedoucí" is the contractor's) beside the body. Where
the minutes never name the party, the role itself stands for it and is reported as the institution ("zhotovitel"),
when the text uses two or more such roles (the setting of a building contract) and the role acts repeatedly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from minutes_nlp.extract.orgfound import ACTOR, Acc, add
from minutes_nlp.extract.orgnames import _patterns
from minutes_nlp.extract.result import Mention, Provenance
from minutes_nlp.nlp.pipeline import BlockAnalysis


def _line_of(text: str, offset: int) -> tuple[str, int]:
    """The line of `text` holding `offset`, and where it starts."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)], start


def _role_of(cell: str, parties: dict[str, Any]) -> str | None:
    """The party a label or a cell names by its role or its staff ("investor – odbor investic", "stavbyvedoucí")."""
    first = re.split(r"[\s:–-]+", cell.strip().strip("*").lower(), maxsplit=1)[0]
    return next((role for role, p in parties.items() if first in p.get("forms", ()) or first in p.get("staff", ())),
                None)


def _linked(analyses: Sequence[BlockAnalysis], found: dict[str, Acc], parties: dict[str, Any]) -> dict[str, str]:
    """Role -> key of the body the minutes name with it (a label before it, another cell of its table row)."""
    texts = {a.block.index: a.block for a in analyses}
    out: dict[str, str] = {}
    for key, acc in found.items():
        for m in acc.mentions:
            block = texts.get(m.source.block)
            if block is None:
                continue
            line, at = _line_of(block.text, m.source.start - block.start)
            pos = m.source.start - block.start - at
            label = re.match(r"\W*([^\W\d_]+)\W*[:\t]\s*$", line[:pos])
            cells = [c for c in line.split("\t") if m.text not in c] if "\t" in line else []
            for role in filter(None, [_role_of(label.group(1), parties) if label else None,
                                      *(_role_of(c, parties) for c in cells)]):
                out.setdefault(role, key)
    return out


def parties(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc]) -> None:
    """Join each role to the body named with it; report a role the minutes never name as the party itself."""
    roles: dict[str, Any] = _patterns(lang).get("contract_parties", {})
    if not roles:
        return
    uses: dict[str, list[tuple[BlockAnalysis, re.Match[str]]]] = {}
    for role, p in roles.items():
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, p["forms"])) + r")\b", re.IGNORECASE)
        uses[role] = [(a, m) for a in analyses for m in pattern.finditer(a.block.text)]
    linked = _linked(analyses, found, roles)
    for role, key in linked.items():
        found[key].aliases.add(role)
    if sum(1 for r in uses.values() if r) < 2:
        return  # one role word alone is no building contract ("investor záměru")
    for role, hits in uses.items():
        if role in linked or len(hits) < 2:
            continue
        for a, m in hits:
            prov = Provenance(a.block.index, a.block.start + m.start(), a.block.start + m.end(), a.block.page)
            add(found, "party:" + role, Mention(m.group(0), prov), role, kind="party", method=ACTOR, confidence=0.6)
