"""The status one later sentence gives an earlier item, and how that was decided.

A sentence found to speak of an item may state a fact about it (a status cue, a review table's cell, a status
line), only promise something (a new action of the meeting states no news), or merely name the topic again.
Split out of follow.py, which walks the meetings; narrative.py asks this for every sentence it finds.
"""

from __future__ import annotations

import re

from minutes_nlp.tracker import cues
from minutes_nlp.tracker.answers import answers_another, answers_question_before
from minutes_nlp.tracker.closing import closing_verdict
from minutes_nlp.tracker.deadlines import reports_back
from minutes_nlp.tracker.invitations import attended
from minutes_nlp.tracker.lines import dash_status, focus_clause, heading, status_cell, status_line
from minutes_nlp.tracker.mentions import Mention, keys
from minutes_nlp.tracker.model import ItemState, MeetingSlot, TrackedItem, leading_status, normalise_status
from minutes_nlp.tracker.started import only_started
from minutes_nlp.tracker.telling import raised_as_promised

Reported = dict[tuple[int, str], TrackedItem]  # a meeting's items with news or a promise, by (meeting index, text)


def judge(st: ItemState, found: Mention, m: MeetingSlot, reported: Reported) -> tuple[str, str]:
    """The status one sentence gives the item, and how that was decided."""
    s = found.sentence
    report = reported.get((m.index, s.text))
    # a new promise ("The CFO to agree the refinancing with the bank") states no fact, unless given as the reply;
    # "Klíč má pan Kubíček, Péťa si ho u něj vyzvedne" states one besides its promise
    promise = new_promise(report) and cues.promise_only(s.text, m.language) and not cues.replies(s.text, m.language)
    # a heading ("Prezentace: Výzvy OP TAK | Z. Krejčí, API", an agenda item) names a topic and states nothing:
    # it answers no question and tells no finding of an inquiry
    states_fact = not promise and not heading(s, m)
    if st.item.kind == "question":
        return _question_verdict(st, found, m, states_fact)
    return _action_verdict(st, found, m, report, states_fact)


def _question_verdict(st: ItemState, found: Mention, m: MeetingSlot, states_fact: bool) -> tuple[str, str]:
    """A question is answered by a sentence giving an answer as a fact, not one answering another's question."""
    text = found.sentence.text
    if cues.says_unanswered(text, m.language):
        return "carried_over", "mention:unanswered"  # "odpověď dosud nepřišla", "a response is still awaited"
    answered = cues.answers(text, m.language) and states_fact and \
        not answers_another(text, st.item.asker, m.language, st.item.text) and \
        not answers_question_before(text, found.sentence.block_text, m.language)
    return ("answered", "mention:answer") if answered else ("carried_over", "mention:no-cue")


def _action_verdict(st: ItemState, found: Mention, m: MeetingSlot, report: TrackedItem | None,
                    states_fact: bool) -> tuple[str, str]:
    """An action's status from the sentence's own cues (around the words it shares with the item), else from
    the report item's own status field."""
    s = found.sentence
    focus = focus_clause(s.text, found.shared, m.language)
    inquiry = (cues.is_inquiry(st.item.text, st.lang) or reports_back(st.item.text, st.lang)) and states_fact \
        and not _reply_to_another(found, m.language)  # "raise it with X and report at the March meeting": the
    # report it promised is the news, whatever the news says ("the bus will be withdrawn")
    if attended(st.item.text, s.text, m.language):
        return "done", "mention:attended"  # the invited guest is in the attendance (invitations.py)
    status = status_cell(s.text, m.language) or status_line(s.text, m.language) or \
        _dropped_by_name(s.text, m.language, inquiry) or closing_verdict(s.block_text, s.text, m.language) or \
        cues.classify(s.text, m.language, focus, s.block_text or s.text, inquiry, default=None)
    explicit = normalise_status(report.reported_status) if report else None
    if status == "done" and not explicit and (report and _action_row(s.text) or _task_owner_due(s.text)):
        status = None  # an action table's row "9.2 | Publish the approved Statement | Registrar | By 31 December"
        # or list line "Posting of the revised rules – Manager – within 15 days" is a new promise, no news (a
        # sentence may be both: "Plakáty zařídí Péťa, texty už má")
    if status == "done" and (_still_running(st.item, s.text, m.language)
                             or any(only_started(st.item.text, t, m.language) for t in _started_scope(s.text))):
        status = "carried_over"  # "předložila přehled k 30. 9.; úkol se plní průběžně": one delivery of a standing
        # task; "v termínu, práce zahájeny": the work began (started.py)
    if status is None and states_fact and raised_as_promised(st.item.text, s.text, m.language):
        status = "done"  # "raise it at the Forum" -> "had raised the passport at the Forum" (telling.py)
    if status in (None, "carried_over") and _open_before_due(st, s.text, m):
        status = "open"  # "Open – on track", "Not yet due" before the deadline: nothing was carried past it
    if status:
        return status, "mention:cues"
    if explicit == "done" and cues.promise_only(s.text, m.language):
        explicit = None  # "PS souhlasí s tím, aby aktualizace proběhla v roce 2023": not a completion
    return _explicit(explicit), "mention:reported" if explicit else "mention:no-cue"


def _action_row(text: str) -> bool:
    """A row of an action table (cells) or a closing action list's line set out as "task – owner – due" (two or
    more dashes between words): the shape of a list of new tasks."""
    return "\t" in text or len(re.findall(r"\s[–—-]\s", text)) >= 2


# the last part of a closing list's line "task – owner – due": a deadline word or a date ("within 15 days", "by
# 30 June", "do 15. 5.", "T: 30. 6.", "next meeting")
_DUE_PART = re.compile(r"(?i)t:|(?:by|within|until|before|asap|next|due|do|nejpozději|termín|příští)\b|\d")


def _task_owner_due(text: str) -> bool:
    """A closing action list's line "Posting of the revised rules – Manager – within 15 days": three dash-parted
    pieces, the last a deadline. It sets a task; what its words seem to report ("revised") is no news."""
    parts = re.split(r"\s[–—-]\s", text.strip().rstrip("."))
    return len(parts) >= 3 and len(parts[-2].split()) <= 4 and bool(_DUE_PART.match(parts[-1].strip())) \
        and not any(leading_status(p) for p in parts)  # "3/1 Oprava – splněno – 3. 5.": a control line


CONTROL_LINE = 160  # characters: a control line ("usnesení č. 6 (...) – v termínu, práce zahájeny") speaks as one


def _started_scope(text: str) -> tuple[str, ...]:
    """Where a start verb speaks for the item: the verdict after the dash of a short control line ("usnesení č. 6
    (...) – v termínu, práce zahájeny"). In prose, works begun often tell that an earlier step (the contract, the
    order) was done, so prose is left to the other cues."""
    _, dash, verdict = text.partition(" – ")
    return (verdict,) if dash and len(text) <= CONTROL_LINE and verdict else ()


def _reply_to_another(found: Mention, lang: str) -> bool:
    """ "Paní N. se ptala, zda ... lávky. Předseda odpověděl, že ...": a reply to a question asked just before it
    in its paragraph answers that question; it tells an earlier inquiry's finding only when it names the
    inquiry's matter itself ("... že Úřad vlády cestovní náklady hradit nebude" after a question asking again)."""
    s = found.sentence
    if not answers_question_before(s.text, s.block_text, lang):
        return False
    return len(keys(s.text, lang) & set(found.shared)) < SAME_MATTER


SAME_MATTER = 2  # words of the item the reply itself must repeat to tell the inquiry's matter


def _dropped_by_name(text: str, lang: str, inquiry: bool) -> str | None:
    """A control line naming an inquiry and then "ruší se" ("Cena nového ozvučení – ruší se, obec koupila ...")
    drops the inquiry itself: the status after the name is the task's, not a fact the inquiry found."""
    return "cancelled" if inquiry and dash_status(text, lang) == "cancelled" else None


def _open_before_due(st: ItemState, text: str, m: MeetingSlot) -> bool:
    """A log row whose status cell says only that the item is open and going to plan, before its deadline."""
    return bool(st.due and m.date and m.date < st.due and cues.open_cell(text, m.language))


def _still_running(item: TrackedItem, text: str, lang: str) -> bool:
    """A sentence that says how the task itself stands ("předložila přehled k 30. 9.; úkol se plní průběžně", "the
    action remains open") speaks for the task, whatever one delivery its other clause reports."""
    return cues.task_still_on(text, lang) and item.kind == "action"


def _explicit(status: str | None) -> str:
    """A report item's own status ("trvá", "[x]") when the sentence has no cue of its own; else carried over."""
    return "carried_over" if status in (None, "postponed", "open") else status


def new_promise(item: TrackedItem | None) -> bool:
    """A new action of the meeting ("Company Secretary to file the audited accounts ..."): whether it says an open
    one again is for restate.py (same owner, same content), not a bare mention of shared words."""
    return bool(item and item.kind == "action" and not item.reported_status)
