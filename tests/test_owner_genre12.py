"""Genre inventory (round 12) of action OWNERS in Czech and English minutes, written from knowledge of real
minutes before reading any failure: the owner label spellings the first inventory lacked, short forms in owner
lines (initials, surname only, a role, a body with its person), the agent of a Czech task verb after an
adverbial or a request clause, English undertakings and instructions, role nouns with and without a holder,
collective owners, and the negative rows: sentences shaped like an owner that name someone who is not the owner
(the speaker who reports a third party's task, the one who asks, the addressee, a verifier or a deadline label).

Conventions (corpus/FORMAT.md): an owner is a canonical person or institution name, or None when the text names
nobody or a collective ("všichni členové", "all members"); never guessed. A role is the person the attendance
list gives that role, else None. Names and sentences are invented; nothing is taken from the corpus.
"""

from __future__ import annotations

import pytest
from items_support import doc_from_lines, entities_with_roles

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import Action, MeetingInfo

CS_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Tomáš Horák": (["Ing. Horák", "Ing. Horáka", "Ing. Horákovi", "p. Horák", "Horák", "TH"], None),
    "Alena Malá": (["Mgr. Malá", "Mgr. Malou", "Mgr. Malé", "p. Malá", "paní Malá", "Malá", "A. Malá", "AM"],
                   "tajemnice"),
    "Pavel Kříž": (["Bc. Kříž", "Bc. Křížovi", "p. Kříž", "Kříž"], "místostarosta"),
    "Ivana Bílá": (["Ing. Bílá", "Ing. Bílou", "Ing. Bílé", "Bílá"], "předsedkyně komise"),
}
CS_BODIES = {
    "OŠMT": ["OŠMT"],
    "Odbor investic": ["Odbor investic", "odbor investic", "odborem investic", "OI"],
    "Krajský úřad": ["Krajský úřad", "krajský úřad", "KÚ"],
    "OM": ["OM", "Odbor majetku", "odbor majetku", "odboru majetku", "odborem majetku"],
}
EN_PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Helen Carter": (["HC", "Helen", "Cllr Carter", "Ms Carter"], "Chair"),
    "Owen Price": (["OP", "Owen", "Mr Price"], "Clerk"),
    "Priya Shah": (["PS", "Priya", "Dr Shah"], None),
    "Gareth Evans": (["GE", "Gareth", "Mr Evans"], "Treasurer"),
}
EN_BODIES = {
    "Secretariat": ["Secretariat", "the Secretariat"],
    "Highways Agency": ["Highways Agency"],
    "Finance Team": ["Finance Team"],
}

Row = tuple[str, list[str], str | tuple[str, ...] | None]

CS_ROWS: list[Row] = [
    # owner labels in their other spellings, the label after the task
    ("cs", ["Zajistit opravu chodníku.", "Odpovědnost: Ing. Horák"], "Tomáš Horák"),
    ("cs", ["Zajistit opravu chodníku.", "Kdo: Ing. Horák, do kdy: 30. 6. 2025"], "Tomáš Horák"),
    ("cs", ["Zajistit opravu chodníku.", "Odpovědná osoba: Mgr. Malá"], "Alena Malá"),
    ("cs", ["Zajistit opravu chodníku.", "Garant: Ing. Bílá"], "Ivana Bílá"),
    ("cs", ["Zajistit opravu chodníku.", "Zodpovídá: OI"], "Odbor investic"),
    ("cs", ["Zajistit opravu chodníku.", "Nositel úkolu: Ing. Horák"], "Tomáš Horák"),
    ("cs", ["Zajistit opravu chodníku.", "Zodpovídají: Ing. Horák, Mgr. Malá"], ("Tomáš Horák", "Alena Malá")),
    # short forms in the owner line: surname only, initials, a role, a body with its person
    ("cs", ["Zajistit opravu chodníku.", "Zodpovídá: Horák"], "Tomáš Horák"),
    ("cs", ["Zajistit opravu chodníku.", "Z: TH, T: 30. 6. 2025"], "Tomáš Horák"),
    ("cs", ["Zajistit opravu chodníku.", "Zodpovídá: místostarosta"], "Pavel Kříž"),
    ("cs", ["Zajistit opravu chodníku.", "Zodpovídá: tajemnice"], "Alena Malá"),
    ("cs", ["Zajistit opravu chodníku.", "Zodpovídá: OŠMT (Ing. Horák)"], "Tomáš Horák"),
    ("cs", ["Zajistit opravu chodníku.", "Zodpovídá: OŠMT – Ing. Horák"], "Tomáš Horák"),
    # collective owners stay empty
    ("cs", ["Zaslat připomínky k návrhu.", "Zodpovídá: všichni členové komise"], None),
    ("cs", ["Zaslat připomínky k návrhu.", "Z: členové výboru"], None),
    ("cs", ["Všichni členové komise zašlou připomínky do 15. 5. 2025."], None),
    ("cs", ["Roznést letáky do schránek.", "Zodpovídá: členové OŠMT, termín: 5. 5. 2025"], "OŠMT"),
    ("en", ["Circulate the papers.", "Action: all members of the Finance Team"], "Finance Team"),
    # the agent of a Czech task verb after an adverbial or a clause
    ("cs", ["Do konce měsíce Ing. Horák zašle členům cenové nabídky."], "Tomáš Horák"),
    ("cs", ["Následně Mgr. Malá rozešle pozvánky."], "Alena Malá"),
    ("cs", ["V návaznosti na diskusi zpracuje odbor investic harmonogram."], "Odbor investic"),
    ("cs", ["Na žádost předsedkyně komise zašle Ing. Horák podklady."], "Tomáš Horák"),
    ("cs", ["Komise se dohodla, že Bc. Kříž osloví správce komunikace."], "Pavel Kříž"),
    ("cs", ["Bylo dohodnuto, že odbor investic připraví rozpočet akce."], "Odbor investic"),
    # a body written in the dative or genitive before the verb is no subject (Czech declines names)
    ("cs", ["Odbor majetku vydal souhlas.", "Návrh smlouvy zpracuje a odboru majetku předá A. Malá do konce dubna."],
     "Alena Malá"),
    ("cs", ["Odbor majetku vydal souhlas.", "Návrh smlouvy zpracuje a předá odbor majetku do konce dubna."], "OM"),
    ("cs", ["Odboru investic byla předána žádost obce.", "Posudek zpracuje a předá odbor investic do konce května."],
     "Odbor investic"),
    # the subject of the that-clause, before or after its verb
    ("cs", ["Ing. Bílá uvedla, že Ing. Horák posoudí žádost do konce května."], "Tomáš Horák"),
    ("cs", ["Ing. Bílá uvedla, že žádost posoudí Ing. Horák do konce května."], "Tomáš Horák"),
    # passive with the person in brackets
    ("cs", ["Objednávka bude zajištěna do konce dubna (p. Horák)."], "Tomáš Horák"),
    ("cs", ["Opravu zajistí odbor investic (p. Horák)."], "Odbor investic"),
    ("cs", ["Je třeba opravit zábradlí u lávky (Ing. Horák, do 30. 4. 2025)."], "Tomáš Horák"),
    ("cs", ["Oprava bude zajištěna do konce dubna (podnět p. Horáka)."], None),
    # bare passives and necessities: nobody named
    ("cs", ["Oprava bude zajištěna do konce dubna."], None),
    ("cs", ["Bude nutné prověřit vlastnictví pozemku."], None),
    # negatives: the speaker reports a task of someone else, or of nobody named
    ("cs", ["Ing. Bílá požádala Ing. Horáka o zaslání nabídek."], "Tomáš Horák"),
]

EN_ROWS: list[Row] = [
    # owner labels and columns in their other spellings
    ("en", ["Circulate the revised budget.", "By whom: GE"], "Gareth Evans"),
    ("en", ["Circulate the revised budget.", "Responsible officer: Owen Price"], "Owen Price"),
    ("en", ["Circulate the revised budget.", "Action owner: Treasurer"], "Gareth Evans"),
    ("en", ["Circulate the revised budget.", "Lead: PS"], "Priya Shah"),
    ("en", ["Circulate the revised budget. [Action: Clerk]"], "Owen Price"),
    ("en", ["Circulate the revised budget.", "Action: the Clerk"], "Owen Price"),
    ("en", ["Circulate the papers.", "Action: Secretariat"], "Secretariat"),
    ("en", ["Circulate the papers.", "Action: Finance Team (GE)"], "Gareth Evans"),
    # "X to", "X will", undertakings, instructions
    ("en", ["ACTION: Dr Shah to share the survey results."], "Priya Shah"),
    ("en", ["Secretariat to circulate the papers a week before the meeting."], "Secretariat"),
    ("en", ["Mr Evans undertook to obtain a second quotation."], "Gareth Evans"),
    ("en", ["Priya offered to draft the newsletter article."], "Priya Shah"),
    ("en", ["The Clerk was instructed to write to the Highways Agency."], "Owen Price"),
    ("en", ["The Treasurer was asked to prepare a budget for next year."], "Gareth Evans"),
    ("en", ["It was agreed that Mr Price would contact the insurer."], "Owen Price"),
    ("en", ["Following discussion, Helen agreed to write to the school."], "Helen Carter"),
    ("en", ["At the request of the Chair, Dr Shah will circulate the audit report."], "Priya Shah"),
    ("en", ["The revised budget will be circulated before the next meeting (GE)."], "Gareth Evans"),
    ("en", ["The revised budget will be circulated before the next meeting (see annex 2)."], None),
    ("en", ["Circulate the papers.", "Assignee: Priya Shah"], "Priya Shah"),
    ("en", ["Circulate the papers.", "Person responsible: GE"], "Gareth Evans"),
    # collective and unnamed owners stay empty
    ("en", ["Circulate the papers.", "Action: All"], None),
    ("en", ["All members to send their comments to the Clerk by Friday."], None),
    ("en", ["Members to review the draft policy before the next meeting."], None),
    ("en", ["Officers will bring a report to the next meeting."], None),
    # a role nobody in the attendance list holds: empty
    ("en", ["The Vice-Chair will write to the County Council."], None),
    # negatives: the reporter or the one who asks is not the owner
    ("en", ["Dr Shah asked the Clerk to obtain three quotations."], "Owen Price"),
]


def _actions(lang: str, lines: list[str]) -> list[Action]:
    doc = doc_from_lines(*lines)
    people, bodies = (CS_PEOPLE, CS_BODIES) if lang == "cs" else (EN_PEOPLE, EN_BODIES)
    ents = entities_with_roles(doc, people, bodies)
    acts = extract_items(doc, lang, MeetingInfo(date="2025-03-10"), [], ents).actions
    return [a for a in acts if a.status is None]


@pytest.mark.parametrize(("lang", "lines", "owner"), CS_ROWS + EN_ROWS)
def test_owner_genre12(lang: str, lines: list[str], owner: str | tuple[str, ...] | None) -> None:
    acts = _actions(lang, lines)
    assert len(acts) == 1, [a.text for a in acts]
    assert acts[0].owner in owner if isinstance(owner, tuple) else acts[0].owner == owner
