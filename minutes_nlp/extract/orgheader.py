"""A parent body named only in a committee's running header ("X County Council – Planning SPC – date") and called
"the Council" in the text: the committee is the meeting's own body, the council one the minutes speak of. Its
provenance is the first definite reference in the body text (the header has no block)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract.result import Institution, MeetingInfo, Mention, Method, Provenance
from minutes_nlp.textutil import fold

METHOD = Method("rule:orgs.header_parent", "1")


def _parts(text: str, seps: Sequence[str]) -> list[str]:
    """The running header's parts, split on every separator the language lists."""
    parts = [text.strip()]
    for sep in seps:
        parts = [q.strip() for p in parts for q in p.split(sep)]
    return [p for p in parts if p]


def _parent(doc: Document, data: dict[str, list[str]]) -> str | None:
    """The first header part when it is a capitalised name ending with a parent head and other parts follow."""
    heads = data["heads"]
    for f in doc.furniture:
        if f.kind != "header":
            continue
        parts = _parts(f.text, data["separators"])
        first = parts[0] if len(parts) > 1 else ""
        if any(first.endswith(" " + h) and first[0].isupper() for h in heads):
            return first
    return None


def _first_ref(doc: Document, refs: Sequence[str]) -> Provenance | None:
    """Where the text first refers to the parent by a definite reference, word-bounded."""
    pat = re.compile(r"\b(?:" + "|".join(re.escape(r) for r in sorted(refs, key=len, reverse=True)) + r")\b")
    for i, b in enumerate(doc.blocks):
        m = pat.search(b.text)
        if m:
            return Provenance(i, b.start + m.start(), b.start + m.end())
    return None


def header_parents(doc: Document, lang: str, meeting: MeetingInfo,
                   found: Sequence[Institution]) -> list[Institution]:
    """The header's parent body, unless the meeting itself, a body already found or unreferenced in the text."""
    data = langdata.load(lang, "header_parents")
    name = _parent(doc, data)
    if name is None:
        return []
    own = fold(" ".join([meeting.title or "", meeting.series or ""]))
    known = {fold(x) for o in found for x in (o.name, o.full_name or "", *o.aliases) if x}
    if fold(name) in own or fold(name) in known:
        return []
    where = _first_ref(doc, data["refs"])
    if where is None:
        return []
    ref = doc.text[where.start:where.end]
    return [Institution(name, name, (), (Mention(ref, where),), "council", METHOD, 0.7)]
