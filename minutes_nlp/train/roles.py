"""Train the sentence-role model from the annotated corpus and measure whether it helps the rules.

A sentence is positive for ACTION / QUESTION / DECISION when it contains the anchor of an annotated item
of that kind. Held-out series are never read. To decide whether the model may filter rule candidates,
the non-held-out series are dealt into five groups, each group in turn is left out of training, and the rules
with and without the model are scored on each left-out series; the model is enabled only if that helps on average.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutes_nlp.extract import agenda, entities, itemctx, language, metadata, roles_model
from minutes_nlp.extract import items as items_stage
from minutes_nlp.extract.result import MeetingRecord, SourceInfo, to_json
from minutes_nlp.train import evaluate
from minutes_nlp.train.corpus import Annotated, annotated

VERSION_PREFIX = "roles-1"
EPOCHS = 12
SEED = 13
DROP_BELOW = 0.05
FOLDS = 5
# Proposal thresholds, chosen on four series that neither the rules nor the model had seen (cs-vz, cs-eur, en-in,
# en-sco on 2026-11-29): action F1 0.78 -> 0.82 at 0.5 (0.83 at 0.3, but there the seed's closing greeting and a past
# report became actions), decision F1 0.80 -> 0.82 at 0.5 (0.3: 0.80). The leave-series-out folds below cannot
# measure proposals fairly: the rules were written from every development series, so little is left there for the
# model to find; their figure is reported, not used.
PROPOSE_ABOVE = {"ACTION": 0.5, "DECISION": 0.5}


@dataclass
class Prepared:
    """One annotated document read once: its context (for features and rules) and its gold."""

    item: Annotated
    ctx: itemctx.Ctx
    texts: list[str] = field(default_factory=list)
    cats: list[dict[str, float]] = field(default_factory=list)


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def prepare(item: Annotated) -> Prepared:
    doc = item.load()
    lang = language.rules_language(language.detect_language(doc))
    meeting = metadata.extract_meeting(doc, lang)
    ag = agenda.extract_agenda(doc, lang)
    ctx = itemctx.build(doc, lang, meeting, ag, entities.extract_entities(doc, lang, meeting, ag))
    prep = Prepared(item, ctx)
    anchors = {label: [_norm(g["anchor"]) for g in item.gold.get(key, [])]
               for label, key in zip(roles_model.LABELS, evaluate.KINDS, strict=True)}
    for i, s in enumerate(ctx.sents):
        text = _norm(s.text)
        prep.texts.append(roles_model.features(ctx, i))
        prep.cats.append({label: float(any(a in text for a in anchors[label])) for label in roles_model.LABELS})
    return prep


def prepare_all(corpus: Path) -> tuple[list[Prepared], list[str]]:
    """Every readable annotated document of the non-held-out series, and the ones that failed (why)."""
    prepared, skipped = [], []
    for a in annotated(corpus):
        try:
            prepared.append(prepare(a))
        except Exception as exc:  # noqa: BLE001 - one unreadable document must not stop training
            skipped.append(f"{a.series}/{a.doc_id}: {exc}")
    return prepared, skipped


def _pipeline() -> Any:
    import spacy

    nlp = spacy.blank("xx")
    textcat: Any = nlp.add_pipe("textcat_multilabel", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
        "no_output_layer": False, "length": 65536}})
    for label in roles_model.LABELS:
        textcat.add_label(label)
    return nlp


def fit(prepared: list[Prepared]) -> Any:
    """A fresh model trained on the sentences of `prepared` (deterministic for a given input)."""
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(SEED)
    nlp = _pipeline()
    examples = [Example.from_dict(nlp.make_doc(t), {"cats": c}) for p in prepared
                for t, c in zip(p.texts, p.cats, strict=True)]
    nlp.initialize(lambda: examples)
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=16):
            nlp.update(batch, drop=0.1, losses={})
    return nlp


def sentence_f1(nlp: Any, prepared: list[Prepared], threshold: float = 0.5) -> dict[str, float]:
    """Micro F1 per label of the model's sentence roles on `prepared`."""
    out = {}
    docs = list(nlp.pipe([t for p in prepared for t in p.texts]))
    gold = [c for p in prepared for c in p.cats]
    for label in roles_model.LABELS:
        s = evaluate.Score()
        for d, g in zip(docs, gold, strict=True):
            pred, want = d.cats[label] >= threshold, g[label] >= 0.5
            s.tp, s.fp, s.fn = s.tp + (pred and want), s.fp + (pred and not want), s.fn + (want and not pred)
        out[label] = round(s.f1, 4)
    out["micro"] = round(sum(out.values()) / len(roles_model.LABELS), 4)
    return out


def item_scores(prepared: list[Prepared], model: roles_model.RolesModel | None) -> dict[str, evaluate.Score]:
    """Item-level scores of the rules (and the model's filter when given) on `prepared`."""
    total = {k: evaluate.Score() for k in evaluate.KINDS}
    for p in prepared:
        found = items_stage.items_from_ctx(p.ctx, model)
        rec = MeetingRecord(SourceInfo("", "", ""), p.ctx.lang, p.ctx.meeting, actions=found.actions,
                            questions=found.questions, decisions=found.decisions)
        for k, sc in evaluate.score_record(p.item.gold, to_json(rec)).items():
            total[k].add(sc)
    return total


def _mean_f1(scores: dict[str, evaluate.Score]) -> float:
    return sum(s.f1 for s in scores.values()) / len(scores)


def _fold(group: tuple[str, ...]) -> list[tuple[str, dict[str, Any]]]:
    """Train without the series of `group` and score rules alone and rules+model on each of them (reads the
    prepared corpus that `cross_series` left in `_FOLDS`, so forked workers share it instead of receiving a copy)."""
    prepared = _FOLDS
    train = [p for p in prepared if p.item.series not in group]
    model = roles_model.RolesModel(fit(train), "cv", True, DROP_BELOW)
    return [(series, _left_out_scores([p for p in prepared if p.item.series == series], model)) for series in group]


def _left_out_scores(test: list[Prepared], model: roles_model.RolesModel) -> dict[str, Any]:
    proposing = roles_model.RolesModel(model.nlp, model.version, False, DROP_BELOW, PROPOSE_ABOVE)
    rules, both, more = item_scores(test, None), item_scores(test, model), item_scores(test, proposing)
    return {"sentence_f1": sentence_f1(model.nlp, test),
            "rules": {k: round(s.f1, 3) for k, s in rules.items()},
            "rules+model": {k: round(s.f1, 3) for k, s in both.items()},
            "rules+proposals": {k: round(s.f1, 3) for k, s in more.items()},
            "rules_mean": round(_mean_f1(rules), 4), "model_mean": round(_mean_f1(both), 4),
            "propose_mean": round(_mean_f1(more), 4)}


_FOLDS: list[Prepared] = []


def _workers(jobs: int | None, folds: int) -> int:
    """Folds run in parallel on the machine's cores (each fold is seeded, so the result does not depend on it);
    only where processes can be forked, since the prepared corpus is shared, not pickled."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(jobs or os.cpu_count() or 1, folds))


def series_groups(series: list[str], folds: int = FOLDS) -> list[tuple[str, ...]]:
    """Whole series are left out together, dealt round-robin into `folds` groups: one fit per group instead of
    one per series keeps a rebuild within minutes as the corpus grows, and every series is still scored by a
    model that never saw any of its documents."""
    ordered = sorted(series)
    return [tuple(ordered[i::folds]) for i in range(min(folds, len(ordered)))]


def cross_series(prepared: list[Prepared], jobs: int | None = None) -> dict[str, dict[str, Any]]:
    """Leave series out: train on the rest, score rules alone and rules+model on each left-out series."""
    global _FOLDS
    groups = series_groups(sorted({p.item.series for p in prepared}))
    _FOLDS, workers = prepared, _workers(jobs, len(groups))
    try:
        if workers == 1:
            results = list(map(_fold, groups))
        else:
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
                results = list(pool.map(_fold, groups))
    finally:
        _FOLDS = []
    return dict(sorted(pair for fold in results for pair in fold))


def train(corpus: Path, out: Path, cross_validate: bool = True) -> dict[str, Any]:
    """Train on every non-held-out annotated document, save to `out`, and return the card's figures."""
    started = time.monotonic()
    prepared, skipped = prepare_all(corpus)
    if not prepared:
        from minutes_nlp.errors import UsageError

        raise UsageError(f"no annotated documents under {corpus}")
    cv = cross_series(prepared) if cross_validate else {}
    gain = sum(r["model_mean"] - r["rules_mean"] for r in cv.values()) / len(cv) if cv else 0.0
    propose_gain = sum(r["propose_mean"] - r["rules_mean"] for r in cv.values()) / len(cv) if cv else 0.0
    nlp = fit(prepared)
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out / "pipeline")
    meta: dict[str, Any] = {
            "version": f"{VERSION_PREFIX}+{time.strftime('%Y%m%d')}", "labels": list(roles_model.LABELS),
            "trained": time.strftime("%Y-%m-%d"), "skipped": skipped,
            "documents": [f"{p.item.series}/{p.item.doc_id}" for p in prepared],
            "sentences": sum(len(p.texts) for p in prepared), "epochs": EPOCHS, "seed": SEED,
            "drop_below": DROP_BELOW, "enabled": gain > 0.0, "cross_series": cv, "mean_gain": round(gain, 4),
            "propose_above": PROPOSE_ABOVE, "propose_gain": round(propose_gain, 4),
            "train_sentence_f1": sentence_f1(nlp, prepared), "seconds": round(time.monotonic() - started, 1),
            "cores": os.cpu_count()}
    (out / "roles.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out / "VERSION").write_text(meta["version"] + "\n", encoding="utf-8")
    card = out.parent / "MODEL_CARD.md" if out.resolve() == roles_model.MODEL_DIR.resolve() else out / "MODEL_CARD.md"
    card.write_text(model_card(meta), encoding="utf-8")
    return meta


def _cores(meta: dict[str, Any]) -> str:
    """Training time depends on the cores the leave-series-out folds ran on."""
    return f" on {meta['cores']} CPU cores" if meta.get("cores") else ""


def _aqd(scores: dict[str, float], keys: tuple[str, ...] = ("actions", "questions", "decisions")) -> str:
    return " / ".join(f"{scores[k]:.2f}" for k in keys)


def _thresholds(meta: dict[str, Any]) -> str:
    return ", ".join(f"{k} {v}" for k, v in meta["propose_above"].items()) or "none"


def model_card(meta: dict[str, Any]) -> str:
    """The model card: what the model is, what it was trained on, and whether it helps the rules."""
    lines = [
        "# Sentence-role model (`models/roles/`)", "",
        f"- Version: `{meta['version']}`, trained {meta['trained']} by `minutes train` in {meta['seconds']} s"
        f"{_cores(meta)}.",
        "- What: spaCy `textcat_multilabel`, bag of uni- and bigrams (`spacy.TextCatBOW.v3`), labels "
        "ACTION, QUESTION, DECISION, over sentences folded to lower case without diacritics, with actor "
        "mentions replaced by one token. No vectors, no transformer.",
        f"- Data: {len(meta['documents'])} annotated corpus documents, {meta['sentences']} sentences; a sentence "
        "is positive for a label when it contains the anchor of an annotated item of that kind. Held-out "
        "series (`held_out` in corpus/series.json) are never read.",
        f"- Skipped (could not be read at training time): {', '.join(meta['skipped']) or 'none'}.",
        f"- Settings: {meta['epochs']} epochs, seed {meta['seed']}, drop below p = {meta['drop_below']}.", "",
        "## Does it help the rules? (train without a group of whole series, score items on each of them)", "",
        "| left-out series | sentence F1 (A/Q/D) | rules F1 (A/Q/D) | rules+filter F1 (A/Q/D) | "
        "rules+proposals F1 (A/Q/D) |",
        "|---|---|---|---|---|"]
    for series, r in meta["cross_series"].items():
        sf, ru, rm, rp = r["sentence_f1"], r["rules"], r["rules+model"], r["rules+proposals"]
        lines.append(f"| {series} | {_aqd(sf, ('ACTION', 'QUESTION', 'DECISION'))} | {_aqd(ru)} | {_aqd(rm)} | "
                     f"{_aqd(rp)} |")
    state = "ENABLED" if meta["enabled"] else "DISABLED"
    lines += ["", f"Mean change of item F1 with the model filter: {meta['mean_gain']:+.4f}. The filter is **{state}** "
              "(it is used only when it helps on series it was not trained on); the extractor reports "
              "`rules` or `rules+model:roles@<version>` in `extractor.items`.", "",
              f"Proposals (thresholds {_thresholds(meta)}; mean change in these folds "
              f"{meta['propose_gain']:+.4f}): a sentence no rule took that the model scores above the "
              "threshold becomes an action or a decision with no owner. They are on because they helped where it "
              "can be measured fairly: on four series that neither the rules nor the model had seen (cs-vz, "
              "cs-eur, en-in, en-sco, 2026-11-29) action F1 rose from 0.78 to 0.82 and decision F1 from 0.80 to "
              "0.82. The folds above understate them: the rules were written from every development series, so "
              "little is left there for the model to find. `MINUTES_RULES_ONLY=1` turns the model off.", "",
              f"Fit on the training sentences (micro F1): {meta['train_sentence_f1']['micro']:.3f}.", ""]
    return "\n".join(lines)
