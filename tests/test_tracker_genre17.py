"""Round 17 inventory, from knowledge of real minutes, of follow-up conventions the tracker depends on:

- a series is one body however a meeting's name for it carries words of that meeting: the sitting's ordinal
  ("Minutes of the 15th Sitting of the Committee on ...", "3. zasedání Rady ..."), the qualifier of a newly elected
  body's term ("první schůze nového výboru", "the newly elected Council"), or an attendance label the title reader
  took for a name ("Members present");
- parliamentary committees, parish and town councils number their minutes through the year ("MIN. NO. 05/2025",
  "Minute 24/131"): everything recorded under such a heading belongs to that minute, and matters arising cite it;
- a matters-arising entry closes with its verdict and who did it in brackets ("Done (RT).", "C/F (Clerk).").

Negative rows: place names opening with "New"/"Nová", peer bodies, plain names, dates and agenda numbers in
headings, "Minutes of the last meeting", a citation of another minute, verdict sentences that carry news.
Names and sentences are invented.
"""

from __future__ import annotations

import pytest

from minutes_nlp.store.series_names import body_name
from minutes_nlp.tracker.closing import closing_verdict
from minutes_nlp.tracker.follow import MeetingSlot, TrackedItem, follow_series
from minutes_nlp.tracker.mentions import SentenceRef
from minutes_nlp.tracker.minute_heads import heading_minute

NAMES = [
    ("en-ordinal-sitting", "en", "22nd Sitting of the Committee on Roads and Transport",
     "Committee on Roads and Transport"),
    ("en-word-ordinal", "en", "Fourth Meeting of the Board of Governors", "Board of Governors"),
    ("en-ordinary-meeting", "en", "3rd Ordinary Meeting of the Planning Committee", "Planning Committee"),
    ("en-newly-elected", "en", "Newly elected Council of Eastbury", "Council of Eastbury"),
    ("cs-nove-zvolene", "cs", "Nově zvolené zastupitelstvo obce Horní Lhota", "Zastupitelstvo obce Horní Lhota"),
    ("cs-novy-vybor", "cs", "Nový výbor TJ Sokol Podhradí", "Výbor TJ Sokol Podhradí"),
    ("cs-ordinal-zasedani", "cs", "7. zasedání Rady města Brodec", "Rady města Brodec"),
    ("en-label-present", "en", "Members present", ""),
    ("en-label-attendance", "en", "In attendance", ""),
    ("cs-label-pritomni", "cs", "Přítomni", ""),
    # negative rows: nothing of one meeting in the name
    ("en-place-new", "en", "New Milton Town Council", "New Milton Town Council"),
    ("cs-place-nova", "cs", "Zastupitelstvo obce Nová Ves", "Zastupitelstvo obce Nová Ves"),
    ("cs-place-nova-first", "cs", "Nová Ves rada obce", "Nová Ves rada obce"),
    ("en-peer-body", "en", "Finance and Audit Committee", "Finance and Audit Committee"),
    ("en-newtown", "en", "Newtown Parish Council", "Newtown Parish Council"),
    ("en-ordinal-in-name", "en", "First Church Parish Council", "First Church Parish Council"),
    ("cs-plain", "cs", "Kontrolní výbor zastupitelstva města Brodec", "Kontrolní výbor zastupitelstva města Brodec"),
    ("cs-novohrad", "cs", "Novohradská rada seniorů", "Novohradská rada seniorů"),
    ("en-present-in-name", "en", "Present and Future Generations Committee",
     "Present and Future Generations Committee"),
    ("cs-hoste-in-name", "cs", "Výbor pro hosty a cestovní ruch", "Výbor pro hosty a cestovní ruch"),
]


@pytest.mark.parametrize(("lang", "name", "expected"), [pytest.param(la, n, e, id=i) for i, la, n, e in NAMES])
def test_a_meetings_own_words_are_no_part_of_the_bodys_name(lang: str, name: str, expected: str) -> None:
    assert body_name(name, lang) == expected


HEADINGS = [
    ("en-min-no", "en", "MIN. NO. 07/2025: REPORT ON THE DISPENSARY VISIT", "7/25"),
    ("en-minute", "en", "Minute 24/131 Planning applications", "24/31"),
    ("en-min-dash", "en", "Min 12/24 – Highways and footpaths", "12/24"),
    ("en-minute-no-colon", "en", "Minute No. 3/2024: Finance", "3/24"),
    ("en-min-ref", "en", "Min. Ref. 45/23 Allotments", "45/23"),
    # negative rows: no running minute number
    ("en-date", "en", "12/03/2025 Site visit to the depot", None),
    ("en-agenda-number", "en", "5. Finance", None),
    ("en-minutes-of", "en", "Minutes of the last meeting", None),
    ("en-minutes-dated", "en", "Minutes of 14/01/2025", None),
    ("en-item", "en", "Item 4: Highways", None),
    ("en-paragraph", "en", "8.2 Academic Registrar's report", None),
    ("cs-usneseni", "cs", "Usnesení č. 5/2025", None),
    ("cs-ad", "cs", "Ad 2) Kontrola úkolů", None),
]


@pytest.mark.parametrize(("lang", "heading", "expected"), [pytest.param(la, h, e, id=i) for i, la, h, e in HEADINGS])
def test_a_heading_gives_its_running_minute_number(lang: str, heading: str, expected: str | None) -> None:
    assert heading_minute(heading, lang) == expected


EN2 = [MeetingSlot(0, 70, "2025-02-04", language="en"), MeetingSlot(1, 71, "2025-03-04", language="en")]


def _said(text: str) -> list[SentenceRef]:
    return [SentenceRef(1, 71, text, block=5, start=0, end=len(text), block_text=text)]


CITED = [
    ("en-cited-done", "Min. No. 05/2025 (ambulance fuel): The Chief Officer reported that the fuel arrears to the "
     "depot had been cleared on 12th February.", "done"),
    ("en-cited-minute-word", "Minute 05/2025 – ambulance fuel arrears: cleared on 12th February.", "done"),
    # negative rows: another minute cited, or nothing of the item
    ("en-other-minute", "Min. No. 09/2025 (ambulance fuel): The Chief Officer reported that the fuel arrears to the "
     "depot had been cleared on 12th February.", "open"),
    ("en-other-matter", "Min. No. 05/2025 (staff housing): The Chief Officer reported that the staff houses had been "
     "repainted.", "open"),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CITED])
def test_matters_arising_citing_the_minute_report_on_its_actions(text: str, expected: str) -> None:
    item = TrackedItem("A1", "action", 0, "The Chief Officer undertook to clear the ambulance fuel arrears owed to the "
                       "depot.", "Ruth Mbeki", None, minute="5/25")
    got = {t.item_id: t.status for t in follow_series(EN2, [item], _said(text))}
    assert got["A1"] == expected


VERDICTS = [
    ("en-done-initials", "Mower service booked with Hallam Garden Machinery. Done (RT).", "done"),
    ("en-cf-initials", "Noticeboard repair – quote still awaited from the joiner. C/F (Clerk).", "carried_over"),
    ("en-closed-two", "Car park lining – the contractor finished on 3rd May. Closed (JB/MK).", "done"),
    ("en-carry-initials", "Website refresh – waiting for the designer. Carry forward (PC).", "carried_over"),
    # negative rows: the last sentence carries news of its own, or it is a table row
    ("en-news-last", "Mower service. RT said the mower had been returned without the new blades (RT).", None),
    ("en-bracket-news", "Mower service. Done (but the invoice is disputed by the treasurer and the supplier).", None),
    ("en-table-row", "3\tMower service\tRT\tDone (RT)", None),
]


@pytest.mark.parametrize(("block", "expected"), [pytest.param(b, e, id=i) for i, b, e in VERDICTS])
def test_a_closing_verdict_with_who_did_it_in_brackets(block: str, expected: str | None) -> None:
    first = block.split(". ")[0] + "." if "\t" not in block else block
    assert closing_verdict(block, first, "en") == expected


CELLS = [
    ("en-news-then-open", "2\tHedge cutting on Mill Lane\tClerk\t30/06/25\tOne side cut, other side booked. Open",
     "carried_over"),
    ("en-news-comma-open", "5\tGrant claim\tRFO\t31/05/25\tForms drafted, open", "carried_over"),
    ("cs-news-trva", "3\tOprava střechy\tstarosta\t30. 6.\tObjednáno, dodání v červnu – trvá", "carried_over"),
    ("en-news-then-done", "7\tBench plaque\tClerk\t30/04/25\tQuote accepted. Done", "done"),
    ("en-cf-cell", "8\tTree survey\tRFO\t31/03/25\tC/F", "carried_over"),
    ("en-cf-to-month", "8\tTree survey\tRFO\t31/03/25\tC/fwd to June", "carried_over"),
    # negative rows: the last word is no bare verdict, or a closing "Closed" leaves the news to decide
    ("en-closed-after-news", "3\tBusiness case\tRP\t04/04/25\tSent 2/4. Closed", "done"),
    ("en-account-closed", "4\tBoiler invoice\tClerk\t30/06/25\tInvoice paid, account closed", "done"),
    ("en-open-in-news", "4\tSignage\tClerk\t30/06/25\tSigns ordered, see open space report", "done"),
    ("en-held", "4\tOpen day\tClerk\t30/06/25\tHeld 3 May with 40 visitors", "done"),
    ("cs-news-only", "3\tOprava střechy\tstarosta\t30. 6.\tStřecha opravena v květnu", "done"),
    ("en-cfo-word", "4\tAudit\tClerk\t30/06/25\tCFO report received", "done"),
]


@pytest.mark.parametrize(("row", "expected"), [pytest.param(r, e, id=i) for i, r, e in CELLS])
def test_a_status_cell_closing_with_a_bare_verdict_word(row: str, expected: str) -> None:
    from minutes_nlp.tracker.lines import status_cell

    assert status_cell(row, "cs" if "starosta" in row else "en") == expected


THROUGH = [
    ("en-now-through", "Hassan reported that both licence renewals are now through.", "done"),
    ("en-was-through", "The planning consent was through by the end of May.", "done"),
    ("en-came-through", "The lottery grant came through on 2nd June.", "done"),
    # negative rows: "through" as a preposition of something else
    ("en-through-stage", "The application is through the first stage of assessment.", None),
    ("en-through-to", "The bid is through to the second round.", None),
    ("en-through-their", "The contractors are through their induction.", None),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in THROUGH])
def test_through_closing_a_clause_says_it_came_through(text: str, expected: str | None) -> None:
    from minutes_nlp.tracker import cues

    assert cues.classify(text, "en", default=None) == expected


LISTS = [
    ("cs-three-names", "cs", "Dětský den 1. 6. – skákací hrad, tombola i občerstvení zajištěny – splněno",
     {"tombola", "občerstvení"}),
    ("en-three-names", "en", "Summer fete: marquee, raffle and bouncy castle booked – done", {"marquee", "raffle"}),
    ("en-four-names", "en", "Posters, leaflets, banners and stickers printed – complete",
     {"posters", "leaflets", "banners", "stickers"}),
    # negative rows: a pair in prose, people or places without a verdict, a long member
    ("en-pair", "en", "The inspection found gaps in fire and safety training.", set()),
    ("cs-people", "cs", "Přítomni: starosta, místostarosta a tajemník", set()),
    ("en-long-members", "en", "Quotes were received for the installation, maintenance and removal of the lights.",
     set()),
    ("cs-places", "cs", "Výlet vede přes Hradec, Náchod a Trutnov.", set()),
]


@pytest.mark.parametrize(("lang", "line", "names"), [pytest.param(la, t, n, id=i) for i, la, t, n in LISTS])
def test_a_control_line_lists_several_tasks_by_one_word_names(lang: str, line: str, names: set[str]) -> None:
    from minutes_nlp.tracker.keys import keys
    from minutes_nlp.tracker.lines import enumerated_names

    expected = {k for w in names for k in keys(w, lang)}
    assert expected <= enumerated_names(line, lang)
    if not names:
        assert enumerated_names(line, lang) == frozenset()


PARTICIPLES = [
    ("cs-proveden", "zápis do rejstříku – proveden 12. 6.", "done"),
    ("cs-podan", "návrh na zápis podán 3. 3.", "done"),
    ("cs-odeslan", "dopis odeslán e-mailem", "done"),
    ("cs-vyrizen", "požadavek vyřízen", "done"),
    ("cs-objednan", "kontejner objednán u Technických služeb", "done"),
    # negative rows: nouns and names ending in -an/-en, a negated participle
    ("cs-plan", "plán", None),
    ("cs-tyden", "příští týden", None),
    ("cs-organ", "statutární orgán spolku", None),
    ("cs-plamen", "hra Plamen", None),
    ("cs-stepan", "Štěpán Novák", None),
    ("cs-neproveden", "zápis dosud neproveden", "carried_over"),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in PARTICIPLES])
def test_a_masculine_short_participle_of_a_prefixed_verb_reports_done(text: str, expected: str | None) -> None:
    from minutes_nlp.tracker import cues

    assert cues.classify(text, "cs", default=None) == expected


INVITES = [
    ("en-invited-appear", "en", "The Committee resolved that the Director of Water be invited to appear before the "
     "Committee at its next sitting.", "In attendance (Water Department): Eng. Paul Kiptoo, Director of Water", True),
    ("en-invite-officer", "en", "The Clerk to invite the Highways officer to the March meeting.",
     "Also present: Ms Dana Wells (Highways officer), Cllr Amos", True),
    ("en-guests", "en", "The Chair will invite the head of the primary school to attend the next meeting.",
     "Guests: Mrs Olu Adeyemi, head of the primary school (item 4)", True),
    ("cs-prizvat", "cs", "Tajemník přizve zástupce Správy a údržby silnic na příští jednání.",
     "Hosté: Ing. Pavel Brož (Správa a údržba silnic) – k bodu 2", True),
    ("cs-aby-prisel", "cs", "Předseda domluví, aby ředitel školy přišel na zářijovou schůzi.",
     "Dále přítomen: Mgr. Jan Vlk, ředitel školy", True),
    # negative rows: inviting tenders or sending invitations, or a line that is no attendance record
    ("en-invite-tenders", "en", "The Clerk to invite tenders for the grass cutting contract.",
     "Present: Cllrs Amos, Brady and Cole", False),
    ("en-invite-comments", "en", "The council will invite comments on the draft plan.",
     "Guests: two residents of Mill Lane", False),
    ("cs-pozvanky", "cs", "Jednatel rozešle pozvánky na valnou hromadu.", "Hosté: starosta obce", False),
    ("en-report-not-attendance", "en", "The Committee resolved that the Director of Water be invited to appear "
     "before the Committee at its next sitting.", "The Director of Water briefed the Committee on the dam.", False),
    ("cs-zprava-not-attendance", "cs", "Tajemník přizve zástupce Správy a údržby silnic na příští jednání.",
     "Správa a údržba silnic opravila výtluky.", False),
]


@pytest.mark.parametrize(("lang", "task", "line", "done"),
                         [pytest.param(la, t, x, d, id=i) for i, la, t, x, d in INVITES])
def test_an_invited_guest_in_the_attendance_is_the_invitation_done(lang: str, task: str, line: str,
                                                                    done: bool) -> None:
    from minutes_nlp.tracker.invitations import attended

    assert attended(task, line, lang) is done


POINTERS = [
    ("cs-viz-bod", "cs", "12/3 – viz bod 4.", True),
    ("cs-viz-body", "cs", "12/3 a 12/5 – viz body 4 a 6", True),
    ("en-see-item", "en", "Footpath signs – see item 7.", True),
    ("en-see-minute", "en", "Action 5 – see minute 14.", True),
    ("en-see-item-alone", "en", "See item 3.", True),
    # negative rows: news besides the pointer, or a pointer to a document
    ("cs-splneno-viz", "cs", "Úkol 12/3 – splněno, viz bod 4", False),
    ("en-news-see", "en", "Footpath signs – installed on 3rd May, see item 7.", False),
    ("en-see-report", "en", "See the attached report for the details of the survey.", False),
    ("cs-viz-priloha-text", "cs", "Rozpočet byl schválen, podrobnosti viz příloha č. 2 zápisu.", False),
    ("en-done-see", "en", "Done – see item 9.", False),
]


@pytest.mark.parametrize(("lang", "line", "points"), [pytest.param(la, t, p, id=i) for i, la, t, p in POINTERS])
def test_a_control_line_only_pointing_to_another_item_says_nothing_of_the_task(lang: str, line: str,
                                                                             points: bool) -> None:
    from minutes_nlp.tracker.pointers import points_elsewhere

    assert points_elsewhere(line, lang) is points


DATES = [
    ("en-on-day-month", "Jo had written to the county on 14/02 to ask for a date.", None),
    ("en-by-day-month", "The Clerk chased the contractor by phone on 20/01.", None),
    ("cs-dne", "Dopis odeslán dne 05/03.", None),
    # negative rows: task numbers and labelled numbers stay numbers
    ("cs-task", "3/6 Výměna oken – splněno", "3/6"),
    ("en-resolution", "Resolution 5/2021 – done", "5/21"),
    ("cs-labelled-padded", "Úkol 5/08 splněn", "5/08"),
]


@pytest.mark.parametrize(("text", "key"), [pytest.param(t, k, id=i) for i, t, k in DATES])
def test_a_day_and_zero_padded_month_is_a_date_not_a_task(text: str, key: str | None) -> None:
    from minutes_nlp.tracker.mentions import task_key

    assert task_key(text) == key


QUOTES = [
    ("en-had-quotes", "Priya had quotes from two local roofers.", "done"),
    ("en-has-three", "The Clerk has three quotations for the bus shelter.", "done"),
    ("en-now-received", "The Treasurer has now received two estimates for the audit.", "done"),
    # negative rows: asked for, none yet
    ("en-asked-for", "The Clerk had asked for quotes.", None),
    ("en-none-yet", "The Clerk has no quotes yet.", "carried_over"),
    ("en-waiting", "The Clerk is waiting for quotes.", "carried_over"),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in QUOTES])
def test_having_the_quotes_a_task_was_to_get_reports_it_done(text: str, expected: str | None) -> None:
    from minutes_nlp.tracker import cues

    assert cues.classify(text, "en", default=None) == expected


EXTENDED = [
    ("cs-prodlouzen", "Termín prodloužen do 30. 9.", "carried_over"),
    ("cs-pozastaven", "Projekt pozastaven do schválení rozpočtu.", "carried_over"),
    ("cs-prerusen", "Výběr dodavatele přerušen.", "carried_over"),
    ("cs-proveden", "Výběr dodavatele proveden.", "done"),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in EXTENDED])
def test_an_extended_or_suspended_task_is_no_completion(text: str, expected: str) -> None:
    from minutes_nlp.tracker import cues

    assert cues.classify(text, "cs", default=None) == expected


REPORT_BACK = [
    ("en-update-it-on", "The Board asked the Treasurer to update it on the outcome of the bank meeting.", True),
    ("en-brief-committee", "The Director will brief the Committee on the audit findings.", True),
    ("en-keep-informed", "The Clerk to keep members informed of the appeal.", True),
    ("en-inform-committee", "Officers to inform the Committee when the survey is complete.", True),
    # negative rows: updating a thing, briefing a contractor, informing residents
    ("en-update-website", "The Clerk to update the website with the new meeting dates.", False),
    ("en-brief-contractor", "The Clerk will brief the contractor on the new route.", False),
    ("en-inform-residents", "The Clerk will inform residents of the road closure.", False),
    ("en-update-policy", "The Treasurer will update the reserves policy.", False),
]


@pytest.mark.parametrize(("task", "back"), [pytest.param(t, b, id=i) for i, t, b in REPORT_BACK])
def test_a_promise_to_update_the_body_is_a_report_back(task: str, back: bool) -> None:
    from minutes_nlp.tracker.deadlines import reports_back

    assert reports_back(task, "en") is back


TOPICS = [
    ("en-bracket", "Min. No. 21/2025 (borehole at Kambi): The Engineer reported that drilling was complete.",
     "borehole at kambi"),
    ("en-lettered-dash", "(c) Min. No. 21/2025 – Ambulance fuel: The Chief Officer confirmed payment.",
     "ambulance fuel"),
    ("en-minute-bracket", "Minute 24/131 (bus shelter) – replaced in May.", "bus shelter"),
    # negative rows: no citation, a date in brackets, a paper code
    ("en-no-citation", "Ambulance fuel: the Chief Officer confirmed payment.", None),
    ("en-date-bracket", "The Clerk reported on 14/02 (by email): done.", None),
    ("en-paper-code", "QSC 24/129 (falls review): the review found no gaps.", None),
]


@pytest.mark.parametrize(("text", "topic"), [pytest.param(t, e, id=i) for i, t, e in TOPICS])
def test_a_matters_arising_entry_names_its_topic_after_the_minute_it_cites(text: str, topic: str | None) -> None:
    from minutes_nlp.tracker.minute_refs import cited_topic

    assert cited_topic(text, "en") == topic


def test_a_citation_of_the_minute_with_another_topic_reports_on_another_action() -> None:
    items = [TrackedItem("A1", "action", 0, "The Engineer undertook to complete drilling of the Kambi borehole.",
                         "Joy Wanjiru", None, minute="21/25"),
             TrackedItem("A2", "action", 0, "The Chief Officer would settle the ambulance fuel arrears.",
                         "Ali Noor", None, minute="21/25")]
    text = "Min. No. 21/2025 (ambulance fuel): The Chief Officer confirmed that the arrears had been settled."
    got = {t.item_id: t.status for t in follow_series(EN2, items, _said(text))}
    assert got == {"A1": "open", "A2": "done"}
