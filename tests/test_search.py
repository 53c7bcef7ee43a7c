"""Search over an archive built from hand-made records: diacritics, inflection, phrases, operators, filters."""

from __future__ import annotations

import pytest

from minutes_nlp.errors import UsageError
from minutes_nlp.extract.result import (
    Action,
    Decision,
    Institution,
    MeetingInfo,
    MeetingRecord,
    Mention,
    Person,
    Provenance,
    SourceInfo,
)
from minutes_nlp.store import open_archive
from minutes_nlp.store.search import SearchFilter, highlight, search, to_fts
from minutes_nlp.store.writer import Passage

TEXTS = [
    ("2021-03-01", "decision", "Členové PS schválili propojení databází projektových záměrů s databází MF."),
    ("2021-03-01", "action", "Ředitelka Zezůlková připraví podklady pro jednáních s kraji."),
    ("2021-06-01", "action", "MMR zajistí studii proveditelnosti sítí 5G do konce roku."),
    ("2021-06-01", "decision", "Pracovní skupina bere na vědomí zprávu o činnosti a harmonogram."),
]


def _record(i: int, date: str, kind: str, text: str) -> MeetingRecord:
    prov = Provenance(1, 0, len(text), 2)
    person = Person("Marie Zezůlková", (Mention("Zezůlková", prov),))
    org = Institution("MF", "Ministerstvo financí", (), (Mention("MF", prov),))
    return MeetingRecord(
        source=SourceInfo(f"/a/{i}.docx", f"{i}" * 64, "docx", 3), language="cs",
        meeting=MeetingInfo(title=f"{i}. jednání", series="Pracovní skupina pro SC" if i < 3 else "Rada obce",
                            number=i, date=date),
        people=(person,) if "Zezůlková" in text else (), institutions=(org,) if "MF" in text else (),
        actions=(Action(text, None, None, prov),) if kind == "action" else (),
        decisions=(Decision(text, prov),) if kind == "decision" else (),
    )


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory):
    a = open_archive(tmp_path_factory.mktemp("s") / "m.db")
    for i, (date, kind, text) in enumerate(TEXTS, start=1):
        a.store_record(_record(i, date, kind, text), f"/a/{i}.docx", "v1",
                       (Passage(0, 1, 0, 30, "paragraph", f"Zápis z jednání číslo {i}, místnost 204."),))
    yield a
    a.close()


def _texts(archive, query: str, **kw) -> list[str]:  # noqa: ANN001, ANN003
    return [h.text for h in search(archive, query, SearchFilter(**kw))]


@pytest.mark.parametrize(("query", "expected_in"), [
    ("zezulkova", "Zezůlková"), ("ZEZŮLKOVÁ", "Zezůlková"), ("Zezůlkovou", "Zezůlková"), ("Zezůlkové", "Zezůlková"),
    ("databáze", "databází"), ("databázemi", "databází"), ("jednání", "jednáních"),
    ("proveditelnost", "proveditelnosti"),
    ("studie", "studii"), ("síť", "sítí"), ("zpráva", "zprávu"), ("kraj", "kraji"), ("podklad", "podklady"),
    ("činností", "činnosti"), ("projektový", "projektových"),
])
def test_diacritics_and_inflection_insensitive(archive, query: str, expected_in: str) -> None:  # noqa: ANN001
    assert any(expected_in in t for t in _texts(archive, query))


def test_phrase_and_operators(archive) -> None:  # noqa: ANN001
    assert len(_texts(archive, '"studie proveditelnosti"')) == 1
    assert _texts(archive, '"proveditelnosti studii"') == []
    assert len(_texts(archive, "MMR OR Zezůlková", types=("action",))) == 2
    assert len(_texts(archive, "databáze AND MF")) == 1
    assert _texts(archive, "databáze NOT MF") == []
    assert len(_texts(archive, "harmono*")) == 1


def test_filters(archive) -> None:  # noqa: ANN001
    assert len(_texts(archive, "jednání", types=("text",))) == 4
    assert len(_texts(archive, "jednání", types=("text",), date_from="2021-06-01")) == 2
    assert len(_texts(archive, "jednání", types=("text",), date_to="2021-03-01")) == 2
    assert len(_texts(archive, "jednání", types=("text",), series="Rada obce")) == 2
    assert len(_texts(archive, "jednání", types=("text",), person="Zezůlkovou")) == 1
    assert len(_texts(archive, "jednání", types=("text",), person="Marie Zezůlková")) == 1
    assert len(_texts(archive, "jednání", types=("text",), person="Petra Zezůlková")) == 0
    assert len(_texts(archive, "jednání", types=("text",), org="MF")) == 1


def test_hit_has_source_and_highlight(archive) -> None:  # noqa: ANN001
    hit = search(archive, "databáze", SearchFilter(types=("decision",)))[0]
    assert hit.source == {"file": "/a/1.docx", "page": 2, "block": 1, "start": 0, "end": len(hit.text)}
    assert "[[databází]]" in hit.snippet and hit.meeting_date == "2021-03-01"


@pytest.mark.parametrize("query", ["", "   ", "AND", '""'])
def test_empty_query_is_a_usage_error(query: str) -> None:
    with pytest.raises(UsageError):
        to_fts(query)


def test_highlight_marks_inflected_forms() -> None:
    assert highlight("Dotaz k databázím MF.", "databáze") == "Dotaz k [[databázím]] MF."


