"""Lines shaped like a question that nobody asked at the meeting: an agenda item title or heading ending in
"?" (the topic), a question in a section of frequently asked questions or of a questionnaire (an annex),
and a rhetorical question inside a member's reported speech ("X uvedl, že ... Kdo jiný by to měl zaplatit?
Navrhl proto ...", "X said ... Why should they pay twice? He urged members to ..."). The cue words are data
(`question_cues`: `title_sections`, `speech_continues`).
"""

from __future__ import annotations

import re

from minutes_nlp.document import BlockKind
from minutes_nlp.extract import cues
from minutes_nlp.extract.itemctx import Ctx

_NAME = "question_cues"
_NUMBERED = re.compile(r"^\W*((bod|item|agenda\s+item|minute)\s*)?(\d+|[ivx]+|[a-z])(\.\d+)*\s*[.):]\s")


def _pats(ctx: Ctx, key: str) -> tuple[re.Pattern[str], ...]:
    return cues.patterns(ctx.lang, _NAME, key)


def outside_meeting(ctx: Ctx, i: int) -> bool:
    """Sentence i is in a section of FAQs or of a questionnaire: whatever it asks, nobody asked it here."""
    return cues.any_match(_pats(ctx, "title_sections"), ctx.sections[i]) is not None


def title_line(ctx: Ctx, i: int) -> bool:
    """Sentence i is the title line of its agenda item or a numbered heading ("3. Co dál s koupalištěm?",
    "Item 5: What next for the library?"). An unnumbered heading may be a question set in bold (a PDF's bold
    line is a heading): it still asks."""
    block = ctx.doc.blocks[ctx.sents[i].block]
    if block.kind is BlockKind.HEADING and (_NUMBERED.match(block.text.lower()) or block.list_label):
        return True
    item = ctx.items[i]
    return item is not None and item.source is not None and item.source.block == ctx.sents[i].block and \
        bool(item.title.strip()) and item.title.strip() in ctx.sents[i].text


def rhetorical(ctx: Ctx, i: int, labelled: bool) -> bool:
    """A cue-less "?" sentence amid a paragraph with no speaker label, which the speech goes on after with a
    proposal or appeal of the same speaker: a rhetorical question, nobody is asked."""
    s = ctx.sents[i]
    if labelled or i == 0 or ctx.sents[i - 1].block != s.block:
        return False
    nxt = i + 1
    if nxt >= len(ctx.sents) or ctx.sents[nxt].block != s.block:
        return False
    return cues.any_match(_pats(ctx, "speech_continues"), ctx.folded[nxt]) is not None
