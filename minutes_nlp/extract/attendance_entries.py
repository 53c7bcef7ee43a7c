"""The entries of an attendance list read one person at a time: "Ms Ann Poe – Director of Finance and Resources
(AP), Mr Tom Hill – Partner, Hale & Oakes LLP". An entry names the person first and gives the office (and the
firm) after a dash or comma; an "and"/"a"/"&" inside an office ("Safeguarding and Quality Manager", "Digitální a
informační agentura") joins words, not people, so it must not split off a "name".

Split out of `attendance_lists`, which reads whole lists; the recorder readers (`metapeople`) use
`person_entries` to find the one entry whose office marks the minute-taker.
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.names import clean_person, folded_titles, name_titles, person_like, split_people
from minutes_nlp.textutil import fold

_REMARK = re.compile(r"\s*\([^()]*\)")


def is_titled(text: str, lang: str) -> bool:
    """The text opens with a name title or office written before names ("Ing.", "Cllr", "starosta")."""
    first = fold(text.split()[0]).rstrip(".")
    return first in folded_titles(lang)


def body_noun(name: str, lang: str) -> bool:
    """ "tajemník Výboru", "předsedkyně Rady": an office before the body's noun, inflected (series.json
    `head_nouns` whose form is not the lemma), leaves that noun alone where a name would stand; it is no one."""
    nouns = langdata.load(langdata.code(lang), "series").get("head_nouns", {})
    entry = nouns.get(fold(name)) or nouns.get(name.lower())
    return " " not in name and bool(entry) and fold(entry[0]) != fold(name)


_NAME_DASH_ROLE = re.compile(r"^(\s*)(\S[^–—]*?)\s+[–—-]\s+\S.*$", re.DOTALL)


def roles_after_dash(value: str, lang: str) -> str:
    """ "Ms Ann Poe – Director of Finance and Resources (AP), Mr Tom Hill – Partner, Hale & Oakes LLP": an entry
    that names the person first and gives the office after a dash; the office, and the comma parts that go on
    with it (the firm after a partner's office) up to the next person, name no one, so an "and" or "&" inside
    them must not split off a name ("Quality Manager", "Oakes")."""
    out, in_role = [], False
    for part in re.split(r"([,;\n])", value):
        if part in (",", ";", "\n"):
            in_role = in_role and part == ","
            out.append(part)
            continue
        m = _NAME_DASH_ROLE.match(part)
        unit = _unit_before_dash(part, lang) if m else None
        if unit is not None:
            out.append(unit)  # "History – Jane Doe": members listed by department, the name after the dash
            in_role = False
        elif m and clean_person(_REMARK.sub("", m.group(2)), lang):
            out.append(m.group(1) + m.group(2))
            in_role = True
        elif (in_role or _joined_words(part, lang)) and not _names_a_person(part, lang):
            out.append("")  # "Mgr. X, Digitální a informační agentura": an "a" before a lower-case word joins words
        else:
            out.append(part)
            in_role = False
    return "".join(out)


def _unit_before_dash(part: str, lang: str) -> str | None:
    """ "History – Jane Doe", "Ward 3 – Cllr Tom Walsh": a line opened by a unit (a department, a ward, a
    college) that names no one, a dash, and a full name: the name after the dash, else None."""
    pieces = re.split(r"\s[–—-]\s", part, maxsplit=1)
    if len(pieces) != 2:
        return None
    before, after = pieces[0], _REMARK.sub("", pieces[1]).strip()
    name = clean_person(after, lang) if after else None
    if not name or len(name.split()) < 2 or not person_like(name, is_titled(after, lang), lang):
        return None
    first = clean_person(_REMARK.sub("", before), lang)
    return None if first and person_like(first, is_titled(before.strip(), lang), lang) else after


def person_entries(value: str, lang: str) -> list[tuple[str, list[str]]]:
    """(person, role parts) of each entry of a list: "Ms Ann Poe – Chief Executive (AP), Mr Tom Hill – Company
    Secretary and clerk to the Board" gives Ann Poe with ["Chief Executive"] and Tom Hill with ["Company
    Secretary", "clerk to the Board"]. A comma part that names no person goes on with the entry before it (an
    office, a firm); a dash, and an "and" before a lower-case word, split the role into its parts."""
    out: list[tuple[str, list[str]]] = []
    for group in re.split(r"[;\n]", value):
        for part in _REMARK.sub("", group).split(","):
            head, *roles = [r.strip(" .") for r in _ROLE_SPLIT.split(part)]
            roles = [x.strip(" .") for r in roles for x in re.split(r"\s(?:and|a|&)\s", r)]  # "X and Secretary"
            person = clean_person(head, lang) if _names_a_person(head, lang) else None
            if person:
                out.append((person, [r for r in roles if r]))
            elif out and part.strip(" ."):
                out[-1][1].extend(r for r in [head, *roles] if r)
    return out


_ROLE_SPLIT = re.compile(r"\s[–—-]\s|\s(?:and|a|&)\s(?=[a-zá-ž])")


def _joined_words(part: str, lang: str) -> bool:
    """The part joins words, not people: a list joiner ("a", "and", "&") before a lower-case word that is no
    name title ("Digitální a informační agentura", "Finance and resources"; "a p. Novák" joins a person)."""
    titles = folded_titles(lang)
    return any(fold(m.group(1)).rstrip(".") not in titles for m in _joiner_rxs(lang)[1].finditer(part))


@cache
def _joiner_rxs(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str]]:
    """The list joiners ("a", "and", "&") between two pieces of a part, and before the word after them: built
    once per language from `list_splitters` (asked for at every entry of every list)."""
    joiners = sorted(j.strip() for j in mf.labels(lang).data["list_splitters"] if j.strip(" ,;\n"))
    between = re.compile(rf"\s(?:{alt(joiners + ['&'])})\s") if joiners else None
    return between, re.compile(rf"\s(?:{alt(joiners + ['&'])})\s+((?-i:[a-zá-ž])[\w.]*)")


@cache
def _dotted_titles(lang: str) -> frozenset[str]:
    """Folded titles written with a dot or longer than three letters ("doc.", "PhDr."), without the dot."""
    return frozenset(fold(t).rstrip(".") for t in name_titles(lang) if t.endswith(".") or len(t) > 3)


def _names_a_person(part: str, lang: str) -> bool:
    """A comma part holds a person: titled ("Cllr Hale") or a name the lexicon reads as one, alone or joined by
    "and"/"&" to another."""
    split = _joiner_rxs(lang)[0]
    pieces = split.split(_REMARK.sub("", part)) if split else [part]
    for piece in pieces:
        name = clean_person(piece, lang)
        if name and person_like(name, is_titled(piece.strip(), lang), lang) and not body_noun(name, lang):
            return True  # "tajemník Výboru" names the body, not a person
    # "proděkanka pro vědu a zahraniční vztahy doc. PhDr. Dana X": an office before a titled name
    titles = _dotted_titles(lang)
    titled = any(fold(w).rstrip(".") in titles for w in re.findall(r"[^\W\d_][\w.]*\.", part))  # "doc.", "PhDr."
    return titled and any(len(n.split()) >= 2 and person_like(n, True, lang) for n in split_people(part, lang))
