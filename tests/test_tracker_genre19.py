"""Round 19 inventory, from knowledge of real minutes, of how later meetings report on earlier actions in bodies
whose minutes follow other habits than a council's task control: trade-union branch and joint committees, planning
committees, hospital and national-park boards, Czech operational meetings.

- a review table's status cell or a matters-arising line names the state in the body's own words: a grievance or
  claim is "settled" or "resolved", a task "implemented", "under way", "awaiting a reply", "chased"; it "lapsed" or
  was "superseded"; Czech control tables write "v plnění", "plnění trvá", "průběžný úkol", "úkol se vypouští",
  "splněno – vyřazuje se z kontroly";
- narrative reports say completion without a status word: "the letter to the employer has been sent", "the notice
  was served", "smlouva již byla podepsána", "materiál byl rozeslán"; and the wait in words: "a reply is awaited",
  "jednání stále probíhají", "odpověď zatím nepřišla";
- a later line is about an earlier action when it names the same work (the thing done to the same object) or the
  task's owner with that work; a line about other work sharing a word or the owner is not;
- topics promised for the next meeting ("will be brought back to the next meeting", "bude zařazen na program
  příštího jednání").

Negative rows: the same words in a future, a condition or a question; a status word inside a longer word
("unresolved", "opening"); another object of the same verb, another building, another person's work, the same
owner's other work; the date or the agenda of the next meeting, which promise no topic.
Names and sentences are invented.
"""

from __future__ import annotations

import pytest
from genre_rows import named_gap, named_params

from minutes_nlp.tracker.cues import classify, promises_agenda
from minutes_nlp.tracker.follow import MeetingSlot, TrackedItem, follow_series
from minutes_nlp.tracker.mentions import SentenceRef
from minutes_nlp.tracker.model import normalise_status

CELLS = [
    ("en-resolved", "Resolved", "done"),
    ("en-settled", "Settled at stage 2", "done"),
    ("en-implemented", "Implemented from 1 April", "done"),
    ("en-underway", "Underway", "carried_over"),
    ("en-under-way", "Under way – two of three sites done", "carried_over"),
    ("en-awaiting-reply", "Awaiting reply from HR", "carried_over"),
    ("en-chased", "Chased 12/05, no answer yet", "carried_over"),
    ("en-unresolved", "Unresolved", "carried_over"),
    ("en-lapsed", "Lapsed", "cancelled"),
    ("en-superseded", "Superseded by the new agreement", "cancelled"),
    ("cs-v-plneni", "v plnění", "carried_over"),
    ("cs-plneni-trva", "plnění trvá", "carried_over"),
    ("cs-prubezny-ukol", "průběžný úkol", "carried_over"),
    ("cs-vypousti-se", "úkol se vypouští", "cancelled"),
    ("cs-splneno-vyrazuje", "splněno – vyřazuje se z kontroly", "done"),
    # negative rows: cells of other columns, no state at all
    ("en-owner", "Branch Secretary", None),
    ("en-date", "by 30/09/2025", None),
    ("en-task", "Rota for weekend cover", None),
    ("en-body", "Joint Negotiating Committee", None),
    ("en-site", "Land north of Mill Lane", None),
    ("en-planning-ref", "25/01234/FUL", None),
    ("cs-owner", "náměstek pro ošetřovatelskou péči", None),
    ("cs-date", "T: 31. 10. 2025", None),
    ("cs-task", "Výměna oken v pavilonu C", None),
    ("cs-place", "Správa parku, Horní Údolí", None),
    ("cs-body", "Vědecká rada", None),
    ("en-person", "Cllr R. Hewitt", None),
    ("cs-person", "Ing. Bláhová", None),
    ("en-amount", "£4,500", None),
    ("cs-amount", "120 000 Kč", None),
]


@pytest.mark.parametrize(("cell", "expected"), named_params(CELLS))
def test_a_status_cell_in_the_bodys_own_words(cell: str, expected: str | None) -> None:
    assert normalise_status(cell) == expected


SENTENCES = [
    ("en-has-been-sent", "en", "The letter to the employer has now been sent.", "done"),
    ("en-notice-served", "en", "The enforcement notice was served on 3 June.", "done"),
    ("en-grievance-settled", "en", "The grievance was settled at the second stage.", "done"),
    ("en-reply-awaited", "en", "The matter has been raised with HR and a reply is awaited.", "carried_over"),
    ("en-still-in-talks", "en", "Officers are still in discussion with the applicant.", "carried_over"),
    ("cs-jiz-podepsana", "cs", "Smlouva s dodavatelem již byla podepsána.", "done"),
    ("cs-rozeslan", "cs", "Materiál byl rozeslán všem členům.", "done"),
    ("cs-stale-probihaji", "cs", "Jednání s krajem stále probíhají.", "carried_over"),
    ("cs-zatim-neprisla", "cs", "Odpověď ministerstva zatím nepřišla.", "carried_over"),
    ("cs-vypousti", "cs", "Úkol se vypouští, záměr byl opuštěn.", "cancelled"),
    # negative rows: a future, a condition, a question, an instruction
    ("en-will-write", "en", "The Branch Secretary will write to the employer about the rota.", None),
    ("en-if-settled", "en", "If the grievance is settled, the branch will withdraw the ballot notice.", None),
    ("en-asked-whether", "en", "Ms Oduya asked whether the enforcement notice would be served this month.", None),
    named_gap("a negation inside the condition of a new instruction reads as 'not done'", "en-to-serve", "en",
              "Officers to serve an enforcement notice if the hedge is not cut.", None),
    ("en-should-be-sent", "en", "The letter should be sent before the next meeting.", None),
    ("cs-podepise", "cs", "Smlouvu podepíše ředitel do 30. 6.", None),
    ("cs-dotaz-zda", "cs", "Předsedkyně se dotázala, zda byla smlouva podepsána.", None),
    ("cs-aby-rozeslal", "cs", "Rada ukládá tajemníkovi, aby materiál rozeslal všem členům.", None),
    ("cs-pokud", "cs", "Pokud odpověď nepřijde do konce měsíce, ředitel se obrátí na ministerstvo.", None),
    ("cs-ma-byt", "cs", "Materiál má být rozeslán týden před jednáním.", None),
]


@pytest.mark.parametrize(("lang", "text", "expected"), named_params(SENTENCES))
def test_a_narrative_report_without_a_status_word(lang: str, text: str, expected: str | None) -> None:
    assert classify(text, lang, default=None) == expected


CS2 = [MeetingSlot(0, 60, "2025-05-12", language="cs"), MeetingSlot(1, 61, "2025-06-09", language="cs")]
EN2 = [MeetingSlot(0, 70, "2025-05-12", language="en"), MeetingSlot(1, 71, "2025-06-09", language="en")]
TASK = {"cs": ("Ing. Bláhová zajistí cenovou nabídku na opravu střechy pavilonu B.", "Jitka Bláhová"),
        "en": ("Maria Kelly will write to the Head of HR about the lone working policy.", "Maria Kelly")}


def _said(text: str, meeting_id: int) -> list[SentenceRef]:
    return [SentenceRef(1, meeting_id, text, block=4, start=0, end=len(text), block_text=text)]


SAME_WORK = [
    ("cs-splneno", "cs", "Cenová nabídka na opravu střechy pavilonu B byla předložena – splněno.", "done"),
    ("cs-trva", "cs", "Oprava střechy pavilonu B – nabídka dosud nebyla dodána, úkol trvá.", "carried_over"),
    ("cs-rusi", "cs", "Nabídka na opravu střechy pavilonu B – úkol se ruší, oprava bude součástí rekonstrukce.",
     "cancelled"),
    ("en-sent", "en", "Lone working policy: the letter to the Head of HR was sent on 2 June.", "done"),
    ("en-cf", "en", "Lone working policy – letter to HR not yet sent; carried forward.", "carried_over"),
    # negative rows: other work sharing words, the same owner's other work, other people's news
    ("cs-jina-budova", "cs", "Oprava střechy kotelny byla dokončena v dubnu.", "open"),
    ("cs-stejny-vlastnik", "cs", "Ing. Bláhová předložila návrh rozpočtu na rok 2026.", "open"),
    ("cs-jina-prace", "cs", "Úklid pavilonu B po malování byl proveden.", "open"),
    ("cs-jine-okno", "cs", "Výměna oken v pavilonu D byla dokončena.", "open"),
    ("en-other-letter", "en", "The Treasurer reported that the letter to the bank about the account had been sent.",
     "open"),
    ("en-other-policy", "en", "The Head of HR had circulated the new parking policy to all staff.", "open"),
    ("en-same-owner", "en", "Maria Kelly reported that the branch banner had been repaired.", "open"),
    ("en-other-hr", "en", "HR confirmed that the pay award had been paid in May.", "open"),
    ("en-unrelated", "en", "The Chair opened the meeting and welcomed two new stewards.", "open"),
]


@pytest.mark.parametrize(("lang", "line", "expected"), named_params(SAME_WORK))
def test_a_later_line_is_about_the_task_only_if_it_names_the_same_work(lang: str, line: str, expected: str) -> None:
    meetings = CS2 if lang == "cs" else EN2
    text, owner = TASK[lang]
    item = TrackedItem("A1", "action", 0, text, owner, None)
    got = {t.item_id: t.status for t in follow_series(meetings, [item], _said(line, meetings[1].meeting_id))}
    assert got["A1"] == expected


AGENDA = [
    ("en-brought-back", "en", "The matter will be brought back to the next meeting.", True),
    ("en-on-agenda", "en", "The parking review will be placed on the agenda for the next meeting.", True),
    ("cs-zarazen", "cs", "Bod bude zařazen na program příštího jednání.", True),
    ("cs-projednan", "cs", "Na příští schůzi bude projednán plán údržby.", True),
    # negative rows: the next meeting's date or agenda as such, a past agenda
    ("en-next-date", "en", "The next meeting will be held on 4 May at 6 pm.", False),
    ("en-agenda-circulated", "en", "The agenda for the next meeting was circulated late.", False),
    ("en-last-agenda", "en", "The item on the last agenda was deferred for lack of time.", False),
    ("cs-termin", "cs", "Příští jednání se uskuteční 4. 5. 2026.", False),
    ("cs-program-rozeslan", "cs", "Program příští schůze byl rozeslán se zpožděním.", False),
    ("cs-minuly-program", "cs", "Bod z minulého programu nebyl projednán pro nedostatek času.", False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), named_params(AGENDA))
def test_a_topic_promised_for_the_next_meeting(lang: str, text: str, expected: bool) -> None:
    assert promises_agenda(text, lang) == expected


PROGRESS = [
    # a negated future of completion: the work goes on
    ("cs-nebude-hotov", "cs", "Studie nebude do konce roku hotova, projektant čeká na geodetické zaměření.",
     "carried_over"),
    ("cs-nebudou-dokonceny", "cs", "Práce na hrázi nebudou dokončeny před zimou.", "carried_over"),
    ("en-will-not-be-ready", "en", "The revised handbook will not be ready before the autumn term.", "carried_over"),
    # part of a counted whole done
    ("cs-n-z-m", "cs", "Revize provedeny u 4 z 11 kotelen.", "carried_over"),
    ("en-n-of-m", "en", "Risk assessments completed at 9 of 14 depots.", "carried_over"),
    named_gap("'for 9' reads as a vote's tally ('For 9, Against 0') and is removed before the count is seen",
              "en-for-n-of-m", "en", "Risk assessments completed for 9 of 14 depots.", "carried_over"),
    named_gap("a count of things received tells progress when the whole was asked for ('two of the three quotes'), "
              "which a count of those who answered ('from 9 of the 14 wards') does not: not told apart yet",
              "en-words-of", "en", "Two of the three quotes have been received.", "carried_over"),
    ("en-sent-to-n-of-m", "en", "Membership lists were sent to 9 of 14 workplaces.", "carried_over"),
    ("cs-dodano-do", "cs", "Nové kontejnery byly dodány do 5 z 8 ulic.", "carried_over"),
    # a completion date confirmed or set: the work is still to be finished
    ("cs-potvrdil-termin", "cs", "Dodavatel potvrdil termín předání díla 30. 11. 2025.", "carried_over"),
    ("en-confirmed-date", "en", "The contractor confirmed a completion date of 28 November.", "carried_over"),
    ("en-completion-expected", "en", "Completion is now expected in the first week of March.", "carried_over"),
    # an event that will not take place, or an item taken off the list
    ("en-will-not-be-held", "en", "The joint workshop will not be held, since the board settled the matter itself.",
     "cancelled"),
    ("en-removed-from-log", "en", "The item has been removed from the action log as the lease was not renewed.",
     "cancelled"),
    # negative rows: the whole done, a date in the past tense of completion, a postponement, a document's state
    ("cs-all-of-all", "cs", "Revize provedeny u 11 z 11 kotelen.", "done"),
    ("en-all-of-all", "en", "Risk assessments completed for 14 of 14 depots.", "done"),
    ("cs-date-not-count", "cs", "Zpráva ze 14. 5. byla rozeslána.", "done"),
    ("en-date-of-month", "en", "The survey was finished on 3 of March.", "done"),
    ("cs-dokonceno-v-terminu", "cs", "Dílo bylo předáno 30. 11. 2025.", "done"),
    ("en-completed-on-date", "en", "The works were completed on 28 November.", "done"),
    ("en-not-held-until", "en", "The workshop will not be held until the spring.", None),
    ("en-done-and-removed", "en", "Completed – removed from the action log.", "done"),
    ("en-no-longer-correct", "en", "The notice was published on 3 April, but the date in it is no longer correct.",
     "done"),
    ("en-no-longer-needed", "en", "The survey is no longer needed.", "cancelled"),
    # a count of who answered a request ("replies from 9 of the 14 parishes") is no part of the work left undone
    ("en-replies-from", "en", "Comments were received from 11 of the 16 parishes and added to the draft.", "done"),
    ("cs-odpovedi-od", "cs", "Vyjádření byla doručena od 9 ze 14 obcí a zapracována do návrhu.", "done"),
    ("cs-zajem-projevilo", "cs", "Výsledky ankety byly předloženy; zájem projevilo 9 z 21 obcí.", "done"),
    ("en-interest-from", "en", "The survey results were presented: 9 of the 21 parishes expressed interest.", "done"),
    ("cs-bude-hotov", "cs", "Studie bude hotova do konce roku.", None),
    ("en-will-be-ready", "en", "The handbook will be ready before the autumn term.", None),
]


@pytest.mark.parametrize(("lang", "text", "expected"), named_params(PROGRESS))
def test_progress_in_part_in_future_or_by_date(lang: str, text: str, expected: str | None) -> None:
    assert classify(text, lang, default=None) == expected


SCHEDULE = [
    ("cs-stanovi-termin", "cs", "Rada stanoví termín příštího jednání na 12. března.", True),
    ("cs-dohodnut-termin", "cs", "Členové dohodli termín dalšího zasedání na 5. 6.", True),
    ("en-set-date", "en", "Members set the date of the next meeting for 12 March.", True),
    # negative rows: another deadline, another meeting's date, a meeting date as news of the past
    ("cs-termin-dokonceni", "cs", "Rada stanoví termín dokončení opravy na 12. března.", False),
    ("cs-termin-kontroly", "cs", "Dohodli termín kontrolního dne stavby na 5. 6.", False),
    ("en-set-deadline", "en", "Members set the deadline for comments at 12 March.", False),
    ("en-date-of-last", "en", "The date of the last meeting was corrected in the minutes.", False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), named_params(SCHEDULE))
def test_setting_the_next_meetings_date(lang: str, text: str, expected: bool) -> None:
    from minutes_nlp.tracker.cues import schedules_next_meeting

    assert schedules_next_meeting(text, lang) == expected


REMINDED = [
    ("cs-pripomnel-dotaz", "cs", "Pan Říha připomněl svůj červnový dotaz na opravu lávky.", True),
    ("cs-zopakovala", "cs", "Paní Vlčková zopakovala dotaz ohledně parkování u školy.", True),
    ("en-repeated-question", "en", "Mr Dunne repeated his question about the footbridge repairs.", True),
    ("en-reminded-of", "en", "Ms Hale reminded members of her earlier question on parking.", True),
    # negative rows: an answer, a new question, a reminder of something else
    ("cs-odpoved", "cs", "Starosta odpověděl, že oprava lávky proběhne v září.", False),
    ("cs-pripomnel-termin", "cs", "Starosta připomněl termín odevzdání přiznání k dani.", False),
    ("en-answer", "en", "The Clerk replied that the footbridge was repaired in May.", False),
    ("en-reminded-deadline", "en", "The Chair reminded members of the deadline for nominations.", False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), named_params(REMINDED))
def test_a_question_repeated_is_still_unanswered(lang: str, text: str, expected: bool) -> None:
    from minutes_nlp.tracker.cues import says_unanswered

    assert says_unanswered(text, lang) == expected


RAISED = [
    ("en-raise-had-raised", "en", "Cllr Pope will raise the bus shelter at the transport forum.",
     "Cllr Pope had raised the bus shelter at the transport forum in May.", True),
    ("en-take-up-passive", "en", "The steward will take up the overtime claims with the depot manager.",
     "The overtime claims have been taken up with the depot manager.", True),
    ("cs-tlumoci", "cs", "Předseda tlumočí požadavek odborů vedení nemocnice.",
     "Předseda tlumočil požadavek odborů na poradě vedení.", True),
    # negative rows: the task was other work, or the report says only that someone spoke
    ("en-write-had-raised", "en", "Cllr Pope will write to the operator about the bus shelter.",
     "Cllr Pope had raised the bus shelter at the transport forum in May.", False),
    ("en-raise-will-raise", "en", "Cllr Pope will raise the bus shelter at the transport forum.",
     "Cllr Pope will raise it again in June.", False),
    ("en-raise-raised-concern", "en", "Cllr Pope will raise the bus shelter at the transport forum.",
     "Cllr Pope raised concerns about the bus shelter.", False),
    ("cs-oprava-tlumocil", "cs", "Předseda zajistí opravu výtahu.", "Předseda tlumočil požadavek odborů.", False),
    ("cs-tlumoci-tlumoci", "cs", "Předseda tlumočí požadavek odborů vedení nemocnice.",
     "Předseda požadavek tlumočí v příštím týdnu.", False),
]


@pytest.mark.parametrize(("lang", "task", "text", "expected"), named_params(RAISED))
def test_an_errand_of_raising_a_matter_is_done_when_it_was_raised(lang: str, task: str, text: str,
                                                                   expected: bool) -> None:
    from minutes_nlp.tracker.telling import raised_as_promised

    assert raised_as_promised(task, text, lang) == expected


CS3 = [MeetingSlot(0, 60, "2025-03-10", language="cs"), MeetingSlot(1, 61, "2025-04-14", language="cs"),
       MeetingSlot(2, 62, "2025-05-12", language="cs")]
ASKED = "Paní Horáková se zeptala, zda bude letos opravena lávka přes potok u mlýna."
PROMISED = "Místostarosta prověří stav lávky u mlýna a odpoví písemně."
REPLY = "Místostarosta prověřil stav lávky u mlýna a paní Horákové odpověděl písemně."
REMINDER = "Paní Horáková připomněla svůj dotaz na opravu lávky u mlýna."
STILL_ASKED = [
    ("reminder-after-reply", [(1, REPLY), (2, REMINDER)], "carried_over"),
    # negative rows: no reminder, or the reminder before the reply
    ("reply-only", [(1, REPLY)], "answered"),
    ("reminder-before-reply", [(1, REMINDER), (2, REPLY)], "answered"),
]


@pytest.mark.parametrize(("later", "expected"), named_params(STILL_ASKED))
def test_the_asker_reminding_of_a_question_outranks_an_earlier_reply(later: list[tuple[int, str]],
                                                                      expected: str) -> None:
    items = [TrackedItem("Q1", "question", 0, ASKED, None, None, asker="Jana Horáková", block=3, start=0,
                         end=len(ASKED)),
             TrackedItem("A1", "action", 0, PROMISED, "Petr Dolejš", None, block=3, start=len(ASKED) + 1,
                         end=len(ASKED) + 1 + len(PROMISED))]
    said = [SentenceRef(0, 60, ASKED, block=3, start=0, end=len(ASKED), block_text=ASKED),
            *(SentenceRef(i, CS3[i].meeting_id, t, block=5, start=0, end=len(t), block_text=t) for i, t in later)]
    got = {t.item_id: t.status for t in follow_series(CS3, items, said)}
    assert got["Q1"] == expected


MINUTE_HEADINGS = [
    ("en-initials-minute", "BC25/36 Staff restructure", "25/36"),
    ("en-initials-space", "FC 24/12 Grants to local groups", "24/12"),
    ("en-amp-initials", "P&R 23/45 Car parking charges", "23/45"),
    # negative rows: a financial year, a quarter, a half, an agenda number, a word before a date
    ("en-fy", "FY24/25 Budget monitoring", None),
    ("en-quarter", "Q1 24/25 performance figures", None),
    ("en-half", "H2 24/25 outturn", None),
    ("en-agenda", "5. Finance", None),
    ("en-word-date", "Visit 12/03/2025 to the depot", None),
]


@pytest.mark.parametrize(("heading", "expected"), named_params(MINUTE_HEADINGS))
def test_a_minute_number_prefixed_with_the_bodys_initials(heading: str, expected: str | None) -> None:
    from minutes_nlp.tracker.minute_heads import heading_minute

    assert heading_minute(heading, "en", heading=True) == expected


LOG_ROWS = [
    ("own-minute", "BC25/36\tMembers' meeting on the rota\tSK\tComplete – held 7 April", "done"),
    # negative rows: the row cites another minute, or shares one word only with the task
    ("other-minute", "BC25/38\tMembers' meeting on the rota\tSK\tComplete – held 7 April", "open"),
    ("one-word", "BC25/36\tWritten answer on the rota vacancies\tHR\tComplete – received 7 April", "open"),
]


@pytest.mark.parametrize(("row", "expected"), named_params(LOG_ROWS))
def test_a_log_row_citing_the_actions_minute(row: str, expected: str) -> None:
    task = "Sara Kowal will hold a members' meeting on the new rota before 9 April."
    item = TrackedItem("A1", "action", 0, task, "Sara Kowal", "2025-06-30", minute="25/36")
    filler = [SentenceRef(1, 71, f"The rota for the {w} depot was discussed at length.", block=20 + n, start=0, end=40,
                          block_text="x") for n, w in enumerate(("north", "south", "east", "west", "old", "new"))]
    said = [SentenceRef(1, 71, row, block=4, start=0, end=len(row), block_text=row), *filler]
    got = {t.item_id: t.status for t in follow_series(EN2, [item], said)}
    assert got["A1"] == expected


SECOND_DEADLINE = [
    ("cs-half-costs", "cs", "Obec Horní Lhota zpracuje studii odtokových poměrů do 30. 6. 2025 a v druhé polovině roku "
     "ji předloží kraji.", "Starosta potvrdil podíl obce ve výši poloviny nákladů na opravu kapličky.", "open"),
    ("en-half-costs", "en", "The Clerk will draft the drainage study by 30 June and in the second half of the year "
     "submit it to the county.", "The Chair confirmed that the county would meet half of the costs of the bus "
     "shelter for the year.", "open"),
    # negative rows: the report is about the item's own work
    ("cs-own-work", "cs", "Obec Horní Lhota zpracuje studii odtokových poměrů do 30. 6. 2025 a v druhé polovině roku "
     "ji předloží kraji.", "Studie odtokových poměrů byla zpracována a předložena kraji.", "done"),
    ("en-own-work", "en", "The Clerk will draft the drainage study by 30 June and in the second half of the year "
     "submit it to the county.", "The drainage study was drafted and submitted to the county.", "done"),
]


@pytest.mark.parametrize(("lang", "task", "line", "expected"), named_params(SECOND_DEADLINE))
def test_a_second_deadlines_period_words_say_when(lang: str, task: str, line: str, expected: str) -> None:
    meetings = CS2 if lang == "cs" else EN2
    item = TrackedItem("A1", "action", 0, task, None, "2025-12-31")
    got = {t.item_id: t.status for t in follow_series(meetings, [item], _said(line, meetings[1].meeting_id))}
    assert got["A1"] == expected


PERIOD_PHRASES = [
    ("cs-v-polovine-roku", "cs", "Správa zpracuje studii do 31. 12. a v první polovině roku ji předloží.",
     "polovině roku"),
    ("cs-do-poloviny-roku", "cs", "Návrh bude hotov do poloviny roku 2026.", "poloviny roku"),
    ("en-half-of-year", "en", "The Clerk will submit the study in the second half of the year.", "half of the year"),
    ("en-half-year", "en", "The accounts for the half-year will be reviewed in October.", "half-year"),
    # negative rows: half of an amount, a bare word, no period at all
    ("cs-polovina-nakladu", "cs", "Obec uhradí polovinu nákladů na opravu.", ""),
    ("cs-pul-hodiny", "cs", "Jednání se protáhlo o půl hodiny.", ""),
    ("en-half-the-costs", "en", "The county will meet half the costs of the shelter.", ""),
    ("en-quarter-bare", "en", "The quarter mile of footpath was resurfaced.", ""),
]


@pytest.mark.parametrize(("lang", "text", "phrase"), named_params(PERIOD_PHRASES))
def test_the_words_of_a_period_phrase_in_an_items_text(lang: str, text: str, phrase: str) -> None:
    from minutes_nlp.tracker.mentions import keys
    from minutes_nlp.tracker.periods import period_phrase_keys

    assert period_phrase_keys(text, lang) == frozenset(keys(phrase, lang) if phrase else ())


LIST_ROWS = [
    ("list-row-repeats", "3\tConfirm the funding for the youth weekend in writing\tTP\t14/03/2025", "3", "report"),
    ("list-row-no-number", "3\tConfirm the funding for the youth weekend in writing\tTP\t14/03/2025", None, "report"),
    # negative rows: another action's line of the list, a review row with its status, another number
    ("list-row-other", "4\tSend the delegate nominations to the region\tGP\t14/03/2025", None, "open"),
    ("review-row", "3\tConfirm the funding for the youth weekend in writing\tTP\tComplete", None, "done"),
    ("list-row-other-number", "5\tConfirm the funding for the youth weekend in writing\tTP\t14/03/2025", "3", "open"),
]


@pytest.mark.parametrize(("row", "number", "expected"), named_params(LIST_ROWS))
def test_the_closing_action_list_repeats_the_bodys_action(row: str, number: str | None, expected: str) -> None:
    body = "Tom Price will check the youth weekend funding in the education budget and confirm it in writing."
    items = [TrackedItem("A1", "action", 0, body, "Tom Price", None, task_number=number, block=3, start=0,
                         end=len(body)),
             TrackedItem("A2", "action", 0, row, None, "2025-03-14", block=9, start=0, end=len(row),
                         reported_status="Complete" if row.endswith("Complete") else None)]
    got = {t.item_id: t.status for t in follow_series(EN2[:1], items, [])}
    assert ("open" if got["A2"] == "overdue" else got["A2"]) == expected


SETTLEMENT = [
    # the settlement of comments (vypořádání připomínek) lists each comment received with its disposition
    ("cs-vyhoveno", "Obec Lipová (oprava lesní cesty) – vyhověno.", "done"),
    ("cs-castecne", "Myslivecký spolek (šíře pásu) – vyhověno částečně.", "done"),
    ("cs-nevyhoveno", "Spolek Lípa požaduje rozšíření zóny – nevyhověno, řeší se v plánu péče.", "done"),
    # negative rows: a disposition still to come, a condition, a question about it
    ("cs-bude-vyhoveno", "Žádosti obce bude vyhověno, až kraj uvolní prostředky.", None),
    ("cs-pokud-vyhoveno", "Pokud bude připomínce vyhověno, obec stáhne odvolání.", None),
    ("cs-zda-vyhoveno", "Starosta se zeptal, zda bude připomínce obce vyhověno.", None),
]


@pytest.mark.parametrize(("text", "expected"), named_params(SETTLEMENT))
def test_a_comments_disposition_says_it_was_sent(text: str, expected: str | None) -> None:
    assert classify(text, "cs", default=None) == expected
