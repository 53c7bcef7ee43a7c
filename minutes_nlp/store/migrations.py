"""Schema migrations, applied in order on open; `PRAGMA user_version` records how far a database is."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: the archive
    """
    CREATE TABLE series (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        key TEXT NOT NULL UNIQUE
    );
    CREATE TABLE series_aliases (
        key TEXT PRIMARY KEY,
        series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
        alias TEXT NOT NULL
    );
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        path TEXT NOT NULL,
        format TEXT NOT NULL,
        pages INTEGER,
        size INTEGER,
        extractor_version TEXT NOT NULL,
        language TEXT,
        ingested_at TEXT NOT NULL,
        record_json TEXT NOT NULL,
        rendering_of INTEGER REFERENCES documents(id) ON DELETE SET NULL
    );
    CREATE INDEX documents_path ON documents(path);
    CREATE TABLE document_paths (
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        PRIMARY KEY (document_id, path)
    );
    CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
        series_id INTEGER REFERENCES series(id),
        number INTEGER,
        date TEXT,
        title TEXT,
        place TEXT,
        start TEXT,
        "end" TEXT,
        online INTEGER,
        recorder TEXT,
        approver TEXT,
        attendees TEXT NOT NULL DEFAULT '[]',
        absent TEXT NOT NULL DEFAULT '[]',
        guests TEXT NOT NULL DEFAULT '[]',
        next_meeting TEXT
    );
    CREATE INDEX meetings_series ON meetings(series_id, date, number);
    CREATE TABLE agenda_items (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        number TEXT,
        title TEXT NOT NULL,
        level INTEGER,
        presenters TEXT NOT NULL DEFAULT '[]',
        block INTEGER, page INTEGER, start INTEGER, "end" INTEGER
    );
    CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        key TEXT NOT NULL UNIQUE,
        affiliation TEXT,
        role TEXT
    );
    CREATE TABLE institutions (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        key TEXT NOT NULL UNIQUE,
        full_name TEXT
    );
    CREATE TABLE institution_aliases (
        key TEXT PRIMARY KEY,
        institution_id INTEGER NOT NULL REFERENCES institutions(id) ON DELETE CASCADE,
        alias TEXT NOT NULL
    );
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        person_id INTEGER REFERENCES people(id),
        institution_id INTEGER REFERENCES institutions(id),
        text TEXT NOT NULL,
        block INTEGER, page INTEGER, start INTEGER, "end" INTEGER
    );
    CREATE INDEX mentions_person ON mentions(person_id);
    CREATE INDEX mentions_org ON mentions(institution_id);
    CREATE INDEX mentions_meeting ON mentions(meeting_id);
    CREATE TABLE items (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('action', 'question', 'decision')),
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        text TEXT NOT NULL,
        agenda_item TEXT,
        owner TEXT,
        due TEXT,
        due_text TEXT,
        due_kind TEXT,
        task_number TEXT,
        reported_status TEXT,
        refers_to TEXT,
        asker TEXT,
        answerer TEXT,
        answered INTEGER,
        answer TEXT,
        number TEXT,
        decision_kind TEXT,
        adopted INTEGER,
        vote TEXT,
        method TEXT NOT NULL,
        confidence REAL NOT NULL,
        block INTEGER, page INTEGER, start INTEGER, "end" INTEGER
    );
    CREATE INDEX items_meeting ON items(meeting_id, kind);
    CREATE INDEX items_kind ON items(kind);
    CREATE TABLE edits (
        id INTEGER PRIMARY KEY,
        item_id TEXT NOT NULL,
        field TEXT NOT NULL,
        value TEXT,
        note TEXT,
        by TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX edits_item ON edits(item_id, id);
    CREATE TABLE tracking (
        item_id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        carried_over INTEGER NOT NULL DEFAULT 0,
        last_meeting_id INTEGER,
        same_as TEXT,
        due TEXT,
        computed_for TEXT
    );
    CREATE INDEX tracking_status ON tracking(status);
    CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        item_id TEXT NOT NULL,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        text TEXT NOT NULL,
        source_item TEXT,
        block INTEGER, page INTEGER, start INTEGER, "end" INTEGER,
        method TEXT NOT NULL,
        score REAL
    );
    CREATE INDEX evidence_item ON evidence(item_id);
    CREATE TABLE passages (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        block INTEGER, page INTEGER, start INTEGER, "end" INTEGER,
        kind TEXT,
        text TEXT NOT NULL
    );
    CREATE INDEX passages_document ON passages(document_id);
    CREATE VIRTUAL TABLE search USING fts5(
        text, stems, kind UNINDEXED, ref UNINDEXED, meeting_id UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TABLE person_merges (
        id INTEGER PRIMARY KEY,
        from_key TEXT NOT NULL,
        into_key TEXT NOT NULL,
        by TEXT NOT NULL,
        at TEXT NOT NULL
    );
    """,
)
