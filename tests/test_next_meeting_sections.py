"""The next meeting under an agenda heading that names it among other topics ("Různé, termín příštího jednání",
"AOB and date of next meeting"): the section's sentence stating the date wins over the first line under the
heading, which may be a task with its own deadline; a bare label keeps taking the date written below it."""

from __future__ import annotations

import pytest
from docbuild import blocks_doc, heading, para

from minutes_nlp.extract.metadata import extract_meeting

ROWS = [
    ("cs-section-task-first", "cs", [heading("Zápis z 3. jednání Řídicího výboru ze dne 12. 3. 2025"),
                                     heading("5. Různé, termín příštího jednání"),
                                     para("Ing. Petr Kolář zajistí do konce měsíce zřízení přístupů."),
                                     para("Příští jednání se uskuteční 16. 4. 2025 od 13:00.")], "2025-04-16"),
    ("en-section-task-first", "en", [heading("Minutes of the Project Board meeting held on 12 March 2025"),
                                     heading("7. Any other business and date of next meeting"),
                                     para("Jane Fowler will circulate the revised plan by the end of the month."),
                                     para("The next meeting will be held on 16 April 2025.")], "2025-04-16"),
    ("cs-bare-label", "cs", [heading("Zápis z 3. jednání Řídicího výboru ze dne 12. 3. 2025"),
                             heading("Termín příštího jednání"), para("16. 4. 2025 od 13:00, zasedací místnost")],
     "2025-04-16"),
]


@pytest.mark.parametrize(("lang", "blocks", "date"), [pytest.param(la, b, d, id=i) for i, la, b, d in ROWS])
def test_next_meeting_in_section(lang: str, blocks: list[tuple[str, str]], date: str) -> None:
    nxt = extract_meeting(blocks_doc(*blocks), lang).next_meeting
    assert nxt is not None and (nxt.earliest, nxt.latest) == (date, date)
