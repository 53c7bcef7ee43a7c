"""What extract/orgs.py collects for each institution while it reads a document, and the actor test the
rules share: an unknown name is a body where the text makes it act ("z MAS", "| ISFOR", "with HMRC")."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from minutes_nlp.extract.orgnames import _patterns, _word
from minutes_nlp.extract.result import Mention, Method
from minutes_nlp.nlp.pipeline import BlockAnalysis

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
    if prev == "|" or (prev == "(" and nxt == ")"):
        return True
    ends = {h.end for h in a.orgs} | {h.start for h in a.orgs}
    glue = {",", "a", "and", "i", "&"}
    if prev in ("a", "and") and s - 1 in {n.end for n in a.names}:
        return True  # "poděkoval Bc. Hrubému a DPMLO": listed after a person, as a party of the same act
    return (prev in glue and s - 1 in ends) or (nxt in glue and e + 1 in ends)


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
