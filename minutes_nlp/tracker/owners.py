"""Whose report a sentence is: the owner it names explicitly at its start ("[x] Priya: ...", "Tom K. to ...").

In minutes a checkbox line or a speaker's line is that person's report, and a sentence opening with its
subject's name ("Tom K. to ...", "Míša navrhuje ...") is that person's: either speaks only for its own owner,
so the tracker must not let it close someone else's action (a veto, not a lower score). Only the report
lines are preferred as the owner's own news; a sentence with a subject is often a new promise instead.
The prefixes are language data (`owner_speaker`, `owner_subject` in `lang/<code>/followup_cues.json`); a
name counts only when it is one of the series' owners, so "Consensus:" or "Kasa:" name nobody. Names are
compared by stem and initial: "Tom K." is not "Tom R.", "Honzovi" is "Honza".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.nlp.stem import name_matches


@dataclass(frozen=True)
class _Prefixes:
    speaker: tuple[re.Pattern[str], ...]
    subject: tuple[re.Pattern[str], ...]


@cache
def _prefixes(lang: str) -> _Prefixes:
    data = langdata.load(lang if lang in langdata.SUPPORTED else "en", "followup_cues")
    return _Prefixes(tuple(re.compile(p) for p in data.get("owner_speaker", ())),
                     tuple(re.compile(p) for p in data.get("owner_subject", ())))


@lru_cache(maxsize=20_000)
def same_owner(a: str, b: str, lang: str = "cs") -> bool:
    """One name is a shorter or inflected form of the other ("Tom" / "Tom K.", "Honzovi" / "Honza")."""
    return name_matches(a, b, lang) or name_matches(b, a, lang)


def _named(text: str, patterns: tuple[re.Pattern[str], ...], known: tuple[str, ...], lang: str) -> str | None:
    for pattern in patterns:
        m = pattern.match(text)
        if not m:
            continue
        name = m.group("name").strip()
        if name.split()[-1][:1].isupper() and any(same_owner(name, k, lang) for k in known):
            return name
    return None


class OwnerPrefixes:
    """Explicit owners of the sentences of one series, against the names the series knows as owners."""

    def __init__(self, owners: Iterable[str]) -> None:
        self.known = tuple(sorted({o for o in owners if o and o.strip()}))

    def of_sentence(self, text: str, lead: str, lang: str) -> str | None:
        """The owner the sentence speaks for: its own prefix, else its list item's or paragraph's speaker."""
        if not self.known:
            return None
        return self.speaker(text, lead, lang) or _named(text, _prefixes(lang).subject, self.known, lang)

    def speaker(self, text: str, lead: str, lang: str) -> str | None:
        """The owner whose report line this is ("[ ] Dmitri: ...", "Radek: ..."), not just whose sentence."""
        if not self.known:
            return None
        p = _prefixes(lang)
        return _named(text, p.speaker, self.known, lang) or (_named(lead, p.speaker, self.known, lang)
                                                             if lead else None)


def vetoes(speaker: str | None, owner: str | None, lang: str) -> bool:
    """A sentence that speaks for someone else cannot report on this owner's action."""
    return bool(speaker and owner and not same_owner(speaker, owner, lang))
