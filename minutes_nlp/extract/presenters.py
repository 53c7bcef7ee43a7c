"""Presenters of an agenda item, as names without titles.

Sources, strongest first: the item heading's tail ("Bod 8 – Shrnutí ...: Marie Zezůlková | MMR"), a presenter
line ("Prezentace ...: Marie Zezůlková | MMR a Rut Bízková | ISFOR", "Presenter: ..."), a sentence whose
subject is followed by a presenting verb ("V. Král úvodem prezentoval", "X presented"), and as a fallback
the item's first paragraph when it opens with a person introduced by affiliation ("R. Ševčík (Smart City
Innovations Institut) ...") or the first speaker of speaker-prefixed notes speaking in the first person
("Starosta: Předkládám ..."), never in catch-all items ("Různé", "AOB"). In terse notes an item opening with
a listed member's initials ("JB had two quotes ...") is that member's, besides who reports further on.
Czech subjects may follow the verb ("Bod uvedl starosta"). An officer named by role ("Starosta seznámil",
"The Clerk reported", "(RFO)") is the person the document ties to that role (`roleholders`), else nobody.
An item made of lettered sub-items ("OLD BUSINESS" / "A. ...", "B. ...") is presented by who presents more
than half of them, else by nobody.
Who only speaks in the discussion, a verb pointing to another item, a mover or an applicant presents nothing
(`presenter_turns`); fallbacks (`presenter_fallbacks`, `presenter_reviews`) name the presenter no sentence names;
`presenter_subjects` reads who the subject (or object) of a presenting verb is.
Cue words: `lang/<lang>/agenda.json`, `lang/<lang>/presenter_turns.json`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.document import Block, Document
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract import presenter_fallbacks as fb
from minutes_nlp.extract import presenter_hearings as hearings
from minutes_nlp.extract import presenter_turns as turns
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.datevocab import by_first_letter
from minutes_nlp.extract.heading_tails import names_in_list as _names_in_list
from minutes_nlp.extract.names import given_names_in_use, name_titles, person_like
from minutes_nlp.extract.presenter_names import NAME as _NAME
from minutes_nlp.extract.presenter_names import (
    full_name,
    office_words,
    programme_tail,
    tail_initials,
)
from minutes_nlp.extract.presenter_reviews import review_presenter
from minutes_nlp.extract.presenter_subjects import after_names as _after_names
from minutes_nlp.extract.presenter_subjects import initials_subject as _initials_subject
from minutes_nlp.extract.presenter_subjects import inverted as _inverted
from minutes_nlp.extract.presenter_subjects import object_names as _object_names
from minutes_nlp.extract.presenter_subjects import subject_names as _subject_names
from minutes_nlp.extract.roleholders import Context, leading_role, role_of
from minutes_nlp.nlp.sentences import split_block
from minutes_nlp.textutil import fold

_BEFORE_OPENING = 8  # blocks before the opening item searched for who opened the meeting


def _grouped(words: Iterable[str]) -> str:
    """`alt` grouped by first letter (the same matches, fewer tries per position: the cues and titles are long)."""
    return by_first_letter(alt(words))


@cache
def _vocab(lang: str) -> dict[str, Any]:
    code = langdata.code(lang)
    data = langdata.load(code, "agenda")
    titles = (*name_titles(code), *data.get("presenter_name_titles", []))  # "Senator Okafor reported"
    first = langdata.load(code, "first_names") if langdata.has(code, "first_names") else {"f": [], "m": []}
    title_rx = rf"(?i:(?:{_grouped(titles)})\.?\s+)"
    return {
        "data": data,
        "label": re.compile(rf"^\s*(?:{_grouped(data['presenter_labels'])})\b[^:]{{0,80}}:\s*(?P<rest>.+)$",
                            re.IGNORECASE),
        "cue": re.compile(rf"(?<!\w){_grouped(data['presenter_cues'])}(?!\w)", re.IGNORECASE),
        "strong": re.compile(rf"(?<!\w){_grouped(data['strong_presenter_cues'])}(?!\w)", re.IGNORECASE),
        "opening": re.compile(rf"(?<!\w)(?:{_grouped(data['opening_cues'])}{_frames(data)})(?!\w)", re.IGNORECASE),
        "roll": re.compile(rf"(?<!\w){_grouped(data['opening_cues'] + data.get('roll_call_cues', []))}(?!\w)",
                           re.IGNORECASE),  # "Roll call": who called the roll or confirmed the quorum
        "opening_titles": tuple(fold(t) for t in data["opening_titles"]),
        "apologies_titles": tuple(fold(t) for t in data.get("apologies_titles", [])),
        "closing": re.compile(rf"(?<!\w){_grouped(data.get('closing_cues') or ['(?!)'])}(?!\w)", re.IGNORECASE),
        "closing_titles": tuple(fold(t) for t in data.get("closing_titles", [])),
        "question": re.compile(rf"(?<!\w){_grouped(data.get('question_cues') or ['(?!)'])}(?!\w)", re.IGNORECASE),
        "review_titles": tuple(fold(t) for t in data.get("review_titles", [])),
        "report_titles": tuple(re.compile(p, re.IGNORECASE) for p in data.get("report_titles", [])),
        "initial": re.compile(rf"^\s*(?P<titles>{title_rx}*)(?P<name>{_NAME})(?P<after>\s*[(,])?"),
        "titles": re.compile(title_rx, re.IGNORECASE),
        "anywhere": re.compile(rf"(?<!\w)(?P<titles>{title_rx}+)?(?<!\w)(?P<name>{_NAME})"),  # "ŠMP Mgr. X": no "P"
        "first_names": frozenset(fold(n) for n in first.get("f", []) + first.get("m", [])),
        "misc": tuple(fold(t) for t in data["misc_titles"]),
        "relayed": tuple(fold(t) for t in data.get("relayed_titles", [])),
        "misc_whole": frozenset(fold(t) for t in data.get("presenter_misc_titles", [])),  # "General business"
        "first_person": re.compile(rf"(?<!\w){_grouped(data['first_person_cues'])}(?!\w)", re.IGNORECASE),
        "object": re.compile(rf"(?<!\w){_grouped(data.get('presenter_cues_before_names') or ['(?!)'])}\s+",
                             re.IGNORECASE),
        "role": _grouped([f for fs in data["presenter_roles"]["roles"].values() for f in fs]),
        "opening_item": re.compile(
            rf"(?<!\w){_grouped(data['presenter_cues'] + data.get('item_opening_cues', []))}(?!\w)", re.IGNORECASE),
        "chair_keys": tuple(data["presenter_roles"]["chair_roles"]),
        "qualifier": re.compile(rf"(?<!\w)(?:{_grouped(data.get('office_qualifiers') or ['(?!)'])})\s+(?=\w)",
                                re.IGNORECASE),
        "passive": re.compile(rf"(?<!\w)(?:{_grouped(_not_active(data))})\s+$",
                              re.IGNORECASE),
    }




def _frames(data: dict[str, Any]) -> str:
    """`opening_frames` as extra alternatives: "called the regular meeting of the Commission to order"."""
    return "".join(rf"|{re.escape(a)}\s+(?:\S+\s+){{1,9}}?{re.escape(b)}" for a, b in data.get("opening_frames", []))


def _not_active(data: dict[str, Any]) -> list[str]:
    """Words before a presenter verb that make it no active presentation: auxiliaries and `participle_as`."""
    return (data.get("passive_auxiliaries") or []) + (data.get("participle_as") or []) or ["(?!)"]


_RUNIN_LABEL = re.compile(r"^[^:.]{2,80}:\s+")  # the item's own label before its run-in text


_PARAGRAPH_NUMBER = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})+\.?|\(?[a-z]\)|\d{1,3}\))\s+")


def _sentences(block: Block, lang: str) -> list[str]:
    """The block's sentences without a paragraph number ("6.1 Mr Kingsley presented", "a) Cllr Tanner ...")."""
    return [_PARAGRAPH_NUMBER.sub("", s.text) for s in split_block(block, lang)]


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
               context: Context | None, cues: str = "opening", every: bool = False) -> list[str]:
    """Who opened the meeting, in an opening item ("Zahájení", "Call to Order"), or closed it, in a closing one
    ("Závěr": "Starosta poděkoval za účast a zasedání ukončil"); the subject may be initials ("SO welcomed").
    With `every` (a title of several opening acts: "Call to Order and Opening Prayer") each act's performer."""
    roles = context.roles if context else {}
    out: list[str] = []
    first = start + 1 if doc.blocks[start].is_heading else start  # "CALL TO ORDER: The Chair called ..." runs in
    for b in doc.blocks[first: end + 1]:
        for text in _sentences(b, lang):
            text = _RUNIN_LABEL.sub("", text) if b.index == start else text
            for cue in v[cues].finditer(text):
                if _passive(text[:cue.start()], v):
                    continue  # "Ms X was welcomed as the new member": the one welcomed opens nothing
                _add(out, _subject_names(text, cue, v, lang, roles, doc.text)
                     or _initials_subject(text, cue, context, lang)
                     or (_after_names(text, cue, v, lang, roles) if v["data"].get("subject_after_verb") else []))
                if out:
                    break  # "SO opened the meeting and welcomed Cllr X": the one who welcomed is the opener
            if (every or not out) and cues == "opening":
                _add(out, fb.passive_opener(text, v, lang, roles))
    return out


def _opened_before(doc: Document, lang: str, start: int, v: dict[str, Any], context: Context | None) -> list[str]:
    """ "Jednání zahájila a řídila předsedkyně výboru Ing. Malá" written under the header, before the opening
    item: who opened the meeting presents that item too. Paragraphs up to the heading before are read."""
    near: list[Block] = []
    for b in reversed(doc.blocks[max(0, start - _BEFORE_OPENING): start]):
        if b.is_heading:
            break
        near.append(b)
    first_item = next((h.index for h in doc.blocks[:start] if h.is_heading and re.match(r"^\s*\d", h.text)), start)
    far = [b for b in doc.blocks[:first_item] if b not in near]  # not an earlier item's text
    for b in near + far:  # "Schůzi zahájil starosta ..." above the programme list: the preamble opens too
        found = _opened_by(doc, lang, b.index, b.index, v, context) if b.kind.value == "paragraph" else []
        if found:
            return found
    return []



def find_presenters(doc: Document, lang: str, start: int, end: int, tail: str, title: str,
                    context: Context | None = None) -> tuple[str, ...]:
    """Presenters of the item whose heading is block `start` and whose last block is `end`; the context
    (`roleholders.meeting_context`) resolves roles and knows the listed people."""
    roles = context.roles if context else {}
    v = _vocab(lang)
    if context and context.known:
        v = {**v, "first_names": v["first_names"] | context.known}
    if lang != "cs":
        v = {**v, "first_names": (v["first_names"] | given_names_in_use(doc.text)) - office_words(lang)}
    out: list[str] = []
    tail = tail or programme_tail(doc, start, title, lang)
    tail_holder = roles.get(role_of(tail, lang) or "")  # "3. Rozpočtové opatření (předkládá starosta)"
    _add(out, tail_initials(tail, context.initials if context else {}) or ([tail_holder] if tail_holder else [])
         or _names_in_list(tail, lang, strict=False))
    labelled = [b for b in doc.blocks[start + 1: min(end, start + 3) + 1]
                if v["label"].match(mf.clean_value(mf.line_text(b)))]
    for b in labelled:
        rest = v["label"].match(mf.clean_value(mf.line_text(b))).group("rest")
        holder = roles.get(leading_role(rest, lang) or "")  # "Předkladatel: starosta"
        whole = holder if role_of(rest, lang) else None  # "Executive lead: Chief Nurse": a role, not a name
        _add(out, [whole] if whole else _names_in_list(rest, lang, False) or ([holder] if holder else []))
    _add(out, fb.report_holder(title, doc, lang, v, roles))
    _add(out, hearings.labelled_presenter(doc, start, end, lang))  # "Staff report: Mr. Tran stated ..."
    subs = _lettered(doc, start, end)
    if not out and len(subs) >= 2:
        return _most_subs(doc, lang, subs, end, context)
    misc = _starts(title, "misc", v) or fold(title).strip(" .:") in v["misc_whole"]  # not "General business – X"
    for key, cues in (("opening_titles", "opening"), ("apologies_titles", "roll"), ("closing_titles", "closing")):
        if _starts(title, key, v):  # an apologies item: only who welcomes or confirms the quorum in it
            more = key == "opening_titles" and turns.compound_title(title, v[key], lang)
            _add(out, _opened_by(doc, lang, start, end, v, context, cues, every=more)
                 or (_opened_before(doc, lang, start, v, context) if key == "opening_titles" else []))
            if out and not more:  # else who presented in it: "Předsedkyně přednesla návrh programu"
                return tuple(full_name(n, doc.text, v["first_names"]) for n in out)
            if more:
                break  # "Zahájení, změna jednacího řádu": who presents the further parts presents too
    review, relayed = _starts(title, "review_titles", v), _starts(title, "relayed", v)
    last = min(end, start + 1) if review else _own_end(doc, start, end)
    if not misc and not review and start + 1 <= end and context:  # "JB had two quotes ...", then "RP reported"
        _add(out, [n for n in fb.opening_initials(doc.blocks[start + 1].text, v, context.initials)
                   if person_like(n, False, lang)])  # "RHI distributed ...": an agency's initials, no member
    first = start + 1 if doc.blocks[start].is_heading else start  # "6. Report. Cllr Lister reported ..." runs in
    named_after: list[str] = []  # "received a report from X": only when no subject presents the item
    discussing = False  # after a question or "V diskusi": weak verbs name discussants (`presenter_turns`)
    paragraphs = [_sentences(b, lang) for b in doc.blocks[first: last + 1]]
    round_item = turns.is_round([bool(p and v["cue"].search(" ".join(p[:2 if len(p[0]) < 40 else 1])))
                                 for p in paragraphs], lang)  # "**WP3 (HELV).** Marco reported ...": a label first
    for b, sentences in zip(doc.blocks[first: last + 1], paragraphs, strict=True):
        run_in = len(sentences) > 1 and len(sentences[0]) < 40 and not v["cue"].search(sentences[0])
        asked, discussing = False, discussing and not round_item and not run_in  # "WP3 (HELV). Marco ..."
        for k, text in enumerate(sentences):
            discussing = discussing or turns.opens_discussion(text, lang)
            rx = v["strong" if misc and not (relayed and b.index == first and k == 0)  # "The Clerk reported a
                   else "opening_item" if b.index == first and k == 0 else "cue"]  # letter": relays the item
            for cue in [] if asked else rx.finditer(text):
                if _passive(text[:cue.start()], v) or turns.points_elsewhere(text, cue.end(), lang) \
                        or turns.moves_a_motion(text, cue, lang) or turns.applicant(text[:cue.start()], lang) \
                        or (discussing and not turns.still_presents(text, cue, k == 0, v["strong"], lang)) \
                        or (out and turns.states_only(text, cue, lang)) \
                        or (out and not round_item and (k > 0 or b.index > first + 1)
                            and turns.debate_statement(text, cue, lang)):
                    continue  # "since cashless payments were introduced": a passive verb has no presenter
                _add(out, _subject_names(text, cue, v, lang, roles, doc.text) or _inverted(text, cue, v, lang, roles)
                     or _initials_subject(text, cue, context, lang))
            for cue in [] if asked or misc else v["object"].finditer(text):
                _add(named_after, _object_names(text, cue, v, lang, roles, doc.text))
            asked = bool(v["question"].search(text)) or text.rstrip().endswith("?")  # next: an answer
            discussing = discussing or asked
    _add(out, [] if out else named_after)
    if not out and not misc and paragraphs and paragraphs[0]:
        _add(out, turns.attributed(paragraphs[0][0], lang, roles))  # "Podle stavbyvedoucího je stavba ve skluzu"
    if not out and not misc:
        _add(out, fb.delegate(title, v, lang) or turns.chair_item(title, lang, roles, v["chair_keys"]))
    if not out and not misc and _starts(title, "review_titles", v):
        _add(out, review_presenter(doc, start, end, lang, context))  # the task table's main owner, the convener
    if not out and not misc and start + 1 <= end:
        _add(out, fb.opening_person(doc.blocks[start + 1].text, v, lang) or
             fb.first_speaker(doc, start, end, v, lang, roles, context.initials if context else {}) or
             ([] if _starts(title, "review_titles", v) else  # a review's status lines: many people report
              fb.opening_initials(doc.blocks[start + 1].text, v, context.initials if context else {})))
    if not out and not misc:
        _add(out, fb.domain_officer(title, lang, roles))  # "BOZP": the koordinátor BOZP reports on it
    party = hearings.parties(doc, start, end, lang)  # "Applicant: X LLC, represented by Jane Roe."
    return tuple(full_name(n, doc.text, v["first_names"]) for n in out if hearings.not_a_party(n, party))


def _passive(before: str, v: dict[str, Any]) -> bool:
    """ "since payments were introduced", "approve the minutes as presented": an auxiliary (or `participle_as`)
    before the verb, unless written as initials ("IS presented" is Dr I. S.'s presentation, not "is")."""
    m = v["passive"].search(before)
    return bool(m) and not (m.group(0).strip().isupper() and len(m.group(0).strip()) > 1)


_LETTER = re.compile(r"^\s*(?-i:[A-Z])[.)]\s+\S")


def _lettered(doc: Document, start: int, end: int) -> list[int]:
    """Blocks of the lettered sub-items ("A. Depot Road paving", "B. ...") inside an item ("OLD BUSINESS"): their
    letters run A, B, C in order, so paragraphs opening with a speaker's initial ("R. Malá shrnula ...", "E. Kos
    uvedl ...") are no sub-items."""
    found = [b for b in doc.blocks[start + 1: end + 1] if _LETTER.match(b.text)]
    letters = [b.text.lstrip()[0] for b in found]
    return [b.index for b in found] if letters == [chr(ord("A") + i) for i in range(len(letters))] else []


def _most_subs(doc: Document, lang: str, subs: list[int], end: int, context: Context | None) -> tuple[str, ...]:
    """An item made of lettered sub-items is presented by who presents most of them (more than half); when
    each sub-item has its own presenter, the item as a whole has none."""
    counts: dict[str, int] = {}
    for i, sub in enumerate(subs):
        last = subs[i + 1] - 1 if i + 1 < len(subs) else end
        title = doc.blocks[sub].text.split("\n")[0]
        for name in find_presenters(doc, lang, sub, last, "", title, context):
            counts[name] = counts.get(name, 0) + 1
    return tuple(n for n, c in counts.items() if 2 * c > len(subs))


def _own_end(doc: Document, start: int, end: int) -> int:
    """The item's own text ends at its first sub-heading (who reports in a sub-section presents that part, not
    the item around it), unless the item has no text of its own before it."""
    return next((b.index - 1 for b in doc.blocks[start + 2: end + 1] if b.is_heading
                 and not doc.blocks[start + 1].is_heading), end)
