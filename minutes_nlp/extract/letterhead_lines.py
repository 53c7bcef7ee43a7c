"""Lines of a letterhead between the organisation's name and the minutes' title: its postal address, its
contact line, the reference line and the date of issue of the issued document.

Minutes issued on an organisation's letter paper (universities, ministries, regional offices, Indian and
British public bodies, Czech úřady) put under the organisation's name its address ("Main Road, Newtown – 583
221", "Náměstí Svobody 1, 602 00 Brno") and a reference line giving the file number and the date of issue
("No. ABC/12/2023-24 Dated: 20.07.2023", "Ref.: XY/44 Date: 26th March 2024", "Č. j.: MMB/1234/2024"). Neither
is a title, and neither ends the title lines: the minutes line under them is the title. The date of issue is
not the meeting's date. The cues are data (`letterhead_reference_cues`, `postcode_shapes` of the language's
metadata labels).
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.dates import find_dates
from minutes_nlp.textutil import fold

_MAX_LINE = 160
_MAX_TITLE = 220
_MAX_REST = 48  # "Dated: 20th March 2024", "V Brně dne 5. 3. 2024"
_CODE = (r"(?:(?-i:[A-ZÁ-Ž][A-ZÁ-Ž-]{1,9})\s+)?(?=[\w./-]*[/\d])[\w][\w./()-]*")  # a file number:
# "TSU/CHE/BoS/2023-24/112", "MMB/1234/2024", "KUVY 12345/2024", "44"


@cache
def _reference_rx(lang: str) -> re.Pattern[str]:
    cues = mf.labels(lang).data.get("letterhead_reference_cues") or []
    if not cues:
        return re.compile(r"(?!)")
    return re.compile(rf"^\s*(?:{alt(cues)})\s*[:.]?\s*{_CODE}", re.IGNORECASE)


@cache
def _postcode_rx(lang: str) -> re.Pattern[str]:
    shapes = mf.labels(lang).data.get("postcode_shapes") or []
    return re.compile("|".join(f"(?:{s})" for s in shapes)) if shapes else re.compile(r"(?!)")


def reference_line(text: str, lang: str) -> bool:
    """ "No. TSU/BoS/2023-24/112 Dated: 20.07.2023", "Ref.: AB/44 Date: 26th March 2024", "Č. j.: KUJM 1234/2024":
    a file number after a reference cue opening a short line, nothing after it but the date of issue ("No. 5
    Approval of the budget" is an agenda line)."""
    m = _reference_rx(lang).match(text)
    if m is None or len(text) > _MAX_LINE:
        return False
    rest = text[m.end():].strip(" ,;–—-")
    return not rest or len(rest) <= _MAX_REST and any(v.kind == "date" for _s, _e, v in find_dates(rest, lang))


def address_line(text: str, lang: str) -> bool:
    """ "Campus Road, Newtown – 583 221, Karnataka", "Masarykovo nám. 1, 586 01 Jihlava", "12 High Street,
    Kelbury KB3 4TR": a short line of comma-separated parts with a postcode in it and no sentence."""
    parts = [p for p in re.split(r"\s*[,–—|]\s*", text) if p]
    return len(text) <= _MAX_LINE // 2 and 2 <= len(parts) <= 5 and bool(_postcode_rx(lang).search(text)) \
        and not text.rstrip().endswith((".", ":"))


_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|(?<!\w)www\.\S+|https?://\S+|\+?\d[\d ()/-]{7,}\d")


@cache
def _contact_rx(lang: str) -> re.Pattern[str]:
    cues = mf.labels(lang).data.get("contact_line_cues") or []
    return re.compile(rf"(?<!\w)(?:{alt(cues)})\s*[:.]", re.IGNORECASE) if cues else re.compile(r"(?!)")


def contact_line(text: str, lang: str) -> bool:
    """ "Tel: 01234 567890 | clerk@ashcombe-tc.gov.uk", "tel.: 567 123 456, e-mail: podatelna@obec.cz, www.obec.cz":
    a short line giving the organisation's telephone, e-mail or web address under a contact cue."""
    return len(text) <= _MAX_LINE and bool(_contact_rx(lang).search(text)) and bool(_CONTACT.search(text))


@cache
def _issue_rx(lang: str) -> re.Pattern[str]:
    data = mf.labels(lang).data
    openers, joiner = data.get("issue_date_openers") or [], data.get("issue_date_joiner") or ""
    if not openers:
        return re.compile(r"(?!)")
    between = rf"\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){{0,3}}\s+{joiner}" if joiner else r"\s*[:.]?"
    return re.compile(rf"^\s*(?:{alt(openers)}){between}\s*(?P<date>\S.*)$", re.IGNORECASE)


def issue_date_line(text: str, lang: str) -> bool:
    """ "Dated: 12th March 2025", "V Jihlavě dne 10. 3. 2025": the date (and town) the document was issued on,
    alone on a short line of the letterhead; no meeting date."""
    m = _issue_rx(lang).match(text)
    if m is None or len(text) > _MAX_REST + 20:
        return False
    found = [(s, e) for s, e, v in find_dates(m.group("date"), lang) if v.kind == "date"]
    return bool(found) and not m.group("date")[found[0][1]:].strip(" .,")


def letterhead_detail(text: str, lang: str) -> bool:
    """An address, contact, reference or date-of-issue line of the letterhead (see the module docstring)."""
    return reference_line(text, lang) or address_line(text, lang) or contact_line(text, lang) \
        or issue_date_line(text, lang)


def jurisdiction_line(text: str, lang: str) -> bool:
    """ "Republic of the Philippines", "Province of Laguna | Municipality of Santa Rosalia": a line made only of
    the issuing unit's hierarchy (`jurisdiction_line_openers`), above the letterhead; no title."""
    openers = mf.labels(lang).data.get("jurisdiction_line_openers") or []
    parts = [p.strip() for p in re.split(r"\s[|·•]\s|\n", text) if p.strip()]
    return bool(openers) and bool(parts) and len(text) <= _MAX_LINE and all(
        re.match(rf"(?i:{alt(openers)})(?:\s+[A-ZÁ-Ž][\w.'’-]*)*$", p) for p in parts)


def org_under_title(doc: Document, title_block: int | None, lang: str) -> str | None:
    """ "Zápis z jednání kolegia ředitele č. 10/2024" over "Správa silnic X, příspěvková organizace": a plain line
    right under the only title line, naming an organisation with its legal form (org_patterns `legal_forms`
    after a comma) and nothing else (no date, no minutes word), is the organisation's letterhead set below."""
    if title_block is None or title_block + 1 >= len(doc.blocks):
        return None
    block = doc.blocks[title_block + 1]
    text = block.text.strip()
    if block.kind.value != "paragraph" or "\n" in text or len(text) > _MAX_LINE or minutes_line(text, lang):
        return None
    forms = langdata.load(langdata.code(lang), "org_patterns").get("legal_forms") or []
    if forms and not find_dates(text, lang) and re.search(rf",\s*(?:{alt(forms)})$", text):
        return text
    return _headed_organisation(text, lang)


def _headed_organisation(text: str, lang: str) -> str | None:
    """ "Harwick Public Library District, Harwick, IL – 11/18/2025" under "Regular Meeting of the Board of
    Trustees": an organisation's name ending in an organisation noun (`subtitle_organisation_heads`: district,
    school, library, association, ...), then at most its town and the date, is the organisation whose board
    met. A body's name ("Finance Committee"), a labelled field ("Organisation: X", read as a field) or a line of
    prose is none."""
    heads = mf.labels(lang).data.get("subtitle_organisation_heads") or []
    name = re.split(r"\s+[–—-]\s+|,\s+", text)[0].strip()
    words = re.findall(r"[^\W\d_][\w'’.-]*", name)
    named = len(words) >= 2 and all(w[:1].isupper() or len(w) <= 3 for w in words)  # "Friends of the Park Trust"
    if not heads or ":" in text or not named or find_dates(name, lang):
        return None
    return name if re.search(rf"(?<!\w)(?:{alt(heads)})$", name, re.IGNORECASE) else None


def minutes_line(text: str, lang: str) -> bool:
    """ "Minutes of the meeting held on ...", "Zápis z jednání ...": a line opening with the minutes word."""
    return bool(re.match(rf"\s*{alt(mf.labels(lang).data['minutes_words'])}(?!\w)", text, re.IGNORECASE))


@cache
def _registration_rx(lang: str) -> re.Pattern[str]:
    cues = mf.labels(lang).data.get("registration_line_cues") or []
    return re.compile(rf"(?<!\w)(?:{alt(cues)})(?!\w)", re.IGNORECASE) if cues else re.compile(r"(?!)")


def registration_line(text: str, lang: str) -> bool:
    """A letterhead's registration line ("Registered charity no. 1234567 · Company no. 0765432", "IČO: 123 45
    678, se sídlem ..."; `registration_line_cues`): no title, and no end of the title lines."""
    return len(text) <= _MAX_TITLE and bool(_registration_rx(lang).search(text)) and not minutes_line(text, lang)


def unit_under(doc: Document, index: int, lang: str, title: str) -> bool:
    """A letterhead naming a unit under the organisation ("University of X" over "Department of Chemistry")
    whose body the title names by the unit's own subject ("Board of Studies in Chemistry"): the letter paper of
    the unit, whose boards are not named after the organisation, nor is the organisation part of their title.
    A body named only by its kind ("Faculty Board" under "Faculty of Arts") is the organisation's."""
    units = mf.labels(lang).data.get("letterhead_unit_words") or []
    if not units or index + 1 >= len(doc.blocks) or doc.blocks[index + 1].kind.value == "table":
        return False
    nxt = mf.clean_value(mf.line_text(doc.blocks[index + 1]).split("\n")[0])
    if len(nxt) > _MAX_TITLE or not re.match(rf"\s*(?:{alt(units)})(?!\w)", nxt, re.IGNORECASE) \
            or minutes_line(nxt, lang):
        return False
    generic = {fold(w) for u in units for w in u.split()}
    subject = {fold(w) for w in re.findall(r"(?-i:[A-ZÁ-Ž])[^\W\d_]{3,}", nxt)} - generic
    return bool(subject & {fold(w) for w in re.findall(r"[^\W\d_]{4,}", title)})


def stamp_line(text: str, lang: str) -> bool:
    """ "DRAFT", "OFFICIAL – PUBLIC", "Part A (Public)", "Unconfirmed minutes": a protective marking or a status
    stamp stands as a line or a segment of its own, every word of it a stamp word (`not_letterhead_words`);
    the same word inside an organisation's name ("Harwick Public Library District", "The Open Studio Trust")
    stamps nothing."""
    stamps = {w.lower() for w in mf.labels(lang).data.get("not_letterhead_words", [])}
    segments = [s for s in re.split(r"[–—|/:,()\[\]]|\s-\s", text) if s.strip()]
    for segment in segments:
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", segment)]
        if any(w in stamps for w in words) and all(w in stamps or len(w) == 1 for w in words):
            return True
    return False
