"""The candidate tokens of the institution-name rules (orgcands): every token at which `_span_at` finds a name
is a candidate, so trying the rules only there finds the same names; and most tokens of a sentence are not."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.orgbase import _patterns
from minutes_nlp.extract.orgcands import candidates
from minutes_nlp.extract.orgnames import _span_at
from minutes_nlp.nlp.pipeline import analyse

SENTENCES = [
    ("cs", "Ministerstvo pro místní rozvoj zaslalo metodiku Krajskému úřadu Podhorského kraje."),
    ("cs", "Nabídku předložila společnost Kovář & partneři audit s.r.o. a firmou Novák stavby byla doplněna."),
    ("cs", "Odbor životního prostředí v Ledči nad Sázavou vydá stanovisko do 30. 6."),
    ("cs", "Spolek rodičů při ZŠ Lipnice, z.s. a Svaz měst a obcí ČR podpořily žádost."),
    ("cs", "Podlesická univerzita v Dubči nominovala zástupce; Rada Podlesického kraje souhlasí."),
    ("en", "The Department for Transport wrote to Harnley District Council and Acme Widgets Ltd."),
    ("en", "Treasurer of the Wrensford Community Larder and a member of the Ashby Carnival Committee attended."),
    ("en", "Healthwatch Harrowfield and the University of Fenby and Kestrel College replied."),
    ("en", "The Planning Committee recommended that the company Brevik Data Oy be appointed."),
    ("en", "Office of the Police and Crime Commissioner for Kestrelshire sent St Mary's Church a letter."),
]


def _analysis(lang: str, text: str):  # noqa: ANN202 - a BlockAnalysis
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    b.add(BlockKind.PARAGRAPH, text)
    return analyse(b.build(), lang)[0]


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_every_name_start_is_a_candidate(lang: str, text: str) -> None:
    a = _analysis(lang, text)
    found = {i for i in range(len(a.tokens)) if _span_at(a, i, lang, _patterns(lang)) is not None}
    assert found, "the sentence names a body the rules find"
    assert found <= set(candidates(a, lang))


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_candidates_ascend(lang: str, text: str) -> None:
    starts = candidates(_analysis(lang, text), lang)
    assert starts == sorted(set(starts))


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "Členové výboru projednali návrh rozpočtu na příští rok a doporučili jej ke schválení."),
    ("cs", "Paní starostka poděkovala všem přítomným za účast a ukončila jednání v 18:30 hodin."),
    ("en", "Members discussed the draft budget for next year and recommended it for approval."),
    ("en", "The Chair thanked everyone for attending and closed the meeting at 8.30pm."),
])
def test_plain_sentences_have_few_candidates(lang: str, text: str) -> None:
    a = _analysis(lang, text)
    assert len(candidates(a, lang)) <= len(a.tokens) // 4
