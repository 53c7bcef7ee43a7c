"""Training the institution-span model (models/orgs): a small spaCy `ner` that marks the names of bodies.

The rules know institutions by gazetteer, legal-form suffixes and head nouns met so far; a genre nobody has
seen names firms, agencies and committees the rules never heard of ("Mvelo Civils (Pty) Ltd", "National Energy
Regulator"). The annotations list every form of every institution a document names, so each block of an
annotated document is a training example with those forms marked; the model learns the shapes of a body's name
(its capitals, connectors, heads and suffixes) from 50-odd genres, not a list.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import re
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minutes_nlp.errors import MinutesError
from minutes_nlp.evaluate.match import Score, institutions
from minutes_nlp.extract import orgs_model
from minutes_nlp.extract.pipeline import extract
from minutes_nlp.extract.result import to_json
from minutes_nlp.train.corpus import Annotated, annotated
from minutes_nlp.train.roles import series_groups

VERSION_PREFIX = "orgs-ner-1"
LABEL = "ORG"
SEED = 11
EPOCHS = 1  # chosen on four series the model had not seen: more epochs learn our names, not the shape of one
DROPOUT = 0.2
MIN_FORM = 2  # a one-letter "alias" marks nothing useful
FOLDS = 4  # leave-series-out folds: on 2 cores two rounds of about a minute each


@dataclass(frozen=True)
class Example:
    text: str
    spans: tuple[tuple[int, int], ...]


def forms(gold: dict[str, Any]) -> list[str]:
    """Every written form of every institution of an annotation, longest first (the longest match wins)."""
    out: set[str] = set()
    for org in gold.get("institutions", []):
        for key in ("name", "full_name", "abbreviation"):
            if org.get(key):
                out.add(str(org[key]))
        out.update(str(a) for a in org.get("aliases") or [])
    out.update(str(x) for x in gold.get("institutions_optional", []))
    return sorted((f.strip() for f in out if len(f.strip()) >= MIN_FORM), key=lambda f: (-len(f), f))


def mark(text: str, names: list[str]) -> tuple[tuple[int, int], ...]:
    """Whole-word occurrences of the forms, longest first, never overlapping."""
    taken: list[tuple[int, int]] = []
    for name in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if not any(m.start() < e and s < m.end() for s, e in taken):
                taken.append((m.start(), m.end()))
    return tuple(sorted(taken))


def examples_of(item: Annotated) -> list[Example]:
    names = forms(item.gold)
    return [Example(b.text, mark(b.text, names)) for b in item.load().blocks if b.text.strip()]


def prepare_all(corpus: Path, exclude: set[str] | None = None) -> tuple[list[Example], list[str]]:
    """Every block of every annotated document (held-out series and `exclude` left out)."""
    out: list[Example] = []
    docs: list[str] = []
    for item in annotated(corpus, exclude=exclude):
        out.extend(examples_of(item))
        docs.append(f"{item.series}/{item.doc_id}")
    return out, docs


def _pipeline() -> Any:
    import spacy

    nlp = spacy.blank("xx")
    ner: Any = nlp.add_pipe("ner", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
        "hidden_width": 64, "maxout_pieces": 2, "use_upper": True,
        "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": 64,
                    "depth": 2, "embed_size": 4000, "window_size": 1, "maxout_pieces": 3,
                    "subword_features": True}}})
    ner.add_label(LABEL)
    return nlp


def fit(data: list[Example], epochs: int = EPOCHS, drop: float = DROPOUT) -> Any:
    """A fresh model trained on `data` (deterministic for a given input)."""
    from spacy.training import Example as SpacyExample
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(SEED)
    nlp = _pipeline()
    examples = []
    for ex in data:
        doc = nlp.make_doc(ex.text)
        ents = [sp for s, e in ex.spans if (sp := doc.char_span(s, e, label=LABEL, alignment_mode="expand"))]
        spans = sorted({(sp.start_char, sp.end_char) for sp in ents})
        clean = [(s, e, LABEL) for i, (s, e) in enumerate(spans) if i == 0 or s >= spans[i - 1][1]]
        examples.append(SpacyExample.from_dict(doc, {"entities": clean}))
    nlp.initialize(lambda: examples)
    rng = random.Random(SEED)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=32):
            nlp.update(batch, drop=drop, losses={})
    return nlp


def _institution_scores(item: Annotated, model: orgs_model.OrgsModel | None) -> Score:
    """The document's institutions scored as `minutes evaluate` scores them, extracted with `model` (None: rules)."""
    with orgs_model.using(model):
        try:
            pred = to_json(extract(item.load()))
        except MinutesError:
            pred = {}
    return institutions(item.gold, pred)


def _figures(s: Score) -> dict[str, Any]:
    return {"tp": s.tp, "fp": s.fp, "fn": s.fn, "f1": round(s.f1, 4)}


def _fold(job: tuple[Path, frozenset[str], tuple[str, ...], int]) -> list[tuple[str, dict[str, Any]]]:
    """Train without the series of the group (and `exclude`), then score rules alone and rules + this model on
    each left-out series."""
    corpus, exclude, group, epochs = job
    data, _ = prepare_all(corpus, set(exclude) | set(group))
    model = orgs_model.OrgsModel(fit(data, epochs), "cv", True)
    scores = {s: (Score(), Score()) for s in group}
    for item in annotated(corpus, exclude=set(exclude)):
        if item.series in scores:
            scores[item.series][0].add(_institution_scores(item, None))
            scores[item.series][1].add(_institution_scores(item, model))
    return [(s, {"rules": _figures(r), "rules+model": _figures(m), "gain": round(m.f1 - r.f1, 4)})
            for s, (r, m) in scores.items()]


def cross_series(corpus: Path, exclude: set[str] | None = None, epochs: int = EPOCHS,
                 jobs: int | None = None) -> dict[str, dict[str, Any]]:
    """Leave whole series out (roles' grouping, FOLDS groups), folds in parallel where processes can fork."""
    series = sorted({a.series for a in annotated(corpus, exclude=exclude)})
    work = [(corpus, frozenset(exclude or ()), g, epochs) for g in series_groups(series, FOLDS)]
    workers = max(1, min(jobs or os.cpu_count() or 1, len(work)))
    if workers == 1 or "fork" not in multiprocessing.get_all_start_methods():
        results = list(map(_fold, work))
    else:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            results = list(pool.map(_fold, work))
    return dict(sorted(pair for fold in results for pair in fold))


def train(corpus: Path, out: Path, exclude: set[str] | None = None, epochs: int = EPOCHS,
          cross_validate: bool = True) -> dict[str, Any]:
    """Train on every non-held-out annotated document (minus `exclude`), save to `out`, return the card's facts;
    `cross_validate` first measures on leave-series-out folds whether the model helps (else it is disabled)."""
    started = time.monotonic()
    cv = cross_series(corpus, exclude, epochs) if cross_validate else {}
    gain = sum(r["gain"] for r in cv.values()) / len(cv) if cv else 0.0
    data, docs = prepare_all(corpus, exclude)
    nlp = fit(data, epochs)
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out / "pipeline")
    meta: dict[str, Any] = {
        "version": f"{VERSION_PREFIX}+{time.strftime('%Y%m%d')}", "label": LABEL, "trained": time.strftime("%Y-%m-%d"),
        "documents": docs, "blocks": len(data), "spans": sum(len(x.spans) for x in data), "epochs": epochs,
        "seed": SEED, "excluded": sorted(exclude or ()), "enabled": gain > 0.0, "cross_series": cv,
        "mean_gain": round(gain, 4), "seconds": round(time.monotonic() - started, 1), "cores": os.cpu_count()}
    (out / "orgs.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out / "VERSION").write_text(meta["version"] + "\n", encoding="utf-8")
    (out / "MODEL_CARD.md").write_text(model_card(meta), encoding="utf-8")
    return meta


def _row(series: str, r: dict[str, Any]) -> str:
    a, b = r["rules"], r["rules+model"]
    return (f"| {series} | {a['tp']} / {a['fp']} / {a['fn']} | {a['f1']:.3f} | {b['tp']} / {b['fp']} / {b['fn']} | "
            f"{b['f1']:.3f} | {r['gain']:+.3f} |")


def _measured(meta: dict[str, Any]) -> list[str]:
    """The leave-series-out table and whether the model is used."""
    state = "ENABLED" if meta["enabled"] else "DISABLED"
    if not meta["cross_series"]:
        return ["- Not measured on series it was not trained on (`minutes train --quick`): **DISABLED**.", ""]
    return ["", "## Does it help the rules? (trained without a group of whole series, at most "
            f"{FOLDS} groups; institutions of each left-out series scored as `minutes evaluate` scores them)", "",
            "| left-out series | rules tp / fp / fn | rules F1 | rules+model tp / fp / fn | rules+model F1 | gain |",
            "|---|---|---|---|---|---|", *(_row(s, r) for s, r in meta["cross_series"].items()), "",
            f"Mean change of institution F1 per left-out series: {meta['mean_gain']:+.4f}. The model is **{state}**: "
            "it is used only when it helps on series it was not trained on. `MINUTES_RULES_ONLY=1` turns it off.", ""]


def model_card(meta: dict[str, Any]) -> str:
    return "\n".join([
        "# Institution-span model (models/orgs)", "",
        f"- Version: {meta['version']}, trained {meta['trained']} by `minutes train` in {meta['seconds']} s "
        f"on {meta['cores']} cores.",
        "- What: spaCy `ner` (one label, ORG; hash-embedding CNN, width 64) over the blocks of the annotated "
        "documents, every written form of every annotated institution marked.",
        f"- Data: {len(meta['documents'])} documents of the development series, {meta['blocks']} blocks, "
        f"{meta['spans']} marked names; held-out series never read. {meta['epochs']} epoch(s), seed {meta['seed']}.",
        "- Use (extract/orgs_model.py), when enabled: a span no rule institution, person or place covers, not inside "
        "the name of the body itself, not a role, office, document, event or heading by the language data nor an "
        "abbreviation the minutes define for something else, named outside headings, twice in the minutes or in a "
        "sentence of the earlier minutes of the series, becomes an institution (`model:orgs.propose`).",
        *_measured(meta)])
