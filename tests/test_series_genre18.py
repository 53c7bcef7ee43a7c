"""Round 18 genre inventory of the series and title of local-council and parish minutes, written from knowledge of
the genre (Philippine barangay and municipal sessions, Church of England parochial church councils, Czech grant
committees and directors' boards of contributory organisations). Names are our own.

(a) Philippine sessions: the document opens with the hierarchy of the issuing unit ("Republic of the Philippines",
"Province of X", "Municipality of Y"), then the unit and its office, then the minutes line; the body that meets is
the unit's legislative council ("Sangguniang Barangay/Bayan/Panlungsod of X"). The hierarchy lines are no title.
(b) Parochial church councils: a parish's PCC is known by its place; its minutes name it by its kind alone under a
letterhead giving the church's dedication and the place ("Parish of St Mary, Ashby"); a council "elected at the
Annual Parochial Church Meeting" is still the PCC (the participle starts the title's tail).
(c) Czech: a body set up for a year's round keeps its series across rounds ("... pro rok 2025" is no part of it);
the legal form of a contributory organisation closes the organisation's name, not the body's ("Kolegium ředitele
Správy silnic X, p. o."); the organisation's line set under the title ("Zápis z kolegia ředitele" over "Správa a
údržba silnic X, příspěvková organizace") owns the director's board.
Negative rows: bodies whose series the rules must leave as they are.
"""

from __future__ import annotations

import pytest
from docbuild import Block, blocks_doc
from docbuild import heading as _h
from docbuild import para as _p

from minutes_nlp.extract import metadata

_EN_BODY = (_p("Present: Jane Doe (Chair), Tom Reed"), _h("1. Apologies"), _p("There were no apologies."))
_CS_BODY = (_p("Přítomni: Ing. Jan Novák, Mgr. Eva Malá"), _h("1. Zahájení"), _p("Předseda zahájil schůzi."))

EN_ROWS = [  # (id, blocks, series)
    ("ph-hierarchy-then-title",
     (_p("Republic of the Philippines"), _p("Province of Batangan"), _p("Municipality of Malinao"),
      _p("BARANGAY MASAGANA"), _p("OFFICE OF THE SANGGUNIANG BARANGAY"),
      _h("MINUTES OF THE 9TH REGULAR SESSION OF THE SANGGUNIANG BARANGAY OF MASAGANA")),
     "Sangguniang Barangay of Masagana"),
    ("ph-bayan-title",
     (_h("Minutes of the 42nd Regular Session of the Sangguniang Bayan of Malinao held on 3 March 2025"),),
     "Sangguniang Bayan of Malinao"),
    ("ph-panlungsod-title",
     (_h("Minutes of the 7th Special Session of the Sangguniang Panlungsod of Dalisay City"),),
     "Sangguniang Panlungsod of Dalisay City"),
    ("pcc-parish-letterhead",
     (_h("Parish of St Mary, Ashby Wold"), _h("Parochial Church Council"),
      _p("Minutes of the meeting of the Parochial Church Council held in the Church Hall on 4 March 2025")),
     "Ashby Wold Parochial Church Council"),
    ("pcc-church-letterhead-initialism",
     (_h("St Mary's Church, Ashby Wold – PCC Meeting"),),
     "Ashby Wold Parochial Church Council"),
    ("pcc-elected",
     (_h("Ashby Wold Parochial Church Council"),
      _p("Minutes of the first meeting of the Parochial Church Council elected at the Annual Parochial Church "
         "Meeting, held on 28 April 2025")),
     "Ashby Wold Parochial Church Council"),
    ("en-panel-year",
     (_h("Minutes of the Small Grants Panel for 2025/26 held on 2 June 2025"),),
     "Small Grants Panel"),
    # negatives: left as they are
    ("neg-parish-council", (_h("Minutes of the meeting of Ashby Wold Parish Council held on 4 March 2025"),),
     "Ashby Wold Parish Council"),
    ("neg-committee-for-subject",
     (_h("Minutes of the Committee for Children and Families held on 5 May 2025"),),
     "Committee for Children and Families"),
    ("neg-pcc-no-letterhead",
     (_h("Minutes of the Parochial Church Council meeting held on 4 March 2025"),),
     "Parochial Church Council"),
    ("neg-town-board", (_h("Town of Alder Falls – Select Board"), _p("Regular Meeting Minutes – 3 March 2025")),
     "Select Board"),
    ("neg-methodist-council",
     (_h("St Paul's Methodist Church, Ashby Wold"), _p("Minutes of the Church Council held on 4 March 2025")),
     "St Paul's Methodist Church Council"),  # the church's own council: no place is added
    ("neg-pcc-church-without-place",
     (_h("St Mary's Church"), _p("Minutes of the Parochial Church Council held on 4 March 2025")),
     "Parochial Church Council"),
    ("neg-board-year-in-name", (_h("Minutes of the Vision 2030 Board held on 4 March 2025"),), "Vision 2030 Board"),
    ("neg-sangguniang-as-written", (_h("Minutes of the Regular Session of the Sangguniang Kabataan of Masagana"),),
     "Sangguniang Kabataan of Masagana"),
]

CS_ROWS = [  # (id, blocks, series)
    ("cs-program-year",
     (_h("Zápis z 2. jednání Hodnoticí komise Dotačního programu obce Lipová pro rok 2026"),),
     "Hodnoticí komise Dotačního programu obce Lipová"),
    ("cs-period-range",
     (_h("Zápis z 1. jednání Výběrové komise pro období 2024–2026"),),
     "Výběrová komise"),
    ("cs-po-in-title",
     (_h("Zápis z kolegia ředitele Technických služeb Lipová, p. o., č. 3/2025"),),
     "Kolegium ředitele Technických služeb Lipová"),
    ("cs-org-under-title",
     (_h("Zápis z jednání kolegia ředitele č. 4/2025"),
      _p("Správa a údržba silnic Vlašského kraje, příspěvková organizace")),
     "Kolegium ředitele Správy a údržby silnic Vlašského kraje"),
    # negatives
    ("neg-cs-year-in-name", (_h("Zápis z 5. jednání Komise pro Agendu 2030"),), "Komise pro Agendu 2030"),
    ("neg-cs-zs-kept", (_h("Zápis z jednání výboru spolku Přátelé Lipové, z. s."),),
     "Výbor spolku Přátelé Lipové, z. s."),
    ("neg-cs-plain-committee", (_h("Zápis z 3. jednání Finančního výboru"),), "Finanční výbor"),
    ("neg-cs-youth", (_h("Zápis z jednání Komise pro mládež a sport"),), "Komise pro mládež a sport"),
    ("neg-cs-school-board", (_h("Zápis z jednání pedagogické rady"),), "Pedagogická rada"),
    ("neg-cs-as-kept", (_h("Zápis z jednání představenstva Vodovody Lipová, a. s."),),
     "Představenstvo Vodovody Lipová, a. s."),
]

_GAPS: dict[str, str] = {}


def _marks(name: str) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(strict=True, reason=_GAPS[name])] if name in _GAPS else []


@pytest.mark.parametrize(("blocks", "series"), [pytest.param(b, s, id=i, marks=_marks(i)) for i, b, s in EN_ROWS])
def test_english_series_round18(blocks: tuple[Block, ...], series: str) -> None:
    assert metadata.extract_meeting(blocks_doc(*blocks, *_EN_BODY), "en", neighbours=False).series == series


@pytest.mark.parametrize(("blocks", "series"), [pytest.param(b, s, id=i, marks=_marks(i)) for i, b, s in CS_ROWS])
def test_czech_series_round18(blocks: tuple[Block, ...], series: str) -> None:
    assert metadata.extract_meeting(blocks_doc(*blocks, *_CS_BODY), "cs", neighbours=False).series == series


@pytest.mark.parametrize(("short", "full", "shortens"), [
    pytest.param("Kolegium ředitele SÚS VK", "Kolegium ředitele Správy a údržby silnic Vlašského kraje", True,
                 id="cs-initialism-over-conjunction"),
    pytest.param("Porada vedení TSL", "Porada vedení Technických služeb Lipová", True, id="cs-initialism"),
    pytest.param("Finance and Audit Committee", "Finance and Audit Committee of Kestrel Trust", True,
                 id="en-words"),
    pytest.param("Kolegium ředitele SÚS VK", "Kolegium ředitele Správy silnic Vlašského kraje", False,
                 id="neg-initialism-longer"),
    pytest.param("Porada vedení OŠ", "Porada vedení odboru dopravy", False, id="neg-other-initialism"),
])
def test_series_shortened_by_initialism(short: str, full: str, shortens: bool) -> None:
    """An earlier meeting names the organisation in full; an initialism leaves out the conjunction of coordinated
    heads ("SÚS" = "Správa a údržba silnic")."""
    from minutes_nlp.extract import series

    assert series.shortens(short, full) is shortens


def test_hierarchy_lines_are_no_title() -> None:
    doc = blocks_doc(_p("Republic of the Philippines"), _p("Province of Batangan"), _p("Municipality of Malinao"),
                     _p("BARANGAY MASAGANA"), _p("OFFICE OF THE SANGGUNIANG BARANGAY"),
                     _h("MINUTES OF THE 9TH REGULAR SESSION OF THE SANGGUNIANG BARANGAY OF MASAGANA"), *_EN_BODY)
    assert metadata.extract_meeting(doc, "en", neighbours=False).title == \
        "MINUTES OF THE 9TH REGULAR SESSION OF THE SANGGUNIANG BARANGAY OF MASAGANA"
