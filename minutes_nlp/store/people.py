"""People and institutions across the archive: listing, and merges/splits that survive re-ingest.

A merge is stored as a rule (this name is that person), not as a one-off row update, so re-ingesting
any document applies it again; identities are rebuilt from the stored records after each change.
"""

from __future__ import annotations

import json
from typing import Any

from minutes_nlp.errors import NotFoundError, UsageError
from minutes_nlp.extract.result import from_json
from minutes_nlp.store.archive import Archive, now
from minutes_nlp.store.writer import insert_entities, person_key


def list_people(archive: Archive) -> list[dict[str, Any]]:
    return [dict(r) for r in archive.query(
        "SELECT p.id, p.name, p.role, p.affiliation, COUNT(DISTINCT m.meeting_id) AS meetings, COUNT(m.id) AS mentions"
        " FROM people p LEFT JOIN mentions m ON m.person_id = p.id GROUP BY p.id ORDER BY mentions DESC, p.name")]


def list_orgs(archive: Archive) -> list[dict[str, Any]]:
    rows = archive.query(
        "SELECT o.id, o.name, o.full_name, COUNT(DISTINCT m.meeting_id) AS meetings, COUNT(m.id) AS mentions"
        " FROM institutions o LEFT JOIN mentions m ON m.institution_id = o.id GROUP BY o.id"
        " ORDER BY mentions DESC, o.name")
    out = []
    for r in rows:
        aliases = [a[0] for a in archive.query("SELECT alias FROM institution_aliases WHERE institution_id = ?",
                                               (r["id"],))]
        out.append(dict(r) | {"aliases": sorted(set(aliases) - {r["name"]})})
    return out


def _person_key(archive: Archive, name: str) -> str:
    rows = archive.query("SELECT key FROM people WHERE key = ?", (person_key(name),))
    if not rows:
        raise NotFoundError(f"no person named {name!r} in the archive (see `minutes people`)")
    return str(rows[0]["key"])


def merge_people(archive: Archive, source: str, target: str, by: str) -> int:
    """Make `source` the same person as `target`; returns how many people the archive now holds."""
    src, dst = _person_key(archive, source), _person_key(archive, target)
    if src == dst:
        raise UsageError("cannot merge a person into themselves")
    with archive.transaction() as c:
        c.execute("INSERT INTO person_merges(from_key, into_key, by, at) VALUES (?, ?, ?, ?)", (src, dst, by, now()))
    return rebuild_people(archive)


def split_person(archive: Archive, name: str) -> int:
    """Undo every merge into or out of `name`."""
    key = person_key(name)
    with archive.transaction() as c:
        gone = c.execute("DELETE FROM person_merges WHERE from_key = ? OR into_key = ?", (key, key)).rowcount
    if not gone:
        raise NotFoundError(f"{name!r} was never merged")
    return rebuild_people(archive)


def rebuild_people(archive: Archive) -> int:
    """Derive person identities from all stored records, in meeting order, so they do not depend on the
    order files happened to be ingested in (a full ingest and an `--force` re-ingest give the same people)."""
    with archive.transaction() as c:
        c.execute("DELETE FROM mentions WHERE person_id IS NOT NULL")
        c.execute("DELETE FROM people")
        for row in c.execute("SELECT m.id, d.record_json FROM meetings m JOIN documents d ON d.id = m.document_id"
                             " ORDER BY m.date, m.id").fetchall():
            record = from_json(json.loads(row[1]))
            insert_entities(c, row[0], record, people_only=True)
        return int(c.execute("SELECT COUNT(*) FROM people").fetchone()[0])
