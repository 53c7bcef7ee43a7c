"""Short names a definition bracket gives a body in quotes: "Myslivecký spolek X, z.s. (dále jen „MS X“ nebo
„nájemce“)", "Hillcrest Water Services Ltd (hereinafter "Hillcrest" or "the Contractor")". Contracts and formal
minutes define one or several short names at the first mention, a marker first (org_patterns
"definition_markers"), the names in quotes, joined by "nebo" / "or" / a comma. A capitalised short name is a name
of the body, used bare later ("MS X uhradil nájemné"); a lower-case one ("nájemce", "the Contractor" after "the")
is the role the body plays, no name. The bare uses found as a separate body are that body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes_nlp.extract.orgbase import _patterns
from minutes_nlp.extract.orgfound import Acc
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold

_BRACKET = re.compile(r"\s*\((?P<inside>[^()]{3,120})\)")
_QUOTED = re.compile(r"[„\"“']([^„\"“”']{2,40})[“\"”']")


def _short_names(rest: str, lang: str) -> list[str]:
    """The capitalised quoted names of a definition bracket right after a name ("" when none opens it)."""
    m = _BRACKET.match(rest)
    if not m:
        return []
    inside = m.group("inside").strip()
    markers = tuple(x.lower() for x in _patterns(lang).get("definition_markers", ()))
    if not inside.lower().startswith(markers):
        return []
    return [q.strip() for q in _QUOTED.findall(inside) if q.strip()[:1].isupper() and " " in q.strip()
            and q.strip().split()[0].lower() not in ("the", "a", "an")]


def defined_short_names(analyses: Sequence[BlockAnalysis], found: dict[str, Acc], lang: str) -> None:
    """Each quoted short name of several words defined right after a found body becomes its alias; a body
    found under that short name alone is merged into it."""
    texts = {a.block.index: a for a in analyses}
    for key, acc in list(found.items()):
        if key not in found:
            continue
        for m in list(acc.mentions):
            a = texts.get(m.source.block)
            rest = a.block.text[m.source.end - a.block.start:] if a else ""
            for short in _short_names(rest, lang):
                acc.aliases.add(short)
                _absorb(found, key, fold(short))


def _absorb(found: dict[str, Acc], host: str, short: str) -> None:
    """Merge into `host` every other body named only by `short` (any of its used names)."""
    for key, other in list(found.items()):
        if key != host and other.used and all(fold(u) == short for u in other.used):
            found.pop(key)
            found[host].mentions += other.mentions
            found[host].aliases |= set(other.used)
