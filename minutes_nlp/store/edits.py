"""Manual edits: stored apart from extraction, so re-ingesting can never overwrite them."""

from __future__ import annotations

from typing import Any

from minutes_nlp.store.archive import Archive
from minutes_nlp.store.queries import ItemFilter, ItemView, get_item, list_items
from minutes_nlp.store.tracking import retrack


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
    if "review" in changes:  # a rejected report must stop closing the action it pointed at
        doc = archive.query("SELECT m.document_id FROM items i JOIN meetings m ON m.id = i.meeting_id WHERE i.id = ?",
                            (item_id,))
        retrack(archive, [doc[0][0]])
    return get_item(archive, item_id)


def review_queue(archive: Archive, kind: str, series: str | None, below: float, as_of: str) -> list[ItemView]:
    """Items extraction was unsure of that nobody has confirmed or rejected yet, least certain first."""
    reviewed = {r[0] for r in archive.query("SELECT DISTINCT item_id FROM edits WHERE field = 'review'")}
    views = list_items(archive, ItemFilter(kind, None, None, series, None, as_of, below=below))
    return sorted((v for v in views if v.id not in reviewed), key=lambda v: v.confidence)
