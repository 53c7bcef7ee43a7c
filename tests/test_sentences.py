"""Sentence splitting: titles, initials, ordinals and units do not end a sentence; a single capital
letter before a word that opens a sentence does."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.nlp.sentences import sentences


def _split(lang: str, text: str) -> list[str]:
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    b.add(BlockKind.PARAGRAPH, text)
    return [s.text for s in sentences(b.build(), lang)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an initial before a surname stays inside the sentence
    ("cs", "Podle R. Ševčíka je stavba ve skluzu.", 1),
    ("cs", "Ing. J. P. Novák uvedl, že ano.", 1),
    ("en", "The report was presented by J. A. Smith on behalf of the group.", 1),
    # a single capital letter (a building, an appendix, a variant) before a sentence opener ends a sentence
    ("cs", "Dotaz se týkal opravy budovy C. Děkanka Malá odpověděla, že oprava začne v létě.", 2),
    ("cs", "Stavba pokračuje v úseku D. Na dotaz investora zhotovitel uvedl, že skluz dožene.", 2),
    ("cs", "Varianta A. Starostka doporučila variantu B.", 2),
    ("en", "The tracker is attached at Annex C. In response to a question, the Clerk said it was up to date.", 2),
    ("en", "Works will start in Zone B. The Chair thanked the residents.", 2),
    ("en", "The plan is in Part D. Mr Hale asked when it would start.", 2),
    # titles, ordinals and units
    ("cs", "Dne 15. 12. 2020 se konalo 19. jednání výboru.", 1),
    ("cs", "Rozpočtová rezerva se snižuje o 1,1 mil. korun. Výbor to vzal na vědomí.", 2),
    ("en", "The board moved to post the road at 23,000 lbs. year-round.", 1),
    ("en", "Loads over 20 lbs. The road is closed to them.", 2),
    ("en", "Mr. Hale asked about the 6 p.m. start.", 1),
    # an abbreviated rank after a single capital opens a sentence; a spelled-out rank may be a surname
    ("cs", "Uzavírka platí v úseku B. Npor. Kolouch doplnil, že hlídky zůstanou.", 2),
    ("cs", "Zprávu předložil J. Kapitán za odbor dopravy.", 1),
])
def test_sentence_ends(lang: str, text: str, expected: int) -> None:
    assert len(_split(lang, text)) == expected, _split(lang, text)


def test_the_second_sentence_starts_at_the_opener() -> None:
    out = _split("cs", "Zkoušky proběhnou v budově B. Proděkanka Nová uvedla, že termíny platí.")
    assert out == ["Zkoušky proběhnou v budově B.", "Proděkanka Nová uvedla, že termíny platí."]
