"""Where the meeting was held: the place field, a place in the title or its continuation ("konaného dne ...
v zasedací místnosti", "held on ... at the Village Hall", "held on 5 March 2024, 2.00pm, Room 2.14"), a date
field that goes on with the room ("Termín: úterý 2. 5. 2023, 9:00–10:15, kancelář vedoucího odboru") and the
opening of informal notes ("U Lípy, od 19:00."). Cue words are data in `lang/<lang>/metadata_labels.json`.
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.attendance import vocab_rx
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.dates import find_dates
from minutes_nlp.extract.next_meeting import cue_rx
from minutes_nlp.extract.times import clock_class, find_times

_EDGE_BLOCKS = 8  # opening blocks searched for "konalo se dne ... v ..."


def _clean_place(value: str, lang: str) -> str:
    """Drop a remark after a dash ("online (MS Teams) – s ohledem na ...": a lower-case word follows; "Praha 8 –
    Kobylisy" is a town and its part), a trailing bracket that is no place (see `_place_remark`) and a part
    saying who was connected from elsewhere ("(Project Officer connected via Webex)", `remote_connection_cues`)."""
    line = mf.clean_value(value.split("\n")[0])
    parts = re.split(r"\s+[–—]\s+(?=[^\w]*(?-i:[a-zá-ž]))", line)
    place = line if len(parts) > 1 and (_form_word(parts[0], lang) or _room_after_dash(parts[1], lang)) \
        else parts[0]  # "hybridně – místnost 210 a MS Teams", "SPŠ X, Tyršova 5 – učebna 112"
    place = _remote_part(lang).split(place)[0]
    connected = vocab_rx(lang, "remote_connection_cues")
    parts = re.split(r"(?<=[;,])", place)  # "... OÚ, Petr X připojen dálkovým přístupem": the rest is remote
    cut = next((i for i, p in enumerate(parts) if i and connected.search(re.sub(r"\([^)]*\)", "", p))), len(parts))
    place = "".join(parts[:cut])
    for paren in re.findall(r"\s*\([^)]*\)\s*$", place):
        if _place_remark(paren, lang) or connected.search(paren):
            place = place[: len(place) - len(paren)]
    return re.sub(r"^the\s+", "", place.strip(" ,;."), flags=re.IGNORECASE)


def _room_after_dash(text: str, lang: str) -> bool:
    """ "Střední škola X, Tyršova 5, Bělov – učebna 112", "County Buildings – room 3": a room of the building
    named before the dash (`place_room_words` opening the part) goes on naming the place; any other lower-case
    part after a dash is a remark."""
    rooms = mf.labels(lang).data.get("place_room_words") or []
    return bool(rooms) and re.match(rf"\s*{alt(rooms)}(?!\w)", text, re.IGNORECASE) is not None


def _form_word(text: str, lang: str) -> bool:
    """ "hybridně", "Hybrid", "online": a word or two giving only the form of the meeting, which the rooms and
    platforms after a dash go on to name (`online_cues`)."""
    return len(text.split()) <= 2 and bool(vocab_rx(lang, "online_cues").fullmatch(text.strip(" :,")))


def _place_remark(paren: str, lang: str) -> bool:
    """A bracket after a place is a remark ("Jitsi (link pinned in #steering)") unless it names a room or
    building ("online, MS Teams (moderováno ze zasedacího sálu ...)") or a platform ("zasedací místnost (s
    možností připojení přes MS Teams)")."""
    return not (vocab_rx(lang, "physical_cues").search(paren) or vocab_rx(lang, "online_cues").search(paren))


@cache
def _remote_part(lang: str) -> re.Pattern[str]:
    """ "Alderbrook Town Office, 14 Main Street, and streamed live on ...": the remote part of a hybrid meeting
    that a place field goes on with (the place cues' stops opening with "and") is no part of the place."""
    stops = [s for s in mf.labels(lang).data["place_cues"]["stops"] if s.startswith("and ")]
    return re.compile(rf",?\s+(?:{alt(stops)})(?!\w)" if stops else "(?!)", re.IGNORECASE)


def place(fields: list[mf.Field], title: str | None, doc: Document, lang: str) -> str | None:
    """The place field, else "konaného dne ... v <place>" / "held on ... in <place>" in the title or the
    opening."""
    field = mf.first(fields, "place")
    if field:  # "Held at the Community Centre on 3 June 2025 at 6pm": a dated place line ends before the date
        value = _clean_place(_with_room_label(field, doc, lang), lang)
        return (_cut_place(value, lang) if find_dates(value, lang) else value) or None
    form = mf.first(fields, "form")  # "Forma: online, MS Teams": the form names the place when it is one
    if form and (room := _form_room(form.value, lang)):
        return room
    if form and _named_place(_clean_place(form.value, lang), lang):
        return _clean_place(form.value, lang)
    dated = next((p for f in fields if f.name == "date" and (p := _place_after_date(f.value, lang, _placed(f.label,
                                                                                                      lang)))), None)
    dated = dated or _place_after_date(re.split(r"\s+[–—:]\s+(?=\w+,?\s+\d)", title or "")[-1], lang)
    dated = dated or next((p for b in doc.blocks[1:_EDGE_BLOCKS] if len(b.text) <= _PLACE_LINE
                           and _opens_with_date(b.text, lang) and (p := _place_after_date(b.text, lang))), None)
    if dated:  # "Minutes – Tuesday, 11 March 2025, 2.00pm – 4.30pm, Council Chamber": the title's caption too
        return dated
    opening = [b.text for b in doc.blocks[:_EDGE_BLOCKS] if not cue_rx(lang).search(b.text)]  # not the next one's
    for text in [title or "", *opening]:
        m = _place_rx(lang).search(text)
        if m:
            place = _cut_place(m.group("p"), lang)
            if place and not _only_time(place, lang) and not _opens_with_date(place, lang):  # "AT 7.30PM",
                # "které se konalo v úterý 4. března 2025": a clock time or a date after the preposition
                return place
    return next((p for text in opening if (p := _place_before_verb(text, lang))), None) \
        or next((p for text in [title or "", *opening] if (p := _held_online(text, lang))), None)


@cache
def _online_rx(lang: str) -> re.Pattern[str]:
    cues = mf.labels(lang).data["place_cues"]
    ways = [w for w in cues.get("manner") or [] if vocab_rx(lang, "online_cues").fullmatch(w)] or ["(?!)"]
    return re.compile(rf"(?<!\w)(?:{alt(cues['cues'])})(?:\s+\S+){{0,6}}?\s+(?P<p>{alt(ways)})\s*(?:[.,;]|$)",
                      re.IGNORECASE)


def _held_online(text: str, lang: str) -> str | None:
    """ "Jednání se konalo online.", "The meeting was held online.": a meeting held only online names no room;
    the form is its place."""
    m = _online_rx(lang).search(text)
    return m.group("p") if m else None


def _opens_with_date(text: str, lang: str) -> bool:
    """ "Wednesday, 4 March 2025 | 2:00 pm | Senate Room": a caption line under the title that opens with the
    date (a weekday may stand before it)."""
    dates = find_dates(text, lang)
    return bool(dates) and re.fullmatch(r"[^\W\d_]*,?\s*", text[:dates[0][0]]) is not None


def _with_room_label(field: mf.Field, doc: Document, lang: str) -> str:
    """ "Room 201, Smith Hall", "Místnost 2.14": a label that is itself a room word, written without a colon,
    is the start of the place, not its label."""
    text = doc.blocks[field.block].text.strip() if field.block < len(doc.blocks) else ""
    label = field.label.strip()
    if vocab_rx(lang, "physical_cues").fullmatch(label) and text.startswith(label) \
            and not text[len(label):].lstrip().startswith((":", "：")):
        return f"{label} {field.value}"
    return field.value


@cache
def _before_verb_rx(lang: str) -> re.Pattern[str] | None:
    cues = mf.labels(lang).data["place_cues"]
    verbs = cues.get("verbs_after")
    preps = alt(cues["prepositions"])
    return re.compile(rf"(?<!\w)se\s+(?:{preps})\s+(?P<p>[^;.\n]{{3,120}}?)\s+(?:{alt(verbs)})(?!\w)",
                      re.IGNORECASE) if verbs else None


def _place_before_verb(text: str, lang: str) -> str | None:
    """ "Dne 24. 9. 2025 od 9:00 hod. se v zasedací místnosti Městského úřadu X konala porada ...": the place
    between the reflexive "se", a preposition and the verb (`place_cues.verbs_after`); it must name a room or
    a building (`physical_cues`)."""
    rx = _before_verb_rx(lang)
    m = rx.search(text) if rx is not None else None
    return m.group("p").strip(" ,") if m and _named_place(m.group("p"), lang) else None


def _only_time(text: str, lang: str) -> bool:
    """ "7.30PM" after "at": a clock time, no place."""
    return any(s == 0 and e >= len(text.rstrip(" .")) for s, e, _v in find_times(text, lang))


def _placed(label: str, lang: str) -> bool:
    """ "Datum a místo", "Date and venue": a date label naming the place too; what follows the date is the place."""
    words = {mf.norm(w) for w in mf.labels(lang).data["fields"]["place"] if " " not in w}
    return any(mf.norm(w) in words for w in re.findall(r"[^\W\d_]+", label)) and \
        mf.labels(lang).by_label.get(mf.norm(label.strip(" :*"))) == "date"


def _place_after_date(value: str, lang: str, labelled: bool = False) -> str | None:
    """ "Termín: úterý 2. 5. 2023, 9:00–10:15, kancelář vedoucího odboru": a date field that goes on, after a
    comma, with a room or a platform (a physical or online cue) names the place too."""
    line = value.split("\n")[0]
    dates = find_dates(line, lang)
    if not dates:
        return None
    pos = dates[0][1]
    for start, end, _v in dates[1:]:  # "Thursday, the 21st March 2024": the weekday and the day are one date
        if re.fullmatch(r"[\s,]*(?:the\s+)?", line[pos:start], re.IGNORECASE):
            pos = end
    for start, end, _t in find_times(line, lang):  # the hours right after the date: "9:00–10:15", "od 9 do 10"
        if start >= pos and re.fullmatch(r"[\s,|·•–—-]*(?:(?:od|do|v|ve|at|from|to|until)\s*)?", line[pos:start]):
            pos = end
    rest = re.sub(r"^\s*(?:hod\.?|hodin|h\.?|[ap]\.?m\.?)(?!\w)", "", line[pos:])
    sep = re.match(r"\s*[,|·•;]\s*|\s+[–—]\s+", rest)  # "4 March 2025 | 2:00–4:00 pm | Senate Room / Zoom",
    # "October 17, 2024 – 6:30 p.m. – Clubhouse, 2100 Main Drive": a caption line's parts set off by dashes
    if not sep:
        return None
    place = _clean_place(rest[sep.end():].strip(" |·•"), lang)
    return place if _named_place(place, lang) or labelled and place and not find_dates(place, lang) else None


def _form_room(value: str, lang: str) -> str | None:
    """ "Hybrid (Council Chamber and Zoom)", "hybridně (zasedací místnost OÚ a MS Teams)": a form word with a
    bracket naming the room and the platform; the room is where the meeting was held. A bracket naming only a
    room ("videokonference (řízeno ze sálu radnice)") is read whole with its form."""
    m = re.match(r"\s*(?P<form>[^()]{1,30}?)\s*\((?P<inner>[^()]+)\)\s*$", mf.clean_value(value.split("\n")[0]))
    if m is None or not _form_word(m.group("form"), lang):
        return None
    parts = re.split(r"\s+(?:and|a|plus|\+|&)\s+|\s*[,;/]\s*", m.group("inner"))
    rooms = [p for p in parts if vocab_rx(lang, "physical_cues").search(p)
             and not vocab_rx(lang, "online_cues").search(p)]
    platforms = [p for p in parts if vocab_rx(lang, "online_cues").search(p)]  # the bracket names both
    return re.sub(r"^the\s+", "", rooms[0].strip(" .,"), flags=re.IGNORECASE) if len(rooms) == 1 and platforms \
        else None


def _named_place(place: str, lang: str) -> bool:
    """The text names a room, a building or a platform (`physical_cues`, `online_cues`)."""
    return bool(place) and bool(vocab_rx(lang, "physical_cues").search(place)
                                or vocab_rx(lang, "online_cues").search(place))


@cache
def _place_rx(lang: str) -> re.Pattern[str]:
    cues = mf.labels(lang).data["place_cues"]
    date = (r"(?:\s+[\d. ]+\d{4}|\s+(?:\w+,?\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:day\s+of\s+)?\w+,?\s+\d{4}"
            r"|\s+\w+,?\s+\w+\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{4})")
    sep = clock_class(lang)  # "at 09H30 in the Council Chamber"
    clock = (rf"(?:,?\s+(?:od|v|ve|at|from)?\s*\d{{1,2}}(?:{sep}\d\d)?(?:\s*[ap]\.?m\.?)?"
             rf"(?:\s*(?:–|-|do|to|until)\s*\d{{1,2}}(?:{sep}\d\d)?)?"
             r"\s*(?:hodin|hod\.?|h\.?|[ap]\.?m\.?)?)")  # "od 17:00 do 18:35 hodin", "6.00 pm – 8.15 pm"
    zones = cues.get("time_zones")  # "from 8:30 a.m. to 3:05 p.m. EDT in the Harborview Room"
    clock = rf"(?:{clock}(?:\s+(?-i:{'|'.join(re.escape(z) for z in zones)})(?!\w))?)" if zones else clock
    physical = alt(mf.labels(lang).data["physical_cues"])
    # "held on 5 March 2024, 2.00pm, Room 2.14, ...": after a date a place may follow a comma, no preposition
    ways = alt(cues.get("manner") or ["(?!)"])  # "held virtually via Teams", "in person and online (hybrid) in"
    manner = rf"(?:\s+(?:{ways})(?:\s+and\s+(?:{ways}))?(?:\s*\([^()]{{1,20}}\))?)?"
    preps = alt(cues["prepositions"])
    platform = rf"\s+on\s+(?=(?:{alt(mf.labels(lang).data['online_cues'])})(?!\w))"  # "took place on Zoom"
    return re.compile(rf"(?<!\w){alt(cues['cues'])}(?:\s+(?:dne|on))?{date}?{clock}?{manner}(?:,?\s+{preps}"
                      rf"\s+|{platform}|(?<=\d|m|\.),\s+(?=(?-i:[A-ZÁ-Ž]))(?={physical}\b))(?P<p>[^;\n]+)",
                      re.IGNORECASE)


@cache
def _place_stop(lang: str) -> re.Pattern[str]:
    """Where a place named in running text ends: a date or time, a clause ("on Tuesday", "dne", "od 18 hod.",
    ", který"), a dash, or a full stop (see `_cut_place`)."""
    cues = mf.labels(lang).data["place_cues"]
    return re.compile(rf",?\s+(?:{alt(cues['stops'])})(?!\w)|(?:,\s+(?:at\s+|v\s+|ve\s+|od\s+)?|\s+(?:at|v|ve|od)\s+)"
                      rf"(?:\d{{1,2}}{clock_class(lang)}\d\d|\d{{1,2}}\s*(?:[ap]\.?m\.?|hod\.?|hodin)(?!\w))"
                      # ", 18.00", "at 7.30", "at 2 pm" end a place, "Room 2.14" does not
                      rf"|,?\s+\d{{1,2}}\.\s*\d{{1,2}}\.|(?P<word>\w*)\.(?:\s|$)|\s+[–—]\s+", re.IGNORECASE)


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    return frozenset(langdata.load(code, "abbreviations")["no_break_after"])


def _cut_place(text: str, lang: str) -> str:
    """The place up to its first stop; a full stop after an abbreviation ("nám.", "ul.") or an initial is not
    one. A leading article goes ("the Council Chamber")."""
    text = re.sub(rf"^\d{{1,2}}(?:{clock_class(lang)}\d\d)?\s*(?:[ap]\.?m\.?|hrs|hod\.?|hodin|h)?\s*,\s+", "", text,
                  flags=re.IGNORECASE)  # "at 6.00pm, school library": the preposition was the hour's
    end = len(text)
    for m in _place_stop(lang).finditer(text):
        word = m.group("word")
        if word is not None and (len(word) <= 1 or word.lower() in _abbreviations(lang)):
            continue
        end = m.end("word") if word is not None else m.start()
        break
    return re.sub(r"^the\s+", "", text[:end].strip(" .,:"), flags=re.IGNORECASE)


_PART_SEP = re.compile(r",?\s+(?:and|a)(?:\s+(?:zároveň|současně|also))?\s+|\s*[;(]\s*|\s+[–—]\s+|,\s+",
                       re.IGNORECASE)


def physical_only(place: str | None, lang: str) -> str | None:
    """A hybrid meeting's place is where the room is (corpus/FORMAT.md): a part after the room that names the
    remote means ("and by video conference", "a online (MS Teams)", "; hybridně přes Zoom", "(s možností
    připojení přes Teams)") goes, since `online` already says people took part from elsewhere. A place that
    opens with the remote means (an online meeting: "online, MS Teams (řízeno ze sálu radnice)") stays whole."""
    if not place:
        return place
    remote = (vocab_rx(lang, "online_cues"), vocab_rx(lang, "remote_connection_cues"))
    seps = list(_PART_SEP.finditer(place))
    for i, m in enumerate(seps):
        if any(rx.search(place[:m.start()]) for rx in remote):
            return place
        part = place[m.end():seps[i + 1].start() if i + 1 < len(seps) else len(place)]
        if any(rx.search(part) for rx in remote):
            return place[:m.start()].strip(" ,;") or place
    return re.sub(r",?\s+(?:and|a)$", "", place)  # "Branch Office, and" where a stop cut "on Teams" off


def located(place: str | None, org: str | None, lang: str) -> str | None:
    """ "school library" under the letterhead "St Wenna's CE Primary School, Coldhurst": a place in common nouns
    only (no name, no number) is a room of the letterhead's organisation, given with it where the language's
    convention does so (`room_located_by_letterhead`). A hybrid meeting's remote part is left out first
    (`physical_only`)."""
    place = physical_only(place, lang)
    if not place or not org or not mf.labels(lang).data.get("room_located_by_letterhead") \
            or re.search(r"[A-ZÁ-Ž\d]", place) or vocab_rx(lang, "online_cues").search(place):
        return place
    return f"{place}, {org}"


@cache
def _opening_place_rx(lang: str) -> re.Pattern[str]:
    preps = alt(mf.labels(lang).data.get("opening_place_prepositions") or ["(?!)"])
    return re.compile(rf"^\s*(?P<p>(?:{preps})\s+(?-i:[A-ZÁ-Ž])[^,.;:\d\n]{{1,40}}?),\s+(?:od|v|ve|at|from)?\s*"
                      rf"\d{{1,2}}[:.]\d\d", re.IGNORECASE)


def opening_place(doc: Document, lang: str) -> str | None:
    """Informal notes open with the place and the hour: "U Lípy, od 19:00. Byli: ..." (no date in it)."""
    for b in doc.blocks[1:4]:
        m = _opening_place_rx(lang).match(b.text)
        if m and not find_dates(m.group("p"), lang):
            strip = mf.labels(lang).data.get("opening_place_strip") or ["(?!)"]
            return re.sub(rf"^(?:{alt(strip)})\s+", "", m.group("p").strip(), flags=re.IGNORECASE)
    return None


_PLACE_LINE = 100  # a longer line under the title is a sentence, not an address


def place_line(doc: Document, lang: str) -> str | None:
    """ "Alderbrook Town Office, Selectmen's Meeting Room, 14 Main Street": an address line of its own under the
    title, unlabelled, undated, its comma-separated parts names or numbers, one naming a room or a building
    (`physical_cues`)."""
    for b in doc.blocks[1:_EDGE_BLOCKS]:
        if b.kind.value in ("list_item", "table") or mf.starts_field(b.text, lang):
            break
        text = b.text.strip()
        parts = [p.strip() for p in text.split(",")]
        if b.is_heading or len(parts) < 2 or len(text) > _PLACE_LINE or re.search(r"[:;.!?]$|:", text):
            continue
        if all(p[:1].isupper() or p[:1].isdigit() for p in parts) and vocab_rx(lang, "physical_cues").search(text) \
                and not find_dates(text, lang) and not find_times(text, lang):
            return text
    return None
