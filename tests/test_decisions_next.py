"""The next meeting as a decision: Czech minutes record the date of the next meeting and the topics set for it as
a procedural decision (besides the action), whatever the body; a mention of the next meeting as a deadline is
no decision, nor is a date given after the chair closed the meeting; English minutes state it as information."""

from __future__ import annotations

import pytest
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import MeetingInfo


def _decisions(lang: str, lines: list[str], body: str | None = None):
    doc = doc_from_lines(*lines)
    return extract_items(doc, lang, MeetingInfo(body_type=body), [], entities_for(doc, {})).decisions


@pytest.mark.parametrize("line", [
    "Příští jednání výboru se uskuteční ve čtvrtek 9. 3. 2028 od 16:00 hodin.",
    "Příští schůze se bude konat 14. 2. 2029 v zasedací místnosti.",
    "Příští porada: 6. 11. 2028 v 8:30",
    "Příští valná hromada se bude konat v říjnu 2029.",
    "Příští kontrolní den se uskuteční ve středu 7. 6. 2028 na stavbě.",
    "Další zasedání je plánováno na 2. 2. 2029.",
    "Páté jednání se uskuteční dne 3. 10. 2028.",
    "Termín dalšího jednání: Q3/2028.",
    "Na příštím jednání budou zařazena témata rozpočet a pasport zeleně.",
])
@pytest.mark.parametrize("body", ["council", "board", "commission", "committee", "assembly", "working_group", None])
def test_next_meeting_date_and_topics_are_a_procedural_decision(line: str, body: str | None) -> None:
    decs = _decisions("cs", [line], body)
    assert [(d.text, d.kind, d.adopted) for d in decs] == [(line, "procedural", True)]


@pytest.mark.parametrize(("lang", "lines"), [
    ("cs", ["Tajemník odpověď přinese na příští jednání."]),
    ("cs", ["Žádost spolku bude projednána na příštím jednání."]),
    ("cs", ["Materiál předloží odbor do příštího zasedání."]),
    ("cs", ["Termín dalšího jednání"]),
    ("cs", ["Předsedající poděkoval přítomným a zasedání ukončil v 18:40 hod. Příští zasedání se uskuteční v září."]),
    ("en", ["The next meeting will be held on Tuesday 7 March 2028 at 7.30pm."]),
    ("en", ["Date of next meeting: 7 March 2028."]),
])
def test_mentions_of_the_next_meeting_that_are_no_decision(lang: str, lines: list[str]) -> None:
    assert _decisions(lang, lines, "commission") == ()


def test_programme_line_after_the_date_is_its_own_decision() -> None:
    decs = _decisions("cs", ["Termín dalšího jednání: 12. 4. 2028. Na programu bude kontrola plnění úkolů."])
    assert [d.text[:9] for d in decs] == ["Termín da", "Na progra"]
