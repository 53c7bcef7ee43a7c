"""Numbers in a title or opening that are, or are not, the meeting's running number.

Why: (1) a body named after the provision of law that sets it up ("Section 80 Committee", "s.79 Committee",
"Article 5 Committee", "komise podle § 117") carries a number that is the provision's, not the meeting's;
(2) a numbered agenda heading ("3. Executive Session", "5. Special Meeting Report") opens with the item's number,
not the meeting's; (3) Czech titles write the number after the body's name ("Zápis z pedagogické rady č. 4",
"Zápis ze schůze výboru č. 7"), further from the minutes word than a title pattern allows.
Words: `provision_words`, `numbered_title_after_body` in `lang/<lang>/metadata_labels.json`.
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp.document import Block
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.dateparts import alt

_BODY_WORDS = 4  # words of a body's name between "Zápis z" and "č. 4"


@cache
def _provision_rx(lang: str) -> re.Pattern[str]:
    data = mf.labels(lang).data
    words = (data.get("provision_words") or []) + (data.get("numbered_body_words") or [])
    return re.compile(rf"(?<!\w)(?:{alt(words)})\s*$" if words else "(?!)", re.IGNORECASE)


def after_provision(text: str, at: int, lang: str) -> bool:
    """The number at `at` follows a provision word ("SECTION 80", "§ 117": a law's) or the designation of a
    numbered body or part ("WG 7", "Ward 4", "PS 3"; `numbered_body_words`): not the meeting's number."""
    return _provision_rx(lang).search(text[:at]) is not None


def item_heading(block: Block) -> bool:
    """ "3. Executive Session Disclosure": a heading or list item opening with an item number and a capitalised
    title is an agenda item; its number is the item's."""
    return (block.is_heading or block.kind.value == "list_item") and \
        re.match(r"\s*\d{1,3}\.\s+(?-i:[A-ZÁ-Ž])", block.text) is not None


def meeting_numbers(rx: re.Pattern[str], text: str, lang: str) -> list[re.Match[str]]:
    """The matches of a meeting-number pattern in `text` that are no law's or body's number; after one that is
    ("WG 7 meeting 33": "7 meeting"), the search goes on from the number, so the meeting noun it took can
    still carry its own number ("meeting 33")."""
    found, pos = [], 0
    while (m := rx.search(text, pos)) is not None:
        if after_provision(text, m.start(), lang):
            pos = m.start() + 1
            continue
        found.append(m)
        pos = max(m.end(), m.start() + 1)
    return found


@cache
def _after_body_rx(lang: str) -> re.Pattern[str]:
    data = mf.labels(lang).data
    openers = data.get("numbered_title_after_body") or []
    breaks = alt(data.get("numbered_title_breaks") or ["(?!)"])  # "Zápis z jednání k usnesení č. 5": a matter's
    word = rf"(?!(?:{breaks})\s)[^\W\d]+\s+"
    return re.compile(rf"^\s*(?:{alt(data['minutes_words'])})\s+(?:{alt(openers)})\s+(?:{word}){{1,{_BODY_WORDS}}}?"
                      r"(?:č\.|no\.|#)\s*(?P<n>\d{1,3})(?!\d)" if openers else "(?!)", re.IGNORECASE)


def number_after_body(texts: list[str], lang: str) -> int | None:
    """ "Zápis z pedagogické rady č. 4": the number a title gives after the body's name."""
    return next((int(m.group("n")) for t in texts if (m := _after_body_rx(lang).match(t))), None)



def provision_number(texts: list[str], number: int, lang: str) -> bool:
    """The number is written after a provision word in one of the texts ("Article 5 Committee")."""
    return any(after_provision(t, m.start(), lang) for t in texts for m in re.finditer(rf"(?<!\d){number}(?!\d)", t))
