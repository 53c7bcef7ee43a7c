"""Institutions and places of one document: gazetteer hits, name patterns, and acronyms used as actors.

An all-capital token is an institution only when the gazetteer knows it or the text uses it as an actor: after
a person ("Rut Bízková (ISFOR)"), after a preposition of origin or company ("z MAS", "s MPO"), or listed with
known institutions. Abbreviations the text defines for documents or programmes ("Koncepce Smart Cities (dále
též „KSC“)") are never institutions; ones it defines for bodies link to their full name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract import bodies, orgcodes, orgdepts, orgmerge, orgparties, orgunits, orguse
from minutes_nlp.extract.mentions import RawMention, not_institution
from minutes_nlp.extract.orgfound import ACTOR, BODY, PATTERN, Acc, add, is_actor
from minutes_nlp.extract.orgnames import _joined, _patterns, _prov, _word, expand_head, pattern_orgs
from minutes_nlp.extract.result import Institution, MeetingInfo, Mention
from minutes_nlp.nlp.names import lexicon
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.nlp.tokens import Token
from minutes_nlp.textutil import fold

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
            found: dict[str, Acc], units: dict[int, set[int]]) -> dict[int, set[int]]:
    """Bodies named by kind and name ("SDH Lhota"); a gazetteer name that covers one ("KÚ JMK") wins, and so
    does a unit named with its owner ("Ústřední knihovny UTŠ"). Returns the tokens they take in each block,
    which the other rules then leave alone."""
    by_block = {a.block.index: a for a in analyses}
    skips: dict[int, set[int]] = {}
    for f in bodies.collect(analyses, lang, meeting.title or meeting.series):
        a = by_block[f.block]
        if units.get(f.block, set()) & set(range(f.start, f.end)):
            continue
        if any(h.start <= f.start and f.end - _legal_tail(a, h.end, f.end, lang) <= h.end for h in a.orgs):
            continue  # "Správa silnic Královéhradeckého kraje, p. o.": the gazetteer's body with its legal form
        add(found, f.key, Mention(a.span_text(f.start, f.end), _prov(a, f.start, f.end)), f.name,
             full_name=f.full_name, aliases=set(f.aliases), kind=f.kind, method=BODY, confidence=0.8)
        skips.setdefault(f.block, set()).update(range(f.start, f.end))
    return skips


def _legal_tail(a: BlockAnalysis, k: int, end: int, lang: str) -> int:
    """Tokens from k to `end` when they are only a legal form (", p. o.", "s.r.o."), else 0."""
    return end - k if k < end and bodies.legal_end(a, k, lang) == end else 0


# --- collection -----------------------------------------------------------------------------------------------


def _gazetteer(a: BlockAnalysis, lang: str, blocked: set[str], found: dict[str, Acc], skip: set[int]) -> None:
    for h in a.orgs:
        if skip & set(range(h.start, h.end)):
            continue
        text = a.span_text(h.start, h.end).rstrip(".") if h.abbreviation else a.span_text(h.start, h.end)
        if h.abbreviation and text != h.variant and text.startswith(h.variant) and text[len(h.variant):].islower():
            text = h.variant  # "SZIFu": the acronym with a case ending
        if (h.ambiguous and not is_actor(a, h.start, h.end, lang)) or text in blocked or _names_a_thing(a, h.end, lang):
            continue
        e = h.entry
        used = text if h.abbreviation else e.name if h.variant == e.name else None
        add(found, "gaz:" + e.name, Mention(text, _prov(a, h.start, h.end)), used,
             full_name=e.full_name, aliases={e.name, *e.aliases} | ({text} if h.abbreviation else set()),
             kind=e.kind)


def _names_a_thing(a: BlockAnalysis, end: int, lang: str) -> bool:
    """"the Treasury Management Strategy", "Microsoft Teams": a known body followed on its line by capitalised
    words that end in a document word or start with a product word names that document or product."""
    pat = _patterns(lang)
    if _word(a, end) in pat.get("product_words", ()) and _joined(a, end):
        return True
    k = end
    while k < len(a.tokens) and k - end < 4 and (a.tokens[k].is_cap or a.tokens[k].is_upper) and _joined(a, k):
        k += 1
    return k > end and a.tokens[k - 1].word in pat.get("not_body_after_head", ())


def _reference(a: BlockAnalysis, i: int) -> bool:
    """"LGB/24/01", "RM/812/2022": capitals opening a reference number (a minute, a resolution), not a body."""
    rest = a.block.text[a.tokens[i].end - a.block.start:][:3]
    return len(rest) >= 2 and rest[0] in "/-" and rest[1].isdigit()


def _shouting(a: BlockAnalysis) -> bool:
    """A line in capitals (a letterhead, a running header left in the text) has no actors to find."""
    words = [t for t in a.tokens if t.word.isalpha() and len(t.word) > 1]
    return len(words) >= 2 and sum(t.is_upper for t in words) >= 0.6 * len(words)


def _unknown_actors(a: BlockAnalysis, lang: str, blocked: set[str], found: dict[str, Acc], skip: set[int]) -> None:
    if _shouting(a):
        return
    taken = {i for h in (*a.orgs, *a.places) for i in range(h.start, h.end)} | skip
    taken |= {i for n in a.names for i in range(n.start, n.name_start)}
    for i, t in enumerate(a.tokens):
        if i in taken or not t.is_upper or len(t.word) > 10 or t.word in blocked or not_institution(t.word, lang) \
                or any(c.isdigit() for c in t.word) or _reference(a, i):  # "B23", "LGB/24/01": minute references
            continue
        possessive = _word(a, i + 1) in ("'", "’") and _word(a, i + 2) == "s"
        if (is_actor(a, i, i + 1, lang) and not _modifier(a, i, lang) or possessive) and _word(a, i - 1) != "(":
            add(found, "act:" + fold(t.word), Mention(t.word, _prov(a, i, i + 1)), t.word, kind="organisation",
                 method=ACTOR, confidence=0.7)
    orguse.brands(a, lang, blocked, found, taken)


def _modifier(a: BlockAnalysis, i: int, lang: str) -> bool:
    """"Response to PAN consultation": in a language that puts a noun modifier before its noun, capitals followed
    by a lower-case word that no actor is followed by (org_patterns "actor_followers") modify that noun."""
    pat = _patterns(lang)
    nxt = _word(a, i + 1)
    return bool(pat.get("actor_modifier_check")) and nxt.isalpha() and nxt.islower() and _joined(a, i + 1) \
        and nxt not in pat.get("actor_followers", ()) and not nxt.endswith(tuple(pat.get("actor_verb_endings", ())))


def _affiliations(people: Sequence[RawMention], blocked: set[str], found: dict[str, Acc]) -> None:
    """Institutions named as a person's affiliation that the gazetteer does not know ("ISFOR")."""
    covered = [m.source for acc in found.values() for m in acc.mentions]
    known = {fold(f) for acc in found.values() for f in (*acc.used, *acc.aliases, acc.full_name or "") if f}
    for p in people:
        src = p.affiliation_source
        if not p.affiliation or p.affiliation_is_place or src is None or p.affiliation in blocked:
            continue
        if fold(p.affiliation) in known or any(
                c.block == src.block and c.start < src.end and src.start < c.end for c in covered):
            continue  # "PČR" for "Obvodní oddělení Policie ČR": a body the document already has
        add(found, "act:" + fold(p.affiliation), Mention(p.affiliation, src), p.affiliation,
             kind="organisation", method=ACTOR, confidence=0.75)


def _institution(key: str, acc: Acc, lang: str) -> Institution:
    name = acc.used.most_common(1)[0][0] if acc.used else (acc.full_name or key.split(":", 1)[1])
    if acc.abbreviation and key.startswith(("pat:", "dept:")) and _patterns(lang).get("abbreviation_is_name"):
        name, acc.full_name = acc.abbreviation, acc.full_name or name  # "DPMLO" = "Dopravní podnik města ..."
    undotted = {name.rstrip(".")} if name.endswith(".") and acc.method is PATTERN else set()
    forms = acc.aliases | undotted | set(acc.used)  # every name the text used for it ("X Ltd." and "X Ltd")
    aliases = tuple(sorted(a for a in forms if a and a != name and a != acc.full_name))
    mentions = tuple(sorted(acc.mentions, key=lambda m: m.source.start))
    return Institution(name, acc.full_name, aliases, mentions, acc.kind, acc.method, acc.confidence)


_SHORT = re.compile(r"\s*\(\s*([^\W\d_]{2,3})\s*[,;)]")


def _initials_of(analyses: Sequence[BlockAnalysis], people: Sequence[RawMention]) -> set[str]:
    """"Mgr. Petra Hálková (PH, zástupkyně vedoucího odboru)", later "Z: PH": initials the minutes define for a
    person right after the name are that person, not an institution."""
    texts = {a.block.index: a.block for a in analyses}
    out = set()
    for p in people:
        block = texts.get(p.source.block)
        first, last = p.first_form or p.initial or "", p.surname_form
        hit = _SHORT.match(block.text, p.source.end - block.start) if block else None
        if hit and first[:1] and last[:1] and hit.group(1).isupper() and fold(hit.group(1)) == fold(
                first[0] + last[0]):
            out.add(hit.group(1))
    return out


_LABEL_LINE = re.compile(r"^\W*([^\W\d_][^:\t|]{1,30}?)\s*[:\t|]\s*(.*)$")


def _listed_initials(analyses: Sequence[BlockAnalysis], lang: str) -> set[str]:
    """"Přítomni: JN, PH, LD, MM, OS": short capitals listed under an attendance label are people's initials."""
    labels = lexicon(lang).labels
    out: set[str] = set()
    for a in analyses:
        for line in a.block.text.split("\n"):
            m = _LABEL_LINE.match(line)
            if m and m.group(1).strip().lower() in labels:
                items = [x.strip() for x in re.split(r"[,;]|\s+(?:a|and)\s+|\t|\|", m.group(2))]
                out |= {x for x in items if 2 <= len(x) <= 3 and x.isupper() and x.isalpha()}
    return out


def _represented(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc]) -> None:
    """"za obec Dolany starosta ...": a municipality a delegate speaks for acts as a body (a member of an
    association of municipalities); reported as its kind and name ("Obec Dolany"), under the key bodies.py
    gives "Obec Dolany" written so. Cues are data (org_patterns "represented_cues")."""
    pat = _patterns(lang)
    kinds, cues = pat.get("municipality_kinds", {}), set(pat.get("represented_cues", ()))
    for a in analyses:
        for i, t in enumerate(a.tokens[1:], 1):
            kind = kinds.get(t.word)
            if kind is None or _word(a, i - 1).lower() not in cues:
                continue
            j = i + 1
            while j < len(a.tokens) and _joined(a, j) and (a.tokens[j].is_cap and not _titled(a, j, lang) or (
                    a.tokens[j].word in ("nad", "pod", "u") and j > i + 1)):
                j += 1
                if a.tokens[j - 1].text.endswith("."):
                    break
            if j > i + 1 and a.tokens[j - 1].is_cap and j - i <= 4:
                tail = a.span_text(i + 1, j).rstrip(".")
                add(found, "body:" + fold(kind) + "|" + fold(tail), Mention(a.span_text(i, j), _prov(a, i, j)),
                    f"{kind} {tail}", full_name=f"{kind} {tail}", aliases={f"{kind.lower()} {tail}"}, kind="body",
                    method=BODY, confidence=0.75)


def _titled(a: BlockAnalysis, j: int, lang: str) -> bool:
    """Token j opens a person's name ("Lhotka Josef Brabec", "Kravsko Ing. Kocourek"), not the municipality's."""
    lex = lexicon(lang)
    return lex.is_degree(a.tokens[j]) or bool(lex.first_name(a.tokens[j].word)) or any(
        n.start <= j < n.end for n in a.names)


def _role_initials(people: Sequence[RawMention]) -> set[str]:
    """"Aisha Barnes (Director of Housing)", later "DoH" in the owner column: the initials of an office someone
    holds in the document name that office (its holder), not a body."""
    out = set()
    for p in people:
        words = (p.role or "").replace("-", " ").split()
        if len(words) >= 2:
            mixed = "".join(w[0] for w in words)
            out |= {mixed, mixed.upper(), "".join(w[0] for w in words if w[:1].isupper())}
    return {x for x in out if len(x) >= 2}


def _unnamed_place(inst: Institution, analyses: Sequence[BlockAnalysis], lang: str) -> bool:
    """A body found by its kind alone that every mention names as a location ("chodí děti do mateřské školy",
    "dohled u ZŠ": after a preposition of place, org_patterns "locative_prepositions"): not a body that acts."""
    if inst.method is not BODY or not inst.mentions:
        return False
    places = set(_patterns(lang).get("locative_prepositions", ()))
    texts = {a.block.index: a.block for a in analyses}
    for m in inst.mentions:
        block = texts.get(m.source.block)
        words = m.text.split()
        if block is None or any(w[:1].isupper() for w in words[1:]):
            return False  # "ZŠ Komenského": a named body
        before = block.text[:m.source.start - block.start].split()
        if not before or before[-1].lower() not in places:
            return False
    return bool(places)


def _venue(inst: Institution, meeting: MeetingInfo, lines: dict[int, str], lang: str) -> bool:
    """"Místo: Alderbrook Town Office, 14 Main Street": a name found by its shape only inside the meeting's
    place, or only opening a line that gives a street address ("Town Hall, Council Chamber, 14 Main Street"),
    names the building where the meeting sits, not a body that acts in the minutes."""
    if inst.method is not PATTERN or not inst.mentions:
        return False
    place = fold(meeting.place or "")
    return all((place and fold(m.text) in place) or (
        lines.get(m.source.block, "").startswith(m.text) and _address_line(lines[m.source.block], lang))
        for m in inst.mentions)


def _address_line(line: str, lang: str) -> bool:
    """", 14 Main Street" after the first comma of a line: a house number and a street (org_patterns "place_words")."""
    words = "|".join(map(re.escape, _patterns(lang).get("place_words", ())))
    return bool(words) and re.search(r",.*\b\d+[a-zA-Z]?\s+(?:\w+\s+){0,3}(?:" + words + r")\b", line) is not None


_OFFICE_INITIALS = re.compile(r"^[A-Z][of][A-Z]{1,2}$")


def _office_or_date(inst: Institution, lang: str) -> bool:
    """A name found by its shape that is an office ("Company Secretary", "Audit Partner") or a meeting named by
    its month ("the May Board", "the Sept Board") is not a body."""
    if inst.method not in (PATTERN, ACTOR) or inst.full_name:
        return False
    words = inst.name.split()
    pat = _patterns(lang)
    if len(words) >= 2 and words[-1] in pat.get("job_title_words", ()):
        return True
    if len(words) == 2 and words[0] in pat.get("room_words", ()) and words[1] in ("Hall", *pat.get("place_words", ())):
        return True  # "the Main Hall", "the Sports Hall": a room
    if inst.method is ACTOR and _OFFICE_INITIALS.match(inst.name):
        return True  # "DoH", "HoS": "Director of Housing", "Head of Service"; departments are in the gazetteer
    return len(words) >= 2 and words[0].rstrip(".") in _month_words(lang)


@cache
def _month_words(lang: str) -> frozenset[str]:
    """Month and weekday names and their short forms, capitalised ("May", "Sept", "Monday")."""
    data = langdata.load(lang if lang in langdata.SUPPORTED else "en", "dates")
    days = data.get("weekdays", ())
    words = [w for forms in data.get("months", {}).values() for w in forms] + [
        w for d in (days.values() if isinstance(days, dict) else days) for w in ([d] if isinstance(d, str) else d)]
    return frozenset(w.rstrip(".").capitalize() for w in words if w[:1].isalpha())


def extract_institutions(analyses: Sequence[BlockAnalysis], lang: str, meeting: MeetingInfo,
                         people: Sequence[RawMention]) -> list[Institution]:
    defined = defined_terms(analyses, lang)
    blocked = {k for k, v in defined.items() if v is None} | set(meeting.series_abbreviations) | _initials_of(
        analyses, people) | _listed_initials(analyses, lang) | _role_initials(people)
    found: dict[str, Acc] = {}
    units = orgunits.units(analyses, lang, blocked, found)
    skips = _bodies(analyses, lang, meeting, found, units)
    for a in analyses:
        skip = skips.get(a.block.index, set()) | units.get(a.block.index, set())
        named = pattern_orgs(a, lang, skip)
        inside = {j for h in a.orgs for j in range(h.start, h.end)
                  if any(p.start <= a.tokens[h.start].start and a.tokens[h.end - 1].end <= p.end for _, p in named)}
        _gazetteer(a, lang, blocked, found, skip | inside)
        _unknown_actors(a, lang, blocked, found, skip)
        for text, prov in named:
            if fold(text) not in {fold(x) for x in blocked}:
                written = expand_head(text, lang)
                add(found, "pat:" + fold(written), Mention(text, prov), written, kind="organisation",
                     method=PATTERN, confidence=0.75, aliases={text} - {written})
    orgcodes.coded(analyses, lang, blocked, found)
    _represented(analyses, lang, found)
    orgdepts.departments(analyses, lang, found)
    orguse.founder(analyses, lang, found)
    orguse.letterhead(analyses, lang, found)
    orguse.repeated_actors(analyses, lang, blocked, people, found)
    orguse.listed(analyses, lang, found)
    _affiliations(people, blocked, found)
    orgmerge.link_defined(analyses, found)
    for abbr, full in defined.items():
        if full and "act:" + fold(abbr) in found:
            found["act:" + fold(abbr)].full_name = full
    orgmerge.merge_parts(found)
    orgmerge.merge_cued(found)
    orgmerge.merge_generic(found)
    orgmerge.merge_units(found)
    orgmerge.merge_bare_kinds(found)
    orgmerge.link_initials(analyses, lang, found)
    orgmerge.merge_generic_names(found, lang)
    orgdepts.link_initials(found, lang)
    orgparties.parties(analyses, lang, found)
    own = [fold(x) for x in (meeting.title, meeting.series) if x]
    lines = {a.block.index: a.block.text for a in analyses if "\n" not in a.block.text}
    insts = [_institution(k, v, lang) for k, v in found.items()]
    insts = [i for i in insts if not (i.method is PATTERN and any(fold(i.name) in o or o in fold(i.name) for o in own))
             and not _office_or_date(i, lang) and not _unnamed_place(i, analyses, lang)
             and not _venue(i, meeting, lines, lang)]
    return sorted(insts, key=lambda i: i.mentions[0].source.start if i.mentions else 0)
