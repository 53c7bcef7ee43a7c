"""Attendance rows of a header table labelled by the group its people belong to.

A header table lists the members under a label naming their group with the presence word after it
("Community Councillors present", "Trustees in attendance", "Governors absent", "Členové výboru přítomni"):
the presence word decides the list. Under the members' row, rows labelled by another group or an
organisation ("Ward Councillors", "County officers", "Police") whose value names people list those who
attended in another capacity: guests. A row labelled by an office ("Secretary", "Tajemnice") is the body's
own officer, and a count ("Members of the public | 9") names nobody.
"""

from __future__ import annotations

import re

from minutes_nlp.extract.metalabels import labels, norm
from minutes_nlp.extract.names import clean_person, split_people

_LIST_FIELDS = ("attendees", "absent", "guests")
_GROUP_WORDS = 4  # a group's name before the presence word: "Ex officio members", "Community Councillors"
_BODY_WORDS = 3  # the body after a two-word list label: "Přítomní členové | předsednictva"


def presence_after_group(cell: str, lang: str) -> str | None:
    """ "Community Councillors present" -> attendees, "Officers in attendance" -> guests, "Trustees absent" ->
    absent: a group of a few words, then a list label that closes the cell."""
    words = norm(cell.rstrip(":： ")).split()
    lab = labels(lang)
    presence = {norm(w) for w in lab.data.get("group_presence_words") or []}
    for k in (3, 2, 1):
        tail = " ".join(words[-k:])
        if len(words) > k and len(words) - k <= _GROUP_WORDS and tail in presence and not re.search(r"\d", cell):
            name = lab.by_label.get(tail)
            return name if name in _LIST_FIELDS else None
    return None


def group_row(cells: list[str], lang: str) -> bool:
    """ "| Ward Councillors | Cllr Jane Roe; Cllr Tom Hale |", "| Police | Sgt Ann Moss |": a row whose label
    names a group in a few words (no field label) and whose every part names a person."""
    from minutes_nlp.extract.roleholders import leading_role  # roleholders reads the fields, which read this

    label = cells[0].strip(" *:")
    if not label or len(label.split()) > _GROUP_WORDS or re.search(r"\d", label) or labels(lang).by_label.get(
            norm(label)) or leading_role(label, lang):
        return False  # "| Tajemnice | Lucie X |", "| Clerk | ... |": an office of the body, no other group
    value = " ; ".join(cells[1:])
    parts = [p for p in re.split(r"\s*[;\n]\s*|,\s+", value) if p.strip()]
    return bool(parts) and all(clean_person(re.sub(r"\([^)]*\)", "", p), lang) for p in parts) \
        and len(split_people(value, lang)) == len(parts) and _titled_or_full(parts, lang)


def _titled_or_full(parts: list[str], lang: str) -> bool:
    """Every part a person's name of two words at least ("Sgt Lorna X", "Jane Roe"), not a one-word unit."""
    return all(len((clean_person(re.sub(r"\([^)]*\)", "", p), lang) or "").split()) >= 2 for p in parts)


def group_label(line: str, lang: str) -> tuple[str, str] | None:
    """(label, value) of a line labelled by the body's members under a qualifier ("Community Councillors:",
    "Parish Councillors: ...", "Foundation Governors:"; `group_member_nouns` closing the label): a members'
    list; None for any other line."""
    nouns = labels(lang).data.get("group_member_nouns") or []
    if not nouns:
        return None
    m = re.match(rf"^\s*[*_]*(?P<label>(?:(?-i:[A-ZÁ-Ž])[\w'’-]*\s+){{1,2}}(?:{'|'.join(map(re.escape, nouns))}))"
                 rf"[*_]*\s*[:：][*_]*\s*(?P<value>.*)$", line, re.IGNORECASE | re.DOTALL)
    if m is None or labels(lang).by_label.get(norm(m.group("label"))):
        return None
    return m.group("label"), m.group("value")


def presence_before_group(cell: str, lang: str) -> str | None:
    """ "Přítomní členové předsednictva", "Omluvení členové rady", "Members of the Board present" read by
    `presence_after_group`: a list label, then the body it is of in a few words, is that list."""
    words = norm(cell.rstrip(":： ")).split()
    by_label = labels(lang).by_label
    for k in (3, 2):
        name = by_label.get(" ".join(words[:k]))
        if name in _LIST_FIELDS and 1 <= len(words) - k <= _BODY_WORDS and not re.search(r"\d", cell):
            return name
    return None


_ROLE_LABEL = re.compile(r"^\s*[*_]*(?P<label>[^\W\d_][\w .'’-]{1,40}?)[*_]*\s*[:：][*_]*\s*(?P<value>\S.*)$",
                         re.DOTALL)
_ROLE_WORDS = 3  # "Vice-Chair", "Místopředseda výboru", "Honorary Treasurer"


def role_line(line: str, lang: str) -> tuple[str, str] | None:
    """(label, value) of a header line naming one officer of the body by office ("Treasurer: Cara X",
    "Místopředseda: Ing. Jan Y", "Pokladní: Eva Z"): minutes of associations and small bodies list who attended
    by their offices. None for a field label, a label that is no office, or a value naming several people."""
    from minutes_nlp.extract.roleholders import leading_role  # roleholders reads the fields, which read this

    m = _ROLE_LABEL.match(line)
    if m is None or len(m.group("label").split()) > _ROLE_WORDS or labels(lang).by_label.get(norm(m.group("label"))):
        return None
    value = m.group("value").strip()
    if not leading_role(m.group("label"), lang) or len(split_people(value, lang)) != 1 \
            or not clean_person(re.split(r"[,(]", value)[0], lang):
        return None
    return m.group("label"), value


_SLASHED = re.compile(r"^\s*[*_]*(?P<a>[^\W\d_][\w .'’-]{1,30}?)\s*/\s*(?P<b>[^\W\d_][\w .'’-]{1,30}?)[*_]*\s*[:：]"
                      r"[*_]*\s*(?P<value>\S.*)$", re.DOTALL)


def slashed_label(line: str, lang: str) -> tuple[str, str, str] | None:
    """(field, label, value) of a header line whose label joins two offices of one person by a slash
    ("Administrátor / zapisovatel: Mgr. X", "Clerk / Minute Secretary: Y"): the field the one known label
    names; None when neither or both parts are labels of different fields."""
    m = _SLASHED.match(line)
    if m is None:
        return None
    by_label = labels(lang).by_label
    names = {by_label.get(norm(m.group(k))) for k in ("a", "b")} - {None}
    if len(names) != 1 or not clean_person(re.split(r"[,(]", m.group("value"))[0], lang):
        return None
    return names.pop() or "", f"{m.group('a')} / {m.group('b')}", m.group("value")
