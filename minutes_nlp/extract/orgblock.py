"""Institutions found token by token in one block: the gazetteer's bodies (with the checks that a known name is
used as a body there, not as a modifier, inside a document's title or in an elliptic coordination) and unknown
actors written in capitals. Split from orgs.py, which collects and merges what every finder returns."""

from __future__ import annotations

import re

from minutes_nlp.extract import orgcounterparts, orgfilters, orglaws, orguse
from minutes_nlp.extract.mentions import not_institution
from minutes_nlp.extract.orgbase import qualified_generic
from minutes_nlp.extract.orgfound import ACTOR, Acc, add, after_person, is_actor
from minutes_nlp.extract.orgnames import _joined, _patterns, _prov, _word
from minutes_nlp.extract.result import Mention
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold


def gazetteer(a: BlockAnalysis, lang: str, blocked: set[str], found: dict[str, Acc], skip: set[int]) -> None:
    for h in a.orgs:
        if skip & set(range(h.start, h.end)):
            continue
        text = a.span_text(h.start, h.end).rstrip(".") if h.abbreviation else a.span_text(h.start, h.end)
        if h.abbreviation and text != h.variant and text.startswith(h.variant) and text[len(h.variant):].islower():
            text = h.variant  # "SZIFu": the acronym with a case ending
        if (h.ambiguous and (not _ambiguous_actor(a, h.start, h.end, lang) or _modifier(a, h.end - 1, lang))) \
                or text in blocked or _names_a_thing(a, h.end, lang) or _elliptic(a, h.start) \
                or (not h.abbreviation and qualified_generic(a, h.start, h.end, text, lang)) \
                or orgfilters.in_programme_name(a, h.start, h.end, h.entry.kind, lang) \
                or orgfilters.role_predicate(a, h.start, h.entry.kind, lang) \
                or orglaws.in_act_title(a, h.start, h.end, lang) \
                or orgcounterparts.regional_counterpart(a, h.start, h.end, bool(h.abbreviation), lang):
            continue
        e = h.entry
        used = text if h.abbreviation else e.name if h.variant == e.name else None
        add(found, "gaz:" + e.name, Mention(text, _prov(a, h.start, h.end)), used,
             full_name=e.full_name, aliases={e.name, *e.aliases} | ({text} if h.abbreviation else set()),
             kind=e.kind)


def _ambiguous_actor(a: BlockAnalysis, s: int, e: int, lang: str) -> bool:
    """An ambiguous acronym counts where it stands as an actor (is_actor), and also where a determiner comes
    between it and the preposition of a party ("reported to the HSE", "a letter from the EA": org_patterns
    "actor_before", "determiners") or where it is the subject of a verb of acting right after it ("The HSE will
    inspect", "the ARC approved": "acting_verbs"); as a modifier of the noun after it ("NHS dentistry") it does
    not (_modifier)."""
    if is_actor(a, s, e, lang):
        return True
    pat = _patterns(lang)
    if _word(a, s - 1) in pat.get("determiners", ()) and _word(a, s - 2) in pat.get("actor_before", ()):
        return True
    return _word(a, e) in pat.get("acting_verbs", ()) and _joined(a, e)


def _elliptic(a: BlockAnalysis, start: int) -> bool:
    """"zástupce Jihomoravského, Olomouckého a Libereckého kraje": the last of adjectives that share one noun
    (an elliptic coordination) names one of several bodies only in part; the annotation leaves them optional,
    and reporting the last alone would name it as if it were the only one."""
    first = a.words[start]
    if start < 2 or _word(a, start - 1) not in (",", "a", "i", "and") or len(first) < 5:
        return False
    before = a.tokens[start - 2]
    return before.is_cap and before.word[-3:] == first[-3:] and _joined(a, start - 1)


def _names_a_thing(a: BlockAnalysis, end: int, lang: str) -> bool:
    """"the Treasury Management Strategy", "Microsoft Teams": a known body followed on its line by capitalised
    words that end in a document word or start with a product word names that document or product."""
    pat = _patterns(lang)
    if _word(a, end) in pat.get("product_words", ()) and _joined(a, end):
        return True
    k = end
    while k < len(a.tokens) and k - end < 4 and (a.tokens[k].is_cap or a.tokens[k].is_upper) and _joined(a, k):
        k += 1
    return k > end and a.words[k - 1] in pat.get("not_body_after_head", ())


_MINUTE_REF = re.compile(r" \d{1,4}[/.]\d")


def _reference(a: BlockAnalysis, i: int) -> bool:
    """"LGB/24/01", "RM/812/2022", "for QSC 25/006": capitals opening a reference number (a minute, a
    resolution: the committee's prefix of its minute numbers), not a body."""
    rest = a.block.text[a.tokens[i].end - a.block.start:][:6]
    return len(rest) >= 2 and rest[0] in "/-" and rest[1].isdigit() or _MINUTE_REF.match(rest) is not None


def _shouting(a: BlockAnalysis) -> bool:
    """A line in capitals (a letterhead, a running header left in the text) has no actors to find."""
    words = [w for w in a.words if len(w) > 1 and w.isalpha()]
    return len(words) >= 2 and sum(w.isupper() for w in words) >= 0.6 * len(words)


def unknown_actors(a: BlockAnalysis, lang: str, blocked: set[str], found: dict[str, Acc], skip: set[int]) -> None:
    if _shouting(a):
        return
    taken = {i for h in (*a.orgs, *a.places) for i in range(h.start, h.end)} | skip
    taken |= {i for n in a.names for i in range(n.start, n.name_start)}
    for i, t in enumerate(a.tokens):
        if i in taken or not t.is_upper or len(t.word) > 10 or t.word in blocked or not_institution(t.word, lang) \
                or any(c.isdigit() for c in t.word) or _reference(a, i) or orgfilters.standard(a, i, lang) \
                or t.word in _patterns(lang).get("currency_words", ()):  # "B23", "LGB/24/01", "at EUR 171"
            continue
        possessive = _word(a, i + 1) in ("'", "’") and _word(a, i + 2) == "s"
        if (is_actor(a, i, i + 1, lang) and not _modifier(a, i, lang) or possessive) and (
                _word(a, i - 1) != "(" or after_person(a, i, i + 1, lang)):
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
