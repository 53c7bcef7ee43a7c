"""`minutes extract` and `minutes schema` through the real CLI, and the seed acceptance for all formats."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

SEED_FILES = ["000_b6ab1fcc00502021.txt", "seed.docx", "seed.pdf"]


def _schema_keys(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if ref:
        return schema["$defs"][ref.rsplit("/", 1)[-1]]
    if "oneOf" in node:
        return _schema_keys(schema, node["oneOf"][0])
    return node


def _check(schema: dict[str, Any], node: dict[str, Any], value: Any, path: str) -> list[str]:
    """Every key of `value` is described by the schema and every required key is present."""
    node = _schema_keys(schema, node)
    problems: list[str] = []
    if isinstance(value, dict) and "properties" in node:
        problems += [f"{path}.{k} missing" for k in node.get("required", []) if k not in value]
        for key, sub in value.items():
            if key not in node["properties"]:
                if not isinstance(node.get("additionalProperties"), dict):
                    problems.append(f"{path}.{key} undocumented")
                continue
            problems += _check(schema, node["properties"][key], sub, f"{path}.{key}")
    elif isinstance(value, list) and "items" in node:
        for i, sub in enumerate(value[:3]):
            problems += _check(schema, node["items"], sub, f"{path}[{i}]")
    return problems


@pytest.mark.parametrize("name", SEED_FILES)
def test_seed_acceptance(cli, seed_dir: Path, name: str) -> None:
    result = cli("extract", seed_dir / name, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    gold = json.loads((seed_dir / "gold.json").read_text(encoding="utf-8"))["meeting"]
    m = data["meeting"]
    for key in ("number", "date", "start", "end", "recorder", "approver", "series", "place"):
        assert m[key] == gold[key], key
    assert m["title"].startswith("19. jednání Pracovní skupiny pro Smart Cities")
    assert m["online"] is True
    assert m["next_meeting"] == {"text": "Q1/2021", "earliest": "2021-01-01", "latest": "2021-03-31"}
    assert [(i["number"], i["title"]) for i in data["agenda_items"]] == [
        (i["number"], i["title"]) for i in json.loads((seed_dir / "gold.json").read_text())["agenda_items"]]
    assert data["language"] == "cs"


def test_output_matches_the_documented_schema(cli, seed_dir: Path) -> None:
    schema = json.loads(cli("schema").stdout)
    data = json.loads(cli("extract", seed_dir / "seed.docx").stdout)
    assert _check(schema, schema, data, "$") == []


def test_schema_describes_every_top_level_key(cli) -> None:
    result = cli("schema")
    schema = json.loads(result.stdout)
    assert result.exit_code == 0
    for key in ("source", "language", "meeting", "agenda_items", "people", "institutions", "actions", "questions",
                "decisions"):
        assert schema["properties"][key]["description"]


def test_several_files_give_a_list(cli, seed_dir: Path) -> None:
    result = cli("extract", seed_dir / SEED_FILES[0], seed_dir / "seed.docx")
    data = json.loads(result.stdout)
    assert result.exit_code == 0 and isinstance(data, list) and len(data) == 2


def test_failed_file_is_one_line_and_batch_goes_on(cli, seed_dir: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = cli("extract", empty, seed_dir / SEED_FILES[0])
    assert result.exit_code != 0
    assert json.loads(result.stdout)["meeting"]["number"] == 19
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "empty.txt" in lines[0]


@pytest.mark.parametrize(("fmt", "marker"), [("text", "Series:"), ("markdown", "## Agenda")])
def test_readable_formats(cli, seed_dir: Path, fmt: str, marker: str) -> None:
    result = cli("extract", seed_dir / "seed.docx", "--format", fmt)
    assert result.exit_code == 0
    assert marker in result.stdout and "Pracovní skupina pro Smart Cities" in result.stdout
    assert "Shrnutí PS SC a výhled na následující měsíce" in result.stdout


def test_unknown_format_is_a_usage_error(cli, seed_dir: Path) -> None:
    result = cli("extract", seed_dir / "seed.docx", "--format", "yaml")
    assert result.exit_code == 64 and "yaml" in result.stderr


def test_english_document(cli, tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text("Minutes of the 12th meeting of the Finance Committee held on 5 May 2025\n"
                    "Present: Cllr J Smith (Chair), Cllr A Jones\nApologies: Cllr R Patel\n"
                    "Item 1: Budget\nThe committee agreed the budget.\nItem 2: AOB\nNone.\n", encoding="utf-8")
    data = json.loads(cli("extract", path).stdout)
    assert data["language"] == "en"
    assert (data["meeting"]["series"], data["meeting"]["number"], data["meeting"]["date"]) == (
        "Finance Committee", 12, "2025-05-05")
    assert [i["title"] for i in data["agenda_items"]] == ["Budget", "AOB"]


def test_unsupported_language_is_reported_and_still_extracted(cli, tmp_path: Path) -> None:
    path = tmp_path / "zapisnica.txt"
    path.write_text("Zápisnica zo zasadnutia obecného zastupiteľstva\nPrítomní boli všetci poslanci, ktorí sa "
                    "zhodli, že rozpočet bude schválený aj keď starosta nie je prítomný.\n", encoding="utf-8")
    result = cli("extract", path)
    data = json.loads(result.stdout)
    assert result.exit_code == 0 and data["language"] == "sk"
    assert any("not supported" in w for w in data["warnings"])
