"""The recorder and the approver as people of the meeting.

Minutes sign off with shortened names: "Schválil: JN", "Zapsala: H. Bílková", "Approved: C Hale". A reader
resolves them against the attendance lists (and the minutes before them, where "Ing. Jaroslav Nedoma (JN)"
was written out) when exactly one person fits; otherwise the name stays as written.

A recorder named in the header, among the attendance lines (at most two blocks from one, before the
body: "Zapsala: Bc. Hana Bílková" under "Přítomni: ...", "Secretary: Ms Alison Greaves" under "In attendance:
..."), was at the meeting even when no list names them: the language data says on which list
(`recorder_present_as`, Czech attendees, English guests "in attendance") and, where only some recorder labels
mean presence, which (`recorder_present_labels`; an English "Recording secretary" of a town board is staff,
not listed). A recorder who signs at the end only is left off the lists. Informal notes name the recorder in a
sentence ("Notes by Sam.", `recorder_sentence_cues`); an attendance table marks the note-taker in a column
("Programme Support Officer (notes)", `recorder_list_markers`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract import attendance as att
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.names import clean_person, name_titles
from minutes_nlp.textutil import fold

_INITIALS = re.compile(r"(?-i:[A-ZÁ-Ž]{2,3})")
_LISTS = ("attendees", "absent", "guests", "verifiers", "chair")
_NEAR = 2  # blocks between the recorder's label and the attendance lines it stands among


def signer(fields: list[mf.Field], name: str, lang: str, text: str, known: tuple[str, ...],
           initials: Callable[[], dict[str, str]]) -> str | None:
    """The person of the first `name` field (recorder, approver, chair): initials ("JN") through `initials`
    (called only when needed), a shortened name ("H. Bílková") completed by the text or the `known` people."""
    for f in fields:
        if f.name != name:
            continue
        value = re.split(r"\n|;\s", f.value)[0]  # "Chair: Jane X; Vice-Chair: Mark Y"
        code = re.split(r"[,(]", value)[0].strip(" .")
        if _INITIALS.fullmatch(code):
            person: str | None = initials().get(code)
            if person:
                return person
            continue
        person = clean_person(_from_title(value, lang), lang)
        if person:
            return att.completed((att.full_name(person, text),), known)[0]
    return None


@cache
def _title_rx(lang: str) -> re.Pattern[str]:
    titles = sorted({t.rstrip(".") for t in name_titles(lang) if len(t.rstrip(".")) >= 2}, key=len, reverse=True)
    return re.compile(rf"(?<![\w.])(?-i:[A-ZÁ-Ž])(?i:{'|'.join(re.escape(t[1:]) for t in titles)})\.(?=\s)"
                      if titles else r"(?!)")


def _from_title(value: str, lang: str) -> str:
    """ "předseda KŠ Ing. Kadeřábek": an office (and the body's initialism) written before the titled name of a
    signer or chair; the name starts at its title ("Ing.", capitalised, with its dot), or, with no title, at
    the first capitalised word after the office's lower-case words ("starosta obce Jan Novák")."""
    if not value[:1].islower():
        return value
    m = _title_rx(lang).search(value)
    bare = re.match(r"(?:[^\W\d_A-ZÁ-Ž][\w.]*\s+)+(?=(?-i:[A-ZÁ-Ž][a-zá-ž]))", value)  # "starosta obce Jan X"
    return value[m.start():] if m else value[bare.end():] if bare else value


def listed_recorder(fields: list[mf.Field], lang: str, text: str, known: tuple[str, ...]) -> str | None:
    """The person an attendance list marks as taking the minutes: "Matthew Greenhalgh (Company Secretary,
    minutes)", "Fiona Leckie, Governance Professional (GP), who took the minutes" (`recorder_list_markers`: a
    part of the remark; `recorder_list_clauses`: a clause after the entry). A role alone ("(Clerk)") is not
    the mark: the clerk of a list need not be the one who wrote the minutes."""
    for f in fields:
        person = _marked_recorder(f.value, lang) if f.name in ("attendees", "guests") else None
        if person:
            return att.completed((att.full_name(person, text),), known)[0]
    return None


def table_recorder(doc: Document, lang: str, known: tuple[str, ...]) -> str | None:
    """The person a name-column attendance table marks as taking the minutes in another column: "| Emma
    Carver (EC) | County Council | Programme Support Officer (notes) |" (`recorder_list_markers`), "| AP | Ann
    Poe | Minutes |" (a cell that is such a marker)."""
    markers = {fold(m) for m in mf.labels(lang).data.get("recorder_list_markers", [])}
    for b in doc.blocks[:body_start(doc)]:
        cols = att.name_columns(b.rows[0], lang) if b.kind.value == "table" and len(b.rows) >= 2 else None
        col = cols[0] if cols else -1
        for row in b.rows[1:] if col >= 0 else []:
            others = [c for i, c in enumerate(row) if i != col]
            if col < len(row) and any(_marker(c, lang) is not None or fold(c.strip(" .:")) in markers for c in others):
                person = clean_person(re.sub(r"\s*\([^()]*\)", "", row[col]), lang)
                return att.completed((person,), known)[0] if person else None
    return None


def office_recorder(fields: list[mf.Field], lang: str, text: str, known: tuple[str, ...]) -> str | None:
    """The one person the header's attendance lines give a minute-taking office ("Diane X, Town Clerk", "M.
    Chen, Deputy Clerk", "Stacey X, Committee Coordinator"; `recorder_offices`): where minutes are kept by the
    clerk's office, its officer listed by office wrote them. A last resort, after a sign-off or a mark; two such
    people (a clerk and a deputy) name no one, nor does a bare bracketed role remark ("Mrs C X (Clerk)": see
    `listed_recorder`); a bracketed office that keeps the body's minutes does ("Jane Roe (Clerk to the Council)",
    "(Parish Clerk)"; `recorder_bracket_offices`: UK and Irish councils' clerks take the minutes)."""
    offices = {fold(o) for o in mf.labels(lang).data.get("recorder_offices", [])}
    bracketed = {fold(o) for o in mf.labels(lang).data.get("recorder_bracket_offices", [])}  # "(Clerk to the Council)"
    found: set[str] = set()
    for f in fields if offices else []:
        if f.name in ("attendees", "guests") and fold(f.label.strip(" :*")) in offices:  # "Tajemnice výboru: X"
            person = clean_person(re.split(r"[,(;\n]|\s[–—-]\s", f.value)[0], lang)
            found |= {att.completed((att.full_name(person, text),), known)[0]} if person else set()
        for entry in re.split(r"[;\n]", f.value) if f.name in ("attendees", "guests") else []:
            head, *parts = [p.strip(" .") for p in re.sub(r"\([^()]*\)", "", entry).split(",")]
            remarks = [fold(r.strip(" .")) for b in re.findall(r"\(([^()]*)\)", entry) for r in re.split(r",|;", b)]
            marked = any(fold(p) in offices for p in parts) or any(r in bracketed for r in remarks)
            person = clean_person(head, lang) if marked else None
            found |= {att.completed((att.full_name(person, text),), known)[0]} if person else set()
    return found.pop() if len(found) == 1 else None


def _marker(value: str, lang: str) -> re.Match[str] | None:
    """The first parenthesised remark of `value` that marks the minute taker ("(notes)", "(Clerk, minutes)",
    "(Secretary – minutes)")."""
    markers = {fold(m) for m in mf.labels(lang).data.get("recorder_list_markers", [])}
    return next((p for p in re.finditer(r"\(([^()]*)\)", value)
                 if any(fold(part.strip(" .")) in markers for part in re.split(r",|\s[–—-]\s", p.group(1)))), None)


def _marked_recorder(value: str, lang: str) -> str | None:
    data = mf.labels(lang).data
    paren = _marker(value, lang)
    if paren is not None:
        return _entry_person(value[:paren.start()], lang)
    clauses = data.get("recorder_list_clauses")
    m = re.search(rf",\s*(?:{alt(clauses)})(?=\s*(?:[.;,\n]|$))", value, re.IGNORECASE) if clauses else None
    if m is None:
        return None
    entry = re.sub(r"\s*\([^()]*\)", "", re.split(r"[;\n]", value[:m.start()])[-1])
    return clean_person(entry.split(",")[0], lang)


def _entry_person(before: str, lang: str) -> str | None:
    """The person of the list entry that ends `before`: "...; Kylie X (KX), Governance Officer" -> "Kylie X"
    (comma parts that end in an office word give the entry's office, not another person), "Jan A, Petr B" ->
    "Petr B" (a comma-separated list: the last name), "Mark Roe – Secretary" -> "Mark Roe"."""
    entry = re.split(r"[;\n]", before)[-1]
    parts = [re.split(r"\s[–—-]\s", re.sub(r"\s*\([^()]*\)", "", p))[0].strip() for p in entry.split(",")]
    offices = _office_words(lang)
    for part in reversed(parts):
        words = re.findall(r"[^\W\d_][\w'’]*", part)
        if words and fold(words[-1]) not in offices:
            return clean_person(part, lang)
    return None


@cache
def _office_words(lang: str) -> frozenset[str]:
    """Office words (roles.json `words` and the labels' `office_words`): the last word of an office."""
    code = lang if lang in langdata.SUPPORTED else "en"
    words = set(langdata.load(code, "roles").get("words", {})) | set(mf.labels(lang).data.get("office_words", []))
    return frozenset(fold(w) for w in words)


def body_start(doc: Document) -> int:
    """Index of the first heading after the header's paragraphs or table (the body proper); the title
    headings at the top do not count, nor does a bold label line ("**Přítomní členové podvýboru:**", "Present:")
    over the list it opens."""
    seen_other = False
    for b in doc.blocks:
        if b.is_heading and seen_other and not b.text.rstrip(" *_").endswith((":", "：")):
            return b.index
        seen_other = seen_other or not b.is_heading
    return len(doc.blocks)


def present_recorder(fields: list[mf.Field], recorder: str | None, doc: Document, lang: str,
                     lists: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """`lists` (attendees, absent, guests) with the recorder added to the list the language gives, when the
    recorder's label stands in the header and no list names them yet (module docstring)."""
    data = mf.labels(lang).data
    target = data.get("recorder_present_as")
    field = mf.first(fields, "recorder")
    listed = [f.block for f in fields if f.name in _LISTS]
    if not recorder or not target or field is None or field.block >= body_start(doc) or not any(lists.values()) \
            or not any(abs(field.block - b) <= _NEAR for b in listed):
        return lists
    allowed = data.get("recorder_present_labels")
    if allowed and fold(field.label.strip(" :*")) not in {fold(a) for a in allowed}:
        return lists
    surname = fold(recorder.split()[-1])
    if any(fold(p.split()[-1]) == surname for people in lists.values() for p in people):
        return lists
    return {**lists, target: lists.get(target, ()) + (recorder,)}


def present_chair(chair: str | None, lists: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """`lists` with the chair named in a field ("Předsedající: Ing. Miroslav Kadlec", "Chair: ...") among the
    attendees when no list names them: whoever chaired the meeting attended it."""
    if not chair:
        return lists
    surname = fold(chair.split()[-1])
    if any(fold(p.split()[-1]) == surname for people in lists.values() for p in people):
        return lists
    return {**lists, "attendees": lists.get("attendees", ()) + (chair,)}


@cache
def _sentence_rx(lang: str, key: str) -> re.Pattern[str]:
    cues = alt(mf.labels(lang).data.get(key) or ["(?!)"])
    titles = alt(sorted({t.rstrip(".") for t in name_titles(lang)}, key=len, reverse=True))
    name = r"(?-i:[A-ZÁ-Ž][\w'’-]+(?:\s+[A-ZÁ-Ž][\w'’-]*\.?)?)"
    # "Zapisovatelkou byla určena Bc. Iva X.": titles before the name are passed over; a chair's office too
    # ("Jednání řídil předseda výboru Jan X.")
    office = r"(?:(?-i:[a-zá-ž][\w.]*)\s+){0,3}" if key == "chair_sentence_cues" else ""
    return re.compile(rf"(?<!\w)(?:{cues})\s+{office}(?:(?:{titles})\.?\s+)*(?P<name>{name})\s*(?:[.!,;]|$)",
                      re.IGNORECASE)


def recorder_in_sentence(doc: Document, lang: str, key: str = "recorder_sentence_cues") -> str | None:
    """ "Tenhle napsala Míša.", "Notes by Sam.": the recorder named in a sentence, the name ending it; with
    `key` "chair_sentence_cues" the chair ("The meeting was chaired by Jane X.")."""
    for b in reversed(doc.blocks):
        m = _sentence_rx(lang, key).search(b.text)
        person = clean_person(m.group("name"), lang) if m else None
        if person:
            return person
    return None
