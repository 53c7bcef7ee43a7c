"""Names of institutions the gazetteer does not know, found by their shape: head words ("Ministerstvo ...",
"... Council"), legal forms ("... s.r.o.", "... Ltd"), company words ("firmou Novák"); and places.

Shared by extract/orgs.py, which decides which of these names are reported and merges them.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract import bodies
from minutes_nlp.extract.result import Provenance
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
    if mid_only is None or (mid_only and i in a.sentence_starts) or t.text.endswith("."):
        return None  # "... with the Bank. RESOLVED": a head that ends its sentence opens nothing
    if pat.get("heads_start_connectors") and _word(a, i + 1) not in pat["heads_start_connectors"]:
        return None  # "University of Leeds", "Office for Students"; not "rated the University Silver"
    k, proper = i + 1, False
    while k < len(a.tokens) and k - i <= pat["max_tail"] and not _stops_tail(a.tokens[k], pat) and _joined(a, k):
        w = a.tokens[k].word
        if proper and (w.islower() and w not in pat["connectors"] or _dated(a, k)):
            break  # "Statutární město Kladno souhlasí", "Krajský úřad Kraje Vysočina 4. 11. 2021": the name ended
        if w.islower() and _word(a, k - 1) in pat.get("closing_genitives", ()) and k - 1 > i:
            break  # "Radě města rozšíření zón": after "města" only a capitalised name goes on
        proper = proper or w[:1].isupper() or w.isdigit()
        k += 1
        if a.tokens[k - 1].text.endswith(".") and len(w) > 1:
            break  # the sentence ends here
    while k > i + 1 and a.tokens[k - 1].word.lower() in pat["connectors"]:
        k -= 1
    return k if k > i + 1 else None


def _dated(a: BlockAnalysis, k: int) -> bool:
    """A number with a dot ("4. 11. 2021", "28. června") is a date or an ordinal after a name, not part of it."""
    return a.tokens[k].word.isdigit() and (a.tokens[k].text.endswith(".") or _word(a, k + 1) == ".")


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
    return before.is_cap and before.word not in pat["heads_end"] and before.word not in pat["legal_forms"] \
        and before.word not in pat.get("place_words", ())  # "Church Road and School Lane": two streets


def _continues(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> bool:
    """The capitalised words right after head i make it something else ("Annual Parish Meeting") or end with a
    head of their own ("Police Department"); others do not belong to the name ("County Council Highways")."""
    k = i + 1
    while k < len(a.tokens) and a.tokens[k].is_cap and _joined(a, k) and k not in a.sentence_starts \
            and not a.tokens[k - 1].text.endswith("."):
        if a.tokens[k].word in pat["heads_end"] or (k == i + 1 and a.tokens[k].word in pat.get("not_body_after_head",
                                                                                               ())):
            return True
        k += 1
    return False


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
    if (t.word not in pat["heads_end"] or not t.is_cap) and t.word not in pat.get("head_abbreviations", {}):
        return None
    if _continues(a, i, pat) or (_word(a, i + 1) in pat.get("category_roles", ()) and _joined(a, i + 1)):
        return None  # "Annual Parish Meeting", "Police Department", "Local Authority Governor": not this body
    k = i
    names = {j for n in a.names for j in range(n.start, n.end)}
    while k > 0 and k not in a.sentence_starts and _joined(a, k) and _extends_left(a, k - 1, pat, names):
        k -= 1
    if any(a.tokens[j].word == "of" and _word(a, j - 1).lower() in pat.get("office_titles", ()) for j in range(k, i)):
        return None  # "Director of Library Services", "Head of Quality Assurance": a job title, not a body
    inner = [j for j in range(k + 1, i) if a.tokens[j].word in pat.get("determiners", ()) and len(a.tokens[j].word) > 1]
    k = inner[-1] if inner else k  # "AOB The Steering Group": a heading run into the sentence after it
    while k < i and (a.tokens[k].word in ("&", "and", "of", "for", "'", "’") or a.tokens[k].word in pat.get(
            "determiners", ()) or a.tokens[k].word in pat.get("task_verbs", ()) or _possessive_s(a, k)):
        k += 1  # "The ...", "Meet Ashby Youth FC about the grant", "the authority's Welfare Service": not the name
    return k if k < i else None


def _possessive_s(a: BlockAnalysis, k: int) -> bool:
    """The "s" of a possessive ending ("authority's"), left over when the owner is not part of the name."""
    return a.tokens[k].word == "s" and _word(a, k - 1) in ("'", "’")


def _role_of(a: BlockAnalysis, k: int, pat: dict[str, Any]) -> bool:
    """Token k is the "of" of "Secretary of", "member of": the name of the body starts after it."""
    return a.tokens[k].word == "of" and _word(a, k - 1).lower() in pat.get("member_of", ())


def _member_of(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> tuple[int, int] | None:
    """"Treasurer of the Wrensford Community Larder", "a member of the Ashby Carnival Committee": a body one
    holds an office in or belongs to, named by two or more capitalised words (a head word is not needed; the
    head rules take names that have one)."""
    if i + 1 >= len(a.tokens) or not _role_of(a, i + 1, pat):
        return None
    m = i + 2 + (_word(a, i + 2).lower() == "the")
    n = m
    while n < len(a.tokens) and n - m < 6 and _joined(a, n) and (
            a.tokens[n].is_cap or a.tokens[n].is_upper or a.tokens[n].word == "&" or _possessive(a, n)
            or (a.tokens[n].word in ("of", "and") and _word(a, n + 1)[:1].isupper())):
        n += 1
        if a.tokens[n - 1].text.endswith(".") and len(a.tokens[n - 1].word) > 2:
            break
    if n - m < 2 or _word(a, m) in pat.get("member_of_not", ()):
        return None
    return (m, n)


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
    if k < i - 1 and a.tokens[k].word.isdigit():
        return None  # "Základní škola Lipnice, Komenského 210, příspěvková organizace": an address before it
    start, lower = None, False
    known = {j for h in a.orgs for j in range(h.start, h.end)}
    while k >= 0 and i - k <= 8 and _joined(a, k + 1) and (_name_part(a.tokens[k], pat) or _inner_connector(
            a, k, pat)) and not _name_stop(a, k, pat):
        if lower and k in known:
            break  # "KÚ Pardubického kraje a dopravce Autobusy Podorlicko a.s.": a known body before the name
        if a.tokens[k].word[:1].isupper() or a.tokens[k].word[:1].isdigit():
            start = k
        lower = lower or a.tokens[k].word.islower()
        if k in a.sentence_starts and _word(a, k - 1) not in pat.get("name_abbreviations", ()):
            break  # but "Dube Bros. Asphalt LLC": the splitter took "Bros." for a sentence end
        k -= 1
    return (start, end) if start is not None else None


def _inner_connector(a: BlockAnalysis, k: int, pat: dict[str, Any]) -> bool:
    """"Lomnice nad Orlicí", "Lomnice na kole": a preposition inside a name before its legal form, between a
    capitalised word and a word of the name (org_patterns "name_inner_connectors")."""
    return a.tokens[k].word in pat.get("name_inner_connectors", ()) and k > 0 and a.tokens[k - 1].is_cap \
        and _joined(a, k) and _name_part(a.tokens[k + 1], pat)


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
    if a.tokens[k].text in pat.get("currency_words", ()) or a.tokens[k].word in pat.get("currency_words", ()):
        return True  # "... 000 Kč spolku Mýtští ostrostřelci, z.s.": an amount is never part of a name
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
        dates = _date_words()
        while n < len(a.tokens) and (a.tokens[n].is_cap or a.tokens[n].is_upper) and _joined(a, n) \
                and a.tokens[n].word not in dates:
            n += 1
        if n > m:
            return n
    return end


@cache
def _date_words() -> frozenset[str]:
    """Month and weekday names: "Students' Union for the November meeting" does not name a union."""
    data = langdata.load("en", "dates")
    months = [w for forms in data.get("months", {}).values() for w in forms]
    return frozenset(w.rstrip(".").capitalize() for w in (*months, *data.get("weekdays", ())))


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
    if last.endswith(".") and last not in pat["legal_forms"] and len(last) > 2:
        text = text[:-1]
    return text


def _inner_known(a: BlockAnalysis, span: tuple[int, int]) -> set[int]:
    """Tokens of gazetteer hits inside a longer name, after its first word: "KAMENOS Vysočina s.r.o.", "Royal
    Berkshire NHS Foundation Trust" (the known body or place is part of the name)."""
    return {j for h in a.orgs if span[0] < h.start and h.end <= span[1] for j in range(h.start, h.end)}


def _department(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> tuple[int, int] | None:
    """"odbor životního prostředí v Ledči": a department named in lower case by its agenda (genitive words) is
    a body where the text says where it sits ("v/ve" and a capitalised place); without the place it is a
    common noun or a role ("MMR, odbor územního plánování")."""
    heads = pat.get("department_heads", {})
    if a.tokens[i].word not in heads:
        return None
    k = i + 1
    while k < len(a.tokens) and k - i <= 4 and a.tokens[k].word.isalpha() and a.tokens[k].word.islower() \
            and a.tokens[k].word not in pat["stop_words"] and not _stops_tail(a.tokens[k], pat) and _joined(a, k):
        k += 1
    if k == i + 1 or _word(a, k) not in pat.get("department_at", ()):
        return None
    end = k + 1
    while end < len(a.tokens) and _joined(a, end) and (a.tokens[end].is_cap or (
            a.tokens[end].word in ("nad", "pod", "na") and _word(a, end + 1)[:1].isupper() and end > k + 1)):
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
    if start is not None and _acts(a, i, pat):
        return (start, _of_tail(a, i + 1)), "head_end"
    end = _head_start(a, i, pat)
    if end is not None:
        return (i, end), "head_start"
    span = _member_of(a, i, pat)
    if span is None or any(_legal_form(a, k, lang) or _head_end(a, k, pat) is not None and _acts(a, k, pat)
                           for k in range(*span)):
        return None  # the legal-form and head rules take names that have a legal form or a head word
    return span, "head_end"


def _taken(a: BlockAnalysis, span: tuple[int, int], rule: str, skip: set[int]) -> bool:
    """The span overlaps what other rules own: gazetteer hits (a known body or place inside a name after its
    first word is part of it, except after a head word: "Rada Kraje Vysočina" is the region's), bodies (`skip`;
    part of a name with a legal form or a head: "Spolek rodičů při ZŠ Lipnice, z.s."), person names (part of
    a firm with a legal form: "Mercado & Lyle LLP")."""
    inside = set(range(span[0] + 1, span[1]))
    gaz = {i for h in a.orgs for i in range(h.start, h.end)}
    if rule in ("head_end", "legal"):
        gaz -= _inner_known(a, span)
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
    out, i = [], 0
    while i < len(a.tokens):
        found = _span_at(a, i, lang, pat)
        if found is None:
            i += 1
            continue
        span, rule = found
        if rule == "head_start":  # "Spolku rodičů při ZŠ Lipnice, z.s.": the legal form after the name is its own
            span = (span[0], bodies.legal_end(a, span[1], lang))
        placed = span[0] in place_starts and a.tokens[span[1] - 1].word not in pat.get("place_named_heads", ())
        if not _taken(a, span, rule, skip) and not placed:  # "Oxford County": a county is named by its place
            out.append((_clean_name(a.span_text(*span), pat), _prov(a, *span)))
            i = span[1]
        else:
            i += 1
    return out


def expand_head(name: str, lang: str) -> str:
    """"Harnley DC" -> "Harnley District Council": a head written as its customary abbreviation, written out."""
    words = name.split()
    full = _patterns(lang).get("head_abbreviations", {}).get(words[-1]) if len(words) > 1 else None
    return " ".join([*words[:-1], full]) if full else name
