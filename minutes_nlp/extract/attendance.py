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
from collections.abc import Sequence
from functools import cache

from minutes_nlp.document import Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.attendance_item_guests import item_guests as item_guests  # re-exported for metadata
from minutes_nlp.extract.attendance_item_guests import item_remark as _item_remark
from minutes_nlp.extract.attendance_lists import (
    _REMARK,
    marked_columns,
    org_end,
    status_label,
)
from minutes_nlp.extract.attendance_lists import full_name as full_name  # re-exported for the metadata stage
from minutes_nlp.extract.attendance_lists import listed as listed
from minutes_nlp.extract.attendance_lists import person_entries as person_entries
from minutes_nlp.extract.attendance_sentences import (
    _last_name_run,
    _sentence_start,
    guests_before_cue,
    guests_by_cue,
)
from minutes_nlp.extract.attendance_sentences import absent_by_cue as absent_by_cue  # re-exported, as above
from minutes_nlp.extract.attendance_sentences import all_but as all_but
from minutes_nlp.extract.attendance_sentences import attendees_by_cue as attendees_by_cue
from minutes_nlp.extract.attendance_sentences import merge_people as merge_people
from minutes_nlp.extract.attendance_sentences import vocab_rx as vocab_rx
from minutes_nlp.extract.attendance_sentences import with_late_arrivals as with_late_arrivals
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.names import clean_person, name_initials, name_titles
from minutes_nlp.extract.titles import TITLE_ZONE as TOP_ZONE
from minutes_nlp.nlp import declension
from minutes_nlp.textutil import NAME_UPPER, fold

TITLE_ZONE = TOP_ZONE  # blocks at the top where a sentence about attendance is read
_UPPER = NAME_UPPER
_FULL_NAME = rf"(?-i:[{_UPPER}][\w'’-]+\s+[{_UPPER}][\w'’-]+)"
_INITIAL_NAME = rf"(?-i:(?<!\w)[{_UPPER}]\.\s?[{_UPPER}][\w'’-]+)"  # "T. Brož"


def _shortened(given: str, full: str) -> bool:
    """ "Greg" of "Gregory", "Chris" of "Christopher": a given name of three letters or more that opens a longer
    one (English short forms; "Jan" of "Jana" differs in sex, so Czech endings are left alone by the length)."""
    g, f = fold(given), fold(full)
    return len(g) >= 3 and len(f) >= len(g) + 2 and f.startswith(g) and not given.endswith(".")


def completed(names: tuple[str, ...], roster: tuple[str, ...]) -> tuple[str, ...]:
    """ "Nedoma", "J. Nedoma" -> "Jaroslav Nedoma" when the earlier lists name one such person in full; "Greg
    Hale" -> "Gregory Hale": a short form of the given name that opens the full one (Greg, Tom, Chris)."""
    out = []
    for name in names:
        words = name.split()
        short = len(words) == 1 or (len(words) == 2 and len(words[0].rstrip(".")) == 1)
        hits = {r for r in roster if len(r.split()) >= 2 and len(r.split()[0]) > 1
                and fold(r.split()[-1]) == fold(words[-1]) and (len(words) == 1 or r[:1] == words[0][:1])}
        if not short:
            hits = {r for r in hits if _shortened(words[0], r.split()[0])}
        out.append(hits.pop() if len(hits) == 1 else name)
    return tuple(out)


def guests(fields: list[mf.Field], doc: Document, lang: str, members: tuple[str, ...]) -> tuple[str, ...]:
    """Listed guests, guests listed by role whom the body names, and speakers marked as the public. A person
    the attendance list already names is no guest: "Přítomni:" over lines "za investora: ...", "za zhotovitele:
    ..." lists attendees by party, though such a line standing alone lists guests (`on_behalf_labels`)."""
    out = tuple(n for n in listed(fields, "guests", lang, doc.text) if n not in members)
    found = [n for f in fields if f.name == "guests"
             for part in re.split(r"[,;\n]", _REMARK.sub(",", f.value)) if (n := _role_holder(part, doc, lang))]
    known = {fold(m.split()[-1]) for m in members}
    after = guests_before_cue(doc, lang) if members else []  # "X attended as Community Manager"
    found = [n for n in found + _marked_public(doc, lang) + guests_by_cue(doc, lang) + after
             if fold(n.split()[-1]) not in known]
    return merge_people(out + tuple(found))


def _role_holder(part: str, doc: Document, lang: str) -> str | None:
    """ "ředitelka MŠ" in a guest list: the person the body names right after the same words."""
    words = part.strip()
    if not words or not words[:1].islower() or clean_person(words, lang) or len(words.split()) > 5:
        return None
    text, tail = doc.text, _titled_name(lang)
    head = re.compile(rf"(?<!\w)(?i:{re.escape(words)})[^\S\t\n]+")  # the name follows in the same cell or line
    pos = 0
    while (m := head.search(text, pos)) is not None:  # = finditer of head + tail: the tail starts with a
        after = tail.match(text, m.end())  # letter, so only the longest run of spaces can precede it
        if after is None:
            pos = m.start() + 1
            continue
        name = clean_person(after.group("name"), lang)
        if name:
            return name
        pos = after.end()
    return None


@cache
def _titled_name(lang: str) -> re.Pattern[str]:
    """Titles, then a full name ("Ing. Jana Malá"): compiled once per language, the titles make it long."""
    return re.compile(rf"(?i:(?:{alt(name_titles(lang))})\.?\s+)*(?P<name>{_FULL_NAME})")


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
            if person and org_end(person, lang) and "," in cell:  # "Kim X, Open Data Forum (observer)"
                person = _last_name_run(_sentence_start(cell.rsplit(",", 1)[0])[-60:], lang)
            if person and person not in out:
                out.append(person)
    return out


_REGISTER = ("attendees", "absent", "guests")


def register(doc: Document, lang: str) -> dict[str, tuple[str, ...]]:
    """An attendance register table: "| Professor Helen Marchbank | Deputy Vice-Chancellor | Present |", one
    person a row and a column of attendance labels ("Present", "Apologies", "In attendance", "Omluven"); the
    rows of a name-column table that no status marks are read by `name_column_tables`."""
    out: dict[str, list[str]] = {k: [] for k in _REGISTER}
    ticked: set[int] = set()
    for b in doc.blocks:
        if b.kind.value != "table" or len(b.rows) < 2:
            continue
        columns = marked_columns(b.rows, lang)  # "| Name | Present | Apologies |" over ticks
        for listed_as, person in columns:
            out[listed_as].append(person)
            ticked.add(b.index)
        rows = _register_rows(b.rows, lang) if not columns else []
        for status, name, _by_role in rows if any(not by_role for _s, _n, by_role in rows) else []:
            out[status].append(name)
    statused = {n for names in out.values() for n in names}
    for status, names in name_column_tables(doc, lang, ticked):
        out[status].extend(n for n in names if n not in out[status] and n not in statused)
    return {k: tuple(v) for k, v in out.items() if v}


def _register_rows(rows: Sequence[Sequence[str]], lang: str) -> list[tuple[str, str, bool]]:
    """(list, person, by the recorder's role) of each row whose last cell is a status ("| Jane Doe | Manager |
    Apology |"); a status naming the recorder ("Minute taker", "Zapisovatelka") puts the row on the list the
    language puts a recorder of the header on (`recorder_present_as`), so a sign-off table alone adds nobody."""
    lab = mf.labels(lang)
    out = []
    section = None
    for row in rows:
        cells = [c.strip() for c in row if c.strip()]
        if len(cells) == 1 and len(row) >= 2 and status_label(cells[0], lang) in _REGISTER:
            section = status_label(cells[0], lang)  # "| In attendance: | | |" over the officers' rows
            continue
        mark = _REMARK.sub("", cells[-1]) if len(cells) >= 2 else ""  # "In attendance (minute 5)"
        recorder = lab.by_label.get(" ".join(mark.lower().rstrip(":").split())) == "recorder"
        status = _under_section(status_label(mark, lang) if mark else None, section, cells[-1], lang)
        header = status_label(_REMARK.sub("", cells[0]), lang) in _REGISTER  # "| Present | Apologies |" heads columns
        name = clean_person(_REMARK.sub("", cells[0]), lang) if status in _REGISTER and not header else None
        if name and status:
            out.append((status, name, recorder))
    return out


def _under_section(status: str | None, section: str | None, cell: str, lang: str) -> str | None:
    """A register row's list under a section row ("| In attendance: | | |", "| Apologies | | |"): the rows
    under "In attendance" were there ("Present", or present for an item: "For item 7") as guests; a row's own
    absence ("Apologies") still stands."""
    if section != "guests" or status in ("absent", "guests"):
        return status
    return "guests" if status == "attendees" or _item_remark(lang).match(cell) else status


def name_column_tables(doc: Document, lang: str, ticked: set[int]) -> list[tuple[str, tuple[str, ...]]]:
    """A presence table in the header: "| Jméno | Firma | Funkce |", "| Initials | Name | Role |", "| Titul |
    Jméno | Příjmení |" - a header row with a name column (`name_column_headers`; a surname column,
    `surname_column_headers`, completes it) and one person a row. It lists the attendees, unless the label line
    just above it says otherwise ("Omluveni:", "In attendance:") or a section row inside it does ("| Omluveni |
    | |", "| In attendance | |"); a register whose rows are `ticked` in columns is read by row instead."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for b in doc.blocks[:_first_numbered_heading(doc)]:
        cols = name_columns(b.rows[0], lang) if b.kind.value == "table" and len(b.rows) >= 2 else None
        if cols is None or b.index in ticked:
            continue
        sections = _table_sections(b.rows[1:], cols, lang, _label_above(doc, b.index, lang))
        if sections:
            out.extend(sections)
    return out


def name_columns(head: Sequence[str], lang: str) -> tuple[int, int | None] | None:
    """(the name column, the surname column or None) of a header row; None when no column holds names."""
    data = mf.labels(lang).data
    heads = [fold(c.strip().rstrip(":")) for c in head]
    names = {fold(h) for h in data.get("name_column_headers", [])}
    surnames = {fold(h) for h in data.get("surname_column_headers", [])}
    col = next((i for i, h in enumerate(heads) if h in names), None)
    return None if col is None else (col, next((i for i, h in enumerate(heads) if h in surnames), None))


def _table_sections(rows: Sequence[Sequence[str]], cols: tuple[int, int | None], lang: str,
                    status: str) -> list[tuple[str, tuple[str, ...]]]:
    """The people of a name table's rows by section; [] when a row names no one (no presence table)."""
    out: list[tuple[str, list[str]]] = [(status, [])]
    for row in rows:
        cells = [c.strip() for c in row]
        section = status_label(cells[0], lang) if cells and not any(cells[1:]) else None
        if section in _REGISTER:
            out.append((section, []))  # "| Přítomní členové | | |", "| Apologies | |"
            continue
        parts = [cells[c] for c in cols if c is not None and c < len(cells)]
        name = clean_person(_REMARK.sub("", " ".join(parts)), lang)
        if not name:
            return []
        out[-1][1].append(name)
    return [(k, tuple(v)) for k, v in out if v]


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
        for m in re.finditer(rf"(?P<name>{_FULL_NAME}|{_INITIAL_NAME})(?:,\s*[^,;()\n]{{2,60}}?)?\s*"
                             rf"\((?P<ini>(?-i:[A-ZÁ-Ž]{{2,5}}))[,)]", text):
            # "Maureen X, Branch Chair (MO)": an office may stand before the bracket; "Ing. T. Brož (EN)": the
            # abbreviation of a post, written alone in the text like initials ("EN informoval ...")
            person = clean_person(m.group("name"), lang)
            if person:
                out.setdefault(m.group("ini"), person)
    derived: dict[str, list[str]] = {}
    for person in dict.fromkeys(people):  # the same person listed here and in the previous minutes is one
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
    represented = {fold(c) for c in data.get("represented_cues") or []}
    out: list[str] = []
    for f in fields:
        if f.name not in ("absent", "attendees"):
            continue
        for m in cue.finditer(f.value):
            if f.name == "attendees" and fold(m.group(0).strip()) in represented:
                continue  # "Ing. Karel X (v zastoupení Petra Y)": the name after it is the member he stood in for
            run = _NAME_RUN.match(f.value, m.end())
            person = _nominative(run.group("run"), data.get("case"), lang) if run else None
            person = _listed_full(person, fields, lang) if person and " " not in person else person
            if person and person not in out:
                out.append(person)
    return tuple(out) + tuple(p for p in _named_before_cue(fields, data, lang) if p not in out)


def _listed_full(surname: str, fields: list[mf.Field], lang: str) -> str | None:
    """ "zastoupena na základě plné moci Bc. Polákem": a substitute named by the surname alone (in any case) is
    the one listed person whose surname it opens ("Zdeněk Polák"); None when the lists name no such person."""
    people = {p for f in fields if f.name in ("attendees", "absent") for p in _listed_names(f.value, lang)}
    hits = {p for p in people if len(p.split()) >= 2 and fold(surname).startswith(fold(p.split()[-1]))
            and len(surname) - len(p.split()[-1]) <= 3}
    return hits.pop() if len(hits) == 1 else None


def _listed_names(value: str, lang: str) -> list[str]:
    return [p for p, _ in person_entries(value, lang)]


def _named_before_cue(fields: list[mf.Field], data: dict[str, list[str]], lang: str) -> list[str]:
    """ "Apologies: Tim X (Sarah Y attending as substitute)": the substitute named before the cue
    (`substitutes.cues_after`) in a remark of the absent."""
    if not data.get("cues_after"):
        return []
    rx = re.compile(rf"\((?P<run>[^()]*?)\s+{alt(data['cues_after'])}\)", re.IGNORECASE)
    return [p for f in fields if f.name == "absent" for m in rx.finditer(f.value)
            if (p := clean_person(m.group("run"), lang))]


def _nominative(run: str, case: str | None, lang: str) -> str | None:
    """ "Romanem Kratochvílem" (instrumental) -> "Roman Kratochvíl"; a name in the nominative as written
    ("Ms Jane Hart" -> "Jane Hart")."""
    name = clean_person(run, lang)
    words = (name or "").split()
    if case and lang == "cs" and len(words) == 2:
        pair = declension.choose_pair(words[0], words[1], declension.Cue(case=case))
        return f"{pair[0].lemma} {pair[1].lemma}" if pair else None
    return name
