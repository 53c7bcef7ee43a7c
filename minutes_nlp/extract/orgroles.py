"""What stands where a person's body stands but is no body: an office ("Cllr Jane Doe (Cathaoirleach)", "Ms K.
Tobin, SEO"), or the platform the person joined by ("Cllr T. Devereux (MS Teams)").

An attendance entry gives after the name, in a bracket or after a comma, the person's body, role or way of taking
part; the actor rules read a capitalised word there as the body. The chair's titles (metadata
`approver_chair_offices` and the chair's labels), an office's initialism (org_patterns
`role_initialisms`: "SEO" Senior Executive Officer, "DoS" Director of Services, "DFO" Designated Federal Officer)
or an online platform (`online_cues`) names no institution.

A post after the name is often written in full, and its closing noun says so whatever the words before it (org_shapes
`post_nouns`: "Ms X - Legal Counsel", "Mr Y, County Pharmacist", "(Club Welfare Officer)", "CECM Health Services").
Clubs and societies list their officers by remit, "Tom Lee (Ground)", "Sue Dale (Welfare)": in a list where some
bracket holds an office, a bracket with one capitalised common word is that officer's remit, not a body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.orgbase import county_office
from minutes_nlp.extract.orgfound import ACTOR, PATTERN
from minutes_nlp.extract.result import Institution
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold


@cache
def _not_bodies(lang: str) -> frozenset[str]:
    data = mf.labels(lang).data
    words = [*data.get("approver_chair_offices", []), *data.get("fields", {}).get("chair", []),
             *data.get("online_cues", [])]
    patterns = langdata.load(langdata.code(lang), "org_patterns")
    words += [*patterns.get("role_initialisms", []), *patterns.get("role_phrases", [])]
    return frozenset(fold(w) for w in words)


def office_or_platform(word: str, lang: str) -> bool:
    """One word or initialism that is an office or a platform."""
    return fold(word).strip(" .") in _not_bodies(lang)


def role_or_platform(inst: Institution, lang: str, analyses: Sequence[BlockAnalysis] = ()) -> bool:
    """The institution's every name is an office, an office's initialism or a platform; a name the rules found by
    its shape (not the gazetteer's) may be an office by its closing noun (`post`) or an officer's remit in a list
    (`listed_remit`)."""
    if analyses and (listed_remit(inst, analyses, lang) or portfolio(inst, analyses, lang)):
        return True
    names = [inst.name, *(a for a in inst.aliases if a)]
    shaped = inst.method in (PATTERN, ACTOR)
    return all(fold(n).strip(" .") in _not_bodies(lang) or (shaped and post(n, lang)) for n in names)


def office_name(name: str, lang: str) -> bool:
    """A name that is an office, an office's initialism, a platform or a post by its closing noun."""
    return office_or_platform(name, lang) or post(name, lang)


@cache
def _posts(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The closing nouns of posts (org_shapes `post_nouns`) and the offices' initialisms (case kept)."""
    code = langdata.code(lang)
    shapes = langdata.load(code, "org_shapes") if langdata.has(code, "org_shapes") else {}
    patterns = langdata.load(code, "org_patterns")
    return frozenset(fold(w) for w in shapes.get("post_nouns", ())), frozenset(patterns.get("role_initialisms", ()))


_GRADE = re.compile(r"I{1,3}|IV|V|VI{1,3}")


def post(name: str, lang: str) -> bool:
    """"Legal Counsel", "Hansard Reporter", "County Executive Committee Member": a name closed by a post's noun and
    without "of" ("Board of Trustees", "Office of the Controller" are bodies) is an office; so is an office's
    initialism followed by its portfolio ("CECM Health Services")."""
    nouns, initialisms = _posts(lang)
    words = name.replace(",", " ").split()
    if len(words) == 2 and _GRADE.fullmatch(words[1]) and fold(words[0]) in nouns:
        return True  # "Engineer II", "Planning Officer III": a civil-service post with its salary grade
    if len(words) > 2 and _GRADE.fullmatch(words[-1]):
        words = words[:-1]
    if len(words) < 2 or not nouns:
        return False
    if words[0] in initialisms and all(w[:1].isupper() or w in ("and", "&") for w in words[1:]):
        return True
    if county_office(words, langdata.load(langdata.code(lang), "org_patterns")):
        return False  # "Marlow County Clerk": a county's office, a body
    return fold(words[-1]).strip(".") in nouns and "of" not in words


_BRACKET = re.compile(r"\(([^()]{1,60})\)")


def listed_remit(inst: Institution, analyses: Sequence[BlockAnalysis], lang: str) -> bool:
    """"Tom Lee (Ground)", "Sue Dale (Welfare)" in a list whose other brackets hold offices ("Jo Ray (Chair)"):
    one capitalised word standing alone in brackets is the officer's remit. Every mention must stand so.
    An officer's code in capitals ("Ing. T. Malý (EN)" beside "(Ř)", "(NLPP)") is defined for that person by the
    list and then stands for the person ("EN odpověděl"): it must stand so once in the document (`person_code`)."""
    name = inst.name
    if inst.method is not ACTOR or " " in name or not name[:1].isupper() or not inst.mentions:
        return False
    if name.isupper():
        return len(name) <= CODE_LETTERS and person_code(name, "\n".join(a.block.text for a in analyses), lang)
    blocks = {a.block.index: a.block for a in analyses}
    for m in inst.mentions:
        block = blocks.get(m.source.block)
        if block is None:
            return False
        lo, hi = m.source.start - block.start, m.source.end - block.start
        if block.text[:lo].rstrip()[-1:] != "(" or block.text[hi:].lstrip()[:1] != ")":
            return False
        inner = [b.group(1).split(",")[0].strip() for b in _BRACKET.finditer(block.text)]
        if not any(office_name(x, lang) or fold(x) in _role_words(lang) for x in inner if x != name):
            return False
    return True


CODE_LETTERS = 5  # an officer's code is short ("Ř", "EN", "NLPP"); a longer run of capitals names a body


def person_code(code: str, text: str, lang: str) -> bool:
    """The code stands alone in brackets in a document whose brackets also hold offices' codes ("(Ř)", "(EN)"):
    beside "(Chair)" a bracket "(WDC)" is the member's council, beside "(Ř)" a bracket "(PRÁV)" the lawyer."""
    inner = [b.group(1).split(",")[0].strip() for b in _BRACKET.finditer(text)]
    return code in inner and any(x in _posts(lang)[1] for x in inner if x != code)


def portfolio(inst: Institution, analyses: Sequence[BlockAnalysis], lang: str) -> bool:
    """"náměstek pro LPP", "zástupkyně ředitele pro TV": a code after a post and "pro" is the post's portfolio, not
    a body (org_patterns "portfolio_role_stems", "portfolio_prepositions"). Every mention must stand so."""
    pat = langdata.load(langdata.code(lang), "org_patterns")
    stems, preps = tuple(pat.get("portfolio_role_stems", ())), set(pat.get("portfolio_prepositions", ()))
    if inst.method is not ACTOR or not stems or not inst.name.isupper() or not inst.mentions:
        return False
    blocks = {a.block.index: a.block for a in analyses}
    for m in inst.mentions:
        block = blocks.get(m.source.block)
        before = block.text[:m.source.start - block.start].split()[-3:] if block else []
        if len(before) < 2 or before[-1].lower() not in preps or not any(
                fold(w).startswith(stems) for w in before[:-1]):
            return False
    return True


@cache
def _role_words(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    shapes = langdata.load(code, "org_shapes") if langdata.has(code, "org_shapes") else {}
    return frozenset(fold(w) for w in shapes.get("role_words", ()))


INITIALS_IN_USE = 3  # people's initials a document must use before any other pair of capitals counts as initials


def initialled(analyses: Sequence[BlockAnalysis], initials: set[str]) -> set[str]:
    """Club and committee minutes that refer to their members by two-letter initials ("RP chased WBC", "Action:
    JB") refer so to guests and officers named in earlier minutes too ("put the question to GN"): once a document
    uses the initials of three of the people it names, every other pair of capitals in it is a person's initials,
    not an unknown body (known bodies come from the gazetteer and the head rules, not from this)."""
    words = {w for a in analyses for w in a.words if len(w) == 2 and w.isupper() and w.isalpha()}
    return initials | words if len(words & initials) >= INITIALS_IN_USE else initials

