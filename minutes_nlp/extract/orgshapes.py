"""Names found by their shape (a name pattern, a capital word standing where an actor stands, a kind of body)
that real minutes use for something other than a body: an office held by a person ("Chair", "Partner",
"Místostarosta"), a document, plan, programme or event ("Code of Fundraising Practice", "... Action Plan
Update", "Výzva MAS"), a document's abbreviation ("s PENB ze dne"), a subject written as a heading
("Safeguarding", "Leadership"), an academic discipline a member is listed by ("Chemistry"), a body's name used
inside an office's title ("Local Authority Designated Officer"), and a kind of body named only in lower case
and never by its own name ("povodňové komise", "obce bez vlastní základní školy"), which speaks of the kind in
general. Gazetteer hits and names with a legal form are always kept. The classes are data:
lang/<lang>/org_shapes.json.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract.orgbase import finite_verbs
from minutes_nlp.extract.orgfound import ACTOR, BODY, PATTERN
from minutes_nlp.extract.result import Institution
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold


@cache
def _data(lang: str) -> dict[str, Any]:
    return dict(langdata.load(lang, "org_shapes")) if langdata.has(lang, "org_shapes") else {}


@cache
def _folded(lang: str, key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _data(lang).get(key, ()))


def not_a_body(inst: Institution, analyses: Sequence[BlockAnalysis], lang: str) -> bool:
    """`inst` has a body's shape but names an office, a document, an event, a subject or a kind in general."""
    if _in_general(inst, analyses, lang):
        return True
    if inst.method is BODY:
        return _unnamed_kind(inst, analyses, lang)
    if inst.method is PATTERN and _word_before_form(inst.name, lang):
        return True
    if inst.method not in (PATTERN, ACTOR) or _legal_form(inst.name, lang):
        return False
    return _role(inst.name, lang) or _thing(inst.name, lang) or _document_acronym(inst, lang) \
        or _topic(inst, analyses, lang) or _in_office_title(inst, analyses, lang) or _subject(inst.name, lang) \
        or _government_level(inst.name, lang) or _status_kind(inst.name, lang)


def _status_kind(name: str, lang: str) -> bool:
    """"Affiliated College", "Constituent Colleges", "Autonomous Institution": a kind of school by its status
    towards a university or the state (org_shapes "status_adjectives" before "status_heads"), the category a
    member is listed by ("Member (Affiliated College)"), no body."""
    words = name.split()
    return len(words) >= 2 and fold(words[-1]) in _folded(lang, "status_heads") and all(
        fold(w) in _folded(lang, "status_adjectives") for w in words[:-1])


def _government_level(name: str, lang: str) -> bool:
    """"Local Government", "Central Government": a tier of the state named by its level (org_shapes
    "government_levels"), no body."""
    words = name.split()
    return len(words) >= 2 and words[-1] in ("Government", "Governments") and all(
        fold(w) in _folded(lang, "government_levels") for w in words[:-1])


def _subject(name: str, lang: str) -> bool:
    """"Jane Doe (Chemistry)", "| Department | Computer Science |": an academic discipline alone is the field a
    member of a faculty body is listed by (org_shapes "subject_names"), not a body."""
    return fold(name) in _folded(lang, "subject_names")


def _legal_form(name: str, lang: str) -> bool:
    """"Harwick Builders Limited", "Stavby Novák, s.r.o.": a registered name is a body whatever its words."""
    forms = {fold(f).rstrip(".") for f in langdata.load(lang, "org_patterns").get("legal_forms", ())}
    words = [fold(w).strip(",.") for w in name.split()]
    tail = {" ".join(words[-n:]) for n in (1, 2, 3)}
    return bool(forms & tail) or any(fold(name).rstrip(".").endswith(f) for f in forms if "." in f or " " in f)


def _word_before_form(name: str, lang: str) -> bool:
    """"ZDRŽEL SE 0" in a vote line: a legal form that is also a common word ("SE", Societas Europaea, is the
    Czech reflexive "se" written in capitals) after a word the genre never uses as a name (vote words, labels:
    org_patterns "not_institutions") makes no registered name."""
    words = name.split()
    if len(words) != 2:
        return False
    pats = langdata.load(lang, "org_patterns")
    return words[1] in pats.get("legal_forms", ()) and words[0] in pats.get("not_institutions", ())


def _role(name: str, lang: str) -> bool:
    """"Chair", "Vice-Chair", "Chief Executive", "Místostarosta": the whole name is an office held by a person;
    a rank word before one ("Deputy Clerk", "Acting Chair") keeps it an office."""
    roles, words = _folded(lang, "role_words"), name.split()
    if fold(name) in roles:
        return True
    ranks = _folded(lang, "role_ranks")
    return len(words) >= 2 and fold(words[0]) in ranks and fold(" ".join(words[1:])) in roles | _job_words(lang)


@cache
def _job_words(lang: str) -> frozenset[str]:
    """The nouns of job titles (org_patterns "job_title_words"): "Executive" only with a rank before it."""
    return frozenset(fold(w) for w in langdata.load(lang, "org_patterns").get("job_title_words", ())) | {
        fold(w) for w in _data(lang).get("rank_nouns", ())}


def _thing(name: str, lang: str) -> bool:
    """A document, plan or event: its head noun closes an English name ("Climate Emergency Action Plan Update"),
    opens an English "<head> of ..." name ("Code of Fundraising Practice") or opens a Czech name ("Plán
    odpadového hospodářství")."""
    words = name.split()
    if len(words) < 2:
        return False
    if words[1] in ("of", "for", "on") and words[0] in langdata.load(lang, "org_patterns").get("heads_start", ()):
        return False  # "Office of Management and Budget": the body's head comes first, its remit after "of"
    if fold(words[-1]) in _folded(lang, "thing_heads"):
        return True
    if fold(words[0]) in _folded(lang, "document_of_heads") and words[1] == "of":
        return True
    return fold(words[0]) in _folded(lang, "thing_heads_first")


def _document_acronym(inst: Institution, lang: str) -> bool:
    """"s PENB ze dne", "školení k DPP", "the DPIA": the abbreviation of a document, permit or contract."""
    return inst.method is ACTOR and not inst.full_name and inst.name in _data(lang).get("document_acronyms", ())


def _topic(inst: Institution, analyses: Sequence[BlockAnalysis], lang: str) -> bool:
    """"25/38 Safeguarding", "Leadership": one capitalised abstract noun (org_shapes "topic_endings") that the
    same minutes also write in lower case is a subject, not a body."""
    name = inst.name
    endings = tuple(_data(lang).get("topic_endings", ()))
    if " " in name or not endings or not name[:1].isupper() or name.isupper() or not name.lower().endswith(endings):
        return False
    low = name.lower()
    return any(low in a.words for a in analyses)


def _in_office_title(inst: Institution, analyses: Sequence[BlockAnalysis], lang: str) -> bool:
    """"the county's Local Authority Designated Officer": every mention runs on into an office's closing word
    (org_shapes "role_compound_tails"), so the name is part of a person's office."""
    tails = tuple(_data(lang).get("role_compound_tails", ()))
    blocks = {a.block.index: a.block for a in analyses}
    if not tails or not inst.mentions:
        return False
    for m in inst.mentions:
        block = blocks.get(m.source.block)
        after = block.text[m.source.end - block.start:].lstrip() if block is not None else ""
        if not after.startswith(tails):
            return False
    return True


def _unnamed_kind(inst: Institution, analyses: Sequence[BlockAnalysis], lang: str) -> bool:
    """"kontakty na povodňové komise", "zahrnout i mateřské školy": a kind of body that districts and towns have
    many of, named by its kind alone and only in lower case, is the kind in general; unless the text makes it
    act ("hodnotící komise doporučila", "inventarizační komise předloží"): then it is the one the minutes mean."""
    kinds = _folded(lang, "generic_unnamed_kinds")
    if fold(inst.name) not in kinds or not inst.mentions or any(m.text[:1].isupper() for m in inst.mentions):
        return False
    blocks = {a.block.index: a.block for a in analyses}
    return not any(_acts(blocks[m.source.block].text[m.source.end - blocks[m.source.block].start:], lang)
                   for m in inst.mentions if m.source.block in blocks)


def _in_general(inst: Institution, analyses: Sequence[BlockAnalysis], lang: str) -> bool:
    """"ředitelé všech ZŠ a MŠ v regionu", "všechny MAS v kraji": a kind or an acronym that only ever follows a
    word of quantity over many (org_shapes "general_determiners") speaks of every body of that kind, none of them
    named; one mention without it names the body."""
    dets = _folded(lang, "general_determiners")
    blocks = {a.block.index: a.block for a in analyses}
    if not dets or not inst.mentions or any(m.source.block not in blocks for m in inst.mentions):
        return False
    for m in inst.mentions:
        block = blocks[m.source.block]
        before = block.text[:m.source.start - block.start].split()
        if not before or fold(before[-1]) not in dets:
            return False
    return True


def _acts(after: str, lang: str) -> bool:
    """The word after a mention is a finite verb: a past or present form (org_shapes "finite_verb_endings") or a
    task verb's future form ("předloží", "zajistí": action_cues)."""
    words = after.split(maxsplit=1)
    word = words[0].strip(".,;:") if words else ""
    return word.islower() and (word.endswith(tuple(_data(lang).get("finite_verb_endings", ())))
                               or fold(word) in finite_verbs(lang))
