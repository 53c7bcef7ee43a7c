"""Names of people that name something else: a street, a school, a ship, an event, a product, a law or an office.

Minutes name many things after people ("ul. Dr. E. Beneše", "nábřeží Kapitána Jaroše", "Ústav fyzikální chemie
J. Heyrovského", "Den upálení mistra Jana Husa", "RRS Sir David Attenborough", "Martha's Rule", "Mr Speaker").
The person's name there is part of another name and no mention of a person. The kinds are data
(`roles.json`/`titles.json`: named_after, named_after_titled, named_after_epithets, named_after_conjunctions,
eponym_possessed, eponym_products, offices_as_surname); this module only says where such a name ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.nlp.name_lexicon import Eponyms, NameLexicon, NameSpan
from minutes_nlp.nlp.tokens import Token


def eponym_end(seg: Sequence[Token], i: int, span: NameSpan, lex: NameLexicon) -> int | None:
    """Index after a name at token i that names a thing, not a person (the finder skips to it), else None."""
    ep = lex.eponyms
    if _product(seg, span, ep) or _office(span, ep) or _possessed(seg, span.end, ep) or _graded_office(seg, span, lex):
        return span.end
    head = _head_before(seg, i, ep)
    if head < 0:
        return None
    word = seg[head].text.lower()
    if word in lex.named_after and (span.trigger != "title" or word in ep.titled_heads):
        return _coordinated_end(seg, span.end, lex)  # "ul. Dr. E. Beneše": a title inside a street's name
    if span.trigger not in ("title", "role") and _capitalised_head(seg, head, span, lex):
        return _coordinated_end(seg, span.end, lex)
    return None


def _head_before(seg: Sequence[Token], i: int, ep: Eponyms) -> int:
    """Index of the word before a name, its initials and epithets: "ZŠ T. G. Masaryka" looks back to "ZŠ",
    "Den upálení mistra Jana Husa" to "upálení"."""
    k = i - 1
    while k >= 0 and (seg[k].is_initial or seg[k].text.lower() in ep.epithets):
        k -= 1
    return k


def _capitalised_head(seg: Sequence[Token], k: int, span: NameSpan, lex: NameLexicon) -> bool:
    """ "Ústav fyzikální chemie J. Heyrovského": a capitalised head opening a proper name, its lower-case
    adjective and nouns (no verb), then a person's name in the genitive that closes the proper name."""
    endings = _genitive_endings(lex.lang)
    n, adjective = 0, False
    while k >= 0 and n < 4 and seg[k].word.isalpha() and seg[k].word.islower() and (
            len(seg[k].word) > 3 or seg[k].word in lex.eponyms.conjunctions):
        w = seg[k].word  # "Institut klinické a experimentální medicíny J. Nováka"
        if w.endswith(lex.verb_endings) and not w.endswith(lex.noun_endings):
            return False  # "Projekt představil Jan Novák": the person presents the project
        adjective = adjective or w.endswith(lex.adjective_endings)
        k, n = k - 1, n + 1
    last = seg[span.end - 1].word
    return n > 0 and adjective and k >= 0 and seg[k].is_cap and seg[k].text.lower() in lex.named_after \
        and bool(endings) and last.endswith(endings)


@cache
def _genitive_endings(lang: str) -> tuple[str, ...]:
    if lang != "cs":
        return ()  # the genitive closes such names in Czech; English names them "J. Heyrovsky Institute"
    return tuple(langdata.load(lang, "bodies").get("named_after_endings", ()))


def _coordinated_end(seg: Sequence[Token], end: int, lex: NameLexicon) -> int:
    """ "ul. Cyrila a Metoděje": one more capitalised word after a conjunction names the same thing."""
    if end + 1 < len(seg) and seg[end].text in lex.eponyms.conjunctions and seg[end + 1].is_cap \
            and not lex.is_degree(seg[end + 1]) and not lex.honorific(seg[end + 1])[0] \
            and not (end + 2 < len(seg) and seg[end + 2].is_cap):
        return end + 2
    return end


def _product(seg: Sequence[Token], span: NameSpan, ep: Eponyms) -> bool:
    """ "Alexa and Siri", "Dr Foster data": the whole span is a product's or service's name."""
    return " ".join(t.text for t in seg[span.start: span.end]) in ep.products


def _office(span: NameSpan, ep: Eponyms) -> bool:
    """ "Mr Speaker", "the Chief Nurse": a title before an office word and no name is the office."""
    return span.first is None and span.initial is None and span.surname in ep.offices


def _graded_office(seg: Sequence[Token], span: NameSpan, lex: NameLexicon) -> bool:
    """ "Chief Administrative Officer", "Chief Financial Officer": after a rank, a word that is no given name and
    an office word are the office, not a given name and a surname."""
    return bool(span.titles) and span.first is not None and lex.first_name(span.first) is None \
        and lex.role(seg[span.end - 1]) is not None


def _possessed(seg: Sequence[Token], end: int, ep: Eponyms) -> bool:
    """ "Martha's Rule", "Natasha's Law": a given name in the possessive before the thing named after her."""
    return end + 2 < len(seg) and seg[end].text in ("'", "’") and seg[end + 1].text == "s" \
        and seg[end + 2].word in ep.possessed
