"""Link later reports to earlier actions and questions, and derive each item's status with its evidence.

Pure functions over plain values: the store gives the items of one series in meeting order (and the
sentences of its meetings) and persists what comes back. Meeting by meeting, an open item is first matched
to explicit reports of that meeting (task numbers, near-verbatim repeats), then to the narrative sentence
that best reports on it (tracker/mentions.py; a line speaking for another owner is vetoed, tracker/owners.py),
classified by cue classes (tracker/cues.py); last, the meeting's new actions that restate an open one of the
same owner become reports on it (tracker/restate.py). Overdue is not decided here: it depends on the day you
ask, so queries derive it from the base status and the deadline.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from minutes_nlp.tracker import cues
from minutes_nlp.tracker.answers import (
    answered_by_deferred_actions,
    answers_another,
    answers_read_as_reports,
)
from minutes_nlp.tracker.claims import Judged, lead_in, unclaimed
from minutes_nlp.tracker.deadlines import (
    at_due_meeting,
    end_keys,
    moved_deadlines,
    resolve_next_meeting_dues,
    with_overdue,
)
from minutes_nlp.tracker.deferrals import question_form_keys
from minutes_nlp.tracker.lines import (
    dash_status,
    focus_clause,
    heading,
    other_owners_row,
    report_sentences,
    status_cell,
    status_line,
    title_line,
)
from minutes_nlp.tracker.linking import REPEAT_THRESHOLD, find_target
from minutes_nlp.tracker.mentions import (
    TASK_SCORE,
    Mention,
    MentionIndex,
    Probe,
    SentenceRef,
    day_keys,
    keys,
    probe,
    task_key,
    when_keys,
)
from minutes_nlp.tracker.model import (
    OPEN,
    Evidence,
    ItemState,
    MeetingSlot,
    Tracked,
    TrackedItem,
    normalise_status,
    number_key,
)
from minutes_nlp.tracker.promise import promise_verb_keys
from minutes_nlp.tracker.restate import link_restatements, restated_in_meeting
from minutes_nlp.tracker.schedule import agenda_coverage, is_agenda_promise, is_schedule

__all__ = ["Evidence", "MeetingSlot", "Tracked", "TrackedItem", "follow_series", "normalise_status", "with_overdue"]

MENTION_THRESHOLD = 0.2  # share of an item's specific content a later sentence must repeat (tuned on dev series)
NUMBERED_THRESHOLD = 0.4  # for tasks with a number: the series reports them by number
NO_CUE_THRESHOLD = 0.3  # a bare mention (no status cue) of an action must repeat this much to carry it over
QUESTION_THRESHOLD = 0.25  # an answer shares a little more with its question (tuned on dev series)
CUE_BONUS = 0.05  # preference for a sentence with a status cue over a bare mention scoring about the same
OWN_LINE_BONUS = 0.1  # preference for the owner's own line ("[ ] Dmitri: ...") over others' on the same topic
MIN_SHARED = 2.5  # ... sharing two words, or one this specific (IDF: in under about 8% of the series' sentences)
MAX_SILENT = 12  # meetings without a word about an item before the tracker stops looking (it stays open)


def follow_series(meetings: list[MeetingSlot], items: list[TrackedItem],
                  sentences: Sequence[SentenceRef] = ()) -> list[Tracked]:
    """Walk the meetings in order; each later item or sentence reports on, restates, or adds to what is open."""
    ordered = sorted(meetings, key=lambda m: m.index)
    lang_of = {m.index: m.language for m in ordered}
    sentences = [*sentences, *report_sentences(items, sentences, ordered)]
    index = MentionIndex(sentences, lang_of, {i.owner for i in items if i.owner and i.kind == "action"},
                         {m.index: m.date for m in ordered})
    index.number_sentences((i.meeting_index, i.block, i.start, str(number_key(i.task_number)))
                           for i in items if i.task_number and i.kind == "action" and not i.reported_status)
    reported = {(i.meeting_index, i.text): i for i in items  # reports, and new actions (no news in a promise)
                if normalise_status(i.reported_status) or (i.kind == "action" and not i.reported_status)}
    by_meeting: dict[int, list[TrackedItem]] = defaultdict(list)
    for item in items:
        by_meeting[item.meeting_index].append(item)
    following = {a.index: b.index for a, b in zip(ordered, ordered[1:], strict=False)}
    states: dict[str, ItemState] = {}
    active: dict[str, ItemState] = {}  # open and not silent for too long: the only ones looked for
    for pos, m in enumerate(ordered):
        before = [s for s in active.values() if not is_schedule(s.item.text, s.lang)]
        open_actions = [s for s in before if s.item.kind == "action" and s.status in OPEN]
        for item in by_meeting[m.index]:
            earlier = [s for s in before if s.item.kind == item.kind and s.status in OPEN]
            states[item.id] = _known_by(_link(item, earlier, m.meeting_id, lang_of.get(m.index, "cs"), m.date),
                                        index)
        _follow_meeting(list(active.values()), m, following, index, reported)
        new = [states[i.id] for i in by_meeting[m.index]]
        _mark_report_items(states, active, by_meeting[m.index], m.meeting_id)
        link_restatements(index, new, open_actions, m.meeting_id)
        moved_deadlines(open_actions, m)
        _update_active(active, new, m.meeting_id, pos)
    resolve_next_meeting_dues(states, ordered)
    answers_read_as_reports(states, items)
    answered_by_deferred_actions(states, items)
    return [Tracked(s.item.id, at_due_meeting(s, ordered), s.carried, s.last_meeting, s.same_as or _same_as(s),
                    s.due, tuple(s.evidence)) for s in states.values()]


def _known_by(st: ItemState, index: MentionIndex) -> ItemState:
    """An action is known by its sentence, its lead-in and its owner's restatements of it in the same meeting."""
    if st.item.kind == "action":
        st.restated = restated_in_meeting(index, st.item, st.lang)
        st.topic = keys(f"{st.item.text} {lead_in(st.item, st.lang)}", st.lang) | st.restated
    return st


def _update_active(active: dict[str, ItemState], new: list[ItemState], meeting_id: int, pos: int) -> None:
    """Keep looking for open items; stop for closed ones and for those nobody mentioned in MAX_SILENT meetings."""
    for st in new:
        st.seen = pos
        active[st.item.id] = st
    for key, st in list(active.items()):
        if st.last_meeting == meeting_id:
            st.seen = pos
        if st.status not in OPEN or pos - st.seen > MAX_SILENT:
            del active[key]


def _same_as(state: ItemState) -> str | None:
    """A report's first evidence names the item it reports on (its `item_id`; `source_item` is the report)."""
    return state.evidence[0].item_id if state.status == "report" and state.evidence else None


def _link(item: TrackedItem, earlier: list[ItemState], meeting_id: int, lang: str,
          when: str | None = None) -> ItemState:
    own = ItemState(item, lang, due=item.due)
    reported = normalise_status(item.reported_status)
    if reported == "done" and cues.promise_only(item.text, lang):
        reported = None  # "shall submit a roster of staff who have completed training": a promise
    if item.kind == "question":
        return _link_question(item, own, earlier, meeting_id)
    if is_schedule(item.text, lang):
        return own
    # A report with a task number is linked by it; other reports are found as sentences (narrative pass).
    threshold = None if reported else REPEAT_THRESHOLD
    target = find_target(item, earlier, threshold, meeting_id) if earlier else None
    if target is None:
        if reported:
            own.status = reported if reported != "postponed" else "carried_over"
        return own
    st, method, score = target
    if reported in ("postponed", "carried_over") and method == "link:task-number":
        reported = dash_status(item.text, lang) or reported  # "33/1 ... – splněno, rozesláno 28. 11.": not a new date
    reported = reported or status_cell(item.text, lang) or _numbered_news(item, method, lang)
    if reported in (None, "carried_over") and _before_due(st, item, when) and cues.open_cell(item.text, lang):
        reported = "open"  # "Open – on track" a month before the deadline: nothing was carried past it
    st.apply(reported or "carried_over", meeting_id, item, method, score)
    if item.due and reported in (None, "postponed", "carried_over"):
        st.due = item.due
    own.status = "report"
    own.evidence.append(Evidence(st.item.id, meeting_id, "report", item.text, item.id, method, score))
    return own


def _numbered_news(item: TrackedItem, method: str, lang: str) -> str | None:
    """A review line naming the task by its number says how it stands in its own words ("33/1 návrh plánu
    činnosti – splněno, rozesláno 28. 11."), with no status field the extractor read: its cue words decide."""
    if method != "link:task-number":
        return None
    return dash_status(item.text, lang) or cues.classify(item.text, lang, default=None)


def _before_due(st: ItemState, report: TrackedItem, when: str | None) -> bool:
    due = st.due or report.due
    return bool(due and when and due > when)


def _link_question(item: TrackedItem, own: ItemState, earlier: list[ItemState], meeting_id: int) -> ItemState:
    own.status = "answered" if item.answered else "open"
    target = find_target(item, earlier, REPEAT_THRESHOLD) if earlier else None
    if target is None:
        return own
    st, method, score = target
    st.apply("answered" if item.answered else "carried_over", meeting_id, item, method, score)
    own.status = "report"
    own.evidence.append(Evidence(st.item.id, meeting_id, "report", item.text, item.id, method, score))
    return own


def _follow_meeting(states: list[ItemState], m: MeetingSlot, following: dict[int, int],
                    index: MentionIndex, reported: dict[tuple[int, str], TrackedItem]) -> None:
    """Earlier open items not reported on explicitly in meeting m: the meeting itself, its agenda, its text."""
    ranked: list[tuple[ItemState, list[Judged]]] = []
    for st in states:
        if st.item.meeting_index < m.index and st.status == "carried_over" and st.last_meeting == m.meeting_id:
            _settled_by_number(st, m, index, reported)
        if st.item.meeting_index >= m.index or st.status not in OPEN or st.last_meeting == m.meeting_id:
            continue
        first_after = following.get(st.item.meeting_index) == m.index
        if st.item.kind == "action" and is_schedule(st.item.text, st.lang):
            if first_after:
                opening = next(iter(index.in_meeting(m.index)), None)
                st.mention("done", opening or SentenceRef(m.index, m.meeting_id, m.date or ""),
                           "schedule:meeting-held", 1.0)
            continue
        if st.item.kind == "action" and first_after and is_agenda_promise(st.item.text, st.lang):
            _check_agenda(st, m, index)
            continue
        judged = _follow_text(st, m, index, reported)
        if judged:
            ranked.append((st, judged))
    for st, judged in ranked:
        best = unclaimed(st, judged, ranked)
        if best is not None:
            _take(st, best, m, reported)


def _check_agenda(st: ItemState, m: MeetingSlot, index: MentionIndex) -> None:
    """Promised topics against the next meeting's agenda (its text when no agenda was extracted)."""
    agenda = m.agenda or tuple(index.in_meeting(m.index))
    covered, promised = agenda_coverage(st.item.text, agenda, st.lang)
    for ref in covered:
        st.mention("done", ref, f"agenda:covered {len(covered)}/{promised}", len(covered) / max(promised, 1))
    if len(covered) < promised:
        st.mention("dropped", SentenceRef(m.index, m.meeting_id,
                   f"{promised - len(covered)} of {promised} promised topics not on the agenda"),
                   "agenda:dropped", None)


def _settled_by_number(st: ItemState, m: MeetingSlot, index: MentionIndex,
                       reported: dict[tuple[int, str], TrackedItem]) -> None:
    """A task a line of this meeting carried over ("K úkolu 6/1 doplnila, že hlasování bylo ukončeno se
    zpožděním") that the meeting's review table closes under its number ("6/1 | ... | splněno"): the table's
    row is the record of the task's state, the line a comment on it."""
    probe_now = _probe_of(st)
    if probe_now.task is None:
        return
    for found in index.found(probe_now, m.index, TASK_SCORE, MIN_SHARED):
        if task_key(found.sentence.text) != probe_now.task:
            continue  # its paragraph's number ("Úkol 2/3 se plní průběžně. Starosta informoval ..."), not its own
        status, method = _judge(st, found, m, reported)
        if status in ("done", "cancelled") and found.sentence.text not in {e.text for e in st.evidence}:
            st.mention(status, found.sentence, method, found.score)
            return


def _probe_of(st: ItemState) -> Probe:
    """What the item is looked for by, built once: its words less the deadline's and the owner's."""
    if st.probe is None:
        who = st.item.asker if st.item.kind == "question" else st.item.owner
        looked = probe(st.item.text, st.lang, st.item.context, who, st.item.task_number or st.task,
                       rivals=st.item.kind == "action", minute=st.item.minute, origin=st.item.meeting_index)
        when = when_keys(st.lang, meeting=True) if st.item.due_kind == "next_meeting" else \
            day_keys(st.lang) | end_keys(st.item.text, st.lang) if st.item.due else frozenset()
        asked = question_form_keys(st.lang) if st.item.kind == "action" else frozenset()  # "se dotazuje, zda":
        st.probe = replace(looked, own=(looked.own | st.restated) - when,  # the lead-in question's form, not topic
                           context=looked.context - st.restated - when - asked)  # "by the October meeting": when
    return st.probe


def _follow_text(st: ItemState, m: MeetingSlot, index: MentionIndex,
                 reported: dict[tuple[int, str], TrackedItem]) -> list[Judged]:
    """The sentences of meeting m that report on the item, with what each says, the preferred first."""
    numbered = _probe_of(st).task is not None  # numbered tasks are reported by number; prose must be clearer
    probe_now = _with_reports(st, m)
    limit = NUMBERED_THRESHOLD if numbered else QUESTION_THRESHOLD if st.item.kind == "question" else \
        MENTION_THRESHOLD
    judged = [(found, _judge(st, found, m, reported)) for found in index.found(probe_now, m.index, limit, MIN_SHARED)]
    judged = [(found, verdict) for found, verdict in judged if not title_line(found.sentence, index, m)
              and not other_owners_row(st, found, reported.get((m.index, found.sentence.text)), m.language)
              and _credible(st, found, verdict, m.language)
              and not (verdict[1] == "mention:no-cue" and _new_promise(reported.get((m.index, found.sentence.text))))]
    if any(verdict[1] == "mention:no-cue" for _, verdict in judged) and st.item.kind == "action":
        judged = _without_promise_verb(st, judged, m, index, probe_now)
    if any(verdict[1] != "mention:no-cue" for _, verdict in judged):
        judged = [(f, v) for f, v in judged if v[1] != "mention:no-cue" or not heading(f.sentence, m)]
    return sorted(judged, key=_preference, reverse=True)


def _take(st: ItemState, judged: Judged, m: MeetingSlot, reported: dict[tuple[int, str], TrackedItem]) -> None:
    found, (status, method) = judged
    if st.item.kind == "action":
        report = reported.get((m.index, found.sentence.text))
        if report and report.due and status == "carried_over" and \
                normalise_status(report.reported_status) in ("postponed", "carried_over"):
            st.due = report.due  # "termín posunut na 30. 6."
    st.mention(status, found.sentence, method, found.score)


def _credible(st: ItemState, found: Mention, verdict: tuple[str, str], lang: str) -> bool:
    """A sentence without a status cue says the topic came up again: only believed when it repeats the item
    clearly, and never when it is a new question and its answer ("Na dotaz X, zda ..., odpověděl Y ...")."""
    if st.item.kind == "action" and found.score < TASK_SCORE and is_schedule(found.sentence.text, lang):
        return False  # "Starosta zasedání ukončil. Příští zasedání se uskuteční ...": the meeting's own business
    if st.item.kind != "action" or found.score >= TASK_SCORE:
        return True
    if cues.asks_anew(found.sentence.text, lang):
        return False  # a new question on the topic (and its answer) is not news about the action
    return verdict[1] != "mention:no-cue" or found.score >= NO_CUE_THRESHOLD


def _without_promise_verb(st: ItemState, judged: list[Judged], m: MeetingSlot, index: MentionIndex,
                          looked: Probe) -> list[Judged]:
    """A bare mention repeats what was promised, not only the promising verb: "projedná s vedoucí finančního
    odboru" is not carried over by "s jeho projednáním v zastupitelstvu" (another body's business). Without a
    status cue, a sentence must pass NO_CUE_THRESHOLD with the promise verb's keys left out."""
    verbs = promise_verb_keys(st.item.text, st.lang)
    if not verbs & looked.own:
        return judged
    plain = replace(looked, own=looked.own - verbs)
    kept = {f.sentence for f in index.found(plain, m.index, NO_CUE_THRESHOLD, MIN_SHARED)}
    return [(f, v) for f, v in judged if v[1] != "mention:no-cue" or f.score >= TASK_SCORE or f.sentence in kept]


def _new_promise(item: TrackedItem | None) -> bool:
    """A new action of the meeting ("Company Secretary to file the audited accounts ..."): whether it says an open
    one again is for restate.py (same owner, same content), not a bare mention of shared words."""
    return bool(item and item.kind == "action" and not item.reported_status)


def _with_reports(st: ItemState, m: MeetingSlot) -> Probe:
    """An item is also known by what earlier meetings reported on it ("propadlá krajnice u hřbitova – KSÚS opravu
    dosud neprovedla" for "slíbili opravu"): those words join its lead-in for the meetings after."""
    assert st.probe is not None
    said = {k for e in st.evidence if e.meeting_id != m.meeting_id and e.source_item is None
            and e.method.startswith("mention") for k in keys(e.text, st.lang)}
    extra = frozenset(said) - st.probe.own - st.probe.owner
    return replace(st.probe, context=st.probe.context | extra) if extra else st.probe


def _preference(judged: Judged) -> float:
    """A sentence with a status cue beats a slightly closer bare mention; the owner's own line beats both."""
    found, (_, method) = judged
    return found.score + (CUE_BONUS if method != "mention:no-cue" else 0) + (OWN_LINE_BONUS if found.own_line else 0)


def _judge(st: ItemState, found: Mention, m: MeetingSlot,
           reported: dict[tuple[int, str], TrackedItem]) -> tuple[str, str]:
    """The status one sentence gives the item, and how that was decided."""
    s = found.sentence
    report = reported.get((m.index, s.text))
    # a new promise ("The CFO to agree the refinancing with the bank") states no fact, unless given as the reply;
    # "Klíč má pan Kubíček, Péťa si ho u něj vyzvedne" states one besides its promise
    promise = _new_promise(report) and cues.promise_only(s.text, m.language) and not cues.replies(s.text, m.language)
    # a heading ("Prezentace: Výzvy OP TAK | Z. Krejčí, API", an agenda item) names a topic and states nothing:
    # it answers no question and tells no finding of an inquiry
    states_fact = not promise and not heading(s, m)
    if st.item.kind == "question":
        answered = cues.answers(s.text, m.language) and states_fact and \
            not answers_another(s.text, st.item.asker, m.language)
        return ("answered", "mention:answer") if answered else ("carried_over", "mention:no-cue")
    focus = focus_clause(s.text, found.shared, m.language)
    inquiry = cues.is_inquiry(st.item.text, st.lang) and states_fact
    status = status_cell(s.text, m.language) or status_line(s.text, m.language) or \
        cues.classify(s.text, m.language, focus, s.block_text or s.text, inquiry, default=None)
    explicit = normalise_status(report.reported_status) if report else None
    if status == "done" and report and not explicit and "\t" in s.text:
        status = None  # an action table's row "9.2 | Publish the approved Statement | Registrar | By 31 December"
        # is a new promise, no news (a sentence may be both: "Plakáty zařídí Péťa, texty už má")
    if status:
        return status, "mention:cues"
    if explicit == "done" and cues.promise_only(s.text, m.language):
        explicit = None  # "PS souhlasí s tím, aby aktualizace proběhla v roce 2023": not a completion
    return _explicit(explicit), "mention:reported" if explicit else "mention:no-cue"


def _explicit(status: str | None) -> str:
    """A report item's own status ("trvá", "[x]") when the sentence has no cue of its own; else carried over."""
    return "carried_over" if status in (None, "postponed", "open") else status


def _mark_report_items(states: dict[str, ItemState], active: dict[str, ItemState], items: list[TrackedItem],
                       meeting_id: int) -> None:
    """A report item of this meeting whose sentence was used as evidence is that report, not a new action."""
    used = [e for st in active.values() if st.last_meeting == meeting_id
            for e in reversed(st.evidence[-3:]) if e.meeting_id == meeting_id and e.source_item is None]
    for item in items:
        st = states[item.id]
        if item.reported_status is None or st.status == "report":
            continue
        for e in used:
            if e.text == item.text or (e.block == item.block and e.start is not None and item.start is not None
                                       and item.start <= e.start < (item.end or item.start + len(item.text))):
                st.status, st.same_as = "report", e.item_id
                break
