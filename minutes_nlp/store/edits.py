"""Manual edits: stored apart from extraction, so re-ingesting can never overwrite them."""

from __future__ import annotations

from typing import Any

from minutes_nlp.store.archive import Archive
from minutes_nlp.store.queries import ItemView, get_item


def edit_item(archive: Archive, item_id: str, changes: dict[str, Any], note: str | None, by: str) -> ItemView:
    """Record each changed field (and the note) as an edit by `by`; returns the item as it now reads."""
    get_item(archive, item_id)  # raises NotFoundError for an unknown ID
    wrote = False
    for field, value in changes.items():
        if value is not None:
            archive.add_edit(item_id, field, str(value), None if wrote else note, by)
            wrote = True
    if note and not wrote:
        archive.add_edit(item_id, "note", None, note, by)
    return get_item(archive, item_id)
