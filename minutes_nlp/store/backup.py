"""Export the whole archive as JSON and import it back: the backup path, manual edits included.

The export holds each document's extraction record (the documented schema), its paths and text
passages, and every manual edit and merge, so an import into an empty database is the same archive.
"""

from __future__ import annotations

import json
from typing import Any

from minutes_nlp.errors import InputError
from minutes_nlp.extract.result import from_json
from minutes_nlp.store.archive import Archive
from minutes_nlp.store.writer import Passage

FORMAT = "minutes-nlp-archive"
VERSION = 1


def _documents(archive: Archive) -> list[dict[str, Any]]:
    out = []
    for d in archive.query("SELECT * FROM documents ORDER BY id"):
        paths = [r[0] for r in archive.query("SELECT path FROM document_paths WHERE document_id = ? ORDER BY path",
                                             (d["id"],))]
        passages = [dict(r) for r in archive.query(
            'SELECT block, page, start, "end", kind, text FROM passages WHERE document_id = ? ORDER BY id', (d["id"],))]
        out.append({"path": d["path"], "paths": paths, "sha256": d["sha256"], "format": d["format"],
                    "extractor_version": d["extractor_version"], "ingested_at": d["ingested_at"],
                    "record": json.loads(d["record_json"]), "passages": passages})
    return out


def export_archive(archive: Archive) -> dict[str, Any]:
    edits = [dict(r) for r in archive.query("SELECT item_id, field, value, note, by, at FROM edits ORDER BY id")]
    merges = [dict(r) for r in archive.query("SELECT from_key, into_key, by, at FROM person_merges ORDER BY id")]
    return {"format": FORMAT, "version": VERSION, "documents": _documents(archive), "edits": edits,
            "person_merges": merges}


def import_archive(archive: Archive, data: dict[str, Any]) -> int:
    """Load an export; documents already present (same content) are replaced, edits appended once."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError("not a minutes-nlp archive export (missing format marker)")
    for m in data.get("person_merges", []):
        with archive.transaction() as c:
            c.execute("INSERT INTO person_merges(from_key, into_key, by, at) VALUES (?, ?, ?, ?)",
                      (m["from_key"], m["into_key"], m["by"], m["at"]))
    for doc in data["documents"]:
        passages = tuple(Passage(p["block"], p["page"], p["start"], p["end"], p["kind"], p["text"])
                         for p in doc.get("passages", []))
        doc_id = archive.store_record(from_json(doc["record"]), doc["path"], doc["extractor_version"], passages)
        for path in doc.get("paths", []):
            with archive.transaction() as c:
                c.execute("INSERT OR IGNORE INTO document_paths(document_id, path) VALUES (?, ?)", (doc_id, path))
    _import_edits(archive, data.get("edits", []))
    return len(data["documents"])


def _import_edits(archive: Archive, edits: list[dict[str, Any]]) -> None:
    known = {tuple(r) for r in archive.query("SELECT item_id, field, value, note, by, at FROM edits")}
    with archive.transaction() as c:
        for e in edits:
            row = (e["item_id"], e["field"], e["value"], e["note"], e["by"], e["at"])
            if row not in known:
                c.execute("INSERT INTO edits(item_id, field, value, note, by, at) VALUES (?, ?, ?, ?, ?, ?)", row)
