"""The presenter a heading writes after its item's title, split off the title.

Real agendas and minutes put the presenter after the title in the same line: after a dash or a colon ("Rozpočet
– Ing. Jan Novák", "Shrnutí ...: Marie Zezůlková | MMR", "Budget – RFO"), often with a presenter label
("– předkládá Ing. Brabec", "– Presenter: Nadia Folkes"), or in parentheses ("(předkládá starosta)",
"(předkladatel: starosta)", "(zpravodaj Mgr. Kos)", "(presented by X)", "(Ing. Brabec)", "(Director of Finance)",
"(NF)": a board paper's lead by initials). The label words are the `presenter_labels` and `heading_tail_cues`
of `agenda.json` in every language. Initials in parentheses that spell the title's own words ("Integrated
Performance Report (IPR)") abbreviate the title instead.
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.names import clean_person, name_titles, person_like
from minutes_nlp.extract.roleholders import role_of
from minutes_nlp.textutil import NAME_UPPER


def names_in_list(text: str, lang: str, strict: bool) -> list[str]:
    """Names in "Marie Zezůlková | MMR a Rut Bízková | ISFOR"; strict: every part must be a name."""
    parts = re.split(r",|;|\s+a\s+|\s+and\s+|\s+&\s+", text)
    names = []
    for part in parts:
        name = clean_person(re.sub(r"\([^)]*\)", "", part.split("|")[0]), lang)
        if name:
            names.append(name)
        elif strict and part.strip():
            return []
    return names


@cache
def _cue() -> str:
    """The presenter labels of every language, as one alternation ("předkládá", "zpravodaj", "presented by")."""
    words: list[str] = []
    for code in langdata.SUPPORTED:
        data = langdata.load(code, "agenda")
        words += data.get("presenter_labels", []) + data.get("heading_tail_cues", [])
    return alt(words)


@cache
def _labelled_rx() -> re.Pattern[str]:
    """A title, then a presenter cue and its tail: compiled once (the cue alternation is long, and re's own
    cache kept dropping it between headings)."""
    return re.compile(rf"^(?P<title>.+?)(?::\s+|\s+[–—-]\s+)(?:{_cue()})\s*(?P<colon>:)?\s+(?P<tail>[^:–—]+)$",
                      re.IGNORECASE)


@cache
def _bracketed_rx() -> re.Pattern[str]:
    """A title, then a bracketed tail with an optional presenter cue: compiled once, as _labelled_rx."""
    return re.compile(rf"^(?P<title>.+?)\s*\((?P<cue>(?:{_cue()})\s*(?P<colon>:)?\s*)?(?P<tail>[^)]+)\)$",
                      re.IGNORECASE)


@cache
def _reference_rx() -> re.Pattern[str]:
    """A reference to a paper: a document noun of any language and a short code ("Paper C", "příloha č. 2",
    "Report No. 12/25", "tisk 45/2026"), read from `document_reference_nouns` of `agenda.json`."""
    nouns: list[str] = []
    for code in langdata.SUPPORTED:
        nouns += langdata.load(code, "agenda").get("document_reference_nouns", [])
    code_part = r"(?-i:[A-Z]{1,2}|[IVX]{1,4}|\d[\w./-]*)"
    return re.compile(rf"^\s*(?:{alt(nouns)})\.?(?:\s+(?:no\.?|č\.|číslo|nr\.?))?\s*{code_part}"
                      rf"(?:\s*(?:,|and|a|&|-|–)\s*{code_part})*\s*$", re.IGNORECASE)


def _reference_tail(tail: str) -> bool:
    """ "(Paper C)", "(příloha č. 2)": the tail points to a document, so it names no presenter."""
    return _reference_rx().match(tail) is not None


def split_title(title: str) -> tuple[str, str]:
    """(title, presenter tail) of a heading "Shrnutí ...: Marie Zezůlková | MMR"; no tail when none. A tail that
    refers to a paper ("(Paper C)", "– příloha č. 2") stays in the title."""
    plain = re.match(r"^(?P<title>.+?)\s*(?:\((?P<b>[^)]+)\)|(?::\s+|\s+[–—-]\s+)(?P<d>[^:–—]+))$", title)
    if plain and _reference_tail(plain.group("b") or plain.group("d") or ""):
        return title, ""
    labelled = _labelled_rx().match(title)
    if labelled and _presenter_like(labelled.group("tail"), bool(labelled.group("colon"))):
        return labelled.group("title"), labelled.group("tail")  # "Rozpočet – předkládá Ing. Brabec"
    m = re.match(r"^(?P<title>.+?)(?::\s+|\s+[–—-]\s+)(?P<tail>[^:–—]+)$", title)
    if m and ("|" in m.group("tail") or _people_tail(m.group("tail")) or _role_tail(m.group("tail"))):
        return m.group("title"), m.group("tail")
    m = re.match(r"^(?P<title>[^|]+?)\s+\|\s+(?P<tail>[^|:–—]+)$", title)  # a programme row: "Rozpočet | starosta"
    if m and (_people_tail(m.group("tail")) or _role_tail(m.group("tail"))):
        return m.group("title"), m.group("tail")
    m = _bracketed_rx().match(title)
    if m and (m.group("cue") and _presenter_like(m.group("tail"), bool(m.group("colon")))
              or _role_tail(m.group("tail")) or _named_tail(m.group("tail"))
              or _initials_tail(m.group("tail"), m.group("title"))):
        return m.group("title"), m.group("tail")  # "Finance report (RFO)", "Budget (Cllr Tom Ward)"
    return title, ""


def _presenter_like(tail: str, colon: bool) -> bool:
    """After a label word, a colon ("Presenter: ...") or a tail of people or a role ("předkládá starosta"):
    "(lead times)" is no label."""
    return colon or _people_tail(tail) or _role_tail(tail) or _named_tail(tail)


def _named_tail(tail: str) -> bool:
    """ "(Cllr Tom Ward)", "(Ing. Brabec)": a name with a title or a first name, in any language."""
    return bool(re.search(r"\s", tail)) and (bool(names_in_list(tail, "en", strict=True)) or _people_tail(tail))


def _initials_tail(tail: str, title: str) -> bool:
    """ "(NF)", "(HV / ID)": a lead's initials, unless they spell the title's words ("... Report (IPR)")."""
    parts = [p.strip() for p in re.split(r"[/,;&]|\s+and\s+", tail) if p.strip()]
    if not parts or not all(re.fullmatch(rf"[{NAME_UPPER}]{{2,3}}", p) for p in parts):
        return False
    spelled = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", title)).upper()
    return not any(p in spelled for p in parts)


def _people_tail(tail: str) -> bool:
    """ "Rozpočet – Ing. Jan Novák a Eva Malá": a tail of people only, each clearly a person (a title, an
    initial or a known first name), so "Grant application – Wrensford Carnival Committee" keeps its tail."""
    if len(tail.split()) > 8:
        return False
    first = tail.split()[0].lower() if tail.split() else ""
    for code in ("cs", *[c for c in langdata.SUPPORTED if c != "cs"]):  # "Cllr Priya Shah": the title's language
        names = names_in_list(tail, code, strict=True)
        titled = re.match(r"\s*\S+\.", tail) is not None or (code != "cs" and first in name_titles(code))
        if names and all(any(person_like(n, titled and (code == "cs" or len(n.split()) > 1), c)
                             for c in langdata.SUPPORTED) for n in names):  # "– County Council": no name
            return True
    return False


def _role_tail(tail: str) -> bool:
    """ "Rozpočet – starosta", "Budget – RFO": a heading's tail that is only an officer's role."""
    return len(tail.split()) <= 4 and any(role_of(tail, code) for code in langdata.SUPPORTED)
