"""Names of institutions the gazetteer does not know, found by their shape: head words ("Ministerstvo ...",
"... Council"), legal forms ("... s.r.o.", "... Ltd"), company words ("firmou Novák"); and places.

Shared by extract/orgs.py, which decides which of these names are reported and merges them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract import bodies
from minutes_nlp.extract.result import Mention, Place, Provenance
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.nlp.tokens import Token


@cache
def _patterns(lang: str) -> dict[str, Any]:
    return dict(langdata.load(lang if lang in langdata.SUPPORTED else "en", "org_patterns"))


def _prov(a: BlockAnalysis, s: int, e: int) -> Provenance:
    return Provenance(a.block.index, a.tokens[s].start, a.tokens[e - 1].end, a.block.page)


def _word(a: BlockAnalysis, i: int) -> str:
    return a.tokens[i].word if 0 <= i < len(a.tokens) else ""


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


def _acts(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> bool:
    """"The Planning Committee recommended": a committee is a body where it acts, not in a heading."""
    if a.tokens[i].word not in pat.get("acting_only", ()):
        return True
    nxt = _word(a, i + 1)
    return nxt.lower() in pat.get("acting_verbs", ()) or nxt in ("'", "’")


def _possessive(a: BlockAnalysis, k: int) -> bool:
    """"St Mary's Church": the apostrophe and s of a possessive inside a name."""
    w = a.tokens[k].word
    return (w in ("'", "’") and k > 0 and a.tokens[k - 1].is_cap) or (w == "s" and k > 0 and a.tokens[k - 1].word in
                                                                        ("'", "’"))


def _inner_and(a: BlockAnalysis, k: int, pat: dict[str, Any], names: set[int]) -> bool:
    """"Finance and General Purposes Committee", "Fire and Rescue Service": "and" inside one name, not
    between two ("Cricket Club and St Mary's Church", "Acme plc and Harlow & Sons")."""
    if a.tokens[k].word != "and" or k < 1 or k - 1 in names:
        return False
    before = a.tokens[k - 1]
    return before.is_cap and before.word not in pat["heads_end"] and before.word not in pat["legal_forms"]


def _head_end(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> int | None:
    """Start index of "... Institut", "... Cluster", "... Council", "... Ltd" ending at token i."""
    t = a.tokens[i]
    if t.word not in pat["heads_end"] or not t.is_cap:
        return None
    k = i
    names = {j for n in a.names for j in range(n.start, n.end)}
    while k > 0 and k not in a.sentence_starts and _joined(a, k) and k - 1 not in names and (
            a.tokens[k - 1].is_cap or a.tokens[k - 1].is_upper or a.tokens[k - 1].word in ("&", "of", "for")
            or _possessive(a, k - 1) or _inner_and(a, k - 1, pat, names)):
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


def _cue(a: BlockAnalysis, k: int, pat: dict[str, Any]) -> bool:
    """A company word in lower case ("firmou", "the company"), or capitalised only at a sentence start:
    "Brewing Company LLC" is part of a name."""
    w = a.tokens[k].word
    return w in pat.get("company_cues", ()) or (k in a.sentence_starts and w.lower() in pat.get("company_cues", ()))


def _name_stop(a: BlockAnalysis, k: int, pat: dict[str, Any]) -> bool:
    """A word a company name cannot start before: "firmou" / "společností" before a capitalised name, a verb."""
    w = a.tokens[k].word
    if _cue(a, k, pat) and k + 1 < len(a.tokens) and a.tokens[k + 1].word[:1].isupper():
        return True
    return w.islower() and len(w) >= 4 and w.endswith(tuple(pat["verb_endings"]))


def _cued(a: BlockAnalysis, i: int, lang: str, pat: dict[str, Any]) -> tuple[int, int] | None:
    """"firmou Novák stavby", "společnost Agro Lipovec": the capitalised run after a company word is a firm
    (when a legal form follows, the legal-form rule takes the whole name)."""
    if not _cue(a, i, pat) or a.tokens[i].text.endswith(".") \
            or i + 1 in a.sentence_starts:
        return None
    k = i + 1
    while k < len(a.tokens) and k - i <= 4 and _joined(a, k) and (
            a.tokens[k].is_cap or a.tokens[k].is_upper or a.tokens[k].word in ("&", "-")):
        k += 1
        if a.tokens[k - 1].text.endswith(".") and len(a.tokens[k - 1].word) > 2:
            break
    if k == i + 1 or any(bodies.legal_end(a, m, lang) > m for m in range(k, min(k + 4, len(a.tokens) + 1))):
        return None  # "firmou Datové služby s.r.o.": the legal-form rule takes the whole name
    return (i if k == i + 2 and a.tokens[i + 1].is_cap else i + 1), k  # "firma Novák", but "Agro Lipovec"


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
            span = (start, _of_tail(a, i + 1)) if start is not None and _acts(a, i, pat) else None
            if span:  # "Royal Berkshire NHS Foundation Trust": a known body inside a longer name is part of it
                taken = taken - {j for h in a.orgs if span[0] < h.start and h.end <= i for j in range(h.start, h.end)}
                taken |= skip or set()
        if span and not taken & set(range(*span)) and span[0] not in place_starts:
            out.append((_clean_name(a.span_text(*span), pat), _prov(a, *span)))
            i = span[1]
        else:
            i += 1
    return out


def extract_places(analyses: Sequence[BlockAnalysis], lang: str = "cs") -> list[Place]:
    """Gazetteer places, and municipalities the gazetteer does not know named after their kind ("obce Dolní
    Lhota", "k. ú. Horní Vrbice"): the name in apposition is in the nominative."""
    found: dict[str, list[Mention]] = {}
    for a in analyses:
        for h in a.places:
            found.setdefault(h.entry.name, []).append(Mention(a.span_text(h.start, h.end), _prov(a, h.start, h.end)))
        for s, e in _named_municipalities(a, lang):
            found.setdefault(a.span_text(s, e).rstrip("."), []).append(Mention(a.span_text(s, e), _prov(a, s, e)))
    return [Place(name, tuple(ms)) for name, ms in found.items()]


@cache
def _municipality_nouns(lang: str) -> dict[str, list[tuple[str, ...]]]:
    """"obce", "k. ú." by their first token, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for n in sorted(_patterns(lang).get("municipality_nouns", ()), key=lambda n: -len(n.split())):
        out.setdefault(n.split()[0], []).append(tuple(n.split()))
    return out


def _named_municipalities(a: BlockAnalysis, lang: str) -> list[tuple[int, int]]:
    nouns = _municipality_nouns(lang)
    taken = {i for h in (*a.orgs, *a.places) for i in range(h.start, h.end)}
    out = []
    for i, t in enumerate(a.tokens):
        n = next((len(x) for x in nouns.get(t.text, ()) if tuple(u.text for u in a.tokens[i:i + len(x)]) == x), 0)
        k = i + n
        while n and k < len(a.tokens) and k - i - n < 4 and k not in taken and _joined(a, k) and (
                a.tokens[k].is_cap or a.tokens[k].word in ("nad", "pod", "u") and k + 1 < len(a.tokens)):
            k += 1
        if n and k > i + n and a.tokens[k - 1].is_cap:
            out.append((i + n, k))
    return out
