"""Attendance said in sentences rather than lists: late arrivals ("V 18:20 se dostavil p. Karel Veselý"),
apologies ("Ing. Petr X a Mgr. Eva Y se omluvili", "Apologies were received from Cllr Ross"), a narrative
attendance paragraph ("Jednání se zúčastnili členové výboru Ing. A, B a C. ... Za kancelář byli přítomni D a E,
jako host F z odboru G."; "Present were ...; also present were ...") and "everyone but ..." against the roster.

Split out of `attendance.py` (the lists and registers). Cue words are data in `metadata_labels.json`:
`attendee_cues_before_names`, `guest_cues_before_names`, `absent_cues`, `absent_cues_before_names`,
`arrival_cues`, `all_but_cues`.
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.attendance_affiliations import affiliated_people
from minutes_nlp.extract.attendance_lists import _REMARK, _abbreviations, full_name
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.names import clean_person, folded_titles, name_titles, person_like, split_people
from minutes_nlp.extract.titles import TITLE_ZONE
from minutes_nlp.nlp.names import lexicon
from minutes_nlp.textutil import fold

_APOLOGIES_ZONE = 30  # blocks searched for "Apologies were received from ..."
_ARRIVER = re.compile(r"\s*((?:[^\W\d_]{1,6}\.\s+)*(?-i:[A-ZÁ-Ž][\w'’-]+(?:\s+[A-ZÁ-Ž][\w'’-]+)?))")


@cache
def vocab_rx(lang: str, key: str) -> re.Pattern[str]:
    """A cue list of `metadata_labels.json` as one case-insensitive whole-word pattern."""
    words = mf.labels(lang).data.get(key) or ["(?!)"]
    return re.compile(rf"(?<!\w){alt(words)}(?!\w)", re.IGNORECASE)


def merge_people(names: tuple[str, ...]) -> tuple[str, ...]:
    """One entry per surname: "D. Holloway" from the list and "Holloway" from a sentence are one person."""
    out: list[str] = []
    for name in names:
        same = next((i for i, o in enumerate(out) if fold(o.split()[-1]) == fold(name.split()[-1])), None)
        if same is None:
            out.append(name)
        elif len(name) > len(out[same]):
            out[same] = name
    return tuple(out)


def _last_name_run(text: str, lang: str) -> str | None:
    """The last run of capitalised words (and initials) in `text`: the subject before an absence cue."""
    tokens = list(re.finditer(r"[^\W\d_][\w'’-]*\.?", text))
    end = max((i for i, t in enumerate(tokens) if t.group(0)[:1].isupper()), default=None)
    if end is None:
        return None
    start = end
    while start > 0 and tokens[start - 1].group(0)[:1].isupper() \
            and not text[tokens[start - 1].end():tokens[start].start()].strip():
        start -= 1
    return clean_person(" ".join(t.group(0) for t in tokens[start:end + 1]), lang)


def sentence_rest(text: str, lang: str) -> str:
    """`text` up to the end of its sentence; a dot after a title, an abbreviation or an initial ends none."""
    skip = _abbreviations(lang)
    for m in re.finditer(r"(?P<word>\w*)(?P<close>\)?)[.!?](?:\s|$)", text):  # "... Šustr (ÚV). Omluveni"
        if m.group("close") or len(m.group("word")) > 1 and m.group("word").lower() not in skip:
            return text[:m.start() + len(m.group("word")) + len(m.group("close"))]
    return text


def _sentence_start(text: str) -> str:
    return re.split(r"(?<!\b\w)[.!?]\s+", text)[-1]


def with_late_arrivals(attendees: tuple[str, ...], doc: Document, lang: str) -> tuple[str, ...]:
    """Attendees plus who came late, named in the body ("V 18:20 se dostavil p. Karel Veselý", "Cllr Ross
    arrived at 7.45pm"); only when an attendance list exists, so a note of arrivals is not the whole list."""
    if not attendees:
        return attendees
    cue = vocab_rx(lang, "arrival_cues")
    found: list[str] = []
    for b in doc.blocks:
        for m in cue.finditer(b.text):
            before = _sentence_start(b.text[: m.start()])
            after = _ARRIVER.match(b.text, m.end())
            person = _last_name_run(before, lang) if before.strip() and before.strip()[:1].isupper() \
                and not re.match(r"^\s*(?:V|Ve|At|In)\s", before) else None
            person = person or (clean_person(after.group(1), lang) if after else None)
            if person and (person_like(person, False, lang) or _named_surname(person, doc.text, lang)):
                found.append(full_name(person, doc.text))
    return merge_people(attendees + tuple(found))


def _named_surname(word: str, text: str, lang: str) -> bool:
    """ "Cllr Ross arrived at 7.45pm": one word is a late arrival when the minutes write it as someone's
    surname somewhere, after a title, a given name or an initial ("Cllr Ross", "Tom Ross", "T. Ross");
    "Officers re-joined the meeting" names a group."""
    if len(word.split()) != 1:
        return False
    titles = folded_titles(lang)
    lex = lexicon(langdata.code(lang))
    for m in re.finditer(rf"([^\W\d_][\w'’-]*\.?)\s+{re.escape(word)}(?!\w)", text) if word in text else ():
        before = m.group(1)
        if fold(before).rstrip(".") in titles or re.fullmatch(r"[^\W\d_]\.?", before) and before[0].isupper() \
                or before[:1].isupper() and lex.first_name(before):
            return True
    return False


def _names_after(text: str, lang: str) -> list[str]:
    """The names a cue introduces, to the end of the sentence; remarks in parentheses dropped. A substitute
    named after them ("Apologies were noted from Jane X, who was represented by Tom Y"; "..., zastoupen Ing.
    Y") attended in their place: the list ends at the substitute's cue (`substitutes` cues)."""
    rest = sentence_rest(_REMARK.sub("", text.lstrip(" :")), lang)
    cut = _substitute_rx(lang).search(rest)
    rest = rest[:cut.start()] if cut else rest
    return affiliated_people(rest, lang) or split_people(rest, lang)


@cache
def _substitute_rx(lang: str) -> re.Pattern[str]:
    data = mf.labels(lang).data.get("substitutes") or {}
    cues = [*(data.get("cues") or []), *(data.get("cues_after") or [])] or ["(?!)"]
    return re.compile(rf"(?:,\s*(?:\w+\s+){{0,3}})?(?<!\w){alt(cues)}(?!\w)", re.IGNORECASE)


def absent_by_cue(doc: Document, lang: str) -> list[str]:
    """ "Míša se omluvila (nemocné děti)", "Standa psal, že nedorazí", "Cllr Patel sent apologies"; and with
    the names after the cue: "Apologies were received from Cllrs Ross and Patel", "Ze zasedání se omluvili:
    ..." (searched further down: apologies are the first item of the body)."""
    cue, forward = vocab_rx(lang, "absent_cues"), vocab_rx(lang, "absent_cues_before_names")
    out: list[str] = []
    for b in doc.blocks[:_APOLOGIES_ZONE]:
        told = []  # the sentences a cue before the names opened
        for m in forward.finditer(b.text):
            told.append((m.start(), m.end() + len(sentence_rest(b.text[m.end():], lang))))
            out.extend(full_name(n, doc.text) for n in _names_after(b.text[m.end():], lang))
        if b.kind.value == "table":
            continue  # a header table's "omluveni" cell is a label, read as a field
        for m in cue.finditer(b.text):
            if any(s <= m.start() < e for s, e in told):
                continue  # "Leave of absence was granted to X, ..., who could not attend": the names were read
            after = b.text[m.end():].lstrip()
            if after.startswith(":") or re.match(r"(?:for|za)\s", after):
                continue  # "omluven: Karel Veselý" is a label; "apologised for the delay" is no absence
            named = _ARRIVER.match(b.text, m.end())  # "...; omluvena Ing. Vondrová (školení)": the name follows
            person = clean_person(named.group(1), lang) if named and m.group(0)[:1].islower() else None
            before = b.text[: m.start()]
            people: list[str | None] = [person] if person else list(_names_before(before, lang)) \
                or [_last_name_run(_sentence_start(before), lang)]
            out += [full_name(p, doc.text) for p in people if p]
    return out


def all_but(doc: Document, lang: str, roster: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """ "Byli všichni kromě Jirky K. (dovolená) a Lucky.", "All members were present except Cllr Ross": the
    roster (the members known from the previous meeting) split into (attendees, absent). The exceptions may
    be inflected: a name matches a roster name when its words agree up to a case ending."""
    cue = vocab_rx(lang, "all_but_cues")
    for b in doc.blocks[:TITLE_ZONE]:
        m = cue.search(b.text)
        if not m or not roster:
            continue
        rest = sentence_rest(_REMARK.sub("", b.text[m.end():]), lang)
        parts = [p.strip(" ,") for p in re.split(r",|;|\s+(?:a|i|and|&)\s+", rest) if p.strip(" .,")]
        absent = [r for r in roster if any(_same_inflected(p, r, lang) for p in parts)]
        if absent:
            return tuple(r for r in roster if r not in absent), tuple(absent)
    return None


def _same_inflected(form: str, name: str, lang: str) -> bool:
    """ "Jirky K." ~ "Jirka K.", "Lucky" ~ "Lucka", "Cllr Ross" ~ "Tom Ross": the last words agree, each up to
    a case ending of at most two letters on a stem of three or more."""
    cleaned = clean_person(form, lang)
    a, b = (cleaned or "").split(), name.split()
    if not a or len(a) > len(b):
        return False
    return all(_same_word(x, y) for x, y in zip(a[::-1], b[::-1], strict=False))


def _same_word(x: str, y: str) -> bool:
    fx, fy = fold(x), fold(y)
    if fx == fy:
        return True
    stem = 0
    while stem < min(len(fx), len(fy)) and fx[stem] == fy[stem]:
        stem += 1
    return stem >= 3 and len(fx) - stem <= 2 and len(fy) - stem <= 2


@cache
def _joiner_rx(lang: str) -> re.Pattern[str]:
    """Built once per language: the list splitters are language data."""
    words = sorted(j.strip() for j in mf.labels(lang).data["list_splitters"] if j.strip(" ,;\n"))
    return re.compile(rf"\s*[,;]\s*(?:(?:{alt(words)})\s+)?|\s+(?:{alt(words)})\s+" if words else r"\s*[,;]\s*")


@cache
def _list_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(titles before a name, degrees after it), folded without their dots."""
    code = langdata.code(lang)
    after = langdata.load(code, "titles").get("degrees_after", [])
    return (frozenset(fold(t).rstrip(".") for t in name_titles(lang)),
            frozenset(fold(t).replace(" ", "").rstrip(".") for t in after))


def _head_name(part: str, lang: str) -> str | None:
    """The person a part of a narrative list opens with: titles and capitalised words up to the first lower-case
    word ("Ing. Vladimír Bednář z Regionálního odboru SZIF" -> "Vladimír Bednář"); a titled name, a known given
    name or two capitalised words."""
    titles = _list_words(lang)[0]
    run: list[str] = []
    for tok in _REMARK.sub("", part).split():
        if fold(tok).rstrip(".") in titles or tok[:1].isupper():
            run.append(tok)
            continue
        break
    name = clean_person(" ".join(run), lang)
    titled = bool(run) and fold(run[0]).rstrip(".") in titles
    return name if name and (len(name.split()) >= 2 or titled and person_like(name, True, lang)) else None


def _list_start(text: str, lang: str) -> int | None:
    """Where the names of a narrative list begin after a cue: "členové programového výboru Ing. Radim X, ..."
    opens with the group the people form; the first title, or the first two capitalised words that make a
    person, starts the names."""
    titles = _list_words(lang)[0]
    toks = list(re.finditer(r"\S+", text))
    for i, t in enumerate(toks[:12]):
        word = t.group(0)
        if fold(word).rstrip(".") in titles and i + 1 < len(toks):
            return t.start()
        if word[:1].isupper() and i + 1 < len(toks) and _head_name(text[t.start():], lang) \
                and person_like(_head_name(text[t.start():], lang) or "", False, lang):
            return t.start()
    return None


def narrative_names(text: str, lang: str) -> list[str]:
    """The people a narrative list names, or [] when any of its parts names no one: "členové výboru Ing. A X,
    Mgr. B Y a C Z" -> [A X, B Y, C Z]; a degree after a name ("Jan Novák, Ph.D.") is no part."""
    start = _list_start(text, lang)
    if start is None:
        return []
    degrees = _list_words(lang)[1]
    parts = [p for p in _joiner_rx(lang).split(_REMARK.sub("", text[start:]))
             if p.strip(" .") and fold(p).replace(" ", "").rstrip(".") not in degrees]
    names = [_head_name(p, lang) or _after_role(p, lang) for p in parts]
    named = [n for n in names if n and n is not _NO_ONE]
    return named if names and all(names) and named else []


_NO_ONE = "-"  # a part of a narrative list that names no one and may stand there: a role or a party


def _after_role(part: str, lang: str) -> str | None:
    """A part that opens with a role or a party rather than a person: "dále tajemník Výboru Ing. Ondřej X" (the
    titled name after the role), "MŽP", "odbor adaptace" (an initialism or a lower-case unit after a named
    guest: `_NO_ONE`); None for a capitalised part that is no name (prose, not a list)."""
    words = part.split()
    if not words or not (words[0][:1].islower() or re.fullmatch(r"(?-i:[A-ZÁ-Ž]{2,6})", words[0])):
        return None
    if fold(words[0]).rstrip(".") in _list_words(lang)[0] and (words[0].endswith(".") or words[0][:1].isupper()):
        return None  # "Ing." opens a person, who `_head_name` did not read; "ředitelka ZŠ" is a role
    titles = _list_words(lang)[0]
    toks = list(re.finditer(r"\S+", part))
    runs = [t.start() for i, t in enumerate(toks) if fold(t.group(0)).rstrip(".") in titles
            and (i == 0 or fold(toks[i - 1].group(0)).rstrip(".") not in titles)]
    return (_head_name(part[runs[-1]:], lang) if runs else None) or _NO_ONE  # the last run of titles opens it


def _cue_names(text: str, lang: str) -> list[str]:
    """Informal notes' names after a cue ("Sešli jsme se jen tři (Péťa, Honza, Míša)": the bracket, else the
    sentence, every part a name), else a narrative list."""
    group = re.search(r"\(([^()]+)\)", text)
    part = group.group(1) if group else text.lstrip(" :")
    names = split_people(part, lang)
    if names and len(names) == len([p for p in re.split(r",|\s+(?:a|and|&)\s+", part) if p.strip()]):
        return names
    return narrative_names(text, lang)


def attendees_by_cue(doc: Document, lang: str) -> tuple[str, ...]:
    """Who came, said in sentences at the top: "Present were Ann, Bob and Cy", "Jednání se zúčastnili členové
    výboru ... . Za kancelář byli přítomni D a E, jako host F": every such sentence, up to a guest cue
    (`guest_cues_before_names`, read by `guests_by_cue`); a sentence whose cue follows a guest cue ("Jako host
    se jednání zúčastnil ...") names guests."""
    cue, guest = vocab_rx(lang, "attendee_cues_before_names"), vocab_rx(lang, "guest_cues_before_names")
    out: list[str] = []
    for b in doc.blocks[:TITLE_ZONE]:
        for m in cue.finditer(b.text):
            if guest.search(_sentence_start(b.text[: m.end()])):
                continue
            rest = counted_list(sentence_rest(b.text[m.end():], lang))
            cut = guest.search(rest)
            out += [n for n in _cue_names(rest[: cut.start()] if cut else rest, lang) if n not in out]
    return tuple(out)


_COUNT_BEFORE_LIST = re.compile(r"^\s*(?:(?:all|všech|všichni|celkem)\s+)?[^\W_]{1,12}\s+[^:;.()]{0,40}?:\s*")


def counted_list(rest: str) -> str:
    """ "všech devět členů výboru: předseda Mgr. X, ..." after "Přítomno bylo", "all seven members: ..." after
    "Present were": a count of the members before a colon opens the list; the list is after the colon (the
    count's words are lower case or a number, no name)."""
    m = _COUNT_BEFORE_LIST.match(rest)
    if m is None or any(w[:1].isupper() for w in m.group(0).split()):
        return rest
    return rest[m.end():]


def guests_by_cue(doc: Document, lang: str) -> list[str]:
    """Guests named after a guest cue in a sentence at the top: "..., jako host Ing. Vladimír X z odboru Y",
    "Also present were Ms A and Mr B"."""
    guest = vocab_rx(lang, "guest_cues_before_names")
    out: list[str] = []
    for b in doc.blocks[:TITLE_ZONE]:
        if b.kind.value == "table":
            continue
        for m in guest.finditer(b.text):
            out += [n for n in narrative_names(sentence_rest(b.text[m.end():], lang), lang) if n not in out]
    return out


def _names_before(text: str, lang: str) -> list[str]:
    """ "Ing. Petr X a Mgr. Eva Y" before "se omluvili": the sentence start is a list of names, every part a
    person; [] otherwise ("Starosta uvedl, že Petr X" is left to `_last_name_run`)."""
    skip = _abbreviations(lang)
    ends = [m.end() for m in re.finditer(r"(?P<word>\w*)[.!?]\s+", text)
            if len(m.group("word")) > 1 and m.group("word").lower() not in skip]  # "Mgr. Eva" goes on
    parts = [p for p in _joiner_rx(lang).split(text[ends[-1] if ends else 0:].strip()) if p.strip()]
    names = [clean_person(p, lang) for p in parts]
    titled = [bool(p.split()) and fold(p.split()[0]).rstrip(".") in _list_words(lang)[0] for p in parts]
    ok = len(parts) >= 2 and all(n and person_like(n, t, lang) for n, t in zip(names, titled, strict=True))
    return [n for n in names if n] if ok else []


def guests_before_cue(doc: Document, lang: str) -> list[str]:
    """ "Jane Roe of Acme Management attended as Community Manager", "Tom Lee, Pool Chair, and six residents
    attended in person": in the attendance paragraph of narrative minutes the people who are not members are
    named before a verb of attending (`guest_cues_after_names`); the caller drops those the lists name."""
    cue = vocab_rx(lang, "guest_cues_after_names")
    out: list[str] = []
    for b in doc.blocks[:TITLE_ZONE]:
        if b.kind.value == "table":
            continue
        for m in cue.finditer(b.text):
            subject = _subject_before(b.text[:m.start()], lang)
            names = _names_before(subject, lang) or [n for n in [_leading_name(subject, lang)] if n]
            out += [n for n in names if n not in out]
    return out


def _subject_before(text: str, lang: str) -> str:
    """The sentence `text` ends in, from its start: a dot after an abbreviation or an initial ends none."""
    skip = _abbreviations(lang)
    ends = [m.end() for m in re.finditer(r"(?P<word>\w*)[.!?]\s+", text)
            if len(m.group("word")) > 1 and m.group("word").lower() not in skip]
    return text[ends[-1] if ends else 0:].strip()


def _leading_name(subject: str, lang: str) -> str | None:
    """The run of capitalised words opening the subject ("Jane Roe" of "Jane Roe of Acme ..."), a person's."""
    run = re.match(r"(?:(?-i:[A-ZÁ-Ž][\w'’-]*\.?)\s+){1,3}(?-i:[A-ZÁ-Ž][\w'’-]+)(?=\s*(?:[,(]|\s(?-i:[a-z])|$))",
                   subject)
    name = clean_person(run.group(0), lang) if run else None
    return name if name and person_like(name, False, lang) else None
