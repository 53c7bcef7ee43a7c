"""Which body mentions of `bodies.find` a document reports, under which names and merge keys: the meeting's own
body is left out, a council's organ or a local kind named bare ("Rada města", "technické služby") is reported
only where the minutes belong to one municipality, and then also under that municipality's name ("Rada města
Horní Lhota"); the municipality is the title's, else the one the text names ("MěÚ Lhotka", "města Lhotka").

Split out of `bodies.py` (the kinds and how the text writes them).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from minutes_nlp.extract.bodies import BodyHit, _data, _fits, display, find, kinds
from minutes_nlp.extract.bodies import Kind as Kind
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.nlp.tokens import Token, tokenize
from minutes_nlp.textutil import fold


@dataclass(frozen=True)
class Found:
    """One body mention ready for extract/orgs.py: a merge key, the names to report, where it is."""

    key: str
    name: str
    full_name: str | None
    aliases: tuple[str, ...]
    block: int
    start: int  # token indexes in that block
    end: int
    kind: str


def municipality(title: str | None, lang: str) -> str | None:
    """The municipality a council's minutes belong to, from the title ("Zastupitelstvo obce Horní Lhota")."""
    nouns = set(_data(lang).get("municipality_nouns", ()))
    toks = tokenize(title or "")
    for i, t in enumerate(toks):
        if t.word.lower() in nouns:
            j = i + 1
            while j < len(toks) and (toks[j].is_cap or toks[j].word in ("nad", "pod", "u", "na")):
                j += 1
            if j > i + 1 and toks[j - 1].is_cap:
                return " ".join(x.word for x in toks[i + 1: j])
    return None


def own_body(kind: Kind, title: str, lang: str) -> bool:
    """A council kind or a committee the title names ("Zápis ze zasedání zastupitelstva obce", "Zápis z jednání
    hodnotící komise"): the meeting's own body. A committee elsewhere in the minutes is a body where it acts."""
    if not (kind.council or kind.committee) or not title:
        return False
    words = [t for t in tokenize(title) if t.word[:1].isalpha()]
    return any(all(any(_fits(w, base, lang) for w in words) for base in seq) for seq in kind.heads)


def named_municipality(texts: Sequence[str], lang: str) -> str | None:
    """The one municipality the text names after a municipality noun or a local office ("města Lhotka nad
    Oslavou", "MěÚ Lhotka nad Oslavou"), or None when it names none or several."""
    return _the_one([m for t in texts for m in _municipalities(t, tokenize(t), 0, lang)])


def named_municipality_in(analyses: Sequence[BlockAnalysis], lang: str) -> str | None:
    """`named_municipality` of the blocks' texts, read from the tokens their analyses already hold."""
    return _the_one([m for a in analyses for m in _municipalities(a.block.text, a.tokens, a.block.start, lang)])


def _the_one(names: list[str]) -> str | None:
    """The one municipality of the names found, spelled as first written; None when none or several."""
    found = Counter(fold(m) for m in names)  # scanned once, counted and spelled from it
    spelled = {fold(m): m for m in names}
    return spelled[next(iter(found))] if len(found) == 1 else None


def _municipalities(text: str, toks: Sequence[Token], base: int, lang: str) -> list[str]:
    """Names after a municipality noun or a local office's name or abbreviation (bodies `municipality_nouns`,
    `local` kinds): "obce Horní Lhota", "Městský úřad Lhotka", "OÚ Lhota". `toks` are the text's tokens, at
    offsets `base` past the text's own."""
    nouns, offices = _municipality_nouns(lang), _offices(lang)
    out = []
    for i in range(len(toks)):
        start = i + 1 if fold(toks[i].word) in nouns else _office_end(toks, i, offices, lang) if _may_open(
            toks[i].text, lang) else 0
        j = start
        while j and j < len(toks) and not text[toks[j - 1].start + len(toks[j - 1].word) - base:
                                                toks[j].start - base].strip(" ") \
                and (toks[j].is_cap or toks[j].word in ("nad", "pod", "u", "na") and j > start):
            j += 1
        if j and j > start and toks[j - 1].is_cap:
            out.append(" ".join(x.word for x in toks[start:j]))
    return out


@cache
def _municipality_nouns(lang: str) -> frozenset[str]:
    return frozenset(fold(n) for n in _data(lang).get("municipality_nouns", ()))


@cache
def _offices(lang: str) -> tuple[Kind, ...]:
    """The local offices ("Obecní úřad", "Městský úřad"): a municipality's name follows their head."""
    return tuple(k for k in kinds(lang) if k.local and not k.council and k.heads and "úřad" in k.name.lower())


@cache
def _office_firsts(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the offices' abbreviations (as written) and the bases of their heads' first words."""
    offices = _offices(lang)
    abbrs = frozenset(a[0] for k in offices for a in k.abbreviations if a[0] not in k.ambiguous)
    return abbrs, frozenset(seq[0] for k in offices for seq in k.heads)


@lru_cache(maxsize=100_000)
def _may_open(text: str, lang: str) -> bool:
    """Whether a token written `text` may open an office's abbreviation or head (cached by text: most words of
    a text open none, and `_office_end` need not try every office at them)."""
    abbrs, bases = _office_firsts(lang)
    tok = Token(text, 0, len(text))
    return text in abbrs or any(_fits(tok, base, lang) for base in bases)


def _office_end(toks: Sequence[Token], i: int, offices: Sequence[Kind], lang: str) -> int:
    """The index after a local office's head or abbreviation starting at token i ("Městský úřad", "MěÚ"), else 0."""
    for kind in offices:
        for abbr in kind.abbreviations:
            if abbr[0] not in kind.ambiguous and toks[i].text == abbr[0]:
                return i + 1
        for seq in kind.heads:
            n = len(seq)
            if i + n <= len(toks) and all(_fits(toks[i + j], seq[j], lang) for j in range(n)):
                return i + n
    return 0


def _names_municipality(head: str, lang: str) -> bool:
    """ "Radě města", "Zastupitelstvu obce": a head that says it is a municipality's organ (a municipality noun
    in it) belongs to the one municipality the text names; a bare "zastupitelstvo" may be a region's."""
    nouns = {fold(n) for n in _data(lang).get("municipality_nouns", ())}
    return any(fold(w) in nouns for w in head.split()[1:])


def collect(analyses: Sequence[BlockAnalysis], lang: str, title: str | None,
            people: frozenset[str] = frozenset()) -> list[Found]:
    """Every body mention of the document that is not the meeting's own body, with merge keys; `people` are the
    surnames of the document's people (a bare surname after a body is a person, not its place)."""
    hits = [(a, h) for a in analyses for h in find(a, lang, people)]
    own = municipality(title, lang)
    named = named_municipality_in(analyses, lang) if not own else None
    organ = any(t in fold(title or "") for t in _data(lang).get("municipal_organ_titles", ()))
    keep = set(map(id, usable([h for _, h in hits], bool(own or named))))
    local = set(_data(lang).get("local", ()))
    out = []
    for a, h in hits:
        place = own or (named if _names_municipality(h.kind.name if h.abbreviation else h.head_text, lang) else None)
        if id(h) not in keep or own_body(h.kind, title or "", lang) or (
                (h.kind.council or h.kind.tail_required) and not h.tail and not place
                and not (organ and h.kind.name in local and not h.kind.council)):
            continue  # "technické služby" alone is a body only in a municipality's (or its organ's) minutes
        name, full, aliases = display(h)
        if not h.tail and place and h.kind.name in local:
            aliases = (*aliases, f"{h.kind.name} {place}") + ((f"{h.abbreviation} {place}",) if h.abbreviation else ())
        key = "body:" + fold(h.kind.name) + ("|" + fold(h.tail) if h.tail else "")
        out.append(Found(key, name, full, aliases, a.block.index, h.start, h.end, "shop" if h.kind.shop else "body"))
    return _merge_bare(_merge_named_by_kind(out, hits, keep))


def usable(hits: Sequence[BodyHit], placed: bool = False) -> list[BodyHit]:
    """Drop ambiguous abbreviations ("KV", "RO") unless the document also writes that kind's head out; a
    council's written alone ("RM", "ZM"; not "RO Lipník") stands for its kind where the document names its one
    municipality ("města X"): the municipal minutes' standard abbreviation of the town's council and assembly."""
    written = {h.kind.name for h in hits if h.abbreviation is None}
    return [h for h in hits if not (h.abbreviation in h.kind.ambiguous and h.kind.name not in written
                                    and not (placed and h.kind.council and not h.tail))]


def _merge_named_by_kind(found: list[Found], hits: Sequence[tuple[BlockAnalysis, BodyHit]],
                         keep: set[int]) -> list[Found]:
    """ "DSO Mikroregion Okrouhlicko" and "Mikroregion Okrouhlicko", "Dobrovolný svazek obcí Mikroregion
    Podlesí" and "Mikroregion Podlesí": a body whose name after its kind is another body's whole name (a kind
    of its own, "Mikroregion X") is that body, named with its legal kind; one institution, the fuller name."""
    tails = {fold(h.tail): "body:" + fold(h.kind.name) + "|" + fold(h.tail) for _a, h in hits
             if id(h) in keep and h.tail and len(h.tail.split()) >= 2}
    out = []
    for f in found:
        host = tails.get(fold(f.name))
        out.append(replace(f, key=host, aliases=(*f.aliases, f.name)) if host and host != f.key else f)
    return out


def _merge_bare(found: list[Found]) -> list[Found]:
    """"OÚ" and "obecní úřad" join "Obecní úřad Horní Lhota" when the document names one office of that kind; when it
    names several ("ZŠ Komenského", "ZŠ Husova": schools named by their streets), the bare kind is one of them and
    is not reported on its own."""
    tailed: dict[str, set[str]] = {}
    for f in found:
        base, _, tail = f.key.partition("|")
        if tail:
            tailed.setdefault(base, set()).add(f.key)
    out = []
    for f in found:
        homes = tailed.get(f.key, set())
        if len(homes) > 1:
            continue  # "u ZŠ" beside "ZŠ Komenského" and "ZŠ Husova": one of them, not a third school
        out.append(replace(f, key=next(iter(homes))) if len(homes) == 1 else f)
    return out
