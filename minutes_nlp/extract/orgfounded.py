"""The cultural and scientific bodies a region or a town founds, named by adjectives, a kind noun and a seat:
"Podlipské muzeum v Lipnově", "Krajská vědecká knihovna v Lipnově", "Hvězdárna a planetárium Lipnov", "Správa
hradu Střemen" - in any case ("ředitel Podlipského muzea v Lipnově"), reported in the nominative.

The other rules know such a body by its kind and a proper name after it ("Muzeum Lhotka", bodies.json), or turn
"knihovna v X" into "Místní knihovna v X"; a name that opens with a capitalised adjective, or a second kind
joined by "a", or an administration's genitive object, was lost or cut. The language data
(`lang/cs/founded_names.json`) gives the kinds with their gender and case forms and the adjective endings, so
the nominative is built from the written form. A shorter hit the other rules made inside such a name is folded
into it. Czech only: English names these bodies by proper nouns the general patterns read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract.orgfound import BODY, Acc, add
from minutes_nlp.extract.result import Mention, Provenance
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import NAME_UPPER, fold

_CAP = rf"[{NAME_UPPER}][^\W\d_]+"


@cache
def _data() -> dict[str, Any]:
    return langdata.load("cs", "founded_names") if langdata.has("cs", "founded_names") else {}


@cache
def _forms() -> dict[str, tuple[str, str]]:
    """Folded-case form of a kind noun -> (its nominative, its gender)."""
    return {form: (nom, k["gender"]) for nom, k in _data().get("kinds", {}).items() for form in k["forms"]}


@cache
def _pattern() -> re.Pattern[str]:
    """Adjectives (the first capitalised), a kind, an optional second kind after "a", then the seat or the
    administered thing and its name."""
    kinds = "|".join(sorted(_forms(), key=len, reverse=True))
    kind = rf"(?:(?i:{kinds}))"
    adj = r"[^\W\d_]+(?:ého|ému|ém|ým|é|ou|á|ý|ího|ímu|ím|í)"
    admin = "|".join(sorted((re.escape(a) for a in _data().get("administered", [])), key=len, reverse=True))
    joiners = "|".join(_data().get("seat_joiners", []))
    preps = "|".join(_data().get("seat_prepositions", []))
    place = rf"{_CAP}(?:[ -](?:(?:{joiners})\s+)?{_CAP})?"
    return re.compile(
        rf"(?<![\w.])(?P<adjs>(?:[{NAME_UPPER}]{adj}\s+)(?:{adj}\s+){{0,2}})?(?P<kind>{kind})"
        rf"(?:\s+a\s+(?P<kind2>{kind}))?"
        rf"(?:\s+(?P<admin>(?:{admin}))\s+(?P<aname>{place})|\s+(?P<prep>{preps})\s+(?P<seat>{place})"
        rf"|\s+(?P<name>{place}))?(?!\w)")


def _nominative_adjs(adjs: str, gender: str) -> str | None:
    """ "Podlipského " (neuter) -> "Podlipské"; None when a word is no adjective of that gender's cases."""
    table = _data().get("adjective_nominative", {}).get(gender, {})
    out = []
    for word in adjs.split():
        end = next((e for e in sorted(table, key=len, reverse=True) if word.endswith(e)), None)
        if end is None:
            return None
        out.append(word[: len(word) - len(end)] + table[end])
    return " ".join(out)


def _kind_nominative(written: str, capital: bool) -> tuple[str, str] | None:
    hit = _forms().get(written.lower())
    if hit is None:
        return None
    nom, gender = hit
    return (nom[:1].upper() + nom[1:] if capital else nom), gender


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip(" ")
    return not before or before.endswith((".", "!", "?", "\n"))


def _proper_first(adjs: str) -> bool:
    """The first adjective reads as a place's or an institution's: "-ský/-cký" derived, or a listed stem."""
    word = fold(adjs.split()[0])
    stems = {fold(s) for s in _data().get("sentence_start_adjectives", [])}
    return re.search(r"[sc]k(?:e|eho|emu|em|ym|a|ou|y)$", word) is not None or any(word.startswith(s) for s in stems)


def _name(m: re.Match[str]) -> str | None:
    """The nominative name of a match, or None when the match is no name (no capital, no seat, no name)."""
    adjs, kind = m.group("adjs") or "", m.group("kind")
    if not adjs and not kind[:1].isupper():
        return None
    if adjs and _sentence_start(m.string, m.start()) and not _proper_first(adjs):
        return None  # "Nová knihovna v Lhotce bude otevřena": a capital of the sentence, no name
    if not adjs and not (m.group("kind2") and m.group("name") or m.group("admin") or m.group("seat")):
        return None  # "Muzeum Lhotka" alone: the body rules read it; "Muzea a galerie kraje": kinds in general
    if kind.lower().startswith("správ") and not m.group("admin"):
        return None  # "Krajská správa ..." is another kind of body
    head = _kind_nominative(kind, not adjs)
    if head is None:
        return None
    words = [_nominative_adjs(adjs, head[1])] if adjs else []
    if adjs and words[0] is None:
        return None
    words.append(head[0])
    if m.group("kind2"):
        second = _kind_nominative(m.group("kind2"), False)
        words += ["a", second[0] if second else m.group("kind2")]
    tail = [m.group(g) for g in ("admin", "aname", "prep", "seat", "name") if m.group(g)]
    return " ".join([w for w in words if w] + tail)


def founded(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc]) -> None:
    """Add each such name, folding into it the shorter hits of other rules inside its span."""
    if lang != "cs" or not _data():
        return
    for a in analyses:
        for m in _pattern().finditer(a.block.text):
            name = _name(m)
            if name is None:
                continue
            start, end = a.block.start + m.start(), a.block.start + m.end()
            prov = Provenance(a.block.index, start, end, a.block.page)
            key = _existing(found, name) or "fnd:" + fold(name)
            absorbed = _inside(found, a.block.index, start, end, key)
            add(found, key, Mention(m.group(0), prov), name, kind="organisation", method=BODY,
                confidence=0.8, aliases=({m.group(0)} | absorbed) - {name})


def _existing(found: dict[str, Acc], name: str) -> str | None:
    """The key of a body already found under this name."""
    want = fold(name)
    return next((k for k, acc in found.items() if want in {fold(n) for n in acc.used}), None)


def _inside(found: dict[str, Acc], block: int, start: int, end: int, keep: str) -> set[str]:
    """Drop the bodies whose every mention lies inside [start, end) of this block; their names become aliases
    only when they name the body ("Galerie výtvarného umění"), not a kind it was taken for ("Místní knihovna")."""
    out: set[str] = set()
    def within(mn: Mention) -> bool:
        trail = len(mn.text) - len(mn.text.rstrip(" .,;:"))  # "knihovně v Lhotce." kept its full stop
        return mn.source.block == block and start <= mn.source.start and mn.source.end - trail <= end

    for key in [k for k, acc in found.items() if k != keep and acc.mentions and all(map(within, acc.mentions))]:
        acc = found.pop(key)
        out |= {m.text for m in acc.mentions}
    return out
