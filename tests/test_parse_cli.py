"""`minutes parse` through the real app: text and JSON output, golden files for the seed renderings.

Golden files change only on purpose: run with UPDATE_GOLDEN=1 to rewrite them, then review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
SEEDS = ["seed.docx", "seed.pdf", "000_b6ab1fcc00502021.txt"]
BLOCK_KEYS = ["index", "kind", "text", "style", "level", "list_label", "page", "start", "end", "rows",
              "heading_hint", "bold"]


def _parse_json(cli, *args: object) -> list[dict]:  # noqa: ANN001
    result = cli("parse", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("name", SEEDS)
def test_json_matches_golden(cli, seed_dir: Path, name: str) -> None:  # noqa: ANN001
    [doc] = _parse_json(cli, seed_dir / name)
    doc["source"]["path"] = name  # the checkout location is not part of the result
    golden = GOLDEN / f"parse-{name}.json"
    rendered = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(rendered, encoding="utf-8")
    assert golden.is_file(), f"missing {golden.name}: run with UPDATE_GOLDEN=1"
    assert rendered == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", SEEDS)
def test_json_structure_is_stable(cli, seed_dir: Path, name: str) -> None:  # noqa: ANN001
    [doc] = _parse_json(cli, seed_dir / name)
    assert list(doc) == ["source", "blocks", "furniture", "warnings"]
    assert list(doc["source"]) == ["path", "sha256", "format", "pages", "size"]
    assert all(list(b) == BLOCK_KEYS for b in doc["blocks"])
    assert [b["index"] for b in doc["blocks"]] == list(range(len(doc["blocks"])))
    assert all(set(f) == {"kind", "text", "page"} for f in doc["furniture"])


def test_json_many_files_in_order(cli, seed_dir: Path) -> None:  # noqa: ANN001
    docs = _parse_json(cli, seed_dir / "seed.pdf", seed_dir / "seed.docx")
    assert [d["source"]["format"] for d in docs] == ["pdf", "docx"]
    assert docs[0]["source"]["pages"] == 4


def test_text_output_shows_kinds_pages_labels_and_furniture(cli, seed_dir: Path) -> None:  # noqa: ANN001
    result = cli("parse", seed_dir / "seed.pdf")
    assert result.exit_code == 0
    out = result.stdout
    assert "(pdf, 4 pages, " in out
    assert "list_item" in out and "[•] Digitalizace, 5G sítě, konektivita" in out
    assert "hint p1" in out and "Bod 1 – Zahájení" in out
    furniture_at = out.index("furniture:")
    assert out.index("MINISTERSTVO PRO MÍSTNÍ ROZVOJ ČR") > furniture_at
    assert "page_number" in out[furniture_at:] and "4/4" in out[furniture_at:]


def test_text_output_heading_levels(cli, seed_dir: Path) -> None:  # noqa: ANN001
    out = cli("parse", seed_dir / "seed.docx").stdout
    assert "heading L2 p-" in out and "Bod 3 – Prezentace pilotů 5G" in out
    assert "table" in out and "název ‖ 19. jednání" in out


def test_bad_format_option(cli, seed_dir: Path) -> None:  # noqa: ANN001
    result = cli("parse", "--format", "xml", seed_dir / "seed.docx")
    assert result.exit_code == 64
    assert "text or json" in result.stderr


def test_directory_argument_is_walked(cli, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "a.md").write_text("# Zápis\n\nText.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Minutes.\n", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0")
    docs = _parse_json(cli, tmp_path)
    assert [Path(d["source"]["path"]).name for d in docs] == ["a.md", "b.txt"]


def test_bad_limit_setting_is_one_line(cli, seed_dir: Path) -> None:  # noqa: ANN001
    result = cli("parse", seed_dir / "seed.docx", env={"MINUTES_MAX_PAGES": "many"})
    assert result.exit_code == 64
    assert "MINUTES_MAX_PAGES must be a whole number" in result.stderr and "Traceback" not in result.stderr
