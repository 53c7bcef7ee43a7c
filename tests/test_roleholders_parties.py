"""Role words resolved to their holder: contract parties of construction minutes ("Dotaz investora",
"Zhotovitel předloží") named by a header label here or in an earlier meeting, officers an earlier meeting
named ("Předsedkyně konstatovala"), and shortened titles ("The Director replied")."""

from __future__ import annotations

from pathlib import Path

import pytest
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract import personrefs, roleholders
from minutes_nlp.extract.pipeline import extract
from minutes_nlp.loaders import load

HEADER = ("Investor: Obec Lipová Lhota, Hlavní 5, 111 11 Lipová Lhota", "Zhotovitel: BETONSTAV Kraví Hora, a. s.")


@pytest.mark.parametrize(("label", "role", "body"), [
    ("Investor: Obec Lipová Lhota, Hlavní 5, 111 11 Lipová Lhota", "investor", "Obec Lipová Lhota"),
    ("Zhotovitel: BETONSTAV Kraví Hora, a. s.", "zhotovitel", "BETONSTAV Kraví Hora, a. s."),  # legal form kept
    ("Zhotovitel\tSILNICE Vrbno s.r.o.", "zhotovitel", "SILNICE Vrbno s.r.o."),  # a table row
    ("Objednatel: Město Rudná", "objednatel", "Město Rudná"),
])
def test_party_labels(label: str, role: str, body: str) -> None:
    assert roleholders._party_labels(label + "\n", "cs") == {role: body}


@pytest.mark.parametrize("label", [
    "za investora: Ing. Petr Dub (odbor investic)",  # names a person for the party, not the party's body
    "Místo: stavební buňka zhotovitele",
    "Investor záměru se nedostavil.",
])
def test_no_party_label(label: str) -> None:
    assert roleholders._party_labels(label + "\n", "cs") == {}


@pytest.mark.parametrize(("sentence", "who"), [
    ("Dotaz investora: bude chodník hotov do května?", ["Obec Lipová Lhota"]),
    ("Zhotovitel předloží harmonogram do 5. 5.", ["BETONSTAV Kraví Hora, a. s."]),
    ("TDS odpoví investorovi písemně.", ["Obec Lipová Lhota"]),  # any case form
    ("Stavbyvedoucí předložil výkresy.", []),
])
def test_party_words_stand_for_the_labelled_body(sentence: str, who: list[str]) -> None:
    doc = doc_from_lines(*HEADER, sentence)
    refs = personrefs.build(doc, entities_for(doc, {}), "cs")
    assert [a.name for a in refs.actors(sentence, 0) if a.kind == "institution"] == who


def test_party_named_only_in_an_earlier_meeting_of_the_series(tmp_path: Path) -> None:
    (tmp_path / "kd-01.txt").write_text("Zápis z kontrolního dne č. 1\nDatum: 2. 4. 2025\n" + "\n".join(HEADER) +
                                        "\nPřítomni: Ing. Petr Dub (TDS)\n", encoding="utf-8")
    later = tmp_path / "kd-02.txt"
    later.write_text("Zápis z kontrolního dne č. 2\nDatum: 16. 4. 2025\nPřítomni:\nTDS: Ing. Petr Dub\n"
                     "za zhotovitele: Jan Mrázek (stavbyvedoucí)\n"
                     "Dotaz investora: je možné zahájit pokládku dlažby před dokončením kanalizace?\n"
                     "Zhotovitel předloží TDS protokol o zkoušce pláně do 7. 5. 2025.\n", encoding="utf-8")
    record = extract(load(later))
    assert [q.asker for q in record.questions] == ["Obec Lipová Lhota"]
    assert [a.owner for a in record.actions] == ["BETONSTAV Kraví Hora, a. s."]


def test_officer_named_by_an_earlier_meeting(tmp_path: Path) -> None:
    (tmp_path / "as-01.txt").write_text(
        "Zápis ze zasedání Akademického senátu\nDatum: 6. 11. 2024\n"
        "Přítomni: doc. Mgr. Eva Klečková, Ph.D., Mgr. Ivo Strnad\n"
        "Zasedání zahájila předsedkyně senátu doc. Mgr. Eva Klečková ve 14:00.\n", encoding="utf-8")
    later = tmp_path / "as-02.txt"
    later.write_text("Zápis ze zasedání Akademického senátu\nDatum: 4. 12. 2024\n"
                     "Přítomni: doc. Klečková, Mgr. Strnad\n"
                     "Předsedkyně rozešle senátorům podklady do 10. 12. 2024.\n", encoding="utf-8")
    assert [a.owner for a in extract(load(later)).actions] == ["Eva Klečková"]


EN_LIST = ("Also in attendance: Nora Vidal (Director of Housing); Piet Arno (Director of Place, Valley ICB); "
           "Ida Frey (Head of Commissioning)")
EN_PEOPLE = {"Nora Vidal": [], "Piet Arno": [], "Ida Frey": []}


@pytest.mark.parametrize(("sentences", "who"), [
    (["The Director of Housing reported on voids.", "The Director replied that it would."], "Nora Vidal"),
    (["The Director of Place reported on beds.", "The Director replied that it would."], "Piet Arno"),
    (["Members asked about voids.", "The Director replied that it would."], None),  # two Directors, none named
    (["The Director of Housing reported.", "The Associate Director replied."], None),  # another title
])
def test_shortened_title_is_the_holder_last_named_in_full(sentences: list[str], who: str | None) -> None:
    doc = doc_from_lines(EN_LIST, *sentences)
    refs = personrefs.build(doc, entities_for(doc, EN_PEOPLE), "en")
    last = sentences[-1]
    start = doc.text.rindex(last)
    found = [a for a in refs.actors(last, start) if a.resolved]
    assert (found[0].name if found else None) == who


def test_long_bracketed_role_and_its_acronym() -> None:
    doc = doc_from_lines("Also in attendance: Dr Mia Lorne (Chief Nursing Officer, Fenwick Hospitals NHS Trust); "
                         "K Osei (DCHS)", "The Chief Nursing Officer explained the delays. The DCHS will report.")
    people = {"Mia Lorne": ["Dr Mia Lorne"], "K Osei": []}
    refs = personrefs.build(doc, entities_for(doc, people), "en")
    assert refs.resolve("Chief Nursing Officer") == "Mia Lorne"


@pytest.mark.parametrize(("full_name", "who"), [
    (None, ["Kim Osei"]),  # capitals the orgs stage knows by no name: the role's holder
    ("Directorate of Health and Care Services", []),  # capitals the text defines for a body: not hers
])
def test_capitals_of_a_stated_role_against_a_bare_body(full_name: str | None, who: list[str]) -> None:
    from minutes_nlp.extract.entities import Entities
    from minutes_nlp.extract.result import Institution

    sentence = "The DHCS will present the plan."
    defined = f"The {full_name} (DHCS) report was noted." if full_name else "Apologies were noted."
    doc = doc_from_lines("Present: Kim Osei, Director of Health and Care Services", defined, sentence)
    people = entities_for(doc, {"Kim Osei": []}).people
    inst = Institution(full_name or "DHCS", full_name, ("DHCS",) if full_name else ())
    refs = personrefs.build(doc, Entities(people, (inst,)), "en")
    assert [a.name for a in refs.actors(sentence, doc.text.rindex(sentence))] == who
