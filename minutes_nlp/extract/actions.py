"""Actions: explicit tasks (Úkol:, ACTION:, task tables, ukládá) and implicit commitments found by cue
classes kept as data (`action_cues.json`): future task verbs with an agent, future passives of the body,
promises ("avizoval připravenost", "agreed to"), the next meeting's agenda and date.

Lines in a follow-up section ("Kontrola plnění úkolů", "Matters arising") that carry a status word report
on an earlier action: they are emitted with `status` (and `refers_to` when a task number is written) so the
tracker links them; they are not new actions (a new deadline goes into `due`, the tracker moves it).
"""

from __future__ import annotations

import dataclasses
import re

from minutes_nlp.document import BlockKind
from minutes_nlp.extract import action_owners as who
from minutes_nlp.extract import cues, reslists
from minutes_nlp.extract.action_abbrevs import resolve_abbreviated
from minutes_nlp.extract.action_clauses import accepted_proposal, clause_actions, companion_action, gapped_action
from minutes_nlp.extract.action_due import _event_due, _next_meeting, parse_due, requested_due, trailing_deadline
from minutes_nlp.extract.action_genre import not_a_new_task, renewed_promise
from minutes_nlp.extract.action_labels import (
    bare_label,
    continues_task,
    label_line,
    owner_line,
    previous_in_reach,
    task_before_labels,
)
from minutes_nlp.extract.action_match import deferred_answer, match
from minutes_nlp.extract.action_motions import motion_action
from minutes_nlp.extract.action_signoff import signed_off
from minutes_nlp.extract.action_status import adjective_only, in_follow_up, reported_status, task_number
from minutes_nlp.extract.action_tables import table_actions, table_header
from minutes_nlp.extract.datecontext import defers_to_sentence, restates_timing
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.nonitems import is_question, not_an_item, plain_answer, reported_plan, timing_answer
from minutes_nlp.extract.result import Action, DateValue, Method
from minutes_nlp.textutil import cached_rx, fold

VERSION = "1"
_NAME = "action_cues"
_NEEDS_OWNER = 0.6  # cue classes weaker than this make an action only when someone is named
_LABELLED = cues.CueClass("task_list", (), owner="label")  # a list line: owner and deadline may follow it
_WORDS = re.compile(r"[^\W\d_]{2,}")
_CHECKBOX = re.compile(r"^\W*\[\s?\]\s*")  # an open box in a new list: not a status report


def _due_for(ctx: Ctx, i: int, cls: cues.CueClass, m: re.Match[str] | None = None) -> DateValue | None:
    text = ctx.sents[i].text
    due = None
    if m is not None:  # the deadline of this clause, not of another plan in the same sentence
        lo, hi = cues.clause_span(ctx.folded[i], m)
        due = trailing_deadline(text, hi, ctx) or parse_due(text[lo:hi], ctx)
        if due is not None and defers_to_sentence(due, ctx.lang):
            due = None  # "pověřuje ... v období od X do Y, s tím, že ... na nejbližším zasedání": read the sentence
    due = due or parse_due(text, ctx)
    if _stale(ctx, due) and (labelled := _label_due(ctx, i)) is not None:
        due = labelled  # "rozbor pohledávek k 31. 12. 2023. Termín: do příštího jednání": the label is the deadline
    if due is None and cls.name.startswith("next_meeting_agenda"):
        due = _next_meeting(text, ctx)  # "Na příštím jednání budou zařazena ...": due at the next meeting
        if due is None and cls.after:
            due = _next_meeting(ctx.sents[i - 1].text, ctx)  # "Termín dalšího jednání: ... Na programu bude"
    nxt = i + 1 < len(ctx.sents) and ctx.sents[i + 1].block == ctx.sents[i].block
    if due is None and (cls.owner == "label" or nxt and continues_task(ctx, i + 1, any_task=True)):
        due = _label_due(ctx, i)
    if due is None and nxt and restates_timing(ctx.sents[i + 1].text, ctx.lang):
        due = parse_due(ctx.sents[i + 1].text, ctx)  # "... jednání s MF. Tj. po Novém roce."
    return due or _event_due(ctx, i) or requested_due(ctx, i)


def _label_due(ctx: Ctx, i: int) -> DateValue | None:
    """The deadline of a label line ("Termín: ...") or of the rest of the line after task i."""
    for j in range(i + 1, min(i + 3, len(ctx.sents))):
        label_row = continues_task(ctx, j, any_task=True)  # "Zodpovídá: X, termín: 28. 2." is not a task
        same_line = ctx.sents[j].block == ctx.sents[i].block and match(ctx, j) is None
        if ctx.sents[j].block <= ctx.sents[i].block + 2 and (label_row or same_line):
            due = parse_due(ctx.sents[j].text, ctx, cell=label_row)
            if due is not None:
                return due
    return None


def _stale(ctx: Ctx, due: DateValue | None) -> bool:
    """A date before the meeting ("rozbor pohledávek k 31. 12. 2023" in February) dates the subject, so it
    is no deadline of a new task when a label line gives one."""
    return bool(due is not None and due.latest and ctx.meeting.date and due.latest < ctx.meeting.date)


def _report(ctx: Ctx, i: int) -> Action | None:
    status = reported_status(ctx.folded[i], ctx.lang)
    if status is None:
        return None
    s = ctx.sents[i]
    num = task_number(ctx.folded[i], s.text, ctx.lang)
    lead = who.leading_actor(ctx, i)
    owner = lead.name if lead is not None else _bracketed_owner(ctx, i)
    return Action(s.text, owner, parse_due(s.text, ctx), ctx.prov(i), ctx.item_number(i), num, status, num,
                  Method("rule:action.report", VERSION), 0.7)


def _bracketed_owner(ctx: Ctx, i: int) -> str | None:
    """"B23/05, nominations agreement (CEO): Overdue.": an action log written as lines names the owner in
    brackets before the status colon."""
    m = re.search(r"\(([^()]{2,60})\)\s*:", ctx.sents[i].text)
    hit = next((a for a in ctx.actors[i] if m and m.start(1) <= ctx.local(i, a)[0] < m.end(1)), None)
    return hit.name if hit is not None and hit.resolved else None


def _numbered_report(ctx: Ctx, i: int) -> Action | None:
    """"Action 3 (Clerk to obtain quotes): see item 7" under Matters arising names an earlier action by its
    number: a report on it (still open unless a status is written), not a new action."""
    num = task_number(ctx.folded[i], ctx.sents[i].text, ctx.lang)
    found = match(ctx, i)
    if num is None or found is None or found[0].name != "explicit_task":
        return None
    s = ctx.sents[i]
    return Action(s.text, None, parse_due(s.text, ctx), ctx.prov(i), ctx.item_number(i), num, "carried_over", num,
                  Method("rule:action.report", VERSION), 0.6)


def _done_report(ctx: Ctx, i: int) -> Action | None:
    """A past-tense statement of a task verb: evidence for the tracker that an earlier action is done."""
    pats = cues.patterns(ctx.lang, _NAME, "done_report")
    done = cues.any_match(pats, ctx.folded[i]) if pats else None
    if done is None or ctx.folded[i].rstrip().endswith("?") or _subjunctive(ctx, i, done):
        return None
    if cues.any_match(cues.patterns(ctx.lang, _NAME, "negative_sentence"), ctx.folded[i]):
        return None  # a question about whether it was done is not a report that it was
    s = ctx.sents[i]
    lead = who.leading_actor(ctx, i)
    return Action(s.text, lead.name if lead is not None else None, None, ctx.prov(i), ctx.item_number(i), None,
                  "done", None, Method(f"rule:{ctx.lang}.action.done_report", VERSION), 0.5)


def _subjunctive(ctx: Ctx, i: int, m: re.Match[str]) -> bool:
    """"požádala starosty, aby do 31. 8. zaslali ...": a past form in an 'aby'/'kdyby' clause is the conditional."""
    pat = cues.data(ctx.lang, _NAME).get("subjunctive")
    lo, _ = cues.clause_span(ctx.folded[i], m)
    return isinstance(pat, str) and cached_rx(pat).search(ctx.folded[i][lo:m.start()]) is not None


_MIN_WORDS = 2  # a line with fewer words ("[ ]", "Úkol:") states no task


def sentence_action(ctx: Ctx, i: int) -> Action | None:
    """The action sentence i states (or the report on an earlier one it makes), or None."""
    few = len(_WORDS.findall(ctx.sents[i].text)) < _MIN_WORDS
    if few and not label_line(ctx, i) or not_an_item(ctx, i):
        return None  # "Z: starosta, T: 30. 6." is short but names the owner of the task before it
    if ctx.sents[i].kind is BlockKind.TABLE and table_header(ctx, ctx.sents[i].block) is not None:
        return None
    if in_follow_up(ctx, i):
        report = _report(ctx, i) or _numbered_report(ctx, i)
        if report is not None:
            return report
    if in_task_section(ctx, i) and ctx.sents[i].kind is not BlockKind.TABLE and \
            (i == 0 or ctx.sents[i - 1].block != ctx.sents[i].block):
        return None if is_question(ctx, i) and not _CHECKBOX.match(ctx.folded[i]) else _task_line(ctx, i)
    found = match(ctx, i)
    if found is None:
        return _done_report(ctx, i)
    if is_question(ctx, i) and found[0].name != "explicit_task":
        return None  # "do we need a point release?": asking is not committing to do something
    if found[0].name != "explicit_task" and not_a_new_task(ctx, i):
        return None  # "na minulém jednání bylo uloženo ...", "as required": shaped like a task, not one
    if continues_task(ctx, i) or deferred_answer(ctx, i, found[1]):
        return None
    cls, m = found
    s = ctx.sents[i]
    owner, factor = who.owner_for(ctx, i, cls, m)
    owner = None if owner and _is_label(ctx.lang, owner) else owner
    if cls.name != "explicit_task" and (in_follow_up(ctx, i) and _continues(ctx, i) or renewed_promise(ctx, i)):
        return Action(s.text, owner or None, parse_due(s.text, ctx), ctx.prov(i), ctx.item_number(i), None,
                      "carried_over", None, Method("rule:action.report", VERSION), 0.6)
    if reported_plan(ctx, i, cls.name, m, owner) or timing_answer(ctx, i, cls.name):
        return None  # another body's plan that a member reports: information, not a task
    if owner is None and (cls.needs_owner or cls.owner.startswith("subject") and cls.confidence < _NEEDS_OWNER):
        return None  # a weak cue ("je třeba ...") with nobody named is a remark, not a task
    if (owner == "" or owner is not None and _deciding_body(ctx, i, m, owner)) and _body_agreed(ctx, i, m):
        return None  # "The Board agreed to close risk R-017": the meeting's decision, nobody's task
    if _term_of_resolution(ctx, i, cls.name, m):
        return None  # "DECISION: ...; the environment is to be provided at no cost": what was decided
    owner = owner or None  # "" : a body is the subject ("Obec podá ..."), but not one the document names
    num = task_number(ctx.folded[i], s.text, ctx.lang) if cls.name == "explicit_task" else None
    status = reported_status(_CHECKBOX.sub("", ctx.folded[i]), ctx.lang) if cls.name == "explicit_task" else None
    due = _due_for(ctx, i, cls, m)
    if cls.name != "explicit_task" and plain_answer(ctx, i, m, owner, due):
        return None  # "odpověděl, že vůz bude pořízen formou leasingu": the answer, not a task
    status = _own_status(ctx, i, status, due)
    return Action(s.text, owner, due, ctx.prov(i), ctx.item_number(i), num, status,
                  num if status else None, Method(f"rule:{ctx.lang}.action.{cls.name}", VERSION),
                  round(cls.confidence * factor, 2))


def _is_label(lang: str, owner: str) -> bool:
    """"ACTIONS: Clerk to ...", "AP: ...", "ACTION 25/03: ...": a task label in capitals reads as an acronym
    (an institution nobody named); it opens the task and is never its owner."""
    d = cues.data(lang, _NAME)
    return fold(owner) in {fold(w) for w in d.get("task_labels", []) + d.get("owner_labels", [])}


def _deciding_body(ctx: Ctx, i: int, m: re.Match[str], owner: str) -> bool:
    """An owner named as the deciding body is usually called ("the PCC", "the Council"; 'bodies' of the decision
    cues): "The PCC agreed to launch an appeal" is the meeting's own decision, as "The Board agreed to ..." is."""
    bodies = cues.data(ctx.lang, "decision_cues").get("bodies", [])
    if fold(owner) in {fold(b) for b in bodies}:
        return True
    alts = cues.slots(ctx.lang, "decision_cues").get("BODY", r"(?!)")
    return cached_rx(rf"\bthe\s+(?:{alts})\s+(?:\w+\s+)?$").search(ctx.folded[i][:m.start()]) is not None


def _body_agreed(ctx: Ctx, i: int, m: re.Match[str]) -> bool:
    """An agreement cue ('agreement_verbs': "agreed to", "se dohodl") whose subject is a body noun with nobody
    named, in a sentence that is a decision of the meeting: the decision itself, not a task."""
    from minutes_nlp.extract.decisions import match as decision

    verbs = cues.data(ctx.lang, _NAME).get("agreement_verbs", [])
    said = ctx.folded[i][m.start():m.end()]
    if not any(cached_rx(rf"{v}\b").match(said) for v in verbs) or decision(ctx, i) is None:
        return False
    rest = ctx.folded[i][m.end():]  # "... and asked the Officer to invite X": a task of its own follows
    return not any(cls.search(rest) for cls in cues.classes(ctx.lang, _NAME))


def _term_of_resolution(ctx: Ctx, i: int, cls_name: str, m: re.Match[str]) -> bool:
    """A resolution's own terms are what it decides, not tasks: an agentless passive in it ('DECISION: the Board
    did not approve CR-9; the environment is to be provided at no cost') or a plan in its condition clause
    ('schvaluje rozšíření za podmínky, že kraj zajistí spolufinancování'; 'resolution_terms' in the data)."""
    from minutes_nlp.extract.decisions import match as decision

    spec = cues.data(ctx.lang, _NAME).get("resolution_terms", {})
    passive = cls_name in spec.get("classes", [])
    condition = spec.get("condition") and cached_rx(spec["condition"]).search(ctx.folded[i][:m.start()])
    if not (passive or condition):
        return False
    found = decision(ctx, i)
    return found is not None and found[0].name == "resolution"


def _continues(ctx: Ctx, i: int) -> bool:
    """"He will finish the check over the summer", "úkol dokončí do 30. 6.": under a follow-up heading a
    promise to finish or go on with something ('continuation') is about an earlier action, still open."""
    pats = cues.patterns(ctx.lang, _NAME, "continuation")
    return cues.any_match(pats, ctx.folded[i]) is not None


def _own_status(ctx: Ctx, i: int, status: str | None, due: DateValue | None) -> str | None:
    """"ACTION: All governors to complete the module (ongoing)": outside a follow-up section a word like
    'ongoing' is the new task's continuous deadline, not a report that an earlier one is still open."""
    if status == "carried_over" and due is not None and due.kind == "continuous" and not in_follow_up(ctx, i):
        return None
    if status == "carried_over" and not in_follow_up(ctx, i) and adjective_only(ctx.sents[i].text, ctx.lang):
        return None  # "Úkol 8/4: Zpracovat reakci na doporučení průběžné evaluace": an interim evaluation
    return status


def in_task_section(ctx: Ctx, i: int) -> bool:
    """Sentence i is a line under a list-of-tasks heading ("Úkoly:", "Action items")."""
    marks = cues.data(ctx.lang, _NAME).get("task_sections", [])
    sec = ctx.sections[i].strip(" :")
    sec = re.sub(r"^[\d.)\s]+", "", sec)
    if not sec or sec not in marks or ctx.folded[i].strip(" :") == sec or signed_off(ctx, i):
        return False
    signature = re.match(r"^\W*\w+\s*:\s*", ctx.sents[i].text)  # "Schválila: K. Vondráčková" closes the list
    if not (signature and len(ctx.actors[i]) == 1 and len(ctx.sents[i].text.split()) <= 5):
        return True
    return ctx.local(i, ctx.actors[i][0])[0] < signature.end()  # "- starosta: objednat lavičky": owner first


def _task_line(ctx: Ctx, i: int) -> Action:
    """A line of a task list: the owner is named in it ("Name: task", "task (Name, do 15. 3.)")."""
    s = ctx.sents[i]
    box = who.CHECKBOX_OWNER.match(s.text)
    hit = ctx.actors[i][0] if ctx.actors[i] else None
    owner = hit.name if hit is not None else (box.group(1).strip() if box else None)
    labelled = who.label_owner(ctx, i)
    if labelled is not None and labelled[0]:
        owner = labelled[0]
    status = reported_status(ctx.folded[i], ctx.lang) if not _CHECKBOX.match(ctx.folded[i]) else \
        reported_status(_CHECKBOX.sub("", ctx.folded[i]), ctx.lang)
    num = task_number(ctx.folded[i], s.text, ctx.lang)
    found = match(ctx, i)  # "Příští jednání: středa 17. 9. ...; mimořádné svolá předseda dle potřeby": that date
    due = _due_for(ctx, i, _LABELLED, found[1] if found is not None else None)
    return Action(s.text, owner, due, ctx.prov(i), ctx.item_number(i), num, status,
                  num if status else None, Method(f"rule:{ctx.lang}.action.task_list", VERSION), 0.8)


def _merge_report(out: list[Action], action: Action) -> bool:
    """A report line without a task number right after another ("Termín posunut na 30. 6.") adds to it."""
    if not out or action.status is None or action.refers_to or out[-1].status is None:
        return False
    prev = out[-1]
    if action.source.block - prev.source.block > 1 or _own_line(action) and action.owner != prev.owner:
        return False  # the next row or task-list line names its own owner: a report of its own
    status = action.status if action.status == "postponed" else prev.status
    out[-1] = dataclasses.replace(prev, status=status, due=action.due or prev.due)
    return True


def _own_line(action: Action) -> bool:
    """A table row or a task-list line ("[ ] Aisling: post the call (carried over)") with an owner."""
    return bool(action.owner) and (action.method.name.endswith("task_list") or "\t" in action.text)


def _list_task(ctx: Ctx, i: int, line: reslists.ListLine) -> Action:
    """A line under "ukládá:"/"pověřuje:" ("1. starostovi zajistit opravu, termín: 30. 6."): a task for
    the person or body it names first."""
    s = ctx.sents[i]
    hit = ctx.actors[i][0] if ctx.actors[i] else None
    labelled = who.label_owner(ctx, i)
    owner = labelled[0] if labelled is not None and labelled[0] else (hit.name if hit is not None else None)
    return Action(s.text, owner, _due_for(ctx, i, _LABELLED), ctx.prov(i), ctx.item_number(i), None, None, None,
                  Method(f"rule:{ctx.lang}.action.resolution_list", VERSION), 0.8)


def _tally_before(ctx: Ctx, i: int) -> int:
    """1 when the sentence before the label line i is only the vote on the resolution before it ("(Pro: 4,
    proti: 0, zdržel se: 0)" / "T: 6. 10. 2025"): the deadline belongs to the resolution; else 0."""
    from minutes_nlp.extract.votes import parse_vote

    if i < 2 or len(_WORDS.findall(ctx.sents[i - 1].text)) > _TALLY_WORDS:
        return 0
    near = ctx.sents[i - 2].block >= ctx.sents[i].block - 2
    return int(near and parse_vote(ctx.sents[i - 1].text, ctx.lang) is not None)


def _labelled_task(ctx: Ctx, i: int) -> set[int]:
    """Where the task a deadline line i belongs to starts: the sentence before it (past a bare tally), or the one
    before the other label lines between them ("Úkol: ... / Odpovídá: X / Termín: 15. 9.")."""
    return {ctx.sents[i - 1 - _tally_before(ctx, i)].start, ctx.sents[task_before_labels(ctx, i)].start}


_TALLY_WORDS = 12  # a bare tally line ("Pro 7, proti 0, zdržel se 1", "(For: 5, Against: 0)")


def extract_actions(ctx: Ctx) -> list[Action]:
    """New actions and reports on earlier ones (those have `status`), in document order."""
    out = table_actions(ctx)
    lines = reslists.list_lines(ctx)
    heads = reslists.heads(lines)
    for i in range(len(ctx.sents)):
        if i in heads:
            continue  # "III. ukládá": the tasks are the lines under it
        action = _list_task(ctx, i, lines[i]) if i in lines and lines[i].task else sentence_action(ctx, i)
        action = action or motion_action(ctx, i, i in lines)  # a motion's direction to staff or an officer
        if action is None and (extra := companion_action(ctx, i, None, lines[i].verb if i in lines else "")):
            out.append(extra)
        elif action is None and (accepted := accepted_proposal(ctx, i)) is not None:
            out.append(accepted)  # "X navrhla, aby představenstvo informovalo ... Ředitel s tím souhlasil."
        if action is None and out and label_line(ctx, i) and previous_in_reach(ctx, i) \
                and out[-1].source.start in _labelled_task(ctx, i):
            due = parse_due(ctx.sents[i].text, ctx, cell=True)  # "Termín: ...": the labelled deadline wins
            out[-1] = dataclasses.replace(out[-1], due=due or out[-1].due)
        elif action is not None and bare_label(ctx, i, action):
            owner_line(ctx, i, action, out)
        elif action is not None and not _merge_report(out, action):
            found = clause_actions(ctx, i, action)
            out += gapped_action(ctx, i, found[0]) if len(found) == 1 else found
            if action.status is None and (extra := companion_action(ctx, i, action)) is not None:
                out.append(extra)
    return sorted(resolve_abbreviated(ctx, out), key=lambda a: a.source.start)
