"""Institutions and places of one document: gazetteer hits, name patterns, and acronyms used as actors.

An all-capital token is an institution only when the gazetteer knows it or the text uses it as an actor: after
a person ("Rut Bízková (ISFOR)"), after a preposition of origin or company ("z MAS", "s MPO"), or listed with
known institutions. Abbreviations the text defines for documents or programmes ("Koncepce Smart Cities (dále
též „KSC“)") are never institutions; ones it defines for bodies link to their full name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract import bodies
from minutes_nlp.extract.mentions import RawMention, not_institution
from minutes_nlp.extract.result import Institution, MeetingInfo, Mention, Method, Place, Provenance
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.nlp.tokens import Token
from minutes_nlp.textutil import fold

GAZ = Method("rule:orgs.gazetteer", "1")
PATTERN = Method("rule:orgs.pattern", "1")
ACTOR = Method("rule:orgs.actor", "1")
BODY = Method("rule:orgs.body", "1")


@dataclass
class _Acc:
    """Everything found for one institution while scanning the document."""

    used: Counter[str] = field(default_factory=Counter)
    full_name: str | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    kind: str | None = None
    method: Method = GAZ
    confidence: float = 0.9


@cache
def _patterns(lang: str) -> dict[str, Any]:
    return dict(langdata.load(lang if lang in langdata.SUPPORTED else "en", "org_patterns"))


def _prov(a: BlockAnalysis, s: int, e: int) -> Provenance:
    return Provenance(a.block.index, a.tokens[s].start, a.tokens[e - 1].end, a.block.page)


def _word(a: BlockAnalysis, i: int) -> str:
    return a.tokens[i].word if 0 <= i < len(a.tokens) else ""


def is_actor(a: BlockAnalysis, s: int, e: int, lang: str) -> bool:
    """Tokens [s, e) stand where an actor stands: after "z"/"s"/"od", in "(X)" or "| X", or listed with bodies."""
    before = set(_patterns(lang)["actor_before"])
    prev, nxt = _word(a, s - 1), _word(a, e)
    if prev in before or (s - 1 in a.sentence_starts and prev.lower() in before):
        return True
    if prev == "|" or (prev == "(" and nxt == ")"):
        return True
    ends = {h.end for h in a.orgs} | {h.start for h in a.orgs}
    glue = {",", "a", "and", "i", "&"}
    return (prev in glue and s - 1 in ends) or (nxt in glue and e + 1 in ends)


# --- defined abbreviations ------------------------------------------------------------------------------------

_DEF = re.compile(r"\(\s*(?:(?P<marker>[^()„“\"]{0,25}?)\s+)?[„\"“']?(?P<abbr>[^\s()„“\"”']{2,15})[“\"”']?\s*\)")


def _initials_match(abbr: str, words: Sequence[Token]) -> bool:
    letters = fold("".join(c for c in abbr if c.isupper()))
    caps = [fold(t.word)[:1] for t in words if t.is_cap or t.is_upper]
    return len(letters) >= 2 and "".join(caps[-len(letters):]) == letters


def defined_terms(analyses: Sequence[BlockAnalysis], lang: str) -> dict[str, str | None]:
    """Abbreviations the text defines -> the organisation's full name, or None for documents and programmes."""
    markers = tuple(m.lower() for m in _patterns(lang)["definition_markers"])
    out: dict[str, str | None] = {}
    for a in analyses:
        for m in _DEF.finditer(a.block.text):
            abbr = m.group("abbr")
            if sum(c.isupper() for c in abbr) < 2:
                continue
            marker = (m.group("marker") or "").strip().lower().rstrip(",")
            pos = a.block.start + m.start()
            before = [t for t in a.tokens if t.end <= pos][-8:]
            if (marker and marker in markers) or _initials_match(abbr, before):
                out[abbr] = _defined_org(a, before)
    return out


def _defined_org(a: BlockAnalysis, before: Sequence[Token]) -> str | None:
    """The full name right before "(X)" when it is a known institution, else None."""
    if not before:
        return None
    last = before[-1]
    for h in a.orgs:
        if a.tokens[h.end - 1].end == last.end:
            return h.entry.full_name or h.entry.name
    return None


def _bodies(analyses: Sequence[BlockAnalysis], lang: str, meeting: MeetingInfo,
            found: dict[str, _Acc]) -> dict[int, set[int]]:
    """Bodies named by kind and name ("SDH Lhota"); a gazetteer name that covers one ("KÚ JMK") wins.
    Returns the tokens they take in each block, which the other rules then leave alone."""
    by_block = {a.block.index: a for a in analyses}
    skips: dict[int, set[int]] = {}
    for f in bodies.collect(analyses, lang, meeting.title or meeting.series):
        a = by_block[f.block]
        if any(h.start <= f.start and f.end <= h.end for h in a.orgs):
            continue
        _add(found, f.key, Mention(a.span_text(f.start, f.end), _prov(a, f.start, f.end)), f.name,
             full_name=f.full_name, aliases=set(f.aliases), kind=f.kind, method=BODY, confidence=0.8)
        skips.setdefault(f.block, set()).update(range(f.start, f.end))
    return skips


# --- collection -----------------------------------------------------------------------------------------------


def _add(found: dict[str, _Acc], key: str, mention: Mention, used: str | None, **attrs: Any) -> None:
    acc = found.setdefault(key, _Acc())
    acc.mentions.append(mention)
    if used:
        acc.used[used] += 1
    for k, v in attrs.items():
        if k == "aliases":
            acc.aliases |= set(v)
        elif v is not None and getattr(acc, k) in (None, GAZ, 0.9) and k != "method":
            setattr(acc, k, v)
        elif k == "method" and not acc.mentions[:-1]:
            acc.method = v


def _gazetteer(a: BlockAnalysis, lang: str, blocked: set[str], found: dict[str, _Acc], skip: set[int]) -> None:
    for h in a.orgs:
        if skip & set(range(h.start, h.end)):
            continue
        text = a.span_text(h.start, h.end).rstrip(".") if h.abbreviation else a.span_text(h.start, h.end)
        if (h.ambiguous and not is_actor(a, h.start, h.end, lang)) or text in blocked:
            continue
        e = h.entry
        used = text if h.abbreviation else e.name if h.variant == e.name else None
        _add(found, "gaz:" + e.name, Mention(text, _prov(a, h.start, h.end)), used,
             full_name=e.full_name, aliases={e.name, *e.aliases} | ({text} if h.abbreviation else set()),
             kind=e.kind)


def _shouting(a: BlockAnalysis) -> bool:
    """A line in capitals (a letterhead, a running header left in the text) has no actors to find."""
    words = [t for t in a.tokens if t.word.isalpha() and len(t.word) > 1]
    return len(words) >= 2 and sum(t.is_upper for t in words) >= 0.6 * len(words)


def _unknown_actors(a: BlockAnalysis, lang: str, blocked: set[str], found: dict[str, _Acc], skip: set[int]) -> None:
    if _shouting(a):
        return
    taken = {i for h in (*a.orgs, *a.places) for i in range(h.start, h.end)} | skip
    taken |= {i for n in a.names for i in range(n.start, n.name_start)}
    for i, t in enumerate(a.tokens):
        if i in taken or not t.is_upper or len(t.word) > 10 or t.word in blocked or not_institution(t.word, lang):
            continue
        possessive = _word(a, i + 1) in ("'", "’") and _word(a, i + 2) == "s"
        if (is_actor(a, i, i + 1, lang) or possessive) and _word(a, i - 1) != "(":
            _add(found, "act:" + fold(t.word), Mention(t.word, _prov(a, i, i + 1)), t.word, kind="organisation",
                 method=ACTOR, confidence=0.7)


def _affiliations(people: Sequence[RawMention], blocked: set[str], found: dict[str, _Acc]) -> None:
    """Institutions named as a person's affiliation that the gazetteer does not know ("ISFOR")."""
    covered = {(m.source.block, m.source.start) for acc in found.values() for m in acc.mentions}
    for p in people:
        src = p.affiliation_source
        if not p.affiliation or p.affiliation_is_place or src is None or p.affiliation in blocked:
            continue
        if (src.block, src.start) in covered:
            continue
        _add(found, "act:" + fold(p.affiliation), Mention(p.affiliation, src), p.affiliation,
             kind="organisation", method=ACTOR, confidence=0.75)


def _merge_parts(found: dict[str, _Acc]) -> None:
    """"Police Department" and "Ashcombe Police" are parts of "Ashcombe Police Department": one institution."""
    names = {k: f" {k.split(':', 1)[1]} " for k in found if not k.startswith("gaz:")}
    for k in sorted(names, key=lambda k: len(names[k])):
        host = next((h for h in sorted(names, key=lambda h: -len(names[h]))
                     if h != k and h in found and names[k] in names[h]), None)
        if host and k in found:
            found[host].mentions += found.pop(k).mentions


def _institution(key: str, acc: _Acc) -> Institution:
    name = acc.used.most_common(1)[0][0] if acc.used else (acc.full_name or key.split(":", 1)[1])
    aliases = tuple(sorted(a for a in acc.aliases if a and a != name and a != acc.full_name))
    mentions = tuple(sorted(acc.mentions, key=lambda m: m.source.start))
    return Institution(name, acc.full_name, aliases, mentions, acc.kind, acc.method, acc.confidence)


def extract_institutions(analyses: Sequence[BlockAnalysis], lang: str, meeting: MeetingInfo,
                         people: Sequence[RawMention]) -> list[Institution]:
    defined = defined_terms(analyses, lang)
    blocked = {k for k, v in defined.items() if v is None} | set(meeting.series_abbreviations)
    found: dict[str, _Acc] = {}
    skips = _bodies(analyses, lang, meeting, found)
    for a in analyses:
        skip = skips.get(a.block.index, set())
        _gazetteer(a, lang, blocked, found, skip)
        _unknown_actors(a, lang, blocked, found, skip)
        for text, prov in pattern_orgs(a, lang, skip):
            if fold(text) not in {fold(x) for x in blocked}:
                _add(found, "pat:" + fold(text), Mention(text, prov), text, kind="organisation", method=PATTERN,
                     confidence=0.75)
    _affiliations(people, blocked, found)
    for abbr, full in defined.items():
        if full and "act:" + fold(abbr) in found:
            found["act:" + fold(abbr)].full_name = full
    _merge_parts(found)
    own = [fold(x) for x in (meeting.title, meeting.series) if x]
    insts = [_institution(k, v) for k, v in found.items()]
    insts = [i for i in insts if not (i.method is PATTERN and any(fold(i.name) in o or o in fold(i.name) for o in own))]
    return sorted(insts, key=lambda i: i.mentions[0].source.start if i.mentions else 0)


# --- patterns for institutions the gazetteer does not know --------------------------------------------------


def _stops_tail(t: Token, pat: dict[str, Any]) -> bool:
    w = t.word
    if not w[:1].isalnum() or t.text in (",", ";", ":", "(", ")"):
        return True
    low = w.lower()
    if low in pat["connectors"]:
        return False
    if low in pat["stop_words"]:
        return True
    if w.islower():
        return not pat["tail_lowercase"] or (len(w) >= 4 and low.endswith(tuple(pat["verb_endings"])))
    return False


def _joined(a: BlockAnalysis, k: int) -> bool:
    """Tokens k-1 and k are on one line and in one table cell (no newline or tab between them)."""
    gap = a.block.text[a.tokens[k - 1].end - a.block.start: a.tokens[k].start - a.block.start]
    return "\n" not in gap and "\t" not in gap


def _head_start(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> int | None:
    """End index of "Ministerstvo ...", "Svaz ...", "Department of ..." starting at token i."""
    t = a.tokens[i]
    mid_only = pat["heads_start"].get(t.word)
    if mid_only is None or (mid_only and i in a.sentence_starts):
        return None
    k, proper = i + 1, False
    while k < len(a.tokens) and k - i <= pat["max_tail"] and not _stops_tail(a.tokens[k], pat) and _joined(a, k):
        w = a.tokens[k].word
        if proper and w.islower() and w not in pat["connectors"]:
            break  # "Statutární město Kladno souhlasí": lower case after the proper part ends the name
        proper = proper or w[:1].isupper() or w.isdigit()
        k += 1
        if a.tokens[k - 1].text.endswith(".") and len(w) > 1:
            break  # the sentence ends here
    while k > i + 1 and a.tokens[k - 1].word.lower() in pat["connectors"]:
        k -= 1
    return k if k > i + 1 else None


def _head_end(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> int | None:
    """Start index of "... Institut", "... Cluster", "... Council", "... Ltd" ending at token i."""
    t = a.tokens[i]
    if t.word not in pat["heads_end"] or not t.is_cap:
        return None
    k = i
    while k > 0 and k not in a.sentence_starts and _joined(a, k) and (
            a.tokens[k - 1].is_cap or a.tokens[k - 1].is_upper or a.tokens[k - 1].word in ("&", "of", "for")):
        k -= 1
    while k < i and (a.tokens[k].word in ("&", "and", "of", "for") or a.tokens[k].word in pat.get("determiners", ())):
        k += 1
    return k if k < i else None


@cache
def _legal_forms(lang: str) -> dict[str, int]:
    """Legal forms without spaces -> their token count ("s.r.o." is three tokens: "s." "r." "o.")."""
    forms = (f.replace(" ", "") for f in _patterns(lang)["legal_forms"])
    return {f: len(f.replace(".", ". ").split()) for f in forms}


def _name_part(t: Token, pat: dict[str, Any]) -> bool:
    """A word that can be part of a company name before its legal form ("Datové služby s.r.o.")."""
    w = t.word
    if w == "&":
        return True
    return w[:1].isalnum() and w.lower() not in pat["stop_words"] and (w[:1].isupper() or pat["tail_lowercase"])


def _legal_form(a: BlockAnalysis, i: int, lang: str) -> tuple[int, int] | None:
    """(start, end) of "Name s.r.o." / "Name Ltd" when a legal form starts at token i."""
    forms = _legal_forms(lang)
    end = next((i + n for n in range(4, 0, -1)
                if i + n <= len(a.tokens) and "".join(t.text for t in a.tokens[i:i + n]) in forms
                and all(_joined(a, k) for k in range(i + 1, i + n))),
               None)
    if end is None or i == 0:
        return None
    pat = _patterns(lang)
    k = i - 1 if a.tokens[i - 1].text != "," else i - 2
    start = None
    while k >= 0 and i - k <= 6 and _joined(a, k + 1) and _name_part(a.tokens[k], pat) and not _name_stop(a, k, pat):
        if a.tokens[k].word[:1].isupper() or a.tokens[k].word[:1].isdigit():
            start = k
        if k in a.sentence_starts:
            break
        k -= 1
    return (start, end) if start is not None else None


def _name_stop(a: BlockAnalysis, k: int, pat: dict[str, Any]) -> bool:
    """A word a company name cannot start before: "firmou" / "společností" before a capitalised name, a verb."""
    w = a.tokens[k].word
    if w.lower() in pat.get("company_cues", ()) and k + 1 < len(a.tokens) and a.tokens[k + 1].word[:1].isupper():
        return True
    return w.islower() and len(w) >= 4 and w.endswith(tuple(pat["verb_endings"]))


def _cued(a: BlockAnalysis, i: int, lang: str, pat: dict[str, Any]) -> tuple[int, int] | None:
    """"firmou Novák stavby", "společnost Agro Lipovec": the capitalised run after a company word is a firm
    (when a legal form follows, the legal-form rule takes the whole name)."""
    if a.tokens[i].word.lower() not in pat.get("company_cues", ()) or a.tokens[i].text.endswith(".") \
            or i + 1 in a.sentence_starts:
        return None
    k = i + 1
    while k < len(a.tokens) and k - i <= 4 and _joined(a, k) and (
            a.tokens[k].is_cap or a.tokens[k].is_upper or a.tokens[k].word in ("&", "-")):
        k += 1
        if a.tokens[k - 1].text.endswith(".") and len(a.tokens[k - 1].word) > 2:
            break
    if k == i + 1 or bodies.legal_end(a, k, lang) > k:
        return None
    return i + 1, k


def _of_tail(a: BlockAnalysis, end: int) -> int:
    """"... Chamber of Commerce", "Friends of the Library": an of-phrase of capitalised words continues a name."""
    k = end
    if k + 1 < len(a.tokens) and a.tokens[k].word in ("of", "for") and _joined(a, k):
        m = k + 1 + (a.tokens[k + 1].word == "the")
        n = m
        while n < len(a.tokens) and (a.tokens[n].is_cap or a.tokens[n].is_upper) and _joined(a, n):
            n += 1
        if n > m:
            return n
    return end


def _clean_name(text: str, pat: dict[str, Any]) -> str:
    """Drop a sentence-final dot that is not part of a legal form ("... LLC." -> "... LLC", "Co." stays) and
    put an inflected head back in the nominative ("Ministerstvem dopravy" -> "Ministerstvo dopravy")."""
    text = text.rstrip(",;")
    for head, nominative in sorted(pat.get("head_nominative", {}).items(), key=lambda kv: -len(kv[0])):
        if text.startswith(head + " "):
            text = nominative + text[len(head):]
            break
    last = text.split()[-1] if text.split() else ""
    if last.endswith(".") and last not in pat["legal_forms"] and len(last) > 2:
        text = text[:-1]
    return text


def pattern_orgs(a: BlockAnalysis, lang: str, skip: set[int] | None = None) -> list[tuple[str, Provenance]]:
    """Institution names found by head words and legal forms, outside gazetteer hits and person names."""
    pat = _patterns(lang)
    gaz = {i for h in a.orgs for i in range(h.start, h.end)} | (skip or set())
    place_starts = {h.start for h in a.places}
    names = {i for n in a.names for i in range(n.start, n.end)}
    out, i = [], 0
    while i < len(a.tokens):
        span = _legal_form(a, i, lang)
        taken = gaz if span is not None else gaz | names  # "Mercado & Lyle LLP" is a firm, not two people
        span = span or _cued(a, i, lang, pat)
        end = _head_start(a, i, pat) if span is None else None
        if span is not None:
            pass
        elif end is not None:
            span = (i, end)
        else:
            start = _head_end(a, i, pat)
            span = (start, _of_tail(a, i + 1)) if start is not None else None
        if span and not taken & set(range(*span)) and span[0] not in place_starts:
            out.append((_clean_name(a.span_text(*span), pat), _prov(a, *span)))
            i = span[1]
        else:
            i += 1
    return out


def extract_places(analyses: Sequence[BlockAnalysis]) -> list[Place]:
    found: dict[str, list[Mention]] = {}
    for a in analyses:
        for h in a.places:
            found.setdefault(h.entry.name, []).append(Mention(a.span_text(h.start, h.end), _prov(a, h.start, h.end)))
    return [Place(name, tuple(ms)) for name, ms in found.items()]
