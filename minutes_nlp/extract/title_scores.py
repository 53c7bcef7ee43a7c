"""How much a top line looks like a meeting's title: a meeting number ("19. jednání", "Meeting #3"), a title
prefix with a name ("Zápis z ...", "Minutes of the ..."), a heading's style; a bare prefix ("Zápis",
"Minutes") is generic, and a line naming the kind of meeting and its date captions a body's heading.

Split out of `titles.py`; the words are data in `lang/<lang>/metadata_labels.json` (`meeting_nouns`,
`title_prefixes`, `minutes_words`).
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.dates import find_dates

_MAX_TITLE = 220


@cache
def patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = mf.labels(lang).data
    nouns, calls = alt(data["meeting_nouns"]), alt([*data["meeting_nouns"], *data.get("call_nouns", [])])
    numbered = re.compile(rf"(?<![\d./–-])(?P<n>\d{{1,3}})(?:\.|st|nd|rd|th)?\s*"
                          rf"(?:\(?[^\W\d]+\)?\s+){{0,2}}?{nouns}(?!\w)|"
                          rf"(?<!\w)(?:{nouns}|{alt(data['minutes_words'])})(?:\s+[^\W\d]+)?\s*(?:č\.|no\.?|#)\s*(?P<n2>\d{{1,3}})(?!\d)"
                          + (rf"|(?<!\w)(?:{calls})\s+(?P<n3>\d{{1,3}})(?=\s*(?:[–—)\]:,(]|\s-\s|$))"
                             if data.get("number_after_noun") else ""), re.IGNORECASE)
    prefixed = re.compile(rf"^\s*{alt(data['title_prefixes'])}\s+\S+", re.IGNORECASE)
    generic = re.compile(rf"^\s*{alt(data['title_prefixes'])}\s*$", re.IGNORECASE)
    return numbered, prefixed, generic


def reported_title(text: str, lang: str) -> bool:
    """ "Minutes of the Programme Board held on ...": a line opening with a title prefix and a name."""
    return bool(patterns(lang)[1].match(text))


def title_score(text: str, lang: str, heading: bool) -> int:
    numbered, prefixed, generic = patterns(lang)
    if not text or len(text) > _MAX_TITLE or generic.match(text) or mf.labels(lang).line.match(text) and \
            ":" in text[:30]:
        return 0
    return 3 * bool(numbered.search(text)) + 2 * bool(prefixed.search(text) or dated_meeting_line(text, lang)) \
        + bool(heading)


@cache
def _meeting_line_rx(lang: str) -> re.Pattern[str]:
    data = mf.labels(lang).data
    kinds = data.get("next_meeting_qualifiers") or []
    kind = rf"(?:(?:{alt(kinds)})\s+)?" if kinds else ""
    return re.compile(rf"^\s*{kind}(?:{alt(data['meeting_nouns'])})(?:\s+(?:{alt(data['minutes_words'])}))?"
                      rf"\s*(?:[–—,:-]|\s[–—-]\s)\s*", re.IGNORECASE)


def dated_meeting_line(text: str, lang: str) -> bool:
    """ "Regular Meeting Minutes – Tuesday, March 11, 2025", "REGULAR MEETING – TUESDAY, APRIL 22ND, 2025": a
    line naming the kind of meeting and its date is the title line under a body's heading."""
    m = _meeting_line_rx(lang).match(text)
    return bool(m and any(v.kind == "date" for _s, _e, v in find_dates(text[m.end():], lang)))
