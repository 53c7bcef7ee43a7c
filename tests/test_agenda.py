"""Agenda items in their many numbering forms, the programme list, sub-sections and presenters."""

from __future__ import annotations

import json

import pytest

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.agenda import agenda_item_at, extract_agenda, item_for_block
from minutes_nlp.extract.heading_tails import split_title


def _doc(*blocks: tuple[str, str] | tuple[str, str, str]):
    builder = DocumentBuilder(Source("x.docx", "0", "docx"))
    for kind, text, *label in blocks:
        builder.add(BlockKind(kind), text, list_label=label[0] if label else None)
    return builder.build()


def _items(doc, lang: str = "cs") -> list[tuple[str | None, str]]:
    return [(i.number, i.title) for i in extract_agenda(doc, lang)]


@pytest.mark.parametrize(
    "lines",
    [
        ["Bod 1 – Zahájení", "Bod 2 – Rozpočet", "Bod 3 – Různé"],
        ["Bod 1: Zahájení", "Bod 2: Rozpočet", "Bod 3: Různé"],
        ["Ad 1) Zahájení", "Ad 2) Rozpočet", "Ad 3) Různé"],
        ["K bodu 1: Zahájení", "K bodu 2: Rozpočet", "K bodu 3: Různé"],
        ["Bod č. 1 – Zahájení", "Bod č. 2 – Rozpočet", "Bod č. 3 – Různé"],
        ["I. Zahájení", "II. Rozpočet", "III. Různé"],
    ],
)
def test_numbered_item_forms(lines: list[str]) -> None:
    blocks: list[tuple[str, str]] = []
    for line in lines:
        blocks += [("paragraph", line), ("paragraph", "Text k bodu, který se projednával.")]
    items = _items(_doc(*blocks))
    assert [t for _, t in items] == ["Zahájení", "Rozpočet", "Různé"]
    assert items[0][0] in ("1", "I")


def test_english_items() -> None:
    doc = _doc(("paragraph", "Item 1: Apologies"), ("paragraph", "None received."),
               ("paragraph", "Item 2 – Budget"), ("paragraph", "The budget was discussed."),
               ("heading", "Item 4: AOB"), ("paragraph", "Nothing raised."))
    assert _items(doc, "en") == [("1", "Apologies"), ("2", "Budget"), ("4", "AOB")]


def test_numbering_kept_as_written_and_subsections_stay_inside() -> None:
    doc = _doc(
        ("heading", "Bod 3 – Prezentace pilotů 5G"), ("paragraph", "Bude spuštěna studie proveditelnosti."),
        ("heading", "Bílina"), ("paragraph", "Rozvoj kapacit."),
        ("heading", "Diskuse k předešlým bodům"), ("paragraph", "Na dotaz odpověděla ředitelka."),
        ("heading", "Bod 5 – IV. ročník soutěže Chytrá města"), ("paragraph", "Soutěž proběhla."),
    )
    items = extract_agenda(doc, "cs")
    assert [(i.number, i.title) for i in items] == [("3", "Prezentace pilotů 5G"),
                                                    ("5", "IV. ročník soutěže Chytrá města")]
    assert (items[0].end_block, items[1].end_block) == (5, 7)
    assert item_for_block(items, 4) == "3" and item_for_block(items, 7) == "5"


def test_programme_linked_with_body() -> None:
    doc = _doc(
        ("paragraph", "Program:"),
        ("list_item", "Zahájení", "1."), ("list_item", "Rozpočet na rok 2022", "2."),
        ("list_item", "Různé", "3."),
        ("heading", "1. Zahájení"), ("paragraph", "Starosta zahájil jednání."),
        ("heading", "2. Rozpočet na rok 2022"), ("paragraph", "Rozpočet byl schválen."),
        ("heading", "4. Diskuse občanů"), ("paragraph", "Občané se ptali."),
    )
    items = extract_agenda(doc, "cs")
    assert [(i.number, i.title, i.in_programme) for i in items] == [
        ("1", "Zahájení", True), ("2", "Rozpočet na rok 2022", True), ("3", "Různé", True),
        ("4", "Diskuse občanů", False)]
    assert items[2].source is not None and items[2].source.block == 3  # programme entry only
    assert item_for_block(items, 3) is None and item_for_block(items, 5) == "1"


def test_unnumbered_programme_numbered_by_position() -> None:
    doc = _doc(
        ("heading", "Agenda"), ("list_item", "Welcome"), ("list_item", "Release planning"),
        ("heading", "1. Welcome"), ("list_item", "Priya welcomed everyone."),
        ("heading", "2. Release planning"), ("list_item", "We should cut the release."),
    )
    items = extract_agenda(doc, "en")
    assert [(i.number, i.title, i.in_programme) for i in items] == [("1", "Welcome", True),
                                                                   ("2", "Release planning", True)]


def test_numbered_content_list_is_not_an_agenda() -> None:
    doc = _doc(("paragraph", "Navrženo je členění do kapitol:"), ("list_item", "analytická část", "1."),
               ("list_item", "vize a cíle", "2."), ("list_item", "financování", "3."))
    assert extract_agenda(doc, "cs") == []


def test_restarted_numbering_inside_an_item_is_content() -> None:
    doc = _doc(("heading", "1. Zahájení"), ("paragraph", "Text."), ("heading", "2. Rozpočet"),
               ("paragraph", "Text."), ("heading", "1. Podrobnosti"), ("paragraph", "Text."))
    assert [n for n, _ in _items(doc)] == ["1", "2"]


@pytest.mark.parametrize(
    ("heading", "body", "presenters"),
    [
        ("Bod 8 – Shrnutí a výhled: Marie Zezůlková | MMR", "Text.", ("Marie Zezůlková",)),
        ("Bod 2 – Souhrnná prezentace", "Prezentace PS pro SMART Cities: Marie Zezůlková | MMR a Rut Bízková | ISFOR",
         ("Marie Zezůlková", "Rut Bízková")),
        ("Bod 7 – Živé Milevsko", "V. Král úvodem prezentoval specifika města.", ("V. Král",)),
        ("Bod 3 – Piloty 5G", "Dnes k tomuto tématu p. Kuka (Bílina) a p. Stich (Jeseník) odprezentovali projekty.",
         ("Kuka", "Stich")),
        ("Bod 5 – Soutěž", "R. Ševčík (Smart City Innovations Institut) již počtvrté realizoval soutěž.",
         ("R. Ševčík",)),
        ("Bod 1 – Zahájení", "Dr. Ing. Marie Zezůlková, ředitelka odboru, zahájila 19. jednání.", ("Marie Zezůlková",)),
        ("Bod 5 – Různé", "Ing. Řezníčková upozornila na kapacity obcí.", ()),
        ("Bod 4 – Financování", "K dotazu Mgr. Duškové uvedla Ing. Pospíšilová, že to nepůjde.", ()),
    ],
)
def test_presenters(heading: str, body: str, presenters: tuple[str, ...]) -> None:
    (item,) = extract_agenda(_doc(("heading", heading), ("paragraph", body)), "cs")
    assert item.presenters == presenters


def test_english_presenter() -> None:
    doc = _doc(("heading", "Item 3: Budget"), ("paragraph", "Presenter: Cllr John Smith"),
               ("heading", "Item 4: Planning"), ("paragraph", "Dr Sarah Brown presented the planning report."))
    assert [i.presenters for i in extract_agenda(doc, "en")] == [("John Smith",), ("Sarah Brown",)]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Shrnutí PS SC a výhled na následující měsíce: Marie Zezůlková | MMR",
         ("Shrnutí PS SC a výhled na následující měsíce", "Marie Zezůlková | MMR")),
        ("Financování: výzva NPO a přehled titulů", ("Financování: výzva NPO a přehled titulů", "")),
        ("Informace MŽP – aktualizace NAP AZK", ("Informace MŽP – aktualizace NAP AZK", "")),
    ],
)
def test_split_title(title: str, expected: tuple[str, str]) -> None:
    assert split_title(title) == expected


def test_signature_lines_belong_to_no_item() -> None:
    doc = _doc(("heading", "Bod 1 – Zahájení"), ("paragraph", "Text."), ("paragraph", "Text."),
               ("paragraph", "Text."), ("paragraph", "Zapsal: Jiří Vlček"), ("paragraph", "Schválila: Marie Nová"))
    (item,) = extract_agenda(doc, "cs")
    assert item.end_block == 3 and agenda_item_at([item], 4) is None


@pytest.mark.parametrize("name", ["000_b6ab1fcc00502021.txt", "seed.docx", "seed.pdf"])
def test_seed_agenda(seed_dir, name: str) -> None:
    from minutes_nlp.loaders import load

    items = extract_agenda(load(seed_dir / name), "cs")
    assert [i.number for i in items] == ["1", "2", "3", "5", "6", "7", "8"]
    assert items[-1].title == "Shrnutí PS SC a výhled na následující měsíce"
    gold = json.loads((seed_dir / "gold.json").read_text(encoding="utf-8"))["agenda_items"]
    assert [list(i.presenters) for i in items] == [g["presenters"] for g in gold]


def test_programme_label_with_more_words_and_numbered_paragraphs() -> None:
    doc = _doc(
        ("paragraph", "Navržený program jednání:"),
        ("paragraph", "1. Zahájení"), ("paragraph", "2. Volba ověřovatelů"), ("paragraph", "3. Rozpočet"),
        ("paragraph", "1. Zahájení"), ("paragraph", "Starosta zahájil zasedání v 18:00."),
        ("paragraph", "2. Volba ověřovatelů"), ("paragraph", "Ověřovateli byli zvoleni dva členové."),
        ("paragraph", "3. Rozpočet"), ("paragraph", "Rozpočet byl schválen."),
    )
    items = extract_agenda(doc, "cs")
    assert [(i.number, i.title, i.in_programme, i.source.block if i.source else None) for i in items] == [
        ("1", "Zahájení", True, 4), ("2", "Volba ověřovatelů", True, 6), ("3", "Rozpočet", True, 8)]


def test_unlabelled_programme_list_is_not_taken_for_the_items() -> None:
    doc = _doc(
        ("paragraph", "1. Zahájení"), ("paragraph", "2. Rozpočet"),
        ("paragraph", "1. Zahájení"), ("paragraph", "Starosta zahájil zasedání."),
        ("paragraph", "2. Rozpočet"), ("paragraph", "Rozpočet byl schválen."),
    )
    assert [i.source.block for i in extract_agenda(doc, "cs") if i.source] == [2, 4]


def test_prefix_without_separator_only_in_headings() -> None:
    doc = _doc(("heading", "Item 1 Apologies"), ("paragraph", "None."),
               ("paragraph", "Item 2 was deferred to the next meeting."),
               ("heading", "Item 3 Budget"), ("paragraph", "Agreed."))
    assert _items(doc, "en") == [("1", "Apologies"), ("3", "Budget")]


def test_unnumbered_headings_that_repeat_the_programme_are_its_sections() -> None:
    doc = _doc(
        ("paragraph", "Program:"), ("list_item", "Zahájení", "1."), ("list_item", "Rozpočet obce", "2."),
        ("list_item", "Různé", "3."),
        ("heading", "Zahájení"), ("paragraph", "Starosta zahájil zasedání."),
        ("heading", "Rozpočet obce"), ("paragraph", "Rozpočet byl schválen."), ("heading", "Diskuse"),
        ("paragraph", "Bez připomínek."), ("heading", "Různé"), ("paragraph", "Nic."),
    )
    items = extract_agenda(doc, "cs")
    assert [(i.number, i.title, i.source.block if i.source else None, i.end_block) for i in items] == [
        ("1", "Zahájení", 4, 5), ("2", "Rozpočet obce", 6, 9), ("3", "Různé", 10, 11)]


@pytest.mark.parametrize(
    ("blocks", "presenters"),
    [
        ([("heading", "Bod 1 – Zahájení"),
          ("paragraph", "Jednání zahájila předsedkyně PS Ing. Kateřina Vondrová, Ph.D. (MŽP), a přivítala hosty."),
          ("paragraph", "Ing. Petr Malý (MPO) informoval o plnění úkolů.")], ("Kateřina Vondrová",)),
        ([("heading", "Bod 1 – Úvod"),
          ("paragraph", "Předsedkyně PS Ing. Kateřina Vondrová, Ph.D., ředitelka odboru adaptace na změnu klimatu MŽP "
                        "a předsedkyně PS AMK, zahájila 5. jednání.")], ("Kateřina Vondrová",)),
        ([("heading", "1. Call to Order"), ("paragraph", "Chair Delaney called the meeting to order at 7:02 p.m."),
          ("paragraph", "Present: Margaret A. Delaney (Chair), Tom Okoro.")], ("Margaret A. Delaney",)),
        ([("heading", "Bod 5 – Různé, úkoly"), ("paragraph", "Mgr. Jan Kalous informoval o dotazníku.")], ()),
        ([("heading", "4. Sponsorship offer"), ("paragraph", "Lisa presented the offer from the company.")],
         ("Lisa",)),
    ],
)
def test_presenters_of_opening_and_catch_all_items(blocks, presenters: tuple[str, ...]) -> None:
    items = extract_agenda(_doc(*blocks), "en" if blocks[0][1][0].isdigit() else "cs")
    assert items[0].presenters == presenters


@pytest.mark.parametrize(
    ("lines", "numbers"),
    [
        (["25/01 Apologies for absence", "25/02 Declarations of interest", "25/03 Matters arising"],
         ["25/01", "25/02", "25/03"]),
        (["FGP/25/001 Apologies for absence", "FGP/25/002 Declarations of interest", "FGP/25/003 Matters arising"],
         ["FGP/25/001", "FGP/25/002", "FGP/25/003"]),
        (["Item 1: Apologies for absence", "Item 2: Declarations of interest", "Item 3: Matters arising"],
         ["1", "2", "3"]),
    ],
)
def test_minute_references_kept_as_written(lines: list[str], numbers: list[str]) -> None:
    blocks: list[tuple[str, str]] = []
    for line in lines:
        blocks += [("heading", line), ("paragraph", "The committee noted the report.")]
    items = _items(_doc(*blocks), "en")
    assert items == list(zip(numbers, ["Apologies for absence", "Declarations of interest", "Matters arising"],
                             strict=True))


def test_planning_reference_is_not_a_minute_number() -> None:
    doc = _doc(("heading", "1. Planning applications"), ("paragraph", "24/0567/FUL 12 Mill Lane, extension"),
               ("paragraph", "No objection."), ("heading", "2. AOB"), ("paragraph", "None."))
    assert _items(doc, "en") == [("1", "Planning applications"), ("2", "AOB")]


def test_run_in_titles_of_numbered_paragraphs() -> None:
    doc = _doc(("paragraph", "1. Apologies for absence. Apologies were received from Cllr Ross."),
               ("paragraph", "2. Declarations of interest. None."),
               ("paragraph", "3. Budget. The RFO presented the budget for 2025/26."))
    assert _items(doc, "en") == [("1", "Apologies for absence"), ("2", "Declarations of interest"), ("3", "Budget")]


def test_numbered_task_list_is_not_read_as_run_in_items() -> None:
    doc = _doc(("paragraph", "1. Pay the invoice. The Clerk will do it."),
               ("paragraph", "2. Order the chairs. Tom will ask for quotes."))
    assert _items(doc, "en") == []


def test_the_longest_numbering_wins_over_a_stray_prefixed_line() -> None:
    blocks: list[tuple[str, str]] = [("paragraph", "Item 7: see the previous minutes")]
    for i, title in enumerate(["Apologies", "Minutes", "Matters arising", "Budget"], start=1):
        blocks += [("heading", f"{i}. {title}"), ("paragraph", "Noted.")]
    assert [n for n, _ in _items(_doc(*blocks), "en")] == ["1", "2", "3", "4"]


@pytest.mark.parametrize(("heading", "title"), [
    ("5. Date of next meeting: Tuesday 11 February 2025", "Date of next meeting"),
    ("5. Různé – informace o opravě chodníku", "Různé"),
    ("5. Budget: the RFO's report", "Budget: the RFO's report"),
])
def test_standard_heading_with_a_run_in_value(heading: str, title: str) -> None:
    doc = _doc(("heading", "4. Minutes"), ("paragraph", "Approved."), ("heading", heading), ("paragraph", "x"))
    lang = "cs" if "Různé" in heading else "en"
    assert _items(doc, lang)[-1] == ("5", title)


@pytest.mark.parametrize(
    ("lang", "header", "body", "presenters"),
    [
        ("cs", "Předsedající: Ing. Jan Novák, starosta", "Starosta seznámil přítomné s návrhem rozpočtu.",
         ("Jan Novák",)),
        ("cs", "Přítomni: Ing. Jan Novák (starosta), Eva Malá", "Pan starosta informuje o stavu komunikace.",
         ("Jan Novák",)),
        ("cs", "Přítomni: Jan Novák, Eva Malá", "Předsedající předložil návrh rozpočtového opatření.", ()),
        ("cs", "Předsedající: Jan Novák", "Předsedající předložil návrh rozpočtového opatření.", ("Jan Novák",)),
        ("cs", "Přítomni: Jan Novák, Eva Malá", "Účetní obce paní Marta Jelínková předložila rozpočtové opatření.",
         ("Marta Jelínková",)),
        ("en", "In attendance: Mrs Gail Fenwick (Town Clerk)", "The Clerk reported that the grant had been paid.",
         ("Gail Fenwick",)),
        ("en", "Present: Cllr Ann Lee (Chair), Cllr Tom Ward", "The Chair introduced the budget.", ("Ann Lee",)),
        ("en", "In attendance: Gail Fenwick (Clerk), Peter Oakes (Clerk)", "The Clerk reported on the grant.", ()),
        ("en", "Guests: Lena (Hartwell Analytics)", "Lena presented the offer of sponsorship.", ("Lena",)),
    ],
)
def test_presenter_named_by_role_or_listed(lang: str, header: str, body: str, presenters: tuple[str, ...]) -> None:
    """A role alone names the presenter only when the document ties exactly one person to it."""
    doc = _doc(("paragraph", header), ("heading", "1. Rozpočet" if lang == "cs" else "1. Budget"),
               ("paragraph", body), ("heading", "2. Různé" if lang == "cs" else "2. AOB"), ("paragraph", "-"))
    assert extract_agenda(doc, lang)[0].presenters == presenters


def test_opening_item_presenter_named_by_role() -> None:
    doc = _doc(("paragraph", "Přítomni: Ing. Jan Novák, Eva Malá"), ("paragraph", "Starosta: Ing. Jan Novák"),
               ("heading", "1. Zahájení"), ("paragraph", "Zasedání zahájil starosta obce v 18:02 hod."),
               ("heading", "2. Různé"), ("paragraph", "-"))
    assert extract_agenda(doc, "cs")[0].presenters == ("Jan Novák",)


def test_duplicated_item_numbers_are_kept_as_written() -> None:
    doc = _doc(("heading", "4. Prodej pozemku"), ("paragraph", "Schváleno."), ("heading", "5. Různé"),
               ("paragraph", "Nic."), ("heading", "5. Diskuse"), ("paragraph", "Občan se dotázal na chodník."),
               ("heading", "6. Závěr"), ("paragraph", "Konec."))
    assert _items(doc) == [("4", "Prodej pozemku"), ("5", "Různé"), ("5", "Diskuse"), ("6", "Závěr")]


@pytest.mark.parametrize(
    ("first", "presenters"),
    [
        ("Starosta: Předkládám návrh rozpočtového opatření č. 2/2021.", ("Jan Novák",)),
        ("Ing. Eva Malá: Předkládám návrh smlouvy o dílo.", ("Eva Malá",)),
        ("Ing. Eva Malá: Mám dotaz k rozpočtu.", ()),
    ],
)
def test_first_speaker_presents_in_the_first_person(first: str, presenters: tuple[str, ...]) -> None:
    doc = _doc(("paragraph", "Předsedající: Ing. Jan Novák, starosta"), ("heading", "1. Rozpočet"),
               ("paragraph", first), ("paragraph", "Petr Černý: Souhlasím."), ("heading", "2. Různé"),
               ("paragraph", "-"))
    assert extract_agenda(doc, "cs")[0].presenters == presenters


@pytest.mark.parametrize(
    ("heading", "body", "title", "presenters"),
    [
        ("1. Rozpočet (předkládá starosta)", "Bez diskuse.", "Rozpočet", ("Jan Novák",)),
        ("1. Rozpočet – starosta", "Bez diskuse.", "Rozpočet", ("Jan Novák",)),
        ("1. Rozpočet", "Předkladatel: starosta", "Rozpočet", ("Jan Novák",)),
        ("1. Rozpočet", "Bod uvedl starosta.", "Rozpočet", ("Jan Novák",)),
        ("1. Rozpočet", "Materiál předložila účetní Marta Jelínková.", "Rozpočet", ("Marta Jelínková",)),
        ("1. Rozpočet na rok 2022 – návrh", "Bez diskuse.", "Rozpočet na rok 2022 – návrh", ()),
    ],
)
def test_presenter_as_role_in_the_title_label_or_after_the_verb(heading: str, body: str, title: str,
                                                                 presenters: tuple[str, ...]) -> None:
    doc = _doc(("paragraph", "Předsedající: Ing. Jan Novák, starosta"), ("heading", heading), ("paragraph", body),
               ("heading", "2. Různé"), ("paragraph", "-"))
    item = extract_agenda(doc, "cs")[0]
    assert (item.title, item.presenters) == (title, presenters)


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        ([("paragraph", "Program:"), ("list_item", "Zahájení", "1."), ("list_item", "Rozpočet obce", "2."),
          ("paragraph", "Ad 1)"), ("paragraph", "Zasedání zahájil starosta."),
          ("paragraph", "Ad 2)"), ("paragraph", "Rozpočet byl schválen.")],
         [("1", "Zahájení"), ("2", "Rozpočet obce")]),
        ([("paragraph", "K bodu 1:"), ("paragraph", "Zahájení"), ("paragraph", "Zasedání zahájil starosta."),
          ("paragraph", "K bodu 2:"), ("paragraph", "Rozpočet obce"), ("paragraph", "Rozpočet byl schválen.")],
         [("1", "Zahájení"), ("2", "Rozpočet obce")]),
    ],
)
def test_bare_item_prefix_takes_its_title_from_the_programme_or_the_next_line(blocks, expected) -> None:
    assert _items(_doc(*blocks)) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Finance report (RFO)", ("Finance report", "RFO")),
        ("Budget (Cllr Tom Ward)", ("Budget", "Cllr Tom Ward")),
        ("Rozpočet – starosta", ("Rozpočet", "starosta")),
        ("Playground (phase 2)", ("Playground (phase 2)", "")),
        ("Smart City (Brno)", ("Smart City (Brno)", "")),
        # a presenter label after a dash or in parentheses, a titled Czech name, a lead's initials
        ("Rozpočet – předkládá Ing. Novák", ("Rozpočet", "Ing. Novák")),
        ("Rozpočet (předkladatelka: místostarostka)", ("Rozpočet", "místostarostka")),
        ("Rozpočet (zpravodaj Mgr. Kos)", ("Rozpočet", "Mgr. Kos")),
        ("Dotace – zpravodajka: Ing. Malá", ("Dotace", "Ing. Malá")),
        ("Rozpočet (Ing. Novák)", ("Rozpočet", "Ing. Novák")),
        ("Quality report – Presenter: Jane Doe", ("Quality report", "Jane Doe")),
        ("Quality report (presented by Jane Doe)", ("Quality report", "Jane Doe")),
        ("Quality report (JD)", ("Quality report", "JD")),
        ("Quality report (HV / ID)", ("Quality report", "HV / ID")),
        # initials that spell the title's own words abbreviate it; a plain phrase is part of the title
        ("Integrated Performance Report (IPR)", ("Integrated Performance Report (IPR)", "")),
        ("Board Assurance Framework (BAF)", ("Board Assurance Framework (BAF)", "")),
        ("Územní plán (změna č. 3)", ("Územní plán (změna č. 3)", "")),
        ("Supply chain (lead times)", ("Supply chain (lead times)", "")),
        ("Procurement – lead times for steel", ("Procurement – lead times for steel", "")),
    ],
)
def test_split_title_with_a_role_or_name_in_parentheses(title: str, expected: tuple[str, str]) -> None:
    assert split_title(title) == expected


def _presenters(lang: str, *blocks: tuple[str, str]) -> list[tuple[str, ...]]:
    return [i.presenters for i in extract_agenda(_doc(*blocks), lang)]


def test_resolution_sections_and_their_points_are_not_items() -> None:
    doc = _doc(("heading", "Usnesení z 2. zasedání Zastupitelstva obce Horní Lhotka"),
               ("heading", "I. schvaluje"), ("paragraph", "1. program 2. zasedání,"),
               ("paragraph", "2. rozpočet obce na rok 2024,"), ("heading", "II. bere na vědomí"),
               ("paragraph", "1. zprávu kontrolního výboru."), ("heading", "III. pověřuje"),
               ("paragraph", "1. starostu podpisem smlouvy."))
    assert _items(doc) == []


def test_heading_may_end_with_an_abbreviation() -> None:
    doc = _doc(("heading", "1. Zahájení"), ("paragraph", "Text."),
               ("heading", "2. Smlouva o dílo – STAVBY Novák, s. r. o."), ("paragraph", "Text."),
               ("heading", "3. Závěr"), ("paragraph", "Text."))
    assert [n for n, _ in _items(doc)] == ["1", "2", "3"]


def test_role_alias_opening_and_closing_items() -> None:
    presenters = _presenters(
        "cs",
        ("heading", "1. Zahájení"),
        ("paragraph", "Zasedání bylo zahájeno v 18:00 hod. starostou obce Ing. Janem Hrubým (dále jen "
                      "„předsedající“). Předsedající přivítal přítomné."),
        ("heading", "2. Schválení programu"), ("paragraph", "Předsedající seznámil přítomné s návrhem programu."),
        ("heading", "3. Závěr"), ("paragraph", "Starosta poděkoval za účast a zasedání ukončil ve 20:05 hod."),
        ("paragraph", "Starosta obce: Ing. Jan Hrubý"))
    assert presenters == [("Jan Hrubý",), ("Jan Hrubý",), ("Jan Hrubý",)]


@pytest.mark.parametrize(
    ("body", "presenters"),
    [
        ("Velitel jednotky p. Karel Sýkora vysvětlil, že čerpadlo je poškozené.", ("Karel Sýkora",)),
        ("Předsedkyně finanční komise Ing. Jana Bílá informovala o výsledku kontroly.", ("Jana Bílá",)),
        ("Pan Josef Dub, bytem Horní Lhotka 5, požádal o koupi části pozemku.", ()),
        ("Starosta: Cesta ke hřbitovu je v havarijním stavu, oprava vyjde na 400 tis. Kč.", ("Jan Hrubý",)),
    ],
)
def test_czech_presenter_conventions(body: str, presenters: tuple[str, ...]) -> None:
    (first, _) = _presenters("cs", ("heading", "4. Oprava komunikace"), ("paragraph", body),
                             ("heading", "5. Různé"), ("paragraph", "Starosta obce: Ing. Jan Hrubý"))
    assert first == presenters


def test_review_item_takes_its_presenter_from_its_first_block_only() -> None:
    presenters = _presenters(
        "cs", ("heading", "3. Kontrola usnesení"), ("paragraph", "Starosta informoval o plnění usnesení:"),
        ("list_item", "Usn. č. 2/4 – splněno."), ("paragraph", "Mgr. Eva Malá informovala, že výzva byla odeslána."),
        ("heading", "4. Kontrola plnění úkolů"), ("list_item", "Úkol č. 5 – splněno."),
        ("paragraph", "Mgr. Petr Kos informoval, že seminář proběhl."),
        ("paragraph", "Starosta obce: Ing. Jan Hrubý"))
    assert presenters == [("Jan Hrubý",), ()]


def test_english_officers_reports_and_answers() -> None:
    presenters = _presenters(
        "en",
        ("paragraph", "In attendance: Mrs Ann Lowe (Town Clerk and RFO) and Mr Tom Hart (Deputy Clerk)."),
        ("heading", "10. Budget"), ("paragraph", "The Clerk presented the draft budget for 2026/27."),
        ("heading", "11. Play area"), ("paragraph", "The Deputy Clerk reported that the swings had been repaired."),
        ("heading", "12. Finance report"),
        ("paragraph", "The committee received the report. Cllr Ross asked why hire income was down. "
                      "The Clerk explained that a regular hirer had left."),
        ("heading", "13. Grant application – Hillside Bowls Club"), ("paragraph", "Members considered the bid."))
    assert presenters == [("Ann Lowe",), ("Tom Hart",), (), ()]


def test_officers_report_title_names_its_presenter() -> None:
    presenters = _presenters(
        "en", ("paragraph", "Staff present: Ruth Amble, Licensing Administrator; Lt. Sam Ore, Police Department"),
        ("heading", "6. Licensing Administrator's Report"), ("list_item", "Renewals: all notices were sent."))
    assert presenters == [("Ruth Amble",)]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Grant application – Hillside Bowls Club", ("Grant application – Hillside Bowls Club", "")),
        ("Rozpočet – Ing. Jan Novák", ("Rozpočet", "Ing. Jan Novák")),
    ],
)
def test_split_title_tail_must_be_people(title: str, expected: tuple[str, str]) -> None:
    assert split_title(title) == expected


def test_officer_named_in_the_previous_minutes_of_the_folder(tmp_path) -> None:
    from minutes_nlp.loaders import load

    (tmp_path / "zapis-01.md").write_text(
        "# Zápis z 1. zasedání\n\nPřítomni: Jan Hrubý, Eva Malá, Petr Kos\n\n## 1. Zahájení\n\n"
        "Zasedání zahájil starosta Ing. Jan Hrubý. Místostarostka Mgr. Eva Malá přivítala hosty.\n", encoding="utf-8")
    (tmp_path / "zapis-02.md").write_text(
        "# Zápis z 2. zasedání\n\nPřítomni: Jan Hrubý, Eva Malá, Petr Kos\n\n## 1. Dětské hřiště\n\n"
        "Místostarostka představila tři nabídky herních prvků.\n", encoding="utf-8")
    (item,) = extract_agenda(load(tmp_path / "zapis-02.md"), "cs")
    assert item.presenters == ("Eva Malá",)


def test_run_in_items_with_a_lead_in_to_their_list() -> None:
    doc = _doc(("paragraph", "Apologies. Cllr Tanner sent apologies; these were accepted.", "1."),
               ("paragraph", "Minutes. The minutes of the last meeting were approved.", "2."),
               ("paragraph", "Matters arising. The following updates were received on earlier actions:", "3."),
               ("list_item", "Bench: the third quote is still awaited.", "•"),
               ("paragraph", "Planning. The following applications were considered:", "4."),
               ("list_item", "23/00188/HOU, 4 Mill Lane: no objection.", "•"),
               ("paragraph", "Date of next meeting. Monday 17th April 2023 at 7.30pm.", "5."))
    assert _items(doc, "en") == [("1", "Apologies"), ("2", "Minutes"), ("3", "Matters arising"), ("4", "Planning"),
                                 ("5", "Date of next meeting")]


def test_czech_officers_named_by_rank_function_or_list_entry() -> None:
    presenters = _presenters(
        "cs",
        ("paragraph", "Dále přítomni: Mgr. Jana Holá, vedoucí finančního odboru; Karel Sláma, ředitel TS"),
        ("paragraph", "Hosté: npor. Bc. David Kříž, vedoucí obvodního oddělení Policie ČR"),
        ("heading", "3. Dotace z rozpočtu města"),
        ("paragraph", "Vedoucí finančního odboru předložila žádosti o dotace."),
        ("heading", "4. Bezpečnostní situace"), ("paragraph", "Npor. Kříž informoval o vývoji trestné činnosti."),
        ("heading", "5. Zimní údržba"), ("paragraph", "Ředitel TS Karel Sláma informoval o plánu zimní údržby."))
    assert presenters == [("Jana Holá",), ("David Kříž",), ("Karel Sláma",)]


def test_english_role_with_the_name_in_brackets() -> None:
    presenters = _presenters(
        "en", ("paragraph", "Also present: the Clerk (Mrs C Hale), District Cllr G Lowe"),
        ("heading", "23/020 Clerk's report"), ("paragraph", "The Clerk reported that the streetlight was out."),
        ("heading", "23/024 Dog waste bin"), ("paragraph", "The Clerk reported that KDC would supply a bin."),
        ("paragraph", "Minutes taken by Carol Hale, Clerk."))
    assert presenters == [("Carol Hale",), ("Carol Hale",)]


def test_unnumbered_topic_headings_are_items_numbered_by_position() -> None:
    doc = _doc(("heading", "Zápis z porady vedení odboru"), ("paragraph", "Přítomni: JN, PH, LD"),
               ("heading", "Plnění úkolů z minulé porady"), ("list_item", "LD – podklady: splněno."),
               ("heading", "Brownfield – areál kasáren"), ("paragraph", "Ing. Čermák informoval o jednání."),
               ("heading", "Různé"), ("paragraph", "Bez dalších bodů."),
               ("heading", "Přehled úkolů"), ("list_item", "připravit žádost / Z: Ing. Čermák / T: 21. 4."))
    assert _items(doc) == [("1", "Plnění úkolů z minulé porady"), ("2", "Brownfield – areál kasáren"),
                           ("3", "Různé")]


def test_paragraph_numbers_do_not_hide_the_subject() -> None:
    presenters = _presenters("en", ("heading", "6. Student outcomes"),
                             ("paragraph", "6.1 Mr Kingsley presented an analysis of continuation rates."),
                             ("heading", "7. Play area"),
                             ("paragraph", "a) Bench. Cllr Tanner presented three quotes."))
    assert presenters == [("Kingsley",), ("Tanner",)]


@pytest.mark.parametrize(
    ("lang", "blocks", "presenters"),
    [
        ("en", [("paragraph", "Present: Dr Ann Bell (Chair); Mr Tom Hale, Academic Registrar"),
                ("heading", "4. Admissions"),
                ("paragraph", "4.1 The Committee RECEIVED a report from the Academic Registrar on the entry cycle.")],
         ("Tom Hale",)),
        ("en", [("paragraph", "In attendance: Ms J Pike (Head of Quality Assurance)"), ("heading", "4. Action plans"),
                ("paragraph", "4.1 The Committee CONSIDERED the plans collated by the Head of Quality Assurance.")],
         ("J Pike",)),
        ("en", [("paragraph", "Present: Dr Ann Bell (Chair); Mr Tom Hale, Deputy Clerk"), ("heading", "4. Reserves"),
                ("paragraph", "Dr Bell presented the draft policy prepared by the Deputy Clerk.")], ("Ann Bell",)),
        ("en", [("table", "Dr Ann Bell\tDean of Arts\tPresent"), ("heading", "4. Marking scale"),
                ("paragraph", "4.1 The Dean of Arts introduced a proposal for a common marking scale.")],
         ("Ann Bell",)),
        ("cs", [("paragraph", "Přítomni: Ing. Jan Dub (JD, vedoucí odboru), Ing. Lucie Hrubá (LH, referentka)"),
                ("heading", "2. Dotace"), ("list_item", "LH informovala o jednání na ministerstvu.")],
         ("Lucie Hrubá",)),
        ("cs", [("paragraph", "Přítomni: Ing. Jan Dub, Ing. Lucie Hrubá"),
                ("heading", "2. Dotace"), ("list_item", "XY informovala o jednání na ministerstvu.")], ()),
    ],
)
def test_presenters_named_after_the_verb_by_office_or_by_initials(lang: str, blocks, presenters) -> None:
    items = [i for i in extract_agenda(_doc(("heading", "Minutes" if lang == "en" else "Zápis z porady"), *blocks),
                                       lang) if i.presenters or i.title]
    assert items[-1].presenters == presenters


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        # US minutes without numbers: upper-case run-in labels and upper-case headings, lettered sub-items inside
        ([("paragraph", "CALL TO ORDER: The Chair called the meeting to order at 7:00 p.m."),
          ("paragraph", "ROLL CALL: Members present: Ann Lee, Tom Hart."),
          ("heading", "OLD BUSINESS"), ("heading", "A. Culvert repair"), ("paragraph", "Ms. Lee reported."),
          ("heading", "B. Paving"), ("paragraph", "Mr. Hart reported."),
          ("paragraph", "ADJOURNMENT: Motion to adjourn. Motion carried 3-0.")],
         [("1", "CALL TO ORDER"), ("2", "ROLL CALL"), ("3", "OLD BUSINESS"), ("4", "ADJOURNMENT")]),
        # one numbering written partly as run-in paragraphs and partly as headings
        ([("paragraph", "1. CALL TO ORDER: The Chair called the meeting to order at 7:03 p.m."),
          ("paragraph", "2. MINUTES: Motion to approve the minutes as written. Motion carried 4-0."),
          ("heading", "3. PUBLIC COMMENT:"), ("paragraph", "No one spoke."),
          ("heading", "4. NEW BUSINESS:"), ("paragraph", "A. Grant. The Board applied for a grant."),
          ("paragraph", "5. ADJOURNMENT: Adjourned at 8:27 p.m.")],
         [("1", "CALL TO ORDER"), ("2", "MINUTES"), ("3", "PUBLIC COMMENT"), ("4", "NEW BUSINESS"),
          ("5", "ADJOURNMENT")]),
        # an upper-case date line and attendance labels are not sections
        ([("paragraph", "REGULAR MEETING – TUESDAY, APRIL 22ND, 2025 – 7:00 P.M."),
          ("paragraph", "MEMBERS PRESENT: Carrow (Chair), Tuttle"), ("paragraph", "ALSO PRESENT: Ann Lee (Clerk)"),
          ("paragraph", "CALL TO ORDER: The Chair called the meeting to order."),
          ("heading", "PUBLIC COMMENT"), ("paragraph", "None."),
          ("paragraph", "ADJOURNMENT: Adjourned at 8 p.m."), ("paragraph", "Approved: Linda Carrow")],
         [("1", "CALL TO ORDER"), ("2", "PUBLIC COMMENT"), ("3", "ADJOURNMENT")]),
    ],
)
def test_us_section_labels_and_mixed_numbering(blocks, expected) -> None:
    assert _items(_doc(("heading", "Board of Selectmen"), *blocks), "en") == expected


@pytest.mark.parametrize(
    ("subs", "presenters"),
    [
        (["Ms. Ann Lee reported on the culvert.", "Ms. Ann Lee reported on the grant.",
          "Mr. Tom Hart presented the quotes."], ("Ann Lee",)),
        (["Ms. Ann Lee reported on the culvert.", "Mr. Tom Hart presented the quotes."], ()),
        (["Ms. Ann Lee reported on the culvert.", "Motion to approve. Motion carried 3-0.",
          "Motion to table. Motion carried 3-0."], ()),
    ],
)
def test_item_of_lettered_sub_items_is_presented_by_who_presents_most(subs: list[str], presenters) -> None:
    blocks: list[tuple[str, str]] = [("heading", "1. OLD BUSINESS")]
    for letter, text in zip("ABC", subs, strict=False):
        blocks += [("heading", f"{letter}. Topic {letter.lower()}"), ("paragraph", text)]
    items = extract_agenda(_doc(*blocks, ("heading", "2. ADJOURNMENT"), ("paragraph", "Adjourned.")), "en")
    assert items[0].presenters == presenters


@pytest.mark.parametrize(
    ("lang", "blocks", "presenters"),
    [
        ("en", [("paragraph", "CALL TO ORDER: Chair Linda M. Carrow called the meeting to order at 7:02 p.m."),
                ("paragraph", "PLEDGE: All rose for the Pledge.")], ("Linda M. Carrow",)),
        ("cs", [("paragraph", "Přítomni: Ing. Petr Malý (stavbyvedoucí), TDS: Ing. Eva Bílá"),
                ("heading", "1. Postup prací"), ("paragraph", "Stavbyvedoucí Ing. Malý informoval o pokládce."),
                ("heading", "2. Změny"), ("paragraph", "TDS předložil změnový list.")], None),
        ("cs", [("paragraph", "Hosté: děkan prof. PhDr. Karel Dub, CSc."),
                ("heading", "1. Zahájení"), ("paragraph", "Předsedkyně konstatovala, že senát je usnášeníschopný."),
                ("heading", "2. Informace děkana"), ("paragraph", "Děkan informoval o rozpočtu.")], None),
    ],
)
def test_presenters_by_genre_roles_and_run_in_opening(lang: str, blocks, presenters) -> None:
    got = [i.presenters for i in extract_agenda(_doc(("heading", "Zápis" if lang == "cs" else "Minutes"), *blocks),
                                                lang)]
    if lang == "en":
        assert got[0] == presenters
    elif "Malý" in blocks[0][1]:
        assert got == [("Petr Malý",), ("Eva Bílá",)]
    else:
        assert got[1] == ("Karel Dub",)
