"""Attendance headers of standing committees, written from knowledge of the genre: Czech monitoring and steering
committees of operational programmes (members by their standing: with a vote, with an advisory vote, observers;
the managing authority's staff listed on its behalf), UK NHS and university committees (a register table with an
"In attendance" section row, officers' offices given by profession or initialism after the name), apologies whose
sentence names the substitute who attended. Each row is a short invented header as a careful annotator following
corpus/FORMAT.md lists it. Also the English reported title, kept whole with its "held on ... at ... in ..."."""

from __future__ import annotations

from typing import Any

import pytest
from docbuild import Block, blocks_doc
from docbuild import heading as _h
from docbuild import para as _p
from docbuild import table as _t
from genre_rows import attendance_lists, meeting_of
from genre_rows import expected_lists as _lists

from minutes_nlp.extract import metadata
from minutes_nlp.extract.result import MeetingInfo

_CS_TOP = _h("Zápis z 5. zasedání Monitorovacího výboru Operačního programu Doprava")
_CS_BODY = (_h("1. Zahájení"), _p("Předseda zahájil zasedání a konstatoval usnášeníschopnost."))
_EN_TOP = _h("Minutes of the Finance Committee")
_EN_BODY = (_h("1. Welcome and apologies"), _p("The Chair welcomed members to the meeting."))


def _meeting(blocks: tuple[Block, ...], lang: str) -> MeetingInfo:
    return meeting_of(blocks_doc(*blocks), lang)


CS_ROWS: list[tuple[str, tuple[Block, ...], dict[str, Any]]] = [
    ("cs-mv-table-standing",
     (_CS_TOP, _t(["Členové s hlasovacím právem", "Ing. Jan Novák (MD); Mgr. Eva Malá (MF), místopředsedkyně"],
                  ["Členové s poradním hlasem", "Ing. Petr Lom (Evropská komise)"],
                  ["Pozorovatelé", "Mgr. Iva Krátká (Svaz měst a obcí)"],
                  ["Omluveni", "Ing. Karel Hrubý (MPO)"]), *_CS_BODY),
     _lists("Jan Novák; Eva Malá; Petr Lom; Iva Krátká", absent="Karel Hrubý")),
    ("cs-mv-lines-present-voting",
     (_CS_TOP, _p("Přítomní členové s hlasovacím právem: Ing. Jan Novák, Mgr. Eva Malá, Petr Lom"),
      _p("Členové s hlasem poradním: Ing. Hana Veselá (Auditní orgán)"), *_CS_BODY),
     _lists("Jan Novák; Eva Malá; Petr Lom; Hana Veselá")),
    ("cs-mv-hlas-rozhodujici",
     (_CS_TOP, _p("Členové s hlasem rozhodujícím: Ing. Jan Novák, Mgr. Eva Malá"),
      _p("Členové bez hlasovacího práva: Petr Lom"), *_CS_BODY),
     _lists("Jan Novák; Eva Malá; Petr Lom")),
    ("cs-mv-pozorovatelka-line",
     (_CS_TOP, _p("Přítomni: Ing. Jan Novák, Mgr. Eva Malá"), _p("Pozorovatelka: Mgr. Iva Krátká (NS MAS)"),
      *_CS_BODY),
     _lists("Jan Novák; Eva Malá; Iva Krátká")),
    ("cs-mv-za-ridici-organ-row",
     (_CS_TOP, _t(["Členové s hlasovacím právem", "Ing. Jan Novák, Mgr. Eva Malá"],
                  ["Za řídicí orgán", "Ing. Petr Lom, ředitel odboru řízení programu; Bc. Iva Krátká, "
                                      "vedoucí oddělení monitorování"],
                  ["Zapisovatelka", "Ing. Hana Veselá, sekretariát"]), *_CS_BODY),
     _lists("Jan Novák; Eva Malá; Petr Lom; Iva Krátká; Hana Veselá")),
    ("cs-mv-za-ro-line",
     (_CS_TOP, _p("Přítomní členové s hlasovacím právem: Ing. Jan Novák, Mgr. Eva Malá"),
      _p("Za ŘO: Ing. Petr Lom, Bc. Iva Krátká"), _p("Host: Ing. Karel Hrubý, hodnotitel (k bodu 3)"), *_CS_BODY),
     _lists("Jan Novák; Eva Malá; Petr Lom; Iva Krátká", guests="Karel Hrubý")),
    ("cs-za-firmu-stays-guest",
     (_h("Zápis z kontrolního dne stavby Rekonstrukce školy"), _p("Přítomni: Ing. Jan Novák, Mgr. Eva Malá"),
      _p("Za zhotovitele: Ing. Petr Lom, stavbyvedoucí"), *_CS_BODY),
     _lists("Jan Novák; Eva Malá", guests="Petr Lom")),
]

EN_ROWS: list[tuple[str, tuple[Block, ...], dict[str, Any]]] = [
    ("en-register-in-attendance-section",
     (_EN_TOP, _t(["Name", "Role", "Attendance"], ["Jane Doe", "Non-Executive Director (Chair)", "Present"],
                  ["Tom Reed", "Medical Director", "Present"], ["Ann Lee", "Chief Nurse", "Apologies"],
                  ["In attendance:", "", ""], ["Mark Hale", "Director of Finance", "Present"],
                  ["Dr Ruth Penn", "Consultant Microbiologist", "For item 4"],
                  ["Sam Cole", "Board Secretary (minutes)", "Present"]), *_EN_BODY),
     _lists("Jane Doe; Tom Reed", absent="Ann Lee", guests="Mark Hale; Ruth Penn; Sam Cole")),
    ("en-register-in-attendance-section-two-columns",
     (_EN_TOP, _t(["Name", "Attendance"], ["Jane Doe", "Present"], ["Tom Reed", "Present"],
                  ["In attendance", ""], ["Mark Hale", "Present"]), *_EN_BODY),
     _lists("Jane Doe; Tom Reed", guests="Mark Hale")),
    ("en-apologies-sentence-represented-by",
     (_EN_TOP, _p("Present: Jane Doe (Chair), Tom Reed, Ann Lee"),
      _h("1. Welcome and apologies"),
      _p("Apologies were noted from Mark Hale, who was represented by Ruth Penn."),),
     _lists("Jane Doe; Tom Reed; Ann Lee", absent="Mark Hale")),
    ("en-apologies-sentence-deputising",
     (_EN_TOP, _p("Present: Jane Doe (Chair), Tom Reed, Ann Lee"),
      _h("1. Welcome and apologies"),
      _p("Apologies were received from Mark Hale, with Ruth Penn deputising."),),
     _lists("Jane Doe; Tom Reed; Ann Lee", absent="Mark Hale")),
    ("en-in-attendance-professions",
     (_EN_TOP, _p("Members present: Jane Doe (JD), Non-Executive Director; Tom Reed (TR), Medical Director"),
      _p("In attendance: Mark Hale (MH), Chief Pharmacist; Dr Ruth Penn (RP), DIPC (for item 5); "
         "Sam Cole (SC), Freedom to Speak Up Guardian"), *_EN_BODY),
     _lists("Jane Doe; Tom Reed", guests="Mark Hale; Ruth Penn; Sam Cole")),
    ("en-in-attendance-initialism-offices",
     (_EN_TOP, _p("Present: Jane Doe, Chair; Tom Reed, Vice-Chair"),
      _p("In attendance: Mark Hale, CFO; Ann Lee, Head of Internal Audit"), *_EN_BODY),
     _lists("Jane Doe; Tom Reed", guests="Mark Hale; Ann Lee")),
]


@pytest.mark.parametrize(("blocks", "expected"), [pytest.param(b, e, id=i) for i, b, e in CS_ROWS])
def test_czech_committee_attendance(blocks: tuple[Block, ...], expected: dict[str, Any]) -> None:
    assert attendance_lists(_meeting(blocks, "cs")) == expected


@pytest.mark.parametrize(("blocks", "expected"), [pytest.param(b, e, id=i) for i, b, e in EN_ROWS])
def test_english_committee_attendance(blocks: tuple[Block, ...], expected: dict[str, Any]) -> None:
    assert attendance_lists(_meeting(blocks, "en")) == expected


TITLES = [
    "Minutes of the meeting of the Audit Committee held on Tuesday 4 March 2025 at 2.00pm in the Boardroom, "
    "Trust Headquarters",
    "MINUTES of the Ordinary Meeting of Ashby Parish Council held at the Village Hall on Monday 9th June 2025 "
    "at 7.30pm",
    "Minutes of a Meeting of the Board of Directors held at Mill House, 4 Quay Street and by video conference "
    "on Wednesday 22 January 2025 at 5.30pm",
    "Minutes of the Regular Meeting of the Planning Board held in Council Chambers on Tuesday, March 4, 2025",
    "Minutes of the meeting of the Senate held on 3 October 2024 at 2.00pm in Room 2.14, Main Building",
]


@pytest.mark.parametrize("title", TITLES)
def test_english_title_kept_as_written(title: str) -> None:
    """corpus/FORMAT.md: the title as written, with its "held at ... on ..." details."""
    doc = blocks_doc(_h(title), _p("Present: Jane Doe (Chair), Tom Reed"), *_EN_BODY)
    assert metadata.extract_meeting(doc, "en").title == title
