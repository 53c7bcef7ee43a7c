"""`minutes people` and `minutes orgs` through the real app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture()
def minutes_file(tmp_path: Path) -> Path:
    path = tmp_path / "zapis.txt"
    path.write_text("Zápis z jednání\nDr. Ing. Jana Horáková, ředitelka odboru MMR, zahájila jednání.\n"
                    "Na dotaz p. Skály z MAS odpověděla J. Horáková.\nZapsal: Petr Zeman\n", encoding="utf-8")
    return path


def test_people_table(cli, minutes_file: Path) -> None:
    result = cli("people", minutes_file)
    assert result.exit_code == 0
    assert "Jana Horáková" in result.stdout and "Skála" in result.stdout and "Petr Zeman" in result.stdout


def test_people_json(cli, minutes_file: Path) -> None:
    result = cli("people", "--format", "json", minutes_file)
    assert result.exit_code == 0
    rows = {p["name"]: p for p in json.loads(result.stdout)[0]["people"]}
    assert rows["Jana Horáková"]["affiliation"] == "MMR"
    assert rows["Jana Horáková"]["count"] == 2
    assert rows["Skála"]["affiliation"] == "MAS"
    assert rows["Petr Zeman"]["role"] == "zapisovatel"


def test_orgs_json(cli, minutes_file: Path) -> None:
    result = cli("orgs", "-f", "json", minutes_file)
    assert result.exit_code == 0
    orgs = {o["name"]: o for o in json.loads(result.stdout)[0]["institutions"]}
    assert orgs["MMR"]["full_name"] == "Ministerstvo pro místní rozvoj"
    assert orgs["MMR"]["kind"] == "ministry"


def test_bad_format_and_missing_file(cli, minutes_file: Path, tmp_path: Path) -> None:
    assert cli("people", "--format", "xml", minutes_file).exit_code == 64
    missing = cli("orgs", tmp_path / "missing.docx")
    assert missing.exit_code == 2
    assert "missing.docx" in missing.stderr


def test_seed_people_cli(cli, seed_dir: Path) -> None:
    result = cli("people", "-f", "json", seed_dir / "seed.docx")
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)[0]["people"]) == 16


@pytest.mark.parametrize(("lang_text", "attendees", "absent", "guests"), [
    ("Zápis ze zasedání akademického senátu\nPřítomni: akademičtí pracovníci: doc. Mgr. Eva Holá, Ph.D., "
     "Mgr. Petr Lukeš; studenti: Bc. Ivan Bureš\nOmluveni: Mgr. Jan Kos\nHosté: děkan prof. PhDr. Karel Sova, "
     "tajemník fakulty Ing. Ota Bek\n",
     {"Eva Holá", "Petr Lukeš", "Ivan Bureš"}, {"Jan Kos"}, {"Karel Sova", "Ota Bek"}),
    ("Town of Elmford - Board of Selectmen\nROLL CALL: Members present: Chair Ann Bell, Selectman Tom Reed, "
     "Selectwoman Kay Hart. Members absent: none. Also present: Town Administrator Jane Roe, Police Chief "
     "Daniel Moss, and 5 residents.\n",
     {"Ann Bell", "Tom Reed", "Kay Hart"}, set(), {"Jane Roe", "Daniel Moss"}),
])
def test_extract_attendance_conventions(cli, tmp_path: Path, lang_text: str, attendees: set[str], absent: set[str],
                                        guests: set[str]) -> None:
    """Groups in a senate's list, offices before names, and a US roll call, through `minutes extract`."""
    path = tmp_path / "minutes.txt"
    path.write_text(lang_text, encoding="utf-8")
    result = cli("extract", path, "--format", "json")
    assert result.exit_code == 0
    meeting = json.loads(result.stdout)["meeting"]
    assert (set(meeting["attendees"]), set(meeting["absent"]), set(meeting["guests"])) == (attendees, absent, guests)
