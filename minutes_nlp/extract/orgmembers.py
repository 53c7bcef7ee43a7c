"""Member municipalities of an association of municipalities, named where they act.

A municipality is a body where a delegate speaks for it ("za obec Dolany starosta ..."). In the minutes of a
body whose members are municipalities (a "dobrovolný svazek obcí", a "mikroregion": org_patterns
"municipal_association_words" in the meeting's title or series) the municipalities are its members, so a
municipality named by its kind and name anywhere ("Starosta obce Bukovec se zeptal", "proplatí městu
Hrabětín") is reported; elsewhere the kind and name usually belong to the minutes' own municipality or to a
role ("starostka obce Bukovany" beside her organisation) and need the cue.
"""

from __future__ import annotations

from collections.abc import Sequence

from minutes_nlp.extract.orgbase import _joined, _patterns, _prov, _word
from minutes_nlp.extract.orgfound import BODY, Acc, add
from minutes_nlp.extract.result import MeetingInfo, Mention
from minutes_nlp.nlp.names import lexicon
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold


def of_municipalities(meeting: MeetingInfo, lang: str) -> bool:
    """The minutes are of a body whose members are municipalities (its title or series says so)."""
    words = [fold(w) for w in _patterns(lang).get("municipal_association_words", ())]
    own = " ".join(fold(x) for x in (meeting.title, meeting.series) if x)
    return any(f" {w} " in f" {own} " for w in words)


def represented(analyses: Sequence[BlockAnalysis], lang: str, meeting: MeetingInfo, found: dict[str, Acc]) -> None:
    """Report "Obec Dolany" for "za obec Dolany" (and, in an association's minutes, for "obce Dolany"), under the
    key bodies.py gives "Obec Dolany" written so."""
    pat = _patterns(lang)
    kinds, cues = pat.get("municipality_kinds", {}), set(pat.get("represented_cues", ()))
    members = of_municipalities(meeting, lang)
    covered = {(m.source.block, m.source.start) for acc in found.values() for m in acc.mentions}
    for a in analyses:
        starts = {s for b, s in covered if b == a.block.index}  # a set: not every mention per token
        taken = {i for i, t in enumerate(a.tokens) if t.start in starts}
        for i, t in enumerate(a.tokens[1:], 1):
            kind = kinds.get(t.word)
            if kind is None or t.text.endswith(".") or not (_word(a, i - 1).lower() in cues or members and (
                    _member_slot(a, i, pat) and not {i - 1, i} & taken)):
                continue
            j = _name_end(a, i, lang)
            if j > i + 1 and a.tokens[j - 1].is_cap and j - i <= 4 and not (members and _listed(a, j)):
                tail = a.span_text(i + 1, j).rstrip(".")
                written = a.span_text(i, j).rstrip(".")
                add(found, "body:" + fold(kind) + "|" + fold(tail), Mention(written, _prov(a, i, j)),
                    f"{kind} {tail}", full_name=f"{kind} {tail}", aliases={f"{kind.lower()} {tail}", written},
                    kind="body", method=BODY, confidence=0.75)


def _listed(a: BlockAnalysis, j: int) -> bool:
    """"obce Zálesí, Bukovec a Chvalov": a list of names after the kind word makes it a plural."""
    return _word(a, j) in (",", "a") and _word(a, j + 1)[:1].isupper()


def _member_slot(a: BlockAnalysis, i: int, pat: dict[str, object]) -> bool:
    """The kind word at i names one municipality on its own: not a plural ("svazku obcí Mikroregion"), not inside
    another body's name ("Zastupitelstva obce Lhotka", "úřadu městyse Kravsko"), not a known body after it."""
    prev = a.tokens[i - 1]
    plural = a.words[i] in pat.get("municipality_plural_forms", ())  # type: ignore[operator]
    known = any(h.start == i + 1 for h in a.orgs)
    inside = prev.is_cap and _joined(a, i) and i - 1 not in a.sentence_starts  # "Starosta obce X" opens a sentence
    return a.words[i].islower() and not plural and not known and not inside


def _name_end(a: BlockAnalysis, i: int, lang: str) -> int:
    """End of the municipality's name after the kind word at i ("Dolany", "Lhota pod Horami")."""
    j = i + 1
    while j < len(a.tokens) and _joined(a, j) and (a.tokens[j].is_cap and not _titled(a, j, j == i + 1, lang) or (
            a.words[j] in ("nad", "pod", "u") and j > i + 1)):
        j += 1
        if a.tokens[j - 1].text.endswith("."):
            break
    return j


def _titled(a: BlockAnalysis, j: int, first: bool, lang: str) -> bool:
    """Token j opens a person's name ("Lhotka Josef Brabec", "Kravsko Ing. Kocourek"), not the municipality's.
    The word right after the kind word is the municipality's even where the name finder ran a person's name
    over it ("města Hrabětín Antonín Pešek")."""
    lex = lexicon(lang)
    return lex.is_degree(a.tokens[j]) or (not first and (bool(lex.first_name(a.words[j])) or any(
        n.start <= j < n.end for n in a.names)))
