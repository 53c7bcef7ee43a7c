"""Whether a sentence states a decision of this meeting: the cue classes of `decision_cues.json` matched on
the sentence (a paragraph number blanked), except a report on an earlier resolution, a hedge or a proposal,
another body's decision, or the next meeting where the language's convention makes it an announcement.
Apart from decisions.py, which builds the record of a matched decision (its number, vote and outcome).
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp.extract import cues, decision_clauses, decision_next
from minutes_nlp.extract.decision_clauses import agreed_task, head_body, in_debate, in_proposal, negated, task_verdict
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.textutil import fold

_NAME = "decision_cues"


def _reported(ctx: Ctx, i: int) -> bool:
    """A line under "Kontrola usnesení" / "Matters arising" that states how an earlier resolution was carried
    out ("Usnesení č. 7/2021 – splněno") reports on it; it is not a decision of this meeting."""
    from minutes_nlp.extract.actions import in_follow_up, reported_status

    if in_follow_up(ctx, i) and task_verdict(ctx, i):
        return True  # "Úkol 14/4 – splněno, plán byl schválen per rollam dne 2. 4.": a task's state, decided before
    if cues.any_match(cues.patterns(ctx.lang, _NAME, "this_meeting"), ctx.folded[i]):
        return False  # "RESOLVED: to accept the quote" under "Progress on actions": decided now
    return in_follow_up(ctx, i) and reported_status(ctx.folded[i], ctx.lang) is not None


def _unnumbered(lang: str, folded: str) -> str:
    """The sentence with its paragraph number blanked ("5.3 Agreed: ...", "23/051 RESOLVED that ..."), and the
    code of a numbered motion before its "That" ('resolution_code'), offsets kept, so cues that open a sentence
    also open a numbered paragraph or motion."""
    for key in ("paragraph_number", "resolution_code"):  # "5.3 Agreed: ...", "Resolution MCB/26/11: That ..."
        pat = cues.data(lang, _NAME).get(key)
        m = cues.compile_one(lang, _NAME, pat).match(folded) if pat else None
        folded = " " * m.end() + folded[m.end():] if m else folded
    return folded


def match(ctx: Ctx, i: int) -> tuple[cues.CueClass, re.Match[str]] | None:
    """The decision cue class that fires on sentence i, and its match. The decision pass, the vote and number
    readers and the action rules ask about the same sentence: the answer is kept on the document's Ctx."""
    key = ("decision", i)
    if key not in ctx.answers:
        ctx.answers[key] = _match(ctx, i)
    found: tuple[cues.CueClass, re.Match[str]] | None = ctx.answers[key]
    return found


def _match(ctx: Ctx, i: int) -> tuple[cues.CueClass, re.Match[str]] | None:
    if ctx.sents[i].text.rstrip(" )\"'”“").endswith("?"):
        return None  # a question ("Bylo by vhodné, aby rada schválila nový ceník?") asks; it decides nothing
    f = _unnumbered(ctx.lang, ctx.folded[i])
    now = cues.any_match(cues.patterns(ctx.lang, _NAME, "this_meeting"), f) is not None  # "RESOLVED to appoint X, who"
    if (not now and cues.any_match(cues.patterns(ctx.lang, _NAME, "report_negative"), f)) or _reported(ctx, i):
        return None
    debate = in_debate(ctx, i)
    found = _first_class(ctx, i, f, debate)
    label = _label_end(ctx.lang, f)
    if found is None and label:  # "Resolution No. 1: The minutes ... were confirmed": the label opens nothing
        found = _first_class(ctx, i, " " * label + f[label:], debate)
    return found


def _label_end(lang: str, folded: str) -> int:
    """The end of a resolution label that opens the sentence ("Resolution No. 4:", "Decision 12/3 –"), or 0:
    the statement after it is matched as if it opened the sentence ('resolution_label')."""
    pat = cues.data(lang, _NAME).get("resolution_label")
    m = cues.compile_one(lang, _NAME, pat).match(folded) if isinstance(pat, str) else None
    return m.end() if m else 0


def _first_class(ctx: Ctx, i: int, f: str, debate: bool) -> tuple[cues.CueClass, re.Match[str]] | None:
    for cls in cues.classes(ctx.lang, _NAME):
        m = decision_next.search(ctx.lang, cls, f)
        if m is None or (cls.name != "resolution" and (debate or _negated(ctx.lang, cls, f, m))):
            continue
        if in_proposal(ctx.lang, f, m) or cls.name == "resolution" and _other_abbreviation(ctx, i, m):
            continue
        if cls.name == _ACRONYM and not _written_acronym(ctx, i, m):
            continue
        if cls.name == "agreed" and agreed_task(ctx, i, m):
            continue
        if (cls.after is None or decision_next.follows(ctx, i, cls.after, match)) and \
                not _not_this_meeting(ctx, i, cls, m):
            return cls, m
    return None


def _negated(lang: str, cls: cues.CueClass, f: str, m: re.Match[str]) -> bool:
    """A hedge or plan in the cue's clause; the next meeting's programme is the future by nature ("Na
    příštím jednání bude projednán rozpočet"), so only a conditional keeps it from being set."""
    if cls.name.startswith("next_meeting"):
        return cues.any_match(cues.patterns(lang, _NAME, "agreed_content_negative"), f) is not None
    return negated(f, m, lang)


_ACRONYM = "acronym_body"


def _written_acronym(ctx: Ctx, i: int, m: re.Match[str]) -> bool:
    """The 'acronym_body' class matched a body only when its subject is written in capitals ("OV", "The JCC"),
    the way minutes abbreviate a body nobody listed; the same letters in lower case are ordinary words, and
    'acronym_not_bodies' are one person's office ("the CEO")."""
    written = ctx.sents[i].text[m.start(1):m.end(1)]
    words = written.split()
    return all(w.isalpha() and w.isupper() and len(w) >= 2 for w in words) and fold(written) not in _barred(ctx.lang)


@cache
def _barred(lang: str) -> frozenset[str]:
    return frozenset(cues.data(lang, _NAME).get("acronym_not_bodies", []))


_ABBREVIATION = 4  # a body written this short is an abbreviation ("RO", "ZM")


def _other_abbreviation(ctx: Ctx, i: int, m: re.Match[str]) -> bool:
    """A body abbreviation written with diacritics is another word folded onto it: "ŘO IROP mění ..." is a
    managing authority (řídicí orgán), not "RO" (rada obce)."""
    if m.re.groups < 1 or m.start(1) < 0:
        return False
    written = ctx.sents[i].text[m.start(1):m.end(1)]
    known = cues.data(ctx.lang, _NAME).get("written_abbreviations", [])
    return len(written) <= _ABBREVIATION and written.isupper() and not written.isascii() and written not in known


def _not_this_meeting(ctx: Ctx, i: int, cls: cues.CueClass, m: re.Match[str]) -> bool:
    """The cue speaks of another body's decision ("Rada kraje schválila obci dotaci", "the Commission
    approved the transfer" in a board's minutes), or of the next meeting where the language's convention
    makes it an announcement (`decision_next`)."""
    if cls.name.startswith("next_meeting"):
        return decision_next.not_this_meeting(ctx, i, m)
    own = ctx.meeting.body_type
    body = _body_word(ctx.lang, _subject_span(ctx.folded[i], m)) or \
        _body_word(ctx.lang, ctx.folded[i][m.start():m.end()])
    if own is None or body is None or body[1] == own:
        return False
    names = fold(" ".join(n for n in (ctx.meeting.series, ctx.meeting.title, decision_clauses.title_line(ctx, i)) if n))
    # "Komise ... doporučuje" in the minutes of a commission whose type was read otherwise: its own body
    stem = re.escape(body[0][:max(3, len(body[0]) - 2)])  # "zastupitelstvo" ~ "Zastupitelstva", not "Commissioners"
    found = re.search(rf"\b{stem}\w{{0,3}}\b", names)
    return found is None or found.start() > head_body(ctx.lang, names)


def _subject_span(folded: str, m: re.Match[str]) -> str:
    """The cue span up to its verb (the last group of the pattern) when a body word stands there: "Shromáždění
    vzalo zprávu výboru na vědomí" is the assembly's act; the committee is only in the object."""
    whole = folded[m.start():m.end()]
    last = m.lastindex
    if not last or m.start(last) <= m.start():
        return whole
    return folded[m.start():m.start(last)] if folded[m.start():m.start(last)].strip() else whole


def _body_word(lang: str, span: str) -> tuple[str, str] | None:
    """The last body word of a cue span and the kind of body it names ("council", "commission"), if any."""
    found: list[tuple[int, str, str]] = []
    for kind, pats in cues.data(lang, _NAME).get("body_types", {}).items():
        for pat in cues.compile_list(lang, _NAME, pats):
            found += [(m.start(), m.group(0), kind) for m in pat.finditer(span)]
    return max(found)[1:] if found else None
