"""Deadlines of actions: the date a task sentence, a task-list cell or a label value gives, read against the meeting.

Split out of `actions.py`: what is a deadline (a document number is not, a past event's date is not, a date
rolled a year ahead only because it lies before the meeting is not) is separate from what is a task.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from minutes_nlp.extract import cues, dateadvance, datelocale
from minutes_nlp.extract.datemeeting import before_dated_event, before_meeting
from minutes_nlp.extract.dates import event_due
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.extract.result import DateValue
from minutes_nlp.textutil import fold, prefix_stems

_NAME = "action_cues"


def parse_due(text: str, ctx: Ctx, cell: bool = False) -> DateValue | None:
    """The deadline written in `text` (dates module of the structure stage). A table cell or label value
    under "Termín"/"Due" is a deadline by its position, so any date in it counts."""
    try:
        from minutes_nlp.extract.dates import parse_date
        from minutes_nlp.extract.dates import parse_due as shared
    except ImportError:
        return None
    ref = None
    if ctx.meeting.date:
        try:
            ref = dt.date.fromisoformat(ctx.meeting.date)
        except ValueError:
            ref = None
    text = _blank_numbers(text, ctx.lang)
    try:
        lang = date_lang(ctx)
        if (dated := before_dated_event(text, lang, ref)) is not None:
            return dated  # "two weeks before the plenary (Geneva, 20–22 January 2026)": counted back from its day
        if (early := before_meeting(text, lang, _next_day(ctx))) is not None:
            return early  # "nejméně týden před lednovým zasedáním": counted back from the next meeting
        found = shared(text, lang, ref) or (parse_date(text, lang, ref) if cell else None)
        if found is not None and not cell and _reported_date(text, found, ctx):
            return None
        return found or (_next_meeting(text, ctx) if cell else None) or project_month(text, ctx) or \
            school_year_start(text, ctx.lang, ref)
    except Exception:  # noqa: BLE001 - a date we cannot read must not lose the action
        return None


_SCHOOL_YEAR_MONTH = 9  # Czech schools start the year on 1 September (the next weekday when it is a weekend)


def school_year_start(text: str, lang: str, ref: dt.date | None) -> DateValue | None:
    """"první vyučovací den", "na začátku školního roku": the first teaching day of the school year the meeting
    prepares: the first weekday from 1 September on or after the meeting."""
    pat = cues.data(lang, _NAME).get("school_year_start")
    m = re.search(pat, fold(text)) if pat and ref is not None else None
    if m is None or ref is None:
        return None
    for year in (ref.year, ref.year + 1):
        day = dt.date(year, _SCHOOL_YEAR_MONTH, 1)
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        if day >= ref:
            return DateValue(text[m.start():m.end()], day.isoformat(), day.isoformat())
    return None


def _next_day(ctx: Ctx) -> dt.date | None:
    """The day the minutes give the next meeting (one day, after this meeting's), else None."""
    nxt = ctx.meeting.next_meeting
    if nxt is None or not nxt.earliest or nxt.earliest != nxt.latest or nxt.earliest <= (ctx.meeting.date or ""):
        return None
    try:
        return dt.date.fromisoformat(nxt.earliest[:10])
    except ValueError:
        return None


def date_lang(ctx: Ctx) -> str:
    """The language with the document's country ("en-US": month-first numeric dates; "en-AU": July-June
    financial years), told from the document's own cues (`datelocale`)."""
    return datelocale.locale(ctx.doc.text, ctx.lang)


def project_month(text: str, ctx: Ctx) -> DateValue | None:
    """"by M15", "by the end of M2": research projects count months from their start ('project_month' in the
    data); the start is the month the minutes date their meeting in ("20 January 2026 (M13)") or the project's
    stated start ("The project started on 1 January 2025"). Due at the end of that month."""
    spec = cues.data(ctx.lang, _NAME).get("project_month")
    m = re.search(spec["deadline"], cues.fold_keep(text)) if spec else None
    first = _first_month(ctx, spec) if m and spec else None
    if m is None or first is None:
        return None
    k = first[0] * 12 + first[1] - 1 + int(m.group(1)) - 1
    year, month = divmod(k, 12)
    last = (dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
    return DateValue(text[m.start():m.end()], last[:8] + "01", last, "window")


def _first_month(ctx: Ctx, spec: dict[str, str]) -> tuple[int, int] | None:
    """(year, month) of the project's month 1, from the meeting's own month number or the stated start."""
    from minutes_nlp.extract.dates import parse_date

    head = cues.fold_keep(ctx.doc.text[:_HEADER_CHARS])
    own = re.search(spec["meeting_month"], head)
    if own and ctx.meeting.date:
        date = dt.date.fromisoformat(ctx.meeting.date[:10])
        k = date.year * 12 + date.month - 1 - (int(own.group(1)) - 1)
        return k // 12, k % 12 + 1
    start = re.search(spec["project_start"], ctx.doc.text, re.IGNORECASE)
    found = parse_date(ctx.doc.text[start.end():start.end() + 40], ctx.lang) if start else None
    if found is None or not found.earliest:
        return None
    return int(found.earliest[:4]), int(found.earliest[5:7])


_HEADER_CHARS = 600  # the particulars at the top of the minutes, where the meeting's date line stands


def trailing_deadline(text: str, hi: int, ctx: Ctx) -> DateValue | None:
    """ "... requesting an extension to May 30, by April 4.": a verbless tail after the clause that is only a
    cued deadline ("by", "do", "termín") is the deadline of that clause, not a clause of its own."""
    from minutes_nlp.extract.dates import deadline_tail

    ref = None
    try:
        ref = dt.date.fromisoformat(ctx.meeting.date or "")
    except ValueError:
        ref = None
    return deadline_tail(text[hi:], date_lang(ctx), ref)


def _blank_numbers(text: str, lang: str) -> str:
    """"Usnesení č. 2/5/2026", "Resolution No. 12/3": a document number is not a date; blanked out
    (same length, so offsets stay) before dates are read."""
    pat = cues.data(lang, _NAME).get("number_refs")
    if not pat:
        return text
    return re.sub(pat, lambda m: " " * len(m.group(0)), text, flags=re.IGNORECASE)


_AHEAD_DAYS = 180  # a point date this far after the meeting, with no year written, was rolled to next year


def _reported_date(text: str, due: DateValue, ctx: Ctx) -> bool:
    """"moved on 2 February", "proběhlo dne 3. 5.": a date introduced by a point-in-time word ("on",
    "dne") in a past-tense report, or one pushed a year ahead only because it lies before the meeting,
    tells when something happened, not a deadline."""
    k = text.find(due.text)
    words = cues.data(ctx.lang, _NAME).get("point_date_words", [])
    before = re.findall(r"[^\W\d]+", cues.fold_keep(text[:max(k, 0)] + " " + due.text.split(" ")[0]))
    if k < 0 or not before or before[-1] not in words:
        return False
    folded = cues.fold_keep(text)
    done = cues.any_match(cues.patterns(ctx.lang, _NAME, "done_report"), folded)
    if done is not None and not _future_passive(ctx.lang, folded[:done.start()]):
        return True
    return _rolled_ahead(due, ctx)


def _future_passive(lang: str, before: str) -> bool:
    """"The bags will be delivered on 21 March": the participle of a future passive ('future_auxiliary' right
    before it) schedules; it reports nothing done."""
    pat = cues.data(lang, _NAME).get("future_auxiliary")
    return isinstance(pat, str) and re.search(pat, before) is not None


def _rolled_ahead(due: DateValue, ctx: Ctx) -> bool:
    if re.search(r"\b(19|20)\d\d\b|'\d\d\b", due.text) or not ctx.meeting.date or not due.earliest:
        return False
    try:
        gap = dt.date.fromisoformat(due.earliest[:10]) - dt.date.fromisoformat(ctx.meeting.date[:10])
    except ValueError:
        return False
    return gap.days > _AHEAD_DAYS


def _next_meeting(text: str, ctx: Ctx) -> DateValue | None:
    """"příští jednání" / "next meeting" named as the deadline (a task-list cell, the next agenda)."""
    folded = cues.fold_keep(text)
    for word in cues.data(ctx.lang, _NAME).get("next_meeting_words", []):
        k = folded.find(word)
        if k >= 0:
            return DateValue(text[k:k + len(word)], kind="next_meeting")
    return None


def _event_due(ctx: Ctx, i: int) -> DateValue | None:
    """"... before the consultation closes": the date an earlier sentence of the paragraph gives that event."""
    earlier = [s.text for s in ctx.sents[max(0, i - 3):i] if s.block == ctx.sents[i].block]
    try:
        ref = dt.date.fromisoformat(ctx.meeting.date or "")
    except ValueError:
        ref = None
    if earlier and dateadvance.has_lead_time(ctx.sents[i].text, ctx.lang):
        # "The AGM will be held on 20 May. The notice must go out 21 clear days before.": counted from that day
        return parse_due(f"{earlier[-1]} {ctx.sents[i].text}", ctx)
    return (event_due(ctx.sents[i].text, earlier, date_lang(ctx), ref) or _event_day(ctx, i)) if earlier else None


_EVENT_REACH = 3  # sentences back in the same paragraph where the event a task prepares may be dated


def _event_day(ctx: Ctx, i: int) -> DateValue | None:
    """"The MSWDO will hold the payout on August 28. The Chief Tanod shall assign tanods during the payout.",
    "Cvičení proběhne v sobotu 17. 5. ... Starosta požádá obec, aby cvičení předem vyhlásila.": a task with no
    date of its own that names the event an earlier sentence of the paragraph dates (a shared content stem) is
    due by the event's day; a date that sentence gives as a deadline ("do 30. 4.") is not the event's."""
    mine = _stems(ctx.folded[i])
    for j in range(i - 1, max(-1, i - 1 - _EVENT_REACH), -1):
        if ctx.sents[j].block != ctx.sents[i].block:
            break
        if not mine & _stems(ctx.folded[j]):
            continue
        due = parse_due(ctx.sents[j].text, ctx)
        if due is not None and due.kind == "date" and (due.earliest or "") > (ctx.meeting.date or "") \
                and not _cued(ctx.sents[j].text, due, ctx):
            return due
    return None


def _cued(text: str, due: DateValue, ctx: Ctx) -> bool:
    """The date is written after a deadline word ("do", "by", "not later than"): a deadline, not an event's day."""
    from minutes_nlp.extract.dates import deadline_cued

    return deadline_cued(text, due, date_lang(ctx))


_STEM = 5  # leading letters that stand for a word's stem across Czech and English inflection


def requested_due(ctx: Ctx, i: int) -> DateValue | None:
    """"Mgr. X požádala, aby kancelář do příštího zasedání připravila přehled. Ing. Y přehled zašle e-mailem.":
    a promise with no deadline of its own that answers the request just before it (same paragraph,
    'request_before') and names the same thing (a shared content stem) is due when the request asked."""
    pat = cues.data(ctx.lang, _NAME).get("request_before")
    if not pat or i == 0 or ctx.sents[i - 1].block != ctx.sents[i].block:
        return None
    asked = re.search(pat, ctx.folded[i - 1])
    if asked is None or not _stems(ctx.folded[i]) & _stems(ctx.folded[i - 1][asked.end():]):
        return None
    return parse_due(ctx.sents[i - 1].text[asked.end():], ctx)


def _stems(folded: str) -> set[str]:
    return prefix_stems(re.findall(r"[^\W\d_]{6,}", folded), _STEM)


def restated_due(body: DateValue | None, row: DateValue | None) -> DateValue | None:
    """The deadline of a body task that a closing list row or table restates: the body's, unless the body's date
    falls after the row's explicit date ("will forward the policy to the Board for its February meeting" with
    "Due 12/16/2025"): the later date is when the paper is used, the row's date is when the task is due. A row
    that marks the task standing ("trvale", "ongoing") makes it continuous: a date in the body is when it starts."""
    if body is None or row is None:
        return body or row
    if row.kind == "continuous":
        return row
    if (met := _meeting_day(body, row)) is not None:
        return met
    later = body.latest is not None and row.kind == "date" and row.latest is not None and body.latest > row.latest
    return row if later else body


def _meeting_day(body: DateValue, row: DateValue) -> DateValue | None:
    """"will bring the schedule to the next meeting" (or "to the November meeting") restated by a row dated
    "Nov. 18": the task is due at the next meeting, and the row gives that meeting's day; both hold."""
    if body.kind != "next_meeting" or row.kind != "date" or row.latest is None:
        return None
    if body.earliest is not None and body.latest is not None and not body.earliest <= row.latest <= body.latest:
        return None
    return dataclasses.replace(body, earliest=row.latest, latest=row.latest)
