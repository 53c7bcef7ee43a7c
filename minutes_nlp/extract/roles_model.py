"""The trained sentence-role model (ACTION, QUESTION, DECISION): a small spaCy bag-of-n-grams text
classifier over folded sentences with actor mentions masked, trained by `minutes train`.

Rules find items; the model, when its card says it helped on a series it was not trained on
(`enabled` in models/roles/roles.json), only drops rule candidates it finds very unlikely. Without
spaCy or the model the extractor runs on rules alone.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.result import Action, Decision, Question

LABELS = ("ACTION", "QUESTION", "DECISION")
MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "roles"
ACTOR = "xactorx"


def features(ctx: Ctx, i: int) -> str:
    """What the model reads of sentence i: folded text with every actor mention replaced by one token,
    so it learns the cue ("X připraví", "asked whether"), not the names of one corpus."""
    s, text = ctx.sents[i], ctx.folded[i]
    for a in sorted(ctx.actors[i], key=lambda x: -x.start):
        lo, hi = max(0, a.start - s.start), max(0, a.end - s.start)
        text = text[:lo] + ACTOR + text[hi:]
    return f"{ctx.lang} {text}"


@dataclass(frozen=True)
class RolesModel:
    nlp: Any
    version: str
    enabled: bool
    drop_below: float

    def scores(self, texts: list[str]) -> list[dict[str, float]]:
        return [dict(doc.cats) for doc in self.nlp.pipe(texts)]

    def rescore(self, ctx: Ctx, acts: list[Action], qs: list[Question], decs: list[Decision]
                ) -> tuple[list[Action], list[Question], list[Decision]]:
        """Drop rule candidates the model finds very unlikely; scale the others' confidence by it."""
        index = {s.start: i for i, s in enumerate(ctx.sents)}
        starts = [x.source.start for x in acts] + [x.source.start for x in qs] + [x.source.start for x in decs]
        wanted = sorted({index[s] for s in starts if s in index})
        cats = dict(zip(wanted, self.scores([features(ctx, i) for i in wanted]), strict=True))

        def keep(items: list[Any], label: str) -> list[Any]:
            out = []
            for item in items:
                p = cats.get(index.get(item.source.start, -1), {}).get(label, 1.0)
                if p >= self.drop_below:
                    out.append(dataclasses.replace(item, confidence=round((item.confidence + p) / 2, 2)))
            return out

        return keep(acts, "ACTION"), keep(qs, "QUESTION"), keep(decs, "DECISION")


def load(path: Path) -> RolesModel | None:
    """The model saved at `path`, or None when it is missing or spaCy is not installed."""
    meta_path = path / "roles.json"
    if not meta_path.is_file():
        return None
    try:
        import spacy
    except ImportError:
        return None
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    return RolesModel(spacy.load(path / "pipeline"), str(meta["version"]), bool(meta.get("enabled")),
                      float(meta.get("drop_below", 0.05)))


@cache
def load_default() -> RolesModel | None:
    return load(MODEL_DIR)
