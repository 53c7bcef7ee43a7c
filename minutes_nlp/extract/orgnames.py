"""Names of institutions the gazetteer does not know, found by their shape: head words ("Ministerstvo ...",
"... Council"), legal forms ("... s.r.o.", "... Ltd"), company words ("firmou Novák"); and places.

Shared by extract/orgs.py, which decides which of these names are reported and merges them. Names closed by a
legal form or opened by a company word are found in orglegal.py; the helpers every rule shares are in orgbase.py
(re-exported here for the modules that import them from this one).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from minutes_nlp.extract import bodies, orgreferred
from minutes_nlp.extract.orgbase import (
    _date_words,
    _joined,
    _of_tail,
    _patterns,
    _prov,
    _word,
    closing_head,
    continues,
    dated,
    finite_verbs,
    firm_group,
    fronted_object,
    generic_place_part,
    name_start,
    portfolio_end,
    qualified_generic,
    qualified_start,
    second_body,
    unit_owner_start,
)
from minutes_nlp.extract.orgcands import candidates
from minutes_nlp.extract.orglegal import _cued, _legal_form
from minutes_nlp.extract.orgplaced import legal_after_place
from minutes_nlp.extract.result import Provenance
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.nlp.tokens import Token
from minutes_nlp.textutil import fold

__all__ = ["_joined", "_patterns", "_prov", "_word", "expand_head", "pattern_orgs"]


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
        return not pat["tail_lowercase"] or (len(w) >= 4 and low.endswith(tuple(pat["verb_endings"]))
                                             and low not in pat.get("name_nouns_like_verbs", ())  # "přátel"
                                             and not low.endswith(tuple(pat.get("neuter_endings_like_verbs", ()))))
    return False


def _head_start(a: BlockAnalysis, i: int, pat: dict[str, Any], lang: str) -> int | None:
    """End index of "Ministerstvo ...", "Svaz ...", "Department of ..." starting at token i. A head that is the
    subject of a clause ("Svaz zašle ...", "Spolek částku dobrovolně vrátí") opens no name: the lower-case words
    after a name's head are its attributes, never a finite verb (action_cues) or an adverb (org_patterns
    "adverb_endings")."""
    t = a.tokens[i]
    mid_only = pat["heads_start"].get(t.word)
    if mid_only is None or (mid_only and i in a.sentence_starts) or t.text.endswith("."):
        return None  # "... with the Bank. RESOLVED": a head that ends its sentence opens nothing
    if pat.get("heads_start_connectors") and _word(a, i + 1) not in pat["heads_start_connectors"] and not (
            _word(a, i + 1) == "on" and t.word in pat.get("heads_start_on", ())):
        return None  # "University of Leeds", "Commission on X"; not "rated the University Silver"
    needs = pat.get("head_next_prefixes", {}).get(t.word.lower())
    if needs and not _word(a, i + 1).lower().startswith(tuple(needs)):
        return None  # "statutární město Kladno", not "statutární auditorka" (a role)
    k, proper = i + 1, False
    while k < len(a.tokens) and k - i <= pat["max_tail"] and not _stops_tail(a.tokens[k], pat) and _joined(a, k):
        w = a.words[k]
        if proper and w in pat.get("closing_nouns", ()):
            k += 1  # "Rada Podlesického kraje"
            break
        if proper and generic_place_part(a, k, pat):
            k += 1  # "Lesní družstvo Bukové hory", "Správa Národního parku Šumava": the name goes on
            continue
        if dated(a, k) and _word(a, k - 1) not in pat.get("numbered_places", ()) \
                or proper and w.islower() and w not in pat["connectors"]:
            break  # "Statutární město Kladno souhlasí", "Krajský úřad Kraje Vysočina 4. 11. 2021": the name ended
        if w.islower() and _word(a, k - 1) in pat.get("closing_genitives", ()) and k - 1 > i:
            break  # "Radě města rozšíření zón": after "města" only a capitalised name goes on
        if w.islower() and not proper and w.endswith(tuple(pat.get("adverb_endings", ()))) and len(w) > 4:
            return None
        if fold(w) in finite_verbs(lang) or fronted_object(a, k, pat):
            break
        if (w[:1].isdigit() or w in pat["not_institutions"] or w in _date_words()) and k - 1 > i \
                and _word(a, k - 1).lower() in pat["connectors"]:
            break  # "Department of Roads on 30 June", "Council on Tuesday", "... for FY 2025": a date after it
        if w in pat["heads_start"] and _word(a, k - 2) == "for" and _word(a, k - 1) in pat.get("determiners", ()):
            k -= 2  # "releases to the County for the Department of Health": the body served is another body
            break
        if w.lower() in pat.get("document_nouns", ()) or w.lower() in pat.get("event_nouns", ()):
            return None  # "Krajský dotační program pro obce", "Obecní ples": a programme or an event, not a body
        proper = proper or w[:1].isupper() or w.isdigit()
        k += 1
        if a.tokens[k - 1].text.endswith(".") and len(w) > 1:
            break  # the sentence ends here
    if k - i > pat["max_tail"] and all(a.tokens[j].is_cap or a.words[j].lower() in (
            *pat["connectors"], *pat.get("determiners", ())) for j in range(i + 1, k)):
        k = _of_tail(a, k)  # "Office of the Police and Crime Commissioner for Kestrelshire": a long proper name
    while k > i + 1 and a.words[k - 1].lower() in pat["connectors"]:
        k -= 1
    if t.word in pat.get("portfolio_heads", ()) and _word(a, k) == ",":
        k = portfolio_end(a, k, pat)
    k = second_body(a, i, k, pat)
    return k if k > i + 1 else None


def _acts(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> bool:
    """"The Planning Committee recommended": a committee is a body where it acts, not in a heading."""
    if a.words[i] not in pat.get("acting_only", ()) or firm_group(a, i, pat):
        return True
    nxt = _word(a, i + 1)
    return nxt.lower() in pat.get("acting_verbs", ()) or nxt in ("'", "’")


def _possessive(a: BlockAnalysis, k: int) -> bool:
    """"St Mary's Church": the apostrophe and s of a possessive inside a name."""
    w = a.words[k]
    return (w in ("'", "’") and k > 0 and a.tokens[k - 1].is_cap) or (w == "s" and k > 0 and a.words[k - 1] in
                                                                        ("'", "’"))


def _inner_and(a: BlockAnalysis, k: int, pat: dict[str, Any], names: set[int]) -> bool:
    """"Finance and General Purposes Committee", "Fire and Rescue Service": "and" inside one name, not
    between two ("Cricket Club and St Mary's Church", "Acme plc and Harlow & Sons")."""
    if a.words[k] != "and" or k < 1 or k - 1 in names:
        return False
    before = a.tokens[k - 1]
    return before.is_cap and before.word not in pat["heads_end"] and before.word not in pat["legal_forms"] \
        and before.word not in pat.get("place_words", ())  # "Church Road and School Lane": two streets


def _extends_left(a: BlockAnalysis, k: int, pat: dict[str, Any], names: set[int]) -> bool:
    """Token k can be part of a name that ends with a head after it: capitalised, "&", "of", a possessive,
    an inner "and"; not a person's name, not the "of" of "Secretary of"."""
    t = a.tokens[k]
    if k in names or _role_of(a, k, pat):
        return False
    return t.is_cap or t.is_upper or t.word in ("&", "of", "for") or _possessive(a, k) or _inner_and(a, k, pat, names)


def _head_end(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> int | None:
    """Start index of "... Institut", "... Cluster", "... Council", "... Ltd" ending at token i."""
    t = a.tokens[i]
    if (not closing_head(a, i, pat) or not t.is_cap) and t.word not in pat.get("head_abbreviations", {}) \
            and not _lower_head(a, i, pat):
        return None
    roles = (*pat.get("category_roles", ()), *pat.get("job_title_words", ()))
    if continues(a, i, pat) or (i + 1 < len(a.tokens) and _word(a, i + 1) in roles and _joined(a, i + 1)):
        return None  # "Annual Parish Meeting", "Local Authority Governor", "Democratic Services Officer": not a body
    k = i
    names = {j for n in a.names for j in range(n.start, n.end)}
    while k > 0 and (k not in a.sentence_starts or _word(a, k - 1) in pat.get("name_abbreviations", ())) \
            and _joined(a, k) and _extends_left(a, k - 1, pat, names):
        k -= 1  # "Sta. Elena Poultry Farm": the dot of an abbreviation inside a name ends no sentence
    if any(a.words[j] == "of" and _word(a, j - 1).lower() in pat.get("office_titles", ()) for j in range(k, i)):
        return None  # "Director of Library Services", "Head of Quality Assurance": a job title, not a body
    if _clinical_unit(a, k, i, pat):
        return None
    inner = [j for j in range(k + 1, i) if a.words[j] in pat.get("determiners", ()) and len(a.words[j]) > 1]
    k = inner[-1] if inner else k  # "AOB The Steering Group": a heading run into the sentence after it
    if k in a.sentence_starts and _lower_head(a, i, pat) and not (k == i - 1 and _proper_adjective(a, k, pat)):
        k += 1  # "Nabídka Horské banky": a sentence's first word is capitalised whatever it is
    while k < i and (a.words[k] in ("&", "and", "of", "for", "'", "’") or a.words[k] in pat.get(
            "determiners", ()) or a.words[k] in pat.get("task_verbs", ()) or _possessive_s(a, k)):
        k += 1  # "The ...", "Meet Ashby Youth FC about the grant", "the authority's Welfare Service": not the name
    start = name_start(a, k, i, pat) if k < i else None
    return start if start is not None and start < i else None


def _clinical_unit(a: BlockAnalysis, k: int, i: int, pat: dict[str, Any]) -> bool:
    """"Emergency Department", "Intensive Care Unit": a head named only by clinical words (org_patterns
    "clinical_units") is a part of a hospital, not a body (the words before it may be a determiner)."""
    units = pat.get("clinical_units", {})
    words = [a.words[j] for j in range(k, i) if a.words[j] not in pat.get("determiners", ())]
    return a.words[i] in units.get("heads", ()) and bool(words) and all(
        w in units.get("words", ()) for w in words)


def _lower_head(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> bool:
    """"Podhorské bance", "Oborové pojišťovny": a head Czech writes in lower case closes a name after a word
    capitalised inside the sentence (org_patterns "heads_end_lowercase"), not after a sentence's first word."""
    return a.words[i] in pat.get("heads_end_lowercase", ()) and i > 0 and a.tokens[i - 1].is_cap \
        and (i - 1 not in a.sentence_starts or _proper_adjective(a, i - 1, pat)) and _joined(a, i)


def _proper_adjective(a: BlockAnalysis, k: int, pat: dict[str, Any]) -> bool:
    """"Podlesická univerzita nominovala": an adjective made from a place name (org_patterns
    "proper_adjective_endings") names the body even as a sentence's first word; "Nabídka banky" does not."""
    return a.words[k].endswith(tuple(pat.get("proper_adjective_endings", ())))


def _seat(a: BlockAnalysis, end: int, pat: dict[str, Any]) -> int:
    """"Podlesická univerzita v Dubči": the seat after a lower-case head ("v"/"ve" and capitalised words,
    org_patterns "seat_prepositions") is part of the name."""
    if end + 1 < len(a.tokens) and a.words[end] in pat.get("seat_prepositions", ()) and _joined(a, end) \
            and a.tokens[end + 1].is_cap and _joined(a, end + 1) and not a.tokens[end].text.endswith("."):
        k = end + 2
        while k < len(a.tokens) and k - end < 4 and a.tokens[k].is_cap and _joined(a, k) \
                and not a.tokens[k - 1].text.endswith("."):
            k += 1
        return k
    return _owner(a, end, pat)


def _owner(a: BlockAnalysis, end: int, pat: dict[str, Any]) -> int:
    """"Lesnická fakulta Podlesické univerzity", "Právnická fakulta Univerzity Karlovy": a faculty is named with
    the university that owns it in the genitive (org_patterns "owner_genitives"), which belongs to the name."""
    if _word(a, end - 1) not in pat.get("owned_heads", ()):
        return end
    k = end
    while k < len(a.tokens) and k - end < 3 and (a.tokens[k].is_cap or a.words[k] in pat.get("owner_genitives", ())) \
            and _joined(a, k) and not a.tokens[k - 1].text.endswith("."):
        k += 1
    owner = [j for j in range(end, k) if fold(a.words[j]) in {fold(w) for w in pat.get("owner_genitives", ())}]
    return owner[-1] + 1 if owner else end


def _named_head(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> int | None:
    """"Healthwatch Harrowfield": a kind of body that takes the name of its area right after it (org_patterns
    "heads_named_after")."""
    if a.words[i] not in pat.get("heads_named_after", ()) or a.tokens[i].text.endswith("."):
        return None
    k = i + 1
    while k < len(a.tokens) and k - i <= 3 and a.tokens[k].is_cap and _joined(a, k):
        k += 1
        if a.tokens[k - 1].text.endswith("."):
            break
    return k if k > i + 1 else None


def _possessive_s(a: BlockAnalysis, k: int) -> bool:
    """The "s" of a possessive ending ("authority's"), left over when the owner is not part of the name."""
    return a.words[k] == "s" and _word(a, k - 1) in ("'", "’")


def _role_of(a: BlockAnalysis, k: int, pat: dict[str, Any]) -> bool:
    """Token k is the "of" of "Secretary of", "member of": the name of the body starts after it."""
    return a.words[k] == "of" and _word(a, k - 1).lower() in pat.get("member_of", ())


def _member_of(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> tuple[int, int] | None:
    """"Treasurer of the Wrensford Community Larder", "a member of the Ashby Carnival Committee": a body one
    holds an office in or belongs to, named by two or more capitalised words (a head word is not needed; the
    head rules take names that have one)."""
    if i + 1 >= len(a.tokens) or not _role_of(a, i + 1, pat):
        return None
    m = i + 2 + (_word(a, i + 2).lower() == "the")
    n = m
    while n < len(a.tokens) and n - m < 6 and _joined(a, n) and (
            a.tokens[n].is_cap or a.tokens[n].is_upper or a.words[n] == "&" or _possessive(a, n)
            or (a.words[n] in ("of", "and") and _word(a, n + 1)[:1].isupper())):
        n += 1
        if a.tokens[n - 1].text.endswith(".") and len(a.words[n - 1]) > 2:
            break
    if n - m < 2 or _word(a, m) in pat.get("member_of_not", ()):
        return None
    return (m, n)


def _clean_name(text: str, pat: dict[str, Any]) -> str:
    """Drop a sentence-final dot that is not part of a legal form ("... LLC." -> "... LLC", "Co." stays) and
    put an inflected head back in the nominative ("Ministerstvem dopravy" -> "Ministerstvo dopravy")."""
    text = text.rstrip(",;")
    heads = {**pat.get("head_nominative", {}), **pat.get("department_heads", {})}
    for head, nominative in sorted(heads.items(), key=lambda kv: -len(kv[0])):
        if text.startswith(head + " "):
            text = nominative + text[len(head):]
            break
    last = text.split()[-1] if text.split() else ""
    if last.endswith(".") and len(last) > 2 and not text.endswith(tuple(pat["legal_forms"])):
        text = text[:-1]  # "spol. s r.o." keeps its dot as "s.r.o." does
    return text


def _inner_known(a: BlockAnalysis, span: tuple[int, int], prefixes: Sequence[str] = ()) -> set[int]:
    """Tokens of gazetteer hits inside a longer name, after its first word: "KAMENOS Vysočina s.r.o.", "Royal
    Berkshire NHS Foundation Trust" (the known body or place is part of the name); also a known body that opens
    the names of bodies of its own (org_patterns "name_prefixes": "NHS Harrowfield Integrated Care Board")."""
    return {j for h in a.orgs if (span[0] < h.start or (span[0] == h.start and a.span_text(h.start, h.end) in
                                                         prefixes and h.end < span[1] - 1)) and h.end <= span[1]
            for j in range(h.start, h.end)}


def _department(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> tuple[int, int] | None:
    """"odbor životního prostředí v Ledči": a department named in lower case by its agenda (genitive words) is
    a body where the text says where it sits ("v/ve" and a capitalised place); without the place it is a
    common noun or a role ("MMR, odbor územního plánování")."""
    heads = pat.get("department_heads", {})
    if a.words[i] not in heads:
        return None
    k = i + 1
    while k < len(a.tokens) and k - i <= 4 and a.words[k].isalpha() and a.words[k].islower() \
            and a.words[k] not in pat["stop_words"] and not _stops_tail(a.tokens[k], pat) and _joined(a, k):
        k += 1
    if k == i + 1 or _word(a, k) not in pat.get("department_at", ()):
        return None
    end = k + 1
    while end < len(a.tokens) and _joined(a, end) and (a.tokens[end].is_cap or (
            a.words[end] in ("nad", "pod", "na") and _word(a, end + 1)[:1].isupper() and end > k + 1)):
        end += 1  # "v Ledči", "ve Dvoře Králové nad Labem"
        if a.tokens[end - 1].text.endswith("."):
            break
    return (i, end) if end > k + 1 else None


def _span_at(a: BlockAnalysis, i: int, lang: str, pat: dict[str, Any]) -> tuple[tuple[int, int], str] | None:
    """The name found at token i and the rule: a legal form, a company word, a capitalised run closed by a
    head ("Harrowgate Community Bank", preferred), or a head opening a name ("Department for Transport")."""
    span = _legal_form(a, i, lang)
    if span is not None:
        return span, "legal"
    span = _cued(a, i, lang, pat) or _department(a, i, pat)
    if span is not None:
        return span, "cued"
    start = _head_end(a, i, pat)
    if start is not None and (_acts(a, i, pat) or orgreferred.referred(a, start, i, pat)):
        stop = _seat(a, i + 1, pat) if _lower_head(a, i, pat) else _of_tail(a, i + 1)
        return (unit_owner_start(a, start, i, stop, pat), stop), "head_end"
    end = _named_head(a, i, pat) or _head_start(a, i, pat, lang)
    if end is not None:
        return (qualified_start(a, i, pat), end), "head_start"
    span = _member_of(a, i, pat)
    if span is None or any(_legal_form(a, k, lang) or _head_end(a, k, pat) is not None and _acts(a, k, pat)
                           for k in range(*span)):
        return None  # the legal-form and head rules take names that have a legal form or a head word
    return span, "head_end"


def _taken(a: BlockAnalysis, span: tuple[int, int], rule: str, skip: set[int], prefixes: Sequence[str] = (),
           lang: str = "") -> bool:
    """The span overlaps what other rules own: gazetteer hits (a known body or place inside a name after its
    first word is part of it, except after a head word: "Rada Kraje Vysočina" is the region's), bodies (`skip`;
    part of a name with a legal form or a head: "Spolek rodičů při ZŠ Lipnice, z.s."), person names (part of
    a firm with a legal form: "Mercado & Lyle LLP"); a generic name written as part of a longer one ("Diocese of
    Wexcombe", orgbase.qualified_generic) leaves it to the longer name."""
    inside = set(range(span[0] + 1, span[1]))
    gaz = {i for h in a.orgs if h.abbreviation or not qualified_generic(a, h.start, h.end, a.span_text(h.start, h.end),
                                                                        lang) for i in range(h.start, h.end)}
    if rule in ("head_end", "legal"):
        gaz -= _inner_known(a, span, prefixes)
    taken = gaz | (skip - inside if rule in ("head_start", "legal") else skip)
    if rule == "legal":
        taken -= inside
    else:
        taken |= {i for n in a.names for i in range(n.start, n.end)}
    return bool(taken & set(range(*span)))


def pattern_orgs(a: BlockAnalysis, lang: str, skip: set[int] | None = None) -> list[tuple[str, Provenance]]:
    """Institution names found by head words and legal forms, outside gazetteer hits and person names."""
    pat = _patterns(lang)
    skip = skip or set()
    place_starts = {h.start for h in a.places}
    out, i, floor = [], 0, 0
    starts = candidates(a, lang)  # elsewhere `_span_at` finds nothing
    while (c := bisect_left(starts, i)) < len(starts):
        i = starts[c]
        found = _span_at(a, i, lang, pat)
        if found is None:
            i += 1
            continue
        span, rule = found
        if span[0] < floor < span[1] - 2 and _word(a, floor) in ("and", "&"):  # "University of Fenby and
            span = (floor + 1 + (_word(a, floor + 1) in pat.get("determiners", ())), span[1])  # Kestrel College"
        if rule == "head_start":  # "Spolku rodičů při ZŠ Lipnice, z.s.": the legal form after the name is its own
            span = (span[0], bodies.legal_end(a, span[1], lang))
        placed = span[0] in place_starts and a.tokens[span[1] - 1].word not in pat.get("place_named_heads", ()) \
            and qualified_start(a, span[0] + 1, pat) != span[0] \
            and not legal_after_place(a, span, rule)  # "Česká asociace streetwork, z. s.": a name with a form
        # "Oxford County": a county is named by its place
        if not _taken(a, span, rule, skip, pat.get("name_prefixes", ()), lang) and not placed:
            out.append((_clean_name(a.span_text(*span), pat), _prov(a, *span)))
            i = floor = span[1]
        else:
            i += 1
    return out


def expand_head(name: str, lang: str) -> str:
    """"Harnley DC" -> "Harnley District Council": a head written as its customary abbreviation, written out."""
    words = name.split()
    full = _patterns(lang).get("head_abbreviations", {}).get(words[-1]) if len(words) > 1 else None
    return " ".join([*words[:-1], full]) if full else name
