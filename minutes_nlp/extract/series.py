"""The series a meeting belongs to: the body's name without the meeting number, in a canonical form.

Czech titles name the body in the genitive ("19. jednání Pracovní skupiny pro Smart Cities"); the series is
its nominative ("Pracovní skupina pro Smart Cities"), so meetings of one body group together whatever the
title says. Only the head noun phrase declines (adjectives + head noun); complements ("pro Smart Cities",
"obce Lhotice") stay as written. The rules are a small table in `lang/<lang>/series.json`.
Abbreviations come from the title's parenthesis "(PS pro SC)" and from initialisms of the name that the text
uses ("PS SC").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.names import RESIDUE
from minutes_nlp.textutil import fold


@dataclass(frozen=True)
class SeriesName:
    series: str | None
    number: int | None = None
    abbreviations: tuple[str, ...] = ()
    body_type: str | None = None
    met: bool = False  # the name follows a meeting noun ("meeting of the X", "zasedání X"): the body that met


@dataclass(frozen=True)
class _Vocab:
    series: dict[str, Any]
    labels: dict[str, Any]
    prefix: re.Pattern[str]
    numbered: re.Pattern[str]
    numbered_after: re.Pattern[str]
    nouns: re.Pattern[str]
    tail: re.Pattern[str]
    parent: re.Pattern[str] | None


@cache
def _vocab(lang: str) -> _Vocab:
    code = lang if lang in langdata.SUPPORTED else "en"
    series, labels = langdata.load(code, "series"), langdata.load(code, "metadata_labels")
    nouns = alt(labels["meeting_nouns"])
    return _Vocab(
        series, labels,
        prefix=re.compile(rf"^\s*{alt(labels['title_prefixes'])}\s+", re.IGNORECASE),
        numbered=re.compile(rf"(?:(?:č\.|no\.?|nr\.?|number)\s*)?(?P<n>\d{{1,4}})(?:\.|st|nd|rd|th)?\s*"
                            rf"(?:[^\W\d]+\s+){{0,2}}?(?P<noun>{nouns})(?!\w)(?:\s+(?:of|for)(?:\s+the)?)?",
                            re.IGNORECASE),
        numbered_after=re.compile(rf"(?<!\w)(?P<noun>{nouns})(?:\s+[^\W\d]+)?\s*(?:č\.|no\.?|nr\.?|number|#)\s*"
                                  rf"(?P<n>\d{{1,4}})",
                                  re.IGNORECASE),
        nouns=re.compile(rf"(?<!\w){nouns}(?!\w)(?:\s+(?:of|for)(?:\s+the)?)?", re.IGNORECASE),
        tail=re.compile(rf"(?:\s+|,\s*|\s*[–—-]\s*)(?:{alt(labels['title_tails'])})(?:\s.*)?$|\s*[,–—:]\s.*$"
                        rf"|\s+\d{{1,2}}\.\s*\d{{1,2}}\.\s*\d{{4}}.*$", re.IGNORECASE | re.DOTALL),
        parent=_parent_pattern(series),
    )


def _parent_pattern(series: dict[str, Any]) -> re.Pattern[str] | None:
    """ "Planning Committee of Brackenfield Town Council": the parent body after a sub-body's name is not part
    of the series (`parent_bodies` in series.json; Czech names keep it, it is part of the official name)."""
    parent = series.get("parent_bodies")
    if not parent:
        return None
    return re.compile(rf"(?<!\w)(?P<sub>{alt(parent['sub_bodies'])})\s+(?:{alt(parent['joiners'])})\s+(?:the\s+)?"
                      rf"(?:[^\W\d_][\w'’&-]*\s+){{0,4}}?{alt(parent['nouns'])}$", re.IGNORECASE)


def _title_parts(title: str, v: _Vocab) -> tuple[str, int | None, bool, str]:
    """The body phrase of a title, the meeting number, whether the phrase follows the meeting noun and that
    noun, e.g. ("Pracovní skupiny pro SC (PS)", 19, True, "jednání")."""
    text, designated = without_designation(RESIDUE.sub("", title).strip())
    text = v.prefix.sub("", text)
    for pattern in (v.numbered, v.numbered_after, v.nouns):
        m = pattern.search(text)
        if m:
            after, before = text[m.end():].strip(), text[:m.start()].strip(" –—-,:")
            number = int(m.group("n")) if m.groupdict().get("n") else designated
            kept = v.tail.sub("", " " + after).strip(" –—-,.:;") if after[:1].isalpha() else ""
            noun = m.group("noun") if m.groupdict().get("noun") else m.group(0).split()[0]
            return (after if kept else before), number, bool(kept), noun if kept else ""
    return text, designated, False, ""


_DESIGNATION = re.compile(r"\s*(?:č\.|čís\.|no\.|nr\.)\s*(?P<n>\d{1,3})\s*/\s*(?:19|20)\d{2}(?!\d)", re.IGNORECASE)


def without_designation(title: str) -> tuple[str, int | None]:
    """ "Zápis č. 4/2024 z valné hromady ...", "... Hrabětínsko č. 1/2024": a running number with its year is
    the meeting's number, not part of the body's name."""
    m = _DESIGNATION.search(title)
    if not m:
        return title, None
    return " ".join((title[:m.start()] + " " + title[m.end():]).split()), int(m.group("n"))


def _meeting_named(noun: str, words: list[str], v: _Vocab) -> str | None:
    """ "porady vedení odboru ...": a standing meeting named by who meets, in lower case (no body's name
    follows), is itself the series: "Porada vedení odboru ..." (`meeting_series_nouns`)."""
    nominative = v.series.get("meeting_series_nouns", {}).get(fold(noun))
    if not nominative or not words or not words[0][:1].islower():
        return None
    return " ".join([nominative.capitalize(), *words])


def _split_parenthesis(phrase: str) -> tuple[str, list[str]]:
    found = [p.strip() for p in re.findall(r"\(([^)]{2,30})\)", phrase)]
    abbrevs = [p for p in found if re.search(r"[A-ZÁ-Ž]{2}", p)]
    return re.sub(r"\s*\([^)]*\)", "", phrase).strip(), abbrevs


def _replace_suffix(word: str, old: str, new: str) -> str:
    return word[: len(word) - len(old)] + new if old else word + new


def _decline(words: list[str], v: _Vocab) -> tuple[list[str], str | None]:
    """Adjectives + head noun back to the nominative; returns the words and the head's nominative."""
    heads: dict[str, list[str]] = {fold(k): val for k, val in v.series["head_nouns"].items()}
    order = range(len(words) - 1, -1, -1) if v.series.get("head_last") else range(min(len(words), 4))
    for i in order:  # Czech heads the phrase ("Rada města X"); English ends it ("Finance and ... Committee")
        for size in (2, 1):
            key = fold(" ".join(words[i:i + size]))
            if key in heads:
                nominative, gender = heads[key]
                return _rebuild(words, i, size, nominative, gender, v), nominative
    first_noun = next((i for i, w in enumerate(words) if not _adjective(w, v)), None)
    return _by_suffix(words, first_noun, v) if first_noun is not None else (words, None)


def _rebuild(words: list[str], i: int, size: int, nominative: str, gender: str, v: _Vocab) -> list[str]:
    head = nominative.split()
    head = [w if fold(w) == fold(h) else h.capitalize() if w[:1].isupper() else h
            for h, w in zip(head, words[i:i + size], strict=False)]
    adjectives = [_adjective_nominative(w, gender, v) for w in words[:i]]
    return adjectives + head + words[i + size:]


def _adjective(word: str, v: _Vocab) -> bool:
    if any(word.lower().endswith(old) for old, _new, _g in v.series["noun_suffixes"] if len(old) >= 3):
        return False  # "vedení", "zastupitelstva": noun endings that look adjectival
    return any(fold(word).endswith(fold(old)) for rules in v.series["adjective_suffixes"].values()
               for old, _new in rules) and word[:1].isalpha()


def _adjective_nominative(word: str, gender: str, v: _Vocab) -> str:
    for old, new in v.series["adjective_suffixes"].get(gender, []):
        if word.lower().endswith(old):
            return _replace_suffix(word, old, new)
    return word


def _by_suffix(words: list[str], i: int, v: _Vocab) -> tuple[list[str], str | None]:
    for old, new, gender in v.series["noun_suffixes"]:
        if words[i].lower().endswith(old):
            nominative = _replace_suffix(words[i], old, new)
            return [_adjective_nominative(w, gender, v) for w in words[:i]] + [nominative] + words[i + 1:], \
                nominative.lower()
    return words, None


_ACRONYM = 4  # longest word read as an initialism in a name set in capitals


def _uncapitalise(words: list[str], lang: str, v: _Vocab) -> list[str]:
    """A name set in capitals ("FINANCE AND RESOURCES COMMITTEE") in ordinary case: English title case,
    Czech sentence case; names with any lower-case letter, and names made of initialisms only, are left as
    written."""
    letters = "".join(w for w in words if w.isalpha())
    if len(words) < 2 or not letters.isupper() or all(len(w) <= _ACRONYM for w in words):
        return words  # "AS FF UTŠ": initialisms, not a name set in capitals
    small = set(v.series["function_words"])
    if lang == "en":
        return [w.lower() if i and w.lower() in small else w.capitalize() for i, w in enumerate(words)]
    return [w.capitalize() if i == 0 else w.lower() for i, w in enumerate(words)]


def series_from_title(title: str | None, lang: str) -> SeriesName:
    """Series name, meeting number, explicit abbreviations and body type from a meeting title."""
    if not title:
        return SeriesName(None)
    v = _vocab(lang)
    phrase, number, met, noun = _title_parts(title, v)
    phrase, abbrevs = _split_parenthesis(phrase)
    phrase = v.tail.sub("", phrase).strip(" –—-,.:;\"„“")
    phrase = re.sub(r"^(?:the|of|a|an)\s+", "", phrase, flags=re.IGNORECASE)
    phrase = v.parent.sub(r"\g<sub>", phrase) if v.parent else phrase
    words = _uncapitalise(phrase.split(), lang, v)
    if not words:
        return SeriesName(None, number, tuple(abbrevs))
    declined, head = _decline(words, v)
    body_type = v.series["body_types"].get(head.split()[-1]) if head else None
    standing = _meeting_named(noun, words, v) if body_type is None else None
    if standing:
        nominative = standing.split()[0].lower()
        return SeriesName(standing, number, tuple(abbrevs), v.series["body_types"].get(nominative), True)
    name = " ".join(declined)
    return SeriesName(name[:1].upper() + name[1:], number, tuple(abbrevs), body_type, met and body_type is not None)


def with_organisation(name: SeriesName, org: str | None, lang: str) -> str | None:
    """A governing body named without its organisation ("Full Governing Board", "Board of Directors") under a
    letterhead naming one: the body of that organisation, in the language's order (`organisation_bodies`:
    which body types govern an organisation; English puts the organisation before a name ending in its head
    noun, "St Wenna's School Full Governing Board", and after one with an "of" complement, "Board of
    Directors of Brackenmoor Housing Limited"; Czech puts it after the body in the genitive, "Valná hromada
    Dobrovolného svazku obcí X", and a body named by its bare noun, "Výbor", is always the organisation's)."""
    v = _vocab(lang)
    owner = series_from_title(org, lang).series if org and not municipal(org, lang) else None
    declines = "organisation_nouns" in v.series
    bare = declines and name.body_type is not None and len((name.series or "").split()) == 1  # "Výbor"
    if not name.series or not owner or name.body_type not in v.series.get("organisation_bodies", ()) and not bare \
            or fold(owner) in fold(name.series):
        return name.series
    if declines:
        return _with_genitive(name.series, owner, lang)
    joiners = (v.series.get("parent_bodies") or {}).get("joiners") or []
    if joiners and re.search(rf"\s(?:{alt(joiners)})\s", name.series, re.IGNORECASE):
        return f"{name.series} {joiners[0]} {owner}"
    return f"{owner} {name.series}"


def municipal(text: str, lang: str) -> bool:
    """ "Town of Alderbrook, Maine", "CITY OF X": a name of a municipality (`municipal_words`) with no body in
    it; an English letterhead so is the authority, not an organisation its boards are named after."""
    words = _vocab(lang).series.get("municipal_words")
    if not words or not re.search(rf"(?<!\w)(?:{alt(words)})(?!\w)", text, re.IGNORECASE):
        return False
    return series_from_title(text, lang).body_type is None


def organisation_genitive(owner: str, lang: str) -> str | None:
    """ "Dobrovolný svazek obcí X" -> "Dobrovolného svazku obcí X": the organisation's name as a complement of
    its body (adjectives + head noun declined, the rest kept); None when its head is no organisation noun
    (`organisation_nouns`; a company's own name is not declined)."""
    v = _vocab(lang)
    nouns: dict[str, list[str]] = {fold(k): val for k, val in v.series.get("organisation_nouns", {}).items()}
    words = owner.split()
    for i in range(min(len(words), 3)):
        for size in (2, 1):
            found = nouns.get(fold(" ".join(words[i:i + size])))
            if found and all(_nominative_adjective(w) for w in words[:i]):
                genitive, gender = found
                head = genitive.split()
                settlements = {fold(w) for w in v.series.get("organisation_settlements", ())}
                if fold(" ".join(words[i:i + size])) not in settlements and words[i][:1].isupper():
                    head[0] = head[0].capitalize()
                adjectives = [_adjective_genitive(w, gender, v) for w in words[:i]]
                return " ".join(adjectives + head + _postposed(words[i + size:], gender, v))
    return None


_GENDER_ENDINGS = {"m": "ý", "f": "á", "n": "é"}


def _postposed(words: list[str], gender: str, v: _Vocab) -> list[str]:
    """ "Česká společnost ornitologická": an adjective right after the head agrees with it; only the endings
    that show the head's gender are read as one ("obcí" after "svazek" is a noun in the genitive)."""
    if words and words[0][:1].islower() and words[0].endswith(_GENDER_ENDINGS[gender]) and len(words[0]) > 3:
        return [_adjective_genitive(words[0], gender, v), *words[1:]]
    return words


def _nominative_adjective(word: str) -> bool:
    return word[-1:].lower() in ("ý", "á", "é", "í") and len(word) > 3


def _adjective_genitive(word: str, gender: str, v: _Vocab) -> str:
    for old, new in v.series.get("adjective_genitives", {}).get(gender, []):
        if word.lower().endswith(old):
            return _replace_suffix(word, old, new)
    return word


def _with_genitive(series: str, owner: str, lang: str) -> str:
    """ "Valná hromada" of "Dobrovolný svazek obcí X" -> "Valná hromada Dobrovolného svazku obcí X"; "Rada
    města" of "Město X" -> "Rada města X" (the series already ends with the organisation's head)."""
    genitive = organisation_genitive(owner, lang)
    if not genitive or fold(genitive) in fold(series):
        return series
    gen_words, words = genitive.split(), series.split()
    for k in range(min(len(gen_words), len(words)), 0, -1):
        if fold(" ".join(words[-k:])) == fold(" ".join(gen_words[:k])):
            return " ".join(words + gen_words[k:])
    return f"{series} {genitive}"


def _initials(words: list[str], function_words: frozenset[str]) -> list[str]:
    """Initialism candidates: "Pracovní skupina pro Smart Cities" -> "PS pro SC", "PS SC", "PSSC"."""
    groups: list[str] = []
    current = ""
    for w in words:
        if w.lower() in function_words:
            if current:
                groups.append(current)
            groups.append(w.lower())
            current = ""
        elif w[:1].isalpha():
            current += w[0].upper()
    if current:
        groups.append(current)
    content = [g for g in groups if g.isupper()]
    out = [" ".join(groups).strip(), " ".join(content), "".join(content)]
    lead = [w for w in words[:3] if w[:1].islower() or w is words[0]]
    out.append("".join(w[0].upper() for w in lead))
    return [c for c in dict.fromkeys(out) if len(c.replace(" ", "")) >= 2]


def abbreviations(series: str | None, text: str, explicit: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """The explicit abbreviations plus initialisms of the series name that occur in `text`."""
    out = list(explicit)
    if series:
        function_words = frozenset(_vocab(lang).series["function_words"])
        for cand in _initials(series.split(), function_words):
            if cand not in out and re.search(rf"(?<!\w){re.escape(cand)}(?!\w)", text):
                out.append(cand)
    return tuple(out)


def shortens(short: str, full: str) -> bool:
    """ "Porada vedení ORR" and "Porada vedení odboru regionálního rozvoje" shorten "Porada vedení odboru
    regionálního rozvoje KÚ Podhorského kraje": the words of `short` open `full`, word for word or an
    initialism for as many words, and `full` goes on or spells out an initialism of `short` ("Valná hromada DSO
    Mikroregion X" shortens "Valná hromada Dobrovolného svazku obcí Mikroregion X")."""
    a, b = short.split(), full.split()
    j, expanded = 0, False
    for word in a:
        if j < len(b) and fold(word) == fold(b[j]):
            j += 1
        elif len(word) >= 2 and word.isupper() and j + len(word) <= len(b) \
                and fold(word) == "".join(fold(w[0]) for w in b[j:j + len(word)]):
            j, expanded = j + len(word), True
        else:
            return False
    return bool(a) and (j < len(b) or expanded and j == len(b))


def tail_shortens(short: str, full: str, lang: str) -> bool:
    """ "Programme Board" shortens "Digital Front Door Programme Board" where names end with their head noun
    (`head_last`): the short name of two or more words closes the full one, the qualifiers before it dropped."""
    a, b = [fold(w) for w in short.split()], [fold(w) for w in full.split()]
    return bool(_vocab(lang).series.get("head_last")) and 2 <= len(a) < len(b) and b[-len(a):] == a


def composed(names: list[SeriesName], lang: str) -> list[SeriesName]:
    """ "Programme Board" of the title under "Digital Front Door Programme" of the letterhead: a body named by
    what it governs ("Programme Board", "Project Board") belongs to the programme a top line names in full,
    "Digital Front Door Programme Board" (head-last languages; the governed noun closes the full name)."""
    if not _vocab(lang).series.get("head_last"):
        return []
    words = [(n, (n.series or "").split()) for n in names]
    bodies = [(n, w) for n, w in words if n.body_type and len(w) >= 2]
    governed = [w for n, w in words if n.body_type is None and len(w) >= 2]
    return [SeriesName(" ".join(g + w[1:]), n.number, n.abbreviations, n.body_type, n.met)
            for n, w in bodies for g in governed if fold(g[-1]) == fold(w[0])]

