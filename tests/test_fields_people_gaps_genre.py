"""Meeting fields and people in conventions real minutes use, written from knowledge of the genre (no corpus
sentence or name): the English recorder given in the attendance block ("In attendance: X (Clerk to the Council)",
"Secretary (minutes): X"); the Czech members' meeting and general assembly of an association or a cooperative,
the organisation's own organ, named with the organisation ("Členská schůze Spolku X", the meeting's kind such as
"výroční" left out); English committee names that enumerate their fields in capitals ("Audit, Risk and Governance
Committee"); knights' and dames' styles before a surname that is also a street word ("Sir Owen Lane"); and foreign
given names in -o and surnames in -i in Czech minutes ("Paolo", "Rossi"), not declined Czech forms."""

from __future__ import annotations

import pytest
from docbuild import Block
from docbuild import blocks_doc as _doc
from docbuild import heading as _h
from docbuild import para as _p
from genre_rows import people_names

from minutes_nlp.evaluate.match import similar
from minutes_nlp.extract.metadata import extract_meeting

_CS_END = (_h("1. Zahájení"), _p("Předsedající zahájil jednání."))
_EN_END = (_h("1. Welcome"), _p("The Chair welcomed members."))


def _cs(title: str) -> tuple[Block, ...]:
    return (_h(title), *_CS_END)


def _en(title: str, *lines: str) -> tuple[Block, ...]:
    return (_h(title), *(_p(x) for x in lines), *_EN_END)


RECORDER_EN = [
    ("clerk-to-the-council", ["Present: Cllr Ann Bell (Chair), Cllr Tom Reed",
                              "In attendance: Mary Wren (Clerk to the Council)"], "Mary Wren"),
    ("parish-clerk", ["Present: Cllr Ann Bell (Chair), Cllr Tom Reed", "In attendance: Mary Wren (Parish Clerk)"],
     "Mary Wren"),
    ("clerk-and-rfo", ["Present: Cllr Ann Bell (Chair), Cllr Tom Reed", "In attendance: Mary Wren (Clerk and RFO)"],
     "Mary Wren"),
    ("clerk-to-the-governors", ["Present: Ann Bell (Chair), Tom Reed",
                                "In attendance: Mary Wren (Clerk to the Governors)"], "Mary Wren"),
    ("also-present-minute-taker", ["Present: Ann Bell (Chair), Tom Reed", "Also present: Mary Wren (Minute Taker)"],
     "Mary Wren"),
    ("secretary-minutes-label", ["Present: Ann Bell (Chair), Tom Reed", "Secretary (minutes): Mary Wren"], "Mary Wren"),
    ("clerk-notes-label", ["Present: Ann Bell (Chair), Tom Reed", "Clerk (notes): Mary Wren"], "Mary Wren"),
    ("minutes-secretary-label", ["Present: Ann Bell (Chair), Tom Reed", "Minutes Secretary: Mary Wren"], "Mary Wren"),
    ("minutes-label", ["Present: Ann Bell (Chair), Tom Reed", "Minutes: Mary Wren"], "Mary Wren"),
    ("clerk-label", ["Present: Ann Bell (Chair), Tom Reed", "Clerk: Mary Wren"], "Mary Wren"),
]


@pytest.mark.parametrize(("lines", "expected"), [pytest.param(x, e, id=i) for i, x, e in RECORDER_EN])
def test_english_recorder_in_the_attendance_block(lines: list[str], expected: str) -> None:
    assert extract_meeting(_doc(*_en("Minutes of the Parish Council", *lines)), "en").recorder == expected


def test_a_bare_clerk_remark_is_no_recorder() -> None:
    """ "(Clerk)" alone: the clerk of a list need not be the one who wrote the minutes."""
    lines = ("Present: Ann Bell (Chair), Tom Reed", "In attendance: Mary Wren (Clerk), Joe Pike (Clerk)")
    assert extract_meeting(_doc(*_en("Minutes of the Parish Council", *lines)), "en").recorder is None


SERIES_CS = [
    ("clenska-schuze-spolku", "Zápis z členské schůze Spolku přátel Vranova", "Členská schůze Spolku přátel Vranova"),
    ("vyrocni-clenska-schuze", "Zápis z výroční členské schůze Tělovýchovné jednoty Sokol Vranov",
     "Členská schůze Tělovýchovné jednoty Sokol Vranov"),
    ("mimoradna-clenska-schuze", "Zápis z mimořádné členské schůze Českého svazu včelařů, z. s., ZO Vranov",
     "Členská schůze Českého svazu včelařů"),
    ("clenska-schuze-druzstva", "Zápis z členské schůze Bytového družstva Vranov",
     "Členská schůze Bytového družstva Vranov"),
    ("vyrocni-valna-hromada", "Zápis z výroční valné hromady Spolku rodičů při ZŠ Vranov",
     "Valná hromada Spolku rodičů při ZŠ Vranov"),
    ("radna-valna-hromada", "Zápis z řádné valné hromady společnosti Vodovody Vranov, a. s.",
     "Valná hromada společnosti Vodovody Vranov"),
    ("shromazdeni-delegatu", "Zápis ze shromáždění delegátů Stavebního bytového družstva Vranov",
     "Shromáždění delegátů Stavebního bytového družstva Vranov"),
    ("shromazdeni-vlastniku", "Zápis ze shromáždění vlastníků Společenství vlastníků Lipová 7, Vranov",
     "Shromáždění vlastníků Společenství vlastníků Lipová 7"),
    ("shromazdeni-clenu", "Zápis ze shromáždění členů Spolku přátel Vranova",
     "Shromáždění členů Spolku přátel Vranova"),
]


@pytest.mark.parametrize(("title", "expected"), [pytest.param(t, e, id=i) for i, t, e in SERIES_CS])
def test_czech_assembly_of_an_organisation_is_its_organ(title: str, expected: str) -> None:
    series = extract_meeting(_doc(*_cs(title)), "cs").series
    assert similar(series, expected), series


SERIES_EN = [
    ("children-enumeration", "Minutes of the Children, Young People and Families Committee",
     "Children, Young People and Families Committee"),
    ("audit-risk-governance", "Minutes of the Audit, Risk and Governance Committee",
     "Audit, Risk and Governance Committee"),
    ("scrutiny-panel", "Meeting of the Health, Wellbeing and Leisure Scrutiny Panel",
     "Health, Wellbeing and Leisure Scrutiny Panel"),
    ("held-on-after", "Minutes of the Finance, Resources and Performance Committee held on 3 March 2025",
     "Finance, Resources and Performance Committee"),
    ("ampersand", "Minutes of the Environment, Climate & Transport Board", "Environment, Climate & Transport Board"),
    ("comma-then-place", "Minutes of the Planning Committee, Council Chamber, Town Hall", "Planning Committee"),
]


@pytest.mark.parametrize(("title", "expected"), [pytest.param(t, e, id=i) for i, t, e in SERIES_EN])
def test_english_capitalised_enumeration_stays_in_the_name(title: str, expected: str) -> None:
    series = extract_meeting(_doc(*_en(title)), "en").series
    assert similar(series, expected), series


PEOPLE_EN = [
    ("sir-street-word", ["Present: Sir Owen Lane (Chair), Jane Doe, Tom Reed"],
     {"Owen Lane", "Jane Doe", "Tom Reed"}),
    ("sir-mid-list", ["Present: Jane Doe; Sir Peter Street; Tom Reed"], {"Peter Street", "Jane Doe", "Tom Reed"}),
    ("dame-field", ["Present: Jane Doe, Dame Ruth Field, Tom Reed"], {"Ruth Field", "Jane Doe", "Tom Reed"}),
    ("sir-in-sentence", ["Present: Jane Doe, Tom Reed", "Sir Mark Hill welcomed the committee."],
     {"Mark Hill", "Jane Doe", "Tom Reed"}),
    ("baroness-lord", ["Present: Jane Doe, Baroness Ann Reed, Lord Tom Hill"], {"Ann Reed", "Jane Doe", "Tom Hill"}),
    ("rt-hon", ["Present: Jane Doe, The Rt Hon Mark Vale MP"], {"Mark Vale", "Jane Doe"}),
    ("college-stays-a-place", ["Present: Jane Doe, Tom Reed", "The meeting was held at Lady Margaret Hall."],
     {"Jane Doe", "Tom Reed"}),
]


@pytest.mark.parametrize(("paragraphs", "expected"), [pytest.param(p, e, id=i) for i, p, e in PEOPLE_EN])
def test_english_honorific_styles(paragraphs: list[str], expected: set[str]) -> None:
    assert people_names(_doc(*(_p(t) for t in paragraphs)), "en") == expected


PEOPLE_CS = [
    ("paolo", ["Přítomni: Ing. Jan Novák, Paolo Ferri (Evropská komise)", "Předseda poděkoval panu Ferrimu."],
     {"Jan Novák", "Paolo Ferri"}),
    ("carlo-rossi", ["Přítomni: Ing. Jan Novák, Carlo Rossi", "Pan Rossi představil projekt."],
     {"Jan Novák", "Carlo Rossi"}),
    ("fernando", ["Přítomni: Mgr. Eva Malá, Fernando Ortega (OECD)", "Fernando Ortega informoval o hodnocení."],
     {"Eva Malá", "Fernando Ortega"}),
    ("sergio-genitive", ["Přítomni: Mgr. Eva Malá, Sergio Bianchi", "Na dotaz pana Bianchiho odpověděla Mgr. Malá."],
     {"Eva Malá", "Sergio Bianchi"}),
    ("hugo-bruno", ["Přítomni: Ing. Jan Novák, Hugo Brandt, Bruno Keller", "Bruno Keller shrnul výsledky."],
     {"Jan Novák", "Hugo Brandt", "Bruno Keller"}),
    ("czech-soft-dative-unchanged", ["Přítomni: Ing. Tomáš Dvořák, Jiří Svoboda",
                                     "Ing. Tomáši Dvořákovi bylo uloženo zajistit opravu."],
     {"Tomáš Dvořák", "Jiří Svoboda"}),
]


@pytest.mark.parametrize(("paragraphs", "expected"), [pytest.param(p, e, id=i) for i, p, e in PEOPLE_CS])
def test_czech_foreign_given_names_in_o_and_surnames_in_i(paragraphs: list[str], expected: set[str]) -> None:
    assert people_names(_doc(*(_p(t) for t in paragraphs)), "cs") == expected
