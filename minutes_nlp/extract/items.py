"""Actions, questions and decisions of one document, each with provenance, method and confidence.

Rules (cue lexicons per language) find the items; when a trained sentence-role model is present in
`models/roles/`, it re-scores the rule candidates if its filter is enabled and proposes items in sentences no rule
took (see `roles_model`), and `Items.method` says which was used ("rules" or "rules+model:roles@<version>").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from minutes_nlp.config import rules_only
from minutes_nlp.document import Document
from minutes_nlp.extract import action_match, cues, itemctx, reslists
from minutes_nlp.extract import actions as action_rules
from minutes_nlp.extract import decisions as decision_rules
from minutes_nlp.extract import questions as question_rules
from minutes_nlp.extract.action_agents import qualified_holder
from minutes_nlp.extract.action_closing import anchor_closing_rows
from minutes_nlp.extract.action_due import restated_due
from minutes_nlp.extract.action_motions import restating_rows
from minutes_nlp.extract.action_parties import trade_firm
from minutes_nlp.extract.action_posts import post_holder
from minutes_nlp.extract.action_restates import fold_marked_into_replies, merge_task_cards
from minutes_nlp.extract.entities import Entities
from minutes_nlp.extract.result import Action, AgendaItem, DateValue, Decision, MeetingInfo, Question
from minutes_nlp.textutil import fold, prefix_stems

_REPEAT = 85.0  # token-set similarity: a closing-list line that restates a body action
_RELOCATE = 55.0  # lower bar when the owner is the same, or to find the body sentence of a list line


@dataclass(frozen=True)
class Items:
    actions: tuple[Action, ...] = ()
    questions: tuple[Question, ...] = ()
    decisions: tuple[Decision, ...] = ()
    method: str = "rules"
    reports: tuple[Action, ...] = ()  # follow-up lines on earlier actions (status, refers_to)


def _answerer_owns(acts: list[Action], qs: list[Question]) -> list[Action]:
    """A plan stated in an answer ("Na dotaz X, kdy bude ..., Y odpověděla") is the answerer's."""
    by_start = {q.source.start: q for q in qs if q.answerer}
    out = []
    for a in acts:
        q = by_start.get(a.source.start)
        if q is not None and a.method.name.endswith(("future_passive", "planned_submission", "obligation")):
            a = dataclasses.replace(a, owner=q.answerer)
        out.append(a)
    return out


def _similar(a: str, b: str) -> float:
    return float(fuzz.token_set_ratio(decision_rules.words(a), decision_rules.words(b)))


def _restated(ctx: itemctx.Ctx, a: Action, kept: list[Action]) -> int | None:
    """Index of the kept body action a closing-list action repeats, if any."""
    index = {s.start: i for i, s in enumerate(ctx.sents)}
    for k, e in enumerate(kept):
        j = index.get(e.source.start)
        if j is not None and decision_rules.in_summary(ctx, j) and not e.method.name.endswith(".table"):
            continue  # another line of the same closing list is another task
        if e.method.name.endswith(".table") and e.source.block == a.source.block:
            continue  # another row of the same table: a task of its own, even with the same owner
        if e.status is None and (_similar(a.text, e.text) >= _REPEAT or
                                 (a.owner and a.owner == e.owner and _similar(a.text, e.text) >= _RELOCATE)):
            return k
    return _row_restates(a, kept) if a.method.name.endswith(".table") else None


def _same_number(a: Action, kept: list[Action]) -> int | None:
    """ "Úkol 6/1 – Mgr. Horáková, do 31. 7. 2025." after "Úkol 6/1: Zapracovat připomínky ...": a task line
    written with the number of one task stated earlier is that task again (table rows aside: a minute
    number there is shared by the rows of one minute)."""
    number = _number_key(a.task_number)
    if not number or a.status is not None or a.method.name.endswith(".table"):
        return None
    same = [k for k, e in enumerate(kept) if e.status is None and not e.method.name.endswith(".table")
            and _number_key(e.task_number) == number]
    return same[0] if len(same) == 1 else None


def _number_key(number: str | None) -> str:
    """The digits of a task number as written ("Úkol č. 6/1" and "úkol 6/1" are one number)."""
    found = re.search(r"\d[\w/.-]*", number or "")
    return found.group(0).rstrip(".") if found else ""


_ROW_STEMS = 2  # content stems a closing table's short row shares with the body sentence of the same task
_ROW_STEMS_UNDATED = 3  # ... when only one of them gives a deadline to compare
_STANDING = "continuous"  # a standing duty has no day to compare: the row's "trvale" to the body's start date


def _row_restates(row: Action, kept: list[Action]) -> int | None:
    """"5/3 | stanovení přechodné úpravy provozu | OD MMLO | 15. 7. 2023" after "Odbor dopravy ... vydá
    stanovení přechodné úpravy provozu, termín: do 15. 7. 2023": a closing table names each task in a
    few words of the body sentence (inflection aside) with the same deadline. The body action sharing the
    most stems, with no other deadline, is the one the row restates."""
    best, most = None, 0
    for k, e in enumerate(kept):
        if e.status is not None or e.method.name.endswith(".table"):
            continue
        dated = row.due is not None and e.due is not None and _STANDING not in (row.due.kind, e.due.kind)
        if dated and not _same_deadline(row.due, e.due):  # type: ignore[arg-type]
            continue
        shared = _stem_count(max(row.text.split("\t"), key=len), e.text)  # the task cell, not due or owner
        if shared >= (_ROW_STEMS if dated else _ROW_STEMS_UNDATED) and shared > most:
            best, most = k, shared
    return best



def _same_deadline(a: DateValue, b: DateValue) -> bool:
    """"do konce dubna" (a window) in the body and "30. 4. 2025" (a day) in the table end on the same day:
    one deadline written two ways; a next-meeting deadline is the same only as another."""
    return a.latest == b.latest and (a.kind == "next_meeting") == (b.kind == "next_meeting")


def _dedupe_actions(ctx: itemctx.Ctx, acts: list[Action]) -> list[Action]:
    """A closing list ("Úkoly", "Action items") or action table that restates body actions: keep the body
    sentence as the source, filling its empty owner or due from the list; a line no body action states stays.
    A list line marked carried over ("- [ ] Aisling: post the call (carried over)") makes the body sentence
    it restates ("Aisling will post the call now that this is settled") a report on that earlier action."""
    kept: list[Action] = []
    index = {s.start: i for i, s in enumerate(ctx.sents)}
    for a in acts:
        i = index.get(a.source.start)
        listed = decision_rules.in_summary(ctx, i) if i is not None else False
        if a.status == "carried_over" and listed and not a.method.name.endswith(".table") \
                and (k := _restated(ctx, a, kept)) is not None:
            kept[k] = dataclasses.replace(kept[k], status=a.status)  # the body restates an earlier action
        if (k := _same_number(a, kept)) is not None:
            kept[k] = _absorb(kept[k], a)
            continue
        if a.status is not None or i is None or not (listed or a.method.name.endswith(".table")):
            kept.append(a)
            continue
        k = _restated(ctx, a, kept)
        if k is not None:
            kept[k] = _absorb(kept[k], a)
            continue
        kept.append(a)  # the list states it alone: the list line is the source
    return _by_minute(sorted(kept, key=lambda x: x.source.start))


def _absorb(body: Action, row: Action) -> Action:
    """The body action, with the owner, due and number the list line adds to what it lacks."""
    return dataclasses.replace(body, owner=body.owner or row.owner, due=restated_due(body.due, row.due),
                               task_number=body.task_number or row.task_number)


def _by_minute(kept: list[Action]) -> list[Action]:
    """Table rows no wording matched, left once the others have found their body actions: a row whose
    reference is the minute number of the item it comes from ("FGB/23/33 | Energy support – find out |
    SBM") restates the one body action of that item with its owner that no other row restated."""
    rows = [a for a in kept if a.method.name.endswith(".table") and a.status is None and a.task_number and a.owner]
    drop: set[int] = set()
    for row in rows:
        same = [k for k, e in enumerate(kept) if e.status is None and not e.method.name.endswith(".table")
                and e.agenda_item == row.task_number and e.owner == row.owner and e.task_number is None]
        if len(same) == 1:
            kept[same[0]] = _absorb(kept[same[0]], row)
            drop.add(id(row))
    return [a for a in kept if id(a) not in drop]


_EXPLICIT = ("explicit_task", "resolved_task", "resolution_task", "task_list", "table", "resolution_list")
_KEPT = (*_EXPLICIT, "body_request")  # the body's request in a resolution is never a restated plan
_RESOLUTIONS = ("resolution_task", "resolved_task", "resolution_list", "body_request")  # the body's act
_NEAR = 3  # sentences between a narrative plan and the action line that restates it


def _explicit_restates(ctx: itemctx.Ctx, acts: list[Action]) -> list[Action]:
    """"The Clerk will obtain quotes. Action: Clerk to obtain quotes by 31 May.": minutes that mark their
    actions say each once in the marked line; the narrative sentence next to it with the same owner (or
    the same words) is that action again, not another."""
    index = {s.start: i for i, s in enumerate(ctx.sents)}
    marked = [(index.get(a.source.start, -99), a) for a in acts if a.method.name.endswith(_EXPLICIT)]

    def restated(a: Action) -> bool:
        i = index.get(a.source.start, -99)
        if _replies_to_question(ctx, i):
            return False  # "X asked whether ... The CFO said this was to be confirmed": the reply's own task
        return any(0 < abs(j - i) <= _NEAR and ctx.items[j] is ctx.items[i] and
                   (a.owner and a.owner == e.owner and not e.method.name.endswith(_RESOLUTIONS)
                    and _shared_stems(a.text, e.text) or _similar(a.text, e.text) >= _RELOCATE
                    or j == i + 1 and e.method.name.endswith(_RESOLUTIONS) and _shared_stems(a.text, e.text))
                   for j, e in marked if j >= 0 and i >= 0)

    return [a for a in acts if a.method.name.endswith(_KEPT) or a.status is not None or not restated(a)]


_STEM = 5  # leading letters that stand for a word's stem across Czech and English inflection
_SHARED = 2  # stems a plan and the resolution right after it share when the resolution decides that plan


def _stems(text: str) -> set[str]:
    return prefix_stems(decision_rules.words(text).split(), _STEM, _STEM)


def _stem_count(a: str, b: str) -> int:
    return len(_stems(a) & _stems(b))


def _shared_stems(a: str, b: str) -> bool:
    """"Svazek podá společnou žádost ... Usnesení: VH schvaluje podání společné žádosti a pověřuje ...":
    the plan and the resolution that mandates it share their content words' stems (inflection aside)."""
    return _stem_count(a, b) >= _SHARED


def _passive_restates(ctx: itemctx.Ctx, acts: list[Action]) -> list[Action]:
    """"Dotaz bude zodpovězen písemně. Odpověď zašle odbor investic ...", "X předloží návrh ... Návrh bude
    projednán na výjezdním zasedání": a future passive next to an action of the same paragraph whose words
    share the root of the passive's subject or participle says that action again, without its agent."""
    index = {s.start: i for i, s in enumerate(ctx.sents)}
    by_sent: dict[int, list[Action]] = {}
    for a in acts:
        by_sent.setdefault(index.get(a.source.start, -1), []).append(a)

    def restated(a: Action) -> bool:
        i = index.get(a.source.start, -1)
        found = action_match.match(ctx, i) if i >= 0 and a.method.name.endswith(".future_passive") else None
        if found is None:
            return False
        head = re.findall(r"\w+", ctx.folded[i][:found[1].start()])[-1:] + re.findall(r"\w+", found[1].group(0))
        return any(ctx.sents[j].block == ctx.sents[i].block and _same_root(head, ctx.folded[j])
                   for j in (i - 1, i + 1) for e in by_sent.get(j, []) if not e.method.name.endswith(".future_passive"))

    return [a for a in acts if not restated(a)]


_ROOT = 5  # leading letters of a word that stand for its root; a prefixed form contains them ("zodpovězen")


def _same_root(words: list[str], folded: str) -> bool:
    mine = [w for w in words if len(w) >= _ROOT]
    theirs = [w for w in re.findall(r"\w+", folded) if len(w) >= _ROOT]
    return any(w[:_ROOT] in v or v[:_ROOT] in w for w in mine for v in theirs)


def _reply_tasks(ctx: itemctx.Ctx, acts: list[Action]) -> list[Action]:
    """"X se zeptal, zda MAS připraví seminář. Y odpověděl, že seminář se uskuteční 10. 6. ... / Úkol: Uspořádat
    seminář. Zodpovídá: Y. Termín: 10. 6.": the task line right after a reply that promised it, with the same
    owner and subject, records that promise; one action, kept at the reply (the answer's place), with the task
    line's deadline."""
    index = {s.start: i for i, s in enumerate(ctx.sents)}
    out: list[Action] = []
    for a in acts:
        i = index.get(a.source.start, -99)
        prev = out[-1] if out and a.method.name.endswith("explicit_task") else None
        j = index.get(prev.source.start, -99) if prev is not None else -99
        if prev is not None and min(i, j) >= 0 and a.owner and prev.owner == a.owner \
                and 0 < ctx.sents[i].block - ctx.sents[j].block <= 2 \
                and ctx.items[i] is ctx.items[j] and _replies_to_question(ctx, j) and _stem_count(a.text, prev.text) \
                and _dated_in(a, prev.text, ctx):
            out[-1] = dataclasses.replace(prev, due=a.due or prev.due, task_number=prev.task_number or a.task_number)
            continue
        out.append(a)
    return out


def _dated_in(task: Action, text: str, ctx: itemctx.Ctx) -> bool:
    """The task line's deadline is a date the reply itself names ("seminář se uskuteční 10. 6. 2025")."""
    from minutes_nlp.extract.dates import find_dates

    if task.due is None or not task.due.latest:
        return False
    ref = dt.date.fromisoformat(ctx.meeting.date[:10]) if ctx.meeting.date else None
    return any(v.latest == task.due.latest for _s, _e, v in find_dates(text, ctx.lang, ref))


def _replies_to_question(ctx: itemctx.Ctx, i: int) -> bool:
    """Sentence i answers a question asked right before it in the same paragraph ('question_before')."""
    pat = str(cues.data(ctx.lang, "action_cues").get("question_before") or "")
    return bool(pat) and i > 0 and ctx.sents[i - 1].block == ctx.sents[i].block and \
        re.search(pat, ctx.folded[i - 1]) is not None


def _office_words(ctx: itemctx.Ctx) -> frozenset[str]:
    return ctx.unresolved_offices | frozenset(cues.data(ctx.lang, "action_cues").get("office_roles", []))


def _person_or_none(name: str | None, offices: frozenset[str]) -> str | None:
    """An office word nobody known holds ("the Clerk", "starosta") names no one: left empty, not guessed."""
    return None if name is not None and fold(name) in {fold(o) for o in offices} else name


def _office_holder(ctx: itemctx.Ctx, name: str | None, offices: frozenset[str]) -> str | None:
    """An office word as the owner ("the Director will ..."): the one person the minutes name in the one qualified
    office with that head ("Library Director Jane X"); else nobody."""
    kept = _person_or_none(name, offices)
    return kept if kept is not None or name is None else qualified_holder(ctx, fold(name))


def _listed_holder(ctx: itemctx.Ctx, owner: str | None) -> str | None:
    """An owner that is a post as written ("Committee Officer"), not a known person or body: the person the
    attendance list or header names next to that post (`action_posts`), else the post as it was."""
    if owner is None or owner in {p.name for p in ctx.entities.people}:
        return owner
    words = fold(owner).replace(":", " ").split()
    posts = cues.data(ctx.lang, "action_cues").get("motion_directions", {}).get("officer_words", [])
    heads = cues.data(ctx.lang, "action_cues").get("post_heads", [])
    post = bool(words) and (words[0] in posts or words[-1] in heads)
    if owner in {o.name for o in ctx.entities.institutions} and not post:
        return owner  # a body's name; "Manager: Electrical Services", "Committee Member" taken for one are posts
    return post_holder(ctx, owner) or owner


def _no_bare_offices(ctx: itemctx.Ctx, acts: list[Action], qs: list[Question]) -> tuple[list[Action],
                                                                                        list[Question]]:
    offices = _office_words(ctx)
    acts = [dataclasses.replace(a, owner=_listed_holder(ctx, trade_firm(ctx, _office_holder(ctx, a.owner, offices))))
            for a in acts]
    qs = [dataclasses.replace(q, asker=_person_or_none(q.asker, offices),
                              answerer=_person_or_none(q.answerer, offices)) for q in qs]
    return acts, qs


def items_from_ctx(ctx: itemctx.Ctx, model: Any = None) -> Items:
    """Rule items of a prepared document; a given roles model filters them and proposes more (`roles_model`)."""
    qs = question_rules.extract_questions(ctx)
    found, qs = _no_bare_offices(ctx, action_rules.extract_actions(ctx), qs)
    found = restating_rows(_dedupe_actions(ctx, _answerer_owns(found, qs)))  # closing-table rows
    found = anchor_closing_rows(ctx, found)  # rows restating the body in words of their own
    acts = merge_task_cards(ctx, [a for a in found if a.status is None])  # "Usnesení: ... žádá X, aby ... / Úkol: ..."
    acts = _passive_restates(ctx, _explicit_restates(ctx, _reply_tasks(ctx, acts)))
    acts = fold_marked_into_replies(ctx, acts, lambda i: _replies_to_question(ctx, i))  # a reply, then its card
    reports = tuple(a for a in found if a.status is not None)
    decs = decision_rules.extract_decisions(ctx)
    method = "rules"
    if model is not None and model.enabled:
        acts, qs, decs = model.rescore(ctx, acts, qs, decs)
        method = f"rules+model:roles@{model.version}"
    if model is not None and model.propose_above:
        made: tuple[Sequence[Action | Question | Decision], ...] = (acts, reports, qs, decs)
        taken = [(x.source.start, x.source.end) for group in made for x in group] + _lead_ins(ctx)
        more_acts, more_decs = model.propose(ctx, taken)
        acts = anchor_closing_rows(ctx, restating_rows(acts + more_acts)) if more_acts else acts  # rows, once more
        decs = decs + more_decs
        method = f"rules+model:roles@{model.version}"
    return Items(tuple(acts), tuple(qs), tuple(decs), method, reports)


def _lead_ins(ctx: itemctx.Ctx) -> list[tuple[int, int]]:
    """Spans of the lead-ins of resolution lists ("RESOLVED TO RECOMMEND TO COUNCIL:", "Rada I. schvaluje:"): the
    rules judged them (their points are the resolutions), so the model proposes nothing there."""
    return [(ctx.sents[h].start, ctx.sents[h].end) for h in sorted(reslists.heads(reslists.list_lines(ctx)))]


def _default_model() -> Any:
    try:
        from minutes_nlp.extract import roles_model
    except ImportError:  # spaCy missing: rules alone
        return None
    model = None if rules_only() else roles_model.load_default()
    return model if model is not None and (model.enabled or model.propose_above) else None


def extract_items(doc: Document, lang: str, meeting: MeetingInfo, agenda: Sequence[AgendaItem],
                  entities: Entities) -> Items:
    """Actions, questions and decisions of `doc`: rules, plus the trained model when it is enabled."""
    ctx = itemctx.build(doc, lang, meeting, agenda, entities)
    return items_from_ctx(ctx, _default_model())
