"""A small tokenizer with character offsets, shared by the name and gazetteer rules.

A word keeps a trailing dot ("Dr.", "p.", "R.", "n.") because in minutes the dot is what tells a title, an
initial or an abbreviated place ("Ústí n. L.") from a word; `word` gives the token without it.
"""

from __future__ import annotations

import re

# "O'Brien" and the Kikuyu / Kamba "Ndung'u", "Kang'ethe", "Ng'ang'a" are one word; "CST's", "didn't", "we're" are not
_TOKEN = re.compile(r"\w+(?:[-–&]\w+|['’][A-Z]\w+|['’](?!(?:s|t|re|ve|ll|d|m)\b)[a-z]\w*)*\.?|[^\w\s]")


class Token:
    """A word or punctuation mark at [start, end) of the tokenized string.

    A plain class with slots rather than a frozen dataclass, and `word` computed once at construction:
    name and gazetteer rules read `word` millions of times per batch, and the frozen dataclass's
    `object.__setattr__` construction and a property per read were a measurable share of extraction.
    Equality, hashing and repr are those of the dataclass it replaced; nothing assigns to a token."""

    __slots__ = ("text", "start", "end", "word")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start  # offset in the tokenized string
        self.end = end
        self.word = text.rstrip(".")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Token)
        return (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    def __repr__(self) -> str:
        return f"Token(text={self.text!r}, start={self.start!r}, end={self.end!r})"

    @property
    def is_cap(self) -> bool:
        """Capitalised word: upper first letter, then at least one lower-case letter ("Novák", "MZe")."""
        w = self.word
        if len(w) < 2 or not w[0].isupper():
            return False  # most tokens: lower-case words and punctuation
        letters = w.replace("-", "").replace("'", "").replace("’", "")
        return any(c.islower() for c in w[1:]) and letters.isalpha()

    @property
    def is_upper(self) -> bool:
        """An all-capitals word of two or more letters ("MMR", "NÚKIB", "ČR")."""
        w = self.word
        return len(w) > 1 and w.isupper() and any(c.isalpha() for c in w)

    @property
    def is_initial(self) -> bool:
        return len(self.text) == 2 and self.text[0].isupper() and self.text[1] == "."


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(0), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]
