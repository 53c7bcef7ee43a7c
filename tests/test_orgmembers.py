"""Member municipalities of an association of municipalities: named through their mayor or by kind and name in
the association's minutes; elsewhere the kind and name need a representation cue ("za obec ...")."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.orgmembers import of_municipalities
from minutes_nlp.extract.result import MeetingInfo

_ASSOCIATION = MeetingInfo(title="Zápis z valné hromady Dobrovolného svazku obcí Mikroregion Borovsko")
_COUNCIL = MeetingInfo(title="Zápis z jednání pracovní skupiny pro klima")


def _names(text: str, meeting: MeetingInfo) -> set[str]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    b.add(BlockKind.PARAGRAPH, text)
    return {o.name for o in extract_entities(b.build(), "cs", meeting, ()).institutions}


@pytest.mark.parametrize(("meeting", "yes"), [
    (_ASSOCIATION, True),
    (MeetingInfo(series="Valná hromada DSO Podlesí"), True),
    (MeetingInfo(title="Mikroregion Horní Pootaví – zápis"), True),
    (_COUNCIL, False),
    (MeetingInfo(title="Zasedání Zastupitelstva obce Lhota"), False),
])
def test_of_municipalities(meeting: MeetingInfo, yes: bool) -> None:
    assert of_municipalities(meeting, "cs") is yes


@pytest.mark.parametrize(("text", "name"), [
    ("Starosta obce Javorník Karel Brož se zeptal, zda lze hlídky posílit.", "Obec Javorník"),
    ("Starosta města Borov Antonín Kos přivítal delegáty.", "Město Borov"),
    ("Starostka městyse Hřebeč Ing. Jana Malá se dotázala na dotace.", "Městys Hřebeč"),
    ("Předseda sdělil, že úřad práce proplatí městu Borov žádost.", "Město Borov"),
    ("Starosta Kos poděkoval za pomoc s žádostí obce Javorník.", "Obec Javorník"),
])
def test_members_of_an_association(text: str, name: str) -> None:
    assert name in _names(text, _ASSOCIATION)


@pytest.mark.parametrize("text", [
    "Starosta obce Javorník Karel Brož se zeptal, zda lze hlídky posílit.",
    "Za SMS ČR se zúčastnila Ing. Dana Malá, starostka obce Javorník.",
])
def test_mayor_outside_an_association_is_a_role(text: str) -> None:
    assert not any(n.startswith("Obec") for n in _names(text, _COUNCIL))


@pytest.mark.parametrize("text", [
    "Za nepřítomné obce Javorník, Borov a Lhota se delegáti omluvili.",
    "Záměr podpořit malé obce. Na dotaz nikdo neodpověděl.",
    "Valná hromada Dobrovolného svazku obcí Mikroregion Borovsko schvaluje rozpočet.",
])
def test_plurals_and_sentence_ends_name_no_member(text: str) -> None:
    assert not any(n.startswith(("Obec", "Město")) for n in _names(text, _ASSOCIATION))


def test_representation_cue_works_everywhere() -> None:
    assert "Obec Javorník" in _names("Přítomni: za obec Javorník starosta Karel Brož.", _COUNCIL)
