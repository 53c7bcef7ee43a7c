"""The body a department belongs to, named in full right after the department's agenda.

Czech minutes name a unit of a ministry, a regional office or an agency by its head, its agenda and its body in
the genitive: "Odbor regionální politiky Ministerstva pro místní rozvoj připraví metodiku", "Oddělení metodiky
Ministerstva financí zpracuje stanovisko", "sekce evropských fondů Ministerstva pro místní rozvoj". As with the
body's abbreviation ("odbor dopravy MěÚ Horní Vinice"), the unit named with its body stands for that body: the
department's span runs over the body's name, so the body alone is reported.
"""

from __future__ import annotations

from minutes_nlp.extract.orgnames import _joined
from minutes_nlp.nlp.pipeline import BlockAnalysis


def owner_end(a: BlockAnalysis, k: int, end: int) -> int:
    """End of a department's mention whose agenda ends at token k and whose office's abbreviation (if any)
    ends at `end`: when no abbreviation follows, a known body (gazetteer hit) opening right at k extends it."""
    if end != k or k >= len(a.tokens) or not _joined(a, k):
        return end
    return next((h.end for h in a.orgs if h.start == k), end)
