"""The trained model's second use: proposing actions and decisions in sentences no rule took."""

from __future__ import annotations

import pytest
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract import itemctx, roles_model
from minutes_nlp.extract.items import extract_items, items_from_ctx
from minutes_nlp.extract.result import MeetingInfo

LINES = ["Petr Novák připraví přehled projektů do konce března 2025.",
         "Výbor se shodl, že obec zajistí opravu chodníku u školy do 30. 6. 2025.",
         "Splněno."]


def _ctx() -> itemctx.Ctx:
    doc = doc_from_lines(*LINES)
    return itemctx.build(doc, "cs", MeetingInfo(), [], entities_for(doc, {"Petr Novák": []}))


def _model(thresholds: dict[str, float]) -> roles_model.RolesModel:
    committed = roles_model.load_default()
    if committed is None:
        pytest.skip("no committed model in models/roles (or spaCy missing)")
    return roles_model.RolesModel(committed.nlp, "test", False, 0.05, thresholds)


@pytest.mark.model
def test_every_untaken_sentence_is_proposed_at_threshold_zero_and_none_above_one() -> None:
    ctx = _ctx()
    rules = items_from_ctx(ctx, None)
    taken = {a.source.start for a in rules.actions}
    proposed = items_from_ctx(ctx, _model({"ACTION": 0.0}))
    extra = [a for a in proposed.actions if a.method.name == "model:roles.propose"]
    assert {a.source.start for a in extra} == {s.start for s in ctx.sents if s.start not in taken
                                               and len(s.text.split()) >= roles_model.PROPOSE_MIN_WORDS}
    assert all(a.owner is None for a in extra)  # nobody is guessed
    assert not [a for a in items_from_ctx(ctx, _model({"ACTION": 1.01})).actions
                if a.method.name == "model:roles.propose"]


@pytest.mark.model
def test_a_sentence_the_rules_took_is_never_proposed_again() -> None:
    ctx = _ctx()
    rules = items_from_ctx(ctx, None)
    proposed = items_from_ctx(ctx, _model({"ACTION": 0.0, "DECISION": 0.0}))
    ruled = {a.source.start for a in rules.actions}
    assert ruled and [a for a in proposed.actions if a.source.start in ruled] == list(rules.actions)
    assert proposed.method.startswith("rules+model:roles@")


@pytest.mark.parametrize(("env", "rules_only"), [("1", True), ("yes", True), ("0", False), ("", False)])
def test_rules_only_switch(monkeypatch: pytest.MonkeyPatch, env: str, rules_only: bool) -> None:
    monkeypatch.setenv("MINUTES_RULES_ONLY", env)
    doc = doc_from_lines(LINES[0])
    items = extract_items(doc, "cs", MeetingInfo(), [], entities_for(doc, {"Petr Novák": []}))
    model = roles_model.load_default()
    used = model is not None and (model.enabled or bool(model.propose_above)) and not rules_only
    assert items.method == (f"rules+model:roles@{model.version}" if used and model else "rules")
