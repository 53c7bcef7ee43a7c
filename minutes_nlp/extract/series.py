"""The series a meeting belongs to: the body's name without the meeting number, in a canonical form.

Czech titles name the body in the genitive ("19. jednání Pracovní skupiny pro Smart Cities"); the series is
its nominative ("Pracovní skupina pro Smart Cities"), so meetings of one body group together whatever the
title says. Only the head noun phrase declines (adjectives + head noun); complements ("pro Smart Cities",
"obce Lhotice") stay as written. The rules are a small table in `lang/<lang>/series.json`.
Abbreviations come from the title's parenthesis "(PS pro SC)" and from initialisms of the name that the text
uses ("PS SC").

The work is split by purpose (series_vocab: the language data; series_title: the name cut out of a title;
series_declension: nominative and genitive; series_bodies: a body named after its organisation; series_match:
abbreviations and shorter forms; series_forms: the case a document writes the name in); this module keeps the
one name the rest of the project imports them by.
"""

from __future__ import annotations

from minutes_nlp.extract.series_bodies import composed, municipal, with_organisation
from minutes_nlp.extract.series_declension import organisation_genitive
from minutes_nlp.extract.series_match import abbreviations, shortens, tail_shortens
from minutes_nlp.extract.series_title import SeriesName, series_from_title, without_designation

__all__ = [
    "SeriesName",
    "abbreviations",
    "composed",
    "municipal",
    "organisation_genitive",
    "series_from_title",
    "shortens",
    "tail_shortens",
    "with_organisation",
    "without_designation",
]
