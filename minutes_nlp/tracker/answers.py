"""Questions and the actions that answer them: an answer read as a reported action, a deferred answer done.

Post-passes over the states of a whole series (follow.py): an item extracted both as a question and as a
reported action is the question's answer; the promise right after a question in its paragraph ("the Clerk
will respond in writing") answers it once a later meeting reports it done. And a reply that names its asker
("K dotazu p. Vondrové z minulé porady: ...") answers that asker's question only.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold
from minutes_nlp.tracker import cues
from minutes_nlp.tracker.model import OPEN, Evidence, ItemState, TrackedItem
from minutes_nlp.tracker.owners import reference_word_set


def answers_read_as_reports(states: dict[str, ItemState], items: list[TrackedItem]) -> None:
    """A reported "action" that is the very sentence of a question ("Na dotaz paní K., zda ..., ředitelka
    odpověděla, že kroužek byl obnoven") is that question's answer, not a second item: it shows the question."""
    questions: dict[tuple[int, int | None, int | None], TrackedItem] = {
        (i.meeting_index, i.block, i.start): i for i in items if i.kind == "question" and i.start is not None}
    for item in items:
        st = states[item.id]
        q = questions.get((item.meeting_index, item.block, item.start))
        if item.kind == "action" and item.reported_status and q and st.status != "report" \
                and (st.status not in OPEN or not st.evidence):  # the answer, though read as a promise
            st.status, st.same_as = "report", q.id


def answered_by_deferred_actions(states: dict[str, ItemState], items: list[TrackedItem],
                                 order: dict[int, int] | None = None) -> None:
    """ "X asked whether ... County Cllr Mabey said she would raise it with Highways and report back": the action
    right after an unanswered question in its paragraph is its deferred answer. Once a later meeting reports it
    done, the question is answered by that report; once a review line drops the action ("Closed – no longer
    needed"), the question stays unanswered, whatever later sentence touched its topic. (A narrative "the
    application had been withdrawn" may be the very answer: it does not reopen the question.) A later meeting
    where the question is still asked ("připomněla svůj dotaz", "repeated his question") outranks the report on
    the promise (`order`: a meeting's id -> its place in the series)."""
    actions = sorted((i for i in items if i.kind == "action" and i.start is not None), key=lambda i: i.start or 0)
    for q in items:
        st = states[q.id]
        if q.kind != "question" or q.answered or q.start is None:
            continue
        after = next((a for a in actions if a.meeting_index == q.meeting_index and a.block == q.block
                      and (a.start or 0) > q.start), None)
        deferred = states[after.id] if after and not after.reported_status else None  # a promise, not a report
        if deferred is not None and deferred.status in OPEN:
            _done_by_the_answer(deferred, st)
        if deferred is None or not deferred.evidence:
            continue
        e = deferred.evidence[-1]
        if deferred.status == "done" and e.status == "done" and st.status in OPEN and not _asked_after(st, e, order):
            st.evidence.append(replace(e, item_id=q.id, status="answered", method="link:deferred-answer"))
            st.status, st.last_meeting = "answered", e.meeting_id
        elif deferred.status == "cancelled" and st.status == "answered" and (e.source_item or "\t" in e.text):
            st.evidence.append(replace(e, item_id=q.id, status="open", method="link:deferred-answer-dropped"))
            st.status = "open"


def _asked_after(question: ItemState, e: Evidence, order: dict[int, int] | None) -> bool:
    """The question's own last word is a later meeting saying it is still unanswered (its asker reminds of it)."""
    last = question.evidence[-1] if question.evidence else None
    return bool(order and last and last.method == "mention:unanswered"
                and order.get(last.meeting_id, -1) > order.get(e.meeting_id, -1))


def _done_by_the_answer(deferred: ItemState, question: ItemState) -> None:
    """The promise to answer ("prověří a odpověď zašle písemně") is kept when a later meeting answers the
    question ("KÚ sdělil dopisem, že náklady na stravu lze uplatnit ..."), whoever the minutes say answered."""
    e = question.evidence[-1] if question.status == "answered" and question.evidence else None
    if e is not None and e.status == "answered" and e.method.startswith("mention") and "\t" not in e.text \
            and cues.replies(e.text, deferred.lang):  # a sentence given as the reply, not a table's row
        deferred.evidence.append(replace(e, item_id=deferred.item.id, status="done", method="link:question-answered"))
        deferred.status, deferred.last_meeting = "done", e.meeting_id


STEM_SLACK = 2  # inflection changes at most this many final letters of a surname ("Vondrové" / "Vondrová")
MIN_STEM = 3


def answers_another(text: str, asker: str | None, lang: str, question: str = "") -> bool:
    """ "K dotazu p. Vondrové z minulé porady: ...", "On Jo's question from February: ...": a reply that names
    whose question it answers answers no question of another asker, however close its topic. The asker may be
    named as the question named them ("the question raised by the PO" for "The PO asked whether ...")."""
    named = named_asker(text, lang)
    if not named or not asker:
        return False
    words = [*asker.split(), *question.split()[:QUESTION_OPENING]]
    return not any(_same_stem(fold(named), fold(_bare(w))) for w in words if len(_bare(w)) > 1)


QUESTION_OPENING = 6  # words of a question's sentence that may name its asker ("Cllr Rowe asked whether ...")


def named_asker(text: str, lang: str) -> str | None:
    """The asker a reply names: the first capitalised word after "k dotazu" (titles and offices skipped), or
    the possessive before "'s question"."""
    data = langdata.load(langdata.code(lang), "followup_cues")
    for pattern in data.get("asker_before", ()):
        m = re.search(pattern, text)
        if m:
            return m.group("name")
    for pattern in data.get("asker_after", ()):
        m = re.search(pattern, text)
        if m:
            return _first_name_word(text[m.end():].split()[:5], lang)
    return None


def _first_name_word(tokens: list[str], lang: str) -> str | None:
    for tok in tokens:
        word = _bare(tok)
        if tok.endswith(".") and len(word) <= 4 or fold(word) in reference_word_set(lang):  # noqa: PLR2004
            continue  # "p.", "Ing.", "senátorky": how minutes name a person, not whom
        return word if word[:1].isupper() else None
    return None


def _bare(token: str) -> str:
    return token.strip(".,;:()[]\"'„“”‚‘’*")


def _same_stem(a: str, b: str) -> bool:
    common = len(os.path.commonprefix([a, b]))
    shorter = min(len(a), len(b))
    return common == shorter or common >= max(MIN_STEM, shorter - STEM_SLACK)  # "Jo" / "Jo", "Peška" / "Pešek"


def answers_question_before(text: str, block: str, lang: str) -> bool:
    """ "Mgr. K. se zajímala, jakou výši ... Ing. L. odpověděla, že ...": a reply right after a question asked in
    its own paragraph answers that question, not one of an earlier meeting, unless it says it refers back."""
    at = block.find(text)
    if at <= 0 or not cues.replies(text, lang) or cues.refers_back(text, lang):
        return False
    before = [s for s in re.split(r"(?<=[.?!])\s+", block[:at].strip()) if s]
    return bool(before) and cues.asks_anew(before[-1], lang)
