"""Round 19b inventory, from knowledge of real minutes: a review table's status cell states the task's state in one
or two words, and those words are whole words (or the start of an inflected Czech word), never a piece of another
word.

- English status cells: "Chased 3/6", "Chased again – no reply", "Lapsed", "Lapsed (no longer needed)";
- Czech cells negate a done word with the prefix ne-: "nerealizováno", "nezajištěno", "neodesláno", "neproběhlo"
  (not done, so the task stays open and is carried over), and "přetrvává" (it persists);
- a done word inside another word is no state: "purchased" (chased), "elapsed" / "collapsed" (lapsed), "presented",
  "consent", "absent" (sent), "disclosed", "enclosed" (closed), "spending" (pending), "reopening" of a building is
  no open task either when the cell is a description.

Negative rows: description cells whose words hold a status word inside them, outnumbering the positive rows.
Names and sentences are invented.
"""

from __future__ import annotations

import pytest
from genre_rows import named_params

from minutes_nlp.tracker.model import normalise_status

CELLS = [
    ("en-chased", "Chased 3/6, no answer yet", "carried_over"),
    ("en-chased-again", "Chased again – still waiting", "carried_over"),
    ("en-lapsed", "Lapsed", "cancelled"),
    ("en-lapsed-reason", "Lapsed (the offer expired in May)", "cancelled"),
    ("cs-nerealizovano", "nerealizováno", "carried_over"),
    ("cs-nezajisteno", "nezajištěno – dodavatel neodpověděl", "carried_over"),
    ("cs-neodeslano", "Neodesláno", "carried_over"),
    ("cs-neprobehlo", "neproběhlo pro nemoc lektora", "carried_over"),
    ("cs-pretrvava", "přetrvává", "carried_over"),
    # negative rows: a status word inside a longer word of a description cell
    ("en-purchased", "Purchased two laptops for the office", None),
    ("en-elapsed", "Six weeks elapsed since the survey", None),
    ("en-collapsed", "Collapsed wall at the rear yard", None),
    ("en-presented", "Presented by the treasurer", None),
    ("en-consent", "Listed building consent", None),
    ("en-absent", "Absent at the site visit", None),
    ("en-disclosed", "Disclosed interest in item 4", None),
    ("en-enclosed", "Enclosed plan of the site", None),
    ("en-spending", "Spending on the youth club", None),
    ("en-represented", "Represented by Mrs Oakley", None),
    ("en-unchased", "Purchase ledger for Q3", None),
    ("cs-pretrvavajici-zavada", "Oprava střechy na budově B", None),
]


@pytest.mark.parametrize(("cell", "expected"), named_params(CELLS))
def test_a_status_cell_word_is_a_whole_word(cell: str, expected: str | None) -> None:
    assert normalise_status(cell) == expected
