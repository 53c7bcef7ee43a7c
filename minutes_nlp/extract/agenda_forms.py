"""The written forms of an agenda item's number, as real minutes write them, and the order of numbers.

Prefixed forms take a word from `agenda.json` before the number ("Bod 1 –", "Ad 1)", "ad 1/", "K bodu programu
č. 1:", "Item 4:") or after an ordinal ("1. bod –", "2. bod programu:", `ordinal_item_words`). Bare forms are
"3. Title", "3) Title", "3/ Title", a roman "IV. Title", a minute reference ("25/01 Title", "HASC/24/15 – Title"),
"1.0 Title" (a decimal numbering whose items end in ".0"), and in headings only "3 Title" (no punctuation).
A number may carry an inserted item's letter ("Bod 2a –", between items 2 and 3). Top-level items lettered
"A. Call to order", "B. ..." are read as a scheme of their own (`lettered`), used only when nothing else numbers
the minutes, since letters usually mark sub-items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.metalabels import clean_value

ROMAN = r"(?-i:[IVX]{1,5})"
# A minute reference: "25/01", "FGP/25/003", "C25/14" (committee letters, year, running number); the running
# number is its value. "24/0567/FUL" (a planning reference) and dates ("12/04/2025") are not.
REF = r"(?-i:(?:[A-Z]{1,6}[ /.-]?)?\d{1,4}/\d{1,4}(?:/\d{1,4})?)(?![\d/])"
# "2a": an item inserted after item 2 (not "2.1", a sub-item, nor "2 a 3", a coordination)
_NUM = r"\d{1,2}(?-i:[a-z])?(?![\w.]\d)"
_TITLE = r"(?P<title>(?!\d{1,4}\.?\s|\d{1,2}\.\d{1,2}\.)[^\s*_].*)"
LETTERED = re.compile(r"^\s*[*_#]*\s*(?P<num>(?-i:[A-H]))[.)][*_]*\s+(?P<title>(?-i:[A-ZÁ-Ž])[^\n]*)$")
MAX_TITLE = 160  # a longer line is no item title; shared by `agenda` and `agenda_sections`


@dataclass(frozen=True)
class Cand:
    number: str
    title: str
    block: int
    scheme: str  # "prefix" | "heading" | "numbered" | "runin" | "lettered" | "programme" | "section" | "subitem"



def clean_title(title: str) -> str:
    """An item's title as reported: markup and the closing dot or colon of the written line dropped; here
    because the numbered items (`agenda`) and the unnumbered sections (`agenda_sections`) clean them alike."""
    return clean_value(title).strip(" *_").rstrip(".:")

@cache
def vocab(lang: str) -> tuple[dict[str, Any], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The agenda data of `lang` and its patterns: prefixed item lines, numbered lines, programme labels."""
    data = langdata.load(langdata.code(lang), "agenda")
    ordinal = rf"|(?P<onum>\d{{1,2}})\.\s*(?:{alt(data['ordinal_item_words'])})" \
        if data.get("ordinal_item_words") else ""
    prefixed = re.compile(rf"^\s*[*_#]*\s*(?:(?:{alt(data['item_prefixes'])})\s*(?P<num>{REF}|{_NUM}|{ROMAN})"
                          rf"(?!\.\d){ordinal})"
                          rf"(?:(?:\s*[.)/]\s*|\s*[–—:-]\s*|\s*[.)]?\s*[–—:-]\s*|(?P<space>\s+))(?P<title>\S.*)"
                          rf"|\s*[.):]?[*_]*\s*)$", re.IGNORECASE)  # a bare "Ad 1)" takes its title from below
    numbered = re.compile(rf"^\s*[*_#]*\s*(?:(?P<zero>\d{{1,2}}\.0)(?=\s)|(?P<num>\d{{1,2}}|{ROMAN})(?:[.)]|/(?=\s))"
                          rf"|(?P<ref>{REF})(?:[.:)]|\s+[–—-](?=\s))?|(?P<bare>\d{{1,2}})(?=\s+(?-i:[A-ZÁ-Ž])))"
                          rf"[*_]*\s+{_TITLE}$")
    programme = re.compile(rf"^\s*[*_#]*\s*(?:{alt(data['programme_labels'])})[*_]*"
                           rf"(?:(?:\s+[^\W\d_]+){{0,4}}\s*:[*_]*\s*(?P<rest>.*)|\s*)$", re.IGNORECASE)
    return data, prefixed, numbered, programme


def item_line(text: str, lang: str) -> bool:
    """ "MIN. NO. 01/2025: PRELIMINARIES", "Bod 3 – Rozpočet": a line opening with an item prefix and a number
    heads an agenda item, so it is never a title line of the minutes (its number is the item's)."""
    m = vocab(lang)[1].match(text)
    return bool(m and prefixed_number(m))


def prefixed_number(m: re.Match[str]) -> str:
    return m.group("num") or m.group("onum")


def numbered_number(m: re.Match[str]) -> str:
    return m.group("num") or m.group("zero") or m.group("ref") or m.group("bare")


def value(number: str) -> int:
    """The position a number stands for: "25/01" -> 1, "07/2025" -> 7, "2a" -> 2, "1.0" -> 1, "IV" -> 4, "C" -> 3."""
    if "/" in number:
        parts = number.split("/")
        if len(parts) == 2 and parts[0].isdigit() and re.fullmatch(r"(?:19|20)\d\d", parts[1]):
            return int(parts[0])  # "MIN. NO. 07/2025": the running number before a four-digit year
        return int(parts[-1])  # a minute reference: its running number
    digits = re.match(r"\d+", number)
    if digits:
        return int(digits.group())
    if re.fullmatch(r"[A-H]", number):
        return ord(number) - ord("A") + 1
    total, prev = 0, 0
    for ch in reversed(number.upper()):
        v = {"I": 1, "V": 5, "X": 10}.get(ch, 0)
        total, prev = (total - v, prev) if v < prev else (total + v, v)
    return total


def increasing(cands: list[Cand]) -> list[Cand]:
    """The longest run of candidates whose numbers do not go down (earliest on ties): a restarted list
    inside an item, or a title line "12. jednání ..." before item 1, is not part of the numbering; a number
    written twice in a row ("5. Různé", "5. Diskuse") is kept twice, as written, and so is an inserted "2a"."""
    best: list[list[Cand]] = []
    for i, c in enumerate(cands):
        prev = [best[j] for j in range(i) if value(cands[j].number) < value(c.number)
                or (j == i - 1 and value(cands[j].number) == value(c.number))]
        chain = max(prev, key=len, default=[])
        best.append([*chain, c])
    return max(best, key=len, default=[])


def lettered_run(cands: list[Cand]) -> list[Cand]:
    """Top-level items lettered "A.", "B.", "C." in document order without a restart (a lettering that restarts
    under each item marks sub-items)."""
    letters = [c.number for c in cands]
    return cands if len(cands) >= 2 and letters == [chr(ord("A") + i) for i in range(len(cands))] else []
