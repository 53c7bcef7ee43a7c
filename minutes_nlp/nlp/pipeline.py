"""spaCy pipelines per language, built in code from a small config and loaded once per process.

The pipelines are `spacy.blank(lang)` plus our rule components, registered under versioned names so a stored
annotation can say which rules made it: "minutes_gazetteer_v1" (institutions and places) and
"minutes_people_v1" (person-name spans). The statistical `cs_core_news_sm` (CC BY-NC-SA, optional extra
`minutes-nlp[cs-stat]`) is used as the base only when installed and MINUTES_NLP_STAT=1; it then contributes
its lemmas of proper nouns as one more cue for surname declension. Nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from minutes_nlp.document import Block, Document
from minutes_nlp.nlp.gazetteer import Hit, institution_matcher, place_matcher
from minutes_nlp.nlp.name_columns import joined_tabs
from minutes_nlp.nlp.names import NameSpan, find_names
from minutes_nlp.nlp.tokens import Token, tokenize

GAZETTEER = "minutes_gazetteer_v1"
PEOPLE = "minutes_people_v1"
CONFIG: dict[str, dict[str, Any]] = {
    "cs": {"base": "cs", "statistical": "cs_core_news_sm", "components": [GAZETTEER, PEOPLE]},
    "en": {"base": "en", "statistical": None, "components": [GAZETTEER, PEOPLE]},
}


@dataclass(frozen=True)
class BlockAnalysis:
    """What the rule components found in one block; token offsets are in Document.text."""

    block: Block
    tokens: tuple[Token, ...]
    orgs: tuple[Hit, ...]
    places: tuple[Hit, ...]
    names: tuple[NameSpan, ...]
    sentence_starts: frozenset[int]
    model_lemmas: dict[int, str]  # token start offset -> lemma from the statistical model, if any

    @cached_property
    def words(self) -> tuple[str, ...]:
        """Each token's word (`Token.word`), computed once: the institution rules read them again and again."""
        return tuple(t.word for t in self.tokens)

    @cached_property
    def memo(self) -> dict[Any, Any]:
        """Results of pure functions of this block, keyed by the function and its other arguments: a block is
        analysed once and several rules ask the same question of it (`bodies.find`)."""
        return {}

    def span_text(self, start: int, end: int) -> str:
        """Text of tokens [start, end) as written."""
        if start >= end:
            return ""
        a, b = self.tokens[start].start - self.block.start, self.tokens[end - 1].end - self.block.start
        return self.block.text[a:b]


def _sentence_starts(tokens: Sequence[Token]) -> frozenset[int]:
    starts = {0}
    for i in range(1, len(tokens)):
        prev = tokens[i - 1].text
        if prev in (".", "!", "?", ":", "•", "·", "–") or (prev.endswith(".") and len(prev) > 3):
            starts.add(i)
    return frozenset(starts)


def gazetteer_hits(text: str, lang: str) -> tuple[list[Token], list[Hit], list[Hit]]:
    """Tokens, gazetteer institutions and places of a text; places overlapping an institution are dropped."""
    tokens = tokenize(text)
    orgs = institution_matcher(lang).find(tokens)
    taken = {i for h in orgs for i in range(h.start, h.end)}
    places = [h for h in place_matcher(lang).find(tokens) if not taken & set(range(h.start, h.end))]
    return tokens, orgs, places


def people_spans(text: str, tokens: Sequence[Token], hits: Sequence[Hit], lang: str,
                 starts: frozenset[int] | None = None) -> list[NameSpan]:
    """Person-name spans of a text, never inside an institution or place (`hits`); `starts` are the tokens'
    sentence starts when the caller has them already."""
    blocked = frozenset(i for h in hits for i in range(h.start, h.end)) | _numbered_heading(text, tokens)
    joined = joined_tabs(text, lang) if "\t" in text else frozenset()  # "Ing. | Karel | Sova"
    starts = _sentence_starts(tokens) if starts is None else starts
    return find_names(tokens, lang, blocked, starts, _breaks(text, tokens, joined))


def _breaks(text: str, tokens: Sequence[Token], joined: frozenset[int]) -> frozenset[int]:
    """Tokens after a newline or a tab (a tab that only splits one name's cells, `joined`, breaks nothing)."""
    out = set()
    for k in range(1, len(tokens)):
        gap = text[tokens[k - 1].end: tokens[k].start]  # sliced once per token pair
        if ("\n" in gap or "\t" in gap) and not (gap == "\t" and tokens[k - 1].end in joined):
            out.add(k)
    return frozenset(out)


class GazetteerComponent:
    """Finds gazetteer institutions and places; places overlapping an institution are dropped."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        tokens, orgs, places = gazetteer_hits(doc.text, self.lang)
        doc.user_data["minutes_tokens"] = tokens
        doc.user_data["minutes_orgs"] = orgs
        doc.user_data["minutes_places"] = places
        doc.spans["minutes_orgs"] = _spans(doc, tokens, [(h.start, h.end, h.entry.kind) for h in orgs])
        doc.spans["minutes_places"] = _spans(doc, tokens, [(h.start, h.end, "place") for h in places])
        return doc


class PeopleComponent:
    """Finds person-name spans, never inside an institution or place."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # Doc.text joins every token: read it once
        tokens = doc.user_data.get("minutes_tokens") or tokenize(text)
        hits = list(doc.user_data.get("minutes_orgs", [])) + list(doc.user_data.get("minutes_places", []))
        names = people_spans(text, tokens, hits, self.lang)
        doc.user_data["minutes_names"] = names
        doc.spans["minutes_people"] = _spans(doc, tokens, [(n.name_start, n.end, "person") for n in names])
        return doc


_ROMAN_HEADING = re.compile(r"^[IVX]{1,4}\.\s+\S")


def _numbered_heading(text: str, tokens: Sequence[Token]) -> frozenset[int]:
    """"V. Různé", "I. Zahájení": a short line numbered by a Roman numeral is not an initial and a surname."""
    if _ROMAN_HEADING.match(text) and len(text.split()) <= 8 and not text.rstrip().endswith((".", "!", "?")):
        return frozenset({1})
    return frozenset()


def _spans(doc: Doc, tokens: Sequence[Token], ranges: list[tuple[int, int, str]]) -> list[Any]:
    out = []
    for a, b, label in ranges:
        last = tokens[b - 1]
        end = last.start + len(last.word) if len(last.word) > 1 else last.end  # "Plzně." ends a sentence
        span = doc.char_span(tokens[a].start, end, label=label, alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


@Language.factory(GAZETTEER, default_config={"lang": "cs"})
def _make_gazetteer(nlp: Language, name: str, lang: str) -> GazetteerComponent:
    return GazetteerComponent(lang)


@Language.factory(PEOPLE, default_config={"lang": "cs"})
def _make_people(nlp: Language, name: str, lang: str) -> PeopleComponent:
    return PeopleComponent(lang)


def statistical_available(lang: str) -> bool:
    model = CONFIG.get(lang, {}).get("statistical")
    return isinstance(model, str) and importlib.util.find_spec(model) is not None


def _use_statistical(lang: str) -> bool:
    return os.environ.get("MINUTES_NLP_STAT", "0") == "1" and statistical_available(lang)


@cache
def get_pipeline(lang: str, statistical: bool = False) -> Language:
    """The pipeline for a language (cached: built once per process)."""
    conf = CONFIG.get(lang, CONFIG["en"])
    code = lang if lang in CONFIG else "en"
    if statistical:
        nlp = spacy.load(conf["statistical"], exclude=["ner", "parser", "senter"])
    else:
        nlp = spacy.blank(conf["base"])
    for component in conf["components"]:
        nlp.add_pipe(component, config={"lang": code})
    return nlp


def _model_lemmas(doc: Doc) -> dict[int, str]:
    if not doc.has_annotation("LEMMA"):
        return {}
    return {t.idx: t.lemma_ for t in doc if t.text[:1].isupper() and t.lemma_}


def _shift(tokens: Sequence[Token], offset: int) -> tuple[Token, ...]:
    return tuple(Token(t.text, t.start + offset, t.end + offset) for t in tokens)


def analyse(document: Document, lang: str) -> list[BlockAnalysis]:
    """Run the language's pipeline over every block. Without a statistical model the pipeline is only our rule
    components, which read the block's text: they run on it directly (what `get_pipeline`'s components do,
    without spaCy tokenising every block and rebuilding its text for nothing)."""
    stat = _use_statistical(lang)
    if not stat:
        return [_rule_analysis(block, lang if lang in CONFIG else "en") for block in document.blocks]
    nlp = get_pipeline(lang if lang in CONFIG else "en", stat)
    out = []
    for block, sdoc in zip(document.blocks, nlp.pipe(b.text for b in document.blocks), strict=True):
        tokens = _shift(sdoc.user_data["minutes_tokens"], block.start)
        lemmas = {k + block.start: v for k, v in _model_lemmas(sdoc).items()} if stat else {}
        out.append(BlockAnalysis(block, tokens, tuple(sdoc.user_data["minutes_orgs"]),
                                 tuple(sdoc.user_data["minutes_places"]), tuple(sdoc.user_data["minutes_names"]),
                                 _sentence_starts(tokens), lemmas))
    return out


def _rule_analysis(block: Block, code: str) -> BlockAnalysis:
    """One block through the rule components (GazetteerComponent, PeopleComponent) without a spaCy Doc."""
    found, orgs, places = gazetteer_hits(block.text, code)
    starts = _sentence_starts(found)  # read from the tokens' texts only: the same after the shift
    names = people_spans(block.text, found, [*orgs, *places], code, starts)
    return BlockAnalysis(block, _shift(found, block.start), tuple(orgs), tuple(places), tuple(names), starts, {})
