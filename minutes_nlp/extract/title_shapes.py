"""Shapes of the title lines that decide which of them is the title (split from titles.py): a caption giving only
the minutes word and the meeting's particulars, and a title naming the body by the initialism of the line above."""

from __future__ import annotations

import re

from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract import series as series_mod
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.dates import find_dates


def particulars_only(text: str, lang: str) -> bool:
    """ "Minutes – Tuesday, 11 March 2025, 2.00pm – 4.30pm, Council Chamber", "Zápis – 3. 5. 2024, 9:00": the
    minutes word and the meeting's particulars (a date first), no meeting named but its kind ("Minutes – Regular
    Meeting – 2025-04-01"); a caption under the title."""
    nouns = alt(mf.labels(lang).data["meeting_nouns"])
    m = re.match(rf"\s*{alt(mf.labels(lang).data['minutes_words'])}\s*[–—:,-]\s*(?:(?:[^\W\d_]+\s+){{0,2}}{nouns}"
                 rf"\s*[–—:,-]\s*)?", text, re.IGNORECASE)
    dates = find_dates(text[m.end():], lang) if m else []
    return bool(dates) and re.fullmatch(r"[\W\w]{0,12}", text[m.end():m.end() + dates[0][0]] if m else "") is not None \
        and not re.search(rf"(?<!\w){nouns}(?!\w)", text[m.end():] if m else text, re.IGNORECASE)


def abbreviates(main: str, body_line: str, lang: str) -> bool:
    """ "Zápis z jednání KŠ č. 3/2025" under "Krizový štáb ORP X": a title naming the body by its initialism is
    whole; the body's line above it is its letterhead."""
    words = (series_mod.series_from_title(body_line, lang).series or "").split()
    codes = re.findall(r"(?<!\w)(?-i:[A-ZÁ-Ž]{2,5})(?!\w)", main)
    return any(len(code) <= len(words) and code == "".join(w[0] for w in words[:len(code)]).upper()
               for code in codes)
