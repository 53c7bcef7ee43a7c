"""DOCX loader on documents built here with python-docx plus raw WordprocessingML where python-docx cannot
write the feature (numbering definitions, tracked changes, merged and nested cells)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from minutes_nlp.document import BlockKind, Document
from minutes_nlp.loaders import load

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _level(ilvl: int, fmt: str, text: str, start: int = 1) -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


SYMBOL_BULLET = "\uf0b7"  # Word's bullet: a private-use code point in the Symbol font
NUMBERING = f"""<w:numbering {NS}>
<w:abstractNum w:abstractNumId="10">{_level(0, "decimal", "%1.")}{_level(1, "lowerLetter", "%2)")}
{_level(2, "lowerRoman", "%3.")}</w:abstractNum>
<w:abstractNum w:abstractNumId="11">{_level(0, "bullet", SYMBOL_BULLET)}{_level(1, "bullet", "o")}</w:abstractNum>
<w:abstractNum w:abstractNumId="12">{_level(0, "decimal", "%1.")}{_level(1, "decimal", "%1.%2.")}</w:abstractNum>
<w:abstractNum w:abstractNumId="13">{_level(0, "upperRoman", "%1.", start=3)}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="11"/></w:num>
<w:num w:numId="21"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="22"><w:abstractNumId w:val="11"/></w:num>
<w:num w:numId="23"><w:abstractNumId w:val="12"/></w:num>
<w:num w:numId="24"><w:abstractNumId w:val="13"/></w:num>
<w:num w:numId="25"><w:abstractNumId w:val="10"/>
<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>"""


def para(text: str, num: tuple[int, int] | None = None, style: str | None = None, bold: bool = False) -> str:
    ppr = ""
    if style or num:
        numpr = f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else ""
        sty = f'<w:pStyle w:val="{style}"/>' if style else ""
        ppr = f"<w:pPr>{sty}{numpr}</w:pPr>"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p {NS}>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def cell(inner: str, extra: str = "") -> str:
    return f"<w:tc><w:tcPr>{extra}</w:tcPr>{inner}</w:tc>"


def table(rows: list[list[str]]) -> str:
    body = "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows)
    return f'<w:tbl {NS}><w:tblPr/>{body}</w:tbl>'


def build(path: Path, fragments: list[str], header: str | None = None, footer: str | None = None) -> Path:
    d = docx.Document()
    body = d.element.body
    for el in list(body):
        if not el.tag.endswith("sectPr"):
            body.remove(el)
    numbering = d.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for child in parse_xml(NUMBERING):
        numbering.append(child)
    sect = body[-1]
    for frag in fragments:
        sect.addprevious(parse_xml(frag))
    if header:
        d.sections[0].header.paragraphs[0].text = header
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    d.save(str(path))
    return path


def labels(doc: Document) -> list[tuple[str | None, str]]:
    return [(b.list_label, b.text) for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]


@pytest.mark.parametrize(("items", "expected"), [
    ([(21, 0), (21, 0), (21, 1), (21, 1), (21, 2), (21, 0), (21, 1)],
     ["1.", "2.", "a)", "b)", "i.", "3.", "a)"]),
    ([(22, 0), (22, 1), (22, 0)], ["•", "◦", "•"]),
    ([(23, 0), (23, 1), (23, 1), (23, 0), (23, 1)], ["1.", "1.1.", "1.2.", "2.", "2.1."]),
    ([(24, 0), (24, 0)], ["III.", "IV."]),
    ([(25, 0), (25, 0)], ["5.", "6."]),
    ([(21, 0), (22, 0), (21, 0)], ["1.", "•", "2."]),
])
def test_list_labels_rendered(tmp_path: Path, items: list[tuple[int, int]], expected: list[str]) -> None:
    frags = [para(f"Item number {i}", num=n) for i, n in enumerate(items)]
    doc = load(build(tmp_path / "lists.docx", frags))
    assert [label for label, _ in labels(doc)] == expected
    assert [b.level for b in doc.blocks] == [lvl + 1 for _, lvl in items]


def test_style_numbering_and_headings(tmp_path: Path) -> None:
    frags = [para("Minutes of the Board", style="Title"), para("Attendance", style="Heading1"),
             para("Budget details", style="Heading2"), para("First bullet", style="ListBullet"),
             para("Plain text paragraph here."), para("Item 5 – Any other business", bold=True)]
    doc = load(build(tmp_path / "styles.docx", frags))
    kinds = [(b.kind, b.level, b.style) for b in doc.blocks]
    assert kinds[:3] == [(BlockKind.HEADING, 0, "Title"), (BlockKind.HEADING, 1, "Heading 1"),
                         (BlockKind.HEADING, 2, "Heading 2")]
    assert kinds[3][0] is BlockKind.LIST_ITEM and doc.blocks[3].list_label == "•"
    assert doc.blocks[4].kind is BlockKind.PARAGRAPH and not doc.blocks[4].heading_hint
    assert doc.blocks[5].bold and doc.blocks[5].heading_hint and doc.blocks[5].kind is BlockKind.PARAGRAPH


def test_body_order_interleaves_tables(tmp_path: Path) -> None:
    frags = [para("Before the table."), table([[cell(para("A1")), cell(para("B1"))]]), para("After the table.")]
    doc = load(build(tmp_path / "order.docx", frags))
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.PARAGRAPH]
    assert doc.blocks[1].rows == (("A1", "B1"),)


def test_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    frag = (f'<w:p {NS}><w:r><w:t xml:space="preserve">The deadline is </w:t></w:r>'
            '<w:del w:id="1" w:author="x"><w:r><w:delText>March</w:delText></w:r></w:del>'
            '<w:ins w:id="2" w:author="x"><w:r><w:t>April</w:t></w:r></w:ins>'
            '<w:r><w:t xml:space="preserve"> 2025.</w:t></w:r></w:p>')
    doc = load(build(tmp_path / "tracked.docx", [frag]))
    assert doc.blocks[0].text == "The deadline is April 2025."


def test_merged_and_nested_cells(tmp_path: Path) -> None:
    nested = table([[cell(para("inner one")), cell(para("inner two"))]])
    rows = [
        [cell(para("Wide header"), '<w:gridSpan w:val="2"/>'), cell(para("C"))],
        [cell(para("Owner"), '<w:vMerge w:val="restart"/>'), cell(para("Task A")), cell(para("May"))],
        [cell(para(""), "<w:vMerge/>"), cell(para("Task B") + nested), cell(para("June"))],
    ]
    doc = load(build(tmp_path / "cells.docx", [table(rows)]))
    t = doc.blocks[0]
    assert t.rows == (("Wide header", "C"), ("Owner", "Task A", "May"), ("", "Task B inner one inner two", "June"))
    assert t.text.count("Wide header") == 1 and t.text.count("Owner") == 1


def test_headers_and_footers_are_furniture(tmp_path: Path) -> None:
    doc = load(build(tmp_path / "hf.docx", [para("Body text only.")], header="City Council", footer="Page 1"))
    assert [b.text for b in doc.blocks] == ["Body text only."]
    assert {(f.kind, f.text) for f in doc.furniture} == {("header", "City Council"), ("footer", "Page 1")}


def test_tabs_breaks_and_symbols(tmp_path: Path) -> None:
    frag = (f'<w:p {NS}><w:r><w:t>Date:</w:t><w:tab/><w:t>3 May</w:t><w:br/><w:t>Place:</w:t>'
            '<w:noBreakHyphen/><w:t>x</w:t><w:softHyphen/><w:t>y</w:t></w:r></w:p>')
    doc = load(build(tmp_path / "runs.docx", [frag]))
    assert doc.blocks[0].text == "Date:\t3 May\nPlace:-xy"


def test_sdt_content_controls_are_read(tmp_path: Path) -> None:
    frag = f'<w:sdt {NS}><w:sdtPr/><w:sdtContent>{para("Inside a content control.")}</w:sdtContent></w:sdt>'
    doc = load(build(tmp_path / "sdt.docx", [frag, para("After it.")]))
    assert [b.text for b in doc.blocks] == ["Inside a content control.", "After it."]


def test_text_box_read_once_after_its_paragraph(tmp_path: Path) -> None:
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    box = f"<w:txbxContent>{para('Text in a box.')}</w:txbxContent>"
    frag = (f'<w:p {NS} {mc}><w:r><w:t>Anchor paragraph.</w:t></w:r><w:r><mc:AlternateContent>'
            f"<mc:Choice Requires=\"wps\"><w:drawing>{box}</w:drawing></mc:Choice>"
            f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
    doc = load(build(tmp_path / "box.docx", [frag, para("Next paragraph.")]))
    assert [b.text for b in doc.blocks] == ["Anchor paragraph.", "Text in a box.", "Next paragraph."]


def test_bold_sentence_is_not_a_heading_hint(tmp_path: Path) -> None:
    text = "The council approved the budget for 2025 and asked the treasurer to report on it by June."
    doc = load(build(tmp_path / "bold.docx", [para(text, bold=True)]))
    assert doc.blocks[0].bold and not doc.blocks[0].heading_hint


def test_hidden_text_dropped(tmp_path: Path) -> None:
    frag = (f'<w:p {NS}><w:r><w:t xml:space="preserve">Visible </w:t></w:r>'
            '<w:r><w:rPr><w:vanish/></w:rPr><w:t>secret note </w:t></w:r>'
            '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>text.</w:t></w:r></w:p>')
    doc = load(build(tmp_path / "hidden.docx", [frag]))
    assert doc.blocks[0].text == "Visible text."
