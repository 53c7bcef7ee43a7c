"""Who the subject of a presenting verb is: a name, a role the document ties to one person, initials, or (in
Czech) a subject written after the verb, and the presenter named as the verb's object ("received a report from the
Registrar"). Split out of `presenters`, which finds the item's sentences and cue verbs and calls these readers with
its vocabulary `v`.
"""

from __future__ import annotations

import re
from typing import Any

from minutes_nlp.extract import presenter_turns as turns
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.names import clean_person
from minutes_nlp.extract.presenter_names import (
    appositive_office,
    described,
    named_with,
    person_like_name,
    personal_title,
    role_phrase,
    without_body_word,
    without_office_title,
)
from minutes_nlp.extract.roleholders import Context, leading_role, role_of
from minutes_nlp.nlp import declension
from minutes_nlp.textutil import NAME_UPPER, cached_rx, fold

_SUBJECT_GAP = 120  # characters allowed between a subject name and its presenting verb (role, affiliation)
_UPPER = NAME_UPPER
_NOMINATIVE = 0.3  # the least score of a nominative reading for a surname to be read as the subject


# "Nadia Folkes and Helen Venn presented": names joined by a conjunction are one plural subject
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:and|&|a|i)\s+", re.IGNORECASE)


def subject_names(sentence: str, cue: re.Match[str], v: dict[str, Any], lang: str,
                   roles: dict[str, str], text: str = "") -> list[str]:
    """The subject before the presenting verb: a name ("Ing. Eva Malá informovala"), a name after its role
    ("Účetní obce paní Marta Jelínková předložila") or a role alone ("Starosta seznámil", "The Clerk
    reported") that the document ties to one person."""
    head = sentence[: cue.start()]
    head = head[turns.subject_start(head, lang, lambda rest: _bare_subject(rest, v, lang)):]  # "In the absence
    # of the lead trustee, the CEO reported", "Na úvod bodu starosta informoval": a fronted adverbial
    label = head.split(": ")[0] if ": " in head else ""
    if label and (re.search(r"\d", label) or not re.search(rf"(?<!\w)[{_UPPER}]{{2,}}(?!\w)", label)):
        return []  # "Case 2025-017: Lt. X reported ...": a status line under a run-in label reports, it presents not
    head = head[len(label) + 2:] if label else head  # "HZS Kraje Vysočina: Kpt. Koubek uvedl": a unit reports
    whole = roles.get(role_of(head, lang) or "")
    if whole:
        return [whole]  # "The Chief Nurse presented": a role the document ties to one person, not a name
    both = [roles.get(role_of(part, lang) or "") for part in re.split(r"\s+(?:and|a)\s+", head)]
    if len(both) > 1 and all(both):
        return [h for h in both if h]  # "The Chief Nurse and the Chief Operating Officer presented"
    prefix, after_role = _after_role(head, v)
    plural = cue.group(0).lower().endswith(("li", "ly"))  # "představili", feminine "představily"
    found: list[tuple[int, str]] = []
    objects = False  # a name in an oblique case passed over: the role opening the sentence is the subject
    appos = next((n.start() for n in v["anywhere"].finditer(prefix)  # "The CECM, Health Services, Dr. X,"
                  if appositive_office(prefix[:n.start()], n.group("titles") or "")), -1)
    for m in v["anywhere"].finditer(prefix):
        if m.start() < appos:
            continue  # the office's portfolio ("Health Services") is no name
        name = without_office_title(clean_person(without_office_title(m.group(0), lang), lang) or "", lang)
        opens = not prefix[:m.start()].strip(" „\"*_-")  # "Zhang presented": the bare surname is the whole subject
        if not name or not (person_like_name(name, bool(m.group("titles")) or m.start() == after_role, v)
                            or opens and listed_surname(name, text)):
            continue
        before = re.sub(rf"(?<!\w)[{_UPPER}]{{2,}}(?!\w)", "", v["titles"].sub("", prefix[:m.start()]))
        if not plural and not found and before.strip(" „\"*_-") and role_of(_unqualified(before, v), lang) is None \
                and role_of(_unqualified(prefix[:m.start()], v), lang) is None \
                and not role_phrase(prefix[:m.start()] + (m.group("titles") or ""), lang) \
                and not described(prefix[:m.start()], m.group("titles") or "", lang) \
                and not appositive_office(prefix[:m.start()], m.group("titles") or ""):
            return []  # the subject must open the sentence ("K dotazu Mgr. Duškové ..." is not a subject)
        plural = plural or bool(found and _COORDINATED.fullmatch(v["titles"].sub("", prefix[found[-1][0]:m.start()])))
        if _in_nominative(name, lang):
            found.append((m.end(), name))
        else:
            objects = True
    if not found:
        phrase = re.sub(r"^\s*(?:the|a)\s+", "", prefix.strip(), flags=re.IGNORECASE)  # "The Dean of Education"
        opening = leading_role(head, lang) if objects else None  # "Předseda Ing. Malou seznámil"
        portfolio = role_of(prefix.split(",")[0], lang) if prefix.count(",") == 1 else None  # "The Chief
        # Officer, Health Services presented": an office, then its portfolio after a comma, and no name
        holder = roles.get(role_of(prefix, lang) or opening or portfolio or "") \
            or (named_with(phrase, text, lang) if text and role_phrase(phrase, lang) else None)
        return [holder] if holder else []
    if len(prefix) - found[-1][0] > _SUBJECT_GAP + 60 * plural:
        return []
    return [n for _e, n in found] if plural else [found[0][1]]


def listed_surname(name: str, text: str) -> bool:
    """ "Zhang presented", "Marchetti reported": minutes that list the participants in full ("Wei Zhang
    (Qingshan Instruments)", "Julie Marchetti, OpenGrid") go on to call them by the surname alone; a single
    capitalised word is a person when the document writes it after a given name in such a list entry (the name
    followed by a bracket or a comma). A capitalised word of another kind ("Council", "Staff") is listed so
    nowhere."""
    if not text or " " in name or len(name) < 2 or not name[:1].isupper():
        return False
    entry = cached_rx(rf"(?<!\w)[{_UPPER}][^\W\d_]+(?:-[{_UPPER}][^\W\d_]+)?\s+{re.escape(name)}\s*[(,]")
    return entry.search(text) is not None


def _unqualified(text: str, v: dict[str, Any]) -> str:
    """ "The Acting CFO, ", "the Interim Director": the office without a word saying how it is held
    (`office_qualifiers`), which no role list spells out."""
    return v["qualifier"].sub("", text)


def _bare_subject(text: str, v: dict[str, Any], lang: str) -> bool:
    """The text is only a role ("the CEO", "starosta obce") or only a person's name ("Ing. Jan Novák")."""
    m = v["initial"].match(text)
    name = clean_person(m.group("name"), lang) if m and not text[m.end("name"):].strip() else None
    return role_of(text, lang) is not None or bool(name and person_like_name(name, bool(m and m.group("titles")), v))


def _after_role(prefix: str, v: dict[str, Any]) -> tuple[str, int]:
    """ "Stavbyvedoucí Ing. Hájek", "Proděkanka Pokorná", "Předseda Legislativní komise Mgr. Brabec": a subject
    opened by a role and then the name (the first titled one, else the word right after the role); the role
    phrase is blanked so it is not read as a name, and the name's start is returned (a role vouches for it)."""
    role = cached_rx(rf"\s*(?:{v['role']})\s+(?=\w)", re.IGNORECASE).match(prefix)
    end = role.end() if role else -1
    names = list(v["anywhere"].finditer(prefix, end)) if role else []
    pick = next((n for n in names if n.group("titles")), names[0] if names else None)
    if pick is None or (not pick.group("titles") and pick.start() != end):
        return prefix, -1
    return " " * pick.start() + prefix[pick.start():], pick.start()


def after_names(sentence: str, cue: re.Match[str], v: dict[str, Any], lang: str,
                 roles: dict[str, str]) -> list[str]:
    """Czech puts the subject after the verb: "Jednání zahájila předsedkyně PS Ing. Kateřina Vondráčková",
    "Zasedání zahájil starosta obce" (a role the document ties to one person)."""
    clause = re.split(r",|;|\s(?:a|že|and|who|which|který|která|které)\s", sentence[cue.end():])[0]
    for m in v["anywhere"].finditer(clause[: _SUBJECT_GAP + 40]):
        name = without_body_word(clean_person(m.group(0), lang) or "", lang)  # "předsedkyně Výboru J. X"
        if name and person_like_name(name, bool(m.group("titles")), v):
            if fold(name.split()[0]) not in v["first_names"] and not personal_title(m.group("titles"), lang) \
                    and any(personal_title(t.group(0), lang) for t in v["titles"].finditer(clause, m.end())
                            if not clause[t.start() - 1].isalnum()):
                continue  # "starosta Honebního společenstva X Ing. Y": the office's body, then the person
            return [name]
    holder = roles.get(leading_role(clause, lang) or "")
    return [holder] if holder else []


def inverted(sentence: str, cue: re.Match[str], v: dict[str, Any], lang: str, roles: dict[str, str]) -> list[str]:
    """Czech verb-subject order in an item: "Bod uvedl starosta.", "Materiál předložila účetní Marta
    Jelínková", "Informaci podala Ing. X": the subject must follow the verb at once (or after whom it addresses,
    `audience_objects`) and nothing before the verb may be a person."""
    if not v["data"].get("subject_after_verb") or v["anywhere"].search(sentence[: cue.start()].lstrip()[1:]):
        return []
    audience = v["data"].get("audience_objects") or []  # "seznámil přítomné Ing. X": whom the verb addresses
    after = cached_rx(rf"^\s*{alt(audience)}(?=\s)", re.IGNORECASE).sub("", sentence[cue.end():]) if audience \
        else sentence[cue.end():]
    holder = roles.get(leading_role(after, lang) or "")
    m = v["initial"].match(cached_rx(rf"^\s*(?:{v['role']})(?:\s+(?:obce|města))?\s+", re.IGNORECASE).sub(" ", after))
    name = clean_person(m.group("name"), lang) if m else None
    if m and name and person_like_name(name, bool(m.group("titles")), v):
        return [name]
    return [holder] if holder else []


def initials_subject(sentence: str, cue: re.Match[str], context: Context | None, lang: str = "en") -> list[str]:
    """ "LD informovala o jednání na MMR", "RT and OL presented the report": initials as the subject, resolved by
    the context's initials (defined in this or the earlier minutes, or of a listed name)."""
    head = sentence[: cue.start()]
    head = head[turns.subject_start(head, lang, lambda rest: bool(re.fullmatch(r"\s*[A-Z]\w{1,3}\s*", rest))):]
    subject = re.sub(r"^(?i:the)\s+", "", head.strip(" -–•*"))  # "The DFR presented", "Further to X, OP confirmed"
    codes = re.split(r"\s*(?:,|&|\band\b|\ba\b)\s*", subject)  # "RT and OL"
    people = [context.initials.get(c) if context and re.fullmatch(rf"[{_UPPER}](?:o?[{_UPPER}]){{1,3}}", c)
              else None for c in codes]  # "DoF", "HoS": an office's acronym (`office_acronyms`)
    return [p for p in people if p] if all(people) else []


def object_names(sentence: str, cue: re.Match[str], v: dict[str, Any], lang: str, roles: dict[str, str],
                  text: str) -> list[str]:
    """The presenter named after the verb: "The Committee RECEIVED a report from the Academic Registrar",
    "action plans collated by the Head of Quality Assurance": a titled name, else an office the document ties
    to one person ("Ms J Bell (Head of Quality Assurance)")."""
    stops = r"\s*[,;(]|\s+(?:on|about|regarding|which|that|and|o|k|ke|který|která)\s"
    clause = re.split(stops, sentence[cue.end():])[0]
    m = v["initial"].match(clause)
    name = clean_person(m.group("name"), lang) if m else None
    if m and name and person_like_name(name, bool(m.group("titles")), v):
        return [name]
    role = re.sub(r"^\s*(?:the|a|an)\s+", "", clause.strip(" .!?"), flags=re.IGNORECASE)
    holder = roles.get(leading_role(role, lang) or "") or named_with(role, text, lang)
    return [holder] if holder else []


def _in_nominative(name: str, lang: str) -> bool:
    """ "Předseda Ing. Fialu přivítal": Czech puts an object before the verb too; a surname with no nominative
    reading ("Fialu", "Sýkorovi", "Malou") is the object, and the subject is the role before it."""
    if lang != "cs":
        return True
    return max((c.score for c in declension.ranked(name.split()[-1]) if "nom" in c.cases), default=0.0) >= _NOMINATIVE
