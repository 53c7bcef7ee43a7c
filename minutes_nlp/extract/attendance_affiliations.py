"""Names written with their affiliation chain in a sentence or a list: "Dr Jane Roe, Professor, Department of
Physics, Northbay University, Kelton, who could not attend ...", "Ing. Jan Novák, ředitel, Krajský úřad X,
který se omluvil".

Formal minutes (universities, public bodies, boards with external members) give a person's office, unit,
organisation and town after the name, all separated by commas, and close the entry with a relative clause. A
comma list of such parts is one person, not one name a part: after a name, a part giving an office or a unit
opens the affiliation, and the parts after it belong to it until the next part that opens with a title of a
person ("Dr", "Prof.", "Ing.") and names someone. The relative clause ("who", "který";
`relative_clause_openers`) ends the names.
"""

from __future__ import annotations

import re

from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.attendance_lists import _names_someone, _office_part
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.names import clean_person, folded_titles, person_like
from minutes_nlp.textutil import fold


def _without_clause(text: str, lang: str) -> str:
    openers = mf.labels(lang).data.get("relative_clause_openers") or []
    m = re.search(rf",\s*(?:{alt(openers)})(?!\w)", text, re.IGNORECASE) if openers else None
    return text[:m.start()] if m else text


def _titled(part: str, lang: str) -> bool:
    words = part.split()
    return bool(words) and fold(words[0]).rstrip(".") in folded_titles(lang)


def _person(part: str, lang: str) -> str | None:
    """The person a part names: a titled name, or one that reads as a person's."""
    name = clean_person(part, lang)
    return name if name and (person_like(name, _titled(part, lang), lang) or _names_someone(part, lang)) else None


def affiliated_people(text: str, lang: str) -> list[str]:
    """The people of a comma list whose names carry affiliation chains (see the module docstring); [] when the
    second part gives no office or unit (a plain list of names, read by `split_people`)."""
    parts = [p.strip() for p in _without_clause(text, lang).split(",") if p.strip()]
    first = _person(parts[0], lang) if parts else None
    if len(parts) < 3 or not first or _person(parts[1], lang) or not _office_part(parts[1], lang):
        return []
    out = [first]
    for part in parts[2:]:
        if _titled(part, lang) and (name := _person(part, lang)):
            out.append(name)
    return out
