"""Genre inventory (round 17b): who owns a proposed action whose sentence opens with a speaker who reports what
another party will do ("Ing. X sdělil, že Povodí zahájí ...", "Mrs Y advised that the Water Board would ...").

Convention: minutes report another party's plan through the person who brings the news; the task belongs to the
party named as the subject of the reported clause. Everything else keeps the speaker as the owner: a clause with
no named subject (Czech pro-drop, a pronoun), a party in an oblique case or after a preposition, a passive that
makes the party the one acted upon, a possessive, or a lone kind noun for the speaker's own side.
Rows are written from knowledge, not from the corpus.
"""

from __future__ import annotations

import pytest
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract import itemctx, roles_model
from minutes_nlp.extract.result import MeetingInfo

_SPEAKER_CS = {"Radek Vlasák": ["Radek Vlasák", "Vlasák"]}
_SPEAKER_EN = {"Helen Marsh": ["Helen Marsh", "Marsh"]}

ROWS = [  # (id, lang, sentence, people, institutions, expected owner)
    # positives: the reported clause opens with a named party, which does the task
    ("cs-abbrev-subject", "cs", "Ing. Radek Vlasák sdělil, že ŘSD zahájí opravu mostu v červnu 2025.",
     _SPEAKER_CS, {"ŘSD": ["ŘSD"]}, "ŘSD"),
    ("cs-firm-subject", "cs", "Ing. Vlasák uvedl, že Stavby Horník s.r.o. dokončí fasádu do konce září.",
     _SPEAKER_CS, {"Stavby Horník s.r.o.": ["Stavby Horník s.r.o."]}, "Stavby Horník s.r.o."),
    ("cs-reply-body", "cs", "Ing. Vlasák odpověděl, že Povodí Ohře vyčistí koryto potoka na podzim.",
     _SPEAKER_CS, {"Povodí Ohře": ["Povodí Ohře"]}, "Povodí Ohře"),
    ("cs-person-subject", "cs", "Ing. Vlasák oznámil, že Jana Křížová připraví podklady do příští schůze.",
     {**_SPEAKER_CS, "Jana Křížová": ["Jana Křížová"]}, {}, "Jana Křížová"),
    ("en-body-subject", "en", "Cllr Helen Marsh reported that the Water Board would replace the mains in May.",
     _SPEAKER_EN, {"Water Board": ["Water Board"]}, "Water Board"),
    ("en-firm-subject", "en", "Ms Marsh confirmed that Tarnside Builders Ltd will start on site on 4 August.",
     _SPEAKER_EN, {"Tarnside Builders Ltd": ["Tarnside Builders Ltd"]}, "Tarnside Builders Ltd"),
    ("en-person-subject", "en", "Ms Marsh said that Owen Pryce would circulate the draft policy to members.",
     {**_SPEAKER_EN, "Owen Pryce": ["Owen Pryce"]}, {}, "Owen Pryce"),
    ("en-reply", "en", "Ms Marsh replied that the Harbour Trust would dredge the slipway before the regatta.",
     _SPEAKER_EN, {"Harbour Trust": ["Harbour Trust"]}, "Harbour Trust"),
    ("cs-added", "cs", "Ing. Vlasák doplnil, že Lesy obce Brodek vysadí nové stromy v dubnu.",
     _SPEAKER_CS, {"Lesy obce Brodek": ["Lesy obce Brodek"]}, "Lesy obce Brodek"),
    # negatives: the speaker keeps it
    ("cs-pro-drop", "cs", "Ing. Vlasák uvedl, že podklady zašle členům výboru do pátku.",
     _SPEAKER_CS, {}, "Radek Vlasák"),
    ("cs-dative-after-verb", "cs", "Ing. Vlasák sdělil, že zprávu předá MŽP do konce listopadu.",
     _SPEAKER_CS, {"MŽP": ["MŽP"]}, "Radek Vlasák"),
    ("cs-prepositional", "cs", "Ing. Vlasák uvedl, že s Povodím Ohře projedná termín čištění koryta.",
     _SPEAKER_CS, {"Povodí Ohře": ["Povodím Ohře"]}, "Radek Vlasák"),
    ("cs-passive", "cs", "Ing. Vlasák odpověděl, že SÚS bude přizvána k jednání o objízdné trase.",
     _SPEAKER_CS, {"SÚS": ["SÚS"]}, "Radek Vlasák"),
    ("cs-kind-noun", "cs", "Ing. Vlasák odpověděl, že kraj zváží navýšení dotace na příští rok.",
     _SPEAKER_CS, {"kraj": ["kraj"]}, "Radek Vlasák"),
    ("cs-genitive-phrase", "cs", "Ing. Vlasák uvedl, že kvůli zrušení akce ŘSD pošle náhradní termín.",
     _SPEAKER_CS, {"ŘSD": ["ŘSD"]}, "Radek Vlasák"),
    ("en-pronoun", "en", "Ms Marsh said that she would ask the Water Board for a timetable.",
     _SPEAKER_EN, {"Water Board": ["Water Board"]}, "Helen Marsh"),
    ("en-passive", "en", "Ms Marsh replied that the Water Board would be asked for a timetable.",
     _SPEAKER_EN, {"Water Board": ["Water Board"]}, "Helen Marsh"),
    ("en-preposition", "en", "Ms Marsh advised that a meeting with the Water Board would be arranged in June.",
     _SPEAKER_EN, {"Water Board": ["Water Board"]}, "Helen Marsh"),
    ("en-possessive", "en", "Ms Marsh reported that the Water Board's survey will finish at the end of May.",
     _SPEAKER_EN, {"Water Board": ["Water Board"]}, "Helen Marsh"),
    ("en-reply-pronoun", "en", "Ms Marsh replied that she would chase the Harbour Trust for a date.",
     _SPEAKER_EN, {"Harbour Trust": ["Harbour Trust"]}, "Helen Marsh"),
    ("en-promise-keeps-speaker", "en", "Ms Marsh undertook that the Harbour Trust would be contacted this week.",
     _SPEAKER_EN, {"Harbour Trust": ["Harbour Trust"]}, "Helen Marsh"),
    ("en-no-report-verb", "en", "Ms Marsh and the Water Board will walk the route of the new pipe in June.",
     _SPEAKER_EN, {"Water Board": ["Water Board"]}, "Helen Marsh"),
]


@pytest.mark.parametrize(("lang", "text", "people", "insts", "owner"), [pytest.param(*r[1:], id=r[0]) for r in ROWS])
def test_a_reported_clause_names_who_acts(lang: str, text: str, people: dict[str, list[str]],
                                          insts: dict[str, list[str]], owner: str | None) -> None:
    doc = doc_from_lines(text)
    ctx = itemctx.build(doc, lang, MeetingInfo(), [], entities_for(doc, people, insts))
    assert roles_model.opening_actor(ctx, 0) == owner
