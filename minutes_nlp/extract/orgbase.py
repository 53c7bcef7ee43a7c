"""Small helpers every institution rule shares: the language's name patterns (org_patterns.json), a token's
word, whether two tokens stand on one line and in one cell, and the provenance of a token span; and the
boundaries of names the head rules find (where a name opened or closed by a head really starts and ends:
portfolio lists, a second body after "and", possessive owners, office titles)."""

from __future__ import annotations

from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract.orgposs import after_owner
from minutes_nlp.extract.result import Provenance
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold


@cache
def _patterns(lang: str) -> dict[str, Any]:
    return dict(langdata.load(langdata.code(lang), "org_patterns"))


def _prov(a: BlockAnalysis, s: int, e: int) -> Provenance:
    return Provenance(a.block.index, a.tokens[s].start, a.tokens[e - 1].end, a.block.page)


def _word(a: BlockAnalysis, i: int) -> str:
    return a.words[i] if 0 <= i < len(a.tokens) else ""


def _joined(a: BlockAnalysis, k: int) -> bool:
    """Tokens k-1 and k are on one line and in one table cell (no newline or tab between them)."""
    gap = a.block.text[a.tokens[k - 1].end - a.block.start: a.tokens[k].start - a.block.start]
    return "\n" not in gap and "\t" not in gap


@cache
def finite_verbs(lang: str) -> frozenset[str]:
    """Folded future forms of task verbs ("zašle", "rozešle", "will send" is not one word): a name never goes on
    over them (action_cues "verbs" "future", the list the action rules read)."""
    data = langdata.load(langdata.code(lang), "action_cues")
    verbs = data.get("verbs", {})
    return frozenset(verbs.get("future", ()) if isinstance(verbs, dict) else ())


@cache
def owner_labels(lang: str) -> frozenset[str]:
    """Folded labels that open a task's owner ("Odpovídá:", "Z:"; action_cues "owner_labels")."""
    data = langdata.load(langdata.code(lang), "action_cues")
    return frozenset(data.get("owner_labels", ()))


@cache
def role_words(lang: str) -> frozenset[str]:
    """Lower-cased office words of the language (roles.json "words": "ředitelka", "treasurer"): a person's
    office, which opens no body's name."""
    code = lang if langdata.has(lang, "roles") else "en"
    return frozenset(w.lower() for w in langdata.load(code, "roles").get("words", {}))


def county_office(words: list[str], pat: dict[str, Any]) -> bool:
    """"Marlow County Clerk": an office word closing a name after "County" and the county's name (org_patterns
    "compound_heads") is a county's office, a body; "County Clerk" alone stays the office."""
    return len(words) >= 3 and words[-2] in pat.get("compound_heads", {}).get(words[-1], ())


def closing_head(a: BlockAnalysis, k: int, pat: dict[str, Any]) -> bool:
    """Token k closes a name: a head word (org_patterns "heads_end"), or a word that is one only after a word
    that makes it a kind of body ("compound_heads": "Unified School District", "Business Improvement District";
    "District" alone names an area)."""
    w = a.words[k]
    if w in pat["heads_end"]:
        return True
    compound = pat.get("compound_heads", {}).get(w, ())  # the word before is read only for these few
    return bool(compound) and _word(a, k - 1) in compound and a.tokens[k].is_cap


def second_body(a: BlockAnalysis, i: int, k: int, pat: dict[str, Any]) -> int:
    """"University of Fenby and Kestrel College": a name opened by a head (tokens i..k) whose words after an
    "and" are two or more capitalised words closed by the head of a body of their own (org_patterns
    "sibling_heads") names two bodies; the first ends before the "and". "Department of Housing and Urban
    Development" is one ("Development" heads no body). An "and" before a determiner ("University of Fenby and
    the Kestrel City Council") always ends the name: names join their words without one."""
    dets, coord = pat.get("determiners", ()), pat.get("body_coordinators", ())
    cut = next((j for j in range(i + 2, k - 1) if _word(a, j) in ("and", "&") and _word(a, j + 1) in dets
                or _word(a, j) in coord and a.tokens[j + 1].is_cap and _word(a, j + 1) in pat["heads_start"]),
               None)  # "Landratsamt Görlitz a Stadtverwaltung Zittau": a second body's head after "a" / "and"
    if cut is not None:
        return cut
    if not a.tokens[k - 1].is_cap or a.words[k - 1] not in pat.get("sibling_heads", ()):
        return k
    ands = [j for j in range(i + 2, k - 2) if a.words[j] in ("and", "&")]
    j = ands[-1] if ands else k
    return j if ands and all(a.tokens[m].is_cap for m in range(j + 1, k)) else k


def name_start(a: BlockAnalysis, k: int, i: int, pat: dict[str, Any]) -> int | None:
    """Where a name closed by the head at i really starts, or None when it is an office. "the Shire's
    Occupational Health and Safety Committee": a generic owner with a possessive (org_patterns
    "possessive_owners") is the meeting's own body, not part of the name; "Director Corporate Services",
    "Manager Governance and Risk" (titles written without "of", as Australian and New Zealand councils write
    them): an office title opening the run names an office, not a body."""
    if k + 2 < i and a.words[k] in pat.get("possessive_owners", ()) and _word(a, k + 1) in ("'", "’") \
            and _word(a, k + 2) == "s":
        k += 3
    k = after_owner(a, k, i, pat)  # "Kestrel Borough Council's Planning Committee": the unit after its owner
    matter = [j for j in range(k, i - 1) if a.words[j] in pat.get("matter_nouns", ()) and _word(a, j + 1) in (
        "of", "from", "by")]
    if matter:
        k = matter[-1] + 2  # "Request of Harapur College to ...", "Mayor's Permit of X Farm": the matter, then the body
    return None if a.words[k].lower() in pat.get("office_titles", ()) and a.tokens[k].is_cap else k


def portfolio_end(a: BlockAnalysis, k: int, pat: dict[str, Any]) -> int:
    """"Department of Energy, Environment and Climate Action": a department named by the list of its portfolios
    goes on over the commas to the list's last "and"; a listed run closed by a head of its own ("..., Kestrel
    Council and ...") or a person makes the commas a list of bodies, and the name ends at k."""
    names = {j for n in a.names for j in range(n.start, n.end)}
    j = k
    while j + 1 < len(a.tokens) and _word(a, j) in (",", "and") and _joined(a, j + 1):
        n = m = j + 1 + (_word(a, j + 1) == "the")
        while m < len(a.tokens) and m - n < 3 and a.tokens[m].is_cap and _joined(a, m) and m not in names:
            m += 1
        if m == n or (m - n > 1 and a.words[m - 1] in pat["heads_end"]) or m in names:
            return k
        if _word(a, j) == "and":
            return m
        j = m
    return k



def continues(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> bool:
    """The capitalised words right after head i make it something else ("Annual Parish Meeting") or end with a
    head of their own ("Police Department"); others do not belong to the name ("County Council Highways")."""
    k = i + 1
    if inside_longer_name(a, i, pat):
        return True
    while k < len(a.tokens) and a.tokens[k].is_cap and _joined(a, k) and k not in a.sentence_starts \
            and not a.tokens[k - 1].text.endswith("."):
        if closing_head(a, k, pat) or (k == i + 1 and a.words[k] in pat.get("not_body_after_head", ())):
            return True
        k += 1
    return k > i + 1 and a.words[k - 1] in pat.get("not_body_after_head", ())  # "X County Finance Bill": a bill


def inside_longer_name(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> bool:
    """Head i is part of a longer name, not a body's end: a plural possessive before the rest of the name
    ("Home Builders' Association", "Farmers' Union"), or a municipality's legal style ("The Corporation of the
    Town of X", org_patterns "legal_styles": the body is the town the heads_start rule finds)."""
    nxt, after = _word(a, i + 1), _word(a, i + 2)
    if nxt in ("'", "’") and after[:1].isupper() and _joined(a, i + 2):
        return True
    k = i + 2 if after == "the" else i + 1
    return a.words[i] in pat.get("legal_styles", ()) and nxt == "of" and _word(a, k + 1) in pat["heads_start"]


def firm_group(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> bool:
    """ "Northline Consulting Group": a head that names a body only where it acts ("Group") names a firm after
    a word of a trade (org_patterns "firm_heads"), wherever it stands."""
    return _word(a, i - 1) in pat.get("firm_heads", {}).get(a.words[i], ())


def fronted_object(a: BlockAnalysis, k: int, pat: dict[str, Any]) -> bool:
    """"Rada vlády doporučení přijala", "Rada kraje usnesení revokovala": Czech puts the object before the verb
    freely, so a verbal noun (org_patterns "verbal_noun_endings") right after a name's genitive attribute and
    right before a finite verb in the past (a "verb_endings" form) is that verb's object, not part of the name.
    After a preposition or an adjective it is the name's own ("Agentura pro podnikání", "Odbor územního
    plánování")."""
    w, prev, nxt = a.words[k], _word(a, k - 1), _word(a, k + 1)
    if not (w.islower() and w.endswith(tuple(pat.get("verbal_noun_endings", ()))) and nxt.islower()):
        return False
    if prev.lower() in pat["connectors"] or prev.endswith(tuple(pat.get("adjective_endings", ()))):
        return False
    past = tuple(e for e in pat["verb_endings"] if e.startswith("l"))
    return len(nxt) >= 4 and nxt.endswith(past) and not nxt.endswith(tuple(pat.get("noun_endings_like_verbs", ())))


def qualified_start(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> int:
    """"London Borough of Camden", "Regional Municipality of Durham", "Royal Borough of ...": a capitalised word
    that the statutes put before a head word (org_patterns "head_qualifiers") opens the name with it."""
    quals = pat.get("head_qualifiers", {}).get(a.words[i], ())
    return i - 1 if i > 0 and _word(a, i - 1) in quals and _joined(a, i) else _named_before(a, i, pat)


def _named_before(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> int:
    """"Marisol Institute of Oceanography", "Dublin Institute of Technology": an institute, institution or
    university whose name puts its own word before "<head> of <field>" (org_patterns "heads_named_before_of")
    starts at the capitalised words before the head; never at a determiner, a person's name or another head."""
    if a.words[i] not in pat.get("heads_named_before_of", ()) or _word(a, i + 1) != "of":
        return i
    names = {j for n in a.names for j in range(n.start, n.end)}
    stop = {*pat.get("determiners", ()), *pat.get("heads_end", ()), *pat.get("job_title_words", ()),
            *pat.get("office_titles", ())}
    k = i
    while k > 0 and i - k < 3 and a.tokens[k - 1].is_cap and _joined(a, k) and k - 1 not in names \
            and a.words[k - 1] not in stop and a.words[k - 1].lower() not in stop and k not in a.sentence_starts:
        k -= 1
    return k



def unit_owner_start(a: BlockAnalysis, start: int, i: int, end: int, pat: dict[str, Any]) -> int:
    """"Public Health Directorate of Kestrel County Council": a unit (org_patterns "unit_heads_of") named with
    "of" and the body it belongs to (a name closed by a head word) stands for that body, so the name starts
    after the "of" ("the"); "Department of Health" (no body after "of") keeps its name."""
    units = pat.get("unit_heads_of", ())
    inner = [j for j in range(start + 1, i - 1) if a.words[j] in units and a.words[j + 1] == "of"]
    if inner and closing_head(a, i, pat):
        i = inner[-1]  # "Climate Action Team of Galway County Council": a unit that is no head of its own
    if a.words[i] not in units or _word(a, i + 1) != "of" or end <= i + 2 \
            or not (closing_head(a, end - 1, pat) or _initialism_owner(a, i + 2, end)):
        return start
    return i + 2 + (_word(a, i + 2).lower() == "the" and i + 3 < end)


def _initialism_owner(a: BlockAnalysis, k: int, end: int) -> bool:
    """ "Resettlement Unit of MoSWR", "Supply Unit of the DSW": the owner after "of" is one initialism (two
    capitals or more in a short word), the body the unit belongs to."""
    k += _word(a, k).lower() == "the"
    w = _word(a, k)
    return end == k + 1 and 2 <= len(w) <= 8 and sum(c.isupper() for c in w) >= 2 and w[:1].isupper()


def dated(a: BlockAnalysis, k: int) -> bool:
    """A number with a dot ("4. 11. 2021", "28. června") is a date or an ordinal after a name, not part of it."""
    return a.words[k].isdigit() and (a.tokens[k].text.endswith(".") or _word(a, k + 1) == ".")


def qualified_generic(a: BlockAnalysis, start: int, end: int, text: str, lang: str) -> bool:
    """"Ashby Deanery Synod", "Diocese of Wexcombe": the generic name of a body each place has one of (org_patterns
    "generic_bodies": "the Diocese", "the Deanery Synod") written with a proper name before it or an "of" and a
    proper name after it is part of that longer name, which the head rules find; alone it is the gazetteer's."""
    if fold(text) not in {fold(k) for k in _patterns(lang).get("generic_bodies", {})}:
        return False
    before = start > 0 and start not in a.sentence_starts and a.tokens[start - 1].is_cap and _joined(a, start) \
        and _word(a, start - 1) not in _patterns(lang).get("determiners", ())
    after = _word(a, end) == "of" and end + 1 < len(a.tokens) and a.tokens[end + 1].is_cap
    return bool(before or after)


def _of_tail(a: BlockAnalysis, end: int, phrases: int = 2) -> int:
    """"... Chamber of Commerce", "Friends of the Library", "Council for the Protection of Children": up to two
    of-phrases of capitalised words continue a name."""
    k, dates = end, _date_words()
    for _ in range(phrases):
        if not (k + 1 < len(a.tokens) and a.words[k] in ("of", "for") and _joined(a, k)):
            break
        m = n = k + 1 + (a.words[k + 1] == "the")
        while n < len(a.tokens) and (a.tokens[n].is_cap or a.tokens[n].is_upper) and _joined(a, n) \
                and a.words[n] not in dates:
            n += 1
        if n == m:
            break
        k = n
    return k


@cache
def _date_words() -> frozenset[str]:
    """Month and weekday names: "Students' Union for the November meeting" does not name a union."""
    data = langdata.load("en", "dates")
    months = [w for forms in data.get("months", {}).values() for w in forms]
    return frozenset(w.rstrip(".").capitalize() for w in (*months, *data.get("weekdays", ())))


def generic_place_part(a: BlockAnalysis, k: int, pat: dict[str, Any]) -> bool:
    """Czech capitalises only the first word of a geographic or protected-area name ("Jizerské hory", "Národní
    park", "Chráněná krajinná oblast"): a lower-case generic noun (org_patterns "generic_place_nouns") after an
    adjective, or a lower-case adjective right before one, is part of the name, not the rest of the sentence."""
    nouns, ends = pat.get("generic_place_nouns", ()), tuple(pat.get("generic_place_adjective_endings", ()))
    w, prev = a.words[k], _word(a, k - 1)
    if w in nouns:
        return bool(ends) and prev.lower().endswith(ends) and prev.isalpha()
    return w.endswith(ends) and _word(a, k + 1) in nouns and _joined(a, k + 1)
