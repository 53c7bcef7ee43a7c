"""Bodies the gazetteer and the name patterns miss, found by how the text uses a name: the letterhead in
capitals ("WRENSFORD TOWN COUNCIL"), a name listed or priced next to a known body ("Office Axis Ltd, £96 ...,
and Copyline Direct, £118"), a brand used as an actor ("with MapCamp North"), one word used twice where an
actor stands ("credits from Fastgrid ... ask Fastgrid whether").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract.mentions import RawMention, not_institution
from minutes_nlp.extract.orgfound import ACTOR, BODY, PATTERN, Acc, add, is_actor
from minutes_nlp.extract.orgnames import _joined, _patterns, _prov, _word
from minutes_nlp.extract.result import Mention, Provenance
from minutes_nlp.nlp.declension import first_name_readings
from minutes_nlp.nlp.names import lexicon
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold


def _org_tokens(analyses: Sequence[BlockAnalysis], found: dict[str, Acc]) -> dict[int, set[int]]:
    """Token indexes that found institutions take, by block."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for acc in found.values():
        for m in acc.mentions:
            spans.setdefault(m.source.block, []).append((m.source.start, m.source.end))
    return {a.block.index: {i for i, t in enumerate(a.tokens) if any(s <= t.start and t.end <= e for s, e in
                                                                       spans[a.block.index])}
            for a in analyses if a.block.index in spans}


def _cap_run(a: BlockAnalysis, i: int, stop: set[int], abbrs: frozenset[str] = frozenset()) -> int:
    """End of the capitalised run at i; it ends with a sentence ("... Asphalt LLC. He will"), except after an
    abbreviation names use inside ("Dube Bros. Asphalt LLC": org_patterns "name_abbreviations")."""
    j = i
    while j < len(a.tokens) and j not in stop and (a.tokens[j].is_cap or a.tokens[j].is_upper or (
            a.words[j] == "&" and j > i)) and (j == i or _joined(a, j)):
        j += 1
        if j in a.sentence_starts and a.tokens[j - 1].text.endswith(".") and a.words[j - 1] not in abbrs:
            break
    return j


def listed(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc]) -> None:
    """"Harborview Billiards LLC, Tern Point Yacht Club and Quarry Road Pizza & Subs had not yet filed": a name
    of two or more capitalised words listed next to a body (after or before ", " or "and") is a body too."""
    glue = set(_patterns(lang).get("list_glue", ()))  # languages that capitalise every word of a name
    if not glue:
        return
    by_block = _org_tokens(analyses, found)
    abbrs = frozenset(_patterns(lang).get("name_abbreviations", ()))
    for a in analyses:
        orgs = by_block.get(a.block.index, set())
        stop = orgs | {k for n in a.names for k in range(n.start, n.end)}
        i = 0
        while orgs and i < len(a.tokens):
            j = _cap_run(a, i, stop, abbrs) if i not in a.sentence_starts or _word(a, i - 1) == "," else i
            near = (_word(a, i - 1) in glue and i - 2 in orgs) or (_word(a, j) in glue and j + 1 in orgs) or (
                _priced(a, j) and any(_priced(a, k + 1) for k in orgs if k + 1 not in orgs))
            if j - i >= 2 and near and not _place_like(a, i, j, lang) and not _portfolio(a, i, lang):
                name = a.span_text(i, j).rstrip(".")
                add(found, "pat:" + fold(name), Mention(name, _prov(a, i, j)), name, kind="organisation",
                     method=PATTERN, confidence=0.7)
            i = max(j, i + 1)


def _portfolio(a: BlockAnalysis, i: int, lang: str) -> bool:
    """"Head of Primary Care Commissioning, NHS ... ICB": the words after an office title and "of" are the
    office's portfolio, not a body listed beside the employer (org_patterns "office_titles")."""
    return _word(a, i - 1) == "of" and _word(a, i - 2).lower() in _patterns(lang).get("office_titles", ())


def _priced(a: BlockAnalysis, j: int) -> bool:
    """"Office Axis Ltd, £96 per quarter, and Copyline Direct, £118": a name followed by a price, as the bodies
    of a list of quotations or grants are."""
    k = j + 1 if _word(a, j) in (",", ":") else j
    return _word(a, j) in (",", ":") and _word(a, k) in ("£", "$", "€")


def _place_like(a: BlockAnalysis, i: int, j: int, lang: str) -> bool:
    """A place, a street or a room listed with bodies ("Mill Lane", "Meeting Room") is not a body, nor an office."""
    if any(h.start <= i and j <= h.end for h in a.places):
        return True
    last = a.words[j - 1]
    return last in _patterns(lang).get("place_words", ()) or last.lower() in _role_words(lang)


@cache
def _role_words(lang: str) -> frozenset[str]:
    """"Fire Prevention Officer, Ashcombe Fire Department": an office listed before its body is not a body."""
    code = lang if langdata.has(lang, "roles") else "en"
    return frozenset(w.lower() for w in langdata.load(code, "roles").get("words", {}))


def letterhead(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc]) -> None:
    """The body named in capitals at the top of the minutes ("WRENSFORD TOWN COUNCIL"), not a shouted line."""
    for a in analyses[:3]:
        name = letterhead_name(a, lang)
        if name:
            add(found, "pat:" + fold(name), Mention(a.span_text(0, len(a.tokens)), _prov(a, 0, len(a.tokens))),
                 name, kind="organisation", method=PATTERN, confidence=0.75)


_BRAND = re.compile(r"^(?!Mac[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]+")  # "GitHub", "MapCamp"; "MacKay" is a surname


def _acts_after(a: BlockAnalysis, j: int, lang: str) -> bool:
    """"MapCamp North (Leeds, 16–17 May) has offered": the name is the subject of a verb (after a bracket)."""
    if _word(a, j) == "(":
        j = next((k + 1 for k in range(j, min(j + 12, len(a.tokens))) if a.words[k] == ")"), j)
    return _word(a, j).lower() in _patterns(lang).get("acting_verbs", ())


def brands(a: BlockAnalysis, lang: str, blocked: set[str], found: dict[str, Acc], taken: set[int]) -> None:
    """"confirm the stand with MapCamp North": a word with a capital inside ("MapCamp", "GitHub") is a brand; used
    as an actor, with the capitalised words after it on its line, it names an organisation."""
    names = {k for n in a.names for k in range(n.start, n.end)}
    for i, t in enumerate(a.tokens):
        if i in taken | names or not _BRAND.match(t.word) or t.word in blocked or not_institution(t.word, lang):
            continue
        j = i + 1
        while j < len(a.tokens) and j - i < 3 and a.tokens[j].is_cap and j not in names | taken and _joined(a, j):
            j += 1
        if is_actor(a, i, j, lang) or _acts_after(a, j, lang):
            name = a.span_text(i, j).rstrip(".")
            add(found, "act:" + fold(name), Mention(a.span_text(i, j), _prov(a, i, j)), name, kind="organisation",
                 method=ACTOR, confidence=0.7)


def _person_words(people: Sequence[RawMention], lang: str) -> set[str]:
    """Words that name people in this document, or could: mention forms, given names of the lexicons."""
    words = {w for p in people for w in (p.surname_form, p.first_form, p.surname, p.first) if w}
    return words | set(lexicon(lang).not_names)


def repeated_actors(analyses: Sequence[BlockAnalysis], lang: str, blocked: set[str], people: Sequence[RawMention],
                     found: dict[str, Acc]) -> None:
    """"the hosting credits from Fastgrid ... Marek to ask Fastgrid whether": one capitalised word the document
    uses twice or more where an actor stands, and that is not a person (nor a speaker, "Lena: ..."), place, date
    or known body, is an organisation when one of the uses makes it an agent ("ask X", "with X"; in languages
    that capitalise only names: org_patterns "repeated_actor_words", "agent_words")."""
    cues = set(_patterns(lang).get("repeated_actor_words", ()))
    if not cues:
        return
    skip = _person_words(people, lang) | blocked | {a.words[0] for a in analyses if _word(a, 1) == ":"}
    seen: dict[str, list[tuple[BlockAnalysis, int]]] = {}
    for a in analyses:
        taken = {i for h in (*a.orgs, *a.places) for i in range(h.start, h.end)} | {
            i for n in a.names for i in range(n.start, n.end)}
        for i, t in enumerate(a.tokens):
            if t.is_cap and i not in taken and _lone_actor(a, i, cues) and t.word not in skip \
                    and not _is_first_name(t.word, lang):
                seen.setdefault(t.word, []).append((a, i))
    agents = set(_patterns(lang).get("agent_words", ()))
    for word, uses in seen.items():
        agent = any(_word(a, i - 1).lower() in agents for a, i in uses)  # "residents from Millbrook" is a place
        if len(uses) >= 2 and agent and not any(word in acc.used or word in acc.aliases for acc in found.values()):
            for a, i in uses:
                add(found, "act:" + fold(word), Mention(word, _prov(a, i, i + 1)), word, kind="organisation",
                     method=ACTOR, confidence=0.6)


def _lone_actor(a: BlockAnalysis, i: int, cues: set[str]) -> bool:
    """Token i stands alone (no capitalised word after it) right after an actor word, inside a sentence."""
    nxt = a.tokens[i + 1] if i + 1 < len(a.tokens) else None
    return i not in a.sentence_starts and _word(a, i - 1).lower() in cues and not (nxt and (nxt.is_cap or nxt.is_upper))


def _is_first_name(word: str, lang: str) -> bool:
    return word.lower() in lexicon(lang).first_names or bool(first_name_readings(word))


def founder(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc]) -> None:
    """"zřizovatel zajistí výměnu osvětlení": the founder of a municipal organisation (a school, the technical
    services) that the minutes name with its town ("Základní škola Kamenné Hrádky") is that town, as the body the
    text calls it ("město", "obec": org_patterns "municipality_kinds"): "Město Kamenné Hrádky". The subject of a
    clause ("zřizovatel zajistí") is left to the action owners, which read a founder noun as its town."""
    pat = _patterns(lang)
    words = {w.lower() for w in pat.get("founder_words", ())}
    subject = {w.lower() for w in pat.get("founder_subject_forms", ())}
    mandate = set(pat.get("founder_not_after", ()))
    uses = [(a, i) for a in analyses for i, t in enumerate(a.tokens) if t.word.lower() in words and not (
        t.word.lower() in subject and _word(a, i + 1).islower() and _joined(a, i + 1))  # a clause's subject
        and _word(a, i - 1).lower() not in mandate]  # "jmenován zřizovatelem": a member's mandate
    place = _founded_place(found, pat)
    kind = _municipality_kind(analyses, pat)
    if not uses or not place or not kind:
        return
    name = f"{kind} {place}"
    for a, i in uses:
        add(found, "body:" + fold(kind) + "|" + fold(place), Mention(a.words[i], _prov(a, i, i + 1)), None,
            full_name=name, aliases={a.words[i].lower()}, kind="body", method=BODY, confidence=0.6)


def _founded_place(found: dict[str, Acc], pat: dict[str, Any]) -> str | None:
    """The one town the document's municipal organisations are named with ("Technické služby Hradové Mýto")."""
    kinds = tuple(k + " " for k in pat.get("founded_kinds", ()))
    places = {n.split(",")[0][len(k):].strip() for acc in found.values() for n in (*acc.used, acc.full_name or "")
              for k in kinds if n.startswith(k)}
    places = {p for p in places if p[:1].isupper()}
    return next(iter(places)) if len(places) == 1 else None


def _municipality_kind(analyses: Sequence[BlockAnalysis], pat: dict[str, Any]) -> str | None:
    """"Město" when the text calls its town "město" ("rozpočet města") more often than "obec" or "městys"."""
    kinds = pat.get("municipality_kinds", {})
    counts = Counter(kinds[t.word] for a in analyses for t in a.tokens if t.word in kinds)
    return counts.most_common(1)[0][0] if counts else None


def letterhead_name(a: BlockAnalysis, lang: str) -> str | None:
    """"WRENSFORD TOWN COUNCIL" at the top of minutes: the body whose minutes these are, in capitals. Put back
    in title case where the language writes names so ("Wrensford Town Council"), it is a name when it ends with
    a head word ("... Council") or a legal form."""
    pat = _patterns(lang)
    small = set(pat.get("letterhead_small_words", ()))
    if not pat.get("letterhead_title_case") or not a.tokens or len(a.tokens) > 8:
        return None
    if not all(t.is_upper or t.word.lower() in small or t.word == "&" for t in a.tokens):
        return None
    words = [t.word.lower() if t.word.lower() in small and k else t.word.capitalize() for k, t in enumerate(a.tokens)]
    if len(words) < 2 or (words[-1] not in pat["heads_end"] and words[-1] not in pat["legal_forms"]):
        return None
    return " ".join(words)


_CELL_DEF = re.compile(r"^(?P<name>[^()]+?)\s*\(\s*(?P<abbr>[^\W\d_][^\W_]{1,11})\s*\)$")


def columns(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc]) -> None:
    """"| Name | Partner | Role |", "| Jméno | Instituce |": the cells under a column an attendance table heads
    with the word for a body (org_patterns "org_column_headers") name the body each person comes from,
    "University of Tarnwick (UTW)" with the abbreviation the other minutes use. A cell a rule already took
    ("MMR, předseda výboru") is left to it."""
    headers = {fold(h) for h in _patterns(lang).get("org_column_headers", ())}
    names = {fold(h) for h in langdata.load(lang, "metadata_labels").get("name_column_headers", ())}
    covered = {(m.source.block, m.source.start) for acc in found.values() for m in acc.mentions}
    for a in analyses:
        rows = a.block.text.split("\n")
        heads = [fold(c.strip().rstrip(":")) for c in rows[0].split("\t")]
        cols = [k for k, c in enumerate(heads) if c in headers]
        if len(heads) < 2 or not cols or not set(heads) & names:
            continue  # a header row names the people's column too; "| Společnost | ... |" is a label and its value
        offset = len(rows[0]) + 1
        for row in rows[1:]:
            for k in cols:
                _column_cell(a, row, offset, k, lang, covered, found)
            offset += len(row) + 1


def _column_cell(a: BlockAnalysis, row: str, offset: int, k: int, lang: str,
                 covered: set[tuple[int, int]], found: dict[str, Acc]) -> None:
    cells = row.split("\t")
    if k >= len(cells):
        return
    start = offset + sum(len(c) + 1 for c in cells[:k])
    text = cells[k].strip()
    start += len(cells[k]) - len(cells[k].lstrip())
    hit = _CELL_DEF.match(text)
    name, abbr = (hit.group("name"), hit.group("abbr")) if hit else (text, None)
    first = a.block.start + start
    short = len(name.split()) < 2 and not _acronym(name, lang)
    if not name[:1].isupper() or any(c.isdigit() for c in name) or short \
            or "," in name or any(b == a.block.index and first <= s < first + len(text) for b, s in covered):
        return  # "–", "MMR, předseda výboru", a person, or a cell a rule already took
    key = "pat:" + fold(name)
    add(found, key, Mention(name, _span(a, first, len(name))), name, kind="organisation", method=PATTERN,
        confidence=0.75)
    if abbr and abbr.isupper() and not not_institution(abbr, lang):
        where = first + text.index(abbr, len(name))
        add(found, key, Mention(abbr, _span(a, where, len(abbr))), None, aliases={abbr})


def _acronym(name: str, lang: str) -> bool:
    """"| Ing. X | VÚKI |": one word in capitals alone in a body's column is that body's abbreviation."""
    return 2 <= len(name) <= 10 and name.isalpha() and name.isupper() and not not_institution(name, lang)


def _span(a: BlockAnalysis, start: int, length: int) -> Provenance:
    return Provenance(a.block.index, start, start + length, a.block.page)
