"""A body named as the subject by its head noun alone owns the task: minutes name a body in full once and then by
its kind ("the Committee resolved to ...", "the Board will vote ...", "Management will send ...", "valná hromada
rozhodne", "rozešle sekretariát", "Rada kraje projedná"). The owner is the one institution of the document whose
head is that noun: in English the last word before its qualifier ("Committee on X", "Board of Y", "X Management,
Inc."), in Czech the first word, with any further words of the subject inside the name ("Rada Podlipského kraje").
Two bodies of the kind, a subject with a name or a person in it, or a word after the verb that is no body: empty.
"""

from __future__ import annotations

import re

from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.textutil import fold

_EN_QUALIFIER = re.compile(r"\s+(?:of|on|for|to)\s|,")
_EN_SUBJECT = re.compile(r"^(?:the\s+)?((?:[\w-]+\s+)?[\w-]+)\s*$", re.I)
_CS_WORD = re.compile(r"[^\W\d_]+")
_EN_LEAD = re.compile(r"^(?:the\s+)?[A-Z][\w-]+(?=\s)", re.I)


def _en_head(name: str) -> str:
    base = _EN_QUALIFIER.split(name, maxsplit=1)[0].split()
    return fold(base[-1]) if base else ""


def _bodies(ctx: Ctx) -> list[str]:
    return [inst.name for inst in ctx.entities.institutions if inst.mentions]


def _unique(found: set[str], ctx: Ctx) -> str | None:
    """The one body so headed; with two, even when one of them meets, the minutes have not said which."""
    return found.pop() if len(found) == 1 else None


def _en(ctx: Ctx, before: str) -> str | None:
    m = _EN_SUBJECT.match(before)
    if m is None:
        return None
    words = m.group(1).split()
    if any(w[:1].isupper() for w in words[:-1]) or not words[-1][:1].isupper() and len(words) > 1:
        return None  # "the Harbour Board": a name of its own, left to the institutions stage
    head = fold(words[-1])
    return _unique({n for n in _bodies(ctx) if _en_head(n) == head and fold(n) != head}, ctx)


def _cs_match(ctx: Ctx, words: list[str]) -> set[str]:
    out = set()
    for name in _bodies(ctx):
        have = [fold(w) for w in _CS_WORD.findall(name)]
        if have[:1] == [fold(words[0])] and all(fold(w) in have for w in words[1:]):
            out.add(name)
    return out


def _cs(ctx: Ctx, before: str, after: str) -> str | None:
    lead = _CS_WORD.findall(before)
    if lead and len(lead) <= 3 and before.strip()[:1].isupper():
        return _unique(_cs_match(ctx, lead), ctx)  # "Sekretariát rozešle": the subject before the verb decides
    tail = _CS_WORD.findall(after)[:3]
    for k in range(len(tail), 0, -1):
        if (found := _cs_match(ctx, tail[:k])):
            return _unique(found, ctx)
    return None


def body_by_head(ctx: Ctx, i: int, m: re.Match[str]) -> str | None:
    """The institution a bare head-noun subject right before (or, in Czech, right after) the cue names."""
    text = ctx.sents[i].text
    if m.group(0).lstrip()[:1] in ":–-":
        return None  # "X: invitation to ...": a label line (correspondence, a list), not a subject and its verb
    before, after = text[:m.start()], text[m.end():]
    lead = _EN_LEAD.match(text) if ctx.lang == "en" else None
    if lead is not None and m.start() < lead.end():
        before = lead.group(0)  # the cue itself opens with its subject ("the Committee resolved to ...")
    if any(ctx.local(i, a)[0] < m.start() for a in ctx.actors[i] if a.kind != "institution"):
        return None  # a person before the verb decides
    return _en(ctx, before) if ctx.lang == "en" else _cs(ctx, before, after)


def canonical_body(ctx: Ctx, owner: str) -> str:
    """An owner written as a bare head noun ("Sekretariát", "the Board") is the one body of the document so
    headed; any other owner is kept as written."""
    words = owner.split()
    if len(words) > 2 or any(inst.name == owner for inst in ctx.entities.institutions):
        return owner
    found = _en(ctx, owner) if ctx.lang == "en" else _unique(_cs_match(ctx, _CS_WORD.findall(owner)), ctx)
    return found or owner
