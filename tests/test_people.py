"""People: titles, initials, roles, first names, declension in context, clustering and affiliations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docbuild import paragraphs_doc as _doc

from minutes_nlp.document import BlockKind, DocumentBuilder, Source
from minutes_nlp.extract import fullnames
from minutes_nlp.extract.attendance_lists import strip_remarks
from minutes_nlp.extract.entities import Entities, extract_entities
from minutes_nlp.extract.metadata import extract_meeting
from minutes_nlp.extract.names import clean_person, split_people
from minutes_nlp.extract.result import MeetingInfo, Method, Person
from minutes_nlp.loaders import load
from minutes_nlp.textutil import fold


def _found(lang: str, *paragraphs: str, meeting: MeetingInfo = MeetingInfo()) -> Entities:
    return extract_entities(_doc(*paragraphs), lang, meeting, ())


def _people(lang: str, *paragraphs: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.affiliation, p.role) for p in _found(lang, *paragraphs).people}


@pytest.mark.parametrize(("paragraphs", "names"), [
    (["Ing. Jana Horáková, ředitelka odboru strategie MŽP, zahájila jednání.",
      "Na dotaz J. Horákové odpověděl p. Beneš.", "Konzultace s ŘO Horákovou."],
     {"Jana Horáková", "Beneš"}),
    (["Na dotaz P. Kalouse (ABCD) bylo odpovězeno.", "Dotaz p. Skály z MAS zodpověděl p. Němec."],
     {"P. Kalous", "Skála", "Němec"}),
    (["Vystoupení NM Vlčka bylo zmíněno.", "Podle Mgr. Hájka je to možné."], {"Vlček", "Hájek"}),
    (["p. Novák (Plzeň) a p. Dvořák (Jeseník) prezentovali projekty."], {"Novák", "Dvořák"}),
    (["Koncepce Smart Cities byla představena. Evropská komise ji podpořila."], set()),
    (["Zapsal: Petr Zeman", "Schválila: Hana Vlčková"], {"Petr Zeman", "Hana Vlčková"}),
    (["Přítomni: Ing. Jan Malý, Mgr. Eva Černá, Bc. Tomáš Kovář"], {"Jan Malý", "Eva Černá", "Tomáš Kovář"}),
    (["Byli: Honza, Jirka B., Lucka.", "Honza obvolá sponzory, Lucka udělá plakáty."],
     {"Honza", "Jirka B.", "Lucka"}),
    (["Oprava chodníku v ulici Karla Čapka a na nám. Jiřího z Poděbrad."], set()),
    (["V. Kontrola usnesení", "Předseda Komise pro výstavbu informoval.", "18 °C. Plošné zpracování je možné."],
     set()),
    (["V. Král úvodem prezentoval specifika města.", "Mgr. et Mgr. Jana Malá uvedla."], {"V. Král", "Jana Malá"}),
])
def test_czech_people(paragraphs: list[str], names: set[str]) -> None:
    assert set(_people("cs", *paragraphs)) == names


def test_affiliation_and_role_shapes() -> None:
    found = _people("cs", "Prezentace: Eva Malá | MMR a Karel Veselý | XYZA",
                    "Ing. Jana Horáková, ředitelka odboru strategie MŽP, zahájila jednání.",
                    "p. Novák (Ústí n. L.) a Prof. Kopecký (FD ČVUT) vystoupili.", "Dotaz p. Skály z MAS.")
    assert found["Eva Malá"] == ("MMR", None)
    assert found["Karel Veselý"] == ("XYZA", None)
    assert found["Jana Horáková"] == ("MŽP", "ředitelka odboru strategie MŽP")
    assert found["Novák"][0] == "Ústí nad Labem"
    assert found["Kopecký"][0] == "FD ČVUT"
    assert found["Skála"][0] == "MAS"


def test_one_person_many_forms() -> None:
    people = _found("cs", "Marta Dvorská zahájila jednání.", "Dle M. Dvorské je to možné.",
                    "Ředitelka Dvorská poděkovala.", "Projekty lze konzultovat s Dvorskou.").people
    assert [p.name for p in people] == ["Marta Dvorská"]
    assert len(people[0].mentions) == 3
    assert people[0].gender == "f"


def test_mentions_carry_spans() -> None:
    doc = _doc("Úvod.", "Na dotaz P. Kalouse odpověděla Dr. Ing. Eva Malá.")
    for person in extract_entities(doc, "cs", MeetingInfo(), ()).people:
        for m in person.mentions:
            assert doc.text[m.source.start:m.source.end] == m.text
            assert m.source.block == 1


@pytest.mark.parametrize(("paragraphs", "names"), [
    (["Attendees: Priya (chair), Tom K., Tom R., Jo", "Priya: we should ship in May.",
      "Tom K. will publish the schedule. Priya thanked Ellen for her work."],
     {"Priya", "Tom K.", "Tom R.", "Jo", "Ellen"}),
    (["Present: Cllr Jane Smith (Chair), Mr Robert Brown, Dr Anna Lee", "Apologies: Mark Taylor"],
     {"Jane Smith", "Robert Brown", "Anna Lee", "Mark Taylor"}),
    (["Lt. Bell reported two complaints. Attorney Whitcombe agreed.", "Walter Nyberg, resident, spoke against."],
     {"Bell", "Whitcombe", "Walter Nyberg"}),
])
def test_english_people(paragraphs: list[str], names: set[str]) -> None:
    assert set(_people("en", *paragraphs)) == names


def test_metadata_names_are_people() -> None:
    meeting = MeetingInfo(recorder="Petr Zeman")
    people = _found("cs", "Zápis vyhotovil Petr Zeman.", meeting=meeting).people
    assert [p.name for p in people] == ["Petr Zeman"]


# --- the real seed --------------------------------------------------------------------------------------------


def _same(pred: str, gold: str) -> bool:
    return fold(pred) == fold(gold)


@pytest.mark.parametrize("name", ["000_b6ab1fcc00502021.txt", "seed.docx", "seed.pdf"])
def test_seed_people(seed_dir: Path, name: str) -> None:
    gold = json.loads((seed_dir / "gold.json").read_text(encoding="utf-8"))
    from minutes_nlp.extract import language, metadata

    doc = load(seed_dir / name)
    lang = language.detect_language(doc)
    people = extract_entities(doc, lang, metadata.extract_meeting(doc, lang), ()).people
    want = {g["name"]: g.get("affiliation") for g in gold["people"]}
    assert sorted(p.name for p in people) == sorted(want)
    right = sum(1 for p in people if fold(p.affiliation or "") == fold(want[p.name] or ""))
    assert right >= 12


@pytest.mark.parametrize("lang", ["cs", "en"])
def test_every_mention_text_is_its_span(lang: str) -> None:
    doc = _doc("Byli: Honza, Jirka K., Tom R. Guest.", "Na dotaz P. Kalouse (ABCD) odpověděla Dr. Eva Malá.",
               "Jirka K. to zjistí. Priya: fine.")
    for person in extract_entities(doc, lang, MeetingInfo(), ()).people:
        for m in person.mentions:
            assert doc.text[m.source.start:m.source.end] == m.text


@pytest.mark.parametrize(("lang", "text", "not_person"), [
    ("en", "A third quotation was promised by B. Harlow & Sons by 21 March.", "B. Harlow"),
    ("en", "Counsel from Mercado & Lyle LLP attended.", "Mercado"),
])
def test_names_inside_firm_names_are_not_people(lang: str, text: str, not_person: str) -> None:
    assert not_person not in set(_people(lang, text))


@pytest.mark.parametrize(("paragraphs", "name"), [
    (["Ověřovatelé zápisu: Ing. Alenu Procházkovou a p. Petra Hájka."], "Petr Hájek"),
    (["ZO určuje zapisovatele Bc. Tomáše Kučeru."], "Tomáš Kučera"),
    (["Písemná odpověď p. Kratochvílovi byla odeslána.", "p. Kratochvíl (občan) poděkoval."], "Kratochvíl"),
])
def test_first_name_and_surname_agree(paragraphs: list[str], name: str) -> None:
    assert name in set(_people("cs", *paragraphs))



@pytest.mark.parametrize(("lang", "paragraphs", "want", "not_people"), [
    ("en", ["Present: Cllrs M Penrose (Chairman), D Ashdown (Vice-Chairman), H Fenwick.",
            "Also present: Mrs C Holt (Clerk). Apologies from Cllr J Crane."],
     {"M. Penrose", "D. Ashdown", "H. Fenwick", "C. Holt", "J. Crane"}, {"Vice-Chairman"}),
    ("en", ["23/00240/HOU, Rose Cottage, The Street: replacement garage. No objection."], set(), {"Rose Cottage"}),
    ("cs", ["Dále přítomni: tajemník MěÚ Ing. Ivo Vávra; ředitel Technických služeb Lipnice Karel Straka.",
            "Host: velitelka Městské policie Lipnice Bc. Eva Mrázová."],
     {"Ivo Vávra", "Karel Straka", "Eva Mrázová"}, {"MěÚ", "Technických", "Městská"}),
    ("cs", ["Zodpovídá: Mgr. Petra Holá – Termín: 25. 11. 2022"], {"Petra Holá"}, set()),
    ("en", ["The Chair McDonald welcomed members. Apologies from Cllr DeVries."], {"McDonald", "DeVries"}, set()),
])
def test_initials_roles_and_bodies_after_roles(lang: str, paragraphs: list[str], want: set[str],
                                               not_people: set[str]) -> None:
    found = _found(lang, *paragraphs)
    names = {p.name for p in found.people}
    assert want <= names
    assert not names & not_people
    assert not {o.name for o in found.institutions} & {"Termín", "Vice-Chairman"}


@pytest.mark.parametrize(("lang", "paragraphs", "want", "not_people"), [
    ("en", ["Present:", "Dr Ann Rowe (AR), Associate Dean (Education), Science and Engineering",
            "Ms Eve Holt, Academic Registry", "Sent to the Associate Deans on 24 November."],
     {"Ann Rowe", "Eve Holt"}, {"Science", "Engineering", "Academic Registry", "Dean", "Deans"}),
    ("cs", ["Projekt z Operačního programu Jan Amos Komenský pokračuje.",
            "Zapsal: Mgr. Petr Doubrava", "V diskusi se Mgr. Doubrava zeptal na rozpočet.",
            "Do konce ledna zaslal připomínky pouze Mgr. Doubrava, jeho připomínka byla zapracována."],
     {"Petr Doubrava"}, {"Jan Amos", "Doubrav"}),
])
def test_offices_programmes_and_known_surnames(lang: str, paragraphs: list[str], want: set[str],
                                               not_people: set[str]) -> None:
    names = {p.name for p in _found(lang, *paragraphs).people}
    assert want <= names
    assert not names & not_people


def test_roles_before_names_in_a_list_are_kept() -> None:
    names = set(_people("cs", "Přítomni: starosta Ing. Pavel Hrubý, místostarostka Mgr. Lenka Malá, radní Jan Kos"))
    assert {"Pavel Hrubý", "Lenka Malá", "Jan Kos"} <= names


def test_titled_name_after_a_named_after_word_is_a_person() -> None:
    names = set(_people("cs", "Přehled zaslala ekonomka školy paní Fialová členům rady.",
                        "Žáci Základní školy Jana Masaryka se zúčastnili."))
    assert "Fialová" in names
    assert not any("Masaryk" in n for n in names)


@pytest.mark.parametrize(("lang", "paragraphs", "names"), [
    ("en", ["Apologies were received from Gerald Fenn. No interests were declared."], {"Gerald Fenn"}),
    ("en", ["Apologies were received from Tom Ashby. Priya Vale declared an interest."], {"Tom Ashby", "Priya Vale"}),
    ("cs", ["Omluveni: obce Ratiboř, Krhov, Horní Lipka a Vranovice", "Přítomna: Ing. Eva Nová"], {"Eva Nová"}),
])
def test_sentence_ends_and_municipality_lists(lang: str, paragraphs: list[str], names: set[str]) -> None:
    assert set(_people(lang, *paragraphs)) == names


def test_absent_municipalities_from_metadata_are_not_people() -> None:
    meeting = MeetingInfo(absent=("Krhov", "Horní Lipka"))
    people = _found("cs", "Nepřítomné obce: Krhov, Horní Lipka", meeting=meeting).people
    assert [p.name for p in people] == []


@pytest.mark.parametrize("paragraphs", [
    ["Přítomni: Ing. Jan Vrána (JV), Mgr. Marta Šídlová (MŠ)", "JV zajistí podklady."],
    ["Ing. Jan Vrána (JV) informoval o stavu projektu."],
])
def test_own_initials_are_not_an_affiliation(paragraphs: list[str]) -> None:
    people = _people("cs", *paragraphs)
    assert people["Jan Vrána"][0] is None


@pytest.mark.parametrize(("paragraphs", "names"), [
    # a capitalised honorific at a sentence start is not the initial of another person
    (["Přítomni: Ing. Karel Hruška, Jiří Kmoch.", "P. Kmoch nesouhlasil s návrhem."], {"Karel Hruška", "Jiří Kmoch"}),
    # ... but a real second initial with the same surname stays a person of its own
    (["Přítomni: Jiří Kmoch, Tomáš Kmoch.", "T. Kmoch nesouhlasil."], {"Jiří Kmoch", "Tomáš Kmoch"}),
    # a bracket after a listed guest describes the guest: its words are not people
    (["Hosté: Ing. Eva Lánská (ŘSD, Správa Pardubice), Petr Oul."], {"Eva Lánská", "Petr Oul"}),
])
def test_list_conventions_for_people(paragraphs: list[str], names: set[str]) -> None:
    assert set(_people("cs", *paragraphs)) == names


def test_listed_people_known_by_initials_and_bare_surnames() -> None:
    """Minutes that list people by full name in the metadata and then write "JN" or "p. Vrbové" in the text."""
    meeting = MeetingInfo(attendees=("Jaroslav Nedbal", "Lucie Vrbová"))
    found = _found("cs", "Přítomni: JN, LV", "JN informoval o výzvě. Dotaz p. Vrbové zodpověděl JN.", meeting=meeting)
    people = {p.name: [m.text for m in p.mentions] for p in found.people}
    assert set(people) == {"Jaroslav Nedbal", "Lucie Vrbová"}
    assert people["Jaroslav Nedbal"][0] == "JN"


@pytest.mark.parametrize(("surname", "earlier", "want"), [
    ("Paurová", ["Hosté: Ing. Věra Paurová (odbor investic)"], "Věra Paurová"),
    ("Paur", ["Host: Zdeněk Paur, odbor investic"], "Zdeněk Paur"),
    ("Paurová", ["Hosté: Zdeněk Paur; Věra Paurová"], "Věra Paurová"),   # a woman's surname takes a woman's name
    ("Paur", ["Zdeněk Paur", "Jan Paur"], "Paur"),                       # two candidates: left as written
    ("Paur", [], "Paur"),
])
def test_bare_surnames_named_in_full_by_earlier_minutes(surname: str, earlier: list[str], want: str) -> None:
    person = Person(surname, (), None, None, None, Method("rule:people", "1"), 0.8)
    assert [p.name for p in fullnames.complete([person], (), lambda: earlier, "cs")] == [want]


@pytest.mark.parametrize(("line", "names"), [
    ("Apologies for absence: Gwyneth Arkwright.", {"Gwyneth Arkwright"}),
    ("Apologies for absence: Rhodri Fennimore.", {"Rhodri Fennimore"}),
    ("Apologies were received from Eilidh Strachan-Moir and Tomasz Wieczorek.",
     {"Eilidh Strachan-Moir", "Tomasz Wieczorek"}),
    ("Apologies for absence: Agnieszka Zielinska, Rajinder Bassi, Chidi Okonkwo.",
     {"Agnieszka Zielinska", "Rajinder Bassi", "Chidi Okonkwo"}),
    ("Present: Saoirse Muldowney (Chair), Oluwaseun Adeyinka, Harpreet Sandhu.",
     {"Saoirse Muldowney", "Oluwaseun Adeyinka", "Harpreet Sandhu"}),
])
def test_english_attendance_with_given_names_from_many_origins(line: str, names: set[str]) -> None:
    assert set(_people("en", line)) == names


@pytest.mark.parametrize("text", [
    "Grant funding was approved for the scheme.",
    "Heather and bracken are cut back each autumn.",
    "Autumn Statement figures were noted.",
])
def test_given_names_that_are_words_do_not_stand_alone(text: str) -> None:
    assert set(_people("en", text)) == set()


def _meeting(lang: str, *blocks: str | list[list[str]]) -> MeetingInfo:
    """A document of paragraphs and tables (a list of rows), read for its meeting metadata."""
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    for block in blocks:
        if isinstance(block, str):
            b.add(BlockKind.PARAGRAPH, block)
        else:
            b.add_table(block)
    return extract_meeting(b.build(), lang, neighbours=False)


@pytest.mark.parametrize(("lang", "blocks", "attendees"), [
    ("cs", ["Zápis ze zasedání senátu", "Přítomni: zaměstnanci: doc. Mgr. Eva Holá, Ph.D. (předsedkyně), "
            "Mgr. Petr Lukeš; studenti: Bc. Ivan Bureš (místopředseda), Marta Zíková"],
     {"Eva Holá", "Petr Lukeš", "Ivan Bureš", "Marta Zíková"}),
    ("cs", ["Zápis z kontrolního dne", "Přítomni:", "za investora: Ing. Olga Tichá (odbor investic)",
            "za zhotovitele: Ing. Karel Dub (stavbyvedoucí), Jiří Lom (mistr)", "TDS: Ing. Adam Vlk",
            "Vodárny Sever, a. s.: Jiří Mach", "Omluveni: Mgr. Eva Holá"],
     {"Olga Tichá", "Karel Dub", "Jiří Lom", "Adam Vlk", "Jiří Mach"}),
    ("cs", ["Zápis", "Přítomni – členové: doc. Holá, Mgr. Lukeš; studenti: Bc. Bureš, Zíková"],
     {"Holá", "Lukeš", "Bureš", "Zíková"}),
])
def test_attendance_listed_by_groups(lang: str, blocks: list[str], attendees: set[str]) -> None:
    """A group label ("studenti:", "za investora:", "TDS:", a company) names nobody; the people after it attend."""
    m = _meeting(lang, *blocks)
    assert set(m.attendees) == attendees
    assert not set(m.guests) & attendees


@pytest.mark.parametrize(("lang", "blocks", "attendees", "absent"), [
    ("cs", ["Zápis z kontrolního dne č. 3", "Přítomni:",
            [["Jméno", "Firma", "Funkce"], ["Mgr. Tomáš Lesk", "Obec Horná", "starosta"],
             ["Ing. Ilona Dubská", "STAVO s.r.o.", "stavbyvedoucí"]], "Omluven: Ing. Petr Hrách (AD)"],
     {"Tomáš Lesk", "Ilona Dubská"}, {"Petr Hrách"}),
    ("en", ["Minutes of the site meeting", [["Name", "Organisation", "Role"], ["Anna Bell", "Town", "Engineer"],
                                              ["Tom Reed", "Reed Ltd", "Contractor"]]],
     {"Anna Bell", "Tom Reed"}, set()),
])
def test_presence_table_by_name_column(lang: str, blocks: list, attendees: set[str], absent: set[str]) -> None:
    """A header table whose first column is headed "Jméno"/"Name" lists the attendees, one a row."""
    m = _meeting(lang, *blocks)
    assert set(m.attendees) == attendees
    assert set(m.absent) == absent


@pytest.mark.parametrize(("lang", "value", "names"), [
    ("cs", "děkan prof. PhDr. Jan Sova, Ph.D., proděkanka pro studium doc. Mgr. Iva Malá, Ph.D., tajemník "
           "fakulty Ing. Ota Bek", ["Jan Sova", "Iva Malá", "Ota Bek"]),
    ("cs", "Ing. Nedoma, Mgr. Hálková; omluvena Ing. Vondrová (školení)", ["Nedoma", "Hálková"]),
    ("en", "Town Administrator Jane Roe, Police Chief Daniel Moss, Selectwoman Kay Hart, Selectman Greer",
     ["Jane Roe", "Daniel Moss", "Kay Hart", "Greer"]),
    ("en", "Jane Roe, Town Administrator; Mark Lee, Finance Director", ["Jane Roe", "Mark Lee"]),
])
def test_offices_before_names_in_lists(lang: str, value: str, names: list[str]) -> None:
    """An office before a name (Czech in lower case, English capitalised) is no part of the name; a status word
    ("omluvena") before one does not make an attendee."""
    assert split_people(strip_remarks(value, lang), lang) == names


@pytest.mark.parametrize(("lang", "paragraphs", "names", "not_names"), [
    ("cs", ["Ing. Jana Benešová informovala o stavbě."], {"Jana Benešová"}, {"Jana"}),
    ("cs", ["AD dodá detail schodiště kostela sv. Jakuba. T: 20. 5. 2025 Z: Ing. arch. Kos"], {"Kos"}, {"Jakub"}),
    ("cs", ["Zkoušky se přesunou do budovy B. Starosta Pokorný odpověděl, že ne."], {"Pokorný"},
     {"B. Starosta"}),
    ("en", ["B. Open burning permits", "C. Transfer station sticker fee", "Chief Fortin reported."],
     {"Fortin"}, {"B. Open", "C. Transfer"}),
])
def test_names_against_places_and_lettered_items(lang: str, paragraphs: list[str], names: set[str],
                                                 not_names: set[str]) -> None:
    """A surname that reads like a place after a title and a given name is a surname; "B. Open ..." opening a
    lettered sub-item is a label and a word, no initial and surname."""
    found = set(_people(lang, *paragraphs))
    assert names <= found
    assert not found & not_names


@pytest.mark.parametrize(("lang", "paragraphs", "guests"), [
    ("en", ["Present: Cllr Ann Bell, Cllr Tom Reed", "Sidewalk grant (public comment of April 8): reported.",
            "Mr Dean (resident) asked about parking."], {"Dean"}),
])
def test_public_marker_follows_a_name(lang: str, paragraphs: list[str], guests: set[str]) -> None:
    """A public-comment mark after a common noun ("grant (public comment ...)") names no member of the public."""
    assert set(_meeting(lang, *paragraphs).guests) == guests


@pytest.mark.parametrize(("paragraphs", "names", "not_names"), [
    (["Přítomni: Mgr. Filip Jandl, Bc. Eva Malá", "Rada volí Mgr. Filipa Jandla a Bc. Evu Malou."],
     {"Filip Jandl", "Eva Malá"}, {"Filip Jandel"}),
    (["Přítomni: Bc. Pešek, Mgr. Malá", "Za odstoupivšího Bc. Peška byla navržena senátorka Mgr. Malá."],
     {"Pešek", "Malá"}, {"Peška"}),
    (["Hosté: doc. PhDr. Dana Kolářová, Ph.D. (k bodu 4)"], {"Dana Kolářová"}, {"Ph"}),
    (["Zápis ze zasedání senátu Univerzity Tomáše Štítného v Doubravici"], set(), {"Tomáš Štítný"}),
])
def test_surnames_as_written_degrees_and_universities(paragraphs: list[str], names: set[str],
                                                      not_names: set[str]) -> None:
    """An inflected surname takes the nominative the document writes ("Jandla" -> Jandl, not the mobile-e
    Jandel); a degree after a name in a list is no person; a university named after a person is no person."""
    found = set(_people("cs", *paragraphs))
    assert names <= found
    assert not found & not_names


@pytest.mark.parametrize(
    ("lang", "paragraph", "name"),
    [
        ("cs", "Jednání zahájil npor. Bc. Radim Kolouch, velitel stanice.", "Radim Kolouch"),
        ("cs", "Slovo bylo předáno npor. Bc. Radimu Kolouchovi.", "Radim Kolouch"),
        ("cs", "Postup byl dohodnut s npor. Bc. Radimem Kolouchem.", "Radim Kolouch"),
        ("cs", "S pplk. Ing. Terezou Bláhovou bylo dohodnuto další postup.", "Tereza Bláhová"),
        ("cs", "Informaci podal brig. gen. Ing. Lubor Zídek.", "Lubor Zídek"),
        ("cs", "Genmjr. Ing. Lubor Zídek zhodnotil situaci.", "Lubor Zídek"),
        ("cs", "Zprávu přednesl rtm. Vít Ondrouch.", "Vít Ondrouch"),
        ("cs", "Podle plukovníka Vrabce je cvičení připraveno.", "Vrabec"),
        ("cs", "Plukovník Ondřej Vrabec poděkoval za spolupráci.", "Ondřej Vrabec"),
        ("cs", "Poděkování patří štábnímu kapitánovi Hynku Sládečkovi.", "Hynek Sládeček"),
        ("en", "Ch Insp Maureen Pybus updated the panel.", "Maureen Pybus"),
        ("en", "Lt Col Giles Farthing thanked members.", "Giles Farthing"),
        ("en", "The Rt Hon Alison Treadwell attended.", "Alison Treadwell"),
        ("en", "Ch Supt Owen Radley gave an overview.", "Owen Radley"),
        ("en", "PCSO Leanne Frew presented the figures.", "Leanne Frew"),
    ],
)
def test_ranks_are_titles_and_the_name_is_declined(lang: str, paragraph: str, name: str) -> None:
    assert set(_people(lang, paragraph)) == {name}


@pytest.mark.parametrize(("lang", "paragraphs", "present", "absent"), [
    ("en", ["Venue: Università degli Studi di Brevona, Dipartimento di Scienze Agrarie"], set(), {"Brevona"}),
    ("en", ["SVN: Pieter de Ruyter (living labs)", "Pieter presented the trial sites."], {"Pieter de Ruyter"},
     {"Pieter"}),
    ("cs", ["Omluvena: MUDr. Alena Bartáková, ředitelka Nemocnice Ždánov nad Loučkou, a.s."], {"Alena Bartáková"},
     {"Nemocnice", "Nemocnica"}),
    ("cs", ["Přítomni: Mgr. Benešová, Ing. Šimek", "Mgr. Benešová připraví leták."], {"Benešová"}, set()),
    ("cs", ["Přítomni: Z. Růžička, Ing. Šimek", "Technické služby zajistí toalety (Z: Z. Růžička, T: 18. 9.)."],
     {"Z. Růžička"}, {"Z. Růžiček"}),
    ("cs", ["Úkol: Zpracovat analýzu a předložit ji DR. Zodpovídá: Ing. Holá."], {"Holá"}, {"Zodpovídá"}),
    ("cs", ["| 3/1 | VaK Poloučí, a.s. | splněno |"], set(), {"VaK Poloučí"}),
    ("cs", ["Senátorka Nedomová se zajímala o rekonstrukci budovy B. Proděkanka Pokorná odpověděla."],
     {"Pokorná"}, {"B. Proděkanka"}),
])
def test_names_and_non_names(lang: str, paragraphs: list[str], present: set[str], absent: set[str]) -> None:
    names = {p.name for p in _found(lang, *paragraphs).people}
    assert present <= names and not absent & names


@pytest.mark.parametrize(("meeting", "text", "listed"), [
    (MeetingInfo(attendees=("Mikko Aaltonen", "Tom Ward")), "Mikko proposed to host the workspace.", True),
    (MeetingInfo(attendees=("Social Sciences", "Tom Ward")), "Social care was discussed.", False),
])
def test_listed_name_vouched_for_by_its_given_name_as_a_subject(meeting: MeetingInfo, text: str,
                                                                 listed: bool) -> None:
    names = {p.name for p in _found("en", "Present: Mikko Aaltonen, Tom Ward", text, meeting=meeting).people}
    assert (meeting.attendees[0] in names) is listed


def test_qualified_office_is_kept_with_its_adjective() -> None:
    people = _people("cs", "Technický ředitel Ing. Jiří Matoušek představil plán.")
    assert people["Jiří Matoušek"][1] == "technický ředitel"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Přítomni: Zdeněk Růžička – ředitel Technických služeb, Ing. Jan Bednář", "Zdeněk Růžička",
     "ředitel Technických služeb"),
    ("Host: Ing. Věra Kohoutová, statutární auditorka, AUDIT s.r.o.", "Věra Kohoutová", "statutární auditorka"),
    # roles written before names: the role after a comma opens the next entry, it is not the person's
    ("Hosté: děkan prof. PhDr. Miroslav Šafařík, Ph.D., proděkanka pro studium doc. Mgr. Renata Pokorná, Ph.D.",
     "Miroslav Šafařík", "děkan"),
])
def test_role_after_a_dash_or_with_a_qualifying_adjective(text: str, name: str, role: str) -> None:
    assert _people("cs", text)[name][1] == role


@pytest.mark.parametrize(("value", "name"), [("MěÚ Ždánov", None), ("VaK Poloučí", None),
                                             ("Ing. Jan Novák", "Jan Novák")])
def test_short_word_with_an_inner_capital_is_a_body(value: str, name: str | None) -> None:
    assert clean_person(value, "cs") == name
