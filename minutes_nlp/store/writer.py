"""Rows for one MeetingRecord: meeting, series, agenda, identities, mentions and items with stable IDs."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import asdict, dataclass

from rapidfuzz import fuzz

from minutes_nlp.extract.result import Action, Decision, MeetingRecord, Mention, Provenance, Question, to_json
from minutes_nlp.nlp.stem import stem
from minutes_nlp.store.grouping import series_for
from minutes_nlp.store.ids import fold, item_id


def insert_document(c: sqlite3.Connection, record: MeetingRecord, path: str, version: str, at: str,
                    record_json: str) -> int:
    s = record.source
    cur = c.execute(
        "INSERT INTO documents(sha256, path, format, pages, size, extractor_version, language, ingested_at,"
        " record_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (s.sha256, path, s.format, s.pages, None, version, record.language, at, record_json))
    doc_id = int(cur.lastrowid or 0)
    c.execute("INSERT OR IGNORE INTO document_paths(document_id, path) VALUES (?, ?)", (doc_id, path))
    return doc_id



def record_json(record: MeetingRecord) -> str:
    """The stored form of a whole record (the documents table keeps it for export and re-reading)."""
    return json.dumps(to_json(record), ensure_ascii=False)

@dataclass(frozen=True)
class Passage:
    """A body block of the document, kept so auditors can search all text, not only extracted items."""

    block: int
    page: int | None
    start: int
    end: int
    kind: str
    text: str


def insert_passages(c: sqlite3.Connection, doc_id: int, passages: tuple[Passage, ...]) -> None:
    c.executemany('INSERT INTO passages(document_id, block, page, start, "end", kind, text)'
                  " VALUES (?, ?, ?, ?, ?, ?, ?)",
                  [(doc_id, p.block, p.page, p.start, p.end, p.kind, p.text) for p in passages])


# Which rendering of one meeting carries its items when the archive holds several (DOCX and PDF of the same
# minutes are common): the editable original first.
_FORMAT_RANK = {"docx": 0, "md": 1, "txt": 2, "pdf": 3}


def _same_meeting(c: sqlite3.Connection, sid: int, record: MeetingRecord, doc_id: int) -> sqlite3.Row | None:
    m = record.meeting
    if not m.date:
        return None
    return c.execute(
        "SELECT m.id, m.document_id, d.format FROM meetings m JOIN documents d ON d.id = m.document_id"
        " WHERE m.series_id = ? AND m.date = ? AND COALESCE(m.title, '') = ? AND m.document_id != ?",
        (sid, m.date, m.title or "", doc_id)).fetchone()


def place_meeting(c: sqlite3.Connection, doc_id: int, record: MeetingRecord, path: str) -> int | None:
    """Store the meeting, unless another rendering of the same meeting already carries it.

    Returns the new meeting's ID, or None when this document is only another rendering.
    """
    sid = series_for(c, record, path)
    other = _same_meeting(c, sid, record, doc_id)
    if other is None:
        return insert_meeting(c, doc_id, sid, record)
    if _FORMAT_RANK.get(record.source.format, 9) >= _FORMAT_RANK.get(other["format"], 9):
        c.execute("UPDATE documents SET rendering_of = ? WHERE id = ?", (other["document_id"], doc_id))
        return None
    c.execute("DELETE FROM search WHERE meeting_id = ?", (other["id"],))
    c.execute("DELETE FROM meetings WHERE id = ?", (other["id"],))
    c.execute("UPDATE documents SET rendering_of = ? WHERE id = ?", (doc_id, other["document_id"]))
    return insert_meeting(c, doc_id, sid, record)


def insert_meeting(c: sqlite3.Connection, doc_id: int, sid: int, record: MeetingRecord) -> int:
    m = record.meeting
    nxt = json.dumps(asdict(m.next_meeting), ensure_ascii=False) if m.next_meeting else None
    cur = c.execute(
        'INSERT INTO meetings(document_id, series_id, number, date, title, place, start, "end", online, recorder,'
        " approver, attendees, absent, guests, next_meeting) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc_id, sid, m.number, m.date, m.title, m.place, m.start, m.end,
         None if m.online is None else int(m.online), m.recorder, m.approver, _j(m.attendees), _j(m.absent),
         _j(m.guests), nxt))
    meeting_id = int(cur.lastrowid or 0)
    _insert_agenda(c, meeting_id, record)
    insert_entities(c, meeting_id, record)
    series_key = c.execute("SELECT key FROM series WHERE id = ?", (sid,)).fetchone()[0]
    meeting_key = m.date or (str(m.number) if m.number is not None else record.source.sha256[:16])
    _insert_items(c, meeting_id, series_key, meeting_key, record)
    return meeting_id


def _j(values: tuple[str, ...]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _src(p: Provenance | None) -> tuple[int | None, int | None, int | None, int | None]:
    return (p.block, p.page, p.start, p.end) if p else (None, None, None, None)


def _insert_agenda(c: sqlite3.Connection, meeting_id: int, record: MeetingRecord) -> None:
    c.executemany('INSERT INTO agenda_items(meeting_id, number, title, level, presenters, block, page, start, "end")'
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  [(meeting_id, a.number, a.title, a.level, _j(a.presenters), *_src(a.source))
                   for a in record.agenda_items])


def _merged_key(c: sqlite3.Connection, key: str) -> str:
    """Follow merge rules (A is B, B is C) to the person a name now belongs to."""
    seen = {key}
    while True:
        row = c.execute("SELECT into_key FROM person_merges WHERE from_key = ? ORDER BY id DESC LIMIT 1",
                        (key,)).fetchone()
        if not row or row[0] in seen:
            return key
        key = row[0]
        seen.add(key)


def person_key(name: str) -> str:
    """One key per person: surname stem and the first name (or initial) as far as it is known."""
    words = [w for w in re.findall(r"[\w.]+", name) if not w.endswith(".") or len(w) == 2]
    if not words:
        return fold(name)
    first = fold(words[0]).rstrip(".") if len(words) > 1 else ""
    return f"{stem(words[-1])}|{first}"


def _compatible(c: sqlite3.Connection, key: str) -> list[sqlite3.Row]:
    """People the name may be: same surname, and a first name that agrees with what this form shows."""
    surname, first = key.split("|", 1)
    rows = c.execute("SELECT id, name, key FROM people WHERE key LIKE ?", (f"{surname}|%",)).fetchall()
    def agrees(other: str) -> bool:
        return not first or not other or other.startswith(first) or first.startswith(other) and len(other) == 1
    return [r for r in rows if agrees(r["key"].split("|", 1)[1])]


def _person(c: sqlite3.Connection, name: str, extra: dict[str, str | None]) -> int:
    key = _merged_key(c, person_key(name))
    exact = c.execute("SELECT id, name, key FROM people WHERE key = ?", (key,)).fetchone()
    candidates = [exact] if exact else (_compatible(c, key) if "|" in key else [])
    if len(candidates) != 1:
        cur = c.execute("INSERT INTO people(name, key, affiliation, role) VALUES (?, ?, ?, ?)",
                        (name, key, extra["affiliation"], extra["role"]))
        return int(cur.lastrowid or 0)
    row = candidates[0]
    fuller = len(key) > len(row["key"])
    c.execute("UPDATE people SET name = ?, key = ?, affiliation = COALESCE(affiliation, ?),"
              " role = COALESCE(role, ?) WHERE id = ?",
              (name if fuller else row["name"], key if fuller else row["key"], extra["affiliation"], extra["role"],
               row["id"]))
    return int(row["id"])


def _institution(c: sqlite3.Connection, name: str, full_name: str | None) -> int:
    key = fold(name)
    row = c.execute("SELECT id FROM institutions WHERE key = ?", (key,)).fetchone()
    if row:
        c.execute("UPDATE institutions SET full_name = COALESCE(full_name, ?) WHERE id = ?", (full_name, row[0]))
        return int(row[0])
    cur = c.execute("INSERT INTO institutions(name, key, full_name) VALUES (?, ?, ?)", (name, key, full_name))
    return int(cur.lastrowid or 0)


def _insert_mentions(c: sqlite3.Connection, meeting_id: int, column: str, ident: int,
                     mentions: tuple[Mention, ...]) -> None:
    c.executemany(f'INSERT INTO mentions(meeting_id, {column}, text, block, page, start, "end")'  # noqa: S608
                  " VALUES (?, ?, ?, ?, ?, ?, ?)",
                  [(meeting_id, ident, mention.text, *_src(mention.source)) for mention in mentions])


def insert_entities(c: sqlite3.Connection, meeting_id: int, record: MeetingRecord, people_only: bool = False) -> None:
    for p in record.people:
        pid = _person(c, p.name, {"affiliation": p.affiliation, "role": p.role})
        _insert_mentions(c, meeting_id, "person_id", pid, p.mentions)
    for o in () if people_only else record.institutions:
        oid = _institution(c, o.name, o.full_name)
        c.executemany("INSERT OR IGNORE INTO institution_aliases(key, institution_id, alias) VALUES (?, ?, ?)",
                      [(fold(alias), oid, alias) for alias in (o.name, *o.aliases, *([o.full_name] if o.full_name
                                                                                       else []))])
        _insert_mentions(c, meeting_id, "institution_id", oid, o.mentions)


_ITEM_COLS = ("id", "kind", "meeting_id", "ordinal", "text", "agenda_item", "owner", "due", "due_text", "due_kind",
              "task_number", "reported_status", "refers_to", "asker", "answerer", "answered", "answer", "number",
              "decision_kind", "adopted", "vote", "method", "confidence", "block", "page", "start", "end")


def _item_values(item: Action | Question | Decision) -> dict[str, object]:
    base: dict[str, object] = {"text": item.text, "agenda_item": item.agenda_item,
                               "method": f"{item.method.name}@{item.method.version}", "confidence": item.confidence}
    base.update(zip(("block", "page", "start", "end"), _src(item.source), strict=True))
    if isinstance(item, Action):
        base.update(kind="action", owner=item.owner, task_number=item.task_number,
                    reported_status=item.status, refers_to=item.refers_to,
                    due=item.due.iso if item.due else None, due_text=item.due.text if item.due else None,
                    due_kind=item.due.kind if item.due else None)
    elif isinstance(item, Question):
        base.update(kind="question", asker=item.asker, answerer=item.answerer, answered=int(item.answered),
                    answer=item.answer)
    else:
        vote = (json.dumps({k.rstrip("_"): v for k, v in asdict(item.vote).items()}, ensure_ascii=False)
                if item.vote else None)
        base.update(kind="decision", number=item.number, decision_kind=item.kind, vote=vote,
                    adopted=None if item.adopted is None else int(item.adopted))
    return base


def _insert_items(c: sqlite3.Connection, meeting_id: int, series_key: str, meeting_key: str,
                  record: MeetingRecord) -> None:
    seen: dict[str, int] = {}
    items: list[Action | Question | Decision] = [*record.actions, *record.reports, *record.questions,
                                                 *record.decisions]
    rows = []
    for ordinal, item in enumerate(items):
        values = _item_values(item)
        base_id = item_id(str(values["kind"]), series_key, meeting_key, item.text)
        dup = seen.get(base_id, 0)
        seen[base_id] = dup + 1
        values.update(id=item_id(str(values["kind"]), series_key, meeting_key, item.text, dup),
                      meeting_id=meeting_id, ordinal=ordinal)
        rows.append(tuple(values.get(k) for k in _ITEM_COLS))
    cols = ", ".join(f'"{k}"' for k in _ITEM_COLS)  # one statement for all rows, in item order (a later row
    # with the same ID replaces an earlier one, as row-by-row inserts did)
    c.executemany(f"INSERT OR REPLACE INTO items({cols}) VALUES ({', '.join('?' * len(_ITEM_COLS))})",  # noqa: S608
                  rows)


EDIT_FOLLOW_RATIO = 80.0  # an edited sentence still this similar is the same item; its edits move with it


def edited_items(c: sqlite3.Connection, document_ids: list[int]) -> list[sqlite3.Row]:
    """Items of documents about to be replaced that carry manual edits."""
    if not document_ids:
        return []
    marks = ",".join("?" * len(document_ids))
    return c.execute(
        f"SELECT DISTINCT i.id, i.kind, i.text FROM items i JOIN meetings m ON m.id = i.meeting_id"  # noqa: S608
        f" WHERE m.document_id IN ({marks}) AND i.id IN (SELECT item_id FROM edits)", tuple(document_ids)).fetchall()


def carry_edits(c: sqlite3.Connection, edited: list[sqlite3.Row], meeting_id: int | None) -> list[str]:
    """Re-point edits of items whose sentence was reworded to the new item; return the IDs left without one.

    An unchanged sentence keeps its ID by construction; a reworded one ("notice in" -> "notice into") gets a
    new ID, and a status a person set must not silently vanish with the old one.
    """
    orphans = []
    for old in edited:
        if c.execute("SELECT 1 FROM items WHERE id = ?", (old["id"],)).fetchone():
            continue
        rows = c.execute("SELECT id, text FROM items WHERE meeting_id = ? AND kind = ?",
                         (meeting_id, old["kind"])).fetchall() if meeting_id else []
        best = max(rows, key=lambda r: fuzz.ratio(r["text"], old["text"]), default=None)
        if best is not None and fuzz.ratio(best["text"], old["text"]) >= EDIT_FOLLOW_RATIO:
            c.execute("UPDATE edits SET item_id = ? WHERE item_id = ?", (best["id"], old["id"]))
        else:
            orphans.append(old["id"])
    return orphans
