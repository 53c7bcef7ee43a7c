"""The meeting's title, series and number, chosen among the places minutes state them.

A Title-styled heading at the top that names the meeting ("7. jednání Pracovní skupiny ...", "Zápis z 6.
jednání PS AMK") is the title; a generic one ("Zápis", "Minutes") yields to the header table's "název".
Two top headings (body name, then "Minutes of the Regular Meeting of ...") form one title. The series is
taken from whichever candidate names the body best: a known body noun, written out rather than abbreviated
(`series_choice`, whose `choose_series` is re-exported here).
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract import letterhead_lines, meta_numbers, title_own, title_shapes
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract import series as series_mod
from minutes_nlp.extract.agenda_forms import item_line
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.dates import find_dates
from minutes_nlp.extract.letterhead_lines import jurisdiction_line, letterhead_detail, org_under_title, unit_under
from minutes_nlp.extract.letterhead_lines import minutes_line as _minutes_line
from minutes_nlp.extract.letterhead_lines import registration_line as _registration_line
from minutes_nlp.extract.series_choice import choose_series as choose_series
from minutes_nlp.extract.title_scores import dated_meeting_line as _dated_meeting_line
from minutes_nlp.extract.title_scores import patterns as _patterns
from minutes_nlp.extract.title_scores import reported_title as reported_title  # re-exported: metadates asks it
from minutes_nlp.extract.title_scores import title_score as title_score

TITLE_ZONE = 12
_TOP = 4  # blocks at the top searched for title headings
_MAX_DETAILS = 4  # letterhead address, contact, reference and date-of-issue lines skipped on top of them
_MAX_BODY = 100  # a longer "body name" is a sentence
_SENTENCE_WORDS = 6  # a plain line of more lower-case words ending with a full stop is a sentence, not a title


def _line(doc: Document, index: int) -> str:
    return mf.clean_value(mf.line_text(doc.blocks[index]).split("\n")[0])


def _minutes_headed(text: str, lang: str) -> bool:
    """ "Minutes: Shelter Cluster Coordination Meeting", "MINUTES: FINANCE COMMITTEE" set as a heading: the minutes
    word as a label before a meeting or a body is the title, not the minute-taker's field."""
    m = re.match(rf"\s*{alt(mf.labels(lang).data['minutes_words'])}\s*:\s*(?P<v>\S.*)$", text, re.IGNORECASE)
    nouns = rf"(?<!\w){alt(mf.labels(lang).data['meeting_nouns'])}(?!\w)"
    if m is None:
        return False
    return bool(re.search(nouns, m.group("v"), re.IGNORECASE)) or _names_body(m.group("v"), lang)


def _names_body(text: str, lang: str) -> bool:
    """The line names a meeting body, whole or in one of its dash-separated parts ("Town of X – Planning
    Committee": the municipality, then its committee)."""
    for part in [text, *re.split(r"\s+[–—]\s+", text)[1:]]:
        name = series_mod.series_from_title(part, lang)
        if name.body_type is not None and len(name.series or "") <= _MAX_BODY:
            return True
    return False


def _title_line(doc: Document, index: int, lang: str) -> tuple[str, bool] | None:
    """(text, is_title) of a top block, merging a bare "ZÁPIS" / "MINUTES" with its lower-case continuation
    ("ze 3. zasedání zastupitelstva obce ..."); None when the title lines end here."""
    b = doc.blocks[index]
    text = _line(doc, index)
    raw = mf.line_text(b).split("\n")[0]  # "Present:" set bold opens a list, though its cleaned text has no colon
    if b.is_heading and _minutes_headed(text, lang):
        return text, True
    if b.kind.value == "table" or mf.starts_field(text, lang) or mf.starts_field(raw, lang):
        return None  # the header table or a labelled line ("název 19. jednání ...") ends the title lines
    if _patterns(lang)[2].match(text):
        nxt = _line(doc, index + 1) if index + 1 < len(doc.blocks) else ""
        table = index + 1 < len(doc.blocks) and doc.blocks[index + 1].kind.value == "table"
        if nxt[:1].islower() and not table and not mf.starts_field(nxt, lang):
            return f"{text} {nxt}", True
        return "", False
    if not b.is_heading and raw.rstrip().endswith(".") and not reported_title(raw, lang) \
            and len(re.findall(r"(?<!\S)(?-i:[a-zá-ž]+)(?=[\s,;]|$)", raw)) > _SENTENCE_WORDS:
        return ("", False)  # "The regular meeting of the City Council was called to order ...": a sentence
    if not b.is_heading and text[:1].islower() and not re.search(rf"(?<!\w){alt(mf.labels(lang).data['meeting_nouns'])}"
                                                             r"(?!\w)", text, re.IGNORECASE):
        return ("", False)  # "přítomni byli všichni členové výboru": no title ("z jednání Rady ..." goes on one)
    if b.is_heading or title_score(text, lang, False) >= 2 or _names_body(text, lang):
        score = title_score(text, lang, True)
        agenda_like = score < 3 and re.match(r"^\s*\d{1,2}[.)]\s", text) or item_line(text, lang)  # "1. Call to Order"
        return None if score == 0 and not _names_body(text, lang) or agenda_like else (text, True)
    return ("", False)


def _top_lines(doc: Document, lang: str) -> list[tuple[int, str]]:
    """Title lines at the top: headings, lines that read as a title, or a body's name on its own."""
    out: list[tuple[int, str]] = []
    skip, details = -1, 0
    for b in doc.blocks[:_TOP + _MAX_DETAILS]:
        if b.index <= skip:
            continue
        if not out and jurisdiction_line(_line(doc, b.index), lang) and details < _MAX_DETAILS:
            details += 1  # "Republic of the Philippines", "Province of X": the hierarchy above the letterhead
            continue
        if out and letterhead_detail(_line(doc, b.index), lang) and details < _MAX_DETAILS:
            details += 1  # an address or a reference line under the letterhead: it takes no title line's place
            continue
        if b.index >= _TOP + details:
            break
        if out and (_registration_line(_line(doc, b.index), lang) or _unit_line(doc, b.index, lang)):
            continue  # "Registered charity no. ...", "IČO: ...", "Odbor ..." under the letterhead: the title follows
        line = _title_line(doc, b.index, lang)
        if line is None or (out and not line[1]):
            break
        if line[1]:
            out.append((b.index, line[0]))
            skip = b.index + 1 if _patterns(lang)[2].match(_line(doc, b.index)) else skip
    return out


def _unit_line(doc: Document, index: int, lang: str) -> bool:
    """ "Odbor sociálních věcí", "Faculty of Arts": a plain line naming a unit of the letterhead's organisation
    (`letterhead_unit_words` opening it), undated and no minutes line, with a minutes line right under it."""
    text = _line(doc, index)
    units = mf.labels(lang).data.get("letterhead_unit_words") or []
    if not units or len(text) > _MAX_BODY or find_dates(text, lang) or _minutes_line(text, lang) \
            or not re.match(rf"\s*(?:{alt(units)})(?!\w)", text, re.IGNORECASE) or index + 1 >= len(doc.blocks):
        return False
    below = _below(doc, index, lang)
    text = _line(doc, below) if below is not None else ""
    return below is not None and (_minutes_line(text, lang) or reported_title(text, lang)
                                  or bool(_patterns(lang)[2].match(text)) or _unit_line(doc, below, lang))


def _below(doc: Document, index: int, lang: str) -> int | None:
    """The block under `index`, past the letterhead's address and reference lines."""
    below = index + 1
    while below < min(len(doc.blocks), index + 1 + _MAX_DETAILS) and letterhead_detail(_line(doc, below), lang):
        below += 1
    return below if below < len(doc.blocks) else None


@cache
def _trims(lang: str) -> re.Pattern[str] | None:
    trims = mf.labels(lang).data.get("title_trims")
    return re.compile(rf",?\s+(?:{alt(trims)})\s.*$", re.IGNORECASE | re.DOTALL) if trims else None


def _up_to_date(title: str, lang: str) -> str | None:
    """ "Minutes of the meeting of the X Committee held on Tuesday 14 January 2025 at 7.00 pm [in ...]": a
    reported title that dates the meeting ends with the date and its hour (`title_ends_with_date`); the room
    after them is left out. None when the title has no date after the body's name or no "held on" before it."""
    if not mf.labels(lang).data.get("title_ends_with_date"):
        return None
    found = [(s, e) for s, e, v in find_dates(title, lang) if v.kind == "date"]
    trims = _trims(lang)
    if not found or trims is None or not trims.search(title[:found[0][0]] + " "):
        return None  # "Minutes – Tuesday, 11 March 2025, 2.00pm, Council Chamber": a caption, no reported title
    end = found[0][1]
    hour = re.match(r",?\s*(?:at\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?\s?m\.?|hrs|h)(?!\w)", title[end:], re.IGNORECASE)
    cut = title[: end + (hour.end() if hour else 0)].rstrip(" ,–—-")
    parts = re.split(r"\s+[–—]\s+", cut)  # "<letterhead> – <body> – Minutes of the meeting held on ..."
    return cut if any(_names_body(_trimmed(p, lang), lang) for p in parts) else None


def _trimmed(title: str, lang: str) -> str:
    trims = _trims(lang)
    return trims.sub("", title).strip(" ,–—-") if trims else title


def display_title(title: str | None, lang: str) -> str | None:
    """The title without the meeting's particulars where the language's convention leaves them out ("Minutes
    of the meeting of the Planning Committee" without "held on ... at 7.30pm in ..."; `title_trims`, none in
    Czech, where "konaného dne ..." is part of the title). Kept whole when the rest would not name the body
    and when the title has no date (the place is then all it tells besides the body)."""
    trims = _trims(lang)
    if not title or trims is None:
        return title
    dated = _up_to_date(title, lang)
    if dated:
        return dated
    if not any(v.kind == "date" for _s, _e, v in find_dates(title, lang)):
        return title  # "... held at Tannery House, Caldwick and by video conference": no date, nothing to cut
    trimmed = trims.sub("", title).strip(" ,–—-")
    return trimmed if trimmed != title and _names_body(trimmed, lang) else title


def choose_title(doc: Document, fields: list[mf.Field], lang: str) -> tuple[str | None, int | None, list[str]]:
    """(title, its block, every title-like text for the series) — see the module docstring. The title is
    returned whole (dates and times are read from it); `display_title` gives the form to report."""
    lines = _top_lines(doc, lang)
    tops, top_texts = [i for i, _ in lines], [t for _, t in lines]
    field = mf.first(fields, "title") or mf.first(fields, "body")
    field_text = mf.clean_value(field.value) if field else None
    candidates = [t for t in [*top_texts, field_text] if t]
    strong = _captioned(doc, lines, [(i, t) for i, t in lines if title_score(t, lang, False) >= 2], lang)
    if strong:
        main_index, main = strong[0]
        bodies = [(i, t) for i, t in lines if i != main_index and _names_body(t, lang)]
        kept = [(main_index, main)]
        body_index = bodies[-1][0] if bodies else -1
        alone = not doc.blocks[body_index].is_heading and body_index < main_index and _minutes_line(main, lang)
        alone = alone or bool(bodies) and title_shapes.abbreviates(main, bodies[-1][1], lang)
        if not _names_body(main, lang) and bodies and not alone and (doc.blocks[main_index].is_heading >= \
                doc.blocks[body_index].is_heading or title_shapes.particulars_only(main, lang)):
            # "Board of ..." + "Minutes of the Regular Meeting" set alike, or a line continuing the title ("Zápis
            # č. 4/2024" + "z jednání Finančního výboru ..."); a letterhead above the body line is dropped. A plain
            # paragraph "Minutes of the meeting held on ..." under the body's heading, or under the body named in
            # a plain line of the letterhead, is the title by itself (the body line gives the series); a plain
            # "Minutes – Tuesday, 11 March 2025, 2.00pm, Council Chamber" only captions the heading's title.
            kept = [(i, t) for i, t in lines if i >= min(bodies[-1][0], main_index)]
        kept = _with_letterhead(doc, lines, kept, lang)
        return " – ".join(_without_municipality(kept, lang)), kept[0][0], candidates
    if field_text and not (field and field.name == "body" and _names_meeting(doc, lines, lang)):
        return field_text, field.block if field else None, candidates
    if tops:  # a letterhead over a title heading of its own stays out
        lines = title_own.without_letterhead(doc, lines, _letterhead_line(lines, lang), lang, _names_body)
        return " – ".join(_without_municipality(lines, lang)), lines[0][0], candidates
    best = max(((title_score(_line(doc, b.index), lang, b.is_heading), b.index) for b in doc.blocks[:TITLE_ZONE]),
               default=(0, -1))
    if best[0] >= 2:
        return _line(doc, best[1]), best[1], [_line(doc, best[1])]
    return None, None, []


def _captioned(doc: Document, lines: list[tuple[int, str]], strong: list[tuple[int, str]],
               lang: str) -> list[tuple[int, str]]:
    """ "Makerewa Community Board – Minutes" over a plain "Ordinary meeting, War Memorial Hall, 12/05/2026,
    5.00pm": a heading naming the body and the minutes word is the title; a plain line giving only the kind of
    meeting and its particulars captions it (it names no body)."""
    head = next(((i, t) for i, t in lines if doc.blocks[i].is_heading and _body_minutes(t, lang)), None)
    if head is None or not strong or doc.blocks[strong[0][0]].is_heading or head[0] > strong[0][0]:
        return strong
    first = strong[0][1]
    return [head] if _dated_meeting_line(first, lang) and not _names_body(first, lang) else strong


def _names_meeting(doc: Document, lines: list[tuple[int, str]], lang: str) -> bool:
    """ "RHIZOMAP Kick-off Meeting – Minutes" as the Title-styled heading over "| Meeting | Kick-off meeting and
    1st SC meeting |": a heading naming a meeting (a meeting noun) is the title; the header's meeting field
    names the body or the kind of meeting."""
    nouns = re.compile(rf"(?<!\w){alt(mf.labels(lang).data['meeting_nouns'])}(?!\w)", re.IGNORECASE)
    return bool(lines) and doc.blocks[lines[0][0]].is_heading and any(nouns.search(t) or _body_minutes(t, lang)
                                                                       for _, t in lines)


def _body_minutes(text: str, lang: str) -> bool:
    """ "Board of Trustees – Minutes", "Finance Committee Minutes", "Zápis – Finanční výbor": a heading naming
    the body and the minutes word names the meeting as well as a meeting noun does."""
    words = re.compile(rf"(?<!\w){alt(mf.labels(lang).data['minutes_words'])}(?!\w)", re.IGNORECASE)
    return bool(words.search(text)) and _names_body(text, lang)


def _letterhead_line(lines: list[tuple[int, str]], lang: str) -> tuple[int, str] | None:
    """The first top line when it names an organisation above the title: no body ("Brackenfield Town Council"
    is one), no meeting title, no date ("St Wenna's CE Primary School, Coldhurst", "Wexbury University")."""
    if len(lines) < 2:
        return None
    index, text = lines[0]
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    named = sum(w[:1].isupper() for w in words) >= 2  # a name: "Larkfield School", not "Draft" or "notes"
    if not text or len(text) > _MAX_BODY or not named or letterhead_lines.stamp_line(text, lang) \
            or title_score(text, lang, False) or _names_body(text, lang) or find_dates(text, lang):
        return None
    return index, text


def letterhead(doc: Document, lang: str) -> str | None:
    """The organisation on the letterhead (see `_letterhead_line`), or None."""
    lines = _top_lines(doc, lang)
    found = _letterhead_line(lines, lang)
    return found[1] if found and not unit_under(doc, found[0], lang, " ".join(t for _, t in lines[1:])) \
        else org_under_title(doc, lines[0][0] if len(lines) == 1 else None, lang)


def _without_municipality(kept: list[tuple[int, str]], lang: str) -> list[str]:
    """The title lines without the parts that only name a municipality ("Town of Alderbrook, Maine – Board of
    Selectmen" + "Regular Meeting Minutes – ..." -> "Board of Selectmen – Regular Meeting Minutes – ..."):
    the authority issuing the minutes, not the meeting (`municipal_words`); kept when nothing else is left."""
    parts = [p for _, t in kept for p in re.split(r"\s+[–—]\s+", t)]
    rest = [p for p in parts if not series_mod.municipal(p, lang) or title_score(p, lang, False) >= 2]
    return rest if len(rest) < len(parts) and rest else [t for _, t in kept]


def _with_letterhead(doc: Document, lines: list[tuple[int, str]], kept: list[tuple[int, str]],
                     lang: str) -> list[tuple[int, str]]:
    """The title lines with the letterhead's organisation before them, where the language's convention
    counts it in (`title_keeps_letterhead`): the minutes line is set as a title line (a heading, bold) under
    the letterhead and does not name the organisation itself ("St Wenna's CE Primary School, Coldhurst" +
    "Minutes of the Full Governing Board meeting held on ..."). A plain paragraph under the headings is
    body text: its title stands alone."""
    head = _letterhead_line(lines, lang)
    main_index, main = kept[-1]
    if not mf.labels(lang).data.get("title_keeps_letterhead") or head is None or head[0] >= kept[0][0] \
            or not doc.blocks[main_index].is_heading or _fold(head[1].split(",")[0]) in _fold(main) \
            or unit_under(doc, head[0], lang, main) or title_own.own_title_under(doc, head, kept, lang, _names_body):
        return kept
    return [head, *kept]


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _number(m: re.Match[str]) -> int:
    return int(m.group("n") or m.group("n2") or m.group("n3"))


def number_in(texts: list[str], lang: str) -> int | None:
    """The meeting number in title texts ("19. jednání", "Zápis č. 5/2021", "12th meeting", "třetího
    zasedání", "Fourth Meeting")."""
    numbered, _, _ = _patterns(lang)
    for text in texts:
        found = meta_numbers.meeting_numbers(numbered, text, lang)
        hashed = [m for m in found if "#" in m.group(0)]  # "1st General Assembly and SC Meeting #3"
        if found:
            return _number((hashed or found)[0])
    worded = next((n for t in texts if (n := _ordinal_number(t, lang)) is not None), None)
    worded = worded if worded is not None else meta_numbers.number_after_body(texts, lang)
    return worded if worded is not None else \
        next((n for t in texts if (n := series_mod.without_designation(t)[1]) is not None), None)


@cache
def _ordinal_rx(lang: str) -> re.Pattern[str]:
    """An ordinal word (`meeting_ordinals`, its stem with any `ordinal_endings`: "třetí" -> "třetího") right
    before a meeting noun, a kind of meeting between ("Fourth Ordinary Meeting")."""
    data = mf.labels(lang).data
    ends = alt(data.get("ordinal_endings") or [""]) if data.get("ordinal_endings") else ""
    parts = [rf"(?P<n{n}>{alt(re.sub(r'[éáí]$', '', w) for w in words)}{ends})"
             for n, words in (data.get("meeting_ordinals") or {}).items()]
    kinds = alt(data.get("next_meeting_qualifiers") or [])
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts) or '(?!)'})\s+(?:{kinds}\s+)?{alt(data['meeting_nouns'])}(?!\w)",
                      re.IGNORECASE)


def _ordinal_number(text: str, lang: str) -> int | None:
    m = _ordinal_rx(lang).search(text)
    return next((int(k[1:]) for k, v in m.groupdict().items() if v), None) if m else None


@cache
def _programme_rx(lang: str) -> re.Pattern[str]:
    labels = langdata.load(langdata.code(lang), "agenda")["programme_labels"]
    return re.compile(rf"^\s*(?:{alt(labels)})\s*:", re.IGNORECASE)


def number_from_body(doc: Document, lang: str, title_block: int | None) -> int | None:
    """ "zahájila 19. jednání PS SC": the number stated in the opening when the title has none."""
    numbered, _, _ = _patterns(lang)
    programme = _programme_rx(lang)
    for b in doc.blocks[:TITLE_ZONE]:
        m = numbered.search(mf.line_text(b))
        if m and b.index != title_block and not programme.match(b.text) and not meta_numbers.item_heading(b) \
                and not _in_date(mf.line_text(b), m.start(), lang):  # "Program: ... 5. Plán zasedání"
            return _number(m)
    return None


def _in_date(text: str, at: int, lang: str) -> bool:
    """ "at its December 4 meeting", "the 14 March meeting": the number is a date's day, no meeting's number."""
    return any(s <= at < e for s, e, v in find_dates(text, lang) if v.kind == "date")
