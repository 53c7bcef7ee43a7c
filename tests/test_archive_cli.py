"""The archive commands through the real CLI: list, edit, show, brief, search, export/import, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.archive_records import build_archive


@pytest.fixture()
def db(tmp_path: Path) -> str:
    build_archive(tmp_path / "m.db").close()
    return str(tmp_path / "m.db")


def _json(result) -> object:  # noqa: ANN001
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_actions_open_json_schema(cli, db: str) -> None:  # noqa: ANN001
    rows = _json(cli("actions", "--open", "--as-of", "2021-06-01", "--format", "json", "--db", db))
    assert [r["status"] for r in rows] == ["overdue", "overdue"]
    assert {"id", "status", "text", "owner", "due", "series", "meeting_date", "source"} <= set(rows[0])
    assert rows[0]["source"]["file"] == "/c/1.docx" and rows[0]["source"]["block"] == 3


def test_set_status_then_show_history(cli, db: str) -> None:  # noqa: ANN001
    first = _json(cli("actions", "--open", "--format", "json", "--db", db))[0]["id"]
    result = cli("actions", "set", first, "--status", "done", "--note", "hotovo", "--by", "tajemnice", "--db", db)
    assert result.exit_code == 0 and "done" in result.stdout
    assert first not in [r["id"] for r in _json(cli("actions", "--open", "--format", "json", "--db", db))]
    shown = _json(cli("actions", "show", first, "--format", "json", "--db", db))
    assert [(e["field"], e["value"], e["by"]) for e in shown["edits"]] == [("status", "done", "tajemnice")]


def test_owner_filter_csv(cli, db: str) -> None:  # noqa: ANN001
    result = cli("actions", "--owner", "jana mala", "--format", "csv", "--db", db)
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("\ufeffid,kind,status,text,owner") and len(lines) == 2 and "Jana Malá" in lines[1]


@pytest.mark.parametrize(("args", "message", "code"), [
    (("actions", "set", "A-nothere", "--status", "done"), "no item with ID A-nothere", 5),
    (("actions", "set", "A-nothere", "--status", "finished"), "--status must be one of", 64),
    (("actions", "--since", "yesterday"), "not an ISO date", 64),
    (("search", "AND"), "nothing to search for", 64),
    (("search", "x", "--type", "memo"), "--type must be one of", 64),
])
def test_errors_are_one_line_with_exit_code(cli, db: str, args: tuple[str, ...], message: str,  # noqa: ANN001
                                            code: int) -> None:
    result = cli(*args, "--db", db)
    assert result.exit_code == code
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_questions_unanswered(cli, db: str) -> None:  # noqa: ANN001
    rows = _json(cli("questions", "--unanswered", "--format", "json", "--db", db))
    assert [r["asker"] for r in rows] == ["Petr Dub"]


def test_brief_docx_and_markdown(cli, db: str, tmp_path: Path) -> None:  # noqa: ANN001
    import docx

    out = tmp_path / "b.docx"
    result = cli("brief", "--for", "2021-06-01", "--format", "docx", "-o", str(out), "--db", db)
    assert result.exit_code == 0 and out.exists()
    assert "Open actions (2" in "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    md = cli("brief", "--for", "2021-06-01", "--format", "markdown", "--db", db)
    assert "## Unanswered questions (1)" in md.stdout


def test_search_cli_finds_inflected_form(cli, db: str) -> None:  # noqa: ANN001
    rows = _json(cli("search", "metodika", "--format", "json", "--db", db))
    assert rows[0]["kind"] == "action" and "metodiku" in rows[0]["text"]


def test_export_csv_has_bom_and_import_roundtrip(cli, db: str, tmp_path: Path) -> None:  # noqa: ANN001
    csv_out = tmp_path / "a.csv"
    assert cli("export", "--format", "csv", "--what", "actions", "-o", str(csv_out), "--db", db).exit_code == 0
    assert csv_out.read_bytes().startswith("\ufeff".encode())
    backup = tmp_path / "b.json"
    assert cli("export", "--format", "json", "-o", str(backup), "--db", db).exit_code == 0
    restored = str(tmp_path / "r.db")
    assert cli("import", str(backup), "--db", restored).exit_code == 0
    before = _json(cli("actions", "--format", "json", "--db", db))
    after = _json(cli("actions", "--format", "json", "--db", restored))
    assert before == after


def test_meetings_lists_series(cli, db: str) -> None:  # noqa: ANN001
    rows = _json(cli("meetings", "--format", "json", "--db", db))
    assert [(r["number"], r["series"]) for r in rows] == [(1, "Pracovní skupina pro vodu"),
                                                          (2, "Pracovní skupina pro vodu")]


def test_decisions_register(cli, db: str) -> None:  # noqa: ANN001
    rows = _json(cli("decisions", "--format", "json", "--db", db))
    assert [r["status"] for r in rows] == ["adopted", "recorded"]
    assert rows[0]["number"] == "Usnesení č. 1/2021"
    assert rows[0]["vote"] == {"for": 7, "against": 0, "abstain": 1, "result": None, "text": None}


def test_review_reject_and_fix_owner_survive(cli, db: str) -> None:  # noqa: ANN001
    before = _json(cli("actions", "--format", "json", "--db", db))
    result = cli("review", "--below", "1.0", "--by", "revizor", "--db", db, input="r\no\nEva Lípová\nq\n")
    assert result.exit_code == 0, result.output
    after = _json(cli("actions", "--format", "json", "--db", db))
    assert len(after) == len(before) - 1
    rejected = {r["id"] for r in before} - {r["id"] for r in after}
    assert [r["owner"] for r in after if r["id"] not in rejected][0] == "Eva Lípová"
    again = cli("review", "--below", "1.0", "--db", db, input="q\n")
    assert f"{len(before) - 2} item(s) to review" in again.stdout


def test_people_on_the_archive_and_merge(cli, tmp_path: Path) -> None:  # noqa: ANN001
    from minutes_nlp.store import open_archive
    from tests.test_people_store import _rec

    db = tmp_path / "p.db"
    archive = open_archive(db)
    archive.store_record(_rec(1, "Marie Zezůlková", "Rut Bízková"), "/p/1.docx", "v1")
    archive.store_record(_rec(2, "Rutka Bízková"), "/p/2.docx", "v1")
    archive.close()
    rows = _json(cli("people", "--format", "json", "--db", str(db)))
    assert {r["name"] for r in rows} == {"Marie Zezůlková", "Rut Bízková", "Rutka Bízková"}
    merged = cli("people", "merge", "Rutka Bízková", "Rut Bízková", "--db", str(db))
    assert merged.exit_code == 0 and "2 people" in merged.stdout
    bad = cli("people", "merge", "Nobody", "Rut Bízková", "--db", str(db))
    assert bad.exit_code == 5 and "no person named" in bad.stderr
    orgs = _json(cli("orgs", "--format", "json", "--db", str(db)))
    assert orgs == []


@pytest.mark.parametrize("args", [
    ("actions", "--format", "xml"), ("brief", "--format", "pdf"), ("export", "--format", "xml"),
    ("export", "--what", "bogus"), ("review", "--kind", "bogus"), ("search", "x", "--from", "2021/01/01"),
    ("decisions", "--from", "2025-13-01"), ("brief", "--for", "2022-99-01"), ("meetings", "--format", "yaml"),
])
def test_bad_option_values_are_rejected(cli, db: str, args: tuple[str, ...]) -> None:  # noqa: ANN001
    result = cli(*args, "--db", db)
    assert result.exit_code == 64 and len(result.stderr.strip().splitlines()) == 1


def test_read_commands_do_not_create_an_archive(cli, tmp_path: Path) -> None:  # noqa: ANN001
    missing = tmp_path / "nope.db"
    result = cli("actions", "--db", str(missing))
    assert result.exit_code == 4 and "no archive here yet" in result.stderr and not missing.exists()


def test_import_rejects_a_file_that_is_not_an_export(cli, tmp_path: Path) -> None:  # noqa: ANN001
    bad = tmp_path / "list.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    result = cli("import", str(bad), "--db", str(tmp_path / "r.db"))
    assert result.exit_code == 2 and "not a minutes-nlp archive export" in result.stderr


def test_review_accepts_a_czech_date_and_reprompts_on_nonsense(cli, db: str) -> None:  # noqa: ANN001
    result = cli("review", "--below", "1.0", "--db", db, input="d\nzítra možná\n31. 12. 2021\nq\n")
    assert result.exit_code == 0 and "not a date I can read" in result.stdout
    dues = [r["due"] for r in _json(cli("actions", "--format", "json", "--db", db))]
    assert "2021-12-31" in dues
