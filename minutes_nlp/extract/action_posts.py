"""The holder of a post written as the owner of a task ("That the Manager: Electrical Services conduct ...",
"The Committee Officer will submit ..."): minutes that refer to officials by post name each post once next to
its holder, in the attendance list or the header ("Ms A. Dube – Manager: Water Services", "Mr B. Ndlovu
(Director: Corporate Services)", "Committee Officer: Ms C. Mokoena"). The one person named right next to the
post's words there holds it; no such person, or two, leave the owner as it was (FORMAT: never guessed).
"""

from __future__ import annotations

import re

from minutes_nlp.extract.itemctx import Ctx

_GAP = 4  # characters between a name and its post: " – ", " (", ", ", ": ", a tab
_MIN_WORDS = 2  # a one-word office ("Chair") is too common to be placed by position


def post_holder(ctx: Ctx, post: str) -> str | None:
    """The one person the document names right before or right after the words of `post`."""
    words = re.findall(r"[^\W_][\w&'-]*", post)
    if len(words) < _MIN_WORDS:
        return None
    rx = re.compile(r"(?<!\w)" + r"\W{0,3}".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE)
    text = ctx.doc.text
    people = [a for group in ctx.actors for a in group if a.kind == "person" and a.resolved]
    found = set()
    for m in rx.finditer(text):
        for a in people:
            before = 0 <= m.start() - a.end <= _GAP and re.fullmatch(r" *[–—(,:-] *", text[a.end:m.start()])
            after = 0 <= a.start - m.end() <= _GAP and re.fullmatch(r" *(:|\t) *", text[m.end():a.start])
            if before or after:
                found.add(a.name)
    return found.pop() if len(found) == 1 else None
