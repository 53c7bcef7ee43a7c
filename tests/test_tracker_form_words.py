"""Who does the work and how the promise is worded are not what an action is about, written from knowledge of the
genre (not from the corpus): councils and boards give tasks to "staff", "officers", "the secretariat"
("zaměstnanci", "sekretariát"), and minutes record a promise with "agreed to", "undertook to", "offered to"
("přislíbil", "zavázal se", "nabídl se"). A later sentence about other work that shares only those words (plus a
stock word) reports nothing on the action; one that repeats what the action is about still does."""

from __future__ import annotations

import pytest

from minutes_nlp.tracker.follow import MeetingSlot, TrackedItem, follow_series
from minutes_nlp.tracker.item_search import actor_keys
from minutes_nlp.tracker.keys import attendance
from minutes_nlp.tracker.mentions import SentenceRef, keys

FILLER = ["The chair welcomed everyone and thanked the hosts for the room.",
          "Předsedající přivítal přítomné a konstatoval usnášeníschopnost.",
          "Members discussed the budget for the coming year at some length.",
          "Zápis z minulého jednání byl schválen bez připomínek."]


def _sent(meeting: int, text: str, block: int) -> SentenceRef:
    return SentenceRef(meeting, 10 + meeting, text, block, 1, 100 * block, 100 * block + len(text), "")


def _status(lang: str, item_text: str, owner: str | None, later: str) -> str:
    slots = [MeetingSlot(i, 10 + i, f"2025-0{i + 1}-10", language=lang) for i in range(2)]
    item = TrackedItem("A", "action", 0, item_text, owner, block=3, start=300, end=300 + len(item_text))
    sents = [_sent(i, t, 50 + j) for i in range(2) for j, t in enumerate(FILLER)]
    sents += [_sent(0, item_text, 3), _sent(1, later, 3)]
    return next(t for t in follow_series(slots, [item], sents) if t.item_id == "A").status


@pytest.mark.parametrize(("lang", "word"), [
    ("en", "staff"), ("en", "officers"), ("en", "officials"), ("en", "employees"), ("en", "secretariat"),
    ("en", "agreed"), ("en", "undertook"), ("en", "promised"), ("en", "offered"), ("en", "volunteered"),
    ("cs", "zaměstnanci"), ("cs", "sekretariát"), ("cs", "úředníci"),
    ("cs", "přislíbil"), ("cs", "přislíbila"), ("cs", "slíbil"), ("cs", "zavázal"), ("cs", "nabídla"),
    ("cs", "uložil"),
])
def test_form_words_are_not_what_an_action_is_about(lang: str, word: str) -> None:
    assert keys(word, lang) <= actor_keys(lang)


@pytest.mark.parametrize(("lang", "item", "owner", "later", "expected"), [
    # only who does it, or the promise verb, in common: other work
    ("en", "Staff to report on the tree by-law.", None, "Staff will arrange a site visit in June.", "open"),
    ("en", "Officers agreed to review the signage.", None, "Officers agreed the timetable with the bus operator.",
     "open"),
    ("en", "The secretariat offered to book the venue.", None, "The secretariat had offered a discount to members.",
     "open"),
    ("cs", "Ing. Novák přislíbil opravu lávky.", "Ing. Novák", "Starosta přislíbil příspěvek hasičům.", "open"),
    ("cs", "Zaměstnanci zajistí úklid parku.", None, "Zaměstnanci byli proškoleni v první pomoci.", "open"),
    ("en", "Staff were directed to report on options for a tree preservation by-law.", None,
     "Staff will arrange a site visit for Council in June.", "open"),
    ("en", "Officers agreed to circulate a briefing note on residents' parking permits.", None,
     "The chair noted that the timetable had been agreed with the bus operator.", "open"),
    ("en", "The Treasurer undertook to check the insurance renewal terms.", "Treasurer",
     "The bank reconciliation had been undertaken by the auditors in March.", "open"),
    ("cs", "Zaměstnanci připraví podklady k pasportizaci chodníků.", None,
     "Zaměstnanci se zúčastnili školení o ochraně osobních údajů.", "open"),
    ("cs", "Ing. Novák přislíbil zaslat rozpočtové opatření.", "Ing. Novák",
     "Starosta připomněl, že kraj přislíbil příspěvek na hasičskou cisternu.", "open"),
    # the work itself repeated: still a report on it
    ("en", "Officers agreed to circulate a briefing note on residents' parking permits.", None,
     "The briefing note on residents' parking permits was circulated on 2 May.", "done"),
    ("en", "Staff were directed to report on options for a tree preservation by-law.", None,
     "The report on options for a tree preservation by-law was received and noted.", "done"),
    ("cs", "Ing. Novák přislíbil zaslat rozpočtové opatření k investici do chodníků.", "Ing. Novák",
     "Rozpočtové opatření k investici do chodníků bylo zasláno 4. 4.", "done"),
])
def test_shared_form_words_alone_report_nothing(lang: str, item: str, owner: str | None, later: str,
                                                expected: str) -> None:
    assert _status(lang, item, owner, later) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # guests and observers, in any word order: who came, never a report on a task
    ("cs", "Jako hosté se zasedání zúčastnili Ing. Malá z krajského úřadu a Bc. Beneš.", True),
    ("cs", "Jako host byl přítomen ředitel technických služeb.", True),
    ("cs", "Jako hostka byla přizvána vedoucí odboru školství.", True),
    ("cs", "Přizvaní hosté: Ing. Malá, Bc. Beneš.", True),
    ("cs", "Hosté jednání: zástupci spolku rodičů.", True),
    ("en", "Dr Shah attended as an observer.", True),
    ("en", "Two residents were present as guests.", True),
    ("en", "Also attending: the Clerk and the Deputy Clerk.", True),
    ("en", "In attendance: the Finance Officer.", True),
    # attending some other meeting is news about work, not this meeting's attendance
    ("cs", "Starosta se zúčastnil jednání s krajem o dotaci na chodník.", False),
    ("en", "The Clerk attended the planning training on 3 May.", False),
])
def test_guests_in_prose_are_attendance(lang: str, text: str, expected: bool) -> None:
    assert attendance(text, lang) is expected
