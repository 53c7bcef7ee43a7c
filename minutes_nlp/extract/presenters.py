"""Presenters of an agenda item, as names without titles.

Sources, strongest first: the item heading's tail ("Bod 8 – Shrnutí ...: Marie Zezůlková | MMR"), a presenter
line ("Prezentace ...: Marie Zezůlková | MMR a Rut Bízková | ISFOR", "Presenter: ..."), a sentence whose
subject is followed by a presenting verb ("V. Král úvodem prezentoval", "X presented"), and as a fallback
the item's first paragraph when it opens with a person introduced by affiliation ("R. Ševčík (Smart City
Innovations Institut) ..."), never in catch-all items ("Různé", "AOB"). Cue words: `lang/<lang>/agenda.json`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.names import clean_person
from minutes_nlp.nlp.sentences import split_block
from minutes_nlp.textutil import fold

_SUBJECT_GAP = 70  # characters allowed between a subject name and its presenting verb (role, affiliation)
_UPPER = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽÄÖÜ"
_NAME = rf"(?:[{_UPPER}]\.\s?)?[{_UPPER}][\w'’-]+(?:\s+[{_UPPER}][\w'’-]+)?"


@cache
def _vocab(lang: str) -> dict[str, Any]:
    code = lang if lang in langdata.SUPPORTED else "en"
    data = langdata.load(code, "agenda")
    titles = langdata.load(code, "metadata_labels")["name_titles"]
    first = langdata.load(code, "first_names") if langdata.has(code, "first_names") else {"f": [], "m": []}
    title_rx = rf"(?i:(?:{alt(titles)})\.?\s+)"
    return {
        "data": data,
        "label": re.compile(rf"^\s*(?:{alt(data['presenter_labels'])})\b[^:]{{0,80}}:\s*(?P<rest>.+)$",
                            re.IGNORECASE),
        "cue": re.compile(rf"(?<!\w){alt(data['presenter_cues'])}(?!\w)", re.IGNORECASE),
        "initial": re.compile(rf"^\s*(?P<titles>{title_rx}*)(?P<name>{_NAME})(?P<after>\s*[(,])?"),
        "titles": re.compile(title_rx, re.IGNORECASE),
        "anywhere": re.compile(rf"(?P<titles>{title_rx}+)?(?<!\w)(?P<name>{_NAME})"),
        "first_names": frozenset(fold(n) for n in first.get("f", []) + first.get("m", [])),
        "misc": frozenset(fold(t) for t in data["misc_titles"]),
    }


def _names_in_list(text: str, lang: str, strict: bool) -> list[str]:
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


def split_title(title: str) -> tuple[str, str]:
    """(title, presenter tail) of a heading "Shrnutí ...: Marie Zezůlková | MMR"; no tail when none."""
    m = re.match(r"^(?P<title>.+?)(?::\s+|\s+[–—-]\s+)(?P<tail>[^:–—]+)$", title)
    if m and ("|" in m.group("tail") or _names_in_list(m.group("tail"), "cs", strict=True)
              and len(m.group("tail").split()) <= 8):
        return m.group("title"), m.group("tail")
    m = re.match(r"^(?P<title>.+?)\s*\((?:presented by|presenter|prezentuje|předkládá)\s+(?P<tail>[^)]+)\)$",
                 title, re.IGNORECASE)
    return (m.group("title"), m.group("tail")) if m else (title, "")


def _person_like(name: str, had_title: bool, v: dict[str, Any]) -> bool:
    words = name.split()
    return had_title or re.match(r"^[^\W\d_]\.", name) is not None or (
        len(words) == 2 and fold(words[0]) in v["first_names"])


def _subject_names(sentence: str, cue: re.Match[str], v: dict[str, Any], lang: str) -> list[str]:
    prefix = sentence[: cue.start()]
    plural = cue.group(0).lower().endswith("li")
    found: list[tuple[int, str]] = []
    for m in v["anywhere"].finditer(prefix):
        name = clean_person(m.group(0), lang)
        if not name or not _person_like(name, bool(m.group("titles")), v):
            continue
        if not plural and not found and v["titles"].sub("", prefix[:m.start()]).strip(" „\"*_-"):
            return []  # the subject must open the sentence ("K dotazu Mgr. Duškové ..." is not a subject)
        found.append((m.end(), name))
    if not found or len(prefix) - found[-1][0] > _SUBJECT_GAP + 60 * plural:
        return []
    return [n for _e, n in found] if plural else [found[0][1]]


def _add(out: list[str], names: list[str]) -> None:
    for name in names:
        surname = fold(name.split()[-1])
        same = next((i for i, o in enumerate(out) if fold(o.split()[-1]) == surname), None)
        if same is None:
            out.append(name)
        elif len(name) > len(out[same]) and not name.split()[0].endswith("."):
            out[same] = name  # keep the fuller form: "Marie Zezůlková" over "M. Zezůlková"


def find_presenters(doc: Document, lang: str, start: int, end: int, tail: str, title: str) -> tuple[str, ...]:
    """Presenters of the item whose heading is block `start` and whose last block is `end`."""
    v = _vocab(lang)
    out: list[str] = []
    _add(out, _names_in_list(tail, lang, strict=False))
    for b in doc.blocks[start + 1: end + 1]:
        m = v["label"].match(mf.clean_value(mf.line_text(b)))
        if m and b.index <= start + 3:
            _add(out, _names_in_list(m.group("rest"), lang, strict=False))
            continue
        for s in split_block(b, lang):
            for cue in v["cue"].finditer(s.text):
                _add(out, _subject_names(s.text, cue, v, lang))
    if not out and fold(title) not in v["misc"] and start + 1 <= end:
        _add(out, _opening_person(doc.blocks[start + 1].text, v, lang))
    return tuple(out)


def _opening_person(text: str, v: dict[str, Any], lang: str) -> list[str]:
    m = v["initial"].match(text)
    if not m or not m.group("after"):
        return []
    name = clean_person(m.group("name"), lang)
    return [name] if name and _person_like(name, bool(m.group("titles")), v) else []
