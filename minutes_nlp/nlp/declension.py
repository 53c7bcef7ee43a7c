"""Czech personal names back to the nominative: "Zezůlkové" -> "Zezůlková", "Jirmana" -> "Jirman", "Vlčka" -> "Vlček".

Inflected Czech names are ambiguous out of context ("Jirmana" is the genitive of Jirman or the nominative of a
Jirmana), so the paradigms in `lang/cs/surname_rules.json` are inverted into *ranked candidates*, and `choose`
picks one with the cues minutes give: a preposition or governing noun before the name fixes its case, a
gendered verb after it ("odpověděla") or a first name fixes its gender, and a form seen elsewhere in the
document or archive in the nominative beats a guess.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold


@dataclass(frozen=True)
class Candidate:
    """One reading of a form: the lemma, its gender, the cases the form can be in, and a score."""

    lemma: str
    gender: str
    cases: frozenset[str]
    score: float
    paradigm: str


@dataclass(frozen=True)
class Cue:
    """What the context says about a name: its case, its gender, and nominatives known from elsewhere."""

    case: str | None = None
    gender: str | None = None
    known: frozenset[str] = frozenset()
    hint: str | None = None  # a statistical lemmatizer's guess: a tie-breaker, weaker than the other cues


@dataclass(frozen=True)
class _Ending:
    form_tail: str
    lemma_tail: str


@dataclass(frozen=True)
class _Paradigm:
    id: str
    gender: str
    lemma_re: re.Pattern[str]
    prior: float
    first_name_prior: float
    endings: tuple[tuple[str, _Ending], ...]  # (case, ending)


def _rules() -> dict[str, Any]:
    return dict(langdata.load("cs", "surname_rules"))


def _parse_ending(raw: str, lemma_tail: str) -> _Ending:
    if "|" in raw:
        form_tail, tail = raw.split("|", 1)
        return _Ending(form_tail, tail)
    return _Ending(raw, lemma_tail)


@cache
def _paradigms() -> tuple[_Paradigm, ...]:
    out = []
    for p in _rules()["paradigms"]:
        endings = tuple((case, _parse_ending(e, p["lemma_tail"])) for case, forms in p["cases"].items() for e in forms)
        out.append(_Paradigm(p["id"], p["gender"], re.compile(p["lemma_re"]), p["prior"], p["first_name_prior"],
                             endings))
    return tuple(out)


@cache
def _penalties() -> tuple[tuple[re.Pattern[str], float], ...]:
    return tuple((re.compile(p["re"]), float(p["factor"])) for p in _rules()["penalties"])


def _penalty(lemma: str) -> float:
    factor = 1.0
    for pattern, f in _penalties():
        if pattern.search(lemma):
            factor *= f
    return factor


def _readings(form: str, first_name: bool) -> list[Candidate]:
    """Every (lemma, paradigm, case) whose ending the form carries, before merging."""
    out = []
    low = form.lower()
    for p in _paradigms():
        prior = p.first_name_prior if first_name else p.prior
        for case, ending in p.endings:
            if not low.endswith(ending.form_tail) or len(form) - len(ending.form_tail) < 2:
                continue
            stem = form[: len(form) - len(ending.form_tail)]
            lemma = stem + ending.lemma_tail
            if p.lemma_re.search(lemma.lower()):
                out.append(Candidate(lemma, p.gender, frozenset({case}), prior * _penalty(lemma.lower()), p.id))
    return out


@cache
def candidates(form: str, first_name: bool = False) -> tuple[Candidate, ...]:
    """Ranked nominative readings of one name token; several paradigms giving one lemma are merged."""
    merged: dict[tuple[str, str], Candidate] = {}
    for c in _readings(form, first_name):
        key = (c.lemma, c.gender)
        old = merged.get(key)
        if old is None:
            merged[key] = c
        else:
            best = c if c.score > old.score else old
            merged[key] = Candidate(c.lemma, c.gender, old.cases | c.cases, max(c.score, old.score), best.paradigm)
    if not merged:
        merged[(form, "?")] = Candidate(form, "?", frozenset({"nom"}), 0.1, "as_is")
    return tuple(sorted(merged.values(), key=lambda c: -c.score))


def score(c: Candidate, cue: Cue) -> float:
    """A candidate's score under the context cues (case, gender, known nominatives)."""
    s = c.score
    if cue.case:
        s *= 2.0 if cue.case in c.cases else 0.4
    elif "nom" in c.cases:
        s *= 1.6
    if cue.gender and c.gender != "?":
        s *= 2.0 if cue.gender == c.gender else 0.25
    if cue.known and fold(c.lemma) in cue.known:
        s *= 4.0
    if cue.hint and c.lemma == cue.hint:
        s *= 1.3
    return s


def ranked(form: str, cue: Cue = Cue(), first_name: bool = False) -> list[Candidate]:
    return sorted(candidates(form, first_name), key=lambda c: -score(c, cue))


def choose(form: str, cue: Cue = Cue(), first_name: bool = False) -> Candidate:
    """The best nominative reading of a form in its context."""
    return ranked(form, cue, first_name)[0]


def choose_pair(first: str, surname: str, cue: Cue = Cue()) -> tuple[Candidate, Candidate] | None:
    """"Petra Hájka" is Petr Hájek (both genitive/accusative, both masculine), not Petra Hájka: a first name
    and surname stand in one case and one gender, so the best agreeing pair of readings wins. None when the
    first name is not a listed one or no pair agrees."""
    rare = _rules().get("rare_pair_cases", {})
    best: tuple[float, Candidate, Candidate] | None = None
    for f in first_name_readings(first):
        for c in candidates(surname):
            shared = f.cases & c.cases
            if not shared or c.gender not in (f.gender, "?"):
                continue
            s = score(f, cue) * score(c, cue) * max(float(rare.get(x, 1.0)) for x in shared)  # rare only if all are
            if best is None or s > best[0]:
                best = (s, f, c)
    return (best[1], best[2]) if best else None


def lemmatize(form: str, case: str | None = None, gender: str | None = None,
              known: Collection[str] = ()) -> str:
    """Convenience wrapper: the chosen nominative of a surname form (hyphenated names part by part)."""
    cue = Cue(case, gender, frozenset(fold(k) for k in known))
    if "-" in form.strip("-"):
        return "-".join(choose(part, cue).lemma for part in form.split("-"))
    return choose(form, cue).lemma


# --- first names ---------------------------------------------------------------------------------------------


@cache
def _first_names() -> dict[str, str]:
    """Lower-cased nominative (given names and nicknames) -> gender; a name listed for both genders maps to '?'."""
    data = langdata.load("cs", "first_names")
    out: dict[str, str] = {}
    for gender in ("f", "m"):
        for name in (*data[gender], *data.get("nicknames", {}).get(gender, ())):
            key = name.lower()
            out[key] = gender if out.get(key, gender) == gender else "?"
    return out


@cache
def first_name_readings(form: str) -> tuple[Candidate, ...]:
    """Every reading of a form as a listed Czech first name ("Jana": Jana f nom, Jan m gen/acc)."""
    names = _first_names()
    if not form[:1].isupper():
        return ()
    out = []
    for c in candidates(form, first_name=True):
        g = names.get(c.lemma.lower())
        if g and (g == "?" or c.gender in (g, "?")):
            out.append(Candidate(c.lemma, g if g != "?" else c.gender, c.cases, c.score, c.paradigm))
    if form.lower() in names and not any(c.lemma == form for c in out):
        out.append(Candidate(form, names[form.lower()], frozenset({"nom"}), 1.0, "listed"))
    return tuple(out)


def first_name(form: str, cue: Cue = Cue()) -> tuple[str, str] | None:
    """(nominative, gender) when the form is an inflected Czech first name, else None; the cue picks the reading."""
    readings = first_name_readings(form)
    if not readings:
        return None
    best = max(readings, key=lambda c: score(c, cue))
    return best.lemma, best.gender


# --- context cues --------------------------------------------------------------------------------------------


@cache
def _case_words() -> dict[str, str]:
    cues = _rules()["case_cues"]
    return {w: case for case, words in cues.items() for w in words}


def case_cue(words_before: Sequence[str]) -> str | None:
    """The case that the nearest governing word before a name asks for ("s" -> ins, "dle" -> gen)."""
    table = _case_words()
    for w in reversed(words_before[-2:]):
        if w.endswith(":"):
            return None  # "Z: Z. Růžička": "Z:" is a label (zodpovídá), no preposition governs the name
        case = table.get(w.lower().rstrip(".,"))
        if case:
            return case
    return None


def gender_cue(words_after: Sequence[str]) -> str | None:
    """The gender of the first past-tense verb after a name ("zahájila" -> f, "zdůraznil" -> m)."""
    vg = _rules()["verb_gender"]
    stop = {w.lower() for w in vg["not_verbs"]}
    for w in words_after[:6]:
        low = w.lower()
        if not low.isalpha() or not low.islower() or len(low) < vg["min_len"] or low in stop:
            continue
        if any(low.endswith(e) for e in vg["f"]):
            return "f"
        if any(low.endswith(e) for e in vg["m"]):
            return "m"
    return None
