"""Whose clause a decision cue stands in: a cue is a decision of this meeting only when its clause states it.
An agreement on a named person's task is an action; a hedge, plan or condition in the cue's clause makes it
no decision; an agreement word in a speaker's debate turn is a remark; a body's resolution verb inside what
someone proposes or asks for ("navrhla, aby ... PV rozhodl per rollam") is the proposal's content.

Split out of `decisions.py`; the cues are data (`decision_cues.json`: `agreed_content`, `negative`,
`agreed_content_negative`, `proposal_clause`).
"""

from __future__ import annotations

import re

from minutes_nlp.extract import cues
from minutes_nlp.extract.itemctx import Ctx

_NAME = "decision_cues"


def agreed_task(ctx: Ctx, i: int, m: re.Match[str]) -> bool:
    """"Bylo dohodnuto, že předseda zašle dopis ...": what was agreed is a named person's task (an action),
    not a decision; "bylo dohodnuto, že dotazy budou pokládány do chatu" decides how the meeting works."""
    f = ctx.folded[i]
    clause = cues.any_match(cues.patterns(ctx.lang, _NAME, "agreed_content"), f[m.start():])
    if clause is None:
        return False
    lo = m.start() + clause.end()
    hi = f.find(";", lo)
    hi = len(f) if hi < 0 else hi
    end = cues.data(ctx.lang, _NAME).get("agreed_subject_end")
    subject_end = re.compile(end).search(f, lo, hi) if end else None  # "that the Chair would write to X"
    if subject_end is not None:  # the subject opens the clause: "that the first GA, combined with SC #3, will"
        head = re.match(r"\s*(?:\S+\s+){0,3}", f[lo:subject_end.start()])
        hi = lo + (head.end() if head else 0)
    return any(a.kind == "person" and lo <= ctx.local(i, a)[0] < hi and not _oblique(ctx.lang, f, ctx.local(i, a)[0])
               for a in ctx.actors[i])


def _oblique(lang: str, f: str, start: int) -> bool:
    """A person after a preposition ("setkání s řediteli škol", "jednání se starostou") is in an oblique case:
    not the one who is to act ('agreed_oblique_prepositions')."""
    before = f[:start].split()
    return bool(before) and before[-1] in cues.data(lang, _NAME).get("agreed_oblique_prepositions", [])


def negated(f: str, m: re.Match[str], lang: str) -> bool:
    """A hedge, plan or conditional in the cue's own clause (between semicolons): "no trainer could be found;
    it was agreed not to proceed" is a decision, "it could be agreed later" is not. In what an agreement's
    "že" clause says only a conditional counts (`agreed_content_negative`)."""
    lo = f.rfind(";", 0, m.start()) + 1
    hi = f.find(";", m.end())
    hi = hi if hi >= 0 else len(f)
    rel = cues.data(lang, _NAME).get("relative_clause")
    after = cues.compile_one(lang, _NAME, rel).search(f, m.end(), hi) if isinstance(rel, str) else None
    hi = after.start() if after else hi  # "leave was granted to X, who could not attend": X's clause, not the cue's
    content = cues.any_match(cues.patterns(lang, _NAME, "agreed_content"), f[m.start():hi])
    if content is not None:  # "dohodli se, že návrh bude projednán ...": what was agreed is the future by nature
        cut = m.start() + content.end()
        return cues.any_match(cues.patterns(lang, _NAME, "negative"), f[lo:cut]) is not None or \
            cues.any_match(cues.patterns(lang, _NAME, "agreed_content_negative"), f[cut:hi]) is not None
    return cues.any_match(cues.patterns(lang, _NAME, "negative"), f[lo:hi]) is not None


def in_debate(ctx: Ctx, i: int) -> bool:
    """A speaker's turn in the debate ("JNovák: Prosím, aby byl schválený rozpočet zaslán ...") is a remark:
    only a resolution stated in it is a decision, never an agreement word a speaker uses."""
    from minutes_nlp.extract.questions import speaker, turn

    who = speaker(ctx, turn(ctx, i).start)
    return who is not None and who.kind == "person"


def in_proposal(lang: str, f: str, m: re.Match[str]) -> bool:
    """The cue's verb closes a clause someone proposes or asks for ("navrhla, aby o parametrech výzvy PV
    rozhodl hlasováním per rollam"): a proposal opened before the verb, no other clause between."""
    for p in cues.patterns(lang, _NAME, "proposal_clause"):
        for found in p.finditer(f, 0, m.end()):
            if found.end() <= m.end() and not re.search(r";|,\s+a\s", f[found.end():m.end()]):
                return True  # ", a výbor návrh schválil": the body's own clause after the proposal
    return False


_VERDICT_WORDS = 2  # the status word opens the verdict after the task label ("Úkol 14/4 – splněno, ...")


def task_verdict(ctx: Ctx, i: int) -> bool:
    """A follow-up line that opens with a task or resolution label and its status ("Úkol 14/4 – splněno,
    ...", "Action 12 – complete: ..."): what follows reports how it was carried out."""
    from minutes_nlp.extract.actions import reported_status

    m = cues.any_match(cues.patterns(ctx.lang, _NAME, "task_verdict_label"), ctx.folded[i])
    if m is None:
        return False
    head = " ".join(ctx.folded[i][m.end():].split()[:_VERDICT_WORDS])
    return reported_status(head, ctx.lang) is not None


def head_body(lang: str, names: str) -> int:
    """Where the first body word of the series name starts: the body the minutes are of ("Výbor pro obce Rady
    vlády"); a body named after it is the parent ("Rady vlády"), whose decisions are reported, not taken."""
    starts = [m.start() for pats in cues.data(lang, _NAME).get("body_types", {}).values()
              for pat in cues.compile_list(lang, _NAME, pats) for m in [pat.search(names)] if m is not None]
    return min(starts, default=len(names))


_TITLE_WORDS = 20  # a document's title line is short ("Acme NHS Foundation Trust: Quality Committee")


def title_line(ctx: Ctx, i: int) -> str | None:
    """The document's first line, which names the body the minutes are of ("Kestlemere NHS Foundation Trust:
    Quality and Safety Committee"): read after the series and title, so it only counts when they name no body
    (a series read as the parent trust must not make "The Committee APPROVED ..." another body's decision).
    A title is short, has no full stop, and comes before the sentence."""
    first = next((b for b in ctx.doc.blocks if b.text.strip()), None)
    if first is None or first.index >= ctx.sents[i].block:
        return None
    text = first.text.strip()
    return text if len(text.split()) <= _TITLE_WORDS and not text.endswith(".") else None


_PROPOSED = re.compile(r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)\bproposed\b")


def proposed(folded: str) -> bool:
    """"Proposed: Cllr X, seconded: Cllr Y" is a motion whose outcome the sentence does not state; "approved
    the proposed budget" only names its object (the participle after an article is an adjective)."""
    return _PROPOSED.search(folded) is not None
