"""The short forms by which minutes name a person, and the person-reference lexicon (`person_refs.json`):
initials ("JN" of "Jan Novák", defined in brackets or in an earlier meeting of the folder), a stated role's
acronym ("CFO") or clipped form ("CoSec", "DoH"), and the tests that tell them from a body's abbreviation
("RM", "MŽP", "Students' Union (DA)"). Split from `personrefs`, which builds the document's reference maps
from these pieces.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract import neighbours
from minutes_nlp.extract.cues import fold_keep
from minutes_nlp.extract.entities import Entities
from minutes_nlp.textutil import CS_UPPER

_UP = CS_UPPER


@cache
def _data(lang: str) -> dict[str, Any]:
    code = langdata.code(lang)
    return dict(langdata.load(code, "person_refs")) if langdata.has(code, "person_refs") else {}


def _is_role(role: str, lang: str) -> bool:
    """A phrase names a role when it has a role head word and is not a role many people hold."""
    d = _data(lang)
    words = role.split()
    if not words or len(words) > int(d.get("max_role_words", 6)) or role in _folded(lang, "member_roles"):
        return False
    if _folded(lang, "clause_words").intersection(w.strip(".,") for w in words):
        return False  # "Cllr X, the Clerk will contact the police": a clause after the name, no role of his
    return any(w.strip(".,") in _folded(lang, "role_heads") for w in words)


@cache
def _folded(lang: str, key: str) -> frozenset[str]:
    return frozenset(fold_keep(w) for w in _data(lang).get(key, []))


def _norm_role(raw: str | None) -> str:
    return fold_keep(" ".join((raw or "").split())).strip(" ,.;:–-")


def initials_of(name: str) -> str:
    """"Jaroslav Nedoma" -> "JN" (first letters of the first and last word; a hyphenated surname counts once)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    return (words[0][0] + words[-1][0]).upper() if len(words) >= 2 else ""


def _fits(code: str, name: str) -> bool:
    """Bracketed capitals are the person's initials only when they open with the first name's initial and
    end with the surname's ("Jan Novák (JN)", "(JNo)"); "Jan Novák (MŽP)" gives his institution instead."""
    own = initials_of(name)
    return bool(own) and fold_keep(code[0]) == fold_keep(own[0]) and fold_keep(code[-1]) == fold_keep(own[-1])




def _claimed(token: str, doc: Document, entities: Entities) -> bool:
    """An institution is called `token` by name or by a definition the text writes ("Město Mlýnice (MM)");
    capitals that do not start like the body ("Students' Union (DA)") are the person acting for it."""
    if any(inst.name == token for inst in entities.institutions):
        return True
    if not _in_brackets(token, doc.text):
        return False  # no "(token)" anywhere: no definition below can match
    for inst in entities.institutions:
        for key in (inst.name, inst.full_name, *inst.aliases):
            if key and key != token and fold_keep(key[0]) == fold_keep(token[0]) and \
                    re.search(rf"{re.escape(key)}\s*\(\s*{re.escape(token)}\s*[,)]", doc.text):
                return True
    return False


def _in_brackets(token: str, text: str) -> bool:
    """The text writes `token` first in brackets ("(MM)", "(MM, ...)"), as every definition `_claimed` looks
    for does: one scan per token instead of one per token and institution name."""
    return _bracketed(token).search(text) is not None


@lru_cache(maxsize=4096)
def _bracketed(token: str) -> re.Pattern[str]:
    """`token` first in brackets, compiled once per token (bounded): re's own cache kept dropping it."""
    return re.compile(rf"\(\s*{re.escape(token)}\s*[,)]")


def _bare_body(token: str, entities: Entities) -> bool:
    """A "body" the orgs stage knows only as these capitals ("K Lindqvist (DASS)"), with no name it stands
    for: when the capitals spell a role one listed person holds ("Director of Adult Social Services"), the
    role's holder is meant, not a body."""
    return any(inst.name == token and not inst.full_name and set(inst.aliases) <= {token}
               for inst in entities.institutions)


def _body_word(token: str, entities: Entities, lang: str) -> bool:
    """Capitals that name a body ("RM" rada města, an institution's alias): a listed name's initials that
    coincide with them are no evidence that the person is meant."""
    if token in _body_abbreviations(lang):
        return True
    return any(token == inst.name or token in inst.aliases and _starts_like(token, inst.name)
               for inst in entities.institutions)


def _starts_like(token: str, name: str) -> bool:
    """An abbreviation starts like the body's name ("MŽP", "SŽ"); capitals in brackets after a body that do
    not ("Students' Union (DA)") are the initials of the person acting for it, whatever the aliases say."""
    words = re.findall(r"\w+", name)
    return bool(words) and fold_keep(token[0]) == fold_keep(words[0][0])


@cache
def _body_abbreviations(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    data = langdata.load(code, "bodies") if langdata.has(code, "bodies") else {}
    return frozenset(a for b in data.get("bodies", []) for a in b.get("abbreviations", []))


def _derived(entities: Entities, taken: set[str], lang: str) -> dict[str, set[str]]:
    """Initials of listed full names (a name of two words at least, not a role phrase), for codes not
    defined otherwise."""
    out: dict[str, set[str]] = {}
    for person in entities.people:
        code = initials_of(person.name)
        if code and code not in taken and len(person.name.split()) >= 2 and not _is_role(_norm_role(person.name), lang):
            out.setdefault(code, set()).add(person.name)
    return out


_DEFINED = re.compile(rf"(?P<name>[{_UP}][\w'’-]+\s+[{_UP}][\w'’-]+)\s*\(\s*(?P<ini>[{_UP}]{{2,3}})\s*[,;)]")


def _from_earlier(doc: Document, wanted: set[str]) -> dict[str, set[str]]:
    """Initials an earlier meeting of the same folder defined ("Ing. Jan Novák (JN, ...)"), only for a
    name whose own initials they are: the series introduces its people once."""
    out: dict[str, set[str]] = {}
    for prev in neighbours.load_previous(doc) if wanted else []:
        for m in _DEFINED.finditer(prev.text):
            ini, name = m.group("ini"), m.group("name")
            if ini in wanted and ini not in out and initials_of(name) == ini:
                out.setdefault(ini, set()).add(name)
        if not wanted - out.keys():
            break
    return out


def _clipped_roles(tokens: set[str], stated: dict[str, str], lang: str) -> dict[str, str]:
    """"DoH" for the one "Director of Housing", "CoSec" for the one "Company Secretary": a mixed-case short
    form that reads as the beginnings of the stated role's words in order (see `_clips`)."""
    skip = _folded(lang, "acronym_skip")
    found: dict[str, set[str]] = {}
    for role, name in stated.items():
        words = [w for w in re.split(r"[\s-]+", role) if w]
        for token in tokens:
            if len(words) >= 2 and _clips(token, words, skip):
                found.setdefault(token, set()).add(name)
    return _unique(found)


def _clips(token: str, words: list[str], skip: frozenset[str]) -> bool:
    """Whether `token` is the role's words clipped in order: each content word gives a capitalised beginning
    ("Co" + "Sec"), a function word ("of") its lower-case first letter or nothing ("DoH", "DH")."""
    if not words:
        return not token
    word, rest = words[0], words[1:]
    if word in skip:
        return _clips(token, rest, skip) or (token[:1] == word[:1] and _clips(token[1:], rest, skip))
    if not token[:1].isupper():
        return False
    return any(fold_keep(token[:k]) == word[:k] and _clips(token[k:], rest, skip)
               for k in range(1, len(token) + 1) if token[1:k].islower() or k == 1)


def _unique(found: dict[str, set[str]]) -> dict[str, str]:
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}




def _acronyms(stated: dict[str, str], lang: str) -> dict[str, str]:
    """"CFO" for the one "Chief Financial Officer": the capitals of a stated role of two words or more
    (function words left out), when no other role shares them."""
    skip = _folded(lang, "acronym_skip")
    found: dict[str, set[str]] = {}
    for role, name in stated.items():
        words = [w for w in re.split(r"[\s-]+", role) if w and w not in skip]
        if len(words) >= 2 and all(w[0].isalpha() for w in words):
            found.setdefault("".join(w[0] for w in words).upper(), set()).add(name)
    return _unique(found)
