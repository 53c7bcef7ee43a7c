"""The language data a series name is read with, compiled once per language.

`lang/<lang>/series.json` (head nouns, suffix rules, body types) and `metadata_labels.json` (meeting nouns,
title prefixes and tails) become the patterns that cut a body's name out of a title. Split out of `series`, whose
modules (series_title, series_declension, series_bodies, series_match) all read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract.dateparts import alt


@dataclass(frozen=True)
class SeriesVocab:
    """A language's series data and the title patterns compiled from it."""
    series: dict[str, Any]
    labels: dict[str, Any]
    prefix: re.Pattern[str]
    numbered: re.Pattern[str]
    numbered_after: re.Pattern[str]
    nouns: re.Pattern[str]
    tail: re.Pattern[str]
    parent: re.Pattern[str] | None
    possessive_parent: re.Pattern[str] | None = None


@cache
def vocab(lang: str) -> SeriesVocab:
    """The vocabulary of `lang` (English for a language without series data)."""
    code = langdata.code(lang)
    series, labels = langdata.load(code, "series"), langdata.load(code, "metadata_labels")
    nouns = alt(labels["meeting_nouns"])
    return SeriesVocab(
        series, labels,
        prefix=re.compile(rf"^\s*{alt(labels['title_prefixes'])}\s+", re.IGNORECASE),
        numbered=re.compile(rf"(?:(?:č\.|no\.?|nr\.?|number)\s*)?(?P<n>\d{{1,4}})(?:\.|st|nd|rd|th)?\s*"
                            rf"(?:[^\W\d]+\s+){{0,2}}?(?P<noun>{nouns})(?!\w)(?:\s+(?:of|for)(?:\s+the)?)?",
                            re.IGNORECASE),
        numbered_after=re.compile(rf"(?<!\w)(?P<noun>{nouns})(?:\s+[^\W\d]+)?\s*(?:č\.|no\.?|nr\.?|number|#)\s*"
                                  rf"(?P<n>\d{{1,4}})",
                                  re.IGNORECASE),
        nouns=re.compile(rf"(?<!\w){nouns}(?!\w)(?:\s+(?:of|for)(?:\s+the)?)?", re.IGNORECASE),
        tail=re.compile(rf"{_not_after(labels)}(?:\s+|,\s*|\s*[–—-]\s*){_no_subject(code, labels)}"
                        rf"(?:{alt(labels['title_tails'])})(?:\s.*)?$|\s*(?:[–—:]|,{_NOT_ENUMERATION}"
                        rf"{_capital_enumeration(series)}{_legal_form(code)})\s.*$"
                        rf"|\s+\d{{1,2}}\.\s*\d{{1,2}}\.\s*\d{{4}}.*${_matter(labels)}", re.IGNORECASE | re.DOTALL),
        parent=_parent_pattern(series),
        possessive_parent=_possessive_parent(series),
    )


def _not_after(labels: dict[str, Any]) -> str:
    """ "the newly elected Parish Council": a tail word after an adverb of the body's term (`title_tail_adverbs`)
    is a participle of the name, no tail; one lookbehind per adverb (they differ in length)."""
    return "".join(rf"(?<!\b{re.escape(w)})" for w in labels.get("title_tail_adverbs") or [])


def _matter(labels: dict[str, Any]) -> str:
    """ "Komise pro posouzení a hodnocení nabídek k veřejné zakázce „Přístavba ...“", "Evaluation panel for the
    tender "School Roof"": an ad hoc body's title goes on with the matter it was set up for, a quoted name after
    a preposition and a noun or two (`matter_prepositions`); the body's name ends before the preposition."""
    preps = labels.get("matter_prepositions") or []
    return rf"|\s+(?:{alt(preps)})\s+(?:[^\W\d]+\s+){{1,3}}[„“\"»«].*$" if preps else ""


# a comma inside a body's own name enumerates its fields ("Výbor pro výchovu, vzdělávání a zaměstnanost"): lower-case
# words up to "a"/"and" continue the name, where any other comma starts the title's tail (a place, a date)
_NOT_ENUMERATION = r"(?!(?-i:(?:,?\s+[a-záčďéěíňóřšťúůýž][\w-]*){1,3}?\s+(?:a|i|and|nebo|or)\s))"

def _capital_enumeration(series: dict[str, Any]) -> str:
    """ "Children, Young People and Families Committee", "Audit, Risk and Governance Committee": an English
    body's name enumerates its fields in capitals up to "and"/"&" and closes with a body's head noun; such a
    comma continues the name (a comma before a place or a date has no head noun after its "and")."""
    heads = [h for h in series.get("head_nouns", {}) if " " not in h]
    if not heads:
        return ""
    word = r"[A-ZÁ-Ž][\w'’-]*"
    return (rf"(?!(?-i:(?:,?\s+{word}){{1,4}}?\s+(?:and|AND|&)\s+(?:{word}\s+){{0,5}})"
            rf"{alt(heads)}(?!\w))")


@cache
def dotted_legal_forms(code: str) -> tuple[str, ...]:
    """The abbreviated legal forms of `code` (`legal_forms` in org_patterns.json with a dot: "a.s.", "Ltd.")."""
    return tuple(f for f in langdata.load(code, "org_patterns").get("legal_forms", []) if "." in f)


def _legal_form(code: str) -> str:
    """ "Dozorčí rada společnosti Vodovody X, a.s.", "MAS Y, z.s.": an abbreviated legal form after a comma is the
    close of the organisation's name, not the title's tail (`legal_forms` in org_patterns.json; a form written
    out in words, "příspěvková organizace", stays outside: it describes the organisation)."""
    forms = dotted_legal_forms(code)
    return rf"(?!\s*{alt(forms)}(?!\w))" if forms else ""


def _no_subject(code: str, labels: dict[str, Any]) -> str:
    """A lookahead keeping a preposition that opens the body's subject inside its name: "Committee on Human
    Rights", "Working Group on Climate Adaptation" (a capitalised word after "on" that is no weekday or month),
    "Porada ředitelů příspěvkových organizací v oblasti kultury" ("v" + a subject noun, not a room or a town);
    the same preposition before a date or a place ends the name ("held on Monday", "v zasedací místnosti";
    `title_tail_subjects` in metadata_labels.json)."""
    rule = labels.get("title_tail_subjects")
    if not rule:
        return ""
    dates = langdata.load(code, "dates")
    months = [m for forms in dates.get("months", {}).values() for m in forms]
    online = labels.get("online_cues", [])  # "... Committee on Zoom", "on Microsoft Teams": a platform
    not_subjects = [*dates.get("weekdays", []), *months, *online, *rule.get("not_subjects", [])]
    parts = [rf"{alt(rule.get('capitalised', []))}\s+(?!{alt(not_subjects)}(?!\w))(?-i:[A-ZÁ-Ž])"] \
        if rule.get("capitalised") else []
    parts += [rf"{alt([p])}\s+{alt(words)}(?!\w)" for p, words in rule.get("words", {}).items()]
    return f"(?!{'|'.join(parts)})" if parts else ""


def _possessive_parent(series: dict[str, Any]) -> re.Pattern[str] | None:
    """ "Kelby County Council's Housing Strategic Policy Committee": the parent body written before a sub-body in
    the possessive is no part of the series, as "... Committee of Kelby County Council" is not (`parent_bodies`)."""
    parent = series.get("parent_bodies")
    if not parent:
        return None
    return re.compile(rf"^(?:the\s+)?(?:[^\W\d_][\w&.-]*\s+){{0,4}}?{alt(parent['nouns'])}['’]s\s+"
                      rf"(?=.*(?<!\w){alt(parent['sub_bodies'])}$)", re.IGNORECASE)


def _parent_pattern(series: dict[str, Any]) -> re.Pattern[str] | None:
    """ "Planning Committee of Brackenfield Town Council": the parent body after a sub-body's name is not part
    of the series (`parent_bodies` in series.json; Czech names keep it, it is part of the official name), nor is
    a municipality named by its kind first ("... Committee of the Town of Elmbridge Falls", `place_nouns`)."""
    parent = series.get("parent_bodies")
    if not parent:
        return None
    named = rf"|{alt(parent['place_nouns'])}\s+of\s+(?:the\s+)?(?:[^\W\d_][\w'’&.-]*\s*){{1,4}}" \
        if parent.get("place_nouns") else ""  # "... Committee of the Town of Elmbridge Falls"
    return re.compile(rf"(?<!\w)(?P<sub>{alt(parent['sub_bodies'])})\s+(?:{alt(parent['joiners'])})\s+(?:the\s+)?"
                      rf"(?:(?:[^\W\d_][\w'’&-]*\s+){{0,4}}?{alt(parent['nouns'])}{named})$", re.IGNORECASE)
