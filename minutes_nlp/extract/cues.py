"""Cue lexicons for actions, questions, decisions and votes, compiled once from the language data.

Patterns in `lang/<code>/*_cues.json` are matched against `fold_keep`: lower case without diacritics but
with every character kept in place, so a match's offsets are offsets in the original sentence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract import dategate


class _FoldTable(dict[int, str]):
    """Each character's folded form, worked out the first time it is met (str.translate asks per character)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[:1] or ch
        low = base.lower()
        self[code] = out = low if len(low) == 1 else ch
        return out


_FOLD = _FoldTable()


def fold_keep(text: str) -> str:
    """Lower case, diacritics dropped, one character out for each character in (offsets stay valid)."""
    return text.translate(_FOLD)


@dataclass(frozen=True)
class CueClass:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    owner: str = "subject"
    kind: str | None = None
    confidence: float = 0.7
    require: re.Pattern[str] | None = None
    strong: bool = False  # hedges and conditionals do not cancel it (explicit tasks, "NAME to ...")
    needs_owner: bool = False  # without a named owner it is not an item
    after: str | None = None  # fires only right after a sentence of this class in the same block
    also: bool = False  # a second action of the same sentence, besides the one of the first class that fires
    exclude: re.Pattern[str] | None = None  # the sentence is of a kind this class never states an action in
    gates: dategate.Gates = field(init=False, repr=False, compare=False)  # of `patterns`
    _found: dict[str, re.Match[str] | None] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "gates", dategate.gates(self.patterns))

    def search(self, folded: str) -> re.Match[str] | None:
        """The first pattern's match, when the sentence has what `require` asks and not what `exclude` bars.
        Every class is tried on every sentence, and by several passes (actions, decisions, owners): the
        answer for a text is kept (a pure function of it), so each pass after the first only looks it up."""
        found = self._found
        if folded in found:
            return found[folded]
        if len(found) >= _KEPT:
            found.clear()
        found[folded] = m = self._search(folded)
        return m

    def _search(self, folded: str) -> re.Match[str] | None:
        """A pattern whose needed words the sentence lacks is skipped unsearched (`dategate`), and with it
        the whole class when that holds for all its patterns."""
        pieces = dategate.profile(folded)
        if not self.gates.live(pieces):
            return None
        live = [p for p, g in zip(self.patterns, self.gates.each, strict=True) if g.admits(pieces)]
        if not live:
            return None
        if self.require is not None and not _searched(self.require, folded, pieces):
            return None
        if self.exclude is not None and _searched(self.exclude, folded, pieces):
            return None
        for pat in live:
            m = pat.search(folded)
            if m:
                return m
        return None


_KEPT = 4096  # texts whose answer a class keeps (a document's sentences, and parts of them, several times over)


def _searched(pattern: re.Pattern[str], folded: str, pieces: frozenset[str] | None) -> bool:
    return dategate.gate(pattern).admits(pieces) and pattern.search(folded) is not None



def _expand(pattern: str, slots: dict[str, str]) -> str:
    for key, value in slots.items():
        pattern = pattern.replace("{" + key + "}", value)
    return pattern


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace("\\ ", "\\s+") for w in sorted(set(words), key=len, reverse=True))


@cache
def data(lang: str, name: str) -> dict[str, Any]:
    return dict(langdata.load(langdata.code(lang), name))


def _first_plural(third: list[str], suffix: str | None) -> list[str] | None:
    """First person plural from the third singular by the language's rule (Czech: "zajistí" ->
    "zajistíme", "podá" -> "podáme", "pošle" -> "pošleme": every conjugation adds -me)."""
    return [w + suffix for w in third] if suffix else None


def _with_variants(forms: list[str] | None, pairs: list[list[str]] | None) -> list[str] | None:
    """The forms plus the standard variants of their endings (Czech "podepíšou" -> "podepíší": the literary
    third plural of the -e conjugation), so the list need not spell both."""
    if not forms or not pairs:
        return forms
    extra = [w[: -len(a)] + b for w in forms for a, b in pairs if w.endswith(a)]
    return forms + extra


@cache
def slots(lang: str, name: str) -> dict[str, str]:
    """Placeholders a pattern may use: {FUT}, {FUT1} (first person), {FUT1P} (first person plural,
    derived), {INF}, {INFB}, {PART} (verb lists),
    {BODY} (deciding bodies)."""
    d = data(lang, name)
    verbs = d.get("verbs", {})
    out = {"FUT": _with_variants(verbs.get("future"), d.get("future_variants")),
           "INF": verbs.get("infinitive"), "PART": verbs.get("participle"),
           "INFB": verbs.get("infinitive_broad"), "FUT1": verbs.get("future_first"),
           "FUT1P": _first_plural(verbs.get("future", []), d.get("first_plural_suffix"))}
    result = {k: _alternation(v) for k, v in out.items() if v}
    result = {k: result.get(k, r"(?!)") for k in out}  # a list a language lacks matches nothing
    if d.get("bodies"):
        result["BODY"] = "|".join(d["bodies"])
    return result


@cache
def compile_one(lang: str, name: str, pattern: str) -> re.Pattern[str]:
    return re.compile(_expand(pattern, slots(lang, name)))


def compile_list(lang: str, name: str, patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    """The patterns compiled, as one tuple per list (the same object each time, so its gates are kept too)."""
    return _compiled(lang, name, tuple(patterns))


@lru_cache(maxsize=1024)
def _compiled(lang: str, name: str, patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(compile_one(lang, name, p) for p in patterns)


@cache
def classes(lang: str, name: str) -> tuple[CueClass, ...]:
    """The cue classes of one lexicon, in the order the data lists them (first match wins)."""
    out = []
    for cname, spec in data(lang, name)["classes"].items():
        req, exc = spec.get("require"), spec.get("exclude")
        out.append(CueClass(cname, compile_list(lang, name, spec["patterns"]), spec.get("owner", "subject"),
                            spec.get("kind"), float(spec.get("confidence", 0.7)),
                            compile_one(lang, name, req) if req else None, bool(spec.get("strong")),
                            bool(spec.get("needs_owner")), spec.get("after"), bool(spec.get("also")),
                            compile_one(lang, name, exc) if exc else None))
    return tuple(out)


@cache
def patterns(lang: str, name: str, key: str) -> tuple[re.Pattern[str], ...]:
    """A plain list of patterns from a lexicon (e.g. 'negative', 'adopted')."""
    return compile_list(lang, name, list(data(lang, name).get(key, [])))


def any_match(pats: tuple[re.Pattern[str], ...], folded: str) -> re.Match[str] | None:
    """The first pattern's match (patterns whose needed words `folded` lacks are not searched)."""
    if len(pats) < 2:
        return pats[0].search(folded) if pats else None
    gates = dategate.gates(pats)
    found = gates.found  # several rules ask one list about one sentence: the answer is kept with the list
    if folded in found:
        return found[folded]
    if len(found) >= _KEPT:
        found.clear()
    found[folded] = m = _first_match(pats, gates, folded)
    return m


def _first_match(pats: tuple[re.Pattern[str], ...], gates: dategate.Gates, folded: str) -> re.Match[str] | None:
    pieces = dategate.profile(folded)
    if not gates.live(pieces):
        return None
    for p, g in zip(pats, gates.each, strict=True):
        if g.admits(pieces) and (m := p.search(folded)):
            return m
    return None


_CLAUSE = re.compile(r"[,;:()]")


_ASIDE = re.compile(r"\(\s*[^\W_][\w&'-]{1,11}\s*\)")  # "(PMRT)", "(JB)", "(Chair)": one bracketed token


def clause_span(folded: str, m: re.Match[str]) -> tuple[int, int]:
    """The clause around a cue match: between the nearest , ; : ( ) before and after it. A one-token aside
    in brackets ("the Perinatal Mortality Review Tool (PMRT) report to the May meeting", "Jane Roe (JR) to
    circulate") spells out a name and ends no clause."""
    plain = _ASIDE.sub(lambda a: " " * len(a.group(0)) if a.end() <= m.start() or a.start() >= m.end()
                       else a.group(0), folded) if "(" in folded else folded
    starts = [x.end() for x in _CLAUSE.finditer(plain, 0, m.start())]
    end = _CLAUSE.search(plain, m.end())
    return (starts[-1] if starts else 0), (end.start() if end else len(folded))
