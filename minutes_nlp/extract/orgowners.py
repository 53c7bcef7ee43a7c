"""Bodies named in the owner column of a task table ("| Action | Responsible | Due |" with "Human Resources",
"Provost / Highways Team", "Ad Hoc Committee on AI"): the minutes give the task to that body, which makes it an
institution even where its name has no head word a pattern knows (a department named by its function) or a
committee head that counts only where it acts. Each part of the cell ("/", "," and ";" separate owners)
written as a capitalised name of two words or more (a bracketed person after it left out) that ends with a
body's head or a unit word (org_patterns "owner_unit_words": "Human Resources", "Highways Team") and names no
person is reported; offices ("Town Clerk", "Team Leader") are not. Column headers are data (org_patterns
"owner_column_headers").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes_nlp.document import Block, BlockKind
from minutes_nlp.extract.attendance_entries import is_titled
from minutes_nlp.extract.names import clean_person, person_like
from minutes_nlp.extract.orgbase import _patterns
from minutes_nlp.extract.orgfound import PATTERN, Acc, add
from minutes_nlp.extract.result import Mention, Provenance
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold

_PARTS = re.compile(r"\s*(?:/|,|;|\+)\s*")
_REMARK = re.compile(r"\s*\([^()]*\)")
_SMALL = {"of", "on", "for", "and", "the", "&"}


def owner_bodies(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc]) -> None:
    """Add the bodies named in the owner column of every task table."""
    heads = {fold(h) for h in _patterns(lang).get("owner_column_headers", ())}
    if not heads:
        return
    for a in analyses:
        b = a.block
        if b.kind is not BlockKind.TABLE or len(b.rows) < 2:
            continue
        cols = {c for c, cell in enumerate(b.rows[0]) if fold(cell.strip(" *:")) in heads}
        for text, start in _cells(b, cols):
            for m in _named_parts(text, lang):
                s = b.start + start + m[0]
                add(found, "pat:" + fold(m[2]), Mention(m[2], Provenance(b.index, s, s + len(m[2]), b.page)), m[2],
                    kind="organisation", method=PATTERN, confidence=0.7)


def _cells(b: Block, cols: set[int]) -> list[tuple[str, int]]:
    """(text, offset in the block's text) of the cells of columns `cols` below the header row."""
    out, pos = [], 0
    for r, line in enumerate(b.text.split("\n")):
        cpos = pos
        for c, cell in enumerate(line.split("\t")):
            if r > 0 and c in cols and cell.strip():
                out.append((cell, cpos))
            cpos += len(cell) + 1
        pos += len(line) + 1
    return out


def _headed(words: list[str], lang: str) -> bool:
    """The name ends with a body's head word or a unit word ("Human Resources", "Highways Team"), or a committee
    head is followed by its subject ("Ad Hoc Committee on AI")."""
    pat = _patterns(lang)
    heads = {*pat.get("heads_end", ()), *pat.get("acting_only", ()), *pat.get("owner_unit_words", ())}
    if words[-1] in heads:
        return True
    return any(w in heads and words[k + 1] in ("on", "of", "for") for k, w in enumerate(words[:-1]) if k)


def _named_parts(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the parts of a cell that are capitalised names of two words or more, no person."""
    out, pos = [], 0
    for part in _PARTS.split(text):
        at = text.find(part, pos)
        pos = at + len(part)
        name = _REMARK.sub("", part).strip(" .")  # "Data and Observations Subcommittee (Dr. X)"
        words = name.split()
        if len(words) < 2 or not words[0][:1].isupper() or not all(
                w[:1].isupper() or w in _SMALL for w in words) or words[-1] in _SMALL:
            continue
        person = clean_person(name, lang)
        if person and (is_titled(name, lang) or person_like(person, False, lang)) or not _headed(words, lang):
            continue  # "Dr. Moskowitz", "Jane Doe": a person; "Police Chief", "ECT and SVN": no body's head
        out.append((at + part.find(name), at + part.find(name) + len(name), name))
    return out
