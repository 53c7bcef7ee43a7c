"""What the first words of a PDF line say about a paragraph start, when no spacing or indent says it.

Minutes are made of labelled lines ("Přítomni:", "Apologies:", "Zapsala:", "Starosta:", "Usnesení č. 5/2024:"),
enumerated clauses ("(2) That ...") and shouted outcomes ("CARRIED"). Set solid, such a line starts a
paragraph of its own even after a full line. The exception is the class of labels that continue a task or
resolution line ("... k připomínkám. Zodpovídá: X. Termín: Y", "... seconded by Y and RESOLVED: ..."): where
one of those starts a line, only geometry can tell a wrap from a paragraph end. Which labels continue a line
is language data (`inline_labels` in lang/<code>/layout.json).
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang
from minutes_nlp.loaders.pdf_layout import _LABEL, BULLET_GLYPHS
from minutes_nlp.loaders.textjoin import layout_words

LABEL_WORDS = 3  # "Termín dalšího jednání:" is a label; a colon later in the line is not
_ENUMERATOR = re.compile(r"^\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)$", re.IGNORECASE)
# clause numbers that no wrapped sentence starts a line with: "(2)", "b)", "3)", "II.", "IV." (not "3." or
# "V.": a date "12. 3. 2025" and an initial "V. Novák" wrap so)
_CLAUSE = re.compile(r"^(?:\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|[a-z]\)|\d{1,2}\)|[IVX]{2,4}\.)$", re.IGNORECASE)
_SHOUT_MIN_LETTERS = 4  # "CARRIED", "LOST", "AGREED"; not "A" or "OK"
_SHOUT_MAX_WORDS = 4  # "MOTION CARRIED UNANIMOUSLY": an outcome line, not a shouted sentence


@cache
def _abbreviations() -> frozenset[str]:
    """Words that end with a dot without ending a sentence ("Ing.", "č.", "Cllr."), every language merged:
    "Ing. Procházková:" is a speaker label, "... Dvořákem. Termín:" is a sentence end and then a label."""
    out: set[str] = set()
    for code in lang.SUPPORTED:
        if lang.has(code, "abbreviations"):
            out.update(w.lower() for w in lang.load(code, "abbreviations").get("no_break_after", []))
    return frozenset(out)


def _abbreviation(word: str) -> bool:
    return word.endswith(".") and word[:-1].lower() in _abbreviations()


def label_of(text: str) -> str | None:
    """The field name (lower case) of a line starting 'Disposition: granted', 'Zapsala: L. Marková',
    'Usnesení č. 5/2024:': a capitalised name of a few words and a colon. A word ending a sentence before
    the colon ("Dvořákem. Termín:") or a one-letter code after a name ("Kolářová T:") is not a label start."""
    words = text.lstrip().split(" ", LABEL_WORDS)[:LABEL_WORDS]
    if not words or not words[0][:1].isupper():
        return None
    for k, word in enumerate(words):
        if word.endswith(":"):
            if len(word) == 1 or (k and len(word) == 2 and word[0].isupper()):
                return None
            return " ".join(words[: k + 1])[:-1].lower()
        if word.endswith(".") and not _abbreviation(word):
            return None
        if not word.replace(".", "").isalpha():
            return None
    return None


def starts_with_label(text: str) -> bool:
    return label_of(text) is not None


def continues_a_line(label: str) -> bool:
    """A label that usually follows a sentence on the same line: owner, deadline, vote ("Zodpovídá:",
    "Termín:", "Hlasování:", "Owner:", "Due:", "RESOLVED:")."""
    return label in layout_words("inline_labels")


def opens_paragraph(text: str) -> bool:
    """Text that starts a paragraph of its own after a line ended early: a capital ("Program:",
    "Present:"), a number ("1.", "2)", "25/01"), a list label ("a)", "(2)", "(iv)") or a bullet or dash."""
    stripped = text.lstrip()
    first = stripped[:1]
    if not first:
        return False
    if first.isupper() or first.isdigit() or first in BULLET_GLYPHS:
        return True
    if first in "-–—" and stripped[1:2] == " ":
        return True
    head = stripped.split(" ", 1)[0]
    return bool(_LABEL.match(head) or _ENUMERATOR.match(head))


def enumerated_clause(text: str) -> bool:
    """'(2) That the Committee ...', 'II. ukládá ...', 'b) schvaluje ...': a numbered clause of a resolution."""
    head, _, rest = text.lstrip().partition(" ")
    return bool(_CLAUSE.match(head)) and bool(rest)


def shouted_outcome(text: str) -> bool:
    """A short line in capitals only: 'CARRIED', 'MOTION CARRIED', 'DEFEATED', 'SCHVÁLENO'."""
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    return 0 < len(words) <= _SHOUT_MAX_WORDS and len(letters) >= _SHOUT_MIN_LETTERS \
        and all(c.isupper() for c in letters)


_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?$")


def numbered_paragraph(text: str) -> bool:
    """'5.3 Agreed: ...', '3.2 Minute 9.1 ...', '12.1.4 The Clerk ...': a paragraph numbered within its
    item, as committee minutes number them (a time '7.30 pm' or a date '15.4.2024' is not one)."""
    words = text.lstrip().split(" ", 2)
    return len(words) >= 2 and bool(_SECTION_NUMBER.match(words[0])) and words[1][:1].isupper()



_NUMBERED_RECORD = re.compile(
    r"^[^\W\d_][^\W\d_.]* (?:(?P<no>[^\W\d_]{1,3}\.) (?P<n1>\d[^\s–—]*)|(?P<n2>\d+[./]\d[^\s–—]*)) [–—-] \S")


def numbered_record(text: str) -> bool:
    """'Úkol č. 2/6 – zajistit ...', 'Action 1.4 – INRAV to circulate ...', 'Usnesení č. 16/2024 – ...':
    a numbered task, resolution or item set off by a dash, as a labelled line is by a colon (the number
    has its 'č.'/'No.' or parts, so a year range "The 2024 – 2025 plan" is not one)."""
    stripped = text.lstrip()
    return stripped[:1].isupper() and bool(_NUMBERED_RECORD.match(stripped))
