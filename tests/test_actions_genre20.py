"""Genre inventory (round 20) of actions, owners and deadlines, written from knowledge of real minutes BEFORE reading
any failure of this round. Classes:

- landowner associations and hunting communities (honební společenstvo, valná hromada, výbor): numbered tasks
  "Úkol č. n/rok: ... – zodpovídá: <role or name>, termín: ..."; roles "starosta HS", "jednatel", "pokladní",
  "honební hospodář"; deadlines "do konce měsíce", "do příští valné hromady", "ihned", "průběžně";
- municipal commissions of the council (komise rady) with a secretary: tasks to the secretary ("tajemnice komise
  zajistí"), to a body as subject ("Městská policie zajistí zvýšený dohled"), closing task tables
  "Č. | Úkol | Zodpovídá | Termín";
- US library and school boards: "The Director will report back", board consensus "directing the Director to",
  "ACTION: <role> – <task>" lines, a closing "Follow-Up Items" table "# | Item | Responsible | Due" with abbreviated
  month dates ("Nov. 18");
- standards working groups: "ACTION AI-2025-nn: <Name> to ...", "Action AI-nn – <first name>: ...", deadlines as
  ISO dates, "before the next teleconference", "by the DIS ballot".
Negative rows (at least as many): review of earlier action items (closed, withdrawn, ongoing), reports of work done,
statutory and contractual duties, lease periods, offence statistics, public comment requests, schedules of the
meeting itself, straw polls, ballots closing, recommendations to another body. Names and sentences are invented.
"""

from __future__ import annotations

from typing import Any

import pytest
from genre_rows import check_due, gap, new_actions
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract import itemctx, roles_model
from minutes_nlp.extract.result import MeetingInfo

CS_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Bořivoj Stehlík": (["Ing. Bořivoj Stehlík", "Ing. Stehlík", "B. Stehlík", "Stehlík"], "starosta HS"),
    "Libuše Kadlecová": (["Libuše Kadlecová", "L. Kadlecová", "Kadlecová"], "jednatelka"),
    "Ctibor Malina": (["Ctibor Malina", "C. Malina", "Malina"], "honební hospodář"),
    "Vlasta Krejčířová": (["Bc. Vlasta Krejčířová", "Bc. Krejčířová", "Krejčířová", "Krejčířové"],
                          "tajemnice komise"),
    "Hynek Doležal": (["Mgr. Hynek Doležal", "Mgr. Doležal", "Doležal"], "předseda komise"),
}
CS_BODIES = {
    "Městská policie Kostelec": ["Městská policie Kostelec", "Městská policie", "městská policie"],
    "Rada města Kostelec": ["Rada města Kostelec", "Rada města", "radě města"],
}
EN_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Gwendolyn Marsh": (["Director Marsh", "Gwendolyn Marsh", "G. Marsh"], "Library Director"),
    "Tobias Renner": (["Trustee Renner", "Tobias Renner", "T. Renner"], "Treasurer"),
    "Anneliese Vogt": (["Anneliese Vogt", "A. Vogt", "Anneliese"], "project editor"),
    "Rafael Quintero": (["Rafael Quintero", "R. Quintero", "Rafael"], "convenor"),
}
EN_BODIES = {"Facilities Committee": ["Facilities Committee", "the Facilities Committee"]}


@pytest.fixture()
def items(genre_items: Any) -> Any:
    def run(lang: str, lines: list[str]) -> Any:
        people, bodies = (CS_PEOPLE, CS_BODIES) if lang == "cs" else (EN_PEOPLE, EN_BODIES)
        return genre_items(lang, lines, people, bodies, "2025-09-16")
    return run


# ---------------------------------------------------------------- (a) an action and its owner -------------------
ACTIONS: list[Any] = [
    ("cs", ["Úkol č. 3/2025: Zajistit odhad škod zvěří na pozemcích v k. ú. Podhájí – zodpovídá: C. Malina, "
            "termín: 30. 10. 2025"], "Ctibor Malina"),
    ("cs", ["Jednatelka rozešle členům pozvánku na valnou hromadu nejpozději 15 dnů předem."], "Libuše Kadlecová"),
    ("cs", ["Tajemnice komise zajistí objednávku letáků k prevenci podvodů na seniorech."], "Vlasta Krejčířová"),
    ("cs", ["Městská policie zajistí zvýšený dohled u základní školy v době příchodu žáků."],
     "Městská policie Kostelec"),
    ("cs", ["Komise ukládá tajemnici komise připravit přehled podaných žádostí o dotaci."], "Vlasta Krejčířová"),
    ("en", ["ACTION: Director – obtain three quotes for replacing the rooftop HVAC unit."], "Gwendolyn Marsh"),
    ("en", ["By consensus the Board directed Director Marsh to draft a revised meeting-room policy."],
     "Gwendolyn Marsh"),
    ("en", ["ACTION AI-2025-41: Anneliese Vogt to prepare the revised working draft incorporating the agreed "
            "resolutions."], "Anneliese Vogt"),
    ("en", ["Action AI-2025-42 – Rafael: register the project for the enquiry ballot with the TC secretariat."],
     "Rafael Quintero"),
    ("en", ["The Treasurer will present the tentative levy to the Board in October."], "Tobias Renner"),
]


@pytest.mark.parametrize(("lang", "lines", "owner"), ACTIONS)
def test_an_action_and_its_owner(items: Any, lang: str, lines: list[str], owner: str | None) -> None:
    acts = new_actions(items(lang, lines))
    assert len(acts) == 1, [(a.text, a.owner) for a in acts]
    assert acts[0].owner == owner, (acts[0].text, acts[0].owner)


# ---------------------------------------------------------------- (b) shaped like an action, is none ------------
NOT_ACTIONS: list[Any] = [
    ("cs", ["Honitba je pronajata Mysliveckému spolku do 31. 3. 2034."]),
    ("cs", ["Nájemce je podle nájemní smlouvy povinen hradit škody způsobené zvěří."]),
    ("cs", ["Honební hospodář informoval, že plán lovu na rok 2025 byl splněn na 92 %."]),
    ("cs", ["Městská policie zaznamenala v prvním pololetí 48 přestupků proti veřejnému pořádku."]),
    ("cs", ["Úkol č. 2/2025 byl splněn, tajemnice rozeslala pozvánky."]),
    ("cs", ["Komise doporučuje radě města schválit dotaci spolku ve výši 20 000 Kč."]),
    ("cs", ["Pokladní předložila zprávu o hospodaření za rok 2024."]),
    ("cs", ["Valná hromada se koná jednou ročně, svolává ji výbor."]),
    ("cs", ["Předseda komise poděkoval členům za aktivní přístup."]),
    ("en", ["The Director reported that the roof repair was completed on schedule."]),
    ("en", ["AI-2025-30 (Vogt): closed – the figures were updated in the working draft."]),
    ("en", ["A patron asked the Board to consider extending Sunday hours."]),
    ("en", ["Straw poll: 7 in favour of option B, 2 in favour of option A, 3 abstaining."]),
    ("en", ["The enquiry ballot closes on 14 November 2025."]),
    ("en", ["Under the bylaws the Treasurer signs all checks over $5,000 together with the President."]),
    ("en", ["The next teleconference is scheduled for 28 October 2025, 13:00 UTC."]),
    ("en", ["The Board reviewed the monthly circulation statistics."]),
    ("en", ["Trustee Renner thanked staff for their work on the summer reading program."]),
]


@pytest.mark.parametrize(("lang", "lines"), NOT_ACTIONS)
def test_what_is_shaped_like_an_action_but_is_not_one(items: Any, lang: str, lines: list[str]) -> None:
    assert [a.text for a in new_actions(items(lang, lines))] == []


# ---------------------------------------------------------------- (c) deadlines -----------------------------------
DUES: list[Any] = [
    ("cs", ["Úkol č. 4/2025: Předložit návrh rozpočtu – zodpovídá: pokladní, termín: do 31. 12. 2025"], "2025-12-31"),
    ("cs", ["Tajemnice komise zajistí pozvání zástupce policie. Termín: příští jednání komise"], "next_meeting"),
    ("cs", ["Jednatelka zveřejní výsledky hlasování na úřední desce. Termín: ihned"], "immediate"),
    gap("a monitoring verb in the future ('bude sledovat') with a deadline label is not read as a task", "cs",
        ["Městská policie bude sledovat situaci v parku. Termín: průběžně"], "continuous"),
    ("en", ["| # | Item | Responsible | Due |", "|---|---|---|---|",
            "| 1 | Obtain HVAC quotes | Director Marsh | Nov. 18 |"], "2025-11-18"),
    ("en", ["ACTION AI-2025-43: Anneliese Vogt to circulate the disposition of comments by 2025-10-15."],
     "2025-10-15"),
    ("en", ["ACTION AI-2025-44: Rafael Quintero to update the project plan before the next teleconference."],
     "next_meeting"),
    ("en", ["The Director will report back on the delivery schedule at the October meeting."], "2025-10"),
]


@pytest.mark.parametrize(("lang", "lines", "due"), DUES)
def test_the_due_of_an_action(items: Any, lang: str, lines: list[str], due: str | None) -> None:
    acts = new_actions(items(lang, lines))
    assert len(acts) == 1, [(a.text, a.owner) for a in acts]
    check_due(acts[0].due, due)


# a date of the content or of a reference (a document number, an edition, a fiscal year) is no deadline
NO_DUES: list[Any] = [
    ("en", ["ACTION AI-2025-45: Anneliese Vogt to align clause 6 with the 2024 edition of the base standard."]),
    ("en", ["The Director will prepare a summary of FY2024 circulation for the annual report."]),
    ("cs", ["Pokladní připraví přehled plateb nájemného za rok 2024."]),
    ("cs", ["Tajemnice komise zajistí aktualizaci Plánu prevence kriminality na léta 2026–2028."]),
]


@pytest.mark.parametrize(("lang", "lines"), NO_DUES)
def test_a_date_of_the_content_is_no_deadline(items: Any, lang: str, lines: list[str]) -> None:
    acts = new_actions(items(lang, lines))
    assert len(acts) == 1, [(a.text, a.owner) for a in acts]
    check_due(acts[0].due, None)


# ---------------------------------------------------------------- (d) classes behind this round's fixes ---------
# US minutes abbreviate the month with a period ("Jan. 15, 2026", "Sept. 30", "Dec. 1"): the day after the
# abbreviation makes it a day, not the month's window.
@pytest.mark.parametrize(("line", "due"), [
    ("The Director will submit the grant application by Jan. 15, 2026.", "2026-01-15"),
    ("The Treasurer will file the levy ordinance with the County Clerk by Dec. 30, 2025.", "2025-12-30"),
    ("Director Marsh to return the signed agreement no later than Oct. 3.", "2025-10-03"),
    ("The Business Manager will send the audit letter by Sept. 30, 2025.", "2025-09-30"),
])
def test_an_abbreviated_month_with_its_day_is_a_day(items: Any, line: str, due: str) -> None:
    acts = new_actions(items("en", [line]))
    assert len(acts) == 1, [a.text for a in acts]
    check_due(acts[0].due, due)


@pytest.mark.parametrize(("line", "due"), [
    ("The Director will report on the delivery changes at the Nov. meeting.", "next_meeting"),
    ("The Treasurer will present the draft levy in Dec. 2025.", "2025-12-31"),
])
def test_an_abbreviated_month_without_a_day_stays_a_month(items: Any, line: str, due: str) -> None:
    acts = new_actions(items("en", [line]))
    assert len(acts) == 1, [a.text for a in acts]
    check_due(acts[0].due, due)


# Working groups that meet by telephone or video call their next meeting by its medium: "before the next call",
# "at the next teleconference", "by the next WG telecon"; "the next call for proposals" is no meeting.
@pytest.mark.parametrize("line", [
    "Rafael Quintero to circulate the revised comment table before the next call.",
    "Anneliese Vogt to submit a contribution on the checksum for the next teleconference.",
    "ACTION AI-2025-46: Rafael Quintero to confirm the national body position by the next WG telecon.",
    "Anneliese Vogt will update the wiki page before the next video call.",
])
def test_the_next_call_is_the_next_meeting(items: Any, line: str) -> None:
    acts = new_actions(items("en", [line]))
    assert len(acts) == 1, [a.text for a in acts]
    check_due(acts[0].due, "next_meeting")


@pytest.mark.parametrize("line", [
    "Anneliese Vogt to draft a response to the next call for proposals.",
    "Rafael Quintero to check whether the next call for nominations has been published.",
    "Anneliese Vogt to prepare the summary of the last call.",
    "Rafael Quintero to phone the secretariat about the ballot.",
])
def test_a_call_that_is_no_meeting_sets_no_deadline(items: Any, line: str) -> None:
    acts = new_actions(items("en", [line]))
    assert len(acts) == 1, [a.text for a in acts]
    check_due(acts[0].due, None)


# A closing task table marking a task standing ("trvale", "průběžně", "ongoing") restates the body sentence that
# starts it on a date: one action, continuous (the body's date is when the duty begins).
@pytest.mark.parametrize("lines", [
    ["Městská policie zajistí od 1. 10. 2025 dohled u přechodu před školou v době příchodu žáků.",
     "| Č. | Úkol | Zodpovídá | Termín |", "|---|---|---|---|",
     "| 3/2025 | Dohled u přechodu před školou v době příchodu žáků | Městská policie | trvale |"],
    ["Tajemnice komise bude od 1. 10. 2025 zveřejňovat měsíční přehled přestupků na webu města.",
     "| Č. | Úkol | Zodpovídá | Termín |", "|---|---|---|---|",
     "| 4/2025 | Zveřejňovat měsíční přehled přestupků na webu města | tajemnice komise | průběžně |"],
])
def test_a_standing_row_restates_the_body_task_it_starts(items: Any, lines: list[str]) -> None:
    acts = new_actions(items("cs", lines))
    assert len(acts) == 1, [a.text for a in acts]
    check_due(acts[0].due, "continuous")


@pytest.mark.parametrize("lines", [
    # a standing row about another task stays a task of its own
    ["Městská policie zajistí od 1. 10. 2025 dohled u přechodu před školou v době příchodu žáků.",
     "| Č. | Úkol | Zodpovídá | Termín |", "|---|---|---|---|",
     "| 3/2025 | Aktualizovat seznam kontaktů na sociální služby | tajemnice komise | trvale |"],
    # a dated row restating a dated body task keeps the body's day
    ["Tajemnice komise rozešle do 15. 10. 2025 členům komise návrh dotačního programu.",
     "| Č. | Úkol | Zodpovídá | Termín |", "|---|---|---|---|",
     "| 5/2025 | Rozeslat členům komise návrh dotačního programu | tajemnice komise | 15. 10. 2025 |"],
])
def test_a_row_of_another_task_or_a_dated_row_is_no_standing_duty(items: Any, lines: list[str]) -> None:
    acts = new_actions(items("cs", lines))
    assert all(a.due is None or a.due.kind != "continuous" for a in acts if "\t" not in a.text), \
        [(a.text, a.due) for a in acts]


# Czech free word order in a reported clause: "uvedl, že <object> <task verb> <subject>": the party named after
# the verb in the nominative owns the task the model proposes; one in the dative or genitive receives it, and a lone
# abbreviation shows no case, so it names nobody new (the speaker keeps it).
_DOUBEK = {"Pavel Doubek": ["Ing. Pavel Doubek", "Ing. Doubek", "Doubek"]}
_TS = {"Technické služby Lipník": ["Technické služby Lipník", "Technickým službám Lipník"]}
_KU = {"Krajský úřad Zlínského kraje": ["Krajský úřad Zlínského kraje", "Krajskému úřadu Zlínského kraje"]}
INVERTED = [  # (id, sentence, institutions, owner)
    ("body-after-verb", "Ing. Doubek uvedl, že výkop v ulici Polní opraví Technické služby Lipník do konce dubna.",
     _TS, "Technické služby Lipník"),
    ("office-after-verb", "Ing. Doubek sdělil, že stanovisko k uzavírce vydá Krajský úřad Zlínského kraje do 15. 4.",
     _KU, "Krajský úřad Zlínského kraje"),
    ("dative-after-verb", "Ing. Doubek uvedl, že zprávu zašle Krajskému úřadu Zlínského kraje do 30. 4.",
     _KU, "Pavel Doubek"),
    ("dative-plural", "Ing. Doubek uvedl, že podklady předá Technickým službám Lipník do konce dubna.",
     _TS, "Pavel Doubek"),
    ("abbreviation-no-case", "Ing. Doubek uvedl, že zprávu zašle KÚ do 30. 4.", {"KÚ": ["KÚ"]}, "Pavel Doubek"),
    ("after-a-comma", "Ing. Doubek uvedl, že výkop opraví, pokud to počasí dovolí, Technické služby Lipník.",
     _TS, "Pavel Doubek"),
]


@pytest.mark.parametrize(("text", "insts", "owner"), [pytest.param(*r[1:], id=r[0]) for r in INVERTED])
def test_the_nominative_party_after_the_verb_of_a_reported_clause(text: str, insts: dict[str, list[str]],
                                                                  owner: str) -> None:
    doc = doc_from_lines(text)
    ctx = itemctx.build(doc, "cs", MeetingInfo(), [], entities_for(doc, _DOUBEK, insts))
    assert roles_model.opening_actor(ctx, 0) == owner


# An agentless step of a project's work scheduled for a date is a third-party schedule, an action; the body's own
# events, a paper about the step, a step already done and a step without a date are not.
@pytest.mark.parametrize(("line", "due"), [
    ("Audit fieldwork is scheduled to begin on October 6, 2025.", "2025-10-06"),
    ("The final inspection by the county building department is scheduled for Dec. 19.", "2025-12-19"),
    ("Delivery of the new shelving is scheduled for the week of November 3.", "2025-11-07"),
    ("Commissioning of the new boiler is planned for October 28.", "2025-10-28"),
])
def test_a_scheduled_work_step_is_an_action(items: Any, line: str, due: str) -> None:
    acts = new_actions(items("en", [line]))
    assert len(acts) == 1, [a.text for a in acts]
    check_due(acts[0].due, due)


@pytest.mark.parametrize("line", [
    "The annual meeting is scheduled for Dec. 19.",
    "The public hearing on the levy is scheduled for October 14.",
    "The inspection report is scheduled for discussion on Dec. 19.",
    "The final inspection was carried out on October 3.",
    "The final inspection is scheduled once the contractor has finished.",
    "The enquiry ballot is scheduled to close on November 14.",
])
def test_an_event_a_paper_or_a_past_step_is_no_scheduled_action(items: Any, line: str) -> None:
    assert [a.text for a in new_actions(items("en", [line]))] == []


# Minutes name a qualified office once ("Library Director Gwendolyn Marsh" in the staff list) and then shorten it to
# its head ("The Director will ..."): the one person holding an office with that head owns the task; two offices
# with the same head ("Business Manager", "Facilities Manager") name nobody.
_STAFF = {"Gwendolyn Marsh": (["Gwendolyn Marsh", "Director Marsh", "Marsh"], None),
          "Tobias Renner": (["Tobias Renner", "Renner"], None),
          "Ines Vogt": (["Ines Vogt", "Vogt"], None)}


@pytest.mark.parametrize(("lines", "owner"), [
    (["Staff present: Library Director Gwendolyn Marsh; Business Manager Tobias Renner",
      "The Director will bring a revised holiday schedule to the next meeting."], "Gwendolyn Marsh"),
    (["Staff present: Executive Director Gwendolyn Marsh; Finance Officer Tobias Renner",
      "The Director will circulate the draft strategic plan before the retreat."], "Gwendolyn Marsh"),
    (["Staff present: Business Manager Tobias Renner; Facilities Manager Ines Vogt",
      "The Manager will obtain three quotes for the boiler."], None),
    gap("an office nobody in the lists holds is given to the one staff member listed", ["Staff present: Business "
        "Manager Tobias Renner", "The Director will obtain three quotes for the boiler."], None),
])
def test_a_shortened_office_names_its_one_holder(genre_items: Any, lines: list[str], owner: str | None) -> None:
    acts = new_actions(genre_items("en", lines, _STAFF, {}, "2025-09-16"))
    assert [a.owner for a in acts] == [owner], [(a.text, a.owner) for a in acts]


# A closing table that dates a body task due "at the October meeting" gives it its deadline (corpus/FORMAT.md: the
# table row's number, owner and deadline apply to the body sentence it restates).
def test_a_row_dating_a_next_meeting_task_gives_its_day(genre_items: Any) -> None:
    lines = ["Staff present: Library Director Gwendolyn Marsh",
             "The Director will bring the revised holiday closing schedule to the October meeting.",
             "| # | Item | Responsible | Due |", "|---|---|---|---|",
             "| 1 | Revised holiday closing schedule | Director | Oct. 21 |"]
    acts = new_actions(genre_items("en", lines, _STAFF, {}, "2025-09-16"))
    assert len(acts) == 1, [a.text for a in acts]
    check_due(acts[0].due, "2025-10-21")


@pytest.mark.parametrize(("line", "owner"), [
    ("The final walk-through by the Facilities Committee is scheduled for Dec. 19.", "Facilities Committee"),
    ("Audit fieldwork is scheduled to begin on October 6, 2025.", None),
    ("The inspection of the roof by the Facilities Committee is scheduled for Dec. 19.", "Facilities Committee"),
    ("Delivery of the shelving for the Facilities Committee room is scheduled for the week of November 3.", None),
])
def test_the_agent_a_scheduled_step_names_owns_it(items: Any, line: str, owner: str | None) -> None:
    assert [a.owner for a in new_actions(items("en", [line]))] == [owner]


# A task card "Z: <owner> – <infinitive task>" states its own task after the dash: one action at that line (not a
# label that hands its owner to the resolution or vote line before it). A dash followed by a deadline or a status
# only labels the task before it.
@pytest.mark.parametrize("lines", [
    ["Usnesení č. 9/2025: Komise doporučuje radě města zřídit dětské hřiště. Hlasování: 6 – 0 – 1.",
     "Z: předseda komise – předložit doporučení radě města na její schůzi dne 23. 6. 2025"],
    ["Usnesení výboru č. 4/2025: Výbor schvaluje rozpočet na rok 2026. Hlasování: pro 5, proti 0, zdržel se 0.",
     "Zodpovídá: jednatelka – zveřejnit rozpočet na úřední desce obce, T: 30. 11. 2025"],
])
def test_a_task_card_with_a_dash_states_its_own_task(items: Any, lines: list[str]) -> None:
    acts = new_actions(items("cs", lines))
    assert [a.text[:3] for a in acts] == [lines[1][:3]], [a.text for a in acts]


@pytest.mark.parametrize("lines", [
    ["Jednatelka zajistí objednávku krmiva pro zvěř na zimní období.", "Zodpovídá: jednatelka – termín 30. 11. 2025"],
    ["Tajemnice komise rozešle zápis členům komise.", "Z: tajemnice komise – T: 30. 6. 2025"],
])
def test_a_label_with_a_dash_and_a_deadline_labels_the_task_before(items: Any, lines: list[str]) -> None:
    acts = new_actions(items("cs", lines))
    assert [a.text[:8] for a in acts] == [lines[0][:8]], [a.text for a in acts]


# A count back from an event the sentence dates ("two weeks before the plenary (Geneva, 20–22 January 2026)",
# "týden před jednáním dne 10. 9. 2025"): the deadline is that day minus the count, the first day of a dated span.
@pytest.mark.parametrize(("lang", "line", "due"), [
    ("en", "Anneliese Vogt to deliver the final text two weeks before the TC plenary (Geneva, 20–22 January 2026).",
     "2026-01-06"),
    ("en", "Rafael Quintero to circulate the papers one week before the meeting on 20 January 2026.", "2026-01-13"),
    ("cs", "Jednatelka zašle návrh dodatku nájemci nejpozději týden před jednáním dne 10. 10. 2025.", "2025-10-03"),
    ("cs", "Tajemnice komise rozešle podklady 14 dní před valnou hromadou 25. dubna 2026.", "2026-04-11"),
])
def test_a_count_back_from_a_dated_event(items: Any, lang: str, line: str, due: str) -> None:
    acts = new_actions(items(lang, [line]))
    assert len(acts) == 1, [a.text for a in acts]
    check_due(acts[0].due, due)


@pytest.mark.parametrize(("lang", "line", "due"), [
    ("en", "Rafael Quintero to circulate the papers a week before the next meeting.", "next_meeting"),
    ("en", "Anneliese Vogt to send the figures two weeks before the end of October.", None),
    ("cs", "Tajemnice komise rozešle podklady týden před příštím jednáním komise.", "next_meeting"),
    # the labelled deadline after a dash is the deadline, not the day of the event counted from
    ("cs", "Úkol č. 2/2025: vyvěsit pozvánku na úřední desce nejméně 15 dnů před konáním valné hromady – "
           "zodpovídá: jednatelka, termín: 10. 4. 2026", "2026-04-10"),
])
def test_a_count_back_without_a_dated_day_is_no_day(items: Any, lang: str, line: str, due: str | None) -> None:
    acts = new_actions(items(lang, [line]))
    assert len(acts) == 1, [a.text for a in acts]
    if due is None:
        assert acts[0].due is None or acts[0].due.kind != "date", acts[0].due
    else:
        check_due(acts[0].due, due)


# A closing table gives the day ("Oct. 21", "21. 10. 2025") of a task the body dates only by its month ("in
# October", "v říjnu"): the day lies in the month, so it is the same deadline made precise, and the row restates the
# body task (one action, due that day) even when the row shortens the task to other words. A row of the same owner
# dated outside the month, or a body task with a day of its own that differs, is another task (no merge).
@pytest.mark.parametrize(("lang", "lines", "due"), [
    ("en", ["Staff present: Library Director Gwendolyn Marsh",
            "The Director will present all three quotes for the boiler in October.",
            "There was no other unfinished business.", "The meeting adjourned at 8:40 p.m.",
            "## Follow-Up Items", "| # | Item | Responsible | Due |", "|---|---|---|---|",
            "| 2 | Boiler replacement, incl. Ardent Heating bid | Director | Oct. 21 |"], "2025-10-21"),
    ("cs", ["Tajemnice komise předloží v říjnu přehled žádostí, které spolky podaly do výzvy.",
            "Další připomínky nebyly vzneseny.", "Předsedkyně ukončila jednání v 18:30.",
            "## Přehled úkolů", "| Č. | Úkol | Zodpovídá | Termín |", "|---|---|---|---|",
            "| 2/2025 | Dotace spolkům – žádosti | tajemnice komise | 21. 10. 2025 |"], "2025-10-21"),
])
def test_a_row_giving_the_day_of_a_month_restates_the_task(genre_items: Any, lang: str, lines: list[str],
                                                          due: str) -> None:
    people = _STAFF if lang == "en" else CS_PEOPLE
    acts = new_actions(genre_items(lang, lines, people, {}, "2025-09-16"))
    assert len(acts) == 1, [a.text for a in acts]
    check_due(acts[0].due, due)


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["Staff present: Library Director Gwendolyn Marsh",
            "The Director will present all three quotes for the boiler in October.",
            "There was no other unfinished business.", "The meeting adjourned at 8:40 p.m.",
            "## Follow-Up Items", "| # | Item | Responsible | Due |", "|---|---|---|---|",
            "| 2 | Boiler replacement, incl. Ardent Heating bid | Director | Nov. 18 |"]),
    ("en", ["Staff present: Library Director Gwendolyn Marsh",
            "The Director will present all three quotes for the boiler on October 7.",
            "There was no other unfinished business.", "The meeting adjourned at 8:40 p.m.",
            "## Follow-Up Items", "| # | Item | Responsible | Due |", "|---|---|---|---|",
            "| 2 | Boiler replacement, incl. Ardent Heating bid | Director | Oct. 21 |"]),
    ("cs", ["Tajemnice komise předloží v říjnu přehled žádostí, které spolky podaly do výzvy.",
            "Další připomínky nebyly vzneseny.", "Předsedkyně ukončila jednání v 18:30.",
            "## Přehled úkolů", "| Č. | Úkol | Zodpovídá | Termín |", "|---|---|---|---|",
            "| 3/2025 | Pozvánky na besedu se seniory | tajemnice komise | 18. 11. 2025 |"]),
])
def test_a_row_dated_outside_the_body_deadline_is_another_task(genre_items: Any, lang: str,
                                                               lines: list[str]) -> None:
    people = _STAFF if lang == "en" else CS_PEOPLE
    assert len(new_actions(genre_items(lang, lines, people, {}, "2025-09-16"))) == 2


# A task due "at the next meeting" that the closing table dates ("Oct. 21", the next meeting's day) is due at the
# next meeting on that day: both statements hold, so the action keeps the next-meeting kind and takes the day.
@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["Staff present: Library Director Gwendolyn Marsh",
            "The Director will bring the revised room-booking policy to the next meeting.",
            "There was no other unfinished business.", "The meeting adjourned at 8:40 p.m.",
            "## Follow-Up Items", "| # | Item | Responsible | Due |", "|---|---|---|---|",
            "| 1 | Revised room-booking policy | Director | Oct. 21 |"]),
    ("cs", ["Tajemnice komise předloží na příštím jednání revidovaný řád půjčovny.",
            "Další připomínky nebyly vzneseny.", "Předsedkyně ukončila jednání v 18:30.",
            "## Přehled úkolů", "| Č. | Úkol | Zodpovídá | Termín |", "|---|---|---|---|",
            "| 1/2025 | Revidovaný řád půjčovny | tajemnice komise | 21. 10. 2025 |"]),
])
def test_a_next_meeting_task_dated_by_its_row_is_both(genre_items: Any, lang: str, lines: list[str]) -> None:
    people = _STAFF if lang == "en" else CS_PEOPLE
    acts = new_actions(genre_items(lang, lines, people, {}, "2025-09-16"))
    assert len(acts) == 1, [a.text for a in acts]
    check_due(acts[0].due, "next_meeting")
    check_due(acts[0].due, "2025-10-21")


# A numbered task card ("Úkol č. 4/1: ... Zodp.: ... Termín: ...") right after the paragraph whose sentence states the
# same task is that task again: one action, anchored at the sentence, with the card's number, owner and deadline. A
# card after a paragraph about something else, or restating a sentence two paragraphs up, is a task of its own.
@pytest.mark.parametrize("lines", [
    ["Návrh rozpočtu na rok 2026 rozešle tajemnice komise členům nejpozději 10. 10. 2025.",
     "Úkol č. 4/1: rozeslat návrh rozpočtu členům komise. Zodp.: tajemnice komise. Termín: 10. 10. 2025."],
    ["Tajemnice komise uvedla, že odpověď žadateli připraví písemně.",
     "Úkol č. 4/2: připravit písemnou odpověď žadateli. Zodp.: tajemnice komise. Termín: 31. 10. 2025."],
])
def test_a_task_card_after_its_sentence_is_one_action(items: Any, lines: list[str]) -> None:
    acts = new_actions(items("cs", lines))
    assert len(acts) == 1, [a.text for a in acts]
    assert acts[0].task_number and "Úkol" not in acts[0].text, acts[0]


@pytest.mark.parametrize("lines", [
    ["Tajemnice komise rozešle pozvánky na besedu se seniory do 10. 10. 2025.",
     "Úkol č. 4/3: aktualizovat seznam sociálních služeb na webu. Zodp.: tajemnice komise. Termín: 31. 12. 2025."],
    ["Návrh rozpočtu na rok 2026 rozešle tajemnice komise členům nejpozději 10. 10. 2025.",
     "Předsedkyně poděkovala za přípravu podkladů.",
     "Komise projednala žádosti o dotace a doporučila je radě.",
     "Diskuse se dále týkala termínu podzimní sbírky.",
     "Úkol č. 4/4: rozeslat návrh rozpočtu členům komise. Zodp.: tajemnice komise. Termín: 10. 10. 2025."],
    ["Tajemnice komise zajistí do 10. 10. 2025 objednávku letáků.",
     "Úkol č. 4/5: svolat jednání s městskou policií. Zodp.: tajemnice komise. Termín: 10. 10. 2025."],
])
def test_a_task_card_after_another_paragraph_is_a_task_of_its_own(items: Any, lines: list[str]) -> None:
    assert len(new_actions(items("cs", lines))) == 2
