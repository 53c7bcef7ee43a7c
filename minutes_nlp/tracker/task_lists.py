"""A meeting's closing task list numbers the tasks its body gave in prose.

"Úkoly: 5/1 DIA – přístupové údaje do testovacího prostředí – 6. 6. 2025" at the end of the minutes repeats "DIA
zašle přístupové údaje do testovacího prostředí do 6. 6. 2025" from the body under a number; the next meeting's
task check says "5/1 DIA – přístupy ... zaslány 13. 6.". When the extractor kept the list line as no item of its
own (a repeat of the body's action), the action takes its number from the line here, so the later check by number
finds it. A line names the action when most of its words are the action's; one line numbers one action.
"""

from __future__ import annotations

import math

from minutes_nlp.tracker.keys import keys, when_keys
from minutes_nlp.tracker.mentions import MentionIndex, SentenceRef, task_key
from minutes_nlp.tracker.model import ItemState, task_of

LIST_LINE_WORDS = 25  # a task list's line is short: number, owner, task's short name, deadline
NAMED_SHARE = 0.6  # of the line's words (number, owner and deadline aside) that are the action's
NAMED_KEYS = 2


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
