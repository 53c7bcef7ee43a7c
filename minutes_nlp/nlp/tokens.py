"""A small tokenizer with character offsets, shared by the name and gazetteer rules.

A word keeps a trailing dot ("Dr.", "p.", "R.", "n.") because in minutes the dot is what tells a title, an
initial or an abbreviated place ("Ústí n. L.") from a word; `word` gives the token without it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+(?:[-–&]\w+|['’][A-Z]\w+)*\.?|[^\w\s]")  # "O'Brien" is one word, "CST's" is not


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # offset in the tokenized string
    end: int

    @property
    def word(self) -> str:
        return self.text.rstrip(".")

    @property
    def is_cap(self) -> bool:
        """Capitalised word: upper first letter, then at least one lower-case letter ("Novák", "MZe")."""
        w = self.word
        letters = w.replace("-", "").replace("'", "").replace("’", "")
        return len(w) > 1 and w[0].isupper() and any(c.islower() for c in w[1:]) and letters.isalpha()

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
