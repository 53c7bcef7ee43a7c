"""One entry per body: case forms of a name kept as aliases, a pattern name another body gives as its short
name, a group's one-word name beside its one member the document names; the regional office a bare "krajský
úřad" stands for when only the earlier minutes name the region."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from minutes_nlp.extract import orgmerge, orgregion
from minutes_nlp.extract.orgfound import Acc
from minutes_nlp.extract.result import Mention, Provenance


def _acc(used: list[str], texts: Sequence[str] = (), aliases: set[str] | None = None,
         full: str | None = None) -> Acc:
    mentions = [Mention(t, Provenance(0, i, i + len(t), None)) for i, t in enumerate(texts or used)]
    return Acc(used=Counter(used), mentions=mentions, aliases=aliases or set(), full_name=full)


def test_case_forms_are_aliases() -> None:
    acc = _acc(["Kraj Vysočina"], ["Kraje Vysočina", "Krajem Vysočina", "Saltmarsh Inn"])
    assert orgmerge.inflected(acc, {"Kraj Vysočina"}) == {"Kraje Vysočina", "Krajem Vysočina"}


def test_pattern_name_given_as_another_body_alias_joins_it() -> None:
    found = {"pat:rada mesta": _acc(["Rada města"]),
             "body:rada mesta|lipno": _acc(["Rada města Lipno"], aliases={"Rada města"})}
    orgmerge.merge_aliased(found)
    assert list(found) == ["body:rada mesta|lipno"]
    assert len(found["body:rada mesta|lipno"].mentions) == 2


def test_group_name_joins_its_one_member() -> None:
    found = {"gaz:skupina": _acc(["ČEZ"]), "pat:cez distribuce": _acc(["ČEZ Distribuce, a. s."])}
    orgmerge.merge_group_names(found)
    assert list(found) == ["pat:cez distribuce"]
    assert "ČEZ" in found["pat:cez distribuce"].aliases


def test_group_name_beside_two_members_stays() -> None:
    found = {"gaz:skupina": _acc(["ČEZ"]), "pat:a": _acc(["ČEZ Distribuce"]), "pat:b": _acc(["ČEZ Prodej"])}
    orgmerge.merge_group_names(found)
    assert "gaz:skupina" in found


def test_bare_regional_office_takes_the_region_of_earlier_minutes() -> None:
    found = {"body:krajsky urad": _acc(["Krajský úřad"], ["krajského úřadu"], full="Krajský úřad")}
    orgregion.regional_office(found, "cs", lambda: ["Žádost podal Krajský úřad Plzeňského kraje."])
    assert found["body:krajsky urad"].full_name == "Krajský úřad Plzeňského kraje"
    found = {"body:krajsky urad": _acc(["Krajský úřad"], ["krajského úřadu"], full="Krajský úřad")}
    orgregion.regional_office(found, "cs", lambda: ["Plzeňský kraj a Jihočeský kraj se dohodly."])
    assert found["body:krajsky urad"].full_name == "Krajský úřad"
