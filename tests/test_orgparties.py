"""Parties of a building contract named by role: joined to the body a label or a table row names with them,
reported as the role where the minutes never name the party."""

from __future__ import annotations

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.result import Institution, MeetingInfo


def _orgs(*blocks: tuple[BlockKind, str]) -> dict[str, Institution]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    for kind, text in blocks:
        b.add(kind, text)
    return {o.name: o for o in extract_entities(b.build(), "cs", MeetingInfo(), ()).institutions}


P = BlockKind.PARAGRAPH


def test_unnamed_parties_are_reported_by_role() -> None:
    orgs = _orgs((P, "za objednatele: Ing. Eva Malá"), (P, "Zhotovitel předloží harmonogram do 5. 6."),
                 (P, "Objednatel souhlasí. Zhotovitel doplní oplocení výkopu."))
    assert {"zhotovitel", "objednatel"} <= set(orgs)


def test_party_named_in_a_label_is_that_body() -> None:
    orgs = _orgs((P, "Zhotovitel: Silnice Bořetice s.r.o."), (P, "Investor: Obec Lhotka"),
                 (P, "Zhotovitel předloží harmonogram. Investor souhlasí. Zhotovitel doplní oplocení."))
    assert "zhotovitel" not in orgs and "investor" not in orgs
    assert "zhotovitel" in orgs["Silnice Bořetice s.r.o."].aliases


def test_party_named_by_its_staff_in_a_table_row() -> None:
    orgs = _orgs((BlockKind.TABLE, "Jméno\tFirma\tFunkce\nIng. Petr Dvořák\tSilnice Bořetice s.r.o.\tstavbyvedoucí"),
                 (P, "Zhotovitel předloží harmonogram. Investor souhlasí. Zhotovitel doplní oplocení."),
                 (P, "Investor zajistí povolení."))
    assert "zhotovitel" not in orgs
    assert "investor" in orgs


def test_one_role_word_is_no_contract() -> None:
    orgs = _orgs((P, "Investor záměru představil studii. Investor požádal o stanovisko."))
    assert "investor" not in orgs
