"""Meeting metadata: title, series, number, date and times, place, online, recorder, approver, chair,
attendees, absent, guests, verifiers, attachments and the next meeting.

Fields come first from labels (header tables, "Zapsal:", "Present:"; see `metafields`), then from the title
("19. jednání Pracovní skupiny pro Smart Cities" gives number and series), then from the opening and closing
blocks ("zahájeno v 17.05"). A value that is not found stays None rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract import series as series_mod
from minutes_nlp.extract import titles
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.dates import find_dates, parse_date
from minutes_nlp.extract.names import clean_person, person_like, split_people
from minutes_nlp.extract.result import MeetingInfo, NextMeeting
from minutes_nlp.extract.times import cue_start, field_times, start_end
from minutes_nlp.textutil import fold

_TITLE_ZONE = titles.TITLE_ZONE
_ARRIVER = re.compile(r"\s*((?:[^\W\d_]{1,6}\.\s+)*(?-i:[A-ZÁ-Ž][\w'’-]+(?:\s+[A-ZÁ-Ž][\w'’-]+)?))")
_APOLOGIES_ZONE = 30  # blocks searched for "Apologies were received from ..."
_EDGE_BLOCKS = 8  # opening and closing blocks searched for "zahájeno v 17.05" / "ukončeno v 19.40"


def _meeting_date(fields: list[mf.Field], title: str | None, doc: Document, lang: str) -> dt.date | None:
    candidates = [f.value for f in fields if f.name == "date"] + [title or ""]
    candidates += [mf.line_text(b) for b in doc.blocks[:_TITLE_ZONE]]
    for text in candidates:
        for _s, _e, value in find_dates(text, lang):
            if value.kind == "date" and value.earliest:
                return dt.date.fromisoformat(value.earliest)
    return None


def _times(fields: list[mf.Field], doc: Document, lang: str, title: str | None) -> tuple[str | None, str | None]:
    """Times from the date/time fields; a start cue in the opening ("called to order at 7:02 p.m.") beats a
    lone scheduled time in the header, and the closing blocks give the end ("ukončeno v 19.40")."""
    start = end = None
    ranged = False
    for f in fields:
        if f.name in ("date", "time"):
            s, e = field_times(f.value, lang)
            ranged = ranged or bool(s and e)
            start, end = start or s, end or e
        elif f.name == "end":
            end = end or field_times(f.value, lang)[0]
    opening, closing = doc.blocks[:_EDGE_BLOCKS], doc.blocks[_EDGE_BLOCKS:][-_EDGE_BLOCKS:]
    if not ranged:
        start = next((t for t in (cue_start(b.text, lang) for b in opening) if t), None) or start
    if title and not start:
        start, end = field_times(title, lang)[0], end or field_times(title, lang)[1]  # "held on ... at 7pm"
    for b in list(opening) + list(closing):
        if start and end:
            break
        s, e = start_end(b.text, lang, weak=b.index < _header_end(doc))
        start, end = start or s, end or e
    return start, end


def _header_end(doc: Document) -> int:
    """Index of the first block of the body proper (a heading or list after the top, or block 8)."""
    return next((b.index for b in doc.blocks[1:_EDGE_BLOCKS] if b.is_heading or b.kind.value == "list_item"),
                _EDGE_BLOCKS)


@cache
def _vocab_rx(lang: str, key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alt(mf.labels(lang).data[key])}(?!\w)", re.IGNORECASE)


def _clean_place(value: str, lang: str) -> str:
    """Drop remarks after a dash and parentheses that name no platform ("Jitsi (link pinned in #steering)")."""
    place = re.split(r"\s+[–—]\s+", mf.clean_value(value.split("\n")[0]))[0]
    online = _vocab_rx(lang, "online_cues")
    for paren in re.findall(r"\s*\([^)]*\)\s*$", place):
        if not online.search(paren):
            place = place[: len(place) - len(paren)]
    return place.strip(" ,;")


def _place(fields: list[mf.Field], title: str | None, doc: Document, lang: str) -> str | None:
    """The place field, else "konaného dne ... v <place>" / "held on ... in <place>" in the title or the
    opening."""
    field = mf.first(fields, "place")
    if field:
        return _clean_place(field.value, lang) or None
    for text in [title or ""] + [b.text for b in doc.blocks[:_EDGE_BLOCKS]]:
        m = _place_rx(lang).search(text)
        if m:
            place = _cut_place(m.group("p"), lang)
            if place:
                return place
    return None


@cache
def _place_rx(lang: str) -> re.Pattern[str]:
    cues = mf.labels(lang).data["place_cues"]
    date = r"(?:\s+[\d. ]+\d{4}|\s+(?:\w+,?\s+)?\d{1,2}\.?\s+\w+,?\s+\d{4}|\s+\w+,?\s+\w+\s+\d{1,2},\s+\d{4})"
    clock = r"(?:,?\s+(?:od|v|ve|at|from)?\s*\d{1,2}(?:[:.]\d\d)?\s*(?:hodin|hod\.?|h\.?|[ap]\.?m\.?)?)"
    return re.compile(rf"(?<!\w){alt(cues['cues'])}(?:\s+(?:dne|on))?{date}?{clock}?,?\s+"
                      rf"{alt(cues['prepositions'])}\s+(?P<p>[^;\n]+)", re.IGNORECASE)


@cache
def _place_stop(lang: str) -> re.Pattern[str]:
    """Where a place named in running text ends: a date or time, a clause ("on Tuesday", "dne", "od 18 hod.",
    ", který"), a dash, or a full stop (see `_cut_place`)."""
    cues = mf.labels(lang).data["place_cues"]
    return re.compile(rf",?\s+(?:{alt(cues['stops'])})(?!\w)|,?\s+(?:at\s+|v\s+|ve\s+|od\s+)?\d{{1,2}}[.:]\d\d"
                      rf"|,?\s+\d{{1,2}}\.\s*\d{{1,2}}\.|(?P<word>\w*)\.(?:\s|$)|\s+[–—]\s+", re.IGNORECASE)


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    code = lang if lang in langdata.SUPPORTED else "en"
    return frozenset(langdata.load(code, "abbreviations")["no_break_after"])


def _cut_place(text: str, lang: str) -> str:
    """The place up to its first stop; a full stop after an abbreviation ("nám.", "ul.") or an initial is not
    one. A leading article goes ("the Council Chamber")."""
    end = len(text)
    for m in _place_stop(lang).finditer(text):
        word = m.group("word")
        if word is not None and (len(word) <= 1 or word.lower() in _abbreviations(lang)):
            continue
        end = m.end("word") if word is not None else m.start()
        break
    return re.sub(r"^the\s+", "", text[:end].strip(" .,:"), flags=re.IGNORECASE)


def _online(place: str | None, doc: Document, lang: str) -> bool | None:
    """Online only when no physical place is named: a room or an address makes even a hybrid meeting False."""
    cue, physical = _vocab_rx(lang, "online_cues"), _vocab_rx(lang, "physical_cues")
    if place is not None:
        return bool(cue.search(place)) and not (physical.search(place) or re.search(r"\d+/\d+|\d{3,}", place))
    head = "\n".join(b.text for b in doc.blocks[:_TITLE_ZONE])
    return bool(cue.search(head))  # nothing says online: the meeting is taken to be in person


def _full_name(name: str, text: str) -> str:
    """ "K. Vondráčková" -> "Kateřina Vondráčková" when the document writes the name out once (nominative)."""
    words = name.split()
    if len(words) != 2 or not re.fullmatch(r"[^\W\d_]\.", words[0]):
        return name
    found = {m.group(1) for m in re.finditer(rf"(?<!\w)([{words[0][0]}][^\W\d_]+)\s+{re.escape(words[1])}(?!\w)",
                                              text)}
    return f"{found.pop()} {words[1]}" if len(found) == 1 else name


def _person(fields: list[mf.Field], name: str, lang: str, text: str) -> str | None:
    for f in fields:
        if f.name == name:
            person = clean_person(f.value.split("\n")[0], lang)
            if person:
                return _full_name(person, text)
    return None


def _people(fields: list[mf.Field], name: str, lang: str, text: str) -> tuple[str, ...]:
    out: list[str] = []
    for f in fields:
        if f.name == name:
            out.extend(p for p in (_full_name(n, text) for n in split_people(f.value, lang)) if p not in out)
    return tuple(out)


def _last_name_run(text: str, lang: str) -> str | None:
    """The last run of capitalised words (and initials) in `text`: the subject before an absence cue."""
    tokens = list(re.finditer(r"[^\W\d_][\w'’-]*\.?", text))
    end = max((i for i, t in enumerate(tokens) if t.group(0)[:1].isupper()), default=None)
    if end is None:
        return None
    start = end
    while start > 0 and tokens[start - 1].group(0)[:1].isupper() \
            and not text[tokens[start - 1].end():tokens[start].start()].strip():
        start -= 1
    return clean_person(" ".join(t.group(0) for t in tokens[start:end + 1]), lang)


def _with_late_arrivals(attendees: tuple[str, ...], doc: Document, lang: str, text: str) -> tuple[str, ...]:
    """Attendees plus who came late, named in the body ("V 18:20 se dostavil p. Karel Veselý", "Cllr Ross
    arrived at 7.45pm"); only when an attendance list exists, so a note of arrivals is not the whole list."""
    if not attendees:
        return attendees
    cue = _vocab_rx(lang, "arrival_cues")
    found: list[str] = []
    for b in doc.blocks:
        for m in cue.finditer(b.text):
            before = re.split(r"(?<!\b\w)[.!?]\s+", b.text[: m.start()])[-1]
            after = _ARRIVER.match(b.text, m.end())
            person = _last_name_run(before, lang) if before.strip() and before.strip()[:1].isupper() \
                and not re.match(r"^\s*(?:V|Ve|At|In)\s", before) else None
            person = person or (clean_person(after.group(1), lang) if after else None)
            if person and person_like(person, False, lang) or person and len(person.split()) == 1:
                found.append(_full_name(person, text))
    return _merge_people(attendees + tuple(found))


def _absent_by_cue(doc: Document, lang: str, text: str) -> list[str]:
    """ "Míša se omluvila (nemocné děti)", "Standa psal, že nedorazí", "Cllr Patel sent apologies"; and with
    the names after the cue: "Apologies were received from Cllrs Ross and Patel", "Ze zasedání se omluvili:
    ..." (searched further down: apologies are the first item of the body)."""
    cue, forward = _vocab_rx(lang, "absent_cues"), _vocab_rx(lang, "absent_cues_before_names")
    out: list[str] = []
    for b in doc.blocks[:_APOLOGIES_ZONE]:
        for m in forward.finditer(b.text):
            rest = _sentence_rest(b.text[m.end():].lstrip(" :"), lang)
            out.extend(_full_name(n, text) for n in split_people(re.sub(r"\([^)]*\)", "", rest), lang))
        if b.index >= _TITLE_ZONE or b.kind.value == "table":
            continue  # a header table's "omluveni" cell is a label, read as a field
        for m in cue.finditer(b.text):
            if b.text[m.end():].lstrip().startswith(":"):
                continue  # "omluven: Karel Veselý" is a label, read as a field
            sentence = re.split(r"(?<!\b\w)[.!?]\s+", b.text[: m.start()])[-1]
            person = _last_name_run(sentence, lang)
            if person:
                out.append(_full_name(person, text))
    return out


def _merge_people(names: tuple[str, ...]) -> tuple[str, ...]:
    """One entry per surname: "D. Holloway" from the list and "Holloway" from a sentence are one person."""
    out: list[str] = []
    for name in names:
        same = next((i for i, o in enumerate(out) if fold(o.split()[-1]) == fold(name.split()[-1])), None)
        if same is None:
            out.append(name)
        elif len(name) > len(out[same]):
            out[same] = name
    return tuple(out)


@cache
def _no_sentence_end(lang: str) -> frozenset[str]:
    return _abbreviations(lang) | {t.rstrip(".").lower() for t in mf.labels(lang).data["name_titles"]}


def _sentence_rest(text: str, lang: str) -> str:
    """`text` up to the end of its sentence; a dot after a title, an abbreviation or an initial ends none."""
    skip = _no_sentence_end(lang)
    for m in re.finditer(r"(?P<word>\w*)[.!?](?:\s|$)", text):
        if len(m.group("word")) > 1 and m.group("word").lower() not in skip:
            return text[:m.start() + len(m.group("word"))]
    return text


def _marked_chair(fields: list[mf.Field], lang: str, text: str) -> str | None:
    """ "Priya (chair)", "Margaret A. Delaney (Chair)" in the attendee list."""
    words = alt(mf.labels(lang).data["fields"]["chair"])
    for f in fields:
        if f.name == "attendees":
            m = re.search(rf"([^,;()\n]+?)\s*\(\s*{words}\s*\)", f.value, re.IGNORECASE)
            person = clean_person(m.group(1), lang) if m else None
            if person:
                return _full_name(person, text)
    return None


def _attachments(fields: list[mf.Field]) -> tuple[str, ...]:
    out: list[str] = []
    for f in fields:
        if f.name == "attachments":
            parts = re.split(r"\n|;\s*", f.value)
            out.extend(v for v in (mf.clean_value(p).lstrip("·•-– ") for p in parts) if v and v not in out)
    return tuple(out)


def _next_meeting(fields: list[mf.Field], doc: Document, lang: str, ref: dt.date | None) -> NextMeeting | None:
    texts = [f.value for f in fields if f.name == "next_meeting"]
    cue = re.compile(rf"(?<!\w){alt(mf.labels(lang).data['fields']['next_meeting'])}(?!\w)", re.IGNORECASE)
    for b in doc.blocks:
        for m in cue.finditer(b.text):
            rest = b.text[m.end():]
            if not rest.strip(" :–—-.") and b.index + 1 < len(doc.blocks):
                rest = doc.blocks[b.index + 1].text  # a heading "Date of next meeting", the date below it
            texts.append(rest)
    for text in texts:
        for _s, _e, value in find_dates(text[:120], lang, ref):
            upcoming = ref is None or not value.latest or value.latest >= ref.isoformat()
            if value.kind in ("date", "window") and upcoming:
                return NextMeeting(value.text, value.earliest, value.latest)
    return None


def extract_meeting(doc: Document, lang: str) -> MeetingInfo:
    """MeetingInfo of one document (see the module docstring for the order of sources)."""
    fields = mf.scan_fields(doc, lang)
    title, title_block, candidates = titles.choose_title(doc, fields, lang)
    name = titles.choose_series(candidates or ([title] if title else []), lang)
    number = next((n for n in (name.number, titles.number_in(candidates, lang)) if n is not None), None)
    number = number if number is not None else titles.number_from_body(doc, lang, title_block)
    date = _meeting_date(fields, title, doc, lang)
    start, end = _times(fields, doc, lang, title)
    place = _place(fields, title, doc, lang)
    text = doc.text
    return MeetingInfo(
        title=titles.display_title(title, lang), series=name.series,
        series_abbreviations=series_mod.abbreviations(name.series, doc.text, name.abbreviations, lang),
        number=number, date=date.isoformat() if date else None, start=start, end=end, place=place,
        online=_online(place, doc, lang), recorder=_person(fields, "recorder", lang, text),
        approver=_person(fields, "approver", lang, text),
        chair=_person(fields, "chair", lang, text) or _marked_chair(fields, lang, text),
        attendees=_with_late_arrivals(_people(fields, "attendees", lang, text), doc, lang, text),
        absent=_merge_people(_people(fields, "absent", lang, text) + tuple(_absent_by_cue(doc, lang, text))),
        guests=_people(fields, "guests", lang, text), verifiers=_people(fields, "verifiers", lang, text),
        attachments=_attachments(fields), next_meeting=_next_meeting(fields, doc, lang, date),
        body_type=name.body_type,
    )


def parse_meeting_date(text: str, lang: str) -> str | None:
    """ISO date of a field value such as "15. 12. 2020, 15:30 – 17:30" (for callers outside this stage)."""
    value = parse_date(text, lang)
    return value.earliest if value and value.kind == "date" else None
