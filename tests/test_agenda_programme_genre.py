"""Agenda titles when the programme and the body word an item differently, written from knowledge of the genre:
parliamentary committees head a bill's item by its print number ("2. Sněmovní tisk 612") while the programme
gives the bill's full name; monitoring committees and councils shorten ministries and programmes in headings
("Informace MV" for "Informace Ministerstva vnitra"); a programme run in one line writes ordinals and dates
inside its entries ("Kontrola úkolů ze 7. zasedání", "Plnění rozpočtu k 30. 6."). The item takes the programme's
wording; a presenter tail in the programme ("Finance (KL)") is no part of the title."""

from __future__ import annotations

import pytest
from docbuild import blocks_doc
from docbuild import bullet as _b
from docbuild import heading as _h
from docbuild import para as _p

from minutes_nlp.extract import agenda
from minutes_nlp.extract.agenda_programme import inline_numbered

ROWS = [
    ("cs-snemovni-tisk",
     ["Zahájení", "Vládní návrh zákona, kterým se mění zákon č. 12/2020 Sb., o právu na digitální služby "
                  "(sněmovní tisk 401)", "Různé"],
     ["Zahájení", "Sněmovní tisk 401", "Různé"],
     ["Zahájení", "Vládní návrh zákona, kterým se mění zákon č. 12/2020 Sb., o právu na digitální služby "
                  "(sněmovní tisk 401)", "Různé"]),
    ("cs-ministry-abbreviated",
     ["Zahájení", "Informace Ministerstva vnitra o stavu spisové služby", "Různé"],
     ["Zahájení", "Informace MV o stavu spisové služby", "Různé"],
     ["Zahájení", "Informace Ministerstva vnitra o stavu spisové služby", "Různé"]),
    ("cs-programme-abbreviated",
     ["Zahájení", "Podpora obcí z Integrovaného regionálního operačního programu", "Závěr"],
     ["Zahájení", "Podpora obcí z IROP", "Závěr"],
     ["Zahájení", "Podpora obcí z Integrovaného regionálního operačního programu", "Závěr"]),
    ("en-programme-presenter-tails",
     ["Welcome", "Finance (KL)", "RAID log (Sam (PM))"],
     ["Welcome", "Finance", "RAID log"],
     ["Welcome", "Finance", "RAID log"]),
]


@pytest.mark.parametrize(("programme", "headings", "expected"), [pytest.param(p, h, e, id=i) for i, p, h, e in ROWS])
def test_item_takes_the_programmes_wording(programme: list[str], headings: list[str], expected: list[str]) -> None:
    lang = "en" if programme[0] == "Welcome" else "cs"
    label = "Agenda:" if lang == "en" else "Program:"
    blocks = [_h("Minutes" if lang == "en" else "Zápis z 5. schůze výboru"), _p(label),
              *(_b(f"{k}. {t}") for k, t in enumerate(programme, 1))]
    for k, t in enumerate(headings, 1):
        blocks += [_h(f"{k}. {t}"), _p("Projednáno bez připomínek." if lang == "cs" else "Noted.")]
    assert [i.title for i in agenda.extract_agenda(blocks_doc(*blocks), lang)] == expected


INLINE = [
    ("1. Zahájení; 2. Kontrola úkolů ze 7. zasedání; 3. Různé",
     [("1", "Zahájení; "), ("2", "Kontrola úkolů ze 7. zasedání;"), ("3", "Různé")]),
    ("1. Zahájení, 2. Plnění rozpočtu k 30. 6. 2025, 3. Závěr",
     [("1", "Zahájení,"), ("2", "Plnění rozpočtu k 30. 6. 2025,"), ("3", "Závěr")]),
    ("1. Opening 2. Minutes of the 4. meeting 3. AOB",
     [("1", "Opening"), ("2", "Minutes of the 4. meeting"), ("3", "AOB")]),
]


@pytest.mark.parametrize(("text", "expected"), INLINE)
def test_inline_programme_numbers_count_on(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(n, t.strip()) for n, t in inline_numbered(text)] == [(n, t.strip()) for n, t in expected]
