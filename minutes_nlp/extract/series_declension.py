"""Declension of a body's name: the head noun phrase back to the nominative, an organisation's into the genitive.

Czech titles name the body in the genitive ("19. jednání Pracovní skupiny pro Smart Cities"); only the head
noun phrase declines (adjectives + head noun), complements stay as written. The rules are a small table in
`lang/<lang>/series.json`. Split out of `series`, which cuts the name out of the title (series_title) and names a
body after its organisation (series_bodies).
"""

from __future__ import annotations

from minutes_nlp.extract.series_vocab import SeriesVocab, vocab
from minutes_nlp.textutil import fold

_GENDER_ENDINGS = {"m": "ý", "f": "á", "n": "é"}


def decline(words: list[str], v: SeriesVocab) -> tuple[list[str], str | None]:
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


def _replace_suffix(word: str, old: str, new: str) -> str:
    """The word with its ending `old` replaced by `new` (an empty `old` appends)."""
    return word[: len(word) - len(old)] + new if old else word + new


def _rebuild(words: list[str], i: int, size: int, nominative: str, gender: str, v: SeriesVocab) -> list[str]:
    """The phrase with a known head noun (at i, `size` words) in the nominative, in the case it was written,
    and its adjectives agreeing with it."""
    head = nominative.split()
    head = [w if fold(w) == fold(h) else h.capitalize() if w[:1].isupper() else h
            for h, w in zip(head, words[i:i + size], strict=False)]
    adjectives = [_adjective_nominative(w, gender, v) for w in words[:i]]
    return adjectives + head + words[i + size:]


def _adjective(word: str, v: SeriesVocab) -> bool:
    """Whether the word ends like an adjective of the language (and not like one of its nouns)."""
    if any(word.lower().endswith(old) for old, _new, _g in v.series["noun_suffixes"] if len(old) >= 3):
        return False  # "vedení", "zastupitelstva": noun endings that look adjectival
    return any(fold(word).endswith(fold(old)) for rules in v.series["adjective_suffixes"].values()
               for old, _new in rules) and word[:1].isalpha()


def _adjective_nominative(word: str, gender: str, v: SeriesVocab) -> str:
    """An adjective agreeing with a head of `gender`, back to the nominative."""
    for old, new in v.series["adjective_suffixes"].get(gender, []):
        if word.lower().endswith(old):
            return _replace_suffix(word, old, new)
    return word


def _by_suffix(words: list[str], i: int, v: SeriesVocab) -> tuple[list[str], str | None]:
    """An unknown head noun (at i) declined by its ending (`noun_suffixes`), its adjectives with it."""
    for old, new, gender in v.series["noun_suffixes"]:
        if words[i].lower().endswith(old):
            nominative = _replace_suffix(words[i], old, new)
            return [_adjective_nominative(w, gender, v) for w in words[:i]] + [nominative] + words[i + 1:], \
                nominative.lower()
    return words, None


def organisation_genitive(owner: str, lang: str) -> str | None:
    """ "Dobrovolný svazek obcí X" -> "Dobrovolného svazku obcí X": the organisation's name as a complement of
    its body (adjectives + head noun declined, the rest kept); None when its head is no organisation noun
    (`organisation_nouns`; a company's own name is not declined)."""
    v = vocab(lang)
    nouns: dict[str, list[str]] = {fold(k): val for k, val in v.series.get("organisation_nouns", {}).items()}
    words = owner.split()
    for i in range(min(len(words), 3)):
        for size in (3, 2, 1):  # "Správa a údržba silnic X": two coordinated heads
            found = nouns.get(fold(" ".join(words[i:i + size])))
            if found and all(_nominative_adjective(w) for w in words[:i]):
                return _genitive_at(words, i, size, found, v)
    return None


def _genitive_at(words: list[str], i: int, size: int, found: list[str], v: SeriesVocab) -> str:
    """The name in the genitive around its organisation noun (at i, `size` words; `found`: genitive, gender);
    a settlement's noun ("Město X" -> "města X", `organisation_settlements`) is a common noun in the genitive."""
    genitive, gender = found
    head = genitive.split()
    settlements = {fold(w) for w in v.series.get("organisation_settlements", ())}
    if fold(" ".join(words[i:i + size])) not in settlements and words[i][:1].isupper():
        head[0] = head[0].capitalize()
    adjectives = [_adjective_genitive(w, gender, v) for w in words[:i]]
    return " ".join(adjectives + head + _postposed(words[i + size:], gender, v))


def _postposed(words: list[str], gender: str, v: SeriesVocab) -> list[str]:
    """ "Česká společnost ornitologická": an adjective right after the head agrees with it; only the endings
    that show the head's gender are read as one ("obcí" after "svazek" is a noun in the genitive)."""
    if words and words[0][:1].islower() and words[0].endswith(_GENDER_ENDINGS[gender]) and len(words[0]) > 3:
        return [_adjective_genitive(words[0], gender, v), *words[1:]]
    return words


def _nominative_adjective(word: str) -> bool:
    """Whether the word ends like an adjective in the nominative (before an organisation noun)."""
    return word[-1:].lower() in ("ý", "á", "é", "í") and len(word) > 3


def _adjective_genitive(word: str, gender: str, v: SeriesVocab) -> str:
    """An adjective agreeing with a head of `gender`, into the genitive (`adjective_genitives`)."""
    for old, new in v.series.get("adjective_genitives", {}).get(gender, []):
        if word.lower().endswith(old):
            return _replace_suffix(word, old, new)
    return word
