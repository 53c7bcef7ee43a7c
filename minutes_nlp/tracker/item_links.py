"""A meeting's own items that report on earlier ones: linked by the task's number or a near-verbatim repeat.

A review line ("33/1 návrh plánu činnosti – splněno") or a repeated question is no new item but news about an
open one, whose status it sets; an item that links to nothing is an item of its own, with the status it reports.
Split out of follow.py, which links every item of a meeting before the narrative pass (narrative.py).
"""

from __future__ import annotations

import re

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold
from minutes_nlp.tracker import cues
from minutes_nlp.tracker.lines import dash_status, status_cell
from minutes_nlp.tracker.linking import REPEAT_THRESHOLD, find_target
from minutes_nlp.tracker.model import Evidence, ItemState, TrackedItem, normalise_status
from minutes_nlp.tracker.row_links import covers, row_target
from minutes_nlp.tracker.schedule import is_schedule


def link_item(item: TrackedItem, earlier: list[ItemState], meeting_id: int, lang: str,
              when: str | None = None) -> ItemState:
    """The item's own state: a report on the earlier item it links to (whose status it sets), else its own."""
    own = ItemState(item, lang, due=item.due)
    reported = _own_report(item, lang)
    if item.kind == "question":
        return _link_question(item, own, earlier, meeting_id)
    if is_schedule(item.text, lang):
        return own
    # A report with a task number is linked by it; other reports are found as sentences (narrative pass).
    threshold = None if reported else REPEAT_THRESHOLD
    target = find_target(item, earlier, threshold, meeting_id) if earlier else None
    if reported and earlier and (target is None or not covers(item, target[0], lang)) \
            and (row := row_target(item, earlier, lang)) is not None:
        target = (row[0], "link:row-words", row[1])  # a review table's row names its task by its words
    if target is not None and not reported and target[1] == "link:similarity" and cues.promise_only(item.text, lang):
        target = None  # "the draft statements would be presented in September": a new promise on the topic, no news
    if target is None:
        if reported == "done" and cues.standing_alone(item.text, lang) is None:
            reported = None  # read as done, its own words report no completion or promise besides: a promise
        if reported:
            own.status = reported if reported != "postponed" else "carried_over"
        return own
    _report_on(target, item, reported, meeting_id, lang, when)
    st, method, score = target
    return _as_report(own, st, item, meeting_id, method, score)


def _own_report(item: TrackedItem, lang: str) -> str | None:
    """The status the item's own status field reports, none for a promise that merely reads as done."""
    reported = normalise_status(item.reported_status)
    if reported == "done" and cues.promise_only(item.text, lang):
        return None  # "shall submit a roster of staff who have completed training": a promise
    if reported and only_asked(item.text, lang):
        return None  # "confirm to the editor whether GB-11 is withdrawn": what is to be found out, no news
    return reported


def only_asked(text: str, lang: str) -> bool:
    """The text's status words stand only in an indirect question's clause."""
    folded = fold(text)
    pats = langdata.load(langdata.code(lang), "followup_cues").get("indirect_question", ())
    rest = folded
    for p in pats:
        rest = re.sub(p, " ", rest)
    return rest != folded and cues.classify(rest, lang, default=None) is None and normalise_status(rest) is None


def _report_on(target: tuple[ItemState, str, float], item: TrackedItem, reported: str | None, meeting_id: int,
               lang: str, when: str | None) -> None:
    """The earlier item takes the status the report gives it, and the report's deadline when it moves it."""
    st, method, score = target
    reported = _reported_status(st, item, reported, method, lang, when)
    st.apply(reported or "carried_over", meeting_id, item, method, score)
    if item.due and reported in (None, "postponed", "carried_over"):
        st.due = item.due


def _reported_status(st: ItemState, item: TrackedItem, reported: str | None, method: str, lang: str,
                     when: str | None) -> str | None:
    """What a linked report says of the earlier item: its status field, a review row's cell or dash, its cues."""
    if method == "link:task-number":  # a row's cell opens with the task's state ("zrušeno – aktivita ukončena"), a
        dashed = dash_status(item.text, lang)  # line's after its dash
        if dashed == "done" and reported not in ("postponed", "carried_over"):
            dashed = _done_unless_ended(item.text, lang)
        reported = status_cell(item.text, lang) or dashed or _unless_said_otherwise(item.text, reported, lang)
        if reported == "carried_over" and not dashed and _inquiry_answered(st, item, lang):
            reported = "done"
    reported = reported or status_cell(item.text, lang) or _numbered_news(item, method, lang)
    if reported in (None, "carried_over") and _before_due(st, item, when) and cues.open_cell(item.text, lang):
        reported = "open"  # "Open – on track" a month before the deadline: nothing was carried past it
    return reported


def _unless_said_otherwise(text: str, reported: str | None, lang: str) -> str | None:
    """A numbered review line read as done whose own words say otherwise ("nebyl splněn, trvá", "not done",
    "closed, no longer required", "pozbyl smyslu"): its cues outrank the done the completion word suggested; one
    read as still running whose words end the task ("replaced by action 9") is cancelled."""
    overriding = {"done": ("carried_over", "cancelled"), "carried_over": ("cancelled",)}.get(reported or "", ())
    said = cues.classify(text, lang, default=None) if overriding else None
    return said if said in overriding else reported


def _inquiry_answered(st: ItemState, item: TrackedItem, lang: str) -> bool:
    """A numbered line with no status word ("Úkol 2/3 – Ing. X odpověděla e-mailem dne 20. 6.: doprava je
    způsobilým výdajem") on a task to find out or answer ("prověří a odpoví písemně", "will check and let members
    know"): stating what was found is the task done, as an answer settles a question."""
    return status_cell(item.text, lang) is None and cues.is_inquiry(st.item.text, lang) \
        and cues.classify(item.text, lang, inquiry=True, default=None) == "done"


def _done_unless_ended(text: str, lang: str) -> str:
    """A numbered line whose verdict after the dash is done ("2/3 (námitky) – splněno, ...; CRR jim částečně
    vyhovělo", "1/3 – splněno s prodlením (zpoždění kvůli ...)"): what came of it, however it reads, leaves it
    done, unless it says the task was ended instead ("splněno, nahrazuje se úkolem č. 9/2025")."""
    return "cancelled" if cues.classify(text, lang, default=None) == "cancelled" else "done"


def _numbered_news(item: TrackedItem, method: str, lang: str) -> str | None:
    """A review line naming the task by its number says how it stands in its own words ("33/1 návrh plánu
    činnosti – splněno, rozesláno 28. 11."), with no status field the extractor read: its cue words decide."""
    if method != "link:task-number":
        return None
    return dash_status(item.text, lang) or cues.classify(item.text, lang, default=None)


def _before_due(st: ItemState, report: TrackedItem, when: str | None) -> bool:
    """Whether the report's meeting is still before the item's deadline (the item's own, else the report's)."""
    due = st.due or report.due
    return bool(due and when and due > when)


def _link_question(item: TrackedItem, own: ItemState, earlier: list[ItemState], meeting_id: int) -> ItemState:
    """A question asked again reports on the earlier one: answered now, or carried over."""
    own.status = "answered" if item.answered else "open"
    target = find_target(item, earlier, REPEAT_THRESHOLD) if earlier else None
    if target is None:
        return own
    st, method, score = target
    st.apply("answered" if item.answered else "carried_over", meeting_id, item, method, score)
    return _as_report(own, st, item, meeting_id, method, score)


def _as_report(own: ItemState, st: ItemState, item: TrackedItem, meeting_id: int, method: str,
               score: float) -> ItemState:
    """The linked item is a report: its evidence names the earlier item it reports on."""
    own.status = "report"
    own.evidence.append(Evidence(st.item.id, meeting_id, "report", item.text, item.id, method, score))
    return own
