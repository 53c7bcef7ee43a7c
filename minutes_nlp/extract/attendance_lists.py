"""The people a labelled attendance list names ("Přítomni: ...", "Present: ...", "Apologies: ..."): one name per
entry, with remarks, roles, offices, addresses and "za obec X" prefixes taken off, initials written out when
the document gives the name in full once.

Split out of `attendance.py`, which decides which list or sentence says who attended, was absent or a guest.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.attendance_counts import without_counts
from minutes_nlp.extract.attendance_entries import body_noun as _body_noun
from minutes_nlp.extract.attendance_entries import is_titled as _is_titled
from minutes_nlp.extract.attendance_entries import person_entries as person_entries
from minutes_nlp.extract.attendance_entries import roles_after_dash as _roles_after_dash
from minutes_nlp.extract.attendance_orgfirst import org_first_people
from minutes_nlp.extract.attendance_register import marked_columns as marked_columns
from minutes_nlp.extract.attendance_register import status_label as status_label
from minutes_nlp.extract.attendance_roles import without_role_parts
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.names import clean_person, name_titles, person_like, split_people
from minutes_nlp.nlp.names import lexicon
from minutes_nlp.textutil import NAME_UPPER, cached_rx, fold

_REMARK = re.compile(r"\s*\([^()]*\)")


def strip_remarks(text: str, lang: str) -> str:
    """A list value with its remarks and sentence ends turned into separators: "Mrs Claire Hollis (Town Clerk
    and RFO) and Mr Paul Berridge (Deputy Clerk). Mr Neil Farrant, ..., attended" - the "and" in a remark
    must not split it and the full stop must not glue two names; a dot after a title or initial stays."""
    text = _REMARK.sub(lambda m: _remark(m.group(0), lang), text)
    text = re.sub(r",\s*;", ";", re.sub(r",\s*\.", ",", text))  # "X (Chair); Y" keeps its ";" groups
    text = re.sub(r"(?<=,)\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s+\d{1,4}[a-z]?(?:/\d{1,4})?\s*(?=[,;\n]|$)", "",
                  text)  # an address: "Komenského 210"
    text = re.sub(rf"(?<!\S)(?-i:[{NAME_UPPER}][^\W\d_]?[{NAME_UPPER}]{{1,2}})(?![\w.])", "", text)  # "MěÚ Ing. X"
    skip = _abbreviations(lang)

    def _end(m: re.Match[str]) -> str:
        return m.group(0) if m.group("word").lower() in skip else f"{m.group('word')},"

    return re.sub(r"(?P<word>[^\W\d_]{2,})\.(?=\s+[^\W\d_])", _end, text).strip(" .;,")


def _remark(remark: str, lang: str) -> str:
    """A remark is a separator, unless it is the name of a person listed by role: "the Clerk (Mrs C Hextall)"."""
    inner = remark.strip(" ()")
    titled = re.match(r"\S+\.?\s", inner) is not None and _is_titled(inner, lang)
    name = clean_person(inner, lang)
    return f", {inner}," if name and (titled or person_like(name, False, lang)) and len(name.split()) >= 2 else ","


def full_name(name: str, text: str) -> str:
    """ "K. Vondráčková" -> "Kateřina Vondráčková", "C Hale" -> "Carol Hale" when the document writes the name
    out once (nominative)."""
    words = name.split()
    if len(words) != 2 or not re.fullmatch(r"[^\W\d_]\.?", words[0]) or not words[0][0].isupper():
        return name  # written out; "K. Vondráčková" and "C Hextall" are looked up
    found = {m.group(1) for m in _written_in_full(words[0][0], words[1]).finditer(text)} if words[1] in text else set()
    found -= _titles_anywhere()  # "M Rangiwai" and "Member Rangiwai": an office before the surname, no first name
    return f"{found.pop()} {words[1]}" if len(found) == 1 else name


@cache
def _titles_anywhere() -> frozenset[str]:
    """The titles and offices written before names in any language we read, capitalised as they open a name."""
    words = {w for code in ("cs", "en") for w in (*name_titles(code), *(
        mf.labels(code).data.get("offices_before_names") or ()))}
    return frozenset(w.rstrip(".").capitalize() for w in words if " " not in w)


@lru_cache(maxsize=4096)
def _written_in_full(initial: str, surname: str) -> re.Pattern[str]:
    """A first name with this initial right before the surname, compiled once per (initial, surname), bounded:
    re's own cache kept dropping these per-document patterns."""
    return re.compile(rf"(?<!\w)([{initial}][^\W\d_]+)\s+{re.escape(surname)}(?!\w)")


def initial_first(name: str, lang: str) -> str:
    """ "Řezníček B." -> "B. Řezníček": Czech lists write the surname first and the given name's initial after it;
    turned round, the initial can be written out from the text or the earlier minutes. A given name before an
    initial ("Jirka B.", informal notes) stays."""
    words = name.split()
    if lang != "cs" or len(words) != 2 or not re.fullmatch(rf"[{NAME_UPPER}]\.?", words[1]) \
            or lexicon(langdata.code(lang)).first_name(words[0]):
        return name
    return f"{words[1].rstrip('.')}. {words[0]}"


def _written_out(name: str, text: str, lang: str) -> str:
    """ "Councillors Brannigan, Penrose" -> "Lucy Penrose" where the minutes write one such person in full
    ("The Chair welcomed Councillor Lucy Penrose"): a bare surname of a list and a first name before it."""
    if len(name.split()) != 1 or name not in text:
        return name  # the pattern below has the name as written in it
    lex = lexicon(langdata.code(lang))
    given = cached_rx(rf"(?<![\w.])([{NAME_UPPER}][^\W\d_]+)\s+{re.escape(name)}(?!\w)")
    found = {m.group(1) for m in given.finditer(text)
             if (reading := lex.first_name(m.group(1))) and reading[0] == m.group(1)}
    return f"{found.pop()} {name}" if len(found) == 1 else name


def listed(fields: list[mf.Field], name: str, lang: str, text: str) -> tuple[str, ...]:
    """The people of every field `name` (a list may be given in several lines or cells); an entry of the
    attendees marked with another list's status ("Mgr. Eva Malá (omluvena)", "Ing. Karel X – host") is on
    that list instead (`status_marked`)."""
    out: list[str] = []
    marked = status_marked(fields, lang)
    moved = {fold(p.split()[-1]) for k, people in marked.items() if k != "attendees" for p in people}
    for f in fields:
        if f.name == name:
            out.extend(p for p in (_written_out(full_name(initial_first(n, lang), text), text, lang)
                                   for n in _people_of(f.value, lang))
                       if p not in out and not _body_noun(p, lang)
                       and not (name == "attendees" and fold(p.split()[-1]) in moved))
    return tuple(out + [p for p in marked.get(name, []) if name != "attendees" and p not in out])


def status_marked(fields: list[mf.Field], lang: str) -> dict[str, list[str]]:
    """The people an attendees' list marks as absent or guests by a remark that is a status of its own
    ("Členové výboru: A, Mgr. Eva Malá (omluvena), B"; "Ing. Iva X – členka – omluvena"; "(host)", "(observer)"):
    the whole remark, or the last dash part of the entry, is a list's label or a register status; the last
    cell of a table row only when it says absent (a role column may read "Observer"). The recorder's roles
    ("(Secretary)") move no one: a member may keep the minutes."""
    out: dict[str, list[str]] = {}
    for f in fields:
        for group in re.split(r"[;\n]", f.value) if f.name == "attendees" else []:
            lead = None  # "Jane X, ASG President (absent)": the office's status is its holder's
            for entry in re.split(r",(?![^()]*\))", group):
                remarks = re.findall(r"\(([^()]*)\)", entry) + re.split(r"\s[–—-]\s", _REMARK.sub("", entry))[1:][-1:]
                status = next((s for r in remarks if (s := _own_status(r, lang)) in ("absent", "guests")), None) \
                    or ("absent" if _own_status(entry.split("\t")[-1], lang) == "absent" else None)  # "| X | omluven |"
                person = clean_person(re.split(r"\s[–—-]\s|\t", _REMARK.sub("", entry))[0], lang)
                person = None if lead and person and (_office_end(person, lang) or org_end(person, lang)) \
                    else person  # "Student Body President", "Jane X, Open Data Forum (observer)": the lead's
                lead = lead or person
                if status and (person or lead):
                    out.setdefault(status, []).append(person or lead or "")
    return out


def org_end(words: str, lang: str) -> bool:
    """ "Open Data Forum", "Halden Instruments Ltd": a comma part closed by a body's head word or a legal form
    (org_patterns `heads_end`, `legal_forms`) is the body of the person before it, not a person."""
    pat = langdata.load(langdata.code(lang), "org_patterns")
    return words.split()[-1] in {*pat.get("heads_end", ()), *pat.get("legal_forms", ())}


def _office_end(words: str, lang: str) -> bool:
    """ "Student Body President", "ASG President": a comma part ending with an office written before names
    (`offices_before_names`) is the office of the person before it, not a person."""
    offices = {fold(o) for o in mf.labels(lang).data.get("offices_before_names") or []}
    return fold(words.split()[-1]) in offices


def _own_status(remark: str, lang: str) -> str | None:
    lab = mf.labels(lang)
    key = " ".join(remark.lower().strip(" .").split())
    return lab.by_label.get(key) or (lab.data.get("register_statuses") or {}).get(key)


def _people_of(value: str, lang: str) -> list[str]:
    """A list; when it gives one person a line, with role and affiliation after a comma ("Dr Owen Pritchard
    (OP), Dean of Education"), only each line's first part names someone."""
    value = without_counts(value, lang)  # "Jane X and three members of the public"
    raw = [ln for ln in value.split("\n") if ln.strip()]  # a presence table's rows, its header row first
    cells = _first_cells(raw, lang) if raw and _name_col(raw[0], lang) is not None else []
    lines = [re.sub(r"^\s*\d{1,2}[.)]\s+", "", ln) for line in value.split("\n")  # "1. Ing. Jan X" a line
             for ln in _tab_columns(line, lang) if ln.strip()]
    value = "\n".join(lines)
    cells = cells or _first_cells(lines, lang)
    if cells:
        return cells
    if len(lines) >= 2 and all("," in ln for ln in lines):
        firsts = [clean_person(_REMARK.sub("", ln.split(",")[0]), lang) for ln in lines]
        if all(firsts):
            return [p for h, ln in zip(firsts, lines, strict=True) for p in [h, *_joined_people(ln, lang)] if p]
    heads = org_first_people(value, lang) or _entry_heads(lines, lang)
    if heads:
        return heads
    if _org_list(value, lang):
        return []
    value = _roles_after_dash(_office_before_dash(_on_behalf_prefixes(_group_labels(value, lang), lang), lang),
                              lang)
    return _group_heads(value, lang) or _entry_heads(value.split(";"), lang) \
        or split_people(without_role_parts(_without_offices(strip_remarks(value, lang), lang), lang), lang)


@cache
def _name_heads(lang: str) -> frozenset[str]:
    return frozenset(fold(h) for h in mf.labels(lang).data.get("name_column_headers", []))


def _joined_people(line: str, lang: str) -> list[str]:
    """ "Rebecca Tan (RT), Marlow Hedges Pty Ltd, and Owen Lacey (OL), Sector Director": a second person joined to
    a line of one person a line by "and" ("a", "&") opening a later comma part."""
    joiners = sorted(j.strip() for j in mf.labels(lang).data["list_splitters"] if j.strip(" ,;\n"))
    out = []
    for part in _REMARK.sub("", line).split(",")[1:]:
        m = re.match(rf"\s*(?:{alt(joiners)})\s+(?P<rest>\S.*)$", part) if joiners else None
        if m and _names_someone(m.group("rest"), lang):
            out.append(clean_person(m.group("rest"), lang) or "")
    return [p for p in out if p]


def _office_before_dash(value: str, lang: str) -> str:
    """ "Clerk to the Council – Ann Poe", "Tajemník – Ing. Karel X": an entry that gives the office first and the
    name after a dash is the name; "Jane Doe – Chair" (a name first) stays."""
    def name_after(part: str) -> str:
        m = re.match(r"^(\s*)(\S[^–—]*?)\s+[–—-]\s+(\S.*?)(\s*)$", part)
        if m and not clean_person(m.group(2), lang) and clean_person(_REMARK.sub("", m.group(3)), lang):
            return m.group(1) + m.group(3) + m.group(4)
        return part
    return "".join(name_after(p) for p in re.split(r"([,;\n])", value))


def _tab_columns(line: str, lang: str) -> list[str]:
    """ "Cllr J Doe (Chair)<tab>Cllr M Roe": a list set in columns by tabs, one person a column, is one person
    a line; a tab between a name and its role ("Jan Novák<tab>předseda") keeps the line whole."""
    parts = [p.strip() for p in line.split("\t") if p.strip()]
    return parts if len(parts) > 1 and all(clean_person(_REMARK.sub("", p), lang) for p in parts) else [line]


def _without_offices(text: str, lang: str) -> str:
    """ "Dr Henrik Sørlie, Project Officer": where the language capitalises offices
    (`role_after_comma_in_groups`), a list part ending in an office word names no one."""
    if not mf.labels(lang).data.get("role_after_comma_in_groups"):
        return text
    parts = re.split(r"([,;\n])", text)
    return "".join(p if i % 2 or not _ends_in_office(p, lang) else "" for i, p in enumerate(parts))


def _ends_in_office(part: str, lang: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’]*", part)
    return bool(words) and fold(words[-1]) in _office_words(lang) and not _names_someone(part, lang)


_ENTRY_SEPARATOR = re.compile(r",|\s[–—-]\s")


def _entry_heads(entries: list[str], lang: str) -> list[str]:
    """One person an entry, the role and affiliation after the first comma or dash: "Ing. Karel Jirout –
    provozní ředitel, Vodovody a kanalizace X, a.s." a line, "kpt. Ing. Radim Koubek, HZS Kraje Y; npor. ..." a
    ';' group. Only when there are two entries or more, every one opens with a person, and no part after the
    head names another person ("Jan Novák, Eva Malá" a line is a list, read as one)."""
    entries = [e for e in entries if e.strip()]
    dashed = len(entries) == 1 and re.fullmatch(r"[^,;]+\s[–—-]\s[^,;]+", entries[0])  # "Ing. X – ÚV"
    if (len(entries) < 2 and not dashed) or not any(_ENTRY_SEPARATOR.search(e) for e in entries):
        return []
    heads = []
    plural = {fold(w).rstrip(".") for w in mf.labels(lang).data.get("plural_name_titles", [])}
    for entry in entries:
        if fold(entry.split()[0]).rstrip(".") in plural:
            return []  # "Councillors Brannigan, Kowalczyk and Quayle" names several
        head, *rest = _ENTRY_SEPARATOR.split(_REMARK.sub("", entry))
        name = clean_person(head, lang)
        if not name or any(_may_name_someone(p, lang) for p in rest):
            return []
        heads.append(name)
    return heads


def _may_name_someone(part: str, lang: str) -> bool:
    """A part after an entry's first that may be another person: titled ("prof. Zedník"), a name, or a lone
    surname where the language writes units in lower case ("Bc. Pešek, Nedomová"); an initialism ("PČR") or a
    unit ("VaK X", "Science and Engineering") is none."""
    joiners = sorted(j.strip() for j in mf.labels(lang).data["list_splitters"] if j.strip(" ,;\n"))
    subs = re.split(rf"\s+(?:{alt(joiners)})\s+", part) if joiners else [part]
    if len(subs) > 1:
        return all(_may_name_someone(sub, lang) for sub in subs)  # "Kowalczyk and Quayle", not "Vodovody a ..."
    words, name = part.split(), clean_person(part, lang)
    shaped = name is not None and not any(len(w) <= 4 and sum(c.isupper() for c in w) >= 2 for w in name.split())
    lone = len(words) == 1 and not mf.labels(lang).data.get("role_after_comma_in_groups")  # "Science": a unit
    return shaped and (_is_titled(part.strip(), lang) or lone) or _names_someone(part, lang)


def _first_cells(lines: list[str], lang: str) -> list[str]:
    """A presence table under the label ("Přítomni:" + "| Jméno | Firma | Funkce |"), read as tab-separated
    lines: one person a row. A header row names the name column (`name_column_headers`), which need not be the
    first: a signed register puts the municipality or the body first ("| Obec | Jméno | Podpis |", "| Č. |
    Jméno | Podpis |", "| Organisation | Name | Signature |"); without a header the first cell names the person."""
    if not lines or not all("\t" in ln for ln in lines):
        return []
    col = _name_col(lines[0], lang)
    rows = lines if col is None else lines[1:]
    cells = [r.split("\t") for r in rows]
    names = [clean_person(_REMARK.sub("", c[col or 0] if len(c) > (col or 0) else ""), lang) for c in cells]
    return [n for n in names if n] if names and all(names) else []


def _name_col(row: str, lang: str) -> int | None:
    """The column of a tab-separated header row whose header names people ("Jméno", "Name"), or None."""
    heads = [fold(c.strip().rstrip(":")) for c in row.split("\t")]
    return next((i for i, h in enumerate(heads) if h in _name_heads(lang)), None)


_GROUP_LABEL = re.compile(r"(?:(?<=^)|(?<=[;\n]))(?P<label>[^:;\n]{1,60}?)\s*[:：](?=\s)")


def _group_labels(value: str, lang: str) -> str:
    """ "akademičtí pracovníci: A, B; studenti: C", "za investora: A\nTDS: B\nČEZ Distribuce, a. s.: C": a
    list given by groups opens each line or ';' group with whom its people represent or which group they
    form; the label names nobody (a name before a colon, "Jan Novák: omluven", is kept)."""
    def _drop(m: re.Match[str]) -> str:
        label = m.group("label")
        name = clean_person(label, lang)
        if re.search(r"\d$", label) or name and person_like(name, _is_titled(label.strip(), lang), lang):
            return m.group(0)
        return ""

    return _GROUP_LABEL.sub(_drop, value)


def _org_list(value: str, lang: str) -> bool:
    """ "Omluveni: obce Pasečná, Zálesí a Chvalov": a list opened by a plural organisation noun names
    organisations, not people (`org_list_openers`)."""
    openers = mf.labels(lang).data.get("org_list_openers") or []
    first = value.strip().split(maxsplit=1)[:1]
    return bool(first) and fold(first[0]) in {fold(o) for o in openers}


def _on_behalf_prefixes(value: str, lang: str) -> str:
    """ "za obec Dolany starosta Ing. Miroslav Kadlec, za město Hrabětín starosta Antonín Pešek": each entry
    opens with whom the person represents; the entry keeps its part from the role or title on
    (`on_behalf_labels`; the role and titles are then dropped as in any list)."""
    rx = _on_behalf_rx(lang)
    return rx.sub(r"\1", value) if rx is not None else value


@cache
def _on_behalf_rx(lang: str) -> re.Pattern[str] | None:
    """The pattern of `_on_behalf_prefixes`, compiled once per language (its titles and offices make it long)."""
    cues = mf.labels(lang).data.get("on_behalf_labels")
    if not cues:
        return None
    stops = alt(sorted(set(name_titles(lang)) | set(_office_words(lang)), key=len, reverse=True))
    return re.compile(rf"(?:(?<=^)|(?<=[,;\n]))(\s*)(?:{alt(cues)})\s+[^,;:\n]*?\s(?=(?:{stops})(?!\w))",
                      re.IGNORECASE)


def _group_heads(value: str, lang: str) -> list[str]:
    """ "Dr Owen Pritchard, Dean of Education; Mr Graham Tillotson, Academic Registrar": where the language
    capitalises offices (`role_after_comma_in_groups`), a list with commas in its ';'-separated groups (or one
    group) names one person a group, the offices after the comma; a group whose later parts hold no office
    word ("Cllr A, Cllr B and Cllr C") is a list of names, and then nothing is decided here. Two people may
    share the office part: "Tom Hargreaves (TH) and Megan Price (MP), Corvalis Digital Ltd"."""
    groups = [g for g in re.split(r"[;\n]", value) if g.strip()]  # a line of a list is an entry too
    if not mf.labels(lang).data.get("role_after_comma_in_groups") or not any("," in g for g in groups):
        return []
    joiners = alt(sorted(s.strip() for s in mf.labels(lang).data["list_splitters"] if s.strip(" ,;\n")))
    heads: list[str] = []
    for group in groups:
        first, *rest = _REMARK.sub("", group).split(",")  # "(Director of Careers and Employability, for ...)"
        names = [clean_person(p, lang) for p in re.split(rf"\s+(?:{joiners})\s+", first)]
        if not all(names) or (rest and not all(_office_part(r, lang) for r in rest)):
            return []
        heads.extend(n for n in names if n)
    return list(dict.fromkeys(heads))


@cache
def _office_words(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    words = set(langdata.load(code, "roles").get("words", {})) | set(mf.labels(lang).data.get("office_words", []))
    return frozenset(fold(w) for w in words)


def _office_part(part: str, lang: str) -> bool:
    """A comma part after a name that gives an office or a unit: an office word, or a lower-case joiner
    ("Head of Quality Assurance", "Faculty of Science and Engineering", "Deputy Vice-Chancellor (Chair)")."""
    words = re.findall(r"[^\W\d_][\w'’]*", part)
    joiners = {s.strip() for s in mf.labels(lang).data["list_splitters"]}
    if re.fullmatch(r"\s*(?-i:[A-Z][A-Z&]{1,5})\s*", part):
        return True  # "Dr Jane X, DIPC", "Tom Y, CFO": an office by its initialism
    if any(_names_someone(sub, lang) for sub in re.split(rf"\s+(?:{alt(sorted(joiners - {',', ';', ''}))})\s+", part)):
        return False  # "District Cllr G Lister and 2 members of the public"
    return any(w.islower() and w not in joiners for w in words) or any(fold(w) in _office_words(lang) for w in words)


def _names_someone(text: str, lang: str) -> bool:
    name = clean_person(_REMARK.sub("", text), lang)
    words = (name or "").split()
    return len(words) >= 2 and (len(words[0].rstrip(".")) == 1 or person_like(name or "", False, lang))


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    titles = {t.rstrip(".").lower() for t in name_titles(lang)}
    return frozenset(langdata.load(code, "abbreviations")["no_break_after"]) | titles
