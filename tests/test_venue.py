"""The place of a meeting without the note of who joined it from elsewhere."""

from __future__ import annotations

import pytest

from minutes_nlp.document import DocumentBuilder, Source
from minutes_nlp.extract.metadata import extract_meeting


@pytest.mark.parametrize(("lang", "label", "value", "place"), [
    ("cs", "Místo", "MěÚ Lhotice, pracoviště KŠ; KÚ Kraje Vysočina připojen videokonferencí",
     "MěÚ Lhotice, pracoviště KŠ"),
    ("en", "Venue", "University of Tarnwick, Hallam Building, Room G.07 (Project Officer connected via Webex)",
     "University of Tarnwick, Hallam Building, Room G.07"),
    ("en", "Venue", "online (MS Teams)", "online (MS Teams)"),
    ("cs", "Místo", "zasedací místnost (s možností připojení přes MS Teams)",
     "zasedací místnost"),  # the physical place only (corpus/FORMAT.md, session 20); online says the rest
])
def test_who_was_connected_from_elsewhere_is_no_part_of_the_place(lang: str, label: str, value: str,
                                                                   place: str) -> None:
    """The meeting stays online: someone took part remotely (see `metadata._online`)."""
    builder = DocumentBuilder(Source("x.docx", "0", "docx"))
    builder.add_table([[label, value], ["Datum" if lang == "cs" else "Date", "14. 9. 2025"]])
    m = extract_meeting(builder.build(), lang)
    assert (m.place, m.online) == (place, True)
