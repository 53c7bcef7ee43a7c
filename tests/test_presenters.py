"""Presenters: openers named by initials or by a role in a remark, first names written out, one opener."""

from __future__ import annotations

from pathlib import Path

import pytest
from docbuild import blocks_doc as _doc

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract.agenda import extract_agenda
from minutes_nlp.extract.names import given_names_in_use
from minutes_nlp.extract.presenter_names import full_name
from minutes_nlp.loaders import load


def _opening(header: str, body: str):
    return _doc(("paragraph", header), ("heading", "1. Welcome and apologies"), ("paragraph", body),
                ("heading", "2. AOB"), ("paragraph", "None."))


@pytest.mark.parametrize(("header", "body", "presenters"), [
    ("Present: Ann Lee (AL), Tom Ward (TW)", "AL welcomed everyone and noted apologies.", ("Ann Lee",)),
    ("Present: Ann Lee (AL), Tom Ward (TW)", "AL opened the meeting at 10:00 and welcomed Tom Ward.", ("Ann Lee",)),
    ("Present: Ann Lee (AL), Tom Ward (TW)", "TW chaired in AL's absence.", ("Tom Ward",)),
    ("Present: Ann Lee (Director, Chair), Tom Ward", "The Chair welcomed Tom Ward to his first meeting.",
     ("Ann Lee",)),
])
def test_who_opened_the_meeting(header: str, body: str, presenters: tuple[str, ...]) -> None:
    assert extract_agenda(_opening(header, body), "en")[0].presenters == presenters


def test_role_in_the_remark_of_a_table_row() -> None:
    builder = DocumentBuilder(Source("x.docx", "0", "docx"))
    builder.add_table([["Name", "Organisation", "Role"], ["Ann Lee", "City Council", "Director (Chair)"],
                       ["Tom Ward", "City Council", "Finance Lead"]])
    for kind, text in (("heading", "1. Welcome"), ("paragraph", "The Chair welcomed Tom Ward."),
                       ("heading", "2. AOB"), ("paragraph", "None.")):
        builder.add(BlockKind(kind), text)
    assert extract_agenda(builder.build(), "en")[0].presenters == ("Ann Lee",)


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("Sam", "Present: Sam Whitby (Project Manager), Ann Lee. Sam presented the change.", "Sam Whitby"),
    ("Sam", "Present: Sam Whitby, Sam Jones. Sam presented the change.", "Sam"),  # two people: as written
    ("Lena", "Guests: Lena (Hartwell Analytics). Lena presented.", "Lena"),  # no surname written anywhere
    ("Whitby", "Present: Sam Whitby. Whitby presented.", "Sam Whitby"),
])
def test_first_name_alone_written_out(name: str, text: str, expected: str) -> None:
    assert full_name(name, text, frozenset({"sam", "ann", "lena"})) == expected


@pytest.mark.parametrize(("entry", "presenters"), [
    ("Delivery update (TW / AL)", ("Tom Ward", "Ann Lee")),
    ("Delivery update (TW)", ("Tom Ward",)),
    ("Delivery update (TW / XY)", ()),  # initials nobody is known by: nobody guessed
    ("Delivery update (Sam (PM))", ("Sam Hale",)),
])
def test_presenters_from_the_agenda_list_at_the_top(entry: str, presenters: tuple[str, ...]) -> None:
    doc = _doc(("paragraph", "Present: Ann Lee (AL), Tom Ward (TW), Sam Hale"), ("paragraph", "Agenda"),
               ("list_item", "Welcome"), ("list_item", entry),
               ("heading", "1. Welcome"), ("paragraph", "Introductions were made."),
               ("heading", "2. Delivery update"), ("paragraph", "The release is on track."))
    assert extract_agenda(doc, "en")[1].presenters == presenters


@pytest.mark.parametrize(("blocks", "presenters"), [
    ((("paragraph", "Přítomni: Ing. Jana Malá, předsedkyně; Petr Kos"),
      ("paragraph", "Jednání zahájila a řídila předsedkyně výboru Ing. Malá."),
      ("heading", "1. Zahájení a schválení programu"), ("paragraph", "Program byl schválen.")), ("Jana Malá",)),
    ((("paragraph", "Přítomni: Ing. Jana Malá, předsedkyně; Petr Kos"),
      ("heading", "1. Zahájení a schválení programu"),
      ("paragraph", "Předsedkyně přednesla návrh programu, který byl schválen.")), ("Jana Malá",)),
    ((("paragraph", "Přítomni: Ing. Jana Malá, předsedkyně; Petr Kos"),
      ("heading", "1. Zahájení a schválení programu"), ("paragraph", "Program byl schválen.")), ()),
])
def test_opening_item_presented_by_who_opened_or_presented(blocks: tuple, presenters: tuple[str, ...]) -> None:
    doc = _doc(*blocks, ("heading", "2. Různé"), ("paragraph", "Nic."))
    assert extract_agenda(doc, "cs")[0].presenters == presenters


@pytest.mark.parametrize(("body", "presenters"), [
    ("Tajemník MěÚ představil harmonogram přípravy rozpočtu.", ("Pavel Beneš",)),
    ("Tajemník OÚ představil harmonogram přípravy rozpočtu.", ("Pavel Beneš",)),
    ("MěÚ představil harmonogram přípravy rozpočtu.", ()),  # an office's abbreviation is nobody
])
def test_role_with_the_office_abbreviation(body: str, presenters: tuple[str, ...]) -> None:
    doc = _doc(("paragraph", "Host: Mgr. Pavel Beneš – tajemník MěÚ"), ("heading", "1. Rozpočet"),
               ("paragraph", body), ("heading", "2. Různé"), ("paragraph", "Nic."))
    assert extract_agenda(doc, "cs")[0].presenters == presenters


def _item(header: str, body: str, lang: str = "en"):
    title = "1. Finance report" if lang == "en" else "1. Rozpočet"
    return extract_agenda(_doc(("paragraph", header), ("heading", title), ("paragraph", body),
                               ("heading", "2. AOB" if lang == "en" else "2. Různé"), ("paragraph", "None.")),
                          lang)[0].presenters


@pytest.mark.parametrize(("header", "body", "presenters"), [
    ("In attendance: Nadia Folkes (Chief Financial Officer), Ivor Dane (Company Secretary)",
     "The CFO presented the management accounts to 31 January.", ("Nadia Folkes",)),
    ("In attendance: Nadia Folkes (Chief Financial Officer), Ivor Dane (Company Secretary)",
     "The Company Secretary reported that the annual return was filed.", ("Ivor Dane",)),
    ("In attendance: Helen Venn (HV) – School Business Manager (SBM); Ed Tully (ET) – Deputy Headteacher",
     "The SBM presented the month 6 budget monitoring report.", ("Helen Venn",)),
    ("Present: Carys Moon (Headteacher), Ed Tully", "The Headteacher presented her report.", ("Carys Moon",)),
    ("Present: Ann Lee (AL), Tom Ward (TW)", "TW gave a short verbal update on the budget.", ("Tom Ward",)),
    ("Present: Ann Lee (Chair), Tom Ward", "The Chair welcomed members and noted the budget position.", ("Ann Lee",)),
])
def test_officers_named_by_their_role_or_initials(header: str, body: str, presenters: tuple[str, ...]) -> None:
    assert _item(header, body) == presenters


def test_a_role_written_out_is_not_its_holders_name() -> None:
    header = "In attendance: Rhoda Venn (RV) – School Business Manager (SBM)"
    assert "Business Manager" not in _item(header, "The SBM said the report was noted. Members discussed it.")


@pytest.mark.parametrize(("header", "body", "presenters"), [
    ("Přítomni: Ing. Jan Hořejš, předseda spolku, Eva Malá", "Předseda spolku informoval o hospodaření.",
     ("Jan Hořejš",)),
    ("Přítomni: Mgr. Iva Kubů, předsedkyně svazku, Eva Malá", "Předsedkyně svazku seznámila delegáty s rozpočtem.",
     ("Iva Kubů",)),
])
def test_czech_chair_of_the_body_named_by_role(header: str, body: str, presenters: tuple[str, ...]) -> None:
    assert _item(header, body, "cs") == presenters


@pytest.mark.parametrize(("lang", "header", "body"), [
    ("cs", "Přítomni: Ing. Jan Hořejš, Eva Malá, Petr Kos", "Ing. Hořejš představil rozpočet. Petr Kos doplnil, že"),
    ("en", "Present: Ann Lee, Tom Ward, Eve Hart", "Ann Lee presented the budget. Tom Ward added that it was low."),
    ("en", "Present: Ann Lee, Tom Ward, Eve Hart", "Ann Lee presented the budget. Tom Ward confirmed the figures."),
])
def test_who_adds_or_confirms_is_no_presenter(lang: str, header: str, body: str) -> None:
    # the corpus convention: "doplnil", "added" and "confirmed" mark a second speaker, not who presented
    assert len(_item(header, body, lang)) == 1


@pytest.mark.parametrize(("header", "body", "presenters"), [
    ("Za představenstvo: Ing. Radim Kos – ředitel; Ing. Eva Malá – finanční ředitelka",
     "Finanční ředitelka předložila účetní závěrku.", ("Eva Malá",)),
    ("Host: Ing. Jiří Mates, technický ředitel", "Technický ředitel Ing. Mates představil investiční plán.",
     ("Jiří Mates",)),
])
def test_czech_office_with_a_qualifying_adjective(header: str, body: str, presenters: tuple[str, ...]) -> None:
    assert _item(header, body, "cs") == presenters


def test_role_stated_in_a_later_cell_of_the_persons_row() -> None:
    builder = DocumentBuilder(Source("x.docx", "0", "docx"))
    builder.add_table([["Name", "Partner", "Role"],
                       ["Ann Lee", "University of Tarnwick (UTW)", "Coordinator, WP1 lead"],
                       ["Tom Ward", "Helvor Systems GmbH (HELV)", "WP3 lead"]])
    for kind, text in (("heading", "1. Project overview"), ("paragraph", "The coordinator presented the budget."),
                       ("heading", "2. AOB"), ("paragraph", "None.")):
        builder.add(BlockKind(kind), text)
    assert extract_agenda(builder.build(), "en")[0].presenters == ("Ann Lee",)


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("Tom", "Chair: Tom Brannigan. | 2.4 | Report | Tom\tDropped |. Tom reported.", "Tom Brannigan"),  # a cell
    ("Pieter", "SVN: Pieter de Ruyter. Pieter presented the living labs.", "Pieter de Ruyter"),
])
def test_first_name_written_out_past_cells_and_particles(name: str, text: str, expected: str) -> None:
    assert full_name(name, text, frozenset({"tom", "pieter"})) == expected


def test_given_name_no_gazetteer_knows_used_as_a_subject() -> None:
    header = "Online: KSA: Mikko Aaltonen (WP4 lead); HELV: Tom Ward"
    assert _item(header, "Mikko presented the architecture of the data platform.") == ("Mikko Aaltonen",)
    # a word also written in lower case is an ordinary word at a sentence start
    assert given_names_in_use("Data Platform. Data were loaded into the data store.") == frozenset()


@pytest.mark.parametrize(("lang", "header", "body", "presenters"), [
    ("cs", "Přítomni: Mgr. Jan Hořejš, předseda, Dana Fialová", "Ekonomka školy paní Fialová představila rozpočet.",
     ("Dana Fialová",)),
    ("cs", "Přítomni: Mgr. Jan Hořejš, předseda, Dana Fialová",
     "K dotazu paní Fialové z minulého zasedání Mgr. Hořejš sdělil, že dotace přišla.", ()),  # not the asker
    ("cs", "Přítomni: Mgr. Jan Hořejš, předseda, Dana Fialová", "Předseda provedl kontrolu úkolů z minulého zasedání.",
     ("Jan Hořejš",)),
])
def test_subject_described_before_an_honorific_or_checking_tasks(lang: str, header: str, body: str,
                                                                 presenters: tuple[str, ...]) -> None:
    assert _item(header, body, lang) == presenters


def test_walking_the_board_through_the_actions_presents_a_minutes_item() -> None:
    doc = _doc(("paragraph", "In attendance: Matt Green (Company Secretary)"),
               ("heading", "1. Minutes and action tracker"),
               ("paragraph", "The minutes were APPROVED. The Company Secretary took the Board through the tracker:"),
               ("heading", "2. AOB"), ("paragraph", "None."))
    assert extract_agenda(doc, "en")[0].presenters == ("Matt Green",)


def test_office_named_as_an_object_resolved_from_the_earlier_meeting_text() -> None:
    header = "Present: Mr G Tillotson, Academic Registrar; Ms A Greaves"
    assert _item(header, "The Committee RECEIVED a report from the Academic Registrar on admissions.") == (
        "G Tillotson",)


def test_item_opened_by_a_colleagues_initials_in_terse_notes() -> None:
    doc = _doc(("paragraph", "Přítomni: Bc. Martin Marek (MM), Ing. Lucie Dvořáková (LD)"),
               ("heading", "Strategie kraje"), ("list_item", "MM: analytická část je hotová zhruba z 80 %."),
               ("list_item", "LD: audit bude v dubnu."), ("heading", "Různé"), ("paragraph", "Nic."))
    assert extract_agenda(doc, "cs")[0].presenters == ("Martin Marek",)


@pytest.mark.parametrize(("header", "body", "presenters"), [
    ("Present: Helen White (Chair), Richard Oak (Vice-Chair); Geoffrey Tull, Chair of the Audit Committee",
     "The Chair welcomed directors.", ("Helen White",)),  # "Vice-Chair", "Chair of the ..." are other offices
    ("Present: Helen White, Richard Oak", "The Chair opened the meeting. She welcomed Mr Kieran Nash.",
     ()),  # the welcomed guest after the verb is no opener in English; the chair is unknown here
])
def test_chair_among_other_chairs(header: str, body: str, presenters: tuple[str, ...]) -> None:
    doc = _doc(("paragraph", header), ("heading", "1. Welcome and apologies"), ("paragraph", body),
               ("heading", "2. AOB"), ("paragraph", "None."))
    assert extract_agenda(doc, "en")[0].presenters == presenters


def test_chair_in_a_table_cell_after_a_dash() -> None:
    builder = DocumentBuilder(Source("x.docx", "0", "docx"))
    builder.add_table([["Name", "Category", "Attendance"], ["Helen Marsden (HM)", "Co-opted – Chair", "Present"],
                       ["Joan Tilley (JT)", "Foundation – Vice Chair", "Present"]])
    for kind, text in (("heading", "1. Welcome"), ("paragraph", "The Chair opened the meeting at 6.00pm."),
                       ("heading", "2. AOB"), ("paragraph", "None.")):
        builder.add(BlockKind(kind), text)
    assert extract_agenda(builder.build(), "en")[0].presenters == ("Helen Marsden",)


def test_office_remembered_for_the_recorder_from_the_earlier_minutes() -> None:
    # cs-svazek-01 writes "Zapisovatelka: Marta Šindelářová, účetní svazku"; cs-svazek-04 lists her only as
    # the recorder and writes "Účetní svazku předložila návrh rozpočtu"
    doc = load(Path(__file__).parent.parent / "corpus" / "docs" / "cs-svazek" / "cs-svazek-04.docx")
    items = {i.number: i.presenters for i in extract_agenda(doc, "cs")}
    assert items["3"] == ("Marta Šindelářová",)


def _one_item(lang: str, header: str, title: str, body: str):
    close = "9. Závěr" if lang == "cs" else "9. Close"
    return _doc(("paragraph", header), ("heading", title), ("paragraph", body), ("heading", close),
                ("paragraph", "—"))


@pytest.mark.parametrize(("lang", "header", "title", "body", "presenters"), [
    # opening items of Australian, New Zealand and North American minutes are the opener's
    ("en", "Present: Ann Lee (Chair), Tom Ward", "1. Acknowledgement of Country",
     "The Chair opened the meeting at 2.00pm and acknowledged the Traditional Owners.", ("Ann Lee",)),
    ("en", "Present: Ann Lee (Chair), Tom Ward", "1. Land acknowledgement",
     "The Chair called the meeting to order and read the land acknowledgement.", ("Ann Lee",)),
    ("en", "Present: Ann Lee (Chair), Tom Ward", "1. Karakia", "Tom Ward opened the meeting with a karakia.",
     ("Tom Ward",)),
    # coordinated initials as the subject
    ("en", "Present: Ann Lee (AL), Tom Ward (TW), Kay Poe (KP)", "4. Audit strategy",
     "AL and TW presented the audit strategy for the year.", ("Ann Lee", "Tom Ward")),
    # a passive presenting verb has no presenter
    ("en", "Present: Ann Lee, Tom Ward", "4. Cash handling",
     "Ann Lee presented the review. Tom Ward noted that little cash is handled since card payments were "
     "introduced.", ("Ann Lee",)),
    ("en", "Present: Ann Lee (Chair), Tom Ward", "4. Biannual report", "The Chair tabled the draft biannual report.",
     ("Ann Lee",)),
    # a one-word description and an academic title before the name: the name is the subject
    ("cs", "Přítomni: Mgr. Jana Malá, Ing. Petr Dub", "1. Úvod a kontrola úkolů",
     "Koordinátorka Mgr. Jana Malá přivítala přítomné.", ("Jana Malá",)),
    ("cs", "Přítomni: Mgr. Jana Malá, Ing. Petr Dub", "4. Rozpočet",
     "Podle Mgr. Malé byl rozpočet projednán. Ing. Dub přiblížil návrh rozpočtu.", ("Petr Dub",)),
    # an officer named by role alone, tied to one person by the attendance list
    ("cs", "Přítomni: Mgr. Jana Malá – koordinátorka, Ing. Petr Dub", "4. Katalog služeb",
     "Koordinátorka informovala, že katalog je zastaralý.", ("Jana Malá",)),
    ("cs", "Přítomni: Ing. Eva Horká – manažerka MAS, Ing. Petr Dub", "4. Výzvy",
     "Manažerka seznámila členy s harmonogramem výzev.", ("Eva Horká",)),
])
def test_presenter_forms(lang: str, header: str, title: str, body: str, presenters: tuple[str, ...]) -> None:
    assert extract_agenda(_one_item(lang, header, title, body), lang)[0].presenters == presenters


@pytest.mark.parametrize(("body", "presenters"), [
    (["Ing. Petr Dub připomněl, že katalog služeb byl naposledy vydán v roce 2022.", "Členové diskutovali."],
     ("Petr Dub",)),  # a remark opening the item presents it
    (["Mgr. Jana Malá informovala o přípravě katalogu.", "Ing. Petr Dub připomněl, že tisk je drahý."],
     ("Jana Malá",)),  # the same remark later in the item is a discussant's
])
def test_remark_verbs_present_only_when_they_open_the_item(body: list[str], presenters: tuple[str, ...]) -> None:
    doc = _doc(("paragraph", "Přítomni: Mgr. Jana Malá, Ing. Petr Dub"), ("heading", "4. Katalog služeb"),
               *[("paragraph", p) for p in body], ("heading", "5. Různé"), ("paragraph", "Nic."))
    assert extract_agenda(doc, "cs")[0].presenters == presenters


@pytest.mark.parametrize(("lang", "body", "presenters"), [
    ("en", ["Ann Lee presented the register.", "Case 14: Tom Ward reported that the inspection was done."],
     ("Ann Lee",)),
    ("en", ["Fleet review: Tom Ward reported that the report is delayed."], ()),
    ("cs", ["Mgr. Jana Malá informovala o plnění.", "Úkol 3/2: Ing. Petr Dub informoval, že je splněno."],
     ("Jana Malá",)),
])
def test_status_lines_under_a_run_in_label_present_nothing(lang: str, body: list[str],
                                                             presenters: tuple[str, ...]) -> None:
    header = "Přítomni: Mgr. Jana Malá, Ing. Petr Dub" if lang == "cs" else "Present: Ann Lee, Tom Ward"
    doc = _doc(("paragraph", header), ("heading", "4. Kontrola úkolů" if lang == "cs" else "4. Actions register"),
               *[("paragraph", p) for p in body], ("heading", "5. Různé" if lang == "cs" else "5. AOB"),
               ("paragraph", "—"))
    assert extract_agenda(doc, lang)[0].presenters == presenters


def _cs_item(body: str):
    return _doc(("paragraph", "Přítomni: Ing. Jana Malá (předsedkyně), Mgr. Petr Kos, Ing. Eva Horká"),
                ("heading", "1. Zahájení"), ("paragraph", "Předsedkyně zahájila jednání."),
                ("heading", "2. Dotační program"), ("paragraph", body), ("heading", "3. Různé"), ("paragraph", "Nic."))


@pytest.mark.parametrize(("body", "presenters"), [
    # the subject after the verb and whom it addresses; an object noun with the verb as the cue
    ("S pravidly programu seznámila přítomné Ing. Horká.", ("Eva Horká",)),
    ("S pravidly programu seznámila členy výboru Ing. Horká.", ("Eva Horká",)),
    ("Se zprávou seznámil zastupitele Mgr. Kos.", ("Petr Kos",)),
    ("Podrobnou informaci podala Ing. Horká.", ("Eva Horká",)),
    ("Zprávu podal Mgr. Kos.", ("Petr Kos",)),
    ("Výklad podala předsedkyně.", ("Jana Malá",)),
    # a plural presenter label
    ("Předkladatelé: Ing. Horká, Mgr. Kos", ("Eva Horká", "Petr Kos")),
    ("Zpravodajové: Ing. Horká a Mgr. Kos", ("Eva Horká", "Petr Kos")),
])
def test_czech_subject_after_the_verb_and_plural_labels(body: str, presenters: tuple[str, ...]) -> None:
    assert extract_agenda(_cs_item(body), "cs")[1].presenters == presenters


def _board(table: list[str], body: str):
    rows = [tuple(c.strip() for c in r.strip("|").split("|")) for r in table]
    return _doc(("paragraph", "Present: Ann Lee (Chair), Raj Patel (Medical Director), Kim Moss (Chief Operating "
                              "Officer), Joe Hale (Director of Finance)"), ("table", [list(r) for r in rows]),
                ("heading", "1. Welcome"), ("paragraph", "The Chair welcomed members."),
                ("heading", "2. Operational performance"), ("paragraph", body),
                ("heading", "3. Any other business"), ("paragraph", "None."))


@pytest.mark.parametrize(("table", "body", "presenters"), [
    # the presenter column of an agenda table, a role resolved through the attendance list
    (["| No. | Item | Lead |", "| 1 | Welcome | Chair |", "| 2 | Operational performance | Chief Operating Officer |"],
     "The Board noted the report.", ("Kim Moss",)),
    (["| Item | Title | Presented by |", "| 2 | Operational performance | Joe Hale |"], "Noted.", ("Joe Hale",)),
    # a role as the subject, not its last word as a surname
    (["| Item | Title |", "| 2 | Operational performance |"], "The Medical Director presented the report.",
     ("Raj Patel",)),
    (["| Item | Title |", "| 2 | Operational performance |"], "The Chief Operating Officer presented the report.",
     ("Kim Moss",)),
])
def test_agenda_table_presenter_column_and_board_roles(table: list[str], body: str,
                                                       presenters: tuple[str, ...]) -> None:
    assert extract_agenda(_board(table, body), "en")[1].presenters == presenters


def _council(heading: str, body: str):
    return _doc(("paragraph", "Present: Councillor Mary Okoro (Chair), Councillor Dan Lévesque, Councillor Priya Shah"),
                ("paragraph", "Staff: A. Varga, Director of Planning and Development Services; C. Moore, Clerk"),
                ("heading", "1. Call to Order"), ("paragraph", "The Chair called the meeting to order at 7:00 p.m."),
                ("heading", heading), ("paragraph", body), ("heading", "9. Adjournment"), ("paragraph", "8:10 p.m."))


@pytest.mark.parametrize(("heading", "body", "presenters"), [
    # an acknowledgement or a prayer is presented by who reads or gives it, not by who opened the meeting
    ("2. Land Acknowledgement", "Councillor Dan Lévesque read the land acknowledgement.", ("Dan Lévesque",)),
    ("2. Opening Prayer", "Councillor Priya Shah led the opening prayer.", ("Priya Shah",)),
    ("2. Land Acknowledgement", "The land acknowledgement was read.", ("Mary Okoro",)),
    # a delegation titled by its speaker and whom they represent
    ("5. Arthur Bell, Lakeside Ratepayers' Association – Speed limits", "Mr. Bell asked for lower limits.",
     ("Arthur Bell",)),
    ("5. Mill Lane, resurfacing", "Members discussed the works.", ()),
    # a long office with its "of" complement
    ("6. Parkland dedication", "The Director of Planning and Development Services reported on the appraisal.",
     ("A. Varga",)),
])
def test_council_presenters(heading: str, body: str, presenters: tuple[str, ...]) -> None:
    items = extract_agenda(_council(heading, body), "en")
    assert items[1].presenters == presenters


@pytest.mark.parametrize(("label", "presenters"), [
    ("Executive lead: Medical Director", ("Raj Patel",)),
    ("Lead director: Chief Operating Officer", ("Kim Moss",)),
    ("Executive sponsor: Director of Finance", ("Joe Hale",)),
    ("Presenter: Medical Director", ("Raj Patel",)),
])
def test_a_presenter_label_with_a_board_role(label: str, presenters: tuple[str, ...]) -> None:
    doc = _board(["| Item | Title |", "| 2 | Operational performance |"], f"{label}")
    assert extract_agenda(doc, "en")[1].presenters == presenters
