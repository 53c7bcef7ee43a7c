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
from collections.abc import Callable, Sequence
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Block, Document
from minutes_nlp.extract import attendance as att
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.attendance_lists import initial_first
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.names import clean_person, name_titles
from minutes_nlp.extract.series_title import series_from_title
from minutes_nlp.extract.series_vocab import vocab
from minutes_nlp.textutil import fold

_INITIALS = re.compile(r"(?-i:[A-ZÁ-Ž]{2,3})")
_LISTS = ("attendees", "absent", "guests", "verifiers", "chair")
_NEAR = 2  # blocks between the recorder's label and the attendance lines it stands among
_OPENING = 16  # blocks of the opening: an attendance item ("2. ATTENDANCE") there still belongs to the header


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
        person = clean_person(_from_title(_without_office(_name_case(value), lang), lang), lang)
        person = initial_first(person, lang) if person else person  # "Zapsal: Vondráček M."
        if person and not (len(person.split()) == 1 and office_named(person, lang)) \
                and not _meeting_named(person, lang):
            return att.completed((att.full_name(person, text),), known)[0]  # "Signed: ______ Secretary": no one
    return None


def _meeting_named(value: str, lang: str) -> bool:
    """ "Minutes: Finance Committee", "Minutes: Shelter Cluster Coordination Meeting": a signer's label whose
    value names a body or a meeting heads the minutes as their title; it names no person. A body is read so only
    where names end with their head noun (English): Czech surnames include head nouns ("Petr Rada")."""
    v = vocab(lang)
    return bool(v.nouns.search(value)) or bool(v.series.get("head_last")) \
        and series_from_title(value, lang).body_type is not None


@cache
def _office_lead(lang: str) -> re.Pattern[str]:
    data = mf.labels(lang).data
    offices = sorted({o for key in ("approver_chair_offices", "recorder_offices") for o in data.get(key, [])},
                     key=len, reverse=True)
    return re.compile(rf"^\s*(?:{alt(offices)})(?:\s*[–—:-]\s*|\s+)(?=(?-i:[A-ZÁ-Ž][a-zá-ž]))" if offices else "(?!)",
                      re.IGNORECASE)


def _without_office(value: str, lang: str) -> str:
    """ "Chair – Jane X", "Dean Jane X", "Clerk: Ann Y": the signer's office, capitalised, written before the
    name (a lower-case office, "předseda KŠ Ing. X", is passed over by `_from_title`)."""
    m = _office_lead(lang).match(value) if value.strip()[:1].isupper() else None
    return value[m.end():] if m and value[m.end():].strip() else value


_CAPS_NAME = re.compile(r"(?<![\w.])(?-i:([A-ZÁ-Ž][a-zá-ž]+|[A-ZÁ-Ž]{2,})\s+([A-ZÁ-Ž]{3,}(?:-[A-ZÁ-Ž]{3,})?))(?!\w)")


_CAPS_MIDDLE = re.compile(r"(?<![\w.])(?-i:((?:[A-ZÁ-Ž]{2,}\.?\s+){1,3})((?:[A-ZÁ-Ž]\.\s*){1,2})"
                          r"([A-ZÁ-Ž]{3,}(?:-[A-ZÁ-Ž]{3,})?))(?!\w)")


def _name_case(value: str) -> str:
    """ "Ing. JAN NOVÁK", "Jane DOE": a sign-off writing the surname (or the whole name) in capitals, as
    signature blocks and US minutes do; the name is read in its ordinary case. "LIZA MAE C. SORIANO", "MA.
    CRISTINA V. REYES": given names and a middle initial in capitals too."""
    value = _CAPS_MIDDLE.sub(lambda m: f"{m.group(1).title()}{m.group(2)}{m.group(3).title()}", value)
    return _CAPS_NAME.sub(lambda m: f"{m.group(1).capitalize()} {m.group(2).title()}", value)


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
    Poe | Minutes |" (a cell that is such a marker), or in the name cell after the name's comma: "| Jo Bell
    (JB), scribe | BSI |"."""
    markers = {fold(m) for m in mf.labels(lang).data.get("recorder_list_markers", [])}
    for b in doc.blocks[:body_start(doc) + 2]:  # the table may stand under its own heading ("Attendance")
        cols = att.name_columns(b.rows[0], lang) if b.kind.value == "table" and len(b.rows) >= 2 else None
        col = cols[0] if cols else -1
        for row in b.rows[1:] if col >= 0 else []:
            others = [c for i, c in enumerate(row) if i != col]
            name, _, remark = row[col].partition(",") if col < len(row) else ("", "", "")
            if fold(remark.strip(" .")) in markers:  # "Jo Bell (JB), scribe": the name's own remark
                person = clean_person(re.sub(r"\s*\([^()]*\)", "", name), lang)
                return att.completed((person,), known)[0] if person else None
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
            people = [p for p, parts in att.person_entries(entry, lang)
                      if any(_office(r, offices, lang) for r in parts)]
            for m in re.finditer(r"\(([^()]*)\)", entry):  # "X (Clerk to the Council)", "Y (tajemnice výboru)"
                remarks = [fold(r.strip(" .")) for r in re.split(r",|;", m.group(1))]
                person = clean_person(re.split(r"[,;)]", entry[:m.start()])[-1].strip(" ."), lang)
                people += [person] if person and any(r in bracketed or _body_office(r, offices, lang)
                                                     for r in remarks) else []
            found |= {att.completed((att.full_name(p, text),), known)[0] for p in people}
    return found.pop() if len(found) == 1 else None


def _office(role: str, offices: set[str], lang: str) -> bool:
    """The role is a minute-taking office: listed (`recorder_offices`) or the secretary or clerk "to the" body
    (`recorder_office_prefixes`: "Secretary to the Faculty Board", "Clerk to the Trustees")."""
    prefixes = mf.labels(lang).data.get("recorder_office_prefixes") or []
    return fold(role) in offices or any(fold(role).startswith(fold(p) + " ") for p in prefixes)


def _body_office(remark: str, offices: set[str], lang: str) -> bool:
    """A bracketed remark that is the body's own minute-taking office ("(tajemnice výboru)", "(Secretary to the
    Board)"), not a bare role ("(Clerk)", "(Secretary)": one word, which a member may hold)."""
    return len(remark.split()) >= 2 and _office(remark, offices, lang)


_SIGNATURE_TAIL = 8  # closing blocks searched for a signature block


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
    marked = _role_marked(value, lang)
    if marked:
        return marked
    clauses = data.get("recorder_list_clauses")
    m = re.search(rf",\s*(?:{alt(clauses)})(?=\s*(?:[.;,\n]|$))", value, re.IGNORECASE) if clauses else None
    if m is None:
        return None
    entry = re.sub(r"\s*\([^()]*\)", "", re.split(r"[;\n]", value[:m.start()])[-1])
    return clean_person(entry.split(",")[0], lang)


def _role_marked(value: str, lang: str) -> str | None:
    """ "Mrs Ann Poe (AP) – Company Secretary, minutes", "Tom Hill, Clerk – notes": an entry whose role, after
    the name's comma or dash, has a part that marks the minute-taker (`recorder_list_markers`)."""
    markers = {fold(m) for m in mf.labels(lang).data.get("recorder_list_markers", [])}
    return next((person for person, parts in att.person_entries(value, lang)
                 if any(fold(p) in markers for p in parts)), None)


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


def office_named(name: str, lang: str) -> bool:
    """ "Quality Manager", "Finance Officer": a capitalised run whose last word is an office word names an
    office, not a person."""
    words = re.findall(r"[^\W\d_][\w'’]*", name)
    return bool(words) and fold(words[-1]) in _office_words(lang)


@cache
def _office_words(lang: str) -> frozenset[str]:
    """Office words (roles.json `words` and the labels' `office_words`): the last word of an office."""
    code = langdata.code(lang)
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
    surname = fold(recorder.split()[-1]) if recorder else ""  # "MINUTES: <BODY>" over the header is no recorder's
    labelled = [f for f in fields if f.name == "recorder" and not doc.blocks[f.block].is_heading]  # "Notes: EC"
    field = next((f for f in labelled if surname in fold(f.value)), labelled[0] if labelled else None)
    listed = [f.block for f in fields if f.name in _LISTS]
    if not recorder or not target or field is None or field.block >= max(body_start(doc), _OPENING) \
            or not any(lists.values()) \
            or not any(abs(field.block - b) <= _NEAR for b in listed):
        return lists
    allowed = data.get("recorder_present_labels")
    if allowed and fold(field.label.strip(" :*")) not in {fold(a) for a in allowed}:
        return lists
    if any(fold(p.split()[-1]) == surname for people in lists.values() for p in people):
        return lists
    return {**lists, target: lists.get(target, ()) + (recorder,)}


def present_chair(chair: str | None, lists: dict[str, tuple[str, ...]], fields: Sequence[mf.Field] = (),
                  lang: str = "en") -> dict[str, tuple[str, ...]]:
    """`lists` with the chair named in a field ("Předsedající: Ing. Miroslav Kadlec", "Chair: ...") among the
    attendees when no list names them: whoever chaired the meeting attended it; so did every co-chair the field
    names after the first."""
    for co in _co_chairs(fields, lang) if chair else ():
        lists = present_chair(co, lists)
    if not chair:
        return lists
    surname = fold(chair.split()[-1])
    if any(fold(p.split()[-1]) == surname for people in lists.values() for p in people):
        return lists
    return {**lists, "attendees": lists.get("attendees", ()) + (chair,)}

def _co_chairs(fields: Sequence[mf.Field], lang: str) -> list[str]:
    """"Chair: Jane Roe (co-chair); Tom Hale (co-chair) joined at 13:40": a chair field naming two co-chairs,
    one a ';' part, each marked with a chair's office ("co-" before it or not) in brackets; the parts after the
    first name the others."""
    value = next((f.value for f in fields if f.name == "chair"), "")
    chair = alt(mf.labels(lang).data["fields"]["chair"])
    marked = re.compile(rf"^\s*([^();,]+?)\s*\(\s*(?:co-?)?(?:{chair})\s*\)", re.I)
    hits = [marked.match(part) for part in value.split(";")[1:]]
    return [n for n in (clean_person(h.group(1), lang) for h in hits if h) if n]



@cache
def _sentence_rx(lang: str, key: str) -> re.Pattern[str]:
    cues = alt(mf.labels(lang).data.get(key) or ["(?!)"])
    titles = alt(sorted({t.rstrip(".") for t in name_titles(lang)}, key=len, reverse=True))
    name = r"(?-i:[A-ZÁ-Ž][\w'’-]+(?:\s+[A-ZÁ-Ž][\w'’-]*\.?)?)"
    # "Zapisovatelkou byla určena Bc. Iva X.": titles before the name are passed over; a chair's office too
    # ("Jednání řídil předseda výboru Jan X.")
    office = r"(?:(?-i:[a-zá-ž][\w.]*)\s+){0,3}" if key in ("chair_sentence_cues", "approver_sentence_cues") else ""
    return re.compile(rf"(?<!\w)(?:{cues})\s+{office}(?:(?:{titles})\.?\s+)*(?P<name>{name})\s*(?:[.!,;]|$)",
                      re.IGNORECASE)


def recorder_in_sentence(doc: Document, lang: str, key: str = "recorder_sentence_cues") -> str | None:
    """ "Tenhle napsala Míša.", "Notes by Sam.": the recorder named in a sentence, the name ending it; with
    `key` "chair_sentence_cues" the chair ("The meeting was chaired by Jane X.")."""
    return _sentence_person(doc.blocks, lang, key)


def _sentence_person(blocks: Sequence[Block], lang: str, key: str) -> str | None:
    """The person the last sentence with one of the `key` cues names."""
    for b in reversed(blocks):
        m = _sentence_rx(lang, key).search(b.text)
        person = clean_person(m.group("name"), lang) if m else None
        if person:
            return person
    return None


def approver_by_office(fields: list[mf.Field], doc: Document, lang: str, chair: str | None) -> str | None:
    """ "Schválil: předseda výboru", "Approved: ______ (Chair)": a sign-off naming only the chair's office
    (`approver_chair_offices`) names the person who chaired the meeting, when the minutes name them; so does an
    unnamed chair's signature line closing English minutes ("Signed ........ Chairman  Date ......",
    `chair_signature_approves`)."""
    offices = {fold(o) for o in mf.labels(lang).data.get("approver_chair_offices", [])}
    for f in fields if chair else []:
        value = re.split(r"[,\n]|\s[–—-]\s|\s+(?:dne|on|date)\b", re.sub(r"[()]", " ", f.value))[0] \
            if f.name == "approver" else ""
        if value and fold(re.sub(r"[.…_]{2,}", " ", value).strip(" .:")) in offices:
            return chair
    if chair and mf.labels(lang).data.get("chair_signature_approves"):
        signed = [b for b in doc.blocks[-_SIGNATURE_TAIL:] if signature_line_in(b.text)]
        return chair if any(fold(_signed_office(b.text)) in offices for b in signed) else None
    return None


def _signed_office(text: str) -> str:
    """ "Signed ........ Chairman   Date ......", "Chair's signature: ______" -> the office under or beside a
    signature line."""
    rest = re.split(r"(?i)\b(?:date|dated)\b", re.sub(r"[.…_]{2,}|…", " ", text))[0]
    rest = re.sub(r"(?i)\b(?:signed|signature|of|the)\b|['’]s\b|[:()]", " ", rest)  # "Chair's signature:"
    return " ".join(rest.split())


def signed_chair(fields: list[mf.Field], doc: Document, lang: str) -> str | None:
    """ "Chair: ______________ Jane X", "Chairman ........ Jane X" among the closing blocks: where the chair
    signs the minutes as a correct record (`chair_signature_approves`), the signature line is the approval."""
    if not mf.labels(lang).data.get("chair_signature_approves"):
        return None
    closing = {b.index for b in doc.blocks[-_SIGNATURE_TAIL:]}
    for f in fields:
        if f.name == "chair" and f.block in closing and signature_line_in(doc.blocks[f.block].text):
            person = clean_person(re.sub(r"[.…_]{3,}", " ", f.value), lang)
            if person:
                return person
    return None


def signature_line_in(text: str) -> bool:
    """A run of dots or underscores to sign on."""
    return bool(re.search(r"[.…_]{3,}|…", text))


def approver_in_sentence(doc: Document, lang: str) -> str | None:
    """ "Zápis schválil předseda výboru Ing. Jan X.", "These minutes were approved by Jane X, Chair.": a
    closing sentence naming the approver (`approver_sentence_cues`)."""
    return _sentence_person(doc.blocks[-_SIGNATURE_TAIL:], lang, "approver_sentence_cues")
