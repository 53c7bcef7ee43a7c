"""Validator for the bundled corpus (corpus/FORMAT.md): series list, rendered files, hand annotations,
series status files, DOCX/PDF agreement and reproducible rendering.

Parametrized over whatever annotation and status files exist, so it grows as series are added. Documents
are loaded with the real `minutes_nlp.loaders.load`, because the annotations are only useful if their
anchors are found in the text the product actually sees.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from minutes_nlp.document import Document
from minutes_nlp.errors import InputError
from minutes_nlp.loaders import load

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
DOCS = CORPUS / "docs"
ANNOTATIONS = sorted((CORPUS / "annotations").glob("*.json"))
STATUS_FILES = sorted((CORPUS / "annotations" / "series").glob("*.status.json"))
SOURCES = sorted((CORPUS / "sources").glob("*/*.md"))
RENDER_ORDER = ("docx", "pdf", "md")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
ACTION_STATUS = {"open", "done", "carried_over", "cancelled", "overdue"}
QUESTION_STATUS = {"open", "answered"}
BULLET_GLYPHS = {"•", "◦", "▪", "·", "-", "–"}
# A sentence end inside an anchor: a word ending in '.', '!' or '?' followed by a capitalised word, unless
# the word is a title or other abbreviation of the kind minutes are full of ("Capt. Tolliver", "p. Kuka").
SENTENCE_END = re.compile(r"(\S+)[.!?]\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]")
NOT_AN_END = {"mr", "mrs", "ms", "dr", "lt", "capt", "sgt", "rev", "cllr", "st", "no", "inc", "ltd", "co", "corp",
              "jr", "sr", "p", "pí", "ing", "mgr", "bc", "judr", "mudr", "phdr", "rndr", "doc", "prof", "tel", "č",
              "odst", "sb", "např", "tzv", "resp", "mj", "cca", "a.m", "p.m", "e.g", "i.e", "vs"}


def _read(path: Path) -> dict:  # type: ignore[type-arg]
    return json.loads(path.read_text(encoding="utf-8"))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _spans_sentence_end(anchor: str) -> bool:
    for m in SENTENCE_END.finditer(anchor):
        word = m.group(1).lower().lstrip("(„\"")
        if word not in NOT_AN_END and not (len(word) == 1 and word.isalpha()):
            return True
    return False


@cache
def _load(path: Path) -> Document:
    try:
        return load(path)
    except InputError as exc:
        if "not supported yet" in str(exc):
            pytest.skip(f"loader for {path.suffix} not written yet: {exc}")
        raise


def _rendered(doc_ref: str) -> list[Path]:
    """corpus/docs/<series>/<doc-id>.<fmt> files of one annotation's document, DOCX first."""
    series, doc_id = doc_ref.split("/")
    return [p for fmt in RENDER_ORDER if (p := DOCS / series / f"{doc_id}.{fmt}").is_file()]


def _ann_id(path: Path) -> str:
    return path.stem


# --- series.json ------------------------------------------------------------------------------------------

def _series() -> list[dict]:  # type: ignore[type-arg]
    return json.loads((CORPUS / "series.json").read_text(encoding="utf-8"))


def test_series_json_shape() -> None:
    series = _series()
    ids = [s["id"] for s in series]
    assert len(ids) == len(set(ids))
    for s in series:
        assert {"id", "title", "language", "genre", "formats", "held_out"} <= set(s), s["id"]
        assert s["language"] in ("cs", "en")
        assert set(s["formats"]) <= {"docx", "pdf", "md"} and s["formats"]
        assert isinstance(s["held_out"], bool)
    held = {s["id"] for s in series if s["held_out"]}
    assert held == {"cs-far", "cs-koz", "en-rec", "en-pta"}, "the held-out series documented in corpus/README.md"


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_source_is_rendered_and_annotated(source: Path) -> None:
    sys.path.insert(0, str(CORPUS))
    from build_source import read_source

    src = read_source(source)
    series = {s["id"]: s for s in _series()}
    assert src.series in series, f"series {src.series} missing from corpus/series.json"
    for fmt in src.formats:
        assert (DOCS / src.series / f"{src.doc_id}.{fmt}").is_file(), f"{src.doc_id}.{fmt} not rendered"
    assert set(src.formats) <= set(series[src.series]["formats"])
    assert (CORPUS / "annotations" / f"{src.doc_id}.json").is_file(), f"{src.doc_id} has no annotation"


# --- annotations ------------------------------------------------------------------------------------------

def _check_due(due: object, where: str) -> None:
    keyword = due in (None, "next_meeting", "continuous")
    ok = keyword or (isinstance(due, str) and ISO_DATE.match(due))
    assert ok, f"{where}: due {due!r} is not an ISO date, 'next_meeting', 'continuous' or null"


def _check_vote(vote: object, where: str) -> None:
    if vote is None:
        return
    assert isinstance(vote, dict) and set(vote) == {"for", "against", "abstain"}, f"{where}: vote {vote!r}"
    assert all(v is None or (isinstance(v, int) and v >= 0) for v in vote.values()), f"{where}: {vote!r}"


def _check_items(ann: dict, key: str, prefix: str, fields: set[str]) -> None:  # type: ignore[type-arg]
    ids = [it["id"] for it in ann.get(key, [])]
    assert len(ids) == len(set(ids)), f"duplicate {key} ids"
    for it in ann.get(key, []):
        where = f"{key} {it.get('id')}"
        assert re.fullmatch(prefix + r"\d+", it["id"]), where
        missing = fields - set(it)
        assert not missing, f"{where}: missing {sorted(missing)}"
        assert isinstance(it["anchor"], str) and it["anchor"].strip(), f"{where}: empty anchor"


def _check_meeting(meeting: dict) -> None:  # type: ignore[type-arg]
    assert ISO_DATE.match(meeting["date"]) and date.fromisoformat(meeting["date"])
    assert meeting.get("number") is None or isinstance(meeting["number"], int)
    for key in ("start", "end"):
        assert meeting.get(key) is None or HHMM.match(meeting[key]), f"meeting.{key} {meeting.get(key)!r}"
    nxt = meeting.get("next_meeting")
    if nxt is not None:
        assert {"text", "earliest", "latest"} <= set(nxt)


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_ann_id)
def test_annotation_shape(path: Path) -> None:
    ann = _read(path)
    series, doc_id = ann["document"].split("/")
    assert doc_id == path.stem
    assert ann["language"] in ("cs", "en")
    _check_meeting(ann["meeting"])
    assert all(p["name"] and isinstance(p.get("forms", []), list) for p in ann["people"])
    assert all(i["name"] for i in ann["institutions"])
    action_fields = {"summary", "owner", "due", "due_text", "item", "anchor", "task_number"}
    _check_items(ann, "actions", "A", action_fields)
    _check_items(ann, "questions", "Q", {"asker", "answerer", "answered", "answer", "item", "anchor"})
    _check_items(ann, "decisions", "D", {"summary", "item", "anchor", "number", "adopted", "vote"})
    for a in ann["actions"]:
        _check_due(a["due"], a["id"])
    for d in ann["decisions"]:
        assert d["adopted"] in (True, False, None), d["id"]
        _check_vote(d["vote"], d["id"])
    assert _rendered(ann["document"]), f"no rendered file for {ann['document']}"


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_ann_id)
def test_owners_and_askers_are_listed(path: Path) -> None:
    ann = _read(path)
    names = {p["name"] for p in ann["people"]} | {i["name"] for i in ann["institutions"]}
    refs = [(a["id"], "owner", a["owner"]) for a in ann["actions"]]
    refs += [(q["id"], k, q[k]) for q in ann["questions"] for k in ("asker", "answerer")]
    meeting = ann["meeting"]
    refs += [("meeting", k, meeting.get(k)) for k in ("recorder", "approver")]
    refs += [("meeting", k, n) for k in ("attendees", "absent", "guests") for n in meeting.get(k, [])]
    unknown = [(i, k, n) for i, k, n in refs if n is not None and n not in names]
    assert not unknown, f"not a listed person or institution: {unknown}"


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_ann_id)
def test_items_refer_to_agenda_items(path: Path) -> None:
    ann = _read(path)
    numbers = {str(a["number"]) for a in ann.get("agenda_items", [])}
    if not numbers:
        pytest.skip("no agenda in this document")
    bad = [(it["id"], it["item"]) for key in ("actions", "questions", "decisions") for it in ann[key]
           if it["item"] is not None and str(it["item"]) not in numbers]
    assert not bad, f"item numbers not in agenda_items: {bad}"


def _anchor_cases() -> list[tuple[Path, Path]]:
    cases = []
    for ann_path in ANNOTATIONS:
        for doc in _rendered(_read(ann_path)["document"]):
            cases.append((ann_path, doc))
    return cases


@pytest.mark.parametrize(("ann_path", "doc"), _anchor_cases(), ids=lambda v: v.name)
def test_anchors_and_forms_occur_in_loaded_text(ann_path: Path, doc: Path) -> None:
    """Every anchor exactly once in the loaded text (whitespace squashed), within one sentence; every
    listed form of a person occurs at least once."""
    ann = _read(ann_path)
    text = _squash(_load(doc).text)
    problems = []
    for key in ("actions", "questions", "decisions"):
        for it in ann[key]:
            anchor = _squash(it["anchor"])
            count = text.count(anchor)
            if count != 1:
                problems.append(f"{it['id']} anchor {anchor!r} occurs {count}x")
            if _spans_sentence_end(anchor):
                problems.append(f"{it['id']} anchor {anchor!r} spans a sentence end")
    for person in ann["people"]:
        problems += [f"form {f!r} of {person['name']} not in text" for f in person.get("forms", [])
                     if _squash(f) not in text]
    assert not problems, "\n".join(problems)


# --- DOCX and PDF agree ----------------------------------------------------------------------------------

def _words(doc: Document) -> list[str]:
    """Body words with each list label put back in front of its item and bullet glyphs dropped: the DOCX
    takes labels from numbering.xml (Block.list_label), the PDF has them typed, and a PDF loader may keep
    them in the text or in list_label, or merge list lines into one paragraph."""
    words: list[str] = []
    for block in doc.blocks:
        toks = block.text.split()
        label = (block.list_label or "").strip()
        if label and not block.text.lstrip().startswith(label):
            toks = [label, *toks]
        words += [t for t in toks if t not in BULLET_GLYPHS]
    return words


def _pairs() -> list[Path]:
    return sorted(p for p in DOCS.glob("*/*.docx") if p.with_suffix(".pdf").is_file())


@pytest.mark.parametrize("docx_path", _pairs(), ids=lambda p: p.stem)
def test_docx_and_pdf_load_to_the_same_words(docx_path: Path) -> None:
    a = _words(_load(docx_path))
    b = _words(_load(docx_path.with_suffix(".pdf")))
    if a != b:
        diff = [d for d in difflib.unified_diff(a, b, "docx", "pdf", n=3, lineterm="")][:40]
        pytest.fail(f"{docx_path.stem}: DOCX and PDF words differ\n" + "\n".join(diff))


# --- series status files ---------------------------------------------------------------------------------

def _series_annotations(series: str) -> dict[str, dict]:  # type: ignore[type-arg]
    out = {}
    for p in ANNOTATIONS:
        ann = _read(p)
        if ann["document"].split("/")[0] == series:
            out[p.stem] = ann
    return out


def _meeting_texts(series: str, doc_id: str) -> dict[str, str]:
    """Loaded text of every rendering of one meeting (DOCX and PDF both), by file name."""
    files = _rendered(f"{series}/{doc_id}")
    assert files, f"{series}/{doc_id} is not rendered (run corpus/build.py)"
    return {f.name: _squash(_load(f).text) for f in files}


def _check_entry(entry: dict, kind: str, anns: dict, series: str) -> list[str]:  # type: ignore[type-arg]
    doc_id, _, item_id = entry["id"].partition(":")
    key = "actions" if kind == "action" else "questions"
    allowed = ACTION_STATUS if kind == "action" else QUESTION_STATUS
    problems = []
    if doc_id not in anns or item_id not in {i["id"] for i in anns[doc_id][key]}:
        return [f"{entry['id']}: no such {kind}"]
    dates = [anns[doc_id]["meeting"]["date"]]
    for h in entry["history"]:
        if h["meeting"] not in anns:
            problems.append(f"{entry['id']}: unknown meeting {h['meeting']}")
            continue
        dates.append(anns[h["meeting"]]["meeting"]["date"])
        if h["status"] not in allowed:
            problems.append(f"{entry['id']}: status {h['status']!r}")
        for name, text in _meeting_texts(series, h["meeting"]).items():
            if _squash(h["evidence"]) not in text:
                problems.append(f"{entry['id']}: evidence {h['evidence']!r} not in {name}")
    if dates != sorted(dates):
        problems.append(f"{entry['id']}: history not in meeting order")
    if entry["final"] not in allowed:
        problems.append(f"{entry['id']}: final {entry['final']!r}")
    return problems


@pytest.mark.parametrize("path", STATUS_FILES, ids=lambda p: p.name.split(".")[0])
def test_status_file_references_existing_items(path: Path) -> None:
    status = _read(path)
    series = path.name.split(".")[0]
    assert status["series"] == series
    anns = _series_annotations(series)
    assert anns, f"no annotations for series {series}"
    problems = []
    for kind, key in (("action", "actions"), ("question", "questions")):
        listed = [e["id"] for e in status.get(key, [])]
        expected = {f"{d}:{i['id']}" for d, a in anns.items() for i in a[key]}
        problems += [f"{k} missing from the status file" for k in sorted(expected - set(listed))]
        problems += [f"{k} listed twice" for k in {k for k in listed if listed.count(k) > 1}]
        for entry in status.get(key, []):
            problems += _check_entry(entry, kind, anns, series)
    assert not problems, "\n".join(problems)


# --- rebuild and size ------------------------------------------------------------------------------------

@pytest.mark.slow
def test_build_reproduces_committed_files(tmp_path: Path) -> None:
    """Rebuild every source into tmp_path and compare with corpus/docs.

    DOCX and Markdown must match byte-for-byte (build.py fixes the core properties and re-zips with fixed
    timestamps and member order). PDFs are rendered with reportlab's invariant mode, so they match
    byte-for-byte with the same reportlab and font files; a different reportlab or DejaVu release changes
    bytes (producer string, glyph subsets) without changing content, so a PDF whose bytes differ is
    accepted when its loaded words are identical.
    """
    pytest.importorskip("reportlab")
    pytest.importorskip("docx")
    sys.path.insert(0, str(CORPUS))
    import build
    from build_pdf import FONT_DIR, FONTS

    if not all((FONT_DIR / f).is_file() for f in FONTS.values()):
        pytest.skip(f"DejaVu fonts not installed in {FONT_DIR}")
    written = build.build_all(SOURCES, tmp_path)
    problems = []
    for new in written:
        old = DOCS / new.relative_to(tmp_path)
        if not old.is_file():
            problems.append(f"missing {old}")
        elif old.read_bytes() != new.read_bytes() and (
                old.suffix != ".pdf" or _words(load(old)) != _words(load(new))):
            problems.append(f"differs {old}")
    assert not problems, "\n".join(problems)


def test_corpus_size_and_mix() -> None:
    """Acceptance of issue 3: >= 28 documents in 6 series, both languages, DOCX and PDF both present."""
    series = _series()
    by_series: dict[str, int] = {}
    for src in SOURCES:
        by_series[src.parent.name] = by_series.get(src.parent.name, 0) + 1
    assert len(SOURCES) >= 28, f"only {len(SOURCES)} documents"
    assert set(by_series) == {s["id"] for s in series}
    assert {s["language"] for s in series} == {"cs", "en"}
    assert list(DOCS.glob("*/*.docx")) and list(DOCS.glob("*/*.pdf"))
    for s in series:
        if "documents" in s:
            assert by_series.get(s["id"]) == s["documents"], s["id"]
    assert len(ANNOTATIONS) == len(SOURCES)


@pytest.mark.parametrize("doc", sorted(DOCS.glob("*/*.*")), ids=lambda p: p.name)
def test_minutes_parse_loads_every_file(cli, doc: Path) -> None:  # noqa: ANN001
    _load(doc)  # skips while a loader is missing
    result = cli("parse", doc)
    assert result.exit_code == 0, result.output
    assert doc.name in result.output


# --- the source parser of corpus/build.py ----------------------------------------------------------------

def _parse(body: str):  # noqa: ANN202 - build_source lives outside the package
    sys.path.insert(0, str(CORPUS))
    from build_source import parse_body

    return parse_body(body)


@pytest.mark.parametrize(("body", "expected"), [
    ("1. a\n2. b\n\ntext\n\n1. c\n", [("number", 1, True), ("number", 2, False), ("para", 0, False),
                                       ("number", 1, True)]),
    ("3. a\n  - x\n4. b\n", [("number", 3, True), ("bullet", 0, False), ("number", 4, False)]),
    ("1. a\n  1. x\n  2. y\n2. b\n", [("number", 1, True), ("number", 1, True), ("number", 2, False),
                                       ("number", 2, False)]),
    ("- a\n- b\n", [("bullet", 0, False), ("bullet", 0, False)]),
])
def test_list_numbering_is_computed_once_for_both_renderers(body: str, expected: list) -> None:  # type: ignore[type-arg]
    got = [(b.kind, b.number, b.restart) for b in _parse(body)]
    assert got == expected


@pytest.mark.parametrize(("body", "kinds", "text"), [
    ("# T\n## H\n### S\nline one\nline two\n", ["title", "h1", "h2", "para"], "line one line two"),
    ("| a | b |\n|---|---|\n| c | d |\nafter\n", ["table", "para"], "after"),
    ("**Vote:** 4-0 and *so on*\n", ["para"], "Vote: 4-0 and so on"),
])
def test_source_subset_parses_as_documented(body: str, kinds: list, text: str) -> None:  # type: ignore[type-arg]
    blocks = _parse(body)
    assert [b.kind for b in blocks] == kinds
    assert "".join(r.text for r in blocks[-1].runs) == text
