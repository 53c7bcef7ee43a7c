"""PDF loader on PDFs built here with reportlab: spacing, columns, hyphens, furniture, bullets, tables."""

from __future__ import annotations

import difflib
import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from minutes_nlp.document import BlockKind, Document
from minutes_nlp.loaders import load

canvas_mod = pytest.importorskip("reportlab.pdfgen.canvas")
pdfmetrics = pytest.importorskip("reportlab.pdfbase.pdfmetrics")

PAGE_H = 842.0
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SENTENCE = "The committee approved the budget for next year unanimously"


@dataclass
class Page:
    texts: list[tuple[float, float, str, str, float]] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)

    def text(self, x: float, y: float, s: str, font: str = "Helvetica", size: float = 11) -> Page:
        self.texts.append((x, y, s, font, size))
        return self

    def lines(self, x: float, y: float, rows: list[str], pitch: float = 14, **kw: object) -> float:
        for row in rows:
            self.text(x, y, row, **kw)  # type: ignore[arg-type]
            y += pitch
        return y


def build(path: Path, pages: list[Page]) -> Path:
    c = canvas_mod.Canvas(str(path), pagesize=(595, PAGE_H))
    for page in pages:
        for x, y, s, font, size in page.texts:
            c.setFont(font, size)
            c.drawString(x, PAGE_H - y, s)
        for x0, y0, x1, y1 in page.rules:
            c.line(x0, PAGE_H - y0, x1, PAGE_H - y1)
        for op in page.raw:
            c._code.append(op)
        c.showPage()
    c.save()
    return path


def body(doc: Document) -> str:
    return "\n".join(b.text for b in doc.blocks)


# -- word spacing --------------------------------------------------------------------------------------------

def _words_apart(page: Page, y: float, gap_em: float) -> None:
    x = 72.0
    for word in SENTENCE.split():
        page.text(x, y, word)
        x += pdfmetrics.stringWidth(word, "Helvetica", 11) + gap_em * 11


def _kerned(page: Page, y: float, gap_em: float) -> None:
    """Words positioned by TJ offsets with no space glyph at all, as some exporters write them."""
    parts = " ".join(f"({w}) {-int(gap_em * 1000)}" for w in SENTENCE.split())
    page.raw.append(f"BT /F1 11 Tf 72 {PAGE_H - y:.0f} Td [{parts}] TJ ET")


@pytest.mark.parametrize("gap_em", [0.12, 0.2, 0.3])
@pytest.mark.parametrize("writer", [_words_apart, _kerned])
def test_words_not_glued(tmp_path: Path, writer, gap_em: float) -> None:
    page = Page().text(72, 60, "Minutes")  # registers /F1 (Helvetica) for the raw TJ operators
    for i in range(3):
        writer(page, 120 + 14 * i, gap_em)
    doc = load(build(tmp_path / "spacing.pdf", [page]))
    assert SENTENCE in body(doc)
    assert "committeeapproved" not in body(doc)


@pytest.mark.parametrize("char_space", [-0.8, -0.4, 0.0, 0.6])
def test_tight_character_spacing_keeps_spaces(tmp_path: Path, char_space: float) -> None:
    c = canvas_mod.Canvas(str(tmp_path / "tight.pdf"))
    for i in range(3):
        t = c.beginText(72, 700 - 14 * i)
        t.setFont("Helvetica", 11)
        t.setCharSpace(char_space)
        t.textLine(SENTENCE)
        c.drawText(t)
    c.save()
    assert SENTENCE in body(load(tmp_path / "tight.pdf"))


# -- columns -------------------------------------------------------------------------------------------------

LEFT = [f"Left column line {i} about the water supply plan." for i in range(12)]
RIGHT = [f"Right column line {i} about the school canteen." for i in range(12)]


@pytest.mark.parametrize("interleaved", [False, True])
def test_two_columns_read_column_by_column(tmp_path: Path, interleaved: bool) -> None:
    page = Page().text(72, 60, "Minutes of the Joint Board", "Helvetica-Bold", 16)
    if interleaved:  # each row of both columns written together: stream order is wrong, geometry is right
        for i, (left, right) in enumerate(zip(LEFT, RIGHT, strict=True)):
            page.text(72, 100 + 13 * i, left, size=9).text(310, 100 + 13 * i, right, size=9)
    else:
        page.lines(72, 100, LEFT, pitch=13, size=9)
        page.lines(310, 100, RIGHT, pitch=13, size=9)
    text = body(load(build(tmp_path / "cols.pdf", [page])))
    positions = [text.index(s.rstrip(".")) for s in LEFT + RIGHT]
    assert positions == sorted(positions)
    assert text.index("Joint Board") < positions[0]


@pytest.mark.parametrize(("left_end", "right_start", "one_block"), [
    ("and the council repaired", "the road at its own cost in May.", True),  # a sentence cut at the column's foot
    ("a souhlasné stanovisko k návrhu", "úpravy zonace vydala rada.", True),
    ("and the council repaired the road.", "the next item was the budget.", False),  # a sentence ended there
    ("and the council repaired", "The next item was the budget.", False),  # a capital opens a new paragraph
])
def test_sentence_cut_at_the_foot_of_a_column(tmp_path: Path, left_end: str, right_start: str,
                                              one_block: bool) -> None:
    page = Page()
    page.lines(72, 100, [*LEFT[:11], left_end], pitch=13, size=9)
    page.lines(310, 100, [right_start, *RIGHT[1:]], pitch=13, size=9)
    blocks = [b.text for b in load(build(tmp_path / "cols.pdf", [page])).blocks]
    joined = f"{left_end} {right_start}"
    assert any(joined in b for b in blocks) is one_block
    assert any(b.startswith(right_start) for b in blocks) is not one_block


# -- hyphenation ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("first", "second", "expected"), [
    ("The budget was discussed by the commit-", "tee in detail and approved.", "committee in detail"),
    ("The budget was discussed by the commit -", "tee in detail and approved.", "committee in detail"),
    ("The result of the meeting was a follow-", "up on the budget and the plan.", "follow-up on"),
    ("The motion was proposed by Mrs Smith-", "Jones and seconded by Mr Brown.", "Smith-Jones and"),
    ("Decision was taken for the period 2020-", "2024 as agreed by the board.", "2020-2024 as"),
])
def test_end_of_line_hyphens(tmp_path: Path, first: str, second: str, expected: str) -> None:
    page = Page()
    page.lines(72, 100, [first + " " * 0, second])
    doc = load(build(tmp_path / "hyph.pdf", [page]))
    assert expected in body(doc)


def test_hyphen_join_across_page_break(tmp_path: Path) -> None:
    filler = ["This paragraph runs to the very end of the first page and keeps on going with"] * 3
    p1, p2 = Page(), Page()
    p1.lines(72, 700, filler + ["more words until the word imple-"])
    p2.lines(72, 80, ["mentation is split across the page break.", "", ])
    doc = load(build(tmp_path / "pages.pdf", [p1, p2]))
    assert "implementation is split" in body(doc)
    block = next(b for b in doc.blocks if "implementation" in b.text)
    assert block.page == 1


@pytest.mark.skipif(not DEJAVU.is_file(), reason="DejaVuSans.ttf not installed: Czech glyphs need a TTF")
def test_czech_hyphenation_and_diacritics(tmp_path: Path) -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU)))
    page = Page()
    page.lines(72, 100, ["Zmíněno bylo i vystoupení na neformální ministe -", "riádě pod hlavičkou předsednictví.",
                         "Příliš žluťoučký kůň úpěl ďábelské ódy, bude-", "li to možné."], font="DejaVu")
    text = body(load(build(tmp_path / "cs.pdf", [page])))
    assert "neformální ministeriádě pod" in text
    assert "Příliš žluťoučký kůň úpěl ďábelské ódy, bude-li to možné." in text


# -- furniture -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("footer", ["{n}/{m}", "{n}", "strana {n} z {m}", "Page {n} of {m}", "- {n} -"])
def test_running_header_and_page_numbers_are_furniture(tmp_path: Path, footer: str) -> None:
    pages = []
    for n in range(1, 4):
        page = Page().text(400, 40, "Town Council of Exampleton", size=8)
        page.lines(72, 120, [f"Paragraph on page {n} explains the decision taken at the meeting."] * 2)
        page.text(290, 800, footer.format(n=n, m=3), size=9)
        pages.append(page)
    doc = load(build(tmp_path / "furn.pdf", pages))
    assert "Exampleton" not in body(doc)
    marks = [footer.format(n=n, m=3) for n in (1, 2, 3)]
    assert not any(b.text == m or b.text.endswith(" " + m) for b in doc.blocks for m in marks)
    assert {f.kind for f in doc.furniture} >= {"header"}
    assert len([f for f in doc.furniture if f.kind == "page_number"]) == 3
    assert sorted({b.page or 0 for b in doc.blocks}) == [1, 2, 3]


@pytest.mark.parametrize("tail", ["2024.", "2024", "12."])
def test_number_wrapped_to_the_top_of_a_page_is_body_text(tmp_path: Path, tail: str) -> None:
    """A date that wraps so that only its year starts the next page is the end of a sentence, not a page
    number: only numbers that fit the page's position (or a numbering repeated across pages) are furniture."""
    filler = ["The treasurer will prepare the budget amendment that moves the surplus into the plan by"] * 3
    p1, p2 = Page(), Page()
    p1.lines(72, 700, filler + ["the thirtieth of April"])
    p2.lines(72, 60, [tail])
    p2.lines(72, 120, ["The chair closed the meeting."])
    doc = load(build(tmp_path / "wrap.pdf", [p1, p2]))
    assert tail.rstrip(".") in body(doc)
    assert not [f for f in doc.furniture if f.kind == "page_number"]


def test_excerpt_numbered_from_a_later_page_keeps_its_page_numbers_out(tmp_path: Path) -> None:
    pages = []
    for n in range(1, 4):
        page = Page()
        page.lines(72, 120, [f"Paragraph on page {n} explains the decision taken at the meeting."] * 2)
        page.text(290, 800, str(36 + n), size=9)
        pages.append(page)
    doc = load(build(tmp_path / "excerpt.pdf", pages))
    assert not any(b.text in {"37", "38", "39"} for b in doc.blocks)
    assert len([f for f in doc.furniture if f.kind == "page_number"]) == 3


@pytest.mark.parametrize(("first", "second"), [
    ("Hlasování o usnesení 3/2025: pro 9, proti 0.", "Hlasování o usnesení 7/2025: pro 8, proti 1."),
    ("Vote on resolution 12/4: carried 6-1.", "Vote on resolution 12/9: carried 5-2."),
    ("Usnesení 14 bylo schváleno (pro 11).", "Usnesení 19 bylo schváleno (pro 10)."),
])
def test_like_lines_opening_two_pages_stay_in_the_body(tmp_path: Path, first: str, second: str) -> None:
    """Two vote lines of one pattern that happen to open pages 2 and 4 are minutes, not a running header: their
    numbers neither stay the same nor follow the page. The real running header and footer still go."""
    pages = []
    for n in range(1, 5):
        page = Page().text(400, 40, "Town Council of Exampleton, 10 March 2025", size=8)
        opening = {2: [first], 4: [second]}.get(n, [])
        page.lines(72, 72, opening + [f"Paragraph on page {n} explains the decision taken at the meeting."] * 2)
        page.text(250, 800, f"Minutes 4/2025, page {n} of 4", size=9)
        pages.append(page)
    doc = load(build(tmp_path / "votes.pdf", pages))
    assert first in body(doc) and second in body(doc)
    assert "Exampleton" not in body(doc) and "Minutes 4/2025" not in body(doc)
    assert {f.kind for f in doc.furniture} >= {"header"}


# -- bullets, headings, tables -------------------------------------------------------------------------------

@pytest.mark.parametrize("glyph", ["•", "·", "-"])
def test_bullets_become_list_items(tmp_path: Path, glyph: str) -> None:
    page = Page().text(72, 80, "The board noted the following:")
    for i, item in enumerate(["Roads to be repaired", "Library hours extended", "Park benches replaced"]):
        page.text(80, 100 + 14 * i, glyph).text(95, 100 + 14 * i, item)
    doc = load(build(tmp_path / "bullets.pdf", [page]))
    items = [b for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    if glyph == "-":
        assert [b.text for b in items] in ([], ["Roads to be repaired", "Library hours extended",
                                                 "Park benches replaced"])
        return
    assert [b.text for b in items] == ["Roads to be repaired", "Library hours extended", "Park benches replaced"]
    assert {b.list_label for b in items} == {"•" if glyph == "•" else "·"}


def test_bold_and_large_lines_are_heading_hints(tmp_path: Path) -> None:
    page = Page().text(72, 60, "Minutes of the Board", "Helvetica", 18)
    page.text(72, 100, "Item 3 – Budget for 2025", "Helvetica-Bold", 11)
    page.lines(72, 120, ["The treasurer presented the draft budget and answered", "questions from the members."])
    page.text(72, 160, "Item 4 – Any other business", "Helvetica-Bold", 11)
    page.lines(72, 180, ["Nothing was raised under this item by the members present."])
    doc = load(build(tmp_path / "heads.pdf", [page]))
    hints = [b.text for b in doc.blocks if b.heading_hint]
    assert hints == ["Minutes of the Board", "Item 3 – Budget for 2025", "Item 4 – Any other business"]
    assert [b.level for b in doc.blocks if b.heading_hint] == [1, 2, 2]
    para = next(b for b in doc.blocks if b.text.startswith("The treasurer"))
    assert para.text.endswith("questions from the members.") and not para.heading_hint


def test_label_value_table_without_rules(tmp_path: Path) -> None:
    page = Page().text(72, 60, "Minutes", "Helvetica-Bold", 16)
    for i, (label, value) in enumerate([("Date", "3 March 2025, 10:00"), ("Place", "Town hall, room 2"),
                                        ("Present", "A. Smith, B. Jones, C. Brown")]):
        page.text(72, 100 + 16 * i, label, "Helvetica-Bold").text(220, 100 + 16 * i, value)
    page.lines(72, 170, ["The chair opened the meeting and welcomed the members."])
    doc = load(build(tmp_path / "lv.pdf", [page]))
    table = next(b for b in doc.blocks if b.kind is BlockKind.TABLE)
    assert table.rows == (("Date", "3 March 2025, 10:00"), ("Place", "Town hall, room 2"),
                          ("Present", "A. Smith, B. Jones, C. Brown"))
    assert doc.blocks[-1].text.startswith("The chair opened")


def test_ruled_table(tmp_path: Path) -> None:
    page = Page().text(72, 60, "Action list", "Helvetica-Bold", 14)
    xs, ys = [70, 250, 450, 530], [90, 110, 130, 150]
    page.rules += [(xs[0], y, xs[-1], y) for y in ys] + [(x, ys[0], x, ys[-1]) for x in xs]
    rows = [("Task", "Owner", "Due"), ("Repair the roof", "J. Novak", "May"), ("Order chairs", "P. Kral", "June")]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            page.text(xs[c] + 4, ys[r] + 14, cell, size=10)
    page.lines(72, 200, ["The list above was agreed by everyone present at the meeting."])
    doc = load(build(tmp_path / "ruled.pdf", [page]))
    table = next(b for b in doc.blocks if b.kind is BlockKind.TABLE)
    assert table.rows == tuple(rows)
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.PARAGRAPH]


def test_paragraphs_split_by_spacing(tmp_path: Path) -> None:
    page = Page()
    y = page.lines(72, 100, ["First paragraph starts here and continues on", "the next line of the page."])
    page.lines(72, y + 12, ["Second paragraph is separated by extra space and", "also has two lines of text."])
    doc = load(build(tmp_path / "paras.pdf", [page]))
    assert [b.text for b in doc.blocks] == [
        "First paragraph starts here and continues on the next line of the page.",
        "Second paragraph is separated by extra space and also has two lines of text."]


def test_unruled_three_column_table_with_wrapped_cell(tmp_path: Path) -> None:
    page = Page().text(72, 60, "Tasks", "Helvetica-Bold", 14)
    rows = [("Task", "Owner", "Due"), ("Repair the roof of", "J. Novak", "May"), ("the school", "", ""),
            ("Order new chairs", "P. Kral", "June")]
    for r, row in enumerate(rows):
        for x, cell_text in zip((72, 260, 420), row, strict=True):
            if cell_text:
                page.text(x, 100 + 14 * r, cell_text, size=10)
    page.lines(72, 180, ["The list above was agreed by everyone present at the meeting."])
    doc = load(build(tmp_path / "unruled.pdf", [page]))
    table = next(b for b in doc.blocks if b.kind is BlockKind.TABLE)
    assert table.rows == (("Task", "Owner", "Due"), ("Repair the roof of the school", "J. Novak", "May"),
                          ("Order new chairs", "P. Kral", "June"))


@pytest.mark.parametrize("repeat_header", [False, True])
def test_table_split_across_pages_is_one_table(tmp_path: Path, repeat_header: bool) -> None:
    xs = [70, 250, 450]
    header = ("Task", "Owner")

    def grid(page: Page, top: float, rows: list[tuple[str, str]]) -> None:
        ys = [top + 20 * i for i in range(len(rows) + 1)]
        page.rules += [(xs[0], y, xs[-1], y) for y in ys] + [(x, ys[0], x, ys[-1]) for x in xs]
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                page.text(xs[c] + 4, ys[r] + 14, text, size=10)

    p1, p2 = Page(), Page()
    p1.lines(72, 80, ["The following tasks were agreed at the meeting of the board today:"])
    grid(p1, 700, [header, ("Repair the roof", "J. Novak"), ("Order chairs", "P. Kral")])
    grid(p2, 60, ([header] if repeat_header else []) + [("Paint the hall", "M. Dvorak")])
    p2.lines(72, 160, ["The meeting closed at nine in the evening after a short discussion."])
    doc = load(build(tmp_path / "split.pdf", [p1, p2]))
    tables = [b for b in doc.blocks if b.kind is BlockKind.TABLE]
    assert len(tables) == 1 and tables[0].page == 1
    assert tables[0].rows == (header, ("Repair the roof", "J. Novak"), ("Order chairs", "P. Kral"),
                              ("Paint the hall", "M. Dvorak"))


def test_page_without_text_is_warned_about(tmp_path: Path) -> None:
    text_page = Page()
    text_page.lines(72, 100, ["The board met and approved the plan for the next year."] * 3)
    scan = Page()
    scan.raw.append("0.5 g 72 300 400 300 re f")
    doc = load(build(tmp_path / "mixed.pdf", [text_page, scan]))
    assert doc.blocks and any("page(s) 2 have no text layer" in w for w in doc.warnings)


def test_nested_bullets_get_levels(tmp_path: Path) -> None:
    page = Page().text(72, 80, "The board noted the following points:")
    items = [(80, "Roads"), (100, "Main street"), (100, "Bridge"), (80, "Schools"), (120, "Roof of the gym")]
    for i, (x, item) in enumerate(items):
        page.text(x, 100 + 14 * i, "•").text(x + 15, 100 + 14 * i, item)
    doc = load(build(tmp_path / "nested.pdf", [page]))
    got = [(b.level, b.text) for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert got == [(1, "Roads"), (2, "Main street"), (2, "Bridge"), (1, "Schools"), (3, "Roof of the gym")]


@pytest.mark.parametrize("rotation", [90, 270])
def test_rotated_landscape_page_reads_top_down(tmp_path: Path, rotation: int) -> None:
    """A landscape page stored as a rotated portrait page: the text is drawn turned so it is upright on screen."""
    c = canvas_mod.Canvas(str(tmp_path / "rot.pdf"), pagesize=(595, 842))
    c.setPageRotation(rotation)
    lines = [f"Line {i} of the landscape minutes about the town budget" + (" and" if i < 4 else ".")
             for i in range(5)]
    for i, text in enumerate(lines):
        c.saveState()
        if rotation == 90:  # screen down = user +x, screen right = user +y
            c.translate(100 + 14 * i, 60)
            c.rotate(90)
        else:  # screen down = user -x, screen right = user -y
            c.translate(495 - 14 * i, 780)
            c.rotate(-90)
        c.setFont("Helvetica", 11)
        c.drawString(0, 0, text)
        c.restoreState()
    c.showPage()
    c.save()
    doc = load(tmp_path / "rot.pdf")
    assert [b.text for b in doc.blocks] == [" ".join(lines)]


# -- paragraph breaks without paragraph spacing --------------------------------------------------------------

WIDTH = 450.0  # text column: x 72 .. 522


def _wrap(text: str, width: float = WIDTH, font: str = "Helvetica", size: float = 11) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and pdfmetrics.stringWidth(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    return lines + [current]


FILLER = ("The council discussed the report on the water supply of the district and asked the office to prepare "
          "a plan for the repair of the main pipes before the winter season starts in the whole region.")


@pytest.mark.parametrize(("bold", "regular", "joined"), [
    ("12 Oak Lane – a new timber fence along the rear garden wall of the", "property, as the panel recommended.", True),
    ("Item 7 – Grant to the youth football club for new goal posts and", "nets was agreed after a short debate.", True),
    ("Bod 4 - Zadost spolku o prispevek na opravu strechy klubovny a", "oploceni hriste byla schvalena.", True),
    ("Item 3 – Budget for 2025", "The treasurer presented the draft budget.", False),
    ("Resolved:", "the budget was approved as presented.", False),
    ("The application was refused.", "questions from residents followed.", False),
])
def test_bold_lead_in_wrapped_into_the_next_line(tmp_path: Path, bold: str, regular: str, joined: bool) -> None:
    """A bold lead-in of a paragraph that wraps goes on in regular type in lower case: one block. A bold line
    that ends a sentence or a label, or one followed by a capital, is a block of its own."""
    page = Page().text(72, 100, bold, "Helvetica-Bold", 11).text(72, 114, regular, "Helvetica", 11)
    texts = _texts(load(build(tmp_path / "lead.pdf", [page])))
    assert (f"{bold} {regular}" in texts) is joined
    assert (bold in texts and regular in texts) is not joined


def _flat(tmp_path: Path, rows: list[tuple[float, str]], font: str = "Helvetica") -> Document:
    """Lines set solid (no paragraph spacing), each (x, text), after a wrapped paragraph that fixes the
    column's right edge."""
    page = Page()
    y = page.lines(72, 100, _wrap(FILLER), font=font)
    for x, text in rows:
        page.text(x, y, text, font=font)
        y += 14
    return load(build(tmp_path / "flat.pdf", [page]))


def _texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


@pytest.mark.parametrize(("first", "second"), [
    ("Present: Cllr A, Cllr B", "Apologies: Cllr C"),
    ("Omluven: Jan Novák", "Program:"),
    ("Present: Cllr A, Cllr B", "1. Apologies for absence"),
    ("Minutes taken by J. Brown", "2) Budget"),
    ("Approved without comments", "Bod 3 Rozpocet"),
    ("Next meeting", "25/01 Budget review"),
    ("The chair closed the item", "Questions from the public were taken next"),
])
def test_short_line_then_paragraph_opener_splits(tmp_path: Path, first: str, second: str) -> None:
    doc = _flat(tmp_path, [(72, first), (72, second)])
    assert _texts(doc)[-2:] == [first, second]


def test_label_lines_each_a_block(tmp_path: Path) -> None:
    rows = ["Date: 3 March 2025", "Place: Town hall", "Present: A. Smith, B. Jones", "Agenda:"]
    doc = _flat(tmp_path, [(72, r) for r in rows])
    assert _texts(doc)[1:] == rows


@pytest.mark.skipif(not DEJAVU.is_file(), reason="DejaVuSans.ttf not installed: Czech glyphs need a TTF")
def test_czech_label_lines_each_a_block(tmp_path: Path) -> None:
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU)))
    rows = ["Přítomni: Ing. Jan Novák, Mgr. Eva Dvořáková", "Omluveni: Petr Černý", "Program:",
            "1. Zahájení", "2. Různé"]
    doc = _flat(tmp_path, [(72, r) for r in rows], font="DejaVu")
    assert _texts(doc)[1:] == rows


def test_short_line_then_lowercase_stays_together(tmp_path: Path) -> None:
    """An early line end before a lowercase word is a line break inside the paragraph, not its end."""
    doc = _flat(tmp_path, [(72, "The meeting was held"), (72, "in the small hall of the town office.")])
    assert _texts(doc)[-1] == "The meeting was held in the small hall of the town office."


@pytest.mark.parametrize("text", [
    " ".join(f"Member {w} Of The Board" for w in ("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta",
                                                   "Theta", "Iota", "Kappa")),
    " ".join(f"item {n}. Approved on 12 March 2025 by Council Resolution {n}/2025;" for n in range(1, 7)),
    "Ministerstvo " * 40,
])
def test_wrapped_paragraph_stays_one_block(tmp_path: Path, text: str) -> None:
    """Full lines followed by continuations starting with capitals or numbers: one paragraph."""
    page = Page()
    lines = _wrap(text)
    assert len(lines) >= 3
    page.lines(72, 100, lines)
    doc = load(build(tmp_path / "wrap.pdf", [page]))
    assert _texts(doc) == [" ".join(text.split())]


@pytest.mark.parametrize("indent", [12.0, 18.0, 36.0])
def test_first_line_indent_starts_paragraph(tmp_path: Path, indent: float) -> None:
    """Solid paragraphs (no spacing) that do not end with a full stop, told apart by the indent alone."""
    paragraphs = [FILLER.rstrip("."), "Mr Brown asked when the works would start. The chair said that the tender "
                  "would be published in May and the works would follow in the autumn", FILLER.replace("water", "gas")]
    page, y = Page(), 100.0
    for para in paragraphs:
        head = _wrap(para, WIDTH - indent)[0]
        tail = _wrap(para[len(head):].strip())
        page.text(72 + indent, y, head)
        y = page.lines(72, y + 14, tail)
    doc = load(build(tmp_path / "indent.pdf", [page]))
    assert _texts(doc) == [" ".join(p.split()) for p in paragraphs]


def _line_of(prefix: str, width: float) -> str:
    """`prefix` plus filler words up to about `width` points, ending with a full stop."""
    words = iter(("and the board noted the report of the office on the matter " * 20).split())
    text = prefix
    while pdfmetrics.stringWidth(text + " word.", "Helvetica", 11) < width:
        text += " " + next(words)
    return text + "."


def test_sentence_end_then_label_splits_without_spacing(tmp_path: Path) -> None:
    """No paragraph spacing anywhere: a line ending a sentence a little short of the edge (too little room
    for the next word), then "Disposition:", is two paragraphs."""
    vote = _line_of("Vote: 5-0. Ayes: Delaney, Okafor, Raman", WIDTH - 40)
    doc = _flat(tmp_path, [(72, vote), (72, "Disposition: GRANTED with conditions.")])
    assert _texts(doc)[-2:] == [vote, "Disposition: GRANTED with conditions."]


def test_with_paragraph_spacing_label_inside_paragraph_stays(tmp_path: Path) -> None:
    """When the document separates paragraphs by spacing, lines set solid are one paragraph even where a
    wrapped line starts with a label ("... Owner: X. Due: Y")."""
    page = Page()
    y = 100.0
    for _ in range(4):
        y = page.lines(72, y, _wrap(FILLER)) + 6
    task = _line_of("Task 1/2025: Send the draft plan to all members", WIDTH - 40)
    y = page.lines(72, y, [task, "Responsible: J. Brown. Due: 12 March 2025"]) + 6
    page.lines(72, y, _wrap(FILLER))
    doc = load(build(tmp_path / "spaced.pdf", [page]))
    assert task + " Responsible: J. Brown. Due: 12 March 2025" in _texts(doc)


@pytest.mark.parametrize("extra", [3.0, 6.0, 12.0])
def test_small_paragraph_spacing_splits(tmp_path: Path, extra: float) -> None:
    page = Page()
    y = page.lines(72, 100, _wrap(FILLER), pitch=13)
    page.lines(72, y - 13 + 13 + extra, _wrap(FILLER.upper().lower()), pitch=13)
    doc = load(build(tmp_path / "small.pdf", [page]))
    assert len(doc.blocks) == 2


def test_first_line_indent_after_full_last_line(tmp_path: Path) -> None:
    """The paragraph before ends on a full line with no stop: only the indent (as on its own first line)
    says that a new paragraph starts."""
    head = _wrap(FILLER, WIDTH - 18)[0]
    full = _wrap(FILLER[len(head):].strip())[:-1]
    page = Page().text(90, 100, head)
    y = page.lines(72, 114, full)
    second = _wrap(FILLER.replace("water", "gas"), WIDTH - 18)[0]
    page.text(90, y, second)
    page.lines(72, y + 14, ["and the office will report back."])
    doc = load(build(tmp_path / "indent_full.pdf", [page]))
    assert _texts(doc) == [" ".join([head, *full]), second + " and the office will report back."]


# -- DOCX and PDF renderings of one corpus document give the same blocks -------------------------------------

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _open_series() -> set[str]:
    """Series that may be read: held-out series are never looked at, not even through loader output."""
    series = json.loads((CORPUS / "series.json").read_text(encoding="utf-8"))
    return {s["id"] for s in series if not s["held_out"]}


PAIRS = sorted(d for d in CORPUS.glob("docs/*/*.docx")
               if d.parent.name in _open_series() and d.with_suffix(".pdf").is_file())


def _blocks(doc: Document) -> list[str]:
    """Normalised text of the body's non-table blocks: tables are compared elsewhere (their cell splits
    differ by format), and page furniture is never in the body."""
    return [" ".join(unicodedata.normalize("NFC", b.text).split()) for b in doc.blocks
            if b.kind is not BlockKind.TABLE]


def unmatched(docx_doc: Document, pdf_doc: Document) -> int:
    """Blocks of either rendering with no identical block at the aligned place in the other."""
    a, b = _blocks(docx_doc), _blocks(pdf_doc)
    same = sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return len(a) + len(b) - 2 * same


@pytest.mark.parametrize("docx_path", PAIRS, ids=lambda p: p.stem)
def test_corpus_pdf_blocks_match_docx(docx_path: Path) -> None:
    """One paragraph boundary may be lost where a full line without a full stop ends a page and the next page
    opens with a capital: a PDF does not say whether that is one paragraph. One such join costs three unmatched
    blocks (two on one side, one on the other)."""
    docx_doc, pdf_doc = load(docx_path), load(docx_path.with_suffix(".pdf"))
    assert unmatched(docx_doc, pdf_doc) <= max(3, len(docx_doc.blocks) // 50)


@pytest.fixture()
def solid_renderer(monkeypatch: pytest.MonkeyPatch):
    """corpus/build_pdf with no paragraph spacing (and optionally first-line indents), as many word
    processors export: paragraphs then differ only in where their lines end and start."""
    monkeypatch.syspath_prepend(str(CORPUS))
    build_pdf = pytest.importorskip("build_pdf")
    from build_source import read_source

    try:
        build_pdf.register_fonts()
    except build_pdf.FontsMissing as exc:
        pytest.skip(str(exc))
    plain = build_pdf._styles

    def render(docx_path: Path, indent: float, out: Path) -> Path:
        def styles():  # type: ignore[no-untyped-def]
            st = plain()
            for name in ("para", "list0", "list1"):
                st[name].spaceAfter = st[name].spaceBefore = 0
            st["para"].firstLineIndent = indent
            return st

        monkeypatch.setattr(build_pdf, "_styles", styles)
        src = read_source(CORPUS / "sources" / docx_path.parent.name / f"{docx_path.stem}.md")
        out.write_bytes(build_pdf.render_pdf(src)[0])
        return out

    return render


@pytest.mark.parametrize("indent", [0.0, 18.0])
def test_solid_paragraphs_match_docx(tmp_path: Path, solid_renderer, indent: float) -> None:
    """Without paragraph spacing, lines ending early before a capital, number or label, first-line
    indents and "sentence. Label:" still find nearly every paragraph end (a paragraph whose last line
    is full and whose successor starts like a sentence cannot be told from a wrap)."""
    blocks = missed = 0
    for docx_path in PAIRS:
        docx_doc = load(docx_path)
        pdf_doc = load(solid_renderer(docx_path, indent, tmp_path / f"{docx_path.stem}.pdf"))
        blocks += len(docx_doc.blocks)
        missed += unmatched(docx_doc, pdf_doc)
    assert PAIRS and missed <= 0.08 * blocks


# -- paragraph openers of minutes set solid (pdf_cues) -------------------------------------------------------

def _full(prefix: str) -> str:
    """A line ending a sentence just short of the column edge: no room left for the next line's first word."""
    return _line_of(prefix, WIDTH)


@pytest.mark.parametrize("second", [
    "Apologies: Cllr C. Brown (holiday)",
    "In attendance: Town Clerk",
    "Also present: two members of the public",
    "Minutes taken by: J. Smith",
    "Chair: Cllr A. Jones",
    "Guests: the auditor (item 4)",
    "Action 4.2: the Clerk to write to the council",
    "Mayor: The item is closed, thank you.",
    "Q: When will the road be repaired?",
    "Ing. Novak: I propose to postpone the item.",
    "Task No. 3 - the Clerk to write to the owner",
    "Resolution 12/2025 - the council approves the plan",
    "Action 1.4 - the office to circulate the criteria",
])
def test_label_line_after_full_line_starts_paragraph(tmp_path: Path, second: str) -> None:
    """Set solid, a labelled line (a field of the record, a speaker, a numbered task) starts a paragraph
    even when the line before is full: wrapped prose does not start a line with "Name:"."""
    first = _full("The members were welcomed by the chair")
    doc = _flat(tmp_path, [(72, first), (72, second)])
    assert _texts(doc)[-2:] == [first, second]


@pytest.mark.parametrize("second", [
    "Owner: J. Brown. Due: 12 March 2025",
    "Due: end of April",
    "Responsible: the Clerk",
    "Deadline: 30 June 2025",
    "RESOLVED: that the plan be approved.",
    "Vote: 5 for, 0 against",
])
def test_line_continuing_label_after_full_line_stays(tmp_path: Path, second: str) -> None:
    """Owner, deadline, vote and resolution labels run on after a sentence ("... to the members. Owner: J.
    Brown. Due: ..."): where one starts a line after a full line, that is a wrap, not a paragraph end."""
    first = _full("Action 1/2025: Send the draft plan to the members")
    doc = _flat(tmp_path, [(72, first), (72, second)])
    assert _texts(doc)[-1] == f"{first} {second}"


@pytest.mark.parametrize("second", [
    "(2) That the report be noted.",
    "(b) That the plan be published.",
    "(iii) That the Clerk writes to the owner.",
    "II. ukládá tajemníkovi zajistit podpis smlouvy.",
    "b) ukládá starostovi podepsat smlouvu.",
    "5.3 Agreed: each faculty would prepare a plan.",
    "3.2 Minute 9.1: a proposal had not yet been prepared.",
    "CARRIED",
    "MOTION CARRIED UNANIMOUSLY",
])
def test_clause_number_or_outcome_after_full_line_starts_paragraph(tmp_path: Path, second: str) -> None:
    """Numbered clauses of a resolution, section-numbered paragraphs and outcome lines in capitals each
    open a paragraph in minutes, also after a full line."""
    first = _full("RESOLVED: (1) That the budget pressures be noted, and")
    first = first[:-1] + ("," if second[:1] in "Ib" else ".")
    doc = _flat(tmp_path, [(72, first), (72, second)])
    assert _texts(doc)[-2:] == [first, second]


@pytest.mark.parametrize(("end", "second"), [
    (" by Mr", "Brown. Due: 12 March 2025"),  # a sentence ending before the label is not part of it
    (".", "Novak T: 14 March"),  # a one-letter code after a name is an inline field, not a label start
    (" at", "7.30 pm in the town hall."),  # a time, not a section number
    (".", "7.30 pm was agreed as the start."),
    (".", "NATO members and the county were informed."),  # an acronym opening a sentence, not an outcome
    (".", "The 2024 - 2025 plan was agreed by all."),  # a year range, not a numbered record
    (".", "(see the appendix) and the office will report back."),
])
def test_wrapped_line_that_only_looks_like_an_opener_stays(tmp_path: Path, end: str, second: str) -> None:
    first = _full("The clerk will send the draft plan to the members of the board")[:-1] + end
    doc = _flat(tmp_path, [(72, first), (72, second)])
    assert _texts(doc)[-1] == f"{first} {second}"


@pytest.mark.parametrize(("text", "label"), [
    ("Přítomni: Ing. Jan Novák", "přítomni"),
    ("Ověřovatelé zápisu: J. Novák, P. Černý", "ověřovatelé zápisu"),
    ("Usnesení č. 5/2024: ZO schvaluje", "usnesení č. 5/2024"),
    ("Ing. Procházková: Navrhuji", "ing. procházková"),
    ("Members present: A, B", "members present"),
    ("Dvořákem. Termín: 31. 8.", None),
    ("Kolářová T: 14. 9.", None),
    ("the chair said: thanks", None),
    ("Present at the meeting were: A, B", None),
])
def test_label_of(text: str, label: str | None) -> None:
    from minutes_nlp.loaders.pdf_cues import label_of

    assert label_of(text) == label
