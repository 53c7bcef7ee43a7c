"""The series and title of a sub-body's minutes, written from knowledge of the genre: Czech parliamentary and
municipal subcommittees and sub-commissions ("Podvýbor pro X Výboru pro Y Poslanecké sněmovny", the parent
committee often on the title's second line in the genitive), and English headings that put the organisation and
its committee on one line with a colon ("<NHS Trust>: Quality Committee"). The series is the body that met;
the title is reported as written, a genitive second line joined to it (it cannot stand alone)."""

from __future__ import annotations

import pytest
from docbuild import Block, blocks_doc
from docbuild import heading as _h
from docbuild import para as _p

from minutes_nlp.extract import metadata

_CS_BODY = (_p("Přítomni: Ing. Jan Novák, Mgr. Eva Malá"), _h("1. Zahájení"), _p("Předseda zahájil schůzi."))
_EN_BODY = (_p("Present: Jane Doe (Chair), Tom Reed"), _h("1. Apologies"), _p("There were no apologies."))

CS_ROWS = [
    ("cs-podvybor-one-line",
     (_h("Zápis z 5. schůze Podvýboru pro energetiku Hospodářského výboru"),),
     "Podvýbor pro energetiku Hospodářského výboru",
     "Zápis z 5. schůze Podvýboru pro energetiku Hospodářského výboru"),
    ("cs-podvybor-parent-next-line",
     (_h("Zápis z 7. schůze Podvýboru pro cestovní ruch"),
      _p("Výboru pro veřejnou správu a regionální rozvoj Poslanecké sněmovny, konané dne 4. března 2025 od 10:00 "
         "hodin v budově Poslanecké sněmovny")),
     "Podvýbor pro cestovní ruch",
     "Zápis z 7. schůze Podvýboru pro cestovní ruch Výboru pro veřejnou správu a regionální rozvoj Poslanecké "
     "sněmovny, konané dne 4. března 2025 od 10:00 hodin v budově Poslanecké sněmovny"),
    ("cs-podvybor-alone",
     (_h("ZÁPIS ze 3. schůze Podvýboru pro vodní hospodářství"),),
     "Podvýbor pro vodní hospodářství", "ZÁPIS ze 3. schůze Podvýboru pro vodní hospodářství"),
]

EN_ROWS = [
    ("en-trust-colon-committee",
     (_h("Ashdown Hospitals NHS Foundation Trust: Audit Committee"),
      _p("Minutes of the meeting held on 4 March 2025 in the Boardroom")),
     "Audit Committee"),
    ("en-university-colon-committee",
     (_h("University of Westmoor: Learning and Teaching Committee"),
      _p("Minutes of the meeting held on 12 February 2025")),
     "Learning and Teaching Committee"),
    ("en-council-colon-subcommittee",
     (_h("Eastholme District Council: Licensing Sub-Committee"),
      _p("Minutes of the meeting held on 3 June 2025 at 10.00am")),
     "Licensing Sub-Committee"),
]


@pytest.mark.parametrize(("blocks", "series", "title"), [pytest.param(b, s, t, id=i) for i, b, s, t in CS_ROWS])
def test_czech_subbody_series_and_title(blocks: tuple[Block, ...], series: str, title: str) -> None:
    m = metadata.extract_meeting(blocks_doc(*blocks, *_CS_BODY), "cs")
    assert (m.series, m.title) == (series, title)


@pytest.mark.parametrize(("blocks", "series"), [pytest.param(b, s, id=i) for i, b, s in EN_ROWS])
def test_english_organisation_colon_committee(blocks: tuple[Block, ...], series: str) -> None:
    assert metadata.extract_meeting(blocks_doc(*blocks, *_EN_BODY), "en").series == series
