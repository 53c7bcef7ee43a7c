"""Labelled metadata fields of minutes: header-table rows ("datum | 15. 12. 2020") and labelled lines
("Zapsal: Jiří Vlček", "Present: ..."), whatever format the document came from.

A DOCX table arrives as a TABLE block, the same table in a PDF as lines "datum 15. 12. 2020", and in text
converted from Word as a label line followed by a value line; all three give the same `Field`s. Labels come
from `lang/<lang>/metadata_labels.json` (compiled in `metalabels`). Without a colon a label is only trusted in
the header zone and only for the "loose" header fields (název, datum, místo), so running text ("Přítomni byli
...") is not a field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from minutes_nlp.document import Block, BlockKind, Document
from minutes_nlp.extract import metagroups, metasignoffs
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.metalabels import clean_value as clean_value
from minutes_nlp.extract.metalabels import labels as labels
from minutes_nlp.extract.metalabels import line_text as line_text
from minutes_nlp.extract.metalabels import norm as norm
from minutes_nlp.extract.metalists import first_sentence as _first_sentence
from minutes_nlp.extract.metalists import first_sentence_then_fields as _first_sentence_then_fields
from minutes_nlp.extract.metalists import group_label as _group_label
from minutes_nlp.extract.metalists import in_list_role as _in_list_role
from minutes_nlp.extract.metalists import own_field_line as _own_field_line
from minutes_nlp.extract.metalists import party_staff as _party_staff
from minutes_nlp.extract.metalists import section_label as _section_label
from minutes_nlp.extract.metalists import subgroup_head as _subgroup_head
from minutes_nlp.extract.metarowlabels import LIST_FIELDS as _LIST_FIELDS
from minutes_nlp.extract.metarowlabels import SIGNATURES as _SIGNATURES
from minutes_nlp.extract.metarowlabels import office_label as _office_label
from minutes_nlp.extract.metarowlabels import row_label as _row_label
from minutes_nlp.extract.names import clean_person
from minutes_nlp.extract.signoffs import signature_line
from minutes_nlp.textutil import cached_rx, fold

HEADER_ZONE = 14  # blocks from the top where an unpunctuated "datum 15. 12. 2020" is still a field
_MAX_LIST_BLOCKS = 40
_MAX_LIST_LINE = 160
_SHORT_LINE = 50
_LIST_ZONE = 2 * HEADER_ZONE  # where "Přítomní členové ZO:" (a label with words before its colon) is trusted
_QUALIFIER = re.compile(r"^(?:\((?:\d{1,3}|[^\W\d_][\w .-]{0,30})\)|[^\W\d_][\w.]*(?:\s+[^\W\d_][\w.]*){0,3}"
                        r"(?:\s*\(\d{1,3}\))?|\d{1,2}(?:\s*[–—,-]\s*\d{1,2})*)\s*[:：]\s*(?P<value>.*)$",
                        re.DOTALL)  # "(5):", "(online):", "ZO:", "In attendance for items 3–5:"
_COUNT = re.compile(r"^\d{1,3}\s+[^\W\d_][^,:;–—]{0,40}?(?:[:：]|\s[–—-])\s*(?=\S)")
_NAMED_BY_BODY = (*_LIST_FIELDS, "chair")  # labels that may name the body: "Členové KŠ přítomni", "Předseda KŠ"


@dataclass(frozen=True)
class Field:
    name: str  # a MeetingInfo field, "time", "end", "body" (the body's name) or "next_meeting"
    value: str
    block: int
    label: str




def starts_field(text: str, lang: str) -> bool:
    """The line opens a labelled field: a label with a colon, or a loose header label ("datum 15. 12. 2020");
    "Meeting held on ..." opens none."""
    lab = labels(lang)
    m = lab.line.match(text)
    return bool(m and (":" in m.group("sep") or lab.by_label[norm(m.group("label"))] in lab.loose
                       and not _comma_before_value(m)))


def _comma_before_value(m: re.Match[str]) -> bool:
    """ "Respectfully submitted, Diane Lavoie, Town Clerk": a comma after the label with the value on the same
    line; only a signature is set so ("Datum, čas a místo: ..." is no date field)."""
    return m.group("sep").strip() == "," and bool(m.group("value").strip())


def _is_label_line(text: str, lang: str) -> bool:
    m = labels(lang).line.match(text)
    return bool(m and (":" in m.group("sep") or not m.group("value").strip()))


def _table_fields(block: Block, lang: str) -> Iterator[Field]:
    """Label | value rows; a row with an empty label cell continues the list above it ("| přítomni | Jan
    Novák |" then "| | Eva Malá |")."""
    columns = _column_fields(block, lang)
    if columns is not None:
        yield from columns
        return
    pending: Field | None = None
    members = False  # a row listed the attendees: rows of other groups under it list guests (`metagroups`)
    for row in block.rows:
        cells = [c for c in row if c.strip()]
        if pending is not None and row and not row[0].strip() and cells:
            pending = Field(pending.name, pending.value + "\n" + "\n".join(cells), pending.block, pending.label)
            continue
        if pending is not None:
            yield from _split_embedded(pending, lang)
            pending = None
        name = _row_label(cells[0], lang) if len(cells) >= 2 else None
        name = name or (_on_behalf_row(cells, block, lang) if len(cells) >= 2 else None)
        name = name or (metagroups.presence_after_group(cells[0], lang) or metagroups.presence_before_group(
            cells[0], lang) if len(cells) >= 2 else None)
        name = name or ("guests" if members and len(cells) >= 2 and metagroups.group_row(cells, lang) else None)
        name = name or ("attendees" if len(cells) == 2 and metagroups.role_line(f"{cells[0]}: {cells[1]}", lang)
                        else None)  # "| Tajemnice | Lucie X |", "| Treasurer | Cara Y |": an officer who attended
        members = members or name == "attendees"
        if name:
            pending = Field(name, "\n".join(cells[1:]), block.index, cells[0])
        else:
            yield from _cell_fields(cells, block, lang)
    if pending is not None:
        yield from _split_embedded(pending, lang)


def _column_fields(block: Block, lang: str) -> list[Field] | None:
    """A register set out in columns: a header row of list labels only ("Directors present | In attendance |
    Apologies"), the people of each list under its label, or a sign-off of signature labels over the names
    ("Zapsal: | Ověřil: | Schválil:"); None for any other table."""
    lab = labels(lang)
    head = block.rows[0] if block.rows else []
    names = [lab.by_label.get(norm(c.strip(" *").rstrip(":： "))) for c in head]
    signed = metasignoffs.signature_columns(block.rows, names, lang)
    if signed is not None:
        return [Field(name, value, block.index, label) for name, value, label in signed]
    if len(block.rows) < 2 or len(head) < 2 or not all(n in _LIST_FIELDS or n in _SIGNATURES for n in names):
        return None
    out = []
    for col, (name, label) in enumerate(zip(names, head, strict=True)):
        values = [row[col].strip() for row in block.rows[1:] if col < len(row) and row[col].strip()]
        if name and values:
            out.append(Field(name, "\n".join(values), block.index, label))
    return out


def _office_field(line: str, block: Block, lang: str) -> Field | None:
    """ "Tajemnice komise: Bc. Markéta X (odbor dopravy)" among the header's lines (see `metarowlabels`)."""
    m = re.match(r"^\s*[*_]*(?P<label>[^\W\d_]+\s+[^\W\d_]+)[*_]*\s*[:：][*_]*\s*(?P<value>\S.*)$", line, re.DOTALL)
    name = _office_label(m.group("label"), lang) if m and block.index < _LIST_ZONE else None
    return Field(name, m.group("value"), block.index, m.group("label")) if m and name else None


def _on_behalf_row(cells: list[str], block: Block, lang: str) -> str | None:
    """ "| Za představenstvo | Ing. Radim X – předseda představenstva; ... |": a header row naming whom its
    people attend for lists guests, as the same line does (`_on_behalf`)."""
    line = f"{cells[0].strip().rstrip(':： ')}: {' '.join(cells[1:])}"
    return "guests" if len(cells[0].split()) <= 4 and _on_behalf(line, block, lang) else None


def _cell_fields(cells: list[str], block: Block, lang: str) -> Iterator[Field]:
    """A row that is no label | value pair: a signature table ("| Zapsal: Mgr. Petr Doubrava | Ověřil: ... |"),
    each cell a labelled line, or an attendance register naming the recorder by role ("| Ms Alison Greaves |
    Secretary | In attendance |")."""
    lab = labels(lang)
    for cell in cells:
        m = lab.line.match(cell)
        if m and ":" in m.group("sep") and lab.by_label[norm(m.group("label"))] in _SIGNATURES \
                and clean_person(m.group("value"), lang):
            yield Field(lab.by_label[norm(m.group("label"))], m.group("value").strip(), block.index, m.group("label"))
    roles = [lab.by_label.get(norm(c.rstrip(":： "))) for c in cells[1:]]
    if "recorder" in roles and clean_person(cells[0], lang):
        yield Field("recorder", cells[0], block.index, cells[1 + roles.index("recorder")])


def _line_field(text: str, block: Block, lang: str) -> Field | None:
    lab = labels(lang)
    m = lab.line.match(text)
    if not m:
        return None
    name = _party_staff(norm(m.group("label")), lab.by_label[norm(m.group("label"))], lang, bool(m.group("agency")))
    sep, value = m.group("sep"), m.group("value").strip()
    limit = lab.data.get("label_limits", {}).get(norm(m.group("label")))
    if limit == "colon" and ":" not in sep or limit == "header" and block.index >= HEADER_ZONE:
        return None  # "Zápis – porada vedení ORR" is a title; "Termín: do 30. 6." in the body is a deadline
    if _comma_before_value(m) and name not in _SIGNATURES:
        return None
    strong = bool(sep.strip()) and not _comma_before_value(m) or "\t" in sep
    dashed = sep.strip() in ("–", "—", "-")  # "Přítomni – členové KŠ:" narrows the label after a dash
    qualified = _QUALIFIER.match(value) if (not strong or dashed) and name in _NAMED_BY_BODY \
        and block.index < _LIST_ZONE else None
    if qualified and fold(value.split()[0].rstrip(":：")) in _section_nouns(lang):
        return None  # "Staff report: X presented ...", "Public comment:": a part of an item, no list
    if qualified:  # "Přítomní členové ZO: ...", "Přítomni (5): ...", "Councillors present (4): ..."
        strong, value = True, qualified.group("value").strip()
    if name in _LIST_FIELDS:
        value = _COUNT.sub("", value)  # "Přítomni: 5 členů zastupitelstva: Jan Novák, ..."
    in_zone = block.index < HEADER_ZONE
    if name in _SIGNATURES:  # "Zápis vyhotovila Mgr. X dne 18. 9. 2025": the date is no part of the name
        signer = metasignoffs.signer_after_body(value, lang) if not strong else None  # "... by the Board on ...: X"
        strong, value = (True, signer) if signer else (strong, metasignoffs.undated_signature(value, lang))
    if not strong and name in _SIGNATURES and value and clean_person(value, lang) \
            and len(text) - len(m.group("value").strip()) + len(re.split(r"[,(]", value)[0]) <= _SHORT_LINE:
        return Field(name, value, block.index, m.group("label"))  # "Zapisovala Lucka.", "Minutes taken by X, Clerk"
    if strong or not value or (in_zone and name in lab.loose):
        if not strong and not value and not (in_zone or name in _LIST_FIELDS or name in ("recorder", "approver")):
            return None
        if name in _LIST_FIELDS and name != "attachments":
            value = _first_sentence_then_fields(value, lang)  # "Přítomni: A, B, C. Lucka omluvená." ends there
        return Field(name, value, block.index, m.group("label"))
    return None


def _section_nouns(lang: str) -> set[str]:
    """`section_nouns`: "Staff report", "Public comment" are parts of an item, not the lists "Staff", "Public"."""
    return {fold(w) for w in labels(lang).data.get("section_nouns") or []}


def _on_behalf(line: str, block: Block, lang: str) -> Field | None:
    """ "Za vedení školy: Mgr. Jiřina Poláková, ředitelka; ...", "For the applicant: Mr X": people attending on
    behalf of an organisation, listed in the header, are guests (`on_behalf_labels`)."""
    cues, own = labels(lang).data.get("on_behalf_labels"), labels(lang).data.get("own_administration_nouns") or []
    if not cues or block.index >= HEADER_ZONE:
        return None  # "Správa NP X: ..." (the administration itself, `own_administration_nouns`) lists its staff too
    m = cached_rx(rf"^\s*(?P<label>(?:(?:{alt(cues)})\s+|(?:{alt(own)})\w*\s+)[^:：\d]{{2,50}}?)\s*[:：]\s*"
                  r"(?P<value>\S.*)$", re.IGNORECASE | re.DOTALL).match(line)
    if not m or not any(clean_person(p, lang) for p in re.split(r"[,;]", m.group("value"))):
        return None
    return Field(_party_list(m.group("label"), lang), m.group("value"), block.index, m.group("label"))


def _party_list(label: str, lang: str) -> str:
    """ "Za výbor SVJ přítomni:": a party's label that ends in an attendance word ("přítomni", "present") says
    its people attended the meeting; "Za představenstvo:" alone lists them for another party, as guests."""
    last = norm(label.strip(" *_").split()[-1]) if label.split() else ""
    return "attendees" if labels(lang).by_label.get(last) == "attendees" else "guests"


def _inline_field(line: str, block: Block, lang: str) -> Field | None:
    """A field that starts inside a sentence run: "U Lípy, od 19:00. Byli: Péťa, Honza, Lucka. Míša ...", or
    after a section label: "ROLL CALL: Members present: A, B. Members absent: none. Also present: C" (the
    later fields of the run are kept for `_split_embedded`)."""
    if ":" not in line and "：" not in line:
        return None  # every embedded label has a colon: skip the costly search
    for m in labels(lang).embedded.finditer(line):
        before = line[:m.start() + 1].rstrip()
        section = _section_label(before)
        if m.group("label")[:1].isupper() and (before.endswith((".", ";")) or section):
            name = labels(lang).by_label[norm(m.group("label"))]
            value = line[m.end():]
            if name in _LIST_FIELDS:
                value = _first_sentence_then_fields(value, lang) if section else _first_sentence(value, lang)
            return Field(name, value, block.index, m.group("label"))
    return None


def _split_embedded(field: Field, lang: str) -> list[Field]:
    """One line holding several fields ("Date: ... Where: Jitsi Attendees: ..." or "...; hosté: A, B")."""
    lab = labels(lang)
    out, current, rest = [], field, field.value
    while True:
        m = next((m for m in lab.embedded.finditer(rest)
                  if m.group("pre").strip() or m.group("label")[:1].isupper()), None)
        if m is None:
            out.append(Field(current.name, rest.strip(" ;,"), current.block, current.label))
            return out
        out.append(Field(current.name, rest[:m.start()].strip(" ;,"), current.block, current.label))
        current = Field(lab.by_label[norm(m.group("label"))], "", field.block, m.group("label"))
        rest = rest[m.end():]


def _following_value(doc: Document, index: int, name: str, lang: str) -> tuple[str, int]:
    """The value of a label that stands alone on its line: the next line, or the list under it."""
    if name not in _LIST_FIELDS:
        index += 1 if name in _SIGNATURES and index + 2 < len(doc.blocks) \
            and signature_line(doc.blocks[index + 1].text) else 0  # "Schválil:" + "………" + "Ing. Jan X"
        nxt = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
        if nxt is None or nxt.is_heading or _is_label_line(line_text(nxt), lang):
            return "", index
        return line_text(nxt), nxt.index
    parts: list[str] = []
    last, grouped = index, False
    for b in doc.blocks[index + 1: index + 1 + _MAX_LIST_BLOCKS]:
        text = line_text(b)
        if _subgroup_head(doc, b, lang):
            last, grouped = b.index, True  # "Secretariat" over its own numbered list: the list goes on under it
            continue
        if doc.blocks[index].is_heading and _own_field_line(text, lang):
            continue  # "Participants" over "Co-chairs: A; B", "Project editor: C": that line is its own field
        if b.is_heading or _is_label_line(text, lang) and not _group_label(text, lang, True) \
                and not _in_list_role(text, lang) or len(text) > _MAX_LIST_LINE * (
                    3 if doc.blocks[index].is_heading and b.kind is BlockKind.LIST_ITEM and ";" in text else 1):
            break  # a group's item under a "Participants" heading may name many ("Members: A (X); B (Y); ...")
        if _group_label(text, lang):
            last, grouped = b.index, True  # "In person:" / "Online:" inside the list: it goes on under them
            continue
        if parts and not grouped and (b.kind is not doc.blocks[last].kind or text.endswith(":")):
            break  # the list ends where the kind of block changes
        parts.append(text)
        last, grouped = b.index, False
    return "\n".join(parts), last


def _continued(doc: Document, field: Field) -> Field:
    """ "Přítomni: Jan Novák, Eva Malá," + the next paragraph "Petr Černý": a list broken across lines."""
    nxt = doc.blocks[field.block + 1] if field.block + 1 < len(doc.blocks) else None
    if nxt is None or nxt.is_heading or ":" in nxt.text[:40] or len(nxt.text) > _MAX_LIST_LINE:
        return field
    return Field(field.name, f"{field.value} {nxt.text}", field.block, field.label)


def _continuation(doc: Document, field: Field) -> Field:
    """A PDF line break inside a table cell: "název 19. jednání ... Smart Cities" + "(PS pro SC)"."""
    nxt = doc.blocks[field.block + 1] if field.block + 1 < len(doc.blocks) else None
    if nxt is not None and field.name == "title" and nxt.text.startswith("(") and len(nxt.text) < 40:
        return Field(field.name, f"{field.value} {nxt.text}", field.block, field.label)
    return field


_LAST: list[tuple[Document, str, list[Field]]] = []  # the last documents scanned: metadata and agenda share them
_SCANS_KEPT = 4  # this document and the previous minutes `metadata` reads for it (neighbours.MAX_BACK)


def scan_fields(doc: Document, lang: str) -> list[Field]:
    """Every labelled field in reading order (a field may occur more than once)."""
    kept = list(_LAST)  # one read: safe if another thread replaces the list's items
    hit = next((out for d, code, out in kept if d is doc and code == lang), None)
    if hit is not None:
        return list(hit)
    out = _scan(doc, lang)
    _LAST[:] = [*kept[-(_SCANS_KEPT - 1):], (doc, lang, out)]
    return list(out)


def _scan(doc: Document, lang: str) -> list[Field]:
    out: list[Field] = []
    for block in doc.blocks:
        if block.kind is BlockKind.TABLE and block.rows:
            out.extend(_table_fields(block, lang))
            continue
        for line in line_text(block).split("\n"):
            field = _line_field(line, block, lang) or _inline_field(line, block, lang) \
                or _on_behalf(line, block, lang) or _office_field(line, block, lang) \
                or _group_field(line, block, lang, any(f.name == "attendees" for f in out))
            if field is None:
                continue
            if not field.value:
                value, _last = _following_value(doc, block.index, field.name, lang)
                field = Field(field.name, value, block.index, field.label)
            elif field.name in _LIST_FIELDS and field.value.rstrip().endswith(","):
                field = _continued(doc, field)
            out.extend(_split_embedded(_continuation(doc, field), lang))
    return [f for f in out if f.value.strip()]


def _group_field(line: str, block: Block, lang: str, members: bool) -> Field | None:
    """ "Community Councillors:" in the header: the members' list, or guests under the members; "Treasurer: X"
    names an officer who attended (`metagroups`)."""
    found = metagroups.group_label(line, lang) if block.index < _LIST_ZONE else None
    slashed = metagroups.slashed_label(line, lang) if found is None and block.index < HEADER_ZONE else None
    if slashed:  # "Administrátor / zapisovatel: Mgr. X": the known one of two offices
        return Field(slashed[0], slashed[2], block.index, slashed[1])
    if found is None and block.index < HEADER_ZONE and not block.is_heading:
        role = metagroups.role_line(line, lang)  # "Treasurer: Cara X" among the header's lines
        return Field("attendees", role[1], block.index, role[0]) if role else None
    return Field("guests" if members else "attendees", found[1], block.index, found[0]) if found else None


def first(fields: list[Field], name: str) -> Field | None:
    return next((f for f in fields if f.name == name), None)
