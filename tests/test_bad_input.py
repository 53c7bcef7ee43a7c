"""Bad input: each case gets one line naming the file and the reason, and the rest of the batch still loads."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from minutes_nlp.config import Limits
from minutes_nlp.errors import InputError, LimitExceededError, NoTextError, UnsupportedFormatError, UsageError
from minutes_nlp.loaders import load
from minutes_nlp.loaders.batch import iter_files, load_many

SEED_DOCX = Path(__file__).resolve().parents[1] / ".." / "shared" / "seed" / "seed.docx"


def _pdf(path: Path, pages: int = 1, text: bool = True, **canvas_kw: object) -> Path:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    c = canvas.Canvas(str(path), **canvas_kw)
    for n in range(pages):
        if text:
            c.setFont("Helvetica", 11)
            c.drawString(72, 700, f"The board met on page {n + 1} and approved the plan.")
        else:  # a "scan": shapes and a filled image-like area, no text operators
            c.setFillGray(0.3)
            c.rect(72, 500, 300, 200, fill=1)
            c.circle(300, 300, 50, fill=1)
        c.showPage()
    c.save()
    return path


def _docx_zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    path.write_bytes(buf.getvalue())
    return path


# -- one builder per bad case: (file maker, words the one-line reason must contain, env) --------------------

def truncated_docx(tmp: Path) -> Path:
    data = SEED_DOCX.read_bytes() if SEED_DOCX.is_file() else _docx_zip(tmp / "x.zip", {"a": b"x" * 5000}).read_bytes()
    (tmp / "truncated.docx").write_bytes(data[: len(data) // 2])
    return tmp / "truncated.docx"


def docx_without_body(tmp: Path) -> Path:
    return _docx_zip(tmp / "nobody.docx", {"[Content_Types].xml": b"<Types/>", "docProps/app.xml": b"<x/>"})


def docx_broken_xml(tmp: Path) -> Path:
    types = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             b'wordprocessingml.document.main+xml"/></Types>')
    rels = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'officeDocument" Target="word/document.xml"/></Relationships>')
    return _docx_zip(tmp / "badxml.docx", {"[Content_Types].xml": types, "_rels/.rels": rels,
                                           "word/document.xml": b"<w:document><w:body><w:p>"})


def zip_bomb_ratio(tmp: Path) -> Path:
    return _docx_zip(tmp / "bomb.docx", {"word/document.xml": b"\0" * (12 * 1024 * 1024)})


def zip_bomb_size(tmp: Path) -> Path:
    return _docx_zip(tmp / "big.docx", {"word/document.xml": b"<w:document/>" + b" " * 3_000_000})


def encrypted_pdf(tmp: Path) -> Path:
    pdfencrypt = pytest.importorskip("reportlab.lib.pdfencrypt")
    enc = pdfencrypt.StandardEncryption("user-secret", ownerPassword="owner-secret")
    return _pdf(tmp / "locked.pdf", encrypt=enc)


def scanned_pdf(tmp: Path) -> Path:
    if shutil.which("ocrmypdf"):
        pytest.skip("ocrmypdf is installed: a scan would be OCRed instead of refused")
    return _pdf(tmp / "scan.pdf", text=False)


def corrupt_pdf(tmp: Path) -> Path:
    (tmp / "broken.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(300) + b"\n%%EOF")
    return tmp / "broken.pdf"


def empty_file(tmp: Path) -> Path:
    (tmp / "empty.docx").write_bytes(b"")
    return tmp / "empty.docx"


def blank_text(tmp: Path) -> Path:
    (tmp / "blank.txt").write_text("  \n\n\t\n", encoding="utf-8")
    return tmp / "blank.txt"


def unknown_binary(tmp: Path) -> Path:
    (tmp / "photo.bin").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 4)
    return tmp / "photo.bin"


def unreadable(tmp: Path) -> Path:
    if os.geteuid() == 0:
        pytest.skip("running as root: permissions do not stop reading")
    path = tmp / "secret.txt"
    path.write_text("Minutes nobody may read.", encoding="utf-8")
    path.chmod(0)
    return path


def missing_file(tmp: Path) -> Path:
    return tmp / "gone.pdf"


def over_size_limit(tmp: Path) -> Path:
    (tmp / "long.txt").write_text("The council met. " * 200, encoding="utf-8")
    return tmp / "long.txt"


def too_many_pages(tmp: Path) -> Path:
    return _pdf(tmp / "thick.pdf", pages=3)


def legacy_doc(tmp: Path) -> Path:
    if shutil.which("soffice") or shutil.which("libreoffice"):
        pytest.skip("LibreOffice is installed: legacy files are converted instead of refused")
    (tmp / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000)
    return tmp / "old.doc"


def legacy_rtf(tmp: Path) -> Path:
    if shutil.which("soffice") or shutil.which("libreoffice"):
        pytest.skip("LibreOffice is installed: legacy files are converted instead of refused")
    (tmp / "old.rtf").write_text(r"{\rtf1\ansi Minutes of the meeting\par}", encoding="ascii")
    return tmp / "old.rtf"


def legacy_odt(tmp: Path) -> Path:
    if shutil.which("soffice") or shutil.which("libreoffice"):
        pytest.skip("LibreOffice is installed: legacy files are converted instead of refused")
    return _docx_zip(tmp / "notes.odt", {"mimetype": b"application/vnd.oasis.opendocument.text",
                                         "content.xml": b"<office:document-content/>"}, zipfile.ZIP_STORED)


CASES: list[tuple[Callable[[Path], Path], tuple[str, ...], dict[str, str], type[InputError]]] = [
    (truncated_docx, ("corrupt or truncated", "DOCX"), {}, InputError),
    (docx_without_body, ("word/document.xml",), {}, InputError),
    (docx_broken_xml, ("corrupt DOCX",), {}, InputError),
    (zip_bomb_ratio, ("ZIP bomb", "compressed"), {}, LimitExceededError),
    (zip_bomb_size, ("ZIP bomb", "MINUTES_MAX_DECOMPRESSED_SIZE"), {"MINUTES_MAX_DECOMPRESSED_SIZE": "1000000"},
     LimitExceededError),
    (encrypted_pdf, ("encrypted", "password"), {}, InputError),
    (scanned_pdf, ("no text layer", "scanned", "ocrmypdf"), {}, NoTextError),
    (corrupt_pdf, ("corrupt",), {}, InputError),
    (empty_file, ("empty file",), {}, InputError),
    (blank_text, ("empty file",), {}, InputError),
    (unknown_binary, ("unknown binary file type",), {}, InputError),
    (unreadable, ("permission denied",), {}, InputError),
    (missing_file, ("no such file",), {}, InputError),
    (over_size_limit, ("over the limit", "MINUTES_MAX_FILE_SIZE"), {"MINUTES_MAX_FILE_SIZE": "1000"},
     LimitExceededError),
    (too_many_pages, ("3 pages", "limit of 2"), {"MINUTES_MAX_PAGES": "2"}, LimitExceededError),
    (legacy_doc, (".doc", "soffice --headless --convert-to docx old.doc"), {}, UnsupportedFormatError),
    (legacy_rtf, (".rtf", "soffice --headless --convert-to docx"), {}, UnsupportedFormatError),
    (legacy_odt, (".odt", "soffice --headless --convert-to docx"), {}, UnsupportedFormatError),
]
IDS = [c[0].__name__ for c in CASES]


def _good(tmp: Path, name: str) -> Path:
    path = tmp / name
    path.write_text(f"Minutes {name}\n\nThe committee approved the plan.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("make", "words", "env", "error"), CASES, ids=IDS)
def test_batch_reports_bad_file_and_goes_on(cli, tmp_path: Path, make, words, env, error) -> None:  # noqa: ANN001
    bad = make(tmp_path)
    first, last = _good(tmp_path, "a.txt"), _good(tmp_path, "z.txt")
    result = cli("parse", first, bad, last, env=env)
    assert result.exit_code == 2
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert len(lines) == 1 and lines[0].startswith(f"error: {bad}: ")
    for word in words:
        assert word in lines[0]
    assert "Traceback" not in result.stderr + result.stdout
    assert str(first) in result.stdout and str(last) in result.stdout
    assert "1 of 3 files failed" in result.stderr


@pytest.mark.parametrize(("make", "words", "env", "error"), CASES, ids=IDS)
def test_load_raises_input_error_subclass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make, words, env,
                                          error) -> None:  # noqa: ANN001
    bad = make(tmp_path)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(error) as info:
        load(bad)
    assert info.value.path == str(bad)
    assert "\n" not in info.value.one_line()


def test_debug_shows_the_exception(cli, tmp_path: Path) -> None:  # noqa: ANN001
    bad = empty_file(tmp_path)
    with pytest.raises(InputError):
        cli("--debug", "parse", bad)


def test_symlink_loop_is_reported_and_walk_goes_on(cli, tmp_path: Path) -> None:  # noqa: ANN001
    root = tmp_path / "archive"
    (root / "2024").mkdir(parents=True)
    _good(root, "a.txt")
    _good(root / "2024", "b.md")
    (root / "2024" / "back").symlink_to(root, target_is_directory=True)
    (root / ".git").mkdir()
    _good(root / ".git", "hidden.txt")
    (root / "notes.xyz").write_bytes(b"%PDF-1.4 not really")
    (root / "~$a.docx").write_bytes(b"\x05lock")
    found = list(iter_files([root]))
    loops = [f for f in found if f.error]
    assert len(loops) == 1 and "symlink loop" in (loops[0].error or "")
    assert sorted(f.path.name for f in found if not f.error) == ["a.txt", "b.md", "notes.xyz"]
    result = cli("parse", root)
    assert result.exit_code == 2
    assert "symlink loop" in result.stderr
    assert "a.txt" in result.stdout and "b.md" in result.stdout


def test_load_many_goes_on_after_failures(tmp_path: Path) -> None:
    paths = [_good(tmp_path, "a.txt"), empty_file(tmp_path), missing_file(tmp_path), _good(tmp_path, "b.txt")]
    results = list(load_many(paths))
    assert [r.ok for r in results] == [True, False, False, True]
    assert all(r.error is None for r in results if r.ok)


@pytest.mark.parametrize(("value", "fragment"), [("abc", "whole number"), ("-5", "positive"), ("0", "positive")])
def test_bad_limit_setting_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, value: str, fragment: str) -> None:
    monkeypatch.setenv("MINUTES_MAX_PAGES", value)
    with pytest.raises(UsageError, match=fragment):
        Limits.from_env()


def test_limits_default_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Limits.from_env() == Limits()
    monkeypatch.setenv("MINUTES_MAX_FILE_SIZE", "12345")
    assert Limits.from_env().max_file_size == 12345
