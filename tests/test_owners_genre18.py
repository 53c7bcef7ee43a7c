"""Genre inventory (round 18) of action OWNERS, written from knowledge of real Czech and English minutes before
reading any failure of this round. Classes: an office title ("the Treasurer", "předsedkyně", "starosta") resolved
to the attendee who holds that office in THIS meeting, else left empty; initials resolved to attendees only when
they match exactly one; a body and its person; several owners; and the negative rows, the things real minutes
contain that are shaped like an owner but are not one: the speaker reporting a task, the addressee of a letter,
a deadline or place label, the subject of a reported past event, an office nobody present holds, initials that
match nobody, collective nouns ("members", "all", "členové", "všichni"), the mover of a motion, a body named as
the recipient, and a third party outside the meeting cited as the source of a request.

Names and sentences are invented; nothing is taken from the corpus.
"""

from __future__ import annotations

import pytest
from genre_rows import named_params

CS_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Radek Vondráček": (["Ing. Vondráček", "Ing. Vondráčka", "Vondráček", "RV"], "starosta"),
    "Hana Šimková": (["Mgr. Šimková", "Mgr. Šimkové", "Šimková", "HŠ"], "předsedkyně"),
    "Lubomír Kadlec": (["p. Kadlec", "Kadlec", "Kadlce", "LK"], None),
}
CS_BODIES = {"Stavební úřad": ["Stavební úřad", "stavební úřad", "SÚ"]}
EN_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Moira Fenwick": (["Ms Fenwick", "Moira", "MF"], "Treasurer"),
    "Declan Orr": (["Mr Orr", "Declan", "DO"], "Secretary"),
    "Ruth Abara": (["Dr Abara", "Ruth", "RA"], None),
}
EN_BODIES = {"Planning Department": ["Planning Department", "the Planning Department"]}

ROWS = [
    # an office title resolved to its holder in this meeting
    ("cs-role-label", "cs", ["Připravit návrh rozpočtu na příští rok.", "Zodpovídá: předsedkyně"], "Hana Šimková"),
    ("cs-role-subject", "cs", ["Starosta zajistí jednání s dodavatelem do konce června."], "Radek Vondráček"),
    ("en-role-to", "en", ["The Treasurer to prepare the year-end accounts."], "Moira Fenwick"),
    ("en-role-label", "en", ["Book the hall for the AGM.", "Action: Secretary"], "Declan Orr"),
    # the office is the subject; the person after the verb is the one the task concerns, not its owner
    ("cs-role-aby", "cs", ["Předsedkyně zajistí, aby p. Kadlec podepsal smlouvu do 30. 6. 2025."], "Hana Šimková"),
    ("cs-role-after-speaker", "cs", ["P. Kadlec upozornil na chybějící podpis.",
                                     "Předsedkyně zajistí, aby smlouvu podepsal do 30. 6. 2025."], "Hana Šimková"),
    ("cs-office-line", "cs", ["Tajemník komise: Lubomír Kadlec", "Ing. Vondráček upozornil na chybějící podpis.",
                              "Tajemník zajistí, aby Mgr. Šimková podepsala smlouvu do 30. 6. 2025."],
     "Lubomír Kadlec"),
    ("en-office-line", "en", ["Clerk: Dr Ruth Abara", "Mr Orr raised the missing signature.",
                              "The Clerk will write to the insurer by 30 June 2025."], "Ruth Abara"),
    ("en-office-complement-line", "en", ["Clerk to the Board: Ruth Abara",
                                         "The Clerk will write to the insurer by 30 June 2025."], "Ruth Abara"),
    # initials of exactly one attendee
    ("cs-initials", "cs", ["Objednat opravu osvětlení.", "Z: LK"], "Lubomír Kadlec"),
    ("en-initials", "en", ["Renew the insurance policy. Action: MF"], "Moira Fenwick"),
    # a body as owner, a person in the body
    ("cs-body", "cs", ["Stavební úřad prověří stav oplocení do 30. 9. 2025."], "Stavební úřad"),
    ("en-body", "en", ["The Planning Department will report on the application at the next meeting."],
     "Planning Department"),
    # several owners: one of them
    ("en-two", "en", ["Draft the grant bid.", "Action: RA / DO"], ("Ruth Abara", "Declan Orr")),
    ("cs-two", "cs", ["Připravit podklady pro výběrové řízení.", "Zodpovídají: Ing. Vondráček, p. Kadlec"],
     ("Radek Vondráček", "Lubomír Kadlec")),
    # negatives: an office nobody present holds
    ("cs-role-absent", "cs", ["Místostarosta zajistí jednání s dodavatelem do konce června."], None),
    ("en-role-absent", "en", ["The Chair to write to the bus operator."], None),
    ("en-role-absent-label", "en", ["Write to the bus operator.", "Action: Vice-Chair"], None),
    # initials that match nobody
    ("cs-initials-none", "cs", ["Objednat opravu osvětlení.", "Z: JN"], None),
    ("en-initials-none", "en", ["Renew the insurance policy. Action: TQ"], None),
    # collective owners
    ("cs-all", "cs", ["Zaslat připomínky k územnímu plánu.", "Zodpovídá: všichni"], None),
    ("en-members", "en", ["Members to send comments on the draft plan by Friday."], None),
    ("en-all-label", "en", ["Send comments on the draft plan.", "Action: All"], None),
    # the speaker who reports someone else's unnamed task
    ("cs-speaker", "cs", ["Ing. Vondráček informoval, že bude nutné opravit most."], None),
    ("en-speaker", "en", ["Dr Abara reported that the roof will need to be repaired."], None),
    # a third party outside the meeting, cited as the source
    ("cs-source", "cs", ["Na žádost krajského úřadu bude nutné doplnit projektovou dokumentaci."], None),
    ("en-source", "en", ["At the request of residents, the footpath will be resurfaced."], None),
    # the office holder who promises in a that-clause with a pronoun ("said she would"): the holder
    ("en-office-pronoun", "en", ["Clerk: Dr Ruth Abara", "The Clerk said that she would chase the unpaid invoices."],
     "Ruth Abara"),
    ("cs-office-pronoun", "cs", ["Tajemník komise: Lubomír Kadlec",
                                 "Tajemník uvedl, že to prověří a odpoví do 30. 6. 2025."], "Lubomír Kadlec"),
    # the office holder's task reported by another: a need, nobody's task
    ("cs-role-reported", "cs", ["Předsedkyně uvedla, že bude nutné doplnit smlouvu."], None),
    ("en-role-reported", "en", ["The Treasurer noted that the accounts would need to be audited."], None),
    ("en-office-reports-third", "en", ["Clerk: Dr Ruth Abara",
                                       "The Clerk said that the auditors had asked for the bank statements."], None),
    ("cs-office-reports-third", "cs", ["Tajemník komise: Lubomír Kadlec",
                                       "Tajemník uvedl, že krajský úřad žádost zamítl."], None),
    # a label that is not an owner: deadline, place
    ("en-deadline-label", "en", ["Resurface the footpath.", "Deadline: 30 June 2025"], None),
]


@pytest.mark.parametrize(("lang", "lines", "owner"), named_params(ROWS))
def test_owner_genre18(genre_items, lang: str, lines: list[str], owner: str | tuple[str, ...] | None) -> None:
    people, bodies = (CS_PEOPLE, CS_BODIES) if lang == "cs" else (EN_PEOPLE, EN_BODIES)
    acts = [a for a in genre_items(lang, lines, people, bodies).actions if a.status is None]
    if owner is None:
        assert all(a.owner is None for a in acts), [(a.text, a.owner) for a in acts]
        return
    assert len(acts) == 1, [a.text for a in acts]
    assert acts[0].owner in owner if isinstance(owner, tuple) else acts[0].owner == owner


TABLE = ["| Name | Position |", "|---|---|", "| Hon. Alma Trinidad | Punong Barangay |",
         "| Hon. Jerico Pike | SK Chairperson |"]
TABLE_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Alma Trinidad": (["Hon. Alma Trinidad", "Trinidad"], None),
    "Jerico Pike": (["Hon. Jerico Pike", "Pike"], "chair"),
}
TABLE_ROWS = [
    # the head named by office in a Name | Position table; the youth council's chair is another office
    ("head-will", ["The Punong Barangay will convene the peace and order council on 3 March 2025."], "Alma Trinidad"),
    ("head-to", ["The Punong Barangay to write to the municipal engineer."], "Alma Trinidad"),
    ("sk-chair", ["The SK Chairperson will organise the youth sports league in April."], "Jerico Pike"),
    # negatives: an office the table gives nobody, and a need reported by the head
    ("treasurer-absent", ["The Barangay Treasurer will prepare the supplemental budget."], None),
    ("head-reports-need", ["The Punong Barangay noted that the drainage would need to be cleared."], None),
    ("kagawad-several", ["A kagawad will inspect the drainage canal."], None),
]


@pytest.mark.parametrize(("lines", "owner"), named_params(TABLE_ROWS))
def test_owner_office_table18(genre_items, lines: list[str], owner: str | None) -> None:
    acts = [a for a in genre_items("en", lines + TABLE, TABLE_PEOPLE, {}).actions if a.status is None]
    if owner is None:
        assert all(a.owner is None for a in acts), [(a.text, a.owner) for a in acts]
        return
    assert len(acts) == 1, [a.text for a in acts]
    assert acts[0].owner == owner
