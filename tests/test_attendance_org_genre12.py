"""Attendance lists whose entries carry the person's organisation, written from knowledge of the genre (not
from our corpus): coordination, partnership and inter-agency meetings list each participant with a body after
a bracket, a dash or a comma ("Jane Doe (UNHCR)", "Jane Doe – Galway County Council", "Ing. Jan Novák, MAS
Lhoticko"), or group the people under their body ("UNHCR: Jane Doe, John Roe", "Za KÚ: ..."), or put the body in
a column of a register table. The people are the attendees, the bodies are institutions, and a body is never a
person: an unseen series of such meetings loses both lists when the organisation column leaks into names."""

from __future__ import annotations

from typing import Any

import pytest
from docbuild import Block, blocks_doc
from docbuild import heading as _h
from docbuild import para as _p
from docbuild import table as _t
from genre_rows import attendance_lists, meeting_of
from genre_rows import expected_lists as _l

from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.textutil import fold

_CS_TOP = _h("Zápis z jednání pracovní skupiny pro cestovní ruch")
_CS_BODY = (_h("1. Zahájení"), _p("Předsedající zahájila jednání v 10:00 hodin."))
_EN_TOP = _h("Minutes of the Inter-Agency Coordination Meeting")
_EN_BODY = (_h("1. Welcome"), _p("The Chair welcomed everyone to the meeting."))


def _cs(*blocks: Block) -> tuple[Block, ...]:
    return (_CS_TOP, *blocks, *_CS_BODY)


def _en(*blocks: Block) -> tuple[Block, ...]:
    return (_EN_TOP, *blocks, *_EN_BODY)


ROWS: list[Any] = [
    ("cs-paren-acronyms", "cs", _cs(_p("Přítomni: Ing. Jana Malá (MAS Lhoticko), Mgr. Petr Lom "
                                       "(KÚ Olomouckého kraje)")),
     _l("Jana Malá; Petr Lom"), ("MAS Lhoticko",)),
    ("cs-dash-body", "cs", _cs(_p("Přítomni: Ing. Jana Malá – Městský úřad Lhotice, Petr Lom – ZŠ a MŠ Lhotice")),
     _l("Jana Malá; Petr Lom"), ("Městský úřad Lhotice", "ZŠ a MŠ Lhotice")),
    ("cs-comma-body-semicolons", "cs", _cs(_p("Přítomni: Ing. Jana Malá, MAS Lhoticko; Mgr. Petr Lom, Muzeum Lhotice")),
     _l("Jana Malá; Petr Lom"), ("MAS Lhoticko", "Muzeum Lhotice")),
    ("cs-za-group", "cs", _cs(_p("Přítomni:"), _p("Za MAS Lhoticko: Ing. Jana Malá, Petr Lom"),
                              _p("Za Krajský úřad Olomouckého kraje: Mgr. Eva Horká")),
     _l("Jana Malá; Petr Lom; Eva Horká"), ("MAS Lhoticko", "Krajský úřad Olomouckého kraje")),
    ("cs-table-organizace", "cs", _cs(_p("Přítomni:"), _t(["Jméno", "Organizace"], ["Ing. Jana Malá", "MAS Lhoticko"],
                                                          ["Petr Lom", "NPÚ"])),
     _l("Jana Malá; Petr Lom"), ("MAS Lhoticko", "NPÚ")),
    ("en-paren-acronyms", "en", _en(_p("Present: Jane Doe (UNHCR), John Roe (IOM), Mary Poe (NRC)")),
     _l("Jane Doe; John Roe; Mary Poe"), ("UNHCR", "IOM", "NRC")),
    ("en-dash-acronyms", "en", _en(_p("Present: Jane Doe – UNICEF; John Roe – WFP")),
     _l("Jane Doe; John Roe"), ("UNICEF", "WFP")),
    ("en-comma-council", "en", _en(_p("Present: Jane Doe, Galway County Council; John Roe, SEAI")),
     _l("Jane Doe; John Roe"), ("Galway County Council", "SEAI")),
    ("en-body-groups", "en", _en(_p("Attendees:"), _p("UNHCR: Jane Doe, John Roe"), _p("Save the Children: Mary Poe")),
     _l("Jane Doe; John Roe; Mary Poe"), ("UNHCR", "Save the Children")),
    ("en-table-organisation", "en", _en(_p("Present:"), _t(["Name", "Organisation"], ["Jane Doe", "UNHCR"],
                                                          ["John Roe", "Transport Infrastructure Ireland"])),
     _l("Jane Doe; John Roe"), ("UNHCR", "Transport Infrastructure Ireland")),
    ("en-table-agency-first", "en", _en(_p("Participants:"), _t(["Agency", "Name"], ["IOM", "Jane Doe"],
                                                                ["World Vision", "John Roe"])),
     _l("Jane Doe; John Roe"), ("IOM", "World Vision")),
    ("en-org-dash-name", "en", _en(_p("Present: UNHCR – Jane Doe; IOM – John Roe")),
     _l("Jane Doe; John Roe"), ("UNHCR", "IOM")),
    ("en-unknown-acronym", "en", _en(_p("Present: Jane Doe (KDRA), John Roe (WCDP)")),
     _l("Jane Doe; John Roe"), ("KDRA", "WCDP")),
    ("en-long-org-paren", "en", _en(_p("Present: Jane Doe (Kilbride Family Resource Centre), John Roe (Westshire "
                                       "Wildlife Trust)")),
     _l("Jane Doe; John Roe"), ("Kilbride Family Resource Centre", "Westshire Wildlife Trust")),
    ("en-role-and-org", "en", _en(_p("Present: Jane Doe, Chair, Kilbride Residents Association; John Roe, "
                                     "Secretary, Westshire Food Network")),
     _l("Jane Doe; John Roe"), ("Kilbride Residents Association", "Westshire Food Network")),
    ("en-apologies-org", "en", _en(_p("Present: Jane Doe (UNHCR)"), _p("Apologies: John Roe (OCHA)")),
     _l("Jane Doe", absent="John Roe"), ("UNHCR", "OCHA")),
    ("en-online-marker", "en", _en(_p("Present: Jane Doe (UNICEF, online), John Roe (WFP)")),
     _l("Jane Doe; John Roe"), ("UNICEF", "WFP")),
    ("cs-university", "cs", _cs(_p("Přítomni: doc. Ing. Jana Malá, Ph.D. (Univerzita Palackého v Olomouci), "
                                   "Petr Lom (Hvězdárna Lhotice)")),
     _l("Jana Malá; Petr Lom"), ("Univerzita Palackého v Olomouci", "Hvězdárna Lhotice")),
    ("cs-dash-legal-form", "cs", _cs(_p("Přítomni: Jana Malá – Technické služby Lhotice, s. r. o.; Petr Lom – "
                                        "Spolek Lhotice, z. s.")),
     _l("Jana Malá; Petr Lom"), ("Technické služby Lhotice", "Spolek Lhotice")),
    ("en-role-then-org", "en", _en(_p("Present: Jane Doe, Protection Officer, UNHCR; John Roe, Programme Manager, "
                                      "IOM")),
     _l("Jane Doe; John Roe"), ("UNHCR", "IOM")),
    ("en-co-chair-in-brackets", "en", _en(_p("Present: Jane Doe (Co-Chair, UNHCR), John Roe (Co-Chair, IOM)")),
     _l("Jane Doe; John Roe"), ("UNHCR", "IOM")),
    ("en-table-org-first-defined", "en", _en(_p("Participants:"), _t(["Organisation", "Name", "Title"],
                                                                     ["UNHCR", "Jane Doe", "Protection Officer"],
                                                                     ["Norwegian Refugee Council (NRC)", "John Roe",
                                                                      "Shelter Coordinator"])),
     _l("Jane Doe; John Roe"), ("UNHCR", "NRC")),
    ("en-apologies-bodies-only", "en", _en(_p("Apologies: UNICEF, WFP")), _l(), ("UNICEF", "WFP")),
    ("cs-role-then-body", "cs", _cs(_p("Přítomni: Ing. Jana Malá, ředitelka, MAS Lhoticko; Mgr. Petr Lom, starosta, "
                                       "Obec Lhotice")),
     _l("Jana Malá; Petr Lom"), ("MAS Lhoticko", "Obec Lhotice")),
]


@pytest.mark.parametrize(("lang", "blocks", "expected", "orgs"), [pytest.param(*r[1:], id=r[0]) for r in ROWS])
def test_attendance_with_organisations(lang: str, blocks: tuple[Block, ...], expected: dict[str, Any],
                                       orgs: tuple[str, ...]) -> None:
    doc = blocks_doc(*blocks)
    assert attendance_lists(meeting_of(doc, lang)) == expected
    meeting = meeting_of(doc, lang)
    found = extract_entities(doc, lang, meeting, ()).institutions
    keys = [{fold(x) for x in (o.name, o.full_name or "", *o.aliases) if x} for o in found]
    for name in orgs:
        assert any(fold(name) in k for k in keys), (name, [o.name for o in found])
