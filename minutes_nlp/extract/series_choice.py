"""The meeting's series among the title-like texts of its minutes: the candidate that names the body best.

Split out of `titles`, which finds those texts (the title lines, the header's "název", the letterhead) and
re-exports `choose_series`; which of them names the series is a ranking of the body names read from them
(`series`, `series_forms`), apart from where minutes state their title.
"""

from __future__ import annotations

from minutes_nlp.extract import series as series_mod
from minutes_nlp.extract import series_forms, series_placed, series_tails

_MAX_NUMBER = 999  # "2025 regular meeting" is a year, not a meeting number
_SUB_BODIES = frozenset({"committee", "commission", "working_group", "panel", "team"})  # body types (series.json)


def _series_rank(ranked: tuple[int, series_mod.SeriesName]) -> tuple[int, int, int, int, int, int]:
    """A named body first; then the body that met ("meeting of the X Committee") over a letterhead; written
    out over abbreviated; a committee over the council it belongs to (a letterhead names the parent body);
    then the longer name, then the later line."""
    position, name = ranked
    text = name.series or ""
    return (int(name.body_type is not None), int(name.met), int(any(c.islower() for c in text)),
            int(name.body_type in _SUB_BODIES), len(text), position)


def choose_series(candidates: list[str], lang: str, org: str | None = None) -> series_mod.SeriesName:
    """The best-named series among the candidates (parts split at " – " too), with the first number found; "the
    Parish Council" of the title is "Fernhallow Parish Council" of the letterhead. A governing body named
    without its organisation takes the letterhead's `org` (see `series.with_organisation`)."""
    names = []
    for cand in candidates:
        names += [series_mod.series_from_title(p, lang) for p in series_forms.title_parts(cand, lang)]
    names = [n for n in names if n.series and series_forms.names_body(n.series, lang)]
    if not names:
        return series_mod.SeriesName(None)
    names += series_mod.composed(names, lang)
    best = max(enumerate(names), key=_series_rank)[1]
    short = best.series or ""
    fuller = [n for n in names if n.series and len(n.series) > len(short)
              and n.series.lower().endswith(" " + short.lower()) and len(n.series.split()) - len(short.split()) <= 3]
    best = fuller[0] if fuller else best
    number = next((n.number for n in names if n.number is not None and n.number <= _MAX_NUMBER), None)
    abbrevs = tuple(dict.fromkeys(a for n in names for a in n.abbreviations))
    named = series_mod.with_organisation(best, org or _organisation_named(names, lang), lang)
    named = series_placed.placed_council(named, candidates, lang)  # "PCC" under "St Mary's Church, Ashby"
    named = series_tails.without_tails(named, lang)  # "... pro rok 2025", "..., p. o."
    return series_mod.SeriesName(named, number, abbrevs, best.body_type)


def _organisation_named(names: list[series_mod.SeriesName], lang: str) -> str | None:
    """ "Dobrovolný svazek obcí X – Zápis z valné hromady": a title part that names an organisation (its head
    is an organisation noun, no body) stands for a letterhead."""
    return next((n.series for n in names if n.body_type is None and n.series
                 and series_mod.organisation_genitive(n.series, lang)), None)
