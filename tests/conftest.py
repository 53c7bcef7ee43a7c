"""Shared fixtures: paths to the seed and the corpus, and a runner for the real CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / ".." / "shared" / "seed").resolve()
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    if not SEED.is_dir():
        pytest.skip("../shared/seed is not present")
    return SEED


@pytest.fixture()
def corpus_copy(tmp_path: Path):
    """A folder of corpus renderings to ingest: corpus_copy(["cs-spolek/cs-spolek-01.md", ...]) -> the folder
    (tmp_path/archive), laid out as under corpus/docs so series grouping sees the same folders."""
    def copy(rels: list[str]) -> Path:
        root = tmp_path / "archive"
        for rel in rels:
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(CORPUS / "docs" / rel, root / rel)
        return root

    return copy


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def cli():
    """Invoke the real `minutes` app: cli("parse", "file.docx") -> Result (exit_code, stdout, stderr)."""
    from minutes_nlp.cli.app import app

    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None):
        return runner.invoke(app, [str(a) for a in args], input=input, env=env, catch_exceptions=False)

    return invoke


@pytest.fixture(autouse=True)
def _item_stage_tests_run_the_rules(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests that call the item stage on a hand-built document (`extract_items`, `genre_items`) are the rules'
    inventories: they run rules alone. The model's proposals have their own tests (test_roles_model.py) and are
    judged where they can be, on whole series neither the rules nor the model saw; end-to-end tests (seed, corpus,
    CLI, tracker) run the extractor as users do, model included."""
    if request.node.get_closest_marker("model") is None and (
            "extract_items" in vars(request.module) or "genre_items" in request.fixturenames):
        monkeypatch.setenv("MINUTES_RULES_ONLY", "1")


@pytest.fixture(scope="session")
def genre_items():
    """Items of a small Markdown document written as lines (table lines gathered after the paragraphs):
    genre_items(lang, lines, people, bodies, date) -> Items, people as {name: ([forms], role)}, bodies as
    {name: [forms]}. Shared by the genre inventories so none of them copies the document builder again."""
    from items_support import entities_with_roles

    from minutes_nlp.document import Source
    from minutes_nlp.extract.items import extract_items
    from minutes_nlp.extract.result import MeetingInfo
    from minutes_nlp.loaders.markdown import load_markdown

    def items(lang: str, lines: list[str], people: dict | None = None, bodies: dict | None = None,
              date: str = "2025-03-10"):
        paras = "\n\n".join(["# Minutes", *[ln for ln in lines if not ln.startswith("|")]])
        table = "\n".join(ln for ln in lines if ln.startswith("|"))
        doc = load_markdown(paras + "\n\n" + table + "\n", Source("t.md", "0", "md"))
        ents = entities_with_roles(doc, people or {}, bodies or {})
        return extract_items(doc, lang, MeetingInfo(date=date), [], ents)

    return items
