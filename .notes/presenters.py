"""Print the agenda items whose presenters differ from the annotation (dev series only, DOCX renderings)."""
import json, sys
from pathlib import Path
from minutes_nlp.evaluate.match import similar, same_person
from minutes_nlp.evaluate.match import _same_people
from minutes_nlp.extract.pipeline import extract
from minutes_nlp.extract.result import to_json
from minutes_nlp.loaders import load

held = {s["id"] for s in json.load(open("corpus/series.json")) if s["held_out"]}
only = sys.argv[1] if len(sys.argv) > 1 else ""
for ann in sorted(Path("corpus/annotations").glob("*.json")):
    sid = ann.stem.rsplit("-", 1)[0]
    if sid in held or not ann.stem.startswith(only):
        continue
    gold = json.loads(ann.read_text())
    docx = Path("corpus/docs") / sid / f"{ann.stem}.docx"
    if not docx.exists():
        continue
    pred = to_json(extract(load(docx)))
    for g in gold.get("agenda_items", []):
        if "presenters" not in g:
            continue
        p = next((i for i in pred["agenda_items"] if str(i.get("number") or "").strip(". ") == str(g["number"])
                  and similar(i.get("title"), g["title"])), None)
        if p and not _same_people(p.get("presenters") or [], g["presenters"]):
            print(f"{ann.stem} #{g['number']} {g['title'][:50]!r}: gold={g['presenters']} got={p.get('presenters')}")
