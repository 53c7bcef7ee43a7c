"""The next meeting as crisis staffs, company boards and research consortia announce it: the body named between
"next" and the meeting noun, the meeting numbered one above by "#", a month part in the nominative."""

from __future__ import annotations

import pytest
from docbuild import blocks_doc as _doc

from minutes_nlp.extract.metadata import extract_meeting


@pytest.mark.parametrize(("lang", "title", "line", "window"), [
    ("en", "Minutes – Steering Committee Meeting #1", "Date: 21 January 2025",
     ("2025-04-01", "2025-04-30")),
    ("en", "Minutes – Steering Committee Meeting #3", "Date: 14 October 2025",
     ("2026-01-01", "2026-01-31")),
    ("cs", "Zápis z 2. jednání pracovní skupiny", "Datum: 14. 6. 2023", ("2023-10-01", "2023-10-10")),
])
def test_next_meeting_announced_in_the_body(lang: str, title: str, line: str, window: tuple[str, str]) -> None:
    closing = {
        "Minutes – Steering Committee Meeting #1": "The next Steering Committee meeting will be held online in "
                                                   "April 2025, on a date to be fixed by a poll.",
        "Minutes – Steering Committee Meeting #3": "SC meeting #4 will be held online in January 2026. The second "
                                                   "General Assembly will take place in October 2026.",
        "Zápis z 2. jednání pracovní skupiny": "Příští jednání: začátek října 2023, online.",
    }[title]
    m = extract_meeting(_doc(("heading", title), ("paragraph", line), ("paragraph", closing)), lang)
    assert m.next_meeting is not None and (m.next_meeting.earliest, m.next_meeting.latest) == window


def test_the_meeting_numbered_one_above_named_mid_sentence() -> None:
    doc = _doc(("heading", "Minutes – Steering Committee Meeting #2"), ("paragraph", "Date: 8 April 2025"),
               ("paragraph", "It was agreed that the first General Assembly, combined with SC meeting #3, will take "
                             "place in Brevona on 14 October 2025."))
    m = extract_meeting(doc, "en")
    assert m.next_meeting is not None and m.next_meeting.earliest == "2025-10-14"
