"""Filters on the institutions found: names that are not bodies acting in the minutes though they have a body's
shape. The meeting's own body (named in its title), a building where the meeting sits, an office or a meeting
named by its month, a body named by its kind only as a location.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract.orgbase import _joined, _patterns, _word, county_office
from minutes_nlp.extract.orgfound import ACTOR, BODY, PATTERN
from minutes_nlp.extract.result import Institution, MeetingInfo, Mention
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold


def unnamed_place(inst: Institution, analyses: Sequence[BlockAnalysis], lang: str) -> bool:
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
        if not before or before[-1].lower() not in places and not _room_of(before, lang):
            return False
    return bool(places)


def _room_of(before: list[str], lang: str) -> bool:
    """"v zasedací místnosti obecního úřadu": the words before a body named by its kind are a room or premises
    (org_patterns "room_nouns") after a preposition of place ("venue_prepositions"), so the body is the
    building's owner named as the place, not an actor."""
    pat = _patterns(lang)
    if before[-1].lower() not in pat.get("room_nouns", ()):
        return False
    return any(w.lower() in pat.get("venue_prepositions", ()) for w in before[-4:-1])


def venue(inst: Institution, meeting: MeetingInfo, lines: dict[int, str], lang: str,
          blocks: dict[int, tuple[int, str]] | None = None) -> bool:
    """"Místo: Alderbrook Town Office, 14 Main Street": a name found by its shape only inside the meeting's
    place, or only opening a line that gives a street address ("Town Hall, Council Chamber, 14 Main Street"),
    names the building where the meeting sits, not a body that acts in the minutes. A mention elsewhere is the
    building only after a preposition of place ("at the Town Office"; `venue_prepositions`); "Kancelář MAS
    zveřejní ..." under "Místo: kancelář MAS, ..." is the office acting. `blocks`: index -> (start, text)."""
    if inst.method is not PATTERN or not inst.mentions:
        return False
    place = fold(meeting.place or "")
    return all((place and _in_place(m, place, blocks) and _at_place(m, place, blocks, lang)) or (
        lines.get(m.source.block, "").startswith(m.text) and _address_line(lines[m.source.block], lang))
        for m in inst.mentions)


def _in_place(m: Mention, place: str, blocks: dict[int, tuple[int, str]] | None) -> bool:
    """The mention as reported ("Rada kraje") or as written ("zasedací sál Rady kraje") is in the place."""
    if fold(m.text) in place:
        return True
    if blocks is None or m.source.block not in blocks:
        return False
    start, text = blocks[m.source.block]
    return fold(text[m.source.start - start: m.source.end - start]) in place


def _at_place(m: Mention, place: str, blocks: dict[int, tuple[int, str]] | None, lang: str) -> bool:
    if blocks is None or m.source.block not in blocks:
        return True
    start, text = blocks[m.source.block]
    if place in fold(text):
        return True
    before = [fold(w) for w in text[:m.source.start - start].split()[-2:]]
    preps = set(_patterns(lang).get("venue_prepositions", ()))
    return bool(before) and (before[-1] in preps or len(before) == 2 and before[0] in preps
                             and before[1] in _patterns(lang).get("determiners", ()))


def _address_line(line: str, lang: str) -> bool:
    """", 14 Main Street" after the first comma of a line: a house number and a street (org_patterns "place_words")."""
    words = "|".join(map(re.escape, _patterns(lang).get("place_words", ())))
    return bool(words) and re.search(r",.*\b\d+[a-zA-Z]?\s+(?:\w+\s+){0,3}(?:" + words + r")\b", line) is not None


_OFFICE_INITIALS = re.compile(r"^[A-Z][of][A-Z]{1,2}$")



def office_or_date(inst: Institution, lang: str) -> bool:
    """A name found by its shape that is an office ("Company Secretary", "Audit Partner") or a meeting named by
    its month ("the May Board", "the Sept Board") is not a body; nor is a month's short form alone taken for an
    actor ("by Dec. 31, 2025")."""
    if inst.method not in (PATTERN, ACTOR) or inst.full_name:
        return False
    words = inst.name.split()
    pat = _patterns(lang)
    if len(words) >= 2 and words[-1] in pat.get("job_title_words", ()) and not county_office(words, pat):
        return True
    if len(words) == 2 and words[0] in pat.get("room_words", ()) and words[1] in ("Hall", *pat.get("place_words", ())):
        return True  # "the Main Hall", "the Sports Hall": a room
    if len(words) >= 3 and words[-2] in pat.get("room_words", ()) and words[-1] == "Hall":
        return True  # "Kelby Town Hall", "Drexel Recital Hall": a building named by its place or donor
    if len(words) >= 3 and words[0].lower() in pat.get("office_titles", ()) and words[1] == "of":
        return True  # "Director of Adult Social Services", "Head of Commissioning": an office
    if any(w == "for" and words[k - 1] in pat.get("portfolio_roles", ()) for k, w in enumerate(words) if k):
        return True  # "Cabinet Member for Housing", "Lead Member for Children's Services": a portfolio
    if inst.method is ACTOR and _OFFICE_INITIALS.match(inst.name):
        return True  # "DoH", "HoS": "Director of Housing", "Head of Service"; departments are in the gazetteer
    return (len(words) >= 2 or inst.method is ACTOR) and words[0].rstrip(".") in _month_words(lang)  # "by Dec. 31"


@cache
def _month_words(lang: str) -> frozenset[str]:
    """Month and weekday names and their short forms, capitalised ("May", "Sept", "Monday")."""
    data = langdata.load(langdata.code(lang), "dates")
    days = data.get("weekdays", ())
    words = [w for forms in data.get("months", {}).values() for w in forms] + [
        w for d in (days.values() if isinstance(days, dict) else days) for w in ([d] if isinstance(d, str) else d)]
    return frozenset(w.rstrip(".").capitalize() for w in words if w[:1].isalpha())


_DASH = re.compile(r"\s+[–—-]\s+")
OPENING = 6  # blocks of a document's opening: letterhead, title, the line naming the body and its organisation


def own_body(name: str, own: Sequence[str], opening: Sequence[str], lang: str) -> bool:
    """The meeting's own body, named in its title or series, is not reported ("Finance Committee" in "Minutes of
    the Finance Committee"); but an organisation the title or the opening lines name before a dash and a body or
    programme of it ("Westmarsh County Council – Digital Front Door Programme Board"; org_patterns "programme_words")
    is the parent that acts; "Town of X Board of License Commissioners – Minutes of the Regular Meeting" is not."""
    key = fold(name)
    if not any(key in o or o in key for o in own):
        return False
    pat = _patterns(lang)
    words = {fold(w) for w in (*pat.get("heads_end", ()), *pat.get("programme_words", ()))}
    for line in (*own, *opening):
        parts = _DASH.split(fold(line))
        if any(p.strip() == key and any(w.strip(".,()") in words for w in " ".join(parts[k + 1:]).split())
               for k, p in enumerate(parts[:-1])):
            return False
    return True


def in_programme_name(a: BlockAnalysis, start: int, end: int, kind: str, lang: str) -> bool:
    """ "Programu obnovy venkova Vysočiny", "Strategie rozvoje Podlesí": a region's short name closing a
    programme's or document's name (a document noun, org_patterns "document_nouns", then lower-case words) is
    part of that name, not the region acting; "dotace Kraje Vysočina", "Programu rozvoje venkova Jihomoravského
    kraje" name the region (its noun, org_patterns "region_nouns", written)."""
    if kind != "region" or any(w in fold(a.span_text(start, end)) for w in _patterns(lang).get("region_nouns", ())):
        return False
    k = start - 1
    while k >= 0 and k >= start - 4 and _word(a, k).islower() and _joined(a, k + 1) \
            and fold(_word(a, k)) not in _patterns(lang).get("document_nouns", ()):
        k -= 1
    return k < start - 1 and k >= 0 and _joined(a, k + 1) and fold(_word(a, k)) in _patterns(lang).get(
        "document_nouns", ())


def standard(a: BlockAnalysis, i: int, lang: str) -> bool:
    """"AS 8001:2021", "AS/NZS ISO 31000", "ČSN EN 1090": a standard's designation (its prefixes, org_patterns
    "standard_prefixes", then a number) names a document, not the standards body."""
    prefixes = set(_patterns(lang).get("standard_prefixes", ()))
    k = i
    while k < len(a.tokens) and (a.words[k] in prefixes or a.words[k] == "/") and (k == i or _joined(a, k)):
        k += 1
    return k > i and k < len(a.tokens) and a.words[k][:1].isdigit() and _joined(a, k)


def role_predicate(a: BlockAnalysis, start: int, kind: str, lang: str) -> bool:
    """"MPSV jako řídicí orgán OP Z+", "AVK, zprostředkující subjekt", "DfE as managing authority": a generic
    role of the EU-funds structure (org_patterns "role_kinds") said of the body named just before it (after
    "jako"/"as", "role_predicate_words", or in apposition after a comma) is that body's role, not another body."""
    pat = _patterns(lang)
    if kind not in pat.get("role_kinds", ()):
        return False
    prev = _word(a, start - 1).lower()
    if prev in pat.get("role_predicate_words", ()) or prev in pat.get("determiners", ()) and _word(
            a, start - 2).lower() in pat.get("role_predicate_words", ()):
        return True
    return prev == "," and a.words[start].islower() and any(h.end == start - 1 for h in a.orgs)
