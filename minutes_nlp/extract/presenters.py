"""Presenters of an agenda item, as names without titles.

Sources, strongest first: the item heading's tail ("Bod 8 – Shrnutí ...: Marie Zezůlková | MMR"), a presenter
line ("Prezentace ...: Marie Zezůlková | MMR a Rut Bízková | ISFOR", "Presenter: ..."), a sentence whose
subject is followed by a presenting verb ("V. Král úvodem prezentoval", "X presented"), and as a fallback
the item's first paragraph when it opens with a person introduced by affiliation ("R. Ševčík (Smart City
Innovations Institut) ...") or the first speaker of speaker-prefixed notes speaking in the first person
("Starosta: Předkládám ..."), never in catch-all items ("Různé", "AOB"). Czech subjects may follow the verb
("Bod uvedl starosta"). An officer named by role ("Starosta seznámil", "The Clerk reported", "(RFO)") is
the person the document ties to that role (`roleholders`), else nobody. Cue words: `lang/<lang>/agenda.json`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.document import Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.names import clean_person
from minutes_nlp.extract.roleholders import Context, leading_role, role_of
from minutes_nlp.nlp.sentences import split_block
from minutes_nlp.textutil import fold

_SPEAKER_BLOCKS = 2  # blocks at the top of an item searched for its first speaker
_SUBJECT_GAP = 120  # characters allowed between a subject name and its presenting verb (role, affiliation)
_UPPER = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽÄÖÜ"
_NAME = rf"(?:[{_UPPER}]\.\s?)?[{_UPPER}][\w'’-]+(?:\s+[{_UPPER}][\w'’-]+)?"


@cache
def _vocab(lang: str) -> dict[str, Any]:
    code = lang if lang in langdata.SUPPORTED else "en"
    data = langdata.load(code, "agenda")
    titles = langdata.load(code, "metadata_labels")["name_titles"]
    first = langdata.load(code, "first_names") if langdata.has(code, "first_names") else {"f": [], "m": []}
    title_rx = rf"(?i:(?:{alt(titles)})\.?\s+)"
    return {
        "data": data,
        "label": re.compile(rf"^\s*(?:{alt(data['presenter_labels'])})\b[^:]{{0,80}}:\s*(?P<rest>.+)$",
                            re.IGNORECASE),
        "cue": re.compile(rf"(?<!\w){alt(data['presenter_cues'])}(?!\w)", re.IGNORECASE),
        "strong": re.compile(rf"(?<!\w){alt(data['strong_presenter_cues'])}(?!\w)", re.IGNORECASE),
        "opening": re.compile(rf"(?<!\w){alt(data['opening_cues'])}(?!\w)", re.IGNORECASE),
        "opening_titles": tuple(fold(t) for t in data["opening_titles"]),
        "initial": re.compile(rf"^\s*(?P<titles>{title_rx}*)(?P<name>{_NAME})(?P<after>\s*[(,])?"),
        "titles": re.compile(title_rx, re.IGNORECASE),
        "anywhere": re.compile(rf"(?P<titles>{title_rx}+)?(?<!\w)(?P<name>{_NAME})"),
        "first_names": frozenset(fold(n) for n in first.get("f", []) + first.get("m", [])),
        "misc": tuple(fold(t) for t in data["misc_titles"]),
        "first_person": re.compile(rf"(?<!\w){alt(data['first_person_cues'])}(?!\w)", re.IGNORECASE),
        "role": alt([f for fs in data["presenter_roles"]["roles"].values() for f in fs]),
    }


def _names_in_list(text: str, lang: str, strict: bool) -> list[str]:
    """Names in "Marie Zezůlková | MMR a Rut Bízková | ISFOR"; strict: every part must be a name."""
    parts = re.split(r",|;|\s+a\s+|\s+and\s+|\s+&\s+", text)
    names = []
    for part in parts:
        name = clean_person(re.sub(r"\([^)]*\)", "", part.split("|")[0]), lang)
        if name:
            names.append(name)
        elif strict and part.strip():
            return []
    return names


def split_title(title: str) -> tuple[str, str]:
    """(title, presenter tail) of a heading "Shrnutí ...: Marie Zezůlková | MMR"; no tail when none."""
    m = re.match(r"^(?P<title>.+?)(?::\s+|\s+[–—-]\s+)(?P<tail>[^:–—]+)$", title)
    if m and ("|" in m.group("tail") or _names_in_list(m.group("tail"), "cs", strict=True)
              and len(m.group("tail").split()) <= 8 or _role_tail(m.group("tail"))):
        return m.group("title"), m.group("tail")
    m = re.match(r"^(?P<title>.+?)\s*\((?P<cue>(?:presented by|presenter|prezentuje|předkládá)\s+)?(?P<tail>[^)]+)\)$",
                 title, re.IGNORECASE)
    if m and (m.group("cue") or _role_tail(m.group("tail"))
              or _names_in_list(m.group("tail"), "en", strict=True) and re.search(r"\s", m.group("tail"))):
        return m.group("title"), m.group("tail")  # "Finance report (RFO)", "Budget (Cllr Tom Ward)"
    return title, ""


def _role_tail(tail: str) -> bool:
    """ "Rozpočet – starosta", "Budget – RFO": a heading's tail that is only an officer's role."""
    return len(tail.split()) <= 4 and any(role_of(tail, code) for code in langdata.SUPPORTED)


def _person_like(name: str, had_title: bool, v: dict[str, Any]) -> bool:
    words = name.split()
    return had_title or re.match(r"^[^\W\d_]\.", name) is not None or (
        len(words) in (1, 2) and fold(words[0]) in v["first_names"])


def _subject_names(sentence: str, cue: re.Match[str], v: dict[str, Any], lang: str,
                   roles: dict[str, str]) -> list[str]:
    """The subject before the presenting verb: a name ("Ing. Eva Malá informovala"), a name after its role
    ("Účetní obce paní Marta Jelínková předložila") or a role alone ("Starosta seznámil", "The Clerk
    reported") that the document ties to one person."""
    prefix = sentence[: cue.start()]
    plural = cue.group(0).lower().endswith("li")
    found: list[tuple[int, str]] = []
    for m in v["anywhere"].finditer(prefix):
        name = clean_person(m.group(0), lang)
        if not name or not _person_like(name, bool(m.group("titles")), v):
            continue
        before = re.sub(rf"(?<!\w)[{_UPPER}]{{2,}}(?!\w)", "", v["titles"].sub("", prefix[:m.start()]))
        if not plural and not found and before.strip(" „\"*_-") and role_of(before, lang) is None:
            return []  # the subject must open the sentence ("K dotazu Mgr. Duškové ..." is not a subject)
        found.append((m.end(), name))
    if not found:
        holder = roles.get(role_of(prefix, lang) or "")
        return [holder] if holder else []
    if len(prefix) - found[-1][0] > _SUBJECT_GAP + 60 * plural:
        return []
    return [n for _e, n in found] if plural else [found[0][1]]


def _after_names(sentence: str, cue: re.Match[str], v: dict[str, Any], lang: str,
                 roles: dict[str, str]) -> list[str]:
    """Czech puts the subject after the verb: "Jednání zahájila předsedkyně PS Ing. Kateřina Vondráčková",
    "Zasedání zahájil starosta obce" (a role the document ties to one person)."""
    clause = re.split(r",|;|\s(?:a|že|and|who|which|který|která|které)\s", sentence[cue.end():])[0]
    for m in v["anywhere"].finditer(clause[: _SUBJECT_GAP + 40]):
        name = clean_person(m.group(0), lang)
        if name and _person_like(name, bool(m.group("titles")), v):
            return [name]
    holder = roles.get(leading_role(clause, lang) or "")
    return [holder] if holder else []


def _inverted(sentence: str, cue: re.Match[str], v: dict[str, Any], lang: str, roles: dict[str, str]) -> list[str]:
    """Czech verb-subject order in an item: "Bod uvedl starosta.", "Materiál předložila účetní Marta
    Jelínková": the subject must follow the verb at once and nothing before the verb may be a person."""
    if not v["data"].get("subject_after_verb") or v["anywhere"].search(sentence[: cue.start()].lstrip()[1:]):
        return []
    after = sentence[cue.end():]
    holder = roles.get(leading_role(after, lang) or "")
    m = v["initial"].match(re.sub(rf"^\s*(?:{v['role']})(?:\s+(?:obce|města))?\s+", " ", after, flags=re.IGNORECASE))
    name = clean_person(m.group("name"), lang) if m else None
    if m and name and _person_like(name, bool(m.group("titles")), v):
        return [name]
    return [holder] if holder else []


def _add(out: list[str], names: list[str]) -> None:
    for name in names:
        surname = fold(name.split()[-1])
        same = next((i for i, o in enumerate(out) if fold(o.split()[-1]) == surname), None)
        if same is None:
            out.append(name)
        elif len(name) > len(out[same]) and not name.split()[0].endswith("."):
            out[same] = name  # keep the fuller form: "Marie Zezůlková" over "M. Zezůlková"


def _starts(title: str, key: str, v: dict[str, Any]) -> bool:
    folded = fold(title)
    return any(folded == t or folded.startswith(t + " ") or folded.startswith(t + ",") for t in v[key])


def _opened_by(doc: Document, lang: str, start: int, end: int, v: dict[str, Any],
               roles: dict[str, str]) -> list[str]:
    """Who opened the meeting, in an opening item ("Zahájení", "Call to Order")."""
    out: list[str] = []
    for b in doc.blocks[start + 1: end + 1]:
        for s in split_block(b, lang):
            for cue in v["opening"].finditer(s.text):
                _add(out, _subject_names(s.text, cue, v, lang, roles) or _after_names(s.text, cue, v, lang, roles))
    return out


def find_presenters(doc: Document, lang: str, start: int, end: int, tail: str, title: str,
                    context: Context | None = None) -> tuple[str, ...]:
    """Presenters of the item whose heading is block `start` and whose last block is `end`; the context
    (`roleholders.meeting_context`) resolves roles and knows the listed people."""
    roles = context.roles if context else {}
    v = _vocab(lang)
    if context and context.known:
        v = {**v, "first_names": v["first_names"] | context.known}
    out: list[str] = []
    tail_holder = roles.get(role_of(tail, lang) or "")  # "3. Rozpočtové opatření (předkládá starosta)"
    _add(out, _names_in_list(tail, lang, strict=False) or ([tail_holder] if tail_holder else []))
    labelled = [b for b in doc.blocks[start + 1: min(end, start + 3) + 1]
                if v["label"].match(mf.clean_value(mf.line_text(b)))]
    for b in labelled:
        rest = v["label"].match(mf.clean_value(mf.line_text(b))).group("rest")
        holder = roles.get(leading_role(rest, lang) or "")  # "Předkladatel: starosta"
        _add(out, _names_in_list(rest, lang, False) or ([holder] if holder else []))
    misc = _starts(title, "misc", v)
    if _starts(title, "opening_titles", v):
        _add(out, _opened_by(doc, lang, start, end, v, roles))
        return tuple(_full(n, doc.text, v) for n in out)
    for b in doc.blocks[start + 1: end + 1]:
        for s in split_block(b, lang):
            for cue in v["strong" if misc else "cue"].finditer(s.text):
                _add(out, _subject_names(s.text, cue, v, lang, roles) or _inverted(s.text, cue, v, lang, roles))
    if not out and not misc and start + 1 <= end:
        _add(out, _opening_person(doc.blocks[start + 1].text, v, lang) or
             _first_speaker(doc, start, end, v, lang, roles))
    return tuple(_full(n, doc.text, v) for n in out)


def _full(name: str, text: str, v: dict[str, Any]) -> str:
    """A surname alone or with an initial, written out where the document names the person in full once
    ("Delaney" -> "Margaret A. Delaney", "K. Vondráčková" -> "Kateřina Vondráčková")."""
    words = name.split()
    if len(words) > 2 or (len(words) == 2 and not re.fullmatch(r"[^\W\d_]\.", words[0])):
        return name
    initial = words[0][0] if len(words) == 2 else ""
    pattern = rf"(?<![\w.])([{_UPPER}][\w'’-]+(?:\s+[{_UPPER}]\.)?)\s+{re.escape(words[-1])}(?!\w)"
    found = {m.group(1) for m in re.finditer(pattern, text) if not initial or m.group(1).startswith(initial)}
    found = {f for f in found if fold(f.split()[0]) in v["first_names"]}
    return f"{found.pop()} {words[-1]}" if len(found) == 1 else name


def _first_speaker(doc: Document, start: int, end: int, v: dict[str, Any], lang: str,
                   roles: dict[str, str]) -> list[str]:
    """Speaker-prefixed notes: the item's first speaker presents when speaking in the first person of a
    presenting verb ("Starosta: Předkládám návrh ...", "Dmitri: I'd like to present ...")."""
    for b in doc.blocks[start + 1: min(end, start + _SPEAKER_BLOCKS) + 1]:
        m = re.match(r"^\s*(?P<who>[^:\n]{2,60}):\s+(?P<said>.+)", b.text, re.DOTALL)
        if not m:
            continue
        if not v["first_person"].search(m.group("said")[:_SUBJECT_GAP]):
            return []
        who = m.group("who")
        name = clean_person(who, lang)
        if name and _person_like(name, bool(v["titles"].match(who)), v):
            return [name]
        holder = roles.get(role_of(who, lang) or "")
        return [holder] if holder else []
    return []


def _opening_person(text: str, v: dict[str, Any], lang: str) -> list[str]:
    m = v["initial"].match(text)
    if not m or not m.group("after"):
        return []
    name = clean_person(m.group("name"), lang)
    return [name] if name and _person_like(name, bool(m.group("titles")), v) else []
