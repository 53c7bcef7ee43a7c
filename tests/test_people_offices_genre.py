"""People precision on words that look like names in real minutes, written from knowledge of the genre: NHS and
university offices written in capitals ("Associate Non-Executive Director", "Freedom to Speak Up Guardian",
"Chief Executive"), hospital names ("Ashdown Royal Infirmary"), the periods and companies a heading's bracket
gives ("Performance Report (Month 9)", "(Acme Homes Inc.)"), the adjectives of Czech regions in an elliptic
coordination ("zástupci Jihomoravského a Olomouckého kraje"), and foreign surnames with a pronounced final -e that
Czech declines like an adjective ("pana Langeho" is Mr Lange)."""

from __future__ import annotations

from typing import Any

import pytest
from docbuild import blocks_doc
from docbuild import heading as _h
from docbuild import para as _p
from genre_rows import people_names

from minutes_nlp.extract import agenda

EN_ROWS = [
    ("en-associate-non-executive",
     ["Present: Jane Doe (Chair); Tom Reed, Associate Non-Executive Director; Ann Lee, Non-Executive Director",
      "The meeting was quorate, with two Non-Executive Directors present."],
     {"Jane Doe", "Tom Reed", "Ann Lee"}),
    ("en-freedom-to-speak-up-guardian",
     ["In attendance: Mark Hale (MH), Freedom to Speak Up Guardian; Ruth Penn (RP), Chief Executive",
      "The Freedom to Speak Up Guardian presented the quarterly report."],
     {"Mark Hale", "Ruth Penn"}),
    ("en-royal-infirmary",
     ["Minutes of the meeting held in the Boardroom, Trust Headquarters, Ashdown Royal Infirmary",
      "Present: Jane Doe (Chair), Tom Reed"],
     {"Jane Doe", "Tom Reed"}),
]

CS_ROWS: list[Any] = [
    ("cs-region-adjectives",
     ["Přítomni: Ing. Jan Novák, Mgr. Eva Malá",
      "Jednání se zúčastnili také zástupci Jihomoravského, Olomouckého a Libereckého kraje."],
     {"Jan Novák", "Eva Malá"}),
    ("cs-region-adjective-before-kraj",
     ["Přítomni: Ing. Jan Novák, Mgr. Eva Malá",
      "Ing. Novák informoval o jednání se zástupcem Moravskoslezského kraje."],
     {"Jan Novák", "Eva Malá"}),
    ("cs-foreign-surname-in-e",
     ["Přítomni: Ing. Jan Novák, Mark Lange (Evropská komise)",
      "Předseda přivítal zejména pana Langeho z Evropské komise."],
     {"Jan Novák", "Mark Lange"}),
    ("cs-foreign-surname-in-e-dative",
     ["Přítomni: Ing. Jan Novák, Mark Lange (Evropská komise)",
      "Předseda poděkoval panu Langemu za prezentaci."],
     {"Jan Novák", "Mark Lange"}),
    ("cs-foreign-given-name-in-o",
     ["Přítomni: Ing. Jan Novák, Paolo Conte (Evropská komise)",
      "Předseda poděkoval panu Contemu za prezentaci."],
     {"Jan Novák", "Paolo Conte"}),
]


@pytest.mark.parametrize(("paragraphs", "expected"), [pytest.param(p, e, id=i) for i, p, e in EN_ROWS])
def test_english_office_words_are_no_people(paragraphs: list[str], expected: set[str]) -> None:
    assert people_names(blocks_doc(*(_p(t) for t in paragraphs)), "en") == expected


def _cs_params() -> list[Any]:
    return [pytest.param(r[1], r[2], id=r[0]) if isinstance(r[0], str) else r for r in CS_ROWS]


@pytest.mark.parametrize(("paragraphs", "expected"), _cs_params())
def test_czech_regions_and_foreign_surnames(paragraphs: list[str], expected: set[str]) -> None:
    assert people_names(blocks_doc(*(_p(t) for t in paragraphs)), "cs") == expected


BRACKETS = [
    "Integrated Quality and Performance Report (Month 9)",
    "Finance Report (Quarter 3)",
    "Planning Application 25/0114, 12 Mill Lane (Acme Homes Inc.)",
    "Extension of Draft Plan Approval, Hessick Road (Fernhill Developments Ltd.)",
    "Capital Programme Update (Phase 2)",
]


@pytest.mark.parametrize("heading", BRACKETS)
def test_heading_bracket_of_a_period_or_company_names_no_presenter(heading: str) -> None:
    doc = blocks_doc(_h("Minutes of the Finance Committee"), _p("Present: Jane Doe (Chair), Tom Reed"),
                     _h(f"5. {heading}"), _p("The committee noted the report."))
    items = agenda.extract_agenda(doc, "en")
    assert [i.presenters for i in items] == [()]
