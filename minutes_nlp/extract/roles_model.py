"""The trained sentence-role model (ACTION, QUESTION, DECISION): a small spaCy bag-of-n-grams text
classifier over folded sentences with actor mentions masked, trained by `minutes train`.

Rules find items; the model, when its card says it helped on a series it was not trained on
(`enabled` in models/roles/roles.json), drops rule candidates it finds very unlikely. Apart from that filter it
proposes (`propose_above`): a sentence no rule took that it scores as an action or a decision above a threshold
becomes one, owned by the person or body the sentence opens with (else by nobody: no owner is guessed) and due
when the sentence says. Rules are written from the conventions met so far and miss the wording of a genre nobody
has seen; a bag of n-grams trained on every annotated series recognises a commitment or a resolution by words
shared across genres, and on four series that
neither the rules nor the model had seen it raised action F1 from 0.78 to 0.82 and decision F1 from 0.80 to 0.82
(models/MODEL_CARD.md). Without spaCy or the model, or with MINUTES_RULES_ONLY=1, the extractor runs on rules alone.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from minutes_nlp.extract.action_due import parse_due
from minutes_nlp.extract.action_genre import not_a_new_task
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.model_files import load_pipeline
from minutes_nlp.extract.nonitems import not_an_item, opens_meeting
from minutes_nlp.extract.reported_doer import reported_doer
from minutes_nlp.extract.result import Action, Decision, Method, Question

LABELS = ("ACTION", "QUESTION", "DECISION")
MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "roles"
ACTOR = "xactorx"
PROPOSE_MIN_WORDS = 5  # a shorter sentence ("Splněno.", "Carried 5-1.") is a label or a verdict, not an item


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
    propose_above: dict[str, float] = field(default_factory=dict)  # label -> threshold; empty: no proposals

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

    def propose(self, ctx: Ctx, taken: list[tuple[int, int]]) -> tuple[list[Action], list[Decision]]:
        """Actions and decisions in sentences no rule took or judged (`taken`: the rule items' spans) that the
        model scores above `propose_above`; an action's owner is the actor its sentence opens with, or nobody."""
        if not self.propose_above:
            return [], []
        idx = [i for i in range(len(ctx.sents)) if _open_to_proposal(ctx, i, taken)]
        acts: list[Action] = []
        decs: list[Decision] = []
        method = Method("model:roles.propose", self.version)
        for i, cats in zip(idx, self.scores([features(ctx, i) for i in idx]), strict=True):
            label = max(self.propose_above, key=lambda k: cats.get(k, 0.0) - self.propose_above[k])
            p = cats.get(label, 0.0)
            if p < self.propose_above[label]:
                continue
            s = ctx.sents[i]
            if label == "ACTION":
                acts.append(Action(s.text, opening_actor(ctx, i), parse_due(s.text, ctx), ctx.prov(i),
                                   ctx.item_number(i), method=method, confidence=round(p, 2)))
            elif label == "DECISION":
                decs.append(Decision(s.text, ctx.prov(i), ctx.item_number(i), method=method, confidence=round(p, 2)))
        return acts, decs


def _open_to_proposal(ctx: Ctx, i: int, taken: list[tuple[int, int]]) -> bool:
    """A sentence no rule item covers (a motion's outcome line belongs to the motion's decision) and that is not
    one of the genre's known non-items (metadata lines, closing courtesies, earlier tasks recalled: the rules'
    `not_actions` and `not_new_tasks` data). Sentences where a rule cue fired and the rules still made nothing
    stay open: the model found real tasks there in unseen series (the cue's other conditions were not met)."""
    s = ctx.sents[i]
    if len(s.text.split()) < PROPOSE_MIN_WORDS or any(lo < s.end and s.start < hi for lo, hi in taken):
        return False
    return not not_an_item(ctx, i) and not not_a_new_task(ctx, i) and not opens_meeting(ctx, i)


def opening_actor(ctx: Ctx, i: int) -> str | None:
    """The person or body a proposed action's sentence opens with ("MMR zajistí ...", "Ing. Novák připraví ...",
    "The Treasurer will ..."): the subject who acts, or, when the opener is a speaker reporting another party's plan
    ("X uvedl, že MZe zřídí ..."), the party named as the reported clause's subject (extract/reported_doer).
    Anything else in front of the first named actor ("Na dotaz MZe ...", "In response, Cllr X ...") leaves
    the owner empty, since then the sentence does not say who acts."""
    s = ctx.sents[i]
    first = next((a for a in ctx.actors[i] if a.start >= s.start), None)
    if first is None or not first.resolved or first.kind == "unknown":
        return None
    before = s.text[:first.start - s.start]
    words = [w for w in before.split() if any(ch.isalpha() for ch in w)]
    if not (all(w[:1].isupper() for w in words) and len(words) <= 2):
        return None
    return reported_doer(ctx, i, first.end - s.start) or first.name  # "X uvedl, že MZe zřídí ...": MZe's


def load(path: Path) -> RolesModel | None:
    """The model saved at `path`, or None when it is missing or spaCy is not installed."""
    saved = load_pipeline(path, "roles.json")
    if saved is None:
        return None
    nlp, meta = saved
    return RolesModel(nlp, str(meta["version"]), bool(meta.get("enabled")), float(meta.get("drop_below", 0.05)),
                      {str(k): float(v) for k, v in (meta.get("propose_above") or {}).items()})


@cache
def load_default() -> RolesModel | None:
    return load(MODEL_DIR)
