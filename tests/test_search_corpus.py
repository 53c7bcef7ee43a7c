"""Search on the ingested corpus (cs-wg and en-gov): diacritics, inflection, phrases, operators, filters."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_nlp.ingest import ingest
from minutes_nlp.store import open_archive
from minutes_nlp.store.search import SearchFilter, search
from minutes_nlp.textutil import fold

DOCS = Path(__file__).resolve().parents[1] / "corpus" / "docs"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory):
    a = open_archive(tmp_path_factory.mktemp("corpus") / "m.db")
    report = ingest(a, sorted((DOCS / "cs-wg").glob("*.docx")) + sorted((DOCS / "en-gov").glob("*.md")))
    assert not report.failed
    yield a
    a.close()


def _hits(archive, query: str, **kw) -> list:  # noqa: ANN001, ANN003
    return search(archive, query, SearchFilter(limit=500, **kw))


# (query form, another inflected form that must be found through it)
INFLECTION = [
    ("metodika", "metodiky"), ("strategie", "strategií"), ("indikátor", "indikátorů"), ("portál", "portálu"),
    ("příloha", "přílohou"), ("připomínka", "připomínkách"), ("konference", "konferenci"),
    ("teplota", "teplotami"), ("spolupráce", "spolupráci"), ("žádost", "žádostí"), ("exkurze", "exkurzím"),
    ("projekt", "projektu"),
]


@pytest.mark.parametrize(("query", "form"), INFLECTION)
def test_inflected_forms_are_found(archive, query: str, form: str) -> None:  # noqa: ANN001
    texts = [h.text for h in _hits(archive, query)]
    assert any(form in t.split() or form in t for t in texts), f"{query} did not find {form}"


@pytest.mark.parametrize(("query", "form"), [("metodiky", "metodika"), ("pripominky", "připomínky"),
                                             ("STRATEGII", "strategii"), ("zelene strechy", "zelené střechy")])
def test_diacritics_and_case_do_not_matter(archive, query: str, form: str) -> None:  # noqa: ANN001
    assert any(fold(form) in fold(h.text) for h in _hits(archive, query))


def test_phrase_query_keeps_word_order(archive) -> None:  # noqa: ANN001
    hits = _hits(archive, '"pracovní skupina"')
    assert hits and all("pracovn" in fold(h.text) and "skupin" in fold(h.text) for h in hits)
    assert len(_hits(archive, '"skupina pracovní"')) < len(hits)


def test_boolean_and_prefix(archive) -> None:  # noqa: ANN001
    both = _hits(archive, "metodika AND krajský")
    assert both and all("metodi" in fold(h.text) and "krajsk" in fold(h.text) for h in both)
    either = _hits(archive, "metodika OR exkurze")
    assert len(either) >= len(_hits(archive, "exkurze"))
    assert not {h.ref for h in _hits(archive, "metodika NOT krajský")} & {h.ref for h in both}
    assert _hits(archive, "adapt*")


def test_english_stemming(archive) -> None:  # noqa: ANN001
    assert any("releases" in h.text or "released" in h.text for h in _hits(archive, "release"))


def test_filters_type_series_and_dates(archive) -> None:  # noqa: ANN001
    decisions = _hits(archive, "jednání", types=("decision",))
    assert decisions and {h.kind for h in decisions} == {"decision"}
    en = _hits(archive, "release", series="Quillwort Steering Council")
    assert en and all(h.series == "Quillwort Steering Council" for h in en)
    late = _hits(archive, "metodika", date_from="2022-01-01")
    assert late and all(h.meeting_date >= "2022-01-01" for h in late)
    early = _hits(archive, "metodika", date_to="2021-06-30")
    assert early and all(h.meeting_date <= "2021-06-30" for h in early)


def test_every_hit_has_its_exact_source(archive) -> None:  # noqa: ANN001
    for h in _hits(archive, "metodika"):
        assert h.source["file"].endswith(".docx") and h.source["block"] is not None
        assert h.source["start"] is not None and h.meeting_date
