"""Agenda items: the numbered points of a meeting, from the body sections and the programme list.

Body items come from the longest numbering present among: prefixed lines ("Bod 1 –", "Ad 1)", "K bodu 2:",
"Item 4", a bare "Ad 1)" titled by the line below or the programme), numbered headings ("3. Financování",
"IV. Různé", minute references "25/01", "FGP/25/003"), numbered title-like paragraphs that each head some
content, and numbered paragraphs with run-in titles ("4. Matters arising. The Clerk ..."); on a tie the
earlier scheme wins. One numbering written partly as headings and partly run in ("1. CALL TO ORDER: The
Chair ...", "3. PUBLIC COMMENT:") is one scheme when together it counts on without a gap. Minutes without
numbering take their section headings, or upper-case run-in labels ("ROLL CALL: Members present ..."),
numbered by position (`agenda_sections`); lettered sub-items ("A. Depot Road paving") stay inside their section.
Numbers are kept as written (the seed jumps from 3 to 5; a number written twice in a
row stays twice).
Numbered sub-items under an item ("6.1 Risk report" under "6. Reports") follow it as items of their own
(`subitems`). The programme list ("Program:", "Agenda") is linked with the body by number or, failing that, by title;
entries on only one side are kept once. Unnumbered sub-headings stay inside their item, and `end_block`
is the last block of each item, so other stages can ask `item_for_block`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import cache

from minutes_nlp.document import Block, BlockKind, Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.agenda_forms import (
    LETTERED,
    MAX_TITLE,
    ROMAN,
    Cand,
    clean_title,
    increasing,
    lettered_run,
    numbered_number,
    prefixed_number,
    value,
    vocab,
)
from minutes_nlp.extract.agenda_programme import inline_numbered
from minutes_nlp.extract.agenda_sections import plain_sections
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.heading_tails import split_title
from minutes_nlp.extract.names import RESIDUE
from minutes_nlp.extract.presenter_context import presenter_context
from minutes_nlp.extract.presenters import find_presenters
from minutes_nlp.extract.result import AgendaItem, Method, Provenance
from minutes_nlp.extract.roleholders import Context
from minutes_nlp.extract.subitems import sub_items
from minutes_nlp.textutil import fold

_METHOD_VERSION = "1"
_SHORT_TITLE = 80
_TITLE_MATCH = 0.8
_RUNIN = re.compile(r"^(?P<t>[^.:;–—]{2,60}?)(?:\.|:|\s[–—-])\s+(?P<rest>[\"“„(]?[^\W\d_].*)$")
_RUNIN_WORDS = 8
# "Zahájení: Starosta zahájil zasedání v 18:00.": a title, a colon and a sentence run in after a prefixed number
_RUNIN_COLON = re.compile(r"^(?P<t>[^.:;–—]{2,60}?):\s+(?P<rest>[\"“„(]?[^\W\d_].*[.!?])$")


def _number_of(block: Block) -> str | None:
    label = (block.list_label or "").strip()
    m = re.fullmatch(rf"(\d{{1,2}}|{ROMAN})[.)]", label)
    return m.group(1) if m else None


def _body_candidates(doc: Document, lang: str, skip: set[int]) -> list[Cand]:
    by_scheme: dict[str, list[Cand]] = {"prefix": [], "heading": [], "numbered": [], "runin": []}
    for b in doc.blocks:
        if b.index in skip or b.kind is BlockKind.TABLE:
            continue
        line = mf.clean_value(mf.line_text(b).split("\n")[0])
        cand = _prefixed(doc, b, line, lang) or _numbered(b, line, lang)
        if cand is not None:
            by_scheme[cand.scheme].append(cand)
    runs = [increasing(by_scheme["prefix"]), increasing(by_scheme["heading"])]
    plain = increasing(_with_content(by_scheme["numbered"]))
    titled_runin = _runin(by_scheme["runin"], lang)
    runs += [plain if len(plain) >= 2 else [], titled_runin]
    runs += [_merged(runs[1], titled_runin), _merged(plain, titled_runin)]
    # the longest numbering wins (one stray "Item 4" line does not hide twelve numbered headings); on a tie
    # the stronger scheme, in the order above
    return max(reversed(runs), key=len)


def _prefixed(doc: Document, b: Block, line: str, lang: str) -> Cand | None:
    m = vocab(lang)[1].match(line)
    if not m or (m.group("space") and not b.is_heading) or len(m.group("title") or "") > MAX_TITLE + 60:
        return None  # "Bod 3 byl stažen z programu." is a sentence; "Item 4 Budget" needs to be a heading
    title = m.group("title") or _title_below(doc, b.index)
    runin = _RUNIN_COLON.match(title)
    if runin and not b.is_heading and len(runin.group("t").split()) <= _RUNIN_WORDS:
        title = runin.group("t")  # "Ad 1) Zahájení: Starosta zahájil zasedání." is titled run in
    return Cand(prefixed_number(m), title, b.index, "prefix")


def _numbered(b: Block, line: str, lang: str) -> Cand | None:
    m = vocab(lang)[2].match(line)
    if not m or _resolution_section(m.group("title"), lang) or (m.group("bare") and not b.is_heading):
        return None  # a number without a dot or bracket ("3 Rozpočet") numbers only a heading
    number, title = numbered_number(m), m.group("title")
    runin = _RUNIN.match(title)
    # "4. Matters arising. The following updates were received:" is run in, with its list below
    lead_in = bool(runin and not b.is_heading and b.text.split("\n")[0].rstrip().endswith(":")
                   and len(runin.group("rest").split()) >= 4)
    if not lead_in and len(title) <= MAX_TITLE and (not title.rstrip().endswith((".", ";", ",")) or b.is_heading):
        if not b.is_heading and title[:1].islower():
            return None  # "4. účetní závěrku obce ..." continues a sentence: a point of a list, not an item
        return Cand(number, title, b.index, "heading" if b.is_heading else "numbered")
    if runin and len(runin.group("t").split()) <= _RUNIN_WORDS:
        return Cand(number, runin.group("t"), b.index, "runin")
    return None


def _lettered_top(doc: Document) -> list[Cand]:
    """Minutes whose only numbering is letters ("A. Call to order", "B) Minutes"): headings, or title lines that
    each head some text, lettered from A without a restart."""
    cands = []
    for b in doc.blocks[1:]:
        m = LETTERED.match(mf.clean_value(mf.line_text(b).split("\n")[0]))
        if m and b.kind is not BlockKind.TABLE and len(m.group("title")) <= MAX_TITLE \
                and not m.group("title").rstrip().endswith((".", ";", ",")):
            cands.append(Cand(m.group("num"), m.group("title"), b.index, "lettered"))
    if not all(doc.blocks[c.block].is_heading for c in cands):
        cands = [c for c in _with_content(cands) if not doc.blocks[c.block].is_heading]
    return lettered_run(cands)


@cache
def _sections(lang: str) -> frozenset[str]:
    return frozenset(fold(t) for t in vocab(lang)[0].get("resolution_sections", []))


def _resolution_section(title: str, lang: str) -> bool:
    """ "I. schvaluje", "II. bere na vědomí": a section of a resolutions-only document, not an agenda item."""
    return fold(clean_title(title)).strip(" :") in _sections(lang)


def _title_below(doc: Document, index: int) -> str:
    """The title of a bare "Ad 1)" / "K bodu 1:": the next line when it reads as a heading (short, no final
    full stop); otherwise empty, and the programme entry of that number gives it."""
    nxt = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
    line = mf.clean_value(nxt.text.split("\n")[0]) if nxt is not None else ""
    return line if 0 < len(line) <= _SHORT_TITLE and not line.endswith((".", ":", ";", ",")) else ""


def _runin(cands: list[Cand], lang: str) -> list[Cand]:
    """ "4. Matters arising. The Clerk reported ...": numbered paragraphs that open with a short title are the
    items only when one of the titles is a standard agenda heading (a numbered list of tasks is not)."""
    run = increasing(cands)
    standard = _standard_titles(lang)
    if len(run) >= 2 and any(fold(c.title).startswith(standard) for c in run):
        return run
    return []


@cache
def _standard_titles(lang: str) -> tuple[str, ...]:
    return tuple(fold(t) for t in vocab(lang)[0]["standard_titles"])


def _merged(titled: list[Cand], runin: list[Cand]) -> list[Cand]:
    """ "1. CALL TO ORDER: The Chair called ...", "3. PUBLIC COMMENT:" (a heading), ...: one numbering written
    partly as headings and partly with run-in titles; the two are one scheme when together they count on
    without a gap."""
    both = sorted(titled + runin, key=lambda c: c.block)
    values = [value(c.number) for c in both]
    if not titled or not runin or any(b != a + 1 for a, b in zip(values, values[1:], strict=False)):
        return []
    return [Cand(c.number, c.title, c.block, titled[0].scheme) for c in both]


def _with_content(cands: list[Cand]) -> list[Cand]:
    """Numbered paragraphs are items only when each heads some text: a bare numbered list (content, or an
    unlabelled programme) is not the agenda."""
    blocks = {c.block for c in cands}
    heading = [c for c in cands if c.block + 1 not in blocks]
    return heading if len(heading) >= 2 else []


def _programme(doc: Document, lang: str) -> tuple[list[Cand], set[int]]:
    """Entries of the programme list and the blocks it occupies."""
    _, _, numbered, programme = vocab(lang)
    for b in doc.blocks:
        m = programme.match(RESIDUE.sub("", mf.line_text(b).split("\n")[0]).strip())
        if not m or len(b.text) > 400:
            continue
        inline = (m.group("rest") or "").strip()
        if inline:
            entries = _inline_entries(inline, b.index)
            if entries:
                return entries, {b.index}
            continue
        entries, used = _list_entries(doc, b.index, numbered)
        if entries:
            return entries, used | {b.index}
    return [], set()


def _inline_entries(text: str, block: int) -> list[Cand]:
    out = [Cand(n, clean_title(t), block, "programme") for n, t in inline_numbered(text)]
    return out if len(out) >= 2 else []


def _list_entries(doc: Document, start: int, numbered: re.Pattern[str]) -> tuple[list[Cand], set[int]]:
    out: list[Cand] = []
    used: set[int] = set()
    for b in doc.blocks[start + 1:]:
        line = mf.line_text(b).split("\n")[0]
        m = numbered.match(line)
        if b.is_heading or (b.kind is not BlockKind.LIST_ITEM and not m):
            break
        if m and b.kind is not BlockKind.LIST_ITEM and len(line) > MAX_TITLE:
            break
        number = numbered_number(m) if m else str(len(out) + 1)
        if out and value(number) <= value(out[-1].number):
            break  # numbering restarts: the body's first item, not the programme
        title = m.group("title") if m else b.text
        out.append(Cand(number, clean_title(title), b.index, "programme"))
        used.add(b.index)
    return out, used


def _unnumbered_sections(doc: Document, programme: list[Cand], body: list[Cand], used: set[int]) -> list[Cand]:
    """Headings without numbers that repeat a programme entry ("Různé" under "Program: ... 5. Různé") are
    that entry's section; the number comes from the programme."""
    after = max(used, default=-1)
    taken = {c.block for c in body}
    out: list[Cand] = []
    for p in programme:
        if any(_similar(_title_of(c), p.title) for c in body):
            continue
        heading = next((b for b in doc.blocks[after + 1:] if b.is_heading and b.index not in taken
                        and _similar(mf.clean_value(b.text), p.title)), None)
        if heading is not None:
            out.append(Cand(p.number, mf.clean_value(heading.text), heading.index, "heading"))
            taken.add(heading.index)
    return out


def _similar(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    return bool(fa) and (SequenceMatcher(None, fa, fb).ratio() >= _TITLE_MATCH or fa.startswith(fb)
                         or fb.startswith(fa))


def _link(programme: list[Cand], body: list[Cand]) -> list[tuple[Cand | None, Cand | None]]:
    """Pairs (programme entry, body item); by number when both agree on titles or numbering, else by title."""
    pairs: list[tuple[Cand | None, Cand | None]] = []
    used: set[int] = set()
    for p in programme:
        match = next((i for i, c in enumerate(body) if i not in used and _similar(_title_of(c), p.title)), None)
        if match is None:
            match = next((i for i, c in enumerate(body) if i not in used and c.number == p.number), None)
        if match is not None:
            used.add(match)
        pairs.append((p, body[match] if match is not None else None))
    pairs.extend((None, c) for i, c in enumerate(body) if i not in used)
    return sorted(pairs, key=lambda pc: value((pc[1] or pc[0]).number))  # type: ignore[union-attr]


def _title_of(c: Cand) -> str:
    return clean_title(split_title(c.title)[0])


def _closing_start(doc: Document, lang: str, fields: list[mf.Field]) -> int:
    """First block of the signature lines at the end (Zapsal:, Schválil:), which belong to no item."""
    data = vocab(lang)[0]
    tail = [f.block for f in fields if f.name in data["closing_fields"] and f.block > len(doc.blocks) // 2]
    return min(tail) if tail else len(doc.blocks)


def extract_agenda(doc: Document, lang: str) -> list[AgendaItem]:
    """Agenda items of a document in order (see the module docstring)."""
    programme, used = _programme(doc, lang)
    body = _body_candidates(doc, lang, used)
    body = sorted(body + _unnumbered_sections(doc, programme, body, used), key=lambda c: c.block)
    if not body and not programme:
        body = plain_sections(doc, lang) or _lettered_top(doc)
    pairs = _link(programme, body)
    fields = mf.scan_fields(doc, lang)
    closing = _closing_start(doc, lang, fields)
    subs = sub_items(doc, lang, [(c.number, c.block) for _, c in pairs if c is not None], used, closing)
    pairs = [pair for prog, item in pairs for pair in [(prog, item), *[
        (None, Cand(s.number, s.title, s.block, "subitem")) for s in subs.get(item.block if item else -1, [])]]]
    roles = presenter_context(doc, lang, fields)  # role holders, initials, "The DFR presented"
    starts = sorted(c.block for _, c in pairs if c is not None)
    return [_make_item(doc, lang, prog, item, starts, closing, roles) for prog, item in pairs]


def _standard_head(title: str, lang: str) -> str:
    """ "Date of next meeting: Tuesday 11 February 2025" -> "Date of next meeting": a catch-all heading with its
    value run in after a colon or dash is titled by the heading alone."""
    m = _misc_head(lang).match(title)
    return m.group("head") if m else title


@cache
def _misc_head(lang: str) -> re.Pattern[str]:
    return re.compile(rf"^(?P<head>{alt(vocab(lang)[0]['misc_titles'])})\s*(?::|\s[–—-])\s+\S", re.IGNORECASE)


def _make_item(doc: Document, lang: str, prog: Cand | None, item: Cand | None, starts: list[int],
               closing: int, roles: Context) -> AgendaItem:
    main = item or prog
    assert main is not None
    title, tail = split_title(main.title) if item else (main.title, "")
    title = _standard_head(clean_title(title), lang) or (prog.title if prog else "")
    if prog is not None and item is not None and prog.title:
        title = _programme_wording(title, prog.title, lang)
    block = doc.blocks[main.block]
    if item is not None:
        later = [s for s in starts if s > item.block]
        end = (later[0] if later else closing) - 1
        end = max(end, item.block)
    else:
        end = main.block
    presenters = find_presenters(doc, lang, main.block, end, tail, title, roles) if item else ()
    return AgendaItem(
        number=main.number, title=title, level=2 if main.scheme == "subitem" else 1, presenters=presenters,
        source=Provenance(block.index, block.start, block.end, block.page), end_block=end,
        in_programme=prog is not None, method=Method(f"rule:agenda.{main.scheme}", _METHOD_VERSION),
        confidence=0.9 if main.scheme in ("prefix", "heading", "subitem") else 0.6 if main.scheme == "section" else 0.7,
    )


def _programme_wording(title: str, listed: str, lang: str) -> str:
    """The item's title as the programme words it: a heading often shortens the programme's entry ("2. Sněmovní
    tisk 612" for "2. Vládní návrh zákona ... (sněmovní tisk 612)", "Informace MV" for "Informace Ministerstva
    vnitra"); the programme's presenter tail is no part of it ("Finance (KL)", "RAID log (Sam (PM))")."""
    wording = _standard_head(clean_title(split_title(listed)[0]), lang)
    if not wording or wording.startswith(title) and wording[len(title):].lstrip().startswith("("):
        return title
    return wording


def agenda_item_at(agenda: Sequence[AgendaItem], block_index: int) -> AgendaItem | None:
    """The agenda item whose body contains block `block_index`, or None (header, programme, signatures)."""
    for item in agenda:
        if item.source is None or item.end_block is None or not _has_body(item):
            continue
        if item.source.block <= block_index <= item.end_block:
            return item
    return None


def item_for_block(agenda: Sequence[AgendaItem], block_index: int) -> str | None:
    """Number (or, when unnumbered, title) of the agenda item containing block `block_index`, or None."""
    item = agenda_item_at(agenda, block_index)
    return (item.number or item.title) if item is not None else None


def _has_body(item: AgendaItem) -> bool:
    return not item.method.name.endswith(".programme")

