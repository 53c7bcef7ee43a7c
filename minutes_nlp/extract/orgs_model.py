"""Institutions the trained span model (models/orgs, `minutes train`) finds where the rules found none.

The rules know a body by gazetteer, legal-form suffix and head noun; in a genre nobody has seen they miss the
firms, agencies and committees they never met. The model marks spans shaped like a body's name; a span that
no rule institution or person already covers becomes an institution of its own (method `model:orgs.propose`),
its forms grouped by word stems so that inflected Czech forms stay one body. Without spaCy or the model, or with
MINUTES_RULES_ONLY=1, nothing is proposed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.config import rules_only
from minutes_nlp.document import Document
from minutes_nlp.extract.result import Institution, Mention, Method, Person, Place, Provenance
from minutes_nlp.textutil import fold

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "orgs"
CONFIDENCE = 0.5
MIN_MENTIONS = 2
STEM = 5  # Czech endings change the end of a word: "Jeřetín / Jeřetíně", "rada / rady" share all but their last two


@dataclass(frozen=True)
class OrgsModel:
    nlp: Any
    version: str

    def spans(self, doc: Document) -> list[Mention]:
        blocks = [b for b in doc.blocks if b.text.strip()]
        out: list[Mention] = []
        for block, sdoc in zip(blocks, self.nlp.pipe(b.text for b in blocks), strict=True):
            out.extend(Mention(e.text, Provenance(block.index, block.start + e.start_char,
                                                  block.start + e.end_char, block.page)) for e in sdoc.ents)
        return out


def load(path: Path) -> OrgsModel | None:
    """The model saved at `path`, or None when it is missing or spaCy is not installed."""
    meta_path = path / "orgs.json"
    if not meta_path.is_file():
        return None
    try:
        import spacy
    except ImportError:
        return None
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    return OrgsModel(spacy.load(path / "pipeline"), str(meta["version"]))


@cache
def load_default() -> OrgsModel | None:
    return load(MODEL_DIR)


def stem_key(text: str) -> tuple[str, ...]:
    return tuple(w[:max(3, min(STEM, len(w) - 2))] for w in re.findall(r"[\w&]+", fold(text)))


def propose(doc: Document, lang: str, institutions: Sequence[Institution], others: Sequence[Person | Place],
            own_names: Sequence[str] = (), previous: Callable[[], Sequence[str]] | None = None,
            not_bodies: Collection[str] = ()) -> list[Institution]:
    """New institutions from the model's spans that no rule institution, person or place (`others`) covers,
    that are not inside the name of the body whose minutes these are (`own_names`: its series and title; the rules
    do not report the body itself either), that the language's data does not know as a role, a document or an
    event, nor an abbreviation the minutes define for something else (`not_bodies`: "Koncepce Smart Cities
    (KSC)"), and that recur (`_recurring`)."""
    model = None if rules_only() else load_default()
    if model is None:
        return []
    code = langdata.code(lang)
    covered = [m.source for x in (*institutions, *others) for m in x.mentions if not isinstance(x, Place)]
    places = [m.source for x in others if isinstance(x, Place) for m in x.mentions]
    known = [stem_key(k) for i in institutions for k in (i.name, i.full_name or "", *i.aliases) if k]
    known += [stem_key(k) for k in own_names if k]
    groups: dict[tuple[str, ...], list[Mention]] = {}
    lower = {w.lower() for w in re.findall(r"\b[^\W\d_]+\b", doc.text) if not w.isupper()}
    for m in model.spans(doc):
        if m.text in not_bodies or (m.text.isupper() and m.text.lower() in lower):
            continue  # "PHASE", "ZÓNA": a word of the text set in capitals (a heading), not an acronym
        m = _verb_trimmed(_trimmed(m, code), code)
        key = stem_key(m.text)
        if (key and _plausible(m.text, code) and not any(_within(key, k) for k in known)
                and not _overlaps(m.source, covered) and not _inside(m.source, places)):
            groups.setdefault(key, []).append(m)
    method = Method("model:orgs.propose", model.version)
    earlier = cache(previous) if previous else None
    return [_institution(ms, method) for ms in groups.values() if _recurring(ms, earlier)]


def _recurring(mentions: list[Mention], previous: Callable[[], Sequence[str]] | None) -> bool:
    """A body a document names once in passing may be a topic the model mistook ("Chytrá města"); a body is
    named again: twice in the minutes, or in the earlier minutes of the series."""
    if len(mentions) >= MIN_MENTIONS:
        return True
    texts = previous() if previous else ()
    return any(re.search(r"(?<!\w)" + re.escape(m.text) + r"(?!\w)", t) for m in mentions for t in texts)


def _plausible(text: str, code: str) -> bool:
    """A body's name has a capital and is more than a letter; a run of capitalised long words is a heading; a
    lone head noun ("Council", "Rada") is a generic reference; a name whose head (English: the last word
    before "of", Czech: one of the first two) is a role, a document or an event names no body."""
    words = text.split()
    if len(text) < 2 or not any(ch.isupper() for ch in text) or "\n" in text:
        return False
    if {fold(text), *(fold(w) for w in words)} & _not_bodies(code) or any(_reference(w) for w in words):
        return False
    if len(words) > 1 and any(w.isupper() and len(w) >= 5 for w in words):
        return False
    if len(words) == 1 and fold(text) in _generic_heads(code):
        return False
    heads = [(words[:words.index("of")] if "of" in words[1:] else words)[-1]] if code == "en" else words[:2]
    if code == "en" and fold(words[0]) in _role_ranks(code) and fold(words[-1]) not in _generic_heads(code):
        return False  # "Acting Chief Financial", "Deputy Director": an office
    return not ({fold(h.strip(".,;:()")) for h in heads} & _not_heads(code))


def _reference(word: str) -> bool:
    """"RM/810/2022", "ISPC 01/2025": a file or resolution number, not a name."""
    return sum(ch.isdigit() for ch in word) >= 2 and any(ch in "/-." for ch in word)


def _trimmed(m: Mention, code: str) -> Mention:
    """English names start and end with a capitalised word: the model's boundary words ("engage Haskins &
    Moyer", "National Treasury could") are dropped."""
    if code != "en":
        return m
    text, start = m.text, m.source.start
    while text and not text[:1].isupper() and " " in text:
        cut = text.index(" ") + 1
        text, start = text[cut:], start + cut
    words, glue = text.split(" "), _connectors(code)
    cut = next((i for i, w in enumerate(words) if i and not w[:1].isupper() and w[:1] not in "(&"
                and fold(w) not in glue), len(words))
    words = words[:cut]
    while len(words) > 1 and fold(words[-1]) in glue:
        words.pop()
    text = " ".join(words)
    text = text.rstrip(".,;:")
    return Mention(text, Provenance(m.source.block, start, start + len(text), m.source.page))


def _verb_trimmed(m: Mention, code: str) -> Mention:
    """Czech: a trailing lower-case finite verb ("Rada vzala") is the sentence, not the name."""
    endings = tuple(langdata.load(code, "org_shapes").get("finite_verb_endings", []))
    head, _, last = m.text.rpartition(" ")
    if code != "cs" or not head or not last.islower() or not last.endswith(endings):
        return m
    return Mention(head, Provenance(m.source.block, m.source.start, m.source.start + len(head), m.source.page))


@cache
def _not_heads(code: str) -> frozenset[str]:
    """Words that head a role, a document or an event rather than a body, from the language's data."""
    shapes, patterns, roles = (langdata.load(code, n) for n in ("org_shapes", "org_patterns", "roles"))
    lists = [shapes.get(k) for k in ("thing_heads", "thing_heads_first", "document_of_heads", "role_words")]
    lists += [list(roles.get("words") or [])]
    lists += [patterns.get(k) for k in ("document_nouns", "event_nouns", "job_title_words")]
    return frozenset(fold(w) for words in lists if isinstance(words, list) for w in words
                     if isinstance(w, str) and " " not in w)


@cache
def _role_ranks(code: str) -> frozenset[str]:
    return frozenset(fold(w) for w in langdata.load(code, "org_shapes").get("role_ranks", []))


@cache
def _connectors(code: str) -> frozenset[str]:
    return frozenset(fold(w) for w in langdata.load(code, "org_patterns").get("connectors", []))


@cache
def _generic_heads(code: str) -> frozenset[str]:
    """The head nouns of bodies' names ("Council", "Committee", "rada"): alone they name no particular body."""
    patterns = langdata.load(code, "org_patterns")
    words = [*patterns.get("heads_end", []), *patterns.get("heads_start", []), *patterns.get("generic_references", {})]
    return frozenset(fold(w) for w in words if isinstance(w, str))


@cache
def _not_bodies(code: str) -> frozenset[str]:
    """Non-bodies and the generic names the rules resolve to the one body of their kind ("the LA")."""
    patterns = langdata.load(code, "org_patterns")
    words = [*patterns.get("not_institutions", []), *langdata.load(code, "org_shapes").get("document_acronyms", []),
             *patterns.get("generic_bodies", {}), *patterns.get("generic_references", {})]
    return frozenset(fold(w) for w in words)


def _inside(src: Provenance, spans: Sequence[Provenance]) -> bool:
    """"Hradci Králové" inside a place's span is that place; "SM Lomná nad Jizerou" holds one and stays."""
    return any(c.block == src.block and c.start <= src.start and src.end <= c.end for c in spans)


def _within(key: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """A proposal whose words run inside a known institution's name is that institution."""
    n = len(key)
    return any(known[i:i + n] == key for i in range(len(known) - n + 1))


def _overlaps(src: Provenance, covered: Sequence[Provenance]) -> bool:
    return any(c.block == src.block and c.start < src.end and src.start < c.end for c in covered)


def _institution(mentions: list[Mention], method: Method) -> Institution:
    """Named by its longest form (the fullest), its other forms as aliases."""
    texts = sorted({m.text for m in mentions}, key=lambda t: (-len(t), t))
    return Institution(texts[0], aliases=tuple(texts[1:]), mentions=tuple(mentions), kind=None, method=method,
                       confidence=CONFIDENCE)
