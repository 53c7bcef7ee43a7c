"""The sentence-role model: `minutes train` rebuilds it, it loads, and it scores like the committed one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract import roles_model
from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import MeetingInfo
from minutes_nlp.train.corpus import annotated, held_out
from minutes_nlp.train.evaluate import same_name, score_items

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.model
def test_items_say_which_method_they_used() -> None:
    doc = doc_from_lines("Petr Novák připraví přehled projektů.")
    items = extract_items(doc, "cs", MeetingInfo(), [], entities_for(doc, {"Petr Novák": []}))
    model = roles_model.load_default()
    used = model is not None and (model.enabled or bool(model.propose_above))
    expected = f"rules+model:roles@{model.version}" if used and model else "rules"
    assert items.method == expected


def test_training_data_never_includes_held_out_series() -> None:
    if not (CORPUS / "series.json").is_file():
        pytest.skip("no corpus")
    hidden = held_out(CORPUS)
    assert hidden
    assert all(a.series not in hidden for a in annotated(CORPUS))


@pytest.mark.parametrize(("got", "want", "same"), [
    ("Marie Zezůlková", "Marie Zezůlková", True), ("M. Zezůlková", "Marie Zezůlková", True),
    ("Jirman", "P. Jirman", True), ("Jan Novák", "Petr Novák", False), (None, "MMR", False),
])
def test_name_matching_for_slots(got: str | None, want: str, same: bool) -> None:
    assert same_name(got, want) is same


def test_anchor_scoring_counts_extra_items_once() -> None:
    gold = [{"anchor": "připraví přehled"}, {"anchor": "bude spuštěna"}]
    found = [{"text": "P. Novák připraví přehled."}, {"text": "P. Novák připraví přehled."}, {"text": "Jiná věta."}]
    s = score_items(gold, found, ())
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)


@pytest.mark.model
def test_rebuilt_model_loads_and_scores_like_the_committed_one(cli, tmp_path: Path) -> None:
    committed = roles_model.load(roles_model.MODEL_DIR)
    if committed is None:
        pytest.skip("no committed model in models/roles")
    from minutes_nlp.train.roles import prepare_all, sentence_f1

    result = cli("train", "--quick", "--corpus", str(CORPUS), "--out", str(tmp_path / "roles"),
                 "--orgs-out", str(tmp_path / "orgs"))
    assert result.exit_code == 0, result.output
    assert "institution-span model" in result.output
    rebuilt = roles_model.load(tmp_path / "roles")
    assert rebuilt is not None
    data, _ = prepare_all(CORPUS)
    old, new = sentence_f1(committed.nlp, data), sentence_f1(rebuilt.nlp, data)
    assert abs(old["micro"] - new["micro"]) <= 0.02
    assert set(rebuilt.scores(["cs xactorx připraví přehled"])[0]) == set(roles_model.LABELS)


@pytest.mark.parametrize(("count", "folds", "groups"), [(50, 5, 5), (7, 5, 5), (3, 5, 3), (1, 5, 1)])
def test_every_series_is_left_out_exactly_once(count: int, folds: int, groups: int) -> None:
    from minutes_nlp.train.roles import series_groups

    series = [f"s{i:02d}" for i in range(count)]
    got = series_groups(series, folds)
    assert len(got) == groups and all(got)
    assert sorted(s for group in got for s in group) == series


TINY = {  # series -> minutes (own wording), each naming bodies the annotation lists
    "en-aa": ["Minutes of the Parish Council meeting\n\nThe Harrow Valley Water Board wrote about the culvert.\n"
              "The clerk will reply to the Harrow Valley Water Board by Friday.\n",
              "Minutes of the Parish Council meeting\n\nBrindle Roofing Ltd sent a quote for the hall roof.\n"
              "Members asked Brindle Roofing Ltd to start in May.\n"],
    "en-bb": ["Notes of the Allotment Committee\n\nThe Orchard Lane Trust offered two plots.\n"
              "The secretary thanked the Orchard Lane Trust.\n"],
    "en-cc": ["Notes of the Library Friends\n\nThe Kestrel Print Co-operative will print the leaflets.\n"],
}
TINY_BODIES = {"Harrow Valley Water Board", "Brindle Roofing Ltd", "Orchard Lane Trust", "Kestrel Print Co-operative"}


def _tiny_corpus(root: Path) -> Path:
    """Three small series, the last held out (it must never be trained on nor scored)."""
    (root / "annotations").mkdir(parents=True)
    (root / "series.json").write_text(json.dumps([{"id": s, "held_out": s == "en-cc"} for s in TINY]), "utf-8")
    for series, texts in TINY.items():
        (root / "docs" / series).mkdir(parents=True)
        for n, text in enumerate(texts, 1):
            doc_id = f"{series}-{n:02d}"
            (root / "docs" / series / f"{doc_id}.txt").write_text(text, "utf-8")
            gold = {"document": f"{series}/{doc_id}", "language": "en",
                    "institutions": [{"name": b} for b in sorted(TINY_BODIES) if b in text]}
            (root / "annotations" / f"{doc_id}.json").write_text(json.dumps(gold), "utf-8")
    return root


@pytest.mark.model
def test_orgs_training_measures_left_out_series_and_records_whether_the_model_helps(tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    from minutes_nlp.extract import orgs_model
    from minutes_nlp.train import orgs

    meta = orgs.train(_tiny_corpus(tmp_path / "corpus"), tmp_path / "orgs")
    assert set(meta["cross_series"]) == {"en-aa", "en-bb"}  # every development series left out once, never en-cc
    for r in meta["cross_series"].values():
        assert {"tp", "fp", "fn", "f1"} <= set(r["rules"]) and {"tp", "fp", "fn", "f1"} <= set(r["rules+model"])
        assert r["gain"] == pytest.approx(r["rules+model"]["f1"] - r["rules"]["f1"], abs=1e-3)
    gains = [r["gain"] for r in meta["cross_series"].values()]
    assert meta["mean_gain"] == pytest.approx(sum(gains) / len(gains), abs=1e-3)
    assert meta["enabled"] is (meta["mean_gain"] > 0)
    saved = json.loads((tmp_path / "orgs" / "orgs.json").read_text(encoding="utf-8"))
    assert {k: saved[k] for k in ("enabled", "cross_series", "mean_gain")} == \
        {k: meta[k] for k in ("enabled", "cross_series", "mean_gain")}
    card = (tmp_path / "orgs" / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "| en-aa |" in card and "used only when it helps on series it was not trained on" in card
    loaded = orgs_model.load(tmp_path / "orgs")
    assert loaded is not None and loaded.enabled is meta["enabled"]
