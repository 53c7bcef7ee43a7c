"""An invitation to a meeting is done when the invitee is recorded there.

Bodies often task someone with inviting a guest ("The Committee resolved that the County Manager be invited to
appear before it at its next sitting", "Velitel domluví, aby velitel stanice přišel na dubnovou schůzi", "invite
the Highways officer to the March meeting"). Minutes seldom say "the invitation was sent": the proof is the guest
in the later meeting's attendance ("In attendance: Mr. X, County Manager", "Hosté: npor. Y (HZS) – k bodu 3").
So a later attendance line that names the invitee reports the task done. The cue classes are language data
(`invitation` and `attendance_line` in `lang/<code>/followup_cues.json`); inviting tenders, bids or comments,
and sending invitation letters, are no invitation of a guest.
"""

from __future__ import annotations

import re
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold


@cache
def _patterns(lang: str, key: str) -> tuple[re.Pattern[str], ...]:
    data = langdata.load(langdata.code(lang), "followup_cues")
    return tuple(re.compile(p) for p in data.get(key, ()))


def invites_guest(task: str, lang: str) -> bool:
    """Whether the task is to get someone to come to a meeting of the body."""
    folded = fold(task)
    return any(p.search(folded) for p in _patterns(lang, "invitation"))


def attendance_line(text: str, lang: str) -> bool:
    """Whether the line records who attended ("In attendance (SHA): ...", "Guests: ...", "Hosté: ...")."""
    folded = fold(text)
    return any(p.match(folded) for p in _patterns(lang, "attendance_line"))


def attended(task: str, text: str, lang: str) -> bool:
    """A later attendance line found to name the one an invitation task was to bring: the task is done."""
    return invites_guest(task, lang) and attendance_line(text, lang)

