"""Bodies named by use: the cells of an attendance table's organisation column, with the abbreviation a cell
defines; a label and its value in a header table are no such column."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.result import Institution, MeetingInfo


def _orgs(lang: str, table: str) -> dict[str, Institution]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    b.add(BlockKind.TABLE, table)
    return {o.name: o for o in extract_entities(b.build(), lang, MeetingInfo(), ()).institutions}


@pytest.mark.parametrize(("lang", "table", "name", "alias"), [
    ("en", "Name\tPartner\tRole\nDr Anna Lindqvist\tCentro de Estudios Agrarios de Valmora (CEAV)\tWP2 lead\n"
           "Robert Kowalski\tFundacja Zielone Pole (FZP)\tWP4 lead", "Centro de Estudios Agrarios de Valmora", "CEAV"),
    ("en", "Name\tOrganisation\nDr Anna Lindqvist\tMeridian Soil Lab\nRobert Kowalski\tMeridian Soil Lab",
     "Meridian Soil Lab", None),
    ("cs", "Jméno\tInstituce\nIng. Pavel Novotný\tVodárenský svaz Podhůří\nJana Dvořáková\tVodárenský svaz Podhůří",
     "Vodárenský svaz Podhůří", None),
])
def test_organisation_column(lang: str, table: str, name: str, alias: str | None) -> None:
    orgs = _orgs(lang, table)
    assert name in orgs
    assert alias is None or alias in orgs[name].aliases


def test_label_table_is_no_column() -> None:
    """"| Společnost | X |" is a label and its value, not a column of bodies under a header."""
    orgs = _orgs("cs", "Společnost\tPodhorská energetika a.s.\nDatum a čas\t12. června 2025\nZa vedení\tIng. Petr Malý")
    assert "Datum a čas" not in orgs
    assert "Za vedení" not in orgs
