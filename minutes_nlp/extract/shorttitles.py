"""Shortened titles: English minutes write an officer's full title once in the running text ("The Director
of Adult Social Services reported ...") and then its head word alone ("The Director replied ..."), meaning
the holder whose full title was written last before it. Where several listed people share the head word
("Director of Place", "Director of Housing") and none was named in full before, the word names nobody.

Titles are the stated roles of `personrefs` of the form head word, link word, field (link words are data:
`title_links` in lang/<code>/person_refs.json; Czech has none, its inflected offices go by the office index).
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract.cues import fold_keep
from minutes_nlp.extract.owners import Actor

# a capitalised word right before a title word modifies it ("Associate Dean"); an article does not
_MODIFIED = re.compile(r"(?:^|\s)(?!(?:The|A|An)\s)[A-Z][\w-]*\s+$")

Short = dict[str, tuple[tuple[int, str], ...]]  # head word -> (position in Document.text, holder), in order


@cache
def _chair_words(lang: str) -> frozenset[str]:
    """The chair offices of the office lexicon (lang/<code>/role_refs.json), folded: the meeting's chair
    is "the Chair", whoever else chairs a committee."""
    code = langdata.code(lang)
    data = langdata.load(code, "role_refs") if langdata.has(code, "role_refs") else {}
    return frozenset(fold_keep(w) for w in data.get("chair_offices", []))


def _titled(role: str, links: frozenset[str]) -> bool:
    words = role.split()
    return len(words) > 2 and words[1] in links


def short_forms(doc: Document, stated: dict[str, str], links: frozenset[str], lang: str) -> Short:
    """Head word -> (position, holder) of every full mention in the running text of the stated titles it
    heads, for head words nobody holds bare (no plain "Director") that are no chair office."""
    heads = {role.split()[0] for role in stated if _titled(role, links)}
    shared = {h for h in heads if h not in stated and h not in _chair_words(lang)}
    if not shared:
        return {}
    folded = fold_keep(doc.text)
    found = [(m.start(), role, name) for role, name in stated.items()
             if _titled(role, links) and role.split()[0] in shared
             for m in re.finditer(rf"(?<![\w-]){re.escape(role)}(?![\w-])", folded)]
    lines: dict[int, set[str]] = {}
    for pos, role, _ in found:
        lines.setdefault(folded.rfind("\n", 0, pos), set()).add(role)
    out: dict[str, list[tuple[int, str]]] = {}
    for pos, role, name in found:  # a line stating several titles is the attendance list, not a reference
        if len(lines[folded.rfind("\n", 0, pos)]) == 1:
            out.setdefault(role.split()[0], []).append((pos, name))
    return {h: tuple(sorted(ms)) for h, ms in out.items()}


def short_actors(short: Short, text: str, offset: int, folded: str, found: list[Actor]) -> list[Actor]:
    """The head words of `short` in a sentence (text starts at `offset`) not inside an actor `found`
    already: the holder last named in full before, else (several holders) an unresolved office."""
    out: list[Actor] = []
    for head, mentions in short.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(head)}(?![\w-])", folded):
            start, end = offset + m.start(), offset + m.end()
            if not text[m.start()].isupper() or any(a.start < end and start < a.end for a in found) or \
                    _MODIFIED.search(text[:m.start()]):
                continue  # "Associate Dean", "Deputy Director": a title of its own
            before = [name for pos, name in mentions if pos < start]
            if before:
                out.append(Actor(before[-1], "person", start, end))
            elif len({name for _, name in mentions}) > 1:
                out.append(Actor(text[m.start():m.end()], "person", start, end, resolved=False))
    return out
