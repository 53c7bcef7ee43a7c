"""Institutions the trained span model (models/orgs, `minutes train`) finds where the rules found none.

The rules know a body by gazetteer, legal-form suffix and head noun; in a genre nobody has seen they miss the
firms, agencies and committees they never met. The model marks spans shaped like a body's name; a span that
no rule institution or person already covers becomes an institution of its own (method `model:orgs.propose`),
its forms grouped by word stems so that inflected Czech forms stay one body. The model proposes only when its
metadata says it helped on series it was not trained on (`enabled` in models/orgs/orgs.json, measured by
`minutes train` on leave-series-out folds; a file without the key counts as disabled). Without spaCy or the model,
with the model disabled, or with MINUTES_RULES_ONLY=1, nothing is proposed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.config import rules_only
from minutes_nlp.document import Document
from minutes_nlp.extract.model_files import load_pipeline
from minutes_nlp.extract.result import Institution, Mention, Method, Person, Place, Provenance
from minutes_nlp.textutil import fold

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "orgs"
CONFIDENCE = 0.5
MIN_MENTIONS = 2
SENTENCE_WORDS = 4  # words besides the name on a line that make it a sentence, not a heading
_ROMAN = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
STEM = 5  # Czech endings change the end of a word: "Jeřetín / Jeřetíně", "rada / rady" share all but their last two


@dataclass(frozen=True)
class OrgsModel:
    nlp: Any
    version: str
    enabled: bool = False

    def spans(self, doc: Document) -> list[Mention]:
        blocks = [b for b in doc.blocks if b.text.strip()]
        out: list[Mention] = []
        for block, sdoc in zip(blocks, self.nlp.pipe(b.text for b in blocks), strict=True):
            out.extend(Mention(e.text, Provenance(block.index, block.start + e.start_char,
                                                  block.start + e.end_char, block.page)) for e in sdoc.ents)
        return out


def load(path: Path) -> OrgsModel | None:
    """The model saved at `path`, or None when it is missing or spaCy is not installed."""
    saved = load_pipeline(path, "orgs.json")
    return OrgsModel(saved[0], str(saved[1]["version"]), bool(saved[1].get("enabled"))) if saved else None


@cache
def load_default() -> OrgsModel | None:
    return load(MODEL_DIR)


_IN_USE: list[OrgsModel | None] = []  # set by `using`; empty: the committed model


@contextmanager
def using(model: OrgsModel | None) -> Iterator[None]:
    """Extract with `model` (None: rules alone) instead of the committed one: training scores each
    leave-series-out fold's model on the series it did not see through the same extraction users run."""
    _IN_USE.append(model)
    try:
        yield
    finally:
        _IN_USE.pop()


def active() -> OrgsModel | None:
    """The model proposals come from: only an enabled one (it helped on series it was not trained on)."""
    model = _IN_USE[-1] if _IN_USE else None if rules_only() or not _enabled_on_disk() else load_default()
    return model if model is not None and model.enabled else None


@cache
def _enabled_on_disk() -> bool:
    """The committed model's gate, read before its pipeline: a disabled model is never loaded (loading it cost
    every process about a second for nothing)."""
    try:
        return bool(json.loads((MODEL_DIR / "orgs.json").read_text(encoding="utf-8")).get("enabled"))
    except (OSError, ValueError):
        return False


def stem_key(text: str) -> tuple[str, ...]:
    return tuple(w[:max(3, min(STEM, len(w) - 2))] for w in re.findall(r"[\w&]+", fold(text)))


def propose(doc: Document, lang: str, institutions: Sequence[Institution], others: Sequence[Person | Place],
            own_names: Sequence[str] = (), previous: Callable[[], Sequence[str]] | None = None,
            rejected: Callable[[str], bool] | None = None) -> list[Institution]:
    """New institutions from the model's spans that no rule institution, person or place (`others`) covers,
    that are not inside the name of the body whose minutes these are (`own_names`: its series and title; the rules
    do not report the body itself either), that the language's data does not know as a role, a document or an
    event, nor a name the rules know is no body (`rejected`: an abbreviation the minutes define for a document,
    a meeting segment, a post), that are named outside headings (an agenda heading recurs in every minutes of a
    series: "Pledge of Allegiance") and that recur (`_recurring`)."""
    model = active()
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
        if (rejected and rejected(m.text)) or (m.text.isupper() and m.text.lower() in lower):
            continue  # "PHASE", "ZÓNA": a word of the text set in capitals (a heading), not an acronym
        m = _verb_trimmed(_trimmed(m, code), code)
        key = stem_key(m.text)
        if (key and _plausible(m.text, code) and not any(_within(key, k) for k in known)
                and not _overlaps(m.source, covered) and not _inside(m.source, places)):
            groups.setdefault(key, []).append(m)
    method = Method("model:orgs.propose", model.version)
    earlier = cache(previous) if previous else None
    headings = {b.index for b in doc.blocks if b.is_heading}
    found = [_institution(ms, method) for ms in groups.values()
             if any(m.source.block not in headings for m in ms) and _recurring(ms, earlier)
             and (len(ms) >= MIN_MENTIONS or _named_alone(ms[0].text, code, doc.text))
             and not _kind_of_thing(ms, doc, code) and not _remit(ms, doc, code)]
    return [i for i in found if not (rejected and rejected(i.name))]


def _recurring(mentions: list[Mention], previous: Callable[[], Sequence[str]] | None) -> bool:
    """A body a document names once in passing may be a topic the model mistook ("Chytrá města"); a body is
    named again: twice in the minutes, or in a sentence of the earlier minutes of the series (a line holding
    little more than the name is a heading there, and headings recur in every minutes of a series)."""
    if len(mentions) >= MIN_MENTIONS:
        return True
    texts = previous() if previous else ()
    return any(_in_a_sentence(m.text, t) for m in mentions for t in texts)


def _named_alone(text: str, code: str, doc_text: str) -> bool:
    """A body the minutes name once, known only from the earlier minutes, must carry its kind in its name: an
    acronym, a head noun of bodies ("County Treasury", "Rada kraje"), a partnership's "&", or a proper word the
    text never writes in lower case first ("Fastgrid", "Kestrel Civils") and no place word last ("Hessick
    Creek"); a run of common capitalised words is a topic, a programme or a group of people named once ("Public
    Health", "Safe Routes", "Community Health Promoters")."""
    words = text.split()
    if text.isupper() or "&" in words or any(fold(w.strip(".,;:()")) in _generic_heads(code) for w in words):
        return True
    proper = re.search(r"(?<!\w)" + re.escape(words[0].lower()) + r"(?!\w)", doc_text) is None
    return proper and (len(words) == 1 or fold(words[-1]) not in _place_words(code))


def _kind_of_thing(mentions: list[Mention], doc: Document, code: str) -> bool:
    """Names of a class, not of one body. An acronym the text also writes in the plural ("CHPs") or, in a language
    that puts a noun's modifier before it (org_patterns "actor_modifier_check"), only ever before a lower-case
    noun it qualifies ("CPC variation", "FRI terms"); an English name whose last word is a
    plural agent noun ("Community Health Promoters": people) or an activity ("Facility Improvement Financing")."""
    name = mentions[0].text
    if name.isupper():
        plural = re.search(r"(?<!\w)" + re.escape(name) + r"s(?!\w)", doc.text) is not None
        modifiers = bool(langdata.load(code, "org_patterns").get("actor_modifier_check"))
        return plural or modifiers and all(_qualifies(m, doc, code) for m in mentions)
    last = name.split()[-1]
    if code != "en" or " " not in name or fold(last) in _generic_heads(code):
        return False
    return last.endswith(_CLASS_ENDINGS) or last.lower().endswith(tuple(
        langdata.load(code, "org_shapes").get("topic_endings", ())))


_CLASS_ENDINGS = ("ers", "ors", "ists", "ants", "ents")
_OF_BEFORE = re.compile(r"([A-Z][\w-]*) of (?:the )?$")


def _remit(mentions: list[Mention], doc: Document, code: str) -> bool:
    """"County Director of Public Health", "Head of Library Services": words named only after an office's title
    and "of", with no head noun of a body among them, are the office's remit, not a body."""
    if any(fold(w) in _generic_heads(code) for w in mentions[0].text.split()):
        return False
    for m in mentions:
        before = _OF_BEFORE.search(doc.text[max(0, m.source.start - 40):m.source.start])
        if not before or fold(before.group(1)) not in _office_words(code) | _not_heads(code):
            return False
    return True


def _qualifies(m: Mention, doc: Document, code: str) -> bool:
    """The word after the mention on its line and in its cell is a lower-case noun, neither a verb nor a word an
    actor is followed by."""
    after = re.match(r" +([^\W\d_]+)", doc.text[m.source.end:m.source.end + 40])
    if not after or not after.group(1).islower():
        return False
    word, pats = after.group(1), langdata.load(code, "org_patterns")
    return word not in pats.get("actor_followers", ()) and not word.endswith(
        tuple(pats.get("actor_verb_endings", ()))) and fold(word) not in _verb_words(code)


@cache
def _verb_words(code: str) -> frozenset[str]:
    return _words(code, ("org_patterns", "acting_verbs"), ("org_patterns", "stop_words"))


@cache
def _place_words(code: str) -> frozenset[str]:
    """Last words of places and compass points ("Creek", "Road", "North"): a proper name before them is a place."""
    return _words(code, ("org_patterns", "place_words"), ("roles", "place_after"), ("org_patterns", "short_name_not"),
                  ("org_shapes", "feature_words"))


def _in_a_sentence(name: str, text: str) -> bool:
    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line = text[start:end if end >= 0 else len(text)]
        if len(re.findall(r"\w+", line)) - len(re.findall(r"\w+", name)) >= SENTENCE_WORDS:
            return True
    return False


def _plausible(text: str, code: str) -> bool:
    """A body's name has a capital and is more than a letter; a run of capitalised long words is a heading; a
    lone head noun ("Council", "Rada") is a generic reference; a name whose head (English: the last word
    before "of", Czech: one of the first two) is a role, a document or an event names no body."""
    words = text.split()
    if len(text) < 2 or not any(ch.isupper() for ch in text) or "\n" in text or "," in text or _ROMAN.fullmatch(text):
        return False  # "XI" (a cricket side), "III" (a phase); "Town Hall, Selectboard": an address or a list
    if {fold(text), *(fold(w) for w in words)} & _not_bodies(code) or any(_reference(w) for w in words):
        return False
    if len(words) > 1 and any(w.isupper() and len(w) >= 5 for w in words):
        return False
    if len(words) == 1 and fold(text) in _generic_heads(code):
        return False
    heads = [(words[:words.index("of")] if "of" in words[1:] else words)[-1]] if code == "en" else words[:2]
    if code == "en" and fold(words[0]) in _office_words(code) \
            and fold(words[-1]) not in _generic_heads(code):
        return False  # "Acting Chief Financial", "Coordinator Information Technology": an office
    if _clinical(words, code):
        return False
    if not any(w[:1].isupper() and sum(ch.isalpha() for ch in w) >= 2 for w in words):
        return False  # "obce I.": no word of a name
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


def _words(code: str, *sources: tuple[str, str]) -> frozenset[str]:
    """Folded single words of the listed (file, key) entries of the language's data (dict keys for a mapping)."""
    found: set[str] = set()
    for name, key in sources:
        value = langdata.load(code, name).get(key) or []
        found.update(fold(w) for w in value if isinstance(w, str))
    return frozenset(found)


@cache
def _not_heads(code: str) -> frozenset[str]:
    """Words that head a role, a document or an event rather than a body."""
    heads = _words(code, *(("org_shapes", k) for k in ("thing_heads", "thing_heads_first", "document_of_heads",
                                                        "role_words")), ("roles", "words"),
                   *(("org_patterns", k) for k in ("document_nouns", "event_nouns", "job_title_words")))
    return frozenset(w for w in heads if " " not in w)


@cache
def _office_words(code: str) -> frozenset[str]:
    """First words of an office ("Acting ...", "Coordinator ...")."""
    return _words(code, ("org_shapes", "role_ranks"), ("org_patterns", "office_titles"))


@cache
def _connectors(code: str) -> frozenset[str]:
    return _words(code, ("org_patterns", "connectors"))


@cache
def _generic_heads(code: str) -> frozenset[str]:
    """The head nouns of bodies' names ("Council", "Committee", "rada"): alone they name no particular body."""
    return _words(code, *(("org_patterns", k) for k in ("heads_end", "heads_start", "generic_references")))


@cache
def _not_bodies(code: str) -> frozenset[str]:
    """Non-bodies and the generic names the rules resolve to the one body of their kind ("the LA")."""
    return _words(code, ("org_patterns", "not_institutions"), ("org_shapes", "document_acronyms"),
                  ("org_patterns", "generic_bodies"), ("org_patterns", "generic_references"))


def _clinical(words: list[str], code: str) -> bool:
    """"Emergency Department": a hospital's unit named by clinical words (`clinical_units`), no body of its own."""
    units = langdata.load(code, "org_patterns").get("clinical_units") or {}
    heads, known = set(units.get("heads", [])), set(units.get("words", []))
    return len(words) > 1 and words[-1] in heads and all(w in known for w in words[:-1])


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
