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


OPENING = [  # (id, lang, sentence, people, institutions, expected owner)
    ("cs-person-opens", "cs", "Ing. Pavla Horáková prověří možnost dotace na opravu mostu.",
     {"Pavla Horáková": ["Pavla Horáková"]}, {}, "Pavla Horáková"),
    ("cs-body-opens", "cs", "MPSV zašle členům návrh metodiky k připomínkám.", {}, {"MPSV": ["MPSV"]}, "MPSV"),
    ("cs-bullet-then-person", "cs", "– Tomáš Beneš dodá cenové nabídky na nové osvětlení.",
     {"Tomáš Beneš": ["Tomáš Beneš"]}, {}, "Tomáš Beneš"),
    ("en-person-opens", "en", "Dr Alice Grant would look into the cost of the new signage.",
     {"Alice Grant": ["Alice Grant"]}, {}, "Alice Grant"),
    ("en-body-opens", "en", "Highways England will confirm the closure dates for the slip road.", {},
     {"Highways England": ["Highways England"]}, "Highways England"),
    # negatives: the first named actor is not where the sentence starts, so it does not say who acts
    ("cs-question-phrase", "cs", "Na dotaz MZe, kdy bude spuštěna výzva, bylo sděleno, že během jara.", {},
     {"MZe": ["MZe"]}, None),
    ("cs-prepositional", "cs", "Ve spolupráci s Krajským úřadem bude připravena nová brožura.", {},
     {"Krajský úřad": ["Krajským úřadem"]}, None),
    ("en-response-clause", "en", "In response, Cllr Ruth Obi said that the path would be resurfaced.",
     {"Ruth Obi": ["Ruth Obi"]}, {}, None),
    ("en-object", "en", "The report of Alan Pike will be circulated with the papers.",
     {"Alan Pike": ["Alan Pike"]}, {}, None),
    ("en-no-actor", "en", "The consultation will run for six weeks from the start of May.", {}, {}, None),
]


@pytest.mark.parametrize(("lang", "text", "people", "insts", "owner"),
                         [pytest.param(*r[1:], id=r[0]) for r in OPENING])
def test_a_proposal_is_owned_only_by_the_actor_it_opens_with(lang: str, text: str, people: dict[str, list[str]],
                                                               insts: dict[str, list[str]], owner: str | None) -> None:
    doc = doc_from_lines(text)
    ctx = itemctx.build(doc, lang, MeetingInfo(), [], entities_for(doc, people, insts))
    assert roles_model.opening_actor(ctx, 0) == owner
