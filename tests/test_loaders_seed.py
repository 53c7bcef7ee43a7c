"""Acceptance of issue 2 on the real seed: every content line of the seed text, in order, in every rendering."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from minutes_nlp.document import BlockKind, Document
from minutes_nlp.loaders import load

SEED_TXT = "000_b6ab1fcc00502021.txt"
BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("\u00a0", " ").split())


def fold(text: str) -> str:
    """Upper case without diacritics: the residue in gold.json is written without them."""
    decomposed = unicodedata.normalize("NFD", text)
    return norm("".join(c for c in decomposed if not unicodedata.combining(c))).upper()


def residue(seed_dir: Path) -> list[str]:
    about = json.loads((seed_dir / "gold.json").read_text(encoding="utf-8"))["artifacts"]
    return [a for a in re.findall(r"'([^']+)'", about) if "bookmark" not in a]


def _is_residue(line: str, artifacts: list[str]) -> bool:
    """A trailing line named in gold.json's artifacts (the header may be split over lines), or one with no
    letter or digit at all (a stray '&')."""
    folded = fold(line)
    return not folded or not any(c.isalnum() for c in folded) or any(folded in a for a in artifacts)


def content_lines(seed_dir: Path) -> list[str]:
    """The seed's content lines: bookmark markers dropped, tab-indented header pairs reduced to their value,
    bullets' '·' dropped, and the trailing run of furniture lines left out."""
    artifacts = [fold(a) for a in residue(seed_dir)]
    raw = (seed_dir / SEED_TXT).read_text(encoding="utf-8").splitlines()
    end = len(raw)
    while end and _is_residue(raw[end - 1], artifacts):
        end -= 1
    out: list[str] = []
    for line in raw[:end]:
        bare = line.lstrip(" ")
        if bare.startswith("\t") and not bare.startswith("\t "):
            continue  # a header label ("\tnázev"): compared through its value
        text = norm(BOOKMARK.sub("", line)).lstrip("·•").strip()
        if text:
            out.append(text)
    return out


def find_in_order(doc: Document, lines: list[str]) -> list[tuple[str, int]]:
    """(line, block index) for each line found in a body block after the previous one; missing lines raise."""
    blocks = [norm(b.text) for b in doc.blocks]
    found, bi, offset = [], 0, 0
    for line in lines:
        while bi < len(blocks):
            pos = blocks[bi].find(line, offset)
            if pos >= 0:
                found.append((line, bi))
                offset = pos + len(line)
                break
            bi, offset = bi + 1, 0
        else:
            missing = [x for x in lines if x not in {f for f, _ in found}]
            raise AssertionError(f"not found in order: {line!r}; {len(missing)} missing")
    return found


@pytest.fixture(scope="module", params=["seed.docx", "seed.pdf", SEED_TXT])
def seed_doc(request: pytest.FixtureRequest, seed_dir: Path) -> Document:
    return load(seed_dir / request.param)


def test_seed_has_content_lines(seed_dir: Path) -> None:
    lines = content_lines(seed_dir)
    assert len(lines) > 60
    assert not any("bookmark" in x or x in ("1/4", "4/4") for x in lines)
    assert "15. 12. 2020, 15:30 – 17:30" in lines


def test_every_content_line_in_order(seed_doc: Document, seed_dir: Path) -> None:
    found = find_in_order(seed_doc, content_lines(seed_dir))
    assert len(found) == len(content_lines(seed_dir))


@pytest.mark.parametrize("needle", ["ř", "ů", "Ú", "Ř", "ě", "Ž", "Š"])
def test_diacritics_survive(seed_doc: Document, needle: str) -> None:
    assert needle in seed_doc.text


@pytest.mark.parametrize("text", ["1/4", "4/4", "2/4", "2"])
def test_page_furniture_not_in_body(seed_doc: Document, text: str) -> None:
    assert all(norm(b.text) != text for b in seed_doc.blocks)
    assert not any(b.text.endswith(" " + text) for b in seed_doc.blocks if text != "2")


def test_running_header_is_furniture(seed_doc: Document, seed_dir: Path) -> None:
    header = next(a for a in residue(seed_dir) if "MINISTERSTVO" in a)
    assert fold(header) not in fold(seed_doc.text)
    assert "MINISTERSTVO" not in fold(seed_doc.text)
    assert fold(header) in fold(" ".join(f.text for f in seed_doc.furniture))


def test_no_conversion_residue_in_body(seed_doc: Document) -> None:
    assert "[bookmark" not in seed_doc.text
    assert "image1.jpeg" not in seed_doc.text


def test_bod_lines_are_headings(seed_doc: Document) -> None:
    if seed_doc.source.format == "txt":
        pytest.skip("plain text has no formatting to mark headings")
    bods = [b for b in seed_doc.blocks if re.match(r"Bod \d+ –", b.text)]
    assert len(bods) == 7
    for b in bods:
        if seed_doc.source.format == "docx":
            assert b.kind is BlockKind.HEADING and b.level == 2
        else:
            assert b.heading_hint and b.page is not None and b.level == bods[0].level


def test_header_table_rows(seed_doc: Document) -> None:
    table = next(b for b in seed_doc.blocks if b.kind is BlockKind.TABLE)
    assert table.rows[0] == ("název", "19. jednání Pracovní skupiny pro Smart Cities (PS pro SC)")
    assert [r[0] for r in table.rows] == ["název", "datum", "místo", "přílohy zápisu"]
    assert table.rows[3][1] == "Souhrnná prezentace „19. jednání Pracovní skupiny pro Smart Cities“"


def test_bullets_are_list_items(seed_doc: Document) -> None:
    items = [b for b in seed_doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert len(items) == 12
    assert len({b.list_label for b in items}) == 1
    assert items[0].list_label in ("•", "·")
    assert items[1].text == "Digitalizace, 5G sítě, konektivita"


def test_pdf_hyphenation_undone(seed_dir: Path) -> None:
    text = load(seed_dir / "seed.pdf").text
    for word in ("ministeriádě", "přivítáním", "kohezní", "imperativem", "konzultovat", "bude-li"):
        assert word in text
    assert "\ufffe" not in text and "\u00ad" not in text


def test_pdf_blocks_have_pages(seed_dir: Path) -> None:
    doc = load(seed_dir / "seed.pdf")
    assert doc.source.pages == 4
    assert {b.page for b in doc.blocks} == {1, 2, 3, 4}
    assert [b.page for b in doc.blocks] == sorted(b.page or 0 for b in doc.blocks)


def test_spans_index_document_text(seed_doc: Document) -> None:
    text = seed_doc.text
    for b in seed_doc.blocks:
        assert text[b.start:b.end] == b.text
