"""Presenters of an item that reviews earlier tasks ("Kontrola plnění úkolů", "Matters arising", "Review of
open items") when no sentence names one.

Such an item is often only the task table ("| Úkol | Zodpovídá | Termín | Stav |"): whoever owns most of its
rows (more than half) reports their status at the meeting and presents the item ("předseda svazku" owning two of
three tasks, "Town Administrator" owning four of six). Otherwise the genre's convener does: a construction site's
control day (kontrolní den) is run by the client's site supervisor (TDS), who reviews its tasks
(`convener_roles` in `lang/<lang>/presenter_turns.json`).
"""

from __future__ import annotations

from collections import Counter

from minutes_nlp.document import Document
from minutes_nlp.extract import presenter_turns as turns
from minutes_nlp.extract.presenter_names import named_with
from minutes_nlp.extract.roleholders import Context, leading_role, role_of
from minutes_nlp.textutil import fold


def review_presenter(doc: Document, start: int, end: int, lang: str, context: Context | None) -> list[str]:
    """The owner of most rows of the item's task table, else the holder of the genre's convener role."""
    roles = context.roles if context else {}
    for b in doc.blocks[start + 1: end + 1]:
        owner = _table_owner(b.rows, doc.text, lang, roles, context.initials if context else {}) if b.rows else None
        if owner:
            return [owner]
    return next(([roles[k]] for k in turns.convener_roles(lang) if k in roles), [])


def _table_owner(rows: tuple[tuple[str, ...], ...], text: str, lang: str, roles: dict[str, str],
                 initials: dict[str, str]) -> str | None:
    headers = {fold(h).strip(" :") for h in turns.task_owner_headers(lang)}
    column = next((i for i, cell in enumerate(rows[0]) if fold(cell).strip(" :*") in headers), None)
    if column is None or len(rows) < 3:
        return None
    owners = Counter(_person(row[column], text, lang, roles, initials) for row in rows[1:] if len(row) > column)
    best, count = owners.most_common(1)[0] if owners else (None, 0)
    return best if best and 2 * count > len(rows) - 1 else None


def _person(cell: str, text: str, lang: str, roles: dict[str, str], initials: dict[str, str]) -> str | None:
    """ "předseda svazku", "Town Administrator", "JB", "Ing. Paur": the one person an owner cell names."""
    cell = cell.strip(" .")
    key = role_of(cell, lang) or leading_role(cell, lang)
    words = cell.split()
    if key and not role_of(cell, lang) and len(words) >= 2 and words[-1][:1].isupper() and words[0][:1].islower():
        return words[-1]  # "proděkanka Pokorná": the person the cell names, whoever the document ties the role to
    return initials.get(cell) or (roles.get(key) if key else None) or named_with(cell, text, lang)
