"""A meeting's closing task list numbers the tasks its body gave in prose.

"Úkoly: 5/1 DIA – přístupové údaje do testovacího prostředí – 6. 6. 2025" at the end of the minutes repeats "DIA
zašle přístupové údaje do testovacího prostředí do 6. 6. 2025" from the body under a number; the next meeting's
task check says "5/1 DIA – přístupy ... zaslány 13. 6.". When the extractor kept the list line as no item of its
own (a repeat of the body's action), the action takes its number from the line here, so the later check by number
finds it. A line names the action when most of its words are the action's; one line numbers one action.

Task registers of operational meetings (a director's board, a site meeting) record each task as a bullet and, as
its sub-item or the line under it, its record: deadline, owner and number ("T: 13. 12. 2024, Z: LF (úkol 12/1)",
"Due: 30 June – Owner: Clerk – Action 4/2"). A line of nothing but such a record numbers the action right above.
"""

from __future__ import annotations

import math
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.tracker.keys import keys, label_keys, when_keys
from minutes_nlp.tracker.mentions import MentionIndex, SentenceRef, task_key
from minutes_nlp.tracker.model import ItemState, task_of

LIST_LINE_WORDS = 25  # a task list's line is short: number, owner, task's short name, deadline
NAMED_SHARE = 0.6  # of the line's words (number, owner and deadline aside) that are the action's
NAMED_KEYS = 2
RECORD_WORDS = 14  # "T: 13. 12. 2024, Z: LF (úkol 12/1)": a record line is a few labels and values
RECORD_NAMES = 2  # the owner's initials or role: the only words of a record that are not labels or dates
RECORD_GAP = 2  # blocks from the action: its own sub-item, or the line right under it


def number_from_task_list(index: MentionIndex, new: list[ItemState], meeting_index: int) -> None:
    """Give each unnumbered action of the meeting the number of the list line that names it."""
    numbered = {task_of(st.item): st.item.text.strip() for st in new if task_of(st.item)}
    taken = {st.task for st in new}  # a numbered task line under the sentence that gave the task ("Úkol č. 2/4:
    lines = [(s, key) for s in index.in_meeting(meeting_index) if len(s.text.split()) <= LIST_LINE_WORDS  # zaslat
             and (key := task_key(s.text)) and key not in taken and numbered.get(key, s.text.strip()) == s.text.strip()
             and index.first_numbered(key) == meeting_index]  # připomínky ...") is an item too: it numbers that one
    for s, key in lines:
        unnumbered = [st for st in new if st.item.kind == "action" and not task_of(st.item) and not st.task]
        best = _named_by(index, s, unnumbered)
        if best is not None:
            best.task = key


def number_from_record_lines(index: MentionIndex, new: list[ItemState], meeting_index: int) -> None:
    """Give the action right above a record line ("T: ..., Z: LF (úkol 12/1)") the line's number."""
    actions = [st for st in new if st.item.kind == "action" and st.item.block is not None]
    if not actions:
        return
    numbered = {task_of(st.item) for st in new} | {st.task for st in new}
    for s in index.in_meeting(meeting_index):
        key = task_key(s.text)
        if not key or key in numbered or s.block is None or index.first_numbered(key) != meeting_index \
                or not _record_only(s.text, actions[0].lang):
            continue
        above = [st for st in actions if not task_of(st.item) and not st.task and _just_above(st, s)]
        if above:
            max(above, key=lambda st: (st.item.block or 0, st.item.start or 0)).task = key
            numbered.add(key)


def _just_above(st: ItemState, line: SentenceRef) -> bool:
    block, at = st.item.block or 0, st.item.start or 0
    return 0 < (line.block or 0) - block <= RECORD_GAP or (block == line.block and at < (line.start or 0))


def _record_only(text: str, lang: str) -> bool:
    """Only labels, dates, a number and an owner's initials or role: nothing the task is about."""
    if "\t" in text or len(text.split()) > RECORD_WORDS:
        return False  # a table's row is a record of its own, not the line under a task
    said = keys(text, lang)
    rest = {k for k in said if not k.startswith("@")} - _record_keys(lang) - when_keys(lang, meeting=True)
    return len(rest) <= RECORD_NAMES and bool(said & _record_keys(lang) or any(k.startswith("@") for k in said))


@cache
def _record_keys(lang: str) -> frozenset[str]:
    """Keys of the labels a task's record line is made of: task, owner and deadline labels."""
    data = langdata.load(langdata.code(lang), "dates")
    cues = {k for w in data.get("deadline_cues", ()) if len(w) > 3 for k in keys(w, lang)}  # noqa: PLR2004
    return frozenset(cues | label_keys(lang))


def _named_by(index: MentionIndex, line: SentenceRef, actions: list[ItemState]) -> ItemState | None:
    """The one action whose words make up most of the line's (its owner's and deadline's words aside); of two
    whose paragraphs share as many, the one whose own sentence says the line's rarer words ("zaslat připomínky"
    is the sentence with "připomínky", not the next one with "návrh")."""
    scored = []
    for st in actions:
        said = keys(line.text, st.lang) - when_keys(st.lang, meeting=True) - {k for k in keys(line.text, st.lang)
                                                                              if k.startswith("@")}
        shared = said & st.topic
        if len(shared) >= NAMED_KEYS and len(shared) >= math.ceil(NAMED_SHARE * len(said - _owner_keys(st))):
            own = math.fsum(index.weight(k) for k in said & keys(st.item.text, st.lang))
            scored.append(((len(shared), own), st))
    scored.sort(key=lambda p: (-p[0][0], -p[0][1]))
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def _owner_keys(st: ItemState) -> set[str]:
    return keys(st.item.owner or "", st.lang)
