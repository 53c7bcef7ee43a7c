"""Bodies named by a common noun phrase and their own name: "Obecní úřad Horní Lhota", "SDH Lhota", "TJ Sokol".

Municipal minutes name most of their institutions this way, not by an entry of a national gazetteer: the
municipal office, the council's committees, the building authority, the fire brigade, the sports club, the
school, the micro-region; and shops and firms by a trade noun or "firma" and a name ("autoservis Dvořák",
"firmou Stavby Kolář"). The kinds are data (lang/<lang>/bodies.json); a head matches in any Czech case
(stem plus a case ending), an optional proper-name tail follows as written. Mentions of one kind merge:
"OÚ", "obecní úřad" and "Obecní úřad Horní Lhota" are one institution when the document has one such office.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract.bodies_bounds import _joined, attached, closed_abbreviation
from minutes_nlp.extract.bodies_bounds import legal_end as legal_end  # re-exported: orgs, orglegal, bodies_found
from minutes_nlp.extract.bodies_regions import region_shape
from minutes_nlp.extract.bodies_stems import bare_stems
from minutes_nlp.extract.names import name_titles
from minutes_nlp.extract.orgbase import finite_verbs
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.nlp.stem import stem
from minutes_nlp.nlp.tokens import Token, tokenize
from minutes_nlp.textutil import fold


@dataclass(frozen=True)
class Kind:
    """One kind of body: the nominative head to report, how the text may write it, and whether a name follows."""

    name: str
    heads: tuple[tuple[str, ...], ...]  # word bases of each head phrase
    abbreviations: tuple[tuple[str, ...], ...]
    ambiguous: frozenset[str]
    tail: bool
    tail_required: bool
    council: bool
    shop: bool = False
    masculine: bool = False  # the head noun ends in a consonant: "úřady" is its plural, "školy" may be singular
    report_kind: bool = False  # "Obcí Horní Lhota" is reported as "Obec Horní Lhota", not as written
    local: bool = False  # the municipality's own ("Technické služby" in a town's minutes are the town's)
    committee: bool = False  # a body's committee ("Hodnotící komise"): the meeting's own body when the title names it
    named_after: bool = False  # named after a person in the genitive ("ZŠ T. G. Masaryka"), not only by place
    region: bool = False  # an organ of a region, named by the region after it ("Rada Kraje Vysočina")
    service: bool = False  # a service a provider runs: its provider's name may follow in the genitive


@dataclass(frozen=True)
class BodyHit:
    kind: Kind
    start: int
    end: int  # exclusive, including the tail
    tail: str  # the proper name after the head, as written ("" if none)
    abbreviation: str | None  # the abbreviation as written, if the text used one
    head_text: str  # the head as written ("obecního úřadu", "OÚ", "autoservis")
    legal: str = ""  # a legal form after the name as written (", s.r.o."), "" if none


@cache
def _data(lang: str) -> dict[str, Any]:
    code = langdata.code(lang)
    return dict(langdata.load(code, "bodies")) if langdata.has(code, "bodies") else {"bodies": []}


def _base(word: str, lang: str) -> str:
    return stem(word, lang) if word[:1].isalpha() and not word.isupper() else "=" + word


@cache
def kinds(lang: str) -> tuple[Kind, ...]:
    data = _data(lang)
    out = []
    for d in data["bodies"]:
        heads = tuple(tuple(_base(t.word, lang) for t in tokenize(h)) for h in d.get("heads", ()))
        abbrs = tuple(tuple(t.text for t in tokenize(a)) for a in d.get("abbreviations", ()))
        last = fold(_head_noun(d["heads"][0])) if d.get("heads") else ""
        out.append(Kind(d["name"], heads, abbrs, frozenset(d.get("ambiguous", ())), d.get("tail") in ("name", "region"),
                        bool(d.get("tail_required")), bool(d.get("council")),
                        masculine=last[-1:] not in ("", "a", "e", "i", "o", "u", "y"),
                        report_kind=bool(d.get("report_kind")), local=d["name"] in data.get("local", ()),
                        committee=last in {fold(w) for w in data.get("committee_heads", ())},
                        named_after=bool(d.get("named_after")), region=d.get("tail") == "region",
                        service=bool(d.get("service"))))
    for shop in data.get("shops", ()):
        heads = (tuple(_base(t.word, lang) for t in tokenize(shop)),)
        out.append(Kind(shop, heads, (), frozenset(), True, True, False, shop=True))
    return tuple(out)


def _head_noun(phrase: str) -> str:
    """The noun a head phrase is built on: the first word that is no adjective ("sbor" in "sbor dobrovolných
    hasičů", "úřad" in "obecní úřad"); its ending tells the gender, and so the plural ("sbory")."""
    return next((w for w in phrase.split() if not _adjective(w.lower())), phrase.split()[-1])


@cache
def _endings(lang: str) -> frozenset[str]:
    return frozenset(_data(lang).get("endings", ["", "s"]))


def _fits(tok: Token, base: str, lang: str) -> bool:
    """The token is the head word `base` in some case: its folded form is the base plus a case ending."""
    if base.startswith("="):
        return tok.text == base[1:] or tok.word == base[1:]
    return base in _fit_keys(tok.word, lang)


@lru_cache(maxsize=100_000)
def _fit_keys(word: str, lang: str) -> frozenset[str]:
    """Every base a word fits (its folded form without each case ending, and its stem), computed once per word:
    heads are tried against the same words again and again."""
    w = fold(word)
    return frozenset({w[: len(w) - len(e)] for e in _endings(lang) if w.endswith(e)} | {stem(word, lang)}
                     | bare_stems(word, _endings(lang), lang))


@cache
def _index(lang: str) -> dict[str, list[tuple[Kind, tuple[str, ...], bool]]]:
    """Head phrases and abbreviations by their first word's key, so each token looks up only its candidates."""
    idx: dict[str, list[tuple[Kind, tuple[str, ...], bool]]] = {}
    for kind in kinds(lang):
        for seq in kind.heads:
            idx.setdefault(seq[0], []).append((kind, seq, False))
        for abbr in kind.abbreviations:
            idx.setdefault("=" + abbr[0].rstrip("."), []).append((kind, abbr, True))
    return idx


@lru_cache(maxsize=100_000)
def _keys(word: str, lang: str) -> frozenset[str]:
    """Index keys of a word: as written, and its folded form without each case ending (cached by word)."""
    keys = {"=" + word}
    if word[:1].isalpha():
        w = fold(word)
        keys |= {w[: len(w) - len(e)] if e else w for e in _endings(lang) if w.endswith(e)}
        keys.add(stem(word, lang))
        keys |= bare_stems(word, _endings(lang), lang)
    return frozenset(keys)


def _head_at(a: BlockAnalysis, i: int, lang: str) -> tuple[Kind, int, str | None] | None:
    """The longest head or abbreviation of any kind starting at token i: (kind, end, abbreviation used)."""
    best: tuple[Kind, int, str | None] | None = None
    toks = a.tokens
    for kind, seq, is_abbr in _candidates(toks[i].word, lang):
        n = len(seq)
        shorter = best is not None and (i + n < best[1] or i + n == best[1] and not kind.region)
        if i + n > len(toks) or shorter or kind.region and not _region_at(a, i + n):
            continue  # a region's organ ("Zastupitelstvo | Jihomoravského kraje") beats a head as long
        if is_abbr and all(toks[i + j].word == seq[j].rstrip(".") for j in range(n)):
            best = (kind, i + n, a.span_text(i, i + n).rstrip("."))
        elif not is_abbr and all(_fits(toks[i + j], seq[j], lang) for j in range(n)):
            best = (kind, i + n, None)
    return best


@lru_cache(maxsize=100_000)
def _candidates(word: str, lang: str) -> tuple[tuple[Kind, tuple[str, ...], bool], ...]:
    """The heads and abbreviations indexed under any key of a word, in the order `_head_at` tries them (cached
    by word: most words of a text have none)."""
    idx = _index(lang)
    return tuple(c for key in _keys(word, lang) for c in idx.get(key, ()))


def _region_at(a: BlockAnalysis, k: int) -> bool:
    """A region's name from the gazetteer starts at token k ("Rada | Kraje Vysočina", "Zastupitelstvo |
    Jihomoravského kraje"): the organ a region kind names ("tail": "region") is the region's."""
    return any(h.entry.kind == "region" and h.start == k for h in a.orgs) or region_shape(a, k) is not None


def _adjective(word: str) -> bool:
    return word.endswith(("á", "é", "í", "ý", "ého", "ému", "ém", "ým", "ých", "ího", "ímu", "ím"))


def _named_adjective(word: str, lang: str) -> bool:
    """ "Zelené údolí": a capitalised adjective in the nominative opens a name that a lower-case noun ends. One
    in an oblique case ("ZŠ Komenského", "MŠ Palackého": a street named after a person, in the genitive) is a
    name by itself; the lower-case word after it is the rest of the sentence ("ZŠ Komenského možnost")."""
    endings = tuple(_data(lang).get("name_adjective_endings", ()))
    return bool(endings) and word.lower().endswith(endings)


def _strong_head(a: BlockAnalysis, j: int, lang: str) -> bool:
    """Another body starts here ("Stavební úřad | Městského úřadu Boreč"); a kind that is a body only with a
    name ("Sokol", "Charita") may itself be part of a name ("TJ Sokol Lipník")."""
    head = _head_at(a, j, lang)
    return head is not None and not head[0].tail_required


def _tail(a: BlockAnalysis, k: int, lang: str, names: frozenset[int], named_after: bool = False,
          service: bool = False) -> int:
    """End of the proper name after a head at token k: capitalised words, "nad"/"pod"/"u" + capitalised word,
    a lower-case noun after a capitalised adjective ("Zelené údolí"); never a person's name or another head,
    except the person a school is named after, in the genitive ("ZŠ T. G. Masaryka", "ZŠ Jana Nerudy"; the
    kind's `named_after`), whose initials are part of the name."""
    data = _data(lang)
    conn, nouns, stops = set(data.get("tail_connectors", ())), set(data.get("tail_nouns", ())), set(
        data.get("tail_stop", ()))
    verbs = tuple(data.get("tail_verb_endings", ()))
    end, j, before = k, k, k
    orgs = {h.start for h in a.orgs}
    regions = {h.start: h.end for h in a.orgs if h.entry.kind == "region" and h.start == k}
    if not regions and (shaped := region_shape(a, k)) is not None:
        regions = {k: shaped}  # "Zastupitelstvo Sázavského kraje": a region the gazetteer does not know
    if regions:
        return regions[k]  # "Krajské ředitelství policie Kraje Vysočina": a regional body named by its region
    if closed_abbreviation(a, k):
        return end  # "… odboru KÚ. Aktualizace plánu …": the period after an acronym ends the sentence
    if named_after:
        j = end = _named_after(a, k, names, tuple(data.get("named_after_endings", ())), _titles(lang))  # then its place
    while j < len(a.tokens) and j - k < 6 and _joined(a, j) and j not in names and j not in a.sentence_starts \
            and j not in orgs:
        t = a.tokens[j]
        if t.word in data.get("tail_street_words", ()):
            return before  # "TS v Průmyslové ulici": an address, not the name
        if t.word in stops or _strong_head(a, j, lang) or service and _head_at(a, j, lang) or \
                fold(t.word) in _titles(lang):  # "ředitel KÚ JUDr. X": a degree opens the person, not the name
            break  # "pečovatelské služby | Charity Třebíč": a service, then its provider
        if t.word in conn:
            before = end
        if t.is_cap or t.is_upper or t.word.isdigit() and j > k and not _date_part(a, j):
            j += 1
            end = j
            if t.text.endswith(".") and len(t.word) > 2:
                break
        elif t.word in conn and j + 1 < len(a.tokens) and (a.tokens[j + 1].is_cap or a.tokens[j + 1].is_upper):
            j += 1
        elif j == k and t.word in data.get("tail_openers", ()) and j + 1 < len(a.tokens) and a.tokens[j + 1].is_cap \
                and _joined(a, j + 1):
            j += 1  # "Technické služby města Lhotka": the municipality's genitive opens the name of its body
        elif j > k and t.word.islower() and (t.word in nouns or _named_adjective(a.words[j - 1], lang)) and \
                a.tokens[j - 1].is_cap and t.word not in conn and _tail_noun(t.word, verbs, lang):
            j += 1
            end = j
            break
        else:
            break
    return end


def _patron_tail(a: BlockAnalysis, end: int, tail_end: int, lang: str, kind: Kind) -> int:
    """"Mysliveckého spolku Hubert Lhota, z.s.": an association named after a patron or a saint between its kind
    and its legal form; the legal form closing the run says the person-shaped words are part of the name."""
    run = _tail(a, end, lang, frozenset(), kind.named_after, kind.service)
    return run if run > tail_end and legal_end(a, run, lang) > run else tail_end


def _tail_noun(word: str, verbs: tuple[str, ...], lang: str) -> bool:
    """The lower-case noun that ends a name after a capitalised adjective ("Otavský luh", "Zelené údolí"), not the
    sentence going on ("MAS Podhůří připraví", "MAS Podhůří bude"): no verb ending, no task verb, no word of the
    sentence's frame (org_patterns "stop_words", bodies "tail_not_nouns")."""
    return len(word) > 2 and not word.endswith(verbs) and fold(word) not in finite_verbs(lang) \
        and word not in _tail_not_nouns(lang)


@cache
def _tail_not_nouns(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    return frozenset(langdata.load(code, "org_patterns").get("stop_words", ())) | frozenset(
        _data(lang).get("tail_not_nouns", ()))


@cache
def _titles(lang: str) -> frozenset[str]:
    return frozenset(fold(t).rstrip(".") for t in name_titles(lang))


def _named_after(a: BlockAnalysis, k: int, names: frozenset[int], endings: tuple[str, ...],
                 titles: frozenset[str] = frozenset()) -> int:
    """End of a person's name in the genitive right after a school's kind ("T. G. Masaryka", "Jana Nerudy",
    "Boženy Němcové"), else k: initials and capitalised words, the last one with a genitive ending; a title
    starts the next person ("ZŠ T. G. Masaryka Mgr. Jan Kos": the school's head)."""
    j = k
    while j < len(a.tokens) and _joined(a, j) and j - k < 5 and fold(a.words[j]) not in titles and (
            len(a.words[j]) == 1 and a.words[j].isupper() and a.tokens[j].text.endswith(".")
            or a.tokens[j].is_cap and (j in names or j + 1 < len(a.tokens) and j + 1 in names)):
        j += 1
    last = a.tokens[j - 1] if j > k else None
    if last is None or not last.is_cap or not endings or not last.word.endswith(endings):
        return k
    return j if any(i in names for i in range(k, j)) or j - k >= 2 else k


def _date_part(a: BlockAnalysis, j: int) -> bool:
    """"Krajský úřad Kraje Vysočina 4. 11. 2021": a number with a dot is a date or an ordinal, not a name part
    (unlike "ZŠ Praha 4")."""
    nxt = a.tokens[j + 1].text if j + 1 < len(a.tokens) else ""
    return a.tokens[j].text.endswith(".") or nxt == "."


def _plural(head: Sequence[Token], kind: Kind, lang: str) -> bool:
    """"krajské úřady", "finančních výborů": a kind in the plural is the kind in general, not one body."""
    if kind.name in _data(lang).get("plural_kinds", ()) and head[0].is_cap:
        return False  # "Technických služeb": a plural name (pomnožné jméno) is one body
    endings = tuple(_data(lang).get("plural_endings", ()))
    words = [t.word.lower() for t in head]
    words = words[:2] if _adjective(head[0].word) else words[:1]  # "klub seniorů": the complement may be plural
    if any(w.endswith(endings) for w in words):
        return True
    return kind.masculine and words[-1].endswith("y")


def _from_places(a: BlockAnalysis, end: int, lang: str) -> bool:
    """"jednotky SDH z okolních obcí": a kind followed by where its several bodies come from (a preposition and
    a municipality noun in the plural, bodies "plural_places") is the kind in general."""
    data = _data(lang)
    return _word_at(a, end) in data.get("from_words", ()) and any(
        _word_at(a, k) in data.get("plural_places", ()) for k in range(end + 1, end + 3))


def _word_at(a: BlockAnalysis, k: int) -> str:
    return a.words[k].lower() if 0 <= k < len(a.tokens) else ""


def find(a: BlockAnalysis, lang: str, people: frozenset[str] = frozenset()) -> list[BodyHit]:
    """Bodies named in one block, left to right, not overlapping."""
    names = frozenset(i for n in a.names for i in range(n.name_start, n.end))
    persons = names | frozenset(i for i, w in enumerate(a.words) if w in people)  # "velitel MP Novák"
    key = ("bodies.find", lang, persons)  # the people and the institution rules both ask: found once per block
    if key not in a.memo:
        a.memo[key] = tuple(_find(a, lang, names, persons))
    return list(a.memo[key])


def _find(a: BlockAnalysis, lang: str, names: frozenset[int], persons: frozenset[int]) -> list[BodyHit]:
    out, i = [], 0
    while i < len(a.tokens):
        head = _head_at(a, i, lang) if i not in names else None
        if head is None:
            i += 1
            continue
        kind, end, abbr = head
        tail_end = _tail(a, end, lang, names if kind.shop else persons, kind.named_after, kind.service) \
            if kind.tail else end
        if kind.tail and not kind.shop and tail_end < len(a.tokens) and tail_end in persons:
            tail_end = _patron_tail(a, end, tail_end, lang, kind)
        if (kind.tail_required and tail_end == end and not kind.local) or (abbr and kind.shop) or (
                tail_end == end and not abbr and (_plural(a.tokens[i:end], kind, lang) or _from_places(a, end, lang))):
            i += 1
            continue
        tail = a.span_text(end, tail_end).rstrip(".,")
        inner = attached(a, i, _data(lang).get("attached_before", ()))  # "Spolek rodičů při ZŠ X, z. s."
        full_end = legal_end(a, tail_end, lang) if tail and not inner else tail_end
        legal = a.block.text[a.tokens[tail_end - 1].end - a.block.start: a.tokens[full_end - 1].end - a.block.start] \
            if full_end > tail_end else ""
        out.append(BodyHit(kind, i, full_end, tail, abbr, a.span_text(i, end), legal))
        i = full_end
    return out


def display(hit: BodyHit) -> tuple[str, str | None, tuple[str, ...]]:
    """(name, full name, aliases) to report for a hit; with a legal form, also the name without it."""
    name, full, aliases = _display(hit)
    if not hit.legal:
        return name, full, aliases
    form = hit.legal.lstrip(", ")
    return name + hit.legal, (full + hit.legal if full else None), (*aliases, name, f"{name} {form}")


def _joined_name(kind: str, tail: str) -> str:
    """"Obvodní oddělení Policie ČR" + "ČR Hradové Mýto": the words the kind's name ends with and the tail repeats
    are written once."""
    words, rest = kind.split(), tail.split()
    for n in range(min(len(words), len(rest)), 0, -1):
        if words[-n:] == rest[:n]:
            rest = rest[n:]
            break
    return " ".join([*words, *rest])


def _display(hit: BodyHit) -> tuple[str, str | None, tuple[str, ...]]:
    if hit.kind.shop:
        name = f"{hit.head_text} {hit.tail}"
        return name, None, (hit.tail,)
    full = _joined_name(hit.kind.name, hit.tail)
    aliases = {hit.kind.name} if not hit.kind.region else set()  # "Rada" alone is no name of a region's council
    if hit.abbreviation and hit.kind.report_kind:
        return full, full, (f"{hit.kind.name.lower()} {hit.tail}",)
    if hit.abbreviation:
        aliases |= {hit.abbreviation, f"{hit.abbreviation} {hit.tail}".strip()}
        return (f"{hit.abbreviation} {hit.tail}".strip() if hit.tail else hit.abbreviation), full, tuple(aliases)
    return full, full, (*aliases, *_short_forms(hit))


def _short_forms(hit: BodyHit) -> tuple[str, ...]:
    """"Místní akční skupina Lhoticko" is as often written "MAS Lhoticko" ("Základní škola Lhotice": "ZŠ Lhotice"):
    a named body written out is also known by its kind's customary abbreviation and the same name."""
    if not hit.tail or hit.kind.report_kind:
        return ()
    short = [" ".join(a) for a in hit.kind.abbreviations if " ".join(a) not in hit.kind.ambiguous]
    return (f"{short[0]} {hit.tail}",) if short else ()
