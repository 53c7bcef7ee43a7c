"""Render a parsed corpus source to DOCX with python-docx, reproducibly.

Real Word structure on purpose (styles, numbering.xml lists, Table Grid tables, header/footer parts with
PAGE/NUMPAGES fields), because the loaders must learn to read what word processors write, not typed labels.
Reproducibility: fixed core properties and a re-zip with fixed timestamps and a stable member order.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

from build_source import Block, Run, Source
from docx import Document as new_document
from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph

FIXED_TIME = datetime(2025, 1, 1, 0, 0, 0, tzinfo=UTC)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
STYLE = {"title": "Title", "h1": "Heading 1", "h2": "Heading 2"}
LIST_STYLE = {
    ("bullet", 0): "List Bullet",
    ("bullet", 1): "List Bullet 2",
    ("number", 0): "List Number",
    ("number", 1): "List Number 2",
}
# Footer pieces: str = literal text, ("PAGE",) / ("NUMPAGES",) = a field.
FOOTER_PARTS: dict[str, list[str | tuple[str]]] = {
    "page-of": [("PAGE",), "/", ("NUMPAGES",)],
    "page": [("PAGE",)],
    "strana": ["strana ", ("PAGE",), " z ", ("NUMPAGES",)],
    "page-x-of-y": ["Page ", ("PAGE",), " of ", ("NUMPAGES",)],
    "none": [],
}


def _add_runs(par: Paragraph, runs: tuple[Run, ...]) -> None:
    for r in runs:
        run = par.add_run(r.text)
        if r.bold:
            run.bold = True
        if r.italic:
            run.italic = True


def _set_language(doc: Document, lang: str) -> None:
    """Language on the document defaults (w:docDefaults/w:rPrDefault/w:rPr/w:lang) and the core properties."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        doc.styles.element.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), lang)
    el.set(qn("w:eastAsia"), lang)
    el.set(qn("w:bidi"), "ar-SA")
    rpr.append(el)
    doc.core_properties.language = lang


class _Numbering:
    """A new w:num (the style's abstract list + a startOverride) for each numbered sequence."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.root = doc.part.numbering_part.element
        self.current: dict[int, int] = {}

    def _style_num_id(self, style_name: str) -> int:
        ppr = self.doc.styles[style_name].element.pPr
        return int(ppr.numPr.numId.val)

    def _abstract_of(self, num_id: int) -> str:
        for num in self.root.findall(qn("w:num")):
            if num.get(qn("w:numId")) == str(num_id):
                return num.find(qn("w:abstractNumId")).get(qn("w:val"))
        raise KeyError(num_id)

    def new_sequence(self, style_name: str, level: int, start: int) -> int:
        abstract = self._abstract_of(self._style_num_id(style_name))
        num_id = 1 + max(int(n.get(qn("w:numId"))) for n in self.root.findall(qn("w:num")))
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        abs_el = OxmlElement("w:abstractNumId")
        abs_el.set(qn("w:val"), abstract)
        num.append(abs_el)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start_el = OxmlElement("w:startOverride")
        start_el.set(qn("w:val"), str(start))
        override.append(start_el)
        num.append(override)
        self.root.append(num)
        self.current[level] = num_id
        return num_id

    def apply(self, par: Paragraph, style_name: str, block: Block) -> None:
        if block.restart or block.level not in self.current:
            self.new_sequence(style_name, block.level, block.number)
        ppr = par._p.get_or_add_pPr()
        num_pr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        num_id = OxmlElement("w:numId")
        num_id.set(qn("w:val"), str(self.current[block.level]))
        num_pr.append(ilvl)
        num_pr.append(num_id)
        ppr.insert_element_before(num_pr, *_PPR_AFTER_NUMPR)


_PPR_AFTER_NUMPR = (
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


def _add_field(par: Paragraph, instr: str, cached: str) -> None:
    """A complex field (begin / instrText / separate / cached result / end), as Word writes it."""

    def fld(kind: str) -> None:
        run = par.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)

    fld("begin")
    run = par.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instr} "
    run._r.append(text)
    fld("separate")
    par.add_run(cached)
    fld("end")


def _header_footer(doc: Document, src: Source, pages: int) -> None:
    section = doc.sections[0]
    if src.header:
        section.header.paragraphs[0].text = src.header
    par = section.footer.paragraphs[0]
    par.alignment = 1  # centre
    for piece in FOOTER_PARTS[src.footer]:
        if isinstance(piece, tuple):
            _add_field(par, piece[0], "1" if piece[0] == "PAGE" else str(pages))
        else:
            par.add_run(piece)


def _table(doc: Document, block: Block) -> None:
    table = doc.add_table(rows=len(block.rows), cols=len(block.rows[0]))
    table.style = doc.styles["Table Grid"]
    for r, row in enumerate(block.rows):
        for c, runs in enumerate(row):
            _add_runs(table.cell(r, c).paragraphs[0], runs)


def _body(doc: Document, src: Source) -> None:
    numbering = _Numbering(doc)
    for block in src.blocks:
        if block.kind == "table":
            _table(doc, block)
        elif block.kind in STYLE:
            _add_runs(doc.add_paragraph(style=STYLE[block.kind]), block.runs)
        elif block.kind == "para":
            _add_runs(doc.add_paragraph(), block.runs)
        else:
            style = LIST_STYLE[(block.kind, block.level)]
            par = doc.add_paragraph(style=style)
            if block.kind == "number":
                numbering.apply(par, style, block)
            _add_runs(par, block.runs)


def _fix_properties(doc: Document, src: Source) -> None:
    props = doc.core_properties
    props.author = "minutes-nlp corpus"
    props.last_modified_by = "minutes-nlp corpus"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    props.revision = 1
    props.title = src.title
    props.subject = src.series
    props.identifier = src.doc_id
    props.comments = "Fictional minutes from the minutes-nlp corpus (rendered by corpus/build.py)."
    props.keywords = ""
    props.category = ""


def rezip(data: bytes) -> bytes:
    """Same members, fixed timestamps and attributes, [Content_Types].xml first and the rest sorted."""
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        members = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    order = sorted(members, key=lambda n: (n != "[Content_Types].xml", n != "_rels/.rels", n))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            zout.writestr(info, members[name], compresslevel=6)
    return out.getvalue()


def render_docx(src: Source, pages: int = 1) -> bytes:
    """`pages` is the cached NUMPAGES result (Word recomputes it); build.py passes the PDF's page count."""
    doc = new_document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin = section.bottom_margin = Mm(25)
    _set_language(doc, src.locale)
    _header_footer(doc, src, pages)
    _body(doc, src)
    _fix_properties(doc, src)
    buf = io.BytesIO()
    doc.save(buf)
    return rezip(buf.getvalue())


__all__ = ["render_docx", "rezip"]
