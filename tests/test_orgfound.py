"""Where an unknown acronym stands as a body: a person's affiliation after a comma or opening a bracket, the
label of an attendance line, a body before its person, a cell of a task table; initials and labels are not."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.result import Institution, MeetingInfo
from minutes_nlp.textutil import fold


def _orgs(lang: str, *blocks: tuple[BlockKind, str]) -> list[Institution]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    for kind, text in blocks:
        b.add(kind, text)
    return list(extract_entities(b.build(), lang, MeetingInfo(), ()).institutions)


def _keys(orgs: list[Institution]) -> set[str]:
    return {fold(x) for o in orgs for x in (o.name, o.full_name or "", *o.aliases) if x}


P, T = BlockKind.PARAGRAPH, BlockKind.TABLE


@pytest.mark.parametrize(("lang", "blocks", "present"), [
    ("en", [(P, "Participants: Anna Lindqvist (VTRX, WP2 lead), Robert Kowalski (NORDA, WP4 lead).")],
     {"vtrx", "norda"}),
    ("cs", [(P, "Přítomni: Ing. Pavel Novotný, místostarosta; Jana Dvořáková, SÚSK; Petr Malý, OMKV.")],
     {"susk", "omkv"}),
    ("en", [(P, "Present:"), (BlockKind.LIST_ITEM, "BRELO: Dr Anna Lindqvist, Robert Kowalski")], {"brelo"}),
    ("en", [(T, "No.\tAction\tOwner\tDeadline\n1\tSend the draft report to the partners\tQUANTIS\tMay 2026")],
     {"quantis"}),
    ("en", [(P, "Action 2.1 – VTRX (Anna) to send the test plan to all partners.")], {"vtrx"}),
])
def test_acronyms_where_bodies_stand(lang: str, blocks: list[tuple[BlockKind, str]], present: set[str]) -> None:
    assert present <= _keys(_orgs(lang, *blocks))


@pytest.mark.parametrize(("lang", "blocks", "absent"), [
    ("en", [(P, "Present: Joan Marsh (JM), Karl Lund (KL)."),
            (T, "No.\tAction\tOwner\n1\tSend the plan\tJM\n2\tBook the room\tKL")], {"jm", "kl"}),
    ("en", [(P, "PRESENT: Cllr Joan Marsh, Karl Lund.")], {"present"}),
    ("en", [(P, "The unit cost is at EUR 171 and falls with volume.")], {"eur"}),
    ("en", [(P, "Present: John Smith, MP; Jane Doe, OBE; Alan Green")], {"mp", "obe"}),
    ("cs", [(P, "Přítomni: Ing. Jan Novák, MBA; Mgr. Petra Malá")], {"mba"}),
    ("en", [(P, "ACTION: John Smith to circulate the paper.")], {"action"}),
    ("cs", [(P, "ÚKOL: Ing. Jan Novák připraví podklady.")], {"ukol"}),
    ("en", [(T, "Project\tStatus\tOwner\nWebsite\tGREEN\tJohn Smith\nBudget\tAMBER\tJane Doe")],
     {"green", "amber"}),
    ("en", [(P, "Chair: J. Marsh (JM), QUANTIS")], {"jm"}),
])
def test_initials_labels_roles_and_currencies_are_not_bodies(lang: str, blocks: list[tuple[BlockKind, str]],
                                                              absent: set[str]) -> None:
    assert not absent & _keys(_orgs(lang, *blocks))


def test_acronym_after_a_name_in_a_label_line_is_no_initials() -> None:
    """"Chair: J. Marsh (JM), QTX": the capitals after a person's name in a label line are the person's body."""
    assert "qtx" in _keys(_orgs("en", (P, "Chair: J. Marsh (JM), QTX"), (P, "The report was sent to QTX.")))
