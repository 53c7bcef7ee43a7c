"""A follow-up table's row linked to the earlier task by the words of its task cell.

Review tables of action points ("| # | Action (meeting) | Resp. | Deadline | Status |") often number their rows
afresh, give the meeting the task came from in brackets, and shorten the task to its object ("Translate the
specification into Kinandi (12/03)" for "The TWG chair will translate the specification into Kinandi and share
it ..."). Neither the row's number nor a near-verbatim repeat of the whole row (its status cell says new things)
names the task; the task cell's content words, nearly all found in one open task and clearly fewer in any other,
do. Content words are the tracker's keys (stop words out, stems).
"""

from __future__ import annotations

import re

from minutes_nlp.tracker.keys import frozen_keys
from minutes_nlp.tracker.model import ItemState, TrackedItem

ROW_COVER = 0.75  # share of the task cell's content words the earlier task must contain
ROW_MARGIN = 0.25  # ... clearly more than any other open task
MIN_CELL_KEYS = 2  # a task cell of fewer content words names nothing
# A first cell citing where the task was set rather than numbering the row afresh: a register or resolution number
# with up to three label words ("ISPC 05/2025", "Usn. RM/45/2024", "Min 7.3", "Res. 2025-14") or an earlier item and
# its meeting ("Item 6.2 of 12/03/2025", "bod 4 ze 12. 3. 2025"). Registers of
# resolutions and open-items logs key their rows so; the task itself follows in the next cell.
_CITING = re.compile(r"(?:[^\W\d][\w.:]*\s+){1,3}[A-Za-z]{0,6}[/-]?\d[\w./-]*"
                     r"(?:,?\s+(?:of|from|on|ze|z|dne|ze dne)\s+\d{1,2}[\d./ -]*(?:\s*[^\W\d]+\s*\d*)?)?"
                     r"|[A-Za-z]{1,6}[/-]\d[\w./-]*")


def task_cell(text: str) -> str | None:
    """The task cell of a review row (tab-separated), its bracketed notes dropped ("(12/03)", "(carried forward)"):
    the cell after a bare running number or a citation of the task's origin (`_CITING`); None for any other
    text. Rows numbered as the tasks were ("3/6") are linked as before (task number, narrative)."""
    cells = [re.sub(r"\([^()]*\)", " ", c).strip() for c in text.split("\t")]
    if len(cells) < 3 or not _numbers_row(cells[0]) or len(cells[1].split()) < 2:
        return None
    return cells[1]


def row_task(text: str) -> str | None:
    """The task cell of a review row (`task_cell`), or the first cell of an open-items log keyed by the task
    itself ("30-day notice to the contractor | J. Doe | 7/22 | Done – sent 7/19": no number column at all)."""
    cell = task_cell(text)
    cells = [re.sub(r"\([^()]*\)", " ", c).strip() for c in text.split("\t")]
    if cell or len(cells) < 3 or re.search(r"\d\s*/\s*\d", cells[0]) or len(cells[0].split()) < 2:
        return cell
    return cells[0]


def _numbers_row(cell: str) -> bool:
    """A running number ("3", "3.") or a citation of the task's origin (`_CITING`) of at most six words."""
    return bool(re.fullmatch(r"\d{1,3}\.?", cell)) or len(cell.split()) <= 6 and bool(_CITING.fullmatch(cell))


def row_target(report: TrackedItem, open_states: list[ItemState], lang: str) -> tuple[ItemState, float] | None:
    """The one open task whose words cover the row's task cell (ROW_COVER), with a margin over the next best."""
    cell = row_task(report.text)
    want = frozen_keys(cell, lang) if cell else frozenset()
    if len(want) < MIN_CELL_KEYS:
        return None
    scored = sorted(((len(want & _task_words(st, lang)) / len(want), k) for k, st in enumerate(open_states)
                     if st.item.kind == "action" and st.item.meeting_index < report.meeting_index), reverse=True)
    if not scored or scored[0][0] < ROW_COVER or len(scored) > 1 and scored[0][0] - scored[1][0] < ROW_MARGIN:
        return None
    return open_states[scored[0][1]], 100.0 * scored[0][0]


def _task_words(state: ItemState, lang: str) -> frozenset[str]:
    """The task's words, those of its restatement in its own meeting and of its lead-in (the question a promised
    answer answers): a register's row names the matter ("Bus shelter – written answer to owner") that the task's
    sentence calls "the matter" or "the item"."""
    return frozen_keys(state.item.text, lang) | state.restated | frozenset(state.topic)


def covers(report: TrackedItem, state: ItemState, lang: str) -> bool:
    """Whether an earlier task covers the row's task cell as `row_target` requires (a number link it confirms)."""
    cell = row_task(report.text)
    want = frozen_keys(cell, lang) if cell else frozenset()
    return bool(want) and len(want & frozen_keys(state.item.text, lang)) / len(want) >= ROW_COVER
