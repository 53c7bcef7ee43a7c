"""The meeting's date and its start and end times, from the date fields, the title, the lines under it and
the opening and closing blocks ("zahájeno v 17.05", "Adjourned at 8:55 p.m.").

Kept apart from `metadata`, which gathers all of a meeting's fields: the date and times are read from
their own places in the document and need nothing of the people or series readers.
"""

from __future__ import annotations

import datetime as dt
import re

from minutes_nlp.document import Block, Document
from minutes_nlp.extract import datelocale, next_meeting, series_forms, time_segments, titles
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.dates import find_dates
from minutes_nlp.extract.times import cue_start, date_line, field_times, find_times, first_item_blocks, start_end
from minutes_nlp.textutil import cached_rx

_TITLE_ZONE = titles.TITLE_ZONE
_EDGE_BLOCKS = 8  # opening and closing blocks searched for "zahájeno v 17.05" / "ukončeno v 19.40"


def meeting_date(fields: list[mf.Field], title: str | None, doc: Document, lang: str,
                  ref: dt.date | None = None) -> dt.date | None:
    """The first full date of the date fields, the title or the top; with `ref` (the previous meeting's date)
    a date without its year ("Výbor 31. 3.") takes the year nearest to it."""
    signed = min((f.block for f in fields if f.name in ("recorder", "approver")), default=_TITLE_ZONE)
    late = min(signed, _TITLE_ZONE)  # "Signed: ... Date: 15th May 2023" dates the signature: a last resort
    dated = [f for f in fields if f.name == "date"]
    candidates = [f.value for f in dated if f.block < late] + [title or ""]
    candidates += [f.text for f in doc.furniture if f.kind == "header"][:1]  # "Kontrolní výbor – 4. 3. 2025"
    candidates += [_own_sentences(mf.line_text(b), lang) for b in doc.blocks[:_TITLE_ZONE]]
    candidates += [f.value for f in dated if f.block >= late]
    country = datelocale.locale(doc.text, lang)  # "Date: 03/04/2025" is 4 March in a US document
    for text in candidates:
        for s, _e, value in find_dates(text, country, ref):
            if value.kind == "date" and value.earliest:
                return _first_day(text[:s], dt.date.fromisoformat(value.earliest), lang)
    return None


def _own_sentences(text: str, lang: str) -> str:
    """The text without its sentences that date another meeting or the minutes themselves ("Zápis z
    předchozího jednání ze dne 4. 2. 2025 byl schválen.", "Minutes prepared 10 March 2025";
    `other_meeting_date_cues`, and the next meeting's cues)."""
    cues = mf.labels(lang).data.get("other_meeting_date_cues") or []
    rx = cached_rx(rf"(?<!\w)(?:{alt(cues)})(?!\w)", re.IGNORECASE) if cues else None
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZÁ-Ž])", text)
    kept = [p for p in parts if not (rx and rx.search(p)) and not next_meeting.cue_rx(lang).search(p)]
    return " ".join(kept) if len(kept) < len(parts) else text


def _first_day(before: str, date: dt.date, lang: str) -> dt.date:
    """ "5–6 March 2025", "12.–13. 5. 2025": a meeting over several days is dated by its first day; a number
    after the meeting noun is its running number instead ("Board meeting 12 – 14 May 2025")."""
    m = re.search(r"(?<![\d.:])(\d{1,2})\.?\s*[–—-]\s*$", before)
    nouns = alt(mf.labels(lang).data["meeting_nouns"] + mf.labels(lang).data["minutes_words"])
    if not m or cached_rx(rf"(?<!\w)(?:{nouns})\s*(?:no\.?|č\.|#)?\s*$", re.IGNORECASE).search(before[:m.start()]):
        return date
    return date.replace(day=int(m.group(1))) if 0 < int(m.group(1)) < date.day else date


def meeting_times(fields: list[mf.Field], doc: Document, lang: str, title: str | None) -> tuple[str | None, str | None]:
    """Times from the date/time fields; a start cue in the opening ("called to order at 7:02 p.m.") beats a
    lone scheduled time in the header, not a span the header or the title states ("from 14:00 to 15:45"), and
    the closing blocks give the end ("ukončeno v 19.40")."""
    start = end = None
    ranged = False
    for f in fields:
        if f.name in ("date", "time"):
            s, e = field_times(time_segments.meeting_part(f.value, lang) or f.value, lang)  # not the field trip's
            ranged = ranged or bool(s and e)
            start, end = start or s, end or e
        elif f.name == "end":
            end = end or field_times(f.value, lang)[0]
    opening, closing = doc.blocks[:_EDGE_BLOCKS], _closing_blocks(doc)
    titled = field_times(title or "", lang)  # "held on 9 December 2025 from 14:00 to 15:45": the span on record
    if not ranged and not start and titled[0] and titled[1]:
        start, end, ranged = titled[0], end or titled[1], True
    if not ranged:
        item_one = first_item_blocks(doc, lang, 1)
        # the first item's heading under a programme ("Ad 1) Zahájení", "## 1. Zahájení") may state when the
        # meeting was opened, too; that recorded time beats a lone time of the header's field (corpus/FORMAT.md)
        item_one += [b for b in first_item_blocks(doc, lang, 1, headings=True) if b not in item_one]
        start = next((t for t in (cue_start(b.text, lang) for b in [*opening, *item_one]) if t), None) or start
    for text in [title or ""] + _title_continuations(doc, lang):
        if text and not start:
            start, end = field_times(text, lang)[0], end or field_times(text, lang)[1]  # "held on ... at 7pm"
    for b in list(opening) + list(closing):
        if start and end:
            break
        s, e = start_end(next_meeting.without_next_meeting(b.text, lang), lang, weak=b.index < _header_end(doc))
        start, end = start or s, end or e
    return start, end


def _closing_blocks(doc: Document) -> list[Block]:
    """The last blocks after the opening, a run of list items counted as one ("Adjourned at 8:55 p.m." then an
    action-item list of any length and the signature)."""
    out: list[Block] = []
    counted = 0
    for b in reversed(doc.blocks[_EDGE_BLOCKS:]):
        run = bool(out) and b.kind.value == "list_item" and out[-1].kind is b.kind
        if counted + (not run) > _EDGE_BLOCKS:
            break
        counted += not run
        out.append(b)
    return out[::-1]


def _title_continuations(doc: Document, lang: str) -> list[str]:
    """Lines under the title that go on with its particulars: "konané 5. 12. 2022 v 15:00 hodin na MěÚ", "16.
    zasedání, konané dne ..." (`series_forms.particulars_rx`), or
    restate it in full ("Programme Board – Meeting 9 – Minutes" over "Minutes of the ... Board held on Tuesday
    11 March 2025 at 14:00 in Committee Room 3")."""
    cue = series_forms.particulars_rx(lang)
    lines = [mf.line_text(b) for b in doc.blocks[1:3]]  # "16." may be a Word list label
    return [t for t in lines if cue.match(t) or titles.reported_title(t, lang) or _dated_caption(t, lang)] + \
        [b.text for b in doc.blocks[1:_header_end(doc)] if date_line(b.text, lang) or _held_sentence(b.text, lang)]


def _dated_caption(text: str, lang: str) -> bool:
    """ "October 17, 2024 – 6:30 p.m. – Clubhouse, 12 Main Drive", "Tuesday 4 March 2025 | 10:00 | Room 2": a
    caption line under the title opening with the date (a weekday before it) and the hour right after it."""
    dates = [(s, e) for s, e, v in find_dates(text, lang) if v.kind == "date"]
    if not dates or not re.fullmatch(r"[^\W\d_]*,?\s*", text[:dates[0][0]]):
        return False
    times = find_times(text, lang)
    return bool(times) and re.fullmatch(r"[\s,|·•–—-]*(?:at\s+)?", text[dates[0][1]:times[0][0]], re.IGNORECASE) \
        is not None


def _held_sentence(text: str, lang: str) -> bool:
    """ "A meeting of the X Board was held at the Hall on 23rd June 2026 at 5.00pm": a sentence stating this
    meeting's particulars (a meeting noun within its first words, then `held_sentence_verbs`), also read for
    the start as a title's "held on ... at" is."""
    data = mf.labels(lang).data
    verbs, nouns = data.get("held_sentence_verbs") or [], alt(data["meeting_nouns"])
    return bool(verbs) and cached_rx(rf"^\W*(?:\S+\s+){{0,3}}?{nouns}(?!\w)(?:\s+\S+){{0,16}}?\s+{alt(verbs)}(?!\w)",
                                     re.IGNORECASE).match(text) is not None


def _header_end(doc: Document) -> int:
    """Index of the first block of the body proper (a heading or list after the top, or block 8)."""
    return next((b.index for b in doc.blocks[1:_EDGE_BLOCKS] if b.is_heading or b.kind.value == "list_item"),
                _EDGE_BLOCKS)


def yearless_date(fields: list[mf.Field], title: str | None, doc: Document, lang: str) -> bool:
    texts = [f.value for f in fields if f.name == "date"] + [title or ""]
    texts += [mf.line_text(b) for b in doc.blocks[:_TITLE_ZONE]]
    return any(v.kind == "date" and not v.earliest for t in texts for _s, _e, v in find_dates(t, lang))
