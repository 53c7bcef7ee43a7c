"""Online and hybrid meetings as English minutes of several countries state them in the header: a meeting held
"in Council Chambers and electronically", a member marked "(electronic)" in the attendance list, or an electronic
participation clause; a body sentence about documents circulated electronically says nothing of the meeting."""

from __future__ import annotations

import pytest
from docbuild import blocks_doc, heading, para

from minutes_nlp.extract.metadata import extract_meeting

FILLER = [para(f"{n}. The committee received the report of item {n} and noted its contents.") for n in range(1, 40)]

ROWS = [
    ("held-electronically", [heading("Minutes of the Regular Meeting of the Parks Committee, held in Council "
                                     "Chambers and electronically on Tuesday, March 4, 2025")], True),
    ("member-electronic", [heading("Parks Committee – Minutes – 4 March 2025"),
                           para("Present: Councillor Ann Baxter (Chair), Councillor Tom Reid (electronic)")], True),
    ("electronic-participation", [heading("Library Board – Minutes of 4 March 2025"),
                                  para("Held in the Board Room with electronic participation.")], True),
    ("in-person", [heading("Library Board – Minutes of 4 March 2025"), para("Held in the Board Room.")], False),
    ("circulated-later", [heading("Library Board – Minutes of 4 March 2025"), para("Held in the Board Room."),
                          *FILLER, para("The final report will be circulated electronically to members.")], False),
]


@pytest.mark.parametrize(("blocks", "online"), [pytest.param(b, o, id=i) for i, b, o in ROWS])
def test_online_from_header(blocks: list[tuple[str, str]], online: bool) -> None:
    assert extract_meeting(blocks_doc(*blocks), "en").online is online
