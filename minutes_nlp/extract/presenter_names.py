"""Names around presenters: the name pattern of a sentence subject, the one person a document names with an
office ("Ruth Amble, Licensing Administrator"), a surname or a first name written out where the document
names the person in full once, and the presenters an agenda list gives after an item's title ("(TH / MP)").
Split from `presenters` to keep that module small."""

from __future__ import annotations

import re

from minutes_nlp.document import Document
from minutes_nlp.extract.names import clean_person
from minutes_nlp.textutil import NAME_UPPER, fold

_UPPER = NAME_UPPER
# a name's words start with a capital; an abbreviation ("TS", "MŽP", "MěÚ") is not a name's first word
_ABBREVIATION = rf"[{_UPPER}]+(?![\w'’.-])|[{_UPPER}]\w{{0,3}}[{_UPPER}](?![\w'’.-])"  # "MŽP", "MěÚ"
NAME = (rf"(?:[{_UPPER}]\.\s?)?(?!{_ABBREVIATION})[{_UPPER}][\w'’-]+"
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
    people = {n for n in names if n and len(n.split()) >= 2 and not _spelled_out(n, phrase)}  # "| Clerk | Done."
    return people.pop() if len(people) == 1 else None


def _spelled_out(name: str, abbreviation: str) -> bool:
    """ "Business Manager" before "(SBM)" in "School Business Manager (SBM)": the words an abbreviated role
    stands for, not a person."""
    initials = "".join(w[0] for w in name.split()).upper()
    return abbreviation.isupper() and abbreviation.endswith(initials)


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
    if len(found) == 1:
        return f"{found.pop()} {words[-1]}"
    return _first_name_written_out(name, text, first_names) if len(words) == 1 else name


def _first_name_written_out(name: str, text: str, first_names: frozenset[str]) -> str:
    """ "Sam (PM) presented" -> "Sam Whitlock": a first name alone, where the document names one person with
    it in full (notes call colleagues by first name once the list has introduced them)."""
    if fold(name) not in first_names:
        return name
    found = set(re.findall(rf"(?<![\w.]){re.escape(name)}\s+((?-i:[{_UPPER}])[\w'’-]+)(?!\w)", text))
    found = {f for f in found if not f.isupper()}  # "Sam PM" is no surname
    return f"{name} {found.pop()}" if len(found) == 1 else name


def programme_tail(doc: Document, start: int, title: str) -> str:
    """The presenters the agenda list at the top gives in parentheses after the item's title, when its heading
    in the body leaves them out: "4. Release 2 delivery update (TH / MP)" over "## 4. Release 2 delivery
    update"."""
    folded = fold(title).rstrip(" .")
    for b in doc.blocks[:start]:
        text = re.sub(r"^\s*\d{1,3}[.)]\s+", "", b.text).strip()  # a label typed in, as a PDF gives it
        if b.kind.value == "list_item" and folded and fold(text).startswith(folded):
            m = re.fullmatch(r"\((?P<tail>[^()]*(?:\([^()]*\)[^()]*)*)\)", text[len(folded):].strip())
            return m.group("tail") if m else ""
    return ""


def tail_initials(tail: str, initials: dict[str, str]) -> list[str]:
    """ "(TH / MP)", "(SO)": a tail of initials only, each resolved by the meeting's `initials`; else []."""
    parts = [p.strip() for p in re.split(r"[/,;&]|\s+and\s+", tail) if p.strip()]
    if not parts or not all(re.fullmatch(rf"[{_UPPER}]{{2,3}}", p) for p in parts):
        return []
    people = [initials.get(p) for p in parts]
    return [p for p in people if p] if all(people) else []
