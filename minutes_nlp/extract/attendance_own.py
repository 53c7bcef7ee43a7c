"""People listed "for" the convener's own office are attendees, not guests: "Svolala a řídila: PhDr. X,
vedoucí odboru kultury (OK)" ... "Za OK: Mgr. Y – vedoucí oddělení; Ing. Z – referentka, zapisovatelka".

A header line or row "Za <party>:" / "For <party>:" lists people who came for another party, who are guests
(`metafields._on_behalf`). When the party is the one that convened or chairs the meeting (its office named in
the chair's or convener's entry, by its initialism or its name), the people under it are the meeting's own
staff, which the annotation conventions count as attendees ("Za kancelář MAS", "Sekretariát výboru"). A party
named nowhere in the chair's entry keeps its people as guests.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes_nlp.extract import metafields as mf
from minutes_nlp.textutil import fold


def _party(label: str, lang: str) -> str | None:
    """ "Za OKPP" -> "OKPP", "For the Secretariat" -> "Secretariat"; None for a label that is no party's."""
    cues = mf.labels(lang).data.get("on_behalf_labels") or []
    words = label.strip(" *_:：").split()
    if len(words) < 2 or fold(words[0]) not in {fold(c) for c in cues}:
        return None
    rest = [w for w in words[1:] if fold(w) not in ("the", "a")]
    return " ".join(rest) or None


def _names_party(chair_text: str, party: str) -> bool:
    """The chair's entry names the party: its initialism in brackets or as a word, or its name."""
    return re.search(rf"(?<!\w){re.escape(fold(party))}(?!\w)", fold(chair_text)) is not None


def own_party(fields: Sequence[mf.Field], lang: str) -> list[mf.Field]:
    """The fields with the guests listed for the chair's own office turned into attendees."""
    chair_text = " ".join(f.value for f in fields if f.name == "chair")
    if not chair_text:
        return list(fields)
    out = []
    for f in fields:
        party = _party(f.label, lang) if f.name == "guests" else None
        if party and _names_party(chair_text, party):
            f = mf.Field("attendees", f.value, f.block, f.label)
        out.append(f)
    return out
