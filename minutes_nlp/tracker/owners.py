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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.nlp.stem import name_matches
from minutes_nlp.textutil import fold


@dataclass(frozen=True)
class _Prefixes:
    speaker: tuple[re.Pattern[str], ...]
    subject: tuple[re.Pattern[str], ...]


@cache
def _prefixes(lang: str) -> _Prefixes:
    data = langdata.load(langdata.code(lang), "followup_cues")
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
        if len(name) < 2:  # noqa: PLR2004 - one bare letter opening a sentence is a preposition ("K dotazu ...")
            continue  # or a pronoun ("I will"), never a name: an initial has its period ("K. Novák")
        if name.split()[-1][:1].isupper() and any(same_owner(name, k, lang) for k in known):
            return name
    return None


@lru_cache(maxsize=100_000)
def _named_as(text: str, form: str, known: tuple[str, ...], lang: str) -> str | None:
    """`_named` by the speaker or the subject prefixes, memoised: a series' lines (and a paragraph's lead, once per
    sentence under it) are tested against its owners again in every index built over them."""
    p = _prefixes(lang)
    return _named(text, p.speaker if form == "speaker" else p.subject, known, lang)


class OwnerPrefixes:
    """Explicit owners of the sentences of one series, against the names the series knows as owners."""

    def __init__(self, owners: Iterable[str]) -> None:
        self.known = tuple(sorted({o for o in owners if o and o.strip()}))

    def of_sentence(self, text: str, lead: str, lang: str) -> str | None:
        """The owner the sentence speaks for: its own prefix, else its list item's or paragraph's speaker."""
        if not self.known:
            return None
        return self.speaker(text, lead, lang) or _named_as(text, "subject", self.known, lang)

    def speaker(self, text: str, lead: str, lang: str) -> str | None:
        """The owner whose report line this is ("[ ] Dmitri: ...", "Radek: ..."), not just whose sentence."""
        if not self.known:
            return None
        return self._speaking(text, lang) or (self._speaking(lead, lang) if lead else None)

    def _speaking(self, text: str, lang: str) -> str | None:
        """A line's speaker label, unless what follows the colon opens with another owner as its subject ("Wind
        farm fund: IB had not yet written ..."): a matters-arising list heads each entry with its topic, and the
        label then names the matter (even when that matter is a body that owns some task), not who speaks."""
        label = _named_as(text, "speaker", self.known, lang)
        if label is None or ":" not in text:
            return label
        other = _opening_owner(text.split(":", 1)[1], self.known, lang)
        return other if other is not None and not same_owner(other, label, lang) else label


def _opening_owner(rest: str, known: tuple[str, ...], lang: str) -> str | None:
    """The known owner the words after a label open with: by name, surname or initials ("IB", "Cllr Ross")."""
    run = []
    for tok in rest.split()[:4]:
        bare = _bare(tok)
        if not bare[:1].isupper():
            break
        run.append(bare)
    for tok in run:
        for name in known:
            words = [_bare(w) for w in name.split() if _bare(w)[:1].isupper()]
            if len(words) >= 2 and (tok == "".join(w[0] for w in words) or fold(tok) == fold(words[-1])):  # noqa: PLR2004
                return name
    return None


def vetoes(speaker: str | None, owner: str | None, lang: str) -> bool:
    """A sentence that speaks for someone else cannot report on this owner's action."""
    return bool(speaker and owner and not same_owner(speaker, owner, lang))


@cache
def _reference_words(lang: str) -> frozenset[str]:
    """Office words, academic titles and honorifics (`role_refs.json`, `titles.json`): how minutes name a person."""
    code = langdata.code(lang)
    refs, titles = langdata.load(code, "role_refs"), langdata.load(code, "titles")
    forms = [f for group in refs.get("offices", {}).values() for f in group] + list(refs.get("subordinate", ()))
    forms += list(titles.get("degrees_before", ())) + list(titles.get("honorifics", ()))
    return frozenset(fold(w).strip(".") for f in forms for w in f.split() if len(w) > 2)


_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")  # a paragraph or list number ("8.2", "5.") before the subject


@cache
def _labels(lang: str) -> frozenset[str]:
    data = langdata.load(langdata.code(lang), "action_cues")
    return frozenset(fold(w) for w in [*data.get("task_labels", ()), *data.get("owner_labels", ())])


def _label(token: str, lang: str) -> bool:
    """What opens an action line before its subject: "ACTION –", "Action:", "Úkol:", a bullet."""
    bare = fold(_bare(token))
    return not any(ch.isalnum() for ch in bare) or token.endswith(":") or bare in _labels(lang) \
        or _NUMBER.fullmatch(bare) is not None


def _bare(token: str) -> str:
    return token.strip(".,;:()[]\"'„“”‚‘’*")


def reference_words(text: str, lang: str, is_owner: Callable[[str], bool]) -> list[str]:
    """The words by which an action names its owner ("Vice Chair Okafor offered ...", "Action: Deputy Clerk to
    ..."): office, title and name words in its opening capitalised words or just before the owner's name. They
    say who, not what: a later "Vice Chair Okafor had sent his regrets" shares them and is no report on it."""
    tokens = text.split()
    opening = next((i for i, t in enumerate(tokens) if not _label(t, lang)), len(tokens))
    out = [t for t in tokens[:opening] if _names(t, lang, is_owner)]  # "Starosta: ..."
    run: list[str] = []
    start = 0
    for i, tok in enumerate([*tokens[opening:], "."]):
        if i < len(tokens) - opening and _bare(tok)[:1].isupper():
            start = start if run else i
            run.append(tok)
            continue
        if run and (start == 0 or any(is_owner(_bare(t)) for t in run)):
            naming = [t for t in run if _names(t, lang, is_owner)]
            office = start == 0 and naming and not any(is_owner(_bare(t)) for t in run)
            out += run if office else naming  # "The Academic Registrar would ...": all of it names the owner
        run = []
    return out


def reference_word_set(lang: str) -> frozenset[str]:
    """The folded office words, titles and honorifics by which minutes name a person (see _reference_words)."""
    return _reference_words(lang)


def _names(token: str, lang: str, is_owner: Callable[[str], bool]) -> bool:
    return is_owner(_bare(token)) or fold(_bare(token)).strip(".") in _reference_words(lang)
