"""Build a large synthetic archive from the corpus for the benchmarks: varied dates, numbers and names.

Each variant is a real file of the same format (DOCX edited with python-docx, Markdown/text edited as
text, PDF copied with a distinct trailer), so loading and extraction costs are those of real documents.
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import docx

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "docs"
SURNAMES = ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Pokorný"]
YEAR = re.compile(r"\b(20[12]\d)\b")


def _vary(text: str, k: int, rng: random.Random) -> str:
    shift = k % 7
    text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    return text.replace("Novák", rng.choice(SURNAMES))


def _docx_variant(src: Path, dst: Path, k: int, rng: random.Random) -> None:
    d = docx.Document(str(src))
    for p in d.paragraphs:
        for run in p.runs:
            if run.text:
                run.text = _vary(run.text, k, rng)
    d.add_paragraph(f"Variant {k}")
    d.save(str(dst))


def sources() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in (".docx", ".pdf", ".md"))


def build(out: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    files, made = sources(), []
    out.mkdir(parents=True, exist_ok=True)
    for k in range(count):
        src = files[k % len(files)]
        dst = out / f"{k:05d}-{src.name}"
        if src.suffix == ".docx":
            _docx_variant(src, dst, k, rng)
        elif src.suffix == ".md":
            dst.write_text(_vary(src.read_text(encoding="utf-8"), k, rng) + f"\n\nVariant {k}\n", encoding="utf-8")
        else:
            shutil.copyfile(src, dst)
            with dst.open("ab") as fh:
                fh.write(f"\n%variant {k}\n".encode())
        made.append(dst)
    return made
