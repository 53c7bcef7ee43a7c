"""Sentence splitting that knows minutes: titles and initials ("p. Kuka", "R. Ševčík") do not end a sentence.

Works per block, so every sentence keeps its block index, page and span in Document.text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Block, BlockKind, Document

_END = re.compile(r"[.!?…]+[\"“”»)]*\s+")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_LAST_WORD = re.compile(r"(\S+)$")
_DAY_RANGE = re.compile(r"\d{1,2}\.?[–-]\d{1,2}")  # "11.–13. 9. 2025", "3.-5. 12.": a range of days


@dataclass(frozen=True)
class Sentence:
    text: str
    block: int
    start: int  # offset in Document.text
    end: int
    page: int | None
    kind: BlockKind


@cache
def _no_break(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    data = langdata.load(code, "abbreviations")
    return frozenset(data["no_break_after"]) | frozenset(data.get("forms_of_address", ()))


@cache
def _may_end(lang: str) -> frozenset[str]:
    """Abbreviations that end a sentence when a capitalised word follows ("... atd. Dnes ...")."""
    code = langdata.code(lang)
    return frozenset(langdata.load(code, "abbreviations").get("may_end_sentence", ()))


def _words(value: object) -> set[str]:
    """The single words of a lexicon entry: a word, a phrase, or the keys/items/values of a list or dict."""
    if isinstance(value, str):
        word = value.rstrip(".").lower()
        return {word} if word and " " not in word else set()
    if isinstance(value, dict):
        return {w for k, v in value.items() if not str(k).startswith("_") for w in _words(k) | _words(v)}
    if isinstance(value, list):
        return {w for v in value for w in _words(v)}
    return set()


@cache
def _openers(lang: str) -> frozenset[str]:
    """Capitalised words that open a sentence and never follow an initial as a surname: the sentence
    starters of `abbreviations`, role words, offices, honorifics and titles ("Proděkanka", "The", "Mr")."""
    code = langdata.code(lang)
    words = _words(langdata.load(code, "abbreviations").get("sentence_starters", []))
    words |= _words(langdata.load(code, "roles").get("words", {}))
    words |= _words(langdata.load(code, "role_refs").get("offices", {}))
    titles = langdata.load(code, "titles")
    words |= _words(titles.get("honorifics", {})) | _words(titles.get("degrees_before", []))
    words |= _words([r for r in titles.get("ranks", []) if r.endswith(".") or len(r) <= 4])  # not "Kapitán"
    return frozenset(words)


def _initial(token: str, nxt: str, lang: str) -> bool:
    """A single letter and a dot is an initial ("R. Ševčík"), unless the capitalised word after it opens a
    sentence ("... budovy B. Proděkanka Pokorná odpověděla", "... at Appendix A. In response ...")."""
    first = _WORD.match(nxt)
    if not first or len(first.group(0)) == 1:  # "J. P. Novák": a second initial, not a word
        return True
    return not (nxt[:1].isupper() and first.group(0).lower() in _openers(lang))  # "B. Npor. Kolouch" opens


@cache
def _class_letters(lang: str) -> str:
    return str(langdata.load(langdata.code(lang), "abbreviations").get("class_letters", ""))


def _school_class(token: str, nxt: str, lang: str) -> bool:
    """"žáci 9. A", "v 7. B dne 4. 2.": a grade and its class letter (the letters are language data)."""
    letters = _class_letters(lang)
    return bool(letters) and len(token) == 1 and token.isdigit() and nxt[:1] in letters and \
        (len(nxt) == 1 or not (nxt[1].isalpha() or nxt[1] == "."))


def _is_false_end(text: str, dot: int, nxt: str, lang: str) -> bool:
    """A dot after an abbreviation, an initial or an ordinal number ("19. jednání") is not an end."""
    word = _LAST_WORD.search(text[:dot])
    token = word.group(1).lower().lstrip("(„\"") if word else ""
    if token in _may_end(lang) and nxt[:1].isupper():
        return False
    if token in _no_break(lang) or token.rstrip(".") in _no_break(lang):
        return True
    if len(token) == 1 and token.isalpha():
        return _initial(token, nxt, lang)
    if (token.isdigit() or _DAY_RANGE.fullmatch(token)) and (nxt[:1].islower() or nxt[:1].isdigit()):
        return True  # "15. 12. 2020", "19. jednání", "ve dnech 11.–13. 9. 2025"
    if _school_class(token, nxt, lang):
        return True
    return bool(nxt[:1].islower())


def split_block(block: Block, lang: str) -> list[Sentence]:
    """Sentences of one block; a table yields one sentence per row."""
    if block.kind is BlockKind.TABLE:
        out, offset = [], block.start
        for line in block.text.split("\n"):
            out.append(Sentence(line, block.index, offset, offset + len(line), block.page, block.kind))
            offset += len(line) + 1
        return out
    text, out, begin = block.text, [], 0
    for m in _END.finditer(text):
        if _is_false_end(text, m.start(), text[m.end():], lang):
            continue
        piece_end = m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
        _append(out, block, text, begin, piece_end)
        begin = m.end()
    _append(out, block, text, begin, len(text))
    return out


def _append(out: list[Sentence], block: Block, text: str, begin: int, end: int) -> None:
    piece = text[begin:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    s = block.start + begin + lead
    out.append(Sentence(stripped, block.index, s, s + len(stripped), block.page, block.kind))


def sentences(doc: Document, lang: str) -> list[Sentence]:
    return [s for b in doc.blocks for s in split_block(b, lang)]
