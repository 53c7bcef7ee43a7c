"""Which earlier item a later line is news about, when more than one could claim it.

One report sentence closes one action: the one it matches clearly better, unless both are one promise said twice
or the sentence is tied to the other by its paragraph's lead. A deferred answer ("ČÚZK odpoví písemně",
"Officers agreed to provide a written response") is known by the question just before it, not by the rest of its
paragraph. Split out of follow.py, which walks the meetings and asks these questions.
"""

from __future__ import annotations

import re

from minutes_nlp.textutil import fold
from minutes_nlp.tracker.cues import asks_anew
from minutes_nlp.tracker.deferrals import deferral_keys
from minutes_nlp.tracker.keys import keys, title_words
from minutes_nlp.tracker.lines import enumerated_names
from minutes_nlp.tracker.mentions import Mention
from minutes_nlp.tracker.model import ItemState, TrackedItem
from minutes_nlp.tracker.owners import same_owner

CLEAR_BETTER = 1.5  # a closing sentence matching one action this much better than another is that one's news
CLOSING = frozenset({"done", "cancelled"})
LEAD_WORDS = 2  # content words of a paragraph's lead that tie a sentence to an action besides the one it names
Judged = tuple[Mention, tuple[str, str]]  # a sentence, and the status it gives an item with how that was decided


def lead_in(item: TrackedItem, lang: str) -> str:
    """A deferred answer ("L. Brázdová uvedla, že ... ČÚZK odpoví písemně") is about the question just before it,
    not the rest of its paragraph (a task the paragraph mentions in passing: "viz úkol 7/2")."""
    if not deferral_keys(item.text, lang):
        return item.context
    context = item.context.strip()
    ends = [0, *(m.end() for m in _SENTENCE_END.finditer(context) if not _abbreviation(m.group(1), lang))]
    asked = [at for at in ends if asks_anew(_sentence_at(context, at, ends), lang)]
    return context[asked[-1] if asked else ends[-1]:]  # "X asked whether ... Y said she could not answer until
    # ... She will raise the matter and report": the question, and the reply between it and the promise


def _sentence_at(context: str, at: int, ends: list[int]) -> str:
    later = [e for e in ends if e > at]
    return context[at:later[0]] if later else context[at:]


_SENTENCE_END = re.compile(r'(\w+)[)"\u201d\u00bb]?[.?!]\s+(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])')


def _abbreviation(word: str, lang: str) -> bool:
    """ "Ing. Dvořák", "J. Smith", "Cllr. Rowe": a dot that ends a title or an initial ends no sentence."""
    return (len(word) == 1 and word.isupper()) or fold(word) in title_words(lang)


def unclaimed(st: ItemState, judged: list[Judged], ranked: list[tuple[ItemState, list[Judged]]]) -> Judged | None:
    """One report sentence closes one action: "Návrh sjednocených číselníků zaslal ČSÚ sekretariátu" is the news
    on the action it matches clearly better (CLEAR_BETTER), not on an older one that shares two of its words;
    that one takes its next sentence, if any. Actions that match it about equally well may share it, and so may
    one promise said twice ("Plakáty zařídí Péťa" and "Plakáty má Péťa rozdělané, vyvěsí je ...": one owner, and
    what the sentence shares with the one it shares with the other too, or with what earlier meetings reported
    on the other: "obtain three quotes", "only two had come, from X and Y", "he will seek a third")."""
    for found, verdict in judged:
        if verdict[0] not in CLOSING or _listed(st, found) or not any(
                other is not st and other.item.kind == st.item.kind == "action" and mine[0][1][0] in CLOSING
                and mine[0][0].sentence == found.sentence and mine[0][0].score >= CLEAR_BETTER * found.score
                and not _one_promise(st, other, found) for other, mine in ranked):
            return found, verdict
    return None


def _listed(st: ItemState, found: Mention) -> bool:
    """A control line listing several tasks by one-word names ("hřiště, rozhodčí i občerstvení zajištěny"): it is
    news on each task it names, however much better it matches another."""
    return bool(st.topic & enumerated_names(found.sentence.text, st.lang))


def _one_promise(st: ItemState, other: ItemState, found: Mention) -> bool:
    """The same promise said twice, or one the sentence reports on by its paragraph's lead the other does not
    share ("Case 2025-008: Lt. Bell inspected the exterior camera ... The ABCC approved the license ...")."""
    by_lead = set(found.shared) - keys(found.sentence.text, st.lang)
    if len(by_lead - other.topic) >= LEAD_WORDS:  # one word ("Complete" against "complaints") is chance
        return True
    a, b = st.item.owner, other.item.owner
    reported = {k for e in other.evidence if e.meeting_id != found.sentence.meeting_id for k in keys(e.text, st.lang)}
    return (not a or not b or same_owner(a, b, st.lang)) and set(found.shared) <= other.topic | reported
