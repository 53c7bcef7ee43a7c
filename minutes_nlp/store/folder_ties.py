"""What ties a meeting to the only series of its folder when its minutes name the body otherwise.

Archives keep one body per folder, yet one body's minutes name it in several ways: with words left out inside
the name ("Porada starostů obcí ORP X" for "Porada starostů obcí správního obvodu ORP X"), by its governing
organ alone ("Board of Trustees" under the letterhead of "X Community Trust"), or as the other organ of one
organisation in an assembly and executive pair (an owners' assembly, "Shromáždění vlastníků SVJ X", whose
resolutions the committee, "Výbor SVJ X", reports on at its next meeting). Peer bodies ("Audit Committee",
"Finance Committee") stay apart: they differ in a qualifier, not by words left out. Data:
`lang/<code>/series_ties.json`. grouping.py asks `ties` only within one folder holding one series.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.nlp.stem import stem
from minutes_nlp.textutil import fold

_WORD = re.compile(r"[\w#&]+")
KEPT_FRONT = 2  # words a shortened name keeps at its front ("Porada starostů ..."): the body and whose it is
MIN_SHARED_TAIL = 3  # words an organisation's name has, at least, for two organs to be known as its own


@cache
def _data(lang: str) -> dict[str, Any]:
    return dict(langdata.load(langdata.code(lang), "series_ties"))


@cache
def _function_words(lang: str) -> frozenset[str]:
    data = langdata.load(langdata.code(lang), "series")
    return frozenset(fold(w) for w in data["function_words"])


def _words(name: str) -> list[str]:
    return _WORD.findall(name)


def body_kind(name: str, lang: str) -> tuple[str | None, int]:
    """The body type a name's head noun gives, and where the head ends (Czech puts it first, English last)."""
    words = [fold(w) for w in _words(name)]
    phrases = [(fold(p).split(), kind) for p, kind in _data(lang)["body_words"].items()]
    found = [(i + len(ph), kind) for i in range(len(words)) for ph, kind in phrases if words[i:i + len(ph)] == ph]
    if not found:
        return None, -1
    end, kind = found[-1] if lang == "en" else found[0]
    return kind, end


@cache
def _plain(lang: str) -> frozenset[str]:
    """Words an organ is named by without naming whose it is: head nouns, function words, members."""
    return frozenset({fold(w) for w in _data(lang)["member_nouns"]} | _function_words(lang)
                     | {w for p in _data(lang)["body_words"] for w in fold(p).split()})


def _bare(name: str, lang: str) -> bool:
    """A name of an organ alone ("Board of Trustees", "Výbor", "Shromáždění vlastníků"): no word besides its head
    noun, function words and the members it is named by."""
    return body_kind(name, lang)[0] is not None and all(fold(w) in _plain(lang) for w in _words(name))


def _names_organisation(name: str, lang: str) -> bool:
    """Two words or more besides the organ's, one of them a proper name ("Tamsworth Community Trust"); a
    qualifier ("Dozorčí rada", "Finance Committee") names another organ, not the organisation."""
    rest = [w for w in _words(name) if fold(w) not in _plain(lang)]
    return len(rest) >= 2 and any(w[:1].isupper() or w[:1].isdigit() for w in rest[1:])  # noqa: PLR2004


def _left_out(short: str, full: str, lang: str) -> bool:
    """`short` is `full` with words left out inside it: the same first two words and last word, the rest in order."""
    a, b = [stem(w, lang) for w in _words(short)], [stem(w, lang) for w in _words(full)]
    if len(a) <= KEPT_FRONT or len(a) >= len(b) or a[:KEPT_FRONT] != b[:KEPT_FRONT] or a[-1] != b[-1]:
        return False
    rest = iter(b[KEPT_FRONT:])
    return all(w in rest for w in a[KEPT_FRONT:])


def _organ_alone(a: str, b: str, lang: str) -> bool:
    """One name is a bare governing organ, the other names the organisation (or the organ with it): same type."""
    if _bare(a, lang) == _bare(b, lang) or not _names_organisation(b if _bare(a, lang) else a, lang):
        return False
    kind_a, kind_b = body_kind(a, lang)[0], body_kind(b, lang)[0]
    return kind_a is not None and kind_a == kind_b


def _organisation(name: str, lang: str) -> list[str]:
    """The words after the organ's head (and the members it is named by): the organisation it belongs to."""
    _, end = body_kind(name, lang)
    members = {fold(w) for w in _data(lang)["member_nouns"]} | _function_words(lang)
    words = _words(name)[end:]
    while words and fold(words[0]) in members:
        words = words[1:]
    return [stem(w, lang) for w in words]


def _assembly_and_executive(a: str, b: str, lang: str) -> bool:
    """Two organs of one organisation that form an assembly and executive pair ("Shromáždění vlastníků SVJ X"
    and "Výbor SVJ X"): the same organisation named after each, of three words or more with a proper name."""
    kinds = (body_kind(a, lang)[0], body_kind(b, lang)[0])
    pairs = {tuple(p) for p in _data(lang)["executive_pairs"]}
    if kinds not in pairs and kinds[::-1] not in pairs:
        return False
    org_a, org_b = _organisation(a, lang), _organisation(b, lang)
    proper = any(w[:1].isupper() or w[:1].isdigit() for w in _words(a)[body_kind(a, lang)[1]:])
    return len(org_a) >= MIN_SHARED_TAIL and org_a == org_b and proper


def ties(name: str, alias: str, lang: str) -> bool:
    """Whether a meeting named `name` continues the folder's only series, known by `alias`."""
    if not name or not alias or fold(name) == fold(alias):
        return bool(name) and fold(name) == fold(alias)
    return (_left_out(name, alias, lang) or _left_out(alias, name, lang) or _organ_alone(name, alias, lang)
            or _assembly_and_executive(name, alias, lang) or _framed(name, alias, lang)
            or _same_designation(name, alias, lang))


MIN_FRAMED = 3  # words a framed name keeps, at least: whose body, what, and the head noun


def _framed(a: str, b: str, lang: str) -> bool:
    """"Sabuli Shelter/NFI Cluster" and "Sabuli Sub-national Shelter/NFI Cluster Coordination Meeting": one name
    framed by a qualifier inside and a meeting word after ('meeting_words'): both open with the same word and
    end (the meeting word off) with the same body head noun, and the shorter's words stand in the longer in order.
    Peer bodies differ in a word the other lacks ("Finance Committee", "Audit Committee"), so they stay apart."""
    x, y = sorted((_unframed(a, lang), _unframed(b, lang)), key=len)
    if len(x) < MIN_FRAMED or len(x) >= len(y) or x[0] != y[0] or x[-1] != y[-1] or body_kind(x[-1], lang)[0] is None:
        return False
    rest = iter(y[1:-1])
    return all(w in rest for w in x[1:-1])


def _unframed(name: str, lang: str) -> list[str]:
    words = [fold(w) for w in _words(name)]
    for phrase in sorted((fold(p).split() for p in _data(lang).get("meeting_words", [])), key=len, reverse=True):
        if len(words) > len(phrase) and words[-len(phrase):] == phrase:
            words = words[:-len(phrase)]
    return words


def _designation(name: str, lang: str) -> tuple[str, str | None] | None:
    """The last designation in a name ("GTSF/TC 58/WG 7 Formats" -> ("wg", "7"), "Working Group 7" -> ("wg", "7")),
    or a bare kind ("WG Meeting" -> ("wg", None)) when the name says nothing besides it and meeting words."""
    spelt = _data(lang).get("designations", {})
    text = " " + " ".join(_WORD.findall(fold(name))) + " "
    for short, phrases in spelt.items():
        for phrase in sorted(phrases, key=len, reverse=True):
            text = text.replace(f" {fold(phrase)} ", f" {short} ")
    kinds = "|".join(re.escape(k) for k in sorted(spelt, key=len, reverse=True))
    if not kinds:
        return None
    found = re.findall(rf"(?<!\w)({kinds})\s+(?:c\s+|no\s+)?(\d{{1,4}})(?!\w)", text)
    if found:
        return found[-1][0], found[-1][1]
    rest = _unframed(text, lang)
    return (rest[0], None) if len(rest) == 1 and rest[0] in spelt else None


def _same_designation(a: str, b: str, lang: str) -> bool:
    """Standards and technical bodies are known by their designation: the same kind and number, or one name
    giving the kind alone, is one group (data: series_ties designations)."""
    da, db = _designation(a, lang), _designation(b, lang)
    if not da or not db or da[0] != db[0]:
        return False
    return da[1] == db[1] or (da[1] is None) != (db[1] is None)
