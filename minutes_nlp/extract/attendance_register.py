"""Attendance registers set out in columns ("| Name | Present | Apologies |" with ticks, "| Jméno | Přítomen |" with
"ano"/"ne") and the list a status written in a register names ("Apologies" -> absent). Split out of
`attendance_lists`, which reads the labelled lists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.names import clean_person
from minutes_nlp.textutil import fold

_REMARK = re.compile(r"\s*\([^()]*\)")
_REGISTER = ("attendees", "absent", "guests")
_ROLE_WORDS = 4  # "Chair", "Vice-Chair", "Member (Industry)": a role in a status column


def marked_columns(rows: Sequence[Sequence[str]], lang: str) -> list[tuple[str, str]]:
    """(list, person) of a register that marks presence in columns: a column per list ("| Name | Present |
    Apologies |" over "| Jane Doe | ✓ | |") or one presence column ("| Jméno | Funkce | Přítomen |" over "| Jan
    Novák | předseda | ano |"); `attendance_marks` are the marks. A section row ("| In attendance: | | |") puts
    the people under it who were there on the guests ("Present", or a remark "For item 7"). [] for a table
    without such columns."""
    lab = mf.labels(lang)
    heads = [" ".join(c.strip(" *:").lower().split()) for c in rows[0]] if rows else []
    names = {fold(h) for h in lab.data.get("name_column_headers", [])}
    presence = {fold(h) for h in lab.data.get("presence_column_headers", [])}
    named = next((i for i, h in enumerate(heads) if fold(h) in names or _name_header(h, lang)), None)
    first = named or 0
    statuses = {fold(h) for h in lab.data.get("status_column_headers", [])} if named is not None else set()
    # a "Status" column is a register's only beside a column headed as the people's names (not an action log's)
    status = ["attendees" if fold(h) in presence | statuses else lab.by_label.get(h) for h in heads]
    stand_ins = {fold(h) for h in lab.data.get("substitute_column_headers", [])}
    marks = {i for i, h in enumerate(heads) if fold(h) not in stand_ins}  # a column of substitutes marks no one
    cols = sorted((i for i, s in enumerate(status) if s in _REGISTER and i != first), key=lambda i: i not in marks)
    out = []
    section = None
    for row in rows[1:] if cols else []:
        filled = [c.strip() for c in row if c.strip()]
        if len(filled) == 1 and status_label(filled[0], lang) in ("guests", "absent"):
            section = status_label(filled[0], lang)  # "| In attendance: | | |": the rows under it
            continue
        person = clean_person(_REMARK.sub("", row[first]), lang) if first < len(row) else None
        found = next((s for s in (_marked(row[i] if i < len(row) else "", status[i], lang, fold(heads[i]) in statuses,
                                          i in marks) for i in cols) if s), None)
        found = section if section == "guests" and found == "attendees" else found
        if person and (found or section == "guests" and len(filled) >= 2):
            out.append((found or "guests", person))  # "| Dr X | Director | For item 7 |" under it
        stand_in = _stand_in(row, lang) if person and found == "absent" else None
        if stand_in:
            out.append(("attendees", stand_in))
    return out


def _stand_in(row: Sequence[str], lang: str) -> str | None:
    """ "| Ing. Jan Kos | ředitel | omluven, v zastoupení Mgr. Eva Malá |": the one who stood in for an absent
    member, named after a cue that names the substitute in the nominative (`substitutes.represented_cues`),
    attended. English registers' "represented by X" is left to the lists (a non-voting stand-in is a guest)."""
    data = mf.labels(lang).data.get("substitutes") or {}
    cues = [c for c in data.get("cues") or [] if c in (data.get("represented_cues") or [])]
    if not cues:
        return None
    cue = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, cues))})(?!\w)\s+", re.IGNORECASE)
    for cell in row:
        m = cue.search(cell)
        name = clean_person(re.split(r"[,;()]", cell[m.end():])[0], lang) if m else None
        if name:
            return name
    return None


def _marked(cell: str, status: str | None, lang: str, roles: bool = False, presence: bool = True) -> str | None:
    """The list a mark in a column labelled `status` puts its row's person on: a tick on that list; a "no" in
    a presence column on the absent (a dash in a column of substitutes, "| Člen | Náhradník | Přítomen |", is
    none); in a status column (`roles`) a role alone ("Chair") on the attendees."""
    marks = mf.labels(lang).data.get("attendance_marks", {})
    mark = fold(cell.strip().rstrip("."))
    listed_as = status_label(_REMARK.sub("", cell), lang) or _dashed_status(cell, lang)  # "In attendance (item 4)"
    if listed_as in _REGISTER:
        return listed_as  # "| Jan Novák | omluven |", "| Kylie Barnett | Minute taker |"
    if mark and mark in {fold(m) for m in marks.get("yes", [])}:
        return status
    if roles and status == "attendees" and mark and mark not in {fold(m) for m in marks.get("no", [])} \
            and not re.search(r"\d", mark) and len(mark.split()) <= _ROLE_WORDS:
        return "attendees"  # "| Jane Roe | Chair |" in a status column: a role, no absence
    return "absent" if presence and status == "attendees" and mark in {fold(m) for m in marks.get("no", [])} \
        else None


def status_label(cell: str, lang: str) -> str | None:
    """The field a status written in a register names ("Apology" -> absent; statuses that label no list, "Attended
    online", are `register_statuses`); the recorder's role ("Minute taker",
    "Zapisovatelka") puts the person on the list the language puts a recorder of the header on
    (`recorder_present_as`: Czech attendees, English guests "in attendance")."""
    lab = mf.labels(lang)
    key = " ".join(cell.lower().strip().rstrip(":").split())
    status = lab.by_label.get(key) or (lab.data.get("register_statuses") or {}).get(key)
    head = re.split(r"\s[–—-]\s", key)[0]  # "Present – joined at 10:15"
    status = status or (lab.by_label.get(head) or (lab.data.get("register_statuses") or {}).get(head) if head != key
                        else None)
    first = re.split(r"[;,]\s", key)[0].strip()  # "Absent; represented by X": an absence with its remark
    absence = lab.by_label.get(first) or (lab.data.get("register_statuses") or {}).get(first)
    status = status or (absence if first != key and absence == "absent" else None)
    return lab.data.get("recorder_present_as") if status == "recorder" else status


def _name_header(head: str, lang: str) -> bool:
    """ "Name and Designation", "Name & Organisation", "Jméno a funkce": a name column whose header names the
    person with more (`name_column_header_openers`)."""
    openers = mf.labels(lang).data.get("name_column_header_openers") or []
    return any(fold(head).startswith(fold(o)) for o in openers)


def _dashed_status(cell: str, lang: str) -> str | None:
    """ "Member – Present", "External Member – Absent (leave granted)", "člen – omluven": the role, then the
    status after a dash; the list of the status."""
    parts = re.split(r"\s[–—-]\s", _REMARK.sub("", cell).strip())
    return next((s for p in parts[1:] if (s := status_label(p, lang)) in _REGISTER), None)

