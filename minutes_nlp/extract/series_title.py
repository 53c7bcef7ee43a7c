"""The series a meeting belongs to, read from its title: the body's name without the meeting number.

The title's prefix ("Zápis z"), meeting noun and number, date and tail are cut away; the body phrase left is
declined to the nominative (series_declension), so meetings of one body group together whatever the title says.
Split out of `series`, which gathers the series modules under one name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from minutes_nlp import lang as langdata
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.names import RESIDUE
from minutes_nlp.extract.series_declension import decline
from minutes_nlp.extract.series_vocab import SeriesVocab, dotted_legal_forms, vocab
from minutes_nlp.textutil import cached_rx, fold

_ACRONYM = 4  # longest word read as an initialism in a name set in capitals
_DESIGNATION = re.compile(r"\s*(?:č\.|čís\.|no\.|nr\.)\s*(?P<n>\d{1,3})\s*/\s*(?:19|20)\d{2}(?!\d)", re.IGNORECASE)


@dataclass(frozen=True)
class SeriesName:
    """A series read from a title: the body's name, the meeting's number, abbreviations and the body's type."""
    series: str | None
    number: int | None = None
    abbreviations: tuple[str, ...] = ()
    body_type: str | None = None
    met: bool = False  # the name follows a meeting noun ("meeting of the X", "zasedání X"): the body that met


def series_from_title(title: str | None, lang: str) -> SeriesName:
    """Series name, meeting number, explicit abbreviations and body type from a meeting title."""
    if not title:
        return SeriesName(None)
    v = vocab(lang)
    organ = _organ_meeting(title, v)
    if organ:
        return organ
    phrase, number, met, noun = _title_parts(title, v)
    phrase, abbrevs = _split_parenthesis(phrase)
    trimmed = _trimmed(phrase, met, v)
    words = _without_term(_uncapitalise(trimmed.split(), lang, v), v)
    if not words:
        return SeriesName(None, number, tuple(abbrevs))
    next_to_noun = met or phrase.rstrip(" –—-,.:;").endswith(trimmed)  # nothing cut between name and noun
    name = _named(words, noun if next_to_noun else "", number, tuple(abbrevs), met, v)
    return replace(name, series=_with_closing_dot(name.series, lang))


def _with_closing_dot(series: str | None, lang: str) -> str | None:
    """ "..., a.s" back to "..., a.s.": the title's tail is cut with the dots around it, but an abbreviated legal
    form closing the name keeps its own."""
    if not series or series.endswith("."):
        return series
    forms = dotted_legal_forms(langdata.code(lang))
    return f"{series}." if any(f.endswith(".") and series.endswith(f[:-1]) for f in forms) else series


def _trimmed(phrase: str, met: bool, v: SeriesVocab) -> str:
    """The body phrase without a joint meeting's other bodies, the title's tail, an article, a parent body."""
    phrase = _nearest_body(phrase, not met, v)
    phrase = v.tail.sub("", phrase).strip(" –—-,.:;\"„“")
    phrase = re.sub(r"^(?:the|of|a|an)\s+", "", phrase, flags=re.IGNORECASE)
    phrase = v.parent.sub(r"\g<sub>", phrase) if v.parent else phrase
    return v.possessive_parent.sub("", phrase) if v.possessive_parent else phrase


def _named(words: list[str], noun: str, number: int | None, abbrevs: tuple[str, ...], met: bool,
           v: SeriesVocab) -> SeriesName:
    """The series of a body phrase in the nominative, or the standing meeting it names when it is no body."""
    words = _to_head(words, v)
    declined, head = decline(words, v)
    body_type = v.series["body_types"].get(head.split()[-1]) if head else None
    standing = _meeting_named(noun if met else "", words, v) if body_type is None else None
    if standing:
        nominative = standing.split()[0].lower()
        return SeriesName(standing, number, abbrevs, v.series["body_types"].get(nominative), True)
    before = _meeting_named_before(noun if not met else "", words, v) if body_type is None else None
    if before or (body_type is None and v.series.get("standing_meeting_before") and not _without_kinds(words, v)):
        return SeriesName(before, number, abbrevs, None, False)  # "Minutes of the Regular Meeting": no body
    name = " ".join(declined)
    return SeriesName(name[:1].upper() + name[1:], number, abbrevs, body_type, met and body_type is not None)


def _to_head(words: list[str], v: SeriesVocab) -> list[str]:
    """ "Protection Cluster Coordination" -> "Protection Cluster": what the meeting is for, written after the
    body's head noun (`meeting_purpose_words`), is no part of the body's name."""
    purpose = {fold(w) for w in v.series.get("meeting_purpose_words", [])}
    heads = {fold(h) for h in v.series["head_nouns"] if " " not in h}
    last = next((i for i in range(len(words) - 1, -1, -1) if fold(words[i]) in heads), None)
    if last is None or last == len(words) - 1 or not all(fold(w) in purpose for w in words[last + 1:]):
        return words
    return words[:last + 1]


def _title_parts(title: str, v: SeriesVocab) -> tuple[str, int | None, bool, str]:
    """The body phrase of a title, the meeting number, whether the phrase follows the meeting noun and that
    noun, e.g. ("Pracovní skupiny pro SC (PS)", 19, True, "jednání")."""
    text, designated = without_designation(RESIDUE.sub("", title).strip())
    text, designated = _bracketed_number(v.prefix.sub("", text), designated, v)
    hashed = v.numbered_after.search(text)
    order = (v.numbered_after, v.numbered, v.nouns) if hashed and "#" in hashed.group(0) \
        else (v.numbered, v.numbered_after, v.nouns)  # "1st General Assembly and SC Meeting #3": the "#" counts
    for pattern in order:
        m = pattern.search(text)
        if m:
            return _parts_at(m, text, designated, v)
    return text, designated, False, ""


def _parts_at(m: re.Match[str], text: str, designated: int | None,
              v: SeriesVocab) -> tuple[str, int | None, bool, str]:
    """The title's parts around its meeting noun (match m): the body named after the noun, else before it."""
    after, before = text[m.end():].strip(), text[:m.start()].strip(" –—-,:")
    number = int(m.group("n")) if m.groupdict().get("n") else designated
    kept = v.tail.sub("", " " + after).strip(" –—-,.:;") if after[:1].isalpha() and not _minutes_only(after, v) else ""
    noun = m.group("noun") if m.groupdict().get("noun") else m.group(0).split()[0]
    between = _between(m, v)
    if not kept and between:
        return between, number, True, noun  # "Kick-off and 1st Steering Committee meeting"
    return (after if kept else before), number, bool(kept), noun


def _without_term(words: list[str], v: SeriesVocab) -> list[str]:
    """ "nového výboru SDH X", "the newly elected Parish Council": words opening the body's name that say which
    term of the body met (`term_qualifiers`: new, newly elected, incoming), written in lower case, are no part of
    its name; the body of every term is one series. Capitalised they open a proper name ("New Town Committee")."""
    terms = sorted((t.split() for t in v.series.get("term_qualifiers", [])), key=len, reverse=True)
    for term in terms:
        k = len(term)
        if len(words) > k and [fold(w) for w in words[:k]] == [fold(t) for t in term] \
                and all(w.islower() for w in words[:k]):  # "New Town Committee": a capital makes it a name
            return words[k:]
    return words


def _minutes_only(after: str, v: SeriesVocab) -> bool:
    """ "Steering Group Meeting Notes", "Project Board Meeting Record": words after the meeting noun that only
    name the record (`not_series_words`, the minutes words) name no body; the body stands before the noun."""
    words = {fold(w) for w in [*v.series.get("not_series_words", []), *v.labels["minutes_words"]]}
    found = re.findall(r"[^\W\d_]+", after)
    return bool(found) and all(fold(w) in words for w in found)


def _between(m: re.Match[str], v: SeriesVocab) -> str | None:
    """The words between a meeting's number and its noun when they name a body ("1st Steering Committee
    meeting"), else None ("19. řádné jednání": a kind of meeting)."""
    if not m.groupdict().get("n") or m.re is not v.numbered:
        return None
    words = re.sub(r"^(?:\.|st|nd|rd|th)(?!\w)", "", m.string[m.end("n"):m.start("noun")]).split()  # "1st", "19."
    heads = {fold(k) for k in v.series["head_nouns"]}
    return " ".join(words) if any(fold(w) in heads for w in words) else None


def _nearest_body(phrase: str, before_noun: bool, v: SeriesVocab) -> str:
    """ "General Assembly and Steering Committee" (Meeting #3): a joint meeting of coordinated bodies is
    counted by the body next to the meeting noun; each part must name a body ("Finance and General Purposes
    Committee" is one body) and a later part open with a capital: "Výbor pro obce a regiony Rady vlády" is one
    body whose subject is coordinated in lower case."""
    joiners = v.series.get("coordinators") or []
    if not joiners:
        return phrase
    parts = re.split(rf"\s+(?:{alt(joiners)})\s+", phrase)
    heads = {fold(k) for k in v.series["head_nouns"]}
    if len(parts) < 2 or not all(any(fold(w) in heads for w in p.split()) for p in parts) \
            or any(p[:1].islower() for p in parts[1:]):
        return phrase
    return parts[-1] if before_noun else parts[0]


def _bracketed_number(text: str, designated: int | None, v: SeriesVocab) -> tuple[str, int | None]:
    """ "Zápis z výjezdního zasedání Výboru X (4. jednání)", "Minutes of the Special Meeting of the Board (Meeting
    No. 5)": a bracket holding only the running number and a meeting noun numbers the meeting named before it;
    the body is read from the title without it."""
    for m in re.finditer(r"\s*\(([^()]{3,30})\)", text):
        inner = m.group(1).strip()
        found = v.numbered.fullmatch(inner) or v.numbered_after.fullmatch(inner)
        if found and v.nouns.search(text[:m.start()]):
            return (text[:m.start()] + text[m.end():]).strip(), int(found.group("n"))
    return text, designated


def without_designation(title: str) -> tuple[str, int | None]:
    """ "Zápis č. 4/2024 z valné hromady ...", "... Hrabětínsko č. 1/2024": a running number with its year is
    the meeting's number, not part of the body's name."""
    m = _DESIGNATION.search(title)
    if not m:
        return title, None
    return " ".join((title[:m.start()] + " " + title[m.end():]).split()), int(m.group("n"))


def _meeting_named(noun: str, words: list[str], v: SeriesVocab) -> str | None:
    """ "porady vedení odboru ...": a standing meeting named by who meets, in lower case (no body's name
    follows), is itself the series: "Porada vedení odboru ..." (`meeting_series_nouns`)."""
    nominative = v.series.get("meeting_series_nouns", {}).get(fold(noun))
    if not nominative or not words or not words[0][:1].islower():
        return None
    return " ".join([nominative.capitalize(), *words])


def _meeting_named_before(noun: str, words: list[str], v: SeriesVocab) -> str | None:
    """ "Directors' Meeting", "Health Partners Meeting", "Inter-Agency Coordination Meeting": in English a
    standing meeting named by who meets, written before the meeting noun, names no body; the meeting itself,
    noun included, is the series (`standing_meeting_before`). A kind of meeting before it ("Monthly", "Regular")
    is no part of it, and a kind alone names nothing."""
    if not noun or not v.series.get("standing_meeting_before"):
        return None
    words = _without_kinds(words, v)
    minutes = {fold(w) for w in v.labels.get("minutes_words", [])}
    if not words or not words[0][:1].isupper() or any(fold(w) in minutes for w in words):
        return None
    return " ".join([*words, noun[:1].upper() + noun[1:].lower()])


def _without_kinds(words: list[str], v: SeriesVocab) -> list[str]:
    """The words after the kinds of meeting that open them ("Regular", "Virtual Public", `meeting_kind_words`)."""
    kinds = {fold(k) for k in v.series.get("meeting_kind_words", [])}
    while words and fold(words[0]) in kinds:
        words = words[1:]
    return words


def _organ_meeting(title: str, v: SeriesVocab) -> SeriesName | None:
    """ "Zápis z výroční členské schůze Mysliveckého spolku Háj": a members' meeting is the organisation's
    supreme organ, named with the organisation as written after it, in the nominative ("Členská schůze
    Mysliveckého spolku Háj"), like "Valná hromada spolku X"; the meeting's kind ("výroční") is left out
    (`organ_meetings`, `organ_meeting_kinds`)."""
    organs = v.series.get("organ_meetings")
    if not organs:
        return None
    text, designated = without_designation(RESIDUE.sub("", title).strip())
    kinds = alt(v.series.get("organ_meeting_kinds") or ["(?!)"])
    m = cached_rx(rf"(?:{v.prefix.pattern})?(?:(?P<n>\d{{1,3}})\.\s*)?(?:{kinds}\s+)*(?P<organ>{alt(organs)})\s+"
                  rf"(?P<rest>[^\W\d_].*)$", re.IGNORECASE | re.DOTALL).match(text)
    rest = v.tail.sub("", " " + m.group("rest")).strip(" –—-,.:;\"„“") if m else ""
    if not m or not rest:
        return None
    nominative = organs.get(m.group("organ").lower()) or next(
        (n for k, n in organs.items() if fold(k) == fold(m.group("organ"))), m.group("organ"))
    number = int(m.group("n")) if m.group("n") else designated
    return SeriesName(f"{nominative[:1].upper()}{nominative[1:]} {rest}", number, (), "assembly", True)


def _split_parenthesis(phrase: str) -> tuple[str, list[str]]:
    """The phrase without its parentheses, and those that hold an abbreviation ("(PS pro SC)")."""
    found = [p.strip() for p in re.findall(r"\(([^)]{2,30})\)", phrase)]
    abbrevs = [p for p in found if re.search(r"[A-ZÁ-Ž]{2}", p)]
    return re.sub(r"\s*\([^)]*\)", "", phrase).strip(), abbrevs


def _uncapitalise(words: list[str], lang: str, v: SeriesVocab) -> list[str]:
    """A name set in capitals ("FINANCE AND RESOURCES COMMITTEE") in ordinary case: English title case,
    Czech lower case (sentence case is given to the series as a whole); names with any lower-case letter, and
    names made of initialisms only, are left as written."""
    letters = "".join(w for w in words if w.isalpha())
    if not words or not letters.isupper() or all(len(w) <= _ACRONYM for w in words):
        return words  # "AS FF UTŠ", "KV": initialisms, not a name set in capitals; one longer word ("PORADY
        # VEDENÍ", "COUNCIL") is the name's only word set in capitals
    small = set(v.series["function_words"])
    if lang == "en":
        initialisms = {fold(h) for h in v.series.get("initialism_heads", [])}  # "HOUSING SPC": "Housing SPC"
        return [w if fold(w) in initialisms else w.lower() if i and w.lower() in small else w.capitalize()
                for i, w in enumerate(words)]
    return [w.lower() for w in words]  # sentence case comes with the series (`_named`); a standing meeting's
    # people stay in lower case: "ZÁPIS Z PORADY ŘEDITELŮ ..." -> "Porada ředitelů ..." (`_meeting_named`)
