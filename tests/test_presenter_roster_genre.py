"""Presenters, written from knowledge of the genre: an apologies-and-quorum item is presented by whoever a sentence in
it has welcome members or confirm the quorum (NHS, university and council committees: "The Chair confirmed that
the meeting was quorate"), and by nobody when it only records the apologies; a presenter the body names by surname
alone ("Předseda podvýboru Ing. Koutný zahájil", "Cllr Lister reported") is the listed person of that surname."""

from __future__ import annotations

import pytest
from docbuild import blocks_doc
from docbuild import heading as _h
from docbuild import para as _p

from minutes_nlp.extract import agenda
from minutes_nlp.extract.presenter_roster import with_listed_presenters
from minutes_nlp.extract.result import AgendaItem, MeetingInfo

_HEAD = (_h("Minutes of the Quality Committee"), _p("Chair: Jane Doe"), _p("Present: Jane Doe, Tom Reed, Ann Lee"))

APOLOGIES = [
    ("quorum-confirmed", "1. Apologies and quoracy",
     "Apologies were received from Mark Hale. The Chair confirmed that the meeting was quorate.", ("Jane Doe",)),
    ("quorum-declared", "1. Apologies and quorum",
     "Apologies were noted from Mark Hale. The Chair declared the meeting quorate.", ("Jane Doe",)),
    ("chair-welcomed-new-member", "1. Apologies for absence",
     "Apologies were received from Mark Hale. The Chair welcomed Ann Lee to her first meeting.", ("Jane Doe",)),
    ("apologies-only", "1. Apologies for absence", "Apologies were received from Mark Hale.", ()),
    ("apologies-and-leave-only", "1. Apologies and leave of absence",
     "RESOLVED that the apology of Mark Hale be accepted.", ()),
]


@pytest.mark.parametrize(("heading", "text", "expected"), [pytest.param(h, t, e, id=i) for i, h, t, e in APOLOGIES])
def test_apologies_item_presenter(heading: str, text: str, expected: tuple[str, ...]) -> None:
    doc = blocks_doc(*_HEAD, _p("The Chair opened the meeting at 2.00pm."), _h(heading), _p(text),
                     _h("2. Minutes of the previous meeting"), _p("The minutes were approved."))
    assert agenda.extract_agenda(doc, "en")[0].presenters == expected


ROSTER = [
    ("cs-surname", ("Koutný",), ("Radim Koutný", "Alena Malá"), ("Radim Koutný",)),
    ("cs-initial", ("A. Malá",), ("Radim Koutný", "Alena Malá"), ("Alena Malá",)),
    ("en-surname", ("Lister",), ("Gordon Lister", "Ann Mabey"), ("Gordon Lister",)),
    ("shared-surname-stays", ("Novák",), ("Jan Novák", "Petr Novák"), ("Novák",)),
    ("written-out-stays", ("Eva Malá",), ("Alena Malá",), ("Eva Malá",)),
    ("initial-must-agree", ("P. Malá",), ("Alena Malá",), ("P. Malá",)),
]


@pytest.mark.parametrize(("presenters", "listed", "expected"), [pytest.param(p, r, e, id=i) for i, p, r, e in ROSTER])
def test_short_presenter_is_the_listed_person(presenters: tuple[str, ...], listed: tuple[str, ...],
                                              expected: tuple[str, ...]) -> None:
    items = [AgendaItem("1", "Zahájení", presenters=presenters)]
    got = with_listed_presenters(items, MeetingInfo(attendees=listed))
    assert got[0].presenters == expected


OBJECT_FIRST = [
    ("accusative-before-verb", "Předseda Ing. Malou seznámil s návrhem rozpočtu.", ("Jan Novák",)),
    ("instrumental-before-verb", "Předseda s Ing. Malou představil návrh rozpočtu.", ("Jan Novák",)),
    ("nominative-subject", "Mgr. Eva Malá seznámila členy s návrhem rozpočtu.", ("Eva Malá",)),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in OBJECT_FIRST])
def test_czech_object_before_the_verb_is_no_presenter(text: str, expected: tuple[str, ...]) -> None:
    doc = blocks_doc(_h("Zápis ze 3. jednání Finančního výboru"), _p("Předseda: Ing. Jan Novák"),
                     _p("Přítomni: Ing. Jan Novák, Petr Lom, Mgr. Eva Malá"), _h("1. Zahájení"),
                     _p("Předseda zahájil jednání."), _h("2. Rozpočet na rok 2026"), _p(text))
    assert agenda.extract_agenda(doc, "cs")[1].presenters == expected
