"""Meeting metadata: title, series, number, date and times, place, online, recorder, approver, chair,
attendees, absent, guests, verifiers, attachments and the next meeting.

Fields come first from labels (header tables, "Zapsal:", "Present:"; see `metafields`), then from the title
("19. jednání Pracovní skupiny pro Smart Cities" gives number and series), then from the opening and closing
blocks ("zahájeno v 17.05"; the date and times are read in `metadates`). A value that is not found stays None
rather than guessed. The next meeting's date (and the blanking of its hour out of this meeting's times) lives
in `next_meeting`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from minutes_nlp.document import Document
from minutes_nlp.extract import attendance as att
from minutes_nlp.extract import (
    attendance_own,
    meta_numbers,
    metacertified,
    metadates,
    metapeople,
    metarecorders,
    neighbours,
    next_meeting,
    series_bodies,
    series_forms,
    series_projects,
    titles,
    venue,
)
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract import series as series_mod
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.dates import parse_date
from minutes_nlp.extract.header_names import named_in_header
from minutes_nlp.extract.meeting_attendance import attendance as _attendance
from minutes_nlp.extract.meeting_attendance import attendance_texts as _attendance_texts
from minutes_nlp.extract.names import clean_person
from minutes_nlp.extract.result import AgendaItem, MeetingInfo
from minutes_nlp.extract.venue_particulars import particulars_place
from minutes_nlp.textutil import fold

_TITLE_ZONE = titles.TITLE_ZONE
_TITLE_BLOCKS = 3  # the headings at the top that name the body


@cache
def _vocab_rx(lang: str, key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alt(mf.labels(lang).data[key])}(?!\w)", re.IGNORECASE)


def _online(place: str | None, doc: Document, lang: str) -> bool | None:
    """Online when people could take part remotely: a hybrid meeting ("zasedací místnost, hybridně (MS Teams)",
    "held at ... and by video conference") is online too, since a remote member was at the meeting. Nothing
    saying so: the meeting is taken to be in person."""
    cue = _vocab_rx(lang, "online_cues")
    head = "\n".join(b.text for b in doc.blocks[:_TITLE_ZONE])
    return bool(cue.search(place or "") or cue.search(head))


@cache
def _chair_rx(lang: str) -> re.Pattern[str]:
    """A name marked chair in brackets, compiled once per language rather than once per document."""
    return re.compile(rf"([^,;()\n]+?)\s*\(\s*{alt(mf.labels(lang).data['fields']['chair'])}\s*\)", re.IGNORECASE)


@cache
def _dash_chair_rx(lang: str) -> re.Pattern[str]:
    """An entry of a list closed by the chair's office after a dash ("2. Prof. A. Rao, Head, Dept of X –
    Chairman", "Jan Kos – předseda"): the name opens the entry."""
    return re.compile(rf"(?m)^\s*(?:\d{{1,3}}[.)]\s*|[-•·*]\s*)?([^,;()\n–—]+?)(?:,[^\n]*?)?\s[–—-]\s*"
                      rf"{alt(mf.labels(lang).data['fields']['chair'])}\s*$", re.IGNORECASE)


def marked_chair(fields: list[mf.Field], lang: str, text: str) -> str | None:
    """ "Priya (chair)", "Margaret A. Delaney (Chair)", "Prof. A. Rao, Head of Department – Chairman" in the
    attendee list."""
    for f in fields:
        if f.name == "attendees":
            for rx in (_chair_rx(lang), _dash_chair_rx(lang), _postnominal_chair_rx(lang)):
                m = rx.search(f.value)
                person = clean_person(re.split(r"[|\t]", m.group(1))[0], lang) if m else None  # "X | Org (Chair)"
                if person:
                    return att.full_name(person, text)
    return None


@cache
def _postnominal_chair_rx(lang: str) -> re.Pattern[str]:
    """ "Hon. Jane X, MCA (Chairperson); ...", "Cllr Y, MBE – Chair; ...": the office after the post-nominal
    letters that follow the name (member of a county assembly, of parliament, an honour)."""
    chair = alt(mf.labels(lang).data['fields']['chair'])
    return re.compile(rf"([^,;()\n|]+?),\s*(?-i:[A-Z][A-Za-z.]{{1,5}})\s*(?:\(\s*{chair}\s*\)|[–—-]\s*{chair}"
                      rf"\s*(?=[;\n|]|$))", re.IGNORECASE)


def _attachments(fields: list[mf.Field]) -> tuple[str, ...]:
    out: list[str] = []
    for f in fields:
        if f.name == "attachments":
            parts = re.split(r"\n|;\s*", f.value)
            out.extend(v for v in (mf.clean_value(p).lstrip("·•-– ") for p in parts) if v and v not in out)
    return tuple(out)


def _from_running_header(name: series_mod.SeriesName, doc: Document, lang: str) -> series_mod.SeriesName:
    """A title naming no body ("Zápis č. 3/2025", "Minutes") leaves the body to the running header ("Obec X –
    Kontrolní výbor"); the title's number stays. A minutes word alone is never the series."""
    if name.body_type is not None:
        return name
    running = [f.text for f in doc.furniture if f.kind == "header"][:1]
    found = titles.choose_series(running, lang) if running else series_mod.SeriesName(None)
    if found.body_type is not None:
        return replace(found, number=name.number if name.number is not None else found.number)
    minutes = {fold(w) for w in mf.labels(lang).data["minutes_words"]}
    return replace(name, series=None) if fold(name.series or "") in minutes else name


def _labelled_number(fields: list[mf.Field]) -> int | None:
    """ "Číslo jednání: 2/2024", "Meeting no. 14": the running number a header states in a field of its own."""
    for f in fields:
        m = re.match(r"\s*(?:č\.|no\.)?\s*(\d{1,3})(?:\s*/\s*\d{2,4})?\b", f.value) if f.name == "number" else None
        if m:
            return int(m.group(1))
    return None


def extract_meeting(doc: Document, lang: str, neighbours: bool = True) -> MeetingInfo:
    """MeetingInfo of one document (see the module docstring for the order of sources); `neighbours`: the
    previous meeting of the folder may give a missing year or the members (see `neighbours`)."""
    heads = " ".join(b.text for b in doc.blocks[:_TITLE_BLOCKS] if b.is_heading or not b.index)  # the title
    fields = attendance_own.own_party(mf.scan_fields(doc, lang), lang, heads, doc.blocks[:_TITLE_BLOCKS])  # "Za X:"
    title, title_block, candidates = titles.choose_title(doc, fields, lang)
    numbered = series_forms.numbered_minutes(doc, title, title_block, lang)  # "ZÁPIS č. 3" + "z jednání ..."
    candidates = [*candidates, numbered] if numbered else candidates  # the body is named below the number
    title = numbered or series_forms.continued_title(doc, title, title_block, lang)
    org = titles.letterhead(doc, lang) or series_bodies.labelled_organisation(doc, lang)  # "Organizace: X"
    name = _from_running_header(titles.choose_series(candidates or ([title] if title else []), lang, org), doc, lang)
    if name.series and any(series_forms.set_in_capitals(c) for c in candidates or [title or ""]):
        running = "\n".join(f.text for f in doc.furniture)  # a running header may write the name in full case
        name = replace(name, series=series_forms.in_document_case(name.series, f"{doc.text}\n{running}"))
    project = mf.first(fields, "project")
    series = series_forms.without_article(series_forms.with_project(
        series_forms.without_kind(name.series, lang), name.body_type, project.value if project else None, lang), lang)
    series = series if project else series_projects.with_letterhead_project(series, org, lang)
    series = series_forms.first_of_joint(series, title, lang)
    titled = [n for n in [name.number, titles.number_in(candidates, lang)]  # not "Article 5 Committee"'s
              if n is None or not meta_numbers.provision_number(candidates or [title or ""], n, lang)]
    number = _number(doc, fields, lang, titled, title_block)
    previous = _Previous(doc, lang, neighbours)
    date = metadates.meeting_date(fields, title, doc, lang) or previous.resolve_date(fields, title)
    start, end = metadates.meeting_times(fields, doc, lang, title)
    place = venue.located(venue.place(fields, title, doc, lang) or venue.opening_place(doc, lang)
                         or venue.place_line(doc, lang) or particulars_place(doc, lang), org, lang)
    who = _people(fields, doc, lang, previous)
    chair = who.chair or marked_chair(fields, lang, doc.text) \
        or metapeople.recorder_in_sentence(doc, lang, "chair_sentence_cues")
    info = MeetingInfo(
        title=titles.display_title(title, lang),
        series=previous.fuller_series(series_bodies.subject_series(doc, title, lang) or series),
        series_abbreviations=series_mod.abbreviations(name.series, doc.text, name.abbreviations, lang),
        number=number, date=date.isoformat() if date else None, start=start, end=end, place=place,
        online=_online(place, doc, lang), recorder=who.recorder,
        approver=who.approver or metapeople.approver_by_office(fields, doc, lang, chair)
        or metacertified.certified(doc, lang), chair=chair,
        attendees=who.attendees, absent=who.absent, guests=who.guests,
        verifiers=att.listed(fields, "verifiers", lang, doc.text),
        attachments=_attachments(fields),
        next_meeting=next_meeting.find_next_meeting(fields, doc, lang, date, number, series),
        body_type=name.body_type,
    )
    if neighbours and not previous.used:
        _remember(doc, lang, info)
    return info


def _number(doc: Document, fields: list[mf.Field], lang: str, titled: list[int | None],
            title_block: int | None) -> int | None:
    """The running number: the title's (series name or title candidates), else a "Číslo jednání" field, else
    one the body states ("19. jednání ...")."""
    number = next((n for n in titled if n is not None), None)
    number = number if number is not None else _labelled_number(fields)
    return number if number is not None else titles.number_from_body(doc, lang, title_block)


@dataclass(frozen=True)
class _People:
    """Who the meeting info names: the three lists and the signers."""

    attendees: tuple[str, ...]
    absent: tuple[str, ...]
    guests: tuple[str, ...]
    recorder: str | None
    chair: str | None
    approver: str | None


def _people(fields: list[mf.Field], doc: Document, lang: str, previous: _Previous) -> _People:
    """The lists first, then the signers, whose initials ("Zapsal: JN") resolve against the people listed here
    and in the previous minutes; a recorder or chair not on a list is added to it (`metapeople`)."""
    attendees, absent = _attendance(fields, doc, lang, previous)
    guests = att.guests(fields, doc, lang, attendees + absent) or att.register(doc, lang).get("guests", ())
    for_items = att.item_guests(attendees, _attendance_texts(fields, doc), lang)  # "(online, items 1–3)"
    attendees, guests = tuple(p for p in attendees if p not in for_items), att.merge_people(guests + for_items)
    guests = previous.completed(guests, initialled=True)
    known = attendees + absent + guests

    def initials() -> dict[str, str]:
        texts = [doc.text] + previous.texts()
        return att.initials_of(texts, known + tuple(p for m in previous.meetings() for p in m.attendees), lang)

    recorder = _recorder(fields, doc, lang, known, initials, previous)
    lists = metapeople.present_recorder(fields, recorder, doc, lang,
                                        {"attendees": attendees, "absent": absent, "guests": guests})
    chair = metapeople.signer(fields, "chair", lang, doc.text, known, initials)
    chair = previous.completed((chair,), initialled=True)[0] if chair else None
    lists = metapeople.present_chair(chair, lists, fields, lang)
    approver = metapeople.signer(fields, "approver", lang, doc.text, known, initials) \
        or metapeople.signed_chair(fields, doc, lang) or metapeople.approver_in_sentence(doc, lang)
    return _People(lists["attendees"], absent, lists["guests"], recorder, chair, approver)


def _recorder(fields: list[mf.Field], doc: Document, lang: str, known: tuple[str, ...],
              initials: Callable[[], dict[str, str]], previous: _Previous) -> str | None:
    """The recorder from a signature field, a list, a table or a sentence ("zapsala ..."), in that order,
    completed from the previous minutes when written with an initial."""
    text = doc.text
    recorder = metapeople.signer(fields, "recorder", lang, text, known, initials) \
        or metapeople.listed_recorder(fields, lang, text, known) or metapeople.table_recorder(doc, lang, known) \
        or metapeople.recorder_in_sentence(doc, lang) or metapeople.office_recorder(fields, lang, text, known) \
        or metarecorders.signature_recorder(doc, lang) or metarecorders.stand_in_recorder(doc, lang, initials)
    return previous.completed((recorder,), initialled=True)[0] if recorder else None


_NEIGHBOUR_MEETINGS: dict[tuple[str, str], MeetingInfo] = {}
_NEIGHBOURS_KEPT = 16


def _neighbour_meeting(doc: Document, lang: str) -> MeetingInfo:
    """The metadata of an earlier file, extracted once per process (a batch asks for it again for each of the
    next few files)."""
    key = (doc.source.sha256, lang)
    if key not in _NEIGHBOUR_MEETINGS:
        _remember(doc, lang, extract_meeting(doc, lang, neighbours=False))
    return _NEIGHBOUR_MEETINGS[key]


def _remember(doc: Document, lang: str, info: MeetingInfo) -> None:
    """Keep a document's metadata as extracted without its neighbours. `extract_meeting` also calls this when
    the previous meetings changed nothing of its result, so the next file of a batch finds this one's
    metadata ready instead of extracting it a second time."""
    key = (doc.source.sha256, lang)
    if key not in _NEIGHBOUR_MEETINGS and len(_NEIGHBOUR_MEETINGS) >= _NEIGHBOURS_KEPT:
        _NEIGHBOUR_MEETINGS.pop(next(iter(_NEIGHBOUR_MEETINGS)))
    _NEIGHBOUR_MEETINGS[key] = info


class _Previous:
    """The previous meetings' metadata, read only when asked (notes without a year or a roster).

    `used` turns true as soon as an answer differs from the one a disabled instance gives; while it stays
    false, the metadata is exactly what `extract_meeting(..., neighbours=False)` would return."""

    def __init__(self, doc: Document, lang: str, enabled: bool) -> None:
        self.doc, self.lang, self.enabled = doc, lang, enabled
        self._meetings: list[MeetingInfo] | None = None
        self._documents: list[Document] | None = None
        self.used = False

    def documents(self) -> list[Document]:
        if self._documents is None:
            self._documents = neighbours.load_previous(self.doc) if self.enabled else []
        return self._documents

    def texts(self) -> list[str]:
        """The previous documents' texts, for initials spelled out there."""
        out = [d.text for d in self.documents()]
        self.used |= bool(out)
        return out

    def meetings(self) -> list[MeetingInfo]:
        if self._meetings is None:
            self._meetings = [_neighbour_meeting(d, self.lang) for d in self.documents()]
            mf.scan_fields(self.doc, self.lang)  # the shared scan holds this document again
        return self._meetings

    def resolve_date(self, fields: list[mf.Field], title: str | None) -> dt.date | None:
        """A date written without its year, dated by the nearest earlier meeting that has one."""
        if not self.enabled or not metadates.yearless_date(fields, title, self.doc, self.lang):
            return None
        ref = next((m.date for m in self.meetings() if m.date), None)
        date = metadates.meeting_date(fields, title, self.doc, self.lang, dt.date.fromisoformat(ref)) if ref else None
        self.used |= date is not None
        return date

    def fuller_series(self, series: str | None) -> str | None:
        """The series as an earlier meeting of the folder names it in full, when this title shortens it
        ("Porada vedení ORR" after "Porada vedení odboru regionálního rozvoje KÚ Podhorského kraje")."""
        if not series or not self.enabled:
            return series
        fuller = [m.series for m in self.meetings() if m.series and (series_mod.shortens(series, m.series)
                                                                     or series_mod.tail_shortens(series, m.series,
                                                                                                 self.lang))]
        out = max(fuller, key=len) if fuller else series
        self.used |= out != series
        return out

    def completed(self, names: tuple[str, ...], initialled: bool = False) -> tuple[str, ...]:
        """ "Ellingham", "K Lindqvist" -> the one person of that surname (and initial) the previous meetings
        listed in full, as a member, absentee or guest (officers attend as guests meeting after meeting).
        `initialled`: only names written with an initial ("K Lindqvist"); a guest, chair or recorder by surname
        alone ("děkan prof. Šafařík") stays as written, the text names them by office."""
        short = [n for n in names if n[1:2] in (".", " ") or not initialled and len(n.split()) <= 2]
        if not self.enabled or not short:
            return names
        out = att.completed(names, tuple(p for m in self.meetings() for p in m.attendees + m.absent + m.guests))
        self.used |= out != names
        return out

    def roster(self) -> tuple[str, ...]:
        """Who the previous meeting listed as attending or absent: the members."""
        m = next((m for m in self.meetings() if m.attendees), None)
        out = att.merge_people(m.attendees + m.absent) if m else ()
        self.used |= out != ()
        return out


def parse_meeting_date(text: str, lang: str) -> str | None:
    """ISO date of a field value such as "15. 12. 2020, 15:30 – 17:30" (for callers outside this stage)."""
    value = parse_date(text, lang)
    return value.earliest if value and value.kind == "date" else None


def with_presenting_guests(meeting: MeetingInfo, items: Sequence[AgendaItem], lang: str | None = None,
                           doc: Document | None = None) -> MeetingInfo:
    """Who presents an item but is on no attendance list was a guest ("Ředitelka MŠ pí Šárka Vlasáková
    předložila ..." under "Přítomni: <the council>"); only when the minutes list the attendees, and only full
    names, so a first name or a role the lists spell otherwise adds nobody; nor does an office read as a
    presenter ("Quality Manager" out of "Safeguarding and Quality Manager"). A presenter the header names in
    full is on a list the attendance rules did not read ("Senators present: ..."): their standing is unknown."""
    if not meeting.attendees:
        return meeting
    listed = meeting.attendees + meeting.absent + meeting.guests
    known = {fold(w) for n in listed for w in n.split() if len(w) > 2}
    found = [p for item in items for p in item.presenters
             if len(p.split()) >= 2 and not any(fold(w) in known or _initialism(w) for w in p.split())
             and not any(metapeople.office_named(p, code) for code in ([lang] if lang else ["cs", "en"]))
             and not named_in_header(p, doc, items, lang)]
    if not found:
        return meeting
    return replace(meeting, guests=att.merge_people(meeting.guests + tuple(found)))


def _initialism(word: str) -> bool:
    """ "MěÚ", "ČEZ": a short word with two capitals is an office's or a company's initialism, no name word."""
    return len(word) <= 4 and sum(c.isupper() for c in word) >= 2
