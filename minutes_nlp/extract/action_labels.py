"""Label lines of a task: "Zodpovídá: X, termín: Y", "Owner: X", "ACTION: Clerk" only add the owner or the
deadline to the task sentence before them, so they are read as part of it rather than as tasks of their own.
Apart from actions.py, which decides what a sentence states, because these rules look at the lines around it.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from minutes_nlp.document import BlockKind
from minutes_nlp.extract import action_owners as who
from minutes_nlp.extract import cues, owners
from minutes_nlp.extract.action_due import parse_due
from minutes_nlp.extract.action_match import match
from minutes_nlp.extract.action_parties import collective
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.result import Action
from minutes_nlp.textutil import fold

_NAME = "action_cues"


def continues_task(ctx: Ctx, i: int, any_task: bool = False) -> bool:
    """A line that only adds the owner or deadline ("Zodpovídá: X", "Termín: ...") to the task before it."""
    if not _field_label(ctx.lang).match(ctx.folded[i]) or i == 0:
        return False
    if any_task:
        return True
    if _states_task(ctx, i):
        return False  # "Action: X to circulate ..." right after another action line is an action of its own
    prev = match(ctx, i - 1)
    return prev is not None and prev[0].owner == "label" and ctx.sents[i - 1].block >= ctx.sents[i].block - 2


@cache
def _field_label(lang: str) -> re.Pattern[str]:
    """An owner, deadline or verb label opening a line ("Zodpovídá:", "Termín:"), compiled once per language."""
    d = cues.data(lang, _NAME)
    labels = "|".join(re.escape(w) for w in d["owner_labels"] + d["due_labels"] + d.get("verb_labels", []))
    return re.compile(rf"\W*(?:{labels})\.?\s*:")


def _states_task(ctx: Ctx, i: int) -> bool:
    """A task label ('task_labels': "Action:", "Úkol:") followed by more than an owner: a task of its own."""
    opening = cues.data(ctx.lang, _NAME).get("task_labels", [])
    first = re.match(r"\W*([^\W\d]+)[^:]*:\s*(.*)", ctx.folded[i])
    return bool(first and first.group(1) in opening and len(first.group(2).split()) > _BARE_LABEL_WORDS)


_BARE_LABEL_WORDS = 4  # "ACTION: Clerk", "ACTION – Tom Reed": a label line that only names the owner


def bare_label(ctx: Ctx, i: int, action: Action) -> bool:
    """An explicit task that is only a label naming an owner ("Action: Clerk", "Zodpovídá: X"): it gives that
    owner to the task sentence before it instead of standing as a task of its own."""
    ongoing = action.due is not None and action.due.kind == "continuous"  # "Action: AG (ongoing)": a due, not a status
    if not action.method.name.endswith("explicit_task") or i == 0 or (action.status is not None and not ongoing):
        return False
    everyone = not action.owner and _collective_label(ctx, i)  # "Action: All members": nobody's in particular
    if not (action.owner or everyone) or action.owner and fold(action.owner) in ctx.folded[i][:8] \
            and not _owner_after_label(ctx, i):
        return False  # "Petra: send ..." opens with its owner; "Z: NLPP, T: ..." only labels it
    if _dash_task(ctx, i):
        return False  # "Z: předseda komise – předložit doporučení radě ...": the line states its own task
    if label_line(ctx, i) and previous_in_reach(ctx, i):
        return True  # "Zodpovídá: starosta, termín: 31. 12. 2021" under a resolution: that resolution is the task
    rest = re.sub(r"^\W*\w+\s*[:–-]\s*", "", ctx.sents[i].text)
    named = any(ctx.local(i, a)[0] >= len(ctx.sents[i].text) - len(rest) for a in ctx.actors[i])
    if re.search(r"\bto\b", rest):
        return False
    if re.search(r"\d", rest) or _owner_and_deadline(ctx, i, rest, action):
        return _owner_and_deadline(ctx, i, rest, action)  # "Action: RA – 16.01.26": owner and deadline only
    return everyone or named and len(rest.split()) <= _BARE_LABEL_WORDS or _role_like(rest)


_DASH = re.compile(r"\s[\u2013\u2014-]\s")


def _dash_task(ctx: Ctx, i: int) -> bool:
    """"Z: předseda komise – předložit doporučení ... radě města", "Owner: Clerk – obtain three quotes": after the
    owner label and its value a dash opens an infinitive task (a task verb, then lower-case words), so the line is
    a task card of its own, not a label for the sentence before it."""
    parts = _DASH.split(ctx.sents[i].text, maxsplit=1)
    return len(parts) == 2 and ":" in parts[0] and who.states_task(ctx.lang, parts[1].strip())


def _owner_after_label(ctx: Ctx, i: int) -> bool:
    """"Z: NLPP, T: 3. 10.": an owner label opens the line, its value is the owner as written."""
    labels = cues.data(ctx.lang, _NAME)["owner_labels"]
    return label_line(ctx, i) and any(re.match(rf"\W*{re.escape(w)}\.?\s*:", ctx.folded[i]) for w in labels)


_DEADLINE_TAIL_WORDS = 6  # "by the end of Q2", "before the next meeting": how long a deadline after an owner runs
_DEADLINE_GLUE_WORDS = 3  # words besides the deadline itself ("by", "no later than"); more state the task


def _owner_and_deadline(ctx: Ctx, i: int, rest: str, action: Action) -> bool:
    """"Action: RA – 16.01.26", "Action – LB by end of Q2", "Úkol: Novák – do 30. 6.": a label that names the
    owner first and then only a deadline (no task verb, no colon before a task) marks the sentence before it as
    the task, as much as a bare "ACTION: CEO" does; it is no task of its own."""
    if action.due is None or not action.owner or ":" in rest:
        return False
    if action.due.text and fold(action.due.text) not in fold(rest):
        return False  # "Úkol: X zajistí zveřejnění zápisu. / T: 31. 3.": the deadline is the next line's, not a tail
    start = len(ctx.sents[i].text) - len(rest)
    spans = sorted(ctx.local(i, a) for a in ctx.actors[i] if ctx.local(i, a)[0] >= start)
    if not spans or spans[0][0] > start + 1:
        return False  # the owner opens the value
    end = spans[0][1]
    for lo, hi in spans[1:]:  # "MK/ OF by 30 June": owners written together
        if lo > end + 3:
            break
        end = max(end, hi)
    tail = fold(ctx.sents[i].text[end:])
    words = re.findall(r"[^\W\d_]+", tail)
    rest_words = re.findall(r"[^\W\d_]+", tail.replace(fold(action.due.text or ""), " "))
    return len(words) <= _DEADLINE_TAIL_WORDS and not any(w in _task_verbs(ctx.lang) for w in words) \
        and len(rest_words) <= _DEADLINE_GLUE_WORDS  # "by", "do", "before the": nothing but the deadline


@cache
def _task_verbs(lang: str) -> frozenset[str]:
    """The language's infinitive task verbs (one word each): a label value with one of them states a task."""
    verbs = cues.data(lang, _NAME).get("verbs", {})
    return frozenset(w for key in ("infinitive", "infinitive_broad") for w in verbs.get(key, []))


def _collective_label(ctx: Ctx, i: int) -> bool:
    labelled = who.label_value(ctx, i)
    return labelled is not None and labelled[1] == i and collective(ctx.lang, labelled[0])


_ROLE_GLUE = frozenset({"of", "and", "for", "the", "&"})


def _role_like(text: str) -> bool:
    """"Action: Associate Dean (Education), Health and Life Sciences": a label value of capitalised words
    (a role or a name as written, nothing to do) names the owner of the item before it."""
    words = re.findall(r"[^\s,()/;.]+", text)
    return 0 < len(words) <= 2 * _BARE_LABEL_WORDS and all(w[:1].isupper() or w in _ROLE_GLUE for w in words)


def label_line(ctx: Ctx, i: int) -> bool:
    """"Zodpovídá: X, termín: Y", "Owner: X": only who and when; not "Action: X to ...", which is a task."""
    opening = cues.data(ctx.lang, _NAME).get("task_labels", [])
    first = re.match(r"\W*([^\W\d]+)", ctx.folded[i])
    return continues_task(ctx, i, any_task=True) and not (first and first.group(1) in opening)


def previous_in_reach(ctx: Ctx, i: int) -> bool:
    """The sentence before i is in the same item and at most two blocks back: near enough for a label to belong to."""
    return i > 0 and ctx.items[i - 1] is ctx.items[i] and ctx.sents[i - 1].block >= ctx.sents[i].block - 2


def owner_line(ctx: Ctx, i: int, action: Action, out: list[Action]) -> None:
    """A label line naming only an owner (and deadline) gives them to the sentence before it, the task;
    other label lines between them ("T: do 30. 4." before "Zodp.: X") are skipped. The labelled deadline wins over
    a date in the task's text: that one is content ("vyzvat ..., pokud do 31. 8. nepožádá", "Program pro rok
    2026"), the label is where the minutes state the deadline."""
    k = task_before_labels(ctx, i)
    prev = ctx.sents[k]
    if out and out[-1].source.start == prev.start:
        named = any(a.resolved and a.name == action.owner for a in ctx.actors[i]) or _names_a_body(ctx, action)
        owner = action.owner if named or not out[-1].owner else out[-1].owner  # a role as written names less
        due = parse_due(ctx.sents[i].text, ctx, cell=True) or out[-1].due or action.due  # the label's own date
        out[-1] = dataclasses.replace(out[-1], owner=owner, due=due, method=action.method,
                                      confidence=max(out[-1].confidence, action.confidence))  # the label marks it
        return
    if prev.kind is BlockKind.HEADING:
        return  # "Z: Mgr. X" right under a heading: the heading names a topic, no task to give the owner to
    named = any(a.resolved and a.name == action.owner for a in ctx.actors[i]) or _names_a_body(ctx, action)
    persons = {a.name for a in ctx.actors[k] if a.resolved and a.kind == "person"}
    owner = action.owner if named or len(persons) != 1 else persons.pop()  # "Mr X undertook to ..." / "Action: role"
    out.append(dataclasses.replace(action, text=prev.text, owner=owner, source=ctx.prov(k), due=action.due or
                                   parse_due(prev.text, ctx), agenda_item=ctx.item_number(k)))


def task_before_labels(ctx: Ctx, i: int) -> int:
    """The sentence before label line i that is not itself a label line in reach ("T: ...", "Termín: ...")."""
    k = i - 1
    while k > 0 and label_line(ctx, k) and previous_in_reach(ctx, k):
        k -= 1
    return k


def _names_a_body(ctx: Ctx, action: Action) -> bool:
    """"ACTION: Audit and Risk Committee": a label value that is a known institution's name names it."""
    hit = owners.resolve_name(action.owner, ctx.entities, ctx.lang) if action.owner else None
    return hit is not None and hit[1] == "institution"
