"""The meeting's own part of a time field that times several events (round 19b).

Bodies that hold a field trip, a site visit or a closed session on the same day as the meeting time both in one
header field: "Čas: 9:00–10:30 terénní exkurze, 11:00–14:10 jednání", "Time: site visit 4:30–5:15 p.m.; meeting
6:00–8:20 p.m.". Each part is a time range named by its event; the meeting's times are those of the part named
by a meeting noun (`meeting_nouns`: jednání, zasedání, schůze, meeting, session ...). With no such part, or
more than one, the field is read whole as before.
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.times import find_times


@cache
def _noun_rx(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alt(mf.labels(lang).data['meeting_nouns'])})(?!\w)", re.IGNORECASE)


def meeting_part(value: str, lang: str) -> str | None:
    """The part of a field of several timed parts (split at ',' ';' or a line break) that a meeting noun names,
    when exactly one does; None when the field times one event only."""
    parts = [p for p in re.split(r"[;\n]|,\s+", value) if find_times(p, lang)]
    if len(parts) < 2:
        return None
    named = [p for p in parts if _noun_rx(lang).search(p)]
    return named[0] if len(named) == 1 else None
