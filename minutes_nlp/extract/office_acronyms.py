"""Officers the body names by the acronym of the office the attendance list gives them.

Boards, trusts and schools list officers once with their office ("Mr O. Fairclough (Director of Finance and
Resources)", "Ann Lee, Head of School") and then write the office's acronym as the subject ("The DFR
presented", "HoS reported"). The acronym is built from the office's capitalised words, with "of" either dropped
(DFR, HS) or kept as a small "o" (DoFR, HoS); an acronym two listed officers share stays unresolved.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from minutes_nlp.document import Document
from minutes_nlp.extract.names import clean_person, person_like
from minutes_nlp.textutil import NAME_UPPER, whole_word

if TYPE_CHECKING:  # roleholders imports entities, which asks this module for the acronyms of offices
    from minutes_nlp.extract.roleholders import Context

_UPPER = NAME_UPPER
_NAME = rf"(?:[{_UPPER}][\w'’-]*\.?\s+){{1,3}}[{_UPPER}][\w'’-]+"
_OFFICE = r"[A-Z][\w'’-]+(?:\s+(?:of|and|for|&|the|[A-Z][\w'’-]+))+"
_NAMED = re.compile(rf"(?P<name>{_NAME})\s*(?:\(\s*(?P<paren>{_OFFICE})\s*[),;]"
                    rf"|(?:,|\s+[–—-])\s+(?P<comma>{_OFFICE})(?=\s*[,;\n|)(]|$))", re.MULTILINE)  # "X – Director (D)"
_SMALL = frozenset({"of", "and", "for", "&", "the"})
_LEAST = 2  # capitalised words an office needs for its acronym to be read as its holder


def acronyms(office: str) -> set[str]:
    """ "Director of Finance and Resources" -> {"DFR", "DoFR"}; "Head of School" -> {"HS", "HoS"}."""
    words = office.split()
    big = [w for w in words if w.lower() not in _SMALL]
    if len(big) < _LEAST:
        return set()
    plain = "".join(w[0] for w in big).upper()
    with_of = "".join(w[0].upper() if w.lower() not in _SMALL else ("o" if w.lower() == "of" else "") for w in words)
    return {plain, with_of}


def office_acronyms(doc: Document, lang: str) -> dict[str, str]:
    """Acronym -> the one person the document lists with that office."""
    if lang == "cs":
        return {}
    found: dict[str, set[str]] = {}
    for m in _NAMED.finditer(doc.text):
        name = clean_person(m.group("name"), lang)
        if not name or not (person_like(name, False, lang) or re.match(rf"[{_UPPER}]\.?\s", name)):
            continue
        for code in acronyms(m.group("paren") or m.group("comma")):
            found.setdefault(code, set()).add(name.split()[-1] + "\0" + name)
    return {code: sorted(v)[0].split("\0")[1] for code, v in found.items()
            if len({x.split("\0")[0] for x in v}) == 1 and whole_word(code).search(doc.text)}


def with_office_acronyms(context: Context, doc: Document, lang: str) -> Context:
    """The context whose initials also resolve office acronyms (the initials the document defines win)."""
    extra = office_acronyms(doc, lang)
    own = {code: name for code, name in context.initials.items()
           if _initials_agree(code, name) or person_like(name, False, lang)}  # "TDS" -> "Pavel Šimek" (defined)
    for code in context.initials.keys() - own.keys():
        named = {n for m in re.finditer(rf"(?<!\w){_NAME}", doc.text)
                 if (n := clean_person(m.group(0), lang)) and _initials_of(n) == code}
        own.update({code: named.pop()} if len(named) == 1 else {})  # "LB" -> the one "Leon Basset" written out
    return replace(context, initials={**extra, **own}) if extra or own != context.initials else context


def _initials_of(name: str) -> str:
    return "".join(w[:1] for w in re.split(r"[\s-]+", name) if w)


def _initials_agree(code: str, name: str) -> bool:
    """ "LB" -> "Leon Basset", not "LB" -> "Quality Manager" (the office written between a name and its initials,
    "Mr Leon Basset, Safeguarding and Quality Manager (LB)"): initials begin with the name's first letter and end
    with its surname's; a code that does not, given to no person-like name, is no one's initials and resolves
    nobody (a role abbreviation a document defines, "Ing. Pavel Šimek (TDS)", stays)."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return bool(words) and code[:1] == words[0][:1].upper() and code[-1:] in {w[:1].upper() for w in words[1:]}
