"""People of one document: name spans -> nominative names -> clusters -> Person with role and affiliation.

Czech names are put into the nominative with the cues around each mention (nlp/declension.py) and with the
other mentions of the document (and, when given, of the archive): "Zezůlkovou" becomes "Zezůlková" because
"Zezůlková" is seen elsewhere. Mentions cluster by surname lemma and compatible first name or initial; the
canonical name is the fullest form seen: "Marie Zezůlková", else "R. Ševčík", else "Siebert".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract import bodies, fullnames, person_forms
from minutes_nlp.extract import mentions as aff
from minutes_nlp.extract.lettered import lettered_blocks, opens_with_label
from minutes_nlp.extract.mentions import RawMention
from minutes_nlp.extract.names import given_names_in_use, name_titles, person_like
from minutes_nlp.extract.result import MeetingInfo, Mention, Method, Person, Provenance
from minutes_nlp.nlp import declension
from minutes_nlp.nlp.names import NameLexicon, NameSpan, lexicon, post_degrees_end
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.nlp.tokens import Token, tokenize
from minutes_nlp.textutil import fold

METHOD = Method("rule:people", "1")


def mentions_in_block(a: BlockAnalysis, lang: str) -> list[RawMention]:
    """Name spans of a block, plus names in its label lines; a label gives its role to a span it contains. A
    name inside the name of a body named after a person ("ZŠ T. G. Masaryka", "Gymnázium J. K. Tyla") is no
    mention of that person."""
    named = _named_after_bodies(a, lang)
    spans = [_from_span(a, span, lang) for span in a.names]
    spans = [m for m in spans if not any(s <= m.source.start and m.source.end <= e for s, e in named)]
    out = []
    labelled = [x for x in aff.label_mentions(a, lang, set())
                if not any(s <= x.source.start and x.source.end <= e for s, e in named)]
    for m in spans:
        over = next((x for x in labelled if x.source.start < m.source.end and m.source.start < x.source.end), None)
        out.append(replace(m, role=m.role or over.role) if over else m)
    return out + [x for x in labelled if not any(
        x.source.start < m.source.end and m.source.start < x.source.end for m in spans)]


def _named_after_bodies(a: BlockAnalysis, lang: str) -> list[tuple[int, int]]:
    """Character ranges of the names after the head of bodies named after a person (bodies.json `named_after`:
    schools, "ZŠ J. A. Komenského")."""
    titles = _folded_titles(lang)
    return [(a.tokens[h.start].end, a.tokens[h.end - 1].end) for h in bodies.find(a, lang)
            if h.kind.named_after and h.tail and fold(h.tail.split()[0]).rstrip(".") not in titles]


@cache
def _folded_titles(lang: str) -> frozenset[str]:
    """The name titles folded and without their dot, built once per language (asked once per block)."""
    return frozenset(fold(t).rstrip(".") for t in name_titles(lang))


def _from_span(a: BlockAnalysis, span: NameSpan, lang: str) -> RawMention:
    toks = a.tokens
    after = post_degrees_end(toks, span.end, lang)
    found = aff.after_name(a, after, lang)
    if found.affiliation and aff.own_initials(found.affiliation, span.first or span.initial, span.surname):
        found = aff.AfterName(found.role)  # "Ing. Jan Novák (JN)": his initials, not a body
    if not found.affiliation:
        found = replace(found, **{k: v for k, v in vars(aff.before_name(a, span.start, lang)).items()
                                  if k != "role"})
    words_before = [t.word for t in toks[max(0, span.start - 2): span.start]] + _honorifics(span, lang)
    words_after = [t.word for t in toks[after: after + 8] if t.word.isalpha()]
    gender = span.gender or (declension.gender_cue(words_after) if lang == "cs" else None)
    last = toks[span.end - 1]
    start, end = toks[span.start].start, last.start + len(last.word) if len(last.word) > 1 else last.end
    surname_tok = last if not span.reversed_order else toks[span.name_start]
    return RawMention(
        text=a.block.text[start - a.block.start: end - a.block.start],
        source=Provenance(a.block.index, start, end, a.block.page),
        surname_form=span.surname, first_form=span.first, initial=span.initial,
        case=declension.case_cue(words_before) if lang == "cs" else None, gender=gender,
        role=found.role or _qualified(toks, span, lang), affiliation=found.affiliation,
        confidence={"title": 0.9, "role": 0.9, "first_name": 0.9, "first_alone": 0.7}.get(span.trigger, 0.8),
        model_lemma=a.model_lemmas.get(surname_tok.start), affiliation_source=found.source,
        affiliation_is_place=found.is_place,
    )


def _honorifics(span: NameSpan, lang: str) -> list[str]:
    """The honorifics of a span as case cues: "Pana Dvořáka" at a sentence start has no word before it, but
    the honorific itself is declined ("pana" gen, "panu" dat, "panem" ins) and fixes the surname's case."""
    lex = lexicon(lang)
    return [t.rstrip(".") for t in span.titles if t.lower() in lex.honorifics]


def _qualified(toks: Sequence[Token], span: NameSpan, lang: str) -> str | None:
    """ "Technický ředitel Ing. Matoušek", "Finanční ředitelka Ing. Holá": the adjective before a role word is part
    of the office (a technical director is not the director), so the role keeps it."""
    if not span.role or span.start == 0 or toks[span.start].word.lower() != span.role.lower():
        return span.role
    prev = toks[span.start - 1].word
    endings = _qualifier_endings(lang)
    return f"{prev.lower()} {span.role}" if endings and prev.isalpha() and prev.lower().endswith(endings) else span.role


@cache
def _qualifier_endings(lang: str) -> tuple[str, ...]:
    code = langdata.code(lang)
    return tuple(langdata.load(code, "titles").get("office_qualifier_endings", ()))


def roster(meeting: MeetingInfo) -> list[str]:
    """Every name the meeting's metadata lists."""
    return [n for n in (meeting.recorder, meeting.approver, meeting.chair, *meeting.attendees, *meeting.absent,
                        *meeting.guests, *meeting.verifiers) if n]


def meeting_mentions(meeting: MeetingInfo, analyses: Sequence[BlockAnalysis], lang: str) -> list[RawMention]:
    """People named only in the metadata (recorder, approver, attendees): found again in the text for a span."""
    names = [meeting.recorder, meeting.approver, meeting.chair, *meeting.attendees, *meeting.absent,
             *meeting.guests, *meeting.verifiers]
    out: list[RawMention] = []
    given = given_names_in_use("\n".join(a.block.text for a in analyses)) if lang != "cs" else frozenset()
    for name in names:
        if name and (lang == "cs" or _could_be_person(name, lang) or _called_by_given_name(name, given, lang)):
            found = aff.locate_name(name, analyses, lang) or fullnames.locate_initials(name, analyses)
            out += [m for m in found if not aff.in_municipal_list(analyses, m, lang)]
    return out


def _could_be_person(name: str, lang: str) -> bool:
    """A name the metadata lists: "Science", "Social Sciences", "Academic Registrar" from an attendee line
    "Dr X, Associate Dean (Education), Science and Engineering" are not people. English names need a known
    first name or initial (a title before them in the text made them name spans already)."""
    words = name.split()
    lex = lexicon(lang)
    if any(lex.role(t) or t.word in lex.org_heads or t.word in lex.not_names for t in tokenize(name)):
        return False
    return person_like(name, False, lang) or bool(declension.first_name_readings(words[0])) or \
        words[0].lower() in lex.first_names


def _called_by_given_name(name: str, given: frozenset[str], lang: str) -> bool:
    """ "Mikko Aaltonen" listed, then "Mikko presented the architecture": English minutes call listed people by
    their given name alone as a sentence subject, which vouches for a given name no gazetteer knows
    (`names.given_names_in_use`). The name must be two or three capitalised words, none an office,
    body head or known non-name."""
    words = name.split()
    lex = lexicon(lang)
    return 2 <= len(words) <= 3 and fold(words[0]) in given and words[-1][:1].isupper() and not any(
        lex.role(t) or t.word in lex.org_heads or t.word in lex.not_names for t in tokenize(name))


# --- resolution ---------------------------------------------------------------------------------------------


def resolve(mentions: Sequence[RawMention], lang: str, known: Iterable[str] = ()) -> list[RawMention]:
    """Fill in nominative surname and first name for every mention, using the other mentions as evidence: the
    forms written elsewhere, and the surnames read with a first name ("Mgr. Petr Doubrava" makes a bare
    "Mgr. Doubrava" Doubrava, not Doubrav)."""
    archive = {fold(k) for k in known}
    mentions = [_surname_first(m, lang) for m in mentions]
    paired = {fold(r.surname): r for m in mentions if m.first_form
              for r in [_resolve_one(m, lang, frozenset(archive))] if r.surname}  # "Mgr. Petr Doubrava"
    forms = Counter(fold(m.surname_form) for m in mentions if not _declined_from(m.surname_form, paired, lang))
    out = []
    for m in mentions:
        same = paired.get(fold(m.surname_form)) if not m.first_form and lang == "cs" else None
        if same is not None and same.surname == m.surname_form:  # the very nominative read with a first name
            out.append(replace(m, surname=same.surname, first=None, gender=m.gender or same.gender))
            continue
        others = {f for f, n in forms.items() if f != fold(m.surname_form)} | archive | {
            k for k, r in paired.items() if fold(r.surname_form) != fold(m.surname_form)}  # not its own reading
        out.append(_resolve_one(m, lang, frozenset(others)))
    return out


def _surname_first(m: RawMention, lang: str) -> RawMention:
    """ "Vondráček M.": Czech lists write the surname first and the initial after it; read as a first name and a
    surname, the initial would become the surname and the person would not meet the "br. Vondráček" of the body.
    A given name before the initial ("Jirka B.", informal notes) is what it says."""
    if lang != "cs" or not (_is_initial(m.surname_form) and m.first_form and len(m.first_form) > 2
                            and not m.initial) or lexicon(lang).first_name(m.first_form):
        return m
    return replace(m, surname_form=m.first_form, first_form=None, initial=m.surname_form.rstrip("."))


def _declined_from(form: str, nominatives: Collection[str], lang: str) -> bool:
    """ "Vlka" beside "Ing. Karel Vlk": a form that declines a nominative read with a first name is no
    nominative of its own, so it is no evidence for another reading ("K. Vlkovi" is Vlk, not Vlka)."""
    if lang != "cs" or fold(form) in nominatives:
        return False
    return any(fold(c.lemma) in nominatives for c in declension.candidates(form) if c.lemma != form)


def _resolve_one(m: RawMention, lang: str, known: frozenset[str]) -> RawMention:
    lex = lexicon(lang)
    if lang != "cs" or not m.surname_form[:1].isalpha() or _is_initial(m.surname_form):
        fn = lex.first_name(m.first_form, declension.Cue(m.case, m.gender)) if m.first_form else None
        first = fn[0] if fn and lang == "cs" else m.first_form
        gender = m.gender or (fn[1] if fn and fn[1] in ("f", "m") else None)
        return replace(m, surname=m.surname_form, first=first, gender=gender)
    gender = m.gender or _first_name_gender(m, lex)
    cue = declension.Cue(m.case, gender, known, m.model_lemma)
    pair = declension.choose_pair(m.first_form, m.surname_form, cue) if m.first_form and not \
        _PARTS.search(m.surname_form) else None
    if pair:
        return replace(m, surname=pair[1].lemma, first=pair[0].lemma, gender=pair[1].gender if pair[1].gender in (
            "f", "m") else pair[0].gender)
    seps = _PARTS.findall(m.surname_form)  # "Nováková-Malá", "Malé Novákové": each part declines
    parts = [_choose_known(p, cue) for p in _PARTS.split(m.surname_form)]
    surname = "".join(c.lemma + sep for c, sep in zip(parts, [*seps, ""], strict=True))
    if parts[-1].paradigm in ("f_adj", "m_adj") or gender is None or fold(surname) in known:
        gender = parts[-1].gender if parts[-1].gender in ("f", "m") else gender
    first = None
    if m.first_form:
        fn = lex.first_name(m.first_form, declension.Cue(m.case, gender))
        first = fn[0] if fn else m.first_form
    return replace(m, surname=surname, first=first, gender=gender)


def _choose_known(form: str, cue: declension.Cue) -> declension.Candidate:
    """The best reading of a surname form, but a nominative the document writes elsewhere wins a near tie:
    "Za odstoupivšího Bc. Peška byla navržena ..." is Pešek of the attendance list, though the verb after
    it reads feminine."""
    ranked = declension.ranked(form, cue)
    top = ranked[0]
    if fold(top.lemma) in cue.known:
        return top
    alt = next((c for c in ranked if fold(c.lemma) in cue.known), None)
    return alt if alt and declension.score(alt, cue) >= _NEAR_TIE * declension.score(top, cue) else top


_NEAR_TIE = 0.5
_PARTS = re.compile(r"[- ]")


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _first_name_gender(m: RawMention, lex: NameLexicon) -> str | None:
    """The gender a first name fixes when all its readings agree ("Rut" f; "Jana" could be Jan's genitive)."""
    if not m.first_form or lex.lang != "cs":
        return None
    genders = {c.gender for c in declension.first_name_readings(m.first_form)}
    return genders.pop() if len(genders) == 1 and genders <= {"f", "m"} else None


def _compatible(a: RawMention, b: RawMention) -> bool:
    """Same given name, or initials whose first letter is the given name's: "P. K. Langat" is the "Peter Kiprono
    Langat" of the attendance list, whose middle name the name span does not keep."""
    fa, fb = a.first or a.initial, b.first or b.initial
    if not fa or not fb:
        return True
    return fold(fa)[0] == fold(fb)[0] and (_initials_only(fa) or _initials_only(fb) or _given_prefix(fa, fb))


def _given_prefix(fa: str, fb: str) -> bool:
    """The same given names, or the words of one opening the other's: "Liza Mae" and "Liza", one person."""
    a, b = fold(fa).split(), fold(fb).split()
    return a[:len(b)] == b or b[:len(a)] == a


def _initials_only(given: str) -> bool:
    return all(len(part) == 1 for part in given.replace(".", " ").split())


def cluster(mentions: Sequence[RawMention]) -> list[list[RawMention]]:
    """Group by surname lemma; split by incompatible first names; bare surnames join the biggest group.

    Mentions by given name alone ("Honza", "Priya") join the one person with that given name, if there is
    exactly one; otherwise they form a person of their own.
    """
    by_surname: dict[str, list[RawMention]] = {}
    for m in mentions:
        by_surname.setdefault(fold(m.surname), []).append(m)
    alone = by_surname.pop("", [])
    out: list[list[RawMention]] = []
    for group in by_surname.values():
        out += _split_by_first(group)
    for m in alone:
        homes = [c for c in out if any(x.first and fold(x.first) == fold(m.first or "") for x in c)]
        if len(homes) == 1:
            homes[0].append(m)
        elif not homes:
            out.append([m])
    return out


def _split_by_first(group: list[RawMention]) -> list[list[RawMention]]:
    named = sorted((m for m in group if m.first or m.initial), key=lambda m: (m.first is None,))
    bare = [m for m in group if not (m.first or m.initial)]
    clusters: list[list[RawMention]] = []
    for m in named:
        home = next((c for c in clusters if all(_compatible(m, x) for x in c)), None)
        if home is None:
            clusters.append([m])
        else:
            home.append(m)
    clusters = _honorific_initials(clusters)
    if clusters:
        max(clusters, key=len).extend(bare)
    elif bare:
        clusters.append(bare)
    return clusters


def _honorific_initials(clusters: list[list[RawMention]]) -> list[list[RawMention]]:
    """At a sentence start the honorific "p." is written "P.": "P. Moravec vyjádřil nesouhlas" is Jiří
    Moravec when the document knows a Moravec with another first name and none whose name starts with P."""
    named = [c for c in clusters if any(m.first for m in c)]
    out = []
    for c in clusters:
        letters = {fold(m.initial or "") for m in c}
        if len(named) == 1 and c is not named[0] and not any(m.first for m in c) and letters <= _honorific_letters():
            named[0].extend(c)
        else:
            out.append(c)
    return out


@cache
def _honorific_letters() -> frozenset[str]:
    """Honorifics abbreviated to one letter in any language's titles.json (Czech "p." for pan/paní)."""
    return frozenset(fold(k.rstrip(".")) for lang in langdata.SUPPORTED for k in lexicon(lang).honorifics
                     if len(k.rstrip(".")) == 1)


def _canonical(group: Sequence[RawMention]) -> str:
    firsts = Counter(m.first for m in group if m.first)
    surname = (Counter(m.surname for m in group if m.surname) or Counter([""])).most_common(1)[0][0]
    if firsts:
        return f"{firsts.most_common(1)[0][0]} {surname}".strip()
    initials = Counter(m.initial for m in group if m.initial)
    if initials:
        return f"{initials.most_common(1)[0][0]}. {surname}"
    return surname


def _role(group: Sequence[RawMention]) -> str | None:
    roles = [m.role.strip(" .,;") for m in group if m.role]
    return max(roles, key=len) if roles else None


def to_person(group: Sequence[RawMention]) -> Person:
    affs = Counter(m.affiliation for m in group if m.affiliation)
    genders = Counter(m.gender for m in group if m.gender in ("f", "m"))
    ordered = sorted(group, key=lambda m: m.source.start)
    return Person(
        name=_canonical(group),
        mentions=tuple(Mention(m.text, m.source) for m in ordered),
        affiliation=affs.most_common(1)[0][0] if affs else None,
        role=_role(group),
        gender=genders.most_common(1)[0][0] if genders else None,
        method=METHOD,
        confidence=max(m.confidence for m in group),
    )


def raw_mentions(analyses: Sequence[BlockAnalysis], lang: str, meeting: MeetingInfo) -> list[RawMention]:
    """Every person mention of the document, from the text and from the metadata."""
    raw = []
    labels = lettered_blocks(analyses)
    for i, a in enumerate(analyses):
        letter = labels.get(a.block.index)
        found = [m for m in mentions_in_block(a, lang)
                 if not opens_with_label(m.text, m.source.start, a.block.start, letter)]  # "A. Pool season"
        title = aff.title_affiliation(analyses[i - 1], lang) if i else aff.AfterName()
        raw += [replace(m, affiliation=title.affiliation, affiliation_source=title.source,
                        affiliation_is_place=title.is_place)
                if title.affiliation and not m.affiliation and m.source.start == a.block.start else m
                for m in found]
    spans = sorted((m.source.start, m.source.end) for m in raw)
    return raw + [m for m in meeting_mentions(meeting, analyses, lang) if not _inside(m, spans)]


def _inside(m: RawMention, spans: Sequence[tuple[int, int]]) -> bool:
    """A metadata name found again inside a name span of the text ("Liza Mae C." in "Hon. Liza Mae C. Soriano"):
    the text's span is the mention, the part is none of its own."""
    i = bisect_left(spans, (m.source.start + 1, 0))  # every span starting at or before the mention
    return any(s <= m.source.start and m.source.end <= e for s, e in spans[max(0, i - 8): i])


def extract_people(raw: Sequence[RawMention], analyses: Sequence[BlockAnalysis], lang: str,
                   known: Iterable[str] = (), roster: Iterable[str] = (),
                   earlier: Callable[[], Sequence[str]] = tuple) -> list[Person]:
    """Every person of the document, one Person per identity, in order of first mention. `roster`: the
    names the meeting's lists give; `earlier`: gives the texts of the earlier minutes (both complete bare surnames)."""
    resolved = resolve(raw, lang, known)
    resolved += aff.first_name_mentions(analyses, resolved, lang)
    people = fullnames.complete([to_person(g) for g in cluster(resolved)], roster, earlier, lang)
    people = person_forms.merge(people, lang, analyses)  # one person written several ways
    return sorted(people, key=lambda p: p.mentions[0].source.start if p.mentions else 0)
