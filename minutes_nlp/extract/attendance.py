"""Who attended, who was absent and who was a guest: the labelled lists ("Přítomni:", "Omluveni:", "Hosté:",
"Present:", "In attendance:") and the conventions that name people outside them.

Outside the lists: late arrivals in the body ("V 18:20 se dostavil p. Karel Veselý"), apologies in a sentence
("Míša se omluvila", "Apologies were received and accepted from Cllr Castleton"), attendance in a sentence of
informal notes ("Sešli jsme se jen tři (Péťa, Honza, Míša)"), speakers marked as members of the public ("p.
Kratochvíl (občan): ...") and a guest listed by role ("Hosté: ředitelka MŠ") whom the body names ("Ředitelka
MŠ pí Šárka Vlasáková předložila ..."). Cue words are data in `lang/<lang>/metadata_labels.json`.
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp.document import Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.attendance_lists import _REMARK, _abbreviations, full_name, listed, marked_columns
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.names import clean_person, name_initials, name_titles, person_like, split_people
from minutes_nlp.extract.titles import TITLE_ZONE as TOP_ZONE
from minutes_nlp.nlp import declension
from minutes_nlp.textutil import NAME_UPPER, fold

TITLE_ZONE = TOP_ZONE  # blocks at the top where a sentence about attendance is read
_APOLOGIES_ZONE = 30  # blocks searched for "Apologies were received from ..."
_ARRIVER = re.compile(r"\s*((?:[^\W\d_]{1,6}\.\s+)*(?-i:[A-ZÁ-Ž][\w'’-]+(?:\s+[A-ZÁ-Ž][\w'’-]+)?))")
_UPPER = NAME_UPPER
_FULL_NAME = rf"(?-i:[{_UPPER}][\w'’-]+\s+[{_UPPER}][\w'’-]+)"


@cache
def vocab_rx(lang: str, key: str) -> re.Pattern[str]:
    """A cue list of `metadata_labels.json` as one case-insensitive whole-word pattern."""
    words = mf.labels(lang).data.get(key) or ["(?!)"]
    return re.compile(rf"(?<!\w){alt(words)}(?!\w)", re.IGNORECASE)


def completed(names: tuple[str, ...], roster: tuple[str, ...]) -> tuple[str, ...]:
    """ "Nedoma", "J. Nedoma" -> "Jaroslav Nedoma" when the earlier lists name one such person in full."""
    out = []
    for name in names:
        words = name.split()
        short = len(words) == 1 or (len(words) == 2 and len(words[0].rstrip(".")) == 1)
        hits = {r for r in roster if len(r.split()) >= 2 and len(r.split()[0]) > 1
                and fold(r.split()[-1]) == fold(words[-1]) and (len(words) == 1 or r[:1] == words[0][:1])}
        out.append(hits.pop() if short and len(hits) == 1 else name)
    return tuple(out)


def merge_people(names: tuple[str, ...]) -> tuple[str, ...]:
    """One entry per surname: "D. Holloway" from the list and "Holloway" from a sentence are one person."""
    out: list[str] = []
    for name in names:
        same = next((i for i, o in enumerate(out) if fold(o.split()[-1]) == fold(name.split()[-1])), None)
        if same is None:
            out.append(name)
        elif len(name) > len(out[same]):
            out[same] = name
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


def sentence_rest(text: str, lang: str) -> str:
    """`text` up to the end of its sentence; a dot after a title, an abbreviation or an initial ends none."""
    skip = _abbreviations(lang)
    for m in re.finditer(r"(?P<word>\w*)[.!?](?:\s|$)", text):
        if len(m.group("word")) > 1 and m.group("word").lower() not in skip:
            return text[:m.start() + len(m.group("word"))]
    return text


def _sentence_start(text: str) -> str:
    return re.split(r"(?<!\b\w)[.!?]\s+", text)[-1]


def with_late_arrivals(attendees: tuple[str, ...], doc: Document, lang: str) -> tuple[str, ...]:
    """Attendees plus who came late, named in the body ("V 18:20 se dostavil p. Karel Veselý", "Cllr Ross
    arrived at 7.45pm"); only when an attendance list exists, so a note of arrivals is not the whole list."""
    if not attendees:
        return attendees
    cue = vocab_rx(lang, "arrival_cues")
    found: list[str] = []
    for b in doc.blocks:
        for m in cue.finditer(b.text):
            before = _sentence_start(b.text[: m.start()])
            after = _ARRIVER.match(b.text, m.end())
            person = _last_name_run(before, lang) if before.strip() and before.strip()[:1].isupper() \
                and not re.match(r"^\s*(?:V|Ve|At|In)\s", before) else None
            person = person or (clean_person(after.group(1), lang) if after else None)
            if person and person_like(person, False, lang) or person and len(person.split()) == 1:
                found.append(full_name(person, doc.text))
    return merge_people(attendees + tuple(found))


def _names_after(text: str, lang: str) -> list[str]:
    """The names a cue introduces, to the end of the sentence; remarks in parentheses dropped."""
    return split_people(sentence_rest(_REMARK.sub("", text.lstrip(" :")), lang), lang)


def absent_by_cue(doc: Document, lang: str) -> list[str]:
    """ "Míša se omluvila (nemocné děti)", "Standa psal, že nedorazí", "Cllr Patel sent apologies"; and with
    the names after the cue: "Apologies were received from Cllrs Ross and Patel", "Ze zasedání se omluvili:
    ..." (searched further down: apologies are the first item of the body)."""
    cue, forward = vocab_rx(lang, "absent_cues"), vocab_rx(lang, "absent_cues_before_names")
    out: list[str] = []
    for b in doc.blocks[:_APOLOGIES_ZONE]:
        for m in forward.finditer(b.text):
            out.extend(full_name(n, doc.text) for n in _names_after(b.text[m.end():], lang))
        if b.kind.value == "table":
            continue  # a header table's "omluveni" cell is a label, read as a field
        for m in cue.finditer(b.text):
            after = b.text[m.end():].lstrip()
            if after.startswith(":") or re.match(r"(?:for|za)\s", after):
                continue  # "omluven: Karel Veselý" is a label; "apologised for the delay" is no absence
            named = _ARRIVER.match(b.text, m.end())  # "...; omluvena Ing. Vondrová (školení)": the name follows
            person = clean_person(named.group(1), lang) if named and m.group(0)[:1].islower() else None
            person = person or _last_name_run(_sentence_start(b.text[: m.start()]), lang)
            if person:
                out.append(full_name(person, doc.text))
    return out


def attendees_by_cue(doc: Document, lang: str) -> tuple[str, ...]:
    """Informal notes say who came in a sentence: "Sešli jsme se jen tři (Péťa, Honza, Míša)", "Present were
    Ann, Bob and Cy": the names in parentheses after the cue, else the rest of the sentence, all names."""
    cue = vocab_rx(lang, "attendee_cues_before_names")
    for b in doc.blocks[:TITLE_ZONE]:
        for m in cue.finditer(b.text):
            rest = sentence_rest(b.text[m.end():], lang)
            group = re.search(r"\(([^()]+)\)", rest)
            part = group.group(1) if group else rest.lstrip(" :")
            names = split_people(part, lang)
            if names and len(names) == len([p for p in re.split(r",|\s+(?:a|and|&)\s+", part) if p.strip()]):
                return tuple(names)
    return ()


def guests(fields: list[mf.Field], doc: Document, lang: str, members: tuple[str, ...]) -> tuple[str, ...]:
    """Listed guests, guests listed by role whom the body names, and speakers marked as the public. A person
    the attendance list already names is no guest: "Přítomni:" over lines "za investora: ...", "za zhotovitele:
    ..." lists attendees by party, though such a line standing alone lists guests (`on_behalf_labels`)."""
    out = tuple(n for n in listed(fields, "guests", lang, doc.text) if n not in members)
    found = [n for f in fields if f.name == "guests"
             for part in re.split(r"[,;\n]", _REMARK.sub(",", f.value)) if (n := _role_holder(part, doc, lang))]
    known = {fold(m.split()[-1]) for m in members}
    found = [n for n in found + _marked_public(doc, lang) if fold(n.split()[-1]) not in known]
    return merge_people(out + tuple(found))


def _role_holder(part: str, doc: Document, lang: str) -> str | None:
    """ "ředitelka MŠ" in a guest list: the person the body names right after the same words."""
    words = part.strip()
    if not words or not words[:1].islower() or clean_person(words, lang) or len(words.split()) > 5:
        return None
    titles = alt(name_titles(lang))
    rx = rf"(?<!\w)(?i:{re.escape(words)})\s+(?i:(?:{titles})\.?\s+)*(?P<name>{_FULL_NAME})"
    for m in re.finditer(rx, doc.text):
        name = clean_person(m.group("name"), lang)
        if name:
            return name
    return None


def _marked_public(doc: Document, lang: str) -> list[str]:
    """ "p. Kratochvíl (občan): ...", "Mr Dean (resident) asked ...": a name marked as a member of the public."""
    marker = vocab_rx(lang, "public_markers")
    out: list[str] = []
    for b in doc.blocks:
        if "(" not in b.text:
            continue
        for m in re.finditer(r"\(\s*([^()]{2,40})\)", b.text):
            if not marker.match(m.group(1)):
                continue
            cell = re.split(r"[\t\n]", b.text[: m.start()])[-1]  # a table cell or a line ends the name before it
            if not re.search(r"[^\W\d_]\s*$", cell) or cell.rstrip().split()[-1][:1].islower():
                continue  # "Sidewalk grant (public comment of April 8)": the mark follows no name
            person = _last_name_run(_sentence_start(cell)[-60:], lang)
            if person and person not in out:
                out.append(person)
    return out


def all_but(doc: Document, lang: str, roster: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """ "Byli všichni kromě Jirky K. (dovolená) a Lucky.", "All members were present except Cllr Ross": the
    roster (the members known from the previous meeting) split into (attendees, absent). The exceptions may
    be inflected: a name matches a roster name when its words agree up to a case ending."""
    cue = vocab_rx(lang, "all_but_cues")
    for b in doc.blocks[:TITLE_ZONE]:
        m = cue.search(b.text)
        if not m or not roster:
            continue
        rest = sentence_rest(_REMARK.sub("", b.text[m.end():]), lang)
        parts = [p.strip(" ,") for p in re.split(r",|;|\s+(?:a|i|and|&)\s+", rest) if p.strip(" .,")]
        absent = [r for r in roster if any(_same_inflected(p, r, lang) for p in parts)]
        if absent:
            return tuple(r for r in roster if r not in absent), tuple(absent)
    return None


def _same_inflected(form: str, name: str, lang: str) -> bool:
    """ "Jirky K." ~ "Jirka K.", "Lucky" ~ "Lucka", "Cllr Ross" ~ "Tom Ross": the last words agree, each up to
    a case ending of at most two letters on a stem of three or more."""
    cleaned = clean_person(form, lang)
    a, b = (cleaned or "").split(), name.split()
    if not a or len(a) > len(b):
        return False
    return all(_same_word(x, y) for x, y in zip(a[::-1], b[::-1], strict=False))


def _same_word(x: str, y: str) -> bool:
    fx, fy = fold(x), fold(y)
    if fx == fy:
        return True
    stem = 0
    while stem < min(len(fx), len(fy)) and fx[stem] == fy[stem]:
        stem += 1
    return stem >= 3 and len(fx) - stem <= 2 and len(fy) - stem <= 2


_REGISTER = ("attendees", "absent", "guests")


def register(doc: Document, lang: str) -> dict[str, tuple[str, ...]]:
    """An attendance register table: "| Professor Helen Marchbank | Deputy Vice-Chancellor | Present |", one
    person a row and a column of attendance labels ("Present", "Apologies", "In attendance", "Omluven")."""
    lab = mf.labels(lang)
    out: dict[str, list[str]] = {k: [] for k in _REGISTER}
    marked: set[int] = set()
    for b in doc.blocks:
        if b.kind.value != "table" or len(b.rows) < 2:
            continue
        columns = marked_columns(b.rows, lang)  # "| Name | Present | Apologies |" over ticks
        for listed_as, person in columns:
            out[listed_as].append(person)
            marked.add(b.index)
        for row in b.rows if not columns else []:
            cells = [c.strip() for c in row if c.strip()]
            mark = _REMARK.sub("", cells[-1]) if len(cells) >= 2 else ""  # "In attendance (minute 5)"
            status = lab.by_label.get(" ".join(mark.lower().rstrip(":").split())) if mark else None
            name = clean_person(_REMARK.sub("", cells[0]), lang) if status in _REGISTER else None
            if name and status:
                out[status].append(name)
                marked.add(b.index)
    for status, names in name_column_tables(doc, lang, marked):
        out[status].extend(n for n in names if n not in out[status])
    return {k: tuple(v) for k, v in out.items() if v}


def name_column_tables(doc: Document, lang: str, marked: set[int]) -> list[tuple[str, tuple[str, ...]]]:
    """A presence table in the header: "| Jméno | Firma | Funkce |", "| Name | Organisation | Role |" - a header
    row opening with a name column (`name_column_headers`) and one person a row. It lists the attendees,
    unless the label line just above it says otherwise ("Omluveni:", "In attendance:"); a register whose
    rows are `marked` with their status is read by row instead."""
    lab = mf.labels(lang)
    heads = {fold(h) for h in lab.data.get("name_column_headers", [])}
    out = []
    for b in doc.blocks[:_first_numbered_heading(doc)]:
        if b.kind.value != "table" or len(b.rows) < 2 or b.index in marked \
                or fold(b.rows[0][0].strip().rstrip(":")) not in heads:
            continue
        names = [clean_person(_REMARK.sub("", row[0]), lang) for row in b.rows[1:] if row and row[0].strip()]
        if names and all(names):
            out.append((_label_above(doc, b.index, lang), tuple(n for n in names if n)))
    return out


def _first_numbered_heading(doc: Document) -> int:
    """Where the body starts for a presence table: the first numbered heading ("1. Kontrola úkolů"); a bold
    label line ("Přítomni:") may look like a heading, a numbered item does not."""
    return next((b.index for b in doc.blocks if b.is_heading and re.match(r"\s*\d{1,2}[.)]?\s", b.text)),
                min(len(doc.blocks), 2 * TITLE_ZONE))


def _label_above(doc: Document, index: int, lang: str) -> str:
    """The list a label line right above a table names ("Omluveni:" -> absent); attendees by default."""
    above = doc.blocks[index - 1].text.strip().rstrip(":").strip("* ").lower() if index else ""
    status = mf.labels(lang).by_label.get(" ".join(above.split()))
    return status if status in _REGISTER else "attendees"


_INITIALS = re.compile(r"^(?-i:[A-ZÁ-Ž]{2,3})$")


def initials_only(fields: list[mf.Field], name: str, lang: str) -> list[str]:
    """The entries of a list written in short forms ("Přítomni: JN, PH, LD"; "Attendees: JB (Chair), Sam (PM),
    KL"; "Apologies: SO, Cllr Fairbairn"), or []: every entry is initials or one name word (a title before it
    dropped), and initials are at least half of them (a list of first names is an ordinary list)."""
    values = [_REMARK.sub("", f.value) for f in fields if f.name == name]
    parts = [p.strip(" .") for v in values for p in re.split(r"[,;\n]", v) if p.strip(" .")]
    short = [p if _INITIALS.match(p) else clean_person(p, lang) for p in parts]
    if not parts or any(s is None or len(s.split()) != 1 for s in short):
        return []
    codes = sum(bool(_INITIALS.match(p)) for p in parts)
    return [s for s in short if s] if 2 * codes >= len(parts) else []


def short_form_person(entry: str, names: dict[str, str], roster: tuple[str, ...]) -> str | None:
    """The person a short entry stands for: initials through `names`; a surname or a first name that one
    person of the `roster` has ("Fairbairn", "Sam"); else the word as written (initials unresolved: None)."""
    if _INITIALS.match(entry):
        return names.get(entry)
    hits = {r for r in roster if len(r.split()) >= 2 and fold(entry) in (fold(r.split()[0]), fold(r.split()[-1]))}
    return hits.pop() if len(hits) == 1 else entry


def initials_of(texts: list[str], people: tuple[str, ...], lang: str) -> dict[str, str]:
    """Initials -> person: "Ing. Jaroslav Nedoma (JN, vedoucí odboru)" in the texts, else the initials of the
    people known from earlier lists ("Jaroslav Nedoma" -> "JN") when only one person has them."""
    out: dict[str, str] = {}
    for text in texts:
        for m in re.finditer(rf"(?P<name>{_FULL_NAME})\s*\((?P<ini>(?-i:[A-ZÁ-Ž]{{2,3}}))[,)]", text):
            person = clean_person(m.group("name"), lang)
            if person:
                out.setdefault(m.group("ini"), person)
    derived: dict[str, list[str]] = {}
    for person in people:
        short = name_initials(person)
        if short:
            derived.setdefault(short, []).append(person)
    return {**{k: v[0] for k, v in derived.items() if len(v) == 1}, **out}


_CAPITALISED = rf"(?-i:[{_UPPER}])[\w'’.-]*"
_NAME_RUN = re.compile(rf"(?:(?-i:[a-zá-ž])\S*\s+){{0,4}}?(?P<run>{_CAPITALISED}(?:\s+{_CAPITALISED}){{1,3}})")


def substitutes(fields: list[mf.Field], lang: str) -> tuple[str, ...]:
    """Who stood in for a listed person: "Jiří Sedláček, MP (zastoupen zástupcem velitele Romanem Kratochvílem)",
    "Cllr Ross (represented by Ms Jane Hart)" - the substitute attended (`substitutes`: the cues and the case
    the name is written in, turned back to the nominative)."""
    data = mf.labels(lang).data.get("substitutes") or {}
    if not data.get("cues"):
        return ()
    cue = re.compile(rf"(?<!\w){alt(data['cues'])}(?!\w)\s+", re.IGNORECASE)
    out: list[str] = []
    for f in fields:
        if f.name not in ("absent", "attendees"):
            continue
        for m in cue.finditer(f.value):
            run = _NAME_RUN.match(f.value, m.end())
            person = _nominative(run.group("run"), data.get("case"), lang) if run else None
            if person and person not in out:
                out.append(person)
    return tuple(out)


def _nominative(run: str, case: str | None, lang: str) -> str | None:
    """ "Romanem Kratochvílem" (instrumental) -> "Roman Kratochvíl"; a name in the nominative as written
    ("Ms Jane Hart" -> "Jane Hart")."""
    name = clean_person(run, lang)
    words = (name or "").split()
    if case and lang == "cs" and len(words) == 2:
        pair = declension.choose_pair(words[0], words[1], declension.Cue(case=case))
        return f"{pair[0].lemma} {pair[1].lemma}" if pair else None
    return name


@cache
def _item_remark(lang: str) -> re.Pattern[str]:
    data = mf.labels(lang).data
    joiners = [j.strip() for j in data["list_splitters"] if j.strip(" ,;\n")]
    tails = rf"(?:\s+{alt(data.get('item_guest_tails') or [])})?"
    numbers = rf"\d{{1,2}}(?:\s*(?:[,–—-]|{alt(joiners)})\s*\d{{1,2}})*"
    return re.compile(rf"^\s*{alt(data.get('item_guest_cues') or [])}\s+{numbers}{tails}\s*$", re.IGNORECASE)


def item_guests(names: tuple[str, ...], texts: list[str], lang: str) -> tuple[str, ...]:
    """The `names` whose entry in the attendance `texts` (list values, table rows) carries a remark limiting
    their attendance to agenda items ("(online, items 1–3)", "(k bodu 4)"; `item_guest_cues`): they were in
    attendance for those items only, guests of the meeting."""
    out: list[str] = []
    for text in texts:
        for segment in re.split(r"[;\n]", text):
            found = sorted((i, n) for n in names if (i := _surname_at(segment, n)) >= 0)
            for k, (pos, name) in enumerate(found):
                entry = segment[pos:found[k + 1][0] if k + 1 < len(found) else len(segment)]
                remarks = [part for r in re.findall(r"\(([^()]*)\)", entry) for part in r.split(",")]
                remarks += [entry.rsplit("–", 1)[-1]] if "–" in entry else []  # "X (role) – k bodu 4"
                if any(_item_remark(lang).match(r) for r in remarks) and name not in out:
                    out.append(name)
    return tuple(out)


def _surname_at(text: str, name: str) -> int:
    m = re.search(rf"(?<!\w){re.escape(name.split()[-1])}(?!\w)", text)
    return m.start() if m else -1
