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


def task_cell(text: str) -> str | None:
    """The task cell of a renumbered review row (tab-separated, a bare running number first): the cell after the
    number, its bracketed notes dropped ("(12/03)", "(carried forward)"); None for any other text. Rows without a
    running number, or numbered as the tasks were ("3/6"), are linked as before (task number, narrative)."""
    cells = [re.sub(r"\([^()]*\)", " ", c).strip() for c in text.split("\t")]
    if len(cells) < 3 or not re.fullmatch(r"\d{1,3}\.?", cells[0]) or len(cells[1].split()) < 2:
        return None
    return cells[1]


def row_target(report: TrackedItem, open_states: list[ItemState], lang: str) -> tuple[ItemState, float] | None:
    """The one open task whose words cover the row's task cell (ROW_COVER), with a margin over the next best."""
    cell = task_cell(report.text)
    want = frozen_keys(cell, lang) if cell else frozenset()
    if len(want) < MIN_CELL_KEYS:
        return None
    scored = sorted(((len(want & frozen_keys(st.item.text, lang)) / len(want), k) for k, st in enumerate(open_states)
                     if st.item.kind == "action" and st.item.meeting_index < report.meeting_index), reverse=True)
    if not scored or scored[0][0] < ROW_COVER or len(scored) > 1 and scored[0][0] - scored[1][0] < ROW_MARGIN:
        return None
    return open_states[scored[0][1]], 100.0 * scored[0][0]


def covers(report: TrackedItem, state: ItemState, lang: str) -> bool:
    """Whether an earlier task covers the row's task cell as `row_target` requires (a number link it confirms)."""
    cell = task_cell(report.text)
    want = frozen_keys(cell, lang) if cell else frozenset()
    return bool(want) and len(want & frozen_keys(state.item.text, lang)) / len(want) >= ROW_COVER
