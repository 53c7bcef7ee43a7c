"""Text and Markdown loaders: list detection, flattened header tables, conversion residue, Markdown blocks."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_nlp.document import BlockKind, Document
from minutes_nlp.loaders import load, sniff_format
from minutes_nlp.loaders.textjoin import is_page_number, join_lines


def _load(tmp_path: Path, text: str, name: str = "m.txt", encoding: str = "utf-8") -> Document:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return load(path)


def kinds(doc: Document) -> list[tuple[str, str | None, str]]:
    return [(b.kind.value, b.list_label, b.text) for b in doc.blocks]


@pytest.mark.parametrize(("line", "kind", "label"), [
    ("19. jednání Pracovní skupiny", "paragraph", None),
    ("15. 12. 2020, 15:30 – 17:30", "paragraph", None),
    ("2020. rok byl náročný", "paragraph", None),
    ("1. Zahájení", "list_item", "1."),
    ("1.Zahájení bez mezery", "paragraph", None),
    ("- odrážka", "list_item", "-"),
    ("· Další dokumenty", "list_item", "·"),
    ("a) první možnost", "list_item", "a"),
])
def test_list_item_detection(tmp_path: Path, line: str, kind: str, label: str | None) -> None:
    doc = _load(tmp_path, f"Úvod.\n{line}\n")
    block = doc.blocks[1]
    assert block.kind.value == kind
    assert (block.list_label or "").startswith(label or "")


def test_numbered_list_continues_only_in_sequence(tmp_path: Path) -> None:
    doc = _load(tmp_path, "Program:\n1. Zahájení\n2. Rozpočet\n3. Různé\n5. jednání se koná v pátek\n")
    assert [b.list_label for b in doc.blocks] == [None, "1.", "2.", "3.", None]


def test_flattened_header_table_becomes_table(tmp_path: Path) -> None:
    text = (" \tnázev\n\t  19. jednání skupiny\n\n\tdatum\n\t  15. 12. 2020\n\n\tpřílohy\n"
            "\t[bookmark: appendices]Prezentace\n· Další dokumenty\n")
    doc = _load(tmp_path, text)
    assert doc.blocks[0].kind is BlockKind.TABLE
    assert doc.blocks[0].rows == (("název", "19. jednání skupiny"), ("datum", "15. 12. 2020"),
                                  ("přílohy", "Prezentace"))
    assert doc.blocks[1].kind is BlockKind.LIST_ITEM


def test_residue_dropped_and_tail_is_furniture(tmp_path: Path) -> None:
    text = ("[bookmark: _Hlk1]Bod 1 – Zahájení\nText bodu.\nZapsal: Jan Novák\n1/4\n\n\n2\n\n4/4\nimage1.jpeg\n"
            "MINISTERSTVO\nPRO MISTNI\n\n&\n")
    doc = _load(tmp_path, text)
    assert [b.text for b in doc.blocks] == ["Bod 1 – Zahájení", "Text bodu.", "Zapsal: Jan Novák"]
    assert [f.text for f in doc.furniture] == ["1/4", "2", "4/4", "image1.jpeg", "MINISTERSTVO", "PRO MISTNI", "&"]
    assert [f.kind for f in doc.furniture][:3] == ["page_number"] * 3


def test_numbers_inside_text_are_not_tail(tmp_path: Path) -> None:
    votes = "Hlasování:\nPro\n7\nProti\n0\nZdržel se\n1\n"
    doc = _load(tmp_path, votes + "Usnesení bylo přijato jednomyslně a bez připomínek.\n")
    assert doc.blocks[-1].text.startswith("Usnesení") and not doc.furniture


def test_wrapped_text_joined_into_paragraphs(tmp_path: Path) -> None:
    para = ("The committee discussed the budget for the coming year at length and the\n"
            "treasurer explained the main changes compared with the previous imple-\n"
            "mentation plan, which had been approved by the council in spring.\n")
    doc = _load(tmp_path, para + "\n" + para + "\n- a short bullet\n")
    assert len(doc.blocks) == 3
    assert "previous implementation plan" in doc.blocks[0].text
    assert doc.blocks[2].kind is BlockKind.LIST_ITEM


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1250", "utf-16"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    doc = _load(tmp_path, "Příliš žluťoučký kůň úpěl ďábelské ódy.\n", encoding=encoding)
    assert doc.blocks[0].text == "Příliš žluťoučký kůň úpěl ďábelské ódy."


def test_nbsp_normalised_raw_kept(tmp_path: Path) -> None:
    doc = _load(tmp_path, "Termín do\u00a020.\u00a03.\u00a02025\n")
    assert doc.blocks[0].text == "Termín do 20. 3. 2025" and "\u00a0" in doc.blocks[0].raw_text


MD = """---
id: x
---
# Zápis ze schůze

Schůze se konala v klubovně
a trvala dvě hodiny.

**Bod 1 – Úvod**

- první bod,
  který pokračuje
  - vnořený bod
- druhý *důležitý* bod
1. číslovaný
2. další

| úkol | kdo |
|------|-----|
| Plakáty | Lucka |
| Sponzoři | Honza |

Setext heading
--------------
"""


def test_markdown_blocks(tmp_path: Path) -> None:
    doc = _load(tmp_path, MD, name="notes.md")
    assert doc.source.format == "md"
    got = [(b.kind.value, b.level, b.list_label, b.heading_hint, b.text) for b in doc.blocks]
    assert got == [
        ("heading", 1, None, False, "Zápis ze schůze"),
        ("paragraph", None, None, False, "Schůze se konala v klubovně a trvala dvě hodiny."),
        ("paragraph", None, None, True, "Bod 1 – Úvod"),
        ("list_item", 1, "-", False, "první bod, který pokračuje"),
        ("list_item", 2, "-", False, "vnořený bod"),
        ("list_item", 1, "-", False, "druhý důležitý bod"),
        ("list_item", 1, "1.", False, "číslovaný"),
        ("list_item", 1, "2.", False, "další"),
        ("table", None, None, False, "úkol\tkdo\nPlakáty\tLucka\nSponzoři\tHonza"),
        ("heading", 2, None, False, "Setext heading"),
    ]
    assert doc.blocks[8].rows == (("úkol", "kdo"), ("Plakáty", "Lucka"), ("Sponzoři", "Honza"))


@pytest.mark.parametrize(("head", "name", "fmt"), [
    (b"%PDF-1.7\n", "a.docx", "pdf"),
    (b"PK\x03\x04", "a.pdf", "docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a.docx", "doc"),
    (b"{\\rtf1 x}", "a.txt", "rtf"),
    (b"# Title\n", "a.md", "md"),
    (b"Plain text", "a.log", "txt"),
    (b"\x00\x01\x02\x03binary", "a.txt", "binary"),
])
def test_sniff_by_content(head: bytes, name: str, fmt: str) -> None:
    assert sniff_format(Path(name), head) == fmt


@pytest.mark.parametrize(("text", "expected"), [
    ("1/4", True), ("2", True), ("- 3 -", True), ("strana 2 z 5", True), ("Page 2 of 5", True), ("str. 4", True),
    ("Q1/2021", False), ("19. jednání", False), ("2020", True), ("Bod 2", False),
])
def test_page_number_patterns(text: str, expected: bool) -> None:
    assert is_page_number(text) is expected


@pytest.mark.parametrize(("left", "right", "joined"), [
    ("ministe -", "riádě pod", "ministeriádě pod"),
    ("bude-", "li to", "bude-li to"),
    ("Frýdek-", "Místek", "Frýdek-Místek"),
    ("kon-", "cept", "koncept"),
    ("2020-", "2021", "2020-2021"),
    ("Praha -", "Východ", "Praha - Východ"),
    ("sku\ufffe", "piny pro", "skupiny pro"),
    ("plain", "text", "plain text"),
])
def test_join_lines(left: str, right: str, joined: str) -> None:
    assert join_lines(left, right) == joined


@pytest.mark.parametrize(("text", "expected"), [
    ("Bod 3 – Prezentace pilotů 5G pro 5 měst (MMR ve spolupráci s MPO)", True),
    ("Ad 1) Zahájení.", True),
    ("Usnesení: Zastupitelstvo obce schvaluje rozpočet na rok 2025 ve znění předloženého návrhu.", False),
    ("x" * 151, False),
    ("", False),
])
def test_heading_like(text: str, expected: bool) -> None:
    from minutes_nlp.loaders.textjoin import heading_like

    assert heading_like(text) is expected
