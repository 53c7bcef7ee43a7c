"""Firm names found by their legal form ("Datové služby s.r.o.", "Corvalis Digital Ltd") or by a company word
before them ("firmou Novák stavby", "společnost Agro Lipovec"): the name runs left from the legal form over
words that can be part of a name, and stops at a company word, an amount, a verb or a known body before it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from minutes_nlp.extract import bodies
from minutes_nlp.extract.orgbase import (
    _joined,
    _patterns,
    _word,
    finite_verbs,
    generic_place_part,
    inside_longer_name,
    role_words,
)
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.nlp.tokens import Token
from minutes_nlp.textutil import fold


@cache
def _legal_forms(lang: str) -> dict[str, int]:
    """Legal forms without spaces -> their token count ("s.r.o." is three tokens: "s." "r." "o.")."""
    forms = (f.replace(" ", "") for f in _patterns(lang)["legal_forms"])
    return {f: len(f.replace(".", ". ").split()) for f in forms}


@cache
def _form_prefixes(lang: str) -> frozenset[str]:
    """Every non-empty beginning of a legal form: a form can start only at a token whose text (or its text
    without a final dot) is one, so the joins of `_form_text` are tried at few tokens."""
    return frozenset(f[:n] for f in _legal_forms(lang) for n in range(1, len(f) + 1))


def _form_text(a: BlockAnalysis, i: int, n: int) -> str:
    """Tokens i..i+n joined; a sentence's dot after a form written without one ("... Brevik Data Oy.") is not
    part of it."""
    text = "".join(t.text for t in a.tokens[i:i + n])
    return text[:-1] if text.endswith(".") and not a.words[i + n - 1].endswith(".") and (
        i + n - 1) + 1 in a.sentence_starts | {len(a.tokens)} and "." not in text[:-1] else text


def _name_part(t: Token, pat: dict[str, Any]) -> bool:
    """A word that can be part of a company name before its legal form ("Datové služby s.r.o.")."""
    w = t.word
    if w == "&":
        return True
    return w[:1].isalnum() and w.lower() not in pat["stop_words"] and (w[:1].isupper() or pat["tail_lowercase"])


def _legal_form(a: BlockAnalysis, i: int, lang: str) -> tuple[int, int] | None:
    """(start, end) of "Name s.r.o." / "Name Ltd" when a legal form starts at token i."""
    forms, first = _legal_forms(lang), a.tokens[i].text
    if first not in _form_prefixes(lang) and first[:-1] not in _form_prefixes(lang):
        return None
    end = next((i + n for n in range(4, 0, -1)
                if i + n <= len(a.tokens) and _form_text(a, i, n) in forms
                and all(_joined(a, k) for k in range(i + 1, i + n))),
               None)
    if end is None or i == 0:
        return None
    pat = _patterns(lang)
    if inside_longer_name(a, i, pat):
        return None  # "The Corporation of the Town of X": the town's corporate style, not a firm
    k = i - 1 if a.tokens[i - 1].text != "," else i - 2
    if k < i - 1 and a.words[k].isdigit():
        return None  # "Základní škola Lipnice, Komenského 210, příspěvková organizace": an address before it
    start, lower = None, False
    known = {j for h in a.orgs for j in range(h.start, h.end)}
    while k >= 0 and i - k <= 8 and _joined(a, k + 1) and (_name_part(a.tokens[k], pat) or _inner_connector(
            a, k, pat)) and not _name_stop(a, k, pat, lang):
        if lower and k in known:
            break  # "KÚ Pardubického kraje a dopravce Autobusy Podorlicko a.s.": a known body before the name
        if a.words[k][:1].isupper() or a.words[k][:1].isdigit():
            start = k
        lower = lower or a.words[k].islower()
        if k in a.sentence_starts and _word(a, k - 1) not in pat.get("name_abbreviations", ()):
            break  # but "Dube Bros. Asphalt LLC": the splitter took "Bros." for a sentence end
        k -= 1
    if start is not None and k >= 0 and k + 1 == start and _cue(a, k, pat) and _named_kind(a, k, pat) < k \
            and a.words[k].lower() not in pat.get("cues_never_named", ()):
        start = _named_kind(a, k, pat)  # "Městská teplárenská společnost Brodec, a.s.": the kind is named too
    start = _after_matter(a, _after_office(a, _after_number(a, start, i, pat), i, lang), i, lang)
    return (start, end) if start is not None else None


def _after_matter(a: BlockAnalysis, start: int | None, i: int, lang: str) -> int | None:
    """"Žádost Folklorního souboru X, z. s.", "Individuální žádost FK X, z.s.": an agenda line's matter (org_patterns
    `matter_nouns`) opening the run is no part of the applicant's name, which starts at the next capitalised word;
    after a company word ("firma Plán Stavby s.r.o.") the run is the firm's own name. So is the part a firm plays
    (`party_nouns`: "Servisní organizace X s.r.o. přislíbila")."""
    if start is None or (start > 0 and _cue(a, start - 1, _patterns(lang))):
        return start
    pat = _patterns(lang)
    nouns = {w.lower() for w in (*pat.get("matter_nouns", ()), *pat.get("party_nouns", ()))}
    j = next((j for j in range(start, min(start + 2, i)) if a.words[j].lower() in nouns), None)
    if j is None or j + 1 >= i or not (a.tokens[j + 1].is_cap or a.tokens[j + 1].is_upper):
        return start
    return j + 1


def _after_number(a: BlockAnalysis, start: int | None, i: int, pat: dict[str, Any]) -> int | None:
    """ "účastník č. 3 Stavby Novák s.r.o.", "Bidder No. 2 Harlow Build Ltd", a table row "| 4 | Alfa a.s. |": tenders
    and lists number the bidders; a bare number (with its marker and the noun before it) is the bidder's or
    row's number, and the firm's name starts after it."""
    if start is None:
        return None
    markers = set(pat.get("number_markers", ()))
    for n in range(i - 2, start - 1, -1):
        if a.words[n].isdigit() and len(a.words[n]) <= 3 and not a.tokens[n].text.endswith(".") \
                and (n == start or a.words[n - 1].lower() in markers) \
                and (a.tokens[n + 1].is_cap or a.tokens[n + 1].is_upper):
            return n + 1
    return start


def _after_office(a: BlockAnalysis, start: int | None, i: int, lang: str) -> int | None:
    """"Ředitelka ZŠ a MŠ Lipnice, p. o., předložila": an office word opening a sentence is capitalised only by
    its place; the person's office is not part of the body's name, which starts at the next capitalised word."""
    if start is None or start not in a.sentence_starts or a.words[start].lower() not in role_words(lang):
        return start
    nxt = start + 1
    return nxt if nxt < i and (a.tokens[nxt].is_cap or a.tokens[nxt].is_upper) else None


def _inner_connector(a: BlockAnalysis, k: int, pat: dict[str, Any]) -> bool:
    """"Lomnice nad Orlicí", "Lomnice na kole": a preposition inside a name before its legal form, between a
    capitalised word and a word of the name (org_patterns "name_inner_connectors")."""
    return a.words[k] in pat.get("name_inner_connectors", ()) and k > 0 and a.tokens[k - 1].is_cap \
        and _joined(a, k) and _name_part(a.tokens[k + 1], pat)


def _cue(a: BlockAnalysis, k: int, pat: dict[str, Any]) -> bool:
    """A company word in lower case ("firmou", "the company"), or capitalised only at a sentence start:
    "Brewing Company LLC" is part of a name."""
    w = a.words[k]
    return w in pat.get("company_cues", ()) or (k in a.sentence_starts and w.lower() in pat.get("company_cues", ()))


def _name_stop(a: BlockAnalysis, k: int, pat: dict[str, Any], lang: str) -> bool:
    """A word a company name cannot start before: "firmou" / "společností" before a capitalised name, a verb, a
    verbal noun in lower case ("výsledky hospodaření Technických služeb Lipová s.r.o.": what is done, not who)."""
    w = a.words[k]
    if w.islower() and w.endswith(tuple(pat.get("verbal_noun_endings", ()))) \
            and w not in pat.get("name_nouns_like_verbal", ()):  # "Sportovní zařízení města X, p. o."
        return True
    if _cue(a, k, pat) and k + 1 < len(a.tokens) and a.words[k + 1][:1].isupper():
        return True
    if a.tokens[k].text in pat.get("currency_words", ()) or a.words[k] in pat.get("currency_words", ()):
        return True  # "... 000 Kč spolku Mýtští ostrostřelci, z.s.": an amount is never part of a name
    if w.islower() and fold(w) in finite_verbs(lang):
        return True  # "Připojení zajistí ČEZ Distribuce, a. s.": the task's verb, the firm after it
    return w.islower() and len(w) >= 4 and w.endswith(tuple(pat["verb_endings"])) \
        and w not in pat.get("name_nouns_like_verbs", ())  # "Dolejš & partneři audit s.r.o."


def _cued(a: BlockAnalysis, i: int, lang: str, pat: dict[str, Any]) -> tuple[int, int] | None:
    """"firmou Novák stavby", "společnost Agro Lipovec": the capitalised run after a company word is a firm
    (when a legal form follows, the legal-form rule takes the whole name)."""
    if not _cue(a, i, pat) or a.tokens[i].text.endswith(".") \
            or i + 1 in a.sentence_starts:
        return None
    k = i + 1
    while k < len(a.tokens) and k - i <= 4 and _joined(a, k) and (
            a.tokens[k].is_cap or a.tokens[k].is_upper or a.words[k] in ("&", "-") or generic_place_part(a, k, pat)):
        k += 1
        if a.tokens[k - 1].text.endswith(".") and len(a.words[k - 1]) > 2:
            break
    if k == i + 1 or any(bodies.legal_end(a, m, lang) > m for m in range(k, min(k + 4, len(a.tokens) + 1))):
        return None  # "firmou Datové služby s.r.o.": the legal-form rule takes the whole name
    if _named_kind(a, i, pat) < i:
        return _named_kind(a, i, pat), k  # "Bytové družstvo Jitřenka"
    return (i if k == i + 2 and a.tokens[i + 1].is_cap else i + 1), k  # "firma Novák", but "Agro Lipovec"


def _named_kind(a: BlockAnalysis, k: int, pat: dict[str, Any]) -> int:
    """Start of the adjectives before the company word at k when the first is capitalised ("Bytové družstvo",
    "Městská teplárenská společnost": the kind of firm is part of its name); k when there are none."""
    ends, common = tuple(pat.get("name_kind_adjective_endings", ())), pat.get("name_kind_not", ())
    j, start = k - 1, k
    while j >= 0 and k - j <= 3 and _joined(a, j + 1) and a.words[j].isalpha() and len(a.words[j]) > 3 \
            and a.words[j].lower().endswith(ends) and a.words[j].lower() not in common:
        if a.tokens[j].is_cap:
            start = j
        j -= 1
    return start  # not "Nová společnost Alfa s.r.o.": a common adjective only capitalised by its sentence
