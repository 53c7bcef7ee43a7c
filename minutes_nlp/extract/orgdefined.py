"""Abbreviations the earlier minutes of the series define, used here without their definition.

Minutes define an abbreviation once ("Podlesické centrum neziskových organizací, z. ú. (dále jen „PCNO“)",
"Regionálního akčního plánu (dále jen „RAP“)") and the later minutes of the series use it bare ("na žádost
PCNO", "překryv s RAP"). What the definition names decides what the bare use is: a name closed by a legal form
or holding a body's head word (org_patterns "legal_forms", "heads_start", "heads_end", "heads_end_lowercase",
"department_heads") names a body, reported with that full name; any other name is a document or a programme,
never an institution. Earlier minutes are read only when an all-capital word of this document needs them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract.mentions import not_institution
from minutes_nlp.extract.orgbase import _patterns, _prov
from minutes_nlp.extract.orgfound import ACTOR, Acc, add
from minutes_nlp.extract.result import Mention
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold

_DEF = re.compile(r"\(\s*(?P<marker>[^()„“\"]{0,20}?)\s*[„\"“']?(?P<abbr>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]"
                  r"[\w&-]{1,11})[“\"”']?\s*\)")
_BEFORE = 120  # how far back a definition's name may start


@cache
def _markers(lang: str) -> tuple[str, ...]:
    return tuple(m.lower() for m in _patterns(lang).get("definition_markers", ()) if len(m) > 3)


def definitions(texts: Sequence[str], lang: str) -> dict[str, str | None]:
    """Abbreviation -> the body's full name it stands for, or None for a document or a programme. A definition
    with a marker ("dále jen", "hereinafter") decides both ways; one without a marker only names a body whose
    initials the abbreviation spells."""
    out: dict[str, str | None] = {}
    for text in texts:
        for m in _DEF.finditer(text):
            marker = (m.group("marker") or "").strip().lower().rstrip(",")
            abbr = m.group("abbr")
            if sum(c.isupper() for c in abbr) < 2:
                continue
            before = " ".join(_name_before(text, m.start()).split()[-8:])
            if not before:
                continue
            if marker and marker.startswith(_markers(lang)):
                out.setdefault(abbr, _body_name(before, lang))
            elif not marker and (initialled := _initialled(before, abbr, lang)):
                out.setdefault(abbr, initialled)
    return out


def _name_before(text: str, bracket: int) -> str:
    """The text a bracket defines: back to the previous bracket, at most `_BEFORE` characters (a bracket
    search, not a lazy prefix tried at every position, which made long minutes slow)."""
    start = max(0, bracket - _BEFORE, text.rfind("(", 0, bracket) + 1, text.rfind(")", 0, bracket) + 1)
    return text[start:bracket]


def _initialled(before: str, abbr: str, lang: str) -> str | None:
    """"Eastmoor Ambulance Service NHS Trust (EAS)": a capitalised name with a head word right before brackets
    whose letters are the initials of its first words is that body (no marker needed)."""
    run: list[str] = []
    for w in reversed(before.rstrip(" ,").split()):
        if not (w[:1].isupper() or w in ("and", "&", "of", "for")) or w.endswith((",", ";", ":")):
            break  # "Head of Operations South, Eastmoor ...": a comma ends the name
        run.insert(0, w)
    while run and not run[0][:1].isupper():
        run.pop(0)
    caps = "".join(w[0] for w in run if w[:1].isupper())
    name = " ".join(run)
    if len(run) < 2 or not caps.startswith(abbr.upper()) or _body_name(name, lang) is None:
        return _lower_initialled(before, abbr, lang)
    return name


def _lower_initialled(before: str, abbr: str, lang: str) -> str | None:
    """"Euroregionální řídicí výbor (EŘV)", "Monitorovací výbor (MV)": Czech capitalises only the first word of
    a body's name, and its abbreviation spells the initials of every word; the words are a body when they open
    with a kind of body (bodies.json heads, in the nominative)."""
    letters = [c for c in abbr if c.isupper()]
    words = before.rstrip(" ,").split()
    if len(letters) < 2 or len(letters) != len(abbr) or len(words) < len(letters):
        return None
    run = words[-len(letters):]
    if not run[0][:1].isupper() or not all(w.isalpha() for w in run) or any(w[:1].isupper() for w in run[1:]):
        return None
    if "".join(fold(w[0]) for w in run) != fold(abbr):
        return None
    name = " ".join(run)
    return name if any(f" {fold(name)} ".startswith(f" {h} ") for h in _kind_heads(lang)) else None


@cache
def _kind_heads(lang: str) -> tuple[str, ...]:
    """The nominative heads of the kinds of body (bodies.json), folded."""
    code = langdata.code(lang)
    if not langdata.has(code, "bodies"):
        return ()
    return tuple(fold(h) for b in langdata.load(code, "bodies").get("bodies", ()) for h in b.get("heads", ()))


def _body_name(before: str, lang: str) -> str | None:
    """The words before a definition from the last capitalised word run that holds a body's head or ends with a
    legal form, or None when they name no body."""
    pat = _patterns(lang)
    words = before.rstrip(" ,").split()
    legal = next((f for f in sorted(pat.get("legal_forms", ()), key=len, reverse=True)
                  if before.rstrip(" ,").endswith(" " + f)), None)
    heads = {*pat.get("heads_start", {}), *pat.get("heads_end", ()), *pat.get("heads_end_lowercase", ()),
             *pat.get("department_heads", {})}
    start = next((k for k in range(len(words)) if words[k][:1].isupper()), None)
    if start is None or not (legal or any(w.strip(",") in heads for w in words[start:])):
        return None
    return " ".join(words[start:])


def series_defined(analyses: Sequence[BlockAnalysis], lang: str, blocked: set[str], found: dict[str, Acc],
                   previous: Callable[[], Sequence[str]] | None) -> None:
    """Drop actors the earlier minutes define as documents; add bodies they define, where used here."""
    uses = [(a, i) for a in analyses for i, t in enumerate(a.tokens)
            if t.is_upper and 2 <= len(t.word) <= 10 and t.word not in blocked and not not_institution(t.word, lang)
            and not any(h.start <= i < h.end for h in a.orgs)]
    known = {w for acc in found.values() for w in (*acc.used, *acc.aliases, *(m.text for m in acc.mentions))}
    pending = {a.words[i] for a, i in uses} - (known - {k.split(":", 1)[1].upper() for k in found
                                                            if k.startswith("act:")})
    if not pending or previous is None:
        return
    defined = definitions(previous(), lang)
    for word in pending & set(defined):
        mine = found.get("act:" + fold(word))
        if defined[word] is None or mine is not None:
            if defined[word] is None and mine is not None and not mine.full_name:
                found.pop("act:" + fold(word))
            continue
        for a, i in [(a, i) for a, i in uses if a.words[i] == word]:
            add(found, "act:" + fold(word), Mention(word, _prov(a, i, i + 1)), word, full_name=defined[word],
                kind="organisation", method=ACTOR, confidence=0.6)
