"""The holder of a role a task or a report names, from the roles the attendance lists give ("tajemníkovi MěÚ" for
the listed "tajemník MěÚ"), a role missing here taken from the earlier minutes' attendance lines.

Kept apart from `roleholders` (which finds holders in the running text) because it reads only the lists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from minutes_nlp.document import Document
from minutes_nlp.extract import neighbours
from minutes_nlp.textutil import fold

_STEM_KEEP = 5  # letters of a role word that survive its case ending ("tajemník" / "tajemníkovi")
_BODY_WORDS = 4  # words of a body reference after the role word ("velitel JSDH Ždánov nad Loučkou")


def holder_of(text: str, people: Sequence[tuple[str, str | None]]) -> str | None:
    """The one listed person whose role the reference `text` names: the role word in any case ("tajemníkovi
    MěÚ" for "tajemník MěÚ") and the body by its name or by the initials of its words ("velitel MP" for
    "velitel Městské policie Ždánov", "vedoucí OŽP" for "vedoucí odboru životního prostředí MěÚ"). Minutes
    list each member once with a role and then give tasks to the role; two holders leave it unresolved."""
    words = re.findall(r"[^\W\d_]+\.?", text)[:_BODY_WORDS + 1]
    if len(words) < 2:
        return None
    found = {name for name, role in people if role and _same_role(words, role.split())}
    return found.pop() if len(found) == 1 else None


def _same_role(ref: list[str], role: list[str]) -> bool:
    head, body = fold(ref[0]), ref[1:]
    own = fold(role[0]) if role else ""
    n = min(len(head), len(own), max(_STEM_KEEP, len(own) - 2))
    if len(role) < 2 or n < _STEM_KEEP or head[:n] != own[:n]:
        return False
    k = min(len(body), len(role) - 1)
    if fold(" ".join(body[:k])) == fold(" ".join(role[1:k + 1])) or _same_stems(body[:k], role[1:k + 1]):
        return True  # "tajemníkovi MěÚ zpracovat ...": the role's body words, then the task
    abbr = body[0]
    initials = "".join(w[0] for w in role[1:len(abbr) + 1])
    return len(abbr) >= 2 and abbr.isupper() and len(role) > len(abbr) and abbr.casefold() == initials.casefold()


def _same_stems(ref: list[str], role: list[str]) -> bool:
    """"ekonomického náměstka" for "ekonomický náměstek": a role led by an adjective declines its noun as well,
    so each word is compared by the stem that survives a case ending."""
    def stem(a: str, b: str) -> bool:
        a, b = fold(a), fold(b)
        n = max(_STEM_KEEP, min(len(a), len(b)) - 2)
        return a == b or len(a) >= _STEM_KEEP and len(b) >= _STEM_KEEP and a[:n] == b[:n]
    return bool(ref) and len(ref) == len(role) and all(map(stem, ref, role))


@lru_cache(maxsize=4096)
def _dashed_role(surname: str) -> re.Pattern[str]:
    """ "Šimek – tajemník MěÚ": compiled once per surname (bounded), not once per earlier minutes read."""
    return re.compile(rf"(?m){re.escape(surname)}\s*[–—-]\s*([^\n,;()]{{3,80}})")


def listed_roles(doc: Document, people: Sequence[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """The people with their roles, a role this document does not give taken from the attendance line of the
    nearest earlier minutes of the series that does ("Ing. Vladimír Šimek – tajemník MěÚ"): a series lists its
    members' roles at the first meeting and only their names later."""
    missing = [name for name, role in people if not role and name.split()]
    if not missing:
        return list(people)
    found: dict[str, str] = {}
    for prev in neighbours.load_previous(doc):
        for name in missing:
            m = _dashed_role(name.split()[-1]).search(prev.text)
            if name not in found and m:
                found[name] = m.group(1).strip(" .")
        if len(found) == len(missing):
            break
    return [(name, role or found.get(name)) for name, role in people]
