"""The archive: everything ingested, behind one module so another database can be added later.

Only this package speaks SQL. The rest of the tool calls `Archive` methods with plain values and gets
plain dataclasses back.
"""

from __future__ import annotations

from minutes_nlp.store.archive import Archive, default_db_path, open_archive

__all__ = ["Archive", "default_db_path", "open_archive"]
