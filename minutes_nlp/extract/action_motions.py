"""Actions of motion-style English minutes (Canadian, US, UK, Australian and New Zealand councils).

A council or standing committee sets tasks in the text of its motions, not in "X to do Y" lines: "THAT staff
be directed to ...", "THAT Council direct the CAO to ...", "BE IT RESOLVED THAT the CEO be requested to ...",
"THAT the matter be referred back to staff for a report", and in the narrative around them: an officer's
report that staff will act, an undertaking given in answer to an inquiry, a notice of motion, a report
announced for a later meeting. The cue classes are data (lang/en/action_cues.json, `motion_directions`);
they are read only for a sentence no other action cue took. The one directed owns the task when the
document names that person or office; staff or the administration alone leave the owner empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract import cues
from minutes_nlp.extract.action_due import _next_meeting, parse_due, restated_due
from minutes_nlp.extract.action_genre import not_a_new_task
from minutes_nlp.extract.action_posts import post_holder
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.owners import Actor
from minutes_nlp.extract.result import Action, Method
from minutes_nlp.textutil import prefix_stems

VERSION = "1"
_KEY = "motion_directions"


@dataclass(frozen=True)
class MotionClass:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    owner: str  # "who" (the one directed), "before" (the subject), "previous_speaker"
    confidence: float
    needs_owner: bool
    officer_only: bool
    exclude_before: re.Pattern[str] | None  # what may not stand before the cue (a member's request)
    list_point: bool = False  # read only on a line under a resolution's lead-in ("resolved that—")


@cache
def _spec(lang: str) -> dict[str, object]:
    return dict(cues.data(lang, "action_cues").get(_KEY) or {}) if langdata.code(lang) == "en" else {}


@cache
def _classes(lang: str) -> tuple[MotionClass, ...]:
    raw = _spec(lang).get("classes") or {}
    assert isinstance(raw, dict)
    return tuple(MotionClass(name, tuple(re.compile(p) for p in c["patterns"]), c["owner"],
                             float(c.get("confidence", 0.7)), bool(c.get("needs_owner")),
                             bool(c.get("officer_only")),
                             re.compile(c["exclude_before"]) if c.get("exclude_before") else None,
                             bool(c.get("list_point")))
                 for name, c in raw.items())


def _words(lang: str, key: str) -> frozenset[str]:
    return frozenset(str(w) for w in _spec(lang).get(key) or [])  # type: ignore[attr-defined]


@cache
def _exclude_before(lang: str) -> re.Pattern[str] | None:
    pat = _spec(lang).get("exclude_before")
    return re.compile(str(pat)) if pat else None


def _plausible(lang: str, cls: MotionClass, m: re.Match[str], folded: str) -> bool:
    """A recommendation to another body ("THAT the Committee recommend to Council that staff be
    authorized ...") directs nobody yet; a signing authority sets no task; a referral to another body
    (not to staff or an officer) is the body's agenda, not a task."""
    verb = m.groupdict().get("verb")
    if verb in _words(lang, "not_verbs"):
        return False
    if verb in _words(lang, "authority_only_verbs") and "authori" in m.group(0):
        return False
    for ex in (_exclude_before(lang), cls.exclude_before):
        if ex is not None and ex.search(folded[:m.start()]):
            return False
    who = [w.strip(":,") for w in (m.groupdict().get("who") or "").split()]  # "director: corporate services"
    if set(who) & _words(lang, "who_stop"):
        return False  # "that the Committee accepts the audit report": a verb inside is no actor's name
    return not cls.officer_only or bool(set(who) & _words(lang, "officer_words"))


def _inside(ctx: Ctx, i: int, lo: int, hi: int) -> Actor | None:
    """The actor named in [lo, hi), also one whose mention takes in the article before it ("the Committee")."""
    return next((a for a in ctx.actors[i] if lo <= ctx.local(i, a)[0] < hi), None) or \
        next((a for a in ctx.actors[i] if ctx.local(i, a)[0] < lo < ctx.local(i, a)[1]), None)


def _before(ctx: Ctx, i: int, pos: int) -> Actor | None:
    hits = [a for a in ctx.actors[i] if ctx.local(i, a)[1] <= pos]
    return hits[-1] if hits else None


def _previous_speaker(ctx: Ctx, i: int) -> Actor | None:
    """The officer who reported in the sentence before, in the same paragraph ("Mr. X reported that the
    tenders close on Friday. A report on the award will come to the May meeting.")."""
    if i == 0 or ctx.sents[i - 1].block != ctx.sents[i].block:
        return None
    return next((a for a in ctx.actors[i - 1] if a.kind == "person"), None)


def _owner(ctx: Ctx, i: int, cls: MotionClass, m: re.Match[str]) -> str | None:
    if cls.owner == "who":
        if " ".join(m.group("who").split()) in _words(ctx.lang, "staff_words"):
            return None  # "THAT staff be directed to ...": FORMAT.md gives no owner
        hit = _inside(ctx, i, m.start("who"), m.end("who"))
        if hit is None or not hit.resolved:  # "the Manager: Electrical Services": the post's holder, if listed
            return post_holder(ctx, ctx.sents[i].text[m.start("who"):m.end("who")]) or (hit.name if hit else None)
    elif cls.owner == "before":
        hit = _before(ctx, i, m.start())
    else:
        hit = _previous_speaker(ctx, i)
    return hit.name if hit is not None else None


def _found(ctx: Ctx, i: int, point: bool = False) -> tuple[MotionClass, re.Match[str]] | None:
    folded = ctx.folded[i]
    for cls in _classes(ctx.lang):
        if cls.list_point and not point:
            continue
        for pat in cls.patterns:
            m = pat.search(folded)
            if m is not None and _plausible(ctx.lang, cls, m, folded):
                return cls, m
    return None


def motion_action(ctx: Ctx, i: int, point: bool = False) -> Action | None:
    """The task a motion or the narrative around it sets in sentence i, when no other action cue took it;
    `point`: the sentence is a point under a resolution's lead-in."""
    found = _found(ctx, i, point) if _classes(ctx.lang) else None
    if found is None or not_a_new_task(ctx, i):
        return None  # "DO will convene the group as and when required": a standing conditional, no task
    cls, m = found
    owner = _owner(ctx, i, cls, m)
    if owner is None and cls.needs_owner:
        return None
    s = ctx.sents[i]
    due = parse_due(s.text, ctx) or _next_meeting(s.text, ctx)
    return Action(s.text, owner, due, ctx.prov(i), ctx.item_number(i), None, None, None,
                  Method(f"rule:{ctx.lang}.action.motion_{cls.name}", VERSION), cls.confidence)


# --- closing "Action Items" tables that restate the body's tasks --------------------------------------------

_WORD = re.compile(r"[^\W\d_][\w-]{3,}")
_STEM = 5  # a shared prefix this long is one word inflected ("report" / "reports", "consult" / "consultation")


def _stems(text: str) -> set[str]:
    return prefix_stems(_WORD.findall(text.lower()), _STEM)


def _deadline_agrees(row: Action, body: Action) -> bool:
    """One deadline written two ways: the same last day, or both "the next meeting" ("Next meeting" in the
    table, "at the next meeting" or "before the next meeting" in the body)."""
    if row.due is None or body.due is None:
        return False
    if row.due.latest is not None:
        return row.due.latest == body.due.latest
    return row.due.kind == body.due.kind == "next_meeting"


def _row_claims(row: Action, body: Action) -> bool:
    """A closing table's row ("Lead" and "Due" columns) restates a body task of the same lead with the same
    deadline that shares a word with it, or an ownerless body task with the same deadline whose words the
    row's task cell repeats, or one whose sentence holds every content word of the task cell ("Options for
    an anti-idling by-law" after "Staff were directed to report back on options for an anti-idling by-law")."""
    cell = _stems(max(row.text.split("\t"), key=len))
    shared = len(cell & _stems(body.text))
    if _deadline_agrees(row, body):
        return shared >= 1 and body.owner == row.owner or body.owner is None and shared >= 2
    return body.due is None and body.owner is None and len(cell) >= 2 and shared == len(cell)


def restating_rows(acts: list[Action]) -> list[Action]:
    """Rows of a closing action table that no wording matched, merged into the one body task each restates
    (its owner, deadline and number fill what the body lacks); a row no body task states stays itself."""
    out = list(acts)
    for row in [a for a in acts if a.method.name.endswith(".table") and a.status is None and a.owner]:
        hits = [k for k, e in enumerate(out) if e.status is None and not e.method.name.endswith(".table")
                and e.task_number is None and e.source.start < row.source.start and _row_claims(row, e)]
        if len(hits) == 1:
            body = out[hits[0]]
            out[hits[0]] = replace(body, owner=body.owner or row.owner, due=restated_due(body.due, row.due),
                                   task_number=body.task_number or row.task_number)
            out = [a for a in out if a is not row]
    return out
