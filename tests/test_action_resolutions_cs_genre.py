"""Genre inventory: the tasks Czech collective bodies set in their resolutions and the owners of tasks in the
minutes of parliamentary committees and subcommittees, monitoring committees of EU programmes, councils,
boards and assemblies.

Written from knowledge of the genre, not from the corpus (names and sentences are invented):
- a resolution names its body once above its numbered points ("Výbor / I. bere na vědomí ... / II. žádá
  ministerstvo, aby ..."); a point that opens with the request verb ("žádá", "vyzývá", "požaduje") is the
  body's request and a task of the one asked, however many words name it;
- a task card that follows the resolution ("Úkol: ... / Odpovídá: ... / Termín: ...") restates it: one action,
  anchored at the resolution, with the card's owner (the person named for the body) and deadline;
- an abbreviation of a body ("ŘO", "ZS", "AO") is no person whose name begins with those letters;
- a requester in a phrase opened by a preposition ("Na žádost Ing. X ŘO uspořádá ...") is not the doer;
- a promise with its infinitive ("přislíbil zaslat ŘO podklady") is the promiser's; the body after the
  infinitive receives, it does not act;
- the monitoring committee's managing authority (bare "ŘO") is the meeting's own organ: its plan that a
  member reports is the committee's task, not another body's news;
- the deputy's abbreviation "posl." does not end a sentence ("pověřuje zpravodaje posl. X, aby ...").
Recommendations to another body ("doporučuje výboru, aby ...") and requests by a single person are no tasks
of the body.
"""

from __future__ import annotations

import pytest
from items_support import doc_from_lines, entities_with_roles

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import Action, MeetingInfo

PEOPLE = {
    "Tomáš Beneš": (["Ing. Beneš", "Ing. Beneše", "Ing. Benešovi", "Ing. Benešem"], None),
    "Alena Malá": (["Mgr. Malá", "Mgr. Malé", "posl. Malá", "posl. Malou"], None),
    "Ondřej Horák": (["posl. Horák", "posl. Horáka", "posl. Horákovi", "posl. Mgr. Horáka", "Mgr. Horák"], None),
    "Robert Oliva": (["Ing. Robert Oliva", "Ing. Oliva"], "ověřovatel"),
    "Věra Kopecká": (["Bc. Kopecká", "doc. Kopecká"], "tajemnice"),
    "Hana Šindelářová": (["Ing. Šindelářová", "Ing. Šindelářové"], "předsedkyně"),
}
BODIES = {
    "Ministerstvo financí": ["Ministerstvo financí", "ministerstvo financí"],
    "Ministerstvo pro místní rozvoj": ["Ministerstvo pro místní rozvoj"],
    "Ministerstvo průmyslu a obchodu": ["Ministerstvo průmyslu a obchodu"],
    "vláda": ["vládu", "vládě"],
    "Krajský úřad": ["Krajský úřad", "krajský úřad"],
    "Odbor dopravy": ["odbor dopravy"],
    "představenstvo": ["představenstvo"],
    "DIA": ["Digitální a informační agenturu", "DIA"],
    "Evropská komise": ["EK"],
    "ŘO": ["ŘO"],
    "ŘO IROP": ["ŘO IROP"],
}


def _actions(lines: list[str], bodies: dict[str, list[str]] | None = None) -> list[Action]:
    doc = doc_from_lines(*lines)
    ents = entities_with_roles(doc, PEOPLE, BODIES if bodies is None else bodies)
    return [a for a in extract_items(doc, "cs", MeetingInfo(date="2025-03-12"), [], ents).actions
            if a.status is None]


# (lines, anchor of the one action, its owner)
RESOLUTION_POINTS = [
    (["Výbor", "I. bere na vědomí informaci ministerstva;",
      "II. žádá Ministerstvo financí, aby do 30. 6. 2025 předložilo výboru analýzu nákladů."],
     "žádá Ministerstvo financí", "Ministerstvo financí"),
    (["Podvýbor", "1. bere na vědomí zprávu;",
      "2. žádá Ministerstvo pro místní rozvoj, aby podvýboru do příští schůze zaslalo stanovisko."],
     "žádá Ministerstvo pro místní rozvoj", "Ministerstvo pro místní rozvoj"),
    (["Komise", "a) bere na vědomí informaci;", "b) vyzývá odbor dopravy, aby prověřil umístění přechodu."],
     "vyzývá odbor dopravy", "Odbor dopravy"),
    (["Výbor", "I. souhlasí s návrhem;", "II. žádá vládu, aby výbor informovala o plnění opatření."],
     "žádá vládu", "vláda"),
    (["Výbor", "III. žádá Ministerstvo průmyslu a obchodu, aby do konce roku vyhodnotilo dopady novely."],
     "žádá Ministerstvo průmyslu a obchodu", "Ministerstvo průmyslu a obchodu"),
    (["Usnesení č. 12: Podvýbor žádá Digitální a informační agenturu, aby do 15. 5. 2025 zveřejnila specifikaci."],
     "žádá Digitální a informační agenturu", "DIA"),
    (["Podvýbor požaduje, aby Krajský úřad do 31. 5. 2025 doložil přehled žádostí."],
     "Krajský úřad", "Krajský úřad"),
    (["Valná hromada vyzývá představenstvo, aby do konce roku předložilo návrh stanov."],
     "vyzývá představenstvo", "představenstvo"),
    (["Předsednictvo žádá Ministerstvo financí, aby mu předložilo návrh rozpočtu."],
     "žádá Ministerstvo financí", "Ministerstvo financí"),
    (["Monitorovací výbor žádá ŘO, aby na příštím zasedání předložil analýzu čerpání."],
     "žádá ŘO", None),
    (["Výbor", "II. pověřuje zpravodaje posl. Horáka, aby pozměňovací návrh předložil ve druhém čtení."],
     "pověřuje zpravodaje", "Ondřej Horák"),
]


@pytest.mark.parametrize(("lines", "anchor", "owner"), RESOLUTION_POINTS)
def test_resolution_point_is_a_task_of_the_one_asked(lines: list[str], anchor: str, owner: str | None) -> None:
    acts = _actions(lines)
    assert [anchor in a.text for a in acts] == [True], [a.text for a in acts]
    if owner is not None:
        assert acts[0].owner == owner


NOT_TASKS = [
    # a recommendation to another body is the body's position, no task of its own
    ["Výbor", "I. doporučuje Poslanecké sněmovně, aby návrh zákona schválila."],
    ["Podvýbor doporučuje výboru, aby vládní návrh zákona projednal a schválil."],
    # a single person's request is no resolution
    ["Ing. Beneš žádá o prodloužení lhůty pro podání připomínek."],
    ["Občan žádá obec o opravu chodníku v ulici Polní."],
    # the deputy's abbreviation does not cut the sentence into a task without its verb
    ["Ověřovatelem zápisu byl určen posl. Horák."],
]


@pytest.mark.parametrize("lines", NOT_TASKS)
def test_is_no_task_of_the_body(lines: list[str]) -> None:
    assert _actions(lines) == []


# (lines, anchor of the one action, owner): the card's owner and deadline go to the resolution
TASK_CARDS = [
    (["Usnesení č. 7: Výbor žádá Digitální a informační agenturu, aby do 30. 4. 2025 zveřejnila rozhraní.",
      "Úkol: zveřejnit rozhraní podle usnesení č. 7", "Odpovídá: DIA – Ing. Beneš", "Termín: 30. 4. 2025"],
     "žádá Digitální a informační agenturu", "Tomáš Beneš"),
    (["Usnesení č. 8: Výbor pověřuje předsedkyni, aby termín výjezdního zasedání projednala s hejtmanem.",
      "Úkol: projednat termín výjezdního zasedání s hejtmanem", "Odpovídá: předsedkyně", "Termín: 31. 5. 2025"],
     "pověřuje předsedkyni", "Hana Šindelářová"),
]


@pytest.mark.parametrize(("lines", "anchor", "owner"), TASK_CARDS)
def test_task_card_restates_the_resolution(lines: list[str], anchor: str, owner: str) -> None:
    acts = _actions(lines)
    assert [anchor in a.text for a in acts] == [True], [a.text for a in acts]
    assert acts[0].owner == owner
    assert acts[0].due is not None


# (lines, owner)
OWNERS = [
    (["ŘO ve spolupráci s krajským úřadem zpracuje akční plán do 31. 8. 2025."], "ŘO"),
    # a requester after a preposition is not the doer
    (["Na žádost Ing. Beneše ŘO uspořádá ve 3. čtvrtletí seminář pro žadatele."], "ŘO"),
    (["Na návrh Mgr. Malé odbor dopravy prověří umístění přechodu."], "Odbor dopravy"),
    # a promise with its infinitive is the promiser's, whoever receives it
    (["Ing. Beneš požádal, aby zpráva zahrnovala i dopady na obce, a přislíbil zaslat ŘO podklady do 14. 6."],
     "Tomáš Beneš"),
    (["Mgr. Malá přislíbila poslat EK doplňující údaje do konce měsíce."], "Alena Malá"),
]


@pytest.mark.parametrize(("lines", "owner"), OWNERS)
def test_owner(lines: list[str], owner: str) -> None:
    acts = _actions(lines)
    assert len(acts) == 1, [a.text for a in acts]
    assert acts[0].owner == owner


def test_abbreviation_is_no_persons_name() -> None:
    """A body's abbreviation the entities stage did not list is not the person whose name begins with its
    letters (Robert Oliva: "RO"): the abbreviation before the verb is the owner as written."""
    acts = _actions(["ŘO zajistí zveřejnění aktualizovaného plánu do konce června."], bodies={})
    assert [a.owner for a in acts] == ["ŘO"]


def test_managing_authority_plan_reported_by_the_chair_is_a_task() -> None:
    acts = _actions(["Předsedkyně uvedla, že o realokaci lze rozhodnout až po vyhodnocení výzev; "
                     "ŘO předloží analýzu realokace na příštím zasedání."])
    assert [a.owner for a in acts] == ["ŘO"]


def test_another_programmes_authority_is_news() -> None:
    acts = _actions(["Ing. Beneš upozornil, že ŘO IROP mění pravidla; nová verze pravidel bude zveřejněna na webu."])
    assert acts == []


# Perfective futures of task verbs a task list of committees uses ("přednese", "nominuje", "vypořádá"): each
# with a named doer is that doer's task.
FUTURE_VERBS = [
    ("Předsedkyně přednese usnesení na zasedání rady dne 16. 10. 2025.", "Hana Šindelářová"),
    ("Ing. Beneš nominuje zástupce do pracovní skupiny do konce ledna.", "Tomáš Beneš"),
    ("Krajský úřad vypořádá připomínky do 30. 6. 2025.", "Krajský úřad"),
    ("Mgr. Malá zhodnotí výsledky pilotního ověření do konce roku.", "Alena Malá"),
    ("Ing. Beneš vznese dotaz na ministerstvo financí.", "Tomáš Beneš"),
    ("Bc. Kopecká sepíše zápis a rozešle jej členům.", "Věra Kopecká"),
    ("Ing. Beneš převezme koordinaci přípravy konference.", "Tomáš Beneš"),
    ("Mgr. Malá zformuluje stanovisko výboru do příštího zasedání.", "Alena Malá"),
]


@pytest.mark.parametrize(("line", "owner"), FUTURE_VERBS)
def test_future_task_verb(line: str, owner: str) -> None:
    acts = _actions([line])
    assert [a.owner for a in acts] == [owner], [a.text for a in acts]


NOT_ACTIONS = [
    # a law, its amendment or a call that imposes a duty, however far its verb from it
    "Novela posouvá lhůty pro zpřístupnění služeb a nově ukládá obcím zajistit elektronické podání žádostí.",
    "Vládní návrh zákona ukládá krajům zpracovat plán do konce roku 2026.",
    "Výzva ukládá žadatelům doložit stanovisko stavebního úřadu.",
    # a time clause bounds another act by an event
    "Ing. Beneš navrhl přerušit projednávání do doby, než ministerstvo předloží analýzu nákladů.",
    "Projednání bodu se odkládá, dokud krajský úřad nevydá stanovisko.",
    # a promise of cooperation, support or help with nothing to deliver
    "Mgr. Malá přislíbila za svaz součinnost.",
    "Ing. Beneš nabídl pomoc krajského úřadu.",
    "Zástupce kraje potvrdil plnou podporu projektu.",
    # a promise made at an earlier meeting, referred to now
    "Ing. Beneš představil návrh změny programu, kterou krajský úřad přislíbil na minulém zasedání.",
    "Mgr. Malá předložila analýzu, jak slíbila na minulé schůzi.",
    # the reply to a question of an earlier meeting, stating an expected timing
    "Ing. Beneš k dotazu Mgr. Malé z minulého zasedání sdělil, že modernizace registru bude dokončena do 30. 6. 2026.",
    "Na dotaz Mgr. Malé z minulé schůze Ing. Šindelářová odpověděla, že kroužek bude veden od listopadu.",
    # a habit or rule of practice
    "Pečovatelská služba převezme klienta zpravidla do pěti pracovních dnů.",
    "Odbor obvykle vyřídí žádost do 30 dnů od jejího podání.",
]


@pytest.mark.parametrize("line", NOT_ACTIONS)
def test_not_an_action(line: str) -> None:
    assert _actions([line]) == []


def test_interim_evaluation_is_no_status_of_a_new_task() -> None:
    """'průběžné evaluace' (an interim evaluation) folds like 'průběžně' (ongoing): in a new task line outside
    a follow-up section it reports no state; the body named in an infinitive task line is no doer either."""
    acts = _actions(["Úkol 8/4: Zpracovat reakci ŘO na doporučení průběžné evaluace a předložit ji výboru.",
                     "Odpovídá: ŘO (Ing. Beneš)", "Termín: do příštího zasedání"])
    assert [(a.status, a.owner) for a in acts] == [(None, "Tomáš Beneš")]


# A plural collective opening the clause of a task verb: everyone's task, an action with no owner (not the body
# the members belong to).
COLLECTIVES = [
    "Členové výboru zašlou své připomínky k návrhu do konce dubna.",
    "Starostové obcí předají podklady do 30. 4. 2025.",
    "Všichni členové komise prostudují materiál do příštího jednání.",
    "Vlastníci jednotek zpřístupní byty pro odečet vodoměrů dne 20. 1. 2026.",
    "Zástupci obcí předají seznamy žadatelů do konce června.",
    "Obce zašlou krajskému úřadu aktualizované údaje do 31. 3. 2025.",
]


@pytest.mark.parametrize("line", COLLECTIVES)
def test_collective_subject_owns_no_one(line: str) -> None:
    acts = _actions([line])
    assert [a.owner for a in acts] == [None], [a.text for a in acts]


def test_a_councillor_is_no_collective() -> None:
    acts = _actions(["Radní Beneš se zajímal o stav stížnosti. Tajemnice prověří stav vyřizování u stavebního úřadu."])
    assert [a.owner for a in acts] == ["Věra Kopecká"]


# The Czech future of an imperfective verb with its objects between "bude" and the infinitive.
FUTURE_INFINITIVES = [
    ("Krajský úřad bude výbor o přípravě prováděcích předpisů informovat průběžně.", "Krajský úřad"),
    ("Ing. Beneš bude členy komise o materiálech v připomínkovém řízení informovat.", "Tomáš Beneš"),
]


@pytest.mark.parametrize(("line", "owner"), FUTURE_INFINITIVES)
def test_future_with_objects_before_the_infinitive(line: str, owner: str) -> None:
    assert [a.owner for a in _actions([line])] == [owner]


def test_need_inside_the_future_is_no_task() -> None:
    assert _actions(["Obec bude v příštím roce nutné opravit most přes potok."]) == []


# A reply whose that-clause names another body, then ", a" + a deferral with no subject of its own: the
# answerer's promise to answer (corpus/FORMAT.md), not the named body's task.
DEFERRALS = [
    ("Ing. Beneš odpověděl, že souběh podpory musí posoudit odbor dopravy, a odpověď zašle písemně.", "Tomáš Beneš"),
    ("Mgr. Malá odpověděla, že počty zatím nepotvrdil krajský úřad, a údaje upřesní do příštího zasedání.",
     "Alena Malá"),
    ("Ing. Šindelářová odpověděla, že o tom rozhoduje Ministerstvo financí, a dotaz prověří.", "Hana Šindelářová"),
]


@pytest.mark.parametrize(("line", "owner"), DEFERRALS)
def test_deferral_after_a_reply_is_the_answerers(line: str, owner: str) -> None:
    assert [a.owner for a in _actions([line])] == [owner]


def test_a_named_subject_after_the_joint_is_not_the_answerers() -> None:
    acts = _actions(["Ing. Beneš odpověděl, že věc není vyřešena, a Krajský úřad odpověď zašle písemně."])
    assert "Tomáš Beneš" not in [a.owner for a in acts]


def test_a_promise_in_a_reply_stays_a_task() -> None:
    acts = _actions(["Na dotaz Mgr. Malé Ing. Beneš odpověděl, že podklady zašle do pátku."])
    assert [a.owner for a in acts] == ["Tomáš Beneš"]


def test_a_request_to_chase_up_is_a_task_of_the_one_asked() -> None:
    acts = _actions(["Předsedkyně požádala tajemnici o urgenci odpovědi u krajského úřadu."])
    assert [a.owner for a in acts] == ["Věra Kopecká"]
