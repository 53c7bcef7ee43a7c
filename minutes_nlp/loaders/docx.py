"""DOCX loader: walks the body XML so paragraphs and tables stay in reading order.

python-docx opens the package; the body, numbering and styles are read from the XML directly because
python-docx neither interleaves paragraphs with tables, nor renders list labels, nor hides deleted
(tracked) text. Tracked changes are read as accepted: inserted text kept, deleted text dropped.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from minutes_nlp.config import Limits
from minutes_nlp.document import BlockKind, Document, DocumentBuilder, Source
from minutes_nlp.errors import InputError
from minutes_nlp.loaders.docx_styles import Numbering, Styles, W, bullet_char, is_on
from minutes_nlp.loaders.limits import check_zip, open_zip, read_member
from minutes_nlp.loaders.textjoin import heading_like

_CONTAINERS = {W + t for t in ("r", "hyperlink", "ins", "moveTo", "smartTag", "fldSimple", "sdt", "sdtContent",
                               "customXml", "dir", "bdo")}
_SKIP = {W + t for t in ("del", "moveFrom", "pPr", "rPr", "instrText", "delText", "delInstrText",
                         "footnoteReference", "endnoteReference", "commentReference")}
_HEADING_NAME = re.compile(r"^(?:heading|nadpis)\s*(\d)$", re.IGNORECASE)
_REL_HEADER = "/header"
_REL_FOOTER = "/footer"


@dataclass
class _Context:
    styles: Styles
    numbering: Numbering
    builder: DocumentBuilder


def _run_text(el: Any, out: list[str]) -> None:
    """Append the visible text under `el` in document order, skipping deleted and field-code text."""
    for child in el:
        tag = child.tag
        if tag == W + "t":
            out.append(child.text or "")
        elif tag == W + "tab" or tag == W + "ptab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag == W + "sym":
            code = child.get(W + "char", "")
            out.append(bullet_char(chr(int(code, 16))) if code else "")
        elif tag == W + "r" and _hidden(child):
            continue
        elif tag in _CONTAINERS:
            _run_text(child, out)


def _hidden(run: Any) -> bool:
    """Hidden text (w:vanish) is not shown on the page, so it is not part of the minutes."""
    rpr = run.find(W + "rPr")
    return rpr is not None and bool(is_on(rpr.find(W + "vanish")))


def _runs_bold(p: Any, ctx: _Context, para_style: str | None) -> bool:
    """True when every run carrying text is bold (explicitly, by its character style, or by the paragraph's)."""
    style_bold = bool(ctx.styles.first(para_style, "bold"))
    seen = False
    for r in p.iter(W + "r"):
        if not "".join(t.text or "" for t in r.iter(W + "t")).strip():
            continue
        if _inside_deleted(r, p):
            continue
        seen = True
        rpr = r.find(W + "rPr")
        explicit = is_on(rpr.find(W + "b")) if rpr is not None else None
        if explicit is None and rpr is not None and rpr.find(W + "rStyle") is not None:
            explicit = ctx.styles.first(rpr.find(W + "rStyle").get(W + "val"), "bold")
        if not (explicit if explicit is not None else style_bold):
            return False
    return seen


def _inside_deleted(el: Any, stop: Any) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in (W + "del", W + "moveFrom"):
            return True
        parent = parent.getparent()
    return False


@dataclass(frozen=True)
class _Para:
    text: str
    style: str | None
    kind: BlockKind
    level: int | None
    label: str | None
    bold: bool


def _read_para(p: Any, ctx: _Context) -> _Para:
    out: list[str] = []
    _run_text(p, out)
    ppr = p.find(W + "pPr")
    sid = ppr.find(W + "pStyle").get(W + "val") if ppr is not None and ppr.find(W + "pStyle") is not None else None
    numpr = ppr.find(W + "numPr") if ppr is not None else None
    num_id = _attr(numpr, "numId") if numpr is not None else None
    ilvl = _attr(numpr, "ilvl") if numpr is not None else None
    num_id = num_id if num_id is not None else ctx.styles.first(sid, "num_id")
    level_i = int(ilvl) if ilvl and ilvl.isdigit() else (ctx.styles.first(sid, "ilvl") or 0)
    text = "".join(out)
    label = ctx.numbering.label(num_id, level_i) if num_id and num_id != "0" and text.strip() else None
    name = ctx.styles.name(sid)
    kind, level = _heading_level(name, ppr, sid, ctx)
    if kind is not BlockKind.HEADING and num_id and num_id != "0" and label is not None:
        kind, level = BlockKind.LIST_ITEM, level_i + 1
    return _Para(text, name, kind, level, label, _runs_bold(p, ctx, sid))


def _attr(el: Any, tag: str) -> str | None:
    child = el.find(W + tag)
    return child.get(W + "val") if child is not None else None


def _heading_level(name: str | None, ppr: Any, sid: str | None, ctx: _Context) -> tuple[BlockKind, int | None]:
    if name and name.lower() in ("title", "název"):
        return BlockKind.HEADING, 0
    m = _HEADING_NAME.match(name or "")
    if m:
        return BlockKind.HEADING, int(m.group(1))
    outline = _attr(ppr, "outlineLvl") if ppr is not None else None
    level = int(outline) if outline and outline.isdigit() else ctx.styles.first(sid, "outline")
    if level is not None and level < 9:
        return BlockKind.HEADING, level + 1
    return BlockKind.PARAGRAPH, None


def _cell_text(tc: Any, ctx: _Context) -> str:
    """All text of a cell, nested tables included, on one line (cells are joined by tabs in the block)."""
    parts: list[str] = []
    for child in _body_children(tc):
        if child.tag == W + "p":
            para = _read_para(child, ctx)
            parts.append(f"{para.label} {para.text}" if para.label else para.text)
        elif child.tag == W + "tbl":
            parts.extend(" ".join(c for c in row if c) for row in _table_rows(child, ctx))
    return " ".join(" ".join(parts).split())


def _table_rows(tbl: Any, ctx: _Context) -> list[list[str]]:
    rows: list[list[str]] = []
    for tr in tbl.iter(W + "tr"):
        if tr.getparent() is not tbl and tr.getparent().tag != W + "sdtContent":
            continue  # rows of nested tables are read through their cell
        cells = []
        for tc in tr.iter(W + "tc"):
            if _owner_row(tc) is not tr:
                continue
            tcpr = tc.find(W + "tcPr")
            vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
            merged_on = vmerge is not None and vmerge.get(W + "val", "continue") != "restart"
            cells.append("" if merged_on else _cell_text(tc, ctx))
        rows.append(cells)
    return rows


def _owner_row(tc: Any) -> Any:
    parent = tc.getparent()
    while parent is not None and parent.tag != W + "tr":
        parent = parent.getparent()
    return parent


def _body_children(el: Any) -> list[Any]:
    """Block-level children, looking through content controls and custom XML wrappers."""
    out: list[Any] = []
    for child in el:
        if child.tag in (W + "sdt", W + "sdtContent", W + "customXml"):
            out.extend(_body_children(child))
        elif child.tag in (W + "p", W + "tbl"):
            out.append(child)
    return out


def _emit(body: Any, ctx: _Context) -> None:
    for child in _body_children(body):
        if child.tag == W + "tbl":
            ctx.builder.add_table(_table_rows(child, ctx), style=_table_style(child, ctx))
            continue
        para = _read_para(child, ctx)
        hint = para.kind is BlockKind.PARAGRAPH and para.bold and heading_like(para.text)
        ctx.builder.add(para.kind, para.text, style=para.style, level=para.level, list_label=para.label,
                        bold=para.bold, heading_hint=hint)
        for box in _text_boxes(child):
            _emit(box, ctx)


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(p: Any) -> list[Any]:
    """Text boxes anchored in a paragraph, read after it; the VML fallback copy of each box is skipped."""
    boxes = []
    for box in p.iter(W + "txbxContent"):
        parent = box.getparent()
        while parent is not None and parent is not p and parent.tag != _MC_FALLBACK:
            parent = parent.getparent()
        if parent is p:
            boxes.append(box)
    return boxes


def _table_style(tbl: Any, ctx: _Context) -> str | None:
    tblpr = tbl.find(W + "tblPr")
    sid = _attr(tblpr, "tblStyle") if tblpr is not None else None
    return ctx.styles.name(sid) if sid else None


def _furniture(doc: Any, ctx: _Context) -> None:
    seen: set[tuple[str, str]] = set()
    for rel in doc.part.rels.values():
        kind = "header" if rel.reltype.endswith(_REL_HEADER) else "footer" if rel.reltype.endswith(_REL_FOOTER) \
            else None
        if kind is None or rel.is_external:
            continue
        for child in _body_children(rel.target_part.element):
            if child.tag == W + "p":
                text = _read_para(child, ctx).text
            else:
                text = "\n".join(" ".join(r) for r in _table_rows(child, ctx))
            key = (kind, " ".join(text.split()))
            if key[1] and key not in seen:
                seen.add(key)
                ctx.builder.furniture(kind, text)


class _MemberReader:
    """python-docx's physical-package reader over the members `_open` has already inflated (under the size cap):
    the package is not opened and every part inflated a second time."""

    def __init__(self, members: dict[str, bytes]) -> None:
        self._members = members

    def blob_for(self, pack_uri: Any) -> bytes:
        return self._members[pack_uri.membername]  # KeyError for a missing member, as the ZIP reader raises

    def close(self) -> None:
        return None

    @property
    def content_types_xml(self) -> bytes:
        from docx.opc.packuri import CONTENT_TYPES_URI

        return self.blob_for(CONTENT_TYPES_URI)

    def rels_xml_for(self, source_uri: Any) -> bytes | None:
        try:
            return self.blob_for(source_uri.rels_uri)
        except KeyError:
            return None


def _document(members: dict[str, bytes]) -> tuple[Any, Styles]:
    """`docx.Document(...)` of the package, built by the same python-docx reader and unmarshaller from `members`,
    and its styles. styles.xml is left unparsed by python-docx: a template's is hundreds of kB (most of a
    document's load time), so each distinct one is parsed (by python-docx's parser) and indexed once per process."""
    import docx  # noqa: F401  (registers the part classes with the PartFactory)
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.package import Unmarshaller
    from docx.opc.packuri import PACKAGE_URI
    from docx.opc.part import Part, PartFactory, XmlPart
    from docx.opc.pkgreader import PackageReader, _ContentTypeMap
    from docx.package import Package

    def factory(partname: Any, content_type: str, reltype: str, blob: bytes, package: Any) -> Any:
        if content_type == CT.WML_STYLES:
            return Part(partname, content_type, blob, package)
        return PartFactory(partname, content_type, reltype, blob, package)

    phys = _MemberReader(members)
    content_types = _ContentTypeMap.from_xml(phys.content_types_xml)
    pkg_srels = PackageReader._srels_for(phys, PACKAGE_URI)
    sparts = PackageReader._load_serialized_parts(phys, pkg_srels, content_types)
    package = Package()
    Unmarshaller.unmarshal(PackageReader(content_types, pkg_srels, sparts), package, factory)
    part = package.main_document_part
    if part.content_type != CT.WML_DOCUMENT_MAIN:
        raise ValueError(f"file is not a Word file, content type is '{part.content_type}'")
    styles_part = getattr(part, "_styles_part", None)  # python-docx's default styles when the package has none
    if styles_part is None or isinstance(styles_part, XmlPart):
        return part.document, Styles.from_element(styles_part.element if styles_part is not None else None)
    return part.document, _styles(styles_part.blob)


@lru_cache(maxsize=8)  # distinct styles.xml kept: an archive's documents come from a few templates
def _styles(blob: bytes) -> Styles:
    from docx.oxml.parser import parse_xml

    return Styles.from_element(parse_xml(blob))  # raises as python-docx would on a broken styles.xml


def _open(path: Path, data: bytes, limits: Limits) -> tuple[Any, Styles]:
    zf = open_zip(path, data, "DOCX")
    check_zip(path, zf, len(data), limits)
    total = 0
    members: dict[str, bytes] = {}
    for info in zf.infolist():  # inflate everything once with a hard cap: declared sizes may lie
        members[info.filename] = read_member(path, zf, info.filename, limits)
        total += len(members[info.filename])
        if total > limits.max_decompressed_size:
            raise InputError("DOCX content expands beyond the decompressed-size limit (possible ZIP bomb)", path)
    if "word/document.xml" not in zf.namelist():
        raise InputError("not a Word document: the ZIP has no word/document.xml", path)
    try:
        return _document(members)
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputError(f"corrupt DOCX ({exc})", path) from None
    except Exception as exc:  # lxml syntax errors and python-docx package errors have no common base
        raise InputError(f"corrupt DOCX ({type(exc).__name__}: {exc})", path) from None


def load_docx(path: Path, data: bytes, source: Source, limits: Limits) -> Document:
    doc, styles = _open(path, data, limits)
    numbering_el = None
    try:
        numbering_el = doc.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        numbering_el = None
    ctx = _Context(styles, Numbering.from_element(numbering_el), DocumentBuilder(source))
    _emit(doc.element.body, ctx)
    _furniture(doc, ctx)
    return ctx.builder.build()
