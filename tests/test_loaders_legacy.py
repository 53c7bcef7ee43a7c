"""External converters: LibreOffice for .doc/.odt/.rtf and ocrmypdf for scans, used when on PATH.

The tools are stood in for by tiny shell scripts that behave like them (write the converted file where the
real tool would), so the conversion path of the loader runs for real without LibreOffice installed.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from minutes_nlp.errors import InputError, NoTextError
from minutes_nlp.loaders import load

FAKE_SOFFICE = """#!/bin/sh
outdir=""; last=""
while [ $# -gt 0 ]; do
  case "$1" in --outdir) outdir="$2"; shift;; *) last="$1";; esac
  shift
done
name=$(basename "$last"); stem="${name%.*}"
[ -n "$FAKE_FAIL" ] && { echo "Error: source file could not be loaded" >&2; exit 1; }
cp "$FAKE_OUTPUT" "$outdir/$stem.docx"
"""

FAKE_OCRMYPDF = """#!/bin/sh
for last; do :; done
cp "$FAKE_OUTPUT" "$last"
"""


def _tool(bin_dir: Path, name: str, script: str) -> None:
    bin_dir.mkdir(exist_ok=True)
    path = bin_dir / name
    path.write_text(script, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


@pytest.fixture()
def tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    return bin_dir


def _docx(path: Path, text: str) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph(text)
    d.save(str(path))
    return path


LEGACY = {
    "old.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
    "old.rtf": b"{\\rtf1\\ansi Minutes\\par}",
}


@pytest.mark.parametrize("name", sorted(LEGACY))
def test_legacy_converted_with_soffice(tools: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       name: str) -> None:
    _tool(tools, "soffice", FAKE_SOFFICE)
    monkeypatch.setenv("FAKE_OUTPUT", str(_docx(tmp_path / "converted.docx", "Converted minutes text.")))
    source = tmp_path / name
    source.write_bytes(LEGACY[name])
    doc = load(source)
    assert [b.text for b in doc.blocks] == ["Converted minutes text."]
    assert doc.source.path == str(source) and doc.source.format == "docx"
    assert any("LibreOffice" in w for w in doc.warnings)


def test_failed_conversion_is_one_line(tools: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tool(tools, "soffice", FAKE_SOFFICE)
    monkeypatch.setenv("FAKE_FAIL", "1")
    source = tmp_path / "broken.doc"
    source.write_bytes(LEGACY["old.doc"])
    with pytest.raises(InputError, match="could not convert") as info:
        load(source)
    assert info.value.path == str(source) and "\n" not in info.value.one_line()


def _pdf(path: Path, text: str | None) -> Path:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    c = canvas.Canvas(str(path))
    if text:
        c.setFont("Helvetica", 11)
        c.drawString(72, 700, text)
    else:
        c.rect(72, 500, 300, 200, fill=1)
    c.save()
    return path


def test_scan_ocred_when_ocrmypdf_installed(tools: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tool(tools, "ocrmypdf", FAKE_OCRMYPDF)
    monkeypatch.setenv("FAKE_OUTPUT", str(_pdf(tmp_path / "ocred.pdf", "Recognised minutes text.")))
    doc = load(_pdf(tmp_path / "scan.pdf", None))
    assert [b.text for b in doc.blocks] == ["Recognised minutes text."]
    assert any("OCR" in w for w in doc.warnings)


def test_ocr_that_finds_no_text_still_says_scanned(tools: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _tool(tools, "ocrmypdf", FAKE_OCRMYPDF)
    monkeypatch.setenv("FAKE_OUTPUT", str(_pdf(tmp_path / "still-empty.pdf", None)))
    with pytest.raises(NoTextError, match="scanned"):
        load(_pdf(tmp_path / "scan.pdf", None))
