"""Shared fixtures: paths to the seed and the corpus, and a runner for the real CLI."""

from __future__ import annotations

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
