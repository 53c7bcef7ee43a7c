"""Askers of English council minutes named by title and surname (Canadian, US, UK, Australian councils), written
from the genre: the attendance line lists members separated by commas, each with a title ("Present: Councillor
Ann Ward (Chair), Councillor Tom Rees, Deputy Mayor Jan Kowal"); the title and name after a comma start the
next member, they are not the previous member's role, so "Deputy Mayor Kowal asked ..." is Jan Kowal."""

from __future__ import annotations

import pytest
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import MeetingInfo

_PEOPLE = {
    "Ann Ward": ["Councillor Ann Ward", "Councillor Ward"],
    "Tom Rees": ["Councillor Tom Rees", "Councillor Rees"],
    "Jan Kowal": ["Deputy Mayor Jan Kowal", "Deputy Mayor Kowal"],
    "Robert Ashby": ["Mayor Robert Ashby", "Mayor Ashby"],
    "Lena Price": ["Alderman Lena Price", "Alderman Price"],
}

_LISTS = [
    "Present: Councillor Ann Ward (Chair), Councillor Tom Rees, Deputy Mayor Jan Kowal, Mayor Robert Ashby, "
    "Alderman Lena Price",
    "Present: Mayor Robert Ashby, Deputy Mayor Jan Kowal, Councillor Tom Rees, Alderman Lena Price, "
    "Councillor Ann Ward",
]


@pytest.mark.parametrize("present", _LISTS)
@pytest.mark.parametrize(("question", "asker"), [
    ("Deputy Mayor Kowal inquired whether the Town was eligible for the stormwater grant.", "Jan Kowal"),
    ("Mayor Ashby asked when construction would begin on the new library.", "Robert Ashby"),
    ("Councillor Rees asked how the new fees would be collected.", "Tom Rees"),
    ("Alderman Price asked whether the bylaw applied to existing lots.", "Lena Price"),
])
def test_a_title_and_surname_is_the_listed_member(present: str, question: str, asker: str) -> None:
    doc = doc_from_lines(present, "Moved by Councillor Rees, Seconded by Deputy Mayor Kowal", "CARRIED",
                         "Yeas: Councillor Rees, Deputy Mayor Kowal, Councillor Ward (3)", "10. Inquiries", question,
                         "The CAO replied that staff would report back.")
    found = extract_items(doc, "en", MeetingInfo(), [], entities_for(doc, _PEOPLE)).questions
    assert [q.asker for q in found] == [asker]


_ASK = "Cllr Ward asked what had caused the flooding on Mill Lane."


@pytest.mark.parametrize(("reply", "answered"), [
    ("The Director said that the incidents were being reviewed.", False),
    ("The Director replied that the matter was under investigation.", False),
    ("The Clerk advised that the audit was still under way.", False),
    ("The Director explained that the review was not yet complete.", False),
    ("The Director said that the causes were still being investigated by the drainage board.", False),
    ("The Director explained that a blocked culvert had caused it; the drainage policy is being reviewed.", True),
    ("The Director replied that two culverts had collapsed and that a third was under review.", True),
    ("The Director said that the incidents had been reviewed and had found a blocked culvert.", True),
])
def test_a_holding_reply_leaves_the_question_open(reply: str, answered: bool) -> None:
    doc = doc_from_lines(_ASK + " " + reply)
    found = extract_items(doc, "en", MeetingInfo(), [], entities_for(doc, _PEOPLE)).questions
    assert [q.answered for q in found] == [answered]
