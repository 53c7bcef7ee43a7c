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
from minutes_nlp.tracker.schedule import is_schedule

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


# The next meeting's date line may qualify the meeting in brackets ("Příští schůze (mimořádná) se koná ...", "The
# next meeting (the AGM) will be held on ..."): the bracket is an aside; the line still schedules the next meeting,
# which is done once the series meets again. A bracket does not make another sentence a schedule.
SCHEDULES = [
    ("cs-rada-bracket", "cs", "Příští pedagogická rada (hodnoticí za 3. čtvrtletí) se bude konat 8. dubna 2026.", True),
    ("cs-jednani-bracket", "cs", "Příští jednání (výjezdní, v Lesné) se uskuteční 14. 5. 2026.", True),
    ("cs-schuze-bracket", "cs", "Další schůze výboru (rozpočtová) se koná ve čtvrtek 3. 12.", True),
    ("en-agm-bracket", "en", "The next meeting (the Annual General Meeting) will be held on 12 March.", True),
    # negative rows: brackets in sentences that schedule no meeting of the series
    ("cs-akce-bracket", "cs", "Úklid parku (jarní brigáda) se uskuteční v sobotu 11. 4.", False),
    ("cs-cviceni-bracket", "cs", "Cvičení jednotek (námět: požár skladu) proběhne 9. 10. 2026.", False),
    ("cs-rok-bracket", "cs", "Dotace (program obnovy venkova) bude vyplacena v příštím roce.", False),
    ("cs-ukol-bracket", "cs", "Tajemnice (ve spolupráci s účetní) připraví návrh rozpočtu na příští jednání.", False),
    ("en-event-bracket", "en", "The open day (with guided walks) will be held on 6 June.", False),
    ("en-task-bracket", "en", "The Clerk (with the Chair) to report to the next meeting on the lease.", False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), named_params(SCHEDULES))
def test_a_bracketed_aside_in_the_next_meetings_line(lang: str, text: str, expected: bool) -> None:
    assert is_schedule(text, lang) is expected

