"""What extract/orgs.py collects for each institution while it reads a document, and the actor test the
rules share: an unknown name is a body where the text makes it act ("z MAS", "| ISFOR", "with HMRC")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract.mentions import RawMention, not_institution
from minutes_nlp.extract.orgbase import owner_labels
from minutes_nlp.extract.orgnames import _joined, _patterns, _word
from minutes_nlp.extract.result import Mention, Method, Provenance
from minutes_nlp.nlp.names import lexicon
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold

GAZ = Method("rule:orgs.gazetteer", "1")


PATTERN = Method("rule:orgs.pattern", "1")


ACTOR = Method("rule:orgs.actor", "1")


BODY = Method("rule:orgs.body", "1")


@dataclass


class Acc:
    """Everything found for one institution while scanning the document."""

    used: Counter[str] = field(default_factory=Counter)
    full_name: str | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    kind: str | None = None
    method: Method = GAZ
    confidence: float = 0.9
    abbreviation: str | None = None  # an abbreviation the text defines or spells for it ("DPMLO", "OD MMLO")


def is_actor(a: BlockAnalysis, s: int, e: int, lang: str) -> bool:
    """Tokens [s, e) stand where an actor stands: after "z"/"s"/"od", in "(X)" or "| X", or listed with bodies."""
    before = set(_patterns(lang)["actor_before"])
    prev, nxt = _word(a, s - 1), _word(a, e)
    if prev in before or (s - 1 in a.sentence_starts and prev.lower() in before):
        return True
    if prev == "|" or (prev == "(" and nxt == ")") or after_person(a, s, e, lang) or _labels_people(a, s, e, lang) \
            or (nxt == "(" and e + 1 in {n.start for n in a.names}) or _cell_alone(a, s, e, lang):
        return True  # "UTW (Tom)": a body and its person; "| ECT |": alone in a cell of a table
    ends = {h.end for h in a.orgs} | {h.start for h in a.orgs}
    glue = {",", "a", "and", "i", "&"}
    if prev in ("a", "and") and s - 1 in {n.end for n in a.names}:
        return True  # "poděkoval Bc. Hrubému a DPMLO": listed after a person, as a party of the same act
    return (prev in glue and s - 1 in ends) or (nxt in glue and e + 1 in ends)


def after_person(a: BlockAnalysis, s: int, e: int, lang: str) -> bool:
    """"Claire Vautrin (INRAV, WP2 lead)", "Zdeněk Růžička, TS; ...": the first item in a bracket before a comma,
    or after a comma closed by a comma, a semicolon, a bracket or the end of its line or cell, right behind a
    person's name is the body the person comes from."""
    if _word(a, s - 1) not in ("(", ",") or s - 1 not in {n.end for n in a.names} or _after_name_word(a, s, e, lang):
        return False
    if _word(a, s - 1) == "(":
        return _word(a, e) == ","  # "K Lindqvist (DASS)" alone may be a role; the people rules read it
    return e >= len(a.tokens) or not _joined(a, e) or _word(a, e) in (",", ";", ")", "(")


@cache
def _titles_after(lang: str) -> frozenset[str]:
    """Degrees and honours written after a name ("MBA", "OBE", "MP": titles "degrees_after")."""
    data = langdata.load(langdata.code(lang), "titles")
    return frozenset(d.rstrip(".") for d in data.get("degrees_after", ()))


def _after_name_word(a: BlockAnalysis, s: int, e: int, lang: str) -> bool:
    """"Jan Novák, MBA", "John Smith, MP": a degree or an honour after a name, not the person's body."""
    return a.span_text(s, e).rstrip(".") in _titles_after(lang)


def _cell_alone(a: BlockAnalysis, s: int, e: int, lang: str) -> bool:
    """Tokens [s, e) fill a cell of a table's owner column ("| Responsible |" ... "| ECT |"; action_cues
    "owner_labels"); two letters alone there are more often a person's initials ("| LP |")."""
    text = a.block.text
    if "\t" not in text or (s > 0 and _joined(a, s)) or (e < len(a.tokens) and _joined(a, e)) \
            or len(a.span_text(s, e)) < 3:
        return False
    row_start = text.rfind("\n", 0, a.tokens[s].start - a.block.start) + 1
    column = text[row_start:a.tokens[s].start - a.block.start].count("\t")
    header = text.split("\n", 1)[0].split("\t")
    return row_start > 0 and column < len(header) and fold(header[column].strip().rstrip(":")) in owner_labels(lang)


def _labels_people(a: BlockAnalysis, s: int, e: int, lang: str) -> bool:
    """"- UTW: Prof. Eleanor Whitcombe (coordinator), Dr Tom Brannigan": a line of an attendance list that opens
    with a body and a colon lists that body's people."""
    line_start = s == 0 or not _joined(a, s) or _word(a, s - 1) in ("-", "–", "•", "*") and (
        s == 1 or not _joined(a, s - 1))
    words = {*lexicon(lang).labels, *_patterns(lang).get("label_words", ())}
    return line_start and _word(a, e) == ":" and e + 1 in {n.start for n in a.names} \
        and a.words[s].lower() not in words  # not "PRESENT: Cllr ...", "ACTION: John Smith to ..."


_LEAD = re.compile(r"\s*\(\s*([^\W\d_][^\W_]{1,9})\s*,")


def role_lead(p: RawMention, analyses: Sequence[BlockAnalysis], lang: str) -> tuple[str, Provenance] | None:
    """"Mikko Aaltonen (KSA, WP4 lead)": an all-capital word that opens the bracket after a person's name, before
    a comma, is the body the person comes from, not a word of the role the bracket then gives."""
    block = next((a.block for a in analyses if a.block.index == p.source.block), None)
    hit = _LEAD.match(block.text, p.source.end - block.start) if block is not None and p.role else None
    if block is None or hit is None or not hit.group(1).isupper() or not_institution(hit.group(1), lang) \
            or hit.group(1) in _titles_after(lang):  # "John Smith (QC, ...)": an honour
        return None
    start = block.start + hit.start(1)
    return hit.group(1), Provenance(block.index, start, start + len(hit.group(1)), block.page)


# --- defined abbreviations ------------------------------------------------------------------------------------


def add(found: dict[str, Acc], key: str, mention: Mention, used: str | None, **attrs: Any) -> None:
    acc = found.setdefault(key, Acc())
    acc.mentions.append(mention)
    if used:
        acc.used[used] += 1
    for k, v in attrs.items():
        if k == "aliases":
            acc.aliases |= set(v)
        elif v is not None and getattr(acc, k) in (None, GAZ, 0.9) and k != "method":
            setattr(acc, k, v)
        elif k == "method" and not acc.mentions[:-1]:
            acc.method = v
