"""Language detection: Czech and English minutes, neighbours reported as unsupported."""

from __future__ import annotations

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.language import detect_language, guess_language, language_warnings, rules_language


def _doc(text: str):
    builder = DocumentBuilder(Source("x.txt", "0", "txt"))
    for line in text.split("\n"):
        builder.add(BlockKind.PARAGRAPH, line)
    return builder.build()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Zápis z jednání rady obce. Přítomni byli všichni členové. Starosta zahájil jednání a přivítal hosty, "
         "dále bylo projednáno, že obec připraví rozpočet na příští rok.", "cs"),
        ("Ředitelka odboru přirovnala problematiku k houbě, jejíž velká část je pod zemí a která má klobouk.", "cs"),
        ("Minutes of the meeting of the Finance Committee. Present: the Chair and four members. The committee "
         "agreed that the budget would be circulated to all members before the next meeting.", "en"),
        ("Zápisnica zo zasadnutia obecného zastupiteľstva. Prítomní boli všetci poslanci, ktorí sa zhodli, že "
         "rozpočet bude schválený aj keď starosta nie je prítomný.", "sk"),
        ("Protokoll der Sitzung des Ausschusses. Anwesend sind die Mitglieder, die über den Haushalt für das "
         "nächste Jahr beraten und sich auf eine Empfehlung einigen.", "de"),
    ],
)
def test_detects(text: str, code: str) -> None:
    assert detect_language(_doc(text)) == code


def test_czech_without_diacritics_is_still_czech() -> None:
    text = "Zapis z jednani. Pritomni byli vsichni clenove a starosta zahajil jednani, dale bylo projednano, ze obec"
    assert detect_language(_doc(text + " pripravi rozpocet pro pristi rok a je to tak.")) == "cs"


@pytest.mark.parametrize(("text", "code", "rules"), [
    ("Zápisnica zo zasadnutia. Prítomní boli všetci, ktorí sa zhodli, že to bude aj pre obec.", "sk", "cs"),
    ("12 345 678 ---", "und", "en"),
])
def test_unsupported_languages_warn_and_fall_back(text: str, code: str, rules: str) -> None:
    guess = guess_language(text)
    assert (guess.code, guess.supported, rules_language(guess.code)) == (code, False, rules)
    assert guess.warning and (code in guess.warning or "determined" in guess.warning)
    assert language_warnings(_doc(text))


def test_supported_language_has_no_warning() -> None:
    text = "The committee agreed that the minutes of the last meeting were a true record."
    assert language_warnings(_doc(text)) == ()


def test_seed_is_czech(seed_dir) -> None:
    from minutes_nlp.loaders import load

    assert detect_language(load(seed_dir / "000_b6ab1fcc00502021.txt")) == "cs"
