"""Decisions that are tasks: a body's numbered task sentence is an action, not a resolution."""

from __future__ import annotations

import pytest
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import MeetingInfo


@pytest.mark.parametrize(("lines", "decisions", "actions"), [
    (["KŠ ukládá tajemníkovi MěÚ zpracovat soupis škod (úkol č. 3/4), termín: 3. 10. 2025."], 0, 1),
    (["KŠ ukládá tajemníkovi MěÚ zpracovat soupis škod, termín: 3. 10. 2025."], 1, 1),
    (["Rada města ukládá tajemníkovi zajistit opravu (úkol č. 3/2).", "Hlasování: pro 5, proti 0"], 1, 1),
])
def test_a_numbered_task_of_the_body_is_an_action_only(lines: list[str], decisions: int, actions: int) -> None:
    doc = doc_from_lines(*lines)
    items = extract_items(doc, "cs", MeetingInfo(date="2025-09-17"), [], entities_for(doc, {}))
    assert (len(items.decisions), len(items.actions)) == (decisions, actions)
