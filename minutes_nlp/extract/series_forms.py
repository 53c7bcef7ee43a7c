"""Finishing touches on the title and the series name read from it: a title line a line break split from its
particulars, the case a document writes the name in when the title is set in capitals, and the project whose
body met when a header names one.

Split out of `series`, which cuts the body's name out of a title and declines it to the nominative.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.dates import find_dates
from minutes_nlp.textutil import fold

_ACRONYM = 4  # longest word in capitals read as an initialism


def set_in_capitals(text: str) -> bool:
    """ "ZÁPIS Z JEDNÁNÍ KRIZOVÉHO ŠTÁBU ...": a line of three words or more set in capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 3 and bool(letters) and all(c.isupper() for c in letters)


def in_document_case(series: str, text: str) -> str:
    """A name read from a title set in capitals, each word after the first in the case the document writes it
    elsewhere ("Krizový štáb orp ždánov nad loučkou" -> "... ORP Ždánov nad Loučkou"): the most frequent form
    outside lines set in capitals (a long word in capitals is no form of its own, a short one is an initialism);
    a word the document writes nowhere else stays as it is."""
    body = "\n".join(line for line in text.split("\n") if not set_in_capitals(line))
    words = series.split()
    out = words[:1]
    for word in words[1:]:
        forms = Counter(f for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", body, re.IGNORECASE)
                        if not ((f := m.group(0)).isupper() and len(f) > _ACRONYM))  # "ŠTÁB" is set in capitals
        out.append(max(forms, key=lambda f: (forms[f], not f.isupper())) if forms else word)  # a tie: lower case
    return " ".join(out)


_PROJECT_WORDS = 5  # a longer "short name" is the project's full title


def with_project(series: str | None, body_type: str | None, project: str | None, lang: str) -> str | None:
    """ "Steering Committee" of "Project: RHIZOMAP – Rhizosphere Mapping ... (Grant Agreement No. ...)" is
    "RHIZOMAP Steering Committee": a body met for a project the header names; the project's short name (before a
    dash, bracket, colon or comma) joins the body's name as the language orders it (`project_bodies`)."""
    rule = _series_data(lang).get("project_bodies")
    short = re.split(r"\s[–—-]\s|[(:,]", project or "")[0].strip(" .")
    if not series or body_type is None or not rule or not short or len(short.split()) > _PROJECT_WORDS \
            or fold(short) in fold(series):
        return series
    if rule.get("position") == "after":
        return " ".join(p for p in (series, rule.get("joiner", ""), short) if p)
    return f"{short} {series}"


def _series_data(lang: str) -> dict[str, Any]:
    return langdata.load(langdata.code(lang), "series")


def without_article(series: str | None, lang: str) -> str | None:
    """ "Minutes of Meeting No. 7 of the Joint Steering Group": the article a title puts before the body's name
    is no part of the name (`leading_articles`); a name that is the article alone stays."""
    words = (series or "").split()
    articles = {fold(a) for a in _series_data(lang).get("leading_articles", [])}
    if len(words) > 1 and fold(words[0]) in articles and words[1][:1].isupper():
        return " ".join(words[1:])
    return series


@cache
def particulars_rx(lang: str) -> re.Pattern[str]:
    """The opening of a line giving the meeting's particulars: a place cue ("konaného dne ...", "held on ..."),
    the meeting's running number before it ("16. zasedání, konané dne ...", "Meeting No. 61, held on ...",
    "5th meeting held on ...")."""
    data = mf.labels(lang).data
    nouns = alt(data["meeting_nouns"])
    number = rf"(?:\d{{1,3}}(?:\.|st|nd|rd|th)?\s*{nouns}|{nouns}\s*(?:č\.|no\.?|#)?\s*\d{{1,3}})"
    return re.compile(rf"^\s*(?:{number}\s*[,–—-]?\s*)?(?:{alt(data['place_cues']['cues'])})\s", re.IGNORECASE)


def continued_title(doc: Document, title: str | None, block: int | None, lang: str) -> str | None:
    """The title with the next line when a line break split off its particulars: the title line ends with a
    comma or the next line is set as a title too ("... obce X," over "konaného dne 12. 3. 2025 od 18:00 hodin
    v ..."); corpus/FORMAT.md gives the title with its "konaného dne ..." / "held on ..." details. A line that
    opens with those particulars continues the title even as a plain paragraph under a whole title line (the
    participle agrees with the title's noun: it cannot stand alone); another plain paragraph there is the
    header's first line; and a title naming no meeting ("Planning Committee Minutes") goes on in a line naming
    it ("Regular Meeting held Tuesday, ...")."""
    cue = particulars_rx(lang)
    for b in doc.blocks[(block if block is not None else len(doc.blocks)) + 1:][:2]:
        raw = mf.line_text(b).strip()
        if fold(raw.rstrip(" ,")) in fold(title or ""):
            continue  # the title's own second line ("Minutes" over "of the ...")
        kind = bool(_kind_particulars(lang).match(raw)) and not _meeting_noun(lang).search(title or "")
        if b.kind.value != "table" and (_parent_in_genitive(raw, lang) or _lower_particulars(raw, lang)):
            return f"{title} {raw}"  # "... Podvýboru pro X" over "Výboru pro Y Poslanecké sněmovny, konané dne ..."
        if b.kind.value == "table" or not (cue.match(raw) or kind) or re.match(r"[^:]{1,30}:(?!\d)", raw):
            break  # "Held: ..."
        last = mf.line_text(doc.blocks[b.index - 1]).rstrip()
        if not last.endswith(",") and not b.is_heading and not kind and not cue.match(raw):
            break
        comma = (last.endswith(",") or kind) and not (title or "").endswith(",")
        return f"{title}{',' if comma else ''} {raw}"
    return title


def _lower_particulars(line: str, lang: str) -> bool:
    """ "čtvrtletní klasifikační pedagogické rady konané dne 16. 4. 2025 ..." under "Zápis z pedagogické rady č. 4":
    a line opening in lower case with a few words (the sitting's kind and body, in the title's case) before the
    particulars cue cannot stand alone; it continues the title."""
    cues = alt(mf.labels(lang).data["place_cues"]["cues"])
    return line[:1].islower() and re.match(rf"(?:[^\W\d_]+\s+){{1,5}}(?:{cues})\s", line, re.IGNORECASE) is not None


def _parent_in_genitive(line: str, lang: str) -> bool:
    """ "Výboru pro veřejnou správu ... Poslanecké sněmovny, konané dne ..." under "Zápis z 10. schůze Podvýboru
    pro X": a line opening with a body's noun in an oblique case (series.json `head_nouns`, the form not the
    nominative) names the body the title's body belongs to; a genitive cannot stand alone, it continues the title."""
    nouns = langdata.load(langdata.code(lang), "series").get("head_nouns", {})
    words = line.split()
    for size in (2, 1):
        head = " ".join(words[:size])
        entry = nouns.get(head.lower()) if head[:1].isupper() and not head.isupper() else None
        if entry and fold(entry[0]) != fold(head):
            return len(words) > size
    return False


@cache
def _kind_particulars(lang: str) -> re.Pattern[str]:
    """ "Regular Meeting held Tuesday, ...", "Mimořádné zasedání konané dne ...": a meeting's kind and noun,
    then its particulars."""
    data = mf.labels(lang).data
    cues = alt(data["place_cues"]["cues"])
    return re.compile(rf"^\s*(?:[^\W\d_]+\s+){{0,2}}{alt(data['meeting_nouns'])}\s+(?:{cues})\s", re.IGNORECASE)


@cache
def _meeting_noun(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alt(mf.labels(lang).data['meeting_nouns'])}(?!\w)", re.IGNORECASE)


def title_parts(title: str, lang: str) -> list[str]:
    """The parts of a title that may name the body: the whole, its parts between dashes, and each without a
    closing minutes word ("Board of Directors Meeting Minutes", "Ordinary Council Meeting Minutes – 22 April
    2025": US and Australian titles put "Minutes" last)."""
    parts = [title] + (re.split(r"\s+[–—]\s+", title) if re.search(r"\s[–—]\s", title) else [])
    parts += [p for part in parts for p in _colon_parts(part)]
    tail = re.compile(rf"\s+{alt(mf.labels(lang).data['minutes_words'])}\s*$", re.IGNORECASE)
    return parts + [tail.sub("", p) for p in parts if tail.search(p)]


def _colon_parts(part: str) -> list[str]:
    """ "Kestlemere NHS Trust: Quality and Safety Committee", "Město X: Komise pro dopravu": an organisation and
    its body, a colon between them; both sides are parts (the ranking of `series_choice.choose_series` picks the body).
    A short label before the colon ("Re: ...", "Meeting: ...") is read as a field elsewhere, not split here."""
    m = re.fullmatch(r"(?P<a>[^:]{8,}?[^\W\d_])\s*:\s+(?P<b>[^\W\d_][^:]{3,})", part.strip())
    return [m.group("a"), m.group("b")] if m and len(m.group("a").split()) >= 2 else []


def names_body(series: str, lang: str) -> bool:
    """False for a "series" that is only a date ("22 April 2025" after a dash in the title) or that ends with a
    minutes word ("Steering Committee Minutes": `title_parts` gives the name without it)."""
    if re.search(rf"\s{alt(mf.labels(lang).data['minutes_words'])}\s*$", series, re.IGNORECASE):
        return False
    rest = series
    for s, e, _v in sorted(find_dates(series, lang), reverse=True):
        rest = rest[:s] + rest[e:]
    return bool(re.search(r"[^\W\d_]{2,}", rest)) and not _only_qualifiers(rest, lang)


def _only_qualifiers(text: str, lang: str) -> bool:
    """ "Tuesday" of "Regular Meeting Minutes – Tuesday, March 11, 2025", "Summary" of "Summary Minutes": a
    title part made only of weekdays and words that qualify the minutes (`not_series_words`) names no body."""
    code = langdata.code(lang)
    words = {fold(w) for w in [*_series_data(lang).get("not_series_words", []),
                               *langdata.load(code, "dates").get("weekdays", [])]}
    found = re.findall(r"[^\W\d_]+", text)
    return bool(found) and bool(words) and all(fold(w) in words for w in found)


def without_kind(series: str | None, lang: str) -> str | None:
    """ "Ordinary Council" of "Ordinary Council Meeting Minutes": a kind of meeting (`meeting_kind_words`)
    before a body's one-word name qualifies the meeting, not the body."""
    words = (series or "").split()
    kinds = {fold(k) for k in _series_data(lang).get("meeting_kind_words", [])}
    return words[1] if len(words) == 2 and fold(words[0]) in kinds else series


def numbered_minutes(doc: Document, title: str | None, block: int | None, lang: str) -> str | None:
    """ "ZÁPIS č. 3" over "z jednání komise pro ... konaného dne ...", "MINUTES No. 12" over "of the meeting of
    the ...": the minutes word and its number alone on the title line, the line under it opening in lower case
    with the preposition that joins the meeting to the minutes word (`numbered_title_joiners`)."""
    data = mf.labels(lang).data
    joiners = data.get("numbered_title_joiners") or []
    if not title or block is None or block + 1 >= len(doc.blocks) or not joiners or not re.fullmatch(
            rf"\s*(?:{alt(data['minutes_words'])})\s*(?:č\.|no\.?|number|#)?\s*\d{{1,3}}(?:\s*/\s*\d{{2,4}})?\s*",
            title, re.IGNORECASE):
        return None
    nxt = doc.blocks[block + 1]
    raw = mf.line_text(nxt).split("\n")[0].strip()
    if nxt.kind.value == "table" or not raw[:1].islower() or not re.match(rf"(?:{alt(joiners)})\s", raw):
        return None
    return f"{title} {raw}"


def first_of_joint(series: str | None, title: str | None, lang: str) -> str | None:
    """ "Zápis ze společného jednání Předsednictva X a Zarządu Y", "Minutes of the joint meeting of the Board of
    Trustees and the Finance Committee": minutes of a joint meeting (`joint_meeting_words`) belong to the series
    of the body named first; the body after "a"/"and" and a capital is the guest body."""
    words = mf.labels(lang).data.get("joint_meeting_words") or []
    if not series or not title or not words or not re.search(rf"(?<!\w)(?:{alt(words)})(?!\w)", title, re.IGNORECASE):
        return series
    m = re.search(r"\s(?:a|and|&)\s+(?:the\s+)?(?=(?-i:[A-ZÁ-Ž]))", series)
    return series[:m.start()].rstrip(" ,") if m else series
