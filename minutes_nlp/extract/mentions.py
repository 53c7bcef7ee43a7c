"""Person mentions with what the text says about them: role, affiliation, and names in lists and labels.

Minutes state affiliations in a few fixed shapes right after a name: "Rut Bízková (ISFOR)", "Marie Zezůlková |
MMR", "p. Olivy z MAS", "Dr. X, ředitelka odboru ... MMR,". Attendance lists and metadata lines ("Přítomni:",
"Zapsal:", "Present:", "Apologies:") name people without titles; a speaker prefix ("Priya:") names the person
who speaks. This module turns all of those into RawMention records for extract/people.py; the affiliation
shapes are read in `affiliations.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.document import BlockKind
from minutes_nlp.extract.affiliations import AfterName, after_name
from minutes_nlp.extract.affiliations import before_name as before_name  # re-exported for people.py
from minutes_nlp.extract.affiliations import not_institution as not_institution  # re-exported for orgs
from minutes_nlp.extract.affiliations import title_affiliation as title_affiliation  # re-exported for people.py
from minutes_nlp.extract.result import Provenance
from minutes_nlp.nlp.names import NameLexicon, bare_initial, lexicon
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.nlp.tokens import Token, tokenize
from minutes_nlp.textutil import CS_UPPER


@dataclass(frozen=True)
class RawMention:
    """One mention before clustering: surface forms, cues, and what the text says about the person."""

    text: str
    source: Provenance
    surname_form: str
    first_form: str | None
    initial: str | None
    case: str | None
    gender: str | None
    role: str | None
    affiliation: str | None
    confidence: float
    model_lemma: str | None = None
    affiliation_source: Provenance | None = None
    affiliation_is_place: bool = False
    surname: str = ""  # nominative, filled by people.resolve()
    first: str | None = None


# --- lists, labels and speakers ------------------------------------------------------------------------------

_SPLIT = re.compile(r"\s*(?:[,;\n\t]|\s+a\s+|\s+and\s+)\s*")
_ANY_LABEL = re.compile(r"(?:^|(?<=[\s.;,]))([^\W\d_][\w-]*)\s*:(?!//)")
_UPPER = CS_UPPER
_SPEAKER = re.compile(rf"(?:^|(?<=[.!?;]\s)|(?<=\n))((?:\w+\.\s)*[{_UPPER}]\w+(?:\s+[{_UPPER}]\w*\.?){{0,2}})"
                      r"\s*(?:\([^()]{0,40}\))?\s*:\s")  # a one-letter "T:", "Z:" is a field (termín, zodpovídá)


@cache
def _label_re(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes for "Label:" anywhere in a line and for verb labels without a colon ("Zapsal Jan Novák")."""
    roles = langdata.load(langdata.code(lang), "roles")
    keys = sorted(roles["labels"], key=len, reverse=True)
    alt = "|".join(re.escape(k) for k in keys)
    verbs = "|".join(re.escape(k) for k in sorted(roles.get("verb_labels", []), key=len, reverse=True)) or "$^"
    return (re.compile(rf"(?:^|(?<=[\s.;,(]))({alt})\s*:\s*", re.IGNORECASE),
            re.compile(rf"(?:^|(?<=[.;]\s))({verbs})\s+(?=[^\W\d_])", re.IGNORECASE))


def label_mentions(a: BlockAnalysis, lang: str, seen: set[tuple[int, int]]) -> list[RawMention]:
    """People in "Label: name, name" segments, verb labels, table rows and speaker prefixes of one block."""
    lex = lexicon(lang)
    labelled, verbal = _label_re(lang)
    out: list[RawMention] = []
    for line_start, line in _lines(a):
        colon = ":" in line  # every label and speaker pattern needs one, but for the verb labels
        ends = sorted({m.start(1) for m in _ANY_LABEL.finditer(line)} | {len(line)}) if colon else [len(line)]
        hits = (list(labelled.finditer(line)) if colon else []) + _verb_labels(verbal, line)
        for m in hits:
            label = lex.labels.get(m.group(1).strip().lower(), {})
            stop = min((e for e in ends if e > m.end() - 1), default=len(line))
            sentence_end = line.find(". ", m.end())
            if m.re is verbal and sentence_end != -1:
                stop = min(stop, sentence_end)
            out += _list_people(a, line_start + m.end(), line_start + stop, label, lang, seen)
        covered = [(m.start(), m.end()) for m in hits]
        for m in _SPEAKER.finditer(line) if colon else ():
            if m.group(1).lower() in lex.labels or any(s <= m.start(1) < e for s, e in covered):
                continue
            out += _list_people(a, line_start + m.start(1), line_start + m.end(1), {}, lang, seen, speaker=True)
    return out


def _verb_labels(verbal: re.Pattern[str], line: str) -> list[re.Match[str]]:
    """The verb labels of a line: one opens the line or follows a "." or ";" (`_label_re`), so a line without
    either has at most the one at its start."""
    if "." in line or ";" in line:
        return list(verbal.finditer(line))
    m = verbal.match(line)
    return [m] if m else []


def _lines(a: BlockAnalysis) -> list[tuple[int, str]]:
    """(absolute offset, text) of each line; a table row's cells become "label: value"."""
    if a.block.kind is not BlockKind.TABLE:
        return [(a.block.start, a.block.text)]
    out, off = [], a.block.start
    for line in a.block.text.split("\n"):
        cells = line.split("\t")
        if len(cells) >= 2 and ":" not in cells[0]:
            first = cells[0]
            out.append((off, first + ":" + line[len(first) + 1:].replace("\t", ", ")))
        else:
            out.append((off, line))
        off += len(line) + 1
    return out


def _list_people(a: BlockAnalysis, start: int, end: int, label: dict[str, Any], lang: str,
                 seen: set[tuple[int, int]], speaker: bool = False) -> list[RawMention]:
    text = a.block.text[start - a.block.start: end - a.block.start]
    out: list[RawMention] = []
    pos, last, described = 0, "", False
    lex = lexicon(lang)
    for piece in _SPLIT.split(text) + [""]:
        if not piece:
            continue
        i = text.find(piece, pos)
        joint, pos = text[pos:i], i + len(piece)
        s = start + i
        described = described and not any(c in joint for c in ";\n\t")
        inside_of = " of " in f" {last} " and joint.strip() in ("and", "a", "&")
        last = piece
        if described or inside_of or any(s < se and ss < s + len(piece) for ss, se in seen):
            continue  # "Faculty of Science and Engineering": the second half of a name, not a person
        if text.count("(", 0, i) > text.count(")", 0, i):
            continue  # "Ing. Eva Marková (ŘSD, Správa Hradec Králové)": the bracket describes the person before
        if re.sub(r"\s*\(.*$", "", piece).strip().lower().rstrip(".") in lex.degrees_after:
            continue  # "doc. Dana Kolářová, Ph.D. (k bodu 4)": a degree after the name, no person
        m = _list_item(a, s, s + len(piece), label, lang, speaker)
        if m is None and out and _role_piece(a, s, s + len(piece), lex):
            described = True  # "Dr X, Associate Dean (Education), Science and Engineering; ...": X's office
            continue
        if m and _bare(m, lang) and _municipal(a, start, s, lang):
            continue  # "Omluveni: obce Pasečná, Zálesí a Chvalov": member municipalities, not people
        if m:
            out.append(m)
    return out


def in_municipal_list(analyses: Sequence[BlockAnalysis], m: RawMention, lang: str) -> bool:
    """A bare name (no first name or initial) listed after a municipality noun ("obce Zálesí a Chvalov")."""
    a = next((x for x in analyses if x.block.index == m.source.block), None)
    return a is not None and _bare(m, lang) and _municipal(a, m.source.start, m.source.start, lang)


def _bare(m: RawMention, lang: str) -> bool:
    """No initial and no given name the lexicon knows ("Horní Rybná" is a place)."""
    first = m.first_form or m.first
    return not m.initial and not (first and lexicon(lang).first_name(first))


def _municipal(a: BlockAnalysis, start: int, s: int, lang: str) -> bool:
    """The list segment before offset s, on its line and since the last ";", names a municipality noun
    ("obce", "obcí"): its bare names are municipalities."""
    text = a.block.text[: s - a.block.start]
    cut = max(text.rfind("\n"), text.rfind(";"), text.rfind("\t"), 0)
    nouns = _municipality_nouns(lang)
    return bool(nouns) and any(w in nouns for w in re.findall(r"\w+", text[cut:].lower()))


@cache
def _municipality_nouns(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    return frozenset(w for w in langdata.load(code, "org_patterns").get("municipality_nouns", ()) if " " not in w)


@cache
def _job_title_words(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    return frozenset(langdata.load(code, "org_patterns").get("job_title_words", ()))


def _role_piece(a: BlockAnalysis, s: int, e: int, lex: NameLexicon) -> bool:
    """A list piece that opens with an office ("Associate Dean (Education)", "Director of ..."): what follows
    in the same entry describes the person before it."""
    toks = [t for t in a.tokens if s <= t.start and t.end <= e]
    if toks and toks[0].is_cap and not lex.is_degree(toks[0]) and len(toks) > 1 and lex.role(toks[1]):
        return lex.first_name(toks[0].word) is None  # "Senior Planner, Policy": a graded office, then its field
    return bool(toks) and lex.role(toks[0]) is not None and not lex.is_degree(toks[0])


def _list_item(a: BlockAnalysis, s: int, e: int, label: dict[str, Any], lang: str,
               speaker: bool) -> RawMention | None:
    idx = [i for i, t in enumerate(a.tokens) if s <= t.start and t.end <= e]
    if not idx:
        return None
    lex = lexicon(lang)
    if a.block.text[s - a.block.start: e - a.block.start].replace(" ", "").lower().rstrip(".") in lex.degrees_after:
        return None
    k, titles, gender = idx[0], [], label.get("gender")
    while k <= idx[-1] and (lex.is_degree(a.tokens[k]) or lex.honorific(a.tokens[k])[0]):
        titles.append(a.tokens[k].text)
        gender = gender or lex.honorific(a.tokens[k])[1]
        k += 1
    blocked = {i for h in (*a.orgs, *a.places) for i in range(h.start, h.end)}
    words: list[Token] = []
    while k <= idx[-1] and _room_for_word(words) and k not in blocked and (
            a.tokens[k].is_cap or a.tokens[k].is_initial
            or (not words and bare_initial(a.tokens[k]) and k < idx[-1] and a.tokens[k + 1].is_cap) or (
            words and a.tokens[k].word in lex.particles and k < idx[-1] and a.tokens[k + 1].is_cap)):  # "A. van Dijk"
        words.append(a.tokens[k])
        k += 1
        if words[-1].text.endswith(".") and not words[-1].is_initial:
            break  # "Standa. Míša se omluvila": a sentence ends inside the list
    if k <= idx[-1] and (a.tokens[k].word.isdigit() and not titles or a.tokens[k].word == "of"):
        return None  # "Komenského 210": a street and house number; "Faculty of Science": a body or an office
    if titles and len(words) == 1 and words[0].word in lex.eponyms.offices:
        return None  # "Apologies: Chief Nurse, Medical Director": an office after a title, no name
    return _item_mention(a, words, titles, gender, label, lang, speaker, k)


def _item_mention(a: BlockAnalysis, words: list[Token], titles: list[str], gender: str | None,
                  label: dict[str, Any], lang: str, speaker: bool, k: int) -> RawMention | None:
    lex = lexicon(lang)
    if len(words) == 2 and bare_initial(words[0]):  # "D Ashby": an initial without its dot
        words = [Token(words[0].text + ".", words[0].start, words[0].end), words[1]]
    names = [w for w in words if not w.is_initial]
    if not names or any(w.word in lex.not_names or lex.role(w) or lex.is_degree(w) or w.word in lex.org_heads
                        for w in names) or len(names) > 2:
        return None
    if speaker and not (titles or lex.first_name(names[0].word) or len(words) > 1 and words[1].is_initial):
        return None
    if any(len(w.word) <= 4 and any(c.isupper() for c in w.word[1:]) for w in names):
        return None  # "VaK Poloučí", "MěÚ Ždánov": a short word with a capital inside abbreviates a body
    if len(names) == 2 and names[1].word in _job_title_words(lang) and not any(lex.first_name(w.word) for w in names):
        return None  # "Fiona Leckie, Governance Professional (GP)": an office named after its field
    first = surname = initial = None
    if len(names) == 2 and names[0].word in lex.particles:  # "S. Ní Bhriain", "Mr van Dalen": one surname
        initial = words[0].word if words[0].is_initial else None
        surname = f"{names[0].word} {names[1].word}"
    elif len(words) >= 2 and words[-1].is_initial and not words[0].is_initial:
        first, surname = words[0].word, words[-1].text  # "Tom K."
    elif len(names) == 2 and words[0].is_initial and lang != "cs":
        initial, surname = _initials(words), f"{names[0].word} {names[1].word}"  # "M. Anand Kumar"
    elif len(names) == 2:
        rev = not lex.first_name(names[0].word) and bool(lex.first_name(names[1].word))
        first, surname = (names[1].word, names[0].word) if rev else (names[0].word, names[1].word)
    elif words[0].is_initial:
        initial, surname = _initials(words), names[0].word  # "K. R. Menon" keeps both initials
    elif lex.first_name(names[0].word) and (lang != "cs" or not titles):
        first, surname = names[0].word, ""  # "Priya", "Standa": a given name alone
    else:
        surname = names[0].word
    found = after_name(a, k, lang)
    if found.affiliation and own_initials(found.affiliation, first or initial, surname):
        found = AfterName(found.role)  # "Ing. Jan Novák (JN)": his initials, not a body
    last = words[-1]
    start, end = words[0].start, last.start + len(last.word) if len(last.word) > 1 else last.end
    return RawMention(a.block.text[start - a.block.start: end - a.block.start], Provenance(
        a.block.index, start, end, a.block.page), surname or "", first, initial, None, gender,
        found.role or label.get("role"), found.affiliation, 0.85, affiliation_source=found.source,
        affiliation_is_place=found.is_place)


def _room_for_word(words: list[Token]) -> bool:
    """A listed name has at most three words besides its initials, and no more than two initials before them
    ("K. R. Menon", "S. P. Ravi Shankar")."""
    return len(words) < 3 or len(words) < 4 and all(w.is_initial for w in words[:2])


def _initials(words: list[Token]) -> str:
    """The dotted initials that open a listed name, joined as the canonical name writes them ("K. R")."""
    run = []
    for w in words:
        if not w.is_initial:
            break
        run.append(w.word)
    return ". ".join(run)


def own_initials(text: str, first: str | None, surname: str | None) -> bool:
    """"JN" after "Jan Novák": the initials the minutes give the person (given name, surname), not a body."""
    return 2 <= len(text) <= 3 and text.isalpha() and text[:2].isupper() and bool(first) and bool(surname) \
        and text[:2] == (first or "")[:1].upper() + (surname or "")[:1].upper()


def locate_name(name: str, analyses: Sequence[BlockAnalysis], lang: str) -> list[RawMention]:
    """The first place in the text where a metadata name ("Jiří Vlček") occurs, as a mention."""
    want = [t.word for t in tokenize(name)]
    for a in analyses:
        words = [t.word for t in a.tokens]
        for i in range(len(words) - len(want) + 1):
            if words[i: i + len(want)] == want:
                m = _list_item(a, a.tokens[i].start, a.tokens[i + len(want) - 1].end, {}, lang, False)
                return [m] if m else []
    return []


def first_name_mentions(analyses: Sequence[BlockAnalysis], people: Sequence[RawMention],
                        lang: str) -> list[RawMention]:
    """English minutes call known people by first name alone ("Priya will circulate"): those are mentions too."""
    if lang == "cs":
        return []
    by_first: dict[str, RawMention] = {}
    for m in people:
        if m.first:
            by_first.setdefault(m.first, m)
    taken = {(m.source.block, m.source.start) for m in people}
    out = []
    for a in analyses:
        for t in a.tokens:
            ref = by_first.get(t.word)
            if ref and (a.block.index, t.start) not in taken and not any(
                    m.source.start <= t.start < m.source.end for m in people):
                out.append(replace(ref, text=t.word, source=Provenance(a.block.index, t.start, t.start + len(t.word),
                                                                       a.block.page), role=None, affiliation=None,
                                   affiliation_source=None))
    return out
