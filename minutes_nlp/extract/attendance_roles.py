"""A comma part of a Czech attendance entry that opens with a lower-case word gives the person's role and body,
not another person: "Omluven: Ing. Petr Lom, ředitel KVK Lhotka", "Hosté: Mgr. Eva Malá, vedoucí odboru
školství, Jan Dub".

Czech writes offices and their bodies in lower case after the name ("ředitel Muzea Lhotka", "členka výboru",
"zástupkyně rodičů"), and a person's name never opens with a lower-case word except a title ("doc.", "p.", "pí").
Read as a list item, such a part left the body's name ("Muzea Lhotka", or "Lhotka" once an initialism was
dropped) as a person. Only languages that write offices in lower case (`role_after_comma_in_groups` unset).
"""

from __future__ import annotations

import re

from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.names import clean_person, folded_titles, person_like
from minutes_nlp.textutil import fold

_POLITE = frozenset({"pan", "pani", "pi", "sl", "slecna", "kolega", "kolegyne"})


def _full_person(part: str, lang: str) -> bool:
    name = clean_person(part, lang)
    return bool(name) and len((name or "").split()) >= 2 and person_like(name or "", False, lang)


def _role_part(part: str, lang: str) -> bool:
    """The part opens with a lower-case office ("ředitel", "vedoucí"; not a dotted title "doc.", "p.", nor a
    polite "pan", "paní") and names no person after it ("ředitel Muzea Lhotka", not "starosta Jan Novák")."""
    m = re.match(r"\s*([^\W\d_][\w.]*)", part)
    if m is None or not m.group(1)[:1].islower() or m.group(1).endswith("."):
        return False
    if fold(m.group(1)) in _POLITE or re.match(r"\s*(?:a|i|and)\s", part) or _titled_surname(part, lang):
        return False
    return not _full_person(part, lang)


def _titled_surname(part: str, lang: str) -> bool:
    """ "primátorka Ing. Nováková", "krajský ředitel policie plk. JUDr. Král": an office before a dotted title
    and a capitalised surname is how Czech lists officials by role; the part names a person, not a role."""
    dotted = {t for t in folded_titles(lang) if len(t) > 1}
    words = part.split()
    return any(w.endswith(".") and fold(w).rstrip(".") in dotted and nxt[:1].isupper()
               for w, nxt in zip(words, words[1:], strict=False))


def without_role_parts(value: str, lang: str) -> str:
    """The list value without the comma parts that give a role (see the module docstring): only right after a
    part that names a person in full ("Ing. Petr Lom, ředitel KVK Lhotka")."""
    if mf.labels(lang).data.get("role_after_comma_in_groups") or "," not in value:
        return value
    parts = re.split(r"([,;\n])", value)
    out: list[str] = []
    for i, p in enumerate(parts):
        if i % 2 == 0 and i >= 2 and parts[i - 1] == "," and _role_part(p, lang) and _full_person(parts[i - 2], lang):
            out.pop()  # the comma before it
            continue
        out.append(p)
    return "".join(out)
