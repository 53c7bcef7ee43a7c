"""Snapshot of `extract` output on every development rendering (held-out series skipped), for speed work
that must not change a single result.

    PYTHONPATH=. /work/main/.venv/bin/python .notes/snap.py write /tmp/snap_base.json
    PYTHONPATH=. /work/main/.venv/bin/python .notes/snap.py compare /tmp/snap_base.json
Run from the repository (or worktree) root. `compare` prints the number of documents whose JSON differs
and, for the first few, the first differing key path; it also prints the CPU seconds spent extracting.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from minutes_nlp.extract.neighbours import load_file
from minutes_nlp.extract.pipeline import extract
from minutes_nlp.extract.result import to_json

ROOT = Path.cwd()
HELD = {s["id"] for s in json.loads((ROOT / "corpus/series.json").read_text()) if s.get("held_out")}


def files() -> list[Path]:
    out = [p for p in sorted((ROOT / "corpus/docs").rglob("*"))
           if p.suffix in (".docx", ".pdf", ".md", ".txt") and p.parent.name not in HELD]
    seed = ROOT.parent / "shared/seed"
    if not seed.is_dir():
        seed = Path("/work/shared/seed")
    return out + sorted(p for p in seed.iterdir() if p.suffix in (".docx", ".pdf", ".txt"))


def run() -> tuple[dict[str, object], float]:
    out: dict[str, object] = {}
    t = time.process_time()
    for p in files():
        try:
            d = to_json(extract(load_file(p)))
            d["source"] = {k: v for k, v in d["source"].items() if k != "path"}
            out[p.name] = d
        except Exception as exc:  # noqa: BLE001
            out[p.name] = f"ERROR {type(exc).__name__}: {exc}"
    return out, time.process_time() - t


def first_diff(a: object, b: object, path: str = "") -> str | None:
    if type(a) is not type(b):
        return path or "/"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):  # type: ignore[arg-type]
            if k not in a or k not in b:  # type: ignore[operator]
                return f"{path}/{k}"
            d = first_diff(a[k], b[k], f"{path}/{k}")  # type: ignore[index]
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):  # type: ignore[arg-type]
            return f"{path} (len {len(a)} vs {len(b)})"  # type: ignore[arg-type]
        for i, (x, y) in enumerate(zip(a, b)):  # type: ignore[call-overload]
            d = first_diff(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    return None if a == b else path


def main() -> None:
    mode, target = sys.argv[1], Path(sys.argv[2])
    snap, cpu = run()
    print(f"{len(snap)} documents, {cpu:.1f} CPU s ({cpu / len(snap) * 1000:.0f} ms/doc)")
    if mode == "write":
        target.write_text(json.dumps(snap, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        return
    base = json.loads(target.read_text(encoding="utf-8"))
    snap = json.loads(json.dumps(snap, ensure_ascii=False, sort_keys=True))
    diffs = [(k, first_diff(base.get(k), snap.get(k))) for k in sorted(set(base) | set(snap))]
    diffs = [(k, d) for k, d in diffs if d]
    print(f"{len(diffs)} documents differ")
    for k, d in diffs[:10]:
        print(f"  {k}: {d}")


if __name__ == "__main__":
    main()
