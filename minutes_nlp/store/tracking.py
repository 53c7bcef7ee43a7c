"""Recompute the follow-up state of one series from its stored items and persist it with its evidence.

The tracker also reads the text of the series' meetings (the `passages` table, split into sentences with
provenance): most progress is reported in narrative sentences, not in numbered task checks.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from minutes_nlp.document import Block, BlockKind
from minutes_nlp.nlp.sentences import split_block
from minutes_nlp.store.archive import Archive
from minutes_nlp.tracker import MeetingSlot, Tracked, TrackedItem, follow_series
from minutes_nlp.tracker.deflects import answered_in_meeting
from minutes_nlp.tracker.mentions import SentenceRef
from minutes_nlp.tracker.minute_heads import minute_of

_DAY_MONTH = re.compile(r"\b(\d{1,2})\.\s*(\d{1,2})\.")


def _ordered_meetings(c: sqlite3.Connection, series_id: int) -> list[sqlite3.Row]:
    """Meetings by date; an undated one goes where another meeting announced it ("Příště 31. 3."), else by file."""
    rows = c.execute("SELECT m.id, m.date, m.number, m.title, m.next_meeting, d.language, d.path FROM meetings m"
                     " JOIN documents d ON d.id = m.document_id WHERE m.series_id = ?", (series_id,)).fetchall()
    announced = [_announced(r["next_meeting"]) for r in rows]
    dated = sorted((r["path"], r["date"]) for r in rows if r["date"])

    def key(r: sqlite3.Row) -> tuple[Any, ...]:
        when = r["date"] or _match_announced(r["title"] or "", announced) or _by_path(r["path"], dated)
        return (when is None, when or "", r["date"] is None, r["number"] or 0, r["id"])
    return sorted(rows, key=key)


def _announced(raw: str | None) -> str | None:
    import json
    try:
        value = json.loads(raw) if raw else None
    except ValueError:
        return None
    return value.get("earliest") if isinstance(value, dict) else None


def _match_announced(title: str, announced: list[str | None]) -> str | None:
    m = _DAY_MONTH.search(title)
    if not m:
        return None
    day, month = int(m.group(1)), int(m.group(2))
    return next((a for a in announced if a and int(a[8:10]) == day and int(a[5:7]) == month), None)


def _by_path(path: str, dated: list[tuple[str, str]]) -> str | None:
    """No date anywhere: assume files are named in meeting order and sort just after the file before it."""
    before = [d for p, d in dated if p < path]
    return before[-1] + "~" if before else None


def _slots(c: sqlite3.Connection, series_id: int) -> list[MeetingSlot]:
    ordered = _ordered_meetings(c, series_id)
    agendas = _agendas(c, [r["id"] for r in ordered])
    slots = []
    for index, r in enumerate(ordered):
        agenda = agendas.get(r["id"], [])
        refs = tuple(SentenceRef(index, r["id"], a["title"], a["block"], a["page"], a["start"], a["end"])
                     for a in agenda)
        slots.append(MeetingSlot(index, r["id"], r["date"], r["number"], tuple(a["title"] for a in agenda),
                                 r["language"] or "cs", refs))
    return slots


def _agendas(c: sqlite3.Connection, meeting_ids: list[int]) -> dict[int, list[sqlite3.Row]]:
    """The agenda items of all the series' meetings in one query (agenda_items has no meeting index: one scan per
    series, not one per meeting), each meeting's in id order."""
    marks = ",".join("?" * len(meeting_ids)) or "NULL"
    rows = c.execute('SELECT meeting_id, title, block, page, start, "end" FROM agenda_items'  # noqa: S608
                     f" WHERE meeting_id IN ({marks}) ORDER BY id", tuple(meeting_ids)).fetchall()
    out: dict[int, list[sqlite3.Row]] = {}
    for a in rows:
        out.setdefault(a["meeting_id"], []).append(a)
    return out


def _sentences(c: sqlite3.Connection, slots: list[MeetingSlot]) -> tuple[list[SentenceRef], dict[int, list[Any]]]:
    """Every body sentence of the series' meetings, and the passages per meeting (for item context)."""
    out: list[SentenceRef] = []
    blocks: dict[int, list[Any]] = {}
    for slot in slots:
        rows = c.execute('SELECT p.block, p.page, p.start, p."end", p.kind, p.text FROM passages p'
                         " JOIN meetings m ON m.document_id = p.document_id WHERE m.id = ? ORDER BY p.id",
                         (slot.meeting_id,)).fetchall()
        blocks[slot.meeting_id] = rows
        for r in rows:
            out += _split(slot, r)
    return out, blocks


def _split(slot: MeetingSlot, r: sqlite3.Row) -> list[SentenceRef]:
    kind = BlockKind(r["kind"]) if r["kind"] in BlockKind._value2member_map_ else BlockKind.PARAGRAPH
    block = Block(r["block"] or 0, kind, r["text"], r["start"] or 0, r["end"] or 0, page=r["page"])
    parts = split_block(block, slot.language)
    lead = parts[0].text if parts and kind is not BlockKind.TABLE else ""
    return [SentenceRef(slot.index, slot.meeting_id, s.text, s.block, s.page, s.start, s.end,
                        lead if i and lead else "", r["text"] if len(parts) > 1 else "")
            for i, s in enumerate(parts)]


_PART = re.compile(r"\s*(?:[IVX]{1,4}|\d{1,2}|[a-h])[.)]\s")  # "II. ukládá ...": a part of a resolution
RESOLUTION_PARTS = 4  # blocks a numbered resolution's parts may follow its first part by
_SPEAKER = re.compile(r"\s*(?P<label>[^\W\d_][\w.'’ -]{0,40}?)\s*(?:\([^)]*\))?\s*:\s")


def _speaker_line(text: str) -> bool:
    """ "Starosta: ...", "p. Vojtíšek: ...", "JNovák: ...": a turn of a dialogue, not "Návrh usnesení: ..."."""
    m = _SPEAKER.match(text)
    if not m:
        return False
    words = m.group("label").split()
    return len(words) <= 3 and words[-1][:1].isupper()


def _context(blocks: list[Any], at: dict[Any, int], r: sqlite3.Row) -> str:
    """The text before the item in its paragraph: the topic that "it" in the item refers to. A reply in a
    dialogue ("Starosta: Opravu zajistím do konce září.") is about the turn before it ("JNovák: ... kohoutek").
    `at` is the meeting's first passage with a span per block (`_block_at`)."""
    i = at.get(r["block"])
    if i is None or r["start"] is None:
        return ""
    b = blocks[i]
    if b["kind"] == BlockKind.TABLE.value:
        return ""  # a table's rows are separate records: the rows above are not this one's topic
    before = str(b["text"][: max(0, r["start"] - b["start"])])
    if i and _speaker_line(b["text"]) and _speaker_line(blocks[i - 1]["text"]):
        return f"{blocks[i - 1]['text']} {before}"
    return before


def _block_at(blocks: list[Any]) -> dict[Any, int]:
    """Where each block's first passage with a span is in the meeting's list: looked up once per item instead of
    scanning the meeting's passages for each."""
    at: dict[Any, int] = {}
    for i, b in enumerate(blocks):
        if b["start"] is not None:
            at.setdefault(b["block"], i)
    return at


def _items(c: sqlite3.Connection, slots: list[MeetingSlot], blocks: dict[int, list[Any]]) -> list[TrackedItem]:
    index = {s.meeting_id: s.index for s in slots}
    lang = {s.meeting_id: s.language for s in slots}
    if not index:
        return []
    marks = ",".join("?" * len(index))
    rows = c.execute(f"SELECT * FROM items WHERE kind IN ('action', 'question') AND meeting_id IN ({marks})"  # noqa: S608
                     " ORDER BY ordinal", tuple(index)).fetchall()
    rejected = _rejected(c)
    numbers = _resolution_numbers(c, tuple(index))
    at = {mid: _block_at(rows) for mid, rows in blocks.items()}
    return [TrackedItem(r["id"], r["kind"], index[r["meeting_id"]], r["text"], r["owner"], r["due"], r["due_kind"],
                        r["task_number"] or _number_of(r, numbers), r["reported_status"], r["refers_to"],
                        answered_in_meeting(r["answered"], r["answer"], lang[r["meeting_id"]]), r["asker"],
                        _context(blocks[r["meeting_id"]], at[r["meeting_id"]], r), r["block"], r["start"], r["end"],
                        r["page"], _minute(blocks[r["meeting_id"]], at[r["meeting_id"]], r, lang[r["meeting_id"]]),
                        r["due_text"] or "")
            for r in rows if r["id"] not in rejected]


def _minute(blocks: list[Any], at: dict[Any, int], r: sqlite3.Row, lang: str) -> str | None:
    """The running minute number of the heading the item was recorded under ("MIN. NO. 05/2025"), which later
    matters arising cite; else the agenda item the extractor placed it in."""
    return minute_of(blocks, at.get(r["block"]), lang) or r["agenda_item"]


def _resolution_numbers(c: sqlite3.Connection, meeting_ids: tuple[int, ...]) -> dict[tuple[int, int], list[Any]]:
    """Numbered decisions per (meeting, block): "ZO ... pověřuje starostu podpisem" is task "Usnesení č. 4/3/2021"."""
    marks = ",".join("?" * len(meeting_ids))
    rows = c.execute("SELECT meeting_id, block, start, \"end\", number FROM items WHERE kind = 'decision'"  # noqa: S608
                     f" AND number IS NOT NULL AND meeting_id IN ({marks})", meeting_ids).fetchall()
    out: dict[tuple[int, int], list[Any]] = {}
    for r in rows:
        out.setdefault((r["meeting_id"], r["block"]), []).append(r)
    return out


def _number_of(r: sqlite3.Row, numbers: dict[tuple[int, int], list[Any]]) -> str | None:
    """An action inside a numbered resolution is followed up by that number ("Usn. č. 4/3/2021 – splněno"):
    in its sentence, or a numbered part ("II. ukládá ...") a few blocks below its first part. A report of
    progress is not a new task, so only actions without a reported status take it."""
    if r["kind"] != "action" or r["reported_status"] or r["refers_to"] or r["start"] is None:
        return None
    for d in numbers.get((r["meeting_id"], r["block"]), ()):
        if d["start"] is not None and d["start"] <= r["start"] < (d["end"] or d["start"]):
            return str(d["number"])
    if r["block"] is None or not _PART.match(r["text"]):
        return None
    for back in range(1, RESOLUTION_PARTS):  # "I. schvaluje ..." numbered, then "II. ukládá ..." below it
        for d in numbers.get((r["meeting_id"], r["block"] - back), ()):
            return str(d["number"])
    return None


def _rejected(c: sqlite3.Connection) -> set[str]:
    rows = c.execute("SELECT item_id, value FROM edits WHERE field = 'review' ORDER BY id").fetchall()
    last = {r["item_id"]: r["value"] for r in rows}
    return {k for k, v in last.items() if v == "rejected"}


def _write(c: sqlite3.Connection, results: list[Tracked], meeting_ids: list[int]) -> None:
    if meeting_ids:
        marks = ",".join("?" * len(meeting_ids))
        c.execute(f"DELETE FROM tracking WHERE item_id IN (SELECT id FROM items WHERE meeting_id IN ({marks}))",  # noqa: S608
                  tuple(meeting_ids))
        c.execute(f"DELETE FROM evidence WHERE meeting_id IN ({marks}) OR item_id IN "  # noqa: S608
                  f"(SELECT id FROM items WHERE meeting_id IN ({marks}))", (*meeting_ids, *meeting_ids))
    c.executemany("INSERT OR REPLACE INTO tracking(item_id, status, carried_over, last_meeting_id, same_as, due)"
                  " VALUES (?, ?, ?, ?, ?, ?)",
                  [(t.item_id, t.status, t.carried_over, t.last_meeting_id, t.same_as, t.due) for t in results])
    c.executemany('INSERT INTO evidence(item_id, meeting_id, status, text, source_item, block, page, start, "end",'
                  " method, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  [(e.item_id, e.meeting_id, e.status, e.text, e.source_item, e.block, e.page, e.start, e.end,
                    e.method, e.score) for t in results for e in t.evidence])


def track_series(c: sqlite3.Connection, series_id: int) -> tuple[list[Tracked], list[int]]:
    """Follow one series from what the archive holds (reads only: a worker process may do this); returns the
    results and the series' meeting IDs, for `write_series`."""
    slots = _slots(c, series_id)
    sentences, blocks = _sentences(c, slots)
    return follow_series(slots, _items(c, slots, blocks), sentences), [s.meeting_id for s in slots]


def write_series(c: sqlite3.Connection, results: list[Tracked], meeting_ids: list[int]) -> int:
    """Persist one series' follow-up state (inside the caller's transaction); returns how many items."""
    c.execute("DELETE FROM tracking WHERE item_id NOT IN (SELECT id FROM items)")
    _write(c, results, meeting_ids)
    return len(results)


def retrack_series(c: sqlite3.Connection, series_id: int) -> int:
    """Recompute one series inside the caller's transaction; returns how many items were tracked."""
    return write_series(c, *track_series(c, series_id))


def touched_series(archive: Archive, document_ids: list[int] | None = None) -> list[int]:
    """The series these documents' meetings belong to (all series when None)."""
    if document_ids is None:
        return [r[0] for r in archive.query("SELECT id FROM series")]
    marks = ",".join("?" * len(document_ids)) or "NULL"
    return [r[0] for r in archive.query(
        f"SELECT DISTINCT series_id FROM meetings WHERE document_id IN ({marks})", tuple(document_ids))]  # noqa: S608


def retrack(archive: Archive, document_ids: list[int] | None = None) -> int:
    """Recompute follow-up for the series these documents belong to (all series when None)."""
    total = 0
    for sid in touched_series(archive, document_ids):
        with archive.transaction() as c:
            total += retrack_series(c, sid)
    return total
