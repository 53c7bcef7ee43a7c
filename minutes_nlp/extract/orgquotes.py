"""Suppliers compared by price: minutes list quotes, bids and tenders as a name beside an amount ("quotes from
A Ltd £1,200, B Roofing £1,450 and C & Sons £1,900"). Where one name beside a price in a paragraph is a body the
rules already found (a legal form, a known kind), the other capitalised names beside prices there are its peers,
firms too, though written without a legal form. The currencies and the words that make a run a sum or a fund
rather than a supplier are data (lang/<lang>/quote_lists.json)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Block, Document
from minutes_nlp.extract.result import Institution, Mention, Method, Person, Place, Provenance
from minutes_nlp.textutil import fold

METHOD = Method("rule:orgs.quote_peers", "1")
_GAP = " (:–-—@"  # what may stand between a name and its price
_NAME_CHARS = re.compile(r"^[^\W\d_][\w'’.&-]*$")


@cache
def _data(lang: str) -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    code = lang if langdata.has(lang, "quote_lists") else "en"
    d = langdata.load(code, "quote_lists")
    before = "|".join(re.escape(c) for c in sorted(d["currency_before"], key=len, reverse=True))
    after = "|".join(re.escape(c) for c in sorted(d["currency_after"], key=len, reverse=True))
    amount = rf"(?:(?<![\w$£€])(?:{before})\s?\d[\d,.]*|\b\d[\d\s\u00a0,.]*\s?(?:{after})(?!\w))"
    return re.compile(amount), frozenset(d["not_name_words"]), frozenset(d["cue_words"])


def _run_before(text: str, end: int) -> tuple[int, str] | None:
    """The capitalised run of two words or more that ends right before `end` (a price), with its start."""
    k = end
    while k > 0 and end - k < 4 and text[k - 1] in _GAP:
        k -= 1
    words: list[str] = []
    pos = k
    for m in reversed(list(re.finditer(r"\S+", text[:k]))):
        w = m.group()
        if m.end() != pos and text[m.end():pos].strip() or not (w == "&" or w[0].isupper() and _NAME_CHARS.match(w)):
            break
        if w.endswith(",") or (words and w.endswith((".", ":", ";")) and len(w) > 4):
            break
        words.insert(0, w)
        pos = m.start()
    while words and words[0] in ("&", "The"):
        words.pop(0)
        pos = text.index(words[0], pos) if words else pos
    return (pos, " ".join(words)) if sum(w != "&" for w in words) >= 2 else None


def _anchored(b: Block, amounts: list[re.Match[str]], found: Sequence[Institution], bi: int) -> bool:
    """A found body's mention in block `bi` ends right before one of the prices."""
    starts = [b.start + m.start() for m in amounts]
    return any(m.source.block == bi and any(0 <= s - m.source.end <= 4 for s in starts)
               for o in found for m in o.mentions)


def quoted_peers(doc: Document, lang: str, found: Sequence[Institution], people: Sequence[Person],
                 places: Sequence[Place]) -> list[Institution]:
    """The unlabelled suppliers beside prices in a paragraph where a found body stands beside a price too."""
    amount, stop, cues = _data(lang)
    known = {fold(x) for o in found for x in (o.name, o.full_name or "", *o.aliases) if x}
    others = [fold(p.name) for p in people] + [fold(p.name) for p in places]
    out: dict[str, Institution] = {}
    for bi, b in enumerate(doc.blocks):
        amounts = list(amount.finditer(b.text))
        if len(amounts) < 2 or not cues & set(re.findall(r"\w+", b.text.lower())) \
                or not _anchored(b, amounts, found, bi):
            continue
        for m in amounts:
            run = _run_before(b.text, m.start())
            if run is None or any(w.strip(".,") in stop for w in run[1].split()):
                continue
            key = fold(run[1])
            if key in known or key in out or any(o and (o in key or key in o) for o in others) \
                    or any(key in k for k in known):
                continue
            prov = Provenance(bi, b.start + run[0], b.start + run[0] + len(run[1]))
            out[key] = Institution(run[1], None, (), (Mention(run[1], prov),), "company", METHOD, 0.6)
    return list(out.values())


def _split_at_and(o: Institution, doc: Document, cues: Sequence[str]) -> list[Institution] | None:
    """ "quotes from Alder Fuels and Brockley Oils": two suppliers after a plural procurement cue, each named by
    two capitalised words or more."""
    parts = o.name.split(" and ")
    if len(parts) != 2 or not all(len(p.split()) >= 2 and all(w[0].isupper() for w in p.split()) for p in parts):
        return None
    m = next((m for m in o.mentions if doc.text[max(0, m.source.start - 30):m.source.start].lower().rstrip()
              .endswith(tuple(cues))), None)
    if m is None:
        return None
    s = m.source
    cut = s.start + len(parts[0])
    left = Mention(parts[0], Provenance(s.block, s.start, cut, s.page))
    right = Mention(parts[1], Provenance(s.block, s.end - len(parts[1]), s.end, s.page))
    return [Institution(parts[0], None, (), (left,), "company", METHOD, o.confidence),
            Institution(parts[1], None, (), (right,), "company", METHOD, o.confidence)]


def split_suppliers(doc: Document, lang: str, found: Sequence[Institution]) -> list[Institution]:
    """Every found name that is two suppliers after a plural procurement cue replaced by the two."""
    code = lang if langdata.has(lang, "quote_lists") else "en"
    cues = [c.lower() for c in langdata.load(code, "quote_lists").get("split_after", ())]
    out: list[Institution] = []
    for o in found:
        out += _split_at_and(o, doc, cues) or [o]
    return out
