"""What the text says right after or before a person's name: the role and the institution or place they belong to.

Minutes state affiliations in a few fixed shapes: "Rut Bízková (ISFOR)", "Marie Zezůlková | MMR",
"p. Olivy z MAS", "Dr. X, ředitelka odboru ... MMR,". Split out of `mentions.py`, which builds the mention
records (lists, labels, speakers) and takes the affiliation of each from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract.result import Provenance
from minutes_nlp.nlp.gazetteer import Hit
from minutes_nlp.nlp.names import NameLexicon, lexicon
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.nlp.tokens import Token

_STOP = {",", ";", ".", ")", "(", "|", ":", "–", "—"}


@dataclass(frozen=True)
class AfterName:
    role: str | None = None
    affiliation: str | None = None
    source: Provenance | None = None
    is_place: bool = False


@cache
def _patterns(lang: str) -> dict[str, Any]:
    return dict(langdata.load(langdata.code(lang), "org_patterns"))


def not_institution(word: str, lang: str) -> bool:
    return word in set(_patterns(lang)["not_institutions"])


def _hit_at(hits: Sequence[Hit], s: int) -> Hit | None:
    return next((h for h in hits if h.start == s), None)


def _prov(a: BlockAnalysis, s: int, e: int) -> Provenance:
    return Provenance(a.block.index, a.tokens[s].start, a.tokens[e - 1].end, a.block.page)


def _shown(h: Hit, text: str) -> str:
    """An affiliation as reported: the abbreviation as written, else the official short name or full name."""
    if h.abbreviation:
        return text.rstrip(".")
    e = h.entry
    if e.kind in ("regional_office", "region") or not e.full_name or " " in e.name and not e.name.isupper():
        return e.full_name or e.name
    return e.name


def org_or_place(a: BlockAnalysis, s: int, e: int, lang: str) -> AfterName | None:
    """The institution or place that tokens [s, e) name exactly, as it should be reported."""
    if s >= e:
        return None
    h = _hit_at(a.orgs, s)
    if h and h.end >= e:
        return AfterName(affiliation=_shown(h, a.span_text(h.start, h.end)), source=_prov(a, s, h.end))
    p = _hit_at(a.places, s)
    if p and p.end >= e:
        return AfterName(affiliation=p.entry.name, source=_prov(a, s, p.end), is_place=True)
    return _place_with_noun(a, s, e, lang) or _unknown_org(a, s, e, lang)


def _place_with_noun(a: BlockAnalysis, s: int, e: int, lang: str) -> AfterName | None:
    """"město Písek", "obec Bukovany", "Town of Ashcombe": a municipality named with its kind."""
    nouns = [n.split() for n in _patterns(lang).get("place_nouns", [])]
    words = [t.word for t in a.tokens[s:e]]
    for n in nouns:
        rest = words[len(n):]
        if words[: len(n)] == n and 0 < len(rest) <= 4 and all(w[:1].isupper() or w in ("nad", "pod", "u", "v")
                                                                for w in rest):
            return AfterName(affiliation=a.span_text(s, e), source=_prov(a, s, e))
    return None


def _after_party_opener(a: BlockAnalysis, s: int, close: int, lang: str) -> int:
    """ "Claire X (for AFNOR)", "Ing. Y (za SMO ČR)": the body starts after the words saying whom the person acts
    for (roles.json `bracket_party_openers`)."""
    words = [t.word.lower() for t in a.tokens[s:close]]
    for opener in langdata.load(langdata.code(lang), "roles").get("bracket_party_openers", []):
        n = len(opener.split())
        if n < len(words) and words[:n] == opener.lower().split():
            return s + n
    return s


def _unknown_org(a: BlockAnalysis, s: int, e: int, lang: str) -> AfterName | None:
    toks = a.tokens[s:e]
    pat = _patterns(lang)
    conn = set(pat["connectors"])
    head = toks[0].word in pat["heads_start"] and len(toks) <= 8
    if not head and (len(toks) > 7 or not all(t.is_cap or t.is_upper or t.word in conn or t.word.isdigit()
                                              for t in toks)):
        return None
    text = a.span_text(s, e).rstrip(".")
    if not any(t.is_upper or t.is_cap for t in toks) or not_institution(text, lang):
        return None
    if len(toks) == 1 and toks[0].is_cap and lexicon(lang).first_name(toks[0].word):
        return None
    return AfterName(affiliation=text, source=_prov(a, s, e))


def title_affiliation(title: BlockAnalysis, lang: str) -> AfterName:
    """A presentation title naming one town or body ("Živé Milevsko – SMART REGION") gives the affiliation of
    the person who opens the next block ("V. Král úvodem prezentoval ...")."""
    words = [t for t in title.tokens if t.word[:1].isalnum()]
    hits = [*title.orgs, *title.places]
    if len(words) > 8 or title.block.text.rstrip().endswith(".") or title.names or len(hits) != 1:
        return AfterName()
    return org_or_place(title, hits[0].start, hits[0].end, lang) or AfterName()


def before_name(a: BlockAnalysis, start: int, lang: str) -> AfterName:
    """An institution put before the name in the same sentence: "za SMS ČR se zúčastnila Ing. X"."""
    words = set(langdata.load(langdata.code(lang), "roles").get("affiliation_before", []))
    sent = max((i for i in a.sentence_starts if i <= start), default=0)
    for h in reversed([h for h in a.orgs if sent < h.start and h.end <= start]):
        if a.words[h.start - 1] in words:
            return AfterName(affiliation=_shown(h, a.span_text(h.start, h.end)), source=_prov(a, h.start, h.end))
    return AfterName()


def _until(toks: Sequence[Token], k: int, stops: set[str], limit: int) -> int:
    e = k
    while e < len(toks) and e - k < limit and toks[e].text not in stops and toks[e].word not in stops:
        e += 1
    return e


def after_name(a: BlockAnalysis, k: int, lang: str) -> AfterName:
    """Role and affiliation stated right after a name that ends before token k."""
    toks, lex = a.tokens, lexicon(lang)
    if k >= len(toks):
        return AfterName()
    t = toks[k]
    if t.text == "(":
        close = _until(toks, k + 1, {")"}, 15)
        if any(lex.role(t) for t in toks[k + 1: close]):
            return _role_phrase(a, k + 1, close, lex, lang, anywhere=True)
        return org_or_place(a, _after_party_opener(a, k + 1, close, lang), close, lang) or AfterName()
    if t.text in ("–", "—") and k + 1 < len(toks) and toks[k + 1].word.islower() and lex.role(toks[k + 1]):
        return _own_role(a, k + 1, lex, lang)  # "Jan Novák – starosta"
    if t.text in ("|", "–", "—", "-"):
        e = _until(toks, k + 1, {"a", "and", "|", ",", ";", "(", ":"}, 8)
        if e < len(toks) and toks[e].text == ":":
            return AfterName()  # "Mgr. Petra Holubová – Termín: 25. 11.": the next label, not an affiliation
        return org_or_place(a, k + 1, e, lang) or AfterName()
    if t.text == "," and k + 1 < len(toks) and toks[k + 1].word.islower() and (
            lex.role(toks[k + 1]) or _qualified_role(toks, k + 1, lex, lang)):
        return _own_role(a, k + 1, lex, lang, anywhere=not lex.role(toks[k + 1]))  # "X, statutární auditorka"
    if t.word.lower() in _affiliation_preps(lang) and k + 1 < len(toks):
        return _prep_affiliation(a, k + 1, lang)
    return AfterName()


def _own_role(a: BlockAnalysis, s: int, lex: NameLexicon, lang: str, anywhere: bool = False) -> AfterName:
    """The role after a person's name, up to the next comma or bracket; a role phrase that runs into a degree
    or honorific ("Ph.D., proděkanka pro studium doc. Mgr. Renata Pokorná") opens the next person's entry of a
    list that writes roles before names: it is not this person's role."""
    toks = a.tokens
    e = _until(toks, s, _STOP, 12)
    if any(lex.is_degree(t) or lex.honorific(t)[0] for t in toks[s:e]):
        return AfterName()
    return _role_phrase(a, s, e, lex, lang, anywhere=anywhere)


def _qualified_role(toks: Sequence[Token], k: int, lex: NameLexicon, lang: str) -> bool:
    """ "statutární auditorka", "technický ředitel": a qualifying adjective (titles.json office_qualifier_endings)
    and then a role word."""
    endings = tuple(langdata.load(langdata.code(lang), "titles").get(
        "office_qualifier_endings", ()))
    return bool(endings) and k + 1 < len(toks) and toks[k].word.endswith(endings) and lex.role(toks[k + 1]) is not None


@cache
def _affiliation_preps(lang: str) -> frozenset[str]:
    return frozenset(langdata.load(langdata.code(lang), "roles")["affiliation_prepositions"])


def _prep_affiliation(a: BlockAnalysis, s: int, lang: str) -> AfterName:
    for hits in (a.orgs, a.places):
        h = _hit_at(hits, s)
        if h:
            return org_or_place(a, s, h.end, lang) or AfterName()
    if a.tokens[s].is_upper and not not_institution(a.words[s], lang):
        return org_or_place(a, s, s + 1, lang) or AfterName()
    return AfterName()


def _role_phrase(a: BlockAnalysis, s: int, e: int, lex: NameLexicon, lang: str,
                 anywhere: bool = False) -> AfterName:
    if s >= e or not (anywhere or lex.role(a.tokens[s])) or e - s > 12:
        return AfterName()
    role = a.span_text(s, e)
    inside = [h for h in a.orgs if s <= h.start and h.end <= e]
    if inside:
        found = org_or_place(a, inside[-1].start, inside[-1].end, lang)
        return replace(found, role=role) if found else AfterName(role=role)
    places = [h for h in a.places if s <= h.start and h.end <= e]
    if places:
        found = org_or_place(a, places[-1].start, places[-1].end, lang)
        return replace(found, role=role) if found else AfterName(role=role)
    return AfterName(role=role)
