"""Names around presenters: the name pattern of a sentence subject, the one person a document names with an
office ("Ruth Amble, Licensing Administrator"), and a surname written out where the document names the
person in full once. Split from `presenters` to keep that module small."""

from __future__ import annotations

import re

from minutes_nlp.extract.names import clean_person
from minutes_nlp.textutil import NAME_UPPER, fold

_UPPER = NAME_UPPER
# a name's words start with a capital; an abbreviation ("TS", "MŽP") is not a name's first word
NAME = (rf"(?:[{_UPPER}]\.\s?)?(?![{_UPPER}]+(?![\w'’.-]))[{_UPPER}][\w'’-]+"
        rf"(?:(?:\s+[{_UPPER}]\.)?\s+[{_UPPER}][\w'’-]+)?")  # "Linda M. Carrow": a middle initial
_NAME = NAME


def named_with(phrase: str, text: str, lang: str) -> str | None:
    """The one person the document names with `phrase` ("Vedoucí finančního odboru" -> "Mgr. Petra Holubová,
    vedoucí finančního odboru"; "Licensing Administrator" -> "Ruth Amble, Licensing Administrator")."""
    words = phrase.split()
    if not 1 <= len(words) <= 6 or re.search(r"[,;:()]", phrase):
        return None
    role = re.escape(" ".join(words))
    # "J Featherstone" in "Ms J Featherstone (Head of ...)", "Janice Albright (Town Administrator)"
    loose = rf"(?:[{_UPPER}][\w'’-]+\s)?(?:[{_UPPER}]\.?\s)?[{_UPPER}][\w'’-]+"
    pattern = (rf"(?P<name>{_NAME}), +(?:the +)?(?i:{role})(?!\w)|(?<!\w)(?i:{role}),? +(?P<name2>{_NAME})"
               rf"|(?P<name3>{loose}) *\( *(?:the +)?(?i:{role}) *[,;)]"
               rf"|^(?P<name4>[^\t\n]{{3,60}})\t(?i:{role})(?=\t|$)")  # a table row "Dr X | Dean of Education |"
    found = (next(g for g in n.groups() if g) for n in re.finditer(pattern, text, re.MULTILINE))
    names = {clean_person(g, lang) for g in found}
    people = {n for n in names if n and len(n.split()) >= 2}  # "| Clerk | Done." names nobody
    return people.pop() if len(people) == 1 else None


def full_name(name: str, text: str, first_names: frozenset[str]) -> str:
    """A surname alone or with an initial, written out where the document names the person in full once
    ("Delaney" -> "Margaret A. Delaney", "K. Vondráčková" -> "Kateřina Vondráčková")."""
    words = name.split()
    if len(words) > 2 or (len(words) == 2 and not re.fullmatch(r"[^\W\d_]\.?", words[0])):
        return name  # written out; "K. Vondráčková" and "C Hextall" are looked up
    initial = words[0][0] if len(words) == 2 else ""
    pattern = rf"(?<![\w.])([{_UPPER}][\w'’-]+(?:\s+[{_UPPER}]\.)?)\s+{re.escape(words[-1])}(?!\w)"
    found = {m.group(1) for m in re.finditer(pattern, text) if not initial or m.group(1).startswith(initial)}
    found = {f for f in found if fold(f.split()[0]) in first_names}
    return f"{found.pop()} {words[-1]}" if len(found) == 1 else name
