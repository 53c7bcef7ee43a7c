"""Which sentences found for an action are believed to be news about it.

A sentence without a status cue only says the topic came up again: it must repeat the item clearly, be no new
question on the topic, no mention of the meeting's own business, and repeat what was promised rather than only
the promising verb. Split out of follow.py; narrative.py filters what it finds with these.
"""

from __future__ import annotations

from dataclasses import replace

from minutes_nlp.tracker import cues
from minutes_nlp.tracker.claims import Judged
from minutes_nlp.tracker.item_search import MIN_SHARED
from minutes_nlp.tracker.mentions import TASK_SCORE, Mention, MentionIndex, Probe
from minutes_nlp.tracker.model import ItemState, MeetingSlot
from minutes_nlp.tracker.promise import promise_verb_keys
from minutes_nlp.tracker.schedule import is_schedule

NO_CUE_THRESHOLD = 0.3  # a bare mention (no status cue) of an action must repeat this much to carry it over


def credible(st: ItemState, found: Mention, verdict: tuple[str, str], lang: str) -> bool:
    """A sentence without a status cue says the topic came up again: only believed when it repeats the item
    clearly, and never when it is a new question and its answer ("Na dotaz X, zda ..., odpověděl Y ...")."""
    if st.item.kind == "action" and found.score < TASK_SCORE and is_schedule(found.sentence.text, lang):
        return False  # "Starosta zasedání ukončil. Příští zasedání se uskuteční ...": the meeting's own business
    if found.score < TASK_SCORE and cues.meeting_header(found.sentence.text, lang):
        return False  # "Held on Monday, 5 August 2024, Session Hall, Barangay Hall": when and where, no news
    if st.item.kind != "action":
        return True
    if cues.asks_anew(found.sentence.text, lang) and (found.score < TASK_SCORE or verdict[1] == "mention:no-cue"):
        return False  # a new question on the topic (and its answer) is not news about the action, even when it
        # names the task's number ("se zeptal, zda MF uvolní prostředky na seminář (úkol 7/3)")
    if found.score >= TASK_SCORE:
        return True
    return verdict[1] != "mention:no-cue" or found.score >= NO_CUE_THRESHOLD


def without_promise_verb(st: ItemState, judged: list[Judged], m: MeetingSlot, index: MentionIndex,
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
