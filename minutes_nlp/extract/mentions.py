"""Person mentions with what the text says about them: role, affiliation, and names in lists and labels.

Minutes state affiliations in a few fixed shapes right after a name: "Rut Bízková (ISFOR)", "Marie Zezůlková |
MMR", "p. Olivy z MAS", "Dr. X, ředitelka odboru ... MMR,". Attendance lists and metadata lines ("Přítomni:",
"Zapsal:", "Present:", "Apologies:") name people without titles; a speaker prefix ("Priya:") names the person
who speaks. This module turns all of those into RawMention records for extract/people.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.document import BlockKind
from minutes_nlp.extract.result import Provenance
from minutes_nlp.nlp.gazetteer import Hit
from minutes_nlp.nlp.names import NameLexicon, bare_initial, lexicon
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.nlp.tokens import Token, tokenize

_STOP = {",", ";", ".", ")", "(", "|", ":", "–", "—"}


@dataclass(frozen=True)
class RawMention:
    """One mention before clustering: surface forms, cues, and what the text says about the person."""

    text: str
    source: Provenance
    surname_form: str
    first_form: str | None
    initial: str | None
    case: str | None
    gender: str | None
    role: str | None
    affiliation: str | None
    confidence: float
    model_lemma: str | None = None
    affiliation_source: Provenance | None = None
    affiliation_is_place: bool = False
    surname: str = ""  # nominative, filled by people.resolve()
    first: str | None = None


@dataclass(frozen=True)
class AfterName:
    role: str | None = None
    affiliation: str | None = None
    source: Provenance | None = None
    is_place: bool = False


@cache
def _patterns(lang: str) -> dict[str, Any]:
    return dict(langdata.load(lang if lang in langdata.SUPPORTED else "en", "org_patterns"))


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
    words = set(langdata.load(lang if lang in langdata.SUPPORTED else "en", "roles").get("affiliation_before", []))
    sent = max((i for i in a.sentence_starts if i <= start), default=0)
    for h in reversed([h for h in a.orgs if sent < h.start and h.end <= start]):
        if a.tokens[h.start - 1].word in words:
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
        return org_or_place(a, k + 1, close, lang) or AfterName()
    if t.text in ("|", "–", "—", "-"):
        e = _until(toks, k + 1, {"a", "and", "|", ",", ";", "(", ":"}, 8)
        if e < len(toks) and toks[e].text == ":":
            return AfterName()  # "Mgr. Petra Holubová – Termín: 25. 11.": the next label, not an affiliation
        return org_or_place(a, k + 1, e, lang) or AfterName()
    if t.text == "," and k + 1 < len(toks) and toks[k + 1].word.islower() and lex.role(toks[k + 1]):
        return _role_phrase(a, k + 1, _until(toks, k + 1, _STOP, 12), lex, lang)
    if t.word.lower() in _affiliation_preps(lang) and k + 1 < len(toks):
        return _prep_affiliation(a, k + 1, lang)
    return AfterName()


@cache
def _affiliation_preps(lang: str) -> frozenset[str]:
    return frozenset(langdata.load(lang if lang in langdata.SUPPORTED else "en", "roles")["affiliation_prepositions"])


def _prep_affiliation(a: BlockAnalysis, s: int, lang: str) -> AfterName:
    for hits in (a.orgs, a.places):
        h = _hit_at(hits, s)
        if h:
            return org_or_place(a, s, h.end, lang) or AfterName()
    if a.tokens[s].is_upper and not not_institution(a.tokens[s].word, lang):
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


# --- lists, labels and speakers ------------------------------------------------------------------------------

_SPLIT = re.compile(r"\s*(?:[,;\n\t]|\s+a\s+|\s+and\s+)\s*")
_ANY_LABEL = re.compile(r"(?:^|(?<=[\s.;,]))([^\W\d_][\w-]*)\s*:(?!//)")
_UPPER = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
_SPEAKER = re.compile(rf"(?:^|(?<=[.!?;]\s)|(?<=\n))((?:\w+\.\s)*[{_UPPER}]\w*(?:\s+[{_UPPER}]\w*\.?){{0,2}})"
                      r"\s*(?:\([^()]{0,40}\))?\s*:\s")


@cache
def _label_re(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes for "Label:" anywhere in a line and for verb labels without a colon ("Zapsal Jan Novák")."""
    roles = langdata.load(lang if lang in langdata.SUPPORTED else "en", "roles")
    keys = sorted(roles["labels"], key=len, reverse=True)
    alt = "|".join(re.escape(k) for k in keys)
    verbs = "|".join(re.escape(k) for k in sorted(roles.get("verb_labels", []), key=len, reverse=True)) or "$^"
    return (re.compile(rf"(?:^|(?<=[\s.;,(]))({alt})\s*:\s*", re.IGNORECASE),
            re.compile(rf"(?:^|(?<=[.;]\s))({verbs})\s+(?=[^\W\d_])", re.IGNORECASE))


def label_mentions(a: BlockAnalysis, lang: str, seen: set[tuple[int, int]]) -> list[RawMention]:
    """People in "Label: name, name" segments, verb labels, table rows and speaker prefixes of one block."""
    lex = lexicon(lang)
    labelled, verbal = _label_re(lang)
    out: list[RawMention] = []
    for line_start, line in _lines(a):
        ends = sorted({m.start(1) for m in _ANY_LABEL.finditer(line)} | {len(line)})
        hits = list(labelled.finditer(line)) + list(verbal.finditer(line))
        for m in hits:
            label = lex.labels.get(m.group(1).strip().lower(), {})
            stop = min((e for e in ends if e > m.end() - 1), default=len(line))
            sentence_end = line.find(". ", m.end())
            if m.re is verbal and sentence_end != -1:
                stop = min(stop, sentence_end)
            out += _list_people(a, line_start + m.end(), line_start + stop, label, lang, seen)
        covered = [(m.start(), m.end()) for m in hits]
        for m in _SPEAKER.finditer(line):
            if m.group(1).lower() in lex.labels or any(s <= m.start(1) < e for s, e in covered):
                continue
            out += _list_people(a, line_start + m.start(1), line_start + m.end(1), {}, lang, seen, speaker=True)
    return out


def _lines(a: BlockAnalysis) -> list[tuple[int, str]]:
    """(absolute offset, text) of each line; a table row's cells become "label: value"."""
    if a.block.kind is not BlockKind.TABLE:
        return [(a.block.start, a.block.text)]
    out, off = [], a.block.start
    for line in a.block.text.split("\n"):
        cells = line.split("\t")
        if len(cells) >= 2 and ":" not in cells[0]:
            first = cells[0]
            out.append((off, first + ":" + line[len(first) + 1:].replace("\t", ", ")))
        else:
            out.append((off, line))
        off += len(line) + 1
    return out


def _list_people(a: BlockAnalysis, start: int, end: int, label: dict[str, Any], lang: str,
                 seen: set[tuple[int, int]], speaker: bool = False) -> list[RawMention]:
    text = a.block.text[start - a.block.start: end - a.block.start]
    out: list[RawMention] = []
    pos, last, described = 0, "", False
    lex = lexicon(lang)
    for piece in _SPLIT.split(text) + [""]:
        if not piece:
            continue
        i = text.find(piece, pos)
        joint, pos = text[pos:i], i + len(piece)
        s = start + i
        described = described and not any(c in joint for c in ";\n\t")
        inside_of = " of " in f" {last} " and joint.strip() in ("and", "a", "&")
        last = piece
        if described or inside_of or any(s < se and ss < s + len(piece) for ss, se in seen):
            continue  # "Faculty of Science and Engineering": the second half of a name, not a person
        m = _list_item(a, s, s + len(piece), label, lang, speaker)
        if m is None and out and _role_piece(a, s, s + len(piece), lex):
            described = True  # "Dr X, Associate Dean (Education), Science and Engineering; ...": X's office
            continue
        if m:
            out.append(m)
    return out


def _role_piece(a: BlockAnalysis, s: int, e: int, lex: NameLexicon) -> bool:
    """A list piece that opens with an office ("Associate Dean (Education)", "Director of ..."): what follows
    in the same entry describes the person before it."""
    toks = [t for t in a.tokens if s <= t.start and t.end <= e]
    return bool(toks) and lex.role(toks[0]) is not None and not lex.is_degree(toks[0])


def _list_item(a: BlockAnalysis, s: int, e: int, label: dict[str, Any], lang: str,
               speaker: bool) -> RawMention | None:
    idx = [i for i, t in enumerate(a.tokens) if s <= t.start and t.end <= e]
    if not idx:
        return None
    lex = lexicon(lang)
    if a.block.text[s - a.block.start: e - a.block.start].replace(" ", "").lower().rstrip(".") in lex.degrees_after:
        return None
    k, titles, gender = idx[0], [], label.get("gender")
    while k <= idx[-1] and (lex.is_degree(a.tokens[k]) or lex.honorific(a.tokens[k])[0]):
        titles.append(a.tokens[k].text)
        gender = gender or lex.honorific(a.tokens[k])[1]
        k += 1
    blocked = {i for h in (*a.orgs, *a.places) for i in range(h.start, h.end)}
    words: list[Token] = []
    while k <= idx[-1] and len(words) < 3 and k not in blocked and (a.tokens[k].is_cap or a.tokens[k].is_initial or (
            not words and bare_initial(a.tokens[k]) and k < idx[-1] and a.tokens[k + 1].is_cap)):
        words.append(a.tokens[k])
        k += 1
        if words[-1].text.endswith(".") and not words[-1].is_initial:
            break  # "Standa. Míša se omluvila": a sentence ends inside the list
    if k <= idx[-1] and (a.tokens[k].word.isdigit() and not titles or a.tokens[k].word == "of"):
        return None  # "Komenského 210": a street and house number; "Faculty of Science": a body or an office
    return _item_mention(a, words, titles, gender, label, lang, speaker, k)


def _item_mention(a: BlockAnalysis, words: list[Token], titles: list[str], gender: str | None,
                  label: dict[str, Any], lang: str, speaker: bool, k: int) -> RawMention | None:
    lex = lexicon(lang)
    if len(words) == 2 and bare_initial(words[0]):  # "D Ashby": an initial without its dot
        words = [Token(words[0].text + ".", words[0].start, words[0].end), words[1]]
    names = [w for w in words if not w.is_initial]
    if not names or any(w.word in lex.not_names or lex.role(w) or lex.is_degree(w) or w.word in lex.org_heads
                        for w in names) or len(names) > 2:
        return None
    if speaker and not (titles or lex.first_name(names[0].word) or len(words) > 1 and words[1].is_initial):
        return None
    first = surname = initial = None
    if len(words) >= 2 and words[-1].is_initial and not words[0].is_initial:
        first, surname = words[0].word, words[-1].text  # "Tom K."
    elif len(names) == 2:
        rev = not lex.first_name(names[0].word) and bool(lex.first_name(names[1].word))
        first, surname = (names[1].word, names[0].word) if rev else (names[0].word, names[1].word)
    elif words[0].is_initial:
        initial, surname = words[0].word, names[0].word
    elif lex.first_name(names[0].word) and (lang != "cs" or not titles):
        first, surname = names[0].word, ""  # "Priya", "Standa": a given name alone
    else:
        surname = names[0].word
    found = after_name(a, k, lang)
    last = words[-1]
    start, end = words[0].start, last.start + len(last.word) if len(last.word) > 1 else last.end
    return RawMention(a.block.text[start - a.block.start: end - a.block.start], Provenance(
        a.block.index, start, end, a.block.page), surname or "", first, initial, None, gender,
        found.role or label.get("role"), found.affiliation, 0.85, affiliation_source=found.source,
        affiliation_is_place=found.is_place)


def locate_name(name: str, analyses: Sequence[BlockAnalysis], lang: str) -> list[RawMention]:
    """The first place in the text where a metadata name ("Jiří Vlček") occurs, as a mention."""
    want = [t.word for t in tokenize(name)]
    for a in analyses:
        words = [t.word for t in a.tokens]
        for i in range(len(words) - len(want) + 1):
            if words[i: i + len(want)] == want:
                m = _list_item(a, a.tokens[i].start, a.tokens[i + len(want) - 1].end, {}, lang, False)
                return [m] if m else []
    return []


def first_name_mentions(analyses: Sequence[BlockAnalysis], people: Sequence[RawMention],
                        lang: str) -> list[RawMention]:
    """English minutes call known people by first name alone ("Priya will circulate"): those are mentions too."""
    if lang == "cs":
        return []
    by_first: dict[str, RawMention] = {}
    for m in people:
        if m.first:
            by_first.setdefault(m.first, m)
    taken = {(m.source.block, m.source.start) for m in people}
    out = []
    for a in analyses:
        for t in a.tokens:
            ref = by_first.get(t.word)
            if ref and (a.block.index, t.start) not in taken and not any(
                    m.source.start <= t.start < m.source.end for m in people):
                out.append(replace(ref, text=t.word, source=Provenance(a.block.index, t.start, t.start + len(t.word),
                                                                       a.block.page), role=None, affiliation=None,
                                   affiliation_source=None))
    return out
