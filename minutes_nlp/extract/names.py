"""Person names as written in metadata fields and agenda presenters, with academic titles, honorifics and
role tails removed ("Dr. Ing. Marie Zezůlková, ředitelka odboru" -> "Marie Zezůlková").

Labelled fields (Zapsal:, Present:) hold names in the nominative, so cleaning is enough here; inflected
mentions in running text are the entities stage's job.
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold

RESIDUE = re.compile(r"\[bookmark:[^\]]*\]|\[image[^\]]*\]")
_ROLE_TAIL = re.compile(r"\s*(?:,|\(|\||\s[–—-]\s|\bdne\b|\bon\b|\d).*$", re.DOTALL)
_PARTICLES = {"van", "von", "de", "der", "da", "di", "la", "le", "du", "ten", "bin", "al"}
_TOKEN = re.compile(r"[^\s]+")
_MAX_TOKENS = 4


@cache
def _vocab(lang: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    data = langdata.load(lang if lang in langdata.SUPPORTED else "en", "metadata_labels")
    titles = frozenset(fold(t).rstrip(".") for t in data["name_titles"])
    not_names = frozenset(fold(w) for w in data["not_names"])
    return titles, not_names, tuple(data["list_splitters"])


def _is_name_token(tok: str) -> bool:
    if tok.lower() in _PARTICLES:
        return True
    if re.fullmatch(r"[^\W\d_]\.", tok):
        return tok[0].isupper()  # an initial: "R."
    core = tok.replace("-", "").replace("'", "").replace("’", "")
    return core.isalpha() and tok[0].isupper()


def clean_person(text: str, lang: str) -> str | None:
    """The name in a field value, without titles and role tails; None when it does not look like a name."""
    titles, not_names, _ = _vocab(lang)
    value = RESIDUE.sub("", text).strip(" \t:;.,")
    tokens = _TOKEN.findall(value)
    while tokens and fold(tokens[0]).rstrip(".,") in titles:
        tokens.pop(0)  # leading titles may contain commas ("Ing., Ph.D.") only after the name
    value = _ROLE_TAIL.sub("", " ".join(tokens))
    words = [t.strip(",;") for t in _TOKEN.findall(value)]
    words = [w for w in words if w and fold(w).rstrip(".") not in titles]
    if not words or len(words) > _MAX_TOKENS or any(fold(w) in not_names for w in words):
        return None
    if not all(_is_name_token(w) for w in words) or all(len(w) <= 2 for w in words):
        return None
    if len(words) == 1 and words[0].isupper():
        return None  # "MMR": an institution, not a person
    return " ".join(words)


def split_people(text: str, lang: str) -> list[str]:
    """Names in a list field ("Ing. Jan Novák, Mgr. Eva Malá a Petr Černý"), in order, without repeats."""
    _, _, splitters = _vocab(lang)
    parts = [RESIDUE.sub("", text)]
    for sep in splitters:
        pattern = re.compile(re.escape(sep) if sep.strip() else rf"\s+{re.escape(sep.strip())}\s+"
                             if sep != "\n" else r"\n")
        parts = [p for part in parts for p in pattern.split(part)]
    out: list[str] = []
    for part in parts:
        name = clean_person(re.sub(r"\([^)]*\)", "", part), lang)
        if name and name not in out:
            out.append(name)
    return out
