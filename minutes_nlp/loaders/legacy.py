"""Legacy word-processor formats (.doc, .odt, .rtf): converted by LibreOffice when it is installed.

We do not parse these ourselves: LibreOffice converts them faithfully, and without it a clear message that
says how to convert beats a half-read document.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import tempfile
from pathlib import Path

from minutes_nlp.config import Limits
from minutes_nlp.document import Document, Source
from minutes_nlp.errors import InputError, UnsupportedFormatError

LEGACY_FORMATS = {
    "doc": "a legacy Word .doc file (OLE2)",
    "odt": "an OpenDocument text file (.odt)",
    "rtf": "a Rich Text Format file (.rtf)",
}
CONVERT_TIMEOUT_S = 180


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def load_legacy(path: Path, fmt: str, source: Source, limits: Limits) -> Document:
    exe = soffice()
    if exe is None:
        raise UnsupportedFormatError(
            f"{LEGACY_FORMATS[fmt]} cannot be read directly; convert it with "
            f"`soffice --headless --convert-to docx {path.name}` (LibreOffice) and load the .docx", path)
    from minutes_nlp.loaders import docx

    with tempfile.TemporaryDirectory(prefix="minutes-convert-") as tmp:
        converted = _convert(exe, path, Path(tmp))
        data = converted.read_bytes()
        doc = docx.load_docx(path, data, dataclasses.replace(source, format="docx"), limits)
    note = f"converted from {fmt} with LibreOffice"
    return dataclasses.replace(doc, warnings=(note, *doc.warnings))


def _convert(exe: str, path: Path, outdir: Path) -> Path:
    # A private profile dir: a running desktop LibreOffice would otherwise swallow the request.
    profile = (outdir / "profile").as_uri()
    cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx", "--outdir",
           str(outdir), str(path.resolve())]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=CONVERT_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InputError(f"LibreOffice conversion failed ({type(exc).__name__})", path) from None
    target = outdir / (path.stem + ".docx")
    if proc.returncode != 0 or not target.is_file():
        detail = (proc.stderr or proc.stdout).decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"LibreOffice could not convert it ({detail[-1] if detail else 'no output'})", path)
    return target
