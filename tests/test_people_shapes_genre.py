"""Genre inventory of names with a person's shape that real minutes use for something else, written from
knowledge of Czech and English minutes (not from our corpus), with the people that must stay beside them: a body
given as where a listed person comes from ("Jane Roe, Healthwatch Kestrel"), a subject or a team's word
capitalised in a role or a heading ("Safeguarding and Quality Manager", "Executive Leadership Team"), an initial
followed by the function word opening the next sentence ("třídy C. Na schůzi"), a street named after a person in
an address ("Na Františku 32"); and surnames that share those endings ("Cllr Harding"). Why: each is a person
the scorer counts against precision (extract/personshapes.py, lang/*/person_shapes.json)."""

from __future__ import annotations

import pytest
from genre_rows import people_names

from minutes_nlp.document import BlockKind, DocumentBuilder, Source


def _people(lang: str, text: str) -> set[str]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    for p in text.split(" // "):
        b.add(BlockKind.PARAGRAPH, p)
    return people_names(b.build(), lang)


ROWS: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = [
    # a body given as where a listed person comes from
    ("en", "Attendees: Ruth Cole, Head of Commissioning, NHS Kestrel ICB; Joan Weir, Healthwatch Kestrel",
     ("Ruth Cole", "Joan Weir"), ("Healthwatch Kestrel",)),
    # one abstract word capitalised in a role, a team's name or a heading
    ("en", "Present: Mr Paul Hart, Safeguarding and Quality Manager (PH). // 7. Safeguarding // The annual "
     "safeguarding report was noted.", ("Paul Hart",), ("Safeguarding",)),
    ("en", "Head of IT to run a cyber exercise with the Executive Leadership Team by 31 August.", (), ("Leadership",)),
    ("en", "Ms Anna Wood, Partnership Manager, presented the report.", ("Anna Wood",), ("Partnership",)),
    ("cs", "Ing. Eva Malá, vedoucí oddělení Hospodářství a Investic, předložila zprávu.", ("Eva Malá",),
     ("Hospodářství",)),
    # an initial, then the function word opening the next sentence
    ("cs", "Po zateplení dům dosáhne třídy C. Na podzim bude provedena kontrola. Zapsal: Jan Bureš.", ("Jan Bureš",),
     ("C. Na",)),
    ("cs", "Varianta B. V diskusi vystoupil Mgr. Petr Kos.", ("Petr Kos",), ("B. V",)),
    ("en", "See Appendix C. The Treasurer, Mr Sam Reid, presented the accounts.", ("Sam Reid",), ("C. The",)),
    # a street named after a person, in an address
    ("cs", "Místo: Ministerstvo dopravy, Na Františku 32, Praha 1. Přítomni: Ing. Karel Vích.", ("Karel Vích",),
     ("František",)),
    ("cs", "Sídlo: U Josefa 5, Brno. Zapsala: Jana Hrubá.", ("Jana Hrubá",), ("Josef",)),
    # surnames with those endings stay
    ("en", "Cllr Tom Harding asked about the budget. Cllr Harding was thanked.", ("Tom Harding",), ()),
    ("en", "Present: Mrs Joan Fielding (Chair), Mr Ian Downing.", ("Joan Fielding", "Ian Downing"), ()),
    ("cs", "Starosta František Novák zahájil jednání.", ("František Novák",), ()),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), ROWS)
def test_people_shapes(lang: str, text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    names = _people(lang, text)
    for name in present:
        assert name in names, (name, names)
    for name in absent:
        assert not any(name in n for n in names), (name, names)
