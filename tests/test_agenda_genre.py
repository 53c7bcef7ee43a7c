"""Genre inventory of agenda items and their presenters, written from how real Czech and English minutes of
public bodies, committees, boards and councils are laid out (not from the corpus): the numbering forms of item
headings, the programme list at the top and its link with the body, sub-items under a parent item, numbered
lists inside an item that are not items, and the ways a presenter is named.

Expected values are what an annotator following corpus/FORMAT.md and the seed's gold.json writes: numbers as
written (no renumbering, gaps kept; the scorer strips only dots and spaces), titles without the number and
without a presenter written into the heading, parent items and their sub-items both listed, presenters as
canonical nominative names (the full name the attendance list gives, else as written, degrees dropped).
"""

from __future__ import annotations

import unicodedata

import pytest

from minutes_nlp.document import BlockKind, Document, DocumentBuilder, Source
from minutes_nlp.extract.agenda import extract_agenda
from minutes_nlp.extract.result import AgendaItem
from minutes_nlp.loaders.textjoin import heading_like


def _gap(cls: str):  # noqa: ANN202 - a pytest mark
    return pytest.mark.xfail(strict=True, reason=cls)


def _doc(text: str) -> Document:
    """A DOCX-like document from compact lines: "# " the title, "## "/"### " headings of level 1/2,
    "**x**" a bold paragraph, "[1.] x" a Word-numbered list item ("  [a)] x" one level down), "- x" a
    bullet, "| a | b |" table rows, anything else a typed paragraph."""
    builder = DocumentBuilder(Source("x.docx", "0", "docx"))
    rows: list[list[str]] = []
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if rows and not line.startswith("|"):
            builder.add_table(rows)
            rows = []
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
        elif line.startswith("### "):
            builder.add(BlockKind.HEADING, line[4:], level=2, style="Heading 2")
        elif line.startswith("## "):
            builder.add(BlockKind.HEADING, line[3:], level=1, style="Heading 1")
        elif line.startswith("# "):
            builder.add(BlockKind.HEADING, line[2:], level=0, style="Title")
        elif line.startswith("**") and line.endswith("**"):
            builder.add(BlockKind.PARAGRAPH, line[2:-2], bold=True, heading_hint=heading_like(line[2:-2]))
        elif line.startswith("[") and "] " in line:
            label, body = line[1:].split("] ", 1)
            builder.add(BlockKind.LIST_ITEM, body, list_label=label, level=1 + (len(raw) - len(raw.lstrip())) // 2)
        elif line.startswith("- "):
            builder.add(BlockKind.LIST_ITEM, line[2:], list_label="•", level=1)
        elif line:
            builder.add(BlockKind.PARAGRAPH, line)
    if rows:
        builder.add_table(rows)
    return builder.build()


def _agenda(text: str, lang: str) -> list[AgendaItem]:
    return extract_agenda(_doc(text), lang)


def _slug(value: object) -> str:
    """An ASCII test id from a heading."""
    text = unicodedata.normalize("NFKD", str(value).replace("–", "dash")).encode("ascii", "ignore").decode()
    return text.removeprefix("## ").replace(" ", "_")[:48]


def _num(item: AgendaItem) -> str:
    return str(item.number or "").strip(". ")  # as the scorer reads a number


# The known gaps, one line each (the class of real minutes the extractor does not read yet).


_CS_BODY = "Členové vzali informaci na vědomí."
_EN_BODY = "Members noted the report."


def _three(lang: str, heads: list[str], heading: bool) -> str:
    title = "# Zápis z jednání výboru" if lang == "cs" else "# Minutes of the meeting of the Committee"
    body = _CS_BODY if lang == "cs" else _EN_BODY
    return "\n".join([title] + [f"{'## ' if heading else ''}{h}\n{body}" for h in heads])


# --------------------------------------------------------------------------------------------------------------
# 1. Numbering forms of an item heading: (lang, heading style?, three headings, expected (number, title))
# --------------------------------------------------------------------------------------------------------------

_CS_T = ("Zahájení a schválení programu", "Rozpočet obce na rok 2026", "Různé")
_EN_T = ("Apologies for absence", "Finance report", "Any other business")


def _form(lang: str, fmt: str, numbers: tuple[str, str, str], heading: bool = True, expected=None, marks=()):
    titles = _CS_T if lang == "cs" else _EN_T
    heads = [fmt.format(n=n, t=t) for n, t in zip(numbers, titles, strict=True)]
    want = expected or [(n, t) for n, t in zip(numbers, titles, strict=True)]
    name = fmt.format(n="N", t="T").replace("–", "dash").replace(" ", "_")
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return pytest.param(lang, heads, heading, want, id=f"{lang}-{name}-{numbers[0]}-{'h' if heading else 'p'}",
                        marks=marks)


_ARABIC = ("1", "2", "3")
_ROMAN = ("I", "II", "III")

FORMS = [
    # Czech
    _form("cs", "Bod {n} – {t}", _ARABIC),
    _form("cs", "Bod {n} – {t}", _ARABIC, heading=False),
    _form("cs", "Bod {n}: {t}", _ARABIC, heading=False),
    _form("cs", "Bod {n}. {t}", _ARABIC),
    _form("cs", "Bod {n} - {t}", _ARABIC, heading=False),
    _form("cs", "Bod {n}) {t}", _ARABIC),
    _form("cs", "Bod č. {n} – {t}", _ARABIC),
    _form("cs", "Bod č. {n}: {t}", _ARABIC, heading=False),
    _form("cs", "Bod programu č. {n} – {t}", _ARABIC),
    _form("cs", "Bod programu {n}: {t}", _ARABIC, heading=False),
    _form("cs", "BOD {n} – {t}", _ARABIC),
    _form("cs", "{n}. bod – {t}", _ARABIC),
    _form("cs", "{n}. bod programu: {t}", _ARABIC, heading=False),
    _form("cs", "Ad {n}) {t}", _ARABIC),
    _form("cs", "Ad {n}) {t}", _ARABIC, heading=False),
    _form("cs", "Ad {n}. {t}", _ARABIC),
    _form("cs", "Ad {n}. {t}", _ARABIC, heading=False),
    _form("cs", "Ad {n} – {t}", _ARABIC),
    _form("cs", "Ad {n}/ {t}", _ARABIC, heading=False),
    _form("cs", "ad {n}) {t}", _ARABIC, heading=False),
    _form("cs", "K bodu {n}: {t}", _ARABIC),
    _form("cs", "K bodu {n} – {t}", _ARABIC, heading=False),
    _form("cs", "K bodu č. {n}: {t}", _ARABIC),
    _form("cs", "K bodu č. {n} – {t}", _ARABIC, heading=False),
    _form("cs", "K bodu programu č. {n}: {t}", _ARABIC),
    _form("cs", "{n}. {t}", _ARABIC),
    _form("cs", "{n}. {t}", _ARABIC, heading=False),
    _form("cs", "{n}) {t}", _ARABIC),
    _form("cs", "{n}) {t}", _ARABIC, heading=False),
    _form("cs", "{n}/ {t}", _ARABIC),
    _form("cs", "{n} {t}", _ARABIC),
    _form("cs", "{n}. {t}", _ROMAN),
    _form("cs", "{n}. {t}", _ROMAN, heading=False),
    _form("cs", "{n}. {t}", ("4", "5", "6")),
    _form("cs", "{n}. {t}", ("1", "2", "5")),
    _form("cs", "Ad{n}) {t}", _ARABIC, heading=False),
    _form("cs", "ad {n}/ {t}", _ARABIC),
    _form("cs", "Bod č. {n} {t}", _ARABIC),
    # English
    _form("en", "Item {n}: {t}", _ARABIC),
    _form("en", "Item {n}: {t}", _ARABIC, heading=False),
    _form("en", "Item {n} – {t}", _ARABIC),
    _form("en", "Item {n}. {t}", _ARABIC),
    _form("en", "Item {n} {t}", _ARABIC),
    _form("en", "ITEM {n}: {t}", _ARABIC),
    _form("en", "Agenda item {n}: {t}", _ARABIC),
    _form("en", "Agenda Item {n} – {t}", _ARABIC, heading=False),
    _form("en", "{n}. {t}", _ARABIC),
    _form("en", "{n}. {t}", _ARABIC, heading=False),
    _form("en", "{n}) {t}", _ARABIC),
    _form("en", "{n} {t}", _ARABIC),
    _form("en", "{n}.0 {t}", _ARABIC, expected=[("1.0", _EN_T[0]), ("2.0", _EN_T[1]), ("3.0", _EN_T[2])]),
    _form("en", "{n}. {t}", _ROMAN),
    _form("en", "{n}. {t}", ("12", "13", "14")),
    _form("en", "Minute {n}: {t}", ("12", "13", "14")),
    _form("en", "Minute {n} – {t}", ("12", "13", "14"), heading=False),
    _form("en", "{n} {t}", ("QSC 24/051", "QSC 24/052", "QSC 24/053")),
    _form("en", "{n} {t}", ("QSC/24/051", "QSC/24/052", "QSC/24/053")),
    _form("en", "{n} {t}", ("FGB/23/14", "FGB/23/15", "FGB/23/16")),
    _form("en", "{n} – {t}", ("HASC/24/15", "HASC/24/16", "HASC/24/17")),
    _form("en", "{n}. {t}", ("HASC/24/15", "HASC/24/16", "HASC/24/17"), heading=False),
    _form("en", "{n} {t}", ("24/051", "24/052", "24/053")),
    _form("en", "{n} {t}", ("24/051", "24/052", "24/053"), heading=False),
    _form("en", "{n} {t}", ("B24/01", "B24/02", "B24/03")),
    _form("en", "{n}: {t}", ("BM/24/07", "BM/24/08", "BM/24/09")),
    _form("en", "{n} {t}", ("C/24/112", "C/24/113", "C/24/114")),
    _form("en", "{n}. {t}", ("A", "B", "C")),
    _form("en", "{n}) {t}", ("A", "B", "C"), heading=False),
    _form("en", "AGENDA ITEM {n}: {t}", _ARABIC),
]


@pytest.mark.parametrize(("lang", "heads", "heading", "expected"), FORMS)
def test_item_heading_forms(lang: str, heads: list[str], heading: bool, expected: list[tuple[str, str]]) -> None:
    items = _agenda(_three(lang, heads, heading), lang)
    assert [(_num(i), i.title) for i in items] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    pytest.param("cs", "# Zápis\n## Ad 1)\nZahájení\nStarosta zahájil.\n## Ad 2)\nRozpočet\nSchváleno.",
                 [("1", "Zahájení"), ("2", "Rozpočet")], id="cs-ad-title-below"),
    pytest.param("cs", "# Zápis\n## Bod 1\nZahájení\nStarosta zahájil.\n## Bod 2\nRozpočet\nSchváleno.",
                 [("1", "Zahájení"), ("2", "Rozpočet")], id="cs-bod-title-below"),
    pytest.param("cs", "# Zápis\n## K bodu 1:\nZahájení\nStarosta zahájil.\n## K bodu 2:\nRozpočet\nSchváleno.",
                 [("1", "Zahájení"), ("2", "Rozpočet")], id="cs-k-bodu-title-below"),
    pytest.param("en", "# Minutes\n## Item 1\nApologies\nNone received.\n## Item 2\nBudget\nAgreed.",
                 [("1", "Apologies"), ("2", "Budget")], id="en-item-title-below"),
])
def test_bare_number_heading_with_its_title_on_the_next_line(lang: str, text: str,
                                                             expected: list[tuple[str, str]]) -> None:
    assert [(_num(i), i.title) for i in _agenda(text, lang)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    pytest.param("en", "# Minutes\n1. Apologies. Apologies were received from Cllr Hart.\n2. Minutes. The minutes "
                 "of 4 March were approved.\n3. Matters arising. The Clerk reported that the bench was repaired.",
                 [("1", "Apologies"), ("2", "Minutes"), ("3", "Matters arising")], id="en-dot-runin"),
    pytest.param("en", "# Minutes\n1. APOLOGIES: Apologies were received from Cllr Hart.\n2. MINUTES: The minutes "
                 "of 4 March were approved.\n3. PLANNING: No applications.",
                 [("1", "APOLOGIES"), ("2", "MINUTES"), ("3", "PLANNING")], id="en-caps-colon-runin"),
    pytest.param("cs", "# Zápis\nAd 1) Zahájení: Starosta zahájil zasedání v 18:00.\nAd 2) Rozpočet: Rozpočet byl "
                 "schválen.\nAd 3) Různé: Bez příspěvků.", [("1", "Zahájení"), ("2", "Rozpočet"), ("3", "Různé")],
                 id="cs-ad-colon-runin"),
])
def test_run_in_titles(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(_num(i), i.title) for i in _agenda(text, lang)] == expected


def test_upper_case_titles_are_kept_as_written() -> None:
    items = _agenda(_three("en", ["1. APOLOGIES", "2. FINANCE REPORT", "3. CLOSE"], True), "en")
    assert [(_num(i), i.title) for i in items] == [("1", "APOLOGIES"), ("2", "FINANCE REPORT"), ("3", "CLOSE")]


# --------------------------------------------------------------------------------------------------------------
# 2. The programme list at the top linked with the body: (lang, document, expected (number, title, in_programme))
# --------------------------------------------------------------------------------------------------------------

def _prog(label: str, entry: str, body: str, lang: str = "cs", last_missing: bool = False):
    titles = _CS_T if lang == "cs" else _EN_T
    head = "# Zápis z 5. zasedání zastupitelstva obce" if lang == "cs" else "# Minutes of the Board meeting"
    text = "\n".join([head, label] + [entry.format(n=n, t=t) for n, t in zip(_ARABIC, titles, strict=True)])
    done = titles[:2] if last_missing else titles
    text += "\n" + "\n".join(f"{body.format(n=n, t=t)}\n{_CS_BODY if lang == 'cs' else _EN_BODY}"
                             for n, t in zip(_ARABIC[:len(done)], done, strict=True))
    return text


_PROG_ALL = [(n, t, True) for n, t in zip(_ARABIC, _CS_T, strict=True)]
_PROG_EN = [(n, t, True) for n, t in zip(_ARABIC, _EN_T, strict=True)]

PROGRAMMES = [
    pytest.param("cs", _prog("Program:", "[{n}.] {t}", "## {n}. {t}"), _PROG_ALL, id="cs-program-list"),
    pytest.param("cs", _prog("Program jednání:", "{n}. {t}", "## Ad {n}) {t}"), _PROG_ALL, id="cs-program-jednani"),
    pytest.param("cs", _prog("Navržený program:", "[{n}.] {t}", "K bodu {n}: {t}"), _PROG_ALL, id="cs-navrzeny"),
    pytest.param("cs", _prog("Návrh programu:", "{n}) {t}", "## Bod {n} – {t}"), _PROG_ALL, id="cs-navrh"),
    pytest.param("cs", _prog("Program zasedání:", "[{n}.] {t}", "Ad {n}. {t}"), _PROG_ALL, id="cs-zasedani"),
    pytest.param("cs", _prog("Schválený program:", "[{n}.] {t}", "## {n}. {t}"), _PROG_ALL, id="cs-schvaleny"),
    pytest.param("cs", _prog("Program schůze:", "{n}. {t}", "## {n}. {t}"), _PROG_ALL, id="cs-schuze"),
    pytest.param("cs", _prog("Pořad schůze:", "{n}. {t}", "## {n}. {t}"), _PROG_ALL, id="cs-porad-schuze"),
    pytest.param("cs", _prog("**Program:**", "[{n}.] {t}", "**{n}. {t}**"), _PROG_ALL, id="cs-bold-program"),
    pytest.param("cs", _prog("## Program", "[{n}.] {t}", "## {n}. {t}"), _PROG_ALL, id="cs-program-heading"),
    pytest.param("cs", _prog("Program:", "[{n}.] {t}", "## {n}. {t}", last_missing=True), _PROG_ALL,
                 id="cs-item-not-reached"),
    pytest.param("cs", _prog("Program jednání byl schválen v tomto znění:", "[{n}.] {t}", "## {n}. {t}"), _PROG_ALL,
                 id="cs-schvalen-v-tomto-zneni"),
    pytest.param("cs", "# Zápis\nProgram: 1. Zahájení a schválení programu, 2. Rozpočet obce na rok 2026, 3. Různé\n"
                 "## 1. Zahájení a schválení programu\nText.\n## 2. Rozpočet obce na rok 2026\nText.\n## 3. Různé\n"
                 "Text.", _PROG_ALL, id="cs-inline-programme"),
    pytest.param("en", _prog("Agenda:", "[{n}.] {t}", "## {n}. {t}", "en"), _PROG_EN, id="en-agenda"),
    pytest.param("en", _prog("Agenda items:", "{n}. {t}", "## Item {n}: {t}", "en"), _PROG_EN, id="en-agenda-items"),
    pytest.param("en", _prog("## AGENDA", "[{n}.] {t}", "## {n}. {t}", "en"), _PROG_EN, id="en-agenda-caps"),
    pytest.param("en", _prog("Order of business:", "{n}. {t}", "## {n}. {t}", "en"), _PROG_EN, id="en-order"),
    pytest.param("en", _prog("Agenda", "- {t}", "## {n}. {t}", "en"), _PROG_EN, id="en-bulleted-agenda"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PROGRAMMES)
def test_programme_linked_with_body(lang: str, text: str, expected: list[tuple[str, str, bool]]) -> None:
    doc = _doc(text)
    items = extract_agenda(doc, lang)
    assert [(_num(i), i.title, i.in_programme) for i in items] == expected
    discussed = [i for i in items if i.source is not None and i.end_block is not None and i.end_block > i.source.block]
    assert len(discussed) >= 2  # the body sections, not the programme entries, carry the items' text


def test_programme_table_with_presenters() -> None:
    text = """# Minutes of the Trust Board meeting held in public
Present: Ann Lee (Chair), Nadia Folkes (Director of Finance), Helen Venn (Chief Nurse)
| Item | Agenda item | Presenter |
| 1 | Welcome and apologies | Chair |
| 2 | Finance report | Director of Finance |
| 3 | Quality and safety report | Chief Nurse |
## 1. Welcome and apologies
The Chair welcomed everyone. There were no apologies.
## 2. Finance report
The Board noted a deficit of £1.2m at month 9.
## 3. Quality and safety report
The Board noted the report."""
    items = _agenda(text, "en")
    assert [(_num(i), i.title, i.presenters) for i in items] == [
        ("1", "Welcome and apologies", ("Ann Lee",)), ("2", "Finance report", ("Nadia Folkes",)),
        ("3", "Quality and safety report", ("Helen Venn",))]


# --------------------------------------------------------------------------------------------------------------
# 3. Numbering kept as written: gaps, a body item not in the programme, items taken out of order
# --------------------------------------------------------------------------------------------------------------

NUMBERING = [
    pytest.param("cs", "# Zápis\n## 1. Zahájení\nText.\n## 2. Rozpočet\nText.\n## 4. Různé\nText.",
                 ["1", "2", "4"], id="cs-gap"),
    pytest.param("cs", "# Zápis\n## 3. Dotace\nText.\n## 4. Rozpočet\nText.\n## 5. Různé\nText.",
                 ["3", "4", "5"], id="cs-starts-at-3"),
    pytest.param("cs", "# Zápis\nBod 1 – Zahájení\nText.\nBod 2 – Rozpočet\nText.\nBod 2a – Dotace\nText.\n"
                 "Bod 3 – Různé\nText.", ["1", "2", "2a", "3"], id="cs-inserted-2a"),
    pytest.param("cs", "# Zápis\nAd 1) Zahájení\nText.\nAd 3) Dotace\nText.\nAd 2) Rozpočet\nText.\n"
                 "Ad 4) Různé\nText.", ["1", "3", "2", "4"], id="cs-taken-out-of-order",
                 marks=_gap("ORDER-AS-WRITTEN: an item taken out of order is dropped (longest increasing run)")),
    pytest.param("en", "# Minutes\n## 1. Apologies\nNone.\n## 2. Minutes\nAgreed.\n## 5. AOB\nNone.",
                 ["1", "2", "5"], id="en-gap"),
    pytest.param("en", "# Minutes\n## 45. Apologies\nNone.\n## 46. Minutes\nAgreed.\n## 47. AOB\nNone.",
                 ["45", "46", "47"], id="en-running-minute-numbers"),
    pytest.param("en", "# Minutes\n## Item 1: Apologies\nNone.\n## Item 2: Minutes\nAgreed.\n"
                 "## Item 7: Close\nMeeting closed.", ["1", "2", "7"], id="en-item-gap"),
    pytest.param("en", "# Minutes\n## 24/101 Apologies\nNone.\n## 24/102 Minutes\nAgreed.\n"
                 "## 24/104 Planning\nNoted.", ["24/101", "24/102", "24/104"], id="en-minute-ref-gap"),
]


@pytest.mark.parametrize(("lang", "text", "numbers"), NUMBERING)
def test_numbering_kept_as_written(lang: str, text: str, numbers: list[str]) -> None:
    assert [_num(i) for i in _agenda(text, lang)] == numbers


# --------------------------------------------------------------------------------------------------------------
# 4. Parent headings with sub-items: both are items; sub-items at level 2, numbered as written
# --------------------------------------------------------------------------------------------------------------

def _subs(lang: str, parent: str, subs: list[str], sub_heading: str = "### ", ends: tuple[str, str] = ("", "")) -> str:
    """Item 1, the parent with its sub-items, item 9; `ends` numbers items 1 and 9 the way the parent is."""
    body = _CS_BODY if lang == "cs" else _EN_BODY
    first, last = ("1. Zahájení", "9. Závěr") if lang == "cs" else ("1. Welcome", "9. Close")
    first, last = ends[0] or first, ends[1] or last
    lines = ["# Zápis" if lang == "cs" else "# Minutes", f"## {first}", body, f"## {parent}", body]
    for sub in subs:
        lines += [f"{sub_heading}{sub}", body]
    return "\n".join([*lines, f"## {last}", body])


SUB_BARE = _gap("SUB-BARE-LETTER: bare 'a)', '(a)', 'i.' sub-item headings under a numbered parent are not items")

SUBITEMS = [
    pytest.param("cs", _subs("cs", "5. Zprávy výborů", ["5.1 Finanční výbor", "5.2 Kontrolní výbor"]),
                 [("5.1", "Finanční výbor"), ("5.2", "Kontrolní výbor")], id="cs-5.1"),
    pytest.param("cs", _subs("cs", "5. Zprávy výborů", ["5.1. Finanční výbor", "5.2. Kontrolní výbor"], ""),
                 [("5.1", "Finanční výbor"), ("5.2", "Kontrolní výbor")], id="cs-5.1.-typed"),
    pytest.param("cs", _subs("cs", "5. Majetkové záležitosti", ["5 a) Prodej pozemku p. č. 12/3",
                                                                 "5 b) Pronájem hrobového místa"]),
                 [("5a", "Prodej pozemku p. č. 12/3"), ("5b", "Pronájem hrobového místa")], id="cs-5-space-a"),
    pytest.param("cs", _subs("cs", "5. Majetkové záležitosti", ["a) Prodej pozemku p. č. 12/3",
                                                                 "b) Pronájem hrobového místa"]),
                 [("5a", "Prodej pozemku p. č. 12/3"), ("5b", "Pronájem hrobového místa")], id="cs-bare-a",
                 marks=SUB_BARE),
    pytest.param("cs", _subs("cs", "Ad 5) Zprávy výborů", ["Ad 5.1) Finanční výbor", "Ad 5.2) Kontrolní výbor"], "",
                             ("Ad 1) Zahájení", "Ad 9) Závěr")),
                 [("5.1", "Finanční výbor"), ("5.2", "Kontrolní výbor")], id="cs-ad-5.1"),
    pytest.param("cs", _subs("cs", "5. Zprávy výborů", ["K bodu 5.1: Finanční výbor", "K bodu 5.2: Kontrolní výbor"],
                             ""),
                 [("5.1", "Finanční výbor"), ("5.2", "Kontrolní výbor")], id="cs-k-bodu-5.1"),
    pytest.param("cs", _subs("cs", "V. Zprávy výborů", ["V.1 Finanční výbor", "V.2 Kontrolní výbor"],
                             ends=("I. Zahájení", "IX. Závěr")),
                 [("V.1", "Finanční výbor"), ("V.2", "Kontrolní výbor")], id="cs-roman-V.1"),
    pytest.param("en", _subs("en", "6. Reports", ["6.1 Chief Executive's report", "6.2 Integrated performance report"]),
                 [("6.1", "Chief Executive's report"), ("6.2", "Integrated performance report")], id="en-6.1"),
    pytest.param("en", _subs("en", "6. Reports", ["(a) Chief Executive's report",
                                                   "(b) Integrated performance report"]),
                 [("6(a)", "Chief Executive's report"), ("6(b)", "Integrated performance report")],
                 id="en-bare-(a)", marks=SUB_BARE),
    pytest.param("en", _subs("en", "6. Reports", ["6(a) Chief Executive's report",
                                                   "6(b) Integrated performance report"], ""),
                 [("6(a)", "Chief Executive's report"), ("6(b)", "Integrated performance report")], id="en-6(a)-typed"),
    pytest.param("en", _subs("en", "6. Planning", ["6.1 Application 24/0123/FUL – Land at Mill Lane",
                                                    "6.2 Application 24/0150/HOU – 3 Church Street"]),
                 [("6.1", "Application 24/0123/FUL – Land at Mill Lane"),
                  ("6.2", "Application 24/0150/HOU – 3 Church Street")], id="en-planning-applications"),
    pytest.param("en", _subs("en", "6. Finance", ["6.1 To approve the payments list",
                                                   "6.2 To note the bank reconciliation"], ""),
                 [("6.1", "To approve the payments list"), ("6.2", "To note the bank reconciliation")],
                 id="en-6.1-typed-to-verb"),
    pytest.param("en", _subs("en", "Item 6: Committee reports",
                             ["Item 6.1: Audit Committee", "Item 6.2: Finance Committee"],
                             ends=("Item 1: Welcome", "Item 9: Close")),
                 [("6.1", "Audit Committee"), ("6.2", "Finance Committee")], id="en-item-6.1"),
    pytest.param("en", _subs("en", "6. Reports", ["i. Chief Executive's report", "ii. Integrated performance report"]),
                 [("6(i)", "Chief Executive's report"), ("6(ii)", "Integrated performance report")],
                 id="en-bare-roman-i", marks=SUB_BARE),
]


@pytest.mark.parametrize(("lang", "text", "subs"), SUBITEMS)
def test_parent_and_sub_items(lang: str, text: str, subs: list[tuple[str, str]]) -> None:
    items = _agenda(text, lang)
    parent = items[1] if len(items) > 1 else None
    assert [(_num(i), i.title) for i in items if i.level == 2] == subs
    assert parent is not None and parent.level == 1 and _num(items[-1]) in ("9", "IX") and len(items) == 3 + len(subs)


@pytest.mark.xfail(strict=True, reason="SUB-BARE-LETTER: sub-heading 'a) X' under '2.' becomes a new top-level item "
                   "numbered '3' (an invented number)")
def test_programme_with_nested_sub_items() -> None:
    text = """# Zápis z 12. zasedání zastupitelstva obce
Program:
[1.] Zahájení
[2.] Majetkové záležitosti
  [a)] Prodej pozemku p. č. 12/3
  [b)] Směna pozemků v k. ú. Horní Ves
[3.] Různé
## 1. Zahájení
Starosta zahájil zasedání.
## 2. Majetkové záležitosti
### a) Prodej pozemku p. č. 12/3
Zastupitelstvo schválilo prodej.
### b) Směna pozemků v k. ú. Horní Ves
Zastupitelstvo schválilo směnu.
## 3. Různé
Bez příspěvků."""
    items = _agenda(text, "cs")
    assert [(_num(i), i.title, i.level) for i in items] == [
        ("1", "Zahájení", 1), ("2", "Majetkové záležitosti", 1), ("2a", "Prodej pozemku p. č. 12/3", 2),
        ("2b", "Směna pozemků v k. ú. Horní Ves", 2), ("3", "Různé", 1)]


# --------------------------------------------------------------------------------------------------------------
# 5. Unnumbered headings of notes: each topic heading is an item numbered by position
# --------------------------------------------------------------------------------------------------------------

UNNUMBERED = [
    pytest.param("cs", "# Zápis z porady odboru\n**Kontrola úkolů**\nÚkoly jsou splněny.\n**Rozpočet odboru**\n"
                 "Čerpání je 40 %.\n**Různé**\nBez připomínek.",
                 [("1", "Kontrola úkolů"), ("2", "Rozpočet odboru"), ("3", "Různé")], id="cs-bold"),
    pytest.param("cs", "# Zápis z porady odboru\n## Kontrola úkolů\nÚkoly jsou splněny.\n## Rozpočet odboru\n"
                 "Čerpání je 40 %.\n## Různé\nBez připomínek.",
                 [("1", "Kontrola úkolů"), ("2", "Rozpočet odboru"), ("3", "Různé")], id="cs-headings"),
    pytest.param("en", "# Team meeting notes\n**Actions from last meeting**\nAll done.\n**Budget**\n"
                 "Spend is on track.\n**AOB**\nNone.",
                 [("1", "Actions from last meeting"), ("2", "Budget"), ("3", "AOB")], id="en-bold",
                 marks=_gap("UNNUMBERED-STANDARD-HEADING: topic 'Actions from last meeting' dropped from notes")),
    pytest.param("en", "# Regular meeting of the Board of Selectmen\nCALL TO ORDER: The Chair called the meeting "
                 "to order at 7:00 p.m.\nPUBLIC COMMENT: None.\nADJOURNMENT: The meeting adjourned at 8:10 p.m.",
                 [("1", "CALL TO ORDER"), ("2", "PUBLIC COMMENT"), ("3", "ADJOURNMENT")], id="en-caps-runin"),
    pytest.param("en", "# Team meeting notes\nAttendees: Ann, Tom, Priya\n## Release planning\nWe agreed the date.\n"
                 "## Hiring\nTwo offers out.\n## AOB\nNone.",
                 [("1", "Release planning"), ("2", "Hiring"), ("3", "AOB")], id="en-headings-after-attendees"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), UNNUMBERED)
def test_unnumbered_topic_headings(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(_num(i), i.title) for i in _agenda(text, lang)] == expected


# --------------------------------------------------------------------------------------------------------------
# 6. Numbered lists inside an item that are NOT agenda items
# --------------------------------------------------------------------------------------------------------------

def _inside(lang: str, inner: str) -> str:
    if lang == "cs":
        return (f"# Zápis z 3. zasedání zastupitelstva obce\n## 1. Zahájení\nStarosta zahájil zasedání.\n"
                f"## 2. Rozpočet obce na rok 2026\nNávrh rozpočtu byl zveřejněn.\n{inner}\n## 3. Různé\nNic.")
    return (f"# Minutes of the Finance Committee\n## 1. Apologies\nNone.\n## 2. Budget 2026/27\n"
            f"The Director of Finance presented the draft budget.\n{inner}\n## 3. Any other business\nNone.")


NOT_ITEMS = [
    pytest.param("cs", "Usnesení č. 3/2025\nZastupitelstvo obce\nI. schvaluje rozpočet obce na rok 2026;\n"
                 "II. ukládá starostovi zveřejnit schválený rozpočet.", id="cs-resolution-roman-typed"),
    pytest.param("cs", "Usnesení č. 3/2025\nZastupitelstvo obce\n[I.] schvaluje rozpočet obce na rok 2026;\n"
                 "[II.] ukládá starostovi zveřejnit schválený rozpočet.", id="cs-resolution-roman-list"),
    pytest.param("cs", "Zastupitelstvo obce:\n1. schvaluje rozpočet obce na rok 2026,\n2. bere na vědomí "
                 "střednědobý výhled,\n3. ukládá starostovi zveřejnit rozpočet.", id="cs-resolution-arabic-typed"),
    pytest.param("cs", "Usnesení:\na) schvaluje rozpočet obce na rok 2026,\nb) ukládá starostovi zveřejnit rozpočet.",
                 id="cs-resolution-letters"),
    pytest.param("cs", "**Usnesení č. 3/2025**\nZastupitelstvo obce schvaluje rozpočet.\nHlasování: pro 7, proti 0, "
                 "zdržel se 0.", id="cs-bold-resolution-heading"),
    pytest.param("cs", "Úkoly:\n[1.] Zveřejnit rozpočet na úřední desce. Z: starosta, T: 15. 1.\n"
                 "[2.] Zaslat rozpočet kraji. Z: účetní, T: 31. 1.", id="cs-numbered-tasks-list"),
    pytest.param("cs", "Úkoly:\n1. Zveřejnit rozpočet na úřední desce. Z: starosta, T: 15. 1.\n"
                 "2. Zaslat rozpočet kraji. Z: účetní, T: 31. 1.", id="cs-numbered-tasks-typed"),
    pytest.param("cs", "Připomínky členů:\n[1.] chybí položka na opravu hasičské zbrojnice,\n"
                 "[2.] navýšit příspěvek spolkům.", id="cs-numbered-remarks"),
    pytest.param("cs", "Návrh rozpočtu obsahuje:\n1. Příjmy 12,4 mil. Kč\n2. Výdaje 13,1 mil. Kč\n"
                 "3. Financování 0,7 mil. Kč", id="cs-numbered-figures-typed-capitalised"),
    pytest.param("cs", "### Usnesení\nZastupitelstvo obce schvaluje rozpočet.\n### Hlasování\nPro 7, proti 0.",
                 id="cs-subheadings-usneseni-hlasovani"),
    pytest.param("en", "RESOLVED:\n(1) That the budget for 2026/27 be approved.\n(2) That the Director of Finance "
                 "report monthly.", id="en-resolved-(1)"),
    pytest.param("en", "The Committee:\n1. APPROVED the budget for 2026/27;\n2. NOTED the risks set out in "
                 "section 5.", id="en-resolution-arabic-typed"),
    pytest.param("en", "The Committee:\n[1.] APPROVED the budget for 2026/27;\n[2.] NOTED the risks set out in "
                 "section 5.", id="en-resolution-arabic-list"),
    pytest.param("en", "Actions:\n1. Director of Finance to circulate the final budget by 31 March.\n"
                 "2. Clerk to publish the budget.", id="en-numbered-actions-typed"),
    pytest.param("en", "The key points were:\n[1.] Income is forecast to rise by 3%.\n"
                 "[2.] Pay costs remain the largest pressure.", id="en-key-points-list"),
    pytest.param("en", "The main risks were:\n1. Inflation\n2. Recruitment\n3. Energy costs",
                 id="en-short-numbered-lines-typed"),
    pytest.param("en", "### Recommendation\nThe Committee is asked to approve the budget.\n### Decision\nApproved.",
                 id="en-subheadings-recommendation-decision"),
    pytest.param("en", "Questions from members:\n1. Cllr Ward asked about reserves. The Director replied that "
                 "they stood at £2m.\n2. Cllr Lee asked about fees.", id="en-numbered-questions"),
]


@pytest.mark.parametrize(("lang", "inner"), NOT_ITEMS)
def test_numbered_lists_inside_an_item_are_not_items(lang: str, inner: str) -> None:
    assert [_num(i) for i in _agenda(_inside(lang, inner), lang)] == ["1", "2", "3"]


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("cs", "# Zápis\nPřítomni:\n1. Ing. Jana Malá\n2. Mgr. Petr Kos\n3. Eva Horká\n## 1. Zahájení\n"
                 "Text.\n## 2. Rozpočet\nText.\n## 3. Různé\nText.", id="cs-numbered-attendees-typed"),
    pytest.param("cs", "# Zápis\nPřítomni:\n[1.] Ing. Jana Malá\n[2.] Mgr. Petr Kos\n[3.] Eva Horká\n## 1. Zahájení\n"
                 "Text.\n## 2. Rozpočet\nText.\n## 3. Různé\nText.", id="cs-numbered-attendees-list"),
    pytest.param("en", "# Minutes\nPresent:\n1. Cllr A Lee (Chair)\n2. Cllr T Ward\n3. Cllr S Brown\n## 1. Apologies\n"
                 "None.\n## 2. Budget\nNoted.\n## 3. AOB\nNone.", id="en-numbered-attendees-typed"),
    pytest.param("cs", "# Zápis\n## 1. Zahájení\nText.\n## 2. Rozpočet\nText.\n## 3. Různé\nText.\nPřílohy:\n"
                 "1. Prezenční listina\n2. Návrh rozpočtu", id="cs-numbered-attachments"),
    pytest.param("en", "# Minutes\n## 1. Apologies\nNone.\n## 2. Budget\nNoted.\n## 3. AOB\nNone.\nAppendices:\n"
                 "1. Attendance list\n2. Budget report", id="en-numbered-appendices"),
])
def test_numbered_lists_around_the_items_are_not_items(lang: str, text: str) -> None:
    assert [_num(i) for i in _agenda(text, lang)] == ["1", "2", "3"]


# --------------------------------------------------------------------------------------------------------------
# 7. Presenters (Czech): the item "2. Rozpočet obce na rok 2026" with its heading and first lines
# --------------------------------------------------------------------------------------------------------------

_CS_HEAD = ("# Zápis z 3. jednání finančního výboru\n"
            "Přítomni: Ing. Jana Malá (předsedkyně), Mgr. Petr Kos, Ing. Tomáš Brabec, Bc. Eva Horká (tajemnice)\n"
            "Hosté: Ing. Lucie Dvořáková (MMR), JUDr. Karel Vávra (KÚ), Ing. Josef Novák, starosta obce\n"
            "## 1. Zahájení\nJednání bylo zahájeno v 16:00.\n")


def _cs(body: str, heading: str = "## 2. Rozpočet obce na rok 2026") -> str:
    return f"{_CS_HEAD}{heading}\n{body}\n## 3. Různé\nBez příspěvků."


def _cs_p(body: str, presenters: tuple[str, ...], heading: str = "## 2. Rozpočet obce na rok 2026", marks=(),
          id: str = ""):  # noqa: A002 - pytest's name
    return pytest.param(_cs(body, heading), presenters, marks=marks, id=id)



CS_PRESENTERS = [
    _cs_p("Předkladatel: Ing. Tomáš Brabec\nNávrh byl projednán.", ("Tomáš Brabec",), id="predkladatel-full"),
    _cs_p("Předkladatel: Ing. Brabec\nNávrh byl projednán.", ("Tomáš Brabec",), id="predkladatel-surname"),
    _cs_p("Předkládá: Ing. Tomáš Brabec\nNávrh byl projednán.", ("Tomáš Brabec",), id="predklada-label"),
    _cs_p("Předkládá: starosta\nNávrh byl projednán.", ("Josef Novák",), id="predklada-role"),
    _cs_p("Zpravodaj: Mgr. Petr Kos\nZpravodaj doporučil návrh schválit.", ("Petr Kos",), id="zpravodaj-label"),
    _cs_p("Předkladatel: Ing. Tomáš Brabec\nZpravodaj: Mgr. Petr Kos\nNávrh byl projednán.",
          ("Tomáš Brabec", "Petr Kos"), id="predkladatel-and-zpravodaj"),
    _cs_p("Předkladatelé: Ing. Brabec, Ing. Dvořáková\nNávrh byl projednán.", ("Tomáš Brabec", "Lucie Dvořáková"),
          id="predkladatele-two"),
    _cs_p("Návrh byl projednán.", ("Tomáš Brabec",), heading="## 2. Rozpočet obce na rok 2026 (předkládá Ing. Brabec)",
          id="heading-predklada-in-parens"),
    _cs_p("Návrh byl projednán.", ("Tomáš Brabec",), heading="## 2. Rozpočet obce na rok 2026 – předkládá Ing. Brabec",
          id="heading-predklada-after-dash"),
    _cs_p("Návrh byl projednán.", ("Tomáš Brabec",), heading="## 2. Rozpočet obce na rok 2026 (Ing. Brabec)",
          id="heading-name-in-parens"),
    _cs_p("Návrh byl projednán.", ("Lucie Dvořáková",),
          heading="## 2. Rozpočet obce na rok 2026: Lucie Dvořáková | MMR", id="heading-name-pipe-body"),
    _cs_p("Prezentace MMR: Lucie Dvořáková | MMR\nNávrh byl projednán.", ("Lucie Dvořáková",), id="prezentace-pipe"),
    _cs_p("Ing. Brabec uvedl, že návrh rozpočtu je vyrovnaný.", ("Tomáš Brabec",), id="uvedl-first-sentence"),
    _cs_p("Materiál uvedl Ing. Brabec.", ("Tomáš Brabec",), id="material-uvedl-inverted"),
    _cs_p("Bod uvedla předsedkyně výboru.", ("Jana Malá",), id="bod-uvedla-role"),
    _cs_p("Ing. Dvořáková představila výsledky výzvy.", ("Lucie Dvořáková",), id="predstavila"),
    _cs_p("Ing. Dvořáková (MMR) informovala o přípravě výzvy.", ("Lucie Dvořáková",), id="informovala-with-org"),
    _cs_p("Informaci podala Ing. Dvořáková.", ("Lucie Dvořáková",), id="informaci-podala-inverted"),
    _cs_p("Zprávu přednesl Mgr. Kos.", ("Petr Kos",), id="zpravu-prednesl"),
    _cs_p("Návrh předložil Ing. Brabec.", ("Tomáš Brabec",), id="navrh-predlozil"),
    _cs_p("Úvodní slovo přednesl Ing. Brabec.", ("Tomáš Brabec",), id="uvodni-slovo"),
    _cs_p("S návrhem rozpočtu seznámil přítomné Ing. Brabec.", ("Tomáš Brabec",), id="seznamil-inverted"),
    _cs_p("Tajemnice seznámila členy s plněním úkolů.", ("Eva Horká",), id="tajemnice-role"),
    _cs_p("Předsedkyně seznámila členy s návrhem rozpočtu.", ("Jana Malá",), id="predsedkyne-role"),
    _cs_p("Starosta obce představil návrh rozpočtu.", ("Josef Novák",), id="starosta-role-guest"),
    _cs_p("Ing. Brabec, člen výboru, předložil návrh rozpočtu.", ("Tomáš Brabec",), id="apposition-role"),
    _cs_p("Ing. Dvořáková a JUDr. Vávra představili pravidla dotačního programu.",
          ("Lucie Dvořáková", "Karel Vávra"), id="two-presenters-coordinated"),
    _cs_p("Ing. Dvořáková představila pravidla výzvy. JUDr. Vávra informoval o kontrolách kraje.",
          ("Lucie Dvořáková", "Karel Vávra"), id="two-presenters-sentences"),
    _cs_p("Ing. Radek Sýkora (ŘSD ČR) představil harmonogram stavby obchvatu.", ("Radek Sýkora",),
          id="guest-not-in-attendance"),
    _cs_p("Pan Sýkora představil harmonogram stavby.", ("Sýkora",), id="surname-only-as-written"),
    _cs_p("Ing. Brabec podal informaci o čerpání rozpočtu.", ("Tomáš Brabec",), id="podal-informaci"),
    _cs_p("Ing. Brabec prezentoval návrh rozpočtu.", ("Tomáš Brabec",), id="prezentoval"),
    _cs_p("Návrh rozpočtu představil p. Brabec.", ("Tomáš Brabec",), id="p-surname-inverted"),
    _cs_p("Pan starosta informoval o návrhu rozpočtu.", ("Josef Novák",), id="pan-starosta"),
    _cs_p("Předkladatel: Ing. Tomáš Brabec, vedoucí finančního odboru\nNávrh byl projednán.", ("Tomáš Brabec",),
          id="predkladatel-with-role-tail"),
    _cs_p("Předkládá: Ing. Brabec (FO)\nNávrh byl projednán.", ("Tomáš Brabec",), id="predklada-with-dept"),
    _cs_p("Předsedkyně udělila slovo Ing. Dvořákové, která představila pravidla výzvy.", ("Lucie Dvořáková",),
          id="udelila-slovo-ktera-predstavila",
          marks=_gap("PRES-CS-OBLIQUE-CASE: 'udělila slovo Ing. Dvořákové, která představila' gives the dative form")),
    _cs_p("Mgr. Kos se dotázal, zda rozpočet počítá s opravou školy. Ing. Brabec odpověděl, že ano.", (),
          id="neg-asker-and-answerer"),
    _cs_p("Mgr. Kos upozornil na nízkou rezervu.", (), id="neg-upozornil",
          marks=_gap("PRES-REMARK-VERB: a discussion remark ('upozornil') taken for presenting the item")),
    _cs_p("Návrh rozpočtu byl zveřejněn na úřední desce.", (), id="neg-nobody"),
    _cs_p("Ing. Brabec představil návrh rozpočtu. Mgr. Kos doplnil, že rezerva je nízká.", ("Tomáš Brabec",),
          id="neg-doplnil-second-speaker"),
]


@pytest.mark.parametrize(("text", "presenters"), CS_PRESENTERS)
def test_czech_presenters(text: str, presenters: tuple[str, ...]) -> None:
    items = {_num(i): i for i in _agenda(text, "cs")}
    assert items["2"].presenters == presenters


@pytest.mark.parametrize(("heading", "title"), [
    ("## 2. Rozpočet obce na rok 2026 (předkládá Ing. Brabec)", "Rozpočet obce na rok 2026"),
    pytest.param("## 2. Rozpočet obce na rok 2026 – předkládá Ing. Brabec", "Rozpočet obce na rok 2026"),
    pytest.param("## 2. Rozpočet obce na rok 2026 (předkladatel: starosta)", "Rozpočet obce na rok 2026"),
    ("## 2. Rozpočet obce na rok 2026: Lucie Dvořáková | MMR", "Rozpočet obce na rok 2026"),
    pytest.param("## 2. Rozpočet obce na rok 2026 (zpravodaj Mgr. Kos)", "Rozpočet obce na rok 2026"),
], ids=_slug)
def test_presenter_written_into_the_heading_is_not_in_the_title(heading: str, title: str) -> None:
    items = {_num(i): i for i in _agenda(_cs("Text.", heading), "cs")}
    assert items["2"].title == title


# --------------------------------------------------------------------------------------------------------------
# 8. Presenters (English): the item "2. Finance report" with its heading and first lines
# --------------------------------------------------------------------------------------------------------------

_EN_HEAD = ("# Minutes of the Trust Board meeting held in public\n"
            "Present: Cllr Ann Lee (Chair), Cllr Tom Ward, Dr Sarah Brown\n"
            "In attendance: Nadia Folkes (NF), Director of Finance; Ivor Dane (ID), Company Secretary; "
            "Helen Venn (HV), Chief Nurse; Mrs J Patel, Clerk\n"
            "## 1. Welcome and apologies\nThere were no apologies.\n")


def _en(body: str, heading: str = "## 2. Finance report") -> str:
    return f"{_EN_HEAD}{heading}\n{body}\n## 3. Any other business\nNone."


def _en_p(body: str, presenters: tuple[str, ...], heading: str = "## 2. Finance report", marks=(), id: str = ""):  # noqa: A002
    return pytest.param(_en(body, heading), presenters, marks=marks, id=id)


EN_PRESENTERS = [
    _en_p("Presenter: Nadia Folkes\nThe Board noted the report.", ("Nadia Folkes",), id="presenter-label"),
    _en_p("Presented by: Nadia Folkes, Director of Finance\nThe Board noted the report.", ("Nadia Folkes",),
          id="presented-by-label"),
    _en_p("Presenter: Director of Finance\nThe Board noted the report.", ("Nadia Folkes",), id="presenter-role"),
    _en_p("Presenters: Nadia Folkes and Ivor Dane\nThe Board noted the report.", ("Nadia Folkes", "Ivor Dane"),
          id="presenters-two"),
    _en_p("Lead: Helen Venn\nThe Board noted the report.", ("Helen Venn",), id="lead-label"),
    _en_p("Executive lead: Chief Nurse\nThe Board noted the report.", ("Helen Venn",), id="executive-lead-role"),
    _en_p("Introduced by: Cllr Tom Ward\nThe Board noted the report.", ("Tom Ward",), id="introduced-by-label"),
    _en_p("The Board noted the report.", ("Nadia Folkes",), heading="## 2. Finance report (presented by Nadia Folkes)",
          id="heading-presented-by"),
    _en_p("The Board noted the report.", ("Nadia Folkes",), heading="## 2. Finance report (Director of Finance)",
          id="heading-role-in-parens"),
    _en_p("The Board noted the report.", ("Helen Venn",), heading="## 2. Finance report (HV)",
          id="heading-initials-in-parens"),
    _en_p("The Board noted the report.", ("Nadia Folkes",), heading="## 2. Finance report – Nadia Folkes",
          id="heading-name-after-dash"),
    _en_p("The Board noted the report.", ("Nadia Folkes",), heading="## 2. Finance report (NF)",
          id="heading-initials-nf"),
    _en_p("The Director of Finance presented the month 9 finance report.", ("Nadia Folkes",), id="role-presented"),
    _en_p("Nadia Folkes introduced the report.", ("Nadia Folkes",), id="name-introduced"),
    _en_p("NF introduced the report and highlighted the deficit.", ("Nadia Folkes",), id="initials-introduced"),
    _en_p("The Chief Nurse presented the quality report, highlighting two serious incidents.", ("Helen Venn",),
          id="chief-nurse-presented"),
    _en_p("Nadia Folkes and Helen Venn presented the joint report.", ("Nadia Folkes", "Helen Venn"),
          id="two-names-presented"),
    _en_p("The report was presented by the Company Secretary.", ("Ivor Dane",), id="passive-role"),
    _en_p("The Board received a report from the Director of Finance.", ("Nadia Folkes",), id="received-report-from"),
    _en_p("Cllr Ward introduced the item.", ("Tom Ward",), id="cllr-surname-introduced"),
    _en_p("Dr Brown gave a verbal update on the recovery plan.", ("Sarah Brown",), id="verbal-update"),
    _en_p("A presentation was given by Helen Venn on the new ward.", ("Helen Venn",), id="presentation-given-by",
          marks=_gap("PRES-EN-PASSIVE-NOUN: 'A presentation was given by X' not read")),
    _en_p("Helen Venn, Chief Nurse, presented the report.", ("Helen Venn",), id="apposition-role"),
    _en_p("The Company Secretary took the Board through the paper.", ("Ivor Dane",), id="took-through"),
    _en_p("The Clerk reported that the precept had been received.", ("J Patel",), id="clerk-reported"),
    _en_p("The Director of Finance spoke to the paper, which was taken as read.", ("Nadia Folkes",),
          id="spoke-to-the-paper"),
    _en_p("Mr Raj Mehta (external auditor, Grant Hale LLP) presented the audit findings.", ("Raj Mehta",),
          id="guest-not-in-attendance"),
    _en_p("The Chair invited Nadia Folkes to present the report.", ("Nadia Folkes",), id="chair-invited-x",
          marks=_gap("PRES-EN-INVITED: 'The Chair invited X to present the report' not read as X presenting")),
    _en_p("The item was introduced by the Director of Finance.", ("Nadia Folkes",), id="introduced-by-passive"),
    _en_p("Nadia Folkes updated the Board on the financial position.", ("Nadia Folkes",), id="updated-the-board"),
    _en_p("Nadia Folkes took the report as read and highlighted the deficit.", ("Nadia Folkes",),
          id="took-as-read"),
    _en_p("Cllr Ward, Chair of the Audit Committee, presented the committee's annual report.", ("Tom Ward",),
          id="cllr-apposition-chair-of"),
    _en_p("Paper presented by NF.\nThe Board noted the report.", ("Nadia Folkes",), id="paper-presented-by-initials",
          marks=_gap("PRES-EN-BY-INITIALS: 'Paper presented by NF.' (initials after 'by') not resolved")),
    _en_p("Mrs Patel, the Clerk, presented the accounts.", ("J Patel",), id="mrs-surname-apposition",
          marks=_gap("PRES-EN-INITIAL-NAME: 'Mrs Patel' not resolved to the attendance list's 'Mrs J Patel'")),
    _en_p("Cllr Ward asked whether reserves were adequate. The Director of Finance replied that they were.", (),
          id="neg-asker-and-answerer"),
    _en_p("The Board noted the report.", (), id="neg-nobody"),
    _en_p("Members discussed the report and Cllr Ward raised concerns about agency spend.", (),
          id="neg-raised-concerns"),
]


@pytest.mark.parametrize(("text", "presenters"), EN_PRESENTERS)
def test_english_presenters(text: str, presenters: tuple[str, ...]) -> None:
    items = {_num(i): i for i in _agenda(text, "en")}
    assert items["2"].presenters == presenters


@pytest.mark.parametrize(("heading", "title"), [
    ("## 2. Finance report (presented by Nadia Folkes)", "Finance report"),
    ("## 2. Finance report (Director of Finance)", "Finance report"),
    pytest.param("## 2. Finance report – Presenter: Nadia Folkes", "Finance report"),
    pytest.param("## 2. Finance report (NF)", "Finance report"),
], ids=_slug)
def test_english_presenter_in_the_heading_is_not_in_the_title(heading: str, title: str) -> None:
    items = {_num(i): i for i in _agenda(_en("The Board noted the report.", heading), "en")}
    assert items["2"].title == title
