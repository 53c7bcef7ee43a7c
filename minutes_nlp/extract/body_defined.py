"""The body a generic noun stands for when the minutes define it only by an abbreviation in brackets.

Czech and English minutes write a department or office out once with its abbreviation in brackets ("vedoucí
odboru kultury a památkové péče (OKPP)", "the Information Management Unit (IMU)") and then either use the
abbreviation or the bare kind of body ("odbor prověří", "the Unit will circulate"). When the institutions stage
knows the abbreviation but not the written-out name, the noun is still the one body of its kind the text
defines so: the abbreviation whose bracket follows a phrase that opens with the noun (any case ending) and
whose initials it is ("odboru kultury a památkové péče" -> OKPP; "fakulta podá Ministerstvu (MŠMT)" is no
definition of the faculty).
"""

from __future__ import annotations

import re

from minutes_nlp.extract import cues
from minutes_nlp.extract.cues import fold_keep
from minutes_nlp.extract.itemctx import Ctx

_BRACKETED = r"(?<!\w)({noun}\w{{0,4}}(?:\s+[^()\s.;:,]+){{1,8}}?)\s*\(\s*([^\W\d_][\w&-]{{1,9}})\s*\)"
_GLUE = frozenset({"a", "i", "v", "ve", "pro", "na", "s", "se", "z", "ze", "k", "ke", "do", "of", "and", "for",
                   "the", "&", "-", "–"})


def defined_body(ctx: Ctx, noun: str) -> str:
    """The one known institution written as an abbreviation in brackets after a phrase that opens with `noun`
    and whose initials it is ("odboru kultury a památkové péče (OKPP)" for "odbor"), else ""."""
    known = {fold_keep(inst.name): inst.name for inst in ctx.entities.institutions if inst.mentions}
    pattern = re.compile(_BRACKETED.format(noun=re.escape(noun)))
    found = {known[fold_keep(m.group(2))] for m in pattern.finditer(fold_keep(ctx.doc.text))
             if fold_keep(m.group(2)) in known and _initials(m.group(1)) == fold_keep(m.group(2))}
    return found.pop() if len(found) == 1 else ""


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in phrase.split() if w not in _GLUE)


def named_by_head(ctx: Ctx, head: str) -> str:
    """"the full Council" in the minutes of a council's committee: the one known institution whose name ends with
    that head noun ("Kestrel County Council"), else ""."""
    key = fold_keep(head)
    found = {inst.name for inst in ctx.entities.institutions
             if inst.mentions and fold_keep(inst.name).split()[-1:] == [key]}
    return found.pop() if len(found) == 1 else ""


def unit_as_written(ctx: Ctx, text: str) -> str:
    """"It was agreed that the Roads section would prepare ...": a unit of the body named by what it does and a
    unit head ('unit_heads': section, department, team ...), capitalised as a name, is the owner as written when
    the institutions stage did not list it (owners are written as the minutes name them, never guessed)."""
    heads = cues.data(ctx.lang, "action_cues").get("unit_heads", [])
    if not heads:
        return ""
    alt = "|".join(re.escape(h) for h in heads)
    m = re.search(rf"(?<![\w-])((?:[A-Z][\w&'-]*\s+){{1,3}}(?i:{alt}))(?!\w)", text)
    return m.group(1) if m else ""
